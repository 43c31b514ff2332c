// SPDX-License-Identifier: Apache-2.0
#pragma once

// The server execution path: objectives evaluated against a Prometheus-compatible source
// with the aggregation pushed into PromQL (QueryCompiler). Per objective:
//  - occurrences: ONE instant query at `at` holding good (or bad) and total over the
//    window and over the seven burn-rate windows, each part tagged with label_replace
//    (`sladesk_part="g0"`, `"t3"`, ...) and joined with `or`;
//  - timeslices: one range query per run of equally long slices, step = slice, its points
//    at the slice ends (a slice of another length, a calendar day over a DST change, gets
//    an instant query of its own);
//  - drift: the bucket increases `sum by (le) (increase(H_bucket[slice]))` as a range
//    query plus one instant query for the reference window, scored locally.
// The figures then go through the same EvaluationPlan::finish* functions as recorded data
// (EvaluationBackend).

#include "core/document/model.h"
#include "core/evaluation/sourceconnection.h"

#include <QHash>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace Sla::Core::PromEvaluation {

/// The label the evaluator tags query parts with.
inline constexpr char PartLabel[] = "sladesk_part";

/// The tagged instant query of an occurrences objective: window and burn-rate windows.
/// Empty (and *why) when the objective cannot be compiled to events or an error ratio.
QString occurrencesQuery(const Objective &objective, qint64 windowMs, QString *why = nullptr);

/// The tagged instant query of some windows only: `good`/`bad` and `total` parts of each
/// (length in ms, tag suffix) pair, joined with `or`; empty when the objective does not
/// count events or `windows` is empty.
QString eventsQuery(const Objective &objective, const std::vector<std::pair<qint64, QString>> &windows);

/// The value of each part tag of an answer (the non-NaN latest values of its series, summed).
QHash<QString, double> partValues(const QueryResult &answer);

/// The figures of an occurrences objective that counts events, from the parts of its
/// windows (suffix 0: the compliance window, i + 1: burn-rate window i, c<k>: `corrections[k]`);
/// `source` names the source in the count checks' warnings.
ObjectiveResult countedResult(const ObjectivePlan &plan, const std::vector<TimeRange> &corrections,
                              const QHash<QString, double> &parts, const QString &source);

/// The connection of a Prometheus-compatible data source (the registry's entry for its kind).
std::shared_ptr<SourceConnection> connectSource(const SourceSpec &spec, const BackendEnvironment &environment);

} // namespace Sla::Core::PromEvaluation
