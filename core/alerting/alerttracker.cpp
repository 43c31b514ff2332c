// SPDX-License-Identifier: Apache-2.0
#include "alerttracker.h"

#include "core/alerting/logging.h"

#include <QJsonValue>

namespace Sla::Core::Alerting {

namespace {

using Verdict = Condition::Verdict;

void goTo(Alert &alert, AlertState to, const QDateTime &at)
{
    switch (to) {
    case AlertState::Pending:
        alert.activeSince = at;
        alert.firingSince = {};
        alert.resolvedAt = {};
        break;
    case AlertState::Firing:
        if (alert.state != AlertState::Pending) // for 0: straight to firing
            alert.activeSince = at;
        alert.firingSince = at;
        alert.resolvedAt = {};
        break;
    case AlertState::Resolved:
        alert.resolvedAt = at;
        alert.ack.reset();
        break;
    case AlertState::Inactive:
        alert.activeSince = {};
        alert.firingSince = {};
        alert.ack.reset();
        break;
    }
    alert.state = to;
}

/// The state the condition leads to (the same state: no change).
AlertState next(const Alert &alert, const Rule &rule, const Condition &c, const QDateTime &at)
{
    const bool blocked = c.verdict == Verdict::Insufficient || !c.maintenance.isEmpty();
    const bool holds = c.verdict == Verdict::True;
    switch (alert.state) {
    case AlertState::Inactive:
    case AlertState::Resolved:
        if (holds && !blocked)
            return rule.forMs <= 0 ? AlertState::Firing : AlertState::Pending;
        return alert.state;
    case AlertState::Pending:
        if (c.verdict == Verdict::Unknown)
            return alert.state;
        if (!holds || blocked)
            return AlertState::Inactive;
        return alert.activeSince.msecsTo(at) >= rule.forMs ? AlertState::Firing : AlertState::Pending;
    case AlertState::Firing:
        if (c.verdict == Verdict::False && alert.lastTrue.msecsTo(at) >= rule.keepFiringMs)
            return AlertState::Resolved;
        return alert.state;
    }
    return alert.state;
}

} // namespace

bool advance(Alert &alert, const Rule &rule, const Condition &condition, const QDateTime &at, Transition *transition)
{
    if (alert.silence && alert.silence->until <= at)
        alert.silence.reset();
    alert.severity = rule.severity;
    alert.maintenance = condition.maintenance;
    alert.lastEvaluated = at;
    if (condition.verdict == Verdict::True || condition.verdict == Verdict::False) {
        alert.value = condition.value;
        alert.threshold = condition.threshold;
    }
    const AlertState from = alert.state;
    const AlertState to = next(alert, rule, condition, at);
    if (condition.verdict == Verdict::True && to != AlertState::Inactive && to != AlertState::Resolved)
        alert.lastTrue = at;
    if (to == from)
        return false;
    goTo(alert, to, at);
    qCDebug(lcAlerting) << alert.key.fingerprint() << stateName(from) << "->" << stateName(to) << at;
    if (transition)
        *transition = Transition{alert.key, alert.severity, from, to, at, alert.value, alert.threshold};
    return true;
}

Alert &AlertTracker::get(const AlertKey &key)
{
    const auto it = m_index.constFind(key);
    if (it != m_index.constEnd())
        return m_alerts[*it];
    m_index.insert(key, m_alerts.size());
    Alert alert;
    alert.key = key;
    m_alerts.append(alert);
    return m_alerts.last();
}

std::optional<Transition> AlertTracker::update(const AlertKey &key, const Rule &rule, const Condition &condition,
                                               const QDateTime &at)
{
    Transition t;
    if (!advance(get(key), rule, condition, at, &t))
        return std::nullopt;
    return t;
}

bool AlertTracker::acknowledge(const AlertKey &key, const Acknowledgement &ack)
{
    const auto it = m_index.constFind(key);
    if (it == m_index.constEnd() || !m_alerts[*it].isActive())
        return false;
    m_alerts[*it].ack = ack;
    return true;
}

void AlertTracker::silence(const AlertKey &key, const Silence &silence)
{
    get(key).silence = silence;
}

bool AlertTracker::unsilence(const AlertKey &key)
{
    const auto it = m_index.constFind(key);
    if (it == m_index.constEnd() || !m_alerts[*it].silence)
        return false;
    m_alerts[*it].silence.reset();
    return true;
}

void AlertTracker::restore(const QList<HistoryEvent> &events)
{
    for (const HistoryEvent &e : events) {
        Alert &alert = get(e.key);
        switch (e.type) {
        case HistoryEvent::Type::Transition: {
            const std::optional<AlertState> to = stateFromName(e.data.value(QStringLiteral("to")).toString());
            if (!to)
                break;
            alert.severity = e.severity;
            goTo(alert, *to, e.at);
            if (alert.isActive())
                alert.lastTrue = e.at;
            const QJsonValue value = e.data.value(QStringLiteral("value"));
            const QJsonValue threshold = e.data.value(QStringLiteral("threshold"));
            alert.value = value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
            alert.threshold = threshold.isDouble() ? std::optional<double>(threshold.toDouble()) : std::nullopt;
            break;
        }
        case HistoryEvent::Type::Acknowledged:
            if (alert.isActive())
                alert.ack = Acknowledgement{e.at, e.actor, e.text};
            break;
        case HistoryEvent::Type::Silenced:
            alert.silence = Silence{
                e.at, QDateTime::fromString(e.data.value(QStringLiteral("until")).toString(), Qt::ISODateWithMs),
                e.actor, e.text};
            break;
        case HistoryEvent::Type::Unsilenced:
            alert.silence.reset();
            break;
        default:
            break;
        }
    }
}

const Alert *AlertTracker::find(const AlertKey &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.constEnd() ? nullptr : &m_alerts[*it];
}

Alert *AlertTracker::find(const AlertKey &key)
{
    const auto it = m_index.constFind(key);
    return it == m_index.constEnd() ? nullptr : &m_alerts[*it];
}

QList<Alert> AlertTracker::alerts() const
{
    return m_alerts;
}

QList<Alert> AlertTracker::active() const
{
    QList<Alert> out;
    for (const Alert &a : m_alerts) {
        if (a.isActive())
            out.append(a);
    }
    return out;
}

} // namespace Sla::Core::Alerting
