// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the detail pane puts on its charts besides the series: the workspace's annotations
// of the shown SLA and objective as markers, the correction periods of the series named by
// the corrections behind them, and the provisional period of a label delay. Plain
// functions over documents and series (tested in tests/ui/tst_chartannotations.cpp).

#include "core/alerting/incident.h"
#include "core/document/model.h"
#include "core/evaluation/evaluation.h"
#include "ui/charts/chartoverlays.h"

#include <QList>
#include <QString>

#include <optional>

namespace Sla::Ui::ChartAnnotations {

/// The annotations naming `sla` (and `objective`, or no objective) that overlap
/// [fromMs, toMs], as chart markers in document order. `shiftMs` (ObjectiveSeries::timeShiftMs)
/// moves the documents' times onto the chart's time line.
QList<ChartMarker> markers(const Core::Workspace &workspace, const QString &sla, const QString &objective,
                           qint64 fromMs, qint64 toMs, qint64 shiftMs = 0);

/// The firing episodes of `spans` for `sla` and `objective` that overlap [fromMs, toMs],
/// as alert markers oldest first: a span from the firing transition to the resolution, or
/// to `toMs` while the alert still fires. Alert times are evaluation times: already on the
/// chart's time line.
QList<ChartMarker> alertMarkers(const QList<Core::Alerting::FiringSpan> &spans, const QString &sla,
                                const QString &objective, qint64 fromMs, qint64 toMs);

/// "scheduled maintenance", "deployment", "outside business hours", "other".
QString categoryName(Core::Correction::Category category);

/// The merged correction periods of `series`, each named after the corrections of `sla`
/// and `objective` whose occurrences overlap it: "db-maintenance (scheduled maintenance):
/// Primary database failover test"; several are joined with "; ".
QList<ChartSpan> correctedSpans(const Core::ObjectiveSeries &series, const Core::Workspace &workspace,
                                const QString &sla, const QString &objective);

/// The provisional period of `series`, named for the hover, or nothing.
std::optional<ChartSpan> provisionalSpan(const Core::ObjectiveSeries &series);

} // namespace Sla::Ui::ChartAnnotations
