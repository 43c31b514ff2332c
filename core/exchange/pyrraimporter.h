// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core: imports Pyrra ServiceLevelObjectives (https://pyrra.dev) into the model.
//
// Accepted documents: `apiVersion: pyrra.dev/v1alpha1`, `kind: ServiceLevelObjective`.
//
// Mapping: one `SLA` per ServiceLevelObjective, with one objective.
// - SLA `metadata.name`, `service` and the objective's name = `metadata.name`;
//   `metadata.labels`/`annotations` kept; `description` on the SLA and the objective;
//   `window` = `spec.window` (rolling); `dataSource: prometheus`.
// - `target` = `spec.target / 100` (Pyrra writes it as a quoted string such as '99.0').
// - `indicator.ratio {errors, total}` -> `ratio {bad, total}` when both metrics are plain
//   PromQL vector selectors, else `query {bad, total}` over `{{window}}` (with a warning,
//   since Pyrra itself only accepts selectors there).
// - `indicator.latency {success, total}` -> `ratio {good: success, total}` (the success
//   metric is a cumulative `_bucket` series with an `le` matcher), or `query` as above.
// - `indicator.latencyNative {total, latency}` -> `latency {histogram: total, threshold:
//   latency in seconds}` when the metric is a plain selector, else `query {good, total}` with
//   `histogram_fraction`/`histogram_count` over `{{window}}` and a warning.
// - `indicator.bool_gauge {metric}` -> `query {value: min(min_over_time(METRIC[{{window}}])),
//   op: gte, threshold: 1}` with `budgeting: {timeslices: 1m}`: a minute is good when the
//   gauge was 1 on every series.
// - `grouping` (any indicator) -> the SLA label `pyrra.dev/grouping` (the list of label
//   names); the objective is evaluated over all groups together.
// - Alerting: unless `alerting.disabled: true` or `alerting.burnrates: false`, one
//   `burnRate: default` alert named after `alerting.name` (Pyrra's default `ErrorBudgetBurn`):
//   a name that is not an RFC 1123 label is mapped to one (`error-budget-burn`, Names::label)
//   and the original kept in the SLA annotation `sladesk.io/alertname.<name>`. The SLA and
//   objective names are mapped the same way when they are not labels.
//   Pyrra's absent-metric alerts and `partial_response_strategy` are not imported.
// - When the set defines no DataSource named `prometheus`, finish() appends one of type
//   Prometheus without connection details, with a warning.
//
// Validation (Pyrra's webhook rules, with positions): required fields; unknown fields;
// target a number in (0, 100) (a value below 1 gets Pyrra's "0-100, not 0-1" warning);
// window a duration; exactly one indicator; non-empty metrics; a latency success metric
// with an `le` matcher holding a number; latencyNative latency a duration; a
// ServiceLevelObjective name appears once across the set (the second one is the error).

#include "core/exchange/importer.h"

namespace Sla::Core {

/// A new importer of this format, for createImporters().
std::unique_ptr<Importer> createPyrraImporter();

} // namespace Sla::Core
