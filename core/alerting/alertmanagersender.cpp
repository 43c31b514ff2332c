// SPDX-License-Identifier: Apache-2.0
#include "alertmanagersender.h"

#include "core/document/tr.h"
#include "logging.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Sla::Core::Alerting {

namespace Tr = TrContext::AlertDelivery;

namespace {

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QJsonObject toJson(const Alert &a, const QDateTime &now, std::chrono::seconds resend)
{
    // The labels of the Prometheus alerting rules of `slactl rules`: the same alert.
    QJsonObject labels{{QStringLiteral("alertname"), a.key.rule}};
    for (const auto &[name, value] : alertLabels(a))
        labels.insert(name, value);
    QJsonObject annotations{{QStringLiteral("dashboard"), a.dashboardUrl()}};
    if (!a.summary.isEmpty())
        annotations.insert(QStringLiteral("summary"), a.summary);
    if (!a.description.isEmpty())
        annotations.insert(QStringLiteral("description"), a.description);
    if (!a.runbookUrl.isEmpty())
        annotations.insert(QStringLiteral("runbook_url"), a.runbookUrl);
    if (a.budgetRemaining)
        annotations.insert(QStringLiteral("budget_remaining"),
                           QString(QString::number(*a.budgetRemaining * 100.0, 'g', 5) + QStringLiteral(" %")));
    const bool resolved = a.state == AlertState::Resolved;
    const QDateTime starts = a.firingSince.isValid() ? a.firingSince : a.activeSince.isValid() ? a.activeSince : now;
    const QDateTime ends = resolved ? (a.resolvedAt.isValid() ? a.resolvedAt : now) : now.addSecs(4 * resend.count());
    return {{QStringLiteral("labels"), labels},
            {QStringLiteral("annotations"), annotations},
            {QStringLiteral("startsAt"), rfc3339(starts)},
            {QStringLiteral("endsAt"), rfc3339(ends)},
            {QStringLiteral("generatorURL"), a.dashboardUrl()}};
}

} // namespace

AlertmanagerSender::AlertmanagerSender(const QUrl &base, const Options &options, QObject *parent)
    : QObject(parent),
      m_http(new HttpClient(Tr::tr("Alertmanager %1").arg(base.toDisplayString()), options.http, this)), m_url(base),
      m_options(options)
{
    QString path = m_url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    m_url.setPath(path + QStringLiteral("api/v2/alerts"));
    m_http->setDefaultHeaders({{"Accept", "application/json"}});
}

AlertmanagerSender::~AlertmanagerSender() = default;

std::optional<QString> AlertmanagerSender::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Tr::tr("'%1' is not a valid URL").arg(url.toDisplayString());
    if (url.scheme() == QLatin1String("https"))
        return std::nullopt;
    if (url.scheme() == QLatin1String("http") && isLoopback(url.host()))
        return std::nullopt;
    if (url.scheme() == QLatin1String("http"))
        return Tr::tr("%1: plain http is allowed only to this machine (localhost, 127.0.0.1, ::1); use https")
            .arg(url.toDisplayString());
    return Tr::tr("%1: only http and https URLs can receive alerts").arg(url.toDisplayString());
}

QByteArray AlertmanagerSender::body(const QList<Alert> &alerts, const QDateTime &now,
                                    std::chrono::seconds resendInterval)
{
    QJsonArray array;
    for (const Alert &a : alerts)
        array.append(toJson(a, now, resendInterval));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

void AlertmanagerSender::sync(const QList<Alert> &alerts, const QDateTime &now)
{
    QList<Alert> post;
    QList<AlertKey> posted;
    for (const Alert &a : alerts) {
        const auto it = m_sent.constFind(a.key);
        const bool known = it != m_sent.constEnd();
        if (a.state == AlertState::Firing) {
            const bool due = !known || it->state != AlertState::Firing || it->summary != a.summary ||
                             it->at.secsTo(now) >= m_options.resendInterval.count();
            if (due)
                post << a;
        } else if (a.state == AlertState::Resolved && known && it->state == AlertState::Firing) {
            post << a; // once, with its endsAt
        }
    }
    if (post.isEmpty())
        return;
    HttpClient::Request request;
    request.url = m_url;
    request.body = body(post, now, m_options.resendInterval);
    request.contentType = "application/json";
    ++m_inFlight;
    // Marked as sent now so that a slow answer does not make the next sync post them twice;
    // a failure forgets them, so the next sync posts them again.
    for (const Alert &a : std::as_const(post))
        m_sent.insert(a.key, Sent{now, a.state, a.summary});
    m_http->send(request, [this, post](const HttpClient::Reply &reply) {
        --m_inFlight;
        const bool ok = !reply.error && reply.status >= 200 && reply.status < 300;
        if (ok) {
            qCDebug(lcAlertDelivery, "Alertmanager took %d alert(s)", int(post.size()));
            Q_EMIT delivered(int(post.size()));
            return;
        }
        for (const Alert &a : post)
            m_sent.remove(a.key);
        const QString why =
            reply.error
                ? reply.error->message
                : Tr::tr("HTTP %1: %2").arg(reply.status).arg(m_http->scrub(QString::fromUtf8(reply.body.left(300))));
        qCWarning(lcAlertDelivery, "Alertmanager did not take %d alert(s): %s", int(post.size()), qPrintable(why));
        Q_EMIT failed(why);
    });
}

} // namespace Sla::Core::Alerting
