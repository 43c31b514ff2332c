// SPDX-License-Identifier: Apache-2.0
#include "datadogevaluation.h"

#include "core/document/tr.h"
#include "core/engine/budget.h"
#include "core/engine/sli.h"
#include "core/engine/windows.h"
#include "core/evaluation/countcheck.h"
#include "core/evaluation/gather.h"
#include "core/evaluation/metricsourceconnection.h"
#include "core/metrics/datadog/datadogquery.h"
#include "core/metrics/datadog/datadogsource.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>

namespace Tr = Sla::Core::TrContext::Evaluator;

namespace Sla::Core::DatadogEvaluation {

namespace {

/// Datadog's finest rollup interval (spans up to an hour).
constexpr qint64 kFinestInterval = 20;

using RequestCache = DatadogRequests::RequestCache;
using Result = RequestCache::Result;
using Results = std::vector<Result>;
using SliceCallback = EvaluationBackend::SliceCallback;

qint64 floorDiv(qint64 a, qint64 b)
{
    return Windows::alignDown(a, b) / b;
}

qint64 alignUp(qint64 t, qint64 step)
{
    const qint64 down = Windows::alignDown(t, step);
    return down == t ? t : down + step;
}

/// One request of an evaluation: a query as sent and its range in seconds.
using Request = DatadogRequests::RangeQuery;

/// Sends `requests` (through the cache), then calls `done` with the answers in order.
void fetchAll(MetricSource *source, const std::shared_ptr<RequestCache> &cache, const std::vector<Request> &requests,
              QObject *context, std::function<void(Results &)> done)
{
    const auto gather = Gather<Result>::create(requests.size(), std::move(done));
    for (std::size_t i = 0; i < requests.size(); ++i)
        cache->fetch(source, requests[i].query, requests[i].from, requests[i].to, context,
                     [gather, i](const Result &r) { gather->set(i, r); });
}

/// The sum of every point at or after `fromMs` (all series).
double sumFrom(const Result &r, qint64 fromMs)
{
    double sum = 0;
    for (const SampleSeries &s : r.value().series) {
        for (std::size_t i = 0; i < s.t.size() && i < s.v.size(); ++i) {
            if (s.t[i] >= fromMs && !std::isnan(s.v[i]))
                sum += s.v[i];
        }
    }
    return sum;
}

/// Good and total events from summed event counts.
Sli::Ratio eventRatio(const EventQueries &ev, double numerator, double total)
{
    return ev.numeratorIsBad ? Sli::fromBad(numerator, total) : Sli::fromGood(numerator, total);
}

/// The error ratio of summed event counts: nothing without events in the total.
std::optional<double> errorRatio(const EventQueries &ev, double numerator, double total)
{
    return eventRatio(ev, numerator, total).errorRatio();
}

bool isRawWithOwnGrid(const QString &query)
{
    return query.contains(QLatin1String("{{window}}")) || query.contains(QLatin1String(".rollup("));
}

/// A raw query used as a counter: as written when it names its own grid, else with our
/// rollup (`sum` for counts; raw queries without `.as_count()` are read as written).
QString countRequest(const QString &query, qint64 step)
{
    if (query.contains(QLatin1String(".rollup(")))
        return query;
    return DatadogQuery::withRollup(query, step, QStringLiteral("sum"));
}

/// The rollup method of a threshold aggregate: `last` reads the averages and keeps the
/// latest point of a slice (combine()).
QString rollupMethod(Aggregate aggregate)
{
    const bool extreme = aggregate == Aggregate::Min || aggregate == Aggregate::Max;
    return extreme ? toString(aggregate) : QStringLiteral("avg");
}

/// Combines the points of one series inside one slice.
double combine(Aggregate aggregate, const std::vector<double> &values)
{
    switch (aggregate) {
    case Aggregate::Min:
        return *std::min_element(values.begin(), values.end());
    case Aggregate::Max:
        return *std::max_element(values.begin(), values.end());
    case Aggregate::Last:
        return values.back();
    case Aggregate::Avg:
        break;
    }
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

QString seriesKey(const SeriesLabels &labels)
{
    QString key;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        key += it.key() + u'\x1f' + it.value() + u'\x1e';
    return key;
}

/// The slice holding time `tMs` (start <= t < end), or -1.
int sliceOf(const std::vector<TimeRange> &slices, qint64 tMs)
{
    const auto it =
        std::upper_bound(slices.begin(), slices.end(), tMs, [](qint64 t, const TimeRange &s) { return t < s.start; });
    if (it == slices.begin())
        return -1;
    const auto &s = *(it - 1);
    return tMs < s.end ? int(it - 1 - slices.begin()) : -1;
}

// ---------------------------------------------------------------------------------------
// Timeslices

/// What a timeslice objective reads per slice.
struct SliceQueries
{
    enum class Form { Events, Value };
    Form form = Form::Events;
    EventQueries events;
    QString value;  ///< Value: the query (without rollup)
    QString rollup; ///< Value: the rollup method
    Aggregate aggregate = Aggregate::Avg;
    bool valueHasOwnGrid = false;
    QString error;
};

SliceQueries sliceQueries(const Objective &objective, qint64 sliceSeconds)
{
    SliceQueries q;
    const Indicator &ind = objective.indicator;
    switch (ind.kind) {
    case IndicatorKind::Drift:
        q.error = Tr::tr("Datadog cannot serve drift indicators: its query language has no histogram bucket "
                         "increases; use a Prometheus or recorded source");
        return q;
    case IndicatorKind::Latency:
        if (ind.latency.percentile) {
            q.error =
                Tr::tr("a percentile latency objective cannot be read from Datadog counters; use a `threshold` "
                       "indicator on a gauge holding the percentile (e.g. trace.http.request.duration.by.service.95p) "
                       "or the share of requests under the threshold (no `percentile`)");
            return q;
        }
        break;
    case IndicatorKind::Threshold: {
        q.form = SliceQueries::Form::Value;
        QString why;
        const auto query = DatadogQuery::valueQuery(ind.threshold.metric, ind.threshold.aggregate, &why);
        if (!query) {
            q.error = why;
            return q;
        }
        q.value = *query;
        q.rollup = rollupMethod(ind.threshold.aggregate);
        q.aggregate = ind.threshold.aggregate;
        return q;
    }
    case IndicatorKind::Query:
        if (!ind.query.value.isEmpty()) {
            q.form = SliceQueries::Form::Value;
            q.value = DatadogQuery::expandWindow(ind.query.value, Duration::seconds(sliceSeconds));
            const bool counts = q.value.contains(QLatin1String(".as_count()"));
            q.rollup = counts ? QStringLiteral("sum") : QStringLiteral("avg");
            q.aggregate = Aggregate::Avg;
            q.valueHasOwnGrid = q.value.contains(QLatin1String(".rollup("));
            return q;
        }
        break;
    default:
        break;
    }
    q.events = eventQueries(objective);
    q.error = q.events.error;
    return q;
}

/// The distinct queries a timeslice objective sends on `grid`: the value query, or each
/// counter once (the lists of `q` are rewritten to the queries as sent).
QStringList sentQueries(SliceQueries &q, const SliceGrid &grid, qint64 sliceSeconds)
{
    QStringList sent;
    if (q.form == SliceQueries::Form::Value) {
        sent << (q.valueHasOwnGrid ? q.value : DatadogQuery::withRollup(q.value, grid.step, q.rollup));
        return sent;
    }
    auto expand = [&](QStringList &list) {
        for (QString &query : list) {
            query = countRequest(DatadogQuery::expandWindow(query, Duration::seconds(sliceSeconds)), grid.step);
            if (!sent.contains(query))
                sent << query;
        }
    };
    expand(q.events.numerator);
    expand(q.events.total);
    return sent;
}

/// Value indicators: per slice and series the points inside the slice, combined with the
/// aggregate; the worst series for the objective's comparison decides.
std::vector<std::optional<double>> valueSlices(const Results &results, const std::vector<TimeRange> &slices,
                                               Aggregate aggregate, CompareOp op)
{
    std::vector<QHash<QString, std::vector<double>>> points(slices.size());
    for (const Result &r : results) {
        for (const SampleSeries &s : r.value().series) {
            const QString key = seriesKey(s.labels);
            for (std::size_t j = 0; j < s.t.size() && j < s.v.size(); ++j) {
                const int i = sliceOf(slices, s.t[j]);
                if (i >= 0 && !std::isnan(s.v[j]))
                    points[std::size_t(i)][key].push_back(s.v[j]);
            }
        }
    }
    std::vector<std::optional<double>> values(slices.size());
    for (std::size_t i = 0; i < slices.size(); ++i) {
        for (auto it = points[i].cbegin(); it != points[i].cend(); ++it) {
            const double v = combine(aggregate, it.value());
            values[i] = values[i] ? EvaluationPlan::worst(op, *values[i], v) : v;
        }
    }
    return values;
}

/// Ratio-type indicators: per slice the SLI from the sums of its counters' points (result
/// k answers sent[k % sent.size()]); a slice without events in the total is a gap.
std::vector<std::optional<double>> eventSlices(const Results &results, const std::vector<TimeRange> &slices,
                                               const EventQueries &events, const QStringList &sent)
{
    std::vector<QHash<QString, double>> sums(slices.size());
    std::vector<QHash<QString, bool>> seen(slices.size());
    for (std::size_t k = 0; k < results.size(); ++k) {
        const QString &query = sent.at(qsizetype(k % std::size_t(sent.size())));
        for (const SampleSeries &s : results[k].value().series) {
            for (std::size_t j = 0; j < s.t.size() && j < s.v.size(); ++j) {
                const int i = sliceOf(slices, s.t[j]);
                if (i < 0 || std::isnan(s.v[j]))
                    continue;
                sums[std::size_t(i)][query] += s.v[j];
                seen[std::size_t(i)][query] = true;
            }
        }
    }
    std::vector<std::optional<double>> values(slices.size());
    for (std::size_t i = 0; i < slices.size(); ++i) {
        double numerator = 0;
        double total = 0;
        bool hasTotal = false;
        for (const QString &query : events.numerator)
            numerator += sums[i].value(query);
        for (const QString &query : events.total) {
            total += sums[i].value(query);
            hasTotal = hasTotal || seen[i].value(query);
        }
        if (!hasTotal)
            continue; // a gap: no events in the slice
        if (const auto err = errorRatio(events, numerator, total))
            values[i] = 1 - *err;
    }
    return values;
}

/// The raw value of every slice of a timeslice objective.
/// Several series answering one slice (a threshold metric grouped `by {...}`): the worst
/// value for the objective's comparison counts, so one failing series makes the slice bad.
void readSliceValues(MetricSource *source, const Objective &objective, const std::vector<TimeRange> &slices,
                     QObject *context, const std::shared_ptr<RequestCache> &cache, SliceCallback done)
{
    const auto rule = EvaluationPlan::sliceRule(objective);
    const CompareOp op = rule ? rule->first : CompareOp::Gte;
    if (slices.empty()) {
        done({}, {}, std::nullopt);
        return;
    }
    QString error;
    const SliceGrid grid = sliceGrid(slices, &error);
    if (grid.chunks.empty()) {
        done({}, error, std::nullopt);
        return;
    }
    const qint64 sliceSeconds = std::max<qint64>(1, objective.budgeting.slice.ms / 1000);
    SliceQueries q = sliceQueries(objective, sliceSeconds);
    if (!q.error.isEmpty()) {
        done({}, q.error, std::nullopt);
        return;
    }
    const QStringList sent = sentQueries(q, grid, sliceSeconds);
    std::vector<Request> requests;
    for (const auto &[from, to] : grid.chunks) {
        for (const QString &query : sent)
            requests.push_back({query, from, to});
    }
    fetchAll(source, cache, requests, context, [slices, q, sent, op, done](Results &results) {
        if (const SourceError *e = firstError(results)) {
            done(std::vector<std::optional<double>>(slices.size()), {}, *e);
            return;
        }
        if (q.form == SliceQueries::Form::Value)
            done(valueSlices(results, slices, q.aggregate, op), {}, std::nullopt);
        else
            done(eventSlices(results, slices, q.events, sent), {}, std::nullopt);
    });
}

/// `selector` as a count query; the first selector that does not compile sets ev.error.
QString countOf(EventQueries &ev, const QString &selector)
{
    QString why;
    const auto q = DatadogQuery::countQuery(selector, &why);
    if (!q && ev.error.isEmpty())
        ev.error = why;
    return q.value_or(QString());
}

/// Latency: the names the Datadog OpenMetrics integration gives a histogram, cumulative
/// buckets `H.bucket` tagged upper_bound over the observation count `H.count`.
void latencyEvents(EventQueries &ev, const LatencyIndicator &latency)
{
    if (latency.percentile) {
        ev.error = Tr::tr("a percentile latency objective needs `budgeting: {timeslices: DURATION}`");
        return;
    }
    QString why;
    int column = 0;
    const auto parts = DatadogQuery::parse(latency.histogram, &why, &column);
    if (!parts) {
        ev.error = Tr::tr("histogram selector \"%1\", column %2: %3").arg(latency.histogram).arg(column + 1).arg(why);
        return;
    }
    if (parts->metric.endsWith(QLatin1String(".bucket")) || parts->metric.endsWith(QLatin1String(".count"))) {
        ev.error = Tr::tr("histogram selector \"%1\": name the histogram without .bucket or .count; SLA Desk reads "
                          "%2.bucket{upper_bound:THRESHOLD} and %2.count")
                       .arg(latency.histogram, parts->metric.section(QLatin1Char('.'), 0, -2));
        return;
    }
    DatadogQuery::Parts bucket = *parts;
    bucket.metric += QLatin1String(".bucket");
    bucket.scope.removeAll(QStringLiteral("*"));
    bucket.scope << QStringLiteral("upper_bound:") +
                        QString::number(latency.threshold, 'g', QLocale::FloatingPointShortest);
    DatadogQuery::Parts total = *parts;
    total.metric += QLatin1String(".count");
    ev.numerator << countOf(ev, DatadogQuery::toString(bucket));
    ev.total << countOf(ev, DatadogQuery::toString(total));
}

/// Classification: the measure's numerator and denominator as sums of counters (F1 lists
/// tp twice, exactly as 2 * tp).
void classificationEvents(EventQueries &ev, const ClassificationIndicator &k)
{
    const EvaluationPlan::ClassificationCounters c = EvaluationPlan::classificationCounters(k);
    for (const QString &selector : c.numerator)
        ev.numerator << countOf(ev, selector);
    for (const QString &selector : c.total)
        ev.total << countOf(ev, selector);
}

/// Raw good/bad/total queries, sent as written.
void rawEvents(EventQueries &ev, const QueryIndicator &q)
{
    if (!q.errorRatio.isEmpty()) {
        ev.error = Tr::tr("a raw `errorRatio` query cannot be evaluated on Datadog (ratios of windows do not add "
                          "up); write `good` or `bad` and `total` count queries");
        return;
    }
    if (!q.value.isEmpty()) {
        ev.error = Tr::tr("a raw `value` query needs `budgeting: {timeslices: DURATION}`");
        return;
    }
    ev.numeratorIsBad = q.good.isEmpty();
    ev.numerator << (ev.numeratorIsBad ? q.bad : q.good);
    ev.total << q.total;
    ev.raw = isRawWithOwnGrid(ev.numerator.constFirst()) || isRawWithOwnGrid(q.total);
}

} // namespace

// ---------------------------------------------------------------------------------------

EventQueries eventQueries(const Objective &objective)
{
    EventQueries ev;
    const Indicator &ind = objective.indicator;
    switch (ind.kind) {
    case IndicatorKind::Ratio:
        ev.numeratorIsBad = ind.ratio.good.isEmpty();
        ev.numerator << countOf(ev, ev.numeratorIsBad ? ind.ratio.bad : ind.ratio.good);
        ev.total << countOf(ev, ind.ratio.total);
        break;
    case IndicatorKind::Latency:
        latencyEvents(ev, ind.latency);
        break;
    case IndicatorKind::Classification:
        classificationEvents(ev, ind.classification);
        break;
    case IndicatorKind::Query:
        rawEvents(ev, ind.query);
        break;
    case IndicatorKind::Threshold:
        ev.error = Tr::tr("a threshold indicator needs `budgeting: {timeslices: DURATION}`");
        break;
    case IndicatorKind::Drift:
        ev.error = Tr::tr("Datadog cannot serve drift indicators: its query language has no histogram bucket "
                          "increases; use a Prometheus or recorded source");
        break;
    }
    return ev;
}

std::vector<WindowGroup> windowGroups(qint64 to, const std::vector<qint64> &starts)
{
    std::vector<int> order(starts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&starts](int a, int b) { return starts[a] < starts[b]; });
    std::vector<WindowGroup> groups;
    std::vector<bool> done(starts.size(), false);
    for (const int lead : order) {
        if (done[std::size_t(lead)])
            continue;
        const qint64 start = starts[std::size_t(lead)];
        // Rounding the start up (not down) keeps the span, and so Datadog's interval, within
        // the window's own class.
        const qint64 step = DatadogQuery::enforcedInterval(Duration::seconds(to - start));
        WindowGroup g{alignUp(start, step), step, {}};
        for (const int i : order) {
            if (done[std::size_t(i)])
                continue;
            const qint64 s = starts[std::size_t(i)];
            const bool onGrid = Windows::alignDown(s, step) == s;
            const bool sameAlone = DatadogQuery::enforcedInterval(Duration::seconds(to - s)) == step;
            if (i == lead || onGrid || sameAlone) {
                g.windows.emplace_back(i, alignUp(s, step));
                done[std::size_t(i)] = true;
            }
        }
        groups.push_back(std::move(g));
    }
    return groups;
}

qint64 maxSpanForStep(qint64 step)
{
    struct Class
    {
        qint64 upTo;
        qint64 interval;
    };
    // DatadogQuery::enforcedInterval's table: spans up to `upTo` are served at `interval`.
    static constexpr std::array<Class, 6> classes = {
        {{3600, 20}, {4 * 3600, 60}, {86400, 300}, {2 * 86400, 600}, {7 * 86400, 3600}, {31 * 86400, 14400}}};
    if (step >= 86400)
        return std::numeric_limits<qint64>::max() / 4;
    qint64 span = 0;
    for (const Class &c : classes) {
        if (c.interval <= step)
            span = c.upTo;
    }
    return span;
}

SliceGrid sliceGrid(const std::vector<TimeRange> &slices, QString *error)
{
    SliceGrid grid;
    if (slices.empty())
        return grid;
    // The largest interval dividing the first start and every slice length divides every
    // slice boundary: each point then belongs to exactly one slice.
    bool wholeSeconds = true;
    qint64 g = 0;
    for (const TimeRange &s : slices) {
        wholeSeconds = wholeSeconds && s.start % 1000 == 0 && s.end % 1000 == 0;
        g = std::gcd(g, s.length() / 1000);
    }
    g = std::gcd(g, std::abs(slices.front().start / 1000));
    if (wholeSeconds && g >= kFinestInterval) {
        grid.step = g;
        grid.exact = true;
    } else {
        // Not on any grid Datadog serves (a rolling window ending off the slice grid):
        // one point per slice length, each counted in the slice its interval starts in.
        qint64 shortest = std::numeric_limits<qint64>::max();
        for (const TimeRange &s : slices)
            shortest = std::min(shortest, s.length() / 1000);
        grid.step = shortest;
    }
    if (grid.step < kFinestInterval) {
        if (error)
            *error = Tr::tr("timeslices shorter than %1 s cannot be read from Datadog (its finest rollup interval)")
                         .arg(kFinestInterval);
        grid.step = 0;
        return grid;
    }
    const qint64 maxSpan = maxSpanForStep(grid.step);
    // A chunk [a, a + n*step - 1] spans less than maxSpan, so Datadog serves it at an
    // interval <= step and our rollup sets the grid.
    const qint64 perChunk = std::max<qint64>(1, maxSpan / grid.step) * grid.step;
    const qint64 first = Windows::alignDown(floorDiv(slices.front().start, 1000), grid.step);
    const qint64 last = floorDiv(slices.back().end, 1000) - 1;
    for (qint64 a = first; a <= last; a += perChunk)
        grid.chunks.emplace_back(a, std::min(last, a + perChunk - 1));
    return grid;
}

namespace {

/// The requests of an occurrences objective and, per window (0: the compliance window,
/// 1..7: the burn-rate windows, all ending at plan.at), the parts its counts are summed from.
struct WindowRequests
{
    /// The request answering one list entry, and the first point counted.
    struct Part
    {
        std::size_t request = 0;
        qint64 fromMs = 0;
    };
    std::vector<std::vector<Part>> numerator;
    std::vector<std::vector<Part>> total;
    std::vector<Request> requests;
    bool emptyWindow = false; ///< the compliance window holds no whole second yet

    /// The events over window `w` from the answers to `requests`.
    std::optional<Sli::Ratio> countOf(const EventQueries &ev, const Results &results, std::size_t w) const
    {
        if (w == 0 && emptyWindow)
            return std::nullopt;
        double n = 0;
        double t = 0;
        for (const Part &p : numerator[w])
            n += sumFrom(results[p.request], p.fromMs);
        for (const Part &p : total[w])
            t += sumFrom(results[p.request], p.fromMs);
        return eventRatio(ev, n, t);
    }
};

WindowRequests windowRequests(const EventQueries &ev, const ObjectivePlan &plan)
{
    const qint64 to = floorDiv(plan.at, 1000);
    std::vector<qint64> starts{floorDiv(plan.range.start, 1000)};
    for (const qint64 w : Budget::BurnRateWindows)
        starts.push_back(to - w / 1000);
    WindowRequests out;
    out.numerator.resize(starts.size());
    out.total.resize(starts.size());
    out.emptyWindow = starts[0] >= to;
    QHash<QString, std::size_t> index;
    auto request = [&](const QString &query, qint64 from) {
        const QString key = query + u'\x1f' + QString::number(from);
        const auto it = index.constFind(key);
        if (it != index.constEnd())
            return *it;
        out.requests.push_back({query, from, to});
        index.insert(key, out.requests.size() - 1);
        return out.requests.size() - 1;
    };
    auto add = [&](std::size_t w, qint64 from, qint64 fromMs, const std::function<QString(const QString &)> &sent) {
        for (const QString &q : ev.numerator)
            out.numerator[w].push_back({request(sent(q), from), fromMs});
        for (const QString &q : ev.total)
            out.total[w].push_back({request(sent(q), from), fromMs});
    };
    if (ev.raw) {
        for (std::size_t w = 0; w < starts.size(); ++w) {
            const Duration length = Duration::seconds(to - starts[w]);
            add(w, starts[w], 0, [length](const QString &q) { return DatadogQuery::expandWindow(q, length); });
        }
        return out;
    }
    for (const WindowGroup &g : windowGroups(to, starts)) {
        for (const auto &[w, firstBucket] : g.windows)
            add(std::size_t(w), g.from, firstBucket * 1000, [&g](const QString &q) { return countRequest(q, g.step); });
    }
    return out;
}

/// The sum of every point at or after `fromMs` and before `toMs` (all series).
double sumBetween(const Result &r, qint64 fromMs, qint64 toMs)
{
    double sum = 0;
    for (const SampleSeries &s : r.value().series) {
        for (std::size_t i = 0; i < s.t.size() && i < s.v.size(); ++i) {
            if (s.t[i] >= fromMs && s.t[i] < toMs && !std::isnan(s.v[i]))
                sum += s.v[i];
        }
    }
    return sum;
}

/// The requests counting the events inside each correction period
/// (EvaluationPlan::correctionRanges), appended after the window requests: one per period
/// and query at the rollup interval Datadog serves for the period's length. A point counts
/// when its interval begins inside the period, so periods on that grid (whole minutes up to
/// 4 h, 5 minutes up to a day, ...) are exact; other bounds move to the grid (README).
struct CorrectionRequests
{
    struct Period
    {
        TimeRange range;
        qint64 fromMs = 0; ///< the first point counted
        qint64 toMs = 0;   ///< points before this
        std::vector<std::size_t> numerator;
        std::vector<std::size_t> total;
    };
    std::vector<Period> periods;

    CorrectionRequests(const EventQueries &ev, const ObjectivePlan &plan, std::vector<Request> &requests)
    {
        for (const TimeRange &r : EvaluationPlan::correctionRanges(plan)) {
            const qint64 start = floorDiv(r.start, 1000);
            const qint64 end = floorDiv(r.end, 1000);
            const qint64 step = DatadogQuery::enforcedInterval(Duration::seconds(std::max<qint64>(end - start, 1)));
            Period p{r, alignUp(start, step) * 1000, end * 1000, {}, {}};
            auto request = [&](const QString &q) {
                requests.push_back({countRequest(q, step), alignUp(start, step), end});
                return requests.size() - 1;
            };
            for (const QString &q : ev.numerator)
                p.numerator.push_back(request(q));
            for (const QString &q : ev.total)
                p.total.push_back(request(q));
            periods.push_back(std::move(p));
        }
    }

    /// The events inside correction period `range`; nullopt when it is not one of them.
    std::optional<Sli::Ratio> countOf(const EventQueries &ev, const Results &results, TimeRange range) const
    {
        for (const Period &p : periods) {
            if (p.range != range)
                continue;
            double n = 0;
            double t = 0;
            for (const std::size_t i : p.numerator)
                n += sumBetween(results[i], p.fromMs, p.toMs);
            for (const std::size_t i : p.total)
                t += sumBetween(results[i], p.fromMs, p.toMs);
            return eventRatio(ev, n, t);
        }
        return std::nullopt;
    }
};

/// The counts per step of a chart read on [from, to] every `step` (seconds); result k
/// answers sent[k]. A step's point sits at the end of its interval.
EvaluationBackend::OccurrenceSteps chartSteps(const Results &results, const EventQueries &ev, const QStringList &sent,
                                              qint64 from, qint64 to, qint64 step)
{
    const std::size_t n = std::size_t((to - from) / step + 1);
    std::vector<QHash<QString, double>> buckets(n);
    for (qsizetype k = 0; k < sent.size(); ++k) {
        for (const SampleSeries &s : results[std::size_t(k)].value().series) {
            for (std::size_t j = 0; j < s.t.size() && j < s.v.size(); ++j) {
                const qint64 b = (s.t[j] / 1000 - from) / step;
                if (b >= 0 && std::size_t(b) < n && !std::isnan(s.v[j]))
                    buckets[std::size_t(b)][sent.at(k)] += s.v[j];
            }
        }
    }
    auto sums = [&](std::size_t first, std::size_t last) {
        double num = 0;
        double total = 0;
        for (std::size_t b = first; b <= last; ++b) {
            for (const QString &q : ev.numerator)
                num += buckets[b].value(q);
            for (const QString &q : ev.total)
                total += buckets[b].value(q);
        }
        return std::pair{num, total};
    };
    EvaluationBackend::OccurrenceSteps out;
    out.stepMs = step * 1000;
    out.allEvents = sums(0, n - 1).second;
    const qint64 hourBuckets = 3600 % step == 0 ? 3600 / step : 0;
    for (std::size_t b = 0; b < n; ++b) {
        out.t.push_back((from + qint64(b + 1) * step) * 1000);
        const auto [num, total] = sums(b, b);
        out.errorRatio.push_back(errorRatio(ev, num, total));
        out.events.push_back(total);
        std::optional<double> hour;
        if (hourBuckets > 0 && qint64(b) + 1 >= hourBuckets) {
            const auto [hn, ht] = sums(b + 1 - std::size_t(hourBuckets), b);
            hour = errorRatio(ev, hn, ht);
        }
        out.hourErrorRatio.push_back(hour);
    }
    return out;
}

} // namespace

namespace {

/// The back-end of Datadog sources; `source` must outlive every call. Objectives evaluated
/// by one back-end share their requests through its cache.
class Backend final : public EvaluationBackend
{
public:
    Backend(MetricSource *source, std::shared_ptr<RequestCache> cache)
        : EvaluationBackend(source->name()), m_source(source),
          m_cache(cache ? std::move(cache) : std::make_shared<RequestCache>())
    {
    }

protected:
    void sliceValues(const ObjectivePlan &plan, const std::vector<TimeRange> &slices, QObject *context,
                     SliceCallback done) override
    {
        readSliceValues(m_source, plan.objective, slices, context, m_cache, std::move(done));
    }

    void occurrences(const ObjectivePlan &plan, ObjectiveResult base, QObject *context, ResultCallback done) override
    {
        const EventQueries ev = eventQueries(plan.objective);
        if (!ev.error.isEmpty()) {
            base.error = ev.error;
            done(base, std::nullopt);
            return;
        }
        const WindowRequests windows = windowRequests(ev, plan);
        // Raw queries with their own grid cannot be counted per correction period.
        const ObjectivePlan used = ev.raw ? EvaluationPlan::withoutCorrections(plan) : plan;
        std::vector<Request> requests = windows.requests;
        const auto corrections = std::make_shared<const CorrectionRequests>(ev, used, requests);
        fetchAll(m_source, m_cache, requests, context,
                 [plan, used, ev, base, windows, corrections, done, source = sourceName()](Results &results) {
                     if (const SourceError *e = firstError(results)) {
                         done(base, *e);
                         return;
                     }
                     const Budget::EventCount count = [&](TimeRange r) -> std::optional<Sli::Ratio> {
                         for (std::size_t w = 0; w <= BurnRateWindowCount; ++w) {
                             if (r == (w == 0 ? used.range : EvaluationPlan::burnRateWindow(used, w - 1)))
                                 return windows.countOf(ev, results, w);
                         }
                         return corrections->countOf(ev, results, r);
                     };
                     ObjectiveResult r = EvaluationPlan::finishCounts(used, count);
                     CountCheck::note(
                         plan, source, [&](std::size_t w) { return windows.countOf(ev, results, w); }, r);
                     if (ev.raw && !plan.corrections.empty())
                         r.warnings << EvaluationPlan::correctionsNotApplied(
                             plan, Tr::tr("a raw Datadog query with its own rollup cannot be counted per period"));
                     done(r, std::nullopt);
                 });
    }

    void occurrencesSeries(const ObjectivePlan &plan, TimeRange range, qint64 stepMs, QObject *context,
                           SeriesReadCallback done) override
    {
        const EventQueries ev = eventQueries(plan.objective);
        if (!ev.error.isEmpty() || ev.raw) {
            ObjectiveSeries empty;
            empty.error =
                ev.error.isEmpty() ? Tr::tr("raw Datadog queries with their own rollup cannot be charted") : ev.error;
            done(empty, std::nullopt);
            return;
        }
        // One point per step (at least the interval Datadog serves the range at), at the end
        // of its interval.
        const qint64 to = floorDiv(range.end, 1000);
        const qint64 step =
            std::max(stepMs / 1000, DatadogQuery::enforcedInterval(Duration::seconds(to - range.start / 1000)));
        const qint64 from = Windows::alignDown(floorDiv(range.start, 1000), step);
        QStringList sent;
        for (const QString &q : ev.numerator + ev.total) {
            if (!sent.contains(q))
                sent << q;
        }
        std::vector<Request> requests;
        for (const QString &q : sent)
            requests.push_back({countRequest(q, step), from, to});
        fetchAll(m_source, m_cache, requests, context, [plan, ev, sent, from, to, step, range, done](Results &results) {
            if (const SourceError *e = firstError(results)) {
                done({}, *e);
                return;
            }
            done(chartFromSteps(plan, range, chartSteps(results, ev, sent, from, to, step)), std::nullopt);
        });
    }

    QString advice(const SourceError &error, const QString &text) const override
    {
        if (error.kind == SourceError::Kind::Unreachable || error.kind == SourceError::Kind::Timeout)
            return Tr::tr("%1; check the data source's site or url and the network").arg(text);
        return text; // auth and rate-limit messages already say what to do
    }

private:
    MetricSource *m_source;
    std::shared_ptr<RequestCache> m_cache;
};

} // namespace

std::shared_ptr<EvaluationBackend> createBackend(MetricSource *source, std::shared_ptr<RequestCache> cache)
{
    return std::make_shared<Backend>(source, std::move(cache));
}

std::shared_ptr<SourceConnection> connectSource(const SourceSpec &spec, const BackendEnvironment &environment)
{
    MetricSourceConnection::Kind kind;
    kind.createSource = [](const DataSource &config, const SourceSecret &secret) -> MetricSource * {
        return new DatadogSource(config, secret.apiKey, secret.appKey);
    };
    // A fresh request cache per evaluation or chart: answers are never reused by the next.
    kind.createBackend = [](MetricSource *source) -> std::shared_ptr<EvaluationBackend> {
        return createBackend(source, std::make_shared<RequestCache>());
    };
    kind.alwaysNeedsSecret = true;
    kind.listsByPrefix = true;
    kind.missingSecret = [](const SourceSpec &s) {
        return Tr::tr("Datadog data source '%1' needs an API key and an application key: store "
                      "them with `slactl credentials set %1` (two lines: API key, then "
                      "application key) or set %2 (the same two lines) or DD_API_KEY and "
                      "DD_APP_KEY")
            .arg(s.name, CredentialStore::environmentVariable(s.name));
    };
    return std::make_shared<MetricSourceConnection>(spec, environment, std::move(kind));
}

} // namespace Sla::Core::DatadogEvaluation
