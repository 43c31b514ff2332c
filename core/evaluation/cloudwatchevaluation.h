// SPDX-License-Identifier: Apache-2.0
#pragma once

// The CloudWatch execution path: objectives evaluated with GetMetricData
// (CloudWatchSource). Per objective:
//  - occurrences (ratio, classification): each counter selector read as its `Sum` (or the
//    statistic it names) every period P over the compliance window and the longest
//    burn-rate window (3d) together; a window's events are the sum of the points whose
//    period lies wholly inside it. P is 300 s when the window's start and end lie on the
//    5-minute grid (exact, and a 30-day window fits one call), else 60 s (the window is
//    counted from the first whole minute inside it). A selector's own `period` wins;
//  - timeslices: one point per slice (period = the slice): threshold indicators read
//    Average/Minimum/Maximum (or the selector's `stat`), percentile latency the pNN
//    statistic (e.g. ModelLatency p95; values in microseconds or milliseconds are scaled to
//    seconds, see latencyScale()), ratio-type indicators the counters' sums per slice.
// Drift, raw `query` indicators, `aggregate: last` and latency without a percentile are
// not served by CloudWatch: the objective gets an error saying so. Figures end in the
// shared EvaluationPlan::finish* functions.

#include "core/evaluation/sourceconnection.h"
#include "core/query/cloudwatchselector.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Sla::Core::CloudWatchEvaluation {

/// The counter selectors of a ratio or classification indicator: the events of
/// `numerator` (good, or bad when `numeratorIsBad`) and of `total` are the sums of their
/// selectors' points (F1 lists tp twice, exactly as 2 * tp).
struct EventSelectors
{
    QStringList numerator;
    QStringList total;
    bool numeratorIsBad = false;
    QString error; ///< set when the indicator is not read as event counts from CloudWatch
};
EventSelectors eventSelectors(const Objective &objective);

/// Why CloudWatch cannot serve `objective`; empty when it can.
QString unsupported(const Objective &objective);

/// The factor from a latency metric's unit to seconds: 1e-6 for `unit: Microseconds` and
/// for AWS/SageMaker ModelLatency and OverheadLatency (published in microseconds), 1e-3
/// for `unit: Milliseconds`, else 1.
double latencyScale(const CloudWatchMetric &metric);

/// The period (seconds) occurrences are read at: 300 when every bound lies on that grid.
int occurrencesPeriod(const ObjectivePlan &plan);

/// A back-end reading `source` (a CloudWatchSource, or a TracingMetricSource whose parent
/// is one) for one evaluation.
std::shared_ptr<EvaluationBackend> createBackend(MetricSource *source);

/// The connection of a CloudWatch data source (the registry's entry for its kind): the
/// credentials come from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN, else
/// SLADESK_SECRET_<SOURCE> or the keychain, else the shared credentials file's profile.
std::shared_ptr<SourceConnection> connectSource(const SourceSpec &spec, const BackendEnvironment &environment);

} // namespace Sla::Core::CloudWatchEvaluation
