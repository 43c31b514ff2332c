// SPDX-License-Identifier: Apache-2.0
#include "recordedevaluation.h"

#include "core/engine/budget.h"
#include "core/engine/counters.h"
#include "core/engine/sli.h"
#include "core/engine/windows.h"
#include "core/evaluation/enginetypes.h"
#include "core/query/selector.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>
#include <limits>

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
    explicit Selection(const RecordedStore &store) : m_store(store) {}

    QString error;

    std::vector<RecordedStore::SeriesView> select(const QString &selector, const QString &nameSuffix = {})
    {
        QString why;
        const std::optional<PromSelector> parsed = parsePromSelector(selector, &why);
        if (!parsed) {
            fail(QCoreApplication::translate("Sla::Core::Evaluator", "selector '%1' does not parse: %2").arg(selector, why));
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
                fail(QCoreApplication::translate("Sla::Core::Evaluator", "histogram selector '%1' needs a metric name").arg(selector));
                return {};
            }
        }
        std::vector<RecordedStore::SeriesView> out = m_store.select(matchers, &why);
        if (!why.isEmpty())
            fail(QCoreApplication::translate("Sla::Core::Evaluator", "selector '%1': %2").arg(selector, why));
        return out;
    }

    std::vector<Counters::CounterView> counters(const QString &selector, const QString &nameSuffix = {})
    {
        std::vector<Counters::CounterView> out;
        for (const RecordedStore::SeriesView &v : select(selector, nameSuffix))
            out.emplace_back(v.timestampsMs, v.values);
        return out;
    }

    /// Series copies with their `le` label only, as the engine's histogram functions want.
    std::vector<Series> buckets(const QString &histogram)
    {
        std::vector<Series> out;
        for (const RecordedStore::SeriesView &v : select(histogram, QStringLiteral("_bucket")))
            out.push_back(copy(v));
        return out;
    }

    std::vector<Counters::CounterView> bucketAt(const QString &histogram, double threshold)
    {
        std::vector<Counters::CounterView> out;
        bool anyBucket = false;
        for (const RecordedStore::SeriesView &v : select(histogram, QStringLiteral("_bucket"))) {
            anyBucket = true;
            const std::optional<double> le = Sli::parseLe(m_store.labelValue(*v.series, u"le"));
            if (le && sameLe(*le, threshold))
                out.emplace_back(v.timestampsMs, v.values);
        }
        if (anyBucket && out.empty())
            fail(QCoreApplication::translate("Sla::Core::Evaluator", "histogram '%1' has no bucket with le = %2; the latency threshold must be one of its bucket "
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
    const RecordedStore &m_store;
};

/// Good (or bad) and total counters of a ratio-type indicator, summed per list as
/// sum(increase(...)) would: F1 counts tp twice, exactly as 2 * tp.
std::optional<Budget::RatioCounters> ratioCounters(Selection &sel, const Indicator &ind)
{
    Budget::RatioCounters c;
    auto append = [](std::vector<Counters::CounterView> &to, const std::vector<Counters::CounterView> &from) {
        to.insert(to.end(), from.begin(), from.end());
    };
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
    case IndicatorKind::Classification: {
        const ClassificationIndicator &k = ind.classification;
        const auto tp = sel.counters(k.tp);
        switch (k.measure) {
        case ClassificationMeasure::Precision:
            c.numerator = tp;
            c.total = tp;
            append(c.total, sel.counters(k.fp));
            break;
        case ClassificationMeasure::Recall:
            c.numerator = tp;
            c.total = tp;
            append(c.total, sel.counters(k.fn));
            break;
        case ClassificationMeasure::F1:
            c.numerator = tp;
            append(c.numerator, tp);
            c.total = c.numerator;
            append(c.total, sel.counters(k.fp));
            append(c.total, sel.counters(k.fn));
            break;
        case ClassificationMeasure::Accuracy: {
            const auto tn = sel.counters(k.tn);
            c.numerator = tp;
            append(c.numerator, tn);
            c.total = c.numerator;
            append(c.total, sel.counters(k.fp));
            append(c.total, sel.counters(k.fn));
            break;
        }
        }
        break;
    }
    default:
        return std::nullopt;
    }
    if (!sel.error.isEmpty())
        return std::nullopt;
    return c;
}
} // namespace

LoadOutcome load(const QString &path, bool alignToNow, qint64 nowMs, const QString &sourceName)
{
    auto recording = std::make_shared<Recording>();
    recording->path = path;
    Diagnostic error;
    if (!recording->store.loadFile(path, {}, &error)) {
        return {nullptr, QCoreApplication::translate("Sla::Core::Evaluator", "cannot read the recording of data source '%1': %2; check its `file` (relative to the "
                            "workspace folder)")
                             .arg(sourceName, error.toString())};
    }
    if (alignToNow && recording->store.seriesCount() > 0) {
        recording->offsetMs = recording->store.alignToNowOffset(nowMs);
        recording->store.shift(recording->offsetMs);
    }
    return {recording, {}};
}

std::vector<std::optional<double>> sliceValues(const Recording &recording, const ObjectivePlan &plan,
                                               const std::vector<TimeRange> &slices, QString *error)
{
    std::vector<std::optional<double>> values(slices.size());
    Selection sel(recording.store);
    const Indicator &ind = plan.objective.indicator;
    auto failed = [&]() {
        if (error)
            *error = sel.error;
        return std::vector<std::optional<double>>(slices.size());
    };
    switch (ind.kind) {
    case IndicatorKind::Latency:
        if (ind.latency.percentile) {
            const std::vector<Series> buckets = sel.buckets(ind.latency.histogram);
            if (!sel.error.isEmpty())
                return failed();
            for (std::size_t i = 0; i < slices.size(); ++i) {
                const Sli::BucketIncreases inc = Sli::bucketIncreases(buckets, slices[i]);
                if (!inc.error.isEmpty()) {
                    sel.fail(inc.error);
                    return failed();
                }
                const double q = Sli::histogramQuantile(*ind.latency.percentile, inc.buckets);
                if (!std::isnan(q))
                    values[i] = q;
            }
            return values;
        }
        break;
    case IndicatorKind::Drift: {
        const std::vector<Series> buckets = sel.buckets(ind.drift.histogram);
        if (!sel.error.isEmpty())
            return failed();
        // alignToNow moved the samples; the reference written in the recording's own time
        // base moves with them.
        const TimeRange reference{ind.drift.referenceFrom.toMSecsSinceEpoch() + recording.offsetMs,
                                  ind.drift.referenceTo.toMSecsSinceEpoch() + recording.offsetMs};
        const Sli::BucketIncreases ref = Sli::bucketIncreases(buckets, reference);
        if (!ref.error.isEmpty() || ref.buckets.empty()) {
            sel.fail(!ref.error.isEmpty() ? ref.error
                                          : QCoreApplication::translate("Sla::Core::Evaluator", "the drift reference %1 .. %2 holds no data of '%3'")
                                                .arg(ind.drift.referenceFrom.toString(Qt::ISODate),
                                                     ind.drift.referenceTo.toString(Qt::ISODate), ind.drift.histogram));
            return failed();
        }
        for (std::size_t i = 0; i < slices.size(); ++i) {
            const Sli::BucketIncreases cur = Sli::bucketIncreases(buckets, slices[i]);
            if (cur.buckets.empty())
                continue;
            values[i] = Sli::drift(toEngine(ind.drift.method), ref.buckets, cur.buckets).value;
        }
        return values;
    }
    case IndicatorKind::Threshold: {
        std::vector<Series> series;
        for (const RecordedStore::SeriesView &v : sel.select(ind.threshold.metric))
            series.push_back(sel.copy(v));
        if (!sel.error.isEmpty())
            return failed();
        for (std::size_t i = 0; i < slices.size(); ++i) {
            for (const Series &s : series) {
                const std::optional<double> v = Sli::aggregateOver(toEngine(ind.threshold.aggregate), s, slices[i]);
                if (v)
                    values[i] = values[i] ? EvaluationPlan::worst(ind.threshold.op, *values[i], *v) : *v;
            }
        }
        return values;
    }
    default:
        break;
    }
    // Ratio-type indicators: the slice's SLI.
    const std::optional<Budget::RatioCounters> counters = ratioCounters(sel, ind);
    if (!counters) {
        if (sel.error.isEmpty())
            sel.fail(QCoreApplication::translate("Sla::Core::Evaluator", "this indicator cannot be evaluated per timeslice"));
        return failed();
    }
    for (std::size_t i = 0; i < slices.size(); ++i) {
        if (const std::optional<Sli::Ratio> r = counters->ratio(slices[i]))
            values[i] = r->value();
    }
    return values;
}

ObjectiveResult evaluate(const Recording &recording, const ObjectivePlan &plan)
{
    ObjectiveResult r = EvaluationPlan::emptyResult(plan);
    if (!plan.error.isEmpty())
        return r;
    const Indicator &ind = plan.objective.indicator;
    if (ind.kind == IndicatorKind::Query) {
        r.error = QCoreApplication::translate("Sla::Core::Evaluator", "raw `query` indicators cannot run on recorded data (data source '%1'): their text is for a "
                     "metric server; evaluate this objective against a Prometheus source or use a ratio, "
                     "latency, classification, drift or threshold indicator")
                      .arg(plan.sourceName);
        return r;
    }
    if (const auto rule = EvaluationPlan::sliceRule(plan.objective)) {
        QString error;
        const std::vector<std::optional<double>> values = sliceValues(recording, plan, plan.slices, &error);
        if (!error.isEmpty()) {
            r.error = error;
            return r;
        }
        return EvaluationPlan::finishTimeslices(plan, values, rule->first, rule->second);
    }
    Selection sel(recording.store);
    const std::optional<Budget::RatioCounters> counters = ratioCounters(sel, ind);
    if (!counters) {
        r.error = sel.error.isEmpty()
                      ? QCoreApplication::translate("Sla::Core::Evaluator", "a %1 indicator needs `budgeting: {timeslices: DURATION}`").arg(toString(ind.kind))
                      : sel.error;
        return r;
    }
    // The compliance window and the seven burn-rate windows in one pass per series.
    std::array<qint64, BurnRateWindowCount + 1> lengths{};
    lengths[0] = plan.range.length();
    std::copy(Budget::BurnRateWindows.begin(), Budget::BurnRateWindows.end(), lengths.begin() + 1);
    const std::vector<std::optional<Sli::Ratio>> ratios = counters->ratiosEndingAt(plan.range.end, lengths);
    std::array<std::optional<double>, BurnRateWindowCount> errorRatios{};
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i)
        errorRatios[i] = ratios[i + 1] ? ratios[i + 1]->errorRatio() : std::nullopt;
    return EvaluationPlan::finishOccurrences(plan, ratios[0] ? ratios[0]->value() : std::nullopt, errorRatios);
}

ObjectiveSeries series(const Recording &recording, const ObjectivePlan &plan, TimeRange range, qint64 stepMs)
{
    ObjectiveSeries out;
    if (!plan.error.isEmpty()) {
        out.error = plan.error;
        return out;
    }
    const Indicator &ind = plan.objective.indicator;
    const double target = plan.objective.target;
    if (ind.kind == IndicatorKind::Query) {
        out.error = evaluate(recording, plan).error;
        return out;
    }
    if (const auto rule = EvaluationPlan::sliceRule(plan.objective)) {
        std::vector<TimeRange> slices;
        for (const TimeRange &s : Windows::timeslices(range, plan.sliceMs())) {
            if (s.length() == plan.sliceMs())
                slices.push_back(s);
        }
        QString error;
        const std::vector<std::optional<double>> values = sliceValues(recording, plan, slices, &error);
        if (!error.isEmpty()) {
            out.error = error;
            return out;
        }
        EvaluationPlan::fillTimesliceSeries(out, plan, slices, values, rule->first, rule->second);
        return out;
    }
    Selection sel(recording.store);
    const std::optional<Budget::RatioCounters> counters = ratioCounters(sel, ind);
    if (!counters) {
        out.error = sel.error;
        return out;
    }
    const Budget::ChartSeries chart = Budget::occurrencesChart(*counters, range, stepMs, target);
    out.t.assign(chart.t.begin(), chart.t.end());
    out.sli = chart.sli;
    out.remaining = chart.remaining;
    out.burnRate1h.reserve(chart.t.size());
    for (const qint64 t : chart.t) {
        const std::optional<Sli::Ratio> r = counters->ratio({t - Budget::BurnRateWindows[2], t});
        const auto burn = Budget::burnRate(r ? r->errorRatio() : std::nullopt, target);
        out.burnRate1h.push_back(burn.value_or(kNaN));
    }
    out.breaches = EvaluationPlan::breachPeriods(chart.t, chart.sli, stepMs, range.start, target);
    return out;
}

} // namespace Sla::Core::RecordedEvaluation
