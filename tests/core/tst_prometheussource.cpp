// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/prometheus/prometheussource.h"
#include "tests/stubserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QHash>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Sla::Core;
using namespace std::chrono_literals;
using Kind = SourceError::Kind;

namespace {

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

DataSource makeConfig(const QString &url)
{
    DataSource ds;
    ds.metadata.name = QStringLiteral("prod-prom");
    ds.type = DataSourceType::Prometheus;
    ds.url = url;
    return ds;
}

PrometheusSource::Options fastOptions()
{
    PrometheusSource::Options o;
    o.transferTimeout = 3000ms;
    o.retryBaseDelay = 20ms;
    o.maxRetries = 2;
    return o;
}

template <typename T> T await(QFuture<T> future)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 8000); }();
    if (!future.isFinished() || future.resultCount() == 0)
        return T();
    return future.result();
}

const QByteArray kVector =
    R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"service":"fraud-model"},"value":[1738281600,"18983"]}]}})";

constexpr qint64 kStart = 1735689600; // 2025-01-01T00:00:00Z
constexpr qint64 kEnd = 1738281600;   // 2025-01-31T00:00:00Z

/// A matrix for every step of the requested range: value k at start + k*step (k counted
/// from kStart), a second series with 2k, and one that only exists from day 20 on.
QByteArray rangeBody(const StubRequest &request)
{
    const double start = request.param(QStringLiteral("start")).toDouble();
    const double end = request.param(QStringLiteral("end")).toDouble();
    const double step = request.param(QStringLiteral("step")).toDouble();
    if (step <= 0)
        return QByteArray(R"({"status":"error","errorType":"bad_data","error":"no step"})");
    QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    const auto series = [&](const QByteArray &code, double factor, qint64 from) {
        QByteArray s = R"({"metric":{"code":")";
        s.append(code).append(R"("},"values":[)");
        bool first = true;
        for (qint64 t = qint64(start); t <= qint64(end); t += qint64(step)) {
            if (t < from)
                continue;
            if (!first)
                s += ',';
            first = false;
            s.append('[').append(QByteArray::number(t)).append(",\"");
            s.append(QByteArray::number(double(t - kStart) / 60 * factor, 'f', 0)).append("\"]");
        }
        s.append("]}");
        return s;
    };
    const qint64 lateFrom = kStart + 20 * 86400;
    body.append(series("200", 1, 0)).append(',').append(series("500", 2, 0));
    if (qint64(end) >= lateFrom)
        body.append(',').append(series("503", 3, lateFrom));
    body.append("]}}");
    return body;
}

} // namespace

class TestPrometheusSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatSeconds_data();
    void formatSeconds();
    void splitRange_data();
    void splitRange();
    void stitch_dropsSharedBoundaryAndMatchesLabels();

    void query_sendsPathParamsAndTenant();
    void query_longQueryIsPosted();
    void auth_data();
    void auth();
    void queryRange_thirtyDaysAtSixtySecondsIsChunkedAndStitched();
    void queryRange_concurrencyCapHonoured();
    void queryRange_chunkErrorFailsCall();
    void retry_on503ThenSuccess();
    void retry_givesUpAfterMaxRetries();
    void noRetry_onBadData();
    void unauthorized_isAuthWithoutSecret();
    void timeout_whenServerNeverAnswers();
    void oversizeBody_isTooLarge_data();
    void oversizeBody_isTooLarge();
    void serverDown_isUnreachable();
    void invalidUrl_failsImmediately();
    void metadata_seriesAndLabels();
    void health_buildInfoThenFallback();
    void destruction_cancelsPendingCalls();
    void cancelAll_finishesWithCancelled();
    void callerCancel_dropsQueuedChunks();
    void tls_badCaFileAndInsecureWarning();
    void redirect_crossOriginNeverCarriesAuthorization();
    void echoedSecret_isRedactedAndEscaped();
    void controlCharacters_refusedBeforeSending_data();
    void controlCharacters_refusedBeforeSending();
    void tls_selfSignedServerNeedsCaFile();
    void health_serverTextIsEscaped();
};

void TestPrometheusSource::formatSeconds_data()
{
    QTest::addColumn<qint64>("millis");
    QTest::addColumn<QString>("expected");
    QTest::addRow("whole") << qint64(1738281600000) << QStringLiteral("1738281600.000");
    QTest::addRow("fraction") << qint64(1738281600123) << QStringLiteral("1738281600.123");
    QTest::addRow("step") << qint64(60000) << QStringLiteral("60.000");
    QTest::addRow("small") << qint64(5) << QStringLiteral("0.005");
    QTest::addRow("negative") << qint64(-1500) << QStringLiteral("-1.500");
}

void TestPrometheusSource::formatSeconds()
{
    QFETCH(qint64, millis);
    QFETCH(QString, expected);
    QCOMPARE(PrometheusSource::formatSeconds(millis), expected);
}

void TestPrometheusSource::splitRange_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QList<qint64>>("bounds"); // start, end, start, end, ...

    const qint64 day = 86400000;
    QTest::addRow("fits") << qint64(0) << 7 * day << qint64(60000) << QList<qint64>{0, 7 * day};
    QTest::addRow("exactly 11000 steps") << qint64(0) << qint64(11000 * 60000) << qint64(60000)
                                         << QList<qint64>{0, 11000 * 60000};
    QTest::addRow("30 days at 60 s") << qint64(0) << 30 * day << qint64(60000)
                                     << QList<qint64>{0,        7 * day + day / 2,  7 * day + day / 2,  15 * day,
                                                      15 * day, 22 * day + day / 2, 22 * day + day / 2, 30 * day};
    // 11,001 steps: a second chunk of 201 steps, ending at the unaligned end.
    QTest::addRow("one step over, unaligned end")
        << qint64(0) << qint64(11001 * 60000 + 30000) << qint64(60000)
        << QList<qint64>{0, 10800 * 60000, 10800 * 60000, 11001 * 60000 + 30000};
    QTest::addRow("empty range") << qint64(5) << qint64(5) << qint64(60000) << QList<qint64>{5, 5};
}

void TestPrometheusSource::splitRange()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(qint64, step);
    QFETCH(QList<qint64>, bounds);
    const auto chunks = PrometheusSource::splitRange(start, end, step, 11000, 10800);
    QList<qint64> flat;
    for (const auto &[from, to] : chunks) {
        flat << from << to;
        QVERIFY((to - from) / step <= 11000);
    }
    QCOMPARE(flat, bounds);
}

void TestPrometheusSource::stitch_dropsSharedBoundaryAndMatchesLabels()
{
    const SeriesLabels a{{QStringLiteral("code"), QStringLiteral("200")}};
    const SeriesLabels b{{QStringLiteral("code"), QStringLiteral("500")}};
    QueryResult first;
    first.type = QueryResult::Type::Matrix;
    first.series = {SampleSeries{b, {0, 60, 120}, {0, 1, 2}}, SampleSeries{a, {0, 60, 120}, {5, 6, 7}}};
    first.warnings = {QStringLiteral("w")};
    QueryResult second;
    second.type = QueryResult::Type::Matrix;
    second.series = {SampleSeries{a, {120, 180}, {7, 8}}, SampleSeries{b, {180}, {3}}};
    second.warnings = {QStringLiteral("w"), QStringLiteral("v")};
    const QueryResult out = PrometheusSource::stitch({first, second});
    QCOMPARE(int(out.type), int(QueryResult::Type::Matrix));
    QCOMPARE(out.series.size(), size_t(2));
    QCOMPARE(out.series[0].labels, a); // ordered by labels
    QCOMPARE(out.series[0].t, std::vector<qint64>({0, 60, 120, 180}));
    QCOMPARE(out.series[0].v, std::vector<double>({5, 6, 7, 8}));
    QCOMPARE(out.series[1].labels, b);
    QCOMPARE(out.series[1].t, std::vector<qint64>({0, 60, 120, 180}));
    QCOMPARE(out.series[1].v, std::vector<double>({0, 1, 2, 3}));
    QCOMPARE(out.warnings, QStringList({QStringLiteral("w"), QStringLiteral("v")}));
}

void TestPrometheusSource::query_sendsPathParamsAndTenant()
{
    StubServer server;
    server.handler = [](const StubRequest &) { return StubReply{200, kVector}; };
    DataSource config = makeConfig(server.url() + QStringLiteral("/"));
    config.pathPrefix = QStringLiteral("prometheus/");
    config.tenant = QStringLiteral("team-risk");
    PrometheusSource source(config, QString(), fastOptions());
    QCOMPARE(source.baseUrl().path(), QStringLiteral("/prometheus"));

    // '+', '&', '=' and ';' must survive the query string.
    const QString promql = QStringLiteral("sum(rate(http_requests_total{code=~\"5..\",a=\"x&y=z;\"}[5m])) + 1");
    const auto result = await(source.query(promql, utc(kEnd)));
    QVERIFY2(result.isOk(), result.isOk() ? "" : qPrintable(result.error().message));
    QCOMPARE(result.value().series.size(), size_t(1));
    QCOMPARE(result.value().series[0].v, std::vector<double>{18983});
    QCOMPARE(result.value().series[0].t, std::vector<qint64>{kEnd * 1000});

    QCOMPARE(server.requests.size(), 1);
    const StubRequest &r = server.requests.first();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QByteArray("/prometheus/api/v1/query"));
    QCOMPARE(r.param(QStringLiteral("query")), promql);
    QCOMPARE(r.param(QStringLiteral("time")), QStringLiteral("1738281600.000"));
    QCOMPARE(r.headers.value("x-scope-orgid"), QByteArray("team-risk"));
    QCOMPARE(r.headers.value("accept"), QByteArray("application/json"));
    QVERIFY(!r.headers.contains("authorization"));
    QCOMPARE(int(source.health().state), int(SourceHealth::State::Ok));

    // Without a time the server's "now" applies: no time parameter.
    QVERIFY(await(source.query(QStringLiteral("up"), QDateTime())).isOk());
    QVERIFY(!server.requests.last().headers.isEmpty());
    QCOMPARE(server.requests.last().all(QStringLiteral("time")), QStringList());
}

void TestPrometheusSource::query_longQueryIsPosted()
{
    StubServer server;
    server.handler = [](const StubRequest &) { return StubReply{200, kVector}; };
    PrometheusSource::Options options = fastOptions();
    options.postThreshold = 200;
    PrometheusSource source(makeConfig(server.url()), QString(), options);
    QString longQuery = QStringLiteral("sum(up)");
    while (longQuery.size() < 400)
        longQuery += QStringLiteral(" + sum(up{job=\"a+b\"})");
    QVERIFY(await(source.query(longQuery, utc(kEnd))).isOk());
    QVERIFY(await(source.query(QStringLiteral("up"), QDateTime())).isOk());
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.requests[0].method, QByteArray("POST"));
    QCOMPARE(server.requests[0].path, QByteArray("/api/v1/query"));
    QCOMPARE(server.requests[0].headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(server.requests[0].param(QStringLiteral("query")), longQuery);
    QCOMPARE(server.requests[0].param(QStringLiteral("time")), QStringLiteral("1738281600.000"));
    QCOMPARE(server.requests[1].method, QByteArray("GET"));
}

void TestPrometheusSource::auth_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("none") << int(AuthType::None) << QString() << QStringLiteral("ignored") << QByteArray();
    QTest::addRow("basic") << int(AuthType::Basic) << QStringLiteral("alice") << QStringLiteral("s3cr:et")
                           << QByteArray("Basic " + QByteArray("alice:s3cr:et").toBase64());
    QTest::addRow("basic non-ASCII") << int(AuthType::Basic) << QStringLiteral("bob")
                                     << QString::fromUtf8("p\xc3\xa4ss")
                                     << QByteArray("Basic " + QByteArray("bob:p\xc3\xa4ss").toBase64());
    QTest::addRow("bearer") << int(AuthType::Bearer) << QString() << QStringLiteral("tok.en-123")
                            << QByteArray("Bearer tok.en-123");
}

void TestPrometheusSource::auth()
{
    QFETCH(int, auth);
    QFETCH(QString, username);
    QFETCH(QString, secret);
    QFETCH(QByteArray, expected);

    StubServer server;
    server.handler = [](const StubRequest &) { return StubReply{200, R"({"status":"success","data":["job"]})"}; };
    DataSource config = makeConfig(server.url());
    config.auth = AuthType(auth);
    config.username = username;
    PrometheusSource source(config, secret, fastOptions());
    QVERIFY(await(source.labelNames()).isOk());
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().headers.value("authorization"), expected);
}

void TestPrometheusSource::queryRange_thirtyDaysAtSixtySecondsIsChunkedAndStitched()
{
    StubServer server;
    server.handler = [](const StubRequest &request) {
        const double steps =
            (request.param(QStringLiteral("end")).toDouble() - request.param(QStringLiteral("start")).toDouble()) /
            request.param(QStringLiteral("step")).toDouble();
        if (steps > 11000) // what Prometheus 2.42 answers
            return StubReply{
                400,
                R"x({"status":"error","errorType":"bad_data","error":"exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)"})x"};
        return StubReply{200, rangeBody(request)};
    };
    PrometheusSource source(makeConfig(server.url()), QString(), fastOptions());
    const auto result = await(source.queryRange(QStringLiteral("http_requests_total"), utc(kStart), utc(kEnd), 60s));
    QVERIFY2(result.isOk(), result.isOk() ? "" : qPrintable(result.error().message));

    // Four requests of 10,800 steps that tile the range and share their boundaries.
    QCOMPARE(server.requests.size(), 4);
    QList<std::pair<double, double>> ranges;
    for (const StubRequest &r : std::as_const(server.requests)) {
        QCOMPARE(r.path, QByteArray("/api/v1/query_range"));
        QCOMPARE(r.param(QStringLiteral("step")), QStringLiteral("60.000"));
        QCOMPARE(r.param(QStringLiteral("query")), QStringLiteral("http_requests_total"));
        ranges.append({r.param(QStringLiteral("start")).toDouble(), r.param(QStringLiteral("end")).toDouble()});
    }
    std::sort(ranges.begin(), ranges.end());
    QCOMPARE(ranges.first().first, double(kStart));
    QCOMPARE(ranges.last().second, double(kEnd));
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        QVERIFY((ranges[i].second - ranges[i].first) / 60 <= 11000);
        if (i > 0)
            QCOMPARE(ranges[i].first, ranges[i - 1].second);
    }

    // Stitched: 43,201 samples per series, every minute exactly once.
    const QueryResult &r = result.value();
    QCOMPARE(int(r.type), int(QueryResult::Type::Matrix));
    QCOMPARE(r.series.size(), size_t(3));
    const QStringList codes{QStringLiteral("200"), QStringLiteral("500"), QStringLiteral("503")};
    for (size_t s = 0; s < 3; ++s) {
        const SampleSeries &series = r.series[s];
        QCOMPARE(series.labels.value(QStringLiteral("code")), codes.at(qsizetype(s)));
        const qint64 firstK = s == 2 ? 20 * 1440 : 0;
        const size_t expected = size_t(43201 - firstK);
        QCOMPARE(series.t.size(), expected);
        QCOMPARE(series.v.size(), expected);
        for (size_t i = 0; i < expected; ++i) {
            const qint64 k = firstK + qint64(i);
            if (series.t[i] != (kStart + k * 60) * 1000 || series.v[i] != double(k) * double(s + 1))
                QFAIL(qPrintable(
                    QStringLiteral("series %1 sample %2: t=%3 v=%4").arg(s).arg(i).arg(series.t[i]).arg(series.v[i])));
        }
    }
}

void TestPrometheusSource::queryRange_concurrencyCapHonoured()
{
    StubServer server;
    server.handler = [](const StubRequest &request) { return StubReply{200, rangeBody(request), 150}; };
    PrometheusSource::Options options = fastOptions();
    options.maxConcurrentRequests = 2;
    options.maxStepsPerRequest = 100;
    options.chunkSteps = 100;
    PrometheusSource source(makeConfig(server.url()), QString(), options);
    // 600 steps of 60 s: six chunks, at most two on the wire at a time.
    const auto result = await(source.queryRange(QStringLiteral("up"), utc(kStart), utc(kStart + 600 * 60), 60s));
    QVERIFY(result.isOk());
    QCOMPARE(server.requests.size(), 6);
    QCOMPARE(server.maxInFlight, 2);
    QCOMPARE(result.value().series.at(0).t.size(), size_t(601));
}

void TestPrometheusSource::queryRange_chunkErrorFailsCall()
{
    StubServer server;
    server.handler = [](const StubRequest &request) {
        // The last chunk fails at once; the others would take a second to answer.
        if (request.param(QStringLiteral("start")).toDouble() >= kStart + 200 * 60)
            return StubReply{
                422,
                R"({"status":"error","errorType":"execution","error":"query processing would load too many samples into memory"})"};
        return StubReply{200, rangeBody(request), 1000};
    };
    PrometheusSource::Options options = fastOptions();
    options.maxStepsPerRequest = 100;
    options.chunkSteps = 100;
    PrometheusSource source(makeConfig(server.url()), QString(), options);
    QElapsedTimer timer;
    timer.start();
    const auto result = await(source.queryRange(QStringLiteral("up"), utc(kStart), utc(kStart + 300 * 60), 60s));
    QVERIFY(timer.elapsed() < 900); // the slow chunks were abandoned, not awaited
    QCOMPARE(server.requests.size(), 3);
    QVERIFY(!result.isOk());
    QCOMPARE(int(result.error().kind), int(Kind::Server));
    QCOMPARE(result.error().httpStatus, 422);
    QVERIFY(result.error().message.contains(QStringLiteral("too many samples")));
}

void TestPrometheusSource::retry_on503ThenSuccess()
{
    StubServer server;
    int calls = 0;
    server.handler = [&calls](const StubRequest &) {
        if (++calls == 1)
            return StubReply{503, R"({"status":"error","errorType":"unavailable","error":"starting up"})"};
        return StubReply{200, kVector};
    };
    PrometheusSource source(makeConfig(server.url()), QString(), fastOptions());
    const auto result = await(source.query(QStringLiteral("up"), QDateTime()));
    QVERIFY2(result.isOk(), result.isOk() ? "" : qPrintable(result.error().message));
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(result.value().series.at(0).v, std::vector<double>{18983});
}

void TestPrometheusSource::retry_givesUpAfterMaxRetries()
{
    StubServer server;
    server.handler = [](const StubRequest &) { return StubReply{504, "gateway timeout"}; };
    PrometheusSource source(makeConfig(server.url()), QString(), fastOptions()); // maxRetries 2
    const auto result = await(source.query(QStringLiteral("up"), QDateTime()));
    QVERIFY(!result.isOk());
    QCOMPARE(server.requests.size(), 3);
    QCOMPARE(int(result.error().kind), int(Kind::Timeout));
    QCOMPARE(result.error().httpStatus, 504);
    QCOMPARE(int(source.health().state), int(SourceHealth::State::Error));
}

void TestPrometheusSource::noRetry_onBadData()
{
    StubServer server;
    server.handler = [](const StubRequest &) {
        return StubReply{400,
                         R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected \"}\""})"};
    };
    PrometheusSource source(makeConfig(server.url()), QString(), fastOptions());
    const auto result = await(source.query(QStringLiteral("up{}}"), QDateTime()));
    QVERIFY(!result.isOk());
    QCOMPARE(int(result.error().kind), int(Kind::BadQuery));
    QCOMPARE(result.error().httpStatus, 400);
    QCOMPARE(result.error().message, QStringLiteral("1:5: parse error: unexpected \"}\""));
    QTest::qWait(100); // a retry would have arrived by now
    QCOMPARE(server.requests.size(), 1);
}

void TestPrometheusSource::unauthorized_isAuthWithoutSecret()
{
    StubServer server;
    server.handler = [](const StubRequest &) { return StubReply{401, "Unauthorized"}; };
    DataSource config = makeConfig(server.url());
    config.auth = AuthType::Bearer;
    const QString secret = QStringLiteral("very-secret-token");
    PrometheusSource source(config, secret, fastOptions());
    QSignalSpy healthSpy(&source, &MetricSource::healthChanged);
    const auto result = await(source.query(QStringLiteral("up"), QDateTime()));
    QVERIFY(!result.isOk());
    QCOMPARE(int(result.error().kind), int(Kind::Auth));
    QCOMPARE(result.error().httpStatus, 401);
    QVERIFY(result.error().message.contains(QStringLiteral("prod-prom")));
    QVERIFY(!result.error().message.contains(secret));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(healthSpy.size(), 1);
    const auto health = healthSpy.first().first().value<SourceHealth>();
    QCOMPARE(int(health.state), int(SourceHealth::State::AuthFailed));
    QVERIFY(!health.message.contains(secret));
    QVERIFY(health.checkedAt.isValid());
}

void TestPrometheusSource::timeout_whenServerNeverAnswers()
{
    StubServer server;
    server.handler = [](const StubRequest &) { return StubReply{200, {}, 0, true}; };
    PrometheusSource::Options options = fastOptions();
    options.transferTimeout = 300ms;
    PrometheusSource source(makeConfig(server.url()), QString(), options);
    QElapsedTimer timer;
    timer.start();
    const auto result = await(source.query(QStringLiteral("up"), QDateTime()));
    QVERIFY(!result.isOk());
    QCOMPARE(int(result.error().kind), int(Kind::Timeout));
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY(timer.elapsed() < 3000);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(int(source.health().state), int(SourceHealth::State::Unreachable));
}

void TestPrometheusSource::oversizeBody_isTooLarge_data()
{
    QTest::addColumn<bool>("contentLength");
    QTest::addRow("announced by Content-Length") << true;
    QTest::addRow("streamed until close") << false;
}

void TestPrometheusSource::oversizeBody_isTooLarge()
{
    QFETCH(bool, contentLength);
    StubServer server;
    QByteArray big = R"({"status":"success","data":{"resultType":"vector","result":[)";
    while (big.size() < 400 * 1024)
        big += R"({"metric":{"service":"fraud-model"},"value":[1738281600,"18983"]},)";
    big += R"({"metric":{},"value":[1,"1"]}]}})";
    server.handler = [&](const StubRequest &) { return StubReply{200, big, 0, false, contentLength}; };
    PrometheusSource::Options options = fastOptions();
    options.maxResponseBytes = 100 * 1024;
    PrometheusSource source(makeConfig(server.url()), QString(), options);
    const auto result = await(source.query(QStringLiteral("up"), QDateTime()));
    QVERIFY(!result.isOk());
    QCOMPARE(int(result.error().kind), int(Kind::TooLarge));
    QVERIFY(result.error().message.contains(QStringLiteral("prod-prom")));

    // The same body under a higher limit parses.
    options.maxResponseBytes = 1024 * 1024;
    PrometheusSource roomy(makeConfig(server.url()), QString(), options);
    const auto ok = await(roomy.query(QStringLiteral("up"), QDateTime()));
    QVERIFY2(ok.isOk(), ok.isOk() ? "" : qPrintable(ok.error().message));
    QVERIFY(ok.value().series.size() > 1000);
}

void TestPrometheusSource::serverDown_isUnreachable()
{
    QString url;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    } // closed: connections are refused
    PrometheusSource source(makeConfig(url), QString(), fastOptions());
    QSignalSpy healthSpy(&source, &MetricSource::healthChanged);
    const auto result = await(source.query(QStringLiteral("up"), QDateTime()));
    QVERIFY(!result.isOk());
    QCOMPARE(int(result.error().kind), int(Kind::Unreachable));
    QCOMPARE(result.error().httpStatus, 0);
    QVERIFY(result.error().message.contains(QStringLiteral("prod-prom")));
    QCOMPARE(int(source.health().state), int(SourceHealth::State::Unreachable));
    QCOMPARE(healthSpy.size(), 1);

    const SourceHealth health = await(source.checkHealth());
    QCOMPARE(int(health.state), int(SourceHealth::State::Unreachable));
}

void TestPrometheusSource::invalidUrl_failsImmediately()
{
    PrometheusSource source(makeConfig(QStringLiteral("ftp://example.org")), QString(), fastOptions());
    const auto future = source.query(QStringLiteral("up"), QDateTime());
    QVERIFY(future.isFinished());
    QCOMPARE(int(future.result().error().kind), int(Kind::Unreachable));
    QVERIFY(future.result().error().message.contains(QStringLiteral("ftp://example.org")));
}

void TestPrometheusSource::metadata_seriesAndLabels()
{
    StubServer server;
    server.handler = [](const StubRequest &request) {
        if (request.path == "/api/v1/series")
            return StubReply{200, R"({"status":"success","data":[{"__name__":"up","job":"node"}]})"};
        if (request.path == "/api/v1/labels")
            return StubReply{200, R"({"status":"success","data":["__name__","job"]})"};
        if (request.path == "/api/v1/label/job/values")
            return StubReply{200, R"({"status":"success","data":["node","prometheus"]})"};
        return StubReply{404, "404 page not found"};
    };
    PrometheusSource source(makeConfig(server.url()), QString(), fastOptions());
    const MetadataRange range{utc(kStart), utc(kEnd)};

    const auto series =
        await(source.series({QStringLiteral("up"), QStringLiteral("http_requests_total{code=\"500\"}")}, range));
    QVERIFY(series.isOk());
    QCOMPARE(series.value().size(), 1);
    QCOMPARE(series.value().first().value(QStringLiteral("job")), QStringLiteral("node"));
    QCOMPARE(server.requests.last().all(QStringLiteral("match[]")),
             QStringList({QStringLiteral("up"), QStringLiteral("http_requests_total{code=\"500\"}")}));
    QCOMPARE(server.requests.last().param(QStringLiteral("start")), QStringLiteral("1735689600.000"));
    QCOMPARE(server.requests.last().param(QStringLiteral("end")), QStringLiteral("1738281600.000"));

    const auto names = await(source.labelNames());
    QVERIFY(names.isOk());
    QCOMPARE(names.value(), QStringList({QStringLiteral("__name__"), QStringLiteral("job")}));
    QVERIFY(server.requests.last().params.isEmpty());

    const auto values = await(source.labelValues(QStringLiteral("job"), {QStringLiteral("up")}));
    QVERIFY(values.isOk());
    QCOMPARE(values.value(), QStringList({QStringLiteral("node"), QStringLiteral("prometheus")}));
    QCOMPARE(server.requests.last().all(QStringLiteral("match[]")), QStringList{QStringLiteral("up")});

    const int before = int(server.requests.size());
    const auto bad = await(source.labelValues(QStringLiteral("../admin")));
    QVERIFY(!bad.isOk());
    QCOMPARE(int(bad.error().kind), int(Kind::BadQuery));
    const auto noMatchers = await(source.series({}));
    QCOMPARE(int(noMatchers.error().kind), int(Kind::BadQuery));
    QCOMPARE(int(server.requests.size()), before);
}

void TestPrometheusSource::health_buildInfoThenFallback()
{
    StubServer server;
    bool hasBuildInfo = true;
    server.handler = [&hasBuildInfo](const StubRequest &request) {
        if (request.path == "/api/v1/status/buildinfo" && hasBuildInfo)
            return StubReply{
                200, R"({"status":"success","data":{"version":"2.42.0","revision":"","goVersion":"go1.19.8"}})"};
        if (request.path == "/api/v1/query")
            return StubReply{200, R"({"status":"success","data":{"resultType":"scalar","result":[1738281600,"1"]}})"};
        return StubReply{404, "404 page not found"};
    };
    PrometheusSource source(makeConfig(server.url()), QString(), fastOptions());
    QSignalSpy spy(&source, &MetricSource::healthChanged);
    QCOMPARE(int(source.health().state), int(SourceHealth::State::Unknown));

    const SourceHealth first = await(source.checkHealth());
    QCOMPARE(int(first.state), int(SourceHealth::State::Ok));
    QVERIFY(first.message.contains(QStringLiteral("2.42.0")));
    QVERIFY(first.checkedAt.isValid());
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(spy.size(), 1);

    hasBuildInfo = false; // e.g. an older server or a proxy that does not route it
    const SourceHealth second = await(source.checkHealth());
    QCOMPARE(int(second.state), int(SourceHealth::State::Ok));
    QCOMPARE(server.requests.size(), 3);
    QCOMPARE(server.requests.last().path, QByteArray("/api/v1/query"));
}

void TestPrometheusSource::destruction_cancelsPendingCalls()
{
    StubServer server;
    server.handler = [](const StubRequest &) { return StubReply{200, {}, 0, true}; };
    auto source = std::make_unique<PrometheusSource>(makeConfig(server.url()), QString(), fastOptions());
    const auto pending = source->query(QStringLiteral("up"), QDateTime());
    const auto range = source->queryRange(QStringLiteral("up"), utc(kStart), utc(kEnd), 60s);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 4, 5000); // cap 4: one query + three chunks
    source.reset();
    QVERIFY(pending.isFinished());
    QVERIFY(range.isFinished());
    QCOMPARE(int(pending.result().error().kind), int(Kind::Cancelled));
    QCOMPARE(int(range.result().error().kind), int(Kind::Cancelled));
}

void TestPrometheusSource::cancelAll_finishesWithCancelled()
{
    StubServer server;
    server.handler = [](const StubRequest &) { return StubReply{200, kVector, 300}; };
    PrometheusSource source(makeConfig(server.url()), QString(), fastOptions());
    const auto pending = source.query(QStringLiteral("up"), QDateTime());
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 5000);
    source.cancelAll();
    QVERIFY(pending.isFinished());
    QCOMPARE(int(pending.result().error().kind), int(Kind::Cancelled));
    // The source stays usable.
    QVERIFY(await(source.query(QStringLiteral("up"), QDateTime())).isOk());
}

void TestPrometheusSource::callerCancel_dropsQueuedChunks()
{
    StubServer server;
    server.handler = [](const StubRequest &request) {
        if (request.path == "/api/v1/query")
            return StubReply{200, kVector};
        return StubReply{200, rangeBody(request), 100};
    };
    PrometheusSource::Options options = fastOptions();
    options.maxConcurrentRequests = 1;
    options.maxStepsPerRequest = 100;
    options.chunkSteps = 100;
    PrometheusSource source(makeConfig(server.url()), QString(), options);
    auto future = source.queryRange(QStringLiteral("up"), utc(kStart), utc(kStart + 300 * 60), 60s);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 5000);
    future.cancel();
    QTest::qWait(400); // the first chunk answers after 100 ms; two more would follow
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(future.isCanceled());
    // Other calls go on.
    QVERIFY(await(source.query(QStringLiteral("up"), QDateTime())).isOk());
}

void TestPrometheusSource::tls_badCaFileAndInsecureWarning()
{
    DataSource config = makeConfig(QStringLiteral("https://prometheus.example.com"));
    config.caFile = QStringLiteral("/nonexistent/ca.pem");
    PrometheusSource badCa(config, QString(), fastOptions());
    const auto future = badCa.query(QStringLiteral("up"), QDateTime());
    QVERIFY(future.isFinished());
    QCOMPARE(int(future.result().error().kind), int(Kind::Unreachable));
    QVERIFY(future.result().error().message.contains(QStringLiteral("/nonexistent/ca.pem")));

    config.caFile.clear();
    config.insecureSkipVerify = true;
    config.metadata.name = QStringLiteral("insecure-prom");
    QTest::ignoreMessage(
        QtWarningMsg, "TLS certificate verification is disabled for data source 'insecure-prom' (insecureSkipVerify)");
    PrometheusSource first(config, QString(), fastOptions());
    QTest::failOnWarning(QRegularExpression(QStringLiteral("insecureSkipVerify")));
    PrometheusSource second(config, QString(), fastOptions()); // warned once already
}

void TestPrometheusSource::redirect_crossOriginNeverCarriesAuthorization()
{
    StubServer elsewhere; // another port: another origin
    StubServer server;
    const QByteArray target = (elsewhere.url() + QStringLiteral("/api/v1/query")).toUtf8();
    server.handler = [&](const StubRequest &request) {
        if (request.path == "/moved") { // within the origin: followed, with the header
            StubReply r{308, {}};
            r.headers.push_back({"Location", "/api/v1/query"});
            return r;
        }
        if (request.path == "/api/v1/query") {
            StubReply r{307, {}};
            r.headers.push_back({"Location", target});
            return r;
        }
        return StubReply{200, kVector};
    };
    DataSource config = makeConfig(server.url());
    config.auth = AuthType::Bearer;
    const QString canary = QStringLiteral("canary-bearer-7d41c9");
    PrometheusSource source(config, canary, fastOptions());
    const auto result = await(source.query(QStringLiteral("up"), QDateTime()));
    QVERIFY(!result.isOk());
    QCOMPARE(int(result.error().kind), int(Kind::Unreachable));
    QVERIFY2(
        result.error().message.startsWith(
            QStringLiteral("data source 'prod-prom' at %1/api/v1/query redirected to another origin, %2/api/v1/query;")
                .arg(server.url(), elsewhere.url())),
        qPrintable(result.error().message));
    QTest::qWait(100);
    QCOMPARE(elsewhere.requests.size(), 0);
    QCOMPARE(server.requests.size(), 1);

    // A same-origin redirect is followed and keeps the header.
    DataSource moved = config;
    moved.pathPrefix = QStringLiteral("/moved");
    PrometheusSource second(moved, canary, fastOptions());
    server.handler = [](const StubRequest &request) {
        StubReply r{200, kVector};
        if (request.path.startsWith("/moved")) {
            r = StubReply{308, {}};
            r.headers.push_back({"Location", "/api/v1/query?" + QByteArray("query=up")});
        }
        return r;
    };
    QVERIFY(await(second.query(QStringLiteral("up"), QDateTime())).isOk());
    QCOMPARE(server.requests.last().path, QByteArray("/api/v1/query"));
    QCOMPARE(server.requests.last().headers.value("authorization"), "Bearer " + canary.toUtf8());
}

void TestPrometheusSource::echoedSecret_isRedactedAndEscaped()
{
    // A server that quotes the Authorization header in its error, with terminal controls.
    StubServer server;
    server.handler = [](const StubRequest &request) {
        return StubReply{400, R"({"status":"error","errorType":"bad_data","error":"\u001b]0;x\u0007bad header )" +
                                  request.headers.value("authorization") + "\"}"};
    };
    const QString canary = QStringLiteral("canary-password-93be0f");
    DataSource config = makeConfig(server.url());
    config.auth = AuthType::Basic;
    config.username = QStringLiteral("alice");
    PrometheusSource source(config, canary, fastOptions());
    const auto result = await(source.query(QStringLiteral("up"), QDateTime()));
    QVERIFY(!result.isOk());
    // The whole header value goes, and with it the password inside.
    QCOMPARE(result.error().message, QStringLiteral("\\x1b]0;x\\x07bad header ***"));
    const QByteArray basic = (QStringLiteral("alice:") + canary).toUtf8().toBase64();
    QCOMPARE(server.requests.first().headers.value("authorization"), "Basic " + basic);
}

void TestPrometheusSource::controlCharacters_refusedBeforeSending_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::addRow("tenant") << QStringLiteral("tenant")
                            << QStringLiteral("the tenant of data source 'prod-prom' contains the control character CR "
                                              "at position 5");
    QTest::addRow("secret") << QStringLiteral("secret")
                            << QStringLiteral("the secret of data source 'prod-prom' contains the control character LF "
                                              "at position 4");
    QTest::addRow("username") << QStringLiteral("username")
                              << QStringLiteral("the username of data source 'prod-prom' contains the control "
                                                "character NUL at position 2");
}

void TestPrometheusSource::controlCharacters_refusedBeforeSending()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    StubServer server;
    DataSource config = makeConfig(server.url());
    config.auth = AuthType::Basic;
    config.username = QStringLiteral("alice");
    QString secret = QStringLiteral("pw");
    if (field == u"tenant")
        config.tenant = QStringLiteral("team\r\nX-Evil: injected");
    else if (field == u"secret")
        secret = QStringLiteral("tok\nX-Evil: injected");
    else
        config.username = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    PrometheusSource source(config, secret, fastOptions());
    const auto result = await(source.query(QStringLiteral("up"), QDateTime()));
    QVERIFY(!result.isOk());
    QVERIFY2(result.error().message.startsWith(expected), qPrintable(result.error().message));
    QVERIFY(!result.error().message.contains(QStringLiteral("X-Evil")));
    QCOMPARE(server.requests.size(), 0);
}

namespace {
/// An HTTPS server on 127.0.0.1 with a self-signed certificate made by openssl.
class TlsStub : public QObject
{
public:
    QString certificatePath;

    bool start(const QString &dir)
    {
        certificatePath = dir + QStringLiteral("/cert.pem");
        const QString keyPath = dir + QStringLiteral("/key.pem");
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath,
                       QStringLiteral("-out"), certificatePath, QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            return false;
        QFile keyFile(keyPath);
        if (!keyFile.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate::fromPath(certificatePath).value(0));
        ssl.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(ssl);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer] {
                    *buffer += socket->readAll();
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(kVector.size()) + "\r\n\r\n" + kVector);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()); }

private:
    QSslServer m_server;
};
} // namespace

void TestPrometheusSource::tls_selfSignedServerNeedsCaFile()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    QTemporaryDir dir;
    TlsStub server;
    QVERIFY(server.start(dir.path()));

    // Verification is on by default: the self-signed certificate fails, and the message
    // says what to do about it.
    DataSource config = makeConfig(server.url());
    PrometheusSource strict(config, QString(), fastOptions());
    const auto refused = await(strict.query(QStringLiteral("up"), QDateTime()));
    QVERIFY(!refused.isOk());
    QCOMPARE(int(refused.error().kind), int(Kind::Unreachable));
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("set caFile of data source 'prod-prom' to that CA's certificate (PEM)")),
             qPrintable(refused.error().message));

    config.caFile = server.certificatePath;
    PrometheusSource trusting(config, QString(), fastOptions());
    const auto trusted = await(trusting.query(QStringLiteral("up"), QDateTime()));
    QVERIFY2(trusted.isOk(), qPrintable(trusted.isOk() ? QString() : trusted.error().message));
    QCOMPARE(trusted.value().series.front().v.front(), 18983.0);

    config.caFile.clear();
    config.insecureSkipVerify = true;
    config.metadata.name = QStringLiteral("tls-insecure");
    QTest::ignoreMessage(
        QtWarningMsg, "TLS certificate verification is disabled for data source 'tls-insecure' (insecureSkipVerify)");
    PrometheusSource insecure(config, QString(), fastOptions());
    QVERIFY(await(insecure.query(QStringLiteral("up"), QDateTime())).isOk());
}

void TestPrometheusSource::health_serverTextIsEscaped()
{
    StubServer server;
    server.handler = [](const StubRequest &) {
        return StubReply{200, "{\"status\":\"success\",\"data\":{\"version\":\"2.42\\u001b[2J\\u0007\"}}"};
    };
    PrometheusSource source(makeConfig(server.url()), QString(), fastOptions());
    QSignalSpy healthSpy(&source, &MetricSource::healthChanged);
    const SourceHealth health = await(source.checkHealth());
    QCOMPARE(health.message, QStringLiteral("version 2.42\\x1b[2J\\x07"));
    QCOMPARE(healthSpy.first().first().value<SourceHealth>().message, health.message);
}

QTEST_GUILESS_MAIN(TestPrometheusSource)
#include "tst_prometheussource.moc"
