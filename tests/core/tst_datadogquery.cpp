// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/datadog/datadogquery.h"

#include <QTest>

using namespace Sla::Core;

class TestDatadogQuery : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("aggregator");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QStringList>("scope");
        QTest::addColumn<QStringList>("groupBy");
        QTest::addColumn<QString>("modifier");
        QTest::addRow("plain") << "trace.http.request.hits{service:web,env:prod}"
                               << ""
                               << "trace.http.request.hits"
                               << QStringList{QStringLiteral("service:web"), QStringLiteral("env:prod")}
                               << QStringList{} << "";
        QTest::addRow("no scope means *")
            << "system.cpu.idle"
            << ""
            << "system.cpu.idle" << QStringList{QStringLiteral("*")} << QStringList{} << "";
        QTest::addRow("aggregator, negation, by, as_count")
            << "sum:http.hits{!code:3xx} by {host,az}.as_count()"
            << "sum"
            << "http.hits" << QStringList{QStringLiteral("!code:3xx")}
            << QStringList{QStringLiteral("host"), QStringLiteral("az")} << "as_count";
        QTest::addRow("recorded spelling") << "avg:Test_TestMetrics_1618221195{bar:baz}by{host}"
                                           << "avg"
                                           << "Test_TestMetrics_1618221195" << QStringList{QStringLiteral("bar:baz")}
                                           << QStringList{QStringLiteral("host")} << "";
        QTest::addRow("as_rate") << "max:queue.depth{ service:q }.as_rate()"
                                 << "max"
                                 << "queue.depth" << QStringList{QStringLiteral("service:q")} << QStringList{}
                                 << "as_rate";
    }
    void parse()
    {
        QFETCH(QString, selector);
        QFETCH(QString, aggregator);
        QFETCH(QString, metric);
        QFETCH(QStringList, scope);
        QFETCH(QStringList, groupBy);
        QFETCH(QString, modifier);
        QString error;
        const auto parts = DatadogQuery::parse(selector, &error);
        QVERIFY2(parts, qPrintable(error));
        QCOMPARE(parts->aggregator, aggregator);
        QCOMPARE(parts->metric, metric);
        QCOMPARE(parts->scope, scope);
        QCOMPARE(parts->groupBy, groupBy);
        QCOMPARE(parts->modifier, modifier);
        // The canonical text reads back to the same parts.
        QCOMPARE(DatadogQuery::parse(DatadogQuery::toString(*parts)), parts);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("needle");
        QTest::addRow("empty") << "" << 0 << "expected a metric name";
        QTest::addRow("digit first") << "1abc{*}" << 0 << "expected a metric name";
        QTest::addRow("unclosed") << "http.hits{code:2xx" << 9 << "never closed";
        QTest::addRow("empty tag") << "http.hits{a:b,}" << 14 << "empty tag";
        QTest::addRow("rollup") << "http.hits{*}.rollup(sum,60)" << 12 << ".rollup() is not allowed";
        QTest::addRow("two modifiers") << "http.hits{*}.as_count().as_rate()" << 23 << "only one of";
        QTest::addRow("by without braces") << "http.hits{*} by host" << 16 << "expected '{' after 'by'";
        QTest::addRow("trailing junk") << "http.hits{*} + 1" << 13 << "unexpected '+'";
    }
    void parseErrors()
    {
        QFETCH(QString, selector);
        QFETCH(int, column);
        QFETCH(QString, needle);
        QString error;
        int at = -1;
        QVERIFY(!DatadogQuery::parse(selector, &error, &at));
        QVERIFY2(error.contains(needle), qPrintable(error));
        QCOMPARE(at, column);
    }

    void countQuery_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("query");
        QTest::addRow("wraps") << "trace.http.request.hits{service:web}"
                               << "sum:trace.http.request.hits{service:web}.as_count()";
        QTest::addRow("already counted") << "sum:http.hits{code:2xx}.as_count()"
                                         << "sum:http.hits{code:2xx}.as_count()";
        QTest::addRow("no scope") << "jobs.ok"
                                  << "sum:jobs.ok{*}.as_count()";
        QTest::addRow("grouped") << "http.hits{env:prod} by {host}"
                                 << "sum:http.hits{env:prod} by {host}.as_count()";
    }
    void countQuery()
    {
        QFETCH(QString, selector);
        QFETCH(QString, query);
        QString error;
        QCOMPARE(DatadogQuery::countQuery(selector, &error).value_or(error), query);
    }

    void countQueryRejects_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("needle");
        QTest::addRow("avg") << "avg:http.hits{*}"
                             << "remove \"avg:\"";
        QTest::addRow("as_rate") << "http.hits{*}.as_rate()"
                                 << "remove .as_rate()";
        QTest::addRow("syntax") << "http.hits{"
                                << "column 10";
    }
    void countQueryRejects()
    {
        QFETCH(QString, selector);
        QFETCH(QString, needle);
        QString error;
        QVERIFY(!DatadogQuery::countQuery(selector, &error));
        QVERIFY2(error.contains(needle), qPrintable(error));
    }

    void valueQuery()
    {
        QCOMPARE(DatadogQuery::valueQuery(QStringLiteral("queue.depth{q:a}"), Aggregate::Max).value_or(QString()),
                 QStringLiteral("max:queue.depth{q:a}"));
        QCOMPARE(DatadogQuery::valueQuery(QStringLiteral("queue.depth{q:a}"), Aggregate::Last).value_or(QString()),
                 QStringLiteral("avg:queue.depth{q:a}"));
        // A written aggregator is kept.
        QCOMPARE(DatadogQuery::valueQuery(QStringLiteral("min:queue.depth"), Aggregate::Max).value_or(QString()),
                 QStringLiteral("min:queue.depth{*}"));
    }

    void enforcedInterval_data()
    {
        QTest::addColumn<qint64>("spanSeconds");
        QTest::addColumn<qint64>("interval");
        QTest::addRow("5 min") << qint64(300) << qint64(20);
        QTest::addRow("1 h") << qint64(3600) << qint64(20);
        QTest::addRow("1 h + 1 s") << qint64(3601) << qint64(60);
        QTest::addRow("4 h") << qint64(4 * 3600) << qint64(60);
        QTest::addRow("1 d (recorded: 288 points at 300)") << qint64(86400) << qint64(300);
        QTest::addRow("2 d") << qint64(2 * 86400) << qint64(600);
        QTest::addRow("7 d") << qint64(7 * 86400) << qint64(3600);
        QTest::addRow("30 d") << qint64(30 * 86400) << qint64(14400);
        QTest::addRow("90 d") << qint64(90 * 86400) << qint64(86400);
    }
    void enforcedInterval()
    {
        QFETCH(qint64, spanSeconds);
        QFETCH(qint64, interval);
        QCOMPARE(DatadogQuery::enforcedInterval(Duration::seconds(spanSeconds)), interval);
    }

    void rollupOnlyWhenLarger()
    {
        QCOMPARE(DatadogQuery::rollupInterval(Duration::days(1), Duration::minutes(1)), qint64(300));
        QCOMPARE(DatadogQuery::rollupInterval(Duration::days(1), Duration::hours(1)), qint64(3600));
        QCOMPARE(DatadogQuery::withRollup(QStringLiteral("sum:a{*}.as_count()"), 3600),
                 QStringLiteral("sum:a{*}.as_count().rollup(sum,3600)"));
        QCOMPARE(
            DatadogQuery::expandWindow(QStringLiteral("sum:a{*}.as_count().rollup(sum,{{window}})"), Duration::days(7)),
            QStringLiteral("sum:a{*}.as_count().rollup(sum,604800)"));
    }

    void windowPlan()
    {
        const QDateTime end = QDateTime::fromSecsSinceEpoch(1700003700, Qt::UTC);
        const auto plan = DatadogQuery::windowPlan(QStringLiteral("sum:a{*}.as_count()"), end, Duration::days(30));
        QCOMPARE(plan.interval, qint64(14400));
        QCOMPARE(plan.to, qint64(1700003700));
        QCOMPARE(plan.from % 14400, qint64(0));
        QVERIFY(plan.from <= 1700003700 - 30 * 86400);
        QVERIFY(plan.from > 1700003700 - 30 * 86400 - 14400);
    }
};

QTEST_GUILESS_MAIN(TestDatadogQuery)
#include "tst_datadogquery.moc"
