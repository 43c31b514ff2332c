// SPDX-License-Identifier: Apache-2.0
#include "chartpalette.h"

namespace Sla::Ui {

namespace {

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1.0 - share) + b.redF() * share),
                            float(a.greenF() * (1.0 - share) + b.greenF() * share),
                            float(a.blueF() * (1.0 - share) + b.blueF() * share));
}

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
    return p;
}

QColor ChartPalette::roleColor(SeriesRole role) const
{
    // Fixed hues per role; the dark variants are lighter so they keep their contrast.
    switch (role) {
    case SeriesRole::Sli:
        return dark ? QColor(0x64, 0xa8, 0xff) : QColor(0x1a, 0x5f, 0xc8);
    case SeriesRole::Target:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case SeriesRole::Budget:
        return dark ? QColor(0x4d, 0xd0, 0xc1) : QColor(0x00, 0x79, 0x6b);
    case SeriesRole::BurnRate:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe0, 0x6c, 0x00);
    case SeriesRole::Threshold:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    }
    return text;
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
