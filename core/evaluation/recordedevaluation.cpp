// SPDX-License-Identifier: Apache-2.0
#include "recordedevaluation.h"

#include "core/document/printable.h"
#include "core/document/tr.h"
#include "core/engine/budget.h"
#include "core/engine/counters.h"
#include "core/engine/sli.h"
#include "core/evaluation/countcheck.h"
#include "core/evaluation/enginetypes.h"
#include "core/evaluation/readtrace.h"
#include "core/evaluation/sourceconnection.h"
#include "core/metrics/futures.h"
#include "core/query/selector.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <limits>

namespace Tr = Sla::Core::TrContext::Evaluator;

namespace Sla::Core::RecordedEvaluation {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool sameLe(double a, double b)
{
    return a == b || std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

/// Selects series of one recording; remembers the first problem.
class Selection
{
public:
    /// `trace` (`slactl explain`) receives every counter series selected.
    explicit Selection(const RecordedStore &store, ReadTrace *trace = nullptr) : m_store(store), m_trace(trace) {}

    QString error;

    std::vector<RecordedStore::SeriesView> select(const QString &selector, const QString &nameSuffix = {})
    {
        QString why;
        const std::optional<PromSelector> parsed = parsePromSelector(selector, &why);
        if (!parsed) {
            fail(Tr::tr("selector '%1' does not parse: %2").arg(selector, why));
            return {};
        }
        QList<LabelMatcher> matchers = parsed->matchers;
        if (!nameSuffix.isEmpty()) {
            bool named = false;
            for (LabelMatcher &m : matchers) {
                if (m.name == QLatin1String("__name__") && m.op == LabelMatcher::Op::Equal) {
                    m.value += nameSuffix;
                    named = true;
                }
            }
            if (!named) {
                fail(Tr::tr("histogram selector '%1' needs a metric name").arg(selector));
                return {};
            }
        }
        std::vector<RecordedStore::SeriesView> out = m_store.select(matchers, &why);
        if (!why.isEmpty())
            fail(Tr::tr("selector '%1': %2").arg(selector, why));
        return out;
    }

    std::vector<Counters::CounterView> counters(const QString &selector, const QString &nameSuffix = {})
    {
        std::vector<Counters::CounterView> out;
        for (const RecordedStore::SeriesView &v : select(selector, nameSuffix)) {
            out.emplace_back(v.timestampsMs, v.values);
            traceCounter(selector, v);
        }
        return out;
    }

    /// Series copies with their `le` label only, as the engine's histogram functions want.
    std::vector<Series> buckets(const QString &histogram)
    {
        std::vector<Series> out;
        for (const RecordedStore::SeriesView &v : select(histogram, QStringLiteral("_bucket"))) {
            out.push_back(copy(v));
            traceCounter(histogram, v);
        }
        return out;
    }

    std::vector<Counters::CounterView> bucketAt(const QString &histogram, double threshold)
    {
        std::vector<Counters::CounterView> out;
        bool anyBucket = false;
        for (const RecordedStore::SeriesView &v : select(histogram, QStringLiteral("_bucket"))) {
            anyBucket = true;
            const std::optional<double> le = Sli::parseLe(m_store.labelValue(*v.series, u"le"));
            if (le && sameLe(*le, threshold)) {
                out.emplace_back(v.timestampsMs, v.values);
                traceCounter(histogram, v);
            }
        }
        if (anyBucket && out.empty())
            fail(Tr::tr("histogram '%1' has no bucket with le = %2; the latency threshold must be one of its bucket "
                        "bounds")
                     .arg(histogram)
                     .arg(threshold));
        return out;
    }

    Series copy(const RecordedStore::SeriesView &v) const
    {
        Series s;
        for (const auto &[name, value] : m_store.labels(*v.series))
            s.labels.insert(name, value);
        s.t.assign(v.timestampsMs.begin(), v.timestampsMs.end());
        s.v.assign(v.values.begin(), v.values.end());
        return s;
    }

    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }

private:
    void traceCounter(const QString &selector, const RecordedStore::SeriesView &v)
    {
        if (m_trace)
            m_trace->addCounter({}, selector, m_store.seriesText(*v.series), {v.timestampsMs, v.values});
    }

    const RecordedStore &m_store;
    ReadTrace *m_trace = nullptr;
};

void append(std::vector<Counters::CounterView> &to, const std::vector<Counters::CounterView> &from)
{
    to.insert(to.end(), from.begin(), from.end());
}

/// Classification: the measure's numerator, and as total the numerator plus the misses it
/// is counted against (F1 counts tp twice, exactly as 2 * tp).
void classificationCounters(Selection &sel, const ClassificationIndicator &k, Budget::RatioCounters &c)
{
    // Each counter is selected (and traced) once, however often the measure counts it.
    QHash<QString, std::vector<Counters::CounterView>> selected;
    const auto counters = [&](const QString &selector) -> const std::vector<Counters::CounterView> & {
        auto it = selected.find(selector);
        if (it == selected.end())
            it = selected.insert(selector, sel.counters(selector));
        return *it;
    };
    const EvaluationPlan::ClassificationCounters names = EvaluationPlan::classificationCounters(k);
    c.numerator.clear();
    c.total.clear();
    for (const QString &selector : names.numerator)
        append(c.numerator, counters(selector));
    for (const QString &selector : names.total)
        append(c.total, counters(selector));
}

/// Good (or bad) and total counters of a ratio-type indicator, summed per list as
/// sum(increase(...)) would.
std::optional<Budget::RatioCounters> ratioCounters(Selection &sel, const Indicator &ind)
{
    Budget::RatioCounters c;
    switch (ind.kind) {
    case IndicatorKind::Ratio:
        c.numeratorIsBad = ind.ratio.good.isEmpty();
        c.numerator = sel.counters(c.numeratorIsBad ? ind.ratio.bad : ind.ratio.good);
        c.total = sel.counters(ind.ratio.total);
        break;
    case IndicatorKind::Latency:
        // The bucket whose le equals the threshold as a number (le is a string: "0.2",
        // "0.20"), over the _count series, as the compiled PromQL does.
        c.numerator = sel.bucketAt(ind.latency.histogram, ind.latency.threshold);
        c.total = sel.counters(ind.latency.histogram, QStringLiteral("_count"));
        break;
    case IndicatorKind::Classification:
        classificationCounters(sel, ind.classification, c);
        break;
    default:
        return std::nullopt;
    }
    if (!sel.error.isEmpty())
        return std::nullopt;
    return c;
}

using Values = std::vector<std::optional<double>>;

/// Percentile latency per slice: histogram_quantile over the slice's bucket increases.
Values percentileValues(Selection &sel, const LatencyIndicator &latency, const std::vector<TimeRange> &slices)
{
    Values values(slices.size());
    const std::vector<Series> buckets = sel.buckets(latency.histogram);
    for (std::size_t i = 0; i < slices.size() && sel.error.isEmpty(); ++i) {
        const Sli::BucketIncreases inc = Sli::bucketIncreases(buckets, slices[i]);
        if (!inc.error.isEmpty()) {
            sel.fail(inc.error);
            break;
        }
        const double q = Sli::histogramQuantile(*latency.percentile, inc.buckets);
        if (!std::isnan(q))
            values[i] = q;
    }
    return values;
}

/// Drift per slice: each slice's bucket distribution against the reference's.
Values driftValues(Selection &sel, const Recording &recording, const DriftIndicator &drift,
                   const std::vector<TimeRange> &slices)
{
    Values values(slices.size());
    const std::vector<Series> buckets = sel.buckets(drift.histogram);
    if (!sel.error.isEmpty())
        return values;
    // alignToNow moved the samples; the reference written in the recording's own time
    // base moves with them.
    const TimeRange reference{drift.referenceFrom.toMSecsSinceEpoch() + recording.offsetMs,
                              drift.referenceTo.toMSecsSinceEpoch() + recording.offsetMs};
    const Sli::BucketIncreases ref = Sli::bucketIncreases(buckets, reference);
    if (!ref.error.isEmpty() || ref.buckets.empty()) {
        sel.fail(!ref.error.isEmpty() ? ref.error
                                      : Tr::tr("the drift reference %1 .. %2 holds no data of '%3'")
                                            .arg(drift.referenceFrom.toString(Qt::ISODate),
                                                 drift.referenceTo.toString(Qt::ISODate), drift.histogram));
        return values;
    }
    for (std::size_t i = 0; i < slices.size(); ++i) {
        const Sli::BucketIncreases cur = Sli::bucketIncreases(buckets, slices[i]);
        if (!cur.buckets.empty())
            values[i] = Sli::drift(toEngine(drift.method), ref.buckets, cur.buckets).value;
    }
    return values;
}

/// Threshold per slice: the aggregate of each series, the worst one for the comparison.
Values thresholdValues(Selection &sel, const ThresholdIndicator &threshold, const std::vector<TimeRange> &slices)
{
    Values values(slices.size());
    std::vector<Series> series;
    for (const RecordedStore::SeriesView &v : sel.select(threshold.metric))
        series.push_back(sel.copy(v));
    if (!sel.error.isEmpty())
        return values;
    for (std::size_t i = 0; i < slices.size(); ++i) {
        for (const Series &s : series) {
            const std::optional<double> v = Sli::aggregateOver(toEngine(threshold.aggregate), s, slices[i]);
            if (v)
                values[i] = values[i] ? EvaluationPlan::worst(threshold.op, *values[i], *v) : *v;
        }
    }
    return values;
}

/// Ratio-type indicators per slice: the slice's SLI.
Values ratioValues(Selection &sel, const Indicator &ind, const std::vector<TimeRange> &slices)
{
    Values values(slices.size());
    const std::optional<Budget::RatioCounters> counters = ratioCounters(sel, ind);
    if (!counters) {
        sel.fail(Tr::tr("this indicator cannot be evaluated per timeslice"));
        return values;
    }
    for (std::size_t i = 0; i < slices.size(); ++i) {
        if (const std::optional<Sli::Ratio> r = counters->ratio(slices[i]))
            values[i] = r->value();
    }
    return values;
}

/// The raw value of each slice (nothing: a gap); *error is set when the objective cannot be
/// computed at all (every value is then a gap).
Values sliceValuesOf(const Recording &recording, const ObjectivePlan &plan, const std::vector<TimeRange> &slices,
                     QString *error)
{
    Selection sel(recording.store, plan.trace.get());
    const Indicator &ind = plan.objective.indicator;
    Values values;
    switch (ind.kind) {
    case IndicatorKind::Latency:
        values = ind.latency.percentile ? percentileValues(sel, ind.latency, slices) : ratioValues(sel, ind, slices);
        break;
    case IndicatorKind::Drift:
        values = driftValues(sel, recording, ind.drift, slices);
        break;
    case IndicatorKind::Threshold:
        values = thresholdValues(sel, ind.threshold, slices);
        break;
    default:
        values = ratioValues(sel, ind, slices);
        break;
    }
    if (sel.error.isEmpty())
        return values;
    *error = sel.error;
    return Values(slices.size());
}
} // namespace

LoadOutcome load(const QString &path, bool alignToNow, qint64 nowMs, const QString &sourceName)
{
    auto recording = std::make_shared<Recording>();
    recording->path = path;
    Diagnostic error;
    if (!recording->store.loadFile(path, {}, &error)) {
        return {nullptr, Tr::tr("cannot read the recording of data source '%1': %2; check its `file` (relative to the "
                                "workspace folder)")
                             .arg(sourceName, error.toString())};
    }
    // Named by file, not by data source: several sources may read one file, and its
    // warnings are listed once.
    for (const Diagnostic &d : recording->store.lastLoadStats().warnings)
        recording->warnings << QStringLiteral("%1:%2: %3")
                                   .arg(printableText(d.location.file))
                                   .arg(d.location.line)
                                   .arg(printableText(d.message));
    recording->scrapeMs = recording->store.detectedStepMs();
    if (alignToNow && recording->store.seriesCount() > 0) {
        recording->offsetMs = recording->store.alignToNowOffset(nowMs);
        recording->store.shift(recording->offsetMs);
    }
    return {recording, {}};
}

namespace {

/// The back-end of recorded sources: reads the recording synchronously, with the engine's
/// Prometheus 2.x maths. evaluateAll() and series() compute off the calling thread
/// (QtConcurrent) and report on `context`; `track` receives their futures (the evaluator
/// awaits them before it goes away).
class Backend final : public EvaluationBackend
{
public:
    using Track = std::function<void(const QFuture<void> &)>;
    Backend(std::shared_ptr<const Recording> recording, QString sourceName, Track track)
        : EvaluationBackend(std::move(sourceName)), m_recording(std::move(recording)), m_track(std::move(track))
    {
    }

    void evaluateAll(const std::vector<ObjectivePlan> &plans, QObject *context, PlanResultCallback done) override
    {
        const auto self = shared_from_this();
        QFuture<QList<ObjectiveResult>> computed = QtConcurrent::run([self, plans] {
            QList<ObjectiveResult> out;
            for (const ObjectivePlan &p : plans)
                self->evaluate(p, nullptr,
                               [&out](ObjectiveResult r, std::optional<SourceError>) { out << std::move(r); });
            return out;
        });
        if (m_track)
            m_track(QFuture<void>(computed));
        whenFinished(computed, context, [done](const QList<ObjectiveResult> &results) {
            for (qsizetype i = 0; i < results.size(); ++i)
                done(std::size_t(i), results.at(i), std::nullopt);
        });
    }

    void series(const ObjectivePlan &plan, TimeRange range, qint64 stepMs, QObject *context,
                SeriesCallback done) override
    {
        const auto self = shared_from_this();
        QFuture<ObjectiveSeries> computed = QtConcurrent::run([self, plan, range, stepMs] {
            ObjectiveSeries out;
            self->EvaluationBackend::series(plan, range, stepMs, nullptr,
                                            [&out](ObjectiveSeries s) { out = std::move(s); });
            return out;
        });
        if (m_track)
            m_track(QFuture<void>(computed));
        whenFinished(computed, context, std::move(done));
    }

    void dataHorizon(QObject *, HorizonCallback done) override
    {
        Retention::Horizon horizon;
        const RecordedStore &store = m_recording->store;
        if (store.seriesCount() > 0) {
            horizon.oldestMs = store.minTimestampMs();
            horizon.toleranceMs = m_recording->scrapeMs;
            horizon.referenceShiftMs = m_recording->offsetMs;
        }
        done(horizon);
    }
    QStringList warnings() const override { return m_recording->warnings; }
    qint64 documentTimeShiftMs() const override { return m_recording->offsetMs; }

protected:
    QString unsupported(const ObjectivePlan &plan) const override
    {
        if (plan.objective.indicator.kind != IndicatorKind::Query)
            return {};
        return Tr::tr("raw `query` indicators cannot run on recorded data (data source '%1'): their text is for a "
                      "metric server; evaluate this objective against a Prometheus source or use a ratio, "
                      "latency, classification, drift or threshold indicator")
            .arg(plan.sourceName);
    }

    void sliceValues(const ObjectivePlan &plan, const std::vector<TimeRange> &slices, QObject *,
                     SliceCallback done) override
    {
        QString error;
        std::vector<std::optional<double>> values = sliceValuesOf(*m_recording, plan, slices, &error);
        done(std::move(values), error, std::nullopt);
    }

    void occurrences(const ObjectivePlan &plan, ObjectiveResult base, QObject *, ResultCallback done) override
    {
        const Indicator &ind = plan.objective.indicator;
        Selection sel(m_recording->store, plan.trace.get());
        const std::optional<Budget::RatioCounters> counters = ratioCounters(sel, ind);
        if (!counters) {
            base.error =
                sel.error.isEmpty()
                    ? Tr::tr("a %1 indicator needs `budgeting: {timeslices: DURATION}`").arg(toString(ind.kind))
                    : sel.error;
            done(base, std::nullopt);
            return;
        }
        // The compliance window and the seven burn-rate windows in one pass per series; the
        // periods of corrections one by one.
        std::array<qint64, BurnRateWindowCount + 1> lengths{};
        lengths[0] = plan.range.length();
        std::copy(Budget::BurnRateWindows.begin(), Budget::BurnRateWindows.end(), lengths.begin() + 1);
        const std::vector<std::optional<Sli::Ratio>> ratios = counters->ratiosEndingAt(plan.range.end, lengths);
        const Budget::EventCount count = [&](TimeRange r) {
            for (std::size_t k = 0; k < lengths.size(); ++k) {
                if (r.end == plan.range.end && r.length() == lengths[k])
                    return ratios[k];
            }
            return counters->ratio(r);
        };
        ObjectiveResult r = EvaluationPlan::finishCounts(plan, count);
        CountCheck::note(
            plan, sourceName(), [&ratios](std::size_t w) { return ratios[w]; }, r);
        if (const std::optional<TimeRange> range = plan.provisionalRange())
            r.provisional = EvaluationPlan::provisional(plan, counters->ratio(*range));
        done(r, std::nullopt);
    }

    void occurrencesSeries(const ObjectivePlan &plan, TimeRange range, qint64 stepMs, QObject *,
                           SeriesReadCallback done) override
    {
        ObjectiveSeries out;
        Selection sel(m_recording->store, plan.trace.get());
        const std::optional<Budget::RatioCounters> counters = ratioCounters(sel, plan.objective.indicator);
        if (!counters) {
            out.error = sel.error;
            done(out, std::nullopt);
            return;
        }
        // A step holds an increase only when it holds two samples: on short ranges (Last hour
        // at 1-minute steps over a recording scraped every 5 minutes) every step would be
        // empty, and with it the "SLI per step" line and the breach bands.
        if (m_recording->scrapeMs > 0)
            stepMs = std::max(stepMs, 2 * m_recording->scrapeMs);
        const double target = plan.objective.target;
        const Budget::ChartSeries chart = Budget::occurrencesChart(*counters, range, stepMs, target, plan.excluded);
        out.t.assign(chart.t.begin(), chart.t.end());
        out.sli = chart.sli;
        out.remaining = chart.remaining;
        out.burnRate1h.reserve(chart.t.size());
        const Budget::EventCount count = [&counters](TimeRange r) { return counters->ratio(r); };
        for (const qint64 t : chart.t) {
            const std::optional<Sli::Ratio> r =
                Budget::correctedCount(count, {t - Budget::BurnRateWindows[2], t}, plan.excluded);
            const auto burn = Budget::burnRate(r ? r->errorRatio() : std::nullopt, target);
            out.burnRate1h.push_back(burn.value_or(kNaN));
        }
        out.breaches = EvaluationPlan::breachPeriods(chart.t, chart.sli, stepMs, range.start, target);
        if (plan.isClassification()) {
            std::vector<std::optional<Sli::Ratio>> steps;
            for (const qint64 t : chart.t)
                steps.push_back(counters->ratio({std::max(range.start, t - stepMs), t}));
            EvaluationPlan::fillIntervals(out, plan, steps);
        }
        done(out, std::nullopt);
    }

private:
    std::shared_ptr<const Recording> m_recording;
    Track m_track;
};

} // namespace

namespace {

/// The recording of `config`: an absolute `file` as written; a relative one against the
/// workspace folder, failing that against the DataSource's own file.
QString recordingPath(const DataSource &config, const QString &workspaceDir)
{
    if (QFileInfo(config.file).isAbsolute())
        return config.file;
    const QString inWorkspace =
        QDir(workspaceDir.isEmpty() ? QStringLiteral(".") : workspaceDir).absoluteFilePath(config.file);
    const QString besideDocument = config.origin.self.file.isEmpty()
                                       ? QString()
                                       : QFileInfo(config.origin.self.file).absoluteDir().absoluteFilePath(config.file);
    return QFileInfo::exists(inWorkspace) || besideDocument.isEmpty() || !QFileInfo::exists(besideDocument)
               ? inWorkspace
               : besideDocument;
}

/// A recorded source: the file is loaded once off the GUI thread and cached; with
/// alignToNow it is replayed (shifted again) when the clock has moved on by a step or more.
/// The names `query` asks for in `store`: metric names, label names of a metric (without
/// `__name__`) or values of one of its labels.
SourceResult<QStringList> listNames(const RecordedStore &store, const CatalogQuery &query)
{
    QList<LabelMatcher> ofMetric;
    if (!query.metric.isEmpty())
        ofMetric.append({QStringLiteral("__name__"), LabelMatcher::Op::Equal, query.metric});
    switch (query.what) {
    case CatalogQuery::What::Namespaces:
        break;
    case CatalogQuery::What::Metrics:
        return store.metricNames();
    case CatalogQuery::What::LabelNames: {
        QStringList names = store.labelNames(ofMetric);
        names.removeAll(QStringLiteral("__name__"));
        return names;
    }
    case CatalogQuery::What::LabelValues:
        return store.labelValues(query.label, ofMetric);
    }
    return SourceError{SourceError::Kind::BadQuery, 0, Tr::tr("recordings have no namespaces")};
}

class RecordedConnection final : public SourceConnection
{
public:
    RecordedConnection(SourceSpec spec, BackendEnvironment environment)
        : m_spec(std::move(spec)), m_environment(std::move(environment))
    {
    }

    void open(QObject *context, OpenCallback done) override
    {
        whenFinished(recording(), context,
                     [done, name = m_spec.name, track = m_environment.track](const LoadOutcome &loaded) {
                         if (!loaded.recording) {
                             done({nullptr, SourceHealth::State::Error, loaded.error});
                             return;
                         }
                         done({std::make_shared<Backend>(loaded.recording, name, track), SourceHealth::State::Ok,
                               Tr::tr("recording loaded")});
                     });
    }

    /// Lists from the recording (loaded as for open()), off the GUI thread: label values
    /// walk every series.
    void list(const CatalogQuery &query, QObject *context, ListCallback done) override
    {
        whenFinished(recording(), context, [query, context, done, track = m_environment.track](const LoadOutcome &l) {
            if (!l.recording) {
                done(SourceError{SourceError::Kind::Unreachable, 0, l.error});
                return;
            }
            QFuture<SourceResult<QStringList>> names =
                QtConcurrent::run([query, recording = l.recording]() -> SourceResult<QStringList> {
                    return listNames(recording->store, query);
                });
            if (track)
                track(QFuture<void>(names));
            whenFinished(names, context, done);
        });
    }

private:
    qint64 nowMs() const
    {
        const EvaluatorOptions &o = m_environment.options;
        return o.alignTo.isValid() ? o.alignTo.toMSecsSinceEpoch()
               : o.clock           ? o.clock().toMSecsSinceEpoch()
                                   : QDateTime::currentMSecsSinceEpoch();
    }

    QFuture<LoadOutcome> run(std::function<LoadOutcome()> work, const QString &key)
    {
        QFuture<LoadOutcome> f = QtConcurrent::run(std::move(work));
        // Awaited by the evaluator's destructor: continuations with it as context must not
        // outlive it.
        if (m_environment.track)
            m_environment.track(QFuture<void>(f));
        m_recordings.insert(key, f);
        return f;
    }

    QFuture<LoadOutcome> recording()
    {
        const qint64 now = nowMs();
        const bool align = m_spec.config.alignToNow;
        const QString file = recordingPath(m_spec.config, m_environment.options.workspaceDir);
        const QString key = file + (align ? QStringLiteral("#aligned") : QStringLiteral("#asis"));
        // A file that was removed, replaced or rewritten since it was read is read again: a
        // recording that is gone must fail (stale figures), not be served from memory.
        const FileStamp stamp = FileStamp::of(file);
        if (m_stamps.value(key) != stamp) {
            m_stamps.insert(key, stamp);
            return run([file, align, now, name = m_spec.name] { return load(file, align, now, name); }, key);
        }
        const auto it = m_recordings.constFind(key);
        // A failed load is retried (the file may have been fixed).
        if (it != m_recordings.constEnd() && !it->isFinished())
            return *it;
        if (it != m_recordings.constEnd() && it->result().recording) {
            const std::shared_ptr<const Recording> old = it->result().recording;
            const qint64 delta = align ? old->store.alignToNowOffset(now) : 0;
            if (delta == 0)
                return *it;
            // The clock moved on by a step or more: replay the recording so that it ends now
            // again (a dashboard left open all day must not drift into "no data"). The cached
            // recording is shared and immutable; shift a copy off the GUI thread.
            return run(
                [old, delta] {
                    auto moved = std::make_shared<Recording>(*old);
                    moved->store.shift(delta);
                    moved->offsetMs += delta;
                    return LoadOutcome{std::shared_ptr<const Recording>(moved), {}};
                },
                key);
        }
        return run([file, align, now, name = m_spec.name] { return load(file, align, now, name); }, key);
    }

    /// What tells a changed file: whether it exists, its size and its modification time.
    struct FileStamp
    {
        bool exists = false;
        qint64 size = -1;
        qint64 modifiedMs = 0;

        static FileStamp of(const QString &file)
        {
            const QFileInfo info(file);
            return info.exists() ? FileStamp{true, info.size(), info.lastModified().toMSecsSinceEpoch()} : FileStamp{};
        }
        bool operator==(const FileStamp &) const = default;
    };

    SourceSpec m_spec;
    BackendEnvironment m_environment;
    QHash<QString, QFuture<LoadOutcome>> m_recordings;
    QHash<QString, FileStamp> m_stamps; ///< the file as it was when its recording was read
};

} // namespace

std::shared_ptr<SourceConnection> connectSource(const SourceSpec &spec, const BackendEnvironment &environment)
{
    return std::make_shared<RecordedConnection>(spec, environment);
}

} // namespace Sla::Core::RecordedEvaluation
