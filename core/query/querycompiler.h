// SPDX-License-Identifier: Apache-2.0
#pragma once

// Compiles document objectives into PromQL (DESIGN.md sections 3 and 4). Pure functions:
// no I/O, no state. A range is either a concrete duration (`30d`, `1h30m`) or a literal
// placeholder that a later stage substitutes (`{{window}}`, Sloth's `{{.window}}`).
//
//   ratio            good|bad = sum(increase(SEL[W])), total = sum(increase(SEL[W]))
//   latency          good  = sum(increase(H_bucket{...,le=~"REGEX"}[W]))
//                    total = sum(increase(H_count{...}[W]))
//   latency + pXX    value = histogram_quantile(P, sum by (le) (rate(H_bucket{...}[W]))) <= threshold
//   classification   good/total pairs from the counters' increases (precision tp/(tp+fp), recall
//                    tp/(tp+fn), f1 2tp/(2tp+fp+fn), accuracy (tp+tn)/(tp+fp+fn+tn))
//   threshold        value = avg_over_time | min_over_time | max_over_time | last_over_time (SEL[W])
//   query            the raw queries with `{{window}}` replaced by the range
//   drift            not compilable: computed locally from the bucket increases
//                    sum by (le) (increase(H_bucket{...}[W])), which are provided instead

#include "core/document/duration.h"
#include "core/document/model.h"

#include <QString>

#include <optional>

namespace Sla::Core {

/// The PromQL of one objective over one range: the fields of a raw `query` indicator
/// (good, bad, total, errorRatio, value, op, threshold) with the range filled in, and
/// which of them the form uses.
struct CompiledQueries : QueryIndicator
{
    enum class Form {
        Events,        ///< `good` or `bad`, and `total`: event counts over the range
        ErrorRatio,    ///< `errorRatio`: the error ratio over the range (SLI = 1 - value)
        Value,         ///< `value`: one number per range, good when `value op threshold`
        NotCompilable, ///< see `reason`; drift also fills `bucketIncrease`
    };
    Form form = Form::NotCompilable;
    QString bucketIncrease; ///< drift: per-`le` bucket increases for local computation
    QString reason;         ///< why the objective cannot be compiled (translated)

    bool isCompilable() const { return form != Form::NotCompilable; }
    bool operator==(const CompiledQueries &) const = default;
};

namespace QueryCompiler {

/// A range selector's duration text, e.g. `30d`, `1h30m`.
QString rangeText(Duration range);

/// An RE2 regex matching every textual spelling of `threshold` as a Prometheus `le` label
/// (a string): 0.2 matches "0.2", "0.20", "0.200"; 1 matches "1", "1.0"; very small and
/// very large numbers also match their exponent forms ("1e-05", "1.0E-5", "1e+06").
/// Dots are written `[.]` so that the regex needs no escaping inside a PromQL string.
QString leRegex(double threshold);

/// The selector with `matcher` (e.g. `le=~"0[.]2"`) appended inside its braces, adding the
/// braces when it has none. Nothing (and *error) when the text is not a selector.
std::optional<QString> withMatcher(const QString &selector, const QString &matcher, QString *error = nullptr);

/// The selector with `suffix` appended to its metric name (`x{a="b"}` + `_bucket` gives
/// `x_bucket{a="b"}`; an equality `__name__` matcher is changed likewise). Nothing (and
/// *error) when the selector has no single metric name.
std::optional<QString> withNameSuffix(const QString &selector, const QString &suffix, QString *error = nullptr);

/// `sum(increase(SEL[W]))`.
QString sumIncrease(const QString &selector, const QString &range);

/// Replaces the `{{window}}` placeholder (also `{{ window }}` and `{{.window}}`) with `range`.
QString substituteWindow(const QString &query, const QString &range);

CompiledQueries compile(const Objective &objective, const QString &range);
CompiledQueries compile(const Objective &objective, Duration range);

/// The error ratio of compiled queries: `1 - good / total`, `bad / total`, or the raw
/// error-ratio query. Empty (and *why) for value and non-compilable forms, whose error
/// ratio is a share of bad time slices rather than one PromQL expression.
QString errorRatio(const CompiledQueries &queries, QString *why = nullptr);
QString errorRatio(const Objective &objective, const QString &range, QString *why = nullptr);

/// Burn rate over `range`: `(error ratio) / (1 - target)`, with the target written as
/// given so that no floating-point noise enters the query. Empty (and *why) when the
/// error ratio cannot be compiled.
QString burnRate(const Objective &objective, const QString &range, QString *why = nullptr);
QString burnRate(const Objective &objective, Duration range, QString *why = nullptr);

} // namespace QueryCompiler

} // namespace Sla::Core
