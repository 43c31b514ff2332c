// SPDX-License-Identifier: Apache-2.0
#pragma once

// Compiles SLA Desk selectors to Datadog metric queries and picks the time grid a query
// is evaluated on. Selectors for Datadog sources are Datadog metric queries
// (`trace.http.request.hits{service:web,env:prod}`); counters are compiled to
// `sum:SEL.as_count()`, so every point is the number of events in its rollup interval
// and the points of a window add up to the events in it.
//
// Rollup intervals (docs.datadoghq.com, "Rollup interval: enforced vs custom", API
// column): a span of up to 1 hour is served at 20 s, 4 hours at 1 min, 1 day at 5 min,
// 2 days at 10 min, 1 week at 1 hour, 1 month at 4 hours. Longer spans are served at
// 1 day here (our choice: the documented table stops at a month). A `.rollup(_, N)`
// interval only applies when it is larger than the enforced one.

#include "core/document/duration.h"
#include "core/document/model.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sla::Core {

class DatadogQuery
{
public:
    /// The parts of a selector: `[agg:]metric{scope} [by {tags}][.as_count()|.as_rate()]`.
    struct Parts
    {
        QString aggregator; ///< sum, avg, min, max or empty
        QString metric;
        QStringList scope; ///< `key:value`, `!key:value` or `*`
        QStringList groupBy;
        QString modifier; ///< as_count, as_rate or empty
        bool operator==(const Parts &) const = default;
    };

    /// A query and the range and grid it is to be evaluated on (v1 seconds).
    struct Plan
    {
        QString query;
        qint64 from = 0;     ///< seconds, on the rollup grid
        qint64 to = 0;       ///< seconds
        qint64 interval = 0; ///< rollup interval in seconds
        bool operator==(const Plan &) const = default;
    };

    /// Splits a selector into its parts. Rejects functions other than `.as_count()` and
    /// `.as_rate()` (such as `.rollup()`: the compiler chooses the grid). On failure
    /// returns nothing and sets *error and *errorColumn (0-based).
    static std::optional<Parts> parse(const QString &selector, QString *error = nullptr, int *errorColumn = nullptr);
    /// parse() with the error as `selector "S", column C: why`.
    static std::optional<Parts> parseWithPosition(const QString &selector, QString *error);

    /// The canonical text of parts: `sum:metric{a:b,c:d} by {host}.as_count()`.
    static QString toString(const Parts &parts);

    /// `sum:SEL.as_count()`: the events a counter selector counts. A selector may already
    /// say `sum:` and `.as_count()`; any other aggregator or `.as_rate()` is an error.
    static std::optional<QString> countQuery(const QString &selector, QString *error = nullptr);

    /// `AGG:SEL` for a gauge read through `aggregate` (avg, min, max; `last` reads avg:
    /// the source takes the last point).
    static std::optional<QString> valueQuery(const QString &selector, Aggregate aggregate, QString *error = nullptr);

    /// The rollup interval (seconds) Datadog enforces for a span.
    static qint64 enforcedInterval(Duration span);

    /// The interval a query over `span` is served at when it asks for `wanted`
    /// (zero: no preference): the larger of the two.
    static qint64 rollupInterval(Duration span, Duration wanted = {});

    /// `QUERY.rollup(sum,N)` (or the given method), N in seconds.
    static QString withRollup(const QString &query, qint64 intervalSeconds,
                              const QString &method = QStringLiteral("sum"));

    /// Replaces every `{{window}}` with the window length in seconds, as `.rollup()`
    /// takes it (raw `query:` indicators use it).
    static QString expandWindow(const QString &query, Duration window);

    /// The plan for counting events over the window ending at `end`: `from` is rounded
    /// down to the rollup grid so that the first point covers a whole interval.
    static Plan windowPlan(const QString &query, const QDateTime &end, Duration window, Duration wanted = {});
};

} // namespace Sla::Core
