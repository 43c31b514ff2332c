// SPDX-License-Identifier: Apache-2.0
// CloudWatchSource against cloudwatch_stub.py, which answers as the documented API does:
// GetMetricData over the JSON 1.0 protocol with the request's SigV4 signature checked,
// NextToken pages, the per-call limits (500 queries, 100,800 data points), metric math,
// STS AssumeRole, and AWS's error shapes (UnrecognizedClientException,
// InvalidSignatureException, AccessDeniedException, InvalidParameter*, Throttling).
// The stub serves tests/data/cloudwatch/generate.py's recording (its header has the numbers).

#include "cloudwatchstubprocess.h"
#include "core/metrics/cloudwatch/cloudwatchsource.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sla::Core;

namespace {
const qint64 T = 1700006400; // the recording's evaluation time
const QString Key = QStringLiteral("AKIDEXAMPLE");
const QString Secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
const QString Role = QStringLiteral("arn:aws:iam::123456789012:role/sla-reader");

template <typename T> T await(QFuture<T> f)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, 60000))
        qFatal("future did not finish");
    return f.result();
}

CloudWatchApi::MetricQuery metric(const QString &id, const QString &name, const QString &stat, int period,
                                  const QString &ns = QStringLiteral("AWS/SageMaker"))
{
    const QString dims = ns == u"SlaDesk/FraudModel"
                             ? QStringLiteral("{Model: fraud}")
                             : QStringLiteral("{EndpointName: fraud-model, VariantName: AllTraffic}");
    const auto s =
        parseCloudWatchSelector(QStringLiteral("{namespace: '%1', metric: %2, dimensions: %3}").arg(ns, name, dims));
    return {id, *s, stat, period};
}

double sum(const SampleSeries &s)
{
    double total = 0;
    for (const double v : s.v)
        total += v;
    return total;
}
} // namespace

class TestCloudWatchStub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sumsOfAnHourAreTheCounterIncrease();
    void statisticsAndPercentiles();
    void pagesAndSplitCallsGiveTheSameSeries();
    void metricMathExpression();
    void wrongSecretIsInvalidSignature();
    void unknownKeyIsUnrecognized();
    void accessDeniedIsAnAuthError();
    void throttlingIsRetriedWithBackoff();
    void throttlingGivesUpAfterTheRetries();
    void limitsAreEnforcedByTheStub();
    void assumeRoleReadsWithTemporaryCredentials();
    void assumeRoleRefusedNamesTheRole();
    void badStatisticIsInvalidParameter();
    void listMetricsReadsEveryPage();
    void listMetricsFiltersAndCatalog();

private:
    std::unique_ptr<CloudWatchSource> source(CloudWatchStubProcess &stub, const QString &secret = Secret,
                                             const QString &roleArn = {}, CloudWatchSource::Options options = {});
    std::unique_ptr<CloudWatchStubProcess> stub(const QStringList &extra = {});

    QTemporaryDir m_dir;
    QString m_metrics;
    std::unique_ptr<CloudWatchStubProcess> m_stub;
};

void TestCloudWatchStub::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_metrics = m_dir.filePath(QStringLiteral("cloudwatch.om"));
    QCOMPARE(QProcess::execute(QStringLiteral("/usr/bin/python3"),
                               {QStringLiteral(SLA_TEST_DATA_DIR "/cloudwatch/generate.py"), m_metrics}),
             0);
    m_stub = stub();
    QVERIFY(m_stub);
}

std::unique_ptr<CloudWatchStubProcess> TestCloudWatchStub::stub(const QStringList &extra)
{
    auto s = std::make_unique<CloudWatchStubProcess>();
    if (!s->start(m_metrics, extra))
        return nullptr;
    return s;
}

std::unique_ptr<CloudWatchSource> TestCloudWatchStub::source(CloudWatchStubProcess &stub, const QString &secret,
                                                             const QString &roleArn, CloudWatchSource::Options options)
{
    DataSource ds;
    ds.metadata.name = QStringLiteral("cw-stub");
    ds.type = DataSourceType::CloudWatch;
    ds.region = QStringLiteral("eu-west-1");
    ds.endpoint = stub.endpoint();
    ds.roleArn = roleArn;
    options.throttleBaseDelay = std::chrono::milliseconds(50);
    return std::make_unique<CloudWatchSource>(ds, SigV4::Credentials{Key, secret, {}}, options);
}

void TestCloudWatchStub::sumsOfAnHourAreTheCounterIncrease()
{
    auto cw = source(*m_stub);
    // The last hour: invocations 12 steps of 1000 + 10 * (k % 7); errors 1 per step but 40
    // in [T-90m, T-30m): 6 steps of 40 and 6 of 1.
    const auto r = await(cw->getMetricData(
        {metric(QStringLiteral("inv"), QStringLiteral("Invocations"), QStringLiteral("Sum"), 300),
         metric(QStringLiteral("err"), QStringLiteral("Invocation5XXErrors"), QStringLiteral("Sum"), 300)},
        (T - 3600) * 1000, T * 1000));
    QVERIFY2(r, qPrintable(r.isOk() ? QString() : r.error().message));
    const SampleSeries inv = r.value().value(QStringLiteral("inv"));
    QCOMPARE(inv.t.size(), std::size_t(12));
    QCOMPARE(inv.t.front(), (T - 3600) * 1000);
    QCOMPARE(inv.t.back(), (T - 300) * 1000);
    const qint64 k0 = (T - 3600 - (T - 8 * 86400)) / 300; // step index of T - 1h
    double expected = 0;
    for (qint64 k = k0; k < k0 + 12; ++k)
        expected += 1000 + 10 * (k % 7);
    QCOMPARE(sum(inv), expected);
    QCOMPARE(sum(r.value().value(QStringLiteral("err"))), 6 * 40.0 + 6 * 1.0);
    QVERIFY(cw->health().state == SourceHealth::State::Ok);
}

void TestCloudWatchStub::statisticsAndPercentiles()
{
    auto cw = source(*m_stub);
    // CPUUtilization 40, 42, ..., 62 per hour (95 in [T-5h, T-4h)); ModelLatency 20000 ..
    // 31000 us per hour, with one 300000 sample in the hours starting T-10h, T-9h, T-8h.
    CloudWatchApi::MetricQuery cpu =
        metric(QStringLiteral("cpu"), QStringLiteral("CPUUtilization"), QStringLiteral("Average"), 3600,
               QStringLiteral("/aws/sagemaker/Endpoints"));
    CloudWatchApi::MetricQuery p95 =
        metric(QStringLiteral("lat"), QStringLiteral("ModelLatency"), QStringLiteral("p95"), 3600);
    CloudWatchApi::MetricQuery p50 =
        metric(QStringLiteral("med"), QStringLiteral("ModelLatency"), QStringLiteral("p50"), 3600);
    CloudWatchApi::MetricQuery count =
        metric(QStringLiteral("n"), QStringLiteral("ModelLatency"), QStringLiteral("SampleCount"), 3600);
    const auto r = await(cw->getMetricData({cpu, p95, p50, count}, (T - 12 * 3600) * 1000, T * 1000));
    QVERIFY2(r, qPrintable(r.isOk() ? QString() : r.error().message));
    const SampleSeries c = r.value().value(QStringLiteral("cpu"));
    QCOMPARE(c.v.size(), std::size_t(12));
    QCOMPARE(c.v[0], 51.0);
    QCOMPARE(c.v[7], 95.0); // the hour starting T-5h
    const SampleSeries l = r.value().value(QStringLiteral("lat"));
    QCOMPARE(l.v[2], 300000.0); // T-10h
    QCOMPARE(l.v[5], 31000.0);
    QCOMPARE(r.value().value(QStringLiteral("med")).v[5], 25000.0); // the 6th of 12 values
    QCOMPARE(r.value().value(QStringLiteral("n")).v[5], 12.0);
}

void TestCloudWatchStub::pagesAndSplitCallsGiveTheSameSeries()
{
    const std::vector<CloudWatchApi::MetricQuery> queries = {
        metric(QStringLiteral("inv"), QStringLiteral("Invocations"), QStringLiteral("Sum"), 60),
        metric(QStringLiteral("tp"), QStringLiteral("TruePositives"), QStringLiteral("Sum"), 300,
               QStringLiteral("SlaDesk/FraudModel"))};
    const qint64 from = (T - 86400) * 1000;
    auto plain = source(*m_stub);
    const auto whole = await(plain->getMetricData(queries, from, T * 1000));
    QVERIFY(whole);
    QCOMPARE(plain->callsMade(), 1);
    QCOMPARE(whole.value().value(QStringLiteral("tp")).t.size(), std::size_t(288));

    CloudWatchSource::Options paged;
    paged.pageDatapoints = 100; // 288 + 288 points (the 1-minute series has points every 5 minutes)
    auto pages = source(*m_stub, Secret, {}, paged);
    const auto byPage = await(pages->getMetricData(queries, from, T * 1000));
    QVERIFY(byPage);
    QCOMPARE(pages->callsMade(), 6);
    QCOMPARE(byPage.value().value(QStringLiteral("inv")).v, whole.value().value(QStringLiteral("inv")).v);
    QCOMPARE(byPage.value().value(QStringLiteral("tp")).t, whole.value().value(QStringLiteral("tp")).t);

    CloudWatchSource::Options split;
    split.maxDatapointsPerCall = 500; // 1440 + 288 points: the range is cut in time
    auto calls = source(*m_stub, Secret, {}, split);
    const auto bySplit = await(calls->getMetricData(queries, from, T * 1000));
    QVERIFY(bySplit);
    QVERIFY(calls->callsMade() >= 4);
    QCOMPARE(bySplit.value().value(QStringLiteral("inv")).t, whole.value().value(QStringLiteral("inv")).t);
    QCOMPARE(bySplit.value().value(QStringLiteral("tp")).v, whole.value().value(QStringLiteral("tp")).v);
}

void TestCloudWatchStub::metricMathExpression()
{
    auto cw = source(*m_stub);
    const auto s = parseCloudWatchSelector(QStringLiteral(
        "{expression: '100 * e / SUM([i, e])', metrics: {e: {namespace: AWS/SageMaker, metric: Invocation5XXErrors, "
        "dimensions: {EndpointName: fraud-model, VariantName: AllTraffic}}, i: {namespace: AWS/SageMaker, metric: "
        "Invocations, dimensions: {EndpointName: fraud-model, VariantName: AllTraffic}}}}"));
    QVERIFY(s);
    const auto r = await(
        cw->getMetricData({{QStringLiteral("pct"), *s, QStringLiteral("Sum"), 3600}}, (T - 3600) * 1000, T * 1000));
    QVERIFY2(r, qPrintable(r.isOk() ? QString() : r.error().message));
    const SampleSeries pct = r.value().value(QStringLiteral("pct"));
    QCOMPARE(pct.v.size(), std::size_t(1));
    const auto inv = await(
        cw->getMetricData({metric(QStringLiteral("i"), QStringLiteral("Invocations"), QStringLiteral("Sum"), 3600)},
                          (T - 3600) * 1000, T * 1000));
    const double invocations = inv.value().value(QStringLiteral("i")).v.at(0);
    QCOMPARE(pct.v[0], 100 * 246.0 / (invocations + 246.0));
}

void TestCloudWatchStub::wrongSecretIsInvalidSignature()
{
    auto cw = source(*m_stub, QStringLiteral("not-the-secret-key-0123456789"));
    const auto r = await(
        cw->getMetricData({metric(QStringLiteral("i"), QStringLiteral("Invocations"), QStringLiteral("Sum"), 300)},
                          (T - 3600) * 1000, T * 1000));
    QVERIFY(!r);
    QVERIFY(r.error().kind == SourceError::Kind::Auth);
    QCOMPARE(r.error().httpStatus, 403);
    QVERIFY2(r.error().message.contains(QStringLiteral("InvalidSignatureException")), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QStringLiteral("cw-stub")));
    QVERIFY(!r.error().message.contains(QStringLiteral("not-the-secret")));
    QVERIFY(cw->health().state == SourceHealth::State::AuthFailed);
}

void TestCloudWatchStub::unknownKeyIsUnrecognized()
{
    DataSource ds;
    ds.metadata.name = QStringLiteral("cw-stub");
    ds.type = DataSourceType::CloudWatch;
    ds.region = QStringLiteral("eu-west-1");
    ds.endpoint = m_stub->endpoint();
    CloudWatchSource cw(ds, {QStringLiteral("AKIAUNKNOWN"), Secret, {}});
    const auto r =
        await(cw.getMetricData({metric(QStringLiteral("i"), QStringLiteral("Invocations"), QStringLiteral("Sum"), 300)},
                               (T - 3600) * 1000, T * 1000));
    QVERIFY(!r);
    QVERIFY(r.error().kind == SourceError::Kind::Auth);
    QVERIFY2(r.error().message.contains(QStringLiteral("UnrecognizedClientException")), qPrintable(r.error().message));
}

void TestCloudWatchStub::accessDeniedIsAnAuthError()
{
    auto denying = stub({QStringLiteral("--deny")});
    QVERIFY(denying);
    auto cw = source(*denying);
    const auto r = await(
        cw->getMetricData({metric(QStringLiteral("i"), QStringLiteral("Invocations"), QStringLiteral("Sum"), 300)},
                          (T - 3600) * 1000, T * 1000));
    QVERIFY(!r);
    QVERIFY(r.error().kind == SourceError::Kind::Auth);
    QVERIFY2(r.error().message.contains(QStringLiteral("AccessDeniedException")), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QStringLiteral("cloudwatch:GetMetricData")));
}

void TestCloudWatchStub::throttlingIsRetriedWithBackoff()
{
    auto throttling = stub({QStringLiteral("--throttle-first"), QStringLiteral("2")});
    QVERIFY(throttling);
    auto cw = source(*throttling);
    const auto r = await(
        cw->getMetricData({metric(QStringLiteral("i"), QStringLiteral("Invocations"), QStringLiteral("Sum"), 300)},
                          (T - 3600) * 1000, T * 1000));
    QVERIFY2(r, qPrintable(r.isOk() ? QString() : r.error().message));
    QCOMPARE(r.value().value(QStringLiteral("i")).t.size(), std::size_t(12));
    QCOMPARE(cw->callsMade(), 3);
}

void TestCloudWatchStub::throttlingGivesUpAfterTheRetries()
{
    auto throttling = stub({QStringLiteral("--throttle-first"), QStringLiteral("100")});
    QVERIFY(throttling);
    CloudWatchSource::Options o;
    o.maxThrottleRetries = 2;
    auto cw = source(*throttling, Secret, {}, o);
    const auto r = await(
        cw->getMetricData({metric(QStringLiteral("i"), QStringLiteral("Invocations"), QStringLiteral("Sum"), 300)},
                          (T - 3600) * 1000, T * 1000));
    QVERIFY(!r);
    QCOMPARE(cw->callsMade(), 3);
    QCOMPARE(r.error().httpStatus, 400);
    QVERIFY2(r.error().message.contains(QStringLiteral("Throttling")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("2 retries")), qPrintable(r.error().message));
}

void TestCloudWatchStub::limitsAreEnforcedByTheStub()
{
    // Our client keeps within the limits; told otherwise, the stub refuses as AWS does.
    std::vector<CloudWatchApi::MetricQuery> many;
    for (int i = 0; i < 501; ++i)
        many.push_back(metric(QStringLiteral("q%1").arg(i), QStringLiteral("Invocations"), QStringLiteral("Sum"), 300));
    auto within = source(*m_stub);
    const auto split = await(within->getMetricData(many, (T - 3600) * 1000, T * 1000));
    QVERIFY2(split, qPrintable(split.isOk() ? QString() : split.error().message));
    QCOMPARE(within->callsMade(), 2);
    QCOMPARE(split.value().size(), 501);

    CloudWatchSource::Options o;
    o.maxQueriesPerCall = 1000;
    auto beyond = source(*m_stub, Secret, {}, o);
    const auto refused = await(beyond->getMetricData(many, (T - 3600) * 1000, T * 1000));
    QVERIFY(!refused);
    QVERIFY(refused.error().kind == SourceError::Kind::BadQuery);
    QVERIFY2(refused.error().message.contains(QStringLiteral("InvalidParameterValue")),
             qPrintable(refused.error().message));

    CloudWatchSource::Options points;
    points.maxDatapointsPerCall = 1000000;
    auto tooMany = source(*m_stub, Secret, {}, points);
    const auto big = await(
        tooMany->getMetricData({metric(QStringLiteral("i"), QStringLiteral("Invocations"), QStringLiteral("Sum"), 60)},
                               (T - 80 * 86400) * 1000, T * 1000));
    QVERIFY(!big);
    QVERIFY2(big.error().message.contains(QStringLiteral("InvalidParameterCombination")) &&
                 big.error().message.contains(QStringLiteral("100800")),
             qPrintable(big.error().message));
}

void TestCloudWatchStub::assumeRoleReadsWithTemporaryCredentials()
{
    auto withRole = stub({QStringLiteral("--role-arn"), Role});
    QVERIFY(withRole);
    auto cw = source(*withRole, Secret, Role);
    const auto r = await(
        cw->getMetricData({metric(QStringLiteral("i"), QStringLiteral("Invocations"), QStringLiteral("Sum"), 300)},
                          (T - 3600) * 1000, T * 1000));
    QVERIFY2(r, qPrintable(r.isOk() ? QString() : r.error().message));
    QCOMPARE(r.value().value(QStringLiteral("i")).t.size(), std::size_t(12));
}

void TestCloudWatchStub::assumeRoleRefusedNamesTheRole()
{
    auto withRole = stub({QStringLiteral("--role-arn"), Role});
    QVERIFY(withRole);
    const QString other = QStringLiteral("arn:aws:iam::123456789012:role/other");
    auto cw = source(*withRole, Secret, other);
    const auto r = await(
        cw->getMetricData({metric(QStringLiteral("i"), QStringLiteral("Invocations"), QStringLiteral("Sum"), 300)},
                          (T - 3600) * 1000, T * 1000));
    QVERIFY(!r);
    QVERIFY(r.error().kind == SourceError::Kind::Auth);
    QVERIFY2(r.error().message.contains(other) && r.error().message.contains(QStringLiteral("AccessDenied")),
             qPrintable(r.error().message));
}

void TestCloudWatchStub::badStatisticIsInvalidParameter()
{
    auto cw = source(*m_stub);
    const auto r = await(
        cw->getMetricData({metric(QStringLiteral("i"), QStringLiteral("Invocations"), QStringLiteral("Median"), 300)},
                          (T - 3600) * 1000, T * 1000));
    QVERIFY(!r);
    QVERIFY(r.error().kind == SourceError::Kind::BadQuery);
    QVERIFY2(r.error().message.contains(QStringLiteral("InvalidParameterValue")), qPrintable(r.error().message));
}

void TestCloudWatchStub::listMetricsReadsEveryPage()
{
    // Two metrics a page: the recording's six metrics take three pages; the first call is
    // throttled and retried (a fourth call).
    auto paged = stub({QStringLiteral("--list-page-size"), QStringLiteral("2"), QStringLiteral("--throttle-list-first"),
                       QStringLiteral("1")});
    QVERIFY(paged);
    auto cw = source(*paged);
    const auto r = await(cw->listMetrics({}));
    QVERIFY2(r, qPrintable(r.isOk() ? QString() : r.error().message));
    QStringList names;
    for (const CloudWatchMetric &m : r.value())
        names << m.nameSpace + u' ' + m.metric;
    QCOMPARE(
        names,
        (QStringList{QStringLiteral("/aws/sagemaker/Endpoints CPUUtilization"),
                     QStringLiteral("AWS/SageMaker Invocation5XXErrors"), QStringLiteral("AWS/SageMaker Invocations"),
                     QStringLiteral("AWS/SageMaker ModelLatency"), QStringLiteral("SlaDesk/FraudModel FalsePositives"),
                     QStringLiteral("SlaDesk/FraudModel TruePositives")}));
    QCOMPARE(r.value().at(2).dimensions,
             (QList<std::pair<QString, QString>>{{QStringLiteral("EndpointName"), QStringLiteral("fraud-model")},
                                                 {QStringLiteral("VariantName"), QStringLiteral("AllTraffic")}}));
    QCOMPARE(cw->callsMade(), 4);

    // A page limit stops early with what was read.
    CloudWatchSource::Options few;
    few.maxListPages = 2;
    auto limited = source(*paged, Secret, {}, few);
    const auto two = await(limited->listMetrics({}));
    QVERIFY(two);
    QCOMPARE(two.value().size(), 4);
}

void TestCloudWatchStub::listMetricsFiltersAndCatalog()
{
    auto cw = source(*m_stub);
    CloudWatchApi::ListFilter filter;
    filter.nameSpace = QStringLiteral("SlaDesk/FraudModel");
    filter.dimensions = {{QStringLiteral("Model"), QStringLiteral("fraud")}};
    const auto r = await(cw->listMetrics(filter));
    QVERIFY(r);
    QCOMPARE(r.value().size(), 2);
    QCOMPARE(r.value().at(1).metric, QStringLiteral("TruePositives"));

    auto names = [&](CatalogQuery::What what, const QString &ns, const QString &metricName, const QString &label) {
        CatalogQuery q;
        q.what = what;
        q.nameSpace = ns;
        q.metric = metricName;
        q.label = label;
        const auto got = await(cw->catalog(q));
        return got ? got.value() : QStringList{QString(QStringLiteral("error: ") + got.error().message)};
    };
    const QString sm = QStringLiteral("AWS/SageMaker");
    QCOMPARE(names(CatalogQuery::What::Namespaces, {}, {}, {}),
             (QStringList{QStringLiteral("/aws/sagemaker/Endpoints"), sm, QStringLiteral("SlaDesk/FraudModel")}));
    QCOMPARE(names(CatalogQuery::What::Metrics, sm, {}, {}),
             (QStringList{QStringLiteral("Invocation5XXErrors"), QStringLiteral("Invocations"),
                          QStringLiteral("ModelLatency")}));
    QCOMPARE(names(CatalogQuery::What::LabelNames, sm, QStringLiteral("Invocations"), {}),
             (QStringList{QStringLiteral("EndpointName"), QStringLiteral("VariantName")}));
    QCOMPARE(names(CatalogQuery::What::LabelValues, sm, QStringLiteral("Invocations"), QStringLiteral("VariantName")),
             QStringList{QStringLiteral("AllTraffic")});

    // Eleven dimension filters: the documented limit is ten.
    CloudWatchApi::ListFilter tooMany;
    for (int i = 0; i < 11; ++i)
        tooMany.dimensions.append({QStringLiteral("D%1").arg(i), QString()});
    const auto refused = await(cw->listMetrics(tooMany));
    QVERIFY(!refused);
    QCOMPARE(int(refused.error().kind), int(SourceError::Kind::BadQuery));
    QVERIFY2(refused.error().message.contains(QStringLiteral("InvalidParameterValue")),
             qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestCloudWatchStub)
#include "tst_cloudwatch_stub.moc"
