// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/opensloexport.h"

#include <QFile>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Sla::Core;
using SlaDoc = Sla::Core::Sla; // plain `Sla` is ambiguous with the namespace

Q_DECLARE_METATYPE(Sla::Core::Workspace)
Q_DECLARE_METATYPE(Sla::Core::Window)
Q_DECLARE_METATYPE(Sla::Core::Objective)

namespace {
QString str(const YAML::Node &n)
{
    return n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
}

std::vector<YAML::Node> parse(const QByteArray &yaml)
{
    return YAML::LoadAll(yaml.toStdString());
}

YAML::Node find(const std::vector<YAML::Node> &docs, const char *kind, const QString &name)
{
    for (const YAML::Node &d : docs) {
        if (str(d["kind"]) == QLatin1String(kind) && str(d["metadata"]["name"]) == name)
            return d;
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

QStringList names(const std::vector<YAML::Node> &docs, const char *kind)
{
    QStringList out;
    for (const YAML::Node &d : docs) {
        if (str(d["kind"]) == QLatin1String(kind))
            out << str(d["metadata"]["name"]);
    }
    return out;
}

DataSource prometheus()
{
    DataSource ds;
    ds.metadata.name = QStringLiteral("prod-prometheus");
    ds.type = DataSourceType::Prometheus;
    ds.typeName = QStringLiteral("prometheus");
    ds.url = QStringLiteral("https://prometheus.example.com");
    ds.pathPrefix = QStringLiteral("/prometheus");
    ds.tenant = QStringLiteral("team-risk");
    ds.auth = AuthType::Bearer;
    return ds;
}

Objective ratioObjective()
{
    Objective o;
    o.name = QStringLiteral("availability");
    o.indicator.kind = IndicatorKind::Ratio;
    o.indicator.ratio.good = QStringLiteral("http_requests_total{service=\"fraud\",code!~\"5..\"}");
    o.indicator.ratio.total = QStringLiteral("http_requests_total{service=\"fraud\"}");
    o.target = 0.9995;
    return o;
}

Objective latencyObjective()
{
    Objective o;
    o.name = QStringLiteral("latency");
    o.indicator.kind = IndicatorKind::Latency;
    o.indicator.latency.histogram = QStringLiteral("http_request_duration_seconds{service=\"fraud\"}");
    o.indicator.latency.threshold = 0.2;
    o.target = 0.95;
    return o;
}

Objective driftObjective()
{
    Objective o;
    o.name = QStringLiteral("amount-drift");
    o.indicator.kind = IndicatorKind::Drift;
    o.indicator.drift.histogram = QStringLiteral("model_feature_value{model=\"fraud\",feature=\"amount\"}");
    o.budgeting = {Budgeting::Method::Timeslices, Duration::days(1)};
    o.target = 0.9;
    return o;
}

Objective thresholdObjective()
{
    Objective o;
    o.name = QStringLiteral("gpu-headroom");
    o.displayName = QStringLiteral("GPU headroom");
    o.indicator.kind = IndicatorKind::Threshold;
    o.indicator.threshold = {QStringLiteral("gpu_utilization{pool=\"fraud\"}"), CompareOp::Lte, 0.85, Aggregate::Max};
    o.budgeting = {Budgeting::Method::Timeslices, Duration::hours(1)};
    o.target = 0.99;
    return o;
}

SlaDoc fraudSla()
{
    SlaDoc sla;
    sla.metadata.name = QStringLiteral("fraud-detection-api");
    sla.metadata.displayName = QStringLiteral("Fraud detection API");
    sla.description = QStringLiteral("Scores card payments for fraud");
    sla.service = QStringLiteral("fraud-detection");
    sla.tier = QStringLiteral("tier-1");
    sla.owner = QStringLiteral("risk-ml-oncall");
    sla.dataSource = QStringLiteral("prod-prometheus");
    sla.window = Window::rollingWindow(Duration::days(30));
    sla.objectives = {ratioObjective(), latencyObjective()};
    AlertRule burn;
    burn.kind = AlertRule::Kind::BurnRate;
    burn.burnRateDefault = true;
    sla.alerts = {burn};
    NotifyTarget am;
    am.kind = NotifyTarget::Kind::Alertmanager;
    am.url = QStringLiteral("http://127.0.0.1:9093");
    sla.notify = {am};
    return sla;
}

Workspace fraudWorkspace()
{
    Workspace ws;
    ws.dataSources = {prometheus()};
    ws.slas = {fraudSla()};
    return ws;
}

const QStringList kOpenSloV1Kinds{QStringLiteral("DataSource"),
                                  QStringLiteral("Service"),
                                  QStringLiteral("SLO"),
                                  QStringLiteral("SLI"),
                                  QStringLiteral("AlertPolicy"),
                                  QStringLiteral("AlertCondition"),
                                  QStringLiteral("AlertNotificationTarget")};
} // namespace

class TestOpenSloExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void export_matchesGolden();
    void export_namesOnlyOpenSloV1Kinds_data();
    void export_namesOnlyOpenSloV1Kinds();
    void ratioObjective_becomesCounterRatioMetric();
    void latencyObjective_usesBucketAndCount();
    void valueIndicators_becomeThresholdMetric_data();
    void valueIndicators_becomeThresholdMetric();
    void queryErrorRatio_becomesRawFailureRatio();
    void drift_isSkippedWithWarning();
    void timeWindow_data();
    void timeWindow();
    void burnRateRules_becomePoliciesAndConditions();
    void burnRateRuleForOneObjective_isReferencedByThatSloOnly();
    void nonBurnRateAlerts_areSkippedWithWarning();
    void notifyTargets_becomeNotificationTargets();
    void services_onePerSlaService_workspaceServicesKept();
    void dataSources_writeConnectionDetailsButNoSecrets();
    void datadogSource_countsAndSkipsLatency();
    void urlPasswords_areNeverExported();
};

void TestOpenSloExport::export_matchesGolden()
{
    Diagnostics warnings;
    const QByteArray yaml = exportOpenSlo(fraudWorkspace(), &warnings);
    QVERIFY(warnings.isEmpty());
    QFile golden(QStringLiteral(SLA_TEST_DATA_DIR "/opensloexport/fraud-detection.openslo.yaml"));
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
    QByteArray expected = golden.readAll();
    // The fixture starts with its licence comment, which the exporter does not write.
    if (expected.startsWith("# SPDX"))
        expected.remove(0, expected.indexOf('\n') + 1);
    if (yaml != expected) {
        qWarning().noquote() << "exported:\n" << QString::fromUtf8(yaml);
        QCOMPARE(QString::fromUtf8(yaml), QString::fromUtf8(expected));
    }
    // Deterministic: the same workspace gives the same bytes.
    QCOMPARE(exportOpenSlo(fraudWorkspace(), nullptr), yaml);
}

void TestOpenSloExport::export_namesOnlyOpenSloV1Kinds_data()
{
    QTest::addColumn<Workspace>("workspace");
    QTest::addColumn<int>("documents");

    QTest::addRow("fraud") << fraudWorkspace() << 1 + 1 + 2 + 4 + 4 + 1;
    Workspace everything = fraudWorkspace();
    everything.slas[0].objectives << driftObjective() << thresholdObjective();
    NotifyTarget desktop;
    everything.slas[0].notify << desktop;
    Service svc;
    svc.metadata.name = QStringLiteral("other-service");
    everything.services << svc;
    QTest::addRow("everything") << everything << 1 + 2 + 3 + 4 + 4 + 2;
    QTest::addRow("empty") << Workspace() << 0;
}

void TestOpenSloExport::export_namesOnlyOpenSloV1Kinds()
{
    QFETCH(Workspace, workspace);
    QFETCH(int, documents);
    const auto docs = parse(exportOpenSlo(workspace, nullptr));
    QCOMPARE(int(docs.size()), documents);
    for (const YAML::Node &d : docs) {
        QCOMPARE(str(d["apiVersion"]), QStringLiteral("openslo/v1"));
        QVERIFY2(kOpenSloV1Kinds.contains(str(d["kind"])), qPrintable(str(d["kind"])));
        QVERIFY(!str(d["metadata"]["name"]).isEmpty());
        QVERIFY(d["spec"].IsMap());
    }
}

void TestOpenSloExport::ratioObjective_becomesCounterRatioMetric()
{
    const auto docs = parse(exportOpenSlo(fraudWorkspace(), nullptr));
    const YAML::Node slo = find(docs, "SLO", QStringLiteral("fraud-detection-api-availability"));
    QVERIFY(slo.IsDefined());
    const YAML::Node spec = slo["spec"];
    QCOMPARE(str(spec["service"]), QStringLiteral("fraud-detection"));
    QCOMPARE(str(spec["description"]), QStringLiteral("Scores card payments for fraud"));
    QCOMPARE(str(spec["budgetingMethod"]), QStringLiteral("Occurrences"));
    QCOMPARE(spec["objectives"][0]["target"].as<double>(), 0.9995);
    QCOMPARE(str(spec["objectives"][0]["displayName"]), QStringLiteral("availability"));
    QVERIFY(!spec["objectives"][0]["timeSliceWindow"].IsDefined());
    const YAML::Node ratio = spec["indicator"]["spec"]["ratioMetric"];
    QCOMPARE(str(spec["indicator"]["metadata"]["name"]), QStringLiteral("fraud-detection-api-availability"));
    QCOMPARE(ratio["counter"].as<bool>(), true);
    QVERIFY(!ratio["bad"].IsDefined());
    const YAML::Node good = ratio["good"]["metricSource"];
    QCOMPARE(str(good["metricSourceRef"]), QStringLiteral("prod-prometheus"));
    QCOMPARE(str(good["type"]), QStringLiteral("Prometheus"));
    QCOMPARE(str(good["spec"]["query"]),
             QStringLiteral("sum(increase(http_requests_total{service=\"fraud\",code!~\"5..\"}[{{.window}}]))"));
    QCOMPARE(str(ratio["total"]["metricSource"]["spec"]["query"]),
             QStringLiteral("sum(increase(http_requests_total{service=\"fraud\"}[{{.window}}]))"));
    const YAML::Node annotations = slo["metadata"]["annotations"];
    QCOMPARE(str(annotations["sladesk.io/sla"]), QStringLiteral("fraud-detection-api"));
    QCOMPARE(str(annotations["sladesk.io/objective"]), QStringLiteral("availability"));
    QCOMPARE(str(annotations["sladesk.io/tier"]), QStringLiteral("tier-1"));
    QCOMPARE(str(annotations["sladesk.io/owner"]), QStringLiteral("risk-ml-oncall"));
}

void TestOpenSloExport::latencyObjective_usesBucketAndCount()
{
    const auto docs = parse(exportOpenSlo(fraudWorkspace(), nullptr));
    const YAML::Node ratio =
        find(docs, "SLO", QStringLiteral("fraud-detection-api-latency"))["spec"]["indicator"]["spec"]["ratioMetric"];
    QCOMPARE(str(ratio["good"]["metricSource"]["spec"]["query"]),
             QStringLiteral("sum(increase(http_request_duration_seconds_bucket{service=\"fraud\",le=~\"0[.]20*\"}"
                            "[{{.window}}]))"));
    QCOMPARE(str(ratio["total"]["metricSource"]["spec"]["query"]),
             QStringLiteral("sum(increase(http_request_duration_seconds_count{service=\"fraud\"}[{{.window}}]))"));
}

void TestOpenSloExport::valueIndicators_becomeThresholdMetric_data()
{
    QTest::addColumn<Objective>("objective");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("op");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("sliceWindow");

    QTest::addRow("threshold") << thresholdObjective()
                               << QStringLiteral("max_over_time(gpu_utilization{pool=\"fraud\"}[{{.window}}])")
                               << QStringLiteral("lte") << 0.85 << QStringLiteral("1h");
    Objective p99 = latencyObjective();
    p99.name = QStringLiteral("p99");
    p99.indicator.latency.percentile = 0.99;
    p99.indicator.latency.threshold = 0.5;
    p99.budgeting = {Budgeting::Method::Timeslices, Duration::minutes(90)};
    QTest::addRow("latency percentile")
        << p99
        << QStringLiteral("histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket"
                          "{service=\"fraud\"}[{{.window}}])))")
        << QStringLiteral("lte") << 0.5 << QStringLiteral("90m");
    Objective raw;
    raw.name = QStringLiteral("lag");
    raw.indicator.kind = IndicatorKind::Query;
    raw.indicator.query.value = QStringLiteral("max(max_over_time(kafka_lag[{{window}}]))");
    raw.indicator.query.op = CompareOp::Lt;
    raw.indicator.query.threshold = 500;
    raw.budgeting = {Budgeting::Method::Timeslices, Duration::minutes(5)};
    raw.target = 0.999;
    QTest::addRow("query value") << raw << QStringLiteral("max(max_over_time(kafka_lag[{{.window}}]))")
                                 << QStringLiteral("lt") << 500.0 << QStringLiteral("5m");
}

void TestOpenSloExport::valueIndicators_becomeThresholdMetric()
{
    QFETCH(Objective, objective);
    QFETCH(QString, query);
    QFETCH(QString, op);
    QFETCH(double, value);
    QFETCH(QString, sliceWindow);

    Workspace ws = fraudWorkspace();
    ws.slas[0].objectives = {objective};
    Diagnostics warnings;
    const auto docs = parse(exportOpenSlo(ws, &warnings));
    QVERIFY(warnings.isEmpty());
    const YAML::Node spec = find(docs, "SLO", QStringLiteral("fraud-detection-api-") + objective.name)["spec"];
    QVERIFY(spec.IsMap());
    const YAML::Node indicator = spec["indicator"]["spec"];
    QVERIFY(!indicator["ratioMetric"].IsDefined());
    QCOMPARE(str(indicator["thresholdMetric"]["metricSource"]["spec"]["query"]), query);
    QCOMPARE(str(spec["budgetingMethod"]), QStringLiteral("Timeslices"));
    const YAML::Node o = spec["objectives"][0];
    QCOMPARE(str(o["displayName"]), objective.displayName.isEmpty() ? objective.name : objective.displayName);
    QCOMPARE(str(o["op"]), op);
    QCOMPARE(o["value"].as<double>(), value);
    QCOMPARE(o["target"].as<double>(), objective.target);
    QCOMPARE(o["timeSliceTarget"].as<double>(), 1.0);
    QCOMPARE(str(o["timeSliceWindow"]), sliceWindow);
}

void TestOpenSloExport::queryErrorRatio_becomesRawFailureRatio()
{
    Objective o;
    o.name = QStringLiteral("errors");
    o.indicator.kind = IndicatorKind::Query;
    o.indicator.query.errorRatio = QStringLiteral("sum(rate(err[{{window}}])) / sum(rate(all[{{window}}]))");
    o.target = 0.99;
    o.budgeting = {Budgeting::Method::Timeslices, Duration::minutes(5)};
    Workspace ws = fraudWorkspace();
    ws.slas[0].objectives = {o};
    const auto docs = parse(exportOpenSlo(ws, nullptr));
    const YAML::Node spec = find(docs, "SLO", QStringLiteral("fraud-detection-api-errors"))["spec"];
    const YAML::Node ratio = spec["indicator"]["spec"]["ratioMetric"];
    QCOMPARE(ratio["counter"].as<bool>(), false);
    QCOMPARE(str(ratio["rawType"]), QStringLiteral("failure"));
    QCOMPARE(str(ratio["raw"]["metricSource"]["spec"]["query"]),
             QStringLiteral("sum(rate(err[{{.window}}])) / sum(rate(all[{{.window}}]))"));
    // An event-type indicator with timeslices: a slice is good when it meets the target.
    QCOMPARE(spec["objectives"][0]["timeSliceTarget"].as<double>(), 0.99);
    QVERIFY(!spec["objectives"][0]["op"].IsDefined());
}

void TestOpenSloExport::drift_isSkippedWithWarning()
{
    Workspace ws = fraudWorkspace();
    Objective drift = driftObjective();
    drift.origin.self = SourceLocation{QStringLiteral("sla.yaml"), 30, 7};
    ws.slas[0].objectives << drift;
    Diagnostics warnings;
    const auto docs = parse(exportOpenSlo(ws, &warnings));
    QCOMPARE(names(docs, "SLO"), (QStringList{QStringLiteral("fraud-detection-api-availability"),
                                              QStringLiteral("fraud-detection-api-latency")}));
    QCOMPARE(warnings.size(), 1);
    const Diagnostic &w = warnings.first();
    QCOMPARE(w.severity, Diagnostic::Severity::Warning);
    QCOMPARE(w.location, drift.origin.self);
    QVERIFY2(w.message.contains(QStringLiteral("'fraud-detection-api'")), qPrintable(w.message));
    QVERIFY2(w.message.contains(QStringLiteral("'amount-drift'")), qPrintable(w.message));
    QVERIFY2(w.message.contains(QStringLiteral("drift")), qPrintable(w.message));
}

void TestOpenSloExport::timeWindow_data()
{
    QTest::addColumn<Window>("window");
    QTest::addColumn<QString>("duration");
    QTest::addColumn<bool>("rolling");
    QTest::addColumn<QString>("timeZone");

    QTest::addRow("30d") << Window::rollingWindow(Duration::days(30)) << QStringLiteral("30d") << true << QString();
    QTest::addRow("28d") << Window::rollingWindow(Duration::days(28)) << QStringLiteral("28d") << true << QString();
    QTest::addRow("36h") << Window::rollingWindow(Duration::hours(36)) << QStringLiteral("36h") << true << QString();
    QTest::addRow("1h30m") << Window::rollingWindow(Duration::minutes(90)) << QStringLiteral("90m") << true
                           << QString();
    Window week{Window::Kind::Calendar, {}, CalendarUnit::Week, QStringLiteral("Europe/Berlin"), {}};
    QTest::addRow("week") << week << QStringLiteral("1w") << false << QStringLiteral("Europe/Berlin");
    Window month{Window::Kind::Calendar, {}, CalendarUnit::Month, QStringLiteral("UTC"), {}};
    QTest::addRow("month") << month << QStringLiteral("1M") << false << QStringLiteral("UTC");
    Window quarter{Window::Kind::Calendar, {}, CalendarUnit::Quarter, QStringLiteral("America/New_York"), {}};
    QTest::addRow("quarter") << quarter << QStringLiteral("1Q") << false << QStringLiteral("America/New_York");
}

void TestOpenSloExport::timeWindow()
{
    QFETCH(Window, window);
    QFETCH(QString, duration);
    QFETCH(bool, rolling);
    QFETCH(QString, timeZone);

    Workspace ws = fraudWorkspace();
    ws.slas[0].window = window;
    // An objective's own window wins over the SLA's.
    ws.slas[0].objectives[1].window = Window::rollingWindow(Duration::days(7));
    const auto docs = parse(exportOpenSlo(ws, nullptr));
    const YAML::Node tw = find(docs, "SLO", QStringLiteral("fraud-detection-api-availability"))["spec"]["timeWindow"];
    QCOMPARE(int(tw.size()), 1);
    QCOMPARE(str(tw[0]["duration"]), duration);
    QCOMPARE(tw[0]["isRolling"].as<bool>(), rolling);
    if (rolling) {
        QVERIFY(!tw[0]["calendar"].IsDefined());
    } else {
        QCOMPARE(str(tw[0]["calendar"]["timeZone"]), timeZone);
        QCOMPARE(str(tw[0]["calendar"]["startTime"]), QStringLiteral("2024-01-01 00:00:00"));
    }
    const YAML::Node own = find(docs, "SLO", QStringLiteral("fraud-detection-api-latency"))["spec"]["timeWindow"];
    QCOMPARE(str(own[0]["duration"]), QStringLiteral("7d"));
    QCOMPARE(own[0]["isRolling"].as<bool>(), true);
}

void TestOpenSloExport::burnRateRules_becomePoliciesAndConditions()
{
    const auto docs = parse(exportOpenSlo(fraudWorkspace(), nullptr));
    const QStringList policies{
        QStringLiteral("fraud-detection-api-burn-1h-5m"), QStringLiteral("fraud-detection-api-burn-6h-30m"),
        QStringLiteral("fraud-detection-api-burn-1d-2h"), QStringLiteral("fraud-detection-api-burn-3d-6h")};
    QCOMPARE(names(docs, "AlertPolicy"), policies);
    const struct
    {
        double factor;
        const char *lookback;
        const char *after;
        const char *severity;
    } expected[] = {
        {14.4, "1h", "5m", "page"}, {6, "6h", "30m", "page"}, {3, "1d", "2h", "ticket"}, {1, "3d", "6h", "ticket"}};
    for (int i = 0; i < 4; ++i) {
        const YAML::Node policy = find(docs, "AlertPolicy", policies[i])["spec"];
        QCOMPARE(policy["alertWhenBreaching"].as<bool>(), true);
        QCOMPARE(int(policy["conditions"].size()), 1);
        QCOMPARE(str(policy["conditions"][0]["conditionRef"]), policies[i] + QStringLiteral("-condition"));
        QCOMPARE(str(policy["notificationTargets"][0]["targetRef"]),
                 QStringLiteral("fraud-detection-api-alertmanager"));
        const YAML::Node cond = find(docs, "AlertCondition", policies[i] + QStringLiteral("-condition"))["spec"];
        QVERIFY(cond.IsMap());
        QCOMPARE(str(cond["severity"]), QLatin1String(expected[i].severity));
        QCOMPARE(str(cond["condition"]["kind"]), QStringLiteral("burnrate"));
        QCOMPARE(str(cond["condition"]["op"]), QStringLiteral("gte"));
        QCOMPARE(cond["condition"]["threshold"].as<double>(), expected[i].factor);
        QCOMPARE(str(cond["condition"]["lookbackWindow"]), QLatin1String(expected[i].lookback));
        QCOMPARE(str(cond["condition"]["alertAfter"]), QLatin1String(expected[i].after));
    }
    for (const QString &slo : names(docs, "SLO")) {
        QStringList refs;
        for (const YAML::Node &ref : find(docs, "SLO", slo)["spec"]["alertPolicies"])
            refs << str(ref["alertPolicyRef"]);
        QCOMPARE(refs, policies);
    }
}

void TestOpenSloExport::burnRateRuleForOneObjective_isReferencedByThatSloOnly()
{
    Workspace ws = fraudWorkspace();
    AlertRule rule;
    rule.kind = AlertRule::Kind::BurnRate;
    rule.objective = QStringLiteral("latency");
    rule.burnRates = {{Duration::hours(2), Duration::minutes(10), 8, AlertSeverity::Info}};
    ws.slas[0].alerts = {rule};
    const auto docs = parse(exportOpenSlo(ws, nullptr));
    QCOMPARE(names(docs, "AlertPolicy"), QStringList{QStringLiteral("fraud-detection-api-latency-burn-2h-10m")});
    QVERIFY(
        !find(docs, "SLO", QStringLiteral("fraud-detection-api-availability"))["spec"]["alertPolicies"].IsDefined());
    const YAML::Node refs = find(docs, "SLO", QStringLiteral("fraud-detection-api-latency"))["spec"]["alertPolicies"];
    QCOMPARE(int(refs.size()), 1);
    QCOMPARE(str(refs[0]["alertPolicyRef"]), QStringLiteral("fraud-detection-api-latency-burn-2h-10m"));
    const YAML::Node cond =
        find(docs, "AlertCondition", QStringLiteral("fraud-detection-api-latency-burn-2h-10m-condition"))["spec"];
    QCOMPARE(str(cond["severity"]), QStringLiteral("info"));
    QCOMPARE(cond["condition"]["threshold"].as<double>(), 8.0);
}

void TestOpenSloExport::nonBurnRateAlerts_areSkippedWithWarning()
{
    Workspace ws = fraudWorkspace();
    AlertRule drop;
    drop.kind = AlertRule::Kind::Threshold;
    drop.name = QStringLiteral("precision-drop");
    drop.below = 0.93;
    ws.slas[0].alerts << drop;
    Diagnostics warnings;
    const auto docs = parse(exportOpenSlo(ws, &warnings));
    QCOMPARE(names(docs, "AlertPolicy").size(), 4);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings[0].message.contains(QStringLiteral("'precision-drop'")), qPrintable(warnings[0].message));
    QVERIFY(warnings[0].message.contains(QStringLiteral("burn rate")));
}

void TestOpenSloExport::notifyTargets_becomeNotificationTargets()
{
    Workspace ws = fraudWorkspace();
    NotifyTarget desktop;
    NotifyTarget hook1{NotifyTarget::Kind::Webhook, QStringLiteral("https://hooks.example.com/a"), {}};
    NotifyTarget hook2{NotifyTarget::Kind::Webhook, QStringLiteral("https://hooks.example.com/b"), {}};
    ws.slas[0].notify << desktop << hook1 << hook2;
    const auto docs = parse(exportOpenSlo(ws, nullptr));
    const QStringList targets{
        QStringLiteral("fraud-detection-api-alertmanager"), QStringLiteral("fraud-detection-api-desktop"),
        QStringLiteral("fraud-detection-api-webhook"), QStringLiteral("fraud-detection-api-webhook-2")};
    QCOMPARE(names(docs, "AlertNotificationTarget"), targets);
    QCOMPARE(str(find(docs, "AlertNotificationTarget", targets[0])["spec"]["target"]),
             QStringLiteral("http://127.0.0.1:9093"));
    QCOMPARE(str(find(docs, "AlertNotificationTarget", targets[1])["spec"]["target"]), QStringLiteral("desktop"));
    QCOMPARE(str(find(docs, "AlertNotificationTarget", targets[3])["spec"]["target"]),
             QStringLiteral("https://hooks.example.com/b"));
    QStringList refs;
    for (const YAML::Node &ref :
         find(docs, "AlertPolicy", QStringLiteral("fraud-detection-api-burn-1h-5m"))["spec"]["notificationTargets"])
        refs << str(ref["targetRef"]);
    QCOMPARE(refs, targets);
}

void TestOpenSloExport::services_onePerSlaService_workspaceServicesKept()
{
    Workspace ws = fraudWorkspace();
    SlaDoc second = fraudSla();
    second.metadata.name = QStringLiteral("fraud-batch");
    ws.slas << second; // same service: no second Service document
    SlaDoc third = fraudSla();
    third.metadata.name = QStringLiteral("search");
    third.metadata.displayName = QStringLiteral("Search");
    third.description = QStringLiteral("Product search");
    third.service = QStringLiteral("search");
    ws.slas << third;
    Service declared;
    declared.metadata.name = QStringLiteral("search");
    declared.metadata.displayName = QStringLiteral("Search (declared)");
    declared.description = QStringLiteral("Declared in the workspace");
    ws.services << declared;
    const auto docs = parse(exportOpenSlo(ws, nullptr));
    QCOMPARE(names(docs, "Service"), (QStringList{QStringLiteral("search"), QStringLiteral("fraud-detection")}));
    const YAML::Node fraud = find(docs, "Service", QStringLiteral("fraud-detection"));
    QCOMPARE(str(fraud["metadata"]["displayName"]), QStringLiteral("Fraud detection API"));
    QCOMPARE(str(fraud["spec"]["description"]), QStringLiteral("Scores card payments for fraud"));
    QCOMPARE(str(find(docs, "Service", QStringLiteral("search"))["spec"]["description"]),
             QStringLiteral("Declared in the workspace"));
    QCOMPARE(str(find(docs, "SLO", QStringLiteral("search-latency"))["spec"]["service"]), QStringLiteral("search"));
}

void TestOpenSloExport::dataSources_writeConnectionDetailsButNoSecrets()
{
    Workspace ws = fraudWorkspace();
    DataSource cw;
    cw.metadata.name = QStringLiteral("cloudwatch");
    cw.type = DataSourceType::Other;
    cw.typeName = QStringLiteral("CloudWatch");
    cw.otherDetails = {{QStringLiteral("region"), QStringLiteral("eu-west-1")},
                       {QStringLiteral("secretAccessKey"), QStringLiteral("hunter2")},
                       {QStringLiteral("accessKeyID"), QStringLiteral("AKIA123")}};
    DataSource rec;
    rec.metadata.name = QStringLiteral("demo-recording");
    rec.type = DataSourceType::Recorded;
    rec.file = QStringLiteral("data/demo.om.gz");
    rec.alignToNow = true;
    ws.dataSources << cw << rec;
    Diagnostics warnings;
    const QByteArray yaml = exportOpenSlo(ws, &warnings);
    QVERIFY(!yaml.contains("hunter2"));
    QVERIFY(!yaml.contains("AKIA123"));
    QCOMPARE(warnings.size(), 2);
    const auto docs = parse(yaml);
    const YAML::Node prom = find(docs, "DataSource", QStringLiteral("prod-prometheus"))["spec"];
    QCOMPARE(str(prom["type"]), QStringLiteral("Prometheus"));
    QCOMPARE(str(prom["connectionDetails"]["url"]), QStringLiteral("https://prometheus.example.com"));
    QCOMPARE(str(prom["connectionDetails"]["pathPrefix"]), QStringLiteral("/prometheus"));
    QCOMPARE(str(prom["connectionDetails"]["tenant"]), QStringLiteral("team-risk"));
    QCOMPARE(str(prom["connectionDetails"]["auth"]), QStringLiteral("bearer"));
    const YAML::Node other = find(docs, "DataSource", QStringLiteral("cloudwatch"))["spec"];
    QCOMPARE(str(other["type"]), QStringLiteral("CloudWatch"));
    QCOMPARE(int(other["connectionDetails"].size()), 1);
    QCOMPARE(str(other["connectionDetails"]["region"]), QStringLiteral("eu-west-1"));
    const YAML::Node recorded = find(docs, "DataSource", QStringLiteral("demo-recording"))["spec"];
    QCOMPARE(str(recorded["connectionDetails"]["file"]), QStringLiteral("data/demo.om.gz"));
    QCOMPARE(recorded["connectionDetails"]["alignToNow"].as<bool>(), true);
}

void TestOpenSloExport::datadogSource_countsAndSkipsLatency()
{
    DataSource dd;
    dd.metadata.name = QStringLiteral("datadog");
    dd.type = DataSourceType::Datadog;
    dd.site = QStringLiteral("datadoghq.eu");
    Workspace ws;
    ws.dataSources = {dd};
    SlaDoc sla = fraudSla();
    sla.dataSource = QStringLiteral("datadog");
    sla.objectives[0].indicator.ratio.good = QStringLiteral("trace.http.request.hits{service:fraud,status:ok}");
    sla.objectives[0].indicator.ratio.total = QStringLiteral("sum:trace.http.request.hits{service:fraud}.as_count()");
    Objective precision;
    precision.name = QStringLiteral("precision");
    precision.indicator.kind = IndicatorKind::Classification;
    precision.indicator.classification.tp = QStringLiteral("preds{outcome:tp}");
    precision.indicator.classification.fp = QStringLiteral("preds{outcome:fp}");
    precision.target = 0.95;
    sla.objectives << precision;
    ws.slas = {sla};
    Diagnostics warnings;
    const auto docs = parse(exportOpenSlo(ws, &warnings));
    QCOMPARE(str(find(docs, "DataSource", QStringLiteral("datadog"))["spec"]["connectionDetails"]["site"]),
             QStringLiteral("datadoghq.eu"));
    const YAML::Node ratio = find(
        docs, "SLO", QStringLiteral("fraud-detection-api-availability"))["spec"]["indicator"]["spec"]["ratioMetric"];
    QCOMPARE(str(ratio["good"]["metricSource"]["type"]), QStringLiteral("Datadog"));
    QCOMPARE(str(ratio["good"]["metricSource"]["spec"]["query"]),
             QStringLiteral("sum:trace.http.request.hits{service:fraud,status:ok}.as_count()"));
    QCOMPARE(str(ratio["total"]["metricSource"]["spec"]["query"]),
             QStringLiteral("sum:trace.http.request.hits{service:fraud}.as_count()"));
    const YAML::Node prec =
        find(docs, "SLO", QStringLiteral("fraud-detection-api-precision"))["spec"]["indicator"]["spec"]["ratioMetric"];
    QCOMPARE(str(prec["total"]["metricSource"]["spec"]["query"]),
             QStringLiteral("sum:preds{outcome:tp}.as_count() + sum:preds{outcome:fp}.as_count()"));
    QVERIFY(!find(docs, "SLO", QStringLiteral("fraud-detection-api-latency")).IsDefined());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings[0].message.contains(QStringLiteral("'latency'")), qPrintable(warnings[0].message));
    QVERIFY2(warnings[0].message.contains(QStringLiteral("Datadog")), qPrintable(warnings[0].message));
}

void TestOpenSloExport::urlPasswords_areNeverExported()
{
    Workspace ws = fraudWorkspace();
    ws.dataSources.first().url = QStringLiteral("https://alice:canary-pw-0b7d@prometheus.example.com");
    DataSource dd;
    dd.metadata.name = QStringLiteral("dd-proxy");
    dd.type = DataSourceType::Datadog;
    dd.url = QStringLiteral("http://bob:canary-pw-0b7d@proxy.example.com:8080/dd");
    ws.dataSources << dd;
    Diagnostics warnings;
    const QByteArray yaml = exportOpenSlo(ws, &warnings);
    QVERIFY(!yaml.contains("canary-pw-0b7d"));
    const auto docs = parse(yaml);
    QCOMPARE(str(find(docs, "DataSource", QStringLiteral("prod-prometheus"))["spec"]["connectionDetails"]["url"]),
             QStringLiteral("https://alice@prometheus.example.com"));
    QCOMPARE(str(find(docs, "DataSource", QStringLiteral("dd-proxy"))["spec"]["connectionDetails"]["url"]),
             QStringLiteral("http://bob@proxy.example.com:8080/dd"));
}

QTEST_GUILESS_MAIN(TestOpenSloExport)
#include "tst_opensloexport.moc"
