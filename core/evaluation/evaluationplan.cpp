// SPDX-License-Identifier: Apache-2.0
#include "evaluationplan.h"

#include "core/document/tr.h"
#include "core/document/windowlimits.h"
#include "core/engine/recurrence.h"
#include "core/engine/samples.h"
#include "core/engine/windows.h"
#include "core/evaluation/enginetypes.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Tr = Sla::Core::TrContext::Evaluator;

namespace Sla::Core {

std::optional<double> ObjectivePlan::minimumSize() const
{
    if (isTimeslices())
        return std::nullopt;
    if (minEvents && minSamples)
        return std::max(*minEvents, *minSamples);
    return minEvents ? minEvents : minSamples;
}

} // namespace Sla::Core

namespace Sla::Core::EvaluationPlan {

namespace {

bool names(const QStringList &list, const QString &name)
{
    return list.contains(name);
}

/// The one exhaustion rule for every kind of objective: a budget at or below zero is
/// exhausted (at plan.at); a positive one runs out where the 1h burn rate projects it,
/// when there is one (timeslice objectives have no burn rate: no projection).
void setExhaustion(const ObjectivePlan &plan, ObjectiveResult &r)
{
    const std::optional<qint64> t = Budget::projectedExhaustion(
        plan.at, r.remaining, r.burnRates[Budget::ProjectionBurnRateIndex], plan.budgetPeriod);
    if (t)
        r.exhaustion = QDateTime::fromMSecsSinceEpoch(*t, QTimeZone::utc());
    else
        r.exhaustion.reset();
}

/// minEvents (objective, else the tier: resolveSla() fills it in), minSamples and
/// labelDelay for classification objectives only.
void fillSampleRules(ObjectivePlan &p)
{
    p.minEvents = p.objective.minEvents;
    if (!p.isClassification())
        return;
    p.minSamples = p.objective.minSamples;
    if (p.objective.labelDelay && p.objective.labelDelay->ms > 0)
        p.labelDelayMs = p.objective.labelDelay->ms;
}

/// The size a minimum is compared with: labelled samples (classification) or events.
std::optional<double> sizeOf(const ObjectivePlan &plan, const std::optional<double> &good,
                             const std::optional<double> &total)
{
    if (!total)
        return std::nullopt;
    if (!plan.isClassification())
        return *total;
    return Samples::sampleSize(toEngine(plan.objective.indicator.classification.measure), good.value_or(0), *total)
        .value_or(0);
}

/// No sli or budget figures: too few events (the counts and n stay).
void withhold(ObjectiveResult &r)
{
    r.sli.reset();
    r.consumed.reset();
    r.remaining.reset();
    r.remainingEvents.reset();
    r.remainingTime.reset();
    r.exhaustion.reset();
    r.interval.reset();
    r.status = ObjectiveStatus::InsufficientData;
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

std::vector<TimeRange> correctionPeriods(const Correction &c, const TimeRange &within)
{
    const qint64 length = c.lengthMs();
    if (!c.start.isValid() || length <= 0)
        return {};
    const std::optional<Recurrence::Rule> rule =
        c.recurrence.isEmpty() ? std::nullopt : Recurrence::parse(c.recurrence);
    return Recurrence::occurrences(c.start.toMSecsSinceEpoch(), length, rule, Windows::zoneByName(c.timeZone), within);
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
        ObjectivePlan::PlannedCorrection planned{c.metadata.name, {}};
        const qint64 shift = plan.timeShiftMs;
        const TimeRange documentRange{plan.range.start - shift, plan.range.end - shift};
        for (const TimeRange &r : correctionPeriods(c, documentRange)) {
            const TimeRange clipped{std::max(r.start + shift, plan.range.start),
                                    std::min(r.end + shift, plan.range.end)};
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

void fillCounts(ObjectiveResult &r, const std::optional<Sli::Ratio> &events)
{
    if (r.total || !events)
        return;
    r.good = events->good;
    r.total = events->total;
}

void applyMinimums(const ObjectivePlan &plan, ObjectiveResult &r, const BurnCounts &burn)
{
    if (plan.isTimeslices())
        return;
    if (plan.isClassification() && r.total) {
        const Engine::ClassificationMeasure measure = toEngine(plan.objective.indicator.classification.measure);
        r.sampleSize = Samples::sampleSize(measure, r.good.value_or(0), *r.total);
        r.interval = Samples::interval(measure, r.good.value_or(0), *r.total);
    }
    const std::optional<double> minimum = plan.minimumSize();
    if (!minimum)
        return;
    if (const auto size = sizeOf(plan, r.good, r.total); size && *size < *minimum)
        withhold(r);
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i) {
        const auto size = burn[i] ? sizeOf(plan, burn[i]->good, burn[i]->total) : std::nullopt;
        if (size && *size < *minimum)
            r.burnRates[i].reset();
    }
    setExhaustion(plan, r);
}

std::optional<ObjectiveResult::Provisional> provisional(const ObjectivePlan &plan,
                                                        const std::optional<Sli::Ratio> &events)
{
    const std::optional<TimeRange> range = plan.provisionalRange();
    if (!range)
        return std::nullopt;
    ObjectiveResult::Provisional p;
    p.start = QDateTime::fromMSecsSinceEpoch(range->start, QTimeZone::utc());
    p.end = QDateTime::fromMSecsSinceEpoch(range->end, QTimeZone::utc());
    if (events) {
        p.sli = events->value();
        p.sampleSize = sizeOf(plan, events->good, events->total);
    }
    return p;
}

void fillIntervals(ObjectiveSeries &out, const ObjectivePlan &plan, const std::vector<std::optional<Sli::Ratio>> &steps)
{
    if (!plan.isClassification() || plan.isTimeslices())
        return;
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    const Engine::ClassificationMeasure measure = toEngine(plan.objective.indicator.classification.measure);
    out.intervalLow.assign(out.t.size(), nan);
    out.intervalHigh.assign(out.t.size(), nan);
    for (std::size_t k = 0; k < out.t.size() && k < steps.size(); ++k) {
        if (!steps[k])
            continue;
        if (const auto bounds = Samples::interval(measure, steps[k]->good, steps[k]->total)) {
            out.intervalLow[k] = bounds->first;
            out.intervalHigh[k] = bounds->second;
        }
    }
}

ObjectivePlan plan(const Sla &resolved, int slaIndex, int objectiveIndex, double atRisk, qint64 at)
{
    ObjectivePlan p;
    p.slaIndex = slaIndex;
    p.objectiveIndex = objectiveIndex;
    p.sla = resolved.metadata.name;
    p.objective = resolved.objectives.at(objectiveIndex);
    p.sourceName = p.objective.dataSource.isEmpty() ? resolved.dataSource : p.objective.dataSource;
    p.atRisk = atRisk;
    fillSampleRules(p);
    // Label delay: the figures are those of `at - delay`; the last `delay` is provisional.
    at -= p.labelDelayMs;
    p.at = at;
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
    r.evaluatedAt = QDateTime::fromMSecsSinceEpoch(plan.requestedAt(), QTimeZone::utc());
    r.error = plan.error;
    r.timeShiftMs = plan.timeShiftMs;
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
    setExhaustion(plan, r);
    return r;
}

ObjectiveResult finishErrorRatios(const ObjectivePlan &plan,
                                  const std::function<std::optional<double>(std::size_t)> &errorRatio)
{
    const std::optional<double> windowError = errorRatio(0);
    std::array<std::optional<double>, BurnRateWindowCount> errorRatios{};
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i)
        errorRatios[i] = errorRatio(i + 1);
    ObjectiveResult r =
        finishOccurrences(plan, windowError ? std::optional<double>(1 - *windowError) : std::nullopt, errorRatios);
    if (!plan.corrections.empty())
        r.warnings << correctionsNotApplied(plan, Tr::tr("an error-ratio query holds no event counts to take out"));
    return r;
}

TimeRange burnRateWindow(const ObjectivePlan &plan, std::size_t i)
{
    return {plan.range.end - Budget::BurnRateWindows[i], plan.range.end};
}

std::vector<TimeRange> correctionRanges(const ObjectivePlan &plan)
{
    if (plan.excluded.empty())
        return {};
    std::vector<TimeRange> all = Budget::clipRanges(plan.excluded, plan.range);
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i) {
        const std::vector<TimeRange> inWindow = Budget::clipRanges(plan.excluded, burnRateWindow(plan, i));
        all.insert(all.end(), inWindow.begin(), inWindow.end());
    }
    std::sort(all.begin(), all.end(), [](const TimeRange &a, const TimeRange &b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    all.erase(std::unique(all.begin(), all.end(),
                          [](const TimeRange &a, const TimeRange &b) { return a.start == b.start && a.end == b.end; }),
              all.end());
    return all;
}

namespace {

qint64 lengthOf(const std::vector<TimeRange> &ranges)
{
    qint64 sum = 0;
    for (const TimeRange &r : ranges)
        sum += r.length();
    return sum;
}

/// The figures of an occurrences objective from its events over a window of which
/// `countedMs` were counted (the window less the excluded periods).
BudgetFigures eventFigures(const std::optional<Sli::Ratio> &events, double target, qint64 countedMs)
{
    BudgetFigures f;
    if (!events)
        return f;
    f.good = events->good;
    f.total = events->total;
    f.sli = events->value();
    const Budget::ErrorBudget budget = Budget::occurrences(f.sli, target);
    f.consumed = budget.consumed;
    f.remaining = budget.remaining;
    if (!f.sli || !(target < 1))
        return f;
    // Bad events as the (clamped) SLI has them, so that the figures agree with each other.
    const double bad = (1 - *f.sli) * events->total;
    f.remainingEvents = (1 - target) * events->total - bad;
    if (countedMs > 0)
        f.remainingTime = *f.remainingEvents / (events->total / (double(countedMs) / 1000));
    return f;
}

void setFigures(ObjectiveResult &r, const BudgetFigures &f)
{
    r.sli = f.sli;
    r.consumed = f.consumed;
    r.remaining = f.remaining;
    r.good = f.good;
    r.total = f.total;
    r.remainingEvents = f.remainingEvents;
    r.remainingTime = f.remainingTime;
}

QStringList correctionNames(const ObjectivePlan &plan)
{
    QStringList names;
    for (const ObjectivePlan::PlannedCorrection &c : plan.corrections)
        names << c.name;
    return names;
}

} // namespace

ObjectiveResult finishCounts(const ObjectivePlan &plan, const Budget::EventCount &count)
{
    const double target = plan.objective.target;
    const bool correcting = !plan.corrections.empty();
    std::array<std::optional<double>, BurnRateWindowCount> errorRatios{};
    BurnCounts burn{};
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i) {
        burn[i] = Budget::correctedCount(count, burnRateWindow(plan, i), plan.excluded);
        errorRatios[i] = burn[i] ? burn[i]->errorRatio() : std::nullopt;
    }
    const BudgetFigures raw = eventFigures(count(plan.range), target, plan.range.length());
    const BudgetFigures figures =
        correcting ? eventFigures(Budget::correctedCount(count, plan.range, plan.excluded), target,
                                  plan.range.length() - lengthOf(Budget::clipRanges(plan.excluded, plan.range)))
                   : raw;
    ObjectiveResult r = finishOccurrences(plan, figures.sli, errorRatios);
    setFigures(r, figures);
    if (correcting) {
        r.raw = raw;
        r.corrections = correctionNames(plan);
    }
    // minEvents / minSamples, the sample size and interval: on the corrected counts.
    applyMinimums(plan, r, burn);
    return r;
}

ObjectivePlan withoutCorrections(const ObjectivePlan &plan)
{
    ObjectivePlan p = plan;
    p.corrections.clear();
    p.excluded.clear();
    return p;
}

QString correctionsNotApplied(const ObjectivePlan &plan, const QString &why)
{
    return Tr::tr("%1/%2: correction(s) %3 not applied (%4); its figures are uncorrected")
        .arg(plan.sla, plan.objective.name, correctionNames(plan).join(QStringLiteral(", ")), why);
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

namespace {
/// The figures of a timeslice objective whose budget allows (1 - target) x `slices`.
BudgetFigures sliceFigures(const ObjectivePlan &plan, const Budget::TimesliceTally &tally, int slices)
{
    BudgetFigures f;
    f.sli = tally.sli();
    if (!f.sli)
        return f;
    const double target = plan.objective.target;
    const Budget::ErrorBudget budget = Budget::timeslices(tally, target, slices);
    f.consumed = budget.consumed;
    f.remaining = budget.remaining;
    f.good = tally.good;
    f.total = tally.good + tally.bad;
    if (budget.remaining) {
        f.remainingEvents = (1 - target) * double(slices) - double(tally.bad);
        f.remainingTime = *f.remainingEvents * double(plan.sliceMs()) / 1000;
    }
    return f;
}
} // namespace

ObjectiveResult finishTimeslices(const ObjectivePlan &plan, const std::vector<std::optional<double>> &values,
                                 CompareOp op, double threshold)
{
    ObjectiveResult r = emptyResult(plan);
    std::vector<Budget::SliceOutcome> outcomes;
    outcomes.reserve(values.size());
    for (const std::optional<double> &v : values)
        outcomes.push_back(Budget::classify(v, toEngine(op), threshold));
    const BudgetFigures raw = sliceFigures(plan, Budget::tally(outcomes), plan.slicesInWindow);
    Budget::excludeSlices(outcomes, plan.slices, plan.excluded);
    const Budget::TimesliceTally tally = Budget::tally(outcomes);
    r.goodSlices = tally.good;
    r.badSlices = tally.bad;
    r.gapSlices = tally.gaps;
    r.excludedSlices = tally.excluded;
    setFigures(r, sliceFigures(plan, tally, plan.slicesInWindow - tally.excluded));
    if (!plan.corrections.empty()) {
        r.raw = raw;
        r.corrections = correctionNames(plan);
    }
    r.status = Budget::status(r.remaining, plan.atRisk);
    setExhaustion(plan, r);
    if (!values.empty())
        r.latest = values.back();
    return r;
}

ClassificationCounters classificationCounters(const ClassificationIndicator &k)
{
    ClassificationCounters c;
    c.numerator << k.tp;
    QStringList misses;
    switch (k.measure) {
    case ClassificationMeasure::Precision:
        misses << k.fp;
        break;
    case ClassificationMeasure::Recall:
        misses << k.fn;
        break;
    case ClassificationMeasure::F1:
        c.numerator << k.tp;
        misses << k.fp << k.fn;
        break;
    case ClassificationMeasure::Accuracy:
        c.numerator << k.tn;
        misses << k.fp << k.fn;
        break;
    }
    c.total = c.numerator + misses;
    return c;
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
    Budget::excludeSlices(outcomes, slices, plan.excluded);
    const int excluded = Budget::tally(outcomes).excluded;
    const Budget::ChartSeries chart =
        Budget::timesliceChart(slices, values, outcomes, plan.objective.target, int(slices.size()) - excluded);
    out.t.assign(chart.t.begin(), chart.t.end());
    out.remaining = chart.remaining;
    out.rawValue = chart.sli;
    for (std::size_t i = 0; i < outcomes.size() && i < slices.size(); ++i) {
        const Budget::SliceOutcome o = outcomes[i];
        const bool good = o == Budget::SliceOutcome::Good;
        const bool bad = o == Budget::SliceOutcome::Bad;
        out.sli.push_back(good ? 1.0 : bad ? 0.0 : nan);
        out.burnRate1h.push_back(nan);
        if (o == Budget::SliceOutcome::Bad)
            appendBreach(out.breaches, slices[i].start, slices[i].end);
    }
}

std::vector<std::pair<double, double>> breachPeriods(const std::vector<qint64> &t, const std::vector<double> &sli,
                                                     qint64 stepMs, qint64 rangeStart, double target)
{
    std::vector<std::pair<double, double>> out;
    bool breached = false; // the last step with data was below the target
    for (std::size_t i = 0; i < t.size() && i < sli.size(); ++i) {
        if (std::isnan(sli[i]))
            continue; // a step without data neither ends nor starts a breach
        if (sli[i] < target) {
            if (breached && !out.empty())
                out.back().second = double(t[i]); // across the steps without data in between
            else
                appendBreach(out, std::max(rangeStart, t[i] - stepMs), t[i]);
        }
        breached = sli[i] < target;
    }
    return out;
}

} // namespace Sla::Core::EvaluationPlan
