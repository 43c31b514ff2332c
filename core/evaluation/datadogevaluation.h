// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Datadog execution path: objectives evaluated with Datadog metric queries. Per objective:
//  - occurrences: the counters as `sum:SEL.as_count().rollup(sum,N)`, summed over the
//    window and over each of the seven burn-rate windows. Windows whose start lies on a
//    common rollup grid share one request per counter (windowGroups()), so a typical
//    objective needs two or three requests per counter instead of eight;
//  - timeslices: one request per counter or gauge per chunk of the window, on a grid that
//    divides every slice (sliceGrid()): `AGG:SEL.rollup(avg|min|max,N)` for threshold
//    indicators, the counters as above for ratio-type indicators.
// Identical queries of one back-end (the same counter in several objectives of one
// evaluation) are sent once, and those sharing a range and a rollup grid (the counters of
// one objective, and of objectives sharing a window group) go out as one v2 request
// (DatadogRequests, core/metrics/datadog). The figures then go through the same
// EvaluationPlan::finish* functions as the other paths (EvaluationBackend).
//
// Exactness: Datadog serves counts per rollup interval aligned to the epoch. A window
// whose start lies on its grid is counted exactly; any other window is counted from the
// first whole interval inside it (at most one interval less).

#include "core/evaluation/sourceconnection.h"
#include "core/metrics/datadog/datadogrequests.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Sla::Core::DatadogEvaluation {

/// The count queries of a ratio-type indicator: the events of `numerator` (good, or bad
/// when `numeratorIsBad`) and of `total` are the sums of their queries' points (F1 lists
/// tp twice, exactly as 2 * tp).
struct EventQueries
{
    QStringList numerator;
    QStringList total;
    bool numeratorIsBad = false;
    /// Raw `query:` indicators with their own `.rollup()` or a `{{window}}` placeholder:
    /// sent as written (window expanded), one request per window.
    bool raw = false;
    QString error; ///< set when the indicator cannot be read as event counts from Datadog
};

/// The event queries of ratio, latency (`H.bucket{upper_bound:T}` over `H.count`, the
/// names the Datadog OpenMetrics integration gives histogram buckets), classification and
/// raw good/bad/total indicators.
EventQueries eventQueries(const Objective &objective);

/// Windows sharing one request grid: `from` (seconds, on the grid) and the rollup
/// interval `step`; `windows` holds (index into the input, the window's first bucket).
struct WindowGroup
{
    qint64 from = 0;
    qint64 step = 0;
    std::vector<std::pair<int, qint64>> windows;
    bool operator==(const WindowGroup &) const = default;
};

/// Groups windows ending at `to` (seconds) and starting at `starts` into as few requests
/// as keep every window as exact as a request of its own would: a window joins the group
/// of a longer one when its start lies on that grid, or when Datadog would serve it
/// alone on the same interval anyway.
std::vector<WindowGroup> windowGroups(qint64 to, const std::vector<qint64> &starts);

/// The grid timeslices are read on: `step` (seconds) divides every slice when `exact`;
/// `chunks` are the [from, to] requests (seconds, inclusive) that keep Datadog's enforced
/// interval at or under `step`. Empty chunks and *error when no grid fits.
struct SliceGrid
{
    qint64 step = 0;
    bool exact = false;
    std::vector<std::pair<qint64, qint64>> chunks;
};
SliceGrid sliceGrid(const std::vector<TimeRange> &slices, QString *error = nullptr);

/// The longest span (seconds) Datadog serves at an interval of at most `step`; 0 when
/// `step` is finer than any interval Datadog serves.
qint64 maxSpanForStep(qint64 step);

/// A back-end reading `source` (which must outlive every call) for one evaluation; the
/// back-ends sharing `cache` send each distinct query once (none: a cache of its own).
std::shared_ptr<EvaluationBackend> createBackend(MetricSource *source,
                                                 std::shared_ptr<DatadogRequests::RequestCache> cache);

/// The connection of a Datadog data source (the registry's entry for its kind).
std::shared_ptr<SourceConnection> connectSource(const SourceSpec &spec, const BackendEnvironment &environment);

} // namespace Sla::Core::DatadogEvaluation
