// SPDX-License-Identifier: Apache-2.0
#include "core/validation/validator.h"

#include <QObject>
#include <QTest>

using namespace Sla::Core;

Q_DECLARE_METATYPE(Sla::Core::Workspace)

namespace {

const QString kFile = QStringLiteral("ws.yaml");

SourceLocation loc(int line, int column, const QString &file = kFile)
{
    return {file, line, column};
}

Origin origin(SourceLocation self, std::initializer_list<std::pair<const char *, SourceLocation>> fields = {})
{
    Origin o;
    o.self = self;
    for (const auto &[key, where] : fields)
        o.fields.insert(QString::fromLatin1(key), where);
    return o;
}

Metadata named(const QString &name)
{
    return Metadata{name, {}, {}, {}};
}

DataSource dataSource(const QString &name, DataSourceType type, int line, const QString &typeName = {})
{
    DataSource ds;
    ds.metadata = named(name);
    ds.type = type;
    ds.typeName = typeName.isEmpty() ? toString(type) : typeName;
    ds.origin = origin(loc(line, 1), {{"name", loc(line + 2, 9)}});
    return ds;
}

TierTemplate tier(const QString &name, double ratio, double latencyTarget, double latencyThreshold, double drift,
                  const QString &file)
{
    TierTemplate t;
    t.metadata = named(name);
    t.window = Window::rollingWindow(Duration::days(30));
    t.minimums.insert(IndicatorKind::Ratio, TierMinimum{ratio, std::nullopt});
    t.minimums.insert(IndicatorKind::Latency, TierMinimum{latencyTarget, latencyThreshold});
    t.minimums.insert(IndicatorKind::Classification, TierMinimum{0.95, std::nullopt});
    t.minimums.insert(IndicatorKind::Drift, TierMinimum{std::nullopt, drift});
    t.origin = origin(loc(1, 1, file), {{"name", loc(4, 9, file)}, {"atRisk", loc(8, 11, file)}});
    return t;
}

/// Stand-ins for the shipped tiers, so these tests do not depend on the YAML reader.
QList<TierTemplate> testBuiltIns()
{
    QList<TierTemplate> tiers = {
        tier(QStringLiteral("tier-1"), 0.9995, 0.95, 0.2, 0.1, QStringLiteral(":/tier-1.yaml")),
        tier(QStringLiteral("tier-2"), 0.999, 0.9, 0.5, 0.2, QStringLiteral(":/tier-2.yaml"))};
    for (TierTemplate &t : tiers)
        t.builtIn = true;
    return tiers;
}

Objective availability()
{
    Objective o;
    o.name = QStringLiteral("availability");
    o.indicator.kind = IndicatorKind::Ratio;
    o.indicator.ratio.good = QStringLiteral("http_requests_total{service=\"fraud\",code!~\"5..\"}");
    o.indicator.ratio.total = QStringLiteral("http_requests_total{service=\"fraud\"}");
    o.indicator.origin = origin(loc(30, 9), {{"ratio.good", loc(32, 17)}, {"ratio.total", loc(33, 18)}});
    o.target = 0.9995;
    o.origin = origin(loc(29, 7), {{"name", loc(29, 13)}, {"target", loc(34, 15)}});
    return o;
}

Objective latency()
{
    Objective o;
    o.name = QStringLiteral("latency");
    o.indicator.kind = IndicatorKind::Latency;
    o.indicator.latency.histogram = QStringLiteral("http_request_duration_seconds{service=\"fraud\"}");
    o.indicator.latency.threshold = 0.2;
    o.indicator.origin = origin(loc(36, 9), {{"latency.histogram", loc(37, 30)}, {"latency.threshold", loc(37, 90)}});
    o.target = 0.95;
    o.origin = origin(loc(35, 7), {{"name", loc(35, 13)}, {"target", loc(38, 15)}});
    return o;
}

Objective drift()
{
    Objective o;
    o.name = QStringLiteral("amount-drift");
    o.indicator.kind = IndicatorKind::Drift;
    o.indicator.drift.histogram = QStringLiteral("model_feature_value{model=\"fraud\",feature=\"amount\"}");
    o.indicator.drift.threshold = 0.1;
    o.indicator.origin = origin(
        loc(46, 9), {{"drift", loc(47, 11)}, {"drift.histogram", loc(48, 22)}, {"drift.threshold", loc(51, 22)}});
    o.budgeting = Budgeting{Budgeting::Method::Timeslices, Duration::days(1)};
    o.target = 0.9;
    o.origin = origin(loc(45, 7), {{"name", loc(45, 13)}, {"target", loc(53, 15)}});
    return o;
}

AlertRule availabilityDrop()
{
    AlertRule a;
    a.kind = AlertRule::Kind::Threshold;
    a.name = QStringLiteral("availability-drop");
    a.objective = QStringLiteral("availability");
    a.below = 0.999;
    a.window = Duration::hours(1);
    a.forDuration = Duration::hours(1);
    a.origin = origin(loc(40, 7), {{"name", loc(40, 14)}, {"objective", loc(40, 45)}});
    return a;
}

Sla::Core::Sla fraudSla()
{
    Sla::Core::Sla sla;
    sla.metadata = named(QStringLiteral("fraud"));
    sla.tier = QStringLiteral("tier-1");
    sla.dataSource = QStringLiteral("prod-prometheus");
    sla.window = Window::rollingWindow(Duration::days(30));
    sla.objectives = {availability(), latency()};
    AlertRule burn;
    burn.kind = AlertRule::Kind::BurnRate;
    burn.burnRateDefault = true;
    burn.origin = origin(loc(41, 7));
    sla.alerts = {availabilityDrop(), burn};
    sla.origin = origin(
        loc(20, 1), {{"name", loc(22, 9)}, {"tier", loc(25, 9)}, {"dataSource", loc(26, 15)}, {"window", loc(27, 11)}});
    return sla;
}

/// A clean workspace: every row below changes one thing.
Workspace base()
{
    Workspace ws;
    ws.dataSources = {
        dataSource(QStringLiteral("prod-prometheus"), DataSourceType::Prometheus, 1),
        dataSource(QStringLiteral("dd-prod"), DataSourceType::Datadog, 8),
        dataSource(QStringLiteral("cloudwatch"), DataSourceType::Other, 15, QStringLiteral("CloudWatch"))};
    ws.slas = {fraudSla()};
    Service svc;
    svc.metadata = named(QStringLiteral("fraud-detection"));
    svc.origin = origin(loc(100, 1), {{"name", loc(102, 9)}});
    ws.services = {svc};
    return ws;
}

QStringList texts(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << d.toString();
    return out;
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void cleanWorkspace_noDiagnostics_data();
    void cleanWorkspace_noDiagnostics();
    void invalidWorkspace_reports_data();
    void invalidWorkspace_reports();
    void severities();
};

void TestValidator::cleanWorkspace_noDiagnostics_data()
{
    QTest::addColumn<Workspace>("ws");

    QTest::addRow("empty") << Workspace();
    QTest::addRow("base") << base();
    {
        Workspace ws = base();
        ws.slas[0].dataSource = QStringLiteral("dd-prod");
        ws.slas[0].objectives[0].indicator.ratio.good =
            QStringLiteral("trace.http.request.hits{service:fraud,!http.status_class:5xx}");
        ws.slas[0].objectives[0].indicator.ratio.total = QStringLiteral("sum:trace.http.request.hits{service:fraud}");
        ws.slas[0].objectives[1].indicator.latency.histogram = QStringLiteral("trace.http.request.duration{*}");
        QTest::addRow("datadog selectors") << ws;
    }
    {
        Workspace ws = base();
        ws.slas[0].window.reset();
        ws.slas[0].origin.fields.remove(QStringLiteral("window"));
        QTest::addRow("window from the tier") << ws;
    }
    {
        Workspace ws = base();
        ws.slas[0].tier.clear();
        ws.slas[0].window.reset();
        for (Objective &o : ws.slas[0].objectives)
            o.window = Window::rollingWindow(Duration::days(7));
        QTest::addRow("every objective has its own window") << ws;
    }
    {
        Workspace ws = base();
        ws.slas[0].tier = QStringLiteral("tier-2");
        ws.slas[0].objectives[0].target = 0.999;
        ws.slas[0].objectives[1].indicator.latency.threshold = 0.5;
        ws.slas[0].objectives[1].target = 0.9;
        QTest::addRow("exactly at tier-2 minimums") << ws;
    }
    {
        Workspace ws = base();
        ws.slas[0].objectives[0].target = 0.9999;
        ws.slas[0].objectives[1].indicator.latency.threshold = 0.1;
        QTest::addRow("tighter than the tier") << ws;
    }
    {
        // The workspace's own tier-1 replaces the built-in one: no duplicate, and its
        // looser minimums apply.
        Workspace ws = base();
        ws.tiers = {tier(QStringLiteral("tier-1"), 0.99, 0.9, 1.0, 0.3, kFile)};
        ws.slas[0].objectives[0].target = 0.995;
        QTest::addRow("workspace tier overrides built-in") << ws;
    }
    {
        Workspace ws = base();
        ws.slas[0].tier.clear();
        ws.slas[0].objectives[0].target = 0.5;
        QTest::addRow("no tier, no minimums") << ws;
    }
    {
        Workspace ws = base();
        ws.slas[0].dataSource.clear();
        ws.slas[0].objectives[0].dataSource = QStringLiteral("prod-prometheus");
        ws.slas[0].objectives[1].dataSource = QStringLiteral("prod-prometheus");
        QTest::addRow("objectives name their own source") << ws;
    }
    {
        Workspace ws = base();
        Objective &o = ws.slas[0].objectives[0];
        o.indicator.kind = IndicatorKind::Query;
        o.indicator.query.good = QStringLiteral("sum(increase(ok_total[{{window}}]))");
        o.indicator.query.total = QStringLiteral("sum(increase(all_total[{{window}}]))");
        QTest::addRow("query with window placeholders") << ws;
    }
    {
        // Datadog queries name no range (the evaluator rolls counts up per window), so a
        // query without {{window}} is fine there.
        Workspace ws = base();
        ws.slas[0].dataSource = QStringLiteral("dd-prod");
        ws.slas[0].objectives.removeLast();
        Objective &o = ws.slas[0].objectives[0];
        o.indicator.kind = IndicatorKind::Query;
        o.indicator.query.good = QStringLiteral("sum:trace.http.request.hits{service:web,!http.status_class:5xx}");
        o.indicator.query.total = QStringLiteral("sum:trace.http.request.hits{service:web}");
        QTest::addRow("datadog query without window placeholder") << ws;
    }
    {
        Workspace ws = base();
        ws.slas[0].objectives << drift();
        ws.slas[0].objectives[2].dataSource = QStringLiteral("prod-prometheus");
        QTest::addRow("drift from prometheus") << ws;
    }
    {
        Workspace ws = base();
        ws.slas[0].window =
            Window{Window::Kind::Calendar, Duration::days(30), CalendarUnit::Month, QStringLiteral("UTC"), {}};
        ws.slas[0].objectives << drift();
        ws.slas[0].objectives[2].dataSource = QStringLiteral("prod-prometheus");
        AlertRule half;
        half.kind = AlertRule::Kind::PeriodBudget;
        half.consumedAbove = 0.5;
        AlertRule score;
        score.kind = AlertRule::Kind::Drift;
        ws.slas[0].alerts << half << score;
        QTest::addRow("period budget on a calendar window, drift on a drift objective") << ws;
    }
    {
        Workspace ws = base();
        ws.dataSources << dataSource(QStringLiteral("demo"), DataSourceType::Recorded, 60);
        ws.slas[0].dataSource = QStringLiteral("demo");
        QTest::addRow("recorded source reads PromQL selectors") << ws;
    }
}

void TestValidator::cleanWorkspace_noDiagnostics()
{
    QFETCH(Workspace, ws);
    const Diagnostics diagnostics = validateWorkspace(ws, testBuiltIns());
    QCOMPARE(texts(diagnostics), QStringList());
}

void TestValidator::invalidWorkspace_reports_data()
{
    QTest::addColumn<Workspace>("ws");
    QTest::addColumn<QStringList>("expected");

    // Duplicates: reported at the second definition, naming the first.
    {
        Workspace ws = base();
        Sla::Core::Sla again = fraudSla();
        again.origin =
            origin(loc(3, 1, QStringLiteral("more.yaml")), {{"name", loc(5, 9, QStringLiteral("more.yaml"))}});
        ws.slas << again;
        QTest::addRow("duplicate SLA in another file")
            << ws << QStringList{QStringLiteral("more.yaml:5:9: error: SLA 'fraud' is already defined at ws.yaml:22")};
    }
    {
        Workspace ws = base();
        ws.dataSources << dataSource(QStringLiteral("prod-prometheus"), DataSourceType::Prometheus, 70);
        QTest::addRow("duplicate data source")
            << ws
            << QStringList{
                   QStringLiteral("ws.yaml:72:9: error: DataSource 'prod-prometheus' is already defined at ws.yaml:3")};
    }
    {
        Workspace ws = base();
        ws.tiers = {tier(QStringLiteral("gold"), 0.99, 0.9, 1, 0.3, QStringLiteral("a.yaml")),
                    tier(QStringLiteral("gold"), 0.99, 0.9, 1, 0.3, QStringLiteral("b.yaml"))};
        QTest::addRow("duplicate tier")
            << ws
            << QStringList{QStringLiteral("b.yaml:4:9: error: TierTemplate 'gold' is already defined at a.yaml:4")};
    }
    {
        Workspace ws = base();
        Service svc = ws.services[0];
        svc.origin = origin(loc(110, 1), {{"name", loc(112, 9)}});
        ws.services << svc;
        QTest::addRow("duplicate service")
            << ws
            << QStringList{QStringLiteral(
                   "ws.yaml:112:9: warning: Service 'fraud-detection' is already defined at ws.yaml:102")};
    }
    {
        Workspace ws = base();
        Objective again = latency();
        again.origin = origin(loc(39, 7), {{"name", loc(39, 13)}, {"target", loc(39, 40)}});
        ws.slas[0].objectives << again;
        QTest::addRow("duplicate objective")
            << ws
            << QStringList{
                   QStringLiteral("ws.yaml:39:13: error: objective 'latency' is already defined at ws.yaml:35")};
    }
    {
        Workspace ws = base();
        AlertRule again = availabilityDrop();
        again.origin = origin(loc(42, 7), {{"name", loc(42, 14)}, {"objective", loc(42, 45)}});
        ws.slas[0].alerts << again;
        QTest::addRow("duplicate alert")
            << ws
            << QStringList{
                   QStringLiteral("ws.yaml:42:14: error: alert 'availability-drop' is already defined at ws.yaml:40")};
    }

    // Alert kinds
    {
        Workspace ws = base();
        AlertRule drift;
        drift.kind = AlertRule::Kind::Drift;
        drift.name = QStringLiteral("feature-drift");
        drift.driftAbove = 0.2;
        drift.origin = origin(loc(43, 7));
        ws.slas[0].alerts << drift;
        QTest::addRow("drift alert without a drift objective")
            << ws
            << QStringList{QStringLiteral("ws.yaml:43:7: error: alert 'feature-drift' of SLA 'fraud' watches a drift "
                                          "score, but no drift objective of the SLA matches it")};
    }
    {
        Workspace ws = base();
        AlertRule half;
        half.kind = AlertRule::Kind::PeriodBudget;
        half.name = QStringLiteral("half-spent");
        half.consumedAbove = 0.5;
        half.origin = origin(loc(44, 7));
        ws.slas[0].alerts << half;
        QTest::addRow("period budget on a rolling window")
            << ws
            << QStringList{QStringLiteral(
                   "ws.yaml:44:7: error: alert 'half-spent' of SLA 'fraud' needs the calendar window of the SLA on "
                   "every objective it watches: the budget consumed since the period started is the window's; use "
                   "budgetBelow on a rolling window")};
    }

    // References
    {
        Workspace ws = base();
        ws.slas[0].tier = QStringLiteral("tier-l");
        QTest::addRow("unknown tier, near miss")
            << ws
            << QStringList{
                   QStringLiteral("ws.yaml:25:9: error: unknown tier 'tier-l' in SLA 'fraud'; did you mean 'tier-1'?")};
    }
    {
        Workspace ws = base();
        ws.tiers = {tier(QStringLiteral("platinum"), 0.99, 0.9, 1, 0.3, kFile)};
        ws.slas[0].tier = QStringLiteral("gold");
        QTest::addRow("unknown tier, no near name")
            << ws
            << QStringList{QStringLiteral(
                   "ws.yaml:25:9: error: unknown tier 'gold' in SLA 'fraud' (known: platinum, tier-1, tier-2)")};
    }
    {
        Workspace ws = base();
        ws.slas[0].dataSource = QStringLiteral("prod-promethues");
        QTest::addRow("unknown SLA data source")
            << ws
            << QStringList{QStringLiteral("ws.yaml:26:15: error: unknown data source 'prod-promethues' in SLA 'fraud'; "
                                          "did you mean 'prod-prometheus'?")};
    }
    {
        Workspace ws = base();
        ws.dataSources.clear();
        QTest::addRow("no data source defined at all")
            << ws
            << QStringList{QStringLiteral("ws.yaml:26:15: error: unknown data source 'prod-prometheus' in SLA 'fraud' "
                                          "(no DataSource is defined)")};
    }
    {
        Workspace ws = base();
        ws.slas[0].objectives[1].dataSource = QStringLiteral("dd-prd");
        ws.slas[0].objectives[1].origin.fields.insert(QStringLiteral("dataSource"), loc(39, 21));
        QTest::addRow("unknown objective data source")
            << ws
            << QStringList{QStringLiteral("ws.yaml:39:21: error: unknown data source 'dd-prd' in objective 'latency' "
                                          "of SLA 'fraud'; did you mean 'dd-prod'?")};
    }
    {
        Workspace ws = base();
        ws.slas[0].alerts[0].objective = QStringLiteral("availabilty");
        QTest::addRow("unknown alert objective")
            << ws
            << QStringList{QStringLiteral("ws.yaml:40:45: error: unknown objective 'availabilty' in alert "
                                          "'availability-drop' of SLA 'fraud'; did you mean 'availability'?")};
    }
    {
        Workspace ws = base();
        ws.slas[0].alerts[0].objective = QStringLiteral("throughput");
        QTest::addRow("unknown alert objective, no near name")
            << ws
            << QStringList{QStringLiteral("ws.yaml:40:45: error: unknown objective 'throughput' in alert "
                                          "'availability-drop' of SLA 'fraud' (known: availability, latency)")};
    }
    {
        Workspace ws = base();
        ws.slas[0].dataSource.clear();
        ws.slas[0].origin.fields.remove(QStringLiteral("dataSource"));
        QTest::addRow("objectives without data source")
            << ws
            << QStringList{QStringLiteral("ws.yaml:29:7: error: objective 'availability' of SLA 'fraud' has no data "
                                          "source: set dataSource on the SLA or on the objective"),
                           QStringLiteral("ws.yaml:35:7: error: objective 'latency' of SLA 'fraud' has no data "
                                          "source: set dataSource on the SLA or on the objective")};
    }
    {
        Workspace ws = base();
        ws.slas[0].dataSource = QStringLiteral("cloudwatch");
        QTest::addRow("unsupported source type, reported once")
            << ws
            << QStringList{QStringLiteral("ws.yaml:26:15: warning: data source 'cloudwatch' in SLA 'fraud' has type "
                                          "CloudWatch: SLA Desk cannot query CloudWatch data sources (supported "
                                          "types: prometheus, datadog, recorded); its objectives will show no data")};
    }

    // Selectors
    {
        Workspace ws = base();
        ws.slas[0].objectives[0].indicator.ratio.good = QStringLiteral("http_requests_total{code=~\"(5\"}");
        QTest::addRow("bad regex points into the selector")
            << ws
            << QStringList{QStringLiteral("ws.yaml:32:46: error: invalid PromQL selector in ratio.good: invalid "
                                          "regular expression for label 'code': missing closing parenthesis")};
    }
    {
        Workspace ws = base();
        ws.slas[0].objectives[0].indicator.ratio.total = QStringLiteral("http_requests_total{\n  service=fraud\n}");
        QTest::addRow("multi-line selector points at the field")
            << ws
            << QStringList{QStringLiteral("ws.yaml:33:18: error: invalid PromQL selector in ratio.total: unexpected "
                                          "'f': expected a quoted label value (\"...\", '...' or `...`)")};
    }
    {
        Workspace ws = base();
        ws.slas[0].objectives[0].indicator.ratio.good = QStringLiteral("rate(http_requests_total[5m])");
        ws.slas[0].objectives[0].indicator.origin.fields.remove(QStringLiteral("ratio.good"));
        QTest::addRow("unrecorded field points at the indicator")
            << ws
            << QStringList{QStringLiteral("ws.yaml:30:9: error: invalid PromQL selector in ratio.good: unexpected "
                                          "'(': write only the series selector; ranges, offsets and functions are "
                                          "added per objective window")};
    }
    {
        Workspace ws = base();
        ws.slas[0].dataSource = QStringLiteral("dd-prod");
        QTest::addRow("PromQL selectors against Datadog")
            << ws
            << QStringList{QStringLiteral("ws.yaml:32:44: error: invalid Datadog selector in ratio.good: invalid "
                                          "character '=' in tag 'service=\"fraud\"'"),
                           QStringLiteral("ws.yaml:33:45: error: invalid Datadog selector in ratio.total: invalid "
                                          "character '=' in tag 'service=\"fraud\"'"),
                           QStringLiteral("ws.yaml:37:67: error: invalid Datadog selector in latency.histogram: "
                                          "invalid character '=' in tag 'service=\"fraud\"'")};
    }
    {
        Workspace ws = base();
        Objective &o = ws.slas[0].objectives[0];
        o.indicator.kind = IndicatorKind::Classification;
        o.indicator.classification.tp = QStringLiteral("model_predictions_total{outcome=\"tp\"}");
        o.indicator.classification.fp = QStringLiteral("model_predictions_total{outcome=tp}");
        o.indicator.origin.fields.insert(QStringLiteral("classification.fp"), loc(33, 15));
        o.target = 0.96;
        QTest::addRow("classification counter")
            << ws
            << QStringList{QStringLiteral("ws.yaml:33:47: error: invalid PromQL selector in classification.fp: "
                                          "unexpected 't': expected a quoted label value (\"...\", '...' or `...`)")};
    }
    {
        Workspace ws = base();
        Objective &o = ws.slas[0].objectives[0];
        o.indicator.kind = IndicatorKind::Ratio;
        o.indicator.ratio.good = QStringLiteral("{__name__=\"http_requests_total\",code!~\"5..\"}");
        o.indicator.ratio.total = QStringLiteral("{service=\"fraud\"}");
        o.indicator.origin.fields.insert(QStringLiteral("ratio.total"), loc(33, 14));
        QTest::addRow("selector without a metric name warns")
            << ws
            << QStringList{QStringLiteral("ws.yaml:33:14: warning: ratio.total names no metric ({service=\"fraud\"}): "
                                          "it selects every metric with these labels, and their values would be "
                                          "added up; write the metric's name, e.g. http_requests_total{...}")};
    }
    {
        Workspace ws = base();
        Objective &o = ws.slas[0].objectives[0];
        o.indicator.kind = IndicatorKind::Threshold;
        o.indicator.threshold.metric = QStringLiteral("sum(gpu_utilisation)");
        o.indicator.origin.fields.insert(QStringLiteral("threshold.metric"), loc(31, 17));
        QTest::addRow("threshold metric")
            << ws
            << QStringList{QStringLiteral("ws.yaml:31:17: error: invalid PromQL selector in threshold.metric: 'sum' "
                                          "is a PromQL keyword, not a metric name; write only the series selector, "
                                          "e.g. http_requests_total{job=\"api\"}")};
    }
    {
        Workspace ws = base();
        Objective &o = ws.slas[0].objectives[0];
        o.indicator.kind = IndicatorKind::Query;
        o.indicator.query.bad = QStringLiteral("sum(increase(errors_total[30d]))");
        o.indicator.query.total = QStringLiteral("sum(increase(all_total[{{window}}]))");
        o.indicator.origin.fields.insert(QStringLiteral("query.bad"), loc(32, 16));
        QTest::addRow("query without window placeholder warns")
            << ws
            << QStringList{QStringLiteral("ws.yaml:32:16: warning: query.bad has no {{window}} placeholder: it would "
                                          "read the same range for every window, e.g. write [{{window}}] where the "
                                          "range goes")};
    }
    {
        Workspace ws = base();
        Objective &o = ws.slas[0].objectives[0];
        o.indicator.kind = IndicatorKind::Query;
        o.indicator.query.errorRatio = QStringLiteral("not a selector (");
        o.indicator.origin.fields.insert(QStringLiteral("query.errorRatio"), loc(32, 23));
        QTest::addRow("queries are not parsed")
            << ws
            << QStringList{QStringLiteral("ws.yaml:32:23: warning: query.errorRatio has no {{window}} placeholder: "
                                          "it would read the same range for every window, e.g. write [{{window}}] "
                                          "where the range goes")};
    }
    {
        Workspace ws = base();
        ws.slas[0].objectives << drift();
        ws.slas[0].objectives[2].dataSource = QStringLiteral("dd-prod");
        QTest::addRow("drift from Datadog")
            << ws
            << QStringList{QStringLiteral("ws.yaml:47:11: error: Datadog cannot serve drift indicators: its query "
                                          "language has no histogram bucket increases; use a Prometheus or "
                                          "recorded source")};
    }

    // Windows
    {
        Workspace ws = base();
        ws.slas[0].tier.clear();
        ws.slas[0].window.reset();
        ws.slas[0].origin.fields.remove(QStringLiteral("window"));
        QTest::addRow("no window, no tier")
            << ws
            << QStringList{QStringLiteral("ws.yaml:20:1: error: SLA 'fraud' has no window: add a window such as 30d, "
                                          "or a tier that sets one")};
    }
    {
        Workspace ws = base();
        TierTemplate bronze = tier(QStringLiteral("bronze"), 0.9, 0.5, 2, 0.5, kFile);
        bronze.window.reset();
        ws.tiers = {bronze};
        ws.slas[0].tier = QStringLiteral("bronze");
        ws.slas[0].window.reset();
        ws.slas[0].origin.fields.remove(QStringLiteral("window"));
        ws.slas[0].objectives[0].window = Window::rollingWindow(Duration::days(7));
        QTest::addRow("no window in SLA or tier, one objective has its own")
            << ws
            << QStringList{QStringLiteral("ws.yaml:20:1: error: SLA 'fraud' has no window and its tier 'bronze' sets "
                                          "none: add a window such as 30d")};
    }

    // Tier minimums
    {
        Workspace ws = base();
        ws.slas[0].objectives[0].target = 0.999;
        QTest::addRow("target below tier")
            << ws
            << QStringList{QStringLiteral("ws.yaml:34:15: error: tier 'tier-1' requires target >= 0.9995 for ratio "
                                          "objectives; 'availability' has 0.999")};
    }
    {
        Workspace ws = base();
        ws.slas[0].objectives[1].indicator.latency.threshold = 0.5;
        ws.slas[0].objectives[1].target = 0.9;
        QTest::addRow("latency looser than tier")
            << ws
            << QStringList{QStringLiteral("ws.yaml:37:90: error: tier 'tier-1' requires threshold <= 0.2 for latency "
                                          "objectives; 'latency' has 0.5"),
                           QStringLiteral("ws.yaml:38:15: error: tier 'tier-1' requires target >= 0.95 for latency "
                                          "objectives; 'latency' has 0.9")};
    }
    {
        Workspace ws = base();
        ws.slas[0].objectives << drift();
        ws.slas[0].objectives[2].indicator.drift.threshold = 0.15;
        QTest::addRow("drift looser than tier")
            << ws
            << QStringList{QStringLiteral("ws.yaml:51:22: error: tier 'tier-1' requires threshold <= 0.1 for drift "
                                          "objectives; 'amount-drift' has 0.15")};
    }
    {
        Workspace ws = base();
        ws.tiers = {tier(QStringLiteral("tier-1"), 0.99999, 0.95, 0.2, 0.1, kFile)};
        QTest::addRow("workspace tier replaces built-in, stricter")
            << ws
            << QStringList{QStringLiteral("ws.yaml:34:15: error: tier 'tier-1' requires target >= 0.99999 for ratio "
                                          "objectives; 'availability' has 0.9995")};
    }
    {
        Workspace ws = base();
        ws.tiers = {tier(QStringLiteral("strict"), 0.9, 0.5, 2, 0.5, kFile),
                    tier(QStringLiteral("lax"), 0.9, 0.5, 2, 0.5, kFile)};
        ws.tiers[0].atRisk = 1.5;
        ws.tiers[1].atRisk = 0;
        ws.tiers[1].origin.fields.insert(QStringLiteral("atRisk"), loc(9, 11));
        QTest::addRow("atRisk outside (0,1)")
            << ws
            << QStringList{QStringLiteral("ws.yaml:8:11: error: atRisk of TierTemplate 'strict' must be a fraction of "
                                          "the error budget between 0 and 1 (exclusive), got 1.5"),
                           QStringLiteral("ws.yaml:9:11: error: atRisk of TierTemplate 'lax' must be a fraction of the "
                                          "error budget between 0 and 1 (exclusive), got 0")};
    }
    {
        // Several problems at once come sorted by position.
        Workspace ws = base();
        ws.slas[0].objectives[1].target = 0.5;
        ws.slas[0].alerts[0].objective = QStringLiteral("latncy");
        ws.slas[0].tier = QStringLiteral("tier-2");
        ws.slas[0].objectives[0].indicator.ratio.good = QStringLiteral("{}");
        QTest::addRow("several, sorted")
            << ws
            << QStringList{QStringLiteral("ws.yaml:32:17: error: invalid PromQL selector in ratio.good: a selector "
                                          "without a metric name needs at least one label matcher that does not "
                                          "match the empty string, e.g. {job=\"api\"}"),
                           QStringLiteral("ws.yaml:38:15: error: tier 'tier-2' requires target >= 0.9 for latency "
                                          "objectives; 'latency' has 0.5"),
                           QStringLiteral("ws.yaml:40:45: error: unknown objective 'latncy' in alert "
                                          "'availability-drop' of SLA 'fraud'; did you mean 'latency'?")};
    }
}

void TestValidator::invalidWorkspace_reports()
{
    QFETCH(Workspace, ws);
    QFETCH(QStringList, expected);
    const Diagnostics diagnostics = validateWorkspace(ws, testBuiltIns());
    QCOMPARE(texts(diagnostics), expected);
}

void TestValidator::severities()
{
    // Only the missing placeholder is a warning; everything else blocks.
    Workspace ws = base();
    Objective &o = ws.slas[0].objectives[0];
    o.indicator.kind = IndicatorKind::Query;
    o.indicator.query.good = QStringLiteral("sum(ok_total)");
    o.indicator.query.total = QStringLiteral("sum(all_total)");
    Diagnostics diagnostics = validateWorkspace(ws, testBuiltIns());
    QCOMPARE(diagnostics.size(), 2);
    QVERIFY(!hasErrors(diagnostics));

    ws.slas[0].tier = QStringLiteral("nope");
    diagnostics = validateWorkspace(ws, testBuiltIns());
    QCOMPARE(diagnostics.size(), 3);
    QVERIFY(hasErrors(diagnostics));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
