// SPDX-License-Identifier: Apache-2.0
#pragma once

// The backtest panel's timeline: one lane per variant over the backtest's range, its
// firing episodes as bars (pages darker than tickets and info) over the objective's
// breach periods (hatched). The pixel maths is TimelineScale, a plain struct; the widget
// only paints.

#include "core/alerting/backtestvariants.h"

#include <QWidget>

namespace Sla::Ui {

/// Times of [from, to] onto the pixels [left, left + width].
struct TimelineScale
{
    QDateTime from;
    QDateTime to;
    double left = 0;
    double width = 0;

    /// The x of `t`, clamped to the range; an invalid `t` (an open end) is the range's end.
    double x(const QDateTime &t) const;
};

class BacktestTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BacktestTimeline)

public:
    explicit BacktestTimeline(QWidget *parent = nullptr);

    void setData(const Core::Alerting::BacktestRange &range, const QList<Core::Alerting::BacktestVariant> &variants,
                 const QStringList &labels);
    int laneCount() const { return int(m_variants.size()); }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Core::Alerting::BacktestRange m_range;
    QList<Core::Alerting::BacktestVariant> m_variants;
    QStringList m_labels;
};

} // namespace Sla::Ui
