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
#include "core/engine/sli.h"
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
    /// Added to the times written in documents (corrections, annotations) to place them on
    /// the source's time line: a recorded source with alignToNow moved its samples by this
    /// much (EvaluationBackend::documentTimeShiftMs()); 0 for every other source.
    qint64 timeShiftMs = 0;
    /// The effective minimum events / samples (objective, else tier); nothing: no minimum.
    std::optional<double> minEvents;
    std::optional<double> minSamples;
    qint64 labelDelayMs = 0; ///< classification label delay; 0: none
    /// `slactl explain`: where back-ends that read without a MetricSource (recorded data)
    /// record what they read; none in a plain evaluation.
    std::shared_ptr<ReadTrace> trace;
    /// A refresh of a long-lived evaluator (EvaluatorOptions::incremental): a back-end may
    /// read only what changed since its last evaluation of the objective, giving the same
    /// figures (ObjectiveResult::ReadPath::Incremental). Charts, explain and one-shot
    /// evaluations leave it off.
    bool incremental = false;

    bool isTimeslices() const { return objective.budgeting.method == Budgeting::Method::Timeslices; }
    /// With a label delay `at` is already the shifted time (requested - delay); this is the
    /// time the evaluation was asked for.
    qint64 requestedAt() const { return at + labelDelayMs; }
    /// The provisional period [at, at + delay] of a label delay; nothing without one.
    std::optional<TimeRange> provisionalRange() const
    {
        return labelDelayMs > 0 ? std::optional<TimeRange>(TimeRange{at, at + labelDelayMs}) : std::nullopt;
    }
    /// The minimum events (or labelled samples, for classification: the larger of minEvents
    /// and minSamples) a window needs for a figure; nothing for timeslices or without one.
    std::optional<double> minimumSize() const;
    bool isClassification() const { return objective.indicator.kind == IndicatorKind::Classification; }
    qint64 sliceMs() const { return objective.budgeting.slice.ms; }
};

namespace EvaluationPlan {

/// The plan of one objective of `sla` (already resolved against its tier) at `at`.
ObjectivePlan plan(const Sla &resolved, int slaIndex, int objectiveIndex, double atRisk, qint64 at);

/// Fills plan.corrections and plan.excluded from `corrections`: those naming the plan's
/// SLA (and its objective, or no objective at all), every occurrence that overlaps the
/// evaluated range, clipped to it. A correction whose recurrence does not parse applies
/// its first occurrence only (the validator reports the rule). The corrections' times are
/// moved by plan.timeShiftMs (the occurrences are those of the document's own time line).
void applyCorrections(ObjectivePlan &plan, const QList<Correction> &corrections);
/// The periods of `c` (its one period, or its recurrence expanded in its time zone) that
/// meet `within`, in document time; none for a correction without a start or length. A
/// recurrence that does not parse gives the first period only.
std::vector<TimeRange> correctionPeriods(const Correction &c, const TimeRange &within);

/// Sorts `ranges` and merges those that overlap or touch.
std::vector<TimeRange> mergeRanges(std::vector<TimeRange> ranges);

/// Good and total events of the seven burn-rate windows (nothing: unknown or no data).
using BurnCounts = std::array<std::optional<Sli::Ratio>, BurnRateWindowCount>;

/// Sample-size rules, applied after the figures of an occurrences objective (r.good and
/// r.total hold the window's events): classification gets n (r.sampleSize) and the 95%
/// Wilson interval; a window with fewer events (classification: samples) than
/// plan.minimumSize() becomes `insufficient_data` without sli or budget figures (good,
/// total and n stay), and a burn-rate window with fewer has no burn rate. Timeslices:
/// nothing changes.
void applyMinimums(const ObjectivePlan &plan, ObjectiveResult &r, const BurnCounts &burn);

/// Sets r.good / r.total from the window's events unless a finish function set them.
void fillCounts(ObjectiveResult &r, const std::optional<Sli::Ratio> &events);

/// Classification: the 95% Wilson interval of each chart step from its events (`steps`
/// one per out.t; nothing: no events), into out.intervalLow / intervalHigh (NaN where
/// unknown). Other objectives: nothing changes.
void fillIntervals(ObjectiveSeries &out, const ObjectivePlan &plan,
                   const std::vector<std::optional<Sli::Ratio>> &steps);

/// Label delay: the provisional figures (sli, n) over plan.provisionalRange() from its
/// events; nothing without a label delay.
std::optional<ObjectiveResult::Provisional> provisional(const ObjectivePlan &plan,
                                                        const std::optional<Sli::Ratio> &events);

/// A result carrying the plan's identity (names, kind, target, window) and no figures.
ObjectiveResult emptyResult(const ObjectivePlan &plan);

/// Occurrences figures from the events over the window and the error ratios of the seven
/// burn-rate windows (Budget::BurnRateWindows) ending at `at`.
ObjectiveResult finishOccurrences(const ObjectivePlan &plan, std::optional<double> sli,
                                  const std::array<std::optional<double>, BurnRateWindowCount> &errorRatios);

/// finishOccurrences() for sources that answer with error ratios: `errorRatio(0)` over
/// the compliance window (SLI = 1 - it), `errorRatio(i + 1)` over burn-rate window i.
/// Error ratios hold no event counts, so corrections cannot take events out: the figures
/// are the uncorrected ones and the result carries a warning naming the corrections.
ObjectiveResult finishErrorRatios(const ObjectivePlan &plan,
                                  const std::function<std::optional<double>(std::size_t)> &errorRatio);

/// Burn-rate window i (Budget::BurnRateWindows) ending where the compliance window ends.
TimeRange burnRateWindow(const ObjectivePlan &plan, std::size_t i);

/// The periods whose events a source must count for the corrections: plan.excluded
/// clipped to the compliance window and to each burn-rate window, sorted, each once.
/// Empty without corrections.
std::vector<TimeRange> correctionRanges(const ObjectivePlan &plan);

/// Occurrences figures from event counts (the way for every source that has counts).
/// `count` is asked for plan.range, every burnRateWindow() and every correctionRanges()
/// period, each counted with Prometheus 2.x `increase` semantics. Without corrections the
/// figures are those counts; with corrections they are the corrected counts
/// (Budget::correctedCount: the window less each excluded period, burn-rate windows
/// likewise) and `raw` holds the uncorrected figures, `corrections` the names. Fills
/// good, total, remainingEvents and remainingTime (see BudgetFigures; the average traffic
/// of remainingTime is the corrected total over the window's length less the excluded time).
ObjectiveResult finishCounts(const ObjectivePlan &plan, const Budget::EventCount &count);

/// `plan` without its corrections, for a source that cannot apply them.
ObjectivePlan withoutCorrections(const ObjectivePlan &plan);

/// The warning of a result whose corrections could not be applied: names the SLA, the
/// objective, the corrections and `why`, and says that the figures are uncorrected.
QString correctionsNotApplied(const ObjectivePlan &plan, const QString &why);

/// Timeslice figures from the raw value of every planned slice (nothing: a gap) and the
/// rule that makes a slice good (`value op threshold`). A slice overlapping plan.excluded
/// is left out (neither good, bad nor gap) and the budget allows (1 - target) x the slices
/// of the window less those; `raw` then holds the figures without the corrections.
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

/// The counter selectors of a classification measure: the numerator's (tp; tp twice for
/// F1, as 2 tp; tp and tn for accuracy) and the total's (the numerator's, then fp and/or fn).
struct ClassificationCounters
{
    QStringList numerator;
    QStringList total;
};
ClassificationCounters classificationCounters(const ClassificationIndicator &k);

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
/// remaining budget after each slice (over `slices.size()` slices less those overlapping
/// plan.excluded, whose `sli` is NaN) and the bad slices as breaches.
void fillTimesliceSeries(ObjectiveSeries &out, const ObjectivePlan &plan, const std::vector<TimeRange> &slices,
                         const std::vector<std::optional<double>> &values, CompareOp op, double threshold);

/// Breach periods of an occurrences chart: each step [t - step, t] (clipped to
/// rangeStart) whose SLI is below the target, neighbouring steps merged, and so are two
/// breached steps with only steps without data (NaN) between them.
std::vector<std::pair<double, double>> breachPeriods(const std::vector<qint64> &t, const std::vector<double> &sli,
                                                     qint64 stepMs, qint64 rangeStart, double target);

} // namespace EvaluationPlan

} // namespace Sla::Core
