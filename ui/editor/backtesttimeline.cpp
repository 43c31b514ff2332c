// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/backtesttimeline.h"

#include "ui/charts/chartpalette.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace Sla::Ui {

namespace {

constexpr int LaneHeight = 22;
constexpr int LabelWidth = 110;
constexpr int AxisHeight = 18;

QColor severityColor(Core::AlertSeverity s)
{
    switch (s) {
    case Core::AlertSeverity::Page:
        return QColor(0xc6, 0x28, 0x28);
    case Core::AlertSeverity::Ticket:
        return QColor(0xef, 0x8f, 0x00);
    default:
        return QColor(0x15, 0x65, 0xc0);
    }
}

} // namespace

double TimelineScale::x(const QDateTime &t) const
{
    const qint64 span = from.msecsTo(to);
    if (span <= 0)
        return left;
    const qint64 at = t.isValid() ? std::clamp<qint64>(from.msecsTo(t), 0, span) : span;
    return left + width * double(at) / double(span);
}

BacktestTimeline::BacktestTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("backtestTimeline"));
    setMinimumHeight(AxisHeight + LaneHeight);
}

void BacktestTimeline::setData(const Core::Alerting::BacktestRange &range,
                               const QList<Core::Alerting::BacktestVariant> &variants, const QStringList &labels)
{
    m_range = range;
    m_variants = variants;
    m_labels = labels;
    setMinimumHeight(AxisHeight + LaneHeight * int(std::max<qsizetype>(1, variants.size())));
    updateGeometry();
    update();
}

QSize BacktestTimeline::sizeHint() const
{
    return {600, AxisHeight + LaneHeight * int(std::max<qsizetype>(1, m_variants.size()))};
}

void BacktestTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const ChartPalette palette = ChartPalette::fromPalette(this->palette());
    p.fillRect(rect(), palette.background);
    const TimelineScale scale{m_range.from, m_range.to, double(LabelWidth), double(width() - LabelWidth - 8)};
    p.setPen(palette.axisText);
    const QLocale locale;
    p.drawText(QRectF(LabelWidth, 0, scale.width, AxisHeight), Qt::AlignLeft | Qt::AlignVCenter,
               locale.toString(m_range.from.toUTC(), QLocale::ShortFormat));
    p.drawText(QRectF(LabelWidth, 0, scale.width, AxisHeight), Qt::AlignRight | Qt::AlignVCenter,
               locale.toString(m_range.to.toUTC(), QLocale::ShortFormat));
    for (int lane = 0; lane < m_variants.size(); ++lane) {
        const Core::Alerting::BacktestVariant &v = m_variants.at(lane);
        const double top = AxisHeight + lane * LaneHeight;
        p.setPen(palette.text);
        p.drawText(QRectF(4, top, LabelWidth - 8, LaneHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   m_labels.value(lane, v.name));
        p.setPen(palette.grid);
        p.drawLine(QPointF(scale.left, top + LaneHeight - 1), QPointF(scale.left + scale.width, top + LaneHeight - 1));
        for (const Core::Alerting::BreachPeriod &b : v.summary.breaches) {
            const QRectF r(QPointF(scale.x(b.start), top + 2), QPointF(scale.x(b.end), top + LaneHeight - 2));
            p.fillRect(r, palette.breachFill);
            p.fillRect(r, QBrush(palette.breachHatch, Qt::BDiagPattern));
        }
        // Pages in the upper half of the lane, tickets and info in the lower: they overlap in time.
        const double mid = top + LaneHeight / 2.0;
        for (const Core::Alerting::Episode &e : v.episodes) {
            const double x0 = scale.x(e.start);
            const double x1 = std::max(x0 + 2, scale.x(e.end));
            const bool page = e.severity == Core::AlertSeverity::Page;
            const QRectF bar(QPointF(x0, page ? top + 3 : mid + 1), QPointF(x1, page ? mid - 1 : top + LaneHeight - 3));
            p.fillRect(bar, severityColor(e.severity));
        }
    }
}

} // namespace Sla::Ui
