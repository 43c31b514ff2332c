// SPDX-License-Identifier: Apache-2.0
#include "core/evaluation/evaluationbackend.h"

#include "core/document/tr.h"
#include "core/engine/budget.h"
#include "core/engine/windows.h"

#include <limits>

namespace Tr = Sla::Core::TrContext::Evaluator;

namespace Sla::Core {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

EvaluationBackend::EvaluationBackend(QString sourceName) : m_sourceName(std::move(sourceName)) {}

EvaluationBackend::~EvaluationBackend() = default;

void EvaluationBackend::evaluate(const ObjectivePlan &plan, QObject *context, ResultCallback done)
{
    ObjectiveResult base = EvaluationPlan::emptyResult(plan);
    if (!plan.error.isEmpty()) {
        done(base, std::nullopt);
        return;
    }
    if (const QString why = unsupported(plan); !why.isEmpty()) {
        base.error = why;
        done(base, std::nullopt);
        return;
    }
    const auto self = shared_from_this();
    if (EvaluationPlan::sliceRule(plan.objective)) {
        sliceValues(plan, plan.slices, context,
                    [self, plan, base, done](std::vector<std::optional<double>> values, QString error,
                                             std::optional<SourceError> e) {
                        EvaluationPlan::finishSliceValues(
                            plan, base, values, error, e,
                            [&](const SourceError &x) { return self->describe(x, plan.objective.name); }, done);
                    });
        return;
    }
    occurrences(plan, base, context,
                [self, name = plan.objective.name, done](ObjectiveResult r, std::optional<SourceError> e) {
                    if (e)
                        r.error = self->describe(*e, name);
                    done(std::move(r), std::move(e));
                });
}

void EvaluationBackend::evaluateAll(const std::vector<ObjectivePlan> &plans, QObject *context, PlanResultCallback done)
{
    for (std::size_t i = 0; i < plans.size(); ++i) {
        evaluate(plans[i], context,
                 [done, i](ObjectiveResult r, std::optional<SourceError> e) { done(i, std::move(r), std::move(e)); });
    }
}

void EvaluationBackend::series(const ObjectivePlan &plan, TimeRange range, qint64 stepMs, QObject *context,
                               SeriesCallback done)
{
    ObjectiveSeries empty;
    if (!plan.error.isEmpty() || stepMs <= 0 || range.end <= range.start) {
        empty.error = plan.error;
        done(empty);
        return;
    }
    if (const QString why = unsupported(plan); !why.isEmpty()) {
        empty.error = why;
        done(empty);
        return;
    }
    const auto self = shared_from_this();
    // Every chart shows the corrections that applied, whatever the source.
    done = [done, excluded = Budget::clipRanges(plan.excluded, range)](ObjectiveSeries out) {
        if (out.error.isEmpty()) {
            for (const TimeRange &p : excluded)
                out.corrected.emplace_back(double(p.start), double(p.end));
        }
        done(std::move(out));
    };
    if (const auto rule = EvaluationPlan::sliceRule(plan.objective)) {
        const std::vector<TimeRange> slices = chartSlices(plan, range);
        sliceValues(plan, slices, context,
                    [self, plan, rule, slices, done](std::vector<std::optional<double>> values, QString error,
                                                     std::optional<SourceError> e) {
                        ObjectiveSeries out;
                        if (e)
                            out.error = self->describe(*e, plan.objective.name);
                        else if (!error.isEmpty())
                            out.error = error;
                        else
                            EvaluationPlan::fillTimesliceSeries(out, plan, slices, values, rule->first, rule->second);
                        done(out);
                    });
        return;
    }
    occurrencesSeries(plan, range, stepMs, context,
                      [self, plan, done](ObjectiveSeries out, std::optional<SourceError> e) {
                          if (e)
                              out.error = self->describe(*e, plan.objective.name);
                          if (const std::optional<TimeRange> p = plan.provisionalRange())
                              out.provisional = std::pair{double(p->start), double(p->end)};
                          done(std::move(out));
                      });
}

QString EvaluationBackend::describe(const SourceError &error, const QString &objective) const
{
    QString text = error.message;
    if (!text.contains(m_sourceName))
        text = Tr::tr("data source '%1': %2").arg(m_sourceName, text);
    if (error.kind == SourceError::Kind::BadQuery)
        return Tr::tr("%1 (objective '%2'); check its selectors").arg(text, objective);
    return advice(error, text);
}

void EvaluationBackend::dataHorizon(QObject *, HorizonCallback done)
{
    done({});
}

qint64 EvaluationBackend::documentTimeShiftMs() const
{
    return 0;
}

QStringList EvaluationBackend::warnings() const
{
    return {};
}

QString EvaluationBackend::unsupported(const ObjectivePlan &) const
{
    return {};
}

QString EvaluationBackend::advice(const SourceError &, const QString &text) const
{
    return text;
}

ObjectiveSeries EvaluationBackend::chartFromSteps(const ObjectivePlan &plan, TimeRange range,
                                                  const OccurrenceSteps &steps)
{
    ObjectiveSeries out;
    const double target = plan.objective.target;
    // A step that overlaps a correction is left out whole: the step is the resolution the
    // source counted at (see the README on corrections in charts).
    std::vector<bool> excluded(steps.t.size(), false);
    double counted = steps.allEvents;
    for (std::size_t k = 0; k < steps.t.size(); ++k) {
        const TimeRange step{steps.t[k] - steps.stepMs, steps.t[k]};
        excluded[k] = !Budget::clipRanges(plan.excluded, step).empty();
        if (excluded[k])
            counted -= steps.events[k];
    }
    const double allowed = (1 - target) * counted;
    double badSoFar = 0;
    std::vector<std::optional<Sli::Ratio>> events;
    for (std::size_t k = 0; k < steps.t.size(); ++k) {
        out.t.push_back(double(steps.t[k]));
        const std::optional<double> err = excluded[k] ? std::nullopt : steps.errorRatio[k];
        out.sli.push_back(err ? 1 - *err : kNaN);
        if (err)
            badSoFar += *err * steps.events[k];
        out.remaining.push_back(allowed > 0 ? 1 - badSoFar / allowed : kNaN);
        out.burnRate1h.push_back(Budget::burnRate(steps.hourErrorRatio[k], target).value_or(kNaN));
        events.push_back(err ? std::optional<Sli::Ratio>(Sli::Ratio{(1 - *err) * steps.events[k], steps.events[k]})
                             : std::nullopt);
    }
    out.breaches = EvaluationPlan::breachPeriods(steps.t, out.sli, steps.stepMs, range.start, target);
    EvaluationPlan::fillIntervals(out, plan, events);
    return out;
}

std::vector<TimeRange> EvaluationBackend::chartSlices(const ObjectivePlan &plan, TimeRange range)
{
    std::vector<TimeRange> slices;
    for (const TimeRange &s : Windows::timeslices(range, plan.sliceMs())) {
        if (s.length() == plan.sliceMs())
            slices.push_back(s);
    }
    return slices;
}

} // namespace Sla::Core
