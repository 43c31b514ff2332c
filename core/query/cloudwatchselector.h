// SPDX-License-Identifier: Apache-2.0
#pragma once

// CloudWatch selectors, written in CloudWatch's own terms as a flow mapping:
//
//   {namespace: AWS/ApplicationELB, metric: HTTPCode_Target_5XX_Count,
//    dimensions: {LoadBalancer: app/x}, stat: Sum}
//
// Fields: `namespace` and `metric` (required), `dimensions` (a mapping of dimension name
// to value, at most 30), `stat` (Sum, SampleCount, Average, Minimum, Maximum or a
// percentile pNN / pNN.N; when absent the evaluator picks the one the indicator needs),
// `unit` (CloudWatch's unit filter, e.g. Microseconds; also scales latency thresholds),
// `period` (seconds, a multiple of 60). A metric math selector names its inputs:
//
//   {expression: 'm1 + m2', metrics: {m1: {namespace: ..., metric: ..., stat: Sum}, m2: {...}}}
//
// Values may be quoted ('...' or "...", doubled quote inside); unquoted values run to the
// next `,` or `}`. Pure text: no I/O.

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Sla::Core {

/// One CloudWatch metric and the statistic read of it (a MetricStat).
struct CloudWatchMetric
{
    QString nameSpace;
    QString metric;
    QList<std::pair<QString, QString>> dimensions; ///< in the order written
    QString stat;                                  ///< empty: chosen by the indicator
    QString unit;
    bool operator==(const CloudWatchMetric &) const = default;
};

struct CloudWatchSelector
{
    CloudWatchMetric metric;                            ///< when `expression` is empty
    QString expression;                                 ///< metric math
    QList<std::pair<QString, CloudWatchMetric>> inputs; ///< the expression's metrics by id
    int period = 0;                                     ///< seconds; 0: chosen by the evaluator
    bool operator==(const CloudWatchSelector &) const = default;

    bool isExpression() const { return !expression.isEmpty(); }
    /// Canonical text: the flow mapping with fields in the documented order.
    QString toString() const;
};

/// Parses a CloudWatch selector. On failure returns nothing and sets *error and
/// *errorColumn (0-based offset into `text`).
std::optional<CloudWatchSelector> parseCloudWatchSelector(const QString &text, QString *error = nullptr,
                                                          int *errorColumn = nullptr);

/// Whether `stat` is a statistic the CloudWatch source reads: Sum, SampleCount, Average,
/// Minimum, Maximum or pNN[.N] (0 < NN < 100).
bool isCloudWatchStat(const QString &stat);

/// The percentile statistic for `percentile` (0.95 -> p95, 0.999 -> p99.9).
QString cloudWatchPercentileStat(double percentile);

} // namespace Sla::Core
