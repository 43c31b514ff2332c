// SPDX-License-Identifier: Apache-2.0
// The pure parts of the CloudWatch source: selectors in CloudWatch's own form, the split of
// queries into GetMetricData calls within the documented limits (500 queries, 100,800 data
// points), request bodies of the JSON 1.0 protocol, answers and AWS's error shapes, STS
// AssumeRole, the shared credentials file, the document reader's connectionDetails and the
// validator's diagnostics (file:line:column).

#include "core/evaluation/cloudwatchevaluation.h"
#include "core/exchange/loader.h"
#include "core/metrics/cloudwatch/awscredentialsfile.h"
#include "core/metrics/cloudwatch/cloudwatchapi.h"
#include "core/query/cloudwatchselector.h"
#include "core/validation/validator.h"
#include "tests/support/testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sla::Core;

namespace {
const QString Elb =
    QStringLiteral("{namespace: AWS/ApplicationELB, metric: HTTPCode_Target_5XX_Count, dimensions: {LoadBalancer: "
                   "app/x}, stat: Sum}");

CloudWatchApi::MetricQuery query(const QString &id, int period)
{
    return {id, *parseCloudWatchSelector(Elb), QStringLiteral("Sum"), period};
}
} // namespace

class TestCloudWatchApi : public QObject
{
    Q_OBJECT

private slots:
    void selectorParses();
    void selectorErrors_data();
    void selectorErrors();
    void selectorRoundTrips();
    void percentileStats();
    void callsStayWithinTheLimits();
    void longSeriesAreSplitInTime();
    void requestBodyIsTheJsonProtocol();
    void expressionInputsAreRenamed();
    void pageParses();
    void errorsParse();
    void listMetricsRequestAndPage();
    void assumeRoleParses();
    void credentialsFileProfiles();
    void readerChecksConnectionDetails();
    void validatorNamesUnservedIndicators();
    void latencyUnits();
};

void TestCloudWatchApi::selectorParses()
{
    const auto s = parseCloudWatchSelector(Elb);
    QVERIFY(s);
    QCOMPARE(s->metric.nameSpace, QStringLiteral("AWS/ApplicationELB"));
    QCOMPARE(s->metric.metric, QStringLiteral("HTTPCode_Target_5XX_Count"));
    QCOMPARE(s->metric.dimensions.size(), 1);
    QCOMPARE(s->metric.dimensions.at(0).second, QStringLiteral("app/x"));
    QCOMPARE(s->metric.stat, QStringLiteral("Sum"));
    const auto q = parseCloudWatchSelector(QStringLiteral(
        "{namespace: 'My App', metric: \"Lat\", dimensions: {Arn: 'arn:aws:x:1:2', Q: 'it''s'}, unit: Microseconds, "
        "period: 300}"));
    QVERIFY(q);
    QCOMPARE(q->metric.nameSpace, QStringLiteral("My App"));
    QCOMPARE(q->metric.dimensions.at(0).second, QStringLiteral("arn:aws:x:1:2"));
    QCOMPARE(q->metric.dimensions.at(1).second, QStringLiteral("it's"));
    QCOMPARE(q->period, 300);
    const auto e = parseCloudWatchSelector(QStringLiteral(
        "{expression: 'm1 / m2 * 100', metrics: {m1: {namespace: A, metric: Err, stat: Sum}, m2: {namespace: A, "
        "metric: All}}}"));
    QVERIFY(e);
    QVERIFY(e->isExpression());
    QCOMPARE(e->inputs.size(), 2);
    QCOMPARE(e->inputs.at(1).second.metric, QStringLiteral("All"));
}

void TestCloudWatchApi::selectorErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("column");
    QTest::addRow("not a mapping") << "AWS/ELB:x"
                                   << "mapping in braces" << 0;
    QTest::addRow("no metric") << "{namespace: A}"
                               << "needs 'namespace' and 'metric'" << 0;
    QTest::addRow("unknown field") << "{namespace: A, metric: B, stats: Sum}"
                                   << "unknown field 'stats'" << 33;
    QTest::addRow("bad stat") << "{namespace: A, metric: B, stat: Median}"
                              << "unknown statistic 'Median'" << 0;
    QTest::addRow("period") << "{namespace: A, metric: B, period: 90}"
                            << "multiple of 60" << 34;
    QTest::addRow("unterminated") << "{namespace: 'A, metric: B}"
                                  << "unterminated" << 12;
    QTest::addRow("twice") << "{namespace: A, namespace: B, metric: C}"
                           << "given twice" << 15;
    QTest::addRow("trailing") << "{namespace: A, metric: B} x"
                              << "after the closing brace" << 26;
}

void TestCloudWatchApi::selectorErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, column);
    QString error;
    int at = -1;
    QVERIFY(!parseCloudWatchSelector(text, &error, &at));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(at, column);
}

void TestCloudWatchApi::selectorRoundTrips()
{
    for (const QString &text :
         {Elb, QStringLiteral("{namespace: 'a b', metric: m, dimensions: {k: 'x,y'}, unit: Count, period: 60}")}) {
        const auto s = parseCloudWatchSelector(text);
        QVERIFY(s);
        QCOMPARE(parseCloudWatchSelector(s->toString()), s);
    }
    QCOMPARE(parseCloudWatchSelector(Elb)->toString(), Elb);
}

void TestCloudWatchApi::percentileStats()
{
    QCOMPARE(cloudWatchPercentileStat(0.95), QStringLiteral("p95"));
    QCOMPARE(cloudWatchPercentileStat(0.999), QStringLiteral("p99.9"));
    QVERIFY(isCloudWatchStat(QStringLiteral("p99.9")));
    QVERIFY(isCloudWatchStat(QStringLiteral("SampleCount")));
    QVERIFY(!isCloudWatchStat(QStringLiteral("p100")));
    QVERIFY(!isCloudWatchStat(QStringLiteral("p0")));
}

void TestCloudWatchApi::callsStayWithinTheLimits()
{
    // 1,000 queries of one day at 5 minutes: 288 points each. 100,800 / 288 = 350 per call.
    std::vector<CloudWatchApi::MetricQuery> many;
    for (int i = 0; i < 1000; ++i)
        many.push_back(query(QStringLiteral("q%1").arg(i), 300));
    const auto calls = CloudWatchApi::planCalls(many, 0, 86400);
    QCOMPARE(calls.size(), std::size_t(3));
    std::size_t total = 0;
    for (const auto &c : calls) {
        qint64 points = 0;
        for (const auto &q : c.queries)
            points += CloudWatchApi::datapoints(q, c.from, c.to);
        QVERIFY(points <= CloudWatchApi::MaxDatapointsPerCall);
        QVERIFY(c.queries.size() <= std::size_t(CloudWatchApi::MaxQueriesPerCall));
        total += c.queries.size();
    }
    QCOMPARE(total, std::size_t(1000));
    // 600 queries of one point each: the 500-query limit splits them.
    std::vector<CloudWatchApi::MetricQuery> small;
    for (int i = 0; i < 600; ++i)
        small.push_back(query(QStringLiteral("q%1").arg(i), 60));
    const auto two = CloudWatchApi::planCalls(small, 0, 60);
    QCOMPARE(two.size(), std::size_t(2));
    QCOMPARE(two[0].queries.size(), std::size_t(500));
}

void TestCloudWatchApi::longSeriesAreSplitInTime()
{
    // 90 days at one minute: 129,600 points, more than one call takes.
    const auto calls = CloudWatchApi::planCalls({query(QStringLiteral("q0"), 60)}, 0, 90 * 86400);
    QCOMPARE(calls.size(), std::size_t(2));
    QCOMPARE(calls[0].from, 0);
    QCOMPARE(calls[0].to, 100800 * 60);
    QCOMPARE(calls[1].from, 100800 * 60);
    QCOMPARE(calls[1].to, 90 * 86400);
    // Unaligned bounds round out to the period.
    const auto aligned = CloudWatchApi::planCalls({query(QStringLiteral("q0"), 300)}, 1000, 2000);
    QCOMPARE(aligned[0].from, 900);
    QCOMPARE(aligned[0].to, 2100);
}

void TestCloudWatchApi::requestBodyIsTheJsonProtocol()
{
    CloudWatchApi::Call call{{query(QStringLiteral("q0"), 300)}, 1700000000, 1700003600};
    const QJsonObject body =
        QJsonDocument::fromJson(CloudWatchApi::requestBody(call, QStringLiteral("tok"), 50)).object();
    QCOMPARE(body.value(QStringLiteral("StartTime")).toDouble(), 1700000000.0);
    QCOMPARE(body.value(QStringLiteral("EndTime")).toDouble(), 1700003600.0);
    QCOMPARE(body.value(QStringLiteral("ScanBy")).toString(), QStringLiteral("TimestampAscending"));
    QCOMPARE(body.value(QStringLiteral("NextToken")).toString(), QStringLiteral("tok"));
    QCOMPARE(body.value(QStringLiteral("MaxDatapoints")).toInt(), 50);
    QCOMPARE(body.value(QStringLiteral("LabelOptions")).toObject().value(QStringLiteral("Timezone")).toString(),
             QStringLiteral("+0000"));
    const QJsonObject q = body.value(QStringLiteral("MetricDataQueries")).toArray().at(0).toObject();
    QCOMPARE(q.value(QStringLiteral("Id")).toString(), QStringLiteral("q0"));
    const QJsonObject stat = q.value(QStringLiteral("MetricStat")).toObject();
    QCOMPARE(stat.value(QStringLiteral("Period")).toInt(), 300);
    QCOMPARE(stat.value(QStringLiteral("Stat")).toString(), QStringLiteral("Sum"));
    const QJsonObject metric = stat.value(QStringLiteral("Metric")).toObject();
    QCOMPARE(metric.value(QStringLiteral("Namespace")).toString(), QStringLiteral("AWS/ApplicationELB"));
    QCOMPARE(metric.value(QStringLiteral("Dimensions")).toArray().at(0).toObject().value(QStringLiteral("Value")),
             QJsonValue(QStringLiteral("app/x")));
}

void TestCloudWatchApi::expressionInputsAreRenamed()
{
    CloudWatchApi::MetricQuery q{QStringLiteral("c3"),
                                 *parseCloudWatchSelector(QStringLiteral(
                                     "{expression: 'SUM([m1, m11]) / m1', metrics: {m1: {namespace: A, metric: B}, "
                                     "m11: {namespace: A, metric: C}}}")),
                                 QStringLiteral("Sum"), 60};
    const QJsonArray qs = QJsonDocument::fromJson(CloudWatchApi::requestBody({{q}, 0, 60}))
                              .object()
                              .value(QStringLiteral("MetricDataQueries"))
                              .toArray();
    QCOMPARE(qs.size(), 3);
    QCOMPARE(qs.at(0).toObject().value(QStringLiteral("Id")).toString(), QStringLiteral("c3_m1"));
    QCOMPARE(qs.at(0).toObject().value(QStringLiteral("ReturnData")).toBool(), false);
    QCOMPARE(qs.at(2).toObject().value(QStringLiteral("Expression")).toString(),
             QStringLiteral("SUM([c3_m1, c3_m11]) / c3_m1"));
    QCOMPARE(CloudWatchApi::datapoints(q, 0, 600), 30);
}

void TestCloudWatchApi::pageParses()
{
    const QByteArray body = R"({"MetricDataResults":[{"Id":"q0","Label":"x","Timestamps":[1700000000,1700000300],
        "Values":[1.5,2],"StatusCode":"PartialData"}],"NextToken":"abc","Messages":[]})";
    QString error;
    const auto page = CloudWatchApi::parsePage(body, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->nextToken, QStringLiteral("abc"));
    QCOMPARE(page->series.value(QStringLiteral("q0")).t, (std::vector<qint64>{1700000000000, 1700000300000}));
    QCOMPARE(page->series.value(QStringLiteral("q0")).v, (std::vector<double>{1.5, 2}));
    QVERIFY(!CloudWatchApi::parsePage(R"({"MetricDataResults":[{"Id":"q0","Timestamps":[1],"Values":[]}]})"));
    const auto forbidden = CloudWatchApi::parsePage(
        R"({"MetricDataResults":[{"Id":"q0","Timestamps":[],"Values":[],"StatusCode":"Forbidden"}]})");
    QVERIFY(forbidden && forbidden->failure.contains(QStringLiteral("Forbidden")));
}

void TestCloudWatchApi::errorsParse()
{
    const auto e = CloudWatchApi::parseError(
        R"({"__type":"com.amazon.coral.availability#ThrottlingException","message":"Rate exceeded"})");
    QCOMPARE(e.code, QStringLiteral("ThrottlingException"));
    QCOMPARE(e.message, QStringLiteral("Rate exceeded"));
    QVERIFY(CloudWatchApi::isThrottling(e.code));
    const auto h = CloudWatchApi::parseError(R"({"__type":"x#Whatever","Message":"m"})", "Throttling;Sender");
    QCOMPARE(h.code, QStringLiteral("Throttling"));
    QCOMPARE(h.message, QStringLiteral("m"));
    QVERIFY(CloudWatchApi::isAuthError(QStringLiteral("InvalidSignatureException")));
    QVERIFY(CloudWatchApi::isBadRequest(QStringLiteral("InvalidParameterCombination")));
    const auto x = CloudWatchApi::parseXmlError("<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</"
                                                "Code><Message>no</Message></Error></ErrorResponse>");
    QCOMPARE(x.code, QStringLiteral("AccessDenied"));
    QCOMPARE(x.message, QStringLiteral("no"));
}

void TestCloudWatchApi::listMetricsRequestAndPage()
{
    CloudWatchApi::ListFilter filter;
    filter.nameSpace = QStringLiteral("AWS/SageMaker");
    filter.metric = QStringLiteral("Invocations");
    filter.dimensions = {{QStringLiteral("EndpointName"), QString()},
                         {QStringLiteral("VariantName"), QStringLiteral("A")}};
    const QJsonObject body =
        QJsonDocument::fromJson(CloudWatchApi::listMetricsBody(filter, QStringLiteral("tok"))).object();
    QCOMPARE(body.value(QStringLiteral("Namespace")).toString(), QStringLiteral("AWS/SageMaker"));
    QCOMPARE(body.value(QStringLiteral("MetricName")).toString(), QStringLiteral("Invocations"));
    QCOMPARE(body.value(QStringLiteral("NextToken")).toString(), QStringLiteral("tok"));
    const QJsonArray dims = body.value(QStringLiteral("Dimensions")).toArray();
    QCOMPARE(dims.size(), 2);
    QVERIFY(!dims.at(0).toObject().contains(QStringLiteral("Value")));
    QCOMPARE(dims.at(1).toObject().value(QStringLiteral("Value")).toString(), QStringLiteral("A"));
    QCOMPARE(CloudWatchApi::listMetricsBody({}), QByteArray("{}"));

    const auto page = CloudWatchApi::parseListMetrics(
        R"({"Metrics":[{"Namespace":"AWS/SageMaker","MetricName":"Invocations","Dimensions":)"
        R"([{"Name":"EndpointName","Value":"fraud"}]},{"Namespace":"Custom","MetricName":"X"}],"NextToken":"n2"})");
    QVERIFY(page);
    QCOMPARE(page->nextToken, QStringLiteral("n2"));
    QCOMPARE(page->metrics.size(), 2);
    QCOMPARE(page->metrics.at(0).dimensions,
             (QList<std::pair<QString, QString>>{{QStringLiteral("EndpointName"), QStringLiteral("fraud")}}));
    QVERIFY(page->metrics.at(1).dimensions.isEmpty());
    QVERIFY(CloudWatchApi::parseListMetrics(R"({"Metrics":[]})")->metrics.isEmpty());
    QString error;
    QVERIFY(!CloudWatchApi::parseListMetrics(R"({"Metrics":[{"MetricName":"X"}]})", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!CloudWatchApi::parseListMetrics(R"({"Metrics":{}})"));
    QVERIFY(!CloudWatchApi::parseListMetrics("not json"));
}

void TestCloudWatchApi::assumeRoleParses()
{
    const QByteArray xml =
        "<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIA1</AccessKeyId><SecretAccessKey>s"
        "</SecretAccessKey><SessionToken>t</SessionToken><Expiration>2030-01-01T00:00:00Z</Expiration></Credentials>"
        "</AssumeRoleResult></AssumeRoleResponse>";
    const auto r = CloudWatchApi::parseAssumeRole(xml);
    QVERIFY(r);
    QCOMPARE(r->credentials.accessKeyId, QStringLiteral("ASIA1"));
    QCOMPARE(r->credentials.sessionToken, QStringLiteral("t"));
    QCOMPARE(r->expiration, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(!CloudWatchApi::parseAssumeRole("<AssumeRoleResponse/>"));
    QCOMPARE(CloudWatchApi::assumeRoleBody(QStringLiteral("arn:aws:iam::1:role/r"), QStringLiteral("s"), 900),
             QByteArray("Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fr&"
                        "RoleSessionName=s&DurationSeconds=900"));
    QCOMPARE(CloudWatchApi::regionalEndpoint(QStringLiteral("monitoring"), QStringLiteral("cn-north-1")),
             QStringLiteral("https://monitoring.cn-north-1.amazonaws.com.cn"));
}

void TestCloudWatchApi::credentialsFileProfiles()
{
    const QByteArray text = "# comment\n[default]\naws_access_key_id = AKIA1\naws_secret_access_key=s1\n\n"
                            "[ci]\naws_access_key_id=AKIA2\naws_secret_access_key = s2\naws_session_token = t2\n"
                            "[broken]\naws_access_key_id=AKIA3\n";
    QCOMPARE(AwsCredentialsFile::parse(text, QStringLiteral("default"))->accessKeyId, QStringLiteral("AKIA1"));
    const auto ci = AwsCredentialsFile::parse(text, QStringLiteral("ci"));
    QVERIFY(ci);
    QCOMPARE(ci->secretAccessKey, QStringLiteral("s2"));
    QCOMPARE(ci->sessionToken, QStringLiteral("t2"));
    QVERIFY(!AwsCredentialsFile::parse(text, QStringLiteral("broken")));
    QVERIFY(!AwsCredentialsFile::parse(text, QStringLiteral("missing")));
    QCOMPARE(AwsCredentialsFile::profileName(QStringLiteral("x")), QStringLiteral("x"));
    qputenv("AWS_PROFILE", "from-env");
    QCOMPARE(AwsCredentialsFile::profileName({}), QStringLiteral("from-env"));
    qunsetenv("AWS_PROFILE");
    QCOMPARE(AwsCredentialsFile::profileName({}), QStringLiteral("default"));
}

void TestCloudWatchApi::readerChecksConnectionDetails()
{
    const QByteArray yaml = "apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: cw}\nspec:\n"
                            "  type: cloudwatch\n  connectionDetails:\n    region: eu-west-1\n"
                            "    endpoint: http://127.0.0.1:9\n    profile: ci\n"
                            "    roleArn: arn:aws:iam::123456789012:role/sla-reader\n";
    const auto ok = DocumentLoader::loadData(yaml, QStringLiteral("ds.yaml"));
    QVERIFY2(ok.ok(), qPrintable(TestUtils::dump(ok.diagnostics)));
    QCOMPARE(ok.workspace.dataSources.size(), 1);
    const DataSource &ds = ok.workspace.dataSources.first();
    QVERIFY(ds.type == DataSourceType::CloudWatch);
    QCOMPARE(ds.region, QStringLiteral("eu-west-1"));
    QCOMPARE(ds.profile, QStringLiteral("ci"));
    QCOMPARE(ds.roleArn, QStringLiteral("arn:aws:iam::123456789012:role/sla-reader"));

    QByteArray bad = yaml;
    bad.replace("eu-west-1", "Ireland").replace("role/sla-reader", "user/x").replace("profile: ci", "secretKey: s");
    const QString text = TestUtils::dump(DocumentLoader::loadData(bad, QStringLiteral("ds.yaml")).diagnostics);
    QVERIFY2(text.contains(QStringLiteral("ds.yaml:7:13: error: field 'region'")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("ds.yaml:10:14: error: field 'roleArn'")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("holds a secret")), qPrintable(text));
    QByteArray missing = yaml;
    missing.replace("    region: eu-west-1\n", "");
    QVERIFY(TestUtils::dump(DocumentLoader::loadData(missing, QStringLiteral("ds.yaml")).diagnostics)
                .contains(QStringLiteral("missing the required field 'region'")));
    // OpenSLO's own CloudWatch type stays an other type.
    QByteArray openslo = yaml;
    openslo.replace("type: cloudwatch", "type: CloudWatch");
    QVERIFY(DocumentLoader::loadData(openslo, QStringLiteral("ds.yaml")).workspace.dataSources.first().type ==
            DataSourceType::Other);
}

void TestCloudWatchApi::validatorNamesUnservedIndicators()
{
    const QByteArray yaml =
        "apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: cw}\nspec:\n"
        "  type: cloudwatch\n  connectionDetails: {region: eu-west-1}\n---\n"
        "apiVersion: sladesk/v1\nkind: SLA\nmetadata: {name: s}\nspec:\n  dataSource: cw\n  window: 7d\n"
        "  objectives:\n"
        "    - name: drift\n      budgeting: {timeslices: 1d}\n      target: 0.9\n      indicator:\n"
        "        drift: {histogram: '{namespace: A, metric: B}', method: psi, reference: {from: "
        "2023-01-01T00:00:00Z, to: 2023-01-02T00:00:00Z}}\n"
        "    - name: raw\n      target: 0.9\n      indicator:\n        query: {good: 'x', total: 'y'}\n"
        "    - name: bad\n      target: 0.9\n      indicator:\n"
        "        ratio: {good: '{namespace: A, metric: B, stat: Median}', total: '{namespace: A, metric: C}'}\n";
    const auto read = DocumentLoader::loadData(yaml, QStringLiteral("ws.yaml"));
    const QString text = TestUtils::dump(validateWorkspace(read.workspace));
    QVERIFY2(text.contains(QStringLiteral("ws.yaml:19:16: error: drift indicators are not served by CloudWatch")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("ws.yaml:23:16: error: raw query indicators are not served by CloudWatch")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("ws.yaml:27:24: error: invalid CloudWatch selector in ratio.good: "
                                          "unknown statistic 'Median'")),
             qPrintable(text));
}

void TestCloudWatchApi::latencyUnits()
{
    CloudWatchMetric m{QStringLiteral("AWS/SageMaker"), QStringLiteral("ModelLatency"), {}, {}, {}};
    QCOMPARE(CloudWatchEvaluation::latencyScale(m), 1e-6);
    m.unit = QStringLiteral("Milliseconds");
    QCOMPARE(CloudWatchEvaluation::latencyScale(m), 1e-3);
    m = {QStringLiteral("AWS/ApplicationELB"), QStringLiteral("TargetResponseTime"), {}, {}, {}};
    QCOMPARE(CloudWatchEvaluation::latencyScale(m), 1.0);
}

QTEST_GUILESS_MAIN(TestCloudWatchApi)
#include "tst_cloudwatchapi.moc"
