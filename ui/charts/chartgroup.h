// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <utility>

namespace Sla::Ui {

class TimeChart;

/// Charts that show the same time range one above the other (the detail pane): they share
/// one left gutter, so their plot areas have the same left and right edges and the same
/// time ticks; a hover on one puts a crosshair with the values on all of them; a zoom
/// dragged on one (or reset by a double click or Escape) zooms them all.
class ChartGroup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartGroup)

public:
    explicit ChartGroup(QObject *parent = nullptr);
    ~ChartGroup() override;

    void addChart(TimeChart *chart);
    QList<TimeChart *> charts() const;

    /// The range every chart shows when not zoomed; clears a zoom.
    void setTimeRange(qint64 startMs, qint64 endMs);
    /// Zooms every chart to [startMs, endMs] / back to the range of setTimeRange().
    void zoomTo(qint64 startMs, qint64 endMs);
    void resetZoom();
    bool isZoomed() const;

    /// The widest value-label gutter of the visible charts: each chart's plot starts there.
    double gutter() const;
    /// A chart's layout changed: the others lay out again (their gutter may follow).
    void relayoutOthers(const TimeChart *changed);
    /// The pointer is over `source` at `timeMs` (NaN: it left): the other charts draw
    /// their crosshair there.
    void setHoverTime(const TimeChart *source, double timeMs);

Q_SIGNALS:
    /// The visible range changed by a zoom or its reset.
    void zoomChanged(bool zoomed);

private:
    QList<QPointer<TimeChart>> m_charts;
    bool m_relaying = false;
    bool m_zoomed = false;
};

} // namespace Sla::Ui
