// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QPalette>
#include <QPen>

namespace Sla::Ui {

/// What a chart series shows; it picks the colour and, so that colour never carries the
/// meaning alone, the line style: reference lines are dashed and labelled.
enum class SeriesRole {
    Sli,       ///< the measured SLI: solid, thick
    SliStep,   ///< the SLI of each step under the SLI: solid, thin and lighter
    Target,    ///< the objective: dashed horizontal line with a label
    Budget,    ///< remaining error budget: solid line over a light area
    BurnRate,  ///< burn rate: solid, thinner
    Threshold, ///< an alert threshold: dash-dot line with a label
};

/// The fixed role colours plus the neutral colours taken from the widget palette, for
/// light and dark palettes alike. Shared by TimeChart, Sparkline and the PDF painter.
struct ChartPalette
{
    QColor background;  ///< the plot area
    QColor text;        ///< titles and legend
    QColor axisText;    ///< tick labels (a little softer than text)
    QColor axis;        ///< axis lines
    QColor grid;        ///< grid lines
    QColor breachFill;  ///< breach shading
    QColor breachHatch; ///< the hatch over breach shading (shape, not only colour)
    QColor crosshair;
    QColor correctedFill;    ///< correction periods: a neutral tint...
    QColor correctedEdge;    ///< ...with dashed edges
    QColor provisionalFill;  ///< the provisional period of a label delay: a light tint...
    QColor provisionalHatch; ///< ...hatched the other way than breaches
    bool dark = false;

    static ChartPalette fromPalette(const QPalette &palette);
    QColor roleColor(SeriesRole role) const;
    /// The pen for a role: width and dash pattern differ per role, not only the colour.
    QPen rolePen(SeriesRole role) const;
};

} // namespace Sla::Ui
