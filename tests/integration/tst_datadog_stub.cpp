// SPDX-License-Identifier: Apache-2.0
// Starts tests/integration/datadog_stub.py on a small OpenMetrics fixture and checks its
// real HTTP answers, read through SLA Desk's own Datadog parsers: as_count sums equal
// the counter increases, gaps stay null, 403 without keys, 429 with rate-limit headers,
// the v2 timeseries shape and the SLO endpoints.
//
// Fixture tests/data/datadog/stub.om, T0 = 1699999200, one sample a minute for an hour:
//   http_requests_total{service=web,code=200} +10/+11/+12 per minute: 660 over the hour,
//     340 from T0+30m (the sample at T0+30m carries the minute before it, as a Datadog
//     count point does)
//   http_requests_total{service=web,code=500} +1 every 5 min, reset to 0 at 30 min: 11
//   http_requests_total{service=api,code=200} +4 per sample, no samples 20..29 min: 200

#include "core/metrics/datadog/datadogquery.h"
#include "core/metrics/datadog/datadogresponse.h"
#include "datadogstubprocess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>
#include <memory>

using namespace Sla::Core;

namespace {

constexpr qint64 T0 = 1699999200;
const QByteArray ApiKey = "stub-api-key";
const QByteArray AppKey = "stub-app-key";

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    DatadogRateLimit rateLimit() const { return DatadogResponse::parseRateLimit(headers); }
};

Answer send(QNetworkAccessManager &nam, const QUrl &url, bool withKeys = true, const QByteArray &postBody = {},
            const QByteArray &apiKey = ApiKey)
{
    QNetworkRequest request(url);
    if (withKeys) {
        request.setRawHeader("DD-API-KEY", apiKey);
        request.setRawHeader("DD-APPLICATION-KEY", AppKey);
    }
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = nullptr;
    if (postBody.isEmpty()) {
        reply = nam.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        reply = nam.post(request, postBody);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    a.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return a;
}

QList<QPair<QString, QString>> v1Params(qint64 from, qint64 to, const QString &query)
{
    return {{QStringLiteral("from"), QString::number(from)},
            {QStringLiteral("to"), QString::number(to)},
            {QStringLiteral("query"), query}};
}

double sumOf(const std::vector<double> &values, int *gaps = nullptr)
{
    double sum = 0;
    int nulls = 0;
    for (double v : values) {
        if (std::isnan(v))
            ++nulls;
        else
            sum += v;
    }
    if (gaps)
        *gaps = nulls;
    return sum;
}

} // namespace

class TestDatadogStub : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_stub.start()); }

    void asCountSumsEqualIncrease_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<double>("increase");
        QTest::addColumn<qint64>("interval");
        QTest::addRow("web 200, hour") << "http_requests{service:web,code:200}" << T0 << T0 + 3600 << 660.0
                                       << qint64(20);
        QTest::addRow("web 500 with a reset")
            << "http_requests{service:web,code:500}" << T0 << T0 + 3600 << 11.0 << qint64(20);
        QTest::addRow("web, both codes") << "http_requests{service:web}" << T0 << T0 + 3600 << 671.0 << qint64(20);
        QTest::addRow("api across a gap") << "http_requests{service:api}" << T0 << T0 + 3600 << 200.0 << qint64(20);
        QTest::addRow("second half hour")
            << "http_requests{service:web,code:200}" << T0 + 1800 << T0 + 3600 << 340.0 << qint64(20);
        QTest::addRow("a week: hourly points") << "http_requests" << T0 << T0 + 7 * 86400 << 871.0 << qint64(3600);
    }
    void asCountSumsEqualIncrease()
    {
        QFETCH(QString, selector);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(double, increase);
        QFETCH(qint64, interval);
        const auto query = DatadogQuery::countQuery(selector);
        QVERIFY(query);
        const Answer a = send(m_nam, m_stub.url(QStringLiteral("/api/v1/query"), v1Params(from, to, *query)));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.contentType, QByteArray("application/json"));
        QString error;
        const auto r = DatadogResponse::parseQuery(a.body, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->series.size(), 1);
        const DatadogSeries &s = r->series.constFirst();
        QCOMPARE(s.interval, interval);
        QCOMPARE(interval, DatadogQuery::enforcedInterval(Duration::seconds(to - from)));
        QCOMPARE(s.aggr, QStringLiteral("sum"));
        QCOMPARE(r->fromMs, from * 1000);
        QCOMPARE(s.startMs, (from + interval - 1) / interval * interval * 1000);
        QCOMPARE(s.endMs, to / interval * interval * 1000 + (interval - 1) * 1000);
        QCOMPARE(qint64(s.timesMs.size()), (s.endMs + 1000 - s.startMs) / (interval * 1000));
        QCOMPARE(sumOf(s.values), increase);
    }

    void groupedByCode()
    {
        const Answer a = send(
            m_nam,
            m_stub.url(QStringLiteral("/api/v1/query"),
                       v1Params(T0, T0 + 3600, QStringLiteral("sum:http_requests{service:web} by {code}.as_count()"))));
        QCOMPARE(a.status, 200);
        const auto r = DatadogResponse::parseQuery(a.body);
        QVERIFY(r);
        QCOMPARE(r->groupBy, QStringList{QStringLiteral("code")});
        QCOMPARE(r->series.size(), 2);
        QCOMPARE(r->series.at(0).tagSet, QStringList{QStringLiteral("code:200")});
        QCOMPARE(r->series.at(0).scope, QStringLiteral("service:web,code:200"));
        QCOMPARE(sumOf(r->series.at(0).values), 660.0);
        QCOMPARE(r->series.at(1).tagSet, QStringList{QStringLiteral("code:500")});
        QCOMPARE(sumOf(r->series.at(1).values), 11.0);
    }

    void nullPointsAreGaps()
    {
        // Ten minutes without api samples: at 1-min rollups those minutes are null.
        const Answer a = send(
            m_nam, m_stub.url(QStringLiteral("/api/v1/query"),
                              v1Params(T0, T0 + 3600,
                                       QStringLiteral("sum:http_requests{service:api}.as_count().rollup(sum,60)"))));
        QCOMPARE(a.status, 200);
        const auto r = DatadogResponse::parseQuery(a.body);
        QVERIFY(r);
        const DatadogSeries &s = r->series.constFirst();
        QCOMPARE(s.interval, qint64(60));
        QCOMPARE(s.timesMs.size(), size_t(61));
        int gaps = 0;
        QCOMPARE(sumOf(s.values, &gaps), 200.0);
        QCOMPARE(gaps, 11); // minute 0 (no earlier sample) and minutes 20..29
        for (int m = 20; m < 30; ++m)
            QVERIFY2(std::isnan(s.values[size_t(m)]), qPrintable(QString::number(m)));
        QCOMPARE(s.values[30], 4.0);
    }

    void forbiddenWithoutKeys_data()
    {
        QTest::addColumn<bool>("withKeys");
        QTest::addColumn<QByteArray>("apiKey");
        QTest::addRow("no keys") << false << QByteArray();
        QTest::addRow("wrong api key") << true << QByteArray("not-the-key");
    }
    void forbiddenWithoutKeys()
    {
        QFETCH(bool, withKeys);
        QFETCH(QByteArray, apiKey);
        const Answer a =
            send(m_nam, m_stub.url(QStringLiteral("/api/v1/query"), v1Params(T0, T0 + 60, QStringLiteral("a{*}"))),
                 withKeys, {}, apiKey);
        QCOMPARE(a.status, 403);
        QCOMPARE(DatadogResponse::parseErrors(a.body), QStringList{QStringLiteral("Forbidden")});
        const auto doc = QJsonDocument::fromJson(a.body).object();
        QCOMPARE(doc.value(QLatin1String("status")).toString(), QStringLiteral("error"));
        QCOMPARE(doc.value(QLatin1String("code")).toInt(), 403);
        QVERIFY(!a.rateLimit().isEmpty());
    }

    void badQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("needle");
        QTest::addRow("syntax") << "sum:http_requests{service:web"
                                << "Error parsing query";
        QTest::addRow("unknown function") << "sum:http_requests{*}.fill(zero)"
                                          << "unknown function fill()";
    }
    void badQuery()
    {
        QFETCH(QString, query);
        QFETCH(QString, needle);
        const Answer a = send(m_nam, m_stub.url(QStringLiteral("/api/v1/query"), v1Params(T0, T0 + 60, query)));
        QCOMPARE(a.status, 400);
        const QStringList errors = DatadogResponse::parseErrors(a.body);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().contains(needle), qPrintable(errors.constFirst()));
        QVERIFY(!DatadogResponse::parseQuery(a.body));
    }

    void v2Timeseries()
    {
        QJsonObject attributes{
            {QStringLiteral("from"), double(T0 * 1000)},
            {QStringLiteral("to"), double((T0 + 3600) * 1000)},
            {QStringLiteral("interval"), 600000},
            {QStringLiteral("queries"),
             QJsonArray{
                 QJsonObject{
                     {QStringLiteral("data_source"), QStringLiteral("metrics")},
                     {QStringLiteral("name"), QStringLiteral("bad")},
                     {QStringLiteral("query"), QStringLiteral("sum:http_requests{service:web,code:500}.as_count()")}},
                 QJsonObject{{QStringLiteral("data_source"), QStringLiteral("metrics")},
                             {QStringLiteral("name"), QStringLiteral("total")},
                             {QStringLiteral("query"), QStringLiteral("sum:http_requests{service:web}.as_count()")}}}},
            {QStringLiteral("formulas"),
             QJsonArray{QJsonObject{{QStringLiteral("formula"), QStringLiteral("total")}},
                        QJsonObject{{QStringLiteral("formula"), QStringLiteral("bad / total")}}}}};
        const QJsonObject request{
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("type"), QStringLiteral("timeseries_request")},
                                                 {QStringLiteral("attributes"), attributes}}}};
        const Answer a = send(m_nam, m_stub.url(QStringLiteral("/api/v2/query/timeseries")), true,
                              QJsonDocument(request).toJson(QJsonDocument::Compact));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.contentType, QByteArray("application/vnd.api+json"));
        const auto doc = QJsonDocument::fromJson(a.body).object().value(QLatin1String("data")).toObject();
        QCOMPARE(doc.value(QLatin1String("id")).toString(), QStringLiteral("0"));
        QCOMPARE(doc.value(QLatin1String("type")).toString(), QStringLiteral("timeseries_response"));
        QString error;
        const auto r = DatadogResponse::parseTimeseries(a.body, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->timesMs.size(), size_t(7)); // 600 s points from T0 to T0+1h inclusive
        QCOMPARE(r->timesMs.front(), T0 * 1000);
        QCOMPARE(r->timesMs.back(), (T0 + 3600) * 1000);
        QCOMPARE(r->series.size(), 2);
        QCOMPARE(r->series.at(1).queryIndex, 1);
        QCOMPARE(sumOf(r->values[0]), 671.0);
        // (bad / total) * total, added over the points, gives back the 11 failed requests.
        double failed = 0;
        for (size_t i = 0; i < r->timesMs.size(); ++i) {
            if (!std::isnan(r->values[1][i]))
                failed += r->values[1][i] * r->values[0][i];
        }
        QCOMPARE(std::round(failed * 1e9) / 1e9, 11.0);

        // The recorded validation error for a wrong request type.
        QJsonObject wrong = request;
        QJsonObject data = wrong.value(QLatin1String("data")).toObject();
        data.insert(QStringLiteral("type"), QStringLiteral("timeseries_rquest"));
        wrong.insert(QStringLiteral("data"), data);
        const Answer bad = send(m_nam, m_stub.url(QStringLiteral("/api/v2/query/timeseries")), true,
                                QJsonDocument(wrong).toJson(QJsonDocument::Compact));
        QCOMPARE(bad.status, 400);
        QCOMPARE(
            DatadogResponse::parseErrors(bad.body),
            QStringList{QStringLiteral("API input validation failed: Invalid type. Expected \"timeseries_request\".")});
        // v2 403 is the short envelope.
        const Answer forbidden = send(m_nam, m_stub.url(QStringLiteral("/api/v2/query/timeseries")), false,
                                      QJsonDocument(request).toJson(QJsonDocument::Compact));
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.body, QByteArray(R"({"errors":["Forbidden"]})"));
    }

    void sloEndpoints()
    {
        const Answer list = send(m_nam, m_stub.url(QStringLiteral("/api/v1/slo")));
        QCOMPARE(list.status, 200);
        const auto slos = DatadogResponse::parseSloList(list.body);
        QVERIFY(slos);
        QCOMPARE(slos->size(), 2);

        const QString id = slos->constFirst().id;
        const Answer one = send(m_nam, m_stub.url(QStringLiteral("/api/v1/slo/") + id));
        QCOMPARE(one.status, 200);
        QCOMPARE(DatadogResponse::parseSlo(one.body).value_or(DatadogSlo()).name, QStringLiteral("Web availability"));

        const Answer history = send(m_nam, m_stub.url(QStringLiteral("/api/v1/slo/") + id + QStringLiteral("/history"),
                                                      {{QStringLiteral("from_ts"), QString::number(T0)},
                                                       {QStringLiteral("to_ts"), QString::number(T0 + 3600)}}));
        QCOMPARE(history.status, 200);
        QCOMPARE(history.rateLimit().name, QStringLiteral("slo_history"));
        const auto h = DatadogResponse::parseSloHistory(history.body);
        QVERIFY(h);
        QCOMPARE(h->numeratorSum, std::optional<double>(660.0));
        QCOMPARE(h->denominatorSum, std::optional<double>(671.0));
        QVERIFY(h->sliValue);
        QVERIFY(qFuzzyCompare(*h->sliValue, 100.0 * 660 / 671));
        QCOMPARE(h->state, QStringLiteral("breached")); // 98.36% < 99.5%

        const Answer missing = send(m_nam, m_stub.url(QStringLiteral("/api/v1/slo/ffffffff")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(DatadogResponse::parseErrors(missing.body),
                 QStringList{QStringLiteral("SLO not found: ffffffff not found")});
    }

    void rateLimited()
    {
        DatadogStubProcess limited;
        QVERIFY(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("3"), QStringLiteral("--rate-period"),
                               QStringLiteral("3600")}));
        const QUrl url = limited.url(QStringLiteral("/api/v1/query"),
                                     v1Params(T0, T0 + 600, QStringLiteral("sum:http_requests{*}.as_count()")));
        for (int remaining = 2; remaining >= 0; --remaining) {
            const Answer a = send(m_nam, url);
            QCOMPARE(a.status, 200);
            const DatadogRateLimit rl = a.rateLimit();
            QCOMPARE(rl.limit, std::optional<int>(3));
            QCOMPARE(rl.period, std::optional<int>(3600));
            QCOMPARE(rl.remaining, std::optional<int>(remaining));
            QVERIFY(rl.reset && *rl.reset >= 1 && *rl.reset <= 3600);
        }
        const Answer over = send(m_nam, url);
        QCOMPARE(over.status, 429);
        QCOMPARE(over.rateLimit().remaining, std::optional<int>(0));
        QCOMPARE(over.rateLimit().limit, std::optional<int>(3));
        QVERIFY(over.rateLimit().reset.value_or(0) >= 1);
        QCOMPARE(DatadogResponse::parseErrors(over.body), QStringList{QStringLiteral("Too many requests")});
        // Other endpoints have their own budget.
        QCOMPARE(send(m_nam, limited.url(QStringLiteral("/api/v1/slo"))).status, 200);
    }

    void faultInjection()
    {
        DatadogStubProcess faulty;
        QVERIFY(faulty.start({QStringLiteral("--fail-first"), QStringLiteral("1"), QStringLiteral("--malformed-first"),
                              QStringLiteral("2")}));
        const QUrl url = faulty.url(QStringLiteral("/api/v1/query"),
                                    v1Params(T0, T0 + 600, QStringLiteral("sum:http_requests{*}.as_count()")));
        QCOMPARE(send(m_nam, url).status, 500);
        const Answer truncated = send(m_nam, url);
        QCOMPARE(truncated.status, 200);
        QString error;
        QVERIFY(!DatadogResponse::parseQuery(truncated.body, &error));
        QVERIFY2(error.contains(QLatin1String("malformed JSON")), qPrintable(error));
        const Answer fine = send(m_nam, url);
        QCOMPARE(fine.status, 200);
        QVERIFY(DatadogResponse::parseQuery(fine.body));
    }

private:
    DatadogStubProcess m_stub;
    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(TestDatadogStub)
#include "tst_datadog_stub.moc"
