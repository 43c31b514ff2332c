// SPDX-License-Identifier: Apache-2.0
// The RRULE subset of corrections (issue 8): parse errors with their column, and hand-computed
// tables of occurrences (DST in Europe/Berlin, BYDAY lists and ordinals, BYMONTHDAY=-1,
// COUNT and UNTIL, INTERVAL).
#include "core/engine/recurrence.h"

#include <QDateTime>
#include <QTest>

using namespace Sla::Core;

namespace {
constexpr qint64 H = 3600 * 1000LL;

qint64 utc(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    Q_ASSERT(dt.isValid());
    return dt.toMSecsSinceEpoch();
}

QStringList isoList(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromLatin1(i);
    return out;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

/// The starts (UTC, ISO) of the occurrences of `rule` from `start` in `zone` overlapping
/// [from, to]; every occurrence must last `lengthMs`.
QStringList starts(const QString &start, qint64 lengthMs, const QString &rule, const char *zone, const QString &from,
                   const QString &to)
{
    Recurrence::ParseError why;
    const std::optional<Recurrence::Rule> r = Recurrence::parse(rule, &why);
    if (!r)
        return {QStringLiteral("parse error at %1: %2").arg(why.column).arg(why.message)};
    QStringList out;
    for (const TimeRange &t : Recurrence::occurrences(utc(start), lengthMs, r, QTimeZone(zone), {utc(from), utc(to)})) {
        if (t.length() != lengthMs)
            return {QStringLiteral("wrong length at %1").arg(iso(t.start))};
        out << iso(t.start);
    }
    return out;
}
} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT
    static void addColumns();
    static void checkExpansion();

private slots:
    void parse_fullRule();
    void parse_errorColumn_data();
    void parse_errorColumn();
    void expandAcrossDst_data();
    void expandAcrossDst() { checkExpansion(); }
    void expandByDayAndMonthDay_data();
    void expandByDayAndMonthDay() { checkExpansion(); }
    void expandCountUntilInterval_data();
    void expandCountUntilInterval() { checkExpansion(); }
    void noRule_firstOccurrenceOnly();
    void occurrenceReachingIntoWindow_isKept();
    void dailyOverOneYear_fromOldStart();
    void expansion_isBounded();
    void neverMatchingRule_ends();
};

void TestRecurrence::parse_fullRule()
{
    Recurrence::ParseError why;
    const auto r = Recurrence::parse(QStringLiteral("RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=MO,1TU,-1FR;BYMONTHDAY=-1,15;"
                                                    "UNTIL=20250630T000000Z"),
                                     &why);
    QVERIFY2(r, qPrintable(why.message));
    QVERIFY(r->frequency == Recurrence::Rule::Frequency::Monthly);
    QCOMPARE(r->interval, 2);
    QCOMPARE(r->byDay, QList<int>({1}));
    QCOMPARE(r->byOrdinalDay,
             QList<Recurrence::OrdinalDay>({Recurrence::OrdinalDay{1, 2}, Recurrence::OrdinalDay{-1, 5}}));
    QCOMPARE(r->byMonthDay, QList<int>({-1, 15}));
    QCOMPARE(r->until, std::optional<qint64>(utc(QStringLiteral("2025-06-30T00:00:00Z"))));
    QVERIFY(!r->count);
    const auto d = Recurrence::parse(QStringLiteral("FREQ=DAILY;COUNT=7;UNTIL=x"));
    QVERIFY(!d); // COUNT with a bad UNTIL
    const auto date = Recurrence::parse(QStringLiteral("freq=weekly;until=20250630"));
    QVERIFY(date);
    QCOMPARE(date->untilDate, std::optional<QDate>(QDate(2025, 6, 30)));
    QVERIFY(date->frequency == Recurrence::Rule::Frequency::Weekly);
}

void TestRecurrence::parse_errorColumn_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("yearly") << "FREQ=YEARLY" << 6 << "FREQ=YEARLY is not supported";
    QTest::newRow("bad weekday") << "FREQ=WEEKLY;BYDAY=MO,XX" << 22 << "BYDAY item 'XX' is no weekday";
    QTest::newRow("unsupported part") << "FREQ=DAILY;BYHOUR=3" << 12 << "BYHOUR is not supported";
    QTest::newRow("ordinal weekly") << "FREQ=WEEKLY;BYDAY=1MO" << 13 << "need FREQ=MONTHLY";
    QTest::newRow("ordinal range") << "FREQ=MONTHLY;BYDAY=6MO" << 20 << "the ordinal must be 1 to 5";
    QTest::newRow("count zero") << "FREQ=DAILY;COUNT=0" << 18 << "COUNT must be a whole number from 1 to 100000";
    QTest::newRow("interval big") << "FREQ=DAILY;INTERVAL=1001" << 21 << "INTERVAL must be a whole number";
    QTest::newRow("local until") << "FREQ=DAILY;UNTIL=20250630T000000" << 18 << "UNTIL must be a UTC time";
    QTest::newRow("count and until") << "FREQ=DAILY;COUNT=3;UNTIL=20250630" << 20 << "COUNT or UNTIL, not both";
    QTest::newRow("no freq") << "INTERVAL=2" << 1 << "needs FREQ";
    QTest::newRow("prefix kept in columns") << "RRULE:FREQ=MONTHLY;BYMONTHDAY=32" << 31 << "BYMONTHDAY item '32'";
    QTest::newRow("twice") << "FREQ=DAILY;FREQ=WEEKLY" << 12 << "FREQ is given twice";
    QTest::newRow("no value") << "FREQ=DAILY;WEEKLY" << 12 << "no NAME=VALUE part";
    QTest::newRow("monthday weekly") << "FREQ=WEEKLY;BYMONTHDAY=1" << 13 << "cannot be used with FREQ=WEEKLY";
    QTest::newRow("empty") << "" << 1 << "the rule is empty";
}

void TestRecurrence::parse_errorColumn()
{
    QFETCH(QString, rule);
    QFETCH(int, column);
    QFETCH(QString, message);
    Recurrence::ParseError why;
    QVERIFY(!Recurrence::parse(rule, &why));
    QVERIFY2(why.message.contains(message), qPrintable(why.message));
    QCOMPARE(why.column, column);
}

void TestRecurrence::addColumns()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");
}

void TestRecurrence::checkExpansion()
{
    QFETCH(QString, start);
    QFETCH(QString, rule);
    QFETCH(QString, zone);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);
    QCOMPARE(starts(start, H, rule, zone.toLatin1().constData(), from, to), expected);
}

void TestRecurrence::expandAcrossDst_data()
{
    addColumns();
    // Sundays 02:30 Europe/Berlin. 2025-03-30 skips 02:00-03:00 CET: 02:30 moves forward by
    // the gap to 03:30 CEST (01:30Z); a week later 02:30 CEST is 00:30Z.
    QTest::newRow("spring forward, in the gap")
        << "2025-03-16T01:30:00Z"
        << "FREQ=WEEKLY;BYDAY=SU"
        << "Europe/Berlin"
        << "2025-03-10T00:00:00Z"
        << "2025-04-10T00:00:00Z"
        << isoList({"2025-03-16T01:30:00Z", "2025-03-23T01:30:00Z", "2025-03-30T01:30:00Z", "2025-04-06T00:30:00Z"});
    // 10:00 local stays 10:00 local: 09:00Z in CET, 08:00Z in CEST.
    QTest::newRow("spring forward, outside the gap")
        << "2025-03-28T09:00:00Z"
        << "FREQ=DAILY"
        << "Europe/Berlin"
        << "2025-03-28T00:00:00Z"
        << "2025-04-01T00:00:00Z"
        << isoList({"2025-03-28T09:00:00Z", "2025-03-29T09:00:00Z", "2025-03-30T08:00:00Z", "2025-03-31T08:00:00Z"});
    // 2025-10-26 has 02:30 twice (CEST 00:30Z, then CET 01:30Z): the first is taken.
    QTest::newRow("fall back, repeated hour")
        << "2025-10-19T00:30:00Z"
        << "FREQ=WEEKLY"
        << "Europe/Berlin"
        << "2025-10-01T00:00:00Z"
        << "2025-11-05T00:00:00Z" << isoList({"2025-10-19T00:30:00Z", "2025-10-26T00:30:00Z", "2025-11-02T01:30:00Z"});
}

void TestRecurrence::expandByDayAndMonthDay_data()
{
    addColumns();
    QTest::newRow("BYDAY list") << "2025-06-02T10:00:00Z"
                                << "FREQ=WEEKLY;BYDAY=MO,WE,FR"
                                << "UTC"
                                << "2025-06-01T00:00:00Z"
                                << "2025-06-14T00:00:00Z"
                                << isoList({"2025-06-02T10:00:00Z", "2025-06-04T10:00:00Z", "2025-06-06T10:00:00Z",
                                            "2025-06-09T10:00:00Z", "2025-06-11T10:00:00Z", "2025-06-13T10:00:00Z"});
    // DTSTART (a Wednesday) is always the first occurrence; the Monday before it is not one.
    QTest::newRow("BYDAY, DTSTART off the list")
        << "2025-06-04T10:00:00Z"
        << "FREQ=WEEKLY;BYDAY=MO,FR"
        << "UTC"
        << "2025-06-01T00:00:00Z"
        << "2025-06-14T00:00:00Z"
        << isoList({"2025-06-04T10:00:00Z", "2025-06-06T10:00:00Z", "2025-06-09T10:00:00Z", "2025-06-13T10:00:00Z"});
    QTest::newRow("ordinal BYDAY") << "2025-01-06T09:00:00Z"
                                   << "FREQ=MONTHLY;BYDAY=1MO,-1FR"
                                   << "UTC"
                                   << "2025-01-01T00:00:00Z"
                                   << "2025-04-01T00:00:00Z"
                                   << isoList({"2025-01-06T09:00:00Z", "2025-01-31T09:00:00Z", "2025-02-03T09:00:00Z",
                                               "2025-02-28T09:00:00Z", "2025-03-03T09:00:00Z", "2025-03-28T09:00:00Z"});
    QTest::newRow("BYMONTHDAY=-1, leap year")
        << "2024-01-31T22:00:00Z"
        << "FREQ=MONTHLY;BYMONTHDAY=-1"
        << "UTC"
        << "2024-01-01T00:00:00Z"
        << "2024-05-01T00:00:00Z"
        << isoList({"2024-01-31T22:00:00Z", "2024-02-29T22:00:00Z", "2024-03-31T22:00:00Z", "2024-04-30T22:00:00Z"});
    QTest::newRow("day 31 skips short months")
        << "2025-01-31T08:00:00Z"
        << "FREQ=MONTHLY"
        << "UTC"
        << "2025-01-01T00:00:00Z"
        << "2025-06-15T00:00:00Z" << isoList({"2025-01-31T08:00:00Z", "2025-03-31T08:00:00Z", "2025-05-31T08:00:00Z"});
}

void TestRecurrence::expandCountUntilInterval_data()
{
    addColumns();
    // COUNT=5 counts Jun 1 and 2 although they are before the window.
    QTest::newRow("COUNT from DTSTART") << "2025-06-01T00:00:00Z"
                                        << "FREQ=DAILY;COUNT=5"
                                        << "UTC"
                                        << "2025-06-03T00:00:00Z"
                                        << "2025-06-30T00:00:00Z"
                                        << isoList({"2025-06-03T00:00:00Z", "2025-06-04T00:00:00Z",
                                                    "2025-06-05T00:00:00Z"});
    QTest::newRow("UNTIL inclusive") << "2025-06-01T10:00:00Z"
                                     << "FREQ=DAILY;UNTIL=20250603T100000Z"
                                     << "UTC"
                                     << "2025-05-01T00:00:00Z"
                                     << "2025-07-01T00:00:00Z"
                                     << isoList(
                                            {"2025-06-01T10:00:00Z", "2025-06-02T10:00:00Z", "2025-06-03T10:00:00Z"});
    // 00:30 Berlin is 22:30Z the day before: the date form of UNTIL is a local date.
    QTest::newRow("UNTIL date, local") << "2025-06-01T22:30:00Z"
                                       << "FREQ=DAILY;UNTIL=20250603"
                                       << "Europe/Berlin"
                                       << "2025-05-01T00:00:00Z"
                                       << "2025-07-01T00:00:00Z"
                                       << isoList({"2025-06-01T22:30:00Z", "2025-06-02T22:30:00Z"});
    QTest::newRow("INTERVAL=2 weekly") << "2025-06-03T12:00:00Z"
                                       << "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"
                                       << "UTC"
                                       << "2025-06-01T00:00:00Z"
                                       << "2025-07-04T00:00:00Z"
                                       << isoList({"2025-06-03T12:00:00Z", "2025-06-05T12:00:00Z",
                                                   "2025-06-17T12:00:00Z", "2025-06-19T12:00:00Z",
                                                   "2025-07-01T12:00:00Z", "2025-07-03T12:00:00Z"});
    QTest::newRow("INTERVAL=2 daily, window later")
        << "2025-01-01T06:00:00Z"
        << "FREQ=DAILY;INTERVAL=2"
        << "UTC"
        << "2025-03-01T00:00:00Z"
        << "2025-03-08T00:00:00Z" << isoList({"2025-03-02T06:00:00Z", "2025-03-04T06:00:00Z", "2025-03-06T06:00:00Z"});
    QTest::newRow("INTERVAL=2 monthly, day 31")
        << "2025-01-31T08:00:00Z"
        << "FREQ=MONTHLY;INTERVAL=2"
        << "UTC"
        << "2025-01-01T00:00:00Z"
        << "2025-12-31T00:00:00Z"
        << isoList({"2025-01-31T08:00:00Z", "2025-03-31T08:00:00Z", "2025-05-31T08:00:00Z", "2025-07-31T08:00:00Z"});
    QTest::newRow("DAILY with BYDAY") << "2025-06-06T07:00:00Z"
                                      << "FREQ=DAILY;BYDAY=SA,SU"
                                      << "UTC"
                                      << "2025-06-01T00:00:00Z"
                                      << "2025-06-16T00:00:00Z"
                                      << isoList({"2025-06-06T07:00:00Z", "2025-06-07T07:00:00Z",
                                                  "2025-06-08T07:00:00Z", "2025-06-14T07:00:00Z",
                                                  "2025-06-15T07:00:00Z"});
}

void TestRecurrence::noRule_firstOccurrenceOnly()
{
    const qint64 s = utc(QStringLiteral("2025-06-09T10:00:00Z"));
    const auto in = Recurrence::occurrences(s, 2 * H, std::nullopt, QTimeZone::utc(), {s - 10 * H, s + 10 * H});
    QCOMPARE(in.size(), std::size_t(1));
    QCOMPARE(in.front(), (TimeRange{s, s + 2 * H}));
    // Ends exactly where the window starts: no overlap.
    QVERIFY(Recurrence::occurrences(s, 2 * H, std::nullopt, QTimeZone::utc(), {s + 2 * H, s + 10 * H}).empty());
}

void TestRecurrence::occurrenceReachingIntoWindow_isKept()
{
    // Daily 23:00 for 2h: the occurrence of the day before the window reaches 1h into it,
    // and is returned unclipped.
    QCOMPARE(starts(QStringLiteral("2025-06-01T23:00:00Z"), 2 * H, QStringLiteral("FREQ=DAILY"), "UTC",
                    QStringLiteral("2025-06-05T00:00:00Z"), QStringLiteral("2025-06-06T00:00:00Z")),
             QStringList({QStringLiteral("2025-06-04T23:00:00Z"), QStringLiteral("2025-06-05T23:00:00Z")}));
}

void TestRecurrence::dailyOverOneYear_fromOldStart()
{
    // DTSTART ten years before a one-year window: every day of 2025, at 03:00 Berlin.
    const QStringList out =
        starts(QStringLiteral("2015-01-01T02:00:00Z"), H, QStringLiteral("FREQ=DAILY"), "Europe/Berlin",
               QStringLiteral("2025-01-01T00:00:00Z"), QStringLiteral("2026-01-01T00:00:00Z"));
    QCOMPARE(out.size(), 365);
    QCOMPARE(out.first(), QStringLiteral("2025-01-01T02:00:00Z"));
    QCOMPARE(out.at(89), QStringLiteral("2025-03-31T01:00:00Z")); // CEST from Mar 30
    QCOMPARE(out.last(), QStringLiteral("2025-12-31T02:00:00Z"));
}

void TestRecurrence::expansion_isBounded()
{
    // 700 years of a daily rule: at most MaxPeriods periods are visited.
    const QStringList out = starts(QStringLiteral("2000-01-01T00:00:00Z"), H, QStringLiteral("FREQ=DAILY"), "UTC",
                                   QStringLiteral("2000-01-01T00:00:00Z"), QStringLiteral("2700-01-01T00:00:00Z"));
    QCOMPARE(out.size(), Recurrence::MaxPeriods);
    QCOMPARE(out.last(), QStringLiteral("2547-07-31T00:00:00Z"));
}

void TestRecurrence::neverMatchingRule_ends()
{
    // A February start on day 30 every 12 months never matches again.
    QCOMPARE(starts(QStringLiteral("2025-02-28T00:00:00Z"), H, QStringLiteral("FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=30"),
                    "UTC", QStringLiteral("2025-01-01T00:00:00Z"), QStringLiteral("2125-01-01T00:00:00Z")),
             QStringList({QStringLiteral("2025-02-28T00:00:00Z")}));
}

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
