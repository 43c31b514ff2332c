// SPDX-License-Identifier: Apache-2.0
#pragma once

// Pure parsers for Datadog API answers (simdjson on-demand): v1 `GET /api/v1/query`,
// v2 `POST /api/v2/query/timeseries`, the SLO list, details and history, error
// envelopes and the X-RateLimit-* headers. A `null` point stays a gap (NaN), never 0.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Sla::Core {

/// One series of a v1 query answer.
struct DatadogSeries
{
    QString metric;
    QString displayName;
    QString expression;
    QString scope;
    QString aggr; ///< empty when Datadog says null
    QStringList tagSet;
    int queryIndex = 0;
    qint64 interval = 0; ///< seconds
    qint64 startMs = 0;
    qint64 endMs = 0;
    std::vector<qint64> timesMs;
    std::vector<double> values; ///< NaN for a null point (a gap)
};

struct DatadogQueryResponse
{
    QString query;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QStringList groupBy;
    QList<DatadogSeries> series;
};

/// v2 `timeseries_response`: `values[i]` belongs to `series[i]`, aligned with `timesMs`.
struct DatadogTimeseriesResponse
{
    struct Series
    {
        QStringList groupTags;
        int queryIndex = 0;
    };
    std::vector<qint64> timesMs;
    QList<Series> series;
    std::vector<std::vector<double>> values; ///< NaN for null
};

struct DatadogSloThreshold
{
    QString timeframe; ///< 7d, 30d, 90d, custom
    double target = 0; ///< percent, e.g. 99.9
    std::optional<double> warning;
    bool operator==(const DatadogSloThreshold &) const = default;
};

/// A service level objective as `GET /api/v1/slo[/{id}]` returns it.
struct DatadogSlo
{
    QString id;
    QString name;
    QString description;
    QString type; ///< metric, monitor, time_slice
    QStringList tags;
    QString timeframe;
    std::optional<double> targetThreshold;
    QList<DatadogSloThreshold> thresholds;
    // metric SLOs
    QString numerator;
    QString denominator;
    // time-slice SLOs
    QString comparator; ///< >, >=, <, <=
    std::optional<double> sliceThreshold;
    qint64 queryIntervalSeconds = 0;
    QList<QPair<QString, QString>> sliceQueries; ///< (name, query)
    QString sliceFormula;
    // monitor SLOs
    QList<qint64> monitorIds;
};

struct DatadogSloHistory
{
    QString type;
    qint64 fromTs = 0;
    qint64 toTs = 0;
    std::optional<double> sliValue; ///< percent; absent when Datadog has none (no data)
    QString state;
    QMap<QString, double> errorBudgetRemaining; ///< by timeframe, percent
    qint64 interval = 0;
    std::vector<qint64> timesMs;
    std::vector<double> numerator;   ///< NaN for null
    std::vector<double> denominator; ///< NaN for null
    std::optional<double> numeratorSum;
    std::optional<double> denominatorSum;
    QStringList errors; ///< "TYPE: message"
};

/// X-RateLimit-* headers; fields absent when the header is.
struct DatadogRateLimit
{
    std::optional<int> limit;
    std::optional<int> period;
    std::optional<int> remaining;
    std::optional<int> reset; ///< seconds until the period resets
    QString name;
    bool isEmpty() const { return !limit && !period && !remaining && !reset; }
    bool operator==(const DatadogRateLimit &) const = default;
};

class DatadogResponse
{
public:
    static std::optional<DatadogQueryResponse> parseQuery(const QByteArray &body, QString *error = nullptr);
    static std::optional<DatadogTimeseriesResponse> parseTimeseries(const QByteArray &body, QString *error = nullptr);
    /// `{"data":[...]}` of `GET /api/v1/slo`.
    static std::optional<QList<DatadogSlo>> parseSloList(const QByteArray &body, QString *error = nullptr);
    /// `{"data":{...}}` of `GET /api/v1/slo/{id}`.
    static std::optional<DatadogSlo> parseSlo(const QByteArray &body, QString *error = nullptr);
    static std::optional<DatadogSloHistory> parseSloHistory(const QByteArray &body, QString *error = nullptr);
    /// `{"results":{"metrics":[...]}}` of `GET /api/v1/search?q=metrics:...`: the metric names.
    static std::optional<QStringList> parseMetricSearch(const QByteArray &body, QString *error = nullptr);
    /// `{"data":{"type":"metrics","id":NAME,"attributes":{"tags":[...],"ingested_tags":[...]}}}`
    /// of `GET /api/v2/metrics/{metric_name}/all-tags`: every tag, indexed or ingested, once each.
    static std::optional<QStringList> parseAllTags(const QByteArray &body, QString *error = nullptr);
    /// The messages of an error envelope: `{"errors":["..."]}` (strings, or JSON:API
    /// objects with `detail`/`title`), or v1's `{"status":"error","error":"..."}`.
    /// Empty when the body is not one.
    static QStringList parseErrors(const QByteArray &body);
    /// Reads the X-RateLimit-* headers (names compared case-insensitively).
    static DatadogRateLimit parseRateLimit(const QList<QPair<QByteArray, QByteArray>> &headers);
};

} // namespace Sla::Core
