// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/httpclient.h"

#include "core/document/texthygiene.h"
#include "core/metrics/futures.h"
#include "core/metrics/gzipinflater.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QtNetwork/qtnetworkglobal.h>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

#include <algorithm>
#include <cmath>

namespace Sla::Core {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QByteArray headerValue(const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return QByteArray();
}

/// Seconds from `value`: a delta ("30") or, above 10^9, a Unix time; -1 when absent or bad.
qint64 waitFromSeconds(const QByteArray &value)
{
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (!ok || seconds < 0 || !std::isfinite(seconds))
        return -1;
    if (seconds > 1e9)
        return std::max<qint64>(0, qint64(seconds * 1000) - nowMs());
    return qint64(std::min(seconds, 1e9) * 1000);
}

/// The wait a 429 answer asks for: Retry-After (seconds or an HTTP date), else
/// X-RateLimit-Reset (Datadog: seconds until the reset); at least one second.
qint64 announcedWaitMs(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    const QByteArray retryAfter = headerValue(headers, "Retry-After");
    qint64 wait = waitFromSeconds(retryAfter);
    if (wait < 0 && !retryAfter.isEmpty()) {
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
        if (at.isValid())
            wait = std::max<qint64>(0, at.toMSecsSinceEpoch() - nowMs());
    }
    if (wait < 0)
        wait = waitFromSeconds(headerValue(headers, "X-RateLimit-Reset"));
    return std::max<qint64>(1000, wait);
}

void padBody(QByteArray &body)
{
    // Parsers such as simdjson read up to BodyPadding bytes past the end; zeroed bytes keep
    // memory checkers quiet, and shrinking keeps the capacity.
    const qsizetype size = body.size();
    body.resize(size + 64, '\0');
    body.resize(size);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1);
}

} // namespace

struct HttpClient::Job
{
    Request request;
    Done done;
    QUrl url; ///< where the next attempt goes (after same-origin redirects)
    bool post = false;
    int attempt = 0;
    int rateRetries = 0;
    int redirects = 0;
    QSet<QUrl> visited;
    bool finished = false;
};

struct HttpClient::Active
{
    std::shared_ptr<Job> job;
    QNetworkReply *reply = nullptr;
    QTimer *idle = nullptr; ///< child of reply
    QByteArray body;
    bool pastDeadline = false;
    bool timedOut = false;
    bool tooLarge = false;
    bool retryable = false;
    bool handled = false;
};

HttpClient::HttpClient(const QString &who, const Options &options, QObject *parent)
    : QObject(parent), m_who(who), m_options(options), m_network(new QNetworkAccessManager(this))
{
    m_options.maxConcurrentRequests = std::max(1, m_options.maxConcurrentRequests);
}

HttpClient::~HttpClient()
{
    // The owner aborts with abortAll() while it is still whole; callbacks into it are no
    // longer safe here.
    m_shuttingDown = true;
    m_queue.clear();
    m_waiting.clear();
    const auto active = m_active;
    for (const auto &a : active) {
        a->handled = true;
        if (!a->reply->isFinished() && a->reply->error() == QNetworkReply::NoError)
            a->reply->abort();
    }
    waitForBackground();
}

HttpClient::Reply HttpClient::cancelled() const
{
    Reply reply;
    reply.error = error(SourceError::Kind::Cancelled, 0, tr("the request was cancelled"));
    return reply;
}

void HttpClient::setCredentialHeaders(const Headers &headers)
{
    m_credentialHeaders = headers;
    for (const auto &header : headers)
        m_secrets.append(QString::fromUtf8(header.second));
}

void HttpClient::addSecrets(const QStringList &secrets)
{
    m_secrets += secrets;
}

void HttpClient::setSslConfiguration(const QSslConfiguration &ssl)
{
#if QT_CONFIG(ssl)
    m_ssl = std::make_unique<QSslConfiguration>(ssl);
#else
    Q_UNUSED(ssl)
#endif
}

QString HttpClient::scrub(const QString &serverText) const
{
    // Longer secrets first, so that a token inside a header value goes with the value.
    QStringList secrets = m_secrets;
    std::sort(secrets.begin(), secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return TextHygiene::printable(TextHygiene::redacted(serverText, secrets));
}

QString HttpClient::displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

bool HttpClient::sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == u"https" ? 443 : 80;
    return scheme == b.scheme().toLower() && a.host().toLower() == b.host().toLower() &&
           a.port(defaultPort) == b.port(defaultPort);
}

SourceError HttpClient::error(SourceError::Kind kind, int status, const QString &message) const
{
    return SourceError{kind, status, message};
}

// ---------------------------------------------------------------------------------------
// Queue

void HttpClient::send(Request request, Done done)
{
    auto job = std::make_shared<Job>();
    job->url = request.url;
    job->post = !request.body.isEmpty();
    job->request = std::move(request);
    job->done = std::move(done);
    m_queue.push_back(job);
    pump();
}

void HttpClient::pump()
{
    while (!m_shuttingDown && m_active.size() < m_options.maxConcurrentRequests && !m_queue.empty()) {
        const std::shared_ptr<Job> job = m_queue.front();
        if (job->request.cancelledByCaller && job->request.cancelledByCaller()) {
            m_queue.pop_front();
            finish(job, cancelled());
            continue;
        }
        const qint64 wait = m_blockedUntilMs - nowMs();
        if (wait > m_options.maxRateLimitWait.count()) {
            m_queue.pop_front();
            Reply reply;
            reply.error = error(SourceError::Kind::Server, 429,
                                tr("%1 is rate limited until a reset in %2 s, longer than the %3 s SLA Desk waits")
                                    .arg(m_who)
                                    .arg((wait + 999) / 1000)
                                    .arg(QString::number(double(m_options.maxRateLimitWait.count()) / 1000.0)));
            reply.rateLimitWaitMs = wait;
            reply.rateLimitRetries = job->rateRetries;
            finish(job, std::move(reply));
            continue;
        }
        if (wait > 0) {
            waitThenPump(wait);
            return;
        }
        m_queue.pop_front();
        start(job);
    }
}

void HttpClient::waitThenPump(qint64 ms)
{
    if (m_pumpArmed)
        return;
    m_pumpArmed = true;
    QTimer::singleShot(std::chrono::milliseconds(ms), this, [this] {
        m_pumpArmed = false;
        pump();
    });
}

void HttpClient::abortGroup(quint64 group)
{
    QList<std::shared_ptr<Job>> doomed;
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        if ((*it)->request.group == group) {
            doomed.append(*it);
            it = m_queue.erase(it);
        } else {
            ++it;
        }
    }
    for (qsizetype i = m_waiting.size(); i-- > 0;) {
        if (m_waiting.at(i)->request.group == group)
            doomed.append(m_waiting.takeAt(i));
    }
    QList<QNetworkReply *> replies;
    for (const auto &active : std::as_const(m_active)) {
        if (active->job->request.group == group) {
            doomed.append(active->job);
            replies.append(active->reply);
        }
    }
    for (const auto &job : std::as_const(doomed))
        finish(job, cancelled());
    for (QNetworkReply *reply : std::as_const(replies)) {
        // A reply that already finished or failed (its finished() still queued) must not
        // be aborted: Qt warns about a second error.
        if (!reply->isFinished() && reply->error() == QNetworkReply::NoError)
            reply->abort();
    }
}

void HttpClient::abortAll()
{
    QSet<quint64> groups;
    for (const auto &job : m_queue)
        groups.insert(job->request.group);
    for (const auto &job : std::as_const(m_waiting))
        groups.insert(job->request.group);
    for (const auto &active : std::as_const(m_active))
        groups.insert(active->job->request.group);
    for (const quint64 group : std::as_const(groups))
        abortGroup(group);
}

void HttpClient::track(const QFuture<void> &future)
{
    m_background.erase(
        std::remove_if(m_background.begin(), m_background.end(), [](const QFuture<void> &f) { return f.isFinished(); }),
        m_background.end());
    m_background.append(future);
}

void HttpClient::waitForBackground()
{
    for (QFuture<void> &future : m_background)
        future.waitForFinished();
    m_background.clear();
}

// ---------------------------------------------------------------------------------------
// One attempt

void HttpClient::start(const std::shared_ptr<Job> &job)
{
    QNetworkRequest http(job->url);
    for (const auto &[name, value] : std::as_const(m_defaultHeaders))
        http.setRawHeader(name, value);
    // Redirects are followed only within the origin, so this holds for every attempt;
    // checked again all the same, as the one place credentials are put on the wire.
    if (sameOrigin(job->url, job->request.url)) {
        for (const auto &[name, value] : std::as_const(m_credentialHeaders))
            http.setRawHeader(name, value);
    }
    for (const auto &[name, value] : std::as_const(job->request.headers))
        http.setRawHeader(name, value);
    // Set by hand, Qt leaves the body alone: it is inflated here, with the size cap.
    http.setRawHeader("Accept-Encoding", "gzip");
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
#if QT_CONFIG(ssl)
    if (m_ssl)
        http.setSslConfiguration(*m_ssl);
#endif
    auto active = std::make_shared<Active>();
    active->job = job;
    if (job->post) {
        http.setHeader(QNetworkRequest::ContentTypeHeader, job->request.contentType);
        active->reply = m_network->post(http, job->request.body);
    } else {
        active->reply = m_network->get(http);
    }
    m_active.append(active);
    watch(active);
}

void HttpClient::watch(const std::shared_ptr<Active> &active)
{
    QNetworkReply *reply = active->reply;
    active->idle = new QTimer(reply);
    active->idle->setSingleShot(true);
    active->idle->setInterval(m_options.transferTimeout);
    connect(active->idle, &QTimer::timeout, this, [active] {
        active->timedOut = true;
        active->reply->abort();
    });
    active->idle->start();
    // The transfer timeout restarts with every byte; the deadline does not.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [active] {
        active->pastDeadline = true;
        active->reply->abort();
    });
    deadline->start(m_options.requestDeadline);

    const qint64 limit = m_options.maxResponseBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [active, limit] {
        const qint64 announced = active->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > limit) {
            active->tooLarge = true;
            active->reply->abort();
        } else if (announced > 0) {
            active->body.reserve(announced + 64); // room for the parsers' padding
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [active, limit] {
        if (active->tooLarge)
            return;
        active->idle->start();
        if (active->body.size() + active->reply->bytesAvailable() > limit) {
            active->tooLarge = true;
            active->reply->abort();
            return;
        }
        active->body += active->reply->readAll();
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [active] { active->idle->start(); });
    connect(reply, &QNetworkReply::finished, this, [this, active] { onFinished(active); });
}

std::optional<SourceError> HttpClient::transportError(const Active &active, const std::shared_ptr<Job> &job)
{
    const int status = active.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = displayUrl(job->request.url);
    if (active.tooLarge)
        return error(
            SourceError::Kind::TooLarge, status,
            tr("the response of %1 exceeds the limit of %2 MB").arg(m_who, megabytes(m_options.maxResponseBytes)));
    if (active.pastDeadline)
        return error(SourceError::Kind::Timeout, status,
                     tr("%1 at %2 did not finish its answer within %3 s")
                         .arg(m_who, where)
                         .arg(double(m_options.requestDeadline.count()) / 1000.0, 0, 'f', 1));
    if (active.timedOut)
        return error(SourceError::Kind::Timeout, status,
                     tr("%1 at %2 sent nothing for %3 s")
                         .arg(m_who, where)
                         .arg(double(m_options.transferTimeout.count()) / 1000.0, 0, 'f', 1));
    const QNetworkReply::NetworkError network = active.reply->error();
    if (status != 0 || network == QNetworkReply::NoError)
        return std::nullopt;
    if (network == QNetworkReply::OperationCanceledError)
        return error(SourceError::Kind::Cancelled, 0, tr("the request was cancelled"));
    QString message = tr("cannot reach %1 at %2: %3").arg(m_who, where, scrub(active.reply->errorString()));
    if (network == QNetworkReply::SslHandshakeFailedError && !m_tlsHint.isEmpty())
        message += QLatin1String("; ") + m_tlsHint;
    return error(SourceError::Kind::Unreachable, 0, message);
}

void HttpClient::onFinished(const std::shared_ptr<Active> &active)
{
    if (active->handled)
        return;
    active->handled = true;
    m_active.removeOne(active);
    active->idle->stop();
    QNetworkReply *reply = active->reply;
    reply->deleteLater();
    const std::shared_ptr<Job> job = active->job;
    if (m_shuttingDown || job->finished) {
        pump();
        return;
    }
    Reply answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = transportError(*active, job);
    answer.rateLimitRetries = job->rateRetries;
    bool retryable = answer.error && answer.status == 0 && isRetryableNetworkError(reply->error()) &&
                     !active->timedOut && !active->pastDeadline;
    if (!answer.error && isRedirect(answer.status) && followRedirect(job, reply, &answer.error)) {
        pump();
        return;
    }
    if (!answer.error) {
        answer.body = std::move(active->body);
        answer.body += reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.append({name, value});
        retryable = m_options.retryStatuses.contains(answer.status);
        noteRateLimit(answer);
    }
    if ((retryable || answer.status == 429) && retryLater(job, answer)) {
        pump();
        return;
    }
    deliver(job, std::move(answer));
    pump();
}

bool HttpClient::followRedirect(const std::shared_ptr<Job> &job, QNetworkReply *reply,
                                std::optional<SourceError> *failure)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location").trimmed(), QUrl::StrictMode);
    const QString where = displayUrl(job->request.url);
    if (!location.isValid() || location.isEmpty()) {
        *failure = error(
            SourceError::Kind::Server, status,
            tr("%1 at %2 answered HTTP %3 without a valid Location to redirect to").arg(m_who, where).arg(status));
        return false;
    }
    const QUrl target = job->url.resolved(location);
    if (!sameOrigin(target, job->request.url)) {
        *failure =
            error(SourceError::Kind::Unreachable, status,
                  tr("%1 at %2 redirected to another origin, %3; SLA Desk follows redirects only within the same "
                     "scheme, host and port, so that credentials never reach another server: set the url to the "
                     "server that answers")
                      .arg(m_who, where, displayUrl(target)));
        return false;
    }
    job->visited.insert(job->url.adjusted(QUrl::RemoveFragment));
    if (job->visited.contains(target.adjusted(QUrl::RemoveFragment))) {
        *failure = error(SourceError::Kind::Server, status,
                         tr("%1 at %2 redirects in a loop (back to %3)").arg(m_who, where, displayUrl(target)));
        return false;
    }
    if (job->redirects >= m_options.maxRedirects) {
        *failure = error(SourceError::Kind::Server, status,
                         tr("%1 at %2 redirected more than %3 times").arg(m_who, where).arg(m_options.maxRedirects));
        return false;
    }
    ++job->redirects;
    job->url = target;
    // As browsers do: 303, and 301/302 after a POST, continue as a GET.
    if (status == 303 || ((status == 301 || status == 302) && job->post))
        job->post = false;
    m_queue.push_front(job);
    return true;
}

void HttpClient::noteRateLimit(const Reply &reply)
{
    const QByteArray remaining = headerValue(reply.headers, "X-RateLimit-Remaining");
    bool ok = false;
    if (remaining.toLongLong(&ok) > 0 || !ok)
        return;
    const qint64 reset = waitFromSeconds(headerValue(reply.headers, "X-RateLimit-Reset"));
    m_blockedUntilMs = std::max(m_blockedUntilMs, nowMs() + std::max<qint64>(1000, reset));
}

bool HttpClient::retryLater(const std::shared_ptr<Job> &job, const Reply &reply)
{
    if (reply.status == 429) {
        const qint64 wait = announcedWaitMs(reply.headers);
        if (job->rateRetries >= m_options.maxRateLimitRetries || wait > m_options.maxRateLimitWait.count())
            return false;
        ++job->rateRetries;
        m_blockedUntilMs = std::max(m_blockedUntilMs, nowMs() + wait);
        m_queue.push_front(job);
        return true;
    }
    if (job->attempt >= m_options.maxRetries)
        return false;
    const qint64 base = m_options.retryBaseDelay.count() << std::min(job->attempt, 20);
    const qint64 delay = base + qint64(QRandomGenerator::global()->bounded(double(base) / 2.0));
    ++job->attempt;
    m_waiting.append(job);
    QTimer::singleShot(std::chrono::milliseconds(delay), this, [this, job] {
        if (!m_waiting.removeOne(job) || job->finished)
            return;
        m_queue.push_front(job);
        pump();
    });
    return true;
}

// ---------------------------------------------------------------------------------------
// Delivery

void HttpClient::deliver(const std::shared_ptr<Job> &job, Reply reply)
{
    if (reply.error) {
        finish(job, std::move(reply));
        return;
    }
    const QByteArray encoding = headerValue(reply.headers, "Content-Encoding").toLower();
    const bool gzip = encoding == "gzip" || encoding == "x-gzip";
    if (gzip && !reply.body.isEmpty()) {
        decodeThenDeliver(job, std::move(reply));
        return;
    }
    if (!gzip && !encoding.isEmpty() && encoding != "identity") {
        reply.error =
            error(SourceError::Kind::Malformed, reply.status,
                  tr("%1 sent a body in the content encoding '%2', which SLA Desk does not decode (it asks for gzip)")
                      .arg(m_who, scrub(QString::fromLatin1(encoding))));
        reply.body.clear();
    }
    padBody(reply.body);
    finish(job, std::move(reply));
}

void HttpClient::decodeThenDeliver(const std::shared_ptr<Job> &job, Reply reply)
{
    const qint64 limit = m_options.maxResponseBytes;
    QFuture<GzipInflater::Result> inflated =
        run([body = std::move(reply.body), limit] { return GzipInflater::inflateAll(body, limit); });
    m_waiting.append(job);
    whenFinished(inflated, this, [this, job, reply = std::move(reply)](GzipInflater::Result result) mutable {
        if (!m_waiting.removeOne(job))
            return; // aborted meanwhile
        switch (result.status) {
        case GzipInflater::Status::Ok:
            reply.body = std::move(result.data);
            padBody(reply.body);
            break;
        case GzipInflater::Status::TooLarge:
            reply.error = error(SourceError::Kind::TooLarge, reply.status,
                                tr("the gzip-compressed response of %1 exceeds the limit of %2 MB once decompressed")
                                    .arg(m_who, megabytes(m_options.maxResponseBytes)));
            break;
        case GzipInflater::Status::Truncated:
            reply.error = error(SourceError::Kind::Malformed, reply.status,
                                tr("%1 sent a gzip-compressed body that ends before its trailer").arg(m_who));
            break;
        case GzipInflater::Status::Corrupt:
            reply.error =
                error(SourceError::Kind::Malformed, reply.status,
                      tr("%1 sent a gzip-compressed body that cannot be decompressed: %2").arg(m_who, result.error));
            break;
        }
        finish(job, std::move(reply));
    });
}

void HttpClient::finish(const std::shared_ptr<Job> &job, Reply reply)
{
    if (job->finished)
        return;
    job->finished = true;
    const Done done = std::move(job->done);
    if (done)
        done(std::move(reply));
}

} // namespace Sla::Core
