// SPDX-License-Identifier: Apache-2.0
#pragma once

// The live alert loop (issue 10, README "Alerting: the live loop"): evaluation reports
// in, through the engine, out to the history, the desktop, Alertmanager and webhooks.
// Shared by the desktop and `slactl watch`. The history is written on a thread of its
// own (SQLite with synchronous=FULL never stalls the caller's thread); webhooks go
// through the history's outbox, so an undelivered notification survives a restart and is
// retried with backoff; Alertmanager is re-sent the firing alerts on every evaluation as
// it expects. Never blocks: everything it does on its own thread is asynchronous.

#include "core/alerting/alert.h"
#include "core/alerting/alertengine.h"
#include "core/evaluation/evaluation.h"
#include "core/metrics/httpclient.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace Sla::Core::Alerting {

class AlertmanagerSender;
class DesktopNotifier;

class AlertService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertService)

public:
    struct Options
    {
        QString historyPath;              ///< the SQLite history; empty: in memory only (tests)
        bool desktop = true;              ///< desktop notifications (off in `slactl watch`)
        QString user;                     ///< who acknowledges from a notification; empty: $USER
        std::function<QDateTime()> clock; ///< empty: the system clock (UTC)
        HttpClient::Options http;
        std::chrono::seconds alertmanagerResend{60};
        std::chrono::milliseconds outboxInterval{30000};
        qint64 digestIntervalMs = AlertEngine::DefaultDigestIntervalMs;
    };
    /// Evaluates the workspace at a past time (warm-up replay); the Evaluator in the app.
    using EvaluateAt = std::function<QFuture<EvaluationReport>(const QDateTime &)>;

    explicit AlertService(const Options &options, QObject *parent = nullptr);
    ~AlertService() override;

    /// The history could not be opened: alerts still work, nothing is kept.
    QString historyError() const { return m_historyError; }

    void setWorkspace(const Workspace &workspace);
    /// Opens the history, restores states, acks and silences from it, then (with
    /// `evaluateAt`) replays the rules' `for` span so that a condition that has held long
    /// enough fires on the first live report. Emits ready() when done.
    void start(EvaluateAt evaluateAt = {});
    bool isReady() const { return m_ready; }

    /// One live evaluation. Before ready() the latest report waits and is used then.
    void onReport(const ::Sla::Core::EvaluationReport &report);

    /// Acknowledges a pending or firing alert (recorded with synchronous=FULL); false when
    /// the alert is not active. `by` empty: the options' user.
    bool acknowledge(const AlertKey &key, const QString &note, const QString &by = {});
    void silence(const AlertKey &key, std::chrono::milliseconds duration, const QString &reason,
                 const QString &by = {});
    bool unsilence(const AlertKey &key, const QString &by = {});
    /// Fires the SLA's remediation webhook for `key` (the caller has confirmed) and records
    /// the run; false (with `*error`) when the SLA has none or its URL is refused.
    bool runRemediation(const AlertKey &key, QString *error = nullptr, const QString &by = {});
    /// Records an event that is not the engine's (a checklist tick, a note).
    void record(const HistoryEvent &event);

    /// Pending, firing and resolved alerts.
    QList<Alert> alerts() const { return m_engine.visibleAlerts(); }
    const Alert *find(const AlertKey &key) const { return m_engine.tracker().find(key); }
    int firingCount() const;
    const AlertEngine &engine() const { return m_engine; }
    /// Every history event, oldest first, read on the history's thread.
    QFuture<QList<HistoryEvent>> history() const;
    /// Waits until every history write queued so far is durable (tests, shutdown).
    void flush();
    /// Delivers the outbox items that are due now (also on a timer).
    void drainOutbox();
    /// Webhook and Alertmanager requests not yet answered.
    int deliveriesInFlight() const;
    QString user() const;

Q_SIGNALS:
    void ready();
    void alertsChanged();
    /// Something was recorded in the history, or it was opened (the console refreshes its
    /// table).
    void historyChanged();
    /// "Open" from a notification: show the alert's SLA and objective.
    void openRequested(const ::Sla::Core::Alerting::AlertKey &key);
    /// "Run remediation" from a notification: the UI asks for confirmation first.
    void remediationRequested(const ::Sla::Core::Alerting::AlertKey &key);
    /// A transition, one per line (`slactl watch` logs it).
    void transitioned(const ::Sla::Core::Alerting::HistoryEvent &event);

private:
    class HistoryThread;
    QDateTime now() const;
    AlertSeverity severityOf(const AlertKey &key) const;
    void restored(const QList<HistoryEvent> &events, EvaluateAt evaluateAt);
    void warmUp(EvaluateAt evaluateAt);
    void becomeReady();
    void apply(const EngineOutput &out);
    void notify(const NotificationRequest &request);
    void syncAlertmanagers();
    void deliverOutboxItem(const OutboxItem &item);
    void onDesktopAction(const AlertKey &key, int action);

    Options m_options;
    AlertEngine m_engine;
    std::unique_ptr<HistoryThread> m_history;
    QString m_historyError;
    DesktopNotifier *m_desktop = nullptr;
    HttpClient *m_http = nullptr;
    QHash<QString, AlertmanagerSender *> m_alertmanagers; ///< by URL
    QTimer m_outboxTimer;
    bool m_ready = false;
    bool m_starting = false;
    std::optional<EvaluationReport> m_waiting;
    QHash<qint64, bool> m_inFlight; ///< outbox items being sent
};

} // namespace Sla::Core::Alerting
