// SPDX-License-Identifier: Apache-2.0
#include "timechart.h"

#include "chartgroup.h"
#include "chartpainter.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QToolTip>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace Sla::Ui {

using namespace ChartMath;

namespace {

constexpr double Margin = 10.0;
// Above the title and between the header and the plot: tight, so that charts stacked in a
// pane keep their height for the plot.
constexpr double TopMargin = 6.0;
constexpr double HeaderGap = 8.0;
constexpr double LegendSample = 22.0;

struct SeriesData
{
    QString id;
    QString name;
    SeriesRole role = SeriesRole::Sli;
    std::vector<double> t;
    std::vector<double> v;
    // A reference line with a single value is drawn across the whole plot.
    bool constant = false;
    double constantValue = 0.0;
    // What the last decimation produced, in data coordinates, gap markers included.
    std::vector<QPointF> drawn;
    int drawnCount = 0;
};

// A range the caller fixed, smaller end first; none: the chart takes the range from its data.
template <typename T> using FixedRange = std::optional<std::pair<T, T>>;

template <typename T> FixedRange<T> ordered(T a, T b)
{
    return std::pair<T, T>{std::min(a, b), std::max(a, b)};
}

struct Layout
{
    QRectF area;
    QRectF plot;
    AxisMap x;
    AxisMap y;
    double yStep = 1.0;
    std::vector<double> yTicks;
    TimeStep xStep;
    std::vector<qint64> xTicks;
    int legendHidden = 0; ///< legend entries that did not fit
    double gutter = 0.0;  ///< what the value labels need left of the plot
    bool compact = false; ///< smaller fonts, fewer ticks
    bool hasData = false; ///< a value in the visible range
    bool valid = false;
};

struct ValueAxis
{
    double lo = 0.0;
    double hi = 1.0;
    double step = 1.0;
    std::vector<double> ticks;
    double labelWidth = 0.0;
};

// Below about this size a chart draws with smaller fonts and fewer ticks.
bool isCompact(const QRectF &area)
{
    return area.width() < 560.0 || area.height() < 200.0;
}

bool isReference(SeriesRole role)
{
    return role == SeriesRole::Target || role == SeriesRole::Threshold;
}

// Paint order: areas and reference lines below, the SLI on top.
int paintRank(SeriesRole role)
{
    switch (role) {
    case SeriesRole::Budget:
        return 0;
    case SeriesRole::Target:
    case SeriesRole::Threshold:
        return 1;
    case SeriesRole::BurnRate:
    case SeriesRole::SliStep:
        return 2;
    case SeriesRole::Sli:
        return 3;
    }
    return 0;
}

// Tick and line labels; smaller on a compact chart (the title and legend keep their size).
QFont tickFont(const QFont &base, bool compact)
{
    const double scale = compact ? 0.8 : 0.9;
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * scale);
    else
        f.setPixelSize(std::max(8, int(f.pixelSize() * scale)));
    return f;
}

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

// A breach is a tint plus a hatch, so it reads without colour as well.
void fillBreach(QPainter &p, const QRectF &rect, const ChartPalette &colors)
{
    p.fillRect(rect, colors.breachFill);
    p.fillRect(rect, QBrush(colors.breachHatch, Qt::BDiagPattern));
}

// One legend entry: a series, the breach swatch or an overlay.
struct LegendItem
{
    int series = -1;
    std::optional<ChartOverlays::LegendKind> overlay;
    QString text;
};

// Where the legend may go: from x (after the title) to `right`, wrapping to `left`, in at
// most maxRows rows.
struct LegendBox
{
    double x = 0.0;
    double left = 0.0;
    double right = 0.0;
    int maxRows = 1;
};

// How the legend came out: its rows, the entries left over, where the last one ends.
struct LegendFlow
{
    int rows = 1;
    int hidden = 0;
    double endX = 0.0;
};

// Lays legend entries out in rows, keeping `reserve` free at the end of the last allowed
// row; calls place(item, x, row) for each entry that fits.
template <typename Place>
LegendFlow flowLegend(const std::vector<LegendItem> &items, const QFontMetricsF &fm, const LegendBox &box,
                      double reserve, Place place)
{
    LegendFlow flow;
    double x = box.x;
    int row = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        const double width = LegendSample + 5.0 + fm.horizontalAdvance(items[i].text);
        const bool lastRow = row + 1 >= box.maxRows;
        if (x + width > (lastRow ? box.right - reserve : box.right) && x > box.left) {
            if (lastRow) {
                flow.hidden = int(items.size() - i);
                break;
            }
            ++row;
            x = box.left;
        }
        place(items[i], x, row);
        x += width + 1.5 * Margin;
    }
    flow.rows = row + 1;
    flow.endX = x;
    return flow;
}

// The legend in the rows it may take; when entries are left over, the last row keeps room
// for "+N" (the header's tooltip then lists them all).
template <typename Place>
LegendFlow layoutLegend(const std::vector<LegendItem> &items, const QFontMetricsF &fm, const LegendBox &box,
                        Place place)
{
    const auto none = [](const LegendItem &, double, int) {};
    const bool overflows = flowLegend(items, fm, box, 0.0, none).hidden > 0;
    return flowLegend(items, fm, box, overflows ? fm.horizontalAdvance(QStringLiteral("+99")) + Margin : 0.0, place);
}

double legendRowHeight(const QFontMetricsF &fm)
{
    return fm.height() + 4.0;
}

// What every part of one paint shares.
struct PaintContext
{
    PaintContext(QPainter &painter, const Layout &layout, const ChartPalette &palette, const QFont &base,
                 const QFont &ticks, const QLocale &loc)
        : p(painter), l(layout), colors(palette), font(base), tFont(ticks), tickFm(ticks), locale(loc)
    {
    }
    QPainter &p;
    const Layout &l;
    const ChartPalette colors;
    const QFont &font;
    const QFont tFont;
    const QFontMetricsF tickFm;
    const QLocale &locale;
};

} // namespace

struct TimeChart::Private
{
    QString title;
    std::vector<SeriesData> series;
    QList<Period> breaches;
    ChartOverlays overlays;
    PointDetail detail;
    FixedRange<qint64> time;
    FixedRange<double> value;
    ValueUnit unit = ValueUnit::Plain;
    int decimals = -1; ///< setValueDecimals(); -1: significant digits
    QTimeZone tz = QTimeZone::systemTimeZone();

    // Cache: the visible data range for (t0, t1) and the decimation for (t0, t1, width).
    quint64 dataVersion = 1;
    quint64 rangeVersion = 0;
    qint64 rangeT0 = 0;
    qint64 rangeT1 = -1;
    double dataMin = 0.0;
    double dataMax = 0.0;
    bool hasData = false;
    quint64 decimatedVersion = 0;
    qint64 decimatedT0 = 0;
    qint64 decimatedT1 = -1;
    int decimatedWidth = -1;

    Layout layout;
    int hoverSeries = -1;
    size_t hoverIndex = 0;
    int hoverMarker = -1;
    QString hoverText;
    FixedRange<qint64> zoom;
    ChartGroup *group = nullptr;
    double linkedTime = std::numeric_limits<double>::quiet_NaN();
    std::optional<double> dragFrom; ///< x where a zoom drag started
    double dragTo = 0.0;
    mutable QList<QRectF> drawnLabels;
    mutable QStringList drawnTexts;
    // The boxes of the labels on reference lines (a subset of drawnLabels).
    mutable QList<QRectF> referenceLabels;

    bool timeRange(qint64 &from, qint64 &to) const;
    void scanValues(qint64 from, qint64 to);
    void decimate(qint64 from, qint64 to, int width);
    ValueAxis valueAxis(double plotHeight, bool compact, const QFontMetricsF &tickFm, const QLocale &locale) const;
    // The layout in `area`; the plot starts at least minGutter right of the margin. With
    // axesOnly it stops after the value axis (for naturalGutter(): no decimation).
    Layout computeLayout(const QRectF &area, const QFont &font, const QLocale &locale, double minGutter = 0.0,
                         bool axesOnly = false);
    void paint(QPainter &p, const Layout &l, const QPalette &palette, const QFont &font, const QLocale &locale,
               bool withHover);
    void paintHeader(const PaintContext &c) const;
    void paintBreaches(const PaintContext &c) const;
    void paintGrid(const PaintContext &c) const;
    void paintTickLabels(const PaintContext &c) const;
    void paintSeries(const PaintContext &c, const SeriesData &s) const;
    void paintReferenceLabels(const PaintContext &c, const std::vector<const SeriesData *> &ordered) const;
    void paintCrosshair(const PaintContext &c) const;
    void paintLinkedCrosshair(const PaintContext &c) const;
    // The time and the value of each series at linkedTime, or empty.
    QString linkedValues(const QLocale &locale) const;
    // Draws a text and remembers where (labelRects()).
    void drawTextAt(QPainter &p, const QPointF &baseline, const QString &text) const;
    void drawTextIn(QPainter &p, const QRectF &box, int flags, const QString &text) const;
    // Where the label of a reference line at pixel height y goes: at the right end, above
    // or below the line, or further left, whichever keeps clear of the labels placed before
    // and of the data lines; always inside the plot.
    QRectF placeReferenceLabel(const PaintContext &c, double y, double width) const;
    bool hitsDataLine(const Layout &l, const QRectF &box) const;
    QString labelFor(const SeriesData &s, double value, const QLocale &locale) const;
    // A value as the tooltips and labels write it: with the decimals set, else with up to
    // `significant` significant digits.
    QString valueText(double value, const QLocale &locale, int significant) const;
    std::vector<LegendItem> legendItems() const;
    // The legend takes at most about a third of the chart's height, so the plot keeps room.
    LegendBox legendBox(const QFont &font, const QRectF &area) const;
    QString legendList() const;
    // The tooltip of the hovered point: value, time, point detail and overlay context.
    QString pointText(const QLocale &locale) const;
    // The nearest data point on screen to pos (reference lines only when nothing else is
    // near); sets hoverSeries/hoverIndex, or leaves hoverSeries at -1.
    void findNearest(const QPointF &pos);
    int primarySeries() const;
};

bool TimeChart::Private::timeRange(qint64 &from, qint64 &to) const
{
    if (zoom) {
        from = zoom->first;
        to = zoom->second;
        return to > from;
    }
    if (time) {
        from = time->first;
        to = time->second;
        return to > from;
    }
    bool any = false;
    for (const SeriesData &s : series) {
        if (s.t.empty() || s.constant)
            continue;
        const auto first = qint64(s.t.front());
        const auto last = qint64(std::ceil(s.t.back()));
        from = any ? std::min(from, first) : first;
        to = any ? std::max(to, last) : last;
        any = true;
    }
    return any && to > from;
}

void TimeChart::Private::scanValues(qint64 from, qint64 to)
{
    if (rangeVersion == dataVersion && rangeT0 == from && rangeT1 == to)
        return;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const SeriesData &s : series) {
        if (s.constant) {
            lo = std::min(lo, s.constantValue);
            hi = std::max(hi, s.constantValue);
            continue;
        }
        const auto begin = std::lower_bound(s.t.begin(), s.t.end(), double(from)) - s.t.begin();
        const auto end = std::upper_bound(s.t.begin(), s.t.end(), double(to)) - s.t.begin();
        for (auto i = begin; i < end; ++i) {
            const double value = s.v[size_t(i)];
            if (std::isnan(value))
                continue;
            lo = std::min(lo, value);
            hi = std::max(hi, value);
        }
    }
    // The band (e.g. the SLI's interval) is drawn too: the range holds it.
    const ChartOverlays::Band &band = overlays.band;
    for (size_t i = 0; i < band.t.size() && i < band.low.size() && i < band.high.size(); ++i) {
        if (band.t[i] < double(from) || band.t[i] > double(to))
            continue;
        for (const double value : {band.low[i], band.high[i]}) {
            if (std::isfinite(value)) {
                lo = std::min(lo, value);
                hi = std::max(hi, value);
            }
        }
    }
    hasData = lo <= hi;
    dataMin = hasData ? lo : 0.0;
    dataMax = hasData ? hi : 1.0;
    rangeVersion = dataVersion;
    rangeT0 = from;
    rangeT1 = to;
}

void TimeChart::Private::decimate(qint64 from, qint64 to, int width)
{
    if (decimatedVersion == dataVersion && decimatedT0 == from && decimatedT1 == to && decimatedWidth == width)
        return;
    for (SeriesData &s : series) {
        s.drawn.clear();
        s.drawnCount = 0;
        if (s.constant) {
            s.drawn = {QPointF(double(from), s.constantValue), QPointF(double(to), s.constantValue)};
            s.drawnCount = 2;
            continue;
        }
        // One sample beyond each edge so the line runs out of the plot instead of stopping short.
        auto begin = size_t(std::lower_bound(s.t.begin(), s.t.end(), double(from)) - s.t.begin());
        auto end = size_t(std::upper_bound(s.t.begin(), s.t.end(), double(to)) - s.t.begin());
        if (begin > 0)
            --begin;
        if (end < s.t.size())
            ++end;
        if (end <= begin)
            continue;
        s.drawn = lttb(s.t.data() + begin, s.v.data() + begin, end - begin, size_t(std::max(2, width)));
        s.drawnCount = int(std::count_if(s.drawn.begin(), s.drawn.end(), [](const QPointF &p) { return !isGap(p); }));
    }
    overlays.decimateBand(double(from), double(to), width);
    decimatedVersion = dataVersion;
    decimatedT0 = from;
    decimatedT1 = to;
    decimatedWidth = width;
}

QString TimeChart::Private::valueText(double value, const QLocale &locale, int significant) const
{
    return decimals >= 0 ? formatDecimals(value, unit, decimals, locale)
                         : formatExact(value, unit, locale, significant);
}

QString TimeChart::Private::labelFor(const SeriesData &s, double value, const QLocale &locale) const
{
    const QString number = valueText(value, locale, 4);
    // "Page 14.4×" already names its value; do not repeat it.
    if (s.name.endsWith(number))
        return s.name;
    return s.name + QLatin1Char(' ') + number;
}

ValueAxis TimeChart::Private::valueAxis(double plotHeight, bool compact, const QFontMetricsF &tickFm,
                                        const QLocale &locale) const
{
    ValueAxis a;
    const bool autoValue = !value;
    a.lo = autoValue ? dataMin : value->first;
    a.hi = autoValue ? dataMax : value->second;
    // Fewer ticks on a small chart, so their labels keep apart.
    const int tickCount = std::clamp(int(plotHeight / (compact ? 30.0 : 38.0)), 2, 8);
    if (autoValue) {
        // A little headroom so peaks do not touch the frame, without inventing negative
        // values for non-negative data or availability above 100%.
        const double pad = (a.hi - a.lo) * 0.04;
        const double paddedLo = a.lo >= 0.0 ? std::max(0.0, a.lo - pad) : a.lo - pad;
        const double paddedHi = a.hi <= 1.0 && unit == ValueUnit::Percent ? std::min(1.0, a.hi + pad) : a.hi + pad;
        const NiceRange nice = niceRange(paddedLo, paddedHi, tickCount);
        a.lo = nice.min;
        a.hi = nice.max;
        a.step = nice.step;
    } else {
        a.step = niceStep(a.lo, a.hi, tickCount);
    }
    a.ticks = valueTicks(a.lo, a.hi, a.step);
    for (const double tick : a.ticks)
        a.labelWidth = std::max(a.labelWidth, tickFm.horizontalAdvance(formatTick(tick, a.step, unit, locale)));
    return a;
}

Layout TimeChart::Private::computeLayout(const QRectF &area, const QFont &font, const QLocale &locale, double minGutter,
                                         bool axesOnly)
{
    Layout l;
    l.area = area;
    l.compact = isCompact(area);
    qint64 from = 0;
    qint64 to = 0;
    if (!timeRange(from, to)) {
        const QFontMetricsF fm(titleFont(font));
        l.plot = area.adjusted(Margin, fm.height() + 2 * Margin, -Margin, -Margin);
        return l;
    }
    scanValues(from, to);
    l.hasData = hasData;

    const QFontMetricsF titleFm(titleFont(font));
    const QFontMetricsF tickFm(tickFont(font, l.compact));
    const LegendFlow legend =
        layoutLegend(legendItems(), QFontMetricsF(font), legendBox(font, area), [](const LegendItem &, double, int) {});
    l.legendHidden = legend.hidden;
    const double headerHeight = titleFm.height() + (legend.rows - 1) * legendRowHeight(QFontMetricsF(font)) + HeaderGap;
    const double xLabelHeight = tickFm.height() + 8.0;
    const double top = area.top() + TopMargin + headerHeight;
    const double bottom = area.bottom() - (l.compact ? 4.0 : Margin) - xLabelHeight;

    const ValueAxis axis = valueAxis(bottom - top, l.compact, tickFm, locale);
    l.yStep = axis.step;
    l.yTicks = axis.ticks;
    l.gutter = axis.labelWidth + 8.0;
    if (axesOnly)
        return l;

    // Room on the right for half of the last time label. In a group every chart starts its
    // plot at the widest gutter, so the time axes line up.
    const double rightPad = tickFm.horizontalAdvance(QStringLiteral("00:00")) / 2.0 + 2.0;
    l.plot = QRectF(QPointF(area.left() + Margin + std::max(l.gutter, minGutter), top),
                    QPointF(area.right() - Margin - rightPad, bottom));
    // Whole pixels keep grid lines and the decimation width exact.
    l.plot = QRectF(std::round(l.plot.left()), std::round(l.plot.top()), std::round(l.plot.width()),
                    std::round(l.plot.height()));
    if (l.plot.width() < 4 || l.plot.height() < 4)
        return l;
    l.x = AxisMap{double(from), double(to), l.plot.left(), l.plot.right()};
    l.y = AxisMap{axis.lo, axis.hi, l.plot.bottom(), l.plot.top()};

    const double labelWidth = tickFm.horizontalAdvance(QStringLiteral("00 Mmm")) + (l.compact ? 16.0 : 24.0);
    l.xStep = chooseTimeStep(to - from, std::max(1, int(l.plot.width() / labelWidth)));
    l.xTicks = timeTicks(from, to, l.xStep, tz);

    decimate(from, to, int(l.plot.width()));
    l.valid = true;
    return l;
}

void TimeChart::Private::paint(QPainter &p, const Layout &l, const QPalette &palette, const QFont &font,
                               const QLocale &locale, bool withHover)
{
    const PaintContext c{p, l, ChartPalette::fromPalette(palette), font, tickFont(font, l.compact), locale};
    drawnLabels.clear();
    drawnTexts.clear();
    referenceLabels.clear();
    p.save();
    p.fillRect(l.area, c.colors.background);
    paintHeader(c);
    if (!l.valid) {
        // "No data" only when there is none; data in a chart too small to draw says so.
        p.setPen(c.colors.axisText);
        const QRectF box = l.plot.height() >= c.tickFm.height() ? l.plot : l.area;
        p.drawText(box, Qt::AlignCenter,
                   l.hasData ? QCoreApplication::translate("Sla::Ui::TimeChart", "Too small for a chart")
                             : QCoreApplication::translate("Sla::Ui::TimeChart", "No data"));
        p.restore();
        return;
    }
    overlays.paintPeriods(p, l.x, l.plot, c.colors);
    paintBreaches(c);
    paintGrid(c);
    paintTickLabels(c);

    // Series, clipped to the plot, decimated points only.
    std::vector<const SeriesData *> ordered;
    for (const SeriesData &s : series)
        ordered.push_back(&s);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const SeriesData *a, const SeriesData *b) { return paintRank(a->role) < paintRank(b->role); });
    p.save();
    p.setClipRect(l.plot.adjusted(0, -2, 1, 2));
    p.setRenderHint(QPainter::Antialiasing, true);
    overlays.paintBand(p, l.x, l.y, c.colors);
    for (const SeriesData *s : ordered)
        paintSeries(c, *s);
    paintReferenceLabels(c, ordered);
    overlays.paintMarkers(p, l.x, l.plot, c.colors, withHover ? hoverMarker : -1);
    p.restore();

    if (withHover && hoverSeries >= 0)
        paintCrosshair(c);
    else if (withHover)
        paintLinkedCrosshair(c);
    p.restore();
}

std::vector<LegendItem> TimeChart::Private::legendItems() const
{
    std::vector<LegendItem> items;
    for (size_t i = 0; i < series.size(); ++i)
        items.push_back({int(i), std::nullopt, series[i].name});
    if (!breaches.isEmpty())
        items.push_back({-1, std::nullopt, QCoreApplication::translate("Sla::Ui::TimeChart", "Breach")});
    for (const ChartOverlays::LegendKind k : overlays.legendEntries())
        items.push_back({-1, k, overlays.legendText(k)});
    return items;
}

LegendBox TimeChart::Private::legendBox(const QFont &font, const QRectF &area) const
{
    const QFontMetricsF titleFm(titleFont(font));
    LegendBox box;
    box.left = area.left() + Margin;
    box.x = title.isEmpty() ? box.left : box.left + titleFm.horizontalAdvance(title) + 2.0 * Margin;
    box.right = area.right() - Margin;
    box.maxRows = std::max(1, int((area.height() * 0.3 - titleFm.height()) / legendRowHeight(QFontMetricsF(font))) + 1);
    return box;
}

QString TimeChart::Private::legendList() const
{
    QStringList names;
    for (const LegendItem &item : legendItems())
        names << item.text;
    return QCoreApplication::translate("Sla::Ui::TimeChart", "Legend: %1").arg(names.join(QStringLiteral(", ")));
}

// Header: title, then the legend, wrapped into rows. Every entry shows its line style or
// its fill, not only its colour.
void TimeChart::Private::paintHeader(const PaintContext &c) const
{
    QPainter &p = c.p;
    const QFont hFont = titleFont(c.font);
    const QFontMetricsF titleFm(hFont);
    const double headerMid = c.l.area.top() + TopMargin + titleFm.height() / 2.0;
    if (!title.isEmpty()) {
        p.setFont(hFont);
        p.setPen(c.colors.text);
        drawTextAt(p, QPointF(c.l.area.left() + Margin, headerMid + titleFm.ascent() / 2.0 - titleFm.descent() / 2.0),
                   title);
    }
    p.setFont(c.font);
    const QFontMetricsF legendFm(c.font);
    p.setRenderHint(QPainter::Antialiasing, true);
    auto place = [&](const LegendItem &item, double x, int row) {
        const double mid = headerMid + row * legendRowHeight(legendFm);
        const QRectF swatch(x + 4.0, mid - 6.0, LegendSample - 8.0, 12.0);
        if (item.series >= 0) {
            p.setPen(c.colors.rolePen(series[size_t(item.series)].role));
            p.drawLine(QPointF(x, mid), QPointF(x + LegendSample, mid));
        } else if (item.overlay) {
            overlays.paintLegendSwatch(p, *item.overlay, swatch, c.colors);
        } else {
            fillBreach(p, swatch, c.colors);
        }
        p.setPen(c.colors.text);
        drawTextAt(p, QPointF(x + LegendSample + 5.0, mid + legendFm.ascent() / 2.0 - legendFm.descent() / 2.0),
                   item.text);
    };
    const LegendFlow flow = layoutLegend(legendItems(), legendFm, legendBox(c.font, c.l.area), place);
    if (flow.hidden > 0) {
        const double mid = headerMid + (flow.rows - 1) * legendRowHeight(legendFm);
        p.setPen(c.colors.axisText);
        drawTextAt(p, QPointF(flow.endX, mid + legendFm.ascent() / 2.0 - legendFm.descent() / 2.0),
                   QStringLiteral("+%1").arg(flow.hidden));
    }
}

// Breach periods: a tint plus a hatch, so they read without colour as well.
void TimeChart::Private::paintBreaches(const PaintContext &c) const
{
    const QRectF &plot = c.l.plot;
    for (const Period &b : breaches) {
        const double left = std::max(plot.left(), c.l.x.toPixel(double(b.startMs)));
        const double right = std::min(plot.right(), c.l.x.toPixel(double(b.endMs)));
        if (right <= left)
            continue;
        // At least 3 px wide, so a short breach in a long range stays visible.
        const double width = std::max(3.0, right - left);
        const double bandLeft = std::clamp((left + right - width) / 2.0, plot.left(), plot.right() - width);
        fillBreach(c.p, QRectF(bandLeft, plot.top(), width, plot.height()), c.colors);
    }
}

// Grid and axes, crisp on whole pixels.
void TimeChart::Private::paintGrid(const PaintContext &c) const
{
    QPainter &p = c.p;
    const QRectF &plot = c.l.plot;
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(c.colors.grid, 1.0));
    for (const double tick : c.l.yTicks) {
        const double y = std::round(c.l.y.toPixel(tick));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    for (const qint64 tick : c.l.xTicks) {
        const double px = std::round(c.l.x.toPixel(double(tick)));
        p.drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
    }
    p.setPen(QPen(c.colors.axis, 1.0));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
}

void TimeChart::Private::paintTickLabels(const PaintContext &c) const
{
    QPainter &p = c.p;
    const Layout &l = c.l;
    const QRectF &plot = l.plot;
    p.setFont(c.tFont);
    p.setPen(c.colors.axisText);
    for (const double tick : l.yTicks) {
        const double y = l.y.toPixel(tick);
        const QRectF box(l.area.left(), y - c.tickFm.height() / 2.0, plot.left() - l.area.left() - 6.0,
                         c.tickFm.height());
        drawTextIn(p, box, Qt::AlignRight | Qt::AlignVCenter, formatTick(tick, l.yStep, unit, c.locale));
    }
    double lastRight = -std::numeric_limits<double>::infinity();
    for (const qint64 tick : l.xTicks) {
        const QString text = formatTimeTick(tick, l.xStep, tz, c.locale);
        const double w = c.tickFm.horizontalAdvance(text);
        const double px = l.x.toPixel(double(tick));
        const double left = px - w / 2.0;
        // Each label clear of the one before and of the chart's edges, and not reaching under
        // the value labels (which end 6 px left of the plot): the same rule on every chart
        // of a group, so that they show the same ticks.
        if (left < lastRight + 6.0 || left < plot.left() - 4.0 || px + w / 2.0 > l.area.right())
            continue;
        p.drawLine(QPointF(std::round(px), plot.bottom()), QPointF(std::round(px), plot.bottom() + 3.0));
        drawTextAt(p, QPointF(left, plot.bottom() + 5.0 + c.tickFm.ascent()), text);
        lastRight = left + w;
    }
}

// One series as runs of decimated points split at gaps; the budget also gets its area.
void TimeChart::Private::paintSeries(const PaintContext &c, const SeriesData &s) const
{
    QPainter &p = c.p;
    const QPen pen = c.colors.rolePen(s.role);
    const double zeroY = std::clamp(c.l.y.toPixel(0.0), c.l.plot.top(), c.l.plot.bottom());
    QPolygonF run;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        if (s.role == SeriesRole::Budget && run.size() > 1) {
            QPolygonF area = run;
            area << QPointF(run.last().x(), zeroY) << QPointF(run.first().x(), zeroY);
            QColor fill = pen.color();
            fill.setAlpha(c.colors.dark ? 50 : 36);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawPolygon(area);
            p.setBrush(Qt::NoBrush);
        }
        ChartPainter::strokeRun(&p, run, pen);
        run.clear();
    };
    run.reserve(int(s.drawn.size()));
    for (const QPointF &pt : s.drawn) {
        if (isGap(pt)) {
            flush();
            continue;
        }
        run << QPointF(c.l.x.toPixel(pt.x()), c.l.y.toPixel(pt.y()));
    }
    flush();
}

void TimeChart::Private::drawTextAt(QPainter &p, const QPointF &baseline, const QString &text) const
{
    const QFontMetricsF fm(p.font());
    p.drawText(baseline, text);
    drawnLabels << QRectF(baseline.x(), baseline.y() - fm.ascent(), fm.horizontalAdvance(text), fm.height());
    drawnTexts << text;
}

void TimeChart::Private::drawTextIn(QPainter &p, const QRectF &box, int flags, const QString &text) const
{
    QRectF bounds;
    p.drawText(box, flags, text, &bounds);
    drawnLabels << bounds;
    drawnTexts << text;
}

bool TimeChart::Private::hitsDataLine(const Layout &l, const QRectF &box) const
{
    for (const SeriesData &s : series) {
        if (isReference(s.role))
            continue;
        for (size_t i = 1; i < s.drawn.size(); ++i) {
            const QPointF &a = s.drawn[i - 1];
            const QPointF &b = s.drawn[i];
            if (isGap(a) || isGap(b))
                continue;
            if (segmentHitsRect(QPointF(l.x.toPixel(a.x()), l.y.toPixel(a.y())),
                                QPointF(l.x.toPixel(b.x()), l.y.toPixel(b.y())), box))
                return true;
        }
    }
    return false;
}

QRectF TimeChart::Private::placeReferenceLabel(const PaintContext &c, double y, double width) const
{
    const QRectF inside = c.l.plot.adjusted(2.0, 1.0, -2.0, -1.0);
    const double h = c.tickFm.height();
    QRectF best;
    int bestScore = std::numeric_limits<int>::max();
    // Right end first, then further left by half a label at a time; above, then below.
    for (int shift = 0; shift < 16; ++shift) {
        const double left = inside.right() - 4.0 - width - shift * (width + 12.0) / 2.0;
        for (const double top : {y - h - 2.0, y + 2.0}) {
            QRectF box(std::max(left, inside.left()), top, width, h);
            // Never clipped: kept inside the plot.
            box.moveTop(std::clamp(box.top(), inside.top(), inside.bottom() - h));
            const QRectF spaced = box.adjusted(-2.0, -1.0, 2.0, 1.0);
            const bool overlaps = std::any_of(drawnLabels.begin(), drawnLabels.end(),
                                              [&](const QRectF &r) { return r.intersects(spaced); });
            const int score = (overlaps ? 4 : 0) + (hitsDataLine(c.l, box) ? 2 : 0) + (shift > 0 ? 1 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = box;
            }
            if (score == 0)
                return best;
        }
    }
    return best;
}

// Labels on reference lines ("Target 99.9%"), so they are named where they are drawn; the
// one nearest the top is placed first.
void TimeChart::Private::paintReferenceLabels(const PaintContext &c,
                                              const std::vector<const SeriesData *> &ordered) const
{
    QPainter &p = c.p;
    p.setFont(c.tFont);
    std::vector<std::pair<double, const SeriesData *>> lines;
    for (const SeriesData *s : ordered) {
        if (isReference(s->role) && !s->drawn.empty() && !isGap(s->drawn.back()))
            lines.emplace_back(c.l.y.toPixel(s->drawn.back().y()), s);
    }
    std::stable_sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[y, s] : lines) {
        const QString text = labelFor(*s, s->drawn.back().y(), c.locale);
        const QRectF box = placeReferenceLabel(c, y, c.tickFm.horizontalAdvance(text) + 6.0);
        referenceLabels << box;
        QColor back = c.colors.background;
        back.setAlpha(215);
        p.fillRect(box, back);
        p.setPen(c.colors.roleColor(s->role));
        drawTextIn(p, box, Qt::AlignCenter, text);
    }
}

// The crosshair of another chart of the group: a vertical line at its time and, in a box
// beside it, the value of each series of this chart there.
void TimeChart::Private::paintLinkedCrosshair(const PaintContext &c) const
{
    const QString text = linkedValues(c.locale);
    if (text.isEmpty())
        return;
    QPainter &p = c.p;
    const QRectF &plot = c.l.plot;
    const double x = std::round(c.l.x.toPixel(linkedTime));
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(c.colors.crosshair, 1.0, Qt::DashLine));
    p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    p.setFont(c.tFont);
    const QRectF need = c.tickFm.boundingRect(QRectF(0, 0, plot.width(), plot.height()), Qt::AlignLeft, text);
    QRectF box(x + 6.0, plot.top() + 2.0, need.width() + 8.0, need.height() + 4.0);
    if (box.right() > plot.right())
        box.moveRight(x - 6.0);
    QColor back = c.colors.background;
    back.setAlpha(230);
    p.fillRect(box, back);
    p.setPen(c.colors.text);
    p.drawText(box.adjusted(4.0, 2.0, -4.0, -2.0), Qt::AlignLeft | Qt::AlignTop, text);
}

QString TimeChart::Private::linkedValues(const QLocale &locale) const
{
    if (!std::isfinite(linkedTime) || !layout.valid || linkedTime < layout.x.d0 || linkedTime > layout.x.d1)
        return {};
    QStringList lines;
    // The sample nearest to that time, when it is within a few pixels (or 1 % of the range).
    const double tolerance =
        std::max(6.0 / std::max(1e-12, std::abs(layout.x.pixelsPerUnit())), (layout.x.d1 - layout.x.d0) / 100.0);
    for (const SeriesData &s : series) {
        if (isReference(s.role) || s.t.empty())
            continue;
        const size_t i = nearestIndex(s.t.data(), s.v.data(), s.t.size(), linkedTime);
        if (i < s.t.size() && std::abs(s.t[i] - linkedTime) <= tolerance)
            lines << s.name + QStringLiteral(": ") + valueText(s.v[i], locale, 5);
    }
    if (lines.isEmpty())
        return {};
    lines.prepend(formatExactTime(qint64(linkedTime), tz));
    return lines.join(QLatin1Char('\n'));
}

// Crosshair on the hovered point.
void TimeChart::Private::paintCrosshair(const PaintContext &c) const
{
    if (hoverSeries < 0 || size_t(hoverSeries) >= series.size())
        return;
    QPainter &p = c.p;
    const QRectF &plot = c.l.plot;
    const SeriesData &s = series[size_t(hoverSeries)];
    const QPointF pt(c.l.x.toPixel(s.t[hoverIndex]), c.l.y.toPixel(s.v[hoverIndex]));
    if (!plot.adjusted(-1, -1, 1, 1).contains(pt))
        return;
    p.setRenderHint(QPainter::Antialiasing, false);
    QPen cross(c.colors.crosshair, 1.0, Qt::DashLine);
    p.setPen(cross);
    p.drawLine(QPointF(std::round(pt.x()), plot.top()), QPointF(std::round(pt.x()), plot.bottom()));
    p.drawLine(QPointF(plot.left(), std::round(pt.y())), QPointF(plot.right(), std::round(pt.y())));
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(c.colors.roleColor(s.role), 2.0));
    p.setBrush(c.colors.background);
    p.drawEllipse(pt, 4.0, 4.0);
}

TimeChart::TimeChart(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    setMouseTracking(true);
    // The keys move the crosshair and step through markers (see the class comment).
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

TimeChart::~TimeChart() = default;

void TimeChart::invalidateLayout()
{
    d->layout.valid = false;
    update();
    // The shared gutter may change: the other charts of the group lay out again.
    if (d->group)
        d->group->relayoutOthers(this);
}

void TimeChart::relayout()
{
    d->layout.valid = false;
    update();
}

void TimeChart::setGroup(ChartGroup *group)
{
    d->group = group;
    invalidateLayout();
}

ChartGroup *TimeChart::group() const
{
    return d->group;
}

double TimeChart::naturalGutter() const
{
    return d->computeLayout(QRectF(rect()), font(), locale(), 0.0, true).gutter;
}

void TimeChart::setLinkedTime(double timeMs)
{
    if (std::isnan(timeMs) && std::isnan(d->linkedTime))
        return;
    d->linkedTime = timeMs;
    update();
}

double TimeChart::linkedTime() const
{
    return d->linkedTime;
}

QString TimeChart::linkedText() const
{
    ensureLayout();
    return d->linkedValues(locale());
}

QList<QRectF> TimeChart::labelRects() const
{
    return d->drawnLabels;
}

QStringList TimeChart::labelTexts() const
{
    return d->drawnTexts;
}

QList<QRectF> TimeChart::referenceLabelRects() const
{
    return d->referenceLabels;
}

QList<QPolygonF> TimeChart::drawnDataLines() const
{
    QList<QPolygonF> lines;
    for (const SeriesData &s : d->series) {
        if (isReference(s.role))
            continue;
        QPolygonF line;
        for (const QPointF &pt : s.drawn) {
            if (!isGap(pt)) {
                line << QPointF(d->layout.x.toPixel(pt.x()), d->layout.y.toPixel(pt.y()));
            } else if (!line.isEmpty()) {
                lines << line;
                line.clear();
            }
        }
        if (!line.isEmpty())
            lines << line;
    }
    return lines;
}

void TimeChart::zoomTo(qint64 startMs, qint64 endMs)
{
    d->zoom = ordered(startMs, endMs);
    d->hoverSeries = -1;
    d->hoverMarker = -1;
    invalidateLayout();
}

void TimeChart::resetZoom()
{
    d->zoom.reset();
    invalidateLayout();
}

bool TimeChart::isZoomed() const
{
    return d->zoom.has_value();
}

std::pair<qint64, qint64> TimeChart::visibleTimeRange() const
{
    qint64 from = 0;
    qint64 to = 0;
    if (!d->timeRange(from, to))
        return {0, 0};
    return {from, to};
}

void TimeChart::requestZoom(qint64 startMs, qint64 endMs)
{
    if (d->group)
        d->group->zoomTo(startMs, endMs);
    else
        zoomTo(startMs, endMs);
}

void TimeChart::requestZoomReset()
{
    if (d->group)
        d->group->resetZoom();
    else
        resetZoom();
}

void TimeChart::invalidateSeries()
{
    ++d->dataVersion;
    d->hoverSeries = -1;
    invalidateLayout();
}

void TimeChart::setTitle(const QString &title)
{
    d->title = title;
    invalidateLayout();
}

QString TimeChart::title() const
{
    return d->title;
}

void TimeChart::setSeries(const QString &id, const QString &name, std::vector<double> t, std::vector<double> v,
                          SeriesRole role)
{
    const size_t n = std::min(t.size(), v.size());
    t.resize(n);
    v.resize(n);
    auto it = std::find_if(d->series.begin(), d->series.end(), [&](const SeriesData &s) { return s.id == id; });
    if (it == d->series.end()) {
        d->series.emplace_back();
        it = std::prev(d->series.end());
    }
    it->id = id;
    it->name = name;
    it->role = role;
    it->t = std::move(t);
    it->v = std::move(v);
    it->constant = false;
    if (isReference(role)) {
        // A reference line with one value throughout is drawn across the whole plot.
        const auto first = std::find_if(it->v.begin(), it->v.end(), [](double x) { return !std::isnan(x); });
        if (first != it->v.end()) {
            const double value = *first;
            it->constant =
                std::all_of(it->v.begin(), it->v.end(), [value](double x) { return std::isnan(x) || x == value; });
            it->constantValue = value;
        }
    }
    invalidateSeries();
}

void TimeChart::removeSeries(const QString &id)
{
    std::erase_if(d->series, [&](const SeriesData &s) { return s.id == id; });
    invalidateSeries();
}

void TimeChart::clearSeries()
{
    d->series.clear();
    invalidateSeries();
}

QStringList TimeChart::seriesIds() const
{
    QStringList ids;
    for (const SeriesData &s : d->series)
        ids << s.id;
    return ids;
}

std::pair<std::vector<double>, std::vector<double>> TimeChart::seriesData(const QString &id) const
{
    for (const SeriesData &s : d->series) {
        if (s.id == id)
            return {s.t, s.v};
    }
    return {};
}

QString TimeChart::seriesName(const QString &id) const
{
    for (const SeriesData &s : d->series) {
        if (s.id == id)
            return s.name;
    }
    return {};
}

void TimeChart::setBreachPeriods(const QList<Period> &periods)
{
    d->breaches = periods;
    invalidateLayout();
}

QList<TimeChart::Period> TimeChart::breachPeriods() const
{
    return d->breaches;
}

void TimeChart::setMarkers(const QList<ChartMarker> &markers)
{
    d->overlays.markers = markers;
    d->hoverMarker = -1;
    invalidateLayout();
}

void TimeChart::setCorrectedPeriods(const QList<ChartSpan> &periods)
{
    d->overlays.corrected = periods;
    invalidateLayout();
}

void TimeChart::setProvisionalPeriod(const std::optional<ChartSpan> &period)
{
    d->overlays.provisional = period;
    invalidateLayout();
}

void TimeChart::setBand(const QString &name, std::vector<double> t, std::vector<double> low, std::vector<double> high)
{
    d->overlays.band = {name, std::move(t), std::move(low), std::move(high), {}};
    invalidateSeries();
}

void TimeChart::setPointDetail(PointDetail detail)
{
    d->detail = std::move(detail);
}

void TimeChart::clearOverlays()
{
    d->overlays = {};
    d->detail = nullptr;
    d->hoverMarker = -1;
    invalidateSeries();
}

const ChartOverlays &TimeChart::overlays() const
{
    return d->overlays;
}

void TimeChart::setTimeRange(qint64 startMs, qint64 endMs)
{
    d->time = ordered(startMs, endMs);
    d->zoom.reset();
    invalidateLayout();
}

void TimeChart::setAutoTimeRange()
{
    d->time.reset();
    invalidateLayout();
}

void TimeChart::setValueRange(double min, double max)
{
    d->value = ordered(min, max);
    invalidateLayout();
}

void TimeChart::setAutoValueRange()
{
    d->value.reset();
    invalidateLayout();
}

void TimeChart::setValueUnit(ValueUnit unit)
{
    d->unit = unit;
    invalidateLayout();
}

void TimeChart::setValueDecimals(int decimals)
{
    d->decimals = decimals;
    invalidateLayout();
}

void TimeChart::setTimeZone(const QTimeZone &zone)
{
    d->tz = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    invalidateLayout();
}

QPointF TimeChart::mapToPosition(double tMs, double value) const
{
    ensureLayout();
    return {d->layout.x.toPixel(tMs), d->layout.y.toPixel(value)};
}

QRectF TimeChart::plotRect() const
{
    ensureLayout();
    return d->layout.plot;
}

int TimeChart::drawnPointCount(const QString &id) const
{
    for (const SeriesData &s : d->series) {
        if (s.id == id)
            return s.drawnCount;
    }
    return 0;
}

int TimeChart::drawnPointCount() const
{
    int total = 0;
    for (const SeriesData &s : d->series)
        total += s.drawnCount;
    return total;
}

QString TimeChart::hoverText() const
{
    return d->hoverText;
}

QSize TimeChart::sizeHint() const
{
    return {640, 280};
}

QSize TimeChart::minimumSizeHint() const
{
    // Room for the title, a legend row, the tick labels and a plot of about 80 px.
    return {200, 160};
}

void TimeChart::paintTo(QPainter *painter, const QRectF &target)
{
    const Layout l = d->computeLayout(target, font(), locale());
    d->paint(*painter, l, palette(), font(), locale(), false);
}

void TimeChart::paintEvent(QPaintEvent *)
{
    d->layout = d->computeLayout(QRectF(rect()), font(), locale(), d->group ? d->group->gutter() : 0.0);
    QPainter p(this);
    d->paint(p, d->layout, palette(), font(), locale(), true);
    if (d->dragFrom && d->layout.valid) {
        // The time span a zoom drag has covered so far.
        const QRectF &plot = d->layout.plot;
        const double a = std::clamp(*d->dragFrom, plot.left(), plot.right());
        const double b = std::clamp(d->dragTo, plot.left(), plot.right());
        QColor band = palette().color(QPalette::Highlight);
        band.setAlpha(60);
        p.fillRect(QRectF(QPointF(std::min(a, b), plot.top()), QPointF(std::max(a, b), plot.bottom())), band);
    }
    if (hasFocus() && window()->testAttribute(Qt::WA_KeyboardFocusChange) && d->layout.valid) {
        // Focus reached by the keyboard: a dotted frame around the plot.
        p.setPen(QPen(palette().color(QPalette::Highlight), 1.0, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(d->layout.plot.adjusted(-2, -2, 2, 2));
    }
}

void TimeChart::resizeEvent(QResizeEvent *event)
{
    // The next paint lays out again and redecimates to the new plot width.
    d->layout.valid = false;
    QWidget::resizeEvent(event);
}

int TimeChart::Private::primarySeries() const
{
    for (size_t i = 0; i < series.size(); ++i) {
        if (!isReference(series[i].role) && !series[i].t.empty())
            return int(i);
    }
    return -1;
}

void TimeChart::Private::findNearest(const QPointF &pos)
{
    const Layout &l = layout;
    const double time = l.x.toData(pos.x());
    double best = std::numeric_limits<double>::infinity();
    for (int pass = 0; pass < 2 && hoverSeries < 0; ++pass) {
        for (size_t i = 0; i < series.size(); ++i) {
            const SeriesData &s = series[i];
            if ((pass == 0) == isReference(s.role) || s.t.empty())
                continue;
            // Many samples share a pixel column: among those within a few pixels of the
            // cursor take the nearest on screen, so a drawn spike is what the crosshair hits.
            const auto from = size_t(std::lower_bound(s.t.begin(), s.t.end(), l.x.toData(pos.x() - 3.0)) - s.t.begin());
            const auto to = size_t(std::upper_bound(s.t.begin(), s.t.end(), l.x.toData(pos.x() + 3.0)) - s.t.begin());
            auto consider = [&](size_t idx) {
                if (idx >= s.t.size() || std::isnan(s.v[idx]))
                    return;
                const QPointF pt(l.x.toPixel(s.t[idx]), l.y.toPixel(s.v[idx]));
                const double dist = std::hypot(pt.x() - pos.x(), pt.y() - pos.y());
                if (dist < best) {
                    best = dist;
                    hoverSeries = int(i);
                    hoverIndex = idx;
                }
            };
            for (size_t idx = from; idx < to; ++idx)
                consider(idx);
            consider(nearestIndex(s.t.data(), s.v.data(), s.t.size(), time));
        }
    }
}

QString TimeChart::Private::pointText(const QLocale &locale) const
{
    const SeriesData &s = series[size_t(hoverSeries)];
    QStringList lines;
    lines << s.name + QStringLiteral(": ") + valueText(s.v[hoverIndex], locale, 6);
    lines << formatExactTime(qint64(s.t[hoverIndex]), tz);
    if (detail) {
        const QString extra = detail(s.id, hoverIndex);
        if (!extra.isEmpty())
            lines << extra;
    }
    // Markers within a few pixels of the point, and the periods that hold it.
    const double perPixel = layout.valid ? std::abs(layout.x.pixelsPerUnit()) : 0.0;
    lines << overlays.contextAt(s.t[hoverIndex], perPixel > 0.0 ? 4.0 / perPixel : 0.0);
    return lines.join(QLatin1Char('\n'));
}

void TimeChart::showHover(bool changed)
{
    d->hoverText.clear();
    QPointF at;
    if (d->hoverMarker >= 0 && d->hoverMarker < d->overlays.markers.size()) {
        const ChartMarker &m = d->overlays.markers.at(d->hoverMarker);
        d->hoverText = ChartOverlays::markerText(m, d->tz);
        at = ChartOverlays::iconRect(m, d->layout.x, d->layout.plot).bottomRight();
        setCursor(m.url.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    } else if (d->hoverSeries >= 0) {
        d->hoverMarker = -1;
        const SeriesData &s = d->series[size_t(d->hoverSeries)];
        d->hoverText = d->pointText(locale());
        at = QPointF(d->layout.x.toPixel(s.t[d->hoverIndex]), d->layout.y.toPixel(s.v[d->hoverIndex]));
        unsetCursor();
    } else {
        unsetCursor();
    }
    setAccessibleDescription(d->hoverText);
    if (d->group) {
        // The other charts of the group put their crosshair at the same time.
        const double time = d->hoverSeries >= 0 ? d->series[size_t(d->hoverSeries)].t[d->hoverIndex]
                                                : std::numeric_limits<double>::quiet_NaN();
        d->group->setHoverTime(this, time);
    }
    if (d->hoverText.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(mapToGlobal(at.toPoint() + QPoint(14, 14)), d->hoverText, this);
    if (changed)
        update();
}

void TimeChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const Layout &l = d->layout;
    if (d->dragFrom) {
        d->dragTo = pos.x();
        update();
        return;
    }
    const int oldSeries = d->hoverSeries;
    const size_t oldIndex = d->hoverIndex;
    const int oldMarker = d->hoverMarker;
    d->hoverSeries = -1;
    d->hoverMarker = -1;
    if (l.valid && l.plot.adjusted(-4, -4, 4, 4).contains(pos)) {
        d->hoverMarker = d->overlays.markerAt(pos, l.x, l.plot);
        if (d->hoverMarker < 0)
            d->findNearest(pos);
    }
    showHover(oldSeries != d->hoverSeries || oldIndex != d->hoverIndex || oldMarker != d->hoverMarker);
    if (l.valid && l.legendHidden > 0 && pos.y() < l.plot.top() - 4) {
        // Over a legend that did not fit: all its entries.
        d->hoverText = d->legendList();
        QToolTip::showText(mapToGlobal(pos.toPoint() + QPoint(14, 14)), d->hoverText, this);
    }
    QWidget::mouseMoveEvent(event);
}

void TimeChart::mousePressEvent(QMouseEvent *event)
{
    const Layout &l = d->layout;
    const int marker = l.valid ? d->overlays.markerAt(event->position(), l.x, l.plot) : -1;
    if (event->button() == Qt::LeftButton && marker >= 0) {
        activateMarker(marker);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && l.valid && l.plot.contains(event->position())) {
        // A drag across the plot zooms to the span it covers.
        d->dragFrom = event->position().x();
        d->dragTo = event->position().x();
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void TimeChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (!d->dragFrom || event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Layout &l = d->layout;
    const double a = std::clamp(std::min(*d->dragFrom, event->position().x()), l.plot.left(), l.plot.right());
    const double b = std::clamp(std::max(*d->dragFrom, event->position().x()), l.plot.left(), l.plot.right());
    d->dragFrom.reset();
    update();
    // A click is not a zoom; nor is a span shorter than a minute.
    const auto from = qint64(l.x.toData(a));
    const auto to = qint64(l.x.toData(b));
    if (l.valid && b - a >= 5.0 && to - from >= 60000)
        requestZoom(from, to);
    event->accept();
}

void TimeChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        d->dragFrom.reset();
        requestZoomReset();
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void TimeChart::activateMarker(int index)
{
    if (index < 0 || index >= d->overlays.markers.size())
        return;
    const QUrl url(d->overlays.markers.at(index).url);
    // Only web links: an annotation file must not be able to start a program.
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return;
    QDesktopServices::openUrl(url);
    Q_EMIT linkActivated(url);
}

bool TimeChart::focusPoint(const QString &id, size_t index)
{
    ensureLayout();
    for (size_t i = 0; i < d->series.size(); ++i) {
        const SeriesData &s = d->series[i];
        if (s.id != id || index >= s.t.size() || std::isnan(s.v[index]))
            continue;
        d->hoverSeries = int(i);
        d->hoverIndex = index;
        d->hoverMarker = -1;
        showHover(true);
        return true;
    }
    return false;
}

bool TimeChart::focusMarker(int index)
{
    ensureLayout();
    if (index < 0 || index >= d->overlays.markers.size() || !d->layout.valid ||
        ChartOverlays::iconRect(d->overlays.markers.at(index), d->layout.x, d->layout.plot).isEmpty())
        return false;
    d->hoverMarker = index;
    d->hoverSeries = -1;
    showHover(true);
    return true;
}

int TimeChart::focusedMarker() const
{
    return d->hoverMarker;
}

void TimeChart::ensureLayout() const
{
    if (!d->layout.valid)
        d->layout = d->computeLayout(QRectF(rect()), font(), locale(), d->group ? d->group->gutter() : 0.0);
}

void TimeChart::stepFocus(int step, bool toEnd)
{
    ensureLayout();
    const int si = d->hoverSeries >= 0 ? d->hoverSeries : d->primarySeries();
    if (si < 0 || !d->layout.valid)
        return;
    const SeriesData &s = d->series[size_t(si)];
    // The visible samples only: the crosshair stays on the plot.
    const auto first = size_t(std::lower_bound(s.t.begin(), s.t.end(), d->layout.x.d0) - s.t.begin());
    const auto last = size_t(std::upper_bound(s.t.begin(), s.t.end(), d->layout.x.d1) - s.t.begin());
    if (first >= last)
        return;
    double time = toEnd ? d->layout.x.d1 : d->layout.x.d0;
    if (step != 0 && d->hoverSeries >= 0)
        time = s.t[d->hoverIndex] + step / std::max(1e-12, d->layout.x.pixelsPerUnit());
    else if (step != 0 && d->hoverMarker >= 0)
        time = double(d->overlays.markers.at(d->hoverMarker).startMs);
    size_t idx = first + nearestIndex(s.t.data() + first, s.v.data() + first, last - first, time);
    if (idx >= last)
        return;
    // Sparse data: at least one sample per key press.
    if (step != 0 && d->hoverSeries == si && idx == d->hoverIndex) {
        for (size_t j = idx; step > 0 ? j + 1 < last : j > first;) {
            j = step > 0 ? j + 1 : j - 1;
            if (!std::isnan(s.v[j])) {
                idx = j;
                break;
            }
        }
    }
    focusPoint(s.id, idx);
}

void TimeChart::stepMarker(int direction)
{
    ensureLayout();
    if (!d->layout.valid)
        return;
    const std::vector<int> order = d->overlays.markerOrder();
    const auto current = std::find(order.begin(), order.end(), d->hoverMarker);
    double time = direction > 0 ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    if (d->hoverSeries >= 0)
        time = d->series[size_t(d->hoverSeries)].t[d->hoverIndex];
    auto visible = [this](int i) {
        return !ChartOverlays::iconRect(d->overlays.markers.at(i), d->layout.x, d->layout.plot).isEmpty();
    };
    if (current != order.end()) {
        // From the focused marker to its neighbour in time order (focusMarker() skips hidden ones).
        const auto n = std::ptrdiff_t(order.size());
        for (auto at = std::distance(order.begin(), current) + direction; at >= 0 && at < n; at += direction) {
            if (focusMarker(order[size_t(at)]))
                return;
        }
        return;
    }
    const auto pick = [&](int i) {
        const double t = double(d->overlays.markers.at(i).startMs);
        return visible(i) && (direction > 0 ? t > time : t < time);
    };
    if (direction > 0) {
        const auto it = std::find_if(order.begin(), order.end(), pick);
        if (it != order.end())
            focusMarker(*it);
    } else {
        const auto it = std::find_if(order.rbegin(), order.rend(), pick);
        if (it != order.rend())
            focusMarker(*it);
    }
}

void TimeChart::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Right ? 1 : -1;
        if (ctrl)
            stepMarker(direction);
        else
            stepFocus(direction, false);
        break;
    }
    case Qt::Key_Home:
    case Qt::Key_End:
        stepFocus(0, event->key() == Qt::Key_End);
        break;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        stepMarker(event->key() == Qt::Key_PageDown ? 1 : -1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (d->hoverMarker < 0) {
            QWidget::keyPressEvent(event);
            return;
        }
        activateMarker(d->hoverMarker);
        break;
    case Qt::Key_Escape:
        // First the crosshair, then the zoom.
        if (d->hoverSeries < 0 && d->hoverMarker < 0 && isZoomed()) {
            requestZoomReset();
            break;
        }
        d->hoverSeries = -1;
        d->hoverMarker = -1;
        showHover(true);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimeChart::leaveEvent(QEvent *event)
{
    if (d->hoverSeries >= 0 || d->hoverMarker >= 0) {
        d->hoverSeries = -1;
        d->hoverMarker = -1;
        showHover(true);
    }
    QWidget::leaveEvent(event);
}

void TimeChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LocaleChange) {
        invalidateLayout();
    }
    QWidget::changeEvent(event);
}

} // namespace Sla::Ui
