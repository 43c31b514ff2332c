// SPDX-License-Identifier: Apache-2.0
#pragma once

// Alert rules and their conditions (issue 10, README "Alerting"): what each rule kind
// says about one objective at one time. Pure and deterministic: no network, no clock;
// the time is a parameter and every figure comes from an evaluation result.

#include "core/alerting/alert.h"
#include "core/evaluation/evaluation.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Sla::Core::Alerting {

/// One rule of the alert engine: a document's AlertRule after expansion (rulesFor()), or
/// a rule kind the document format does not have yet (drift, period budget).
struct Rule
{
    enum class Kind {
        Threshold,    ///< the SLI over `lookbackMs` below `below` / above `above`
        BurnRate,     ///< any pair of `burnRates`: both windows' burn rates exceed the factor
        BudgetBelow,  ///< remaining budget below `budgetBelow`; 0: exhausted (remaining <= 0)
        NoData,       ///< the objective has no data (for `forMs`, the noData duration)
        Drift,        ///< the drift score (latest slice) above `above`, else the objective's threshold
        PeriodBudget, ///< budget consumed since the start of the calendar `period` above `consumedAbove`
    };
    Kind kind = Kind::Threshold;
    QString name;      ///< unique within an SLA: the alert's `rule` key
    QString objective; ///< empty: every objective of the SLA
    AlertSeverity severity = AlertSeverity::Page;
    std::optional<double> below;
    std::optional<double> above;
    qint64 lookbackMs = 0;   ///< Threshold: 0 = the compliance window
    qint64 forMs = 0;        ///< pending this long before firing (Prometheus `for`)
    qint64 keepFiringMs = 0; ///< firing this long after the condition was last true
    QList<BurnRateWindow> burnRates;
    double budgetBelow = 0;
    double consumedAbove = 0;
    CalendarUnit period = CalendarUnit::Month;
    QString timeZone = QStringLiteral("UTC");

    bool appliesTo(const QString &objectiveName) const { return objective.isEmpty() || objective == objectiveName; }
    bool operator==(const Rule &) const = default;
};

/// The rules of an SLA: the tier's first, then the SLA's; an SLA rule with the name of a
/// tier rule replaces it. A burn-rate rule becomes one rule per severity of its pairs,
/// named NAME-page / NAME-ticket / NAME-info (NAME: `burn-rate` when unnamed); other
/// unnamed rules are named `threshold`, `budget-below`, `no-data`. `noData: D` becomes a
/// NoData rule with `forMs` = D.
QList<Rule> rulesFor(const Sla &sla, const TierTemplate *tier);

/// The compliance window of `objective` of the tier-resolved SLA `resolved` (resolveSla())
/// as a length: the objective's window, else the SLA's, else 30 days; a calendar window as
/// its nominal length (a month: 30 days). The one definition `slactl rules` and the alert
/// engine share.
Duration complianceLength(const Sla &resolved, const Objective &objective);

/// The `sladesk_window` of the alerts of `rule` on an objective whose compliance window is
/// `compliance` (complianceLength()): stable for the rule, never the window that happens to
/// fire, so that an alert keeps one identity and Alertmanager can inhibit on it. Burn rate:
/// the shortest long window of its pairs (`1h` for the default page, `1d` for the ticket);
/// threshold: its `window` (the compliance window without one); no data: its duration;
/// budget below, drift and period budget: the compliance window. The one naming that the
/// Prometheus rules (core/rules) and the engine's Alertmanager delivery share.
QString windowLabel(const Rule &rule, Duration compliance);

/// What a rule reads about one objective at one time.
struct RuleInput
{
    IndicatorKind kind = IndicatorKind::Ratio;
    double target = 0;
    ObjectiveStatus status = ObjectiveStatus::NoData;
    bool failed = false; ///< the source failed or the figures are stale: nothing is known
    std::optional<double> sli;
    std::optional<double> consumed;
    std::optional<double> remaining;
    std::optional<double> latest; ///< timeslices: the last slice's raw value (drift: the score)
    Budget::BurnRates burnRates{};
    QDateTime windowStart;
    QDateTime windowEnd;
    /// The budget consumed since the start of the calendar period, when the caller has it;
    /// without it a PeriodBudget rule uses `consumed` when the window starts at the period.
    std::optional<double> periodConsumed;
    std::optional<double> driftThreshold; ///< the objective's drift threshold
    /// The name of a correction covering the objective at the rule's time; empty: none.
    QString activeCorrection;

    static RuleInput fromResult(const ObjectiveResult &result);
};

/// The outcome of a rule at one time.
struct Condition
{
    enum class Verdict {
        False,
        True,
        Unknown,      ///< no figure (no data, a failed source): the alert keeps its state
        Insufficient, ///< below minEvents/minSamples: never pending, never firing
    };
    Verdict verdict = Verdict::Unknown;
    std::optional<double> value;     ///< what the rule compared
    std::optional<double> threshold; ///< with what
    QString maintenance;             ///< the active correction (RuleInput::activeCorrection)
    bool operator==(const Condition &) const = default;
};

/// The condition of `rule` on `input` at `at`.
Condition evaluateRule(const Rule &rule, const RuleInput &input, const QDateTime &at);

/// The name of the first of `corrections` that covers SLA `sla`'s objective `objective`
/// at `at` (its recurrence expanded in its time zone); empty when none does.
QString activeCorrection(const QList<Correction> &corrections, const QString &sla, const QString &objective,
                         const QDateTime &at);

/// The start (UTC) of the calendar period of `unit` in `timeZone` that contains `at`:
/// Monday 00:00 (week), the 1st 00:00 (month), the quarter's first day 00:00.
QDateTime periodStart(const QDateTime &at, CalendarUnit unit, const QString &timeZone);

} // namespace Sla::Core::Alerting
