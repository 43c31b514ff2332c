// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chartmath.h"
#include "chartoverlays.h"
#include "chartpalette.h"

#include <QList>
#include <QPolygonF>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QUrl;

namespace Sla::Ui {

class ChartGroup;

/// SLA Desk's time-series chart: SLI against target with breach shading, error-budget
/// burn-down, burn rates against thresholds. It paints itself with QPainter from the maths
/// in ChartMath, so no chart library shows through this header and the widget can be kept
/// when Qt Charts (deprecated since Qt 6.10) goes away.
///
/// Series are kept in full resolution; each paint draws them decimated (LTTB) to the plot
/// width in pixels, recomputed on resize or range change. Times are ms since the epoch,
/// ascending; a NaN value is a gap and no line is drawn across it.
///
/// Overlays (ChartOverlays): correction periods, a provisional period, an interval band
/// behind the SLI and annotation markers, each named in the legend and on hover.
/// Keyboard: with the focus on the chart, Left/Right move the crosshair along the data,
/// Home/End go to the first/last point, Page Up/Page Down (or Ctrl+Left/Right) go to the
/// previous/next marker, Enter opens the marker's link, Escape clears the crosshair (and,
/// when there is none, a zoom); the tooltip of the focused point or marker is shown as on
/// hover. Dragging across the plot zooms to the dragged time span, a double click resets.
/// In a ChartGroup the charts share their gutter, crosshair and zoom.
class TimeChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeChart)

public:
    struct Period
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
    };

    explicit TimeChart(QWidget *parent = nullptr);
    ~TimeChart() override;

    void setTitle(const QString &title);
    QString title() const;

    /// Adds or replaces the series `id`. t and v must have the same length.
    void setSeries(const QString &id, const QString &name, std::vector<double> t, std::vector<double> v,
                   SeriesRole role);
    void removeSeries(const QString &id);
    void clearSeries();
    QStringList seriesIds() const;
    /// The times and values of series `id` as set (empty when there is none), and its name.
    std::pair<std::vector<double>, std::vector<double>> seriesData(const QString &id) const;
    QString seriesName(const QString &id) const;

    /// Shaded (and hatched) in the plot background, labelled "Breach" in the legend.
    void setBreachPeriods(const QList<Period> &periods);
    QList<Period> breachPeriods() const;

    /// Extra tooltip lines for point `index` of series `id` (e.g. an interval), or empty.
    using PointDetail = std::function<QString(const QString &id, size_t index)>;

    /// Annotation markers (deploys, incidents, notes): a line or span with an icon.
    void setMarkers(const QList<ChartMarker> &markers);
    /// Correction periods: tinted with dashed edges, each named on hover.
    void setCorrectedPeriods(const QList<ChartSpan> &periods);
    /// The provisional period of a label delay: hatched, named on hover; none: no period.
    void setProvisionalPeriod(const std::optional<ChartSpan> &period);
    /// A band (e.g. the 95 % interval of the SLI) drawn behind the series, named `name` in
    /// the legend; t, low and high of the same length, NaN where unknown.
    void setBand(const QString &name, std::vector<double> t, std::vector<double> low, std::vector<double> high);
    void setPointDetail(PointDetail detail);
    /// Removes markers, periods, band and point detail.
    void clearOverlays();
    const ChartOverlays &overlays() const;

    /// Zooms to [startMs, endMs] until resetZoom() or the next setTimeRange().
    void zoomTo(qint64 startMs, qint64 endMs);
    void resetZoom();
    bool isZoomed() const;
    /// The time range drawn now: the zoom, else the time range, else the data's (ms).
    std::pair<qint64, qint64> visibleTimeRange() const;

    /// The group whose gutter, crosshair and zoom this chart shares (ChartGroup::addChart).
    void setGroup(ChartGroup *group);
    ChartGroup *group() const;
    /// The width left of the plot that this chart's own value labels need at its size.
    double naturalGutter() const;
    /// Lays out again on the next paint (a chart of the group changed).
    void relayout();
    /// A crosshair at timeMs put there by another chart of the group (NaN: none); it shows
    /// the values of this chart's series at that time.
    void setLinkedTime(double timeMs);
    double linkedTime() const;
    /// The text of the linked crosshair, empty when there is none.
    QString linkedText() const;

    /// The rectangles of every text the last paint drew (title, legend, tick labels, the
    /// labels of reference lines), and the texts, in the same order (for tests).
    QList<QRectF> labelRects() const;
    QStringList labelTexts() const;
    /// The boxes of the labels on reference lines ("Target 99.9 %", "Exhausted 0 %", "14.4×")
    /// that the last paint drew, a subset of labelRects() (for tests).
    QList<QRectF> referenceLabelRects() const;
    /// The lines of the data series (reference lines excluded) as the last paint drew them,
    /// in widget coordinates, one polyline per stretch without gaps (for tests).
    QList<QPolygonF> drawnDataLines() const;

    /// Puts the crosshair on point `index` of series `id`, as a hover or a key would, and
    /// shows its tooltip; false when there is no such point.
    bool focusPoint(const QString &id, size_t index);
    /// Puts the focus on marker `index` (of setMarkers()) and shows its text; false when
    /// it lies outside the visible range.
    bool focusMarker(int index);
    /// The marker under the crosshair or the keyboard focus, or -1.
    int focusedMarker() const;

    /// The visible time range; by default it follows the data.
    void setTimeRange(qint64 startMs, qint64 endMs);
    void setAutoTimeRange();
    /// The value range; by default it is the data (targets and thresholds included)
    /// widened to nice tick steps.
    void setValueRange(double min, double max);
    void setAutoValueRange();
    void setValueUnit(ChartMath::ValueUnit unit);
    /// Tooltips, crosshair values and line labels with at most this many decimals (of the
    /// unit), as the figures beside the chart; -1 (the default): six significant digits.
    void setValueDecimals(int decimals);
    /// Time ticks align to this zone's midnights; the default is the system zone.
    void setTimeZone(const QTimeZone &zone);

    /// Where the data point (t, v) is drawn, in widget coordinates (valid after a layout,
    /// i.e. once the widget has a size).
    QPointF mapToPosition(double tMs, double value) const;
    QRectF plotRect() const;
    /// How many points (gap markers excluded) the last paint drew for a series, or for all.
    int drawnPointCount(const QString &id) const;
    int drawnPointCount() const;
    /// The tooltip text of the point under the crosshair, empty when there is none.
    QString hoverText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// Paints the chart into any device (a PDF page, an image) inside `target`.
    void paintTo(QPainter *painter, const QRectF &target);

Q_SIGNALS:
    /// A marker's link was clicked or activated with Enter (http and https only); the
    /// chart has asked the desktop to open it.
    void linkActivated(const QUrl &url);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Lays out again on the next paint (and repaints).
    void invalidateLayout();
    // Lays out now when the layout is stale (before a key or a query needs positions).
    void ensureLayout() const;
    // The series changed: new decimation, no hover, new layout.
    void invalidateSeries();
    // Shows the tooltip of the current hover (point or marker) and repaints, or hides it.
    void showHover(bool changed);
    // Moves the keyboard crosshair by `step` pixel columns (or to an end for step 0 and `toEnd`).
    void stepFocus(int step, bool toEnd);
    void stepMarker(int direction);
    void activateMarker(int index);
    // A zoom dragged or reset here: for the whole group when there is one.
    void requestZoom(qint64 startMs, qint64 endMs);
    void requestZoomReset();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sla::Ui
