// SPDX-License-Identifier: Apache-2.0
#pragma once

// The MetricSource for AWS CloudWatch: GetMetricData over the JSON 1.0 protocol
// (`POST /`, `Content-Type: application/x-amz-json-1.0`,
// `X-Amz-Target: GraniteServiceVersion20100801.GetMetricData`), signed with Signature
// Version 4 (service `monitoring`, the data source's region). Requests run through the one
// HttpClient (deadline, size cap, retries after 5xx and connection failures, same-origin
// redirects only).
//
// getMetricData() reads any number of queries: they are split into calls of at most 500
// queries and 100,800 data points (longer ranges in consecutive calls), each call read
// page by page with NextToken, results of one query joined in time order. A `Throttling`
// error is retried after a backoff (Options::throttleBaseDelay x 2^n plus jitter, at most
// Options::maxThrottleRetries times), each attempt signed afresh. Other errors fail the
// call: AccessDenied and signature or key errors as Auth, InvalidParameter* as BadQuery,
// with AWS's message (scrubbed of the credentials).
//
// With `roleArn` the source first assumes the role (STS AssumeRole, Query protocol, signed
// for service `sts`; with `endpoint` set the STS call goes to that endpoint too) and reads
// with the temporary credentials until five minutes before they expire.

#include "core/document/model.h"
#include "core/metrics/cloudwatch/cloudwatchapi.h"
#include "core/metrics/cloudwatch/sigv4.h"
#include "core/metrics/httpclient.h"
#include "core/metrics/metricsource.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Sla::Core {

class CloudWatchSource final : public MetricSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudWatchSource)

public:
    struct Options : HttpClient::Options
    {
        Options()
        {
            transferTimeout = std::chrono::milliseconds(60000);
            maxRetries = 2;
            retryStatuses = {500, 502, 503, 504};
        }
        int maxThrottleRetries = 4;
        /// ListMetrics pages read at most for one listing (500 metrics a page).
        int maxListPages = 20;
        std::chrono::milliseconds throttleBaseDelay{500};
        int maxQueriesPerCall = CloudWatchApi::MaxQueriesPerCall;
        qint64 maxDatapointsPerCall = CloudWatchApi::MaxDatapointsPerCall;
        /// MaxDatapoints of each page; 0: CloudWatch's default (100,800).
        qint64 pageDatapoints = 0;
        /// The signing time; the system clock when unset (tests set it).
        std::function<QDateTime()> clock;
    };

    /// `config` is a DataSource of type cloudwatch (`region`, optional `endpoint`, `roleArn`).
    CloudWatchSource(const DataSource &config, const SigV4::Credentials &credentials, const Options &options = {},
                     QObject *parent = nullptr);
    ~CloudWatchSource() override;

    QString name() const override;
    QUrl endpoint() const { return m_endpoint; }
    /// GetMetricData and ListMetrics calls made so far (pages and retries included).
    int callsMade() const { return m_calls; }
    /// Whether the last GetMetricData call that ended failed because CloudWatch throttled it
    /// (after every retry); "Test connection" tells that apart from other errors.
    bool lastCallThrottled() const { return m_throttled; }

    /// Every query over [fromMs, toMs): one series per query id (points at their period's
    /// start, ascending; gaps left out).
    QFuture<SourceResult<QMap<QString, SampleSeries>>>
    getMetricData(const std::vector<CloudWatchApi::MetricQuery> &queries, qint64 fromMs, qint64 toMs);

    /// ListMetrics: the metrics matching `filter`, page by page (NextToken), at most
    /// Options::maxListPages pages (what was read by then is the answer).
    QFuture<SourceResult<QList<CloudWatchMetric>>> listMetrics(const CloudWatchApi::ListFilter &filter);
    /// Selector completion from listMetrics(): Namespaces (every metric listed), Metrics of
    /// a namespace, LabelNames (dimension names) of a metric, LabelValues of a dimension.
    QFuture<SourceResult<QStringList>> catalog(const CatalogQuery &query) override;

    /// A selector's latest point at or before `at` (its `stat`, else Average; period 60 s).
    QFuture<SourceResult<QueryResult>> query(const QString &query, const QDateTime &at) override;
    /// A selector over [start, end] at `step` (whole minutes): one Matrix series.
    QFuture<SourceResult<QueryResult>> queryRange(const QString &query, const QDateTime &start, const QDateTime &end,
                                                  std::chrono::milliseconds step) override;
    /// Signs in (AssumeRole with roleArn) and reads one minute of a metric: credentials and
    /// the endpoint are usable when CloudWatch answers at all.
    QFuture<SourceHealth> checkHealth() override;
    void cancelAll() override;

protected:
    QString unlisted(Listing what) const override;

private:
    struct Read;
    struct MetricListing;
    using CredentialsDone = std::function<void(std::optional<SourceError>)>;

    void withCredentials(CredentialsDone done);
    void assumeRole(CredentialsDone done);
    void startCall(const std::shared_ptr<Read> &read);
    void sendPage(const std::shared_ptr<Read> &read, const QString &nextToken);
    /// Posts one signed JSON call of operation `target`; a Throttling answer is retried
    /// after the backoff (signed afresh). `done` gets the final reply and the retries made.
    void post(const QByteArray &target, const QByteArray &body, std::function<bool()> cancelled,
              std::function<void(const HttpClient::Reply &, int throttled)> done, int throttled = 0);
    void sendListPage(const std::shared_ptr<MetricListing> &listing, const QString &nextToken);
    void onPage(const std::shared_ptr<Read> &read, const HttpClient::Reply &reply, int throttled);
    HttpClient::Request signedRequest(const QUrl &url, const QByteArray &service, const QByteArray &contentType,
                                      const QByteArray &target, const QByteArray &body) const;
    SourceError errorOf(const HttpClient::Reply &reply, bool xml) const;
    void noteHealth(const std::optional<SourceError> &error);
    QDateTime now() const;

    DataSource m_config;
    Options m_options;
    QUrl m_endpoint;
    QUrl m_stsEndpoint;
    SigV4::Credentials m_base;
    std::optional<CloudWatchApi::AssumedRole> m_role;
    std::vector<CredentialsDone> m_waitingForRole;
    std::vector<std::weak_ptr<Read>> m_reads; ///< unfinished, for cancelAll()
    HttpClient *m_http = nullptr;
    int m_calls = 0;
    bool m_throttled = false;
};

} // namespace Sla::Core
