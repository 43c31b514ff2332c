// SPDX-License-Identifier: Apache-2.0
#pragma once

// The alert engine (issue 10, README "Alerting", live loop): evaluation reports in, alert
// states, history events and notification requests out. It joins the pure parts of the
// layer (rules, state machine) with the workspace (tiers, notify targets, corrections,
// remediation) and decides delivery by tier: who is told, how urgently, when a page that
// nobody acknowledged escalates, and which alerts wait for the digest. Pure: no network,
// no SQLite, no clock; the time is a parameter, so the same engine runs in the desktop,
// in `slactl watch` and in tests.

#include "core/alerting/alert.h"
#include "core/alerting/alerttracker.h"
#include "core/alerting/rules.h"
#include "core/evaluation/evaluation.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Sla::Core::Alerting {

/// How the alerts of one SLA and severity are delivered (README "Escalation by tier").
struct DeliveryPolicy
{
    Urgency urgency = Urgency::Normal;
    bool persistent = false; ///< desktop: stays until acted on
    bool digest = false;     ///< collected into the digest instead of notified one by one
    QList<NotifyTarget> targets;
    std::optional<qint64> ackTimeoutMs; ///< a page not acknowledged this long escalates
    QList<NotifyTarget> escalateTo;
};

/// The tier level of a tier name: `tier-1` -> 1, `tier-2` -> 2, `tier-3` -> 3 (also
/// `tier1`, `Tier 2`); 0 for any other name.
int tierLevel(const QString &tier);

/// What one step of the engine produced, in order.
struct EngineOutput
{
    QList<HistoryEvent> events; ///< to record (transitions, escalations)
    QList<NotificationRequest> notifications;
    bool changed = false; ///< an alert changed state, value or description
};

class AlertEngine
{
public:
    /// How long tier-3 and `info` alerts are collected before one digest is sent.
    static constexpr qint64 DefaultDigestIntervalMs = 3600 * 1000;
    /// The warm-up replay never reaches further back than this.
    static constexpr qint64 MaxWarmUpMs = 24 * 3600 * 1000;

    /// Replaces the workspace: rules, tiers, corrections and targets. Alerts of rules that
    /// still exist keep their state.
    void setWorkspace(const Workspace &workspace);
    const Workspace &workspace() const { return m_workspace; }
    QList<Rule> rules(const QString &sla) const { return m_rules.value(sla); }

    void setDigestInterval(qint64 ms) { m_digestIntervalMs = ms; }

    /// How far back a warm-up must replay so that an alert whose condition has held for
    /// its `for` fires on the first live evaluation: the longest `for` + keep-firing of
    /// the workspace's rules, at most MaxWarmUpMs. 0 when no rule has a `for`.
    qint64 warmUpSpanMs() const;
    /// Replays `reports` (oldest first, taken before the first live evaluation) through
    /// the state machine, for alerts that have no state yet (a restored alert keeps its
    /// own). Records the transitions with their own times, and asks for the notification of
    /// each alert the replay left firing (nobody was told of it; a restored alert was).
    EngineOutput warmUp(const QList<EvaluationReport> &reports);

    /// One live evaluation: advances every alert, describes it from the report, and asks
    /// for the notifications its tier's policy calls for, escalations of pages not
    /// acknowledged in time and the digest when it is due.
    EngineOutput evaluate(const EvaluationReport &report, const QDateTime &now);

    /// Acknowledges a pending or firing alert; the history event, or nothing when the
    /// alert is not active.
    std::optional<HistoryEvent> acknowledge(const AlertKey &key, const Acknowledgement &ack);
    HistoryEvent silence(const AlertKey &key, const Silence &silence);
    std::optional<HistoryEvent> unsilence(const AlertKey &key, const QString &by, const QDateTime &at);

    /// Restores states, acks and silences from the history after a restart (oldest first).
    void restore(const QList<HistoryEvent> &events);

    const AlertTracker &tracker() const { return m_tracker; }
    /// Pending, firing and resolved alerts, in the order first seen.
    QList<Alert> visibleAlerts() const;
    DeliveryPolicy policy(const QString &sla, AlertSeverity severity) const;

private:
    struct Step;
    void advanceAll(const EvaluationReport &report, const QDateTime &at, Step &step);
    void describe(Alert &alert, const Rule &rule, const ObjectiveResult &result) const;
    void deliver(const Transition &t, const QDateTime &now, EngineOutput &out);
    void escalate(const QDateTime &now, EngineOutput &out);
    void flushDigest(const QDateTime &now, EngineOutput &out);

    Workspace m_workspace;
    QHash<QString, QList<Rule>> m_rules; ///< by SLA
    /// The compliance window of each objective (complianceLength()), by "sla/objective".
    QHash<QString, Duration> m_windows;
    AlertTracker m_tracker;
    QHash<AlertKey, QDateTime> m_escalated; ///< the firingSince of the episode escalated
    QList<AlertKey> m_digest;               ///< waiting for the next digest
    QDateTime m_lastDigest;
    qint64 m_digestIntervalMs = DefaultDigestIntervalMs;
};

} // namespace Sla::Core::Alerting
