// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "alert.h"
#include "core/metrics/httpclient.h"

#include <QObject>
#include <QUrl>

namespace Sla::Core::Alerting {

/// The generic JSON webhook: one POST per notification (firing, resolved, escalated,
/// digest) with the body documented in the README ("Webhook body"), through the one
/// HttpClient (retries with backoff and jitter, 429, caps, same-origin redirects only).
/// The URL must be https unless it is loopback (AlertmanagerSender::checkUrl()).
class WebhookSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookSender)

public:
    WebhookSender(const QUrl &url, const HttpClient::Options &options, QObject *parent = nullptr);
    ~WebhookSender() override;

    /// The JSON body for `request`, sent at `now`.
    static QByteArray body(const NotificationRequest &request, const QDateTime &now);
    /// Posts `request`; returns at once.
    void send(const NotificationRequest &request, const QDateTime &now);

Q_SIGNALS:
    void delivered(const ::Sla::Core::Alerting::AlertKey &key);
    void failed(const ::Sla::Core::Alerting::AlertKey &key, const QString &error);

private:
    HttpClient *m_http = nullptr;
    QUrl m_url;
};

} // namespace Sla::Core::Alerting
