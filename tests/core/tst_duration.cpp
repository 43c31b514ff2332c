// SPDX-License-Identifier: Apache-2.0
#include "core/document/duration.h"

#include <QTest>

using namespace Sla::Core;

class TestDuration : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("canonical");
        QTest::addRow("days") << "30d" << qint64(30) * 86400000 << "30d";
        QTest::addRow("week is 7 days") << "1w" << qint64(7) * 86400000 << "7d";
        QTest::addRow("year is 365 days") << "1y" << qint64(365) * 86400000 << "365d";
        QTest::addRow("compound") << "1h30m" << qint64(5400000) << "1h30m";
        QTest::addRow("minutes normalise") << "90m" << qint64(5400000) << "1h30m";
        QTest::addRow("milliseconds") << "500ms" << qint64(500) << "500ms";
        QTest::addRow("seconds and ms") << "1s250ms" << qint64(1250) << "1s250ms";
        QTest::addRow("five minutes") << "5m" << qint64(300000) << "5m";
        QTest::addRow("surrounding spaces") << " 2h " << qint64(7200000) << "2h";
        QTest::addRow("the longest: 100y") << "100y" << qint64(36500) * 86400000 << "36500d";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QFETCH(QString, canonical);
        QString error;
        const auto d = Duration::parse(text, &error);
        QVERIFY2(d.has_value(), qPrintable(error));
        QCOMPARE(d->ms, ms);
        QCOMPARE(d->toString(), canonical);
        QCOMPARE(Duration::parse(d->toString())->ms, ms);
    }

    void reject_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::addRow("empty") << ""
                               << "empty";
        QTest::addRow("no unit") << "30"
                                 << "unknown unit";
        QTest::addRow("unknown unit") << "30x"
                                      << "unknown unit";
        QTest::addRow("month is not a unit") << "1M"
                                             << "unknown unit";
        QTest::addRow("zero") << "0s"
                              << "greater than zero";
        QTest::addRow("negative") << "-5m"
                                  << "expected a number";
        QTest::addRow("wrong order") << "5m1h"
                                     << "largest to smallest";
        QTest::addRow("repeated unit") << "1h1h"
                                       << "largest to smallest";
        QTest::addRow("fraction") << "1.5h"
                                  << "unknown unit";
        // Issue 14 item 8: these were accepted (one wrapped around to 5496017665d9h34m8s384ms).
        QTest::addRow("600000000y overflows qint64 ms") << "600000000y"
                                                        << "number too large";
        QTest::addRow("qint64 max in ms") << "9223372036854775807ms"
                                          << "number too large";
        QTest::addRow("more digits than qint64") << "99999999999999999999s"
                                                 << "number too large";
        QTest::addRow("just over 100y") << "100y1ms"
                                        << "number too large";
        QTest::addRow("parts that sum over 100y") << "99y400d"
                                                  << "number too large";
    }
    void reject()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!Duration::parse(text, &error).has_value());
        QVERIFY2(error.contains(why), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
