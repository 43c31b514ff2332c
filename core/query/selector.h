// SPDX-License-Identifier: Apache-2.0
#pragma once

// Series selectors as written in documents. Prometheus sources use PromQL vector
// selectors (`http_requests_total{service="fraud",code!~"5.."}`); Datadog sources use
// Datadog metric queries (`trace.http.request.hits{service:web,env:prod}`).

#include <QList>
#include <QString>

#include <optional>

namespace Sla::Core {

struct LabelMatcher
{
    enum class Op { Equal, NotEqual, RegexMatch, RegexNoMatch };
    QString name;
    Op op = Op::Equal;
    QString value;
    bool operator==(const LabelMatcher &) const = default;

    /// "=", "!=", "=~" or "!~".
    static QString opText(Op op);
};

/// A parsed PromQL vector selector. The metric name, when given, is also present in
/// `matchers` as `__name__="..."` so matching code needs to look at matchers only.
struct PromSelector
{
    QString metric; ///< may be empty: `{__name__=~"http_.*"}`
    QList<LabelMatcher> matchers;
    bool operator==(const PromSelector &) const = default;

    /// Canonical text: `name{a="x",b=~"y"}` (no `__name__` matcher when metric is set).
    QString toString() const;
};

/// Parses one PromQL vector selector (no range, offset or functions). On failure returns
/// nothing and sets *error and *errorColumn (0-based offset into `text`).
std::optional<PromSelector> parsePromSelector(const QString &text, QString *error = nullptr,
                                              int *errorColumn = nullptr);

/// A parsed Datadog metric query: `[aggregator:]metric{tag:value,...}[.as_count()|.as_rate()]`.
struct DatadogSelector
{
    QString aggregator; ///< sum, avg, min, max or empty
    QString metric;
    QStringList tags; ///< `key:value` or `*`
    QString modifier; ///< "as_count", "as_rate" or empty
    bool operator==(const DatadogSelector &) const = default;
    QString toString() const;
};

std::optional<DatadogSelector> parseDatadogSelector(const QString &text, QString *error = nullptr,
                                                    int *errorColumn = nullptr);

} // namespace Sla::Core
