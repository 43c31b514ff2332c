// SPDX-License-Identifier: Apache-2.0
// The report's periods (months and quarters in a time zone, DST included), the calendar
// months of a period, the window the report evaluates, and the credit schedule lookup.
#include "core/report/reportbuilder.h"

#include <QTest>

using namespace Sla::Core;
using namespace Sla::Core::Report;

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
} // namespace

class TestReportPeriod : public QObject
{
    Q_OBJECT
private slots:
    void monthInUtc()
    {
        QString error;
        const std::optional<Period> p = parsePeriod(QStringLiteral("2025-06"), QTimeZone::utc(), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->from, utc("2025-06-01T00:00:00Z"));
        QCOMPARE(p->to, utc("2025-07-01T00:00:00Z"));
        QCOMPARE(p->label, QStringLiteral("2025-06"));
        QCOMPARE(p->calendar, std::optional(CalendarUnit::Month));
        QCOMPARE(p->lengthMs(), qint64(30) * Duration::Day);
    }

    void quarterInBerlinCrossesDst()
    {
        QString error;
        const std::optional<Period> p =
            parsePeriod(QStringLiteral("2025-Q1"), QTimeZone(QByteArrayLiteral("Europe/Berlin")), &error);
        QVERIFY(p);
        QCOMPARE(p->from, utc("2024-12-31T23:00:00Z"));
        QCOMPARE(p->to, utc("2025-03-31T22:00:00Z")); // CEST from 30 March: an hour shorter
        QCOMPARE(p->lengthMs(), qint64(90) * Duration::Day - Duration::Hour);
        QCOMPARE(p->label, QStringLiteral("2025-Q1"));
        const auto months = monthsIn(*p, QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.at(1).first, utc("2025-01-31T23:00:00Z"));
        QCOMPARE(months.at(2).second, p->to);
    }

    void badPeriods_data()
    {
        QTest::addColumn<QString>("spec");
        for (const char *s : {"2025-13", "2025-Q5", "2025", "June", "2025-6", ""})
            QTest::addRow("%s", s) << QString::fromLatin1(s);
    }
    void badPeriods()
    {
        QFETCH(QString, spec);
        QString error;
        QVERIFY(!parsePeriod(spec, QTimeZone::utc(), &error));
        QVERIFY(error.contains(QStringLiteral("is not a period")));
    }

    void monthsOfAnOpenRangeAreClipped()
    {
        const Period p = periodBetween(utc("2025-01-15T12:00:00Z"), utc("2025-03-02T00:00:00Z"), QTimeZone::utc());
        QVERIFY(!p.calendar);
        const auto months = monthsIn(p, QTimeZone::utc());
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.first().first, p.from);
        QCOMPARE(months.first().second, utc("2025-02-01T00:00:00Z"));
        QCOMPARE(months.last().first, utc("2025-03-01T00:00:00Z"));
        QCOMPARE(months.last().second, p.to);
    }

    void withWindowSetsEveryObjective()
    {
        Workspace ws;
        ::Sla::Core::Sla sla;
        sla.window = Window::rollingWindow(Duration::days(7));
        Objective a;
        a.name = QStringLiteral("a");
        Objective b;
        b.name = QStringLiteral("b");
        Window calendar;
        calendar.kind = Window::Kind::Calendar;
        b.window = calendar;
        sla.objectives = {a, b};
        ws.slas << sla;
        const Workspace out = withWindow(ws, 31 * Duration::Day);
        for (const Objective &o : out.slas.first().objectives) {
            QVERIFY(o.window);
            QCOMPARE(o.window->kind, Window::Kind::Rolling);
            QCOMPARE(o.window->rolling.ms, 31 * Duration::Day);
        }
    }

    void creditSchedule_data()
    {
        QTest::addColumn<double>("sli");
        QTest::addColumn<double>("target");
        QTest::addColumn<bool>("applies");
        QTest::addColumn<int>("row");
        QTest::addColumn<double>("credit");
        QTest::addRow("met") << 0.9996 << 0.9995 << false << -1 << 0.0;
        QTest::addRow("first row") << 0.9992 << 0.9995 << true << 0 << 0.10;
        QTest::addRow("second row") << 0.9985 << 0.9995 << true << 1 << 0.25;
        QTest::addRow("precision far below") << 0.9403 << 0.95 << true << 1 << 0.25;
        QTest::addRow("missed, above every row") << 0.9996 << 0.9999 << true << -1 << 0.0;
    }
    void creditSchedule()
    {
        QFETCH(double, sli);
        QFETCH(double, target);
        QFETCH(bool, applies);
        QFETCH(int, row);
        QFETCH(double, credit);
        Contract contract;
        contract.credits = {CreditTier{0.9995, 0.10}, CreditTier{0.999, 0.25}};
        const Credit c = creditFor(contract, sli, target);
        QCOMPARE(c.applies, applies);
        QCOMPARE(c.row, row);
        QCOMPARE(c.credit, credit);
        QCOMPARE(c.contractPeriod, QStringLiteral("month"));
    }
};

QTEST_GUILESS_MAIN(TestReportPeriod)
#include "tst_reportperiod.moc"
