// SPDX-License-Identifier: Apache-2.0
#include "chartgroup.h"

#include "timechart.h"

#include <algorithm>

namespace Sla::Ui {

ChartGroup::ChartGroup(QObject *parent) : QObject(parent) {}

ChartGroup::~ChartGroup()
{
    for (TimeChart *chart : charts())
        chart->setGroup(nullptr);
}

void ChartGroup::addChart(TimeChart *chart)
{
    if (!chart || m_charts.contains(chart))
        return;
    m_charts << chart;
    chart->setGroup(this);
    relayoutOthers(chart);
}

QList<TimeChart *> ChartGroup::charts() const
{
    QList<TimeChart *> list;
    for (const QPointer<TimeChart> &chart : m_charts) {
        if (chart)
            list << chart.data();
    }
    return list;
}

void ChartGroup::setTimeRange(qint64 startMs, qint64 endMs)
{
    const bool wasZoomed = m_zoomed;
    m_zoomed = false;
    for (TimeChart *chart : charts())
        chart->setTimeRange(startMs, endMs);
    if (wasZoomed)
        Q_EMIT zoomChanged(false);
}

void ChartGroup::zoomTo(qint64 startMs, qint64 endMs)
{
    m_zoomed = true;
    for (TimeChart *chart : charts())
        chart->zoomTo(startMs, endMs);
    Q_EMIT zoomChanged(true);
}

void ChartGroup::resetZoom()
{
    if (!m_zoomed)
        return;
    m_zoomed = false;
    for (TimeChart *chart : charts())
        chart->resetZoom();
    Q_EMIT zoomChanged(false);
}

bool ChartGroup::isZoomed() const
{
    return m_zoomed;
}

double ChartGroup::gutter() const
{
    double widest = 0.0;
    for (const TimeChart *chart : charts()) {
        if (chart->isVisibleTo(chart->parentWidget()) || !chart->parentWidget())
            widest = std::max(widest, chart->naturalGutter());
    }
    return widest;
}

void ChartGroup::relayoutOthers(const TimeChart *changed)
{
    if (m_relaying)
        return;
    m_relaying = true;
    for (TimeChart *chart : charts()) {
        if (chart != changed)
            chart->relayout();
    }
    m_relaying = false;
}

void ChartGroup::setHoverTime(const TimeChart *source, double timeMs)
{
    for (TimeChart *chart : charts()) {
        if (chart != source)
            chart->setLinkedTime(timeMs);
    }
}

} // namespace Sla::Ui
