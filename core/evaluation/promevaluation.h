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
// The figures then go through the same EvaluationPlan::finish* functions as recorded data.

#include "core/evaluation/evaluation.h"
#include "core/evaluation/evaluationplan.h"
#include "core/metrics/metricsource.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Sla::Core::PromEvaluation {

/// The label the evaluator tags query parts with.
inline constexpr char PartLabel[] = "sladesk_part";

/// The tagged instant query of an occurrences objective: window and burn-rate windows.
/// Empty (and *why) when the objective cannot be compiled to events or an error ratio.
QString occurrencesQuery(const Objective &objective, qint64 windowMs, QString *why = nullptr);

/// Called once with the result; `error` is set when the source failed (the result then
/// carries the message as its error).
using ResultCallback = std::function<void(ObjectiveResult result, std::optional<SourceError> error)>;
using SeriesCallback = std::function<void(ObjectiveSeries series)>;

/// Evaluates one objective; `done` runs on `context`'s thread.
void evaluate(MetricSource *source, const ObjectivePlan &plan, QObject *context, ResultCallback done);

/// Chart series over `range` every `stepMs`.
void series(MetricSource *source, const ObjectivePlan &plan, TimeRange range, qint64 stepMs, QObject *context,
            SeriesCallback done);

/// The user-facing message for a failed call: names the source and what to do, never a
/// secret.
QString describe(const SourceError &error, const QString &sourceName, const QString &objective);

} // namespace Sla::Core::PromEvaluation
