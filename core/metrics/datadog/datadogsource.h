// SPDX-License-Identifier: Apache-2.0
#pragma once

// The MetricSource for Datadog: v1 `GET /api/v1/query` for single queries and v2
// `POST /api/v2/query/timeseries` for several named queries in one request
// (queryTimeseries(); used by DatadogEvaluation to save requests). Requests run through the
// HttpClient on the owning thread (deadline, size cap, retries, same-origin redirects only)
// and carry the DD-API-KEY and DD-APPLICATION-KEY headers; the keys come from the caller
// and appear nowhere else (no log, no message: server text is scrubbed of them). Answers
// are parsed on the global thread pool.
//
// Rate limits: every answer's X-RateLimit-* headers are kept. After a 429 the client
// waits for Retry-After or X-RateLimit-Reset and retries, at most Options::maxRateLimitRetries times;
// once X-RateLimit-Remaining reaches 0 further requests wait for the reset before they
// are sent. A final 429 fails with a message that gives the limit, period and reset.
//
// Queries are Datadog metric queries. Points Datadog reports as null are gaps: they are
// left out of the samples, never turned into 0.

#include "core/document/model.h"
#include "core/metrics/datadog/datadogresponse.h"
#include "core/metrics/httpclient.h"
#include "core/metrics/metricsource.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Sla::Core {

class DatadogSource final : public MetricSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatadogSource)

public:
    /// The HTTP client's options with Datadog's defaults, and the API's own.
    struct Options : HttpClient::Options
    {
        Options()
        {
            transferTimeout = std::chrono::milliseconds(60000);
            maxRetries = 2;
            retryStatuses = {500, 502, 503, 504};
        }
        /// The span `query()` looks back from its time for the latest point.
        std::chrono::seconds instantLookback{300};
        /// SLOs per `GET /api/v1/slo` page (`limit`); listSlos() reads every page.
        int sloPageSize = 1000;
        /// Whether callers that batch queries (DatadogEvaluation) may use
        /// `POST /api/v2/query/timeseries`; false keeps every query on v1.
        bool timeseriesV2 = true;
    };

    /// (name, query) pairs of one v2 request. Names are formula variables: a letter or
    /// `_`, then letters, digits or `_`; each name once.
    using NamedQueries = QList<QPair<QString, QString>>;

    /// `config` is a DataSource of type datadog (`site`, or `url` for a proxy or stub).
    DatadogSource(const DataSource &config, const QString &apiKey, const QString &applicationKey,
                  QObject *parent = nullptr);
    DatadogSource(const DataSource &config, const QString &apiKey, const QString &applicationKey,
                  const Options &options, QObject *parent = nullptr);
    ~DatadogSource() override;

    QString name() const override;
    QUrl baseUrl() const { return m_baseUrl; }
    /// The X-RateLimit-* headers of the latest answer.
    DatadogRateLimit rateLimit() const { return m_rateLimit; }

    QFuture<SourceResult<QueryResult>> query(const QString &query, const QDateTime &at) override;
    QFuture<SourceResult<QueryResult>> queryRange(const QString &query, const QDateTime &start, const QDateTime &end,
                                                  std::chrono::milliseconds step) override;
    /// `POST /api/v2/query/timeseries`: every query of `namedQueries` over [from, to]
    /// (whole milliseconds) at `interval` (Datadog's own when coarser; a query's `.rollup()`
    /// when coarser still), one formula per query. The answer holds one Matrix per name
    /// (possibly without series): series labelled with their group tags (`key:value` ->
    /// key=value), null points left out as gaps. A 400 fails with BadQuery and Datadog's
    /// error text; a 404 or 405 (a proxy without v2) also marks v2 as unavailable.
    QFuture<SourceResult<QMap<QString, QueryResult>>> queryTimeseries(const NamedQueries &namedQueries,
                                                                      const QDateTime &from, const QDateTime &to,
                                                                      std::chrono::milliseconds interval);
    /// Options::timeseriesV2, and no v2 request has been answered 404/405 so far.
    bool timeseriesAvailable() const { return m_options.timeseriesV2 && !m_timeseriesMissing; }

    /// `GET /api/v1/slo`: the SLOs with these ids (every SLO when empty) whose names contain
    /// `query` (any name when empty), every page of `Options::sloPageSize`.
    QFuture<SourceResult<QList<DatadogSlo>>> listSlos(const QStringList &ids = {}, const QString &query = {});
    /// `GET /api/v1/slo/{id}`. An unknown id fails with BadQuery (HTTP 404).
    QFuture<SourceResult<DatadogSlo>> slo(const QString &id);
    /// `GET /api/v1/slo/{id}/history` from `from` to `to` (whole seconds): Datadog's own SLI
    /// and error budget for that period.
    QFuture<SourceResult<DatadogSloHistory>> sloHistory(const QString &id, const QDateTime &from, const QDateTime &to);

    /// Selector completion: Metrics from `GET /api/v1/search?q=metrics:PREFIX` (the names
    /// Datadog saw in the last 24 hours that match the prefix), LabelNames (tag keys) and
    /// LabelValues (a key's values) from `GET /api/v2/metrics/{metric_name}/all-tags`
    /// (indexed and ingested tags); Namespaces fail with BadQuery.
    QFuture<SourceResult<QStringList>> catalog(const CatalogQuery &query) override;

    /// `GET /api/v1/validate`: checks the API key.
    QFuture<SourceHealth> checkHealth() override;
    void cancelAll() override;

    /// A v1 answer as a QueryResult: Matrix, or Vector of each series' latest point when
    /// `latestOnly`. Labels are `__name__` (the metric) plus the tag set (`key:value` ->
    /// key=value; a bare tag gets an empty value). Null points are left out.
    static QueryResult toQueryResult(const DatadogQueryResponse &response, bool latestOnly);
    /// A v2 answer to formulas `names` (one per name, in order) as one Matrix per name.
    static QMap<QString, QueryResult> toQueryResults(const DatadogTimeseriesResponse &response,
                                                     const QStringList &names);
    /// The JSON body of a v2 timeseries request (times in milliseconds).
    static QByteArray timeseriesBody(const NamedQueries &namedQueries, qint64 fromMs, qint64 toMs, qint64 intervalMs);

    /// `query` as sent for points every `stepSeconds`: unchanged when it already has a
    /// `.rollup()` or the step is not above Datadog's own interval for the span; else with
    /// `.rollup(sum,N)` for `.as_count()` queries and `.rollup(avg,N)` otherwise.
    static QString rolledUp(const QString &query, qint64 spanSeconds, qint64 stepSeconds);

protected:
    /// Datadog has no series or label listing in the APIs used here: series(), labelNames()
    /// and labelValues() fail with BadQuery and say so.
    QString unlisted(Listing what) const override;

private:
    struct Outcome;
    template <typename T> using Parser = std::function<std::optional<T>(const QByteArray &, QString *)>;

    /// Sends a GET (a POST of `postBody` as JSON when set) through the HTTP client and
    /// notes health and rate limit; `done` runs once on the owning thread.
    void request(const QString &path, const QList<std::pair<QString, QString>> &params, const QByteArray &postBody,
                 std::function<void(const Outcome &)> done, std::function<bool()> cancelledByCaller = {});
    /// request() and a 200 answer parsed with `parse` on the thread pool; `done` runs
    /// exactly once, on the pool thread after a parse, else on the owning thread.
    template <typename T>
    void fetchJson(const QString &path, const QList<std::pair<QString, QString>> &params, const QByteArray &postBody,
                   Parser<T> parse, const QString &what, std::function<void(SourceResult<T>)> done,
                   std::function<bool()> cancelledByCaller);
    /// fetchJson() into a future; cancelling the future drops the request if not yet sent.
    template <typename T>
    QFuture<SourceResult<T>> fetchFuture(const QString &path, const QList<std::pair<QString, QString>> &params,
                                         const QByteArray &postBody, Parser<T> parse, const QString &what);
    QFuture<SourceResult<QueryResult>> runQuery(const QString &query, qint64 from, qint64 to, bool latestOnly);
    SourceError errorFor(const Outcome &outcome) const;
    void noteHealth(const Outcome &outcome);

    DataSource m_config;
    Options m_options;
    QUrl m_baseUrl;
    QString m_configError;
    HttpClient *m_http = nullptr;
    DatadogRateLimit m_rateLimit;
    bool m_timeseriesMissing = false; ///< v2 answered 404/405: the server lacks it
};

} // namespace Sla::Core
