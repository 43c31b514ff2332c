// SPDX-License-Identifier: Apache-2.0
#include "ui/charts/chartmath.h"

#include <QDateTime>
#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace Sla::Ui::ChartMath;

namespace {

constexpr double Nan = std::numeric_limits<double>::quiet_NaN();

qint64 iso(const QString &text)
{
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    Q_ASSERT(dt.isValid());
    return dt.toMSecsSinceEpoch();
}

QList<qint64> isoList(const QStringList &texts)
{
    QList<qint64> out;
    for (const QString &t : texts)
        out << iso(t);
    return out;
}

QStringList localStrings(const std::vector<qint64> &ticks, const QTimeZone &tz)
{
    QStringList out;
    for (const qint64 ms : ticks)
        out << QDateTime::fromMSecsSinceEpoch(ms, tz).toString(Qt::ISODate);
    return out;
}

std::vector<double> iota(size_t n, double start = 0.0, double step = 1.0)
{
    std::vector<double> t(n);
    for (size_t i = 0; i < n; ++i)
        t[i] = start + double(i) * step;
    return t;
}

QString dump(const std::vector<QPointF> &points)
{
    QStringList parts;
    for (const QPointF &p : points)
        parts << (isGap(p) ? QStringLiteral("(%1,gap)").arg(p.x()) : QStringLiteral("(%1,%2)").arg(p.x()).arg(p.y()));
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestChartMath : public QObject
{
    Q_OBJECT

private slots:
    void segmentHitsRect_clipsAgainstTheRectangle();
    void axisMap_roundTrips_data();
    void axisMap_roundTrips();
    void axisMap_degenerateRange_mapsToMiddle();
    void niceRange_widensToStep_data();
    void niceRange_widensToStep();
    void valueTicks_areMultiplesOfStep();
    void formatTick_usesStepDecimals_data();
    void formatTick_usesStepDecimals();
    void formatExact_trimsZeros_data();
    void formatExact_trimsZeros();
    void chooseTimeStep_picksSmallestFitting_data();
    void chooseTimeStep_picksSmallestFitting();
    void timeTicks_alignToLocalClock_data();
    void timeTicks_alignToLocalClock();
    void formatTimeTick_marksMidnight_data();
    void formatTimeTick_marksMidnight();
    void formatExactTime_namesZone();
    void lttb_keepsFirstAndLast_data();
    void lttb_keepsFirstAndLast();
    void lttb_picksKnownPeak();
    void lttb_handComputedExample();
    void lttb_shortSeries_isUnchanged();
    void lttb_nanGaps_splitSegments();
    void lttb_onlyGaps_isEmpty();
    void lttb_manySegments_keepsEndpoints();
    void minMaxPerColumn_handComputedExample();
    void minMaxPerColumn_keepsExtremes();
    void bandPerColumn_handComputedEnvelope();
    void bandPerColumn_nanSplitsBand();
    void nearestIndex_skipsNan_data();
    void nearestIndex_skipsNan();
};

void TestChartMath::axisMap_roundTrips_data()
{
    QTest::addColumn<double>("d0");
    QTest::addColumn<double>("d1");
    QTest::addColumn<double>("p0");
    QTest::addColumn<double>("p1");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("pixel");
    QTest::addRow("unit") << 0.0 << 1.0 << 0.0 << 100.0 << 0.25 << 25.0;
    QTest::addRow("offset plot") << 0.0 << 10.0 << 50.0 << 1050.0 << 7.5 << 800.0;
    QTest::addRow("value axis inverted") << 0.998 << 1.0 << 380.0 << 20.0 << 0.999 << 200.0;
    QTest::addRow("outside range") << 0.0 << 10.0 << 0.0 << 100.0 << 12.0 << 120.0;
    // 30 days of epoch milliseconds onto 1200 px: the middle lands in the middle.
    QTest::addRow("epoch ms") << 1772323200000.0 << 1774915200000.0 << 60.0 << 1260.0 << 1773619200000.0 << 660.0;
}

void TestChartMath::axisMap_roundTrips()
{
    QFETCH(double, d0);
    QFETCH(double, d1);
    QFETCH(double, p0);
    QFETCH(double, p1);
    QFETCH(double, value);
    QFETCH(double, pixel);
    const AxisMap map{d0, d1, p0, p1};
    QVERIFY2(std::abs(map.toPixel(value) - pixel) < 1e-6, qPrintable(QString::number(map.toPixel(value), 'g', 12)));
    QVERIFY(std::abs(map.toData(map.toPixel(value)) - value) <= std::abs(value) * 1e-12 + 1e-12);
    QVERIFY(std::abs(map.toPixel(map.toData(pixel)) - pixel) < 1e-6);
}

void TestChartMath::axisMap_degenerateRange_mapsToMiddle()
{
    const AxisMap map{5.0, 5.0, 0.0, 200.0};
    QCOMPARE(map.toPixel(5.0), 100.0);
    QCOMPARE(map.toPixel(-3.0), 100.0);
    QCOMPARE(map.pixelsPerUnit(), 0.0);
}

void TestChartMath::niceRange_widensToStep_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<double>("niceMin");
    QTest::addColumn<double>("niceMax");
    QTest::addColumn<double>("step");
    QTest::addRow("unit interval") << 0.0 << 1.0 << 5 << 0.0 << 1.0 << 0.2;
    QTest::addRow("availability") << 0.9981 << 0.9999 << 5 << 0.998 << 1.0 << 0.0005;
    QTest::addRow("percent-ish") << 3.0 << 97.0 << 5 << 0.0 << 100.0 << 20.0;
    QTest::addRow("negative, step grows") << -1.3 << 2.7 << 4 << -2.0 << 4.0 << 2.0;
    QTest::addRow("burn rate") << 0.0 << 14.4 << 6 << 0.0 << 15.0 << 5.0;
    QTest::addRow("flat value") << 5.0 << 5.0 << 5 << 4.95 << 5.05 << 0.05;
    QTest::addRow("flat zero") << 0.0 << 0.0 << 5 << -1.0 << 1.0 << 0.5;
    QTest::addRow("reversed") << 10.0 << 0.0 << 5 << 0.0 << 10.0 << 2.0;
}

void TestChartMath::niceRange_widensToStep()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, maxTicks);
    QFETCH(double, niceMin);
    QFETCH(double, niceMax);
    QFETCH(double, step);
    const NiceRange r = niceRange(min, max, maxTicks);
    const QString got = QStringLiteral("[%1, %2] step %3").arg(r.min, 0, 'g', 12).arg(r.max, 0, 'g', 12).arg(r.step);
    QVERIFY2(std::abs(r.min - niceMin) < 1e-9 && std::abs(r.max - niceMax) < 1e-9, qPrintable(got));
    QVERIFY2(std::abs(r.step - step) < 1e-12, qPrintable(got));
    QVERIFY(r.min <= std::min(min, max) && r.max >= std::max(min, max));
    QVERIFY(std::round((r.max - r.min) / r.step) <= maxTicks);
}

void TestChartMath::valueTicks_areMultiplesOfStep()
{
    const std::vector<double> ticks = valueTicks(0.998, 1.0, 0.0005);
    QCOMPARE(ticks.size(), size_t(5));
    QVERIFY(std::abs(ticks.front() - 0.998) < 1e-12);
    QVERIFY(std::abs(ticks.back() - 1.0) < 1e-12);
    const std::vector<double> around = valueTicks(-0.3, 0.45, 0.1);
    QCOMPARE(around.size(), size_t(8));
    QCOMPARE(around[3], 0.0); // exactly zero, not 5.55e-17
    QVERIFY(valueTicks(1.0, 0.0, 0.1).empty());
    QVERIFY(valueTicks(0.0, 1.0, 0.0).empty());
}

void TestChartMath::formatTick_usesStepDecimals_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("text");
    QTest::addRow("availability") << 0.9995 << 0.0005 << int(ValueUnit::Percent) << QStringLiteral("99.95 %");
    QTest::addRow("whole percent") << 0.5 << 0.2 << int(ValueUnit::Percent) << QStringLiteral("50 %");
    QTest::addRow("burn factor") << 15.0 << 5.0 << int(ValueUnit::Factor) << QStringLiteral("15\u00d7");
    QTest::addRow("tenths") << 0.2 << 0.2 << int(ValueUnit::Plain) << QStringLiteral("0.2");
    QTest::addRow("no minus zero") << -1e-12 << 0.5 << int(ValueUnit::Plain) << QStringLiteral("0.0");
    QTest::addRow("thousands") << 1500.0 << 500.0 << int(ValueUnit::Plain) << QStringLiteral("1500");
}

void TestChartMath::formatTick_usesStepDecimals()
{
    QFETCH(double, value);
    QFETCH(double, step);
    QFETCH(int, unit);
    QFETCH(QString, text);
    QCOMPARE(formatTick(value, step, ValueUnit(unit)), text);
}

void TestChartMath::formatExact_trimsZeros_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("text");
    QTest::addRow("sli") << 0.9995341 << int(ValueUnit::Percent) << QStringLiteral("99.9534 %");
    QTest::addRow("burn") << 14.4 << int(ValueUnit::Factor) << QStringLiteral("14.4\u00d7");
    QTest::addRow("half") << 0.5 << int(ValueUnit::Plain) << QStringLiteral("0.5");
    QTest::addRow("large") << 1234567.0 << int(ValueUnit::Plain) << QStringLiteral("1234567");
    QTest::addRow("zero") << 0.0 << int(ValueUnit::Percent) << QStringLiteral("0 %");
    QTest::addRow("negative budget") << -0.125 << int(ValueUnit::Percent) << QStringLiteral("-12.5 %");
    QTest::addRow("nan") << Nan << int(ValueUnit::Plain) << QStringLiteral("\u2013");
}

void TestChartMath::formatExact_trimsZeros()
{
    QFETCH(double, value);
    QFETCH(int, unit);
    QFETCH(QString, text);
    QCOMPARE(formatExact(value, ValueUnit(unit)), text);
}

void TestChartMath::chooseTimeStep_picksSmallestFitting_data()
{
    QTest::addColumn<qint64>("spanMs");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("count");
    constexpr qint64 min = 60 * 1000;
    constexpr qint64 hour = 60 * min;
    constexpr qint64 day = 24 * hour;
    QTest::addRow("half hour") << 30 * min << 6 << int(TimeUnit::Minute) << 5;
    QTest::addRow("three minutes") << 3 * min << 10 << int(TimeUnit::Minute) << 1;
    QTest::addRow("one day") << day << 8 << int(TimeUnit::Hour) << 3;
    QTest::addRow("six hours, dense") << 6 * hour << 24 << int(TimeUnit::Minute) << 15;
    QTest::addRow("one week") << 7 * day << 8 << int(TimeUnit::Day) << 1;
    QTest::addRow("thirty days") << 30 * day << 8 << int(TimeUnit::Week) << 1;
    QTest::addRow("thirty days, wide") << 30 * day << 16 << int(TimeUnit::Day) << 2;
    QTest::addRow("ninety days") << 90 * day << 8 << int(TimeUnit::Week) << 2;
    QTest::addRow("a year in four ticks") << 365 * day << 4 << int(TimeUnit::Week) << 16;
}

void TestChartMath::chooseTimeStep_picksSmallestFitting()
{
    QFETCH(qint64, spanMs);
    QFETCH(int, maxTicks);
    QFETCH(int, unit);
    QFETCH(int, count);
    const TimeStep step = chooseTimeStep(spanMs, maxTicks);
    QCOMPARE(int(step.unit), unit);
    QCOMPARE(step.count, count);
    QVERIFY(spanMs <= step.nominalMs() * maxTicks);
}

void TestChartMath::timeTicks_alignToLocalClock_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("ticks");
    const auto hour = int(TimeUnit::Hour);
    QTest::addRow("utc, 2 h, start off grid")
        << QByteArray("UTC") << QStringLiteral("2026-03-01T00:30:00Z") << QStringLiteral("2026-03-01T06:00:00Z") << hour
        << 2
        << QStringList{QStringLiteral("2026-03-01T02:00:00Z"), QStringLiteral("2026-03-01T04:00:00Z"),
                       QStringLiteral("2026-03-01T06:00:00Z")};
    // The 23-hour day: 6-hour ticks stay on the wall clock (00:00 to 06:00 is 5 real hours).
    QTest::addRow("berlin spring, 6 h") << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-29T00:00:00+01:00")
                                        << QStringLiteral("2026-03-30T00:00:00+02:00") << hour << 6
                                        << QStringList{QStringLiteral("2026-03-29T00:00:00+01:00"),
                                                       QStringLiteral("2026-03-29T06:00:00+02:00"),
                                                       QStringLiteral("2026-03-29T12:00:00+02:00"),
                                                       QStringLiteral("2026-03-29T18:00:00+02:00"),
                                                       QStringLiteral("2026-03-30T00:00:00+02:00")};
    // 02:00 does not exist that night.
    QTest::addRow("berlin spring, 1 h") << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-29T00:00:00+01:00")
                                        << QStringLiteral("2026-03-29T05:00:00+02:00") << hour << 1
                                        << QStringList{QStringLiteral("2026-03-29T00:00:00+01:00"),
                                                       QStringLiteral("2026-03-29T01:00:00+01:00"),
                                                       QStringLiteral("2026-03-29T03:00:00+02:00"),
                                                       QStringLiteral("2026-03-29T04:00:00+02:00"),
                                                       QStringLiteral("2026-03-29T05:00:00+02:00")};
    // 02:00 happens twice: both instants get a tick.
    QTest::addRow("berlin autumn, 1 h") << QByteArray("Europe/Berlin") << QStringLiteral("2026-10-25T00:00:00+02:00")
                                        << QStringLiteral("2026-10-25T04:00:00+01:00") << hour << 1
                                        << QStringList{QStringLiteral("2026-10-25T00:00:00+02:00"),
                                                       QStringLiteral("2026-10-25T01:00:00+02:00"),
                                                       QStringLiteral("2026-10-25T02:00:00+02:00"),
                                                       QStringLiteral("2026-10-25T02:00:00+01:00"),
                                                       QStringLiteral("2026-10-25T03:00:00+01:00"),
                                                       QStringLiteral("2026-10-25T04:00:00+01:00")};
    QTest::addRow("berlin autumn, 6 h") << QByteArray("Europe/Berlin") << QStringLiteral("2026-10-25T00:00:00+02:00")
                                        << QStringLiteral("2026-10-26T00:00:00+01:00") << hour << 6
                                        << QStringList{QStringLiteral("2026-10-25T00:00:00+02:00"),
                                                       QStringLiteral("2026-10-25T06:00:00+01:00"),
                                                       QStringLiteral("2026-10-25T12:00:00+01:00"),
                                                       QStringLiteral("2026-10-25T18:00:00+01:00"),
                                                       QStringLiteral("2026-10-26T00:00:00+01:00")};
    QTest::addRow("berlin days across spring")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-27T12:00:00+01:00")
        << QStringLiteral("2026-03-31T00:00:00+02:00") << int(TimeUnit::Day) << 1
        << QStringList{QStringLiteral("2026-03-28T00:00:00+01:00"), QStringLiteral("2026-03-29T00:00:00+01:00"),
                       QStringLiteral("2026-03-30T00:00:00+02:00"), QStringLiteral("2026-03-31T00:00:00+02:00")};
    QTest::addRow("berlin weeks on mondays")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-01T00:00:00+01:00")
        << QStringLiteral("2026-03-31T00:00:00+02:00") << int(TimeUnit::Week) << 1
        << QStringList{QStringLiteral("2026-03-02T00:00:00+01:00"), QStringLiteral("2026-03-09T00:00:00+01:00"),
                       QStringLiteral("2026-03-16T00:00:00+01:00"), QStringLiteral("2026-03-23T00:00:00+01:00"),
                       QStringLiteral("2026-03-30T00:00:00+02:00")};
    // A half-hour offset: quarter hours follow the local clock, not UTC.
    QTest::addRow("kolkata, 15 min") << QByteArray("Asia/Kolkata") << QStringLiteral("2026-03-01T00:05:00+05:30")
                                     << QStringLiteral("2026-03-01T01:00:00+05:30") << int(TimeUnit::Minute) << 15
                                     << QStringList{QStringLiteral("2026-03-01T00:15:00+05:30"),
                                                    QStringLiteral("2026-03-01T00:30:00+05:30"),
                                                    QStringLiteral("2026-03-01T00:45:00+05:30"),
                                                    QStringLiteral("2026-03-01T01:00:00+05:30")};
    QTest::addRow("empty range") << QByteArray("UTC") << QStringLiteral("2026-03-01T00:10:00Z")
                                 << QStringLiteral("2026-03-01T00:50:00Z") << hour << 1 << QStringList{};
}

void TestChartMath::timeTicks_alignToLocalClock()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, unit);
    QFETCH(int, count);
    QFETCH(QStringList, ticks);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    const std::vector<qint64> got = timeTicks(iso(from), iso(to), TimeStep{TimeUnit(unit), count}, tz);
    const QList<qint64> gotList(got.begin(), got.end());
    if (gotList != isoList(ticks))
        qWarning() << "got" << localStrings(got, tz);
    QCOMPARE(gotList, isoList(ticks));
}

void TestChartMath::formatTimeTick_marksMidnight_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("text");
    QTest::addRow("hour tick") << QStringLiteral("2026-03-29T06:00:00+02:00") << int(TimeUnit::Hour)
                               << QStringLiteral("06:00");
    QTest::addRow("midnight shows the date")
        << QStringLiteral("2026-03-29T00:00:00+01:00") << int(TimeUnit::Hour) << QStringLiteral("29 Mar");
    QTest::addRow("minute tick") << QStringLiteral("2026-10-25T02:45:00+01:00") << int(TimeUnit::Minute)
                                 << QStringLiteral("02:45");
    QTest::addRow("day tick") << QStringLiteral("2026-03-30T00:00:00+02:00") << int(TimeUnit::Day)
                              << QStringLiteral("30 Mar");
}

void TestChartMath::formatTimeTick_marksMidnight()
{
    QFETCH(QString, at);
    QFETCH(int, unit);
    QFETCH(QString, text);
    const QTimeZone berlin("Europe/Berlin");
    QCOMPARE(formatTimeTick(iso(at), TimeStep{TimeUnit(unit), 1}, berlin), text);
}

void TestChartMath::formatExactTime_namesZone()
{
    QCOMPARE(formatExactTime(iso(QStringLiteral("2026-03-01T12:34:56Z")), QTimeZone::utc()),
             QStringLiteral("2026-03-01 12:34:56 UTC"));
    QCOMPARE(formatExactTime(iso(QStringLiteral("2026-07-01T10:00:00Z")), QTimeZone("Europe/Berlin")),
             QStringLiteral("2026-07-01 12:00:00 CEST"));
}

void TestChartMath::lttb_keepsFirstAndLast_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("threshold");
    QTest::addRow("month of minutes to 1200") << 43201 << 1200;
    QTest::addRow("to three") << 1000 << 3;
    QTest::addRow("to two") << 1000 << 2;
    QTest::addRow("uneven buckets") << 1001 << 97;
    QTest::addRow("one short") << 50 << 49;
}

void TestChartMath::lttb_keepsFirstAndLast()
{
    QFETCH(int, n);
    QFETCH(int, threshold);
    const std::vector<double> t = iota(size_t(n), 1772323200000.0, 60000.0);
    std::vector<double> v(static_cast<size_t>(n));
    for (size_t i = 0; i < v.size(); ++i)
        v[i] = 0.999 + 0.0005 * std::sin(double(i) / 97.0) + 0.0001 * std::sin(double(i) * 1.7);
    const std::vector<QPointF> out = lttb(t.data(), v.data(), t.size(), size_t(threshold));
    QCOMPARE(out.size(), size_t(threshold));
    QCOMPARE(out.front(), QPointF(t.front(), v.front()));
    QCOMPARE(out.back(), QPointF(t.back(), v.back()));
    for (size_t i = 1; i < out.size(); ++i)
        QVERIFY(out[i].x() > out[i - 1].x());
}

void TestChartMath::lttb_picksKnownPeak()
{
    const size_t n = 10000;
    const std::vector<double> t = iota(n);
    std::vector<double> v(n, 1.0);
    v[4321] = 50.0;  // a spike
    v[7777] = -20.0; // and a dip
    const std::vector<QPointF> out = lttb(t.data(), v.data(), n, 100);
    QVERIFY(out.size() <= 100);
    QVERIFY(std::find(out.begin(), out.end(), QPointF(4321.0, 50.0)) != out.end());
    QVERIFY(std::find(out.begin(), out.end(), QPointF(7777.0, -20.0)) != out.end());
}

void TestChartMath::lttb_handComputedExample()
{
    // n = 7, threshold 4: buckets {1, 2} and {3, 4, 5}.
    // Bucket 1: a = (0, 0), c = mean of {3, 4, 5} = (4, 1/3); area ~ |-4 v + t / 3|:
    //   t=1 -> 3.67, t=2 -> 19.33: pick (2, 5).
    // Bucket 2: a = (2, 5), c = (6, 0); area = |-4 (v - 5) + 5 (2 - t)|:
    //   t=3 -> 7, t=4 -> 2, t=5 -> 21: pick (5, -4).
    const std::vector<double> t = iota(7);
    const std::vector<double> v{0, 1, 5, 2, 3, -4, 0};
    const std::vector<QPointF> out = lttb(t.data(), v.data(), t.size(), 4);
    QCOMPARE(dump(out), QStringLiteral("(0,0) (2,5) (5,-4) (6,0)"));
}

void TestChartMath::lttb_shortSeries_isUnchanged()
{
    const std::vector<double> t = iota(5);
    const std::vector<double> v{3, 1, 4, 1, 5};
    QCOMPARE(dump(lttb(t.data(), v.data(), 5, 10)), QStringLiteral("(0,3) (1,1) (2,4) (3,1) (4,5)"));
    QCOMPARE(dump(lttb(t.data(), v.data(), 5, 5)), QStringLiteral("(0,3) (1,1) (2,4) (3,1) (4,5)"));
    QVERIFY(lttb(t.data(), v.data(), 0, 10).empty());
    QVERIFY(lttb(t.data(), v.data(), 5, 0).empty());
}

void TestChartMath::lttb_nanGaps_splitSegments()
{
    const size_t n = 1000;
    const std::vector<double> t = iota(n);
    std::vector<double> v(n);
    for (size_t i = 0; i < n; ++i)
        v[i] = std::sin(double(i) / 20.0);
    for (size_t i = 0; i < 5; ++i)
        v[i] = Nan; // leading gap: no marker
    for (size_t i = 400; i < 410; ++i)
        v[i] = Nan;
    v[999] = Nan; // trailing gap: no marker
    const std::vector<QPointF> out = lttb(t.data(), v.data(), n, 100);
    QVERIFY(out.size() <= 100);
    const auto gaps = std::count_if(out.begin(), out.end(), isGap);
    QCOMPARE(gaps, 1);
    const auto marker = std::find_if(out.begin(), out.end(), isGap);
    QCOMPARE(marker->x(), 400.0);
    // Each segment keeps its own first and last point, and nothing from inside the gap.
    QCOMPARE(out.front(), QPointF(5.0, v[5]));
    QCOMPARE(*(marker - 1), QPointF(399.0, v[399]));
    QCOMPARE(*(marker + 1), QPointF(410.0, v[410]));
    QCOMPARE(out.back(), QPointF(998.0, v[998]));
    for (const QPointF &p : out) {
        if (!isGap(p))
            QVERIFY(p.x() < 400.0 || p.x() >= 410.0);
    }
    // The budget is shared by length: 395 and 589 points -> about 40 and 59.
    const auto before = marker - out.begin();
    QVERIFY2(before >= 38 && before <= 42, qPrintable(QString::number(before)));
}

void TestChartMath::lttb_onlyGaps_isEmpty()
{
    const std::vector<double> t = iota(4);
    const std::vector<double> v(4, Nan);
    QVERIFY(lttb(t.data(), v.data(), 4, 10).empty());
}

void TestChartMath::lttb_manySegments_keepsEndpoints()
{
    // More segments than the threshold allows: every segment keeps its endpoints, and the
    // markers still separate them (documented overshoot).
    const std::vector<double> t = iota(9);
    const std::vector<double> v{1, Nan, 2, Nan, 3, Nan, 4, Nan, 5};
    QCOMPARE(dump(lttb(t.data(), v.data(), 9, 4)),
             QStringLiteral("(0,1) (1,gap) (2,2) (3,gap) (4,3) (5,gap) (6,4) (7,gap) (8,5)"));
}

void TestChartMath::bandPerColumn_handComputedEnvelope()
{
    // Ten samples at t = 0..9 over [0, 10) in 5 columns: two samples per column.
    const double t[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    const double low[] = {0.90, 0.92, 0.91, 0.89, 0.93, 0.93, 0.88, 0.90, 0.95, 0.94};
    const double high[] = {0.96, 0.97, 0.95, 0.98, 0.97, 0.99, 0.94, 0.96, 0.99, 0.98};
    const std::vector<BandPoint> band = bandPerColumn(t, low, high, 10, 0.0, 10.0, 5);
    QCOMPARE(band.size(), size_t(5));
    const double expected[][3] = {
        {0.5, 0.90, 0.97}, {2.5, 0.89, 0.98}, {4.5, 0.93, 0.99}, {6.5, 0.88, 0.96}, {8.5, 0.94, 0.99}};
    for (size_t i = 0; i < band.size(); ++i) {
        QCOMPARE(band[i].t, expected[i][0]);
        QCOMPARE(band[i].low, expected[i][1]);
        QCOMPARE(band[i].high, expected[i][2]);
    }
    // Outside [t0, t1]: dropped; no columns or no data: nothing.
    QCOMPARE(bandPerColumn(t, low, high, 10, 4.0, 5.0, 1).size(), size_t(1));
    QCOMPARE(bandPerColumn(t, low, high, 10, 0.0, 10.0, 0).size(), size_t(0));
    QCOMPARE(bandPerColumn(t, low, high, 0, 0.0, 10.0, 5).size(), size_t(0));
}

void TestChartMath::bandPerColumn_nanSplitsBand()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double t[] = {0, 1, 2, 3, 4, 5};
    const double low[] = {0.9, 0.9, nan, nan, 0.8, 0.8};
    const double high[] = {1.0, 1.0, 1.0, 1.0, 0.9, 0.9};
    const std::vector<BandPoint> band = bandPerColumn(t, low, high, 6, 0.0, 6.0, 6);
    // Two points, one gap marker, two points; a leading NaN gives no marker.
    QCOMPARE(band.size(), size_t(5));
    QVERIFY(std::isnan(band[2].low) && std::isnan(band[2].high));
    QCOMPARE(band[1].t, 1.0);
    QCOMPARE(band[3].t, 4.0);
    QCOMPARE(band[3].low, 0.8);
    const double lowLead[] = {nan, 0.9, 0.9, 0.9, 0.9, 0.9};
    const std::vector<BandPoint> lead = bandPerColumn(t, lowLead, high, 6, 0.0, 6.0, 6);
    QCOMPARE(lead.size(), size_t(5));
    QCOMPARE(lead.front().t, 1.0);
}

void TestChartMath::minMaxPerColumn_handComputedExample()
{
    // Two columns of width 4: {0..3} keeps its max (1, 5) then its min (3, 0); {4, 5}
    // is flat (4, 3); the NaN at 6 leaves a marker before (7, 4).
    const std::vector<double> t = iota(8);
    const std::vector<double> v{1, 5, 2, 0, 3, 3, Nan, 4};
    QCOMPARE(dump(minMaxPerColumn(t.data(), v.data(), 8, 0.0, 8.0, 2)),
             QStringLiteral("(1,5) (3,0) (4,3) (6,gap) (7,4)"));
}

void TestChartMath::minMaxPerColumn_keepsExtremes()
{
    const size_t n = 43201;
    const std::vector<double> t = iota(n);
    std::vector<double> v(n);
    for (size_t i = 0; i < n; ++i)
        v[i] = std::sin(double(i) / 300.0);
    v[12345] = 9.0;
    const std::vector<QPointF> out = minMaxPerColumn(t.data(), v.data(), n, 0.0, double(n), 600);
    QVERIFY(out.size() <= 1200);
    QVERIFY(out.size() >= 1000);
    QVERIFY(std::find(out.begin(), out.end(), QPointF(12345.0, 9.0)) != out.end());
}

void TestChartMath::nearestIndex_skipsNan_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<int>("index");
    QTest::addRow("exact") << 20.0 << 2;
    QTest::addRow("before all") << -5.0 << 0;
    QTest::addRow("after all") << 99.0 << 5;
    QTest::addRow("closer left") << 21.0 << 2;
    QTest::addRow("nan skipped to left") << 30.0 << 2;
    QTest::addRow("nan skipped to right") << 38.0 << 4;
}

void TestChartMath::nearestIndex_skipsNan()
{
    QFETCH(double, time);
    QFETCH(int, index);
    const std::vector<double> t{0, 10, 20, 30, 40, 50};
    const std::vector<double> v{1, 2, 3, Nan, 5, 6};
    QCOMPARE(int(nearestIndex(t.data(), v.data(), t.size(), time)), index);
}

// The labels of reference lines keep clear of the data lines: a segment that crosses,
// touches or lies inside a label's rectangle hits it; one that passes by does not.
void TestChartMath::segmentHitsRect_clipsAgainstTheRectangle()
{
    const QRectF r(10, 10, 20, 10);                   // x 10..30, y 10..20
    QVERIFY(segmentHitsRect({0, 15}, {40, 15}, r));   // straight through
    QVERIFY(segmentHitsRect({12, 12}, {14, 14}, r));  // inside
    QVERIFY(segmentHitsRect({0, 0}, {40, 30}, r));    // diagonal through
    QVERIFY(segmentHitsRect({30, 0}, {30, 40}, r));   // along the right edge
    QVERIFY(!segmentHitsRect({0, 5}, {40, 5}, r));    // above
    QVERIFY(!segmentHitsRect({0, 0}, {9, 40}, r));    // left of it
    QVERIFY(!segmentHitsRect({0, 30}, {15, 21}, r));  // ends just below
    QVERIFY(!segmentHitsRect({35, 15}, {35, 15}, r)); // a point outside
    QVERIFY(segmentHitsRect({20, 15}, {20, 15}, r));  // a point inside
}

QTEST_GUILESS_MAIN(TestChartMath)
#include "tst_chartmath.moc"
