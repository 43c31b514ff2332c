// SPDX-License-Identifier: Apache-2.0
// DatadogSource against the local Datadog stub (tests/integration/datadog_stub.py):
// queries, null points as gaps, authentication failures that name the source and never
// the key, 429 handling with waits for the reset, retries after 500s, malformed answers,
// unreachable servers, health checks and cancellation; the same for v2
// `POST /api/v2/query/timeseries` with several named queries in one request. Fixture
// figures: see tst_datadog_stub.cpp. Credentials never follow a redirect to another
// origin, never appear when a server echoes them, and keys with control characters are
// refused before anything is sent.

#include "core/metrics/datadog/datadogsource.h"
#include "datadogstubprocess.h"
#include "tests/stubserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace Sla::Core;

namespace {

constexpr qint64 T0 = 1699999200;
const QString ApiKey = QStringLiteral("stub-api-key");
const QString AppKey = QStringLiteral("stub-app-key");

DataSource config(int port)
{
    DataSource ds;
    ds.metadata.name = QStringLiteral("prod-datadog");
    ds.type = DataSourceType::Datadog;
    ds.typeName = QStringLiteral("datadog");
    ds.site = QStringLiteral("datadoghq.eu"); // the url wins
    ds.url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    return ds;
}

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

template <typename T> bool waitFor(const QFuture<T> &future, int ms = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < ms)
        QTest::qWait(10);
    return future.isFinished();
}

DatadogSource::Options fastOptions()
{
    DatadogSource::Options o;
    o.retryBaseDelay = std::chrono::milliseconds(50);
    o.transferTimeout = std::chrono::milliseconds(10000);
    return o;
}

} // namespace

class TestDatadogSource : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_stub.start()); }

    void rangeKeepsGaps()
    {
        DatadogSource source(config(m_stub.port()), ApiKey, AppKey, fastOptions());
        QCOMPARE(source.baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(m_stub.port()));
        auto f = source.queryRange(QStringLiteral("sum:http_requests{service:api}.as_count()"), at(T0), at(T0 + 3600),
                                   std::chrono::seconds(60));
        QVERIFY(waitFor(f));
        const auto r = f.result();
        QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
        QVERIFY(r.value().type == QueryResult::Type::Matrix);
        QCOMPARE(r.value().series.size(), size_t(1));
        const SampleSeries &s = r.value().series.front();
        QCOMPARE(s.labels.value(QStringLiteral("__name__")), QStringLiteral("http_requests"));
        // 61 one-minute points, 11 of them null (minute 0 and minutes 20..29): left out.
        QCOMPARE(s.t.size(), size_t(50));
        QCOMPARE(s.v.size(), size_t(50));
        QCOMPARE(std::accumulate(s.v.begin(), s.v.end(), 0.0), 200.0);
        for (size_t i = 0; i < s.t.size(); ++i) {
            QVERIFY(!std::isnan(s.v[i]));
            const qint64 minute = (s.t[i] / 1000 - T0) / 60;
            QVERIFY2(minute < 20 || minute >= 30, qPrintable(QString::number(minute)));
        }
        QVERIFY(source.health().state == SourceHealth::State::Ok);
        QCOMPARE(source.rateLimit().limit, std::optional<int>(1600));
    }

    void groupsBecomeLabels()
    {
        DatadogSource source(config(m_stub.port()), ApiKey, AppKey, fastOptions());
        auto f = source.queryRange(QStringLiteral("sum:http_requests{service:web} by {code}.as_count()"), at(T0),
                                   at(T0 + 3600), std::chrono::seconds(600));
        QVERIFY(waitFor(f));
        const auto r = f.result();
        QVERIFY(r.isOk());
        QCOMPARE(r.value().series.size(), size_t(2));
        const SampleSeries &ok = r.value().series[0];
        QCOMPARE(ok.labels.value(QStringLiteral("code")), QStringLiteral("200"));
        QCOMPARE(ok.t.size(), size_t(7)); // .rollup(sum,600) was added for the 10-minute step
        QCOMPARE(std::accumulate(ok.v.begin(), ok.v.end(), 0.0), 660.0);
        QCOMPARE(r.value().series[1].labels.value(QStringLiteral("code")), QStringLiteral("500"));
        QCOMPARE(std::accumulate(r.value().series[1].v.begin(), r.value().series[1].v.end(), 0.0), 11.0);
    }

    void rolledUp_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<qint64>("span");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QString>("sent");
        QTest::addRow("count, coarser step")
            << "sum:a{*}.as_count()" << qint64(3600) << qint64(60) << "sum:a{*}.as_count().rollup(sum,60)";
        QTest::addRow("gauge, coarser step") << "avg:g{*}" << qint64(3600) << qint64(300) << "avg:g{*}.rollup(avg,300)";
        QTest::addRow("step finer than enforced")
            << "sum:a{*}.as_count()" << qint64(86400) << qint64(60) << "sum:a{*}.as_count()";
        QTest::addRow("own rollup kept") << "sum:a{*}.rollup(max,30)" << qint64(3600) << qint64(600)
                                         << "sum:a{*}.rollup(max,30)";
    }
    void rolledUp()
    {
        QFETCH(QString, query);
        QFETCH(qint64, span);
        QFETCH(qint64, step);
        QFETCH(QString, sent);
        QCOMPARE(DatadogSource::rolledUp(query, span, step), sent);
    }

    void instantQueryTakesLatestPoint()
    {
        DatadogSource source(config(m_stub.port()), ApiKey, AppKey, fastOptions());
        auto f = source.query(QStringLiteral("avg:queue_depth{service:web}"), at(T0 + 3600));
        QVERIFY(waitFor(f));
        const auto r = f.result();
        QVERIFY(r.isOk());
        QVERIFY(r.value().type == QueryResult::Type::Vector);
        QCOMPARE(r.value().series.size(), size_t(1));
        QCOMPARE(r.value().series.front().t, std::vector<qint64>{(T0 + 3600) * 1000});
        QCOMPARE(r.value().series.front().v, std::vector<double>{4.0}); // 60 % 7
    }

    void authFailureNamesSourceNotKey()
    {
        const QString secret = QStringLiteral("dd-api-0123456789abcdef-secret");
        DatadogSource source(config(m_stub.port()), secret, AppKey, fastOptions());
        auto f = source.queryRange(QStringLiteral("sum:http_requests{*}.as_count()"), at(T0), at(T0 + 600),
                                   std::chrono::seconds(60));
        QVERIFY(waitFor(f));
        const auto r = f.result();
        QVERIFY(!r.isOk());
        QVERIFY(r.error().kind == SourceError::Kind::Auth);
        QCOMPARE(r.error().httpStatus, 403);
        QVERIFY2(r.error().message.contains(QLatin1String("\"prod-datadog\"")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("Forbidden")), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(secret));
        QVERIFY(!r.error().message.contains(AppKey));
        QVERIFY(source.health().state == SourceHealth::State::AuthFailed);
        QVERIFY(!source.health().message.contains(secret));
    }

    void missingKeys()
    {
        DatadogSource source(config(m_stub.port()), QString(), AppKey, fastOptions());
        auto f = source.query(QStringLiteral("avg:queue_depth{*}"), at(T0 + 60));
        QVERIFY(f.isFinished());
        QVERIFY(f.result().error().kind == SourceError::Kind::Auth);
        QVERIFY(f.result().error().message.contains(QLatin1String("slactl credentials set prod-datadog")));
    }

    void healthCheck()
    {
        DatadogSource good(config(m_stub.port()), ApiKey, QStringLiteral("any-app-key"), fastOptions());
        auto ok = good.checkHealth();
        QVERIFY(waitFor(ok));
        QVERIFY(ok.result().state == SourceHealth::State::Ok);
        DatadogSource bad(config(m_stub.port()), QStringLiteral("wrong"), AppKey, fastOptions());
        auto failed = bad.checkHealth();
        QVERIFY(waitFor(failed));
        QVERIFY(failed.result().state == SourceHealth::State::AuthFailed);
    }

    void waitsForRateLimitReset()
    {
        DatadogStubProcess limited;
        QVERIFY(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("1"), QStringLiteral("--rate-period"),
                               QStringLiteral("2")}));
        DatadogSource source(config(limited.port()), ApiKey, AppKey, fastOptions());
        const QString q = QStringLiteral("sum:http_requests{service:web}.as_count()");
        // Sent together: the second one meets a 429 (or the exhausted budget) and waits.
        auto first = source.queryRange(q, at(T0), at(T0 + 3600), std::chrono::seconds(60));
        auto second = source.queryRange(q, at(T0), at(T0 + 3600), std::chrono::seconds(60));
        auto third = source.queryRange(q, at(T0), at(T0 + 3600), std::chrono::seconds(60));
        QVERIFY(waitFor(first));
        QVERIFY(waitFor(second));
        QVERIFY(waitFor(third));
        for (const auto &f : {first, second, third}) {
            const auto r = f.result();
            QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
            const std::vector<double> &v = r.value().series.front().v;
            QCOMPARE(std::accumulate(v.begin(), v.end(), 0.0), 671.0);
        }
        QCOMPARE(source.rateLimit().limit, std::optional<int>(1));
        QCOMPARE(source.rateLimit().period, std::optional<int>(2));
    }

    void rateLimitSurfacesInError()
    {
        DatadogStubProcess limited;
        QVERIFY(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("1"), QStringLiteral("--rate-period"),
                               QStringLiteral("3600")}));
        DatadogSource::Options options = fastOptions();
        options.maxRateLimitWait = std::chrono::seconds(1); // a reset up to an hour away is not waited for
        DatadogSource source(config(limited.port()), ApiKey, AppKey, options);
        const QString q = QStringLiteral("sum:http_requests{*}.as_count()");
        auto a = source.queryRange(q, at(T0), at(T0 + 600), std::chrono::seconds(60));
        auto b = source.queryRange(q, at(T0), at(T0 + 600), std::chrono::seconds(60));
        QVERIFY(waitFor(a));
        QVERIFY(waitFor(b));
        QCOMPARE(int(a.result().isOk()) + int(b.result().isOk()), 1);
        const SourceError error = a.result().isOk() ? b.result().error() : a.result().error();
        QCOMPARE(error.httpStatus, 429);
        QVERIFY2(error.message.contains(QLatin1String("\"prod-datadog\" is rate limited")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("limit 1 requests per 3600 s")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("resets in")), qPrintable(error.message));
        // The budget is spent: the next call fails at once instead of waiting an hour.
        QElapsedTimer timer;
        timer.start();
        auto c = source.queryRange(q, at(T0), at(T0 + 600), std::chrono::seconds(60));
        QVERIFY(waitFor(c));
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(c.result().error().httpStatus, 429);
        QCOMPARE(source.rateLimit().remaining, std::optional<int>(0));
    }

    void retriesServerErrors()
    {
        DatadogStubProcess faulty;
        QVERIFY(faulty.start({QStringLiteral("--fail-first"), QStringLiteral("2")}));
        DatadogSource source(config(faulty.port()), ApiKey, AppKey, fastOptions());
        auto f = source.queryRange(QStringLiteral("sum:http_requests{service:web}.as_count()"), at(T0), at(T0 + 3600),
                                   std::chrono::seconds(60));
        QVERIFY(waitFor(f));
        QVERIFY(f.result().isOk());
        DatadogSource::Options noRetry = fastOptions();
        noRetry.maxRetries = 0;
        DatadogStubProcess failing;
        QVERIFY(failing.start({QStringLiteral("--fail-first"), QStringLiteral("5"), QStringLiteral("--fail-status"),
                               QStringLiteral("503")}));
        DatadogSource once(config(failing.port()), ApiKey, AppKey, noRetry);
        auto g = once.query(QStringLiteral("avg:queue_depth{*}"), at(T0 + 600));
        QVERIFY(waitFor(g));
        QVERIFY(g.result().error().kind == SourceError::Kind::Server);
        QCOMPARE(g.result().error().httpStatus, 503);
        QVERIFY(g.result().error().message.contains(QLatin1String("Internal Server Error")));
    }

    void malformedAnswer()
    {
        DatadogStubProcess faulty;
        QVERIFY(faulty.start({QStringLiteral("--malformed-first"), QStringLiteral("1")}));
        DatadogSource source(config(faulty.port()), ApiKey, AppKey, fastOptions());
        auto f = source.query(QStringLiteral("avg:queue_depth{*}"), at(T0 + 600));
        QVERIFY(waitFor(f));
        QVERIFY(f.result().error().kind == SourceError::Kind::Malformed);
        QVERIFY(f.result().error().message.contains(QLatin1String("\"prod-datadog\"")));
    }

    void badQuery()
    {
        DatadogSource source(config(m_stub.port()), ApiKey, AppKey, fastOptions());
        auto f = source.query(QStringLiteral("sum:http_requests{service:web"), at(T0 + 600));
        QVERIFY(waitFor(f));
        QVERIFY(f.result().error().kind == SourceError::Kind::BadQuery);
        QCOMPARE(f.result().error().httpStatus, 400);
        QVERIFY(f.result().error().message.contains(QLatin1String("Error parsing query")));
    }

    void unreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int port = probe.serverPort();
        probe.close(); // nothing listens there now
        DatadogSource::Options options = fastOptions();
        options.maxRetries = 0;
        DatadogSource source(config(port), ApiKey, AppKey, options);
        auto f = source.query(QStringLiteral("avg:queue_depth{*}"), at(T0 + 600));
        QVERIFY(waitFor(f));
        QVERIFY(f.result().error().kind == SourceError::Kind::Unreachable);
        QVERIFY(source.health().state == SourceHealth::State::Unreachable);
    }

    void cancelAllFinishesPending()
    {
        DatadogStubProcess slow;
        QVERIFY(slow.start({QStringLiteral("--delay-ms"), QStringLiteral("3000")}));
        DatadogSource source(config(slow.port()), ApiKey, AppKey, fastOptions());
        auto f = source.query(QStringLiteral("avg:queue_depth{*}"), at(T0 + 600));
        QTest::qWait(100);
        source.cancelAll();
        QVERIFY(f.isFinished());
        QVERIFY(f.result().error().kind == SourceError::Kind::Cancelled);
    }

    void callerCancelDropsQueuedRequest()
    {
        DatadogStubProcess limited;
        QVERIFY(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("1"), QStringLiteral("--rate-period"),
                               QStringLiteral("3")}));
        DatadogSource source(config(limited.port()), ApiKey, AppKey, fastOptions());
        const QString q = QStringLiteral("avg:queue_depth{*}");
        auto first = source.query(q, at(T0 + 600));
        QVERIFY(waitFor(first));
        QVERIFY(first.result().isOk());
        // The budget is spent: the next request waits for the reset, and is dropped when
        // its caller cancels the future meanwhile.
        const QDateTime lastAnswer = source.health().checkedAt;
        auto second = source.query(q, at(T0 + 600));
        QVERIFY(!second.isFinished());
        second.cancel();
        QVERIFY(waitFor(second, 10000));
        QVERIFY(second.isCanceled());
        QTest::qWait(200);
        QCOMPARE(source.health().checkedAt, lastAnswer); // never sent, so no new answer
    }

    void timeseriesBodyHasTheDocumentedShape()
    {
        const QByteArray body =
            DatadogSource::timeseriesBody({{QStringLiteral("a"), QStringLiteral("sum:x{*}.as_count()")},
                                           {QStringLiteral("b"), QStringLiteral("avg:g{*}")}},
                                          T0 * 1000, (T0 + 3600) * 1000, 60000);
        const QJsonObject data = QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("type")).toString(), QStringLiteral("timeseries_request"));
        const QJsonObject attributes = data.value(QStringLiteral("attributes")).toObject();
        QCOMPARE(qint64(attributes.value(QStringLiteral("from")).toDouble()), T0 * 1000);
        QCOMPARE(qint64(attributes.value(QStringLiteral("to")).toDouble()), (T0 + 3600) * 1000);
        QCOMPARE(attributes.value(QStringLiteral("interval")).toInt(), 60000);
        const QJsonArray queries = attributes.value(QStringLiteral("queries")).toArray();
        QCOMPARE(queries.size(), 2);
        QCOMPARE(queries[1].toObject().value(QStringLiteral("data_source")).toString(), QStringLiteral("metrics"));
        QCOMPARE(queries[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("b"));
        QCOMPARE(queries[1].toObject().value(QStringLiteral("query")).toString(), QStringLiteral("avg:g{*}"));
        const QJsonArray formulas = attributes.value(QStringLiteral("formulas")).toArray();
        QCOMPARE(formulas.size(), 2);
        QCOMPARE(formulas[0].toObject().value(QStringLiteral("formula")).toString(), QStringLiteral("a"));
    }

    void timeseriesAnswersSeveralQueriesInOneRequest()
    {
        DatadogSource source(config(m_stub.port()), ApiKey, AppKey, fastOptions());
        QVERIFY(source.timeseriesAvailable());
        auto f = source.queryTimeseries(
            {{QStringLiteral("api"), QStringLiteral("sum:http_requests{service:api}.as_count()")},
             {QStringLiteral("web"), QStringLiteral("sum:http_requests{service:web} by {code}.as_count()")},
             {QStringLiteral("none"), QStringLiteral("sum:no_such_metric{*}.as_count()")}},
            at(T0), at(T0 + 3600), std::chrono::seconds(60));
        QVERIFY(waitFor(f));
        const auto r = f.result();
        QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
        QCOMPARE(r.value().keys(), (QStringList{QStringLiteral("api"), QStringLiteral("none"), QStringLiteral("web")}));
        // api: 61 one-minute points, 11 of them null (minute 0 and minutes 20..29): gaps.
        const QueryResult &api = r.value().value(QStringLiteral("api"));
        QVERIFY(api.type == QueryResult::Type::Matrix);
        QCOMPARE(api.series.size(), size_t(1));
        const SampleSeries &s = api.series.front();
        QVERIFY(s.labels.isEmpty());
        QCOMPARE(s.t.size(), size_t(50));
        QCOMPARE(std::accumulate(s.v.begin(), s.v.end(), 0.0), 200.0);
        for (size_t i = 0; i < s.t.size(); ++i) {
            QVERIFY(!std::isnan(s.v[i]));
            QCOMPARE(s.t[i] % 60000, qint64(0));
            const qint64 minute = (s.t[i] / 1000 - T0) / 60;
            QVERIFY2(minute < 20 || minute >= 30, qPrintable(QString::number(minute)));
        }
        // web: one series per code, the group tags as labels.
        const QueryResult &web = r.value().value(QStringLiteral("web"));
        QCOMPARE(web.series.size(), size_t(2));
        QCOMPARE(web.series[0].labels.value(QStringLiteral("code")), QStringLiteral("200"));
        QCOMPARE(std::accumulate(web.series[0].v.begin(), web.series[0].v.end(), 0.0), 660.0);
        QCOMPARE(web.series[1].labels.value(QStringLiteral("code")), QStringLiteral("500"));
        QCOMPARE(std::accumulate(web.series[1].v.begin(), web.series[1].v.end(), 0.0), 11.0);
        QVERIFY(r.value().value(QStringLiteral("none")).series.empty());
        QVERIFY(source.health().state == SourceHealth::State::Ok);
        QCOMPARE(source.rateLimit().limit, std::optional<int>(1600));
    }

    void timeseriesRejectsBadNames()
    {
        DatadogSource source(config(m_stub.port()), ApiKey, AppKey, fastOptions());
        auto f = source.queryTimeseries(
            {{QStringLiteral("a"), QStringLiteral("avg:g{*}")}, {QStringLiteral("a"), QStringLiteral("avg:h{*}")}},
            at(T0), at(T0 + 600), std::chrono::seconds(60));
        QVERIFY(f.isFinished());
        QVERIFY(f.result().error().kind == SourceError::Kind::BadQuery);
        auto g = source.queryTimeseries({{QStringLiteral("1x"), QStringLiteral("avg:g{*}")}}, at(T0), at(T0 + 600),
                                        std::chrono::seconds(60));
        QVERIFY(g.isFinished());
        QVERIFY(g.result().error().message.contains(QLatin1String("\"1x\"")));
    }

    void timeseriesBadQueryGivesDatadogsText()
    {
        DatadogSource source(config(m_stub.port()), ApiKey, AppKey, fastOptions());
        auto f = source.queryTimeseries({{QStringLiteral("a"), QStringLiteral("sum:http_requests{service:web")}},
                                        at(T0), at(T0 + 600), std::chrono::seconds(60));
        QVERIFY(waitFor(f));
        QVERIFY(!f.result().isOk());
        const SourceError e = f.result().error();
        QVERIFY(e.kind == SourceError::Kind::BadQuery);
        QCOMPARE(e.httpStatus, 400);
        QVERIFY2(e.message.contains(QLatin1String("Error parsing query")), qPrintable(e.message));
        QVERIFY(e.message.contains(QLatin1String("\"prod-datadog\"")));
        QVERIFY(source.timeseriesAvailable()); // a bad query is no sign of a missing v2
    }

    void timeseriesAuthFailureNamesSourceNotKey()
    {
        const QString secret = QStringLiteral("dd-app-fedcba9876543210-secret");
        DatadogSource source(config(m_stub.port()), ApiKey, secret, fastOptions());
        auto f = source.queryTimeseries({{QStringLiteral("a"), QStringLiteral("sum:http_requests{*}.as_count()")}},
                                        at(T0), at(T0 + 600), std::chrono::seconds(60));
        QVERIFY(waitFor(f));
        const SourceError e = f.result().error();
        QVERIFY(e.kind == SourceError::Kind::Auth);
        QCOMPARE(e.httpStatus, 403);
        QVERIFY2(e.message.contains(QLatin1String("\"prod-datadog\"")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("Forbidden")), qPrintable(e.message));
        QVERIFY(!e.message.contains(secret));
        QVERIFY(!e.message.contains(ApiKey));
        QVERIFY(source.health().state == SourceHealth::State::AuthFailed);
        QVERIFY(!source.health().message.contains(secret));
    }

    void timeseriesWaitsForRateLimitReset()
    {
        DatadogStubProcess limited;
        QVERIFY(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("1"), QStringLiteral("--rate-period"),
                               QStringLiteral("2")}));
        DatadogSource source(config(limited.port()), ApiKey, AppKey, fastOptions());
        const DatadogSource::NamedQueries q = {
            {QStringLiteral("web"), QStringLiteral("sum:http_requests{service:web}.as_count()")},
            {QStringLiteral("api"), QStringLiteral("sum:http_requests{service:api}.as_count()")}};
        QElapsedTimer timer;
        timer.start();
        // Sent together: the later ones meet a 429 (or the exhausted budget) and wait.
        QList<QFuture<SourceResult<QMap<QString, QueryResult>>>> futures;
        for (int i = 0; i < 3; ++i)
            futures << source.queryTimeseries(q, at(T0), at(T0 + 3600), std::chrono::seconds(60));
        for (const auto &f : futures) {
            QVERIFY(waitFor(f));
            const auto r = f.result();
            QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
            const std::vector<double> web = r.value().value(QStringLiteral("web")).series.front().v;
            QCOMPARE(std::accumulate(web.begin(), web.end(), 0.0), 671.0);
            const std::vector<double> api = r.value().value(QStringLiteral("api")).series.front().v;
            QCOMPARE(std::accumulate(api.begin(), api.end(), 0.0), 200.0);
        }
        QVERIFY(timer.elapsed() >= 1000); // at most one request per 2 s period
        QCOMPARE(source.rateLimit().limit, std::optional<int>(1));
        QCOMPARE(source.rateLimit().period, std::optional<int>(2));
    }

    void timeseriesMissingOnAProxyIsRemembered()
    {
        DatadogStubProcess v1Only;
        QVERIFY(v1Only.start({QStringLiteral("--no-v2")}));
        DatadogSource source(config(v1Only.port()), ApiKey, AppKey, fastOptions());
        QVERIFY(source.timeseriesAvailable());
        auto f = source.queryTimeseries({{QStringLiteral("a"), QStringLiteral("avg:queue_depth{*}")}}, at(T0),
                                        at(T0 + 600), std::chrono::seconds(60));
        QVERIFY(waitFor(f));
        QCOMPARE(f.result().error().httpStatus, 404);
        QVERIFY(!source.timeseriesAvailable());
        DatadogSource::Options off = fastOptions();
        off.timeseriesV2 = false;
        QVERIFY(!DatadogSource(config(m_stub.port()), ApiKey, AppKey, off).timeseriesAvailable());
    }

    void crossOriginRedirectNeverCarriesTheKeys()
    {
        StubServer elsewhere; // records every request that reaches it
        DatadogStubProcess redirecting;
        QVERIFY(redirecting.start({QStringLiteral("--redirect-to"), elsewhere.url()}));
        DatadogSource source(config(redirecting.port()), ApiKey, AppKey, fastOptions());
        auto f = source.queryRange(QStringLiteral("sum:http_requests{*}.as_count()"), at(T0), at(T0 + 600),
                                   std::chrono::seconds(60));
        QVERIFY(waitFor(f));
        QVERIFY(!f.result().isOk());
        const QString message = f.result().error().message;
        QVERIFY2(message.contains(QStringLiteral("redirected to another origin, %1/api/v1/query").arg(elsewhere.url())),
                 qPrintable(message));
        QTest::qWait(100);
        QCOMPARE(elsewhere.requests.size(), 0); // neither DD-API-KEY nor DD-APPLICATION-KEY went there
    }

    void echoedKeysAreRedacted()
    {
        // A proxy that quotes the request headers in its error, with terminal controls.
        StubServer echo;
        echo.handler = [](const StubRequest &request) {
            return StubReply{400, "{\"errors\":[\"bad key \\u001b[2J" + request.headers.value("dd-api-key") + " / " +
                                      request.headers.value("dd-application-key") + "\"]}"};
        };
        DataSource ds = config(0);
        ds.url = echo.url();
        const QString apiCanary = QStringLiteral("canary-api-key-7f3e9a");
        const QString appCanary = QStringLiteral("canary-app-key-51c0d2");
        DatadogSource source(ds, apiCanary, appCanary, fastOptions());
        auto f = source.query(QStringLiteral("avg:up{*}"), at(T0));
        QVERIFY(waitFor(f));
        QVERIFY(!f.result().isOk());
        const QString message = f.result().error().message;
        QVERIFY2(message.contains(QStringLiteral("bad key \\x1b[2J*** / ***")), qPrintable(message));
        QVERIFY(!message.contains(apiCanary) && !message.contains(appCanary));
        QVERIFY(!source.health().message.contains(apiCanary));
        QCOMPARE(echo.requests.first().headers.value("dd-api-key"), apiCanary.toUtf8()); // sent where it belongs
    }

    void controlCharactersInKeysAreRefused()
    {
        StubServer server;
        DataSource ds = config(0);
        ds.url = server.url();
        DatadogSource source(ds, QStringLiteral("key\r\nX-Evil: injected"), AppKey, fastOptions());
        auto f = source.query(QStringLiteral("avg:up{*}"), at(T0));
        QVERIFY(waitFor(f));
        QVERIFY(!f.result().isOk());
        QCOMPARE(f.result().error().message,
                 QStringLiteral("the API key of Datadog source \"prod-datadog\" contains the control character CR at "
                                "position 4; control characters (CR, LF, NUL, TAB, other C0, DEL) could inject HTTP "
                                "headers and are not allowed"));
        QCOMPARE(server.requests.size(), 0);
    }

    void listingIsUnsupported()
    {
        DatadogSource source(config(m_stub.port()), ApiKey, AppKey);
        auto f = source.series({QStringLiteral("up")});
        QVERIFY(f.isFinished());
        QVERIFY(f.result().error().kind == SourceError::Kind::BadQuery);
        QVERIFY(f.result().error().message.contains(QLatin1String("cannot list series")));
    }

private:
    DatadogStubProcess m_stub;
};

QTEST_GUILESS_MAIN(TestDatadogSource)
#include "tst_datadogsource.moc"
