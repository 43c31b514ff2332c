// SPDX-License-Identifier: Apache-2.0
#include "chartpainter.h"

#include <QLineF>
#include <QList>
#include <QPainter>

namespace Sla::Ui {

void ChartPainter::strokeRun(QPainter *painter, const QPolygonF &run, const QPen &pen)
{
    if (run.isEmpty())
        return;
    if (run.size() == 1) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.color());
        painter->drawEllipse(run.first(), pen.widthF(), pen.widthF());
        painter->setBrush(Qt::NoBrush);
        return;
    }
    if (pen.style() != Qt::SolidLine) {
        painter->setPen(pen);
        painter->drawPolyline(run);
        return;
    }
    QPen segmentPen = pen;
    segmentPen.setCapStyle(Qt::SquareCap);
    painter->setPen(segmentPen);
    QList<QLineF> lines;
    lines.reserve(run.size() - 1);
    for (qsizetype i = 1; i < run.size(); ++i)
        lines.append(QLineF(run.at(i - 1), run.at(i)));
    painter->drawLines(lines);
}

} // namespace Sla::Ui
