// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "alert.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace Sla::Core::Alerting {

/// Desktop notifications through the freedesktop Notifications D-Bus interface
/// (org.freedesktop.Notifications, spec 1.2): every call is asynchronous, so a slow or
/// missing notification daemon never blocks the caller.
///
/// One notification per alert: a new request for an alert replaces its notification
/// (`replaces_id`). Urgency is the request's (tier 1 pages: critical), a persistent request
/// never expires. The body is markup-escaped; the runbook link is a hyperlink only where
/// the server announces `body-hyperlinks`. Actions: "default" (a click) and "open" open the
/// SLA, "acknowledge" acknowledges, "remediate" (offered only when asked) runs the SLA's
/// remediation; they come back as actionInvoked() with the alert's key.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    enum class Action { Open, Acknowledge, Remediate };
    Q_ENUM(Action)

    explicit DesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    ~DesktopNotifier() override;

    /// Shows (or replaces) the notification of `request.alert`. `offerRemediation` adds the
    /// "Run remediation" action (the SLA has a remediation webhook).
    void notify(const NotificationRequest &request, bool offerRemediation = false);
    /// Closes the notification of `key` when one is shown.
    void close(const AlertKey &key);

    /// The server's capabilities as it answered GetCapabilities (empty until it has).
    QStringList capabilities() const { return m_capabilities; }
    /// The notification id of `key` (0: none shown).
    uint notificationId(const AlertKey &key) const { return m_idOf.value(key); }

    /// The summary line: "Firing: Fraud detection API — Precision" and the like.
    static QString summaryText(const NotificationRequest &request);
    /// The body: value against threshold and target, budget left, time to exhaustion, the
    /// runbook; markup-escaped, the runbook an <a> link when `hyperlinks`.
    static QString bodyText(const NotificationRequest &request, bool hyperlinks);
    /// The action list as the Notify call takes it (key, label, key, label, ...).
    static QStringList actionList(bool offerRemediation);

Q_SIGNALS:
    /// The server accepted the notification and gave it `id`.
    void sent(const ::Sla::Core::Alerting::AlertKey &key, uint id);
    /// The call failed (no notification daemon, a D-Bus error); `error` says why.
    void failed(const ::Sla::Core::Alerting::AlertKey &key, const QString &error);
    /// The user chose an action of the alert's notification.
    void actionInvoked(const ::Sla::Core::Alerting::AlertKey &key,
                       ::Sla::Core::Alerting::DesktopNotifier::Action action);
    /// The notification of `key` was closed (reason as in the spec: 1 expired, 2 dismissed,
    /// 3 closed by a call, 4 undefined).
    void closed(const ::Sla::Core::Alerting::AlertKey &key, uint reason);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void forget(uint id);

    QDBusConnection m_bus;
    QStringList m_capabilities;
    QHash<uint, AlertKey> m_keyOf;
    QHash<AlertKey, uint> m_idOf;
};

} // namespace Sla::Core::Alerting
