// SPDX-License-Identifier: Apache-2.0
#pragma once

// The pure part of the CloudWatch client: GetMetricData request bodies (JSON 1.0
// protocol, `X-Amz-Target: GraniteServiceVersion20100801.GetMetricData`), their answers,
// AWS's JSON error shape, STS AssumeRole (Query protocol, XML answer), and how queries are
// split into calls within the documented limits: at most 500 MetricDataQuery structures
// and 100,800 data points per call (time ranges are split for longer series).
// No I/O; the network part is CloudWatchSource.

#include "core/metrics/cloudwatch/sigv4.h"
#include "core/metrics/sampleseries.h"
#include "core/query/cloudwatchselector.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace Sla::Core::CloudWatchApi {

constexpr int MaxQueriesPerCall = 500;
constexpr qint64 MaxDatapointsPerCall = 100800;

/// One series to read: a selector (a MetricStat, or metric math with its inputs) with the
/// statistic (for a MetricStat whose selector names none) and the period, in seconds.
struct MetricQuery
{
    QString id; ///< a lower-case letter, then letters, digits and '_'
    CloudWatchSelector selector;
    QString stat;
    int period = 60;
};

/// One GetMetricData call: queries over [from, to) (seconds, on their periods' grid).
struct Call
{
    std::vector<MetricQuery> queries;
    qint64 from = 0;
    qint64 to = 0;
};

/// The data points `query` gives over [from, to): one per period; metric math also counts
/// those of its inputs.
qint64 datapoints(const MetricQuery &query, qint64 from, qint64 to);

/// The calls that read every query over [from, to) within the per-call limits
/// (`maxQueries`, `maxDatapoints`): queries of one time range share calls; a query with
/// more points than one call takes is read in consecutive ranges. `from` is rounded down
/// and `to` up to each query's period.
std::vector<Call> planCalls(const std::vector<MetricQuery> &queries, qint64 from, qint64 to,
                            int maxQueries = MaxQueriesPerCall, qint64 maxDatapoints = MaxDatapointsPerCall);

/// The JSON body of a GetMetricData call (ScanBy TimestampAscending, LabelOptions with the
/// UTC time zone; `maxDatapoints` > 0 sets MaxDatapoints, the page size).
QByteArray requestBody(const Call &call, const QString &nextToken = {}, qint64 maxDatapoints = 0);

/// A page of a GetMetricData answer: per query id its points (time in ms, ascending).
struct Page
{
    QMap<QString, SampleSeries> series;
    QString nextToken;
    QStringList messages; ///< per-result messages and status codes other than Complete/PartialData
    QString failure;      ///< a result with StatusCode Forbidden or InternalError
};
std::optional<Page> parsePage(const QByteArray &body, QString *error = nullptr);

/// The filters of a ListMetrics call (JSON 1.0 protocol, `X-Amz-Target:
/// GraniteServiceVersion20100801.ListMetrics`); empty fields filter nothing. Dimension
/// filters name a dimension (any value) or, with a value, one value of it.
struct ListFilter
{
    QString nameSpace;
    QString metric;
    QList<std::pair<QString, QString>> dimensions; ///< (name, value); an empty value: any
};

/// The JSON body of a ListMetrics call.
QByteArray listMetricsBody(const ListFilter &filter, const QString &nextToken = {});

/// A page of a ListMetrics answer: `{"Metrics": [{"Namespace", "MetricName", "Dimensions":
/// [{"Name", "Value"}]}], "NextToken"?}` (at most 500 metrics a page).
struct MetricList
{
    QList<CloudWatchMetric> metrics;
    QString nextToken;
};
std::optional<MetricList> parseListMetrics(const QByteArray &body, QString *error = nullptr);

/// AWS's JSON error shape: `{"__type": "[namespace#]Code", "message"|"Message": "..."}`;
/// the code also comes from the `x-amzn-query-error: Code;Sender` header.
struct Error
{
    QString code;
    QString message;
};
Error parseError(const QByteArray &body, const QByteArray &queryErrorHeader = {});
/// The XML error of the Query protocol (STS): `<ErrorResponse><Error><Code>...`.
Error parseXmlError(const QByteArray &body);

bool isThrottling(const QString &code);
bool isAuthError(const QString &code);
bool isBadRequest(const QString &code);

/// STS AssumeRole: the form body, and the temporary credentials of its XML answer.
QByteArray assumeRoleBody(const QString &roleArn, const QString &sessionName, int durationSeconds);
struct AssumedRole
{
    SigV4::Credentials credentials;
    QDateTime expiration;
};
std::optional<AssumedRole> parseAssumeRole(const QByteArray &body, QString *error = nullptr);

/// The regional endpoint of `service` (monitoring, sts) in `region`: .amazonaws.com, or
/// .amazonaws.com.cn for the China regions.
QString regionalEndpoint(const QString &service, const QString &region);

} // namespace Sla::Core::CloudWatchApi
