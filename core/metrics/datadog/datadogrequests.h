// SPDX-License-Identifier: Apache-2.0
#pragma once

// How the Datadog metric queries of one evaluation reach the server: each distinct query
// is sent once (RequestCache), and with a DatadogSource that offers v2 the queries asked
// for in one turn of the event loop that share a range and a rollup grid go out as one
// `POST /api/v2/query/timeseries` (batches()); without v2 (Options::timeseriesV2 off, or a
// server that answers v2 with 404 or 405) each query is one `GET /api/v1/query`. Both give
// the same points. Transport only: what to ask for is the evaluation's business.

#include "core/metrics/metricsource.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace Sla::Core::DatadogRequests {

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
/// Copies share one cache. Answers are never refreshed: use one cache per evaluation.
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

} // namespace Sla::Core::DatadogRequests
