// SPDX-License-Identifier: Apache-2.0
#include "sparkline.h"

#include "chartmath.h"
#include "chartpainter.h"

#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace Sla::Ui {

using namespace ChartMath;

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

Sparkline::~Sparkline() = default;

void Sparkline::setData(std::vector<double> t, std::vector<double> v)
{
    const size_t n = std::min(t.size(), v.size());
    t.resize(n);
    v.resize(n);
    m_t = std::move(t);
    m_v = std::move(v);
    update();
}

void Sparkline::setOptions(const Options &options)
{
    m_options = options;
    update();
}

QSize Sparkline::sizeHint() const
{
    return {96, 22};
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paint(&p, QRectF(rect()), m_t.data(), m_v.data(), m_t.size(), palette(), m_options);
}

int Sparkline::paint(QPainter *painter, const QRectF &rect, const double *t, const double *v, size_t n,
                     const QPalette &palette, const Options &options)
{
    // Leave room for the end marker and the pen.
    const QRectF area = rect.adjusted(2.0, 3.0, -5.0, -3.0);
    if (n == 0 || area.width() < 2.0 || area.height() < 2.0)
        return 0;
    double lo = options.fromZero ? 0.0 : std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < n; ++i) {
        if (std::isnan(v[i]))
            continue;
        lo = std::min(lo, v[i]);
        hi = std::max(hi, v[i]);
    }
    if (!(hi >= lo) && !std::isfinite(options.threshold))
        return 0;
    if (std::isfinite(options.threshold)) {
        lo = std::min(lo, options.threshold);
        hi = std::max(hi, options.threshold);
    }
    if (hi == lo)
        hi = lo + 1.0;
    const AxisMap x{t[0], t[n - 1], area.left(), area.right()};
    const AxisMap y{lo, hi, area.bottom(), area.top()};
    const ChartPalette colors = ChartPalette::fromPalette(palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (std::isfinite(options.threshold)) {
        QPen dashed(colors.roleColor(SeriesRole::Threshold), 1.0);
        dashed.setDashPattern({3.0, 2.0});
        painter->setPen(dashed);
        const double ty = y.toPixel(options.threshold);
        painter->drawLine(QPointF(area.left(), ty), QPointF(area.right(), ty));
    }

    const std::vector<QPointF> points = lttb(t, v, n, size_t(std::max(2.0, area.width())));
    QPen pen = colors.rolePen(options.role);
    pen.setWidthF(1.4);
    pen.setDashPattern(QList<qreal>()); // a sparkline is always solid; its role is its column
    pen.setStyle(Qt::SolidLine);
    painter->setPen(pen);
    int drawn = 0;
    QPolygonF run;
    auto flush = [&] {
        ChartPainter::strokeRun(painter, run, pen);
        run.clear();
    };
    for (const QPointF &pt : points) {
        if (isGap(pt)) {
            flush();
            continue;
        }
        run << QPointF(x.toPixel(pt.x()), y.toPixel(pt.y()));
        ++drawn;
    }
    flush();

    // The last point: a dot, or a triangle pointing up when above the threshold.
    const auto last = std::find_if(points.rbegin(), points.rend(), [](const QPointF &pt) { return !isGap(pt); });
    if (last != points.rend()) {
        const QPointF end(x.toPixel(last->x()), y.toPixel(last->y()));
        const bool above = std::isfinite(options.threshold) && last->y() > options.threshold;
        painter->setPen(Qt::NoPen);
        if (above) {
            painter->setBrush(colors.roleColor(SeriesRole::Threshold));
            const QPolygonF triangle{QPointF(end.x(), end.y() - 3.5), QPointF(end.x() + 3.5, end.y() + 2.5),
                                     QPointF(end.x() - 3.5, end.y() + 2.5)};
            painter->drawPolygon(triangle);
        } else {
            painter->setBrush(pen.color());
            painter->drawEllipse(end, 2.2, 2.2);
        }
    }
    painter->restore();
    return drawn;
}

} // namespace Sla::Ui
