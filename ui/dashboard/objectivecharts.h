// SPDX-License-Identifier: Apache-2.0
#pragma once

// How an objective's series go onto its charts: shared by the detail pane and the PDF
// report (ui/report), so that both draw the same thing with the same TimeChart code.

#include "core/alerting/incident.h"
#include "core/document/model.h"
#include "core/evaluation/evaluation.h"

#include <QString>

#include <vector>

namespace Sla::Ui {

class TimeChart;

namespace ObjectiveCharts {

/// The points of a series that have a value, so that its line connects across the steps
/// without data; `index` maps each kept point to its index in the series.
struct Points
{
    std::vector<double> t;
    std::vector<double> v;
    std::vector<size_t> index;
};
Points withData(const std::vector<double> &t, const std::vector<double> &v);

/// The SLI chart: the SLI per step, the window SLI as of t, the breach periods and the
/// target line over `span` ({from, to} ms).
void showAttained(TimeChart *chart, const Core::ObjectiveSeries &s, double target, const std::vector<double> &span);

/// A budget-remaining series named `name` with the "Exhausted" zero line, on a value
/// range from its lowest point (or zero) to a full budget.
void showBudget(TimeChart *chart, const QString &name, const std::vector<double> &t, const std::vector<double> &v,
                const std::vector<double> &span);

/// Annotations and correction periods of `sla`/`objective` on `chart`, the alert markers of
/// `alerts` (its firing episodes), the provisional period, and the 95 % interval band when
/// `band` is set.
void showOverlays(TimeChart *chart, const Core::ObjectiveSeries &s, const Core::Workspace &workspace,
                  const QString &sla, const QString &objective, qint64 fromMs, qint64 toMs, bool band,
                  const QList<Core::Alerting::FiringSpan> &alerts = {});

} // namespace ObjectiveCharts

} // namespace Sla::Ui
