// SPDX-License-Identifier: Apache-2.0
#include "chartpalette.h"

#include "themedcolor.h"

namespace Sla::Ui {

namespace {

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1.0 - share) + b.redF() * share),
                            float(a.greenF() * (1.0 - share) + b.greenF() * share),
                            float(a.blueF() * (1.0 - share) + b.blueF() * share));
}

// Fixed hues per role; the dark variants are lighter so they keep their contrast.
constexpr ThemedColor<SeriesRole> RoleColors[] = {
    {SeriesRole::Sli, 0x1a5fc8, 0x64a8ff},       {SeriesRole::Target, 0x2e7d32, 0x81c784},
    {SeriesRole::Budget, 0x00796b, 0x4dd0c1},    {SeriesRole::BurnRate, 0xe06c00, 0xffb74d},
    {SeriesRole::Threshold, 0xc62828, 0xef9a9a}, {SeriesRole::SliStep, 0x8db0e6, 0x3f6ea8},
};

} // namespace

ChartPalette ChartPalette::fromPalette(const QPalette &palette)
{
    ChartPalette p;
    p.background = palette.color(QPalette::Base);
    p.text = palette.color(QPalette::Text);
    p.dark = p.background.lightness() < 128;
    p.axisText = mix(p.background, p.text, 0.72);
    p.axis = mix(p.background, p.text, 0.45);
    p.grid = mix(p.background, p.text, p.dark ? 0.16 : 0.11);
    p.crosshair = mix(p.background, p.text, 0.6);
    p.breachFill = p.dark ? QColor(239, 83, 80, 46) : QColor(229, 57, 53, 30);
    p.breachHatch = p.dark ? QColor(239, 83, 80, 90) : QColor(198, 40, 40, 70);
    p.correctedFill = p.dark ? QColor(144, 164, 174, 48) : QColor(96, 125, 139, 34);
    p.correctedEdge = p.dark ? QColor(176, 190, 197, 170) : QColor(84, 110, 122, 150);
    p.provisionalFill = p.dark ? QColor(189, 189, 189, 22) : QColor(117, 117, 117, 16);
    p.provisionalHatch = p.dark ? QColor(200, 200, 200, 95) : QColor(97, 97, 97, 85);
    return p;
}

QColor ChartPalette::roleColor(SeriesRole role) const
{
    return themedColor(RoleColors, role, dark).value_or(text);
}

QPen ChartPalette::rolePen(SeriesRole role) const
{
    QPen pen(roleColor(role));
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    switch (role) {
    case SeriesRole::Sli:
        pen.setWidthF(2.0);
        break;
    case SeriesRole::SliStep:
        pen.setWidthF(1.0);
        break;
    case SeriesRole::Budget:
        pen.setWidthF(2.0);
        break;
    case SeriesRole::BurnRate:
        pen.setWidthF(1.6);
        break;
    case SeriesRole::Target:
        pen.setWidthF(1.5);
        pen.setDashPattern({6.0, 4.0});
        break;
    case SeriesRole::Threshold:
        pen.setWidthF(1.5);
        pen.setDashPattern({8.0, 3.0, 2.0, 3.0});
        break;
    }
    return pen;
}

} // namespace Sla::Ui
