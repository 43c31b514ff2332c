// SPDX-License-Identifier: Apache-2.0
#include "promevaluation.h"

#include "core/document/tr.h"
#include "core/engine/budget.h"
#include "core/engine/sli.h"
#include "core/evaluation/countcheck.h"
#include "core/evaluation/enginetypes.h"
#include "core/evaluation/gather.h"
#include "core/evaluation/logging.h"
#include "core/evaluation/metricsourceconnection.h"
#include "core/evaluation/promincremental.h"
#include "core/evaluation/recordingrules.h"
#include "core/metrics/futures.h"
#include "core/metrics/prometheus/prometheussource.h"
#include "core/query/querycompiler.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QTimeZone>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>

namespace Tr = Sla::Core::TrContext::Evaluator;

namespace Sla::Core::PromEvaluation {

namespace {

using Result = SourceResult<QueryResult>;
using Results = std::vector<Result>;

QString partLabel()
{
    return QString::fromLatin1(PartLabel);
}

QString tagged(const QString &expr, const QString &tag)
{
    return QStringLiteral("label_replace((%1), \"%2\", \"%3\", \"\", \"\")").arg(expr, partLabel(), tag);
}

/// `good`/`bad`/`total` or `errorRatio` parts of one range, tagged with `suffix`.
QStringList eventParts(const Objective &objective, const QString &range, const QString &suffix, QString *why)
{
    const CompiledQueries q = QueryCompiler::compile(objective, range);
    QStringList parts;
    if (q.form == CompiledQueries::Form::Events) {
        parts << (q.good.isEmpty() ? tagged(q.bad, QStringLiteral("b") + suffix)
                                   : tagged(q.good, QStringLiteral("g") + suffix));
        parts << tagged(q.total, QStringLiteral("t") + suffix);
    } else if (q.form == CompiledQueries::Form::ErrorRatio) {
        parts << tagged(q.errorRatio, QStringLiteral("e") + suffix);
    } else if (why) {
        *why = q.reason.isEmpty() ? Tr::tr("this indicator needs `budgeting: {timeslices: DURATION}`") : q.reason;
    }
    return parts;
}

/// Good and total events of the parts tagged with `suffix`: nothing without a total (no
/// data); a numerator without series counts as zero events, as on recorded data.
std::optional<Sli::Ratio> countsOf(const QHash<QString, double> &parts, const QString &suffix, bool numeratorIsBad)
{
    const auto total = parts.find(QStringLiteral("t") + suffix);
    if (total == parts.end())
        return std::nullopt;
    return numeratorIsBad ? Sli::fromBad(parts.value(QStringLiteral("b") + suffix), *total)
                          : Sli::fromGood(parts.value(QStringLiteral("g") + suffix), *total);
}

/// The events of the parts tagged with `suffix`, told good from bad by which numerator has
/// series (countsOf): nothing without a total (no data) or when the parts are an error ratio.
std::optional<Sli::Ratio> eventsOf(const QHash<QString, double> &parts, const QString &suffix)
{
    return countsOf(parts, suffix, !parts.contains(QStringLiteral("g") + suffix));
}

/// The SLI and error ratio of the parts tagged with `suffix` (a ratio over events or an
/// error ratio): nothing without a total (no data).
std::optional<double> errorRatioOf(const QHash<QString, double> &parts, const QString &suffix)
{
    if (const auto e = parts.find(QStringLiteral("e") + suffix); e != parts.end())
        return std::clamp(*e, 0.0, 1.0);
    const std::optional<Sli::Ratio> r = eventsOf(parts, suffix);
    return r ? r->errorRatio() : std::nullopt;
}

/// The parts counting the events inside each of `ranges` as the window's parts count them,
/// with the range selectors pinned to the period's end: `increase(X[D] @ END)`, tagged with
/// the suffix `c<k>` for ranges[k]. Empty (and *why) when a query of the objective has its
/// range elsewhere than in plain range selectors (a raw query using `{{window}}` otherwise).
QStringList correctionParts(const Objective &objective, const std::vector<TimeRange> &ranges, QString *why)
{
    const QString marker = QStringLiteral("sladesk_correction_range");
    const QString index = QStringLiteral("SLADESK_INDEX");
    const QString parts = eventParts(objective, marker, QStringLiteral("c") + index, why).join(QStringLiteral(" or "));
    QStringList out;
    for (std::size_t k = 0; k < ranges.size() && !parts.isEmpty(); ++k) {
        const QString pinned = QStringLiteral("[%1] @ %2")
                                   .arg(QueryCompiler::rangeText(Duration{ranges[k].length()}),
                                        QString::number(double(ranges[k].end) / 1000, 'f', 3));
        QString text = parts;
        text.replace(u'[' + marker + u']', pinned).replace(index, QString::number(k));
        if (text.contains(marker)) {
            *why = Tr::tr("its query uses the window elsewhere than in a range selector, so the events of a period "
                          "cannot be counted");
            return {};
        }
        out << text;
    }
    return out;
}

/// The events of an occurrences objective from the answer to its query: the compliance
/// window (suffix 0), the burn-rate windows (1..7) and the correction periods (c<k>).
Budget::EventCount answeredCounts(const ObjectivePlan &plan, const std::vector<TimeRange> &corrections,
                                  const QHash<QString, double> &parts)
{
    const bool isBad = QueryCompiler::compile(plan.objective, QStringLiteral("1h")).good.isEmpty();
    return [plan, corrections, parts, isBad](TimeRange r) -> std::optional<Sli::Ratio> {
        if (r == plan.range)
            return countsOf(parts, QStringLiteral("0"), isBad);
        for (std::size_t i = 0; i < BurnRateWindowCount; ++i) {
            if (r == EvaluationPlan::burnRateWindow(plan, i))
                return countsOf(parts, QString::number(i + 1), isBad);
        }
        const auto it = std::find(corrections.begin(), corrections.end(), r);
        if (it == corrections.end())
            return std::nullopt;
        return countsOf(parts, QStringLiteral("c%1").arg(it - corrections.begin()), isBad);
    };
}

/// Waits for every future, then calls `done` with the results in order (on `context`).
void whenAll(QObject *context, std::vector<QFuture<Result>> futures, std::function<void(Results &)> done)
{
    const auto gather = Gather<Result>::create(futures.size(), std::move(done));
    for (std::size_t i = 0; i < futures.size(); ++i)
        futures[i].then(context, [gather, i](Result r) { gather->set(i, std::move(r)); });
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// ---------------------------------------------------------------------------------------
// Timeslices

/// Per slice, the (labels, value) pairs the queries returned at its end.
using SliceData = std::vector<std::vector<std::pair<SeriesLabels, double>>>;

/// A run of equally long, back-to-back slices served by one range query, or one slice of
/// another length served by an instant query.
struct SliceRequest
{
    std::size_t first = 0;
    std::size_t count = 0;
    bool range = false;
};

std::vector<SliceRequest> sliceRequests(const std::vector<TimeRange> &slices, qint64 sliceMs)
{
    std::vector<SliceRequest> out;
    for (std::size_t i = 0; i < slices.size(); ++i) {
        const bool regular = slices[i].length() == sliceMs;
        if (regular && !out.empty() && out.back().range &&
            slices[out.back().first + out.back().count - 1].end + sliceMs == slices[i].end) {
            ++out.back().count;
            continue;
        }
        out.push_back({i, 1, regular});
    }
    return out;
}

/// Issues the queries for every slice: `build(rangeText)` gives the PromQL of one slice.
void fetchSlices(MetricSource *source, const std::vector<TimeRange> &slices, qint64 sliceMs,
                 const std::function<QString(const QString &)> &build, QObject *context,
                 std::function<void(SliceData, std::optional<SourceError>)> done)
{
    const std::vector<SliceRequest> requests = sliceRequests(slices, sliceMs);
    std::vector<QFuture<Result>> futures;
    for (const SliceRequest &r : requests) {
        const TimeRange &first = slices[r.first];
        if (r.range) {
            const TimeRange &last = slices[r.first + r.count - 1];
            futures.push_back(source->queryRange(build(QueryCompiler::rangeText(Duration{sliceMs})), utc(first.end),
                                                 utc(last.end), std::chrono::milliseconds(sliceMs)));
        } else {
            futures.push_back(source->query(build(QueryCompiler::rangeText(Duration{first.length()})), utc(first.end)));
        }
    }
    whenAll(context, std::move(futures), [slices, requests, done = std::move(done)](Results &results) {
        SliceData data(slices.size());
        if (const SourceError *e = firstError(results)) {
            done(std::move(data), *e);
            return;
        }
        for (std::size_t k = 0; k < requests.size(); ++k) {
            const SliceRequest &r = requests[k];
            QHash<qint64, std::size_t> byEnd;
            for (std::size_t i = r.first; i < r.first + r.count; ++i)
                byEnd.insert(slices[i].end, i);
            for (const Series &s : results[k].value().series) {
                for (std::size_t j = 0; j < s.t.size(); ++j) {
                    if (std::isnan(s.v[j]))
                        continue;
                    const auto it = byEnd.find(r.range ? s.t[j] : slices[r.first].end);
                    if (it != byEnd.end())
                        data[*it].emplace_back(s.labels, s.v[j]);
                }
            }
        }
        done(std::move(data), std::nullopt);
    });
}

std::vector<Sli::Bucket> bucketsOf(const std::vector<std::pair<SeriesLabels, double>> &values, QString *error)
{
    std::vector<Sli::Bucket> raw;
    for (const auto &[labels, value] : values) {
        const std::optional<double> le = Sli::parseLe(labels.value(QStringLiteral("le")));
        if (!le) {
            *error = Tr::tr("a bucket series has no numeric le label");
            return {};
        }
        raw.push_back({*le, value});
    }
    return Sli::normalizeBuckets(std::move(raw));
}

using SliceCallback = EvaluationBackend::SliceCallback;

/// The reference distribution of a drift objective from the answer to its instant query;
/// empty (and *error) when it holds none.
std::vector<Sli::Bucket> referenceBuckets(const QueryResult &answer, const DriftIndicator &drift, QString *error)
{
    std::vector<std::pair<SeriesLabels, double>> values;
    for (const Series &s : answer.series) {
        if (!s.v.empty() && !std::isnan(s.v.back()))
            values.emplace_back(s.labels, s.v.back());
    }
    QString why;
    std::vector<Sli::Bucket> reference = bucketsOf(values, &why);
    if (reference.empty()) {
        *error = why.isEmpty() ? Tr::tr("the drift reference %1 .. %2 holds no data of '%3'")
                                     .arg(drift.referenceFrom.toString(Qt::ISODate),
                                          drift.referenceTo.toString(Qt::ISODate), drift.histogram)
                               : why;
    }
    return reference;
}

/// Drift per slice: the reference distribution first, then each slice's against it.
void driftValues(MetricSource *source, const Objective &objective, const std::vector<TimeRange> &slices, qint64 sliceMs,
                 QObject *context, SliceCallback done)
{
    const DriftIndicator &drift = objective.indicator.drift;
    if (!drift.referenceFrom.isValid() || !drift.referenceTo.isValid() || drift.referenceTo <= drift.referenceFrom) {
        done({}, Tr::tr("the drift reference needs `from` before `to`"), std::nullopt);
        return;
    }
    const qint64 refLen = drift.referenceTo.toMSecsSinceEpoch() - drift.referenceFrom.toMSecsSinceEpoch();
    const QString refQuery = QueryCompiler::compile(objective, Duration{refLen}).bucketIncrease;
    QFuture<Result> ref = source->query(refQuery, drift.referenceTo.toUTC());
    whenAll(context, {ref}, [source, objective, slices, sliceMs, context, done](Results &refResults) {
        if (const SourceError *e = firstError(refResults)) {
            done({}, {}, *e);
            return;
        }
        QString error;
        const std::vector<Sli::Bucket> reference =
            referenceBuckets(refResults[0].value(), objective.indicator.drift, &error);
        if (reference.empty()) {
            done({}, error, std::nullopt);
            return;
        }
        fetchSlices(
            source, slices, sliceMs,
            [objective](const QString &range) { return QueryCompiler::compile(objective, range).bucketIncrease; },
            context,
            [objective, reference, done](SliceData data, std::optional<SourceError> e) {
                if (e) {
                    done({}, {}, e);
                    return;
                }
                std::vector<std::optional<double>> values(data.size());
                for (std::size_t i = 0; i < data.size(); ++i) {
                    QString why;
                    const std::vector<Sli::Bucket> cur = bucketsOf(data[i], &why);
                    if (!cur.empty())
                        values[i] = Sli::drift(toEngine(objective.indicator.drift.method), reference, cur).value;
                }
                done(std::move(values), {}, std::nullopt);
            });
    });
}

/// Value indicators per slice: the worst series for the slice's comparison.
void valueSliceValues(MetricSource *source, const ObjectivePlan &plan, const std::vector<TimeRange> &slices,
                      QObject *context, SliceCallback done)
{
    const Objective objective = plan.objective;
    const auto rule = EvaluationPlan::sliceRule(objective);
    const CompareOp op = rule ? rule->first : CompareOp::Gte;
    fetchSlices(
        source, slices, plan.sliceMs(),
        [objective](const QString &range) { return QueryCompiler::compile(objective, range).value; }, context,
        [op, done](SliceData data, std::optional<SourceError> e) {
            std::vector<std::optional<double>> values(data.size());
            for (std::size_t i = 0; i < data.size(); ++i) {
                for (const auto &pair : data[i])
                    values[i] = values[i] ? EvaluationPlan::worst(op, *values[i], pair.second) : pair.second;
            }
            done(std::move(values), {}, e);
        });
}

/// Ratio-type indicators per slice: the slice's SLI from tagged events.
void ratioSliceValues(MetricSource *source, const ObjectivePlan &plan, const std::vector<TimeRange> &slices,
                      QObject *context, SliceCallback done)
{
    const Objective objective = plan.objective;
    QString why;
    if (eventParts(objective, QStringLiteral("1h"), {}, &why).isEmpty()) {
        done({}, why, std::nullopt);
        return;
    }
    fetchSlices(
        source, slices, plan.sliceMs(),
        [objective](const QString &range) {
            return eventParts(objective, range, {}, nullptr).join(QStringLiteral(" or "));
        },
        context,
        [done](SliceData data, std::optional<SourceError> e) {
            std::vector<std::optional<double>> values(data.size());
            for (std::size_t i = 0; i < data.size(); ++i) {
                QHash<QString, double> parts;
                for (const auto &[labels, value] : data[i])
                    parts[labels.value(partLabel())] += value;
                if (const std::optional<double> err = errorRatioOf(parts, {}))
                    values[i] = 1 - *err;
            }
            done(std::move(values), {}, e);
        });
}

/// The counts per step of a chart's range query: events per step (parts tagged `s`) and
/// over the hour before each step (`h`).
EvaluationBackend::OccurrenceSteps chartSteps(const QueryResult &answer, qint64 first, qint64 last, qint64 stepMs)
{
    const std::size_t n = std::size_t((last - first) / stepMs + 1);
    std::vector<QHash<QString, double>> steps(n);
    for (const Series &s : answer.series) {
        const QString tag = s.labels.value(partLabel());
        for (std::size_t j = 0; j < s.t.size(); ++j) {
            const qint64 k = (s.t[j] - first) / stepMs;
            if (k >= 0 && std::size_t(k) < n && !std::isnan(s.v[j]))
                steps[std::size_t(k)][tag] += s.v[j];
        }
    }
    EvaluationBackend::OccurrenceSteps out;
    out.stepMs = stepMs;
    for (std::size_t k = 0; k < n; ++k) {
        const double events = steps[k].value(QStringLiteral("ts"));
        out.t.push_back(first + qint64(k) * stepMs);
        out.errorRatio.push_back(errorRatioOf(steps[k], QStringLiteral("s")));
        out.events.push_back(events);
        out.allEvents += events;
        out.hourErrorRatio.push_back(errorRatioOf(steps[k], QStringLiteral("h")));
    }
    return out;
}
} // namespace

QHash<QString, double> partValues(const QueryResult &r)
{
    QHash<QString, double> out;
    for (const Series &s : r.series) {
        if (s.v.empty() || std::isnan(s.v.back()))
            continue;
        const QString tag = s.labels.value(partLabel());
        out[tag] += s.v.back();
    }
    return out;
}

QString eventsQuery(const Objective &objective, const std::vector<std::pair<qint64, QString>> &windows)
{
    if (QueryCompiler::compile(objective, QStringLiteral("1h")).form != CompiledQueries::Form::Events)
        return {};
    QStringList parts;
    for (const auto &[lengthMs, suffix] : windows)
        parts += eventParts(objective, QueryCompiler::rangeText(Duration{lengthMs}), suffix, nullptr);
    return parts.join(QStringLiteral(" or "));
}

ObjectiveResult countedResult(const ObjectivePlan &plan, const std::vector<TimeRange> &corrections,
                              const QHash<QString, double> &parts, const QString &source)
{
    ObjectiveResult r = EvaluationPlan::finishCounts(plan, answeredCounts(plan, corrections, parts));
    CountCheck::note(
        plan, source, [&parts](std::size_t w) { return eventsOf(parts, QString::number(w)); }, r);
    return r;
}

QString occurrencesQuery(const Objective &objective, qint64 windowMs, QString *why)
{
    QStringList parts = eventParts(objective, QueryCompiler::rangeText(Duration{windowMs}), QStringLiteral("0"), why);
    if (parts.isEmpty())
        return {};
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i) {
        parts += eventParts(objective, QueryCompiler::rangeText(Duration{Budget::BurnRateWindows[i]}),
                            QString::number(i + 1), why);
    }
    return parts.join(QStringLiteral(" or "));
}

namespace {

/// The back-end of Prometheus-compatible sources; `source` must outlive every call.
class Backend final : public EvaluationBackend
{
public:
    /// `store`: the incremental refresh's state of the connection (none: always full reads);
    /// `recordingRules`: read the `sladesk:` recording rules where the source has them.
    Backend(MetricSource *source, std::shared_ptr<PromIncremental::Store> store, bool recordingRules)
        : EvaluationBackend(source->name()), m_source(source), m_store(std::move(store)),
          m_recordingRules(recordingRules)
    {
    }

protected:
    void sliceValues(const ObjectivePlan &plan, const std::vector<TimeRange> &slices, QObject *context,
                     SliceCallback done) override
    {
        if (plan.objective.indicator.kind == IndicatorKind::Drift) {
            driftValues(m_source, plan.objective, slices, plan.sliceMs(), context, std::move(done));
            return;
        }
        const CompiledQueries probe = QueryCompiler::compile(plan.objective, QStringLiteral("1h"));
        if (probe.form == CompiledQueries::Form::Value)
            valueSliceValues(m_source, plan, slices, context, std::move(done));
        else
            ratioSliceValues(m_source, plan, slices, context, std::move(done));
    }

    void occurrences(const ObjectivePlan &plan, ObjectiveResult base, QObject *context, ResultCallback done) override
    {
        QString hash;
        if (!m_recordingRules || !RecordingRules::readable(plan, &hash)) {
            windowRead(plan, std::move(base), context, std::move(done));
            return;
        }
        const QString key = RecordingRules::key(plan.sla, plan.objective.name, hash);
        // Continuations hold the back-end (evaluationbackend.h): it may be dropped while a read runs.
        const auto self = std::static_pointer_cast<Backend>(shared_from_this());
        detected(plan.at, context, [this, self, plan, base, context, done, key, hash](const Checked &checked) {
            // A source that fails the check fails the full read too: one timeout, not two.
            if (checked.error)
                done(base, *checked.error);
            else if (checked.keys.contains(key))
                recordedRead(plan, base, hash, context, done);
            else
                windowRead(plan, base, context, done);
        });
    }

    /// The window's events from the raw series: incrementally when the plan allows it,
    /// else in full.
    void windowRead(const ObjectivePlan &plan, ObjectiveResult base, QObject *context, ResultCallback done)
    {
        if (!plan.incremental || !m_store) {
            fullRead(plan, std::move(base), context, std::move(done));
            return;
        }
        const auto self = std::static_pointer_cast<Backend>(shared_from_this());
        PromIncremental::occurrences(
            m_store, m_source, sourceName(), plan, std::move(base), context,
            [self](const ObjectivePlan &p, ObjectiveResult b, QObject *c, ResultCallback d) {
                self->fullRead(p, std::move(b), c, std::move(d));
            },
            std::move(done));
    }

    void fullRead(const ObjectivePlan &plan, ObjectiveResult base, QObject *context, ResultCallback done)
    {
        QString why;
        QString query = occurrencesQuery(plan.objective, plan.range.length(), &why);
        if (query.isEmpty()) {
            base.error = why;
            done(base, std::nullopt);
            return;
        }
        const bool counts =
            QueryCompiler::compile(plan.objective, QStringLiteral("1h")).form == CompiledQueries::Form::Events;
        // The events inside each correction period go into the same instant query.
        const std::vector<TimeRange> ranges =
            counts ? EvaluationPlan::correctionRanges(plan) : std::vector<TimeRange>{};
        QString notCorrected;
        const QStringList extra = correctionParts(plan.objective, ranges, &notCorrected);
        if (!extra.isEmpty())
            query += QStringLiteral(" or ") + extra.join(QStringLiteral(" or "));
        std::vector<QFuture<Result>> futures{m_source->query(query, utc(plan.at))};
        // Label delay: the provisional period's events, over [at - delay, at] at `at`.
        if (const std::optional<TimeRange> p = plan.provisionalRange()) {
            const QString range = QueryCompiler::rangeText(Duration{p->length()});
            futures.push_back(m_source->query(
                eventParts(plan.objective, range, QStringLiteral("p"), nullptr).join(QStringLiteral(" or ")),
                utc(p->end)));
        }
        whenAll(context, std::move(futures),
                [plan, base, done, counts, ranges, notCorrected, source = sourceName()](Results &results) {
                    if (const SourceError *e = firstError(results)) {
                        done(base, *e);
                        return;
                    }
                    const QHash<QString, double> parts = partValues(results[0].value());
                    if (!counts) {
                        done(EvaluationPlan::finishErrorRatios(
                                 plan, [&parts](std::size_t w) { return errorRatioOf(parts, QString::number(w)); }),
                             std::nullopt);
                        return;
                    }
                    const ObjectivePlan used = notCorrected.isEmpty() ? plan : EvaluationPlan::withoutCorrections(plan);
                    ObjectiveResult r = countedResult(used, ranges, parts, source);
                    if (!notCorrected.isEmpty())
                        r.warnings << EvaluationPlan::correctionsNotApplied(plan, notCorrected);
                    if (results.size() > 1)
                        r.provisional = EvaluationPlan::provisional(
                            plan, eventsOf(partValues(results[1].value()), QStringLiteral("p")));
                    done(r, std::nullopt);
                });
    }

    void occurrencesSeries(const ObjectivePlan &plan, TimeRange range, qint64 stepMs, QObject *context,
                           SeriesReadCallback done) override
    {
        // Events per step and over the hour before each step, in one range query.
        QString why;
        QStringList parts =
            eventParts(plan.objective, QueryCompiler::rangeText(Duration{stepMs}), QStringLiteral("s"), &why);
        parts += eventParts(plan.objective, QStringLiteral("1h"), QStringLiteral("h"), &why);
        if (parts.isEmpty()) {
            ObjectiveSeries empty;
            empty.error = why;
            done(empty, std::nullopt);
            return;
        }
        const qint64 first = range.start + stepMs;
        const qint64 last = first + (range.end - first) / stepMs * stepMs;
        whenAll(context,
                {m_source->queryRange(parts.join(QStringLiteral(" or ")), utc(first), utc(last),
                                      std::chrono::milliseconds(stepMs))},
                [plan, first, last, stepMs, range, done](Results &results) {
                    if (const SourceError *e = firstError(results)) {
                        done({}, *e);
                        return;
                    }
                    done(chartFromSteps(plan, range, chartSteps(results[0].value(), first, last, stepMs)),
                         std::nullopt);
                });
    }

    void dataHorizon(QObject *context, HorizonCallback done) override
    {
        auto *prometheus = qobject_cast<PrometheusSource *>(m_source);
        if (!prometheus) {
            done({});
            return;
        }
        whenFinished(prometheus->storageRetention(), context, [done](const SourceResult<QString> &answer) {
            Retention::Horizon horizon;
            if (answer) {
                horizon.text = answer.value();
                horizon.retentionMs = Retention::parseRetention(horizon.text);
            }
            done(horizon);
        });
    }

    QString advice(const SourceError &error, const QString &text) const override
    {
        switch (error.kind) {
        case SourceError::Kind::Unreachable:
        case SourceError::Kind::Timeout:
            return Tr::tr("%1; check the data source's url and that the server is running").arg(text);
        case SourceError::Kind::Auth:
            return Tr::tr("%1; store the secret with `slactl credentials set %2` or set %3")
                .arg(text, sourceName(), QStringLiteral("SLADESK_SECRET_<SOURCE>"));
        default:
            return text;
        }
    }

private:
    using Keys = QSet<QString>;
    /// The answer of the check: the recorded keys, or the source's error.
    struct Checked
    {
        Keys keys;
        std::optional<SourceError> error;
    };

    /// The recorded series the source has around `at` (RecordingRules::detectionQuery()),
    /// asked once and kept for DetectionTtl of wall time and of evaluation time. Callers
    /// in the same context that ask while the query runs wait for its answer (an
    /// evaluation's objectives); a caller in another context asks on its own. A failed
    /// check gives the source's error (the full read would fail too) and is not kept.
    void detected(qint64 at, QObject *context, std::function<void(const Checked &)> then)
    {
        const auto now = std::chrono::steady_clock::now();
        QMutexLocker lock(&m_detectionMutex);
        const bool fresh = m_detection && now - m_detection->asked < DetectionTtl &&
                           std::abs(at - m_detection->at) < qint64(DetectionTtl.count() * 1000);
        if (fresh && !m_detection->pending) {
            const Checked checked{m_detection->keys, std::nullopt};
            lock.unlock();
            then(checked);
            return;
        }
        if (fresh && m_detection->context == context) {
            m_detection->waiting.push_back(std::move(then)); // the answer calls it
            return;
        }
        const bool cache = !fresh || !m_detection->pending;
        if (cache) {
            if (m_detection && m_detection->pending) {
                // A check for another time still runs: its callers read in full.
                for (auto &w : m_detection->waiting)
                    QMetaObject::invokeMethod(m_detection->context, [w = std::move(w)] { w(Checked{}); });
            }
            m_detection = Detection{at, now, context, {}, true, {}};
            m_detection->waiting.push_back(std::move(then));
        }
        lock.unlock();
        whenFinished(m_source->query(RecordingRules::detectionQuery(), utc(at)), context,
                     [this, self = shared_from_this(), cache, now, then](const Result &answer) {
                         Checked checked;
                         if (answer)
                             checked.keys = RecordingRules::detectedKeys(answer.value());
                         else
                             checked.error = answer.error();
                         if (!cache) {
                             then(checked);
                             return;
                         }
                         std::vector<std::function<void(const Checked &)>> waiting;
                         {
                             QMutexLocker lock(&m_detectionMutex);
                             if (!m_detection || m_detection->asked != now)
                                 return;
                             waiting.swap(m_detection->waiting);
                             if (checked.error) {
                                 m_detection.reset(); // asked again at the next evaluation
                             } else {
                                 m_detection->keys = checked.keys;
                                 m_detection->pending = false;
                             }
                         }
                         for (const auto &w : waiting)
                             w(checked);
                     });
    }

    /// The window's events from the recorded 5-minute increases; the full read when they
    /// do not cover the window.
    void recordedRead(const ObjectivePlan &plan, const ObjectiveResult &base, const QString &hash, QObject *context,
                      const ResultCallback &done)
    {
        const QString query = RecordingRules::query(plan, hash, [&plan](const QString &range, const QString &suffix) {
            return eventParts(plan.objective, range, suffix, nullptr);
        });
        std::vector<QFuture<Result>> futures{m_source->query(query, utc(plan.at))};
        if (const std::optional<TimeRange> p = plan.provisionalRange()) {
            const QString range = QueryCompiler::rangeText(Duration{p->length()});
            futures.push_back(m_source->query(
                eventParts(plan.objective, range, QStringLiteral("p"), nullptr).join(QStringLiteral(" or ")),
                utc(p->end)));
        }
        whenAll(context, std::move(futures),
                [this, self = shared_from_this(), plan, base, context, done, source = sourceName()](Results &results) {
                    if (const SourceError *e = firstError(results)) {
                        done(base, *e);
                        return;
                    }
                    const QHash<QString, double> parts = partValues(results[0].value());
                    QString why;
                    if (!RecordingRules::covers(plan, parts, &why)) {
                        qCInfo(lcEvaluation, "%s/%s read in full: %s", qPrintable(plan.sla),
                               qPrintable(plan.objective.name), qPrintable(why));
                        windowRead(plan, base, context, done);
                        return;
                    }
                    const bool isBad = QueryCompiler::compile(plan.objective, QStringLiteral("1h")).good.isEmpty();
                    const Budget::EventCount count = RecordingRules::counts(plan, parts, isBad);
                    ObjectiveResult r = EvaluationPlan::finishCounts(plan, count);
                    r.read = ObjectiveResult::ReadPath::RecordingRules;
                    CountCheck::note(
                        plan, source,
                        [&plan, &count](std::size_t w) {
                            return count(w == 0 ? plan.range : EvaluationPlan::burnRateWindow(plan, w - 1));
                        },
                        r);
                    if (results.size() > 1)
                        r.provisional = EvaluationPlan::provisional(
                            plan, eventsOf(partValues(results[1].value()), QStringLiteral("p")));
                    done(r, std::nullopt);
                });
    }

    static constexpr std::chrono::seconds DetectionTtl{300};
    struct Detection
    {
        qint64 at = 0;
        std::chrono::steady_clock::time_point asked;
        QPointer<QObject> context; ///< of the query and of every waiting caller
        Keys keys;
        bool pending = false;
        std::vector<std::function<void(const Checked &)>> waiting;
    };

    MetricSource *m_source;
    std::shared_ptr<PromIncremental::Store> m_store;
    bool m_recordingRules = true;
    QMutex m_detectionMutex;
    std::optional<Detection> m_detection;
};

} // namespace

std::shared_ptr<SourceConnection> connectSource(const SourceSpec &spec, const BackendEnvironment &environment)
{
    MetricSourceConnection::Kind kind;
    kind.createSource = [](const DataSource &config, const SourceSecret &secret) -> MetricSource * {
        return new PrometheusSource(config, secret.secret);
    };
    // The incremental refresh's state lives as long as the connection: one workspace.
    // SLADESK_IGNORE_RECORDING_RULES=1: every window from the raw series (README "Reading
    // the recording rules").
    kind.createBackend = [store = PromIncremental::createStore(),
                          rules = qEnvironmentVariableIntValue("SLADESK_IGNORE_RECORDING_RULES") ==
                                  0](MetricSource *source) -> std::shared_ptr<EvaluationBackend> {
        return std::make_shared<Backend>(source, store, rules);
    };
    kind.missingSecret = [](const SourceSpec &s) {
        return Tr::tr("data source '%1' needs a secret (auth %2): store it with `slactl "
                      "credentials set %1` or set %3")
            .arg(s.name, toString(s.config.auth), CredentialStore::environmentVariable(s.name));
    };
    return std::make_shared<MetricSourceConnection>(spec, environment, std::move(kind));
}

} // namespace Sla::Core::PromEvaluation
