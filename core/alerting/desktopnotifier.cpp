// SPDX-License-Identifier: Apache-2.0
#include "desktopnotifier.h"

#include "core/document/tr.h"
#include "core/engine/figureformat.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QUrl>
#include <QVariantMap>

#include <algorithm>
#include <memory>
#include <utility>

namespace Sla::Core::Alerting {

namespace Tr = TrContext::AlertDelivery;

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
constexpr int CallTimeoutMs = 5000;
constexpr int ExpireMs = 15000; ///< a non-persistent notification goes after 15 s

// "2 d 4 h", "3 h 12 min", "8 min": how long until `to`.
QString span(const QDateTime &from, const QDateTime &to)
{
    const qint64 minutes = std::max<qint64>(0, from.secsTo(to) / 60);
    if (minutes >= 24 * 60)
        return Tr::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
    if (minutes >= 60)
        return Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return Tr::tr("%1 min").arg(minutes);
}

// Calls `done` once with the finished call, also when it failed before a watcher could see it
// finish (a disconnected bus answers at once): never synchronously, never blocking. The reply can
// also arrive between the watcher's construction and the isFinished() check, when both the watcher
// and the queued emission below report it: `done` runs for the first only (a second run counted a
// notification twice).
template <typename Done> void watch(const QDBusPendingCall &call, QObject *context, Done done)
{
    auto *watcher = new QDBusPendingCallWatcher(call, context);
    auto answered = std::make_shared<bool>(false);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [done, answered](QDBusPendingCallWatcher *w) {
                         if (std::exchange(*answered, true))
                             return;
                         w->deleteLater();
                         done(*w);
                     });
    if (watcher->isFinished())
        QMetaObject::invokeMethod(
            watcher, [watcher] { Q_EMIT watcher->finished(watcher); }, Qt::QueuedConnection);
}

uchar urgencyByte(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Low:
        return 0;
    case Urgency::Critical:
        return 2;
    case Urgency::Normal:
        break;
    }
    return 1;
}

} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent) : QObject(parent), m_bus(bus)
{
    m_bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
    const QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("GetCapabilities"));
    watch(m_bus.asyncCall(call, CallTimeoutMs), this, [this](const QDBusPendingCall &finished) {
        const QDBusPendingReply<QStringList> reply = finished;
        if (reply.isValid())
            m_capabilities = reply.value();
        else
            qCInfo(lcAlerting, "no notification server answers GetCapabilities: %s",
                   qPrintable(reply.error().message()));
    });
}

DesktopNotifier::~DesktopNotifier() = default;

QString DesktopNotifier::summaryText(const NotificationRequest &request)
{
    const AlertKey &k = request.alert.key;
    const QString what = k.objective.isEmpty() ? k.sla : Tr::tr("%1 — %2").arg(k.sla, k.objective);
    switch (request.event) {
    case NotificationRequest::Event::Resolved:
        return Tr::tr("Resolved: %1").arg(what);
    case NotificationRequest::Event::Escalated:
        return Tr::tr("Not acknowledged, escalated: %1").arg(what);
    case NotificationRequest::Event::Digest:
        return Tr::tr("Digest: %1").arg(what);
    case NotificationRequest::Event::Firing:
        break;
    }
    return Tr::tr("Firing: %1").arg(what);
}

QString DesktopNotifier::bodyText(const NotificationRequest &request, bool hyperlinks)
{
    const Alert &a = request.alert;
    QStringList lines;
    if (!a.summary.isEmpty())
        lines << a.summary.toHtmlEscaped();
    if (a.target)
        lines << Tr::tr("Target %1").arg(FigureFormat::percent(*a.target, 3)).toHtmlEscaped();
    if (a.budgetRemaining)
        lines << Tr::tr("Error budget left %1").arg(FigureFormat::percent(*a.budgetRemaining, 1)).toHtmlEscaped();
    if (a.budgetRemaining && *a.budgetRemaining <= 0)
        lines << Tr::tr("The error budget is exhausted").toHtmlEscaped();
    else if (a.exhaustion && a.exhaustion->isValid())
        lines << Tr::tr("At the current burn the budget runs out in %1")
                     .arg(span(a.lastEvaluated.isValid() ? a.lastEvaluated : QDateTime::currentDateTimeUtc(),
                               *a.exhaustion))
                     .toHtmlEscaped();
    if (!a.maintenance.isEmpty())
        lines << Tr::tr("In maintenance (correction %1)").arg(a.maintenance).toHtmlEscaped();
    const QUrl runbook(a.runbookUrl);
    if (runbook.isValid() &&
        (runbook.scheme() == QLatin1String("https") || runbook.scheme() == QLatin1String("http"))) {
        const QString url = runbook.toString(QUrl::FullyEncoded).toHtmlEscaped();
        lines << (hyperlinks
                      ? Tr::tr("Runbook: %1").toHtmlEscaped().arg(QStringLiteral("<a href=\"%1\">%1</a>").arg(url))
                      : Tr::tr("Runbook: %1").toHtmlEscaped().arg(url));
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList DesktopNotifier::actionList(bool offerRemediation)
{
    QStringList actions{QStringLiteral("default"), Tr::tr("Open"),         QStringLiteral("acknowledge"),
                        Tr::tr("Acknowledge"),     QStringLiteral("open"), Tr::tr("Open in SLA Desk")};
    if (offerRemediation)
        actions << QStringLiteral("remediate") << Tr::tr("Run remediation");
    return actions;
}

void DesktopNotifier::notify(const NotificationRequest &request, bool offerRemediation)
{
    const AlertKey key = request.alert.key;
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(urgencyByte(request.urgency)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("sladesk"));
    hints.insert(QStringLiteral("category"), QStringLiteral("sladesk.alert"));
    if (request.persistent)
        hints.insert(QStringLiteral("resident"), true);
    const bool hyperlinks = m_capabilities.contains(QStringLiteral("body-hyperlinks"));
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    call << QCoreApplication::applicationName() << m_idOf.value(key) << QStringLiteral("dialog-warning")
         << summaryText(request) << bodyText(request, hyperlinks) << actionList(offerRemediation) << hints
         << int(request.persistent ? 0 : ExpireMs);
    watch(m_bus.asyncCall(call, CallTimeoutMs), this, [this, key](const QDBusPendingCall &finished) {
        const QDBusPendingReply<uint> reply = finished;
        if (!reply.isValid()) {
            qCWarning(lcAlerting, "desktop notification of %s failed: %s", qPrintable(key.fingerprint()),
                      qPrintable(reply.error().message()));
            Q_EMIT failed(key, reply.error().message());
            return;
        }
        const uint id = reply.value();
        if (const uint old = m_idOf.value(key); old != 0 && old != id)
            forget(old);
        m_idOf.insert(key, id);
        m_keyOf.insert(id, key);
        Q_EMIT sent(key, id);
    });
}

void DesktopNotifier::close(const AlertKey &key)
{
    const uint id = m_idOf.value(key);
    if (id == 0)
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("CloseNotification"));
    call << id;
    watch(m_bus.asyncCall(call, CallTimeoutMs), this, [](const QDBusPendingCall &) {});
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_keyOf.constFind(id);
    if (it == m_keyOf.constEnd())
        return; // another application's notification
    if (actionKey == QLatin1String("acknowledge"))
        Q_EMIT actionInvoked(*it, Action::Acknowledge);
    else if (actionKey == QLatin1String("remediate"))
        Q_EMIT actionInvoked(*it, Action::Remediate);
    else if (actionKey == QLatin1String("open") || actionKey == QLatin1String("default"))
        Q_EMIT actionInvoked(*it, Action::Open);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    const auto it = m_keyOf.constFind(id);
    if (it == m_keyOf.constEnd())
        return;
    const AlertKey key = *it;
    forget(id);
    Q_EMIT closed(key, reason);
}

void DesktopNotifier::forget(uint id)
{
    const AlertKey key = m_keyOf.take(id);
    if (m_idOf.value(key) == id)
        m_idOf.remove(key);
}

} // namespace Sla::Core::Alerting
