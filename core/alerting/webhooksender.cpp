// SPDX-License-Identifier: Apache-2.0
#include "webhooksender.h"

#include "core/document/tr.h"
#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace Sla::Core::Alerting {

namespace Tr = TrContext::AlertDelivery;

namespace {

QString eventName(NotificationRequest::Event event)
{
    // In the order of NotificationRequest::Event.
    static constexpr std::array<const char *, 4> Names = {"firing", "resolved", "escalated", "digest"};
    const auto i = std::size_t(event);
    return QString::fromLatin1(i < Names.size() ? Names[i] : Names[0]);
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

/// The `sladesk_window` label the Alertmanager body and the Prometheus rule of the same
/// alert carry (alertLabels()); null when the alert has none.
QJsonValue windowLabelOf(const Alert &alert)
{
    for (const auto &[name, value] : alertLabels(alert)) {
        if (name == QLatin1String(WindowLabel))
            return value;
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

WebhookSender::WebhookSender(const QUrl &url, const HttpClient::Options &options, QObject *parent)
    : QObject(parent), m_http(new HttpClient(Tr::tr("webhook %1").arg(HttpClient::displayUrl(url)), options, this)),
      m_url(url)
{
}

WebhookSender::~WebhookSender() = default;

QByteArray WebhookSender::body(const NotificationRequest &request, const QDateTime &now)
{
    const Alert &a = request.alert;
    const QJsonObject alert{
        {QStringLiteral("sla"), a.key.sla},
        {QStringLiteral("objective"), a.key.objective},
        {QStringLiteral("rule"), a.key.rule},
        {QStringLiteral("fingerprint"), a.key.fingerprint()},
        {QStringLiteral("state"), stateName(a.state)},
        {QStringLiteral("severity"), toString(a.severity)},
        {QStringLiteral("tier"), a.tier},
        {QString::fromLatin1(WindowLabel), windowLabelOf(a)},
        {QStringLiteral("summary"), a.summary},
        {QStringLiteral("description"), a.description},
        {QStringLiteral("value"), optionalNumber(a.value)},
        {QStringLiteral("threshold"), optionalNumber(a.threshold)},
        {QStringLiteral("target"), optionalNumber(a.target)},
        {QStringLiteral("budgetRemaining"), optionalNumber(a.budgetRemaining)},
        {QStringLiteral("exhaustion"), a.exhaustion ? time(*a.exhaustion) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("activeSince"), time(a.activeSince)},
        {QStringLiteral("firingSince"), time(a.firingSince)},
        {QStringLiteral("resolvedAt"), time(a.resolvedAt)},
        {QStringLiteral("maintenance"), a.maintenance},
        {QStringLiteral("runbookUrl"), a.runbookUrl},
        {QStringLiteral("dashboard"), a.dashboardUrl()},
    };
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("source"), QStringLiteral("sladesk")},
                           {QStringLiteral("event"), eventName(request.event)},
                           {QStringLiteral("sentAt"), time(now)},
                           {QStringLiteral("alert"), alert}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void WebhookSender::send(const NotificationRequest &request, const QDateTime &now)
{
    HttpClient::Request r;
    r.url = m_url;
    r.body = body(request, now);
    r.contentType = "application/json";
    const AlertKey key = request.alert.key;
    m_http->send(r, [this, key](const HttpClient::Reply &reply) {
        if (!reply.error && reply.status >= 200 && reply.status < 300) {
            Q_EMIT delivered(key);
            return;
        }
        const QString why =
            reply.error
                ? reply.error->message
                : Tr::tr("HTTP %1: %2").arg(reply.status).arg(m_http->scrub(QString::fromUtf8(reply.body.left(300))));
        qCWarning(lcAlertDelivery, "webhook for %s failed: %s", qPrintable(key.fingerprint()), qPrintable(why));
        Q_EMIT failed(key, why);
    });
}

} // namespace Sla::Core::Alerting
