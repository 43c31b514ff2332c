// SPDX-License-Identifier: Apache-2.0
#include "alertservice.h"

#include "core/alerting/alerthistory.h"
#include "core/alerting/alertmanagersender.h"
#include "core/alerting/desktopnotifier.h"
#include "core/alerting/webhooksender.h"
#include "core/document/tr.h"
#include "logging.h"

#include <QJsonDocument>
#include <QPointer>
#include <QPromise>
#include <QThread>

#include <algorithm>

namespace Sla::Core::Alerting {

namespace Tr = TrContext::AlertDelivery;

namespace {

/// Retry n of an undelivered webhook waits 30 s * 2^n, at most an hour.
qint64 backoffMs(int attempts)
{
    return std::min<qint64>(qint64(30000) << std::min(attempts, 7), 3600 * 1000);
}

/// A webhook notification is given up after a day.
constexpr qint64 OutboxLifetimeMs = 24 * 3600 * 1000;

QString targetName(NotifyTarget::Kind kind)
{
    switch (kind) {
    case NotifyTarget::Kind::Desktop:
        return QStringLiteral("desktop");
    case NotifyTarget::Kind::Alertmanager:
        return QStringLiteral("alertmanager");
    case NotifyTarget::Kind::Webhook:
        break;
    }
    return QStringLiteral("webhook");
}

HistoryEvent deliveryEvent(HistoryEvent::Type type, const AlertKey &key, AlertSeverity severity,
                           NotifyTarget::Kind kind, const QString &url, const QDateTime &at)
{
    HistoryEvent e;
    e.at = at;
    e.type = type;
    e.key = key;
    e.severity = severity;
    e.data.insert(QStringLiteral("target"), targetName(kind));
    if (!url.isEmpty())
        e.data.insert(QStringLiteral("url"), url);
    return e;
}

} // namespace

/// The history on a thread of its own, so the SQLite connection is always used by the
/// thread that opened it. Work is queued to an object living there; no waiting caller can
/// run it on its own thread (as QtConcurrent's work stealing would).
class AlertService::HistoryThread
{
public:
    explicit HistoryThread(const QString &path)
    {
        m_thread.setObjectName(QStringLiteral("sladesk-alert-history"));
        m_context.moveToThread(&m_thread);
        m_thread.start();
        m_opened = call([this, path] {
            auto h = std::make_unique<AlertHistory>(path);
            QString error;
            if (!h->open(&error))
                return error.isEmpty() ? Tr::tr("the alert history could not be opened") : error;
            m_history = std::move(h);
            return QString();
        });
    }
    ~HistoryThread()
    {
        call([this] {
            m_history.reset();
            m_context.moveToThread(nullptr);
        }).waitForFinished();
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(HistoryThread)

    template <typename F> auto call(F f) -> QFuture<decltype(f())>
    {
        using R = decltype(f());
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            &m_context,
            [promise, f = std::move(f)]() mutable {
                if constexpr (std::is_void_v<R>)
                    f();
                else
                    promise->addResult(f());
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }
    /// Runs `f(history)` on the thread when the history is open; `fallback` otherwise.
    template <typename F, typename R> QFuture<R> with(F f, R fallback)
    {
        return call([this, f = std::move(f), fallback]() -> R { return m_history ? f(*m_history) : fallback; });
    }
    QFuture<QString> opened() const { return m_opened; }

private:
    QThread m_thread;
    QObject m_context;                       ///< lives on m_thread
    std::unique_ptr<AlertHistory> m_history; ///< used only on m_thread
    QFuture<QString> m_opened;
};

AlertService::AlertService(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_http(new HttpClient(Tr::tr("alert delivery"), options.http, this))
{
    qRegisterMetaType<AlertKey>();
    qRegisterMetaType<HistoryEvent>();
    m_engine.setDigestInterval(options.digestIntervalMs);
    if (options.desktop) {
        m_desktop = new DesktopNotifier(QDBusConnection::sessionBus(), this);
        connect(m_desktop, &DesktopNotifier::actionInvoked, this,
                [this](const AlertKey &key, DesktopNotifier::Action action) { onDesktopAction(key, int(action)); });
        connect(m_desktop, &DesktopNotifier::sent, this, [this](const AlertKey &key, uint id) {
            HistoryEvent e = deliveryEvent(HistoryEvent::Type::NotificationSent, key, severityOf(key),
                                           NotifyTarget::Kind::Desktop, {}, now());
            e.data.insert(QStringLiteral("id"), qint64(id));
            record(e);
        });
        connect(m_desktop, &DesktopNotifier::failed, this, [this](const AlertKey &key, const QString &error) {
            HistoryEvent e = deliveryEvent(HistoryEvent::Type::NotificationFailed, key, severityOf(key),
                                           NotifyTarget::Kind::Desktop, {}, now());
            e.text = error;
            record(e);
        });
    }
    m_outboxTimer.setInterval(options.outboxInterval);
    connect(&m_outboxTimer, &QTimer::timeout, this, &AlertService::drainOutbox);
}

AlertService::~AlertService() = default;

QDateTime AlertService::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

AlertSeverity AlertService::severityOf(const AlertKey &key) const
{
    const Alert *a = find(key);
    return a ? a->severity : AlertSeverity::Page;
}

QString AlertService::user() const
{
    if (!m_options.user.isEmpty())
        return m_options.user;
    const QString u = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return u.isEmpty() ? Tr::tr("unknown") : u;
}

void AlertService::setWorkspace(const Workspace &workspace)
{
    m_engine.setWorkspace(workspace);
    Q_EMIT alertsChanged();
}

void AlertService::start(EvaluateAt evaluateAt)
{
    if (m_starting || m_ready)
        return;
    m_starting = true;
    if (m_options.historyPath.isEmpty()) {
        restored({}, std::move(evaluateAt));
        return;
    }
    m_history = std::make_unique<HistoryThread>(m_options.historyPath);
    m_history->opened().then(this, [this, evaluateAt](const QString &error) {
        m_historyError = error;
        if (!error.isEmpty())
            qCWarning(lcAlerting, "alert history: %s", qPrintable(error));
        m_history->with([](AlertHistory &h) { return h.events(); }, QList<HistoryEvent>())
            .then(this, [this, evaluateAt](const QList<HistoryEvent> &events) { restored(events, evaluateAt); });
    });
}

void AlertService::restored(const QList<HistoryEvent> &events, EvaluateAt evaluateAt)
{
    m_engine.restore(events);
    if (evaluateAt && m_engine.warmUpSpanMs() > 0) {
        warmUp(std::move(evaluateAt));
        return;
    }
    becomeReady();
}

void AlertService::warmUp(EvaluateAt evaluateAt)
{
    // Thirteen steps of a twelfth of the longest `for` (+ keep-firing), the first one step
    // before the span: an alert whose condition held at every step has been pending for
    // longer than its `for` when the first live report arrives, and fires then.
    const qint64 span = m_engine.warmUpSpanMs();
    qCDebug(lcAlerting, "warm-up replay over the last %lld s", span / 1000);
    const QDateTime end = now();
    QList<QFuture<EvaluationReport>> futures;
    for (int i = 13; i >= 1; --i)
        futures.append(evaluateAt(end.addMSecs(-span * i / 12)));
    QtFuture::whenAll(futures.begin(), futures.end()).then(this, [this](const QList<QFuture<EvaluationReport>> &done) {
        QList<EvaluationReport> reports;
        for (const QFuture<EvaluationReport> &f : done) {
            if (f.isValid() && f.isResultReadyAt(0))
                reports.append(f.result());
        }
        std::sort(reports.begin(), reports.end(),
                  [](const EvaluationReport &a, const EvaluationReport &b) { return a.at < b.at; });
        apply(m_engine.warmUp(reports));
        becomeReady();
    });
}

void AlertService::becomeReady()
{
    qCDebug(lcAlerting, "alert service ready (%d alert(s) restored or replayed)", int(m_engine.visibleAlerts().size()));
    m_starting = false;
    m_ready = true;
    m_outboxTimer.start();
    Q_EMIT ready();
    Q_EMIT alertsChanged();
    // The history is open now: views that read it before (empty then) read it again.
    Q_EMIT historyChanged();
    if (m_waiting) {
        const EvaluationReport report = *std::exchange(m_waiting, std::nullopt);
        onReport(report);
    }
    drainOutbox();
}

void AlertService::onReport(const EvaluationReport &report)
{
    qCDebug(lcAlerting, "report at %s%s", qPrintable(report.at.toString(Qt::ISODate)),
            m_ready ? "" : " (kept until ready)");
    if (!m_ready) {
        m_waiting = report;
        return;
    }
    apply(m_engine.evaluate(report, now()));
    syncAlertmanagers();
}

void AlertService::apply(const EngineOutput &out)
{
    for (const HistoryEvent &e : out.events) {
        record(e);
        if (e.type == HistoryEvent::Type::Transition)
            Q_EMIT transitioned(e);
    }
    for (const NotificationRequest &r : out.notifications)
        notify(r);
    if (out.changed || !out.events.isEmpty())
        Q_EMIT alertsChanged();
}

void AlertService::record(const HistoryEvent &event)
{
    if (!m_history)
        return;
    QPointer<AlertService> self(this);
    m_history->with([event](AlertHistory &h) { return h.record(event); }, qint64(0)).then(this, [self](qint64) {
        if (self)
            Q_EMIT self->historyChanged();
    });
}

void AlertService::notify(const NotificationRequest &request)
{
    const AlertKey key = request.alert.key;
    const QDateTime at = now();
    switch (request.target.kind) {
    case NotifyTarget::Kind::Desktop: {
        if (!m_desktop)
            return;
        const Sla *sla = m_engine.workspace().findSla(key.sla);
        const bool remediation = sla && !sla->remediation.webhook.isEmpty();
        if (request.event == NotificationRequest::Event::Resolved)
            m_desktop->close(key);
        m_desktop->notify(request, remediation && request.event != NotificationRequest::Event::Resolved);
        return; // recorded when the notification server answers (onDesktopDelivery)
    }
    case NotifyTarget::Kind::Alertmanager:
        return; // synced with the whole list of alerts after each evaluation
    case NotifyTarget::Kind::Webhook:
        break;
    }
    if (const std::optional<QString> refused = AlertmanagerSender::checkUrl(QUrl(request.target.url))) {
        HistoryEvent e = deliveryEvent(HistoryEvent::Type::NotificationFailed, key, request.alert.severity,
                                       NotifyTarget::Kind::Webhook, request.target.url, at);
        e.text = *refused;
        record(e);
        return;
    }
    OutboxItem item;
    item.created = at;
    item.nextAttempt = at;
    item.key = key;
    item.targetKind = NotifyTarget::Kind::Webhook;
    item.url = request.target.url;
    item.body = WebhookSender::body(request, at);
    item.expires = at.addMSecs(OutboxLifetimeMs);
    if (!m_history) {
        deliverOutboxItem(item);
        return;
    }
    m_history->with([item](AlertHistory &h) { return h.enqueue(item); }, qint64(0)).then(this, [this](qint64) {
        drainOutbox();
    });
}

void AlertService::drainOutbox()
{
    if (!m_history)
        return;
    const QDateTime at = now();
    m_history->with([at](AlertHistory &h) { return h.due(at); }, QList<OutboxItem>())
        .then(this, [this](const QList<OutboxItem> &items) {
            for (const OutboxItem &item : items) {
                if (!m_inFlight.contains(item.id))
                    deliverOutboxItem(item);
            }
        });
}

void AlertService::deliverOutboxItem(const OutboxItem &item)
{
    const QDateTime at = now();
    if (item.expires.isValid() && at > item.expires) {
        HistoryEvent e = deliveryEvent(HistoryEvent::Type::NotificationFailed, item.key, AlertSeverity::Page,
                                       item.targetKind, item.url, at);
        e.text = Tr::tr("given up after %n attempt(s): %1", nullptr, item.attempts).arg(item.lastError);
        record(e);
        if (m_history)
            m_history->with([id = item.id, at](AlertHistory &h) { return (h.markDelivered(id, at), true); }, false);
        return;
    }
    m_inFlight.insert(item.id, true);
    HttpClient::Request r;
    r.url = QUrl(item.url);
    r.body = item.body;
    r.contentType = "application/json";
    m_http->send(r, [this, item](const HttpClient::Reply &reply) {
        m_inFlight.remove(item.id);
        const QDateTime done = now();
        const bool ok = !reply.error && reply.status >= 200 && reply.status < 300;
        const QDateTime next = done.addMSecs(backoffMs(item.attempts));
        HistoryEvent e =
            deliveryEvent(ok ? HistoryEvent::Type::NotificationSent : HistoryEvent::Type::NotificationFailed, item.key,
                          AlertSeverity::Page, item.targetKind, item.url, done);
        e.data.insert(QStringLiteral("attempt"), item.attempts + 1);
        if (!ok) {
            e.text = reply.error ? reply.error->message
                                 : Tr::tr("HTTP %1: %2")
                                       .arg(reply.status)
                                       .arg(m_http->scrub(QString::fromUtf8(reply.body.left(300))));
            e.data.insert(QStringLiteral("nextAttempt"), next.toString(Qt::ISODateWithMs));
        }
        record(e);
        if (!m_history || item.id == 0)
            return;
        const QString why = e.text;
        m_history->with(
            [ok, id = item.id, done, why, next](AlertHistory &h) {
                if (ok)
                    h.markDelivered(id, done);
                else
                    h.markFailed(id, why, next);
                return true;
            },
            false);
    });
}

void AlertService::syncAlertmanagers()
{
    QHash<QString, QList<Alert>> routed;
    for (const Alert &a : m_engine.visibleAlerts()) {
        const DeliveryPolicy p = m_engine.policy(a.key.sla, a.severity);
        if (p.digest || a.isSuppressed(now()) || a.state == AlertState::Pending)
            continue; // Alertmanager hears of firing alerts (and their resolution) only
        for (const NotifyTarget &t : p.targets) {
            if (t.kind == NotifyTarget::Kind::Alertmanager)
                routed[t.url].append(a);
        }
    }
    for (auto it = routed.cbegin(); it != routed.cend(); ++it) {
        AlertmanagerSender *&sender = m_alertmanagers[it.key()];
        if (!sender) {
            if (const std::optional<QString> refused = AlertmanagerSender::checkUrl(QUrl(it.key()))) {
                qCWarning(lcAlertDelivery, "%s", qPrintable(*refused));
                continue;
            }
            sender = new AlertmanagerSender(QUrl(it.key()), {m_options.alertmanagerResend, m_options.http}, this);
        }
        sender->sync(it.value(), now());
    }
}

int AlertService::deliveriesInFlight() const
{
    int n = int(m_inFlight.size());
    for (const AlertmanagerSender *s : m_alertmanagers)
        n += s ? s->inFlight() : 0;
    return n;
}

int AlertService::firingCount() const
{
    const QList<Alert> all = m_engine.visibleAlerts();
    return int(std::count_if(all.begin(), all.end(), [](const Alert &a) { return a.state == AlertState::Firing; }));
}

bool AlertService::acknowledge(const AlertKey &key, const QString &note, const QString &by)
{
    const std::optional<HistoryEvent> e =
        m_engine.acknowledge(key, Acknowledgement{now(), by.isEmpty() ? user() : by, note});
    if (!e)
        return false;
    record(*e);
    if (m_desktop)
        m_desktop->close(key);
    Q_EMIT alertsChanged();
    return true;
}

void AlertService::silence(const AlertKey &key, std::chrono::milliseconds duration, const QString &reason,
                           const QString &by)
{
    const QDateTime at = now();
    record(m_engine.silence(key, Silence{at, at.addMSecs(duration.count()), by.isEmpty() ? user() : by, reason}));
    Q_EMIT alertsChanged();
}

bool AlertService::unsilence(const AlertKey &key, const QString &by)
{
    const std::optional<HistoryEvent> e = m_engine.unsilence(key, by.isEmpty() ? user() : by, now());
    if (!e)
        return false;
    record(*e);
    Q_EMIT alertsChanged();
    return true;
}

bool AlertService::runRemediation(const AlertKey &key, QString *error, const QString &by)
{
    const Sla *sla = m_engine.workspace().findSla(key.sla);
    const Alert *alert = find(key);
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!sla || sla->remediation.webhook.isEmpty() || !alert)
        return fail(Tr::tr("SLA '%1' has no remediation webhook").arg(key.sla));
    const QUrl url(sla->remediation.webhook);
    if (const std::optional<QString> refused = AlertmanagerSender::checkUrl(url))
        return fail(*refused);
    const QDateTime at = now();
    QJsonObject body =
        QJsonDocument::fromJson(WebhookSender::body(NotificationRequest{NotificationRequest::Event::Firing, *alert,
                                                                        NotifyTarget{}, Urgency::Normal, false},
                                                    at))
            .object();
    body.insert(QStringLiteral("event"), QStringLiteral("remediation"));
    body.insert(QStringLiteral("requestedBy"), by.isEmpty() ? user() : by);
    HttpClient::Request r;
    r.url = url;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    const QString actor = by.isEmpty() ? user() : by;
    const AlertSeverity severity = alert->severity;
    m_http->send(r, [this, key, severity, actor, url](const HttpClient::Reply &reply) {
        HistoryEvent e;
        e.at = now();
        e.type = HistoryEvent::Type::RemediationRun;
        e.key = key;
        e.severity = severity;
        e.actor = actor;
        e.data.insert(QStringLiteral("url"), HttpClient::displayUrl(url));
        e.data.insert(QStringLiteral("status"), reply.status);
        if (reply.error || reply.status < 200 || reply.status >= 300)
            e.text = reply.error ? reply.error->message : Tr::tr("HTTP %1").arg(reply.status);
        record(e);
    });
    return true;
}

void AlertService::onDesktopAction(const AlertKey &key, int action)
{
    switch (DesktopNotifier::Action(action)) {
    case DesktopNotifier::Action::Acknowledge:
        acknowledge(key, Tr::tr("Acknowledged from the desktop notification"));
        return;
    case DesktopNotifier::Action::Remediate:
        Q_EMIT remediationRequested(key);
        return;
    case DesktopNotifier::Action::Open:
        break;
    }
    Q_EMIT openRequested(key);
}

QFuture<QList<HistoryEvent>> AlertService::history() const
{
    if (!m_history)
        return QtFuture::makeReadyFuture(QList<HistoryEvent>());
    return m_history->with([](AlertHistory &h) { return h.events(); }, QList<HistoryEvent>());
}

void AlertService::flush()
{
    if (m_history)
        m_history->call([] {}).waitForFinished();
}

} // namespace Sla::Core::Alerting
