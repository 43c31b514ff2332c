// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPen>
#include <QPolygonF>

class QPainter;

namespace Sla::Ui {

/// Stroking shared by TimeChart and Sparkline.
struct ChartPainter
{
    /// Draws one gap-free run of points. Solid pens go through separate line segments:
    /// stroking a wide polyline builds one self-overlapping path (about 90 ms for 1,200
    /// noisy points on this machine), while wide antialiased lines with square caps take
    /// Qt's fast line path (about 1 ms). Dashed pens keep the polyline so the pattern runs
    /// on along the line. A single point is drawn as a dot.
    static void strokeRun(QPainter *painter, const QPolygonF &run, const QPen &pen);
};

} // namespace Sla::Ui
