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
// Identical queries of one evaluation (the same counter in several objectives) are sent
// once (RequestCache). With a DatadogSource that offers v2, the queries asked for in one
// turn of the event loop that share a range and a rollup grid (the counters of one
// objective, and of objectives sharing a window group) go out as one
// `POST /api/v2/query/timeseries` (batches()); without v2 (Options::timeseriesV2 off, or
// a server that answers v2 with 404) each query is one `GET /api/v1/query`. Both give the
// same points. The figures then go through the same EvaluationPlan::finish* functions as
// the other paths.
//
// Exactness: Datadog serves counts per rollup interval aligned to the epoch. A window
// whose start lies on its grid is counted exactly; any other window is counted from the
// first whole interval inside it (at most one interval less).

#include "core/evaluation/evaluation.h"
#include "core/evaluation/evaluationplan.h"
#include "core/metrics/metricsource.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
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

/// One query as sent (with its rollup) over [from, to] (seconds).
struct RangeQuery
{
    QString query;
    qint64 from = 0;
    qint64 to = 0;
};

/// The rollup interval (seconds) Datadog serves `query` over [from, to] at: the enforced
/// one, or the query's own `.rollup(_, N)` when coarser. 0 when the query's grid cannot be
/// told (a `.rollup()` whose interval is not a number of seconds).
qint64 gridStep(const QString &query, qint64 from, qint64 to);

/// Most queries one v2 request carries (our choice, to keep answers small).
constexpr int MaxQueriesPerRequest = 16;

/// Splits `queries` into v2 requests (indices into `queries`, in input order): queries over
/// the same [from, to] on the same grid share one request, at most `maxPerRequest` each; a
/// query whose grid cannot be told goes alone.
std::vector<std::vector<std::size_t>> batches(const std::vector<RangeQuery> &queries,
                                              int maxPerRequest = MaxQueriesPerRequest);

/// Sends each distinct query of one evaluation once; later askers get the same answer.
/// Copies share one cache.
class RequestCache
{
public:
    using Result = SourceResult<QueryResult>;
    RequestCache();
    /// `query` as sent (with its rollup), [from, to] in seconds. `done` runs on `context`.
    /// With a DatadogSource that offers v2, the query waits for the end of the current
    /// event-loop turn and goes out batched with the others asked for meanwhile.
    void fetch(MetricSource *source, const QString &query, qint64 from, qint64 to, QObject *context,
               std::function<void(const Result &)> done);
    /// HTTP requests sent (a v2 request with several queries counts once).
    int requestsSent() const;
    /// Distinct queries sent.
    int queriesSent() const;

private:
    struct State;
    std::shared_ptr<State> d;
};

using ResultCallback = std::function<void(ObjectiveResult result, std::optional<SourceError> error)>;
using SeriesCallback = std::function<void(ObjectiveSeries series)>;

/// Evaluates one objective; `done` runs on `context`'s thread. Objectives evaluated with
/// the same `cache` share their requests.
void evaluate(MetricSource *source, const ObjectivePlan &plan, QObject *context, ResultCallback done,
              std::shared_ptr<RequestCache> cache = {});

/// Chart series over `range` every `stepMs` (at least the interval Datadog serves the
/// range at; timeslice objectives: one point per slice).
void series(MetricSource *source, const ObjectivePlan &plan, TimeRange range, qint64 stepMs, QObject *context,
            SeriesCallback done);

/// The user-facing message for a failed call: names the source and what to do, never a key.
QString describe(const SourceError &error, const QString &sourceName, const QString &objective);

} // namespace Sla::Core::DatadogEvaluation
