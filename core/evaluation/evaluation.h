// SPDX-License-Identifier: Apache-2.0
#pragma once

// What an evaluation of a workspace produces: plain values that cross threads, feed the
// item models of the dashboard, the JSON of `slactl evaluate`, the gate and (later) the
// alert engine and reports. The figures follow DESIGN.md section 4.

#include "core/document/model.h"
#include "core/engine/budget.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Sla::Core {

/// `no_data`, `breached`, `at_risk`, `met`, `insufficient_data` (JSON names:
/// Budget::statusName()).
using ObjectiveStatus = Budget::Status;

/// The seven burn-rate windows are Budget::BurnRateWindows (5m 30m 1h 2h 6h 1d 3d);
/// Budget::burnRateWindowName(i) gives "5m" ... "3d".
constexpr std::size_t BurnRateWindowCount = Budget::BurnRateWindows.size();

/// The figures of an objective that a correction changes: kept as `raw` beside the
/// corrected ones when a correction applied.
struct BudgetFigures
{
    std::optional<double> sli;
    std::optional<double> consumed;
    std::optional<double> remaining;
    /// Occurrences: bad events the budget still allows over the window ((1 - target) *
    /// total - bad; negative when overspent). Timeslices: bad slices still allowed.
    std::optional<double> remainingEvents;
    /// Seconds: how long a total outage could still last at the window's average traffic
    /// (occurrences), or bad slices still allowed x slice length (timeslices).
    std::optional<double> remainingTime;
    std::optional<double> good;  ///< events (occurrences) or good slices over the window
    std::optional<double> total; ///< events (occurrences) or good + bad slices
    bool operator==(const BudgetFigures &) const = default;
};

/// The result for one objective at one evaluation time.
struct ObjectiveResult
{
    QString name;
    QString displayName;
    IndicatorKind kind = IndicatorKind::Ratio;
    Budgeting::Method budgeting = Budgeting::Method::Occurrences;
    double target = 0;
    QString dataSource;    ///< the effective data source's name
    QDateTime windowStart; ///< the compliance window evaluated (UTC)
    QDateTime windowEnd;

    std::optional<double> sli; ///< attained SLI over the window; share of good slices for timeslices
    ObjectiveStatus status = ObjectiveStatus::NoData;
    std::optional<double> consumed;  ///< error budget consumed (1 = all of it)
    std::optional<double> remaining; ///< 1 - consumed; negative when overspent
    std::array<std::optional<double>, BurnRateWindowCount> burnRates{};
    std::optional<double> latest;        ///< timeslices: the most recent complete slice's raw value
    std::optional<QDateTime> exhaustion; ///< projected time the budget runs out at the current burn
    // Timeslice tallies (zero for occurrences).
    int goodSlices = 0;
    int badSlices = 0;
    int gapSlices = 0;
    int excludedSlices = 0; ///< slices overlapping a correction: neither good, bad nor gap

    /// Events behind the figures (corrected when a correction applied); see BudgetFigures.
    std::optional<double> good;
    std::optional<double> total;
    std::optional<double> remainingEvents;
    std::optional<double> remainingTime; ///< seconds
    /// The figures without corrections, set only when a correction applied.
    std::optional<BudgetFigures> raw;
    QStringList corrections; ///< names of the corrections that applied, in document order

    /// Classification: the sample size (the measure's denominator) and the 95% Wilson
    /// score interval of the SLI.
    std::optional<double> sampleSize;
    std::optional<std::pair<double, double>> interval;

    /// Label delay: the last `labelDelay` before `at`, whose figures are provisional
    /// (shown, never used for the status).
    struct Provisional
    {
        QDateTime start;
        QDateTime end;
        std::optional<double> sli;
        std::optional<double> sampleSize;
    };
    std::optional<Provisional> provisional;

    /// The window reaches further back than the source keeps data: the figure covers
    /// less than the window (see EvaluationReport::warnings).
    bool partial = false;

    /// Why there are no figures, when a source failed (unreachable, auth, bad query...).
    /// Empty when the evaluation succeeded. Never contains a secret.
    QString error;
    /// Doubts about the figures that did not stop them (e.g. a source that reported more
    /// good events than total: the SLI was clamped; corrections that could not be applied
    /// on this source: the figures are then uncorrected, and say so). The evaluator also
    /// lists each in EvaluationReport::warnings. Never contains a secret.
    QStringList warnings;
    /// Set on a result carried over from an earlier evaluation while the source fails now:
    /// the figures are old, not current. `evaluatedAt` says how old.
    bool stale = false;
    QDateTime evaluatedAt;
    /// How the figures were read: the whole window from the source (Full), an earlier
    /// read brought up to date (Incremental), or the `sladesk:` recording rules of `slactl
    /// rules` (RecordingRules: the window's events from the recorded 5-minute increases,
    /// within the README's bound of the derived windows).
    enum class ReadPath { Full, Incremental, RecordingRules };
    ReadPath read = ReadPath::Full;
    /// ObjectivePlan::timeShiftMs: where the documents' times (corrections, annotations)
    /// lie on this objective's time line (a recorded source with alignToNow); else 0.
    qint64 timeShiftMs = 0;
};

struct SlaResult
{
    QString name;
    QString displayName;
    QString service;
    QString tier; ///< as written; empty when the SLA has none
    QString owner;
    double atRisk = 0.25; ///< the tier's at-risk threshold used for the statuses
    QList<ObjectiveResult> objectives;
    /// The workspace's annotations of this SLA that overlap the window of one of its
    /// objectives (that objective's or every objective's), in document order, with their
    /// times moved onto the objective's time line (ObjectiveResult::timeShiftMs).
    QList<Annotation> annotations;
};

/// A whole evaluation: every SLA of the workspace at `at`.
struct EvaluationReport
{
    QDateTime at;
    QList<SlaResult> slas;
    /// Source name -> error message for the sources that failed during this evaluation.
    QMap<QString, QString> sourceErrors;
    /// Warnings about the evaluation as a whole (e.g. a source's retention is shorter than
    /// a window, doubtful samples in a recording, ObjectiveResult::warnings), each once; the
    /// sources' own first (in planning order), then the objectives' in report order.
    QStringList warnings;
    /// Set when a newer evaluate() started before this one finished: the figures are
    /// complete but were not taken as the evaluator's current state (no stale carry-over
    /// was recorded from them); a dashboard should ignore such a report.
    bool superseded = false;

    const SlaResult *findSla(const QString &name) const;
    const ObjectiveResult *findObjective(const QString &sla, const QString &objective) const;
};

/// Time series of one objective for charts, over a chosen range. Two time axes:
///  - `t` with the figures of each step ("SLI per step": what happened in that step);
///  - `windowT` with the figures of the objective's SLA window as of each time ("window SLI
///    as of t", "budget remaining of the SLA window as of t"): the objective evaluated at
///    that time by the same evaluation as the headline (EvaluationBackend::evaluate), so the
///    point at the headline's evaluation time equals ObjectiveResult::sli and ::remaining.
struct ObjectiveSeries
{
    std::vector<double> t;   ///< ms since the epoch, ascending
    std::vector<double> sli; ///< SLI per step (per slice for timeslices); NaN where no data
    /// The budget of the chart's own range remaining after each step (the range's events or
    /// slices as the allowance); NaN where unknown. Not the SLA window's budget: the charts
    /// plot windowRemaining.
    std::vector<double> remaining;
    std::vector<double> burnRate1h; ///< 1h burn rate at each step; NaN where unknown
    std::vector<double> rawValue;   ///< timeslices: the raw slice value (e.g. PSI, p95 seconds); else empty
    /// Classification: the 95% Wilson interval of `sli` per step (NaN where unknown); else empty.
    std::vector<double> intervalLow;
    std::vector<double> intervalHigh;
    /// [start, end] ms of the corrections that applied (merged), and of the provisional
    /// period of a label delay (empty pair: none).
    std::vector<std::pair<double, double>> corrected;
    std::optional<std::pair<double, double>> provisional;
    /// [start, end] ms periods during which the objective was out of its target.
    std::vector<std::pair<double, double>> breaches;
    /// The evaluation times of the window series (ms, ascending; the last one is the
    /// range's end), the window SLI and the budget remaining of the SLA window as of each
    /// (ObjectiveResult::sli and ::remaining at that time; NaN where there is no figure).
    std::vector<double> windowT;
    std::vector<double> windowSli;
    std::vector<double> windowRemaining;
    /// The range itself evaluated as the objective's window (at its end, as evaluate()
    /// does): the attained SLI over the range, and the share of the SLA window's error
    /// budget (as of the range's end) that the range's bad events or slices used.
    std::optional<double> rangeSli;
    std::optional<double> rangeBudgetSpent;
    QString error;
    /// ObjectivePlan::timeShiftMs: add it to a document's time (annotation, correction)
    /// to place it on this chart.
    qint64 timeShiftMs = 0;
};

} // namespace Sla::Core

Q_DECLARE_METATYPE(Sla::Core::EvaluationReport)
Q_DECLARE_METATYPE(Sla::Core::ObjectiveSeries)
