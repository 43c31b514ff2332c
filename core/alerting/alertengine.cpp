// SPDX-License-Identifier: Apache-2.0
#include "alertengine.h"

#include "core/alerting/alerthistory.h"
#include "core/alerting/backtest.h"
#include "core/document/builtintiers.h"
#include "core/document/tierresolver.h"
#include "core/document/tr.h"
#include "core/engine/figureformat.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Sla::Core::Alerting {

namespace Tr = TrContext::AlertEngine;

namespace {

// The dashboard's decimals (DetailWidget): an SLI or target to 3, a budget to 1; trailing
// zeros dropped, so that an alert shows the very figure of the header.
constexpr int SliDecimals = 3;
constexpr int BudgetDecimals = 1;

/// A rule's value as its kind reads: a burn rate as a factor, a drift score as a number,
/// everything else (SLI, budget) as a percentage.
QString ruleValue(Rule::Kind kind, double v)
{
    switch (kind) {
    case Rule::Kind::BurnRate:
        // The decimals of the dashboard's burn table.
        return Tr::tr("%1×").arg(FigureFormat::factor(v));
    case Rule::Kind::Drift:
        return QLocale().toString(v, 'f', 3);
    case Rule::Kind::NoData:
        return Tr::tr("no data");
    case Rule::Kind::BudgetBelow:
    case Rule::Kind::PeriodBudget:
        return FigureFormat::percent(v, BudgetDecimals);
    case Rule::Kind::Threshold:
        break;
    }
    return FigureFormat::percent(v, SliDecimals);
}

QString ruleMeaning(const Rule &rule)
{
    switch (rule.kind) {
    case Rule::Kind::Threshold:
        // Over its own lookback the SLI is not the window's headline figure: say which.
        return rule.lookbackMs > 0 ? Tr::tr("SLI over %1").arg(Duration{rule.lookbackMs}.toString()) : Tr::tr("SLI");
    case Rule::Kind::BurnRate:
        return Tr::tr("burn rate");
    case Rule::Kind::BudgetBelow:
        return Tr::tr("budget left");
    case Rule::Kind::NoData:
        return Tr::tr("no data");
    case Rule::Kind::Drift:
        return Tr::tr("drift score");
    case Rule::Kind::PeriodBudget:
        return Tr::tr("budget consumed this period");
    }
    return {};
}

} // namespace

int tierLevel(const QString &tier)
{
    static const QRegularExpression pattern(QStringLiteral("^tier[-_ ]?([1-3])$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(tier.trimmed());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

struct AlertEngine::Step
{
    QList<Transition> transitions;
    bool changed = false;
};

void AlertEngine::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    // The built-in tiers, where the workspace has no tier of the same name.
    for (const TierTemplate &tier : builtInTiers()) {
        if (!workspace.findTier(tier.metadata.name))
            m_workspace.tiers.append(tier);
    }
    m_rules.clear();
    m_windows.clear();
    for (const Sla &sla : workspace.slas) {
        const TierTemplate *tier = m_workspace.findTier(sla.tier);
        m_rules.insert(sla.metadata.name, rulesFor(sla, tier));
        const Sla resolved = resolveSla(sla, tier);
        for (const Objective &objective : resolved.objectives)
            m_windows.insert(sla.metadata.name + u'/' + objective.name, complianceLength(resolved, objective));
    }
}

qint64 AlertEngine::warmUpSpanMs() const
{
    qint64 span = 0;
    for (const QList<Rule> &rules : m_rules) {
        for (const Rule &r : rules)
            span = std::max(span, r.forMs + r.keepFiringMs);
    }
    return std::min(span, MaxWarmUpMs);
}

DeliveryPolicy AlertEngine::policy(const QString &slaName, AlertSeverity severity) const
{
    DeliveryPolicy p;
    const Sla *sla = m_workspace.findSla(slaName);
    const TierTemplate *tier = sla ? m_workspace.findTier(sla->tier) : nullptr;
    if (sla && !sla->notify.isEmpty())
        p.targets = sla->notify;
    else if (tier && !tier->notify.isEmpty())
        p.targets = tier->notify;
    else
        p.targets = {NotifyTarget{}}; // the desktop
    const int level = sla ? tierLevel(sla->tier) : 0;
    if (severity == AlertSeverity::Info || level == 3) {
        p.digest = true;
        p.urgency = Urgency::Low;
        p.targets.removeIf([](const NotifyTarget &t) { return t.kind != NotifyTarget::Kind::Desktop; });
        if (p.targets.isEmpty())
            p.targets = {NotifyTarget{}};
        return p;
    }
    if (severity == AlertSeverity::Page) {
        p.urgency = level == 1 ? Urgency::Critical : Urgency::Normal;
        p.persistent = level == 1;
        if (tier && tier->escalation.ackTimeout) {
            p.ackTimeoutMs = tier->escalation.ackTimeout->ms;
            p.escalateTo = tier->escalation.then;
        }
    }
    return p;
}

void AlertEngine::describe(Alert &alert, const Rule &rule, const ObjectiveResult &result) const
{
    const Sla *sla = m_workspace.findSla(alert.key.sla);
    alert.tier = sla ? sla->tier : QString();
    const auto window = m_windows.constFind(alert.key.sla + u'/' + alert.key.objective);
    alert.window = window != m_windows.constEnd() ? windowLabel(rule, *window) : QString();
    alert.target = result.target;
    alert.budgetRemaining = result.remaining;
    alert.exhaustion = result.exhaustion;
    alert.runbookUrl = sla ? sla->remediation.runbook : QString();
    const QString objective = result.displayName.isEmpty() ? result.name : result.displayName;
    const QString slaName = sla && !sla->metadata.displayName.isEmpty() ? sla->metadata.displayName : alert.key.sla;
    if (rule.kind == Rule::Kind::NoData) {
        alert.summary = Tr::tr("%1 / %2: no data").arg(slaName, objective);
    } else if (alert.value && alert.threshold) {
        alert.summary = Tr::tr("%1 / %2: %3 %4 (threshold %5)")
                            .arg(slaName, objective, ruleMeaning(rule), ruleValue(rule.kind, *alert.value),
                                 ruleValue(rule.kind, *alert.threshold));
    } else {
        alert.summary = Tr::tr("%1 / %2: %3").arg(slaName, objective, ruleMeaning(rule));
    }
    QStringList lines;
    if (result.sli)
        lines << Tr::tr("SLI %1 against a target of %2")
                     .arg(FigureFormat::percent(*result.sli, SliDecimals),
                          FigureFormat::percent(result.target, SliDecimals));
    if (result.remaining) {
        lines << (*result.remaining <= 0
                      ? Tr::tr("Error budget exhausted (%1 left)")
                            .arg(FigureFormat::percent(*result.remaining, BudgetDecimals))
                      : Tr::tr("Error budget left: %1").arg(FigureFormat::percent(*result.remaining, BudgetDecimals)));
    }
    if (result.exhaustion && (!result.remaining || *result.remaining > 0))
        lines << Tr::tr("Budget runs out %1 at the current burn")
                     .arg(QLocale().toString(result.exhaustion->toUTC(), QLocale::ShortFormat) +
                          QStringLiteral(" UTC"));
    alert.description = lines.join(QLatin1Char('\n'));
}

void AlertEngine::advanceAll(const EvaluationReport &report, const QDateTime &at, Step &step)
{
    for (const SlaResult &slaResult : report.slas) {
        const Sla *sla = m_workspace.findSla(slaResult.name);
        const QList<Rule> rules = m_rules.value(slaResult.name);
        for (const ObjectiveResult &o : slaResult.objectives) {
            const RuleInput input = inputFor(o, sla, m_workspace.corrections, at);
            for (const Rule &rule : rules) {
                if (!rule.appliesTo(o.name))
                    continue;
                if (rule.kind == Rule::Kind::Drift && o.kind != IndicatorKind::Drift)
                    continue;
                const AlertKey key{slaResult.name, o.name, rule.name};
                const Condition c = evaluateRule(rule, input, at);
                const std::optional<Transition> t = m_tracker.update(key, rule, c, at);
                Alert *alert = m_tracker.find(key);
                const Alert before = *alert;
                alert->severity = rule.severity;
                describe(*alert, rule, o);
                if (t)
                    step.transitions.append(*t);
                step.changed = step.changed || t || !(before == *alert);
            }
        }
    }
}

EngineOutput AlertEngine::warmUp(const QList<EvaluationReport> &reports)
{
    EngineOutput out;
    const AlertTracker before = m_tracker;
    for (const EvaluationReport &report : reports) {
        Step step;
        advanceAll(report, report.at, step);
        for (const Transition &t : std::as_const(step.transitions)) {
            // An alert restored from the history keeps its own state: only alerts seen
            // for the first time take the replayed one.
            const Alert *known = before.find(t.key);
            if (known && known->state != AlertState::Inactive)
                continue;
            out.events.append(transitionEvent(t));
        }
        out.changed = out.changed || step.changed;
    }
    // Restore what a restored alert had (the replay must not move it).
    for (const Alert &a : before.alerts()) {
        if (a.state == AlertState::Inactive)
            continue;
        if (Alert *now = m_tracker.find(a.key))
            *now = a;
    }
    // An alert the replay found firing was never told to anyone: notify it now.
    const QDateTime last = reports.isEmpty() ? QDateTime() : reports.constLast().at;
    for (const Alert &a : m_tracker.alerts()) {
        const Alert *known = before.find(a.key);
        if (a.state == AlertState::Firing && (!known || known->state == AlertState::Inactive))
            deliver(Transition{a.key, a.severity, AlertState::Pending, AlertState::Firing, a.firingSince, a.value,
                               a.threshold},
                    last, out);
    }
    return out;
}

EngineOutput AlertEngine::evaluate(const EvaluationReport &report, const QDateTime &now)
{
    EngineOutput out;
    Step step;
    advanceAll(report, report.at.isValid() ? report.at : now, step);
    out.changed = step.changed;
    for (const Transition &t : std::as_const(step.transitions)) {
        out.events.append(transitionEvent(t));
        deliver(t, now, out);
    }
    escalate(now, out);
    flushDigest(now, out);
    return out;
}

void AlertEngine::deliver(const Transition &t, const QDateTime &now, EngineOutput &out)
{
    const Alert *alert = m_tracker.find(t.key);
    if (!alert || alert->isSuppressed(now))
        return;
    const bool firing = t.to == AlertState::Firing;
    const bool resolved = t.from == AlertState::Firing && t.to != AlertState::Firing;
    if (!firing && !resolved)
        return;
    const DeliveryPolicy p = policy(t.key.sla, alert->severity);
    if (p.digest) {
        if (firing && !m_digest.contains(t.key))
            m_digest.append(t.key);
        return; // resolved digest alerts are simply no longer listed
    }
    for (const NotifyTarget &target : p.targets) {
        NotificationRequest r;
        r.event = firing ? NotificationRequest::Event::Firing : NotificationRequest::Event::Resolved;
        r.alert = *alert;
        r.target = target;
        r.urgency = firing ? p.urgency : Urgency::Low;
        r.persistent = firing && p.persistent;
        out.notifications.append(r);
    }
}

void AlertEngine::escalate(const QDateTime &now, EngineOutput &out)
{
    for (const Alert &a : m_tracker.alerts()) {
        if (a.state != AlertState::Firing || a.ack || a.isSuppressed(now))
            continue;
        const DeliveryPolicy p = policy(a.key.sla, a.severity);
        if (!p.ackTimeoutMs || p.escalateTo.isEmpty() || a.firingSince.msecsTo(now) < *p.ackTimeoutMs)
            continue;
        if (m_escalated.value(a.key) == a.firingSince)
            continue; // this episode escalated already
        m_escalated.insert(a.key, a.firingSince);
        HistoryEvent e;
        e.at = now;
        e.type = HistoryEvent::Type::Escalated;
        e.key = a.key;
        e.severity = a.severity;
        QJsonArray targets;
        for (const NotifyTarget &t : p.escalateTo) {
            targets.append(t.kind == NotifyTarget::Kind::Desktop ? QStringLiteral("desktop") : t.url);
            out.notifications.append(
                NotificationRequest{NotificationRequest::Event::Escalated, a, t, Urgency::Critical, true});
        }
        e.data.insert(QStringLiteral("targets"), targets);
        out.events.append(e);
    }
}

void AlertEngine::flushDigest(const QDateTime &now, EngineOutput &out)
{
    m_digest.removeIf([&](const AlertKey &k) {
        const Alert *a = m_tracker.find(k);
        return !a || a->state != AlertState::Firing || a->isSuppressed(now);
    });
    if (m_digest.isEmpty())
        return;
    if (m_lastDigest.isValid() && m_lastDigest.msecsTo(now) < m_digestIntervalMs)
        return;
    Alert digest = *m_tracker.find(m_digest.constFirst());
    QStringList lines;
    for (const AlertKey &k : std::as_const(m_digest))
        lines << m_tracker.find(k)->summary;
    digest.summary = lines.join(QLatin1Char('\n'));
    digest.description =
        Tr::tr("%n alert(s) of tier 3 or severity info fired since the last digest.", nullptr, int(m_digest.size()));
    out.notifications.append(
        NotificationRequest{NotificationRequest::Event::Digest, digest, NotifyTarget{}, Urgency::Low, false});
    m_digest.clear();
    m_lastDigest = now;
}

std::optional<HistoryEvent> AlertEngine::acknowledge(const AlertKey &key, const Acknowledgement &ack)
{
    if (!m_tracker.acknowledge(key, ack))
        return std::nullopt;
    return ackEvent(key, m_tracker.find(key)->severity, ack);
}

HistoryEvent AlertEngine::silence(const AlertKey &key, const Silence &silence)
{
    m_tracker.silence(key, silence);
    return silenceEvent(key, m_tracker.find(key)->severity, silence);
}

std::optional<HistoryEvent> AlertEngine::unsilence(const AlertKey &key, const QString &by, const QDateTime &at)
{
    if (!m_tracker.unsilence(key))
        return std::nullopt;
    HistoryEvent e;
    e.at = at;
    e.type = HistoryEvent::Type::Unsilenced;
    e.key = key;
    e.severity = m_tracker.find(key)->severity;
    e.actor = by;
    return e;
}

void AlertEngine::restore(const QList<HistoryEvent> &events)
{
    m_tracker.restore(events);
}

QList<Alert> AlertEngine::visibleAlerts() const
{
    QList<Alert> out;
    for (const Alert &a : m_tracker.alerts()) {
        if (a.state != AlertState::Inactive)
            out.append(a);
    }
    return out;
}

} // namespace Sla::Core::Alerting
