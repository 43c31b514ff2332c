// SPDX-License-Identifier: Apache-2.0
#include "chartoverlays.h"

#include "themedcolor.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sla::Ui::ChartOverlays)
};
} // namespace

namespace Sla::Ui {

using namespace ChartMath;

namespace {

// Marker hues; the shape (triangle, diamond, square, bell) tells the kinds apart without
// colour.
constexpr ThemedColor<ChartMarker::Kind> MarkerColors[] = {
    {ChartMarker::Kind::Deploy, 0x1565c0, 0x90caf9},
    {ChartMarker::Kind::Incident, 0xad1457, 0xf48fb1},
    {ChartMarker::Kind::Note, 0x5d4037, 0xd7ccc8},
    {ChartMarker::Kind::Alert, 0xd84315, 0xffab91},
};

constexpr double IconTop = 3.0;

// A period on the plot: at least 2 px wide, so that a short one in a long range stays visible.
std::optional<QRectF> periodRect(qint64 startMs, qint64 endMs, const AxisMap &x, const QRectF &plot)
{
    const double left = std::max(plot.left(), x.toPixel(double(startMs)));
    const double right = std::min(plot.right(), x.toPixel(double(endMs)));
    if (right < left || right < plot.left() || left > plot.right())
        return std::nullopt;
    const double width = std::max(2.0, right - left);
    return QRectF(std::min(left, plot.right() - width), plot.top(), width, plot.height());
}

bool holds(qint64 startMs, qint64 endMs, double timeMs, double toleranceMs)
{
    return timeMs >= double(startMs) - toleranceMs && timeMs <= double(endMs) + toleranceMs;
}

ChartOverlays::LegendKind legendOf(ChartMarker::Kind kind)
{
    switch (kind) {
    case ChartMarker::Kind::Deploy:
        return ChartOverlays::LegendKind::Deploy;
    case ChartMarker::Kind::Incident:
        return ChartOverlays::LegendKind::Incident;
    case ChartMarker::Kind::Alert:
        return ChartOverlays::LegendKind::Alert;
    case ChartMarker::Kind::Note:
        break;
    }
    return ChartOverlays::LegendKind::Note;
}

QColor bandColor(const ChartPalette &colors)
{
    QColor c = colors.roleColor(SeriesRole::Sli);
    c.setAlpha(colors.dark ? 70 : 50);
    return c;
}

} // namespace

bool ChartOverlays::isEmpty() const
{
    return markers.isEmpty() && corrected.isEmpty() && !provisional && band.name.isEmpty();
}

void ChartOverlays::decimateBand(double t0, double t1, int width)
{
    const size_t n = std::min({band.t.size(), band.low.size(), band.high.size()});
    band.drawn = bandPerColumn(band.t.data(), band.low.data(), band.high.data(), n, t0, t1, std::max(1, width));
}

QRectF ChartOverlays::iconRect(const ChartMarker &m, const AxisMap &x, const QRectF &plot)
{
    const double cx = x.toPixel(double(m.startMs));
    if (cx < plot.left() - 0.5 || cx > plot.right() + 0.5)
        return {};
    return {cx - IconSize / 2.0, plot.top() + IconTop, IconSize, IconSize};
}

int ChartOverlays::markerAt(const QPointF &pos, const AxisMap &x, const QRectF &plot) const
{
    for (qsizetype i = markers.size(); i-- > 0;) {
        const QRectF r = iconRect(markers.at(i), x, plot);
        if (!r.isEmpty() && r.adjusted(-3, -3, 3, 3).contains(pos))
            return int(i);
    }
    return -1;
}

std::vector<int> ChartOverlays::markerOrder() const
{
    std::vector<int> order(size_t(markers.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return markers.at(a).startMs < markers.at(b).startMs; });
    return order;
}

QString ChartOverlays::kindName(ChartMarker::Kind kind)
{
    switch (kind) {
    case ChartMarker::Kind::Deploy:
        return Tr::tr("Deploy");
    case ChartMarker::Kind::Incident:
        return Tr::tr("Incident");
    case ChartMarker::Kind::Alert:
        return Tr::tr("Alert");
    case ChartMarker::Kind::Note:
        break;
    }
    return Tr::tr("Note");
}

QString ChartOverlays::markerText(const ChartMarker &m, const QTimeZone &tz)
{
    QStringList lines;
    lines << Tr::tr("%1: %2").arg(kindName(m.kind), m.text);
    if (!m.url.isEmpty())
        lines << m.url;
    lines << (m.endMs > m.startMs ? Tr::tr("%1 to %2").arg(formatExactTime(m.startMs, tz), formatExactTime(m.endMs, tz))
                                  : formatExactTime(m.startMs, tz));
    return lines.join(QLatin1Char('\n'));
}

QStringList ChartOverlays::contextAt(double timeMs, double toleranceMs) const
{
    QStringList lines;
    for (const ChartMarker &m : markers) {
        if (holds(m.startMs, std::max(m.startMs, m.endMs), timeMs, toleranceMs))
            lines << Tr::tr("%1: %2").arg(kindName(m.kind), m.text);
    }
    for (const ChartSpan &c : corrected) {
        if (holds(c.startMs, c.endMs, timeMs, 0.0))
            lines << Tr::tr("Corrected: %1").arg(c.name);
    }
    if (provisional && holds(provisional->startMs, provisional->endMs, timeMs, 0.0))
        lines << Tr::tr("Provisional: %1").arg(provisional->name);
    return lines;
}

std::vector<ChartOverlays::LegendKind> ChartOverlays::legendEntries() const
{
    std::vector<LegendKind> out;
    if (!band.name.isEmpty())
        out.push_back(LegendKind::Band);
    if (!corrected.isEmpty())
        out.push_back(LegendKind::Corrected);
    if (provisional)
        out.push_back(LegendKind::Provisional);
    for (const ChartMarker::Kind k :
         {ChartMarker::Kind::Deploy, ChartMarker::Kind::Incident, ChartMarker::Kind::Note, ChartMarker::Kind::Alert}) {
        if (std::any_of(markers.begin(), markers.end(), [k](const ChartMarker &m) { return m.kind == k; }))
            out.push_back(legendOf(k));
    }
    return out;
}

QString ChartOverlays::legendText(LegendKind kind) const
{
    switch (kind) {
    case LegendKind::Band:
        return band.name;
    case LegendKind::Corrected:
        return Tr::tr("Corrected");
    case LegendKind::Provisional:
        return Tr::tr("Provisional");
    case LegendKind::Deploy:
        return kindName(ChartMarker::Kind::Deploy);
    case LegendKind::Incident:
        return kindName(ChartMarker::Kind::Incident);
    case LegendKind::Alert:
        return kindName(ChartMarker::Kind::Alert);
    case LegendKind::Note:
        break;
    }
    return kindName(ChartMarker::Kind::Note);
}

void ChartOverlays::paintLegendSwatch(QPainter &p, LegendKind kind, const QRectF &swatch,
                                      const ChartPalette &colors) const
{
    switch (kind) {
    case LegendKind::Band:
        p.fillRect(swatch, bandColor(colors));
        return;
    case LegendKind::Corrected:
        p.fillRect(swatch, colors.correctedFill);
        p.setPen(QPen(colors.correctedEdge, 1.0, Qt::DashLine));
        p.drawLine(swatch.topLeft(), swatch.bottomLeft());
        p.drawLine(swatch.topRight(), swatch.bottomRight());
        return;
    case LegendKind::Provisional:
        p.fillRect(swatch, QBrush(colors.provisionalHatch, Qt::FDiagPattern));
        return;
    case LegendKind::Deploy:
    case LegendKind::Incident:
    case LegendKind::Note:
    case LegendKind::Alert: {
        const auto k = kind == LegendKind::Deploy     ? ChartMarker::Kind::Deploy
                       : kind == LegendKind::Incident ? ChartMarker::Kind::Incident
                       : kind == LegendKind::Alert    ? ChartMarker::Kind::Alert
                                                      : ChartMarker::Kind::Note;
        const double s = std::min(swatch.width(), swatch.height());
        paintMarkerIcon(p, k, QRectF(swatch.center().x() - s / 2, swatch.center().y() - s / 2, s, s),
                        markerColor(k, colors.dark));
        return;
    }
    }
}

void ChartOverlays::paintPeriods(QPainter &p, const AxisMap &x, const QRectF &plot, const ChartPalette &colors) const
{
    // Corrections: a neutral tint with dashed edges (breaches are red and hatched the other way).
    const QPen edge(colors.correctedEdge, 1.0, Qt::DashLine);
    for (const ChartSpan &c : corrected) {
        const std::optional<QRectF> r = periodRect(c.startMs, c.endMs, x, plot);
        if (!r)
            continue;
        p.fillRect(*r, colors.correctedFill);
        p.setPen(edge);
        p.drawLine(r->topLeft(), r->bottomLeft());
        p.drawLine(r->topRight(), r->bottomRight());
    }
    if (provisional) {
        if (const std::optional<QRectF> r = periodRect(provisional->startMs, provisional->endMs, x, plot)) {
            p.fillRect(*r, colors.provisionalFill);
            p.fillRect(*r, QBrush(colors.provisionalHatch, Qt::FDiagPattern));
        }
    }
}

void ChartOverlays::paintBand(QPainter &p, const AxisMap &x, const AxisMap &y, const ChartPalette &colors) const
{
    if (band.name.isEmpty() || band.drawn.empty())
        return;
    // A soft fill needs no antialiasing, and without it the ~2 x width vertices fill about
    // twice as fast.
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::NoPen);
    p.setBrush(bandColor(colors));
    QPolygonF lows;
    QPolygonF highs;
    auto flush = [&] {
        if (lows.size() > 1) {
            std::reverse(highs.begin(), highs.end());
            lows << highs;
            p.drawPolygon(lows);
        }
        lows.clear();
        highs.clear();
    };
    for (const BandPoint &b : band.drawn) {
        if (std::isnan(b.low)) {
            flush();
            continue;
        }
        const double px = x.toPixel(b.t);
        lows << QPointF(px, y.toPixel(b.low));
        highs << QPointF(px, y.toPixel(b.high));
    }
    flush();
    p.restore();
}

void ChartOverlays::paintMarkers(QPainter &p, const AxisMap &x, const QRectF &plot, const ChartPalette &colors,
                                 int focused) const
{
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const ChartMarker &m = markers.at(i);
        const QRectF icon = iconRect(m, x, plot);
        const bool span = m.endMs > m.startMs;
        if (icon.isEmpty() && !(span && periodRect(m.startMs, m.endMs, x, plot)))
            continue;
        QColor c = markerColor(m.kind, colors.dark);
        QColor line = c;
        line.setAlpha(170);
        p.setPen(QPen(line, 1.0, Qt::DashLine));
        const double x0 = x.toPixel(double(m.startMs));
        const double top = plot.top() + IconTop + IconSize;
        if (!icon.isEmpty())
            p.drawLine(QPointF(x0, top), QPointF(x0, plot.bottom()));
        if (span) {
            // A span: a bar along the top from start to end, and a line at its end.
            const double x1 = std::min(plot.right(), x.toPixel(double(m.endMs)));
            const double left = std::max(plot.left(), x0);
            if (x1 <= plot.right() && x1 >= plot.left())
                p.drawLine(QPointF(x1, plot.top()), QPointF(x1, plot.bottom()));
            QColor bar = c;
            bar.setAlpha(110);
            p.fillRect(QRectF(left, plot.top() + IconTop + IconSize / 2 - 1.5, std::max(1.0, x1 - left), 3.0), bar);
        }
        if (icon.isEmpty())
            continue;
        paintMarkerIcon(p, m.kind, icon, c);
        if (i == focused) {
            p.setPen(QPen(colors.text, 1.0));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(icon.center(), IconSize * 0.85, IconSize * 0.85);
        }
    }
}

QColor ChartOverlays::markerColor(ChartMarker::Kind kind, bool dark)
{
    return themedColor(MarkerColors, kind, dark).value_or(QColor(Qt::gray));
}

void ChartOverlays::paintMarkerIcon(QPainter &p, ChartMarker::Kind kind, const QRectF &r, const QColor &c)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    QPolygonF shape;
    switch (kind) {
    case ChartMarker::Kind::Deploy: // a triangle pointing up: shipped
        shape << QPointF(r.center().x(), r.top()) << r.bottomRight() << r.bottomLeft();
        p.drawPolygon(shape);
        break;
    case ChartMarker::Kind::Incident: // a diamond
        shape << QPointF(r.center().x(), r.top()) << QPointF(r.right(), r.center().y())
              << QPointF(r.center().x(), r.bottom()) << QPointF(r.left(), r.center().y());
        p.drawPolygon(shape);
        break;
    case ChartMarker::Kind::Note: // a square
        p.drawRect(r.adjusted(1, 1, -1, -1));
        break;
    case ChartMarker::Kind::Alert: // a bell: a dome on a rim, and its clapper
        shape << QPointF(r.left(), r.bottom() - r.height() * 0.2) << QPointF(r.left() + r.width() * 0.2, r.center().y())
              << QPointF(r.left() + r.width() * 0.3, r.top()) << QPointF(r.right() - r.width() * 0.3, r.top())
              << QPointF(r.right() - r.width() * 0.2, r.center().y())
              << QPointF(r.right(), r.bottom() - r.height() * 0.2);
        p.drawPolygon(shape);
        p.drawEllipse(QPointF(r.center().x(), r.bottom() - r.height() * 0.1), r.width() * 0.14, r.height() * 0.14);
        break;
    }
    p.restore();
}

} // namespace Sla::Ui
