// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core: imports Sloth SLO specifications (https://sloth.dev) into the model.
//
// Accepted documents
// - `version: prometheus/v1` specs (no apiVersion; recognised by their `version` key), with
//   snake_case fields (`error_query`, `page_alert`, `slo_plugins`).
// - `apiVersion: sloth.slok.dev/v1`, `kind: PrometheusServiceLevel` (the Kubernetes CRD): the
//   same content under `spec`, with camelCase fields (`errorQuery`, `pageAlert`, `sloPlugins`).
// - `apiVersion: sloth.slok.dev/v1`, `kind: AlertWindows`: accepted, nothing imported, a
//   warning says that custom alert windows are not imported (SLA Desk uses its own burn-rate
//   windows, the SRE workbook set).
//
// Mapping
// - One `SLA` per Sloth spec: `metadata.name` and `service` = Sloth `service`;
//   `metadata.labels` = the spec's `labels`; `dataSource: prometheus`; `window: 30d` (Sloth's
//   default SLO period; Sloth specs carry no window of their own).
//   Specs of the same service in one set become one SLA (Sloth identifies an SLO by service
//   and SLO name); their labels are merged.
// - One objective per `slos[]` entry: `name` = SLO name, `description`, `target` =
//   `objective / 100`, budgeting by occurrences, indicator `query`:
//     events: `query.bad` = `error_query`, `query.total` = `total_query`;
//     raw:    `query.errorRatio` = `error_ratio_query`;
//   with every `{{.window}}` (also `{{ .window }}`) rewritten to `{{window}}`.
//   SLO-level `labels` are kept as the SLA annotation `sloth.slok.dev/labels.<slo>`
//   (`k=v` pairs joined by commas, sorted by key).
// - `sli.plugin` cannot be imported (the query lives in Go code): that objective is skipped
//   with a warning naming the plugin id; the rest of the file imports normally.
// - Alerting: when `page_alert` or `ticket_alert` is enabled (not `disable: true`), one
//   `burnRate` alert named after `alerting.name` for that objective: `burnRate: default` when
//   both are enabled, else the page or the ticket half of the default windows. The alert is
//   named after `alerting.name` (Names::label; with `-<slo>` appended when an SLO of the same
//   service already uses it), the original kept in `sladesk.io/alertname.<name>`. Alert labels
//   and annotations (Prometheus routing) are kept as SLA annotations
//   `sloth.slok.dev/alerting.labels.<slo>`, `.../alerting.annotations.<slo>`,
//   `.../page-alert.labels.<slo>` (and annotations; ticket-alert likewise), `k=v` pairs.
// - Service and SLO names that are not RFC 1123 labels (Sloth allows '_', '.' and capitals)
//   are mapped with Names::label; a renamed objective keeps its Sloth name as display name.
// - SLO plugins (`slo_plugins`/`sloPlugins`, `slos[].plugins`) change the generated rules
//   only: not imported, with a warning naming their ids. `interval` and `infoLabels` are read
//   and ignored (rule-group intervals and info-metric labels have no equivalent).
// - When the set defines no DataSource named `prometheus`, finish() appends one of type
//   Prometheus without connection details, with a warning.
//
// Validation (Sloth's own rules, with positions): required fields; unknown fields (the other
// dialect's spelling of `page_alert`/`ticket_alert` is a warning, since Sloth ignores it);
// service and SLO names match `^[A-Za-z0-9][-A-Za-z0-9_.]*[A-Za-z0-9]$`; objective in (0, 100)
// (Sloth allows 100, which leaves no error budget); exactly one SLI type; non-empty queries
// that contain `{{.window}}` and have the shape of PromQL (ImportSupport::checkPromQlShape:
// quotes, brackets, label matchers; functions and operators are not checked); error and
// total queries differ; `alerting.name` is set while an
// alert is enabled; label names are Prometheus label names; an SLO name appears once per
// service, across the whole set (the second definition is the error).

#include "core/exchange/importer.h"

#include <QList>

namespace Sla::Core {

/// A new importer of this format, for createImporters().
std::unique_ptr<Importer> createSlothImporter();

} // namespace Sla::Core
