// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/prometheus/prometheusresponse.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Sla::Core;
using Kind = SourceError::Kind;
using Type = QueryResult::Type;

class TestPrometheusResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseQuery_data();
    void parseQuery();
    void parseQuery_specialValuesAndTimes();
    void parseQuery_warnings();
    void parseQuery_labelsAreUnescaped();
    void parseQuery_truncatedBodiesAreMalformed();
    void parseQuery_paddedAndUnpaddedBodiesAgree();
    void errorEnvelope_data();
    void errorEnvelope();
    void sampleValue_data();
    void sampleValue();
    void seriesResponse();
    void stringListResponse_data();
    void stringListResponse();
    void buildInfo();
    void rangeResponse_mustBeAMatrix_data();
    void rangeResponse_mustBeAMatrix();
};

namespace {

const QByteArray kMatrix = R"({"status":"success","data":{"resultType":"matrix","result":[)"
                           R"({"metric":{"__name__":"http_requests_total","code":"500","service":"fraud-model"},)"
                           R"("values":[[1738281480,"18980"],[1738281540,"18981.5"],[1738281600,"18983"]]},)"
                           R"({"metric":{"code":"200"},"values":[[1738281600,"23845185"]]}]}})";

} // namespace

void TestPrometheusResponse::parseQuery_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");   // SourceError::Kind when !ok
    QTest::addColumn<int>("type");   // QueryResult::Type when ok
    QTest::addColumn<int>("series"); // number of series when ok
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("firstValue");
    QTest::addColumn<QString>("message"); // a substring of the error message

    const int M = int(Kind::Malformed);
    QTest::addRow("vector") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[)"
                                          R"({"metric":{},"value":[1738281600,"18983"]},)"
                                          R"({"metric":{"a":"b"},"value":[1738281600,"2.5"]}]}})")
                            << 200 << true << 0 << int(Type::Vector) << 2 << 2 << 18983.0 << QString();
    QTest::addRow("matrix") << kMatrix << 200 << true << 0 << int(Type::Matrix) << 2 << 4 << 18980.0 << QString();
    QTest::addRow("scalar")
        << QByteArray(
               R"({"status":"success","data":{"resultType":"scalar","result":[1738281600,"0.9992039063651634"]}})")
        << 200 << true << 0 << int(Type::Scalar) << 1 << 1 << 0.9992039063651634 << QString();
    QTest::addRow("string")
        << QByteArray(R"({"status":"success","data":{"resultType":"string","result":[1738281600,"hello"]}})") << 200
        << true << 0 << int(Type::String) << 0 << 0 << 0.0 << QString();
    QTest::addRow("empty vector") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})")
                                  << 200 << true << 0 << int(Type::Vector) << 0 << 0 << 0.0 << QString();
    QTest::addRow("empty matrix, whitespace")
        << QByteArray(
               " {\n \"status\" : \"success\" ,\n \"data\" : { \"resultType\" : \"matrix\" , \"result\" : [ ] } }\n")
        << 200 << true << 0 << int(Type::Matrix) << 0 << 0 << 0.0 << QString();
    QTest::addRow("members in another order")
        << QByteArray(R"({"data":{"result":[{"value":[5,"7"],"metric":{}}],"resultType":"vector"},"status":"success"})")
        << 200 << true << 0 << int(Type::Vector) << 1 << 1 << 7.0 << QString();
    QTest::addRow("native histogram skipped")
        << QByteArray(
               R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"histogram":[5,{"count":"3"}]}]}})")
        << 200 << true << 0 << int(Type::Vector) << 1 << 0 << 0.0 << QString();

    // Malformed and wrong types
    QTest::addRow("empty body") << QByteArray() << 200 << false << M << 0 << 0 << 0 << 0.0 << QStringLiteral("empty");
    QTest::addRow("not json") << QByteArray("<html>hello</html>") << 200 << false << M << 0 << 0 << 0 << 0.0
                              << QString();
    QTest::addRow("top-level array") << QByteArray("[1,2]") << 200 << false << M << 0 << 0 << 0 << 0.0 << QString();
    QTest::addRow("trailing garbage") << QByteArray(
                                             R"({"status":"success","data":{"resultType":"vector","result":[]}} {})")
                                      << 200 << false << M << 0 << 0 << 0 << 0.0 << QStringLiteral("after the JSON");
    QTest::addRow("no status") << QByteArray(R"({"data":{"resultType":"vector","result":[]}})") << 200 << false << M
                               << 0 << 0 << 0 << 0.0 << QStringLiteral("status");
    QTest::addRow("unknown status") << QByteArray(R"({"status":"maybe","data":{"resultType":"vector","result":[]}})")
                                    << 200 << false << M << 0 << 0 << 0 << 0.0 << QStringLiteral("maybe");
    QTest::addRow("no data") << QByteArray(R"({"status":"success"})") << 200 << false << M << 0 << 0 << 0 << 0.0
                             << QStringLiteral("data");
    QTest::addRow("no resultType") << QByteArray(R"({"status":"success","data":{"result":[]}})") << 200 << false << M
                                   << 0 << 0 << 0 << 0.0 << QStringLiteral("resultType");
    QTest::addRow("no result") << QByteArray(R"({"status":"success","data":{"resultType":"vector"}})") << 200 << false
                               << M << 0 << 0 << 0 << 0.0 << QStringLiteral("result");
    QTest::addRow("unknown resultType") << QByteArray(
                                               R"({"status":"success","data":{"resultType":"tensor","result":[]}})")
                                        << 200 << false << M << 0 << 0 << 0 << 0.0 << QStringLiteral("tensor");
    QTest::addRow("value is a number")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,1]}]}})")
        << 200 << false << M << 0 << 0 << 0 << 0.0 << QStringLiteral("must be a string");
    QTest::addRow("value not numeric")
        << QByteArray(
               R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"abc"]}]}})")
        << 200 << false << M << 0 << 0 << 0 << 0.0 << QStringLiteral("abc");
    QTest::addRow("time is a string")
        << QByteArray(
               R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":["1","1"]}]}})")
        << 200 << false << M << 0 << 0 << 0 << 0.0 << QStringLiteral("time");
    QTest::addRow("pair of three")
        << QByteArray(
               R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"1","2"]}]}})")
        << 200 << false << M << 0 << 0 << 0 << 0.0 << QStringLiteral("3 elements");
    QTest::addRow("pair of one")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1]]}]}})")
        << 200 << false << M << 0 << 0 << 0 << 0.0 << QStringLiteral("1 elements");
    QTest::addRow("metric is an array")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":[],"value":[1,"1"]}]}})")
        << 200 << false << M << 0 << 0 << 0 << 0.0 << QString();
    QTest::addRow("label value is a number")
        << QByteArray(
               R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":1},"value":[1,"1"]}]}})")
        << 200 << false << M << 0 << 0 << 0 << 0.0 << QString();
    QTest::addRow("result is an object") << QByteArray(
                                                R"({"status":"success","data":{"resultType":"vector","result":{}}})")
                                         << 200 << false << M << 0 << 0 << 0 << 0.0 << QString();
    QTest::addRow("values in a vector")
        << QByteArray(
               R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"values":[[1,"1"]]}]}})")
        << 200 << false << M << 0 << 0 << 0 << 0.0 << QStringLiteral("vector result");
    QTest::addRow("value in a matrix")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"value":[1,"1"]}]}})")
        << 200 << false << M << 0 << 0 << 0 << 0.0 << QStringLiteral("matrix result");
    QTest::addRow("scalar as object") << QByteArray(
                                             R"({"status":"success","data":{"resultType":"scalar","result":{"v":1}}})")
                                      << 200 << false << M << 0 << 0 << 0 << 0.0 << QString();
    QTest::addRow("unterminated string")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":"b)") << 200
        << false << M << 0 << 0 << 0 << 0.0 << QString();

    // A proxy's HTML error page: classified by HTTP status, not "malformed".
    QTest::addRow("502 html page") << QByteArray("<html><body>Bad Gateway</body></html>") << 502 << false
                                   << int(Kind::Server) << 0 << 0 << 0 << 0.0
                                   << QStringLiteral("HTTP status 502: <html><body>Bad Gateway");
    QTest::addRow("400 plain text") << QByteArray("bad request") << 400 << false << int(Kind::BadQuery) << 0 << 0 << 0
                                    << 0.0 << QStringLiteral("HTTP status 400: bad request");
    QTest::addRow("504 empty") << QByteArray() << 504 << false << int(Kind::Timeout) << 0 << 0 << 0 << 0.0
                               << QStringLiteral("HTTP status 504");
}

void TestPrometheusResponse::parseQuery()
{
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);
    QFETCH(bool, ok);
    QFETCH(int, kind);
    QFETCH(int, type);
    QFETCH(int, series);
    QFETCH(int, samples);
    QFETCH(double, firstValue);
    QFETCH(QString, message);

    const SourceResult<QueryResult> result = Prometheus::parseQueryResponse(body, httpStatus);
    QCOMPARE(result.isOk(), ok);
    if (!ok) {
        QCOMPARE(int(result.error().kind), kind);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(result.error().httpStatus, httpStatus);
        return;
    }
    const QueryResult &r = result.value();
    QCOMPARE(int(r.type), type);
    QCOMPARE(int(r.series.size()), series);
    int total = 0;
    for (const SampleSeries &s : r.series) {
        QCOMPARE(s.t.size(), s.v.size());
        total += int(s.v.size());
    }
    QCOMPARE(total, samples);
    if (samples > 0)
        QCOMPARE(r.series.front().v.front(), firstValue);
}

void TestPrometheusResponse::parseQuery_specialValuesAndTimes()
{
    const QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"le":"+Inf"},)"
                            R"("values":[[1738281600.123,"NaN"],[1738281600.5,"+Inf"],[1738281601,"-Inf"],)"
                            R"([1.7382816e9,"-0.25"],[1738281600.0004,"1e+06"],[1738281600.9996,"-3"]]}]}})";
    const auto result = Prometheus::parseQueryResponse(body);
    QVERIFY2(result.isOk(), result.isOk() ? "" : qPrintable(result.error().message));
    const SampleSeries &s = result.value().series.at(0);
    QCOMPARE(s.labels.value(QStringLiteral("le")), QStringLiteral("+Inf"));
    const std::vector<qint64> times{1738281600123, 1738281600500, 1738281601000,
                                    1738281600000, 1738281600000, 1738281601000};
    QCOMPARE(s.t, times);
    QVERIFY(std::isnan(s.v[0]));
    QCOMPARE(s.v[1], std::numeric_limits<double>::infinity());
    QCOMPARE(s.v[2], -std::numeric_limits<double>::infinity());
    QCOMPARE(s.v[3], -0.25);
    QCOMPARE(s.v[4], 1e6);
    QCOMPARE(s.v[5], -3.0);
}

void TestPrometheusResponse::parseQuery_warnings()
{
    const QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[]},)"
                            R"("warnings":["PromQL info: metric might not be a counter","partial response"]})";
    const auto result = Prometheus::parseQueryResponse(body);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().warnings, QStringList({QStringLiteral("PromQL info: metric might not be a counter"),
                                                   QStringLiteral("partial response")}));
}

void TestPrometheusResponse::parseQuery_labelsAreUnescaped()
{
    const QByteArray body =
        R"({"status":"success","data":{"resultType":"vector","result":[)"
        R"({"metric":{"path":"/a\"b\\c","city":"M\u00fcnchen","emoji":"\ud83d\ude00"},"value":[1,"1"]}]}})";
    const auto result = Prometheus::parseQueryResponse(body);
    QVERIFY2(result.isOk(), result.isOk() ? "" : qPrintable(result.error().message));
    const SeriesLabels &labels = result.value().series.at(0).labels;
    QCOMPARE(labels.value(QStringLiteral("path")), QStringLiteral("/a\"b\\c"));
    QCOMPARE(labels.value(QStringLiteral("city")), QString::fromUtf8("M\xc3\xbcnchen"));
    QCOMPARE(labels.value(QStringLiteral("emoji")), QString::fromUtf8("\xf0\x9f\x98\x80"));
}

void TestPrometheusResponse::parseQuery_truncatedBodiesAreMalformed()
{
    // Every proper prefix of a valid body, as a cut-off transfer would leave it.
    for (qsizetype n = 0; n < kMatrix.size(); ++n) {
        const QByteArray prefix = kMatrix.left(n);
        const auto result = Prometheus::parseQueryResponse(prefix);
        QVERIFY2(!result.isOk(), qPrintable(QStringLiteral("prefix of %1 bytes was accepted").arg(n)));
        QCOMPARE(int(result.error().kind), int(Kind::Malformed));
        QVERIFY(!result.error().message.isEmpty());
    }
    QVERIFY(Prometheus::parseQueryResponse(kMatrix).isOk());
}

void TestPrometheusResponse::parseQuery_paddedAndUnpaddedBodiesAgree()
{
    QByteArray padded = kMatrix;
    padded.reserve(padded.size() + Prometheus::kParsePadding);
    const QByteArray exact(kMatrix.constData(), kMatrix.size());
    const auto a = Prometheus::parseQueryResponse(padded);
    const auto b = Prometheus::parseQueryResponse(exact);
    QVERIFY(a.isOk() && b.isOk());
    QCOMPARE(a.value().series.size(), b.value().series.size());
    for (size_t i = 0; i < a.value().series.size(); ++i) {
        QCOMPARE(a.value().series[i].labels, b.value().series[i].labels);
        QCOMPARE(a.value().series[i].t, b.value().series[i].t);
        QCOMPARE(a.value().series[i].v, b.value().series[i].v);
    }
    const std::vector<qint64> t{1738281480000, 1738281540000, 1738281600000};
    QCOMPARE(a.value().series[0].t, t);
    QCOMPARE(a.value().series[0].v, std::vector<double>({18980, 18981.5, 18983}));
    QCOMPARE(a.value().series[0].labels.value(QStringLiteral("__name__")), QStringLiteral("http_requests_total"));
}

void TestPrometheusResponse::errorEnvelope_data()
{
    QTest::addColumn<QByteArray>("errorType");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("kind");

    QTest::addRow("bad_data") << QByteArray("bad_data") << 400 << int(Kind::BadQuery);
    QTest::addRow("timeout") << QByteArray("timeout") << 503 << int(Kind::Timeout);
    QTest::addRow("canceled") << QByteArray("canceled") << 503 << int(Kind::Cancelled);
    QTest::addRow("execution") << QByteArray("execution") << 422 << int(Kind::Server);
    QTest::addRow("internal") << QByteArray("internal") << 500 << int(Kind::Server);
    QTest::addRow("unavailable") << QByteArray("unavailable") << 503 << int(Kind::Server);
    QTest::addRow("not_found") << QByteArray("not_found") << 404 << int(Kind::Server);
    QTest::addRow("unknown type") << QByteArray("brand_new") << 500 << int(Kind::Server);
}

void TestPrometheusResponse::errorEnvelope()
{
    QFETCH(QByteArray, errorType);
    QFETCH(int, httpStatus);
    QFETCH(int, kind);

    const QByteArray text = "exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query "
                            "resolution (?step=XX)";
    const QByteArray body = R"({"status":"error","errorType":")" + errorType + R"(","error":")" + text + R"("})";
    const auto query = Prometheus::parseQueryResponse(body, httpStatus);
    QVERIFY(!query.isOk());
    QCOMPARE(int(query.error().kind), kind);
    QCOMPARE(query.error().httpStatus, httpStatus);
    // Server-side failures (5xx) also name the status, so they do not read like a bad query.
    const QString expected = httpStatus >= 500 ? QString::fromUtf8(text) + QStringLiteral(" (HTTP %1)").arg(httpStatus)
                                               : QString::fromUtf8(text);
    QCOMPARE(query.error().message, expected);

    // The same envelope answers every endpoint.
    const auto labels = Prometheus::parseStringListResponse(body, httpStatus);
    QVERIFY(!labels.isOk());
    QCOMPARE(int(labels.error().kind), kind);
    const auto series = Prometheus::parseSeriesResponse(body, httpStatus);
    QVERIFY(!series.isOk());
    QCOMPARE(int(series.error().kind), kind);

    // Without an error text the type is named.
    const QByteArray bare = R"({"status":"error","errorType":")" + errorType + R"("})";
    const auto noText = Prometheus::parseQueryResponse(bare, httpStatus);
    QVERIFY(!noText.isOk());
    QVERIFY(noText.error().message.contains(QString::fromUtf8(errorType)));
}

void TestPrometheusResponse::sampleValue_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("expected");

    QTest::addRow("integer") << QByteArray("18983") << true << 18983.0;
    QTest::addRow("fraction") << QByteArray("0.9992039063651634") << true << 0.9992039063651634;
    QTest::addRow("negative") << QByteArray("-2.5") << true << -2.5;
    QTest::addRow("exponent") << QByteArray("1e+06") << true << 1e6;
    QTest::addRow("small exponent") << QByteArray("5e-324") << true << 5e-324;
    QTest::addRow("leading plus") << QByteArray("+3") << true << 3.0;
    QTest::addRow("leading dot") << QByteArray(".5") << true << 0.5;
    QTest::addRow("+Inf") << QByteArray("+Inf") << true << std::numeric_limits<double>::infinity();
    QTest::addRow("Inf") << QByteArray("Inf") << true << std::numeric_limits<double>::infinity();
    QTest::addRow("-Inf") << QByteArray("-Inf") << true << -std::numeric_limits<double>::infinity();
    QTest::addRow("empty") << QByteArray() << false << 0.0;
    QTest::addRow("lower-case inf") << QByteArray("inf") << false << 0.0;
    QTest::addRow("lower-case nan") << QByteArray("nan") << false << 0.0;
    QTest::addRow("word") << QByteArray("abc") << false << 0.0;
    QTest::addRow("trailing junk") << QByteArray("1.5x") << false << 0.0;
    QTest::addRow("hex") << QByteArray("0x10") << false << 0.0;
    QTest::addRow("space") << QByteArray(" 1") << false << 0.0;
    QTest::addRow("lone minus") << QByteArray("-") << false << 0.0;
    QTest::addRow("out of range") << QByteArray("1e999") << false << 0.0;
}

void TestPrometheusResponse::sampleValue()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(double, expected);
    const auto value = Prometheus::parseSampleValue(std::string_view(text.constData(), size_t(text.size())));
    QCOMPARE(value.has_value(), ok);
    if (ok)
        QCOMPARE(*value, expected);
    QVERIFY(std::isnan(Prometheus::parseSampleValue("NaN").value_or(0)));
}

void TestPrometheusResponse::seriesResponse()
{
    const QByteArray body =
        R"({"status":"success","data":[{"__name__":"up","job":"prometheus","instance":"localhost:9090"},)"
        R"({"__name__":"up","job":"node"}]})";
    const auto result = Prometheus::parseSeriesResponse(body);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().size(), 2);
    QCOMPARE(result.value().at(0).value(QStringLiteral("instance")), QStringLiteral("localhost:9090"));
    QCOMPARE(result.value().at(1), SeriesLabels({{QStringLiteral("__name__"), QStringLiteral("up")},
                                                 {QStringLiteral("job"), QStringLiteral("node")}}));

    const auto wrong = Prometheus::parseSeriesResponse(R"({"status":"success","data":["up"]})");
    QVERIFY(!wrong.isOk());
    QCOMPARE(int(wrong.error().kind), int(Kind::Malformed));
    const auto empty = Prometheus::parseSeriesResponse(R"({"status":"success","data":[]})");
    QVERIFY(empty.isOk());
    QVERIFY(empty.value().isEmpty());
}

void TestPrometheusResponse::stringListResponse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("names") << QByteArray(R"({"status":"success","data":["__name__","code","service"]})") << true
                           << QStringList{QStringLiteral("__name__"), QStringLiteral("code"),
                                          QStringLiteral("service")};
    QTest::addRow("values with escapes") << QByteArray(R"({"status":"success","data":["a\"b","\u00e9"]})") << true
                                         << QStringList{QStringLiteral("a\"b"), QString(QChar(0xe9))};
    QTest::addRow("empty") << QByteArray(R"({"status":"success","data":[]})") << true << QStringList();
    QTest::addRow("null data") << QByteArray(R"({"status":"success","data":null})") << false << QStringList();
    QTest::addRow("numbers") << QByteArray(R"({"status":"success","data":[1,2]})") << false << QStringList();
    QTest::addRow("truncated") << QByteArray(R"({"status":"success","data":["a","b)") << false << QStringList();
}

void TestPrometheusResponse::stringListResponse()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QStringList, expected);
    const auto result = Prometheus::parseStringListResponse(body);
    QCOMPARE(result.isOk(), ok);
    if (ok)
        QCOMPARE(result.value(), expected);
    else
        QCOMPARE(int(result.error().kind), int(Kind::Malformed));
}

void TestPrometheusResponse::rangeResponse_mustBeAMatrix_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addRow("matrix") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[]}})")
                            << QString();
    // Issue 14: a vector answer to query_range read as an empty range, i.e. no_data.
    QTest::addRow("vector") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})")
                            << QStringLiteral(
                                   "the range query was answered with a vector result, not a matrix; is this a "
                                   "Prometheus-compatible query API?");
    QTest::addRow("scalar") << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1,"1"]}})")
                            << QStringLiteral(
                                   "the range query was answered with a scalar result, not a matrix; is this a "
                                   "Prometheus-compatible query API?");
}

void TestPrometheusResponse::rangeResponse_mustBeAMatrix()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const auto result = Prometheus::parseRangeResponse(body);
    QCOMPARE(result.isOk(), error.isEmpty());
    if (!error.isEmpty()) {
        QVERIFY(result.error().kind == SourceError::Kind::Malformed);
        QCOMPARE(result.error().message, error);
    }
}

void TestPrometheusResponse::buildInfo()
{
    const auto result = Prometheus::parseBuildInfoResponse(
        R"({"status":"success","data":{"version":"2.42.0","revision":"","branch":"debian/sid","goVersion":"go1.19.8"}})");
    QVERIFY(result.isOk());
    QCOMPARE(result.value(), QStringLiteral("2.42.0"));
    const auto notFound = Prometheus::parseBuildInfoResponse("404 page not found\n", 404);
    QVERIFY(!notFound.isOk());
    QCOMPARE(int(notFound.error().kind), int(Kind::Server));
    QCOMPARE(notFound.error().httpStatus, 404);
}

QTEST_GUILESS_MAIN(TestPrometheusResponse)
#include "tst_prometheusresponse.moc"
