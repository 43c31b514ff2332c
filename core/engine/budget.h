// SPDX-License-Identifier: Apache-2.0
#pragma once

// Error budgets, status, burn rates, projected exhaustion and chart series.
//
// Occurrences: consumed = (1 - sli) / (1 - target). Timeslices: consumed = bad slices /
// allowed bad slices, allowed = (1 - target) * slices in the window. In both cases
// remaining = 1 - consumed, negative when overspent (a consumed figure within 1e-9 of 0
// or 1 is snapped to it, so rounding never flips an exactly spent budget to breached).
// A window without data has no SLI and no budget figures (status no_data); a slice
// without data is a gap: it counts neither as good nor as bad, and the SLI of a
// timeslice objective is good / (good + bad).

#include "core/engine/counters.h"
#include "core/engine/series.h"
#include "core/engine/sli.h"
#include "core/engine/types.h"

#include <QString>

#include <array>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace Sla::Core::Budget {

/// InsufficientData: fewer events (or labelled samples) than the objective's minimum, so
/// the figure is withheld; never a breach and never a page.
enum class Status { NoData, Breached, AtRisk, Met, InsufficientData };

/// "no_data", "breached", "at_risk", "met", "insufficient_data" (the JSON names).
QString statusName(Status status);

struct ErrorBudget
{
    std::optional<double> consumed;
    std::optional<double> remaining;
};

/// Default remaining-budget fraction under which an objective is at risk.
constexpr double DefaultAtRisk = 0.25;

ErrorBudget occurrences(std::optional<double> sli, double target);

/// no_data without a remaining figure, breached when remaining < 0, at_risk when
/// remaining < atRisk, else met.
Status status(std::optional<double> remaining, double atRisk = DefaultAtRisk);

// ---------------------------------------------------------------------------------------
// Timeslices

/// Excluded: the slice overlaps a correction (DESIGN.md section 8); it counts neither as
/// good nor as bad nor as a gap, and the window's budget has one slice fewer.
enum class SliceOutcome { Good, Bad, Gap, Excluded };

/// Good when the slice's value satisfies `value op threshold`, a gap without a value.
SliceOutcome classify(std::optional<double> value, Engine::CompareOp op, double threshold);

struct TimesliceTally
{
    int good = 0;
    int bad = 0;
    int gaps = 0;
    int excluded = 0;
    /// good / (good + bad); nothing when no slice has data.
    std::optional<double> sli() const;
};

TimesliceTally tally(const std::vector<SliceOutcome> &outcomes);

/// Marks the slices that overlap one of `excluded` (sorted, merged periods) as Excluded;
/// a slice that only touches a period at its start or end is kept.
void excludeSlices(std::vector<SliceOutcome> &outcomes, const std::vector<TimeRange> &slices,
                   const std::vector<TimeRange> &excluded);

/// Budget of a timeslice objective: `slicesInWindow` is the number of slices of the whole
/// window (for a calendar month of daily slices, the days of the month), so the allowed
/// number of bad slices does not shrink while a period is still running.
ErrorBudget timeslices(const TimesliceTally &tally, double target, int slicesInWindow);

// ---------------------------------------------------------------------------------------
// Corrections

/// Each of `ranges` clipped to `to`; those left empty are dropped.
std::vector<TimeRange> clipRanges(const std::vector<TimeRange> &ranges, TimeRange to);

/// Good and total events over a range (nothing: no data there).
using EventCount = std::function<std::optional<Sli::Ratio>(TimeRange)>;

/// The corrected events over `range`: `count(range)` less `count(p)` for every period p of
/// `excluded` clipped to `range` (a period without data takes nothing away). The periods
/// must not overlap (EvaluationPlan::mergeRanges), so no event is taken away twice.
/// Nothing when `count(range)` is nothing.
std::optional<Sli::Ratio> correctedCount(const EventCount &count, TimeRange range,
                                         const std::vector<TimeRange> &excluded);

// ---------------------------------------------------------------------------------------
// Burn rates

/// 5m 30m 1h 2h 6h 1d 3d, in ms.
constexpr std::array<qint64, 7> BurnRateWindows = {5 * 60000LL,   30 * 60000LL,   3600000LL,     2 * 3600000LL,
                                                   6 * 3600000LL, 24 * 3600000LL, 72 * 3600000LL};
/// "5m" ... "3d" for BurnRateWindows[i].
QString burnRateWindowName(std::size_t i);
/// The window used for projections: 1h (index 2). The 1h burn rate reacts to a change in
/// the error rate within an hour yet is not as noisy as 5m; it is the long window of
/// the fast page alert, so a projection and a page agree on what "burning now" means.
constexpr std::size_t ProjectionBurnRateIndex = 2;

/// errorRatio / (1 - target); nothing without an error ratio.
std::optional<double> burnRate(std::optional<double> errorRatio, double target);

using BurnRates = std::array<std::optional<double>, BurnRateWindows.size()>;

/// When the remaining budget runs out at the current burn rate. A burn rate of 1 spends
/// a whole budget in `budgetPeriod`, so the budget left lasts remaining * budgetPeriod /
/// burnRate. Returns `at` when the budget is already spent (remaining <= 0), nothing when
/// nothing burns (burn rate 0 or no data) or there is no remaining figure.
std::optional<qint64> projectedExhaustion(qint64 at, std::optional<double> remaining, std::optional<double> burnRate,
                                          qint64 budgetPeriod);

// ---------------------------------------------------------------------------------------
// Ratio-style objectives over counters (ratio, latency share, classification)

/// The counters of one objective, as good (or bad) and total. Each list is summed, as
/// `sum(increase(SEL[w]))`. A numerator without any series (say no 5xx counter exists yet)
/// counts as zero events when the total has data; a total without data means no data.
/// The views refer to series that must outlive this value.
struct RatioCounters
{
    std::vector<Counters::CounterView> numerator;
    std::vector<Counters::CounterView> total;
    bool numeratorIsBad = false;

    /// Events over one range (one pass over the range's samples per series).
    std::optional<Sli::Ratio> ratio(TimeRange range) const;
    /// Events over [end - lengths[k], end] for every k, in one pass per series.
    std::vector<std::optional<Sli::Ratio>> ratiosEndingAt(qint64 end, std::span<const qint64> lengths) const;
};

BurnRates burnRates(const RatioCounters &counters, qint64 at, double target);

struct Evaluation
{
    std::optional<Sli::Ratio> events;
    std::optional<double> sli;
    ErrorBudget budget;
    Status status = Status::NoData;
    BurnRates burnRates;
    std::optional<qint64> exhaustion;
};

/// Occurrences evaluation of a ratio objective over `window` (ending at the evaluation
/// time), with burn rates ending at window.end and the exhaustion projected from the 1h
/// burn rate over a budget period of `budgetPeriod` ms (the window's nominal length).
Evaluation evaluateOccurrences(const RatioCounters &counters, TimeRange window, qint64 budgetPeriod, double target,
                               double atRisk = DefaultAtRisk);

// ---------------------------------------------------------------------------------------
// Chart series

/// Values at each step for charts; NaN where there is no data.
struct ChartSeries
{
    std::vector<qint64> t;
    std::vector<double> sli;       ///< SLI of the step (or slice) ending at t
    std::vector<double> remaining; ///< remaining budget counting everything up to t
};

/// Steps end at window.start + k * step (k >= 1) and at window.end. Builds a
/// CounterPrefix per series once, so each step costs two binary searches. sli[k] is the ratio
/// over [t - step, t]; remaining[k] = 1 - bad[start, t] / ((1 - target) * total[start,
/// end]), a burn-down that ends at the window's remaining budget. With `excluded` periods
/// (corrections) every count is a correctedCount(): a step wholly inside a period has no
/// SLI (NaN), and the burn-down ends at the corrected remaining budget.
ChartSeries occurrencesChart(const RatioCounters &counters, TimeRange window, qint64 step, double target,
                             const std::vector<TimeRange> &excluded = {});

/// One point per slice (at its end): the slice's raw value and the remaining budget after
/// counting the slices up to it. Excluded slices count as neither good nor bad; the caller
/// passes the slices of the window less the excluded ones as `slicesInWindow`.
ChartSeries timesliceChart(const std::vector<TimeRange> &slices, const std::vector<std::optional<double>> &values,
                           const std::vector<SliceOutcome> &outcomes, double target, int slicesInWindow);

} // namespace Sla::Core::Budget
