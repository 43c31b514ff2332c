// SPDX-License-Identifier: Apache-2.0
#include "core/engine/windows.h"
#include "core/evaluation/enginetypes.h"

#include <QDateTime>
#include <QTest>

using namespace Sla::Core;

namespace {
constexpr qint64 H = 3600 * 1000LL;
constexpr qint64 D = 24 * H;

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}
} // namespace

class TestWindows : public QObject
{
    Q_OBJECT

private slots:
    void rolling_endsAtEvaluationTime();
    void calendarPeriod_data();
    void calendarPeriod();
    void calendarPeriod_invalidZone();
    void calendarToDate_cutsAtNow();
    void evaluationRange_fromDocumentWindow();
    void timeslices_fixedLength();
    void timeslices_localDaysAcrossDst_data();
    void timeslices_localDaysAcrossDst();
    void alignDown_data();
    void alignDown();
};

void TestWindows::rolling_endsAtEvaluationTime()
{
    const TimeRange r = Windows::rolling(10 * D, 7 * D);
    QCOMPARE(r.start, 3 * D);
    QCOMPARE(r.end, 10 * D);
    QCOMPARE(r.length(), 7 * D);
}

void TestWindows::calendarPeriod_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<Engine::CalendarUnit>("unit");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<qint64>("length");

    // March 2025 in Berlin: 1 Mar 00:00 CET (+01) = 28 Feb 23:00Z; 1 Apr 00:00 CEST (+02)
    // = 31 Mar 22:00Z; DST began 30 Mar, so 31 days - 1 h = 743 h.
    QTest::addRow("Berlin March (spring forward)")
        << QStringLiteral("Europe/Berlin") << Engine::CalendarUnit::Month << utc("2025-03-15T12:00:00Z")
        << utc("2025-02-28T23:00:00Z") << utc("2025-03-31T22:00:00Z") << 743 * H;
    // October 2025: 1 Oct 00:00 CEST = 30 Sep 22:00Z; 1 Nov 00:00 CET = 31 Oct 23:00Z;
    // DST ended 26 Oct: 31 days + 1 h = 745 h.
    QTest::addRow("Berlin October (fall back)")
        << QStringLiteral("Europe/Berlin") << Engine::CalendarUnit::Month << utc("2025-10-26T01:30:00Z")
        << utc("2025-09-30T22:00:00Z") << utc("2025-10-31T23:00:00Z") << 745 * H;
    // 28 Feb 23:30Z is already 1 Mar 00:30 in Berlin, so the period is March.
    QTest::addRow("Berlin local day differs from UTC day")
        << QStringLiteral("Europe/Berlin") << Engine::CalendarUnit::Month << utc("2025-02-28T23:30:00Z")
        << utc("2025-02-28T23:00:00Z") << utc("2025-03-31T22:00:00Z") << 743 * H;
    // The period start itself belongs to the period.
    QTest::addRow("exactly at start") << QStringLiteral("UTC") << Engine::CalendarUnit::Month
                                      << utc("2025-02-01T00:00:00Z") << utc("2025-02-01T00:00:00Z")
                                      << utc("2025-03-01T00:00:00Z") << 28 * D;
    // Sunday 30 Mar 2025 (the DST day) is in the week of Monday 24 Mar: Mon 24 Mar 00:00 CET
    // = 23 Mar 23:00Z to Mon 31 Mar 00:00 CEST = 30 Mar 22:00Z, 7 d - 1 h = 167 h.
    QTest::addRow("Berlin week with DST, on Sunday")
        << QStringLiteral("Europe/Berlin") << Engine::CalendarUnit::Week << utc("2025-03-30T12:00:00Z")
        << utc("2025-03-23T23:00:00Z") << utc("2025-03-30T22:00:00Z") << 167 * H;
    // Monday 3 Mar 2025 UTC starts its own week.
    QTest::addRow("UTC week on Monday") << QStringLiteral("UTC") << Engine::CalendarUnit::Week
                                        << utc("2025-03-03T00:00:00Z") << utc("2025-03-03T00:00:00Z")
                                        << utc("2025-03-10T00:00:00Z") << 7 * D;
    // Q2 2025 UTC: 1 Apr to 1 Jul, 30 + 31 + 30 = 91 days.
    QTest::addRow("UTC quarter") << QStringLiteral("UTC") << Engine::CalendarUnit::Quarter
                                 << utc("2025-05-10T08:00:00Z") << utc("2025-04-01T00:00:00Z")
                                 << utc("2025-07-01T00:00:00Z") << 91 * D;
    // Q1 2025 Berlin: 1 Jan 00:00 CET = 31 Dec 23:00Z to 1 Apr 00:00 CEST = 31 Mar 22:00Z:
    // 31 + 28 + 31 = 90 days - 1 h.
    QTest::addRow("Berlin quarter") << QStringLiteral("Europe/Berlin") << Engine::CalendarUnit::Quarter
                                    << utc("2025-01-01T10:00:00Z") << utc("2024-12-31T23:00:00Z")
                                    << utc("2025-03-31T22:00:00Z") << 90 * D - H;
    // New York: 1 Mar 00:00 EST (-05) = 05:00Z; 1 Apr 00:00 EDT (-04) = 04:00Z; DST 9 Mar.
    QTest::addRow("New York March") << QStringLiteral("America/New_York") << Engine::CalendarUnit::Month
                                    << utc("2025-03-20T00:00:00Z") << utc("2025-03-01T05:00:00Z")
                                    << utc("2025-04-01T04:00:00Z") << 31 * D - H;
}

void TestWindows::calendarPeriod()
{
    QFETCH(QString, zone);
    QFETCH(Engine::CalendarUnit, unit);
    QFETCH(qint64, at);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(qint64, length);

    const auto r = Windows::calendarPeriod(at, unit, Windows::zoneByName(zone));
    QVERIFY(r);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(r->start, QTimeZone::utc()),
             QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc()));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(r->end, QTimeZone::utc()),
             QDateTime::fromMSecsSinceEpoch(end, QTimeZone::utc()));
    QCOMPARE(r->length(), length);
}

void TestWindows::calendarPeriod_invalidZone()
{
    QVERIFY(
        !Windows::calendarPeriod(0, Engine::CalendarUnit::Month, QTimeZone(QByteArrayLiteral("Mars/Olympus_Mons"))));
}

void TestWindows::calendarToDate_cutsAtNow()
{
    const qint64 at = utc("2025-03-15T12:00:00Z");
    const auto r =
        Windows::calendarToDate(at, Engine::CalendarUnit::Month, Windows::zoneByName(QStringLiteral("Europe/Berlin")));
    QVERIFY(r);
    QCOMPARE(r->start, utc("2025-02-28T23:00:00Z"));
    QCOMPARE(r->end, at);
}

void TestWindows::evaluationRange_fromDocumentWindow()
{
    const qint64 at = utc("2025-03-15T12:00:00Z");
    const auto rolling = Windows::evaluationRange(toEngine(Window::rollingWindow(Duration::days(28))), at);
    QVERIFY(rolling);
    QCOMPARE(rolling->start, at - 28 * D);

    Window calendar;
    calendar.kind = Window::Kind::Calendar;
    calendar.calendar = Sla::Core::CalendarUnit::Week;
    calendar.timeZone = QStringLiteral("Europe/Berlin");
    const auto week = Windows::evaluationRange(toEngine(calendar), at); // Sat 15 Mar: week from Mon 10 Mar
    QVERIFY(week);
    QCOMPARE(week->start, utc("2025-03-09T23:00:00Z"));
    QCOMPARE(week->end, at);

    calendar.timeZone = QStringLiteral("No/Such_Zone");
    QVERIFY(!Windows::evaluationRange(toEngine(calendar), at));
}

void TestWindows::timeslices_fixedLength()
{
    // [0, 10 h] by 3 h: [0,3] [3,6] [6,9] and the cut last slice [9,10].
    const auto slices = Windows::timeslices({0, 10 * H}, 3 * H);
    QCOMPARE(slices.size(), std::size_t(4));
    QCOMPARE(slices[0], (TimeRange{0, 3 * H}));
    QCOMPARE(slices[2], (TimeRange{6 * H, 9 * H}));
    QCOMPARE(slices[3], (TimeRange{9 * H, 10 * H}));
    QVERIFY(Windows::timeslices({0, 0}, H).empty());
    QVERIFY(Windows::timeslices({0, H}, 0).empty());
}

void TestWindows::timeslices_localDaysAcrossDst_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("shortIndex"); // the slice that is not 24 h
    QTest::addColumn<qint64>("shortLength");

    // March 2025 in Berlin: 31 daily slices; 30 Mar (index 29) lasts 23 h.
    QTest::addRow("Berlin March") << QStringLiteral("Europe/Berlin") << utc("2025-02-28T23:00:00Z")
                                  << utc("2025-03-31T22:00:00Z") << 31 << 29 << 23 * H;
    // October 2025: 26 Oct (index 25) lasts 25 h.
    QTest::addRow("Berlin October") << QStringLiteral("Europe/Berlin") << utc("2025-09-30T22:00:00Z")
                                    << utc("2025-10-31T23:00:00Z") << 31 << 25 << 25 * H;
    // Sao Paulo, 2018: DST began at local midnight of 4 Nov (00:00 -> 01:00), so that day
    // starts at 01:00 -02 = 03:00Z, as 3 Nov did at 00:00 -03; 4 Nov runs to 5 Nov 00:00 -02
    // = 02:00Z: 23 h.
    QTest::addRow("Sao Paulo midnight gap") << QStringLiteral("America/Sao_Paulo") << utc("2018-11-03T03:00:00Z")
                                            << utc("2018-11-06T02:00:00Z") << 3 << 1 << 23 * H;
}

void TestWindows::timeslices_localDaysAcrossDst()
{
    QFETCH(QString, zone);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, count);
    QFETCH(int, shortIndex);
    QFETCH(qint64, shortLength);

    const auto slices = Windows::timeslices({from, to}, D, Windows::zoneByName(zone));
    QCOMPARE(int(slices.size()), count);
    qint64 total = 0;
    for (int i = 0; i < count; ++i) {
        QCOMPARE(slices[std::size_t(i)].length(), i == shortIndex ? shortLength : D);
        if (i > 0)
            QCOMPARE(slices[std::size_t(i)].start, slices[std::size_t(i) - 1].end);
        total += slices[std::size_t(i)].length();
    }
    QCOMPARE(total, to - from);
}

void TestWindows::alignDown_data()
{
    QTest::addColumn<qint64>("t");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<qint64>("expected");
    QTest::addRow("positive") << qint64(25) << qint64(10) << qint64(20);
    QTest::addRow("on grid") << qint64(30) << qint64(10) << qint64(30);
    QTest::addRow("negative") << qint64(-5) << qint64(10) << qint64(-10);
    QTest::addRow("no step") << qint64(7) << qint64(0) << qint64(7);
}

void TestWindows::alignDown()
{
    QFETCH(qint64, t);
    QFETCH(qint64, step);
    QFETCH(qint64, expected);
    QCOMPARE(Windows::alignDown(t, step), expected);
}

QTEST_GUILESS_MAIN(TestWindows)
#include "tst_windows.moc"
