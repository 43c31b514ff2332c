// SPDX-License-Identifier: Apache-2.0
#include "objectivecharts.h"

#include "chartannotations.h"
#include "ui/charts/timechart.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Sla::Ui::ObjectiveCharts {

// The strings keep the detail pane's translation context (Sla::Ui::DetailWidget).

Points withData(const std::vector<double> &t, const std::vector<double> &v)
{
    Points p;
    for (size_t i = 0; i < t.size() && i < v.size(); ++i) {
        if (std::isfinite(v[i])) {
            p.t.push_back(t[i]);
            p.v.push_back(v[i]);
            p.index.push_back(i);
        }
    }
    return p;
}

void showAttained(TimeChart *chart, const Core::ObjectiveSeries &s, double target, const std::vector<double> &span)
{
    const Points step = withData(s.t, s.sli);
    if (!step.t.empty())
        chart->setSeries(QStringLiteral("step"), QCoreApplication::translate("Sla::Ui::DetailWidget", "SLI per step"),
                         step.t, step.v, SeriesRole::SliStep);
    const Points sli = withData(s.windowT, s.windowSli);
    if (!sli.t.empty())
        chart->setSeries(QStringLiteral("sli"),
                         QCoreApplication::translate("Sla::Ui::DetailWidget", "Window SLI as of t"), sli.t, sli.v,
                         SeriesRole::Sli);
    QList<TimeChart::Period> breaches;
    for (const auto &[a, b] : s.breaches)
        breaches << TimeChart::Period{qint64(a), qint64(b)};
    chart->setBreachPeriods(breaches);
    chart->setSeries(QStringLiteral("target"), QCoreApplication::translate("Sla::Ui::DetailWidget", "Target"), span,
                     {target, target}, SeriesRole::Target);
}

void showBudget(TimeChart *chart, const QString &name, const std::vector<double> &t, const std::vector<double> &v,
                const std::vector<double> &span)
{
    const Points remaining = withData(t, v);
    if (!remaining.t.empty()) {
        chart->setSeries(QStringLiteral("remaining"), name, remaining.t, remaining.v, SeriesRole::Budget);
        // From the lowest point (or zero) to a full budget: an overspent budget shows how
        // far below zero it went, a healthy one is not squeezed by empty headroom. Whole
        // budgets below zero, so that a small chart still gets its -100 % / 0 / 100 % ticks.
        const double lowest = std::min(0.0, *std::min_element(remaining.v.begin(), remaining.v.end()));
        const double highest = std::max(1.0, *std::max_element(remaining.v.begin(), remaining.v.end()));
        chart->setValueRange(lowest < 0.0 ? std::min(-0.5, std::floor(lowest + 1e-6)) : -0.25, highest);
    }
    chart->setSeries(QStringLiteral("zero"), QCoreApplication::translate("Sla::Ui::DetailWidget", "Exhausted"), span,
                     {0.0, 0.0}, SeriesRole::Threshold);
}

void showOverlays(TimeChart *chart, const Core::ObjectiveSeries &s, const Core::Workspace &workspace,
                  const QString &sla, const QString &objective, qint64 fromMs, qint64 toMs, bool band,
                  const QList<Core::Alerting::FiringSpan> &alerts)
{
    chart->setMarkers(ChartAnnotations::markers(workspace, sla, objective, fromMs, toMs, s.timeShiftMs) +
                      ChartAnnotations::alertMarkers(alerts, sla, objective, fromMs, toMs));
    chart->setCorrectedPeriods(ChartAnnotations::correctedSpans(s, workspace, sla, objective));
    chart->setProvisionalPeriod(ChartAnnotations::provisionalSpan(s));
    if (band && s.intervalLow.size() == s.t.size() && s.intervalHigh.size() == s.t.size() && !s.t.empty())
        chart->setBand(QCoreApplication::translate("Sla::Ui::DetailWidget", "95 % interval"), s.t, s.intervalLow,
                       s.intervalHigh);
}

} // namespace Sla::Ui::ObjectiveCharts
