// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chartmath.h"
#include "chartpalette.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

class QPainter;

namespace Sla::Ui {

/// An annotation on the time axis (a deploy, an incident, a note) or a firing alert: a
/// vertical line at `startMs`, or a span to `endMs`, with an icon by kind at the top of
/// the plot.
struct ChartMarker
{
    enum class Kind { Deploy, Incident, Note, Alert };
    qint64 startMs = 0;
    qint64 endMs = 0; ///< equal to startMs for a point in time
    Kind kind = Kind::Note;
    QString text;
    QString url; ///< opened on click or Enter (http and https only); may be empty
    bool operator==(const ChartMarker &) const = default;
};

/// A period with a name shown on hover (a correction and its category, the provisional
/// period of a label delay).
struct ChartSpan
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString name;
    bool operator==(const ChartSpan &) const = default;
};

/// What TimeChart draws besides its series: correction periods (tinted, dashed edges),
/// the provisional period (hatched), an interval band behind the SLI, and annotation
/// markers. Geometry, hit tests, tooltip text and painting live here, outside the widget's
/// event handlers, so a PDF painter draws the same picture; tests/ui/tst_chartoverlays.cpp
/// checks the geometry and the texts.
struct ChartOverlays
{
    QList<ChartMarker> markers;
    QList<ChartSpan> corrected;
    std::optional<ChartSpan> provisional;

    struct Band
    {
        QString name; ///< legend text, e.g. "95 % interval"; empty: no band
        std::vector<double> t;
        std::vector<double> low;
        std::vector<double> high;
        std::vector<ChartMath::BandPoint> drawn; ///< the last decimation
    };
    Band band;

    /// Side of a marker icon in pixels.
    static constexpr double IconSize = 11.0;

    bool isEmpty() const;
    /// Recomputes band.drawn for the visible range and plot width.
    void decimateBand(double t0, double t1, int width);

    /// Where the icon of `m` is drawn; empty when it lies outside the plot.
    static QRectF iconRect(const ChartMarker &m, const ChartMath::AxisMap &x, const QRectF &plot);
    /// The marker whose icon is under `pos` (the one drawn last when icons overlap), or -1.
    int markerAt(const QPointF &pos, const ChartMath::AxisMap &x, const QRectF &plot) const;
    /// The markers in time order of their start (indices into `markers`).
    std::vector<int> markerOrder() const;

    /// "Deploy", "Incident", "Note", "Alert".
    static QString kindName(ChartMarker::Kind kind);
    /// A marker's tooltip: kind and text, its url, its time (or span) in `tz`.
    static QString markerText(const ChartMarker &m, const QTimeZone &tz);
    /// The lines a point at `timeMs` adds to its tooltip: markers within `toleranceMs`,
    /// the correction periods and the provisional period that hold it.
    QStringList contextAt(double timeMs, double toleranceMs) const;

    /// Legend entries this overlay adds, in order: band, corrected, provisional, one per
    /// marker kind present.
    enum class LegendKind { Band, Corrected, Provisional, Deploy, Incident, Note, Alert };
    std::vector<LegendKind> legendEntries() const;
    QString legendText(LegendKind kind) const;
    void paintLegendSwatch(QPainter &p, LegendKind kind, const QRectF &swatch, const ChartPalette &colors) const;

    /// Under the grid: correction tints and the provisional hatch.
    void paintPeriods(QPainter &p, const ChartMath::AxisMap &x, const QRectF &plot, const ChartPalette &colors) const;
    /// Under the series: the band.
    void paintBand(QPainter &p, const ChartMath::AxisMap &x, const ChartMath::AxisMap &y,
                   const ChartPalette &colors) const;
    /// Over the series: marker lines, spans and icons; `focused` is drawn with a ring.
    void paintMarkers(QPainter &p, const ChartMath::AxisMap &x, const QRectF &plot, const ChartPalette &colors,
                      int focused) const;

    static QColor markerColor(ChartMarker::Kind kind, bool dark);
    static void paintMarkerIcon(QPainter &p, ChartMarker::Kind kind, const QRectF &r, const QColor &c);
};

} // namespace Sla::Ui
