// SPDX-License-Identifier: Apache-2.0
#pragma once

// The shared vocabulary of the alerting layer (issue 10): the identity and state of an
// alert, acknowledgements and silences, the history events every part records, the
// notifications the engine asks for, the outbox that keeps undelivered ones across a
// restart, and backtest episodes. Plain values: they cross threads and go into SQLite.
//
// The parts of core/alerting/:
//   rules + state machine + escalation + backtest   (AlertEngine: pure, clock passed in)
//   history (SQLite, WAL): implements HistorySink and Outbox
//   delivery: desktop notifications (freedesktop D-Bus), Alertmanager v2, JSON webhook,
//   remediation webhook; through the one HttpClient; drains the Outbox.

#include "core/document/model.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <optional>

namespace Sla::Core::Alerting {

/// inactive -> pending -> firing -> resolved (-> pending again when the condition returns).
enum class AlertState { Inactive, Pending, Firing, Resolved };
/// "inactive", "pending", "firing", "resolved" (JSON, SQLite, Alertmanager annotations).
QString stateName(AlertState state);
std::optional<AlertState> stateFromName(const QString &name);

/// One alert per rule and objective: the key deduplicates.
struct AlertKey
{
    QString sla;
    QString objective;
    QString rule; ///< the rule's name; generated names for unnamed rules are documented
    /// "sla/objective/rule": the key in SQLite, in D-Bus action ids, in Alertmanager labels.
    QString fingerprint() const;
    static std::optional<AlertKey> fromFingerprint(const QString &fingerprint);
    bool isValid() const { return !sla.isEmpty() && !rule.isEmpty(); }
    bool operator==(const AlertKey &) const = default;
};
size_t qHash(const AlertKey &key, size_t seed = 0) noexcept;

struct Acknowledgement
{
    QDateTime at; ///< UTC
    QString by;   ///< who (free text: the desktop user name by default)
    QString note;
    bool operator==(const Acknowledgement &) const = default;
};

struct Silence
{
    QDateTime at;    ///< UTC, when it was set
    QDateTime until; ///< UTC; the silence ends here
    QString by;
    QString reason;
    bool activeAt(const QDateTime &t) const { return at <= t && t < until; }
    bool operator==(const Silence &) const = default;
};

/// How a notification is delivered; from the SLA's tier (TierTemplate) and the severity.
enum class Urgency { Low, Normal, Critical };

/// The current state of one alert.
struct Alert
{
    AlertKey key;
    AlertState state = AlertState::Inactive;
    AlertSeverity severity = AlertSeverity::Page;
    QString tier;          ///< the SLA's tier as written; empty when none
    QString window;        ///< the `sladesk_window` label (windowLabel()); empty when unknown
    QDateTime activeSince; ///< the condition became true (pending began); invalid when inactive
    QDateTime firingSince; ///< invalid unless firing
    QDateTime resolvedAt;  ///< set on resolved
    QDateTime lastEvaluated;
    QDateTime lastTrue; ///< the last evaluation at which the condition held (keep-firing)

    std::optional<double> value;     ///< what the rule compares: SLI, burn rate, budget left...
    std::optional<double> threshold; ///< what it is compared with
    std::optional<double> target;    ///< the objective's target
    std::optional<double> budgetRemaining;
    std::optional<QDateTime> exhaustion; ///< projected budget exhaustion at the current burn
    QString summary;                     ///< one translated line: SLA, objective, value vs threshold
    QString description;                 ///< the longer text (budget left, time to exhaustion)
    QString runbookUrl;                  ///< the SLA's remediation.runbook
    /// A correction active now covers the objective: the rule is silenced ("in maintenance").
    QString maintenance; ///< the correction's name; empty when none

    std::optional<Acknowledgement> ack; ///< cleared when the alert resolves
    std::optional<Silence> silence;

    /// `sladesk://sla/NAME/OBJECTIVE`.
    QString dashboardUrl() const;
    /// In maintenance (an active correction) or under a silence active at `t`: the alert
    /// keeps its state but asks for no notification.
    bool isSuppressed(const QDateTime &t) const { return !maintenance.isEmpty() || (silence && silence->activeAt(t)); }
    bool isActive() const { return state == AlertState::Pending || state == AlertState::Firing; }
    bool operator==(const Alert &) const = default;
};

/// The label `sladesk_window` of the alerts (and of the recorded ratio series of
/// `slactl rules`): a Prometheus duration that names the rule's window (windowLabel()).
inline constexpr const char *WindowLabel = "sladesk_window";

/// The labels of an alert besides `alertname` (the rule's name), in this order: `sla`,
/// `objective`, `severity`, `tier` and `sladesk_window` (the last three only when not
/// empty, `objective` likewise). The one list that the Prometheus alerting rules of
/// `slactl rules` and the engine's Alertmanager delivery both write, so that Prometheus
/// -> Alertmanager and SLA Desk -> Alertmanager raise the same alert.
QList<QPair<QString, QString>> alertLabels(const QString &sla, const QString &objective, AlertSeverity severity,
                                           const QString &tier, const QString &window);
/// alertLabels() of `alert`.
QList<QPair<QString, QString>> alertLabels(const Alert &alert);

/// One line of the history. Every part records what it did; nothing is ever updated or
/// deleted. `data` carries the type's details (documented with the SQLite schema).
struct HistoryEvent
{
    enum class Type {
        Transition,         ///< data: from, to, value, threshold
        Acknowledged,       ///< actor, text = note
        Silenced,           ///< actor, text = reason, data: until
        Unsilenced,         ///< actor
        NotificationSent,   ///< data: target kind, url (never a secret), attempt
        NotificationFailed, ///< text = error, data: target kind, url, attempt, nextAttempt
        Escalated,          ///< data: targets
        RemediationRun,     ///< actor, data: url, status; text = error when it failed
        ChecklistTicked,    ///< actor, data: step
        Note,               ///< actor, text
    };
    qint64 id = 0; ///< assigned by the store
    QDateTime at;  ///< UTC
    Type type = Type::Note;
    AlertKey key;
    AlertSeverity severity = AlertSeverity::Page;
    QString actor;
    QString text;
    QJsonObject data;
};
/// "transition", "acknowledged", ... (SQLite, CSV export, JSON).
QString eventTypeName(HistoryEvent::Type type);
std::optional<HistoryEvent::Type> eventTypeFromName(const QString &name);

/// Where history events go (the SQLite history implements it; tests collect them).
class HistorySink
{
public:
    virtual ~HistorySink() = default;
    /// Records one event durably; returns its id (> 0), or 0 when it could not be written
    /// (the sink logs why; the caller carries on).
    virtual qint64 record(const HistoryEvent &event) = 0;
};

/// A notification the engine asks for: one alert, one event, one target.
struct NotificationRequest
{
    enum class Event { Firing, Resolved, Escalated, Digest };
    Event event = Event::Firing;
    Alert alert;         ///< a snapshot at the time of the request
    NotifyTarget target; ///< desktop, Alertmanager URL or webhook URL
    Urgency urgency = Urgency::Normal;
    bool persistent = false; ///< desktop: stays until acted on (tier 1 pages)
};

/// An undelivered notification, kept until delivered (survives a restart).
struct OutboxItem
{
    qint64 id = 0; ///< assigned by the outbox
    QDateTime created;
    QDateTime nextAttempt;
    int attempts = 0;
    QString lastError;
    AlertKey key;
    NotifyTarget::Kind targetKind = NotifyTarget::Kind::Webhook;
    QString url;       ///< never holds a secret
    QByteArray body;   ///< the request body, ready to send
    QDateTime expires; ///< give up after this (invalid: never)
};

/// The persistent queue of the senders (the SQLite history implements it).
class Outbox
{
public:
    virtual ~Outbox() = default;
    virtual qint64 enqueue(const OutboxItem &item) = 0;
    virtual void markDelivered(qint64 id, const QDateTime &at) = 0;
    virtual void markFailed(qint64 id, const QString &error, const QDateTime &nextAttempt) = 0;
    /// Items not yet delivered whose nextAttempt is at or before `now`, oldest first.
    virtual QList<OutboxItem> due(const QDateTime &now, int limit = 100) = 0;
};

/// One firing period a backtest found.
struct Episode
{
    AlertKey key;
    AlertSeverity severity = AlertSeverity::Page;
    QDateTime start; ///< firing began
    QDateTime end;   ///< resolved; invalid when still firing at the end of the range
    double peak = 0; ///< the worst value of the rule while firing
};

} // namespace Sla::Core::Alerting

Q_DECLARE_METATYPE(Sla::Core::Alerting::Alert)
