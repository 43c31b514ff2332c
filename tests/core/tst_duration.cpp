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
        QTest::addRow("empty") << "" << "empty";
        QTest::addRow("no unit") << "30" << "unknown unit";
        QTest::addRow("unknown unit") << "30x" << "unknown unit";
        QTest::addRow("month is not a unit") << "1M" << "unknown unit";
        QTest::addRow("zero") << "0s" << "greater than zero";
        QTest::addRow("negative") << "-5m" << "expected a number";
        QTest::addRow("wrong order") << "5m1h" << "largest to smallest";
        QTest::addRow("repeated unit") << "1h1h" << "largest to smallest";
        QTest::addRow("fraction") << "1.5h" << "unknown unit";
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
