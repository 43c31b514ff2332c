// SPDX-License-Identifier: Apache-2.0
#pragma once

// The one HTTP client of the metric sources (and later of the Alertmanager and webhook
// senders). It owns the rules every request to a server follows:
//
// - at most Options::maxConcurrentRequests requests in flight, the rest queued in order;
// - a transfer timeout (no byte for that long) and a whole-request deadline (however
//   steadily bytes trickle in);
// - a size cap on the body as sent (compressed) and as decoded: `Accept-Encoding: gzip` is
//   sent and gzip bodies are inflated off the owning thread through GzipInflater;
// - retries with exponential backoff and jitter after the statuses of
//   Options::retryStatuses and connection failures, never after another 4xx;
// - HTTP 429 waits for `Retry-After` or `X-RateLimit-Reset` (bounded by
//   Options::maxRateLimitWait) and retries; `X-RateLimit-Remaining: 0` holds further
//   requests back until the announced reset;
// - redirects are followed only within the origin (scheme, host, port) of the request:
//   credential headers never reach another origin, so a cross-origin redirect fails with a
//   message that says so, as does a redirect loop;
// - server text quoted in messages goes through scrub(): no credential, no terminal
//   control character.
//
// Replies are delivered on the owning thread. Parsing belongs on the thread pool through
// run(), whose futures the client awaits before it goes away.

#include "core/metrics/metricsource.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QSslConfiguration;

namespace Sla::Core {

class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Options
    {
        int maxConcurrentRequests = 4;
        /// A request fails with Timeout when no byte arrives for this long.
        std::chrono::milliseconds transferTimeout{150000};
        /// A request fails with Timeout when its answer is not complete after this long.
        std::chrono::milliseconds requestDeadline{600000};
        /// Retries after the statuses below and after connection errors.
        int maxRetries = 3;
        /// Retry n (0-based) waits retryBaseDelay * 2^n, plus up to half of that again
        /// at random, so that many clients do not retry in step.
        std::chrono::milliseconds retryBaseDelay{500};
        QList<int> retryStatuses{502, 503, 504};
        /// Retries after HTTP 429, each after the wait the server announced.
        int maxRateLimitRetries = 3;
        /// A wait longer than this is not waited for: the request fails at once.
        std::chrono::milliseconds maxRateLimitWait{120000};
        /// The largest body, both as sent and once decompressed.
        qint64 maxResponseBytes = qint64(256) << 20;
        /// Same-origin redirects followed per request.
        int maxRedirects = 5;
    };

    struct Request
    {
        QUrl url;
        QByteArray body;        ///< POSTed when set (with contentType); else a GET
        QByteArray contentType; ///< of the body
        Headers headers;        ///< besides the client's default and credential headers
        quint64 group = 0;      ///< abortGroup() cancels every request of a group
        /// The caller no longer wants the answer: a queued request is then dropped.
        std::function<bool()> cancelledByCaller;
    };

    struct Reply
    {
        /// Set when no usable HTTP answer arrived (timeout, size cap, network, redirect).
        std::optional<SourceError> error;
        int status = 0;
        QByteArray body; ///< decoded; simdjson padding is reserved behind its end
        QList<std::pair<QByteArray, QByteArray>> headers;
        int rateLimitRetries = 0; ///< 429 answers waited for and retried
        /// When the request failed without being sent because the rate limit is spent
        /// until a reset further away than Options::maxRateLimitWait: that wait.
        qint64 rateLimitWaitMs = 0;
    };
    using Done = std::function<void(Reply)>;

    /// `who` names the server in messages, e.g. "data source 'prod'".
    HttpClient(const QString &who, const Options &options, QObject *parent = nullptr);
    ~HttpClient() override;

    const Options &options() const { return m_options; }

    /// Headers sent with every request (Accept, User-Agent, a tenant, ...).
    void setDefaultHeaders(const Headers &headers) { m_defaultHeaders = headers; }
    /// Headers that carry credentials (Authorization, DD-API-KEY, ...): sent with every
    /// request, never to another origin, and their values are redacted by scrub().
    void setCredentialHeaders(const Headers &headers);
    /// Further secrets scrub() redacts (a password inside a Basic header, a raw token).
    void addSecrets(const QStringList &secrets);
    void setSslConfiguration(const QSslConfiguration &ssl);
    /// Appended to the message of a failed TLS handshake (e.g. how to set a CA file).
    void setTlsHint(const QString &hint) { m_tlsHint = hint; }

    /// Sends `request`; `done` runs exactly once on the owning thread, unless the client is
    /// destroyed first.
    void send(Request request, Done done);
    /// Drops the queued requests of `group` and aborts its running ones; their `done` runs
    /// with a Cancelled error.
    void abortGroup(quint64 group);
    /// abortGroup() for every request.
    void abortAll();

    /// Runs `f` on the global thread pool; the client awaits it before it goes away.
    template <typename F> auto run(F f) -> QFuture<decltype(f())>
    {
        QFuture<decltype(f())> future = QtConcurrent::run(std::move(f));
        track(QFuture<void>(future));
        return future;
    }
    /// Background tasks not yet known to be finished (finished ones are dropped on each run()).
    qsizetype backgroundTasks() const { return m_background.size(); }
    /// Blocks until every task started with run() has finished.
    void waitForBackground();

    /// Server text made fit for a message: credentials redacted, control characters escaped.
    QString scrub(const QString &serverText) const;
    /// `url` as shown in messages: without user information, query or fragment.
    static QString displayUrl(const QUrl &url);
    /// Whether `a` and `b` share scheme, host and port.
    static bool sameOrigin(const QUrl &a, const QUrl &b);

private:
    struct Job;
    struct Active;

    void pump();
    void start(const std::shared_ptr<Job> &job);
    void watch(const std::shared_ptr<Active> &active);
    void onFinished(const std::shared_ptr<Active> &active);
    std::optional<SourceError> transportError(const Active &active, const std::shared_ptr<Job> &job);
    bool followRedirect(const std::shared_ptr<Job> &job, QNetworkReply *reply, std::optional<SourceError> *error);
    bool retryLater(const std::shared_ptr<Job> &job, const Reply &reply);
    void deliver(const std::shared_ptr<Job> &job, Reply reply);
    void decodeThenDeliver(const std::shared_ptr<Job> &job, Reply reply);
    void finish(const std::shared_ptr<Job> &job, Reply reply);
    void noteRateLimit(const Reply &reply);
    void waitThenPump(qint64 ms);
    void track(const QFuture<void> &future);
    SourceError error(SourceError::Kind kind, int status, const QString &message) const;
    Reply cancelled() const;

    QString m_who;
    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<QSslConfiguration> m_ssl;
    Headers m_defaultHeaders;
    Headers m_credentialHeaders;
    QStringList m_secrets;
    QString m_tlsHint;
    std::deque<std::shared_ptr<Job>> m_queue;
    QList<std::shared_ptr<Active>> m_active;
    QList<std::shared_ptr<Job>> m_waiting; ///< between a retry's answer and its next attempt
    QList<QFuture<void>> m_background;
    qint64 m_blockedUntilMs = 0; ///< rate limit spent: nothing is sent before this
    bool m_pumpArmed = false;
    bool m_shuttingDown = false;
};

} // namespace Sla::Core
