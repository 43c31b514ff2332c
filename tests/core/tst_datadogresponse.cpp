// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/datadog/datadogresponse.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace Sla::Core;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(SLA_TEST_DATA_DIR "/datadog/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

} // namespace

class TestDatadogResponse : public QObject
{
    Q_OBJECT
private slots:
    void v1QueryGroupedWithGap()
    {
        QString error;
        const auto r = DatadogResponse::parseQuery(fixture(QStringLiteral("query-grouped.json")), &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->query, QStringLiteral("sum:http.requests{service:web} by {code}.as_count()"));
        QCOMPARE(r->fromMs, qint64(1700000000000));
        QCOMPARE(r->toMs, qint64(1700000900000));
        QCOMPARE(r->groupBy, QStringList{QStringLiteral("code")});
        QCOMPARE(r->series.size(), 2);
        const DatadogSeries &ok = r->series.at(0);
        QCOMPARE(ok.metric, QStringLiteral("http.requests"));
        QCOMPARE(ok.tagSet, QStringList{QStringLiteral("code:200")});
        QCOMPARE(ok.scope, QStringLiteral("service:web,code:200"));
        QCOMPARE(ok.aggr, QStringLiteral("sum"));
        QCOMPARE(ok.interval, qint64(300));
        QCOMPARE(ok.startMs, qint64(1700000100000));
        QCOMPARE(ok.endMs, qint64(1700000899000));
        QCOMPARE(ok.timesMs, (std::vector<qint64>{1700000100000, 1700000400000, 1700000700000}));
        QCOMPARE(ok.values.size(), size_t(3));
        QCOMPARE(ok.values[0], 120.0);
        QVERIFY2(std::isnan(ok.values[1]), "a null point must stay a gap, not become 0");
        QCOMPARE(ok.values[2], 95.5);
        // Integer timestamps and values parse like floating ones; a 0 stays a 0.
        const DatadogSeries &err = r->series.at(1);
        QCOMPARE(err.timesMs.front(), qint64(1700000100000));
        QCOMPARE(err.values, (std::vector<double>{2, 0, 1}));
        QCOMPARE(err.expression, QStringLiteral("sum:http.requests{service:web,code:500}.as_count()"));
    }

    void v1QueryRejects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("needle");
        QTest::addRow("status error") << "query-status-error.json"
                                      << "scope_expr";
        QTest::addRow("truncated body") << "query-truncated.json"
                                        << "malformed JSON";
        QTest::addRow("v2 body is not v1") << "timeseries.json"
                                           << "no \"series\"";
        QTest::addRow("error envelope") << "forbidden-v1.json"
                                        << "status \"error\"";
    }
    void v1QueryRejects()
    {
        QFETCH(QString, file);
        QFETCH(QString, needle);
        QString error;
        QVERIFY(!DatadogResponse::parseQuery(fixture(file), &error));
        QVERIFY2(error.contains(needle), qPrintable(error));
    }

    void v1QueryEmpty()
    {
        const auto r = DatadogResponse::parseQuery(fixture(QStringLiteral("query-empty.json")));
        QVERIFY(r);
        QVERIFY(r->series.isEmpty());
    }

    void v2Timeseries()
    {
        QString error;
        const auto r = DatadogResponse::parseTimeseries(fixture(QStringLiteral("timeseries.json")), &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->timesMs, (std::vector<qint64>{1700000100000, 1700000400000, 1700000700000}));
        QCOMPARE(r->series.size(), 2);
        QCOMPARE(r->series.at(1).groupTags, QStringList{QStringLiteral("code:500")});
        QCOMPARE(r->values.size(), size_t(2));
        QCOMPARE(r->values[0][0], 120.0);
        QVERIFY(std::isnan(r->values[0][1]));
        QCOMPARE(r->values[1], (std::vector<double>{2, 0, 1}));
    }

    void v2TimeseriesRejects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("needle");
        QTest::addRow("ragged rows") << "timeseries-ragged.json"
                                     << "3 values for 2 times";
        QTest::addRow("error envelope") << "bad-request-v2.json"
                                        << "not a timeseries_response";
        QTest::addRow("v1 body") << "query-grouped.json"
                                 << "not a timeseries_response";
    }
    void v2TimeseriesRejects()
    {
        QFETCH(QString, file);
        QFETCH(QString, needle);
        QString error;
        QVERIFY(!DatadogResponse::parseTimeseries(fixture(file), &error));
        QVERIFY2(error.contains(needle), qPrintable(error));
    }

    void sloList()
    {
        QString error;
        const auto slos = DatadogResponse::parseSloList(fixture(QStringLiteral("slo-list.json")), &error);
        QVERIFY2(slos, qPrintable(error));
        QCOMPARE(slos->size(), 4);
        const DatadogSlo &metric = slos->at(0);
        QCOMPARE(metric.id, QStringLiteral("3b9f1c0e7d2a4f6b8c1d2e3f4a5b6c7d"));
        QCOMPARE(metric.type, QStringLiteral("metric"));
        QCOMPARE(metric.timeframe, QStringLiteral("30d"));
        QCOMPARE(metric.targetThreshold, std::optional<double>(99.9));
        QCOMPARE(metric.thresholds.size(), 2);
        QCOMPARE(metric.thresholds.at(0), (DatadogSloThreshold{QStringLiteral("30d"), 99.9, 99.95}));
        QCOMPARE(metric.thresholds.at(1), (DatadogSloThreshold{QStringLiteral("7d"), 99.5, std::nullopt}));
        QCOMPARE(metric.denominator,
                 QStringLiteral("sum:trace.http.request.hits{service:checkout,env:prod}.as_count()"));
        QVERIFY(metric.numerator.contains(QLatin1String(" - sum:trace.http.request.errors")));
        QCOMPARE(metric.tags,
                 (QStringList{QStringLiteral("service:checkout"), QStringLiteral("env:prod"), QStringLiteral("kpi")}));

        const DatadogSlo &slice = slos->at(1);
        QCOMPARE(slice.type, QStringLiteral("time_slice"));
        QCOMPARE(slice.comparator, QStringLiteral("<="));
        QCOMPARE(slice.sliceThreshold, std::optional<double>(0.3));
        QCOMPARE(slice.queryIntervalSeconds, qint64(60));
        QCOMPARE(slice.sliceFormula, QStringLiteral("query1"));
        QCOMPARE(slice.sliceQueries.size(), 1);
        QCOMPARE(slice.sliceQueries.at(0).second, QStringLiteral("p95:trace.http.request.duration{service:search}"));

        QCOMPARE(slos->at(2).monitorIds, (QList<qint64>{116578209, 116578210}));
        QVERIFY(!slos->at(2).sliceThreshold);
    }

    void sloDetails()
    {
        QString error;
        const auto slo = DatadogResponse::parseSlo(fixture(QStringLiteral("slo-details.json")), &error);
        QVERIFY2(slo, qPrintable(error));
        QCOMPARE(slo->name, QStringLiteral("Checkout availability"));
        QCOMPARE(slo->numerator, QStringLiteral("sum:http.hits{code:2xx}.as_count()"));
        // A list is not a details answer and vice versa.
        QVERIFY(!DatadogResponse::parseSlo(fixture(QStringLiteral("slo-list.json"))));
        QVERIFY(!DatadogResponse::parseSloList(fixture(QStringLiteral("slo-details.json"))));
    }

    void sloHistory()
    {
        QString error;
        const auto h = DatadogResponse::parseSloHistory(fixture(QStringLiteral("slo-history.json")), &error);
        QVERIFY2(h, qPrintable(error));
        QCOMPARE(h->type, QStringLiteral("metric"));
        QCOMPARE(h->fromTs, qint64(1700000000));
        QCOMPARE(h->toTs, qint64(1700604800));
        QCOMPARE(h->interval, qint64(3600));
        QCOMPARE(h->timesMs.size(), size_t(3));
        QCOMPARE(h->timesMs[0], qint64(1699999200000));
        QCOMPARE(h->numerator.size(), size_t(3));
        QCOMPARE(h->numerator[0], 990.0);
        QVERIFY(std::isnan(h->numerator[1]));
        QCOMPARE(h->denominator[2], 2000.0);
        QCOMPARE(h->numeratorSum, std::optional<double>(2975.0));
        QCOMPARE(h->denominatorSum, std::optional<double>(3000.0));
        QVERIFY(h->sliValue);
        QVERIFY(qFuzzyCompare(*h->sliValue, 100.0 * 2975 / 3000));
        QCOMPARE(h->state, QStringLiteral("ok"));
        QVERIFY(qFuzzyCompare(h->errorBudgetRemaining.value(QStringLiteral("7d")), 16.666666666666668));
        QVERIFY(h->errors.isEmpty());
    }

    void sloHistory_numbersBeyondInt64AreZeroNotUndefined()
    {
        // Found by fuzzing (UBSan): a to_ts of 1.7e84 was cast to qint64.
        const QByteArray body = R"({"data":{"from_ts":1700000000,"to_ts":1.7e84,"type":"metric",
            "series":{"interval":-1e300,"times":[1e30,1700000000000]}}})";
        const auto h = DatadogResponse::parseSloHistory(body);
        QVERIFY(h);
        QCOMPARE(h->fromTs, qint64(1700000000));
        QCOMPARE(h->toTs, qint64(0));
        QCOMPARE(h->interval, qint64(0));
        QCOMPARE(h->timesMs, (std::vector<qint64>{0, 1700000000000}));
    }
    void sloHistoryNoData()
    {
        const auto h = DatadogResponse::parseSloHistory(fixture(QStringLiteral("slo-history-nodata.json")));
        QVERIFY(h);
        QVERIFY2(!h->sliValue, "null sli_value must stay absent, not 0");
        QCOMPARE(h->state, QStringLiteral("no_data"));
        QCOMPARE(h->errors, QStringList{QStringLiteral("ZERO_VALUED_DENOMINATOR: The denominator is zero valued")});
        QCOMPARE(h->denominatorSum, std::optional<double>(0.0));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("messages");
        QTest::addRow("v1 403") << "forbidden-v1.json" << QStringList{QStringLiteral("Forbidden")};
        QTest::addRow("v2 400") << "bad-request-v2.json"
                                << QStringList{QStringLiteral(
                                       "API input validation failed: Invalid type. Expected \"timeseries_request\".")};
        QTest::addRow("JSON:API objects")
            << "errors-jsonapi.json"
            << QStringList{QStringLiteral("invalid query: unknown metric"), QStringLiteral("Bad Request")};
        QTest::addRow("v1 status error") << "query-status-error.json"
                                         << QStringList{QStringLiteral("Rule 'scope_expr' didn't match")};
        QTest::addRow("not an error") << "query-grouped.json" << QStringList{};
        QTest::addRow("truncated") << "query-truncated.json" << QStringList{};
    }
    void errors()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, messages);
        QCOMPARE(DatadogResponse::parseErrors(fixture(file)), messages);
    }

    // Found by fuzzing (tests/data/fuzz-regressions/datadog_response): an entry without
    // text gave an empty message, printed as a dangling "; ".
    void errors_skipEntriesWithoutText()
    {
        const QByteArray body = R"({"errors":[{"status":"400","title":"Bad Request","detail":"invalid query"},
            {"status":"400","code":"x"},{"detail":null},"","  ","Forbidden"]})";
        QCOMPARE(DatadogResponse::parseErrors(body),
                 (QStringList{QStringLiteral("invalid query"), QStringLiteral("Forbidden")}));
        QCOMPARE(DatadogResponse::parseErrors(R"({"errors":[{"status":"500"}]})"), QStringList());
    }

    void metricSearch()
    {
        const auto names = DatadogResponse::parseMetricSearch(
            R"({"results":{"metrics":["trace.hits","system.cpu.user","trace.hits"]}})");
        QVERIFY(names);
        QCOMPARE(*names, (QStringList{QStringLiteral("system.cpu.user"), QStringLiteral("trace.hits")}));
        QCOMPARE(*DatadogResponse::parseMetricSearch(R"({"results":{"metrics":[]}})"), QStringList());
        QString error;
        QVERIFY(!DatadogResponse::parseMetricSearch(R"({"results":{"metrics":[1]}})", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!DatadogResponse::parseMetricSearch(R"({"errors":["Bad Request"]})"));
        QVERIFY(!DatadogResponse::parseMetricSearch("[]"));
    }

    void allTags()
    {
        const auto tags = DatadogResponse::parseAllTags(
            R"({"data":{"type":"metrics","id":"trace.hits","attributes":{"tags":["env:prod","service:web"],)"
            R"("ingested_tags":["env:prod","host:a"]}}})");
        QVERIFY(tags);
        QCOMPARE(*tags,
                 (QStringList{QStringLiteral("env:prod"), QStringLiteral("host:a"), QStringLiteral("service:web")}));
        QCOMPARE(*DatadogResponse::parseAllTags(R"({"data":{"type":"metrics","id":"x","attributes":{}}})"),
                 QStringList());
        QVERIFY(!DatadogResponse::parseAllTags(R"({"errors":["Not Found"]})"));
        QVERIFY(!DatadogResponse::parseAllTags(R"({"data":{"attributes":{"tags":"env:prod"}}})"));
    }

    void rateLimitHeaders()
    {
        const QList<QPair<QByteArray, QByteArray>> headers = {
            {"Content-Type", "application/json"}, {"X-Ratelimit-Limit", "150"},   {"X-RateLimit-Name", "slo_history"},
            {"x-ratelimit-period", "10"},         {"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", " 5 "}};
        const DatadogRateLimit r = DatadogResponse::parseRateLimit(headers);
        QCOMPARE(r, (DatadogRateLimit{150, 10, 0, 5, QStringLiteral("slo_history")}));
        QVERIFY(DatadogResponse::parseRateLimit({{"X-RateLimit-Limit", "many"}}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatadogResponse)
#include "tst_datadogresponse.moc"
