// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/evaluation/evaluation.h"

#include <QColor>
#include <QPalette>
#include <QRectF>

class QPainter;

namespace Sla::Ui {

/// How a status looks. Colour never carries the meaning alone: every status has its own
/// shape (met: a disc with a tick, at risk: a triangle with "!", breached: an octagon with
/// a cross, no data: a hollow dashed circle with "?", insufficient data: a hollow dotted
/// circle with "n"), and the text is always next to it.
namespace StatusStyle {

/// The status colour, adjusted to light or dark palettes for contrast.
QColor color(Core::ObjectiveStatus status, const QPalette &palette);
/// A colour for the bar of a remaining error budget (the same hues as the statuses).
QColor budgetColor(double remaining, double atRisk, const QPalette &palette);
/// Paints the status shape into `rect` (a square is best).
void paintIcon(QPainter *painter, const QRectF &rect, Core::ObjectiveStatus status, const QPalette &palette);
/// Paints a small clock: the mark of stale figures.
void paintStaleMark(QPainter *painter, const QRectF &rect, const QPalette &palette);
bool isDark(const QPalette &palette);

} // namespace StatusStyle

} // namespace Sla::Ui
