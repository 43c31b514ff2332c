// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/datadog/datadogsource.h"

#include "core/document/texthygiene.h"
#include "core/document/tr.h"
#include "core/metrics/datadog/datadogquery.h"
#include "core/metrics/datadog/datadogsite.h"
#include "core/metrics/futures.h"
#include "core/metrics/httpclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Tr = Sla::Core::TrContext::DatadogSource;

namespace Sla::Core {

namespace {

const QString TimeseriesPath = QStringLiteral("/api/v2/query/timeseries");

QString describeRateLimit(const DatadogRateLimit &rl)
{
    QStringList parts;
    if (rl.limit && rl.period)
        parts << Tr::tr("limit %1 requests per %2 s").arg(*rl.limit).arg(*rl.period);
    if (!rl.name.isEmpty())
        parts << Tr::tr("bucket \"%1\"").arg(rl.name);
    if (rl.remaining)
        parts << Tr::tr("%1 remaining").arg(*rl.remaining);
    if (rl.reset)
        parts << Tr::tr("resets in %1 s").arg(*rl.reset);
    return parts.join(QLatin1String(", "));
}

/// Datadog SLO ids are hex strings; anything else would change the request path.
bool isSloId(const QString &id)
{
    return !id.isEmpty() && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' ||
               c == u'_';
    });
}

SourceError badSloId(const QString &source, const QString &id)
{
    return {SourceError::Kind::BadQuery, 0,
            Tr::tr("Datadog source \"%1\": \"%2\" is not an SLO id (letters and digits, as in the SLO's URL)")
                .arg(source, id)};
}

} // namespace

struct DatadogSource::Outcome
{
    int status = 0;
    QByteArray body;
    std::optional<SourceError> transport; ///< from the HTTP client: no usable answer
    bool cancelled = false;
    int rateRetries = 0;
    DatadogRateLimit rateLimit;
};

DatadogSource::DatadogSource(const DataSource &config, const QString &apiKey, const QString &applicationKey,
                             QObject *parent)
    : DatadogSource(config, apiKey, applicationKey, Options(), parent)
{
}

DatadogSource::DatadogSource(const DataSource &config, const QString &apiKey, const QString &applicationKey,
                             const Options &options, QObject *parent)
    : MetricSource(parent), m_config(config), m_options(options)
{
    m_http = new HttpClient(tr("Datadog source \"%1\"").arg(name()), options, this);
    m_http->setDefaultHeaders({{"Accept", "application/json"}, {"User-Agent", "sladesk/" SLADESK_VERSION}});
    m_http->setCredentialHeaders({{"DD-API-KEY", apiKey.toUtf8()}, {"DD-APPLICATION-KEY", applicationKey.toUtf8()}});

    QString error;
    if (const auto base = DatadogSite::apiBaseUrl(config, &error))
        m_baseUrl = *base;
    else
        m_configError = error;
    if (m_configError.isEmpty() && (apiKey.isEmpty() || applicationKey.isEmpty()))
        m_configError = tr("Datadog source \"%1\" has no API key or application key; store them with "
                           "`slactl credentials set %1` (two lines: API key, then application key) or set "
                           "DD_API_KEY and DD_APP_KEY")
                            .arg(config.metadata.name);
    // A control character in a header value would end the header and start another.
    if (m_configError.isEmpty() && TextHygiene::firstControlCharacter(apiKey))
        m_configError =
            TextHygiene::controlCharacterMessage(tr("the API key of Datadog source \"%1\"").arg(name()), apiKey);
    if (m_configError.isEmpty() && TextHygiene::firstControlCharacter(applicationKey))
        m_configError = TextHygiene::controlCharacterMessage(
            tr("the application key of Datadog source \"%1\"").arg(name()), applicationKey);
}

DatadogSource::~DatadogSource()
{
    cancelAll();
    delete m_http; // awaits the parse tasks while this object is still whole
}

void DatadogSource::request(const QString &path, const QList<std::pair<QString, QString>> &params,
                            const QByteArray &postBody, std::function<void(const Outcome &)> done,
                            std::function<bool()> cancelledByCaller)
{
    HttpClient::Request request;
    request.url = m_baseUrl;
    request.url.setPath(m_baseUrl.path() + path);
    if (!params.isEmpty()) {
        QUrlQuery query;
        for (const auto &[key, value] : params)
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        request.url.setQuery(query);
    }
    request.body = postBody;
    if (!postBody.isEmpty())
        request.contentType = QByteArrayLiteral("application/json");
    request.cancelledByCaller = std::move(cancelledByCaller);
    m_http->send(std::move(request), [this, path, done = std::move(done)](HttpClient::Reply reply) {
        Outcome outcome;
        outcome.status = reply.status;
        outcome.body = std::move(reply.body);
        outcome.cancelled = reply.error && reply.error->kind == SourceError::Kind::Cancelled;
        outcome.transport = std::move(reply.error);
        outcome.rateRetries = reply.rateLimitRetries;
        outcome.rateLimit = DatadogResponse::parseRateLimit(reply.headers);
        if (!outcome.rateLimit.isEmpty())
            m_rateLimit = outcome.rateLimit;
        if (reply.rateLimitWaitMs > 0) {
            // Not sent: the budget is spent until a reset too far away to wait for.
            outcome.status = 429;
            outcome.rateLimit = m_rateLimit;
            outcome.rateLimit.reset = int((reply.rateLimitWaitMs + 999) / 1000);
        }
        if (path == TimeseriesPath && (outcome.status == 404 || outcome.status == 405))
            m_timeseriesMissing = true;
        noteHealth(outcome);
        done(outcome);
    });
}

void DatadogSource::noteHealth(const Outcome &outcome)
{
    if (outcome.cancelled)
        return;
    if (!outcome.transport && outcome.status >= 200 && outcome.status < 300) {
        setHealth(SourceHealth::State::Ok, QString());
        return;
    }
    const SourceError error = errorFor(outcome);
    if (error.kind == SourceError::Kind::Auth)
        setHealth(SourceHealth::State::AuthFailed, error.message);
    else if (error.kind == SourceError::Kind::Unreachable || error.kind == SourceError::Kind::Timeout)
        setHealth(SourceHealth::State::Unreachable, error.message);
    else
        setHealth(SourceHealth::State::Error, error.message);
}

SourceError DatadogSource::errorFor(const Outcome &o) const
{
    const QString who = tr("Datadog source \"%1\"").arg(name());
    if (o.cancelled)
        return {SourceError::Kind::Cancelled, 0, tr("%1: the request was cancelled").arg(who)};
    if (o.status == 429)
        return {SourceError::Kind::Server, 429,
                tr("%1 is rate limited (HTTP 429; %2); retried %3 times. Query less often or ask "
                   "Datadog support for a higher limit")
                    .arg(who, describeRateLimit(o.rateLimit))
                    .arg(o.rateRetries)};
    if (o.transport)
        return *o.transport;
    // Server text: it may echo a key or carry terminal control characters.
    const QString serverSays = m_http->scrub(DatadogResponse::parseErrors(o.body).join(QLatin1String("; ")));
    const QString detail = serverSays.isEmpty() ? QString() : QLatin1String(": ") + serverSays;
    if (o.status == 401 || o.status == 403)
        return {SourceError::Kind::Auth, o.status,
                tr("%1 rejected the API key or application key (HTTP %2%3); store valid keys with "
                   "`slactl credentials set %4` or set DD_API_KEY and DD_APP_KEY")
                    .arg(who)
                    .arg(o.status)
                    .arg(detail, name())};
    if (o.status >= 400 && o.status < 500)
        return {SourceError::Kind::BadQuery, o.status,
                tr("%1 rejected the request (HTTP %2%3)").arg(who).arg(o.status).arg(detail)};
    return {SourceError::Kind::Server, o.status, tr("%1 failed (HTTP %2%3)").arg(who).arg(o.status).arg(detail)};
}

template <typename T>
void DatadogSource::fetchJson(const QString &path, const QList<std::pair<QString, QString>> &params,
                              const QByteArray &postBody, Parser<T> parse, const QString &what,
                              std::function<void(SourceResult<T>)> done, std::function<bool()> cancelledByCaller)
{
    if (!m_configError.isEmpty()) {
        done(SourceError{SourceError::Kind::Auth, 0, m_configError});
        return;
    }
    const QString who = tr("Datadog source \"%1\"").arg(name());
    request(
        path, params, postBody,
        [this, parse = std::move(parse), what, who, done](const Outcome &o) {
            if (o.cancelled || o.transport || o.status != 200) {
                done(errorFor(o));
                return;
            }
            const HttpClient *http = m_http;
            m_http->run([parse, what, who, done, body = o.body, http] {
                QString error;
                std::optional<T> parsed = parse(body, &error);
                if (parsed)
                    done(std::move(*parsed));
                else
                    done(SourceError{SourceError::Kind::Malformed, 200,
                                     tr("%1 sent an answer that is not %2: %3").arg(who, what, http->scrub(error))});
            });
        },
        std::move(cancelledByCaller));
}

template <typename T>
QFuture<SourceResult<T>> DatadogSource::fetchFuture(const QString &path,
                                                    const QList<std::pair<QString, QString>> &params,
                                                    const QByteArray &postBody, Parser<T> parse, const QString &what)
{
    auto promise = std::make_shared<QPromise<SourceResult<T>>>();
    promise->start();
    QFuture<SourceResult<T>> future = promise->future();
    fetchJson<T>(
        path, params, postBody, std::move(parse), what,
        [promise](SourceResult<T> result) {
            promise->addResult(std::move(result));
            promise->finish();
        },
        [promise] { return promise->isCanceled(); });
    return future;
}

QFuture<SourceResult<QueryResult>> DatadogSource::runQuery(const QString &query, qint64 from, qint64 to,
                                                           bool latestOnly)
{
    return fetchFuture<QueryResult>(
        QStringLiteral("/api/v1/query"),
        {{QStringLiteral("from"), QString::number(from)},
         {QStringLiteral("to"), QString::number(to)},
         {QStringLiteral("query"), query}},
        {},
        [latestOnly](const QByteArray &body, QString *error) -> std::optional<QueryResult> {
            const auto parsed = DatadogResponse::parseQuery(body, error);
            if (!parsed)
                return std::nullopt;
            return toQueryResult(*parsed, latestOnly);
        },
        tr("a query result"));
}

QFuture<SourceResult<QMap<QString, QueryResult>>> DatadogSource::queryTimeseries(const NamedQueries &namedQueries,
                                                                                 const QDateTime &from,
                                                                                 const QDateTime &to,
                                                                                 std::chrono::milliseconds interval)
{
    using Result = SourceResult<QMap<QString, QueryResult>>;
    if (!m_configError.isEmpty())
        return readyFuture(Result(SourceError{SourceError::Kind::Auth, 0, m_configError}));
    const QString who = tr("Datadog source \"%1\"").arg(name());
    if (namedQueries.isEmpty())
        return readyFuture(Result(SourceError{SourceError::Kind::BadQuery, 0,
                                              tr("%1: a timeseries request needs at least one query").arg(who)}));
    static const QRegularExpression variable(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QStringList names;
    for (const auto &[queryName, text] : namedQueries) {
        if (!variable.match(queryName).hasMatch() || names.contains(queryName))
            return readyFuture(Result(SourceError{
                SourceError::Kind::BadQuery, 0,
                tr("%1: \"%2\" cannot name a query (a letter or _, then letters, digits or _; each name once)")
                    .arg(who, queryName)}));
        names << queryName;
    }
    return fetchFuture<QMap<QString, QueryResult>>(
        TimeseriesPath, {},
        timeseriesBody(namedQueries, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), interval.count()),
        [names](const QByteArray &body, QString *error) -> std::optional<QMap<QString, QueryResult>> {
            const auto parsed = DatadogResponse::parseTimeseries(body, error);
            if (!parsed)
                return std::nullopt;
            return toQueryResults(*parsed, names);
        },
        tr("a timeseries result"));
}

QByteArray DatadogSource::timeseriesBody(const NamedQueries &namedQueries, qint64 fromMs, qint64 toMs,
                                         qint64 intervalMs)
{
    QJsonArray queries;
    QJsonArray formulas;
    for (const auto &[queryName, text] : namedQueries) {
        queries.append(QJsonObject{{QStringLiteral("data_source"), QStringLiteral("metrics")},
                                   {QStringLiteral("name"), queryName},
                                   {QStringLiteral("query"), text}});
        formulas.append(QJsonObject{{QStringLiteral("formula"), queryName}});
    }
    QJsonObject attributes{{QStringLiteral("from"), double(fromMs)},
                           {QStringLiteral("to"), double(toMs)},
                           {QStringLiteral("queries"), queries},
                           {QStringLiteral("formulas"), formulas}};
    if (intervalMs > 0)
        attributes.insert(QStringLiteral("interval"), double(intervalMs));
    const QJsonObject data{{QStringLiteral("type"), QStringLiteral("timeseries_request")},
                           {QStringLiteral("attributes"), attributes}};
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact);
}

QMap<QString, QueryResult> DatadogSource::toQueryResults(const DatadogTimeseriesResponse &response,
                                                         const QStringList &names)
{
    QMap<QString, QueryResult> out;
    QueryResult empty;
    empty.type = QueryResult::Type::Matrix;
    for (const QString &n : names)
        out.insert(n, empty);
    for (qsizetype i = 0; i < response.series.size(); ++i) {
        const DatadogTimeseriesResponse::Series &s = response.series.at(i);
        if (s.queryIndex < 0 || s.queryIndex >= names.size() || std::size_t(i) >= response.values.size())
            continue;
        SampleSeries series;
        for (const QString &tag : s.groupTags) {
            const qsizetype colon = tag.indexOf(QLatin1Char(':'));
            series.labels.insert(colon < 0 ? tag : tag.left(colon), colon < 0 ? QString() : tag.mid(colon + 1));
        }
        const std::vector<double> &values = response.values[std::size_t(i)];
        const std::size_t n = std::min(values.size(), response.timesMs.size());
        for (std::size_t j = 0; j < n; ++j) {
            if (std::isnan(values[j]))
                continue; // a gap, not a zero
            series.t.push_back(response.timesMs[j]);
            series.v.push_back(values[j]);
        }
        out[names.at(s.queryIndex)].series.push_back(std::move(series));
    }
    return out;
}

QFuture<SourceResult<QList<DatadogSlo>>> DatadogSource::listSlos(const QStringList &ids, const QString &query)
{
    using Result = SourceResult<QList<DatadogSlo>>;
    for (const QString &id : ids) {
        if (!isSloId(id))
            return readyFuture(Result(badSloId(name(), id)));
    }
    // The pages so far. Finishes the future as cancelled should the source go away between
    // two pages (a queued next page is then never sent).
    struct Pages
    {
        QPromise<Result> promise;
        QList<DatadogSlo> slos;
        bool done = false;
        void finish(Result result)
        {
            done = true;
            promise.addResult(std::move(result));
            promise.finish();
        }
        ~Pages()
        {
            if (!done)
                finish(SourceError{SourceError::Kind::Cancelled, 0, Tr::tr("the request was cancelled")});
        }
    };
    auto pages = std::make_shared<Pages>();
    pages->promise.start();
    QFuture<Result> future = pages->promise.future();
    QList<std::pair<QString, QString>> params;
    if (!ids.isEmpty())
        params.append({QStringLiteral("ids"), ids.join(QLatin1Char(','))});
    if (!query.isEmpty())
        params.append({QStringLiteral("query"), query});
    const int pageSize = std::max(1, m_options.sloPageSize);
    auto fetchPage = std::make_shared<std::function<void(int)>>();
    // The function holds itself only weakly; each pending page holds it strongly.
    *fetchPage = [this, pages, params, pageSize, weak = std::weak_ptr(fetchPage)](int offset) {
        QList<std::pair<QString, QString>> paged = params;
        paged.append({QStringLiteral("limit"), QString::number(pageSize)});
        paged.append({QStringLiteral("offset"), QString::number(offset)});
        auto self = weak.lock();
        fetchJson<QList<DatadogSlo>>(
            QStringLiteral("/api/v1/slo"), paged, {}, &DatadogResponse::parseSloList, Tr::tr("a list of SLOs"),
            [this, pages, self, offset, pageSize](Result page) {
                if (!page) {
                    pages->finish(std::move(page));
                    return;
                }
                const qsizetype got = page.value().size();
                pages->slos += page.value();
                if (got < pageSize) {
                    pages->finish(pages->slos);
                    return;
                }
                QMetaObject::invokeMethod(
                    this, [self, offset, pageSize] { (*self)(offset + pageSize); }, Qt::QueuedConnection);
            },
            [pages] { return pages->promise.isCanceled(); });
    };
    (*fetchPage)(0);
    return future;
}

QFuture<SourceResult<DatadogSlo>> DatadogSource::slo(const QString &id)
{
    if (!isSloId(id))
        return readyFuture(SourceResult<DatadogSlo>(badSloId(name(), id)));
    return fetchFuture<DatadogSlo>(QStringLiteral("/api/v1/slo/") + id, {}, {}, &DatadogResponse::parseSlo,
                                   tr("an SLO"));
}

QFuture<SourceResult<DatadogSloHistory>> DatadogSource::sloHistory(const QString &id, const QDateTime &from,
                                                                   const QDateTime &to)
{
    if (!isSloId(id))
        return readyFuture(SourceResult<DatadogSloHistory>(badSloId(name(), id)));
    return fetchFuture<DatadogSloHistory>(QStringLiteral("/api/v1/slo/") + id + QStringLiteral("/history"),
                                          {{QStringLiteral("from_ts"), QString::number(from.toSecsSinceEpoch())},
                                           {QStringLiteral("to_ts"), QString::number(to.toSecsSinceEpoch())}},
                                          {}, &DatadogResponse::parseSloHistory, tr("an SLO history"));
}

QFuture<SourceResult<QueryResult>> DatadogSource::query(const QString &query, const QDateTime &at)
{
    const qint64 to = at.isValid() ? at.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
    return runQuery(query, to - m_options.instantLookback.count(), to, true);
}

QFuture<SourceResult<QueryResult>> DatadogSource::queryRange(const QString &query, const QDateTime &start,
                                                             const QDateTime &end, std::chrono::milliseconds step)
{
    const qint64 from = start.toSecsSinceEpoch();
    const qint64 to = end.toSecsSinceEpoch();
    return runQuery(rolledUp(query, to - from, step.count() / 1000), from, to, false);
}

QString DatadogSource::rolledUp(const QString &query, qint64 spanSeconds, qint64 stepSeconds)
{
    if (query.contains(QLatin1String(".rollup(")))
        return query;
    if (stepSeconds <= DatadogQuery::enforcedInterval(Duration::seconds(spanSeconds)))
        return query;
    const bool counts = query.contains(QLatin1String(".as_count()"));
    return DatadogQuery::withRollup(query, stepSeconds, counts ? QStringLiteral("sum") : QStringLiteral("avg"));
}

QueryResult DatadogSource::toQueryResult(const DatadogQueryResponse &response, bool latestOnly)
{
    QueryResult result;
    result.type = latestOnly ? QueryResult::Type::Vector : QueryResult::Type::Matrix;
    for (const DatadogSeries &s : response.series) {
        SampleSeries out;
        out.labels.insert(QStringLiteral("__name__"), s.metric);
        for (const QString &tag : s.tagSet) {
            const qsizetype colon = tag.indexOf(QLatin1Char(':'));
            out.labels.insert(colon < 0 ? tag : tag.left(colon), colon < 0 ? QString() : tag.mid(colon + 1));
        }
        const size_t n = std::min(s.timesMs.size(), s.values.size());
        if (latestOnly) {
            for (size_t i = n; i-- > 0;) {
                if (!std::isnan(s.values[i])) {
                    out.t.push_back(s.timesMs[i]);
                    out.v.push_back(s.values[i]);
                    break;
                }
            }
            if (out.t.empty())
                continue;
        } else {
            for (size_t i = 0; i < n; ++i) {
                if (std::isnan(s.values[i]))
                    continue; // a gap, not a zero
                out.t.push_back(s.timesMs[i]);
                out.v.push_back(s.values[i]);
            }
        }
        result.series.push_back(std::move(out));
    }
    return result;
}

QFuture<SourceResult<QStringList>> DatadogSource::catalog(const CatalogQuery &query)
{
    using Result = SourceResult<QStringList>;
    if (query.what == CatalogQuery::What::Namespaces)
        return MetricSource::catalog(query);
    if (query.what == CatalogQuery::What::Metrics)
        return fetchFuture<QStringList>(QStringLiteral("/api/v1/search"),
                                        {{QStringLiteral("q"), QStringLiteral("metrics:") + query.prefix}}, {},
                                        &DatadogResponse::parseMetricSearch, tr("a list of metrics"));
    // The metric goes into the path: only the characters Datadog allows in metric names.
    static const QRegularExpression metricName(QStringLiteral("^[A-Za-z][A-Za-z0-9_.]*$"));
    if (!metricName.match(query.metric).hasMatch())
        return readyFuture(
            Result(SourceError{SourceError::Kind::BadQuery, 0,
                               tr("Datadog source \"%1\": \"%2\" is not a metric name").arg(name(), query.metric)}));
    const bool keys = query.what == CatalogQuery::What::LabelNames;
    const QString label = query.label;
    return fetchFuture<QStringList>(
        QStringLiteral("/api/v2/metrics/%1/all-tags").arg(query.metric), {}, {},
        [keys, label](const QByteArray &body, QString *error) -> std::optional<QStringList> {
            const auto tags = DatadogResponse::parseAllTags(body, error);
            if (!tags)
                return std::nullopt;
            QStringList out;
            for (const QString &tag : *tags) {
                const qsizetype colon = tag.indexOf(QLatin1Char(':'));
                if (keys)
                    out << (colon < 0 ? tag : tag.left(colon));
                else if (colon > 0 && QStringView(tag).left(colon) == label)
                    out << tag.mid(colon + 1);
            }
            out.removeDuplicates();
            out.sort();
            return out;
        },
        tr("a list of tags"));
}

QString DatadogSource::unlisted(Listing what) const
{
    switch (what) {
    case Listing::Series:
        return Tr::tr("Datadog source \"%1\" cannot list series; write the Datadog query by hand").arg(name());
    case Listing::LabelNames:
        return Tr::tr("Datadog source \"%1\" cannot list tag names").arg(name());
    case Listing::LabelValues:
        return Tr::tr("Datadog source \"%1\" cannot list tag values").arg(name());
    }
    return MetricSource::unlisted(what);
}

QFuture<SourceHealth> DatadogSource::checkHealth()
{
    if (!m_configError.isEmpty()) {
        setHealth(SourceHealth::State::AuthFailed, m_configError);
        return readyFuture(health());
    }
    auto promise = std::make_shared<QPromise<SourceHealth>>();
    promise->start();
    QFuture<SourceHealth> future = promise->future();
    request(QStringLiteral("/api/v1/validate"), {}, {}, [this, promise](const Outcome &) {
        promise->addResult(health());
        promise->finish();
    });
    return future;
}

QString DatadogSource::name() const
{
    return m_config.metadata.name;
}

void DatadogSource::cancelAll()
{
    m_http->abortAll();
}

} // namespace Sla::Core
