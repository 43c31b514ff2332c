// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chartmath.h"
#include "chartpalette.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QWidget>

#include <memory>
#include <vector>

namespace Sla::Ui {

/// SLA Desk's time-series chart: SLI against target with breach shading, error-budget
/// burn-down, burn rates against thresholds. It paints itself with QPainter from the maths
/// in ChartMath, so no chart library shows through this header and the widget can be kept
/// when Qt Charts (deprecated since Qt 6.10) goes away.
///
/// Series are kept in full resolution; each paint draws them decimated (LTTB) to the plot
/// width in pixels, recomputed on resize or range change. Times are ms since the epoch,
/// ascending; a NaN value is a gap and no line is drawn across it.
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

    /// Shaded (and hatched) in the plot background, labelled "Breach" in the legend.
    void setBreachPeriods(const QList<Period> &periods);

    /// The visible time range; by default it follows the data.
    void setTimeRange(qint64 startMs, qint64 endMs);
    void setAutoTimeRange();
    /// The value range; by default it is the data (targets and thresholds included)
    /// widened to nice tick steps.
    void setValueRange(double min, double max);
    void setAutoValueRange();
    void setValueUnit(ChartMath::ValueUnit unit);
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

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Lays out again on the next paint (and repaints).
    void invalidateLayout();
    // The series changed: new decimation, no hover, new layout.
    void invalidateSeries();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sla::Ui
