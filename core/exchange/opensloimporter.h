// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core: imports OpenSLO documents into the SLA Desk model.
//
// Accepted: `openslo/v1` SLO, SLI, AlertPolicy, AlertCondition, AlertNotificationTarget
// (v1 DataSource and Service are native and read by the SLA reader); `openslo/v1alpha`
// SLO and Service; `openslo.com/v2alpha` SLO, SLI, AlertPolicy, AlertCondition,
// AlertNotificationTarget, Service and DataSource.
//
// Mapping
// - All SLOs of one service (`spec.service`, v2alpha `spec.serviceRef`) become ONE `Sla`
//   named after the service. Each SLO objective becomes one `Objective`: named after the
//   SLO when the SLO has one objective, else `<slo>-<displayName slug>` (or `<slo>-<n>`,
//   1-based, when there is no usable display name), shortened to 63 characters
//   (Names::shorten). SLOs written by the SLA Desk export carry the annotations
//   `sladesk.io/sla`, `sladesk.io/objective`, `sladesk.io/tier` and `sladesk.io/owner`: they
//   give back the SLA (grouping by it instead of the service), the objective's name, the tier
//   and the owner, so that importing an export gives the names of the original.
// - SLO `metadata.labels` and `annotations` (other than `sladesk.io/`) become the SLA's;
//   a key two SLOs of one SLA give different values keeps the first, with a warning.
// - Indicators become `query` indicators: ratioMetric good/bad/total -> query.good/bad/total;
//   raw ratios (`rawType: failure` -> query.errorRatio; `rawType: success` -> the
//   complement `1 - (Q)`); thresholdMetric -> query.value with the objective's `op` and
//   `value` as op and threshold. The query text is `spec.query` of the metric source, else
//   `promql`, else the first text field; Sloth-style `{{.window}}` becomes `{{window}}`.
//   An objective-level `indicator`/`indicatorRef` (composite SLOs) overrides the SLO's.
// - `target`, or `targetPercent` / 100. A rolling `timeWindow` becomes a rolling window
//   (m, h, d, w; M, Q, Y are read as 30, 91 and 365 days with a warning); a calendar
//   window of 1w, 1M or 1Q (v1alpha `unit: Week|Month|Quarter`, `count: 1`) becomes
//   `{calendar: week|month|quarter, timeZone}`; other calendar lengths are read as
//   rolling windows of that length, with a warning. A `calendar.startTime` that is not where
//   SLA Desk's calendar unit starts anyway (a Monday, the 1st of a month or quarter, at 00:00
//   in the time zone) warns that the boundaries move there: the anchor is not kept. The
//   SLA's window is the first SLO's;
//   objectives whose SLO has another window carry it as an override.
// - budgetingMethod Occurrences -> occurrences; Timeslices / RatioTimeslices ->
//   timeslices of `timeSliceWindow` (1m when absent). A threshold metric always needs
//   timeslices: with Occurrences it is read as 1m timeslices, with a warning.
//   `timeSliceTarget` has no model field and is dropped with a warning (not for SLOs of the
//   SLA Desk export, which writes it from the objective's own target).
// - Data source: `metricSourceRef` (v2alpha `dataSourceRef`) names it; an inline metric
//   source `type` (v1alpha `source`, v2alpha `dataSourceSpec.type`) without a ref names a
//   data source after the lowercased type. When the set defines no DataSource of that name
//   one is synthesized (type from the metric source, no connection details) with a
//   warning. The SLA's data source is its first objective's; others are overrides.
// - AlertPolicy with a burnrate AlertCondition -> an `AlertRule` of kind BurnRate per
//   objective of the SLO (one rule for every objective, without `objective`, when every SLO
//   of the SLA refers to the same policy, as the SLA Desk export writes such alerts), with one window {long:
//   lookbackWindow, short: alertAfter (or lookbackWindow / 12), factor: threshold, severity}. Severity: page, ticket,
//   info (case-insensitive); `warning` -> ticket; anything else -> page. Rule names longer than 63 characters are
//   shortened. Notification targets that are http(s) URLs become webhook `notify` entries (alertmanager when the target
//   has the annotation `sladesk.io/notify: alertmanager`), `desktop` the desktop target; others are dropped with a
//   warning naming them.
// - v1alpha/v2alpha Service and v2alpha DataSource documents become model Services and
//   DataSources (appended in finish()). A missing Service is fine.
//
// References (indicatorRef/sliRef, alertPolicies refs, conditionRef, targetRef) resolve
// against the top-level documents of ALL files of the set. A name that is not found is a
// warning at the reference (with a "did you mean" when a defined name is close), and what
// depends on it (an objective, an alert rule, a notification target) is left out: OpenSLO
// sets are often split across files, and OpenSLO's own examples refer to objects they do
// not define. The exception is an SLI reference when the set defines SLIs: an SLO that
// loses its indicator is an error. SLA Desk's own references (tier, dataSource, alert
// objective) stay errors.
//
// Checked here (OpenSLO schema rules): required fields, unknown fields, names as RFC 1123
// labels (upper-case letters only warn: OpenSLO tools disagree there; such names and the
// references to them are imported in lower case), descriptions of at most 1050 characters,
// well-formed references, exactly one alert condition and at least one
// notification target per policy, exactly one of good/bad in a ratio, target in (0, 1).

#include "core/exchange/importer.h"

namespace Sla::Core {

/// A new importer of this format, for createImporters().
std::unique_ptr<Importer> createOpenSloImporter();

} // namespace Sla::Core
