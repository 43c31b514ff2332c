// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the evaluator works out for one objective before it reads any data: the effective
// window (SLA, tier or objective override), the range evaluated at `at`, the timeslices
// counted, the budget period and the tier's at-risk threshold. Pure functions; both
// execution paths (recorded data in process, PromQL on a server) start from this plan,
// and both end in finishOccurrences() / finishTimeslices(), so the maths is shared.

#include "core/document/model.h"
#include "core/engine/budget.h"
#include "core/engine/series.h"
#include "core/evaluation/evaluation.h"
#include "core/metrics/metricsource.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Sla::Core {

class ReadTrace;

struct ObjectivePlan
{
    int slaIndex = 0;
    int objectiveIndex = 0;
    QString sla;
    Objective objective;
    QString sourceName; ///< the effective data source as written (objective, else SLA)
    Window window;
    qint64 at = 0;           ///< evaluation time, ms since the epoch
    TimeRange range;         ///< rolling [at - w, at] or the calendar period to date
    qint64 budgetPeriod = 0; ///< the window's nominal length (exhaustion projection)
    double atRisk = Budget::DefaultAtRisk;
    /// Timeslices: the complete slices inside the range, in time order (a slice still
    /// running at `at` is not counted yet), and how many slices the whole window has.
    std::vector<TimeRange> slices;
    int slicesInWindow = 0;
    QString error; ///< the objective cannot be evaluated (no window, bad time zone)

    /// Corrections that apply to this objective, each with its intervals clipped to the
    /// evaluated range, in document order; `excluded` is their union (sorted, merged), the
    /// periods whose events or slices are left out. Empty with `--no-corrections`.
    struct PlannedCorrection
    {
        QString name;
        std::vector<TimeRange> intervals;
    };
    std::vector<PlannedCorrection> corrections;
    std::vector<TimeRange> excluded;
    /// The effective minimum events / samples (objective, else tier); nothing: no minimum.
    std::optional<double> minEvents;
    std::optional<double> minSamples;
    qint64 labelDelayMs = 0; ///< classification label delay; 0: none
    /// `slactl explain`: where back-ends that read without a MetricSource (recorded data)
    /// record what they read; none in a plain evaluation.
    std::shared_ptr<ReadTrace> trace;

    bool isTimeslices() const { return objective.budgeting.method == Budgeting::Method::Timeslices; }
    qint64 sliceMs() const { return objective.budgeting.slice.ms; }
};

namespace EvaluationPlan {

/// The plan of one objective of `sla` (already resolved against its tier) at `at`.
ObjectivePlan plan(const Sla &resolved, int slaIndex, int objectiveIndex, double atRisk, qint64 at);

/// Fills plan.corrections and plan.excluded from `corrections`: those naming the plan's
/// SLA (and its objective, or no objective at all), every occurrence that overlaps the
/// evaluated range, clipped to it. A correction whose recurrence does not parse applies
/// its first occurrence only (the validator reports the rule).
void applyCorrections(ObjectivePlan &plan, const QList<Correction> &corrections);

/// Sorts `ranges` and merges those that overlap or touch.
std::vector<TimeRange> mergeRanges(std::vector<TimeRange> ranges);

/// A result carrying the plan's identity (names, kind, target, window) and no figures.
ObjectiveResult emptyResult(const ObjectivePlan &plan);

/// Occurrences figures from the events over the window and the error ratios of the seven
/// burn-rate windows (Budget::BurnRateWindows) ending at `at`.
ObjectiveResult finishOccurrences(const ObjectivePlan &plan, std::optional<double> sli,
                                  const std::array<std::optional<double>, BurnRateWindowCount> &errorRatios);

/// finishOccurrences() for sources that answer with error ratios: `errorRatio(0)` over
/// the compliance window (SLI = 1 - it), `errorRatio(i + 1)` over burn-rate window i.
ObjectiveResult finishErrorRatios(const ObjectivePlan &plan,
                                  const std::function<std::optional<double>(std::size_t)> &errorRatio);

/// Timeslice figures from the raw value of every planned slice (nothing: a gap) and the
/// rule that makes a slice good (`value op threshold`).
ObjectiveResult finishTimeslices(const ObjectivePlan &plan, const std::vector<std::optional<double>> &values,
                                 CompareOp op, double threshold);

/// The end of a timeslice evaluation on any source: the figures from the slice values, or
/// `base` with the reason there are none — a source error (worded by `describe`) or
/// another error text. `done` receives the result and the source error, if any.
void finishSliceValues(const ObjectivePlan &plan, const ObjectiveResult &base,
                       const std::vector<std::optional<double>> &values, const QString &error,
                       const std::optional<SourceError> &sourceError,
                       const std::function<QString(const SourceError &)> &describe,
                       const std::function<void(ObjectiveResult, std::optional<SourceError>)> &done);

/// How a timeslice objective judges one slice's raw value: percentile latency and drift
/// `<= threshold`, threshold indicators `op value`, raw value queries `op threshold`,
/// ratio-type indicators `slice SLI >= target`. Nothing for occurrences.
std::optional<std::pair<CompareOp, double>> sliceRule(const Objective &objective);

/// For several series answering one slice (a threshold metric or value query matching
/// more than one series): the worst value for `op` (the lowest for gte/gt, the highest
/// for lte/lt), so one failing series makes the slice bad.
double worst(CompareOp op, double a, double b);

/// Chart series of a timeslice objective: one point per slice at its end, `rawValue` the
/// slice's value, `sli` 1 for a good slice and 0 for a bad one (NaN for a gap), the
/// remaining budget after each slice (over `slices.size()` slices) and the bad slices as
/// breaches.
void fillTimesliceSeries(ObjectiveSeries &out, const ObjectivePlan &plan, const std::vector<TimeRange> &slices,
                         const std::vector<std::optional<double>> &values, CompareOp op, double threshold);

/// Breach periods of an occurrences chart: each step [t - step, t] (clipped to
/// rangeStart) whose SLI is below the target, neighbouring steps merged.
std::vector<std::pair<double, double>> breachPeriods(const std::vector<qint64> &t, const std::vector<double> &sli,
                                                     qint64 stepMs, qint64 rangeStart, double target);

} // namespace EvaluationPlan

} // namespace Sla::Core
