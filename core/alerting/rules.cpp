// SPDX-License-Identifier: Apache-2.0
#include "rules.h"

#include "core/engine/windows.h"
#include "core/evaluation/evaluationplan.h"

#include <algorithm>
#include <array>

namespace Sla::Core::Alerting {

namespace {

using Verdict = Condition::Verdict;

QString defaultName(const AlertRule &rule)
{
    // In the order of AlertRule::Kind.
    static constexpr std::array<const char *, 6> Names = {"threshold", "burn-rate", "budget-below",
                                                          "no-data",   "drift",     "period-budget"};
    const auto i = std::size_t(rule.kind);
    return i < Names.size() ? QString::fromLatin1(Names[i]) : QString();
}

/// One document rule as engine rules (burn-rate sets split by severity); `window` is the
/// SLA's effective window (a period-budget rule's period).
QList<Rule> expand(const AlertRule &doc, const Window &window)
{
    Rule rule;
    rule.name = doc.name.isEmpty() ? defaultName(doc) : doc.name;
    rule.objective = doc.objective;
    rule.severity = doc.severity;
    rule.forMs = doc.forDuration ? doc.forDuration->ms : 0;
    rule.keepFiringMs = doc.keepFiring ? doc.keepFiring->ms : 0;
    switch (doc.kind) {
    case AlertRule::Kind::Threshold:
        rule.kind = Rule::Kind::Threshold;
        rule.below = doc.below;
        rule.above = doc.above;
        rule.lookbackMs = doc.window ? doc.window->ms : 0;
        return {rule};
    case AlertRule::Kind::BudgetLow:
        rule.kind = Rule::Kind::BudgetBelow;
        rule.budgetBelow = doc.budgetBelow;
        return {rule};
    case AlertRule::Kind::NoData:
        rule.kind = Rule::Kind::NoData;
        rule.forMs = doc.noData.ms;
        return {rule};
    case AlertRule::Kind::Drift:
        rule.kind = Rule::Kind::Drift;
        rule.above = doc.driftAbove;
        return {rule};
    case AlertRule::Kind::PeriodBudget:
        rule.kind = Rule::Kind::PeriodBudget;
        rule.consumedAbove = doc.consumedAbove;
        rule.period = window.calendar;
        rule.timeZone = window.timeZone;
        return {rule};
    case AlertRule::Kind::BurnRate:
        break;
    }
    rule.kind = Rule::Kind::BurnRate;
    const QList<BurnRateWindow> pairs = doc.burnRateDefault ? BurnRateWindow::defaults() : doc.burnRates;
    QList<Rule> out;
    for (const AlertSeverity severity : {AlertSeverity::Page, AlertSeverity::Ticket, AlertSeverity::Info}) {
        Rule r = rule;
        r.severity = severity;
        r.name = rule.name + QLatin1Char('-') + toString(severity);
        for (const BurnRateWindow &pair : pairs) {
            if (pair.severity == severity)
                r.burnRates.append(pair);
        }
        if (!r.burnRates.isEmpty())
            out.append(r);
    }
    return out;
}

std::optional<std::size_t> burnRateIndex(qint64 windowMs)
{
    const auto &w = Budget::BurnRateWindows;
    const auto it = std::find(w.begin(), w.end(), windowMs);
    if (it == w.end())
        return std::nullopt;
    return static_cast<std::size_t>(it - w.begin());
}

Condition compare(std::optional<double> value, std::optional<double> below, std::optional<double> above)
{
    Condition c;
    c.value = value;
    c.threshold = below ? below : above;
    if (!value || (!below && !above))
        c.verdict = Verdict::Unknown;
    else if ((below && *value < *below) || (above && *value > *above))
        c.verdict = Verdict::True;
    else
        c.verdict = Verdict::False;
    return c;
}

/// The SLI over the rule's lookback: the compliance window's, or derived from the burn
/// rate of a burn-rate window (SLI = 1 - burnRate x (1 - target)).
std::optional<double> lookbackSli(const Rule &rule, const RuleInput &in)
{
    const qint64 windowMs = in.windowStart.msecsTo(in.windowEnd);
    if (rule.lookbackMs == 0 || rule.lookbackMs == windowMs)
        return in.sli;
    const std::optional<std::size_t> i = burnRateIndex(rule.lookbackMs);
    if (!i || !in.burnRates[*i])
        return std::nullopt;
    return 1.0 - *in.burnRates[*i] * (1.0 - in.target);
}

Condition burnRateCondition(const Rule &rule, const RuleInput &in)
{
    Condition c;
    bool anyKnown = false;
    for (const BurnRateWindow &pair : rule.burnRates) {
        const std::optional<std::size_t> l = burnRateIndex(pair.longWindow.ms);
        const std::optional<std::size_t> s = burnRateIndex(pair.shortWindow.ms);
        if (!l || !s || !in.burnRates[*l] || !in.burnRates[*s])
            continue;
        const double rate = std::min(*in.burnRates[*l], *in.burnRates[*s]);
        if (!anyKnown || rate / pair.factor > *c.value / *c.threshold) {
            c.value = rate;
            c.threshold = pair.factor;
        }
        anyKnown = true;
        if (rate > pair.factor)
            c.verdict = Verdict::True;
    }
    if (c.verdict != Verdict::True)
        c.verdict = anyKnown ? Verdict::False : Verdict::Unknown;
    return c;
}

Condition periodBudgetCondition(const Rule &rule, const RuleInput &in, const QDateTime &at)
{
    std::optional<double> consumed = in.periodConsumed;
    if (!consumed && in.windowStart == periodStart(at, rule.period, rule.timeZone))
        consumed = in.consumed;
    return compare(consumed, std::nullopt, rule.consumedAbove);
}

Condition kindCondition(const Rule &rule, const RuleInput &in, const QDateTime &at)
{
    switch (rule.kind) {
    case Rule::Kind::Threshold:
        return compare(lookbackSli(rule, in), rule.below, rule.above);
    case Rule::Kind::BurnRate:
        return burnRateCondition(rule, in);
    case Rule::Kind::BudgetBelow: {
        Condition c = compare(in.remaining, rule.budgetBelow, std::nullopt);
        if (rule.budgetBelow == 0 && in.remaining && *in.remaining <= 0)
            c.verdict = Verdict::True; // exhausted
        return c;
    }
    case Rule::Kind::Drift:
        if (in.kind != IndicatorKind::Drift)
            return {};
        return compare(in.latest, std::nullopt, rule.above ? rule.above : in.driftThreshold);
    case Rule::Kind::PeriodBudget:
        return periodBudgetCondition(rule, in, at);
    case Rule::Kind::NoData:
        break;
    }
    return {};
}

} // namespace

QList<Rule> rulesFor(const Sla &sla, const TierTemplate *tier)
{
    QList<Rule> rules;
    const Window window = sla.window ? *sla.window : (tier && tier->window ? *tier->window : Window{});
    if (tier) {
        for (const AlertRule &doc : tier->alerts)
            rules += expand(doc, window);
    }
    for (const AlertRule &doc : sla.alerts) {
        for (const Rule &rule : expand(doc, window)) {
            rules.removeIf([&](const Rule &r) { return r.name == rule.name; });
            rules.append(rule);
        }
    }
    return rules;
}

RuleInput RuleInput::fromResult(const ObjectiveResult &result)
{
    return RuleInput{.kind = result.kind,
                     .target = result.target,
                     .status = result.status,
                     .failed = !result.error.isEmpty() || result.stale,
                     .sli = result.sli,
                     .consumed = result.consumed,
                     .remaining = result.remaining,
                     .latest = result.latest,
                     .burnRates = result.burnRates,
                     .windowStart = result.windowStart,
                     .windowEnd = result.windowEnd};
}

Condition evaluateRule(const Rule &rule, const RuleInput &in, const QDateTime &at)
{
    const bool noData = in.failed || in.status == ObjectiveStatus::NoData;
    Condition c;
    if (rule.kind == Rule::Kind::NoData)
        c.verdict = noData ? Verdict::True : Verdict::False;
    else if (noData)
        c.verdict = Verdict::Unknown;
    else if (in.status == ObjectiveStatus::InsufficientData)
        c.verdict = Verdict::Insufficient;
    else
        c = kindCondition(rule, in, at);
    c.maintenance = in.activeCorrection;
    return c;
}

QString activeCorrection(const QList<Correction> &corrections, const QString &sla, const QString &objective,
                         const QDateTime &at)
{
    const qint64 t = at.toMSecsSinceEpoch();
    for (const Correction &c : corrections) {
        if (!c.slas.contains(sla) || (!c.objectives.isEmpty() && !c.objectives.contains(objective)))
            continue;
        for (const TimeRange &r : EvaluationPlan::correctionPeriods(c, TimeRange{t, t})) {
            if (r.start <= t && t < r.end)
                return c.metadata.name;
        }
    }
    return {};
}

QDateTime periodStart(const QDateTime &at, CalendarUnit unit, const QString &timeZone)
{
    const QTimeZone zone = Windows::zoneByName(timeZone);
    const QDate local = at.toTimeZone(zone).date();
    QDate first = local;
    switch (unit) {
    case CalendarUnit::Week:
        first = local.addDays(1 - local.dayOfWeek());
        break;
    case CalendarUnit::Month:
        first = QDate(local.year(), local.month(), 1);
        break;
    case CalendarUnit::Quarter:
        first = QDate(local.year(), ((local.month() - 1) / 3) * 3 + 1, 1);
        break;
    }
    return QDateTime(first, QTime(0, 0), zone).toUTC();
}

Duration complianceLength(const Sla &resolved, const Objective &objective)
{
    const Window w = objective.window.value_or(resolved.window.value_or(Window::rollingWindow(Duration::days(30))));
    return w.nominalLength();
}

QString windowLabel(const Rule &rule, Duration compliance)
{
    switch (rule.kind) {
    case Rule::Kind::BurnRate: {
        if (rule.burnRates.isEmpty())
            break;
        qint64 fastest = rule.burnRates.first().longWindow.ms;
        for (const BurnRateWindow &pair : rule.burnRates)
            fastest = std::min(fastest, pair.longWindow.ms);
        return Duration{fastest}.toString();
    }
    case Rule::Kind::Threshold:
        return rule.lookbackMs > 0 ? Duration{rule.lookbackMs}.toString() : compliance.toString();
    case Rule::Kind::NoData:
        return Duration{rule.forMs}.toString();
    case Rule::Kind::BudgetBelow:
    case Rule::Kind::Drift:
    case Rule::Kind::PeriodBudget:
        break;
    }
    return compliance.toString();
}

} // namespace Sla::Core::Alerting
