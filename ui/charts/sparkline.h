// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chartpalette.h"

#include <QWidget>

#include <limits>
#include <vector>

class QPainter;

namespace Sla::Ui {

/// A tiny trend line, e.g. a burn rate in a table row. Painter-only (no chart library):
/// delegates call the static paint() with their cell rectangle; the widget wraps the same
/// call. The data is decimated (LTTB) to the rectangle width, NaN gaps stay gaps, an
/// optional threshold is a dashed line, and the last point's marker changes shape when it
/// lies above the threshold (a triangle instead of a dot), so status never rests on colour.
class Sparkline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sparkline)

public:
    struct Options
    {
        SeriesRole role = SeriesRole::BurnRate;
        /// Drawn dashed when finite; also widens the value range so it is always visible.
        double threshold = std::numeric_limits<double>::quiet_NaN();
        /// Include zero in the value range (burn rates, budgets).
        bool fromZero = true;
    };

    explicit Sparkline(QWidget *parent = nullptr);
    ~Sparkline() override;

    void setData(std::vector<double> t, std::vector<double> v);
    void setOptions(const Options &options);
    /// The times of the data shown (ms since the epoch).
    const std::vector<double> &times() const { return m_t; }

    /// Paints into rect and returns how many points were drawn (gap markers excluded).
    static int paint(QPainter *painter, const QRectF &rect, const double *t, const double *v, size_t n,
                     const QPalette &palette, const Options &options);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<double> m_t;
    std::vector<double> m_v;
    Options m_options;
};

} // namespace Sla::Ui
