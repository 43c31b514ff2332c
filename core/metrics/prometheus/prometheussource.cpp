// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/prometheus/prometheussource.h"

#include "core/document/texthygiene.h"
#include "core/document/tr.h"
#include "core/metrics/httpclient.h"
#include "core/metrics/prometheus/prometheusresponse.h"

#include <QMutex>
#include <QPromise>
#include <QSet>
#include <QThread>
#include <QtNetwork/qtnetworkglobal.h>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#endif

#include <algorithm>
#include <type_traits>

namespace Tr = Sla::Core::TrContext::PrometheusSource;

namespace Sla::Core {

namespace {

SourceError cancelledError()
{
    return SourceError{SourceError::Kind::Cancelled, 0, Tr::tr("the request was cancelled")};
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

// ---------------------------------------------------------------------------------------

PrometheusSource::PrometheusSource(const DataSource &config, const QString &secret, QObject *parent)
    : PrometheusSource(config, secret, defaultOptions(), parent)
{
}

PrometheusSource::PrometheusSource(const DataSource &config, const QString &secret, const Options &options,
                                   QObject *parent)
    : MetricSource(parent), m_config(config), m_options(options)
{
    m_options.maxConcurrentRequests = std::max(1, m_options.maxConcurrentRequests);
    m_options.maxStepsPerRequest = std::max<qint64>(1, m_options.maxStepsPerRequest);
    m_options.chunkSteps = std::clamp<qint64>(m_options.chunkSteps, 1, m_options.maxStepsPerRequest);
    m_http = new HttpClient(tr("data source '%1'").arg(name()), m_options, this);

    m_baseUrl = makeBaseUrl(config);
    setUpHeaders(secret);
    setUpTls();
}

QUrl PrometheusSource::makeBaseUrl(const DataSource &config)
{
    QUrl url(config.url.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (TextHygiene::firstControlCharacter(config.url)) {
        m_configError = TextHygiene::controlCharacterMessage(tr("the url of data source '%1'").arg(name()), config.url);
    } else if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        m_configError = tr("data source '%1' has an invalid url '%2'; expected http://host:port or https://host:port")
                            .arg(name(), TextHygiene::withoutPassword(config.url));
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
    return url;
}

void PrometheusSource::setUpHeaders(const QString &secret)
{
    // A control character in a header value would end the header and start another.
    const std::pair<QString, QString> values[] = {
        {tr("the pathPrefix of data source '%1'").arg(name()), m_config.pathPrefix},
        {tr("the tenant of data source '%1'").arg(name()), m_config.tenant},
        {tr("the username of data source '%1'").arg(name()), m_config.username},
        {tr("the secret of data source '%1'").arg(name()), secret},
    };
    for (const auto &[what, value] : values) {
        if (m_configError.isEmpty() && TextHygiene::firstControlCharacter(value))
            m_configError = TextHygiene::controlCharacterMessage(what, value);
    }
    HttpClient::Headers headers{{"Accept", "application/json"}, {"User-Agent", "sladesk/" SLADESK_VERSION}};
    if (!m_config.tenant.isEmpty())
        headers.append({"X-Scope-OrgID", m_config.tenant.toUtf8()});
    m_http->setDefaultHeaders(headers);
    QByteArray authorization;
    switch (m_config.auth) {
    case AuthType::None:
        return;
    case AuthType::Basic:
        authorization = "Basic " + (m_config.username + u':' + secret).toUtf8().toBase64();
        break;
    case AuthType::Bearer:
        authorization = "Bearer " + secret.toUtf8();
        break;
    }
    m_http->setCredentialHeaders({{"Authorization", authorization}});
    m_http->addSecrets({secret, QString::fromLatin1(authorization.mid(authorization.indexOf(' ') + 1))});
}

void PrometheusSource::setUpTls()
{
    const bool https = m_baseUrl.scheme().toLower() == u"https";
#if QT_CONFIG(ssl)
    if (!https)
        return;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_config.caFile.isEmpty()) {
        // Added to the system CAs, not instead of them.
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_config.caFile, QSsl::Pem);
        if (certificates.isEmpty())
            m_configError = tr("cannot read CA certificates (PEM) from caFile '%1' of data source '%2'")
                                .arg(m_config.caFile, name());
        else
            ssl.addCaCertificates(certificates);
    }
    m_http->setTlsHint(m_config.caFile.isEmpty()
                           ? tr("if its certificate comes from a private CA, set caFile of data source '%1' to that "
                                "CA's certificate (PEM)")
                                 .arg(name())
                           : tr("check that caFile '%1' of data source '%2' holds the CA that signed the server's "
                                "certificate")
                                 .arg(m_config.caFile, name()));
    if (m_config.insecureSkipVerify) {
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        // Sources are rebuilt whenever documents reload: warn once per source name and process.
        static QMutex mutex;
        static QSet<QString> warned;
        const QMutexLocker lock(&mutex);
        if (!warned.contains(name())) {
            warned.insert(name());
            qWarning("TLS certificate verification is disabled for data source '%s' (insecureSkipVerify)",
                     qUtf8Printable(name()));
        }
    }
    m_http->setSslConfiguration(ssl);
#else
    if (https)
        m_configError = tr("data source '%1' uses https, but this build has no TLS support").arg(name());
#endif
}

PrometheusSource::~PrometheusSource()
{
    m_shuttingDown = true;
    cancelAll();
    // Parse tasks deliver into this object through .then(this, ...): the client awaits
    // them while this object is still whole, so their queued deliveries are dropped.
    delete m_http;
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

template <typename R> R PrometheusSource::scrubbed(R value) const
{
    // Server text (error bodies, warnings) may echo a credential or carry terminal controls.
    if constexpr (std::is_same_v<R, SourceHealth>) {
        value.message = m_http->scrub(value.message);
        return value;
    } else {
        if (!value) {
            SourceError error = value.error();
            error.message = m_http->scrub(error.message);
            return R(std::move(error));
        }
        if constexpr (std::is_same_v<R, SourceResult<QueryResult>>) {
            for (QString &warning : value.value().warnings)
                warning = m_http->scrub(warning);
        }
        return value;
    }
}

template <typename R> void PrometheusSource::complete(const std::shared_ptr<Call<R>> &call, R value)
{
    call->finish(scrubbed(std::move(value)));
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
    QFuture<SourceResult<T>> parsed = m_http->run(
        [body = std::move(outcome.body), status = outcome.httpStatus, parse] { return parse(body, status); });
    parsed.then(this, [this, call](SourceResult<T> result) { complete(call, std::move(result)); });
}

template <typename T, typename Parse>
QFuture<SourceResult<T>> PrometheusSource::simpleCall(const QString &path, const Params &params, bool allowPost,
                                                      Parse parse)
{
    auto call = newCall<SourceResult<T>>();
    if (call->finished)
        return call->promise.future();
    fetch(call, path, params, allowPost, true,
          [this, call, parse](HttpOutcome outcome) { parseInto<T>(call, std::move(outcome), parse); });
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
                               Tr::tr("a range query needs a valid start at or before its end and a positive step")}));
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
            QFuture<QueryResult> stitched = m_http->run([gather] { return stitch(std::move(gather->parts)); });
            stitched.then(this, [this, call](QueryResult joined) { complete(call, R(std::move(joined))); });
        };
        fetch(call, QStringLiteral("/api/v1/query_range"), params, true, true,
              [this, call, onChunk](HttpOutcome outcome) {
                  if (call->finished)
                      return;
                  if (outcome.error) {
                      onChunk(R(*outcome.error));
                      return;
                  }
                  QFuture<R> parsed = m_http->run([body = std::move(outcome.body), status = outcome.httpStatus] {
                      return Prometheus::parseRangeResponse(body, status);
                  });
                  parsed.then(this, onChunk);
              });
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

QFuture<SourceResult<QList<SeriesLabels>>> PrometheusSource::series(const QStringList &matchers,
                                                                    const MetadataRange &range)
{
    if (matchers.isEmpty()) {
        auto call = newCall<SourceResult<QList<SeriesLabels>>>();
        complete(call, SourceResult<QList<SeriesLabels>>(SourceError{
                           SourceError::Kind::BadQuery, 0, Tr::tr("a series lookup needs at least one selector")}));
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
        complete(call, SourceResult<QStringList>(SourceError{
                           SourceError::Kind::BadQuery, 0,
                           Tr::tr("'%1' is not a label name; expected letters, digits and '_'").arg(label)}));
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
        setHealth(h.state, m_http->scrub(h.message));
        complete(call, health());
    };
    auto succeed = [this, call](const QString &message) {
        setHealth(SourceHealth::State::Ok, m_http->scrub(message)); // the version is server text
        complete(call, health());
    };
    // buildinfo names the server version; servers without it (404) get a trivial query.
    fetch(call, QStringLiteral("/api/v1/status/buildinfo"), {}, true, false, [=, this](HttpOutcome outcome) {
        if (outcome.error) {
            fail(*outcome.error);
            return;
        }
        if (outcome.httpStatus == 404) {
            fetch(call, QStringLiteral("/api/v1/query"), {{QStringLiteral("query"), QStringLiteral("1")}}, true, false,
                  [=](HttpOutcome answer) {
                      if (answer.error) {
                          fail(*answer.error);
                          return;
                      }
                      const auto result = Prometheus::parseQueryResponse(answer.body, answer.httpStatus);
                      if (result)
                          succeed(tr("the query API answers"));
                      else
                          fail(result.error());
                  });
            return;
        }
        // Small bodies: parsed here rather than on the thread pool.
        const auto version = Prometheus::parseBuildInfoResponse(outcome.body, outcome.httpStatus);
        if (!version)
            fail(version.error());
        else
            succeed(version.value().isEmpty() ? tr("the API answers") : tr("version %1").arg(version.value()));
    });
    return call->promise.future();
}

QFuture<SourceResult<QString>> PrometheusSource::storageRetention()
{
    const bool failed =
        m_retention.isValid() && m_retention.isFinished() && (m_retention.resultCount() == 0 || !m_retention.result());
    if (m_retention.isValid() && !failed)
        return m_retention;
    auto call = newCall<SourceResult<QString>>();
    m_retention = call->promise.future();
    if (!call->finished) {
        fetch(call, QStringLiteral("/api/v1/status/runtimeinfo"), {}, false, false, [this, call](HttpOutcome outcome) {
            parseInto<QString>(call, std::move(outcome), &Prometheus::parseRuntimeInfoResponse);
        });
    }
    return m_retention;
}

QFuture<SourceResult<QString>> PrometheusSource::serverVersion()
{
    const bool failed =
        m_version.isValid() && m_version.isFinished() && (m_version.resultCount() == 0 || !m_version.result());
    if (m_version.isValid() && !failed)
        return m_version;
    auto call = newCall<SourceResult<QString>>();
    m_version = call->promise.future();
    if (!call->finished) {
        fetch(call, QStringLiteral("/api/v1/status/buildinfo"), {}, false, false, [this, call](HttpOutcome outcome) {
            if (!outcome.error && outcome.httpStatus == 404) {
                complete(call, SourceResult<QString>(QString()));
                return;
            }
            parseInto<QString>(call, std::move(outcome), &Prometheus::parseBuildInfoResponse);
        });
    }
    return m_version;
}

void PrometheusSource::cancelAll()
{
    const auto calls = m_calls.values();
    m_calls.clear();
    for (const auto &call : calls)
        call->fail(cancelledError());
    m_http->abortAll();
}

void PrometheusSource::abortCall(quint64 callId)
{
    m_http->abortGroup(callId);
}

// ---------------------------------------------------------------------------------------
// HTTP

void PrometheusSource::fetch(const std::shared_ptr<CallBase> &call, const QString &path, const Params &params,
                             bool allowPost, bool updatesHealth, std::function<void(HttpOutcome)> done)
{
    HttpClient::Request request;
    request.url = m_baseUrl;
    request.url.setPath(m_baseUrl.path() + path);
    const QByteArray form = encodeForm(params);
    if (allowPost && form.size() > m_options.postThreshold) {
        request.body = form;
        request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    } else if (!form.isEmpty()) {
        request.url.setQuery(QString::fromLatin1(form), QUrl::StrictMode);
    }
    request.group = call->id;
    request.cancelledByCaller = [call] { return !call->finished && call->callerCancelled(); };
    m_http->send(std::move(request), [this, call, updatesHealth, done = std::move(done)](HttpClient::Reply reply) {
        if (m_shuttingDown || call->finished)
            return;
        HttpOutcome outcome;
        outcome.httpStatus = reply.status;
        if (reply.error) {
            outcome.error = std::move(reply.error);
        } else if (reply.status == 401 || reply.status == 403) {
            outcome.error = SourceError{SourceError::Kind::Auth, reply.status,
                                        tr("data source '%1' rejected the credentials (HTTP %2); check its auth "
                                           "settings and the secret stored for it")
                                            .arg(name())
                                            .arg(reply.status)};
        } else {
            outcome.body = std::move(reply.body);
        }
        if (updatesHealth)
            noteOutcome(outcome);
        done(std::move(outcome));
    });
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
                  tr("data source '%1' answers with HTTP %2").arg(name()).arg(outcome.httpStatus));
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
