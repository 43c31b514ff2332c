// SPDX-License-Identifier: Apache-2.0
#pragma once

// The data of a compliance report (issue 12): for a period, per SLA and objective the
// engine's figures over that period, the breaches with the alert history's
// acknowledgements, the corrections left out with who approved them, the credits owed by
// the contract's schedule, and the budget of each calendar month in the period. Plain
// values, no painting: the CSV and JSON writers (reportwriters.h) and the PDF painter
// (ui/report) read them.

#include "core/evaluation/evaluation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sla::Core::Report {

/// A report period [from, to) and the time zone its days and months follow.
struct Period
{
    QDateTime from; ///< UTC
    QDateTime to;   ///< UTC, exclusive
    QString timeZone = QStringLiteral("UTC");
    QString label; ///< "2025-06", "2025-Q2", or "FROM – TO"
    /// Set when the period is one whole calendar month or quarter (parsePeriod()).
    std::optional<CalendarUnit> calendar;
    qint64 lengthMs() const { return from.msecsTo(to); }
};

/// A breach: a period during which the objective was below its target (the engine's
/// breach periods of the chart series), with what the alert history knows about it.
struct Breach
{
    QDateTime start;
    QDateTime end;
    qint64 durationMs = 0;
    QString severity; ///< the most severe alert that fired during it ("page", ...); empty: none known
    QString alert;    ///< that alert's rule name
    QString ackBy;    ///< the first acknowledgement during it: who, when and the note
    QDateTime ackAt;
    QString ackNote;
};

/// A remediation run recorded in the alert history during the period.
struct RemediationRun
{
    QDateTime at;
    QString objective;
    QString actor;
    QString status;
    QString url;
    QString error;
};

/// A correction that applied to an objective in the period.
struct CorrectionApplied
{
    QString name;
    QString category;
    QString description;
    QString approvedBy;
    /// The correction's periods inside the report period (on the data's time line).
    QList<std::pair<QDateTime, QDateTime>> periods;
};

/// The credit an objective's period SLI earns by the SLA's contract schedule.
struct Credit
{
    bool applies = false;               ///< the objective missed its target: the schedule is consulted
    double sli = 0;                     ///< the corrected period SLI looked up
    int row = -1;                       ///< the schedule row (0-based) the SLI falls in; -1: none
    double below = 0;                   ///< that row's threshold
    double credit = 0;                  ///< that row's credit (a share of the period's fee); 0 when none
    QString contractPeriod;             ///< "month", "quarter", "week"
    bool matchesContractPeriod = false; ///< the report period is one whole contract period
};

/// One calendar month of the period (the budget history).
struct HistoryRow
{
    QString label; ///< "2025-06"
    QDateTime from;
    QDateTime to;
    bool partial = false; ///< the month is clipped by the report period
    std::optional<double> sli;
    std::optional<double> consumed;
    ObjectiveStatus status = ObjectiveStatus::NoData;
};

struct ObjectiveFigures
{
    /// The engine's result for the period (the objective's window set to the period,
    /// evaluated at its end): sli, status, budget, raw, corrections, n, interval, ...
    ObjectiveResult result;
    QString kind;      ///< "ratio", "classification", ...
    QString budgeting; ///< "occurrences" or "timeslices"
    /// Budget consumed in events (occurrences: bad events; timeslices: bad slices) and in
    /// time (occurrences: the bad events at the period's average traffic; timeslices: bad
    /// slices x slice length), seconds.
    std::optional<double> consumedEvents;
    std::optional<double> consumedTime;
    QList<Breach> breaches;
    qint64 breachMs = 0;
    /// The day (24 h steps from the period start) with the lowest SLI.
    std::optional<QDateTime> worstDay;
    std::optional<double> worstDaySli;
    /// Drift objectives: the last complete slice's score (ObjectiveResult::latest).
    std::optional<double> drift;
    /// Share of the period's steps with data at or above the target (timeslices: good
    /// slices of the counted ones), for the roll-up score.
    std::optional<double> withinTarget;
    QList<CorrectionApplied> corrections;
    Credit credit;
    /// The same objective over the previous period of the same length.
    std::optional<double> previousSli;
    std::optional<double> previousConsumed;
    QList<HistoryRow> history;
    /// The chart series over the period (SLI per step, budget, breaches, corrections).
    ObjectiveSeries series;
};

struct SlaFigures
{
    QString name;
    QString displayName;
    QString tier;
    QString owner;
    double weight = 1.0;
    QList<ObjectiveFigures> objectives;
    /// The credit owed for the SLA: the largest of its objectives' (credits do not add up).
    double creditOwed = 0;
    QList<Annotation> annotations;
    QList<RemediationRun> remediations;
};

/// Counts and roll-up of one tier ("" collects the SLAs without a tier).
struct TierSummary
{
    QString tier;
    int met = 0;
    int atRisk = 0;
    int breached = 0;
    int insufficientData = 0;
    int noData = 0;
    /// Weighted mean of the objectives' withinTarget shares; nothing without any.
    std::optional<double> score;
};

/// An objective whose budget consumption changed most against the previous period.
struct Change
{
    QString sla;
    QString objective;
    double previous = 0;
    double current = 0;
};

struct ComplianceReport
{
    Period period;
    QString workspace;   ///< the workspace folder's name as given
    QDateTime generated; ///< UTC
    QDateTime evaluatedAt;
    QList<SlaFigures> slas;
    QList<TierSummary> tiers;
    std::optional<double> overallScore;
    QList<Change> changes; ///< at most five, largest change first
    QString historyFile;   ///< the alert history read, empty: none
    QStringList warnings;
};

} // namespace Sla::Core::Report
