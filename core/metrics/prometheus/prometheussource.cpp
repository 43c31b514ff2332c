// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/prometheus/prometheussource.h"

#include "core/metrics/prometheus/prometheusresponse.h"

#include <QCoreApplication>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <QtNetwork/qtnetworkglobal.h>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#endif

#include <algorithm>
#include <type_traits>

namespace Sla::Core {

namespace {


SourceError cancelledError()
{
    return SourceError{SourceError::Kind::Cancelled, 0, QCoreApplication::translate("Sla::Core::PrometheusSource", "the request was cancelled")};
}

template <typename R> R failureValue(const SourceError &error)
{
    if constexpr (std::is_same_v<R, SourceHealth>) {
        SourceHealth health;
        health.state = error.kind == SourceError::Kind::Auth ? SourceHealth::State::AuthFailed
                       : (error.kind == SourceError::Kind::Unreachable || error.kind == SourceError::Kind::Timeout)
                           ? SourceHealth::State::Unreachable
                           : SourceHealth::State::Error;
        health.message = error.message;
        health.checkedAt = QDateTime::currentDateTimeUtc();
        return health;
    } else {
        return R(error);
    }
}

/// application/x-www-form-urlencoded with everything but unreserved characters
/// percent-encoded. QUrlQuery would leave '+' alone, which Go servers read as a space.
QByteArray encodeForm(const QList<std::pair<QString, QString>> &params)
{
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key);
        out += '=';
        out += QUrl::toPercentEncoding(value);
    }
    return out;
}

QString labelsKey(const SeriesLabels &labels)
{
    QString key;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        key += it.key();
        key += QChar(0x1f);
        key += it.value();
        key += QChar(0x1e);
    }
    return key;
}

bool isValidLabelName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        if (!letter && !(i > 0 && c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

/// The default options; SLADESK_HTTP_TIMEOUT and SLADESK_HTTP_DEADLINE (seconds) override
/// the transfer timeout and the whole-request deadline, for slow links and for tests that
/// must see a timeout without waiting minutes.
PrometheusSource::Options defaultOptions()
{
    PrometheusSource::Options options;
    bool ok = false;
    const double seconds = qEnvironmentVariable("SLADESK_HTTP_TIMEOUT").toDouble(&ok);
    if (ok && seconds > 0)
        options.transferTimeout = std::chrono::milliseconds(qint64(seconds * 1000));
    const double deadline = qEnvironmentVariable("SLADESK_HTTP_DEADLINE").toDouble(&ok);
    if (ok && deadline > 0)
        options.requestDeadline = std::chrono::milliseconds(qint64(deadline * 1000));
    return options;
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

} // namespace

// ---------------------------------------------------------------------------------------
// Bookkeeping types

struct PrometheusSource::CallBase
{
    quint64 id = 0;
    bool finished = false;
    virtual ~CallBase() = default;
    virtual void fail(const SourceError &error) = 0;
    /// The caller cancelled the future: queued requests of this call are dropped.
    virtual bool callerCancelled() const = 0;
};

/// One public call; R is the type its future carries. Finishes exactly once.
template <typename R> struct PrometheusSource::Call final : CallBase
{
    QPromise<R> promise;

    void finish(R value)
    {
        if (finished)
            return;
        finished = true;
        promise.addResult(std::move(value));
        promise.finish();
    }
    void fail(const SourceError &error) override { finish(failureValue<R>(error)); }
    bool callerCancelled() const override { return promise.isCanceled(); }
};

struct PrometheusSource::HttpOutcome
{
    std::optional<SourceError> error; ///< transport-level failure; otherwise status + body
    int httpStatus = 0;
    QByteArray body;
};

struct PrometheusSource::Job
{
    std::shared_ptr<CallBase> call;
    QString path; ///< relative to the base URL, e.g. "/api/v1/query"
    Params params;
    bool allowPost = true;
    bool updatesHealth = true; ///< false for checkHealth(), which sets health itself
    int attempt = 0;
    std::function<void(HttpOutcome)> done; ///< runs on the owning thread, once
};

struct PrometheusSource::Active
{
    std::shared_ptr<Job> job;
    QNetworkReply *reply = nullptr;
    QTimer *timer = nullptr; ///< child of reply
    bool pastDeadline = false;
    QByteArray body;
    bool tooLarge = false;
    bool timedOut = false;
    bool handled = false;
};

// ---------------------------------------------------------------------------------------

PrometheusSource::PrometheusSource(const DataSource &config, const QString &secret, QObject *parent)
    : PrometheusSource(config, secret, defaultOptions(), parent)
{
}

PrometheusSource::PrometheusSource(const DataSource &config, const QString &secret, const Options &options,
                                   QObject *parent)
    : MetricSource(parent), m_config(config), m_options(options), m_network(new QNetworkAccessManager(this))
{
    m_options.maxConcurrentRequests = std::max(1, m_options.maxConcurrentRequests);
    m_options.maxStepsPerRequest = std::max<qint64>(1, m_options.maxStepsPerRequest);
    m_options.chunkSteps = std::clamp<qint64>(m_options.chunkSteps, 1, m_options.maxStepsPerRequest);

    QUrl url(config.url.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        m_configError = QCoreApplication::translate("Sla::Core::PrometheusSource", "data source '%1' has an invalid url '%2'; expected http://host:port or https://host:port")
                            .arg(name(), config.url);
    }
    // Credentials belong in the keychain, never in the URL (where they would be logged).
    url.setUserInfo(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    QString prefix = config.pathPrefix.trimmed();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    if (!prefix.isEmpty() && !prefix.startsWith(u'/'))
        prefix.prepend(u'/');
    url.setPath(path + prefix);
    m_baseUrl = url;

    switch (config.auth) {
    case AuthType::None:
        break;
    case AuthType::Basic:
        m_authorization = "Basic " + (config.username + u':' + secret).toUtf8().toBase64();
        break;
    case AuthType::Bearer:
        m_authorization = "Bearer " + secret.toUtf8();
        break;
    }

#if QT_CONFIG(ssl)
    if (scheme == u"https") {
        m_ssl = std::make_unique<QSslConfiguration>(QSslConfiguration::defaultConfiguration());
        if (!config.caFile.isEmpty()) {
            // Added to the system CAs, not instead of them.
            const QList<QSslCertificate> certificates = QSslCertificate::fromPath(config.caFile, QSsl::Pem);
            if (certificates.isEmpty())
                m_configError = QCoreApplication::translate("Sla::Core::PrometheusSource", "cannot read CA certificates (PEM) from caFile '%1' of data source '%2'")
                                    .arg(config.caFile, name());
            else
                m_ssl->addCaCertificates(certificates);
        }
        if (config.insecureSkipVerify) {
            m_ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
            // Sources are rebuilt whenever documents reload: warn once per source name.
            static QMutex mutex;
            static QSet<QString> warned;
            const QMutexLocker lock(&mutex);
            if (!warned.contains(name())) {
                warned.insert(name());
                qWarning("TLS certificate verification is disabled for data source '%s' (insecureSkipVerify)",
                         qUtf8Printable(name()));
            }
        }
    }
#else
    if (scheme == u"https")
        m_configError = QCoreApplication::translate("Sla::Core::PrometheusSource", "data source '%1' uses https, but this build has no TLS support").arg(name());
#endif
}

PrometheusSource::~PrometheusSource()
{
    m_shuttingDown = true;
    cancelAll();
    // Parse tasks deliver into this object through .then(this, ...): wait for them while
    // the object is still alive so their queued deliveries are simply dropped.
    for (QFuture<void> &future : m_background)
        future.waitForFinished();
    delete m_network;
    m_network = nullptr;
}

QString PrometheusSource::name() const
{
    return m_config.metadata.name;
}

// ---------------------------------------------------------------------------------------
// Public calls

template <typename R> std::shared_ptr<PrometheusSource::Call<R>> PrometheusSource::newCall()
{
    // Network replies, timers and continuations all belong to the owning thread.
    Q_ASSERT(QThread::currentThread() == thread());
    auto call = std::make_shared<Call<R>>();
    call->id = m_nextCallId++;
    call->promise.start();
    m_calls.insert(call->id, call);
    if (!m_configError.isEmpty())
        complete(call, failureValue<R>(SourceError{SourceError::Kind::Unreachable, 0, m_configError}));
    return call;
}

template <typename R> void PrometheusSource::complete(const std::shared_ptr<Call<R>> &call, R value)
{
    call->finish(std::move(value));
    m_calls.remove(call->id);
}

template <typename T, typename Parse>
void PrometheusSource::parseInto(const std::shared_ptr<Call<SourceResult<T>>> &call, HttpOutcome outcome, Parse parse)
{
    if (call->finished)
        return;
    if (outcome.error) {
        complete(call, SourceResult<T>(*outcome.error));
        return;
    }
    QFuture<SourceResult<T>> parsed = QtConcurrent::run(
        [body = std::move(outcome.body), status = outcome.httpStatus, parse] { return parse(body, status); });
    trackBackground(QFuture<void>(parsed));
    parsed.then(this, [this, call](SourceResult<T> result) { complete(call, std::move(result)); });
}

template <typename T, typename Parse>
QFuture<SourceResult<T>> PrometheusSource::simpleCall(const QString &path, const Params &params, bool allowPost,
                                                      Parse parse)
{
    auto call = newCall<SourceResult<T>>();
    if (call->finished)
        return call->promise.future();
    auto job = makeJob(call, path, params,
                       [this, call, parse](HttpOutcome outcome) { parseInto<T>(call, std::move(outcome), parse); });
    job->allowPost = allowPost;
    enqueue(job);
    return call->promise.future();
}

QFuture<SourceResult<QueryResult>> PrometheusSource::query(const QString &query, const QDateTime &at)
{
    Params params{{QStringLiteral("query"), query}};
    if (at.isValid())
        params.append({QStringLiteral("time"), formatSeconds(at.toMSecsSinceEpoch())});
    return simpleCall<QueryResult>(QStringLiteral("/api/v1/query"), params, true, &Prometheus::parseQueryResponse);
}

QFuture<SourceResult<QueryResult>> PrometheusSource::queryRange(const QString &query, const QDateTime &start,
                                                                const QDateTime &end, std::chrono::milliseconds step)
{
    using R = SourceResult<QueryResult>;
    auto call = newCall<R>();
    if (call->finished)
        return call->promise.future();
    if (!start.isValid() || !end.isValid() || start > end || step.count() <= 0) {
        complete(call,
                 R(SourceError{SourceError::Kind::BadQuery, 0,
                               QCoreApplication::translate("Sla::Core::PrometheusSource", "a range query needs a valid start at or before its end and a positive step")}));
        return call->promise.future();
    }

    const QList<std::pair<qint64, qint64>> chunks =
        splitRange(start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch(), step.count(), m_options.maxStepsPerRequest,
                   m_options.chunkSteps);
    struct Gather
    {
        std::vector<QueryResult> parts;
        qsizetype remaining = 0;
    };
    auto gather = std::make_shared<Gather>();
    gather->parts.resize(size_t(chunks.size()));
    gather->remaining = chunks.size();

    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const Params params{{QStringLiteral("query"), query},
                            {QStringLiteral("start"), formatSeconds(chunks.at(i).first)},
                            {QStringLiteral("end"), formatSeconds(chunks.at(i).second)},
                            {QStringLiteral("step"), formatSeconds(step.count())}};
        auto onChunk = [this, call, gather, i](R result) {
            if (call->finished)
                return;
            if (!result) {
                complete(call, result);
                abortCall(call->id); // the other chunks are of no use now
                return;
            }
            gather->parts[size_t(i)] = std::move(result).value();
            if (--gather->remaining > 0)
                return;
            if (gather->parts.size() == 1) {
                complete(call, R(std::move(gather->parts.front())));
                return;
            }
            QFuture<QueryResult> stitched = QtConcurrent::run([gather] { return stitch(std::move(gather->parts)); });
            trackBackground(QFuture<void>(stitched));
            stitched.then(this, [this, call](QueryResult joined) { complete(call, R(std::move(joined))); });
        };
        enqueue(
            makeJob(call, QStringLiteral("/api/v1/query_range"), params, [this, call, onChunk](HttpOutcome outcome) {
                if (call->finished)
                    return;
                if (outcome.error) {
                    onChunk(R(*outcome.error));
                    return;
                }
                QFuture<R> parsed = QtConcurrent::run([body = std::move(outcome.body), status = outcome.httpStatus] {
                    return Prometheus::parseRangeResponse(body, status);
                });
                trackBackground(QFuture<void>(parsed));
                parsed.then(this, onChunk);
            }));
    }
    return call->promise.future();
}

PrometheusSource::Params PrometheusSource::rangeParams(const QStringList &matchers, const MetadataRange &range)
{
    Params params;
    for (const QString &matcher : matchers)
        params.append({QStringLiteral("match[]"), matcher});
    if (range.start.isValid())
        params.append({QStringLiteral("start"), formatSeconds(range.start.toMSecsSinceEpoch())});
    if (range.end.isValid())
        params.append({QStringLiteral("end"), formatSeconds(range.end.toMSecsSinceEpoch())});
    return params;
}

QFuture<SourceResult<QList<SeriesLabels>>> PrometheusSource::series(const QStringList &matchers, const MetadataRange &range)
{
    if (matchers.isEmpty()) {
        auto call = newCall<SourceResult<QList<SeriesLabels>>>();
        complete(call, SourceResult<QList<SeriesLabels>>(SourceError{
                           SourceError::Kind::BadQuery, 0, QCoreApplication::translate("Sla::Core::PrometheusSource", "a series lookup needs at least one selector")}));
        return call->promise.future();
    }
    return simpleCall<QList<SeriesLabels>>(QStringLiteral("/api/v1/series"), rangeParams(matchers, range), true,
                                           &Prometheus::parseSeriesResponse);
}

QFuture<SourceResult<QStringList>> PrometheusSource::labelNames(const QStringList &matchers, const MetadataRange &range)
{
    return simpleCall<QStringList>(QStringLiteral("/api/v1/labels"), rangeParams(matchers, range), true,
                                   &Prometheus::parseStringListResponse);
}

QFuture<SourceResult<QStringList>> PrometheusSource::labelValues(const QString &label, const QStringList &matchers,
                                                                 const MetadataRange &range)
{
    if (!isValidLabelName(label)) {
        auto call = newCall<SourceResult<QStringList>>();
        complete(call, SourceResult<QStringList>(
                           SourceError{SourceError::Kind::BadQuery, 0,
                                       QCoreApplication::translate("Sla::Core::PrometheusSource", "'%1' is not a label name; expected letters, digits and '_'").arg(label)}));
        return call->promise.future();
    }
    // The label values endpoint takes GET only.
    return simpleCall<QStringList>(QStringLiteral("/api/v1/label/%1/values").arg(label), rangeParams(matchers, range),
                                   false, &Prometheus::parseStringListResponse);
}

QFuture<SourceHealth> PrometheusSource::checkHealth()
{
    auto call = newCall<SourceHealth>();
    if (call->finished) {
        setHealth(SourceHealth::State::Error, m_configError);
        return call->promise.future();
    }
    auto fail = [this, call](const SourceError &error) {
        const SourceHealth h = failureValue<SourceHealth>(error);
        setHealth(h.state, h.message);
        complete(call, health());
    };
    auto succeed = [this, call](const QString &message) {
        setHealth(SourceHealth::State::Ok, message);
        complete(call, health());
    };
    // buildinfo names the server version; servers without it (404) get a trivial query.
    auto job = makeJob(call, QStringLiteral("/api/v1/status/buildinfo"), {}, [=, this](HttpOutcome outcome) {
        if (call->finished)
            return;
        if (outcome.error) {
            fail(*outcome.error);
            return;
        }
        if (outcome.httpStatus == 404) {
            auto probe = makeJob(call, QStringLiteral("/api/v1/query"),
                                 {{QStringLiteral("query"), QStringLiteral("1")}}, [=](HttpOutcome answer) {
                                     if (call->finished)
                                         return;
                                     if (answer.error) {
                                         fail(*answer.error);
                                         return;
                                     }
                                     const auto result = Prometheus::parseQueryResponse(answer.body, answer.httpStatus);
                                     if (result)
                                         succeed(QCoreApplication::translate("Sla::Core::PrometheusSource", "the query API answers"));
                                     else
                                         fail(result.error());
                                 });
            probe->updatesHealth = false;
            enqueue(probe);
            return;
        }
        // Small bodies: parsed here rather than on the thread pool.
        const auto version = Prometheus::parseBuildInfoResponse(outcome.body, outcome.httpStatus);
        if (!version)
            fail(version.error());
        else
            succeed(version.value().isEmpty() ? QCoreApplication::translate("Sla::Core::PrometheusSource", "the API answers") : QCoreApplication::translate("Sla::Core::PrometheusSource", "version %1").arg(version.value()));
    });
    job->updatesHealth = false;
    enqueue(job);
    return call->promise.future();
}

void PrometheusSource::cancelAll()
{
    const auto calls = m_calls.values();
    m_calls.clear();
    for (const auto &call : calls)
        call->fail(cancelledError());
    m_queue.clear();
    const auto active = m_active;
    for (const auto &a : active) {
        // A reply that already finished or failed (its finished() still queued) must not
        // be aborted: Qt warns about a second error.
        if (!a->reply->isFinished() && a->reply->error() == QNetworkReply::NoError)
            a->reply->abort();
    }
}

void PrometheusSource::abortCall(quint64 callId)
{
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                 [callId](const std::shared_ptr<Job> &job) { return job->call->id == callId; }),
                  m_queue.end());
    QList<std::shared_ptr<Active>> doomed;
    for (const auto &a : std::as_const(m_active)) {
        if (a->job->call->id == callId)
            doomed.append(a);
    }
    for (const auto &a : std::as_const(doomed)) {
        if (!a->reply->isFinished() && a->reply->error() == QNetworkReply::NoError)
            a->reply->abort();
    }
}

void PrometheusSource::trackBackground(const QFuture<void> &future)
{
    m_background.erase(
        std::remove_if(m_background.begin(), m_background.end(), [](const QFuture<void> &f) { return f.isFinished(); }),
        m_background.end());
    m_background.append(future);
}

// ---------------------------------------------------------------------------------------
// HTTP

std::shared_ptr<PrometheusSource::Job> PrometheusSource::makeJob(const std::shared_ptr<CallBase> &call,
                                                                 const QString &path, const Params &params,
                                                                 std::function<void(HttpOutcome)> done)
{
    auto job = std::make_shared<Job>();
    job->call = call;
    job->path = path;
    job->params = params;
    job->done = std::move(done);
    return job;
}

void PrometheusSource::enqueue(const std::shared_ptr<Job> &job)
{
    m_queue.push_back(job);
    pump();
}

void PrometheusSource::pump()
{
    while (!m_shuttingDown && m_active.size() < m_options.maxConcurrentRequests && !m_queue.empty()) {
        std::shared_ptr<Job> job = m_queue.front();
        m_queue.pop_front();
        if (!job->call->finished && job->call->callerCancelled()) {
            job->call->fail(cancelledError());
            m_calls.remove(job->call->id);
        }
        if (job->call->finished)
            continue;
        start(job);
    }
}

void PrometheusSource::start(const std::shared_ptr<Job> &job)
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + job->path);
    const QByteArray form = encodeForm(job->params);
    const bool post = job->allowPost && form.size() > m_options.postThreshold;
    if (!post && !form.isEmpty())
        url.setQuery(QString::fromLatin1(form), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "sladesk/" SLADESK_VERSION);
    if (!m_config.tenant.isEmpty())
        request.setRawHeader("X-Scope-OrgID", m_config.tenant.toUtf8());
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    // Never carry the Authorization header to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
#if QT_CONFIG(ssl)
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
#endif

    auto active = std::make_shared<Active>();
    active->job = job;
    if (post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        active->reply = m_network->post(request, form);
    } else {
        active->reply = m_network->get(request);
    }
    m_active.append(active);
    QNetworkReply *reply = active->reply;

    active->timer = new QTimer(reply);
    active->timer->setSingleShot(true);
    active->timer->setInterval(m_options.transferTimeout);
    connect(active->timer, &QTimer::timeout, this, [active] {
        active->timedOut = true;
        active->reply->abort();
    });
    active->timer->start();
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
            // Room for simdjson's padding, so the parser need not copy the body.
            active->body.reserve(announced + Prometheus::kParsePadding);
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [active, limit] {
        if (active->tooLarge)
            return;
        active->timer->start();
        if (active->body.size() + active->reply->bytesAvailable() > limit) {
            active->tooLarge = true;
            active->reply->abort();
            return;
        }
        active->body += active->reply->readAll();
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [active] { active->timer->start(); });
    connect(reply, &QNetworkReply::finished, this, [this, active] { onReplyFinished(active); });
}

void PrometheusSource::onReplyFinished(const std::shared_ptr<Active> &active)
{
    if (active->handled)
        return;
    active->handled = true;
    m_active.removeOne(active);
    active->timer->stop();
    QNetworkReply *reply = active->reply;
    reply->deleteLater();
    const std::shared_ptr<Job> job = active->job;
    if (m_shuttingDown)
        return;
    if (job->call->finished) {
        pump();
        return;
    }

    HttpOutcome outcome;
    outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString where = m_baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    bool retry = false;
    if (active->tooLarge) {
        outcome.error = SourceError{SourceError::Kind::TooLarge, outcome.httpStatus,
                                    QCoreApplication::translate("Sla::Core::PrometheusSource", "the response of data source '%1' exceeds the limit of %2 MB")
                                        .arg(name())
                                        .arg(double(m_options.maxResponseBytes) / 1e6, 0, 'f', 1)};
    } else if (active->pastDeadline) {
        outcome.error = SourceError{SourceError::Kind::Timeout, outcome.httpStatus,
                                    QCoreApplication::translate("Sla::Core::PrometheusSource", "data source '%1' at %2 did not finish its answer within %3 s")
                                        .arg(name(), where)
                                        .arg(double(m_options.requestDeadline.count()) / 1000.0, 0, 'f', 1)};
    } else if (active->timedOut) {
        outcome.error = SourceError{SourceError::Kind::Timeout, outcome.httpStatus,
                                    QCoreApplication::translate("Sla::Core::PrometheusSource", "data source '%1' at %2 sent nothing for %3 s")
                                        .arg(name(), where)
                                        .arg(double(m_options.transferTimeout.count()) / 1000.0, 0, 'f', 1)};
    } else if (outcome.httpStatus == 0 && networkError != QNetworkReply::NoError) {
        retry = isRetryableNetworkError(networkError);
        const SourceError::Kind kind = networkError == QNetworkReply::OperationCanceledError
                                           ? SourceError::Kind::Cancelled
                                           : SourceError::Kind::Unreachable;
        outcome.error = SourceError{
            kind, 0, QCoreApplication::translate("Sla::Core::PrometheusSource", "cannot reach data source '%1' at %2: %3").arg(name(), where, reply->errorString())};
    } else if (outcome.httpStatus == 401 || outcome.httpStatus == 403) {
        outcome.error = SourceError{SourceError::Kind::Auth, outcome.httpStatus,
                                    QCoreApplication::translate("Sla::Core::PrometheusSource", "data source '%1' rejected the credentials (HTTP %2); check its auth "
                                       "settings and the secret stored for it")
                                        .arg(name())
                                        .arg(outcome.httpStatus)};
    } else {
        retry = outcome.httpStatus == 502 || outcome.httpStatus == 503 || outcome.httpStatus == 504;
        outcome.body = std::move(active->body);
        outcome.body += reply->readAll();
        // simdjson reads up to kParsePadding bytes past the end. Any content will do, but
        // zeroed bytes keep memory checkers quiet; shrinking keeps the capacity.
        const qsizetype size = outcome.body.size();
        outcome.body.resize(size + Prometheus::kParsePadding, '\0');
        outcome.body.resize(size);
    }

    if (retry && job->attempt < m_options.maxRetries) {
        const auto delay = m_options.retryBaseDelay * (qint64(1) << job->attempt);
        ++job->attempt;
        QTimer::singleShot(delay, this, [this, job] {
            if (job->call->finished)
                return;
            m_queue.push_front(job);
            pump();
        });
        pump();
        return;
    }

    if (job->updatesHealth)
        noteOutcome(outcome);
    job->done(std::move(outcome));
    pump();
}

void PrometheusSource::noteOutcome(const HttpOutcome &outcome)
{
    if (outcome.error) {
        switch (outcome.error->kind) {
        case SourceError::Kind::Unreachable:
        case SourceError::Kind::Timeout:
            setHealth(SourceHealth::State::Unreachable, outcome.error->message);
            break;
        case SourceError::Kind::Auth:
            setHealth(SourceHealth::State::AuthFailed, outcome.error->message);
            break;
        default:
            break;
        }
    } else if (outcome.httpStatus >= 200 && outcome.httpStatus < 300) {
        setHealth(SourceHealth::State::Ok, health().state == SourceHealth::State::Ok ? health().message : QString());
    } else if (outcome.httpStatus >= 500) {
        setHealth(SourceHealth::State::Error,
                  QCoreApplication::translate("Sla::Core::PrometheusSource", "data source '%1' answers with HTTP %2").arg(name()).arg(outcome.httpStatus));
    }
}

// ---------------------------------------------------------------------------------------
// Pure helpers

QString PrometheusSource::formatSeconds(qint64 millis)
{
    const bool negative = millis < 0;
    const qint64 magnitude = negative ? -millis : millis;
    return (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / 1000) + u'.' +
           QStringLiteral("%1").arg(magnitude % 1000, 3, 10, QLatin1Char('0'));
}

QList<std::pair<qint64, qint64>> PrometheusSource::splitRange(qint64 startMs, qint64 endMs, qint64 stepMs,
                                                              qint64 maxSteps, qint64 chunkSteps)
{
    if (stepMs <= 0 || endMs <= startMs)
        return {{startMs, endMs}};
    const qint64 steps = (endMs - startMs) / stepMs;
    if (steps <= maxSteps)
        return {{startMs, endMs}};
    chunkSteps = std::clamp<qint64>(chunkSteps, 1, std::max<qint64>(1, maxSteps));
    const qint64 lastPoint = startMs + steps * stepMs;
    QList<std::pair<qint64, qint64>> chunks;
    for (qint64 from = startMs;;) {
        const qint64 to = from + chunkSteps * stepMs;
        if (to >= lastPoint) {
            chunks.append({from, endMs});
            break;
        }
        chunks.append({from, to});
        from = to;
    }
    return chunks;
}

QueryResult PrometheusSource::stitch(std::vector<QueryResult> chunks)
{
    QueryResult out;
    out.type = QueryResult::Type::Matrix;
    QHash<QString, size_t> index;
    for (QueryResult &chunk : chunks) {
        for (const QString &warning : std::as_const(chunk.warnings)) {
            if (!out.warnings.contains(warning))
                out.warnings.append(warning);
        }
        for (SampleSeries &series : chunk.series) {
            const QString key = labelsKey(series.labels);
            const auto found = index.constFind(key);
            if (found == index.cend()) {
                index.insert(key, out.series.size());
                out.series.push_back(std::move(series));
                continue;
            }
            SampleSeries &target = out.series[*found];
            size_t from = 0;
            if (!target.t.empty()) {
                const qint64 last = target.t.back();
                while (from < series.t.size() && series.t[from] <= last)
                    ++from;
            }
            target.t.insert(target.t.end(), series.t.begin() + qsizetype(from), series.t.end());
            target.v.insert(target.v.end(), series.v.begin() + qsizetype(from), series.v.end());
        }
    }
    // Series first seen in a later chunk would otherwise trail: keep label order.
    std::vector<std::pair<QString, size_t>> order;
    order.reserve(out.series.size());
    for (auto it = index.cbegin(); it != index.cend(); ++it)
        order.emplace_back(it.key(), it.value());
    std::sort(order.begin(), order.end());
    std::vector<SampleSeries> sorted;
    sorted.reserve(out.series.size());
    for (const auto &entry : order)
        sorted.push_back(std::move(out.series[entry.second]));
    out.series = std::move(sorted);
    return out;
}

} // namespace Sla::Core
