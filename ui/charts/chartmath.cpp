// SPDX-License-Identifier: Apache-2.0
#include "chartmath.h"

#include "core/engine/figureformat.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace Sla::Ui::ChartMath {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 DayMinutes = 24 * 60;
constexpr double Nan = std::numeric_limits<double>::quiet_NaN();

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

qint64 floorMod(qint64 a, qint64 b)
{
    return a - floorDiv(a, b) * b;
}

// The 1/2/5 step after `step`: 1 -> 2 -> 5 -> 10.
double nextNiceStep(double step)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double m = step / magnitude;
    if (m < 1.5)
        return 2.0 * magnitude;
    if (m < 3.5)
        return 5.0 * magnitude;
    return 10.0 * magnitude;
}

double unitScale(ValueUnit unit)
{
    return unit == ValueUnit::Percent ? 100.0 : 1.0;
}

QString unitSuffix(ValueUnit unit)
{
    switch (unit) {
    case ValueUnit::Percent:
        return QStringLiteral("%");
    case ValueUnit::Factor:
        return QStringLiteral("\u00d7");
    case ValueUnit::Plain:
        break;
    }
    return {};
}

// `number` followed by the unit: a percentage as the headlines write it ("95 %"), a factor
// with its sign ("14.4×").
QString withUnit(const QString &number, ValueUnit unit)
{
    return unit == ValueUnit::Percent ? Core::FigureFormat::withPercentSign(number) : number + unitSuffix(unit);
}

// The minute of the local day at instant ms in tz (0..1439).
qint64 localMinuteOfDay(qint64 ms, const QTimeZone &tz)
{
    const qint64 offsetMinutes = tz.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())) / 60;
    return floorMod(floorDiv(ms, MinuteMs) + offsetMinutes, DayMinutes);
}

bool onStep(qint64 ms, const QTimeZone &tz, qint64 stepMinutes)
{
    return localMinuteOfDay(ms, tz) % stepMinutes == 0;
}

// The first instant at or after ms (a whole minute) whose local wall-clock minute is a
// multiple of stepMinutes. Crossing a DST change can land off the grid, so re-check.
qint64 alignForward(qint64 ms, const QTimeZone &tz, qint64 stepMinutes)
{
    for (int guard = 0; guard < 4; ++guard) {
        const qint64 r = localMinuteOfDay(ms, tz) % stepMinutes;
        if (r == 0)
            return ms;
        ms += (stepMinutes - r) * MinuteMs;
    }
    return ms;
}

std::vector<qint64> clockTicks(qint64 startMs, qint64 endMs, qint64 stepMinutes, const QTimeZone &tz)
{
    std::vector<qint64> ticks;
    qint64 t = alignForward(floorDiv(startMs + MinuteMs - 1, MinuteMs) * MinuteMs, tz, stepMinutes);
    const qint64 stepMs = stepMinutes * MinuteMs;
    while (t <= endMs) {
        ticks.push_back(t);
        // Prefer the next instant one step later. When a DST change moved the wall clock off
        // the grid, undo the offset change (a 6 h step on a 23 h day then still reaches 06:00)
        // and if that wall time does not exist, move on to the next one on the grid.
        qint64 next = t + stepMs;
        if (!onStep(next, tz, stepMinutes)) {
            const auto utc = QTimeZone::utc();
            const qint64 shiftMs = qint64(tz.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(next, utc)) -
                                          tz.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(t, utc))) *
                                   1000;
            const qint64 adjusted = next - shiftMs;
            next = (adjusted > t && onStep(adjusted, tz, stepMinutes)) ? adjusted : alignForward(next, tz, stepMinutes);
        }
        t = next;
    }
    return ticks;
}

struct Segment
{
    size_t begin = 0;
    size_t end = 0; // one past the last finite point
};

std::vector<Segment> finiteSegments(const double *v, size_t n)
{
    std::vector<Segment> segments;
    size_t i = 0;
    while (i < n) {
        while (i < n && std::isnan(v[i]))
            ++i;
        if (i == n)
            break;
        Segment s{i, i};
        while (i < n && !std::isnan(v[i]))
            ++i;
        s.end = i;
        segments.push_back(s);
    }
    return segments;
}

// Classic LTTB on one finite run: keeps the first and last point and one point per bucket.
void lttbSegment(const double *t, const double *v, size_t len, size_t quota, std::vector<QPointF> &out)
{
    if (quota >= len) {
        for (size_t i = 0; i < len; ++i)
            out.emplace_back(t[i], v[i]);
        return;
    }
    out.emplace_back(t[0], v[0]);
    if (quota <= 1)
        return;
    if (quota == 2) {
        out.emplace_back(t[len - 1], v[len - 1]);
        return;
    }
    const size_t buckets = quota - 2;
    const size_t interior = len - 2;
    auto bucketBegin = [&](size_t b) { return 1 + (b * interior) / buckets; };
    size_t a = 0;
    for (size_t b = 0; b < buckets; ++b) {
        const size_t from = bucketBegin(b);
        const size_t to = bucketBegin(b + 1);
        // The third corner: the average of the next bucket, or the last point.
        double ct = t[len - 1];
        double cv = v[len - 1];
        if (b + 1 < buckets) {
            const size_t nextTo = bucketBegin(b + 2);
            double st = 0.0;
            double sv = 0.0;
            for (size_t j = to; j < nextTo; ++j) {
                st += t[j];
                sv += v[j];
            }
            const auto count = double(nextTo - to);
            ct = st / count;
            cv = sv / count;
        }
        const double at = t[a];
        const double av = v[a];
        size_t best = from;
        double bestArea = -1.0;
        for (size_t j = from; j < to; ++j) {
            const double area = std::abs((at - ct) * (v[j] - av) - (at - t[j]) * (cv - av));
            if (area > bestArea) {
                bestArea = area;
                best = j;
            }
        }
        out.emplace_back(t[best], v[best]);
        a = best;
    }
    out.emplace_back(t[len - 1], v[len - 1]);
}

} // namespace

double AxisMap::toPixel(double value) const
{
    if (d1 == d0)
        return (p0 + p1) / 2.0;
    return p0 + (value - d0) * (p1 - p0) / (d1 - d0);
}

double AxisMap::toData(double pixel) const
{
    if (p1 == p0)
        return d0;
    return d0 + (pixel - p0) * (d1 - d0) / (p1 - p0);
}

double AxisMap::pixelsPerUnit() const
{
    return d1 == d0 ? 0.0 : (p1 - p0) / (d1 - d0);
}

double niceStep(double min, double max, int maxTicks)
{
    const double span = std::abs(max - min);
    if (!(span > 0.0) || !std::isfinite(span))
        return 1.0;
    const double raw = span / std::max(1, maxTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0}) {
        // A small tolerance so that 0.3 / 3 picks 0.1 and not 0.2.
        if (m * magnitude >= raw * (1.0 - 1e-9))
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

NiceRange niceRange(double min, double max, int maxTicks)
{
    if (!std::isfinite(min) || !std::isfinite(max))
        return {};
    if (min > max)
        std::swap(min, max);
    if (min == max) {
        const double pad = min == 0.0 ? 1.0 : std::abs(min) * 0.01;
        min -= pad;
        max += pad;
    }
    double step = niceStep(min, max, maxTicks);
    for (int guard = 0; guard < 4; ++guard) {
        const double lo = std::floor(min / step + 1e-9) * step;
        const double hi = std::ceil(max / step - 1e-9) * step;
        if ((hi - lo) / step <= maxTicks + 1e-9)
            return {lo, hi, step};
        step = nextNiceStep(step);
    }
    return {std::floor(min / step) * step, std::ceil(max / step) * step, step};
}

std::vector<double> valueTicks(double min, double max, double step)
{
    std::vector<double> ticks;
    if (!(step > 0.0) || !std::isfinite(min) || !std::isfinite(max) || max < min)
        return ticks;
    const auto first = qint64(std::ceil(min / step - 1e-9));
    const auto last = qint64(std::floor(max / step + 1e-9));
    if (last - first > 10000)
        return ticks;
    for (qint64 k = first; k <= last; ++k) {
        double value = double(k) * step;
        if (std::abs(value) < step * 1e-9)
            value = 0.0;
        ticks.push_back(value);
    }
    return ticks;
}

QString formatTick(double value, double step, ValueUnit unit, const QLocale &locale)
{
    const double scale = unitScale(unit);
    const double scaledStep = std::abs(step * scale);
    int decimals = 0;
    if (scaledStep > 0.0 && std::isfinite(scaledStep))
        decimals = std::clamp(int(std::ceil(-std::log10(scaledStep) - 1e-9)), 0, 12);
    double scaled = value * scale;
    if (std::abs(scaled) < std::pow(10.0, -decimals) / 2.0)
        scaled = 0.0; // no "-0.00"
    return withUnit(locale.toString(scaled, 'f', decimals), unit);
}

QString formatExact(double value, ValueUnit unit, const QLocale &locale, int significant)
{
    const double scaled = value * unitScale(unit);
    int decimals = 0;
    if (scaled != 0.0 && std::isfinite(scaled))
        decimals = std::clamp(significant - 1 - int(std::floor(std::log10(std::abs(scaled)))), 0, 12);
    return formatDecimals(value, unit, decimals, locale);
}

QString formatDecimals(double value, ValueUnit unit, int decimals, const QLocale &locale)
{
    if (std::isnan(value))
        return QStringLiteral("\u2013");
    const double scaled = value * unitScale(unit);
    if (!std::isfinite(scaled))
        return withUnit(locale.toString(scaled), unit);
    // The headline's trimming (FigureFormat), in the chart's own locale.
    return withUnit(Core::FigureFormat::trimmedNumber(scaled, decimals, locale), unit);
}

qint64 TimeStep::nominalMs() const
{
    switch (unit) {
    case TimeUnit::Minute:
        return count * MinuteMs;
    case TimeUnit::Hour:
        return count * 60 * MinuteMs;
    case TimeUnit::Day:
        return count * DayMinutes * MinuteMs;
    case TimeUnit::Week:
        return count * 7 * DayMinutes * MinuteMs;
    }
    return MinuteMs;
}

TimeStep chooseTimeStep(qint64 spanMs, int maxTicks)
{
    static const TimeStep candidates[] = {
        {TimeUnit::Minute, 1},  {TimeUnit::Minute, 2},  {TimeUnit::Minute, 5}, {TimeUnit::Minute, 10},
        {TimeUnit::Minute, 15}, {TimeUnit::Minute, 30}, {TimeUnit::Hour, 1},   {TimeUnit::Hour, 2},
        {TimeUnit::Hour, 3},    {TimeUnit::Hour, 6},    {TimeUnit::Hour, 12},  {TimeUnit::Day, 1},
        {TimeUnit::Day, 2},     {TimeUnit::Week, 1},    {TimeUnit::Week, 2},   {TimeUnit::Week, 4},
    };
    maxTicks = std::max(1, maxTicks);
    for (const TimeStep &step : candidates) {
        if (spanMs <= step.nominalMs() * maxTicks)
            return step;
    }
    const qint64 fourWeeks = TimeStep{TimeUnit::Week, 4}.nominalMs();
    const qint64 blocks = (spanMs + fourWeeks * maxTicks - 1) / (fourWeeks * maxTicks);
    return {TimeUnit::Week, int(4 * blocks)};
}

std::vector<qint64> timeTicks(qint64 startMs, qint64 endMs, TimeStep step, const QTimeZone &tz)
{
    std::vector<qint64> ticks;
    if (endMs < startMs || step.count <= 0 || !tz.isValid())
        return ticks;
    if (step.nominalMs() > 0 && (endMs - startMs) / step.nominalMs() > 100000)
        return ticks; // a caller bug; do not allocate millions of ticks
    switch (step.unit) {
    case TimeUnit::Minute:
        return clockTicks(startMs, endMs, step.count, tz);
    case TimeUnit::Hour:
        return clockTicks(startMs, endMs, qint64(step.count) * 60, tz);
    case TimeUnit::Day:
    case TimeUnit::Week: {
        QDate date = QDateTime::fromMSecsSinceEpoch(startMs, tz).date();
        const int strideDays = step.unit == TimeUnit::Day ? step.count : 7 * step.count;
        if (step.unit == TimeUnit::Week) {
            date = date.addDays(1 - date.dayOfWeek()); // back to Monday
            // Julian day 0 is a Monday, so week k starts on day 7k; align to whole strides.
            const qint64 week = date.toJulianDay() / 7;
            date = date.addDays(-7 * floorMod(week, step.count));
        } else {
            date = date.addDays(-floorMod(date.toJulianDay(), step.count));
        }
        for (; date.isValid(); date = date.addDays(strideDays)) {
            const qint64 ms = date.startOfDay(tz).toMSecsSinceEpoch();
            if (ms > endMs)
                break;
            if (ms >= startMs)
                ticks.push_back(ms);
        }
        break;
    }
    }
    return ticks;
}

QString formatTimeTick(qint64 ms, TimeStep step, const QTimeZone &tz, const QLocale &locale)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, tz);
    const bool clock = step.unit == TimeUnit::Minute || step.unit == TimeUnit::Hour;
    if (clock && dt.time() != QTime(0, 0))
        return locale.toString(dt.time(), QStringLiteral("HH:mm"));
    return locale.toString(dt.date(), QStringLiteral("d MMM"));
}

QString formatExactTime(qint64 ms, const QTimeZone &tz)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, tz);
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ') + tz.abbreviation(dt);
}

std::vector<QPointF> lttb(const double *t, const double *v, size_t n, size_t threshold)
{
    std::vector<QPointF> out;
    if (n == 0 || threshold == 0 || t == nullptr || v == nullptr)
        return out;
    const std::vector<Segment> segments = finiteSegments(v, n);
    if (segments.empty())
        return out;
    const size_t markers = segments.size() - 1;
    size_t finite = 0;
    size_t minimum = 0;
    for (const Segment &s : segments) {
        finite += s.end - s.begin;
        minimum += std::min<size_t>(s.end - s.begin, 2);
    }

    // Quota per segment: at least its first and last point, the rest shared in proportion
    // to length (largest remainder, capped at the segment length).
    std::vector<size_t> quota(segments.size());
    if (finite + markers <= threshold) {
        for (size_t i = 0; i < segments.size(); ++i)
            quota[i] = segments[i].end - segments[i].begin;
    } else if (minimum + markers >= threshold) {
        for (size_t i = 0; i < segments.size(); ++i)
            quota[i] = std::min<size_t>(segments[i].end - segments[i].begin, 2);
    } else {
        const size_t extra = threshold - markers - minimum;
        const size_t capacity = finite - minimum;
        size_t given = 0;
        for (size_t i = 0; i < segments.size(); ++i) {
            const size_t len = segments[i].end - segments[i].begin;
            const size_t base = std::min<size_t>(len, 2);
            const size_t share = size_t((double(extra) * double(len - base)) / double(capacity));
            quota[i] = base + std::min(share, len - base);
            given += quota[i] - base;
        }
        for (size_t i = 0; i < segments.size() && given < extra; ++i) {
            if (quota[i] < segments[i].end - segments[i].begin) {
                ++quota[i];
                ++given;
            }
        }
    }

    out.reserve(std::min(threshold, finite + markers) + 2);
    for (size_t i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        if (i > 0)
            out.emplace_back(t[segments[i - 1].end], Nan);
        lttbSegment(t + s.begin, v + s.begin, s.end - s.begin, quota[i], out);
    }
    return out;
}

std::vector<QPointF> minMaxPerColumn(const double *t, const double *v, size_t n, double t0, double t1, int columns)
{
    std::vector<QPointF> out;
    if (n == 0 || columns <= 0 || !(t1 > t0) || t == nullptr || v == nullptr)
        return out;
    const double width = (t1 - t0) / columns;
    long column = -1;
    size_t minIdx = 0;
    size_t maxIdx = 0;
    bool pendingGap = false;
    double gapTime = 0.0;
    auto flush = [&] {
        if (column < 0)
            return;
        if (pendingGap && !out.empty())
            out.emplace_back(gapTime, Nan);
        pendingGap = false;
        const size_t first = std::min(minIdx, maxIdx);
        const size_t second = std::max(minIdx, maxIdx);
        out.emplace_back(t[first], v[first]);
        if (second != first)
            out.emplace_back(t[second], v[second]);
        column = -1;
    };
    for (size_t i = 0; i < n; ++i) {
        if (t[i] < t0 || t[i] >= t1)
            continue;
        if (std::isnan(v[i])) {
            flush();
            if (!pendingGap && !out.empty()) {
                pendingGap = true;
                gapTime = t[i];
            }
            continue;
        }
        const long c = std::min<long>(columns - 1, long((t[i] - t0) / width));
        if (c != column) {
            flush();
            column = c;
            minIdx = maxIdx = i;
            continue;
        }
        if (v[i] < v[minIdx])
            minIdx = i;
        if (v[i] > v[maxIdx])
            maxIdx = i;
    }
    flush();
    return out;
}

std::vector<BandPoint> bandPerColumn(const double *t, const double *low, const double *high, size_t n, double t0,
                                     double t1, int columns)
{
    std::vector<BandPoint> out;
    if (n == 0 || columns <= 0 || !(t1 > t0) || t == nullptr || low == nullptr || high == nullptr)
        return out;
    const double width = (t1 - t0) / columns;
    long column = -1;
    BandPoint current;
    double firstTime = 0.0;
    double lastTime = 0.0;
    bool pendingGap = false;
    auto flush = [&] {
        if (column < 0)
            return;
        if (pendingGap && !out.empty())
            out.push_back({firstTime, Nan, Nan});
        pendingGap = false;
        current.t = (firstTime + lastTime) / 2.0;
        out.push_back(current);
        column = -1;
    };
    for (size_t i = 0; i < n; ++i) {
        if (t[i] < t0 || t[i] > t1)
            continue;
        if (std::isnan(low[i]) || std::isnan(high[i])) {
            flush();
            pendingGap = pendingGap || !out.empty();
            continue;
        }
        const long c = std::min<long>(columns - 1, long((t[i] - t0) / width));
        if (c != column) {
            flush();
            column = c;
            current = {0.0, low[i], high[i]};
            firstTime = lastTime = t[i];
            continue;
        }
        current.low = std::min(current.low, low[i]);
        current.high = std::max(current.high, high[i]);
        lastTime = t[i];
    }
    flush();
    return out;
}

size_t nearestIndex(const double *t, const double *v, size_t n, double time)
{
    if (n == 0)
        return n;
    const size_t upper = size_t(std::lower_bound(t, t + n, time) - t);
    size_t right = upper;
    while (right < n && std::isnan(v[right]))
        ++right;
    size_t left = upper;
    size_t best = n;
    while (left > 0) {
        --left;
        if (!std::isnan(v[left])) {
            best = left;
            break;
        }
    }
    if (right < n && (best == n || std::abs(t[right] - time) < std::abs(time - t[best])))
        best = right;
    return best;
}

bool segmentHitsRect(const QPointF &a, const QPointF &b, const QRectF &r)
{
    // Liang-Barsky: clip the segment's parameter range [0, 1] against the four edges.
    double t0 = 0.0;
    double t1 = 1.0;
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const std::array<std::pair<double, double>, 4> edges = {
        {{-dx, a.x() - r.left()}, {dx, r.right() - a.x()}, {-dy, a.y() - r.top()}, {dy, r.bottom() - a.y()}}};
    for (const auto &[p, q] : edges) {
        if (p == 0.0) {
            if (q < 0.0)
                return false; // parallel to this edge and outside it
            continue;
        }
        const double t = q / p;
        if (p < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

} // namespace Sla::Ui::ChartMath
