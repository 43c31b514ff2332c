// SPDX-License-Identifier: Apache-2.0
#pragma once

// Export of a workspace to OpenSLO v1 YAML (`slactl convert --to openslo`).
//
// Mapping (documents in this order, keys in a fixed order so that output is stable):
//
//   DataSource     each workspace DataSource. `type` is `Prometheus`, `Datadog`, `Recorded`
//                  or the original type name; `connectionDetails` carries the non-secret
//                  fields (url, pathPrefix, tenant, auth mode, username, caFile,
//                  insecureSkipVerify; site; file, alignToNow). Secrets are never in the model;
//                  connection details of other types whose key looks secret (key, secret,
//                  token, password, credential) are dropped with a warning.
//   Service        each workspace Service, then one per distinct `SLA.spec.service` that has
//                  none, with the SLA's displayName and description.
//   Names          every name longer than 63 characters is shortened to a readable prefix
//                  and 8 hex digits of a hash of the whole name (Names::shorten), so names are
//                  valid OpenSLO names and the same on every export.
//   SLO            one per objective, named `<sla>-<objective>`, with an inline SLI
//                  (`indicator`, named `<sla>-<objective>`) whose queries are compiled for the
//                  objective's data source with Sloth's `{{.window}}` range placeholder:
//                    good|bad and total events -> ratioMetric {counter: true, good|bad, total}
//                    an error-ratio query      -> ratioMetric {counter: false, rawType: failure, raw}
//                    a value per slice         -> thresholdMetric, objective op/value
//                  (latency percentile: op lte, value = threshold; threshold: its op/value).
//                  Prometheus and recorded sources get PromQL (core/query/querycompiler.h);
//                  Datadog sources get `sum:SEL.as_count()` for ratio and classification
//                  counters; raw query indicators are used as written. Indicators a source's
//                  query language cannot express, and drift (computed locally from bucket
//                  increases, which OpenSLO has no indicator for), are skipped with a warning
//                  naming the SLA and the objective.
//                  timeWindow: rolling -> {duration, isRolling: true}; calendar week, month,
//                  quarter -> {duration: 1w|1M|1Q, isRolling: false, calendar: {startTime:
//                  "2024-01-01 00:00:00" (a Monday and a quarter start), timeZone}}. Durations
//                  are written in one unit (d, h, m or s), e.g. 1h30m as 90m.
//                  budgetingMethod Occurrences or Timeslices; with timeslices each objective gets
//                  timeSliceWindow = the slice and timeSliceTarget = the objective's target for
//                  event indicators (a slice is good when its own SLI meets the target) or 1 for
//                  value indicators (the query already aggregates the slice to one value).
//                  Labels and annotations are the SLA's, plus `sladesk.io/sla`,
//                  `sladesk.io/objective` (and tier and owner), which lead an import back to
//                  the SLA Desk names. An objective without `displayName` is written with its name
//                  there (an import of the export reads that back as no display name).
//   AlertPolicy    one per burn-rate window of each `burnRate` alert rule (`default` expands to
//   AlertCondition the SRE workbook set), named `<sla>[-<objective>]-burn-<long>-<short>`
//                  (the condition adds `-condition`): condition {kind: burnrate, op: gte,
//                  threshold: factor, lookbackWindow: long window, alertAfter: short window},
//                  severity page|ticket|info; the policy notifies every target of the SLA and is
//                  referenced by the SLOs of the objectives the rule covers. A policy needs a
//                  target: an SLA without `notify` uses its tier's, else a desktop target
//                  (with a warning). OpenSLO v1 alert
//                  conditions express burn rates only: threshold, budget-low and no-data rules
//                  are skipped with a warning.
//   AlertNotificationTarget
//                  one per `notify` entry of the SLA, named `<sla>-<kind>` (`-2`, ... when a
//                  kind repeats), target = the Alertmanager or webhook URL, or `desktop`;
//                  Alertmanager targets carry the annotation `sladesk.io/notify: alertmanager`.
//
// Tier inheritance is not resolved here: an SLA without a window falls back to its tier's
// window when the workspace has that tier, else to 30d (with a warning); tier alerts and
// notification targets are not merged into the SLA.

#include "core/document/diagnostic.h"
#include "core/document/model.h"

#include <QByteArray>

namespace Sla::Core {

/// The workspace as a multi-document OpenSLO v1 YAML stream. What cannot be expressed is
/// left out and reported as a warning in *warnings (may be null).
QByteArray exportOpenSlo(const Workspace &ws, Diagnostics *warnings);

} // namespace Sla::Core
