// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "alert.h"
#include "core/metrics/httpclient.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Sla::Core::Alerting {

/// Sends the firing alerts to an Alertmanager (`POST /api/v2/alerts`, a JSON array) the way
/// Prometheus does: every firing alert again at least every `resendInterval` with `endsAt`
/// four intervals ahead (so that Alertmanager keeps it while SLA Desk runs and resolves it
/// by itself if SLA Desk stops), and a resolved alert once with `endsAt` at its resolution.
/// Through the one HttpClient: retries with backoff and jitter, 429 honoured, size caps, no
/// redirect to another origin. Non-blocking: sync() returns at once.
///
/// Labels: `alertname` (the rule) and alertLabels(): `sla`, `objective`, `severity`, `tier`,
/// `sladesk_window`, as the Prometheus rules of `slactl rules` write them. Annotations:
/// `summary`, `description`, `runbook_url`, `dashboard` (`sladesk://sla/NAME/OBJECTIVE`),
/// `budget_remaining`. `generatorURL` is the dashboard link.
class AlertmanagerSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertmanagerSender)

public:
    struct Options
    {
        std::chrono::seconds resendInterval{60};
        HttpClient::Options http;
    };

    /// `base` is the Alertmanager's URL (e.g. https://am.example.com or http://127.0.0.1:9093);
    /// check it with checkUrl() first.
    AlertmanagerSender(const QUrl &base, const Options &options, QObject *parent = nullptr);
    ~AlertmanagerSender() override;

    /// Why `url` may not be used: not http(s), or plain http to a host that is not loopback
    /// (alerts carry SLA names and figures: https is required off this machine).
    static std::optional<QString> checkUrl(const QUrl &url);
    /// The body of one POST for `alerts` (firing ones get `endsAt` = now + 4 × resend;
    /// resolved ones their resolution time).
    static QByteArray body(const QList<Alert> &alerts, const QDateTime &now, std::chrono::seconds resendInterval);

    /// Takes the alerts as they are now: posts the firing ones that are new, changed or due
    /// again, and those resolved since the last sync; others are not sent.
    void sync(const QList<Alert> &alerts, const QDateTime &now);
    /// Alerts posted and not yet answered.
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    /// Alertmanager took `count` alerts.
    void delivered(int count);
    /// A POST failed after its retries; the alerts are posted again on the next sync.
    void failed(const QString &error);

private:
    struct Sent
    {
        QDateTime at;
        AlertState state = AlertState::Inactive;
        QString summary;
    };

    HttpClient *m_http = nullptr;
    QUrl m_url;
    Options m_options;
    QHash<AlertKey, Sent> m_sent; ///< what Alertmanager was last told, per alert
    int m_inFlight = 0;
};

} // namespace Sla::Core::Alerting
