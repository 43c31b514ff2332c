// SPDX-License-Identifier: Apache-2.0
#include "datadogevaluation.h"

#include "core/evaluation/gather.h"
#include "core/evaluation/logging.h"

#include "core/engine/budget.h"
#include "core/engine/sli.h"
#include "core/engine/windows.h"
#include "core/metrics/datadog/datadogquery.h"
#include "core/metrics/datadog/datadogsource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>

namespace Sla::Core::DatadogEvaluation {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
/// Datadog's finest rollup interval (spans up to an hour).
constexpr qint64 kFinestInterval = 20;

using Result = RequestCache::Result;
using Results = std::vector<Result>;

qint64 floorDiv(qint64 a, qint64 b)
{
    return Windows::alignDown(a, b) / b;
}

qint64 alignUp(qint64 t, qint64 step)
{
    const qint64 down = Windows::alignDown(t, step);
    return down == t ? t : down + step;
}

QDateTime utcSeconds(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc());
}

/// One request of an evaluation: a query as sent and its range in seconds.
using Request = RangeQuery;

/// Sends `requests` (through the cache), then calls `done` with the answers in order.
void fetchAll(MetricSource *source, const std::shared_ptr<RequestCache> &cache, const std::vector<Request> &requests,
              QObject *context, std::function<void(Results &)> done)
{
    const auto gather = Gather<Result>::create(requests.size(), std::move(done));
    for (std::size_t i = 0; i < requests.size(); ++i)
        cache->fetch(source, requests[i].query, requests[i].from, requests[i].to, context,
                     [gather, i](const Result &r) { gather->set(i, r); });
}

const SourceError *firstError(const Results &results)
{
    for (const Result &r : results) {
        if (!r.isOk())
            return &r.error();
    }
    return nullptr;
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

/// The error ratio of summed event counts: nothing without events in the total.
std::optional<double> errorRatio(const EventQueries &ev, double numerator, double total)
{
    const Sli::Ratio r = ev.numeratorIsBad ? Sli::fromBad(numerator, total) : Sli::fromGood(numerator, total);
    return r.errorRatio();
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

QString rollupMethod(Aggregate aggregate)
{
    switch (aggregate) {
    case Aggregate::Min:
        return QStringLiteral("min");
    case Aggregate::Max:
        return QStringLiteral("max");
    case Aggregate::Avg:
    case Aggregate::Last:
        break;
    }
    return QStringLiteral("avg");
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
        q.error = QCoreApplication::translate("Sla::Core::Evaluator", "Datadog cannot serve drift indicators: its query language has no histogram bucket "
                     "increases; use a Prometheus or recorded source");
        return q;
    case IndicatorKind::Latency:
        if (ind.latency.percentile) {
            q.error =
                QCoreApplication::translate("Sla::Core::Evaluator", "a percentile latency objective cannot be read from Datadog counters; use a `threshold` "
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

using SliceDone = std::function<void(std::vector<std::optional<double>>, QString, std::optional<SourceError>)>;

/// The raw value of every slice of a timeslice objective.
/// Several series answering one slice (a threshold metric grouped `by {...}`): the worst
/// value for the objective's comparison counts, so one failing series makes the slice bad.
void sliceValues(MetricSource *source, const Objective &objective, const std::vector<TimeRange> &slices,
                 QObject *context, const std::shared_ptr<RequestCache> &cache, SliceDone done)
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
    // The distinct queries as sent, and for events which of them each list names.
    QStringList sent;
    if (q.form == SliceQueries::Form::Value) {
        sent << (q.valueHasOwnGrid ? q.value : DatadogQuery::withRollup(q.value, grid.step, q.rollup));
    } else {
        auto expand = [&](QStringList &list) {
            for (QString &query : list) {
                query = countRequest(DatadogQuery::expandWindow(query, Duration::seconds(sliceSeconds)), grid.step);
                if (!sent.contains(query))
                    sent << query;
            }
        };
        expand(q.events.numerator);
        expand(q.events.total);
    }
    std::vector<Request> requests;
    for (const auto &[from, to] : grid.chunks) {
        for (const QString &query : sent)
            requests.push_back({query, from, to});
    }
    const std::size_t perChunk = std::size_t(sent.size());
    fetchAll(source, cache, requests, context, [slices, q, sent, perChunk, op, done](Results &results) {
        std::vector<std::optional<double>> values(slices.size());
        if (const SourceError *e = firstError(results)) {
            done(std::move(values), {}, *e);
            return;
        }
        if (q.form == SliceQueries::Form::Value) {
            // Per slice, per series: the points inside the slice.
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
            for (std::size_t i = 0; i < slices.size(); ++i) {
                for (auto it = points[i].cbegin(); it != points[i].cend(); ++it) {
                    const double v = combine(q.aggregate, it.value());
                    values[i] = values[i] ? EvaluationPlan::worst(op, *values[i], v) : v;
                }
            }
            done(std::move(values), {}, std::nullopt);
            return;
        }
        // Events: per slice, per query as sent, the sum of its points.
        std::vector<QHash<QString, double>> sums(slices.size());
        std::vector<QHash<QString, bool>> seen(slices.size());
        for (std::size_t k = 0; k < results.size(); ++k) {
            const QString &query = sent.at(qsizetype(k % perChunk));
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
        for (std::size_t i = 0; i < slices.size(); ++i) {
            double numerator = 0;
            double total = 0;
            bool hasTotal = false;
            for (const QString &query : q.events.numerator)
                numerator += sums[i].value(query);
            for (const QString &query : q.events.total) {
                total += sums[i].value(query);
                hasTotal = hasTotal || seen[i].value(query);
            }
            if (!hasTotal)
                continue; // a gap: no events in the slice
            if (const auto err = errorRatio(q.events, numerator, total))
                values[i] = 1 - *err;
        }
        done(std::move(values), {}, std::nullopt);
    });
}

} // namespace

// ---------------------------------------------------------------------------------------

EventQueries eventQueries(const Objective &objective)
{
    EventQueries ev;
    const Indicator &ind = objective.indicator;
    auto count = [&ev](const QString &selector) -> QString {
        QString why;
        const auto q = DatadogQuery::countQuery(selector, &why);
        if (!q && ev.error.isEmpty())
            ev.error = why;
        return q.value_or(QString());
    };
    switch (ind.kind) {
    case IndicatorKind::Ratio:
        ev.numeratorIsBad = ind.ratio.good.isEmpty();
        ev.numerator << count(ev.numeratorIsBad ? ind.ratio.bad : ind.ratio.good);
        ev.total << count(ind.ratio.total);
        break;
    case IndicatorKind::Latency: {
        if (ind.latency.percentile) {
            ev.error = QCoreApplication::translate("Sla::Core::Evaluator", "a percentile latency objective needs `budgeting: {timeslices: DURATION}`");
            break;
        }
        QString why;
        int column = 0;
        const auto parts = DatadogQuery::parse(ind.latency.histogram, &why, &column);
        if (!parts) {
            ev.error =
                QCoreApplication::translate("Sla::Core::Evaluator", "histogram selector \"%1\", column %2: %3").arg(ind.latency.histogram).arg(column + 1).arg(why);
            break;
        }
        if (parts->metric.endsWith(QLatin1String(".bucket")) || parts->metric.endsWith(QLatin1String(".count"))) {
            ev.error = QCoreApplication::translate("Sla::Core::Evaluator", "histogram selector \"%1\": name the histogram without .bucket or .count; SLA Desk reads "
                          "%2.bucket{upper_bound:THRESHOLD} and %2.count")
                           .arg(ind.latency.histogram, parts->metric.section(QLatin1Char('.'), 0, -2));
            break;
        }
        // The names the Datadog OpenMetrics integration gives a histogram: cumulative
        // buckets `H.bucket` tagged upper_bound, and the observation count `H.count`.
        DatadogQuery::Parts bucket = *parts;
        bucket.metric += QLatin1String(".bucket");
        bucket.scope.removeAll(QStringLiteral("*"));
        bucket.scope << QStringLiteral("upper_bound:") +
                            QString::number(ind.latency.threshold, 'g', QLocale::FloatingPointShortest);
        DatadogQuery::Parts total = *parts;
        total.metric += QLatin1String(".count");
        ev.numerator << count(DatadogQuery::toString(bucket));
        ev.total << count(DatadogQuery::toString(total));
        break;
    }
    case IndicatorKind::Classification: {
        const ClassificationIndicator &k = ind.classification;
        const QString tp = count(k.tp);
        switch (k.measure) {
        case ClassificationMeasure::Precision:
            ev.numerator << tp;
            ev.total << tp << count(k.fp);
            break;
        case ClassificationMeasure::Recall:
            ev.numerator << tp;
            ev.total << tp << count(k.fn);
            break;
        case ClassificationMeasure::F1:
            ev.numerator << tp << tp;
            ev.total << tp << tp << count(k.fp) << count(k.fn);
            break;
        case ClassificationMeasure::Accuracy: {
            const QString tn = count(k.tn);
            ev.numerator << tp << tn;
            ev.total << tp << tn << count(k.fp) << count(k.fn);
            break;
        }
        }
        break;
    }
    case IndicatorKind::Query: {
        const QueryIndicator &q = ind.query;
        if (!q.errorRatio.isEmpty()) {
            ev.error = QCoreApplication::translate("Sla::Core::Evaluator", "a raw `errorRatio` query cannot be evaluated on Datadog (ratios of windows do not add "
                          "up); write `good` or `bad` and `total` count queries");
            break;
        }
        if (!q.value.isEmpty()) {
            ev.error = QCoreApplication::translate("Sla::Core::Evaluator", "a raw `value` query needs `budgeting: {timeslices: DURATION}`");
            break;
        }
        ev.numeratorIsBad = q.good.isEmpty();
        ev.numerator << (ev.numeratorIsBad ? q.bad : q.good);
        ev.total << q.total;
        ev.raw = isRawWithOwnGrid(ev.numerator.constFirst()) || isRawWithOwnGrid(q.total);
        break;
    }
    case IndicatorKind::Threshold:
        ev.error = QCoreApplication::translate("Sla::Core::Evaluator", "a threshold indicator needs `budgeting: {timeslices: DURATION}`");
        break;
    case IndicatorKind::Drift:
        ev.error = QCoreApplication::translate("Sla::Core::Evaluator", "Datadog cannot serve drift indicators: its query language has no histogram bucket "
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
            *error = QCoreApplication::translate("Sla::Core::Evaluator", "timeslices shorter than %1 s cannot be read from Datadog (its finest rollup interval)")
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

qint64 gridStep(const QString &query, qint64 from, qint64 to)
{
    const qint64 enforced = DatadogQuery::enforcedInterval(Duration::seconds(std::max<qint64>(0, to - from)));
    const qsizetype at = query.lastIndexOf(QLatin1String(".rollup("));
    if (at < 0)
        return enforced;
    const qsizetype open = at + QLatin1String(".rollup(").size();
    const qsizetype close = query.indexOf(QLatin1Char(')'), open);
    if (close < 0)
        return 0;
    const QStringList args = query.mid(open, close - open).split(QLatin1Char(','));
    const QString last = args.constLast().trimmed();
    bool number = false;
    const qint64 seconds = last.toLongLong(&number);
    if (number)
        return seconds > 0 ? std::max(enforced, seconds) : 0;
    // `.rollup(method)` alone keeps the enforced interval; anything else is unknown.
    return args.size() == 1 && !last.isEmpty() ? enforced : 0;
}

std::vector<std::vector<std::size_t>> batches(const std::vector<RangeQuery> &queries, int maxPerRequest)
{
    std::vector<std::vector<std::size_t>> out;
    QHash<QString, std::size_t> open; // (from, to, step) -> the batch still taking queries
    const std::size_t limit = std::size_t(std::max(1, maxPerRequest));
    for (std::size_t i = 0; i < queries.size(); ++i) {
        const RangeQuery &q = queries[i];
        const qint64 step = gridStep(q.query, q.from, q.to);
        if (step <= 0) {
            out.push_back({i});
            continue;
        }
        const QString key =
            QString::number(q.from) + u'/' + QString::number(q.to) + u'/' + QString::number(step);
        const auto it = open.constFind(key);
        if (it != open.constEnd() && out[*it].size() < limit) {
            out[*it].push_back(i);
            continue;
        }
        open.insert(key, out.size());
        out.push_back({i});
    }
    return out;
}

struct RequestCache::State
{
    struct Entry
    {
        bool finished = false;
        Result result;
        std::vector<std::function<void(const Result &)>> waiters;
    };
    struct Queued
    {
        QPointer<DatadogSource> source;
        QPointer<QObject> context;
        RangeQuery query;
        std::shared_ptr<Entry> entry;
    };
    QHash<QString, std::shared_ptr<Entry>> entries;
    std::vector<Queued> queue; ///< waiting for the batch flush
    bool flushScheduled = false;
    int sent = 0;
    int queries = 0;

    static void resolve(const std::shared_ptr<Entry> &entry, Result result)
    {
        entry->finished = true;
        entry->result = std::move(result);
        const auto waiters = std::move(entry->waiters);
        entry->waiters.clear();
        for (const auto &w : waiters)
            w(entry->result);
    }

    /// One `GET /api/v1/query` for one query.
    static void sendV1(const std::shared_ptr<State> &d, MetricSource *source, const RangeQuery &q, QObject *context,
                       const std::shared_ptr<Entry> &entry)
    {
        ++d->sent;
        // Step 0: the source sends the query as it is (it carries its own rollup).
        source->queryRange(q.query, utcSeconds(q.from), utcSeconds(q.to), std::chrono::milliseconds(0))
            .then(context, [entry](Result r) { resolve(entry, std::move(r)); });
    }

    static void flush(const std::shared_ptr<State> &d)
    {
        d->flushScheduled = false;
        std::vector<Queued> queue = std::move(d->queue);
        d->queue.clear();
        // Per source, in the order asked.
        std::vector<DatadogSource *> sources;
        QHash<DatadogSource *, std::vector<Queued>> bySource;
        for (Queued &q : queue) {
            if (!q.source) {
                resolve(q.entry, Result(SourceError{SourceError::Kind::Cancelled, 0,
                                                    QCoreApplication::translate("Sla::Core::Evaluator",
                                                                                "the data source went away")}));
                continue;
            }
            if (!bySource.contains(q.source.data()))
                sources.push_back(q.source.data());
            bySource[q.source.data()].push_back(std::move(q));
        }
        for (DatadogSource *source : sources) {
            const std::vector<Queued> items = bySource.value(source);
            std::vector<RangeQuery> ranges;
            for (const Queued &q : items)
                ranges.push_back(q.query);
            for (const std::vector<std::size_t> &batch : batches(ranges)) {
                std::vector<Queued> members;
                for (const std::size_t i : batch)
                    members.push_back(items[i]);
                QObject *context = members.front().context ? members.front().context.data() : source;
                if (!source->timeseriesAvailable()) {
                    for (const Queued &m : members)
                        sendV1(d, source, m.query, context, m.entry);
                    continue;
                }
                DatadogSource::NamedQueries named;
                for (std::size_t k = 0; k < members.size(); ++k)
                    named.append({QStringLiteral("q%1").arg(k), members[k].query.query});
                const RangeQuery &first = members.front().query;
                const qint64 step = gridStep(first.query, first.from, first.to);
                ++d->sent;
                source
                    ->queryTimeseries(named, utcSeconds(first.from), utcSeconds(first.to),
                                      std::chrono::milliseconds(step * 1000))
                    .then(context, [d, members, named, guard = QPointer<DatadogSource>(source),
                                    context](SourceResult<QMap<QString, QueryResult>> r) {
                        if (r.isOk()) {
                            for (std::size_t k = 0; k < members.size(); ++k)
                                resolve(members[k].entry, Result(r.value().value(named.at(qsizetype(k)).first)));
                            return;
                        }
                        // A server without v2 (a proxy): the same queries on v1.
                        const int status = r.error().httpStatus;
                        if (guard && !guard->timeseriesAvailable() && (status == 404 || status == 405)) {
                            for (const Queued &m : members)
                                sendV1(d, guard.data(), m.query, context, m.entry);
                            return;
                        }
                        for (const Queued &m : members)
                            resolve(m.entry, Result(r.error()));
                    });
            }
        }
    }
};

RequestCache::RequestCache() : d(std::make_shared<State>()) {}

int RequestCache::requestsSent() const
{
    return d->sent;
}

int RequestCache::queriesSent() const
{
    return d->queries;
}

void RequestCache::fetch(MetricSource *source, const QString &query, qint64 from, qint64 to, QObject *context,
                         std::function<void(const Result &)> done)
{
    const QString key = QString::number(quintptr(source)) + u'\x1f' + query + u'\x1f' + QString::number(from) +
                        u'\x1f' + QString::number(to);
    auto it = d->entries.find(key);
    if (it != d->entries.end()) {
        const std::shared_ptr<State::Entry> entry = *it;
        qCDebug(lcEvaluation, "request cache hit: %s", qPrintable(query));
        if (entry->finished)
            done(entry->result);
        else
            entry->waiters.push_back(std::move(done));
        return;
    }
    auto entry = std::make_shared<State::Entry>();
    entry->waiters.push_back(std::move(done));
    d->entries.insert(key, entry);
    ++d->queries;
    auto *datadog = qobject_cast<DatadogSource *>(source);
    if (!datadog || !datadog->timeseriesAvailable()) {
        State::sendV1(d, source, {query, from, to}, context, entry);
        return;
    }
    d->queue.push_back({datadog, context, {query, from, to}, entry});
    if (!d->flushScheduled) {
        d->flushScheduled = true;
        // After the current event-loop turn: every objective of an evaluation has asked.
        QTimer::singleShot(0, datadog, [d = d] { State::flush(d); });
    }
}

QString describe(const SourceError &error, const QString &sourceName, const QString &objective)
{
    QString text = error.message;
    if (!text.contains(sourceName))
        text = QCoreApplication::translate("Sla::Core::Evaluator", "data source '%1': %2").arg(sourceName, text);
    switch (error.kind) {
    case SourceError::Kind::Unreachable:
    case SourceError::Kind::Timeout:
        return QCoreApplication::translate("Sla::Core::Evaluator", "%1; check the data source's site or url and the network").arg(text);
    case SourceError::Kind::BadQuery:
        return QCoreApplication::translate("Sla::Core::Evaluator", "%1 (objective '%2'); check its selectors").arg(text, objective);
    default:
        return text; // auth and rate-limit messages already say what to do
    }
}

void evaluate(MetricSource *source, const ObjectivePlan &plan, QObject *context, ResultCallback done,
              std::shared_ptr<RequestCache> cache)
{
    ObjectiveResult base = EvaluationPlan::emptyResult(plan);
    if (!plan.error.isEmpty()) {
        done(base, std::nullopt);
        return;
    }
    if (!cache)
        cache = std::make_shared<RequestCache>();
    const QString sourceName = source->name();
    if (EvaluationPlan::sliceRule(plan.objective)) {
        sliceValues(source, plan.objective, plan.slices, context, cache,
                    [plan, base, sourceName, done](std::vector<std::optional<double>> values, QString error,
                                                   std::optional<SourceError> e) {
                        EvaluationPlan::finishSliceValues(
                            plan, base, values, error, e,
                            [&](const SourceError &x) { return describe(x, sourceName, plan.objective.name); }, done);
                    });
        return;
    }

    const EventQueries ev = eventQueries(plan.objective);
    if (!ev.error.isEmpty()) {
        base.error = ev.error;
        done(base, std::nullopt);
        return;
    }
    // Window 0 is the compliance window, 1..7 the burn-rate windows, all ending at `at`.
    const qint64 to = floorDiv(plan.at, 1000);
    std::vector<qint64> starts{floorDiv(plan.range.start, 1000)};
    for (const qint64 w : Budget::BurnRateWindows)
        starts.push_back(to - w / 1000);

    // Per window, per list entry: the request answering it and the first point counted.
    struct Part
    {
        std::size_t request = 0;
        qint64 fromMs = 0;
    };
    std::vector<std::vector<Part>> numeratorParts(starts.size());
    std::vector<std::vector<Part>> totalParts(starts.size());
    std::vector<Request> requests;
    QHash<QString, std::size_t> index;
    auto request = [&](const QString &query, qint64 from) {
        const QString key = query + u'\x1f' + QString::number(from);
        const auto it = index.constFind(key);
        if (it != index.constEnd())
            return *it;
        requests.push_back({query, from, to});
        index.insert(key, requests.size() - 1);
        return requests.size() - 1;
    };
    if (ev.raw) {
        for (std::size_t w = 0; w < starts.size(); ++w) {
            const Duration length = Duration::seconds(to - starts[w]);
            for (const QString &q : ev.numerator)
                numeratorParts[w].push_back({request(DatadogQuery::expandWindow(q, length), starts[w]), 0});
            for (const QString &q : ev.total)
                totalParts[w].push_back({request(DatadogQuery::expandWindow(q, length), starts[w]), 0});
        }
    } else {
        for (const WindowGroup &g : windowGroups(to, starts)) {
            for (const auto &[w, firstBucket] : g.windows) {
                for (const QString &q : ev.numerator)
                    numeratorParts[std::size_t(w)].push_back(
                        {request(countRequest(q, g.step), g.from), firstBucket * 1000});
                for (const QString &q : ev.total)
                    totalParts[std::size_t(w)].push_back(
                        {request(countRequest(q, g.step), g.from), firstBucket * 1000});
            }
        }
    }
    const bool emptyWindow = starts[0] >= to;
    fetchAll(source, cache, requests, context,
             [plan, ev, base, sourceName, numeratorParts, totalParts, emptyWindow, done](Results &results) {
                 if (const SourceError *e = firstError(results)) {
                     ObjectiveResult r = base;
                     r.error = describe(*e, sourceName, plan.objective.name);
                     done(r, *e);
                     return;
                 }
                 auto ratioOf = [&](std::size_t w) -> std::optional<double> {
                     double numerator = 0;
                     double total = 0;
                     for (const Part &p : numeratorParts[w])
                         numerator += sumFrom(results[p.request], p.fromMs);
                     for (const Part &p : totalParts[w])
                         total += sumFrom(results[p.request], p.fromMs);
                     return errorRatio(ev, numerator, total);
                 };
                 done(EvaluationPlan::finishErrorRatios(plan,
                                                        [&](std::size_t w) -> std::optional<double> {
                                                            if (w == 0 && emptyWindow)
                                                                return std::nullopt;
                                                            return ratioOf(w);
                                                        }),
                      std::nullopt);
             });
}

void series(MetricSource *source, const ObjectivePlan &plan, TimeRange range, qint64 stepMs, QObject *context,
            SeriesCallback done)
{
    ObjectiveSeries empty;
    if (!plan.error.isEmpty() || stepMs <= 0 || range.end <= range.start) {
        empty.error = plan.error;
        done(empty);
        return;
    }
    auto cache = std::make_shared<RequestCache>();
    const QString sourceName = source->name();
    if (const auto rule = EvaluationPlan::sliceRule(plan.objective)) {
        std::vector<TimeRange> slices;
        for (const TimeRange &s : Windows::timeslices(range, plan.sliceMs())) {
            if (s.length() == plan.sliceMs())
                slices.push_back(s);
        }
        sliceValues(source, plan.objective, slices, context, cache,
                    [plan, rule, slices, sourceName, done](std::vector<std::optional<double>> values, QString error,
                                                           std::optional<SourceError> e) {
                        ObjectiveSeries out;
                        if (e)
                            out.error = describe(*e, sourceName, plan.objective.name);
                        else if (!error.isEmpty())
                            out.error = error;
                        else
                            EvaluationPlan::fillTimesliceSeries(out, plan, slices, values, rule->first, rule->second);
                        done(out);
                    });
        return;
    }
    const EventQueries ev = eventQueries(plan.objective);
    if (!ev.error.isEmpty() || ev.raw) {
        empty.error = ev.error.isEmpty() ? QCoreApplication::translate("Sla::Core::Evaluator", "raw Datadog queries with their own rollup cannot be charted") : ev.error;
        done(empty);
        return;
    }
    // One point per step (at least the interval Datadog serves the range at), at the end
    // of its interval.
    const qint64 to = floorDiv(range.end, 1000);
    qint64 step = std::max(stepMs / 1000, DatadogQuery::enforcedInterval(Duration::seconds(to - range.start / 1000)));
    const qint64 from = Windows::alignDown(floorDiv(range.start, 1000), step);
    QStringList sent;
    for (const QString &q : ev.numerator + ev.total) {
        if (!sent.contains(q))
            sent << q;
    }
    std::vector<Request> requests;
    for (const QString &q : sent)
        requests.push_back({countRequest(q, step), from, to});
    fetchAll(source, cache, requests, context,
             [plan, ev, sent, from, to, step, range, sourceName, done](Results &results) {
                 ObjectiveSeries out;
                 if (const SourceError *e = firstError(results)) {
                     out.error = describe(*e, sourceName, plan.objective.name);
                     done(out);
                     return;
                 }
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
                 const double target = plan.objective.target;
                 const double totalAll = sums(0, n - 1).second;
                 const qint64 hourBuckets = 3600 % step == 0 ? 3600 / step : 0;
                 double badSoFar = 0;
                 std::vector<qint64> ts;
                 for (std::size_t b = 0; b < n; ++b) {
                     const qint64 t = (from + qint64(b + 1) * step) * 1000;
                     ts.push_back(t);
                     out.t.push_back(double(t));
                     const auto [num, total] = sums(b, b);
                     const std::optional<double> err = errorRatio(ev, num, total);
                     out.sli.push_back(err ? 1 - *err : kNaN);
                     if (err)
                         badSoFar += *err * total;
                     const double allowed = (1 - target) * totalAll;
                     out.remaining.push_back(allowed > 0 ? 1 - badSoFar / allowed : kNaN);
                     if (hourBuckets > 0 && qint64(b) + 1 >= hourBuckets) {
                         const auto [hn, ht] = sums(b + 1 - std::size_t(hourBuckets), b);
                         out.burnRate1h.push_back(Budget::burnRate(errorRatio(ev, hn, ht), target).value_or(kNaN));
                     } else {
                         out.burnRate1h.push_back(kNaN);
                     }
                 }
                 out.breaches = EvaluationPlan::breachPeriods(ts, out.sli, step * 1000, range.start, target);
                 done(out);
             });
}

} // namespace Sla::Core::DatadogEvaluation
