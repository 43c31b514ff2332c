// SPDX-License-Identifier: Apache-2.0
#include "core/evaluation/cloudwatchevaluation.h"

#include "core/document/tr.h"
#include "core/evaluation/countcheck.h"
#include "core/evaluation/evaluationplan.h"
#include "core/evaluation/logging.h"
#include "core/evaluation/metricsourceconnection.h"
#include "core/metrics/cloudwatch/awscredentialsfile.h"
#include "core/metrics/cloudwatch/cloudwatchsource.h"
#include "core/metrics/futures.h"

#include <algorithm>
#include <cmath>

namespace Tr = Sla::Core::TrContext::Evaluator;

namespace Sla::Core::CloudWatchEvaluation {

namespace {

using Series = QMap<QString, SampleSeries>;
using Read = SourceResult<Series>;

/// The statistic a selector is read with when it names none.
QString statOr(const CloudWatchSelector &s, const QString &fallback)
{
    return s.isExpression() || s.metric.stat.isEmpty() ? fallback : s.metric.stat;
}

/// One query per distinct selector text, ids c0, c1, ... in order of `texts`.
std::vector<CloudWatchApi::MetricQuery> countQueries(const QStringList &texts, int period)
{
    std::vector<CloudWatchApi::MetricQuery> out;
    for (const QString &text : texts) {
        CloudWatchSelector s = parseCloudWatchSelector(text).value_or(CloudWatchSelector{});
        const int p = s.period > 0 ? s.period : period;
        out.push_back({QStringLiteral("c%1").arg(out.size()), s, statOr(s, QStringLiteral("Sum")), p});
    }
    return out;
}

QStringList distinct(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &s : a + b) {
        if (!out.contains(s))
            out << s;
    }
    return out;
}

/// The sum of the points of `series` whose period [t, t + period) lies inside [from, to).
/// Nothing when none does.
std::optional<double> sumInside(const SampleSeries &series, qint64 periodMs, qint64 from, qint64 to)
{
    std::optional<double> sum;
    for (std::size_t i = 0; i < series.t.size(); ++i) {
        if (series.t[i] >= from && series.t[i] + periodMs <= to)
            sum = sum.value_or(0) + series.v[i];
    }
    return sum;
}

/// The events of `ev` over [from, to) from the answer (one series per distinct selector).
std::optional<Sli::Ratio> eventsOf(const EventSelectors &ev, const QStringList &texts,
                                   const std::vector<CloudWatchApi::MetricQuery> &queries, const Series &read,
                                   qint64 from, qint64 to)
{
    auto sum = [&](const QStringList &selectors, bool *any) {
        double total = 0;
        for (const QString &text : selectors) {
            const CloudWatchApi::MetricQuery &q = queries[std::size_t(texts.indexOf(text))];
            if (const auto v = sumInside(read.value(q.id), qint64(q.period) * 1000, from, to)) {
                total += *v;
                *any = true;
            }
        }
        return total;
    };
    bool anyTotal = false;
    bool anyNumerator = false;
    const double total = sum(ev.total, &anyTotal);
    const double numerator = sum(ev.numerator, &anyNumerator);
    if (!anyTotal)
        return std::nullopt;
    return Sli::Ratio{ev.numeratorIsBad ? total - numerator : numerator, total};
}

/// Why one of `texts` is not a CloudWatch selector; empty when all are.
QString selectorError(const QStringList &texts)
{
    for (const QString &text : texts) {
        QString why;
        if (!parseCloudWatchSelector(text, &why))
            return Tr::tr("invalid CloudWatch selector %1: %2").arg(text, why);
    }
    return {};
}

CloudWatchSource *cloudWatchSourceOf(MetricSource *source)
{
    if (auto *cw = qobject_cast<CloudWatchSource *>(source))
        return cw;
    // `slactl explain` wraps the source in a TracingMetricSource, a child of the source.
    return source ? qobject_cast<CloudWatchSource *>(source->parent()) : nullptr;
}

} // namespace

EventSelectors eventSelectors(const Objective &objective)
{
    EventSelectors ev;
    const Indicator &ind = objective.indicator;
    if (ind.kind == IndicatorKind::Ratio) {
        ev.numeratorIsBad = ind.ratio.good.isEmpty();
        ev.numerator << (ev.numeratorIsBad ? ind.ratio.bad : ind.ratio.good);
        ev.total << ind.ratio.total;
    } else if (ind.kind == IndicatorKind::Classification) {
        const EvaluationPlan::ClassificationCounters c = EvaluationPlan::classificationCounters(ind.classification);
        ev.numerator = c.numerator;
        ev.total = c.total;
    } else {
        ev.error = unsupported(objective);
        if (ev.error.isEmpty())
            ev.error = Tr::tr("this indicator needs `budgeting: {timeslices: DURATION}` on CloudWatch");
    }
    if (ev.error.isEmpty())
        ev.error = selectorError(ev.total + ev.numerator);
    return ev;
}

QString unsupported(const Objective &objective)
{
    const Indicator &ind = objective.indicator;
    switch (ind.kind) {
    case IndicatorKind::Drift:
        return Tr::tr("drift indicators are not served by CloudWatch: it has no histogram buckets to score drift on; "
                      "use a Prometheus or recorded source");
    case IndicatorKind::Query:
        return Tr::tr("raw `query` indicators are not served by CloudWatch; write the selectors in CloudWatch's "
                      "form ({namespace: ..., metric: ..., dimensions: {...}, stat: ...})");
    case IndicatorKind::Latency:
        if (!ind.latency.percentile || objective.budgeting.method != Budgeting::Method::Timeslices)
            return Tr::tr("CloudWatch serves latency as a percentile statistic per timeslice (e.g. ModelLatency "
                          "p95): give `percentile` and `budgeting: {timeslices: DURATION}`");
        break;
    case IndicatorKind::Threshold:
        if (ind.threshold.aggregate == Aggregate::Last)
            return Tr::tr("`aggregate: last` is not served by CloudWatch; use avg, min or max");
        break;
    case IndicatorKind::Ratio:
    case IndicatorKind::Classification:
        break;
    }
    return {};
}

double latencyScale(const CloudWatchMetric &metric)
{
    if (metric.unit == u"Microseconds")
        return 1e-6;
    if (metric.unit == u"Milliseconds")
        return 1e-3;
    if (metric.unit.isEmpty() && metric.nameSpace == u"AWS/SageMaker" &&
        (metric.metric == u"ModelLatency" || metric.metric == u"OverheadLatency"))
        return 1e-6;
    return 1;
}

int occurrencesPeriod(const ObjectivePlan &plan)
{
    const qint64 grid = 300000;
    return plan.range.start % grid == 0 && plan.at % grid == 0 ? 300 : 60;
}

namespace {

/// Slices of equal length in a row: read together, one point per slice.
struct SliceRun
{
    std::size_t first = 0;
    std::size_t count = 0;
    qint64 lengthMs = 0;
};

std::vector<SliceRun> sliceRuns(const std::vector<TimeRange> &slices)
{
    std::vector<SliceRun> runs;
    for (std::size_t i = 0; i < slices.size(); ++i) {
        const qint64 length = slices[i].length();
        const bool joins = !runs.empty() && runs.back().lengthMs == length && slices[i - 1].end == slices[i].start;
        if (joins)
            ++runs.back().count;
        else
            runs.push_back({i, 1, length});
    }
    return runs;
}

/// What a timeslice objective reads per slice: the gauge or percentile selector, or the
/// counters of a ratio-type indicator.
struct SliceRead
{
    EventSelectors events; ///< ratio-type
    QString selector;      ///< threshold, latency
    QString stat;
    double scale = 1;
};

SliceRead sliceRead(const Objective &objective)
{
    SliceRead r;
    const Indicator &ind = objective.indicator;
    if (ind.kind == IndicatorKind::Threshold) {
        r.selector = ind.threshold.metric;
        static const QMap<Aggregate, QString> stats = {{Aggregate::Avg, QStringLiteral("Average")},
                                                       {Aggregate::Min, QStringLiteral("Minimum")},
                                                       {Aggregate::Max, QStringLiteral("Maximum")}};
        r.stat = stats.value(ind.threshold.aggregate);
    } else if (ind.kind == IndicatorKind::Latency) {
        r.selector = ind.latency.histogram;
        r.stat = cloudWatchPercentileStat(ind.latency.percentile.value_or(0.5));
        r.scale = latencyScale(parseCloudWatchSelector(r.selector).value_or(CloudWatchSelector{}).metric);
    } else {
        r.events = eventSelectors(objective);
    }
    if (!r.selector.isEmpty())
        r.events.error = selectorError({r.selector});
    return r;
}

/// The raw value of every slice of `run` from what was read (nothing: a gap).
void fillSlices(const SliceRead &how, const std::vector<CloudWatchApi::MetricQuery> &queries, const QStringList &texts,
                const Series &read, const std::vector<TimeRange> &slices, const SliceRun &run,
                std::vector<std::optional<double>> &values)
{
    for (std::size_t i = run.first; i < run.first + run.count; ++i) {
        const TimeRange &slice = slices[i];
        if (how.selector.isEmpty()) {
            const auto events = eventsOf(how.events, texts, queries, read, slice.start, slice.end);
            values[i] = events ? events->value() : std::nullopt;
            continue;
        }
        const SampleSeries s = read.value(queries.front().id);
        for (std::size_t k = 0; k < s.t.size(); ++k) {
            if (s.t[k] == slice.start)
                values[i] = s.v[k] * how.scale;
        }
    }
}

/// The back-end of CloudWatch sources; `source` must outlive every call.
class Backend final : public EvaluationBackend
{
public:
    explicit Backend(CloudWatchSource *source, const QString &name) : EvaluationBackend(name), m_source(source) {}

protected:
    QString unsupported(const ObjectivePlan &plan) const override
    {
        return CloudWatchEvaluation::unsupported(plan.objective);
    }

    void occurrences(const ObjectivePlan &plan, ObjectiveResult base, QObject *context, ResultCallback done) override
    {
        const EventSelectors ev = eventSelectors(plan.objective);
        if (!ev.error.isEmpty() || !m_source) {
            base.error = ev.error.isEmpty() ? Tr::tr("not a CloudWatch source") : ev.error;
            done(base, std::nullopt);
            return;
        }
        const QStringList texts = distinct(ev.numerator, ev.total);
        const auto queries = countQueries(texts, occurrencesPeriod(plan));
        qint64 from = plan.range.start;
        for (std::size_t i = 0; i < BurnRateWindowCount; ++i)
            from = std::min(from, EvaluationPlan::burnRateWindow(plan, i).start);
        for (const TimeRange &r : EvaluationPlan::correctionRanges(plan))
            from = std::min(from, r.start);
        whenFinished(m_source->getMetricData(queries, from, plan.range.end), context,
                     [self = shared_from_this(), plan, ev, texts, queries, base, done](const Read &read) {
                         if (!read) {
                             done(base, read.error());
                             return;
                         }
                         const Budget::EventCount count = [&](TimeRange r) {
                             return eventsOf(ev, texts, queries, read.value(), r.start, r.end);
                         };
                         ObjectiveResult r = EvaluationPlan::finishCounts(plan, count);
                         CountCheck::note(
                             plan, self->sourceName(),
                             [&](std::size_t w) {
                                 return count(w == 0 ? plan.range : EvaluationPlan::burnRateWindow(plan, w - 1));
                             },
                             r);
                         done(r, std::nullopt);
                     });
    }

    void sliceValues(const ObjectivePlan &plan, const std::vector<TimeRange> &slices, QObject *context,
                     SliceCallback done) override
    {
        const SliceRead how = sliceRead(plan.objective);
        if (!how.events.error.isEmpty() || slices.empty() || !m_source) {
            done({}, how.events.error, std::nullopt);
            return;
        }
        struct Gather
        {
            std::vector<std::optional<double>> values;
            std::size_t pending = 0;
            std::optional<SourceError> error;
        };
        auto gather = std::make_shared<Gather>();
        gather->values.resize(slices.size());
        const std::vector<SliceRun> runs = sliceRuns(slices);
        gather->pending = runs.size();
        const QStringList texts =
            how.selector.isEmpty() ? distinct(how.events.numerator, how.events.total) : QStringList{how.selector};
        for (const SliceRun &run : runs) {
            if (run.lengthMs % 60000 != 0) {
                done({},
                     Tr::tr("CloudWatch reads periods of whole minutes: a timeslice of %1 s cannot be read")
                         .arg(run.lengthMs / 1000.0),
                     std::nullopt);
                return;
            }
        }
        for (const SliceRun &run : runs) {
            auto queries = countQueries(texts, int(run.lengthMs / 1000));
            if (!how.selector.isEmpty())
                queries.front().stat = statOr(queries.front().selector, how.stat);
            const qint64 from = slices[run.first].start;
            const qint64 to = slices[run.first + run.count - 1].end;
            whenFinished(m_source->getMetricData(queries, from, to), context,
                         [self = shared_from_this(), gather, how, queries, texts, slices, run, done](const Read &r) {
                             if (!r)
                                 gather->error = r.error();
                             else
                                 fillSlices(how, queries, texts, r.value(), slices, run, gather->values);
                             if (--gather->pending == 0)
                                 done(gather->values, {}, gather->error);
                         });
        }
    }

    void occurrencesSeries(const ObjectivePlan &plan, TimeRange range, qint64 stepMs, QObject *context,
                           SeriesReadCallback done) override
    {
        const EventSelectors ev = eventSelectors(plan.objective);
        if (!ev.error.isEmpty() || !m_source) {
            ObjectiveSeries empty;
            empty.error = ev.error;
            done(empty, std::nullopt);
            return;
        }
        const qint64 step = std::max<qint64>(60, stepMs / 60000 * 60);
        const qint64 from = range.start - ((range.start % (step * 1000)) + step * 1000) % (step * 1000);
        const QStringList texts = distinct(ev.numerator, ev.total);
        const auto queries = countQueries(texts, int(step));
        whenFinished(m_source->getMetricData(queries, from, range.end), context,
                     [self = shared_from_this(), plan, ev, texts, queries, from, step, range, done](const Read &r) {
                         if (!r) {
                             done({}, r.error());
                             return;
                         }
                         done(chartFromSteps(plan, range, steps(ev, texts, queries, r.value(), from, range.end, step)),
                              std::nullopt);
                     });
    }

    QString advice(const SourceError &error, const QString &text) const override
    {
        if (error.kind == SourceError::Kind::Unreachable || error.kind == SourceError::Kind::Timeout)
            return Tr::tr("%1; check the data source's region or endpoint and the network").arg(text);
        if (error.kind == SourceError::Kind::Auth)
            return Tr::tr("%1; check the AWS credentials (environment, `slactl credentials set`, or the shared "
                          "credentials file's profile) and that they may call cloudwatch:GetMetricData")
                .arg(text);
        return text;
    }

private:
    /// The chart's steps of `step` seconds from `from`, each ending at its point.
    static OccurrenceSteps steps(const EventSelectors &ev, const QStringList &texts,
                                 const std::vector<CloudWatchApi::MetricQuery> &queries, const Series &read,
                                 qint64 from, qint64 to, qint64 step)
    {
        OccurrenceSteps out;
        out.stepMs = step * 1000;
        const qint64 hour = 3600000;
        for (qint64 t = from + out.stepMs; t <= to; t += out.stepMs) {
            const auto events = eventsOf(ev, texts, queries, read, t - out.stepMs, t);
            const auto lastHour = hour % out.stepMs == 0 && t - hour >= from
                                      ? eventsOf(ev, texts, queries, read, t - hour, t)
                                      : std::nullopt;
            out.t.push_back(t);
            out.events.push_back(events ? events->total : 0);
            out.errorRatio.push_back(events ? events->errorRatio() : std::nullopt);
            out.hourErrorRatio.push_back(lastHour ? lastHour->errorRatio() : std::nullopt);
            out.allEvents += events ? events->total : 0;
        }
        return out;
    }

    CloudWatchSource *m_source;
};

} // namespace

std::shared_ptr<EvaluationBackend> createBackend(MetricSource *source)
{
    return std::make_shared<Backend>(cloudWatchSourceOf(source), source ? source->name() : QString());
}

std::shared_ptr<SourceConnection> connectSource(const SourceSpec &spec, const BackendEnvironment &environment)
{
    MetricSourceConnection::Kind kind;
    kind.createSource = [](const DataSource &config, const SourceSecret &secret) -> MetricSource * {
        return new CloudWatchSource(config, SigV4::Credentials{secret.apiKey, secret.secret, secret.sessionToken});
    };
    kind.createBackend = [](MetricSource *source) { return createBackend(source); };
    kind.alwaysNeedsSecret = true;
    kind.missingSecret = [](const SourceSpec &s) {
        return Tr::tr("CloudWatch data source '%1' has no AWS credentials: set AWS_ACCESS_KEY_ID and "
                      "AWS_SECRET_ACCESS_KEY, store them with `slactl credentials set %1` (access key id, secret "
                      "access key and optionally the session token, one a line) or set %2, or add profile '%3' to "
                      "%4")
            .arg(s.name, CredentialStore::environmentVariable(s.name),
                 AwsCredentialsFile::profileName(s.config.profile), AwsCredentialsFile::path());
    };
    kind.fallbackSecret = [](const SourceSpec &s) -> std::optional<SourceSecret> {
        const QString profile = AwsCredentialsFile::profileName(s.config.profile);
        const auto c = AwsCredentialsFile::read(profile);
        if (!c)
            return std::nullopt;
        qCDebug(lcEvaluation, "credentials of %s from the shared credentials file (profile %s)", qPrintable(s.name),
                qPrintable(profile));
        SourceSecret secret;
        secret.apiKey = c->accessKeyId;
        secret.secret = c->secretAccessKey;
        secret.sessionToken = c->sessionToken;
        return secret;
    };
    return std::make_shared<MetricSourceConnection>(spec, environment, std::move(kind));
}

} // namespace Sla::Core::CloudWatchEvaluation
