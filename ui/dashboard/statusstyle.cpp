// SPDX-License-Identifier: Apache-2.0
#include "statusstyle.h"

#include "ui/charts/themedcolor.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace Sla::Ui::StatusStyle {

using Core::ObjectiveStatus;

namespace {

// The dark variants are lighter so they keep their contrast; no data has no colour of its
// own. Insufficient data is a calm slate blue: not an alarm, and told apart from no data.
constexpr ThemedColor<ObjectiveStatus> StatusColors[] = {
    {ObjectiveStatus::Breached, 0xc62828, 0xff6b6b},
    {ObjectiveStatus::AtRisk, 0xb26a00, 0xffc14d},
    {ObjectiveStatus::Met, 0x2e7d32, 0x5cd67d},
    {ObjectiveStatus::InsufficientData, 0x44617b, 0x9ab8d4},
};

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor color(ObjectiveStatus status, const QPalette &palette)
{
    return themedColor(StatusColors, status, isDark(palette))
        .value_or(palette.color(QPalette::Disabled, QPalette::Text));
}

QColor budgetColor(double remaining, double atRisk, const QPalette &palette)
{
    if (remaining < 0)
        return color(ObjectiveStatus::Breached, palette);
    if (remaining < atRisk)
        return color(ObjectiveStatus::AtRisk, palette);
    return color(ObjectiveStatus::Met, palette);
}

void paintIcon(QPainter *p, const QRectF &rect, ObjectiveStatus status, const QPalette &palette)
{
    const double s = std::min(rect.width(), rect.height());
    const QRectF r(rect.center().x() - s / 2, rect.center().y() - s / 2, s, s);
    const QColor c = color(status, palette);
    const QColor mark = isDark(palette) ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QPen markPen(mark, std::max(1.5, s * 0.13), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (status) {
    case ObjectiveStatus::Met: {
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5));
        p->setPen(markPen);
        QPolygonF tick;
        tick << QPointF(r.left() + s * 0.27, r.top() + s * 0.52) << QPointF(r.left() + s * 0.44, r.top() + s * 0.68)
             << QPointF(r.left() + s * 0.73, r.top() + s * 0.35);
        p->drawPolyline(tick);
        break;
    }
    case ObjectiveStatus::AtRisk: {
        QPolygonF tri;
        tri << QPointF(r.center().x(), r.top() + 0.5) << QPointF(r.right() - 0.5, r.bottom() - 0.5)
            << QPointF(r.left() + 0.5, r.bottom() - 0.5);
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawPolygon(tri);
        p->setPen(markPen);
        p->drawLine(QPointF(r.center().x(), r.top() + s * 0.38), QPointF(r.center().x(), r.top() + s * 0.66));
        p->drawPoint(QPointF(r.center().x(), r.top() + s * 0.82));
        break;
    }
    case ObjectiveStatus::Breached: {
        QPolygonF oct;
        for (int i = 0; i < 8; ++i) {
            const double a = (22.5 + 45.0 * i) * M_PI / 180.0;
            oct << QPointF(r.center().x() + std::cos(a) * s * 0.5, r.center().y() + std::sin(a) * s * 0.5);
        }
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawPolygon(oct);
        p->setPen(markPen);
        const double k = s * 0.22;
        p->drawLine(r.center() + QPointF(-k, -k), r.center() + QPointF(k, k));
        p->drawLine(r.center() + QPointF(-k, k), r.center() + QPointF(k, -k));
        break;
    }
    case ObjectiveStatus::NoData:
    case ObjectiveStatus::InsufficientData: {
        // Too few events is no figure either: the same ring, marked "n" (sample size); dotted
        // instead of dashed, so the two differ in shape as well as colour.
        QPen pen(c, std::max(1.2, s * 0.1), status == ObjectiveStatus::NoData ? Qt::DashLine : Qt::DotLine);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(r.adjusted(s * 0.08, s * 0.08, -s * 0.08, -s * 0.08));
        QFont f = p->font();
        f.setPixelSize(std::max(6, int(s * 0.6)));
        f.setBold(true);
        p->setFont(f);
        p->setPen(c);
        p->drawText(r, Qt::AlignCenter, status == ObjectiveStatus::NoData ? QStringLiteral("?") : QStringLiteral("n"));
        break;
    }
    }
    p->restore();
}

void paintStaleMark(QPainter *p, const QRectF &rect, const QPalette &palette)
{
    const double s = std::min(rect.width(), rect.height());
    const QRectF r(rect.center().x() - s / 2, rect.center().y() - s / 2, s, s);
    const QColor c = color(ObjectiveStatus::AtRisk, palette);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(c, std::max(1.2, s * 0.1)));
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(r.adjusted(1, 1, -1, -1));
    p->drawLine(r.center(), r.center() + QPointF(0, -s * 0.3));
    p->drawLine(r.center(), r.center() + QPointF(s * 0.22, s * 0.1));
    p->restore();
}

} // namespace Sla::Ui::StatusStyle
