// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QTimeZone>

#include <cstddef>
#include <vector>

namespace Sla::Ui {

/// The axis, tick and decimation maths behind TimeChart and Sparkline. Nothing here paints
/// or needs a QWidget, so it is tested on its own (tests/ui/tst_chartmath.cpp).
namespace ChartMath {

/// A linear map between a data interval [d0, d1] and a pixel interval [p0, p1]. The value
/// axis uses p0 = bottom and p1 = top, so pixels grow downwards as on screen. A degenerate
/// data interval maps every value to the middle of the pixel interval.
struct AxisMap
{
    double d0 = 0.0;
    double d1 = 1.0;
    double p0 = 0.0;
    double p1 = 1.0;

    double toPixel(double value) const;
    double toData(double pixel) const;
    double pixelsPerUnit() const;
};

/// A value range widened to whole multiples of a 1/2/5 × 10^k step.
struct NiceRange
{
    double min = 0.0;
    double max = 1.0;
    double step = 0.1;
};

/// The 1/2/5 × 10^k step that splits [min, max] into at most maxTicks intervals.
double niceStep(double min, double max, int maxTicks);
/// Widens [min, max] to multiples of niceStep(); an empty range is opened around its value.
NiceRange niceRange(double min, double max, int maxTicks);
/// The multiples of step inside [min, max] (with a tolerance for rounding), ascending.
std::vector<double> valueTicks(double min, double max, double step);

/// How values are written on axes and in tooltips.
enum class ValueUnit {
    Plain,   ///< the number as it is: 12.5
    Percent, ///< a ratio shown as a percentage: 0.9995 -> 99.95%
    Factor,  ///< a multiple, e.g. a burn rate: 14.4×
};

/// An axis label: as many decimals as the tick step needs (0.0005 steps on a Percent axis
/// give two decimals) and no more.
QString formatTick(double value, double step, ValueUnit unit, const QLocale &locale = QLocale::c());
/// A tooltip value: up to `significant` significant digits, trailing zeros dropped.
QString formatExact(double value, ValueUnit unit, const QLocale &locale = QLocale::c(), int significant = 6);
/// A value with at most `decimals` decimals (of the unit: 3 for a Percent gives 99.957%),
/// trailing zeros dropped; the detail pane writes each kind of figure with one count.
QString formatDecimals(double value, ValueUnit unit, int decimals, const QLocale &locale = QLocale::c());

/// The calendar unit of a time-axis step.
enum class TimeUnit { Minute, Hour, Day, Week };

struct TimeStep
{
    TimeUnit unit = TimeUnit::Hour;
    int count = 1;

    /// The nominal length in milliseconds (a day is 24 h here; real days may have 23 or 25).
    qint64 nominalMs() const;
    friend bool operator==(const TimeStep &, const TimeStep &) = default;
};

/// The smallest step out of 1/2/5/10/15/30 min, 1/2/3/6/12 h, 1/2 days, 1/2/4 weeks that
/// splits spanMs into at most maxTicks intervals. Spans beyond 4-week steps use multiples of 4 weeks.
TimeStep chooseTimeStep(qint64 spanMs, int maxTicks);

/// Tick instants (ms since the epoch) in [startMs, endMs] for `step`, aligned to the local
/// wall clock of `tz`: minute and hour ticks fall on multiples of the step counted from
/// local midnight, day ticks on local midnights (every other day for 2 days, counted from
/// the Julian day), week ticks on local Monday midnights. On a DST change the wall-clock
/// rule holds: a 6-hour step still ticks at 00/06/12/18 on a 23-hour day, a skipped hour
/// gets no tick, and a repeated hour gets a tick for each of its two instants.
std::vector<qint64> timeTicks(qint64 startMs, qint64 endMs, TimeStep step, const QTimeZone &tz);

/// A time-axis label: "HH:mm" for minute and hour steps, except at local midnight where
/// the date ("d MMM") marks the new day; "d MMM" for day and week steps.
QString formatTimeTick(qint64 ms, TimeStep step, const QTimeZone &tz, const QLocale &locale = QLocale::c());
/// A tooltip time: "yyyy-MM-dd HH:mm:ss" in tz, with the zone abbreviation.
QString formatExactTime(qint64 ms, const QTimeZone &tz);

/// Largest-Triangle-Three-Buckets decimation of the series (t[i], v[i]), t ascending.
/// Keeps the first and last finite point of every run between NaN values and picks, per
/// bucket, the point that spans the largest triangle with its neighbours, so peaks survive.
/// A NaN in v splits the series into segments; between two segments the result holds one
/// gap marker, a point whose y is NaN (x is the time of the first NaN), so a painter never
/// draws a line across a gap. The result (markers included) has at most `threshold` points
/// unless the series has so many segments that their first and last points alone exceed it:
/// then every segment is kept as its first and last point. Runs in O(n).
std::vector<QPointF> lttb(const double *t, const double *v, size_t n, size_t threshold);

/// Min/max decimation for comparison: the time range [t0, t1) is cut into `columns` equal
/// columns and each column keeps its minimum and its maximum point in time order (one
/// point when they coincide). NaN values split segments with the same gap marker as lttb().
/// Points outside [t0, t1) are dropped. O(n).
std::vector<QPointF> minMaxPerColumn(const double *t, const double *v, size_t n, double t0, double t1, int columns);

/// One column of a band: the lowest low and the highest high of its samples, at the middle
/// of their times. A gap marker has NaN bounds.
struct BandPoint
{
    double t = 0.0;
    double low = 0.0;
    double high = 0.0;
};

/// Decimates a band (e.g. a confidence interval) for drawing: the time range [t0, t1] is
/// cut into `columns` equal columns, and each keeps the envelope of its samples (lowest
/// low, highest high), so the band is never drawn narrower than the data. A sample with a
/// NaN bound splits the band with a gap marker, as in lttb(). Samples outside [t0, t1] are
/// dropped. O(n); at most `columns` points plus one gap marker per gap.
std::vector<BandPoint> bandPerColumn(const double *t, const double *low, const double *high, size_t n, double t0,
                                     double t1, int columns);

/// Whether the segment from a to b passes through (or touches) the rectangle r.
bool segmentHitsRect(const QPointF &a, const QPointF &b, const QRectF &r);

/// True for a gap marker produced by lttb() or minMaxPerColumn().
inline bool isGap(const QPointF &p)
{
    return p.y() != p.y();
}

/// The index of the sample whose time is nearest to `time` in the ascending array t,
/// skipping NaN values in v; n when there is none.
size_t nearestIndex(const double *t, const double *v, size_t n, double time);

} // namespace ChartMath
} // namespace Sla::Ui
