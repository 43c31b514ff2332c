// SPDX-License-Identifier: Apache-2.0
#include "evaluationplan.h"

#include "core/document/tr.h"
#include "core/document/windowlimits.h"
#include "core/engine/recurrence.h"
#include "core/engine/windows.h"
#include "core/evaluation/enginetypes.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Tr = Sla::Core::TrContext::Evaluator;

namespace Sla::Core::EvaluationPlan {

namespace {

bool names(const QStringList &list, const QString &name)
{
    return list.contains(name);
}

} // namespace

std::vector<TimeRange> mergeRanges(std::vector<TimeRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const TimeRange &a, const TimeRange &b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    std::vector<TimeRange> out;
    for (const TimeRange &r : ranges) {
        if (!out.empty() && r.start <= out.back().end)
            out.back().end = std::max(out.back().end, r.end);
        else
            out.push_back(r);
    }
    return out;
}

void applyCorrections(ObjectivePlan &plan, const QList<Correction> &corrections)
{
    plan.corrections.clear();
    plan.excluded.clear();
    if (!plan.error.isEmpty())
        return;
    std::vector<TimeRange> all;
    for (const Correction &c : corrections) {
        if (!names(c.slas, plan.sla) || (!c.objectives.isEmpty() && !names(c.objectives, plan.objective.name)))
            continue;
        const qint64 length = c.lengthMs();
        if (!c.start.isValid() || length <= 0)
            continue;
        const std::optional<Recurrence::Rule> rule =
            c.recurrence.isEmpty() ? std::nullopt : Recurrence::parse(c.recurrence);
        ObjectivePlan::PlannedCorrection planned{c.metadata.name, {}};
        for (const TimeRange &r : Recurrence::occurrences(c.start.toMSecsSinceEpoch(), length, rule,
                                                          Windows::zoneByName(c.timeZone), plan.range)) {
            const TimeRange clipped{std::max(r.start, plan.range.start), std::min(r.end, plan.range.end)};
            if (clipped.end > clipped.start)
                planned.intervals.push_back(clipped);
        }
        if (planned.intervals.empty())
            continue;
        all.insert(all.end(), planned.intervals.begin(), planned.intervals.end());
        plan.corrections.push_back(std::move(planned));
    }
    plan.excluded = mergeRanges(std::move(all));
}

ObjectivePlan plan(const Sla &resolved, int slaIndex, int objectiveIndex, double atRisk, qint64 at)
{
    ObjectivePlan p;
    p.slaIndex = slaIndex;
    p.objectiveIndex = objectiveIndex;
    p.sla = resolved.metadata.name;
    p.objective = resolved.objectives.at(objectiveIndex);
    p.sourceName = p.objective.dataSource.isEmpty() ? resolved.dataSource : p.objective.dataSource;
    p.at = at;
    p.atRisk = atRisk;
    if (p.objective.window) {
        p.window = *p.objective.window;
    } else if (resolved.window) {
        p.window = *resolved.window;
    } else {
        p.error = Tr::tr("the SLA has no window and its tier sets none; add `window: 30d` (or a calendar window)");
        return p;
    }
    // The validator reports these too; a plan refuses them anyway (documents from the GUI's
    // editor, or read without validation, must not allocate one entry per slice unbounded).
    if (const QString problem = windowProblem(p.window); !problem.isEmpty()) {
        p.error = problem;
        return p;
    }
    const std::optional<TimeRange> range = Windows::evaluationRange(toEngine(p.window), at);
    if (!range) {
        p.error = Tr::tr("unknown time zone '%1' in the window; use an IANA name such as Europe/Berlin")
                      .arg(p.window.timeZone);
        return p;
    }
    p.range = *range;
    p.budgetPeriod = p.window.nominalLength().ms;
    if (!p.isTimeslices())
        return p;

    const qint64 slice = p.sliceMs();
    if (const QString problem = timesliceProblem(p.window, p.objective.budgeting.slice); !problem.isEmpty()) {
        p.error = problem;
        return p;
    }
    if (p.window.kind == Window::Kind::Calendar) {
        // Slice the whole period (whole-day slices follow local midnights) and count the
        // slices that have ended by `at`; the budget is that of the whole period.
        const QTimeZone zone = Windows::zoneByName(p.window.timeZone);
        const std::optional<TimeRange> period = Windows::calendarPeriod(at, toEngine(p.window.calendar), zone);
        const std::vector<TimeRange> all =
            period ? Windows::timeslices(*period, slice, zone) : std::vector<TimeRange>{};
        p.slicesInWindow = int(all.size());
        std::copy_if(all.begin(), all.end(), std::back_inserter(p.slices),
                     [at](const TimeRange &s) { return s.end <= at; });
    } else {
        for (const TimeRange &s : Windows::timeslices(p.range, slice)) {
            if (s.length() == slice)
                p.slices.push_back(s);
        }
        p.slicesInWindow = int(p.range.length() / slice);
    }
    return p;
}

ObjectiveResult emptyResult(const ObjectivePlan &plan)
{
    ObjectiveResult r;
    r.name = plan.objective.name;
    r.displayName = plan.objective.displayName;
    r.kind = plan.objective.indicator.kind;
    r.budgeting = plan.objective.budgeting.method;
    r.target = plan.objective.target;
    r.dataSource = plan.sourceName;
    if (plan.error.isEmpty()) {
        r.windowStart = QDateTime::fromMSecsSinceEpoch(plan.range.start, QTimeZone::utc());
        r.windowEnd = QDateTime::fromMSecsSinceEpoch(plan.range.end, QTimeZone::utc());
    }
    r.evaluatedAt = QDateTime::fromMSecsSinceEpoch(plan.at, QTimeZone::utc());
    r.error = plan.error;
    return r;
}

ObjectiveResult finishOccurrences(const ObjectivePlan &plan, std::optional<double> sli,
                                  const std::array<std::optional<double>, BurnRateWindowCount> &errorRatios)
{
    ObjectiveResult r = emptyResult(plan);
    const double target = plan.objective.target;
    r.sli = sli;
    const Budget::ErrorBudget budget = Budget::occurrences(sli, target);
    r.consumed = budget.consumed;
    r.remaining = budget.remaining;
    r.status = Budget::status(budget.remaining, plan.atRisk);
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i)
        r.burnRates[i] = Budget::burnRate(errorRatios[i], target);
    if (const auto t = Budget::projectedExhaustion(plan.at, budget.remaining,
                                                   r.burnRates[Budget::ProjectionBurnRateIndex], plan.budgetPeriod))
        r.exhaustion = QDateTime::fromMSecsSinceEpoch(*t, QTimeZone::utc());
    return r;
}

ObjectiveResult finishErrorRatios(const ObjectivePlan &plan,
                                  const std::function<std::optional<double>(std::size_t)> &errorRatio)
{
    const std::optional<double> windowError = errorRatio(0);
    std::array<std::optional<double>, BurnRateWindowCount> errorRatios{};
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i)
        errorRatios[i] = errorRatio(i + 1);
    return finishOccurrences(plan, windowError ? std::optional<double>(1 - *windowError) : std::nullopt, errorRatios);
}

void finishSliceValues(const ObjectivePlan &plan, const ObjectiveResult &base,
                       const std::vector<std::optional<double>> &values, const QString &error,
                       const std::optional<SourceError> &sourceError,
                       const std::function<QString(const SourceError &)> &describe,
                       const std::function<void(ObjectiveResult, std::optional<SourceError>)> &done)
{
    ObjectiveResult r = base;
    if (sourceError) {
        r.error = describe(*sourceError);
        done(r, sourceError);
    } else if (!error.isEmpty()) {
        r.error = error;
        done(r, std::nullopt);
    } else if (const auto rule = sliceRule(plan.objective)) {
        done(finishTimeslices(plan, values, rule->first, rule->second), std::nullopt);
    } else {
        done(r, std::nullopt); // not a timeslice objective: nothing to finish
    }
}

ObjectiveResult finishTimeslices(const ObjectivePlan &plan, const std::vector<std::optional<double>> &values,
                                 CompareOp op, double threshold)
{
    ObjectiveResult r = emptyResult(plan);
    std::vector<Budget::SliceOutcome> outcomes;
    outcomes.reserve(values.size());
    for (const std::optional<double> &v : values)
        outcomes.push_back(Budget::classify(v, toEngine(op), threshold));
    const Budget::TimesliceTally tally = Budget::tally(outcomes);
    r.goodSlices = tally.good;
    r.badSlices = tally.bad;
    r.gapSlices = tally.gaps;
    r.sli = tally.sli();
    if (r.sli) {
        const Budget::ErrorBudget budget = Budget::timeslices(tally, plan.objective.target, plan.slicesInWindow);
        r.consumed = budget.consumed;
        r.remaining = budget.remaining;
    }
    r.status = Budget::status(r.remaining, plan.atRisk);
    if (!values.empty())
        r.latest = values.back();
    return r;
}

std::optional<std::pair<CompareOp, double>> sliceRule(const Objective &objective)
{
    if (objective.budgeting.method != Budgeting::Method::Timeslices)
        return std::nullopt;
    const Indicator &ind = objective.indicator;
    switch (ind.kind) {
    case IndicatorKind::Latency:
        if (ind.latency.percentile)
            return std::pair{CompareOp::Lte, ind.latency.threshold};
        break;
    case IndicatorKind::Drift:
        return std::pair{CompareOp::Lte, ind.drift.threshold};
    case IndicatorKind::Threshold:
        return std::pair{ind.threshold.op, ind.threshold.value};
    case IndicatorKind::Query:
        if (!ind.query.value.isEmpty())
            return std::pair{ind.query.op.value_or(CompareOp::Gte), ind.query.threshold.value_or(objective.target)};
        break;
    default:
        break;
    }
    return std::pair{CompareOp::Gte, objective.target};
}

double worst(CompareOp op, double a, double b)
{
    return (op == CompareOp::Gte || op == CompareOp::Gt) ? std::min(a, b) : std::max(a, b);
}

namespace {
void appendBreach(std::vector<std::pair<double, double>> &breaches, qint64 start, qint64 end)
{
    if (!breaches.empty() && breaches.back().second >= double(start))
        breaches.back().second = double(end);
    else
        breaches.emplace_back(double(start), double(end));
}
} // namespace

void fillTimesliceSeries(ObjectiveSeries &out, const ObjectivePlan &plan, const std::vector<TimeRange> &slices,
                         const std::vector<std::optional<double>> &values, CompareOp op, double threshold)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<Budget::SliceOutcome> outcomes;
    for (const std::optional<double> &v : values)
        outcomes.push_back(Budget::classify(v, toEngine(op), threshold));
    const Budget::ChartSeries chart =
        Budget::timesliceChart(slices, values, outcomes, plan.objective.target, int(slices.size()));
    out.t.assign(chart.t.begin(), chart.t.end());
    out.remaining = chart.remaining;
    out.rawValue = chart.sli;
    for (std::size_t i = 0; i < outcomes.size() && i < slices.size(); ++i) {
        const Budget::SliceOutcome o = outcomes[i];
        out.sli.push_back(o == Budget::SliceOutcome::Gap ? nan : o == Budget::SliceOutcome::Good ? 1.0 : 0.0);
        out.burnRate1h.push_back(nan);
        if (o == Budget::SliceOutcome::Bad)
            appendBreach(out.breaches, slices[i].start, slices[i].end);
    }
}

std::vector<std::pair<double, double>> breachPeriods(const std::vector<qint64> &t, const std::vector<double> &sli,
                                                     qint64 stepMs, qint64 rangeStart, double target)
{
    std::vector<std::pair<double, double>> out;
    for (std::size_t i = 0; i < t.size() && i < sli.size(); ++i) {
        if (!std::isnan(sli[i]) && sli[i] < target)
            appendBreach(out, std::max(rangeStart, t[i] - stepMs), t[i]);
    }
    return out;
}

} // namespace Sla::Core::EvaluationPlan
