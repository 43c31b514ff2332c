// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/cloudwatch/cloudwatchsource.h"

#include "core/metrics/futures.h"
#include "core/metrics/logging.h"

#include <QPromise>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace Sla::Core {

namespace {

const QByteArray JsonType = "application/x-amz-json-1.0";
const QByteArray GetMetricDataTarget = "GraniteServiceVersion20100801.GetMetricData";
const QByteArray ListMetricsTarget = "GraniteServiceVersion20100801.ListMetrics";
const QByteArray FormType = "application/x-www-form-urlencoded; charset=utf-8";

QByteArray hostHeader(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QByteArray headerValue(const HttpClient::Reply &reply, const QByteArray &name)
{
    for (const auto &[key, value] : reply.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

/// One getMetricData(): its calls, the call under way and what was read so far.
struct CloudWatchSource::Read
{
    std::vector<CloudWatchApi::Call> calls;
    std::size_t next = 0;
    QMap<QString, SampleSeries> out;
    QPromise<SourceResult<QMap<QString, SampleSeries>>> promise;
    bool finished = false;

    void finish(SourceResult<QMap<QString, SampleSeries>> result)
    {
        if (finished)
            return;
        finished = true;
        promise.addResult(std::move(result));
        promise.finish();
    }
};

/// One listMetrics(): the filter, the pages read so far.
struct CloudWatchSource::MetricListing
{
    CloudWatchApi::ListFilter filter;
    QList<CloudWatchMetric> metrics;
    int pages = 0;
    QPromise<SourceResult<QList<CloudWatchMetric>>> promise;
    bool finished = false;

    void finish(SourceResult<QList<CloudWatchMetric>> result)
    {
        if (finished)
            return;
        finished = true;
        promise.addResult(std::move(result));
        promise.finish();
    }
    ~MetricListing() { finish(SourceError{SourceError::Kind::Cancelled, 0, CloudWatchSource::tr("cancelled")}); }
};

CloudWatchSource::CloudWatchSource(const DataSource &config, const SigV4::Credentials &credentials,
                                   const Options &options, QObject *parent)
    : MetricSource(parent), m_config(config), m_options(options), m_base(credentials)
{
    m_endpoint =
        QUrl(config.endpoint.isEmpty() ? CloudWatchApi::regionalEndpoint(QStringLiteral("monitoring"), config.region)
                                       : config.endpoint);
    m_stsEndpoint = config.endpoint.isEmpty()
                        ? QUrl(CloudWatchApi::regionalEndpoint(QStringLiteral("sts"), config.region))
                        : m_endpoint;
    m_http = new HttpClient(tr("data source '%1'").arg(config.metadata.name), m_options);
    m_http->addSecrets({credentials.secretAccessKey, credentials.sessionToken});
    m_http->setDefaultHeaders({{"Accept", "application/json"}});
}

CloudWatchSource::~CloudWatchSource()
{
    cancelAll();
    delete m_http;
}

QString CloudWatchSource::name() const
{
    return m_config.metadata.name;
}

QDateTime CloudWatchSource::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

HttpClient::Request CloudWatchSource::signedRequest(const QUrl &url, const QByteArray &service,
                                                    const QByteArray &contentType, const QByteArray &target,
                                                    const QByteArray &body) const
{
    SigV4::Request toSign;
    toSign.method = "POST";
    toSign.path = url.path().isEmpty() ? QStringLiteral("/") : url.path();
    toSign.headers = {{"Host", hostHeader(url)}, {"Content-Type", contentType}};
    if (!target.isEmpty())
        toSign.headers.append({"X-Amz-Target", target});
    toSign.body = body;
    SigV4::Options options;
    options.region = m_config.region;
    options.service = QString::fromLatin1(service);
    options.time = now();
    const SigV4::Credentials &credentials = m_role && service != "sts" ? m_role->credentials : m_base;
    const SigV4::Signed s = SigV4::sign(toSign, credentials, options);

    HttpClient::Request request;
    request.url = url;
    request.body = body;
    request.contentType = contentType;
    if (!target.isEmpty())
        request.headers.append({"X-Amz-Target", target});
    request.headers += s.headers;
    return request;
}

SourceError CloudWatchSource::errorOf(const HttpClient::Reply &reply, bool xml) const
{
    if (reply.error)
        return *reply.error;
    const CloudWatchApi::Error e =
        xml ? CloudWatchApi::parseXmlError(reply.body)
            : CloudWatchApi::parseError(reply.body, headerValue(reply, "x-amzn-query-error"));
    const QString text = m_http->scrub(e.message.isEmpty() ? QString::fromUtf8(reply.body.left(300)) : e.message);
    const QString message = tr("CloudWatch data source '%1' answered HTTP %2 %3: %4")
                                .arg(name())
                                .arg(reply.status)
                                .arg(e.code.isEmpty() ? tr("(no error code)") : e.code, text);
    SourceError::Kind kind = SourceError::Kind::Server;
    if (CloudWatchApi::isAuthError(e.code) || reply.status == 401 || reply.status == 403)
        kind = SourceError::Kind::Auth;
    else if (CloudWatchApi::isBadRequest(e.code))
        kind = SourceError::Kind::BadQuery;
    return SourceError{kind, reply.status, message};
}

void CloudWatchSource::noteHealth(const std::optional<SourceError> &error)
{
    if (!error)
        setHealth(SourceHealth::State::Ok, QString());
    else if (error->kind == SourceError::Kind::Auth)
        setHealth(SourceHealth::State::AuthFailed, error->message);
    else if (error->kind == SourceError::Kind::Unreachable || error->kind == SourceError::Kind::Timeout)
        setHealth(SourceHealth::State::Unreachable, error->message);
    else if (error->kind != SourceError::Kind::Cancelled && error->kind != SourceError::Kind::BadQuery)
        setHealth(SourceHealth::State::Error, error->message);
}

void CloudWatchSource::withCredentials(CredentialsDone done)
{
    if (!m_base.isValid()) {
        done(SourceError{SourceError::Kind::Auth, 0,
                         tr("CloudWatch data source '%1' has no AWS credentials").arg(name())});
        return;
    }
    const bool roleUsable = m_role && (!m_role->expiration.isValid() || now().secsTo(m_role->expiration) > 300);
    if (m_config.roleArn.isEmpty() || roleUsable) {
        done(std::nullopt);
        return;
    }
    m_waitingForRole.push_back(std::move(done));
    if (m_waitingForRole.size() == 1)
        assumeRole([this](std::optional<SourceError> error) {
            auto waiting = std::move(m_waitingForRole);
            m_waitingForRole.clear();
            for (const CredentialsDone &d : waiting)
                d(error);
        });
}

void CloudWatchSource::assumeRole(CredentialsDone done)
{
    const QByteArray body = CloudWatchApi::assumeRoleBody(m_config.roleArn, QStringLiteral("sladesk-") + name(), 3600);
    qCDebug(lcCloudWatch, "POST %s AssumeRole", qPrintable(HttpClient::displayUrl(m_stsEndpoint)));
    m_http->send(signedRequest(m_stsEndpoint, "sts", FormType, {}, body),
                 [this, done = std::move(done)](HttpClient::Reply reply) {
                     if (reply.error || reply.status != 200) {
                         SourceError e = errorOf(reply, true);
                         e.message = tr("assuming role %1 failed: %2").arg(m_config.roleArn, e.message);
                         noteHealth(e);
                         done(e);
                         return;
                     }
                     QString why;
                     m_role = CloudWatchApi::parseAssumeRole(reply.body, &why);
                     if (!m_role) {
                         done(SourceError{SourceError::Kind::Malformed, reply.status, why});
                         return;
                     }
                     m_http->addSecrets({m_role->credentials.secretAccessKey, m_role->credentials.sessionToken});
                     done(std::nullopt);
                 });
}

QFuture<SourceResult<QMap<QString, SampleSeries>>>
CloudWatchSource::getMetricData(const std::vector<CloudWatchApi::MetricQuery> &queries, qint64 fromMs, qint64 toMs)
{
    auto read = std::make_shared<Read>();
    read->promise.start();
    auto future = read->promise.future();
    read->calls = CloudWatchApi::planCalls(queries, fromMs / 1000, (toMs + 999) / 1000, m_options.maxQueriesPerCall,
                                           m_options.maxDatapointsPerCall);
    for (const CloudWatchApi::MetricQuery &q : queries)
        read->out.insert(q.id, {});
    m_reads.erase(std::remove_if(m_reads.begin(), m_reads.end(), [](const auto &w) { return w.expired(); }),
                  m_reads.end());
    m_reads.push_back(read);
    withCredentials([this, read](std::optional<SourceError> error) {
        if (error) {
            read->finish(*error);
            return;
        }
        startCall(read);
    });
    return future;
}

void CloudWatchSource::startCall(const std::shared_ptr<Read> &read)
{
    if (read->next >= read->calls.size()) {
        read->finish(read->out);
        return;
    }
    sendPage(read, {});
}

void CloudWatchSource::post(const QByteArray &target, const QByteArray &body, std::function<bool()> cancelled,
                            std::function<void(const HttpClient::Reply &, int throttled)> done, int throttled)
{
    ++m_calls;
    HttpClient::Request request = signedRequest(m_endpoint, "monitoring", JsonType, target, body);
    request.cancelledByCaller = cancelled;
    m_http->send(std::move(request), [this, target, body, cancelled, done, throttled](HttpClient::Reply reply) {
        if (reply.status == 400 && !reply.error) {
            const CloudWatchApi::Error e =
                CloudWatchApi::parseError(reply.body, headerValue(reply, "x-amzn-query-error"));
            if (CloudWatchApi::isThrottling(e.code) && throttled < m_options.maxThrottleRetries) {
                const qint64 base = m_options.throttleBaseDelay.count() << throttled;
                const qint64 wait = base + qint64(QRandomGenerator::global()->bounded(double(base) / 2));
                qCDebug(lcCloudWatch, "throttled (%s): retry %d in %lld ms", qPrintable(e.code), throttled + 1, wait);
                // Sent afresh (a new signature); a caller that cancelled meanwhile drops it.
                QTimer::singleShot(std::chrono::milliseconds(wait), this,
                                   [=, this] { post(target, body, cancelled, done, throttled + 1); });
                return;
            }
        }
        done(reply, throttled);
    });
}

void CloudWatchSource::sendPage(const std::shared_ptr<Read> &read, const QString &nextToken)
{
    const CloudWatchApi::Call &call = read->calls.at(read->next);
    const QByteArray body = CloudWatchApi::requestBody(call, nextToken, m_options.pageDatapoints);
    qCDebug(lcCloudWatch, "POST %s GetMetricData: %d queries, %lld..%lld%s",
            qPrintable(HttpClient::displayUrl(m_endpoint)), int(call.queries.size()), call.from, call.to,
            nextToken.isEmpty() ? "" : " (next page)");
    post(
        GetMetricDataTarget, body, [read] { return read->finished || read->promise.isCanceled(); },
        [this, read](const HttpClient::Reply &reply, int throttled) { onPage(read, reply, throttled); });
}

void CloudWatchSource::onPage(const std::shared_ptr<Read> &read, const HttpClient::Reply &reply, int throttled)
{
    m_throttled = false;
    if (reply.error || reply.status != 200) {
        SourceError e = errorOf(reply, false);
        m_throttled =
            !reply.error && CloudWatchApi::isThrottling(
                                CloudWatchApi::parseError(reply.body, headerValue(reply, "x-amzn-query-error")).code);
        if (throttled > 0 && CloudWatchApi::isThrottling(CloudWatchApi::parseError(reply.body).code))
            e.message = tr("%1 (still throttled after %n retries)", nullptr, throttled).arg(e.message);
        noteHealth(e);
        read->finish(e);
        return;
    }
    QString why;
    const auto page = CloudWatchApi::parsePage(reply.body, &why);
    if (!page || !page->failure.isEmpty()) {
        const SourceError e{SourceError::Kind::Malformed, reply.status,
                            tr("CloudWatch data source '%1': %2").arg(name(), page ? page->failure : why)};
        noteHealth(e);
        read->finish(e);
        return;
    }
    noteHealth(std::nullopt);
    for (auto it = page->series.cbegin(); it != page->series.cend(); ++it) {
        auto target = read->out.find(it.key());
        if (target == read->out.end())
            continue; // an expression's input (ReturnData false) that a server still sent
        target->t.insert(target->t.end(), it->t.begin(), it->t.end());
        target->v.insert(target->v.end(), it->v.begin(), it->v.end());
    }
    if (!page->nextToken.isEmpty()) {
        sendPage(read, page->nextToken);
        return;
    }
    ++read->next;
    startCall(read);
}

QFuture<SourceResult<QList<CloudWatchMetric>>> CloudWatchSource::listMetrics(const CloudWatchApi::ListFilter &filter)
{
    auto listing = std::make_shared<MetricListing>();
    listing->filter = filter;
    listing->promise.start();
    auto future = listing->promise.future();
    withCredentials([this, listing](std::optional<SourceError> error) {
        if (error)
            listing->finish(*error);
        else
            sendListPage(listing, {});
    });
    return future;
}

void CloudWatchSource::sendListPage(const std::shared_ptr<MetricListing> &listing, const QString &nextToken)
{
    qCDebug(lcCloudWatch, "POST %s ListMetrics %s %s%s", qPrintable(HttpClient::displayUrl(m_endpoint)),
            qPrintable(listing->filter.nameSpace), qPrintable(listing->filter.metric),
            nextToken.isEmpty() ? "" : " (next page)");
    post(
        ListMetricsTarget, CloudWatchApi::listMetricsBody(listing->filter, nextToken),
        [listing] { return listing->finished || listing->promise.isCanceled(); },
        [this, listing](const HttpClient::Reply &reply, int) {
            if (reply.error || reply.status != 200) {
                const SourceError e = errorOf(reply, false);
                noteHealth(e);
                listing->finish(e);
                return;
            }
            QString why;
            const auto page = CloudWatchApi::parseListMetrics(reply.body, &why);
            if (!page) {
                listing->finish(SourceError{SourceError::Kind::Malformed, reply.status,
                                            tr("CloudWatch data source '%1': %2").arg(name(), why)});
                return;
            }
            noteHealth(std::nullopt);
            listing->metrics += page->metrics;
            if (!page->nextToken.isEmpty() && ++listing->pages < m_options.maxListPages)
                sendListPage(listing, page->nextToken);
            else
                listing->finish(listing->metrics);
        });
}

QFuture<SourceResult<QStringList>> CloudWatchSource::catalog(const CatalogQuery &query)
{
    CloudWatchApi::ListFilter filter;
    if (query.what != CatalogQuery::What::Namespaces)
        filter.nameSpace = query.nameSpace;
    if (query.what == CatalogQuery::What::LabelNames || query.what == CatalogQuery::What::LabelValues)
        filter.metric = query.metric;
    if (query.what == CatalogQuery::What::LabelValues)
        filter.dimensions = {{query.label, QString()}};
    auto promise = std::make_shared<QPromise<SourceResult<QStringList>>>();
    promise->start();
    auto future = promise->future();
    whenFinished(listMetrics(filter), this, [promise, query](const SourceResult<QList<CloudWatchMetric>> &r) {
        if (!r) {
            promise->addResult(SourceResult<QStringList>(r.error()));
            promise->finish();
            return;
        }
        QStringList names;
        for (const CloudWatchMetric &m : r.value()) {
            if (query.what == CatalogQuery::What::Namespaces)
                names << m.nameSpace;
            else if (query.what == CatalogQuery::What::Metrics)
                names << m.metric;
            for (const auto &[dimension, value] : m.dimensions) {
                if (query.what == CatalogQuery::What::LabelNames)
                    names << dimension;
                else if (query.what == CatalogQuery::What::LabelValues && dimension == query.label)
                    names << value;
            }
        }
        names.removeDuplicates();
        names.sort();
        promise->addResult(SourceResult<QStringList>(std::move(names)));
        promise->finish();
    });
    return future;
}

QFuture<SourceResult<QueryResult>> CloudWatchSource::queryRange(const QString &query, const QDateTime &start,
                                                                const QDateTime &end, std::chrono::milliseconds step)
{
    QString error;
    const auto selector = parseCloudWatchSelector(query, &error);
    if (!selector)
        return readyFuture(SourceResult<QueryResult>(SourceError{SourceError::Kind::BadQuery, 0, error}));
    CloudWatchApi::MetricQuery q{QStringLiteral("q0"), *selector, QStringLiteral("Average"),
                                 int(std::max<qint64>(60, step.count() / 60000 * 60))};
    if (selector->period > 0)
        q.period = selector->period;
    auto promise = std::make_shared<QPromise<SourceResult<QueryResult>>>();
    promise->start();
    auto future = promise->future();
    whenFinished(getMetricData({q}, start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch() + 1), this,
                 [promise, query](const SourceResult<QMap<QString, SampleSeries>> &r) {
                     if (!r) {
                         promise->addResult(SourceResult<QueryResult>(r.error()));
                     } else {
                         QueryResult out;
                         out.type = QueryResult::Type::Matrix;
                         SampleSeries s = r.value().value(QStringLiteral("q0"));
                         s.labels = {{QStringLiteral("__name__"), query}};
                         if (!s.t.empty())
                             out.series.push_back(std::move(s));
                         promise->addResult(SourceResult<QueryResult>(std::move(out)));
                     }
                     promise->finish();
                 });
    return future;
}

QFuture<SourceResult<QueryResult>> CloudWatchSource::query(const QString &query, const QDateTime &at)
{
    const QDateTime when = at.isValid() ? at : now();
    auto promise = std::make_shared<QPromise<SourceResult<QueryResult>>>();
    promise->start();
    auto future = promise->future();
    whenFinished(queryRange(query, when.addSecs(-600), when, std::chrono::minutes(1)), this,
                 [promise](SourceResult<QueryResult> r) {
                     if (r) {
                         r.value().type = QueryResult::Type::Vector;
                         for (SampleSeries &s : r.value().series) {
                             s.t = {s.t.back()};
                             s.v = {s.v.back()};
                         }
                     }
                     promise->addResult(std::move(r));
                     promise->finish();
                 });
    return future;
}

QFuture<SourceHealth> CloudWatchSource::checkHealth()
{
    CloudWatchApi::MetricQuery probe{QStringLiteral("health"), {}, QStringLiteral("SampleCount"), 60};
    probe.selector.metric = {QStringLiteral("AWS/Usage"), QStringLiteral("CallCount"), {}, {}, {}};
    const qint64 t = now().toMSecsSinceEpoch();
    auto promise = std::make_shared<QPromise<SourceHealth>>();
    promise->start();
    auto future = promise->future();
    whenFinished(getMetricData({probe}, t - 120000, t - 60000), this,
                 [this, promise](const SourceResult<QMap<QString, SampleSeries>> &) {
                     promise->addResult(health());
                     promise->finish();
                 });
    return future;
}

void CloudWatchSource::cancelAll()
{
    m_http->abortAll();
    for (const auto &weak : m_reads) {
        if (const auto read = weak.lock())
            read->finish(SourceError{SourceError::Kind::Cancelled, 0, tr("cancelled")});
    }
    m_reads.clear();
}

QString CloudWatchSource::unlisted(Listing) const
{
    return tr("CloudWatch sources list no series or labels here: name the metric in CloudWatch's form "
              "{namespace: ..., metric: ..., dimensions: {...}}");
}

} // namespace Sla::Core
