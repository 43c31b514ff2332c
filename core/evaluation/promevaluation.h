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

#include <QString>

#include <memory>

namespace Sla::Core::PromEvaluation {

/// The label the evaluator tags query parts with.
inline constexpr char PartLabel[] = "sladesk_part";

/// The tagged instant query of an occurrences objective: window and burn-rate windows.
/// Empty (and *why) when the objective cannot be compiled to events or an error ratio.
QString occurrencesQuery(const Objective &objective, qint64 windowMs, QString *why = nullptr);

/// The connection of a Prometheus-compatible data source (the registry's entry for its kind).
std::shared_ptr<SourceConnection> connectSource(const SourceSpec &spec, const BackendEnvironment &environment);

} // namespace Sla::Core::PromEvaluation
