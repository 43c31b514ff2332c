// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/loader.h"
#include "core/exchange/slothimporter.h"
#include "tests/support/testutils.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Sla::Core;
using namespace Sla::Core::TestUtils;
// `Sla` alone is ambiguous between the namespace and the document type.
using SlaDoc = Sla::Core::Sla;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(SLA_TEST_DATA_DIR "/sloth/") + name;
}
QString corpusDir()
{
    return QStringLiteral(SLA_CORPUS_DIR "/sloth");
}

/// The diagnostic of `severity` at file (suffix), line, column whose message contains `fragment`.
const Objective *findObjective(const SlaDoc &sla, const QString &name)
{
    for (const Objective &o : sla.objectives) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

const AlertRule *findAlert(const SlaDoc &sla, const QString &objective)
{
    for (const AlertRule &r : sla.alerts) {
        if (r.objective == objective)
            return &r;
    }
    return nullptr;
}
} // namespace

class TestSlothImporter : public QObject
{
    Q_OBJECT
private slots:
    void prometheusSpec_mapsEventsRawAndAlerts();
    void sliPlugin_skipsObjectiveWithWarning();
    void kubernetesCrd_readsCamelCaseAndWarnsOnWindows();
    void invalidSpec_reportsEachRuleAtItsPosition_data();
    void invalidSpec_reportsEachRuleAtItsPosition();
    void unsupportedVersion_isAnErrorAtVersion();
    void sameServiceInTwoFiles_mergesAndRejectsDuplicateSlo();
    void definedPrometheusSource_isNotSynthesized();
    void acceptsOnlySlothDocuments_data();
    void acceptsOnlySlothDocuments();
    void corpus_data();
    void corpus();
};

void TestSlothImporter::prometheusSpec_mapsEventsRawAndAlerts()
{
    const LoadResult r = DocumentLoader::loadPaths({fixture(QStringLiteral("checkout.yaml"))});
    QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.slas.size(), 1);
    const SlaDoc &sla = r.workspace.slas.first();
    QCOMPARE(sla.metadata.name, QStringLiteral("checkout"));
    QCOMPARE(sla.service, QStringLiteral("checkout"));
    QCOMPARE(sla.dataSource, QStringLiteral("prometheus"));
    QVERIFY(sla.window.has_value());
    QCOMPARE(sla.window->kind, Window::Kind::Rolling);
    QCOMPARE(sla.window->rolling, Duration::days(30));
    QCOMPARE(sla.metadata.labels.value(QStringLiteral("team")), QStringList{QStringLiteral("payments")});
    QCOMPARE(sla.metadata.labels.value(QStringLiteral("tier")), QStringList{QStringLiteral("1")});
    QCOMPARE(sla.metadata.annotations.value(QStringLiteral("sloth.slok.dev/labels.requests-availability")),
             QStringLiteral("category=availability"));

    QCOMPARE(sla.objectives.size(), 3);
    const Objective *avail = findObjective(sla, QStringLiteral("requests-availability"));
    QVERIFY(avail);
    QCOMPARE(avail->target, 0.9995);
    QCOMPARE(avail->description, QStringLiteral("Checkout requests that do not fail."));
    QCOMPARE(toString(avail->indicator.kind), toString(IndicatorKind::Query));
    QCOMPARE(avail->indicator.query.bad,
             QStringLiteral("sum(rate(checkout_requests_total{code=~\"5..\"}[{{window}}]))"));
    // `{{ .window }}` with spaces is Sloth syntax too.
    QCOMPARE(avail->indicator.query.total, QStringLiteral("sum(rate(checkout_requests_total[{{window}}]))"));
    QVERIFY(avail->indicator.query.good.isEmpty());
    QCOMPARE(avail->indicator.origin.at(QStringLiteral("query.bad")).line, 15);
    QCOMPARE(avail->budgeting.method, Budgeting::Method::Occurrences);

    const Objective *latency = findObjective(sla, QStringLiteral("latency-ratio"));
    QVERIFY(latency);
    QCOMPARE(latency->target, 0.99);
    QCOMPARE(toString(latency->indicator.kind), toString(IndicatorKind::Query));
    QCOMPARE(latency->indicator.query.errorRatio,
             QStringLiteral("1 - sum(rate(checkout_duration_seconds_bucket{le=\"0.3\"}[{{window}}]))\n"
                            "/ sum(rate(checkout_duration_seconds_count[{{window}}]))"));
    QVERIFY(latency->indicator.query.bad.isEmpty());

    const Objective *quiet = findObjective(sla, QStringLiteral("quiet"));
    QVERIFY(quiet);
    QCOMPARE(quiet->target, 0.95);

    // Page and ticket on: the default set. Ticket only: its half of the defaults. Both off: none.
    QCOMPARE(sla.alerts.size(), 2);
    const AlertRule *availAlert = findAlert(sla, QStringLiteral("requests-availability"));
    QVERIFY(availAlert);
    QCOMPARE(availAlert->kind, AlertRule::Kind::BurnRate);
    QCOMPARE(availAlert->name, QStringLiteral("checkout-availability")); // from CheckoutAvailability
    QVERIFY(availAlert->burnRateDefault);
    const AlertRule *latencyAlert = findAlert(sla, QStringLiteral("latency-ratio"));
    QVERIFY(latencyAlert);
    QVERIFY(!latencyAlert->burnRateDefault);
    QCOMPARE(toString(latencyAlert->severity), toString(AlertSeverity::Ticket));
    QCOMPARE(latencyAlert->burnRates.size(), 2);
    QCOMPARE(latencyAlert->burnRates.at(0).longWindow, Duration::days(1));
    QCOMPARE(latencyAlert->burnRates.at(0).factor, 3.0);
    QCOMPARE(latencyAlert->burnRates.at(1).longWindow, Duration::days(3));
    QVERIFY(!findAlert(sla, QStringLiteral("quiet")));

    // No DataSource in the set: one is synthesized, with a warning.
    QCOMPARE(r.workspace.dataSources.size(), 1);
    const DataSource &ds = r.workspace.dataSources.first();
    QCOMPARE(ds.metadata.name, QStringLiteral("prometheus"));
    QCOMPARE(toString(ds.type), toString(DataSourceType::Prometheus));
    QVERIFY(ds.url.isEmpty());
    QVERIFY2(hasDiagnostic(r.diagnostics, Diagnostic::Severity::Warning, QStringLiteral("checkout.yaml"), 2, 1,
                           QStringLiteral("no connection details")),
             qPrintable(dump(r.diagnostics)));
}

void TestSlothImporter::sliPlugin_skipsObjectiveWithWarning()
{
    const LoadResult r = DocumentLoader::loadPaths({fixture(QStringLiteral("checkout.yaml"))});
    QVERIFY(r.ok());
    QVERIFY(!findObjective(r.workspace.slas.first(), QStringLiteral("from-plugin")));
    QVERIFY2(hasDiagnostic(r.diagnostics, Diagnostic::Severity::Warning, QStringLiteral("checkout.yaml"), 39, 0,
                           QStringLiteral("'sloth-common/http/availability'")),
             qPrintable(dump(r.diagnostics)));
}

void TestSlothImporter::kubernetesCrd_readsCamelCaseAndWarnsOnWindows()
{
    const LoadResult r = DocumentLoader::loadPaths({fixture(QStringLiteral("search-k8s.yaml"))});
    QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.slas.size(), 1);
    const SlaDoc &sla = r.workspace.slas.first();
    // Named after the service, not the Kubernetes object.
    QCOMPARE(sla.metadata.name, QStringLiteral("search"));
    QCOMPARE(sla.metadata.labels.value(QStringLiteral("team")), QStringList{QStringLiteral("discovery")});
    QCOMPARE(sla.objectives.size(), 1);
    const Objective &o = sla.objectives.first();
    QCOMPARE(o.name, QStringLiteral("query-errors"));
    QCOMPARE(o.target, 0.999);
    QCOMPARE(o.indicator.query.bad, QStringLiteral("sum(rate(search_queries_total{status=\"error\"}[{{window}}]))"));
    QCOMPARE(o.indicator.query.total, QStringLiteral("sum(rate(search_queries_total[{{window}}]))"));
    // pageAlert is disabled; `ticket_alert` is the other dialect's spelling, which Sloth ignores,
    // so the ticket alert stays on.
    QCOMPARE(sla.alerts.size(), 1);
    QCOMPARE(toString(sla.alerts.first().severity), toString(AlertSeverity::Ticket));
    // Sloth's alertname becomes a valid name; the original is kept for generated rules.
    QCOMPARE(sla.alerts.first().name, QStringLiteral("search-errors"));
    QCOMPARE(sla.metadata.annotations.value(QStringLiteral("sladesk.io/alertname.search-errors")),
             QStringLiteral("SearchErrors"));
    QCOMPARE(sla.alerts.first().objective, QStringLiteral("query-errors"));
    const Diagnostics warnings = only(r.diagnostics, Diagnostic::Severity::Warning);
    QVERIFY2(hasDiagnostic(warnings, Diagnostic::Severity::Warning, QStringLiteral("search-k8s.yaml"), 25, 9,
                           QStringLiteral("did you mean 'ticketAlert'")),
             qPrintable(dump(warnings)));
    QVERIFY(hasDiagnostic(warnings, Diagnostic::Severity::Warning, QStringLiteral("search-k8s.yaml"), 11, 3,
                          QStringLiteral("sloth.dev/contrib/denominator_corrected_rules/v1")));
    QVERIFY(hasDiagnostic(warnings, Diagnostic::Severity::Warning, QStringLiteral("search-k8s.yaml"), 29, 7,
                          QStringLiteral("AlertWindows are not imported")));
}

void TestSlothImporter::invalidSpec_reportsEachRuleAtItsPosition_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");
    QTest::addRow("label name") << 5 << 3 << QStringLiteral("'bad-label'");
    QTest::addRow("objective 100") << 8 << 16 << QStringLiteral("below 100");
    QTest::addRow("SLO name") << 14 << 11 << QStringLiteral("start and end with a letter or digit");
    QTest::addRow("no window placeholder") << 24 << 22 << QStringLiteral("{{.window}}");
    QTest::addRow("same queries") << 32 << 22 << QStringLiteral("are the same");
    QTest::addRow("two SLI types") << 37 << 7 << QStringLiteral("more than one SLI type");
    QTest::addRow("alert without name") << 45 << 7 << QStringLiteral("no alerting.name");
    QTest::addRow("unknown field") << 48 << 5 << QStringLiteral("did you mean 'description'");
    QTest::addRow("duplicate SLO") << 52 << 11 << QStringLiteral("defined twice");
    QTest::addRow("empty query") << 60 << 32 << QStringLiteral("must not be empty");
}

void TestSlothImporter::invalidSpec_reportsEachRuleAtItsPosition()
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    const LoadResult r = DocumentLoader::loadPaths({fixture(QStringLiteral("invalid.yaml"))});
    QVERIFY(!r.ok());
    QVERIFY2(hasDiagnostic(r.diagnostics, Diagnostic::Severity::Error, QStringLiteral("invalid.yaml"), line, column,
                           fragment),
             qPrintable(dump(r.diagnostics)));
    // One error per broken rule, nothing else.
    QCOMPARE(only(r.diagnostics, Diagnostic::Severity::Error).size(), 10);
}

void TestSlothImporter::unsupportedVersion_isAnErrorAtVersion()
{
    const QByteArray yaml = "version: prometheus/v2\nservice: svc\nslos: []\n";
    const LoadResult r = DocumentLoader::loadData(yaml, QStringLiteral("v2.yaml"));
    const Diagnostics errors = only(r.diagnostics, Diagnostic::Severity::Error);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().location.line, 1);
    QCOMPARE(errors.first().location.column, 10);
    QVERIFY(errors.first().message.contains(QStringLiteral("unsupported Sloth spec version 'prometheus/v2'")));
    QVERIFY(r.workspace.slas.isEmpty());
}

void TestSlothImporter::sameServiceInTwoFiles_mergesAndRejectsDuplicateSlo()
{
    const LoadResult r =
        DocumentLoader::loadPaths({fixture(QStringLiteral("orders-a.yaml")), fixture(QStringLiteral("orders-b.yaml"))});
    const Diagnostics errors = only(r.diagnostics, Diagnostic::Severity::Error);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().location.file.endsWith(QStringLiteral("orders-b.yaml")));
    QCOMPARE(errors.first().location.line, 14);
    QVERIFY2(errors.first().message.contains(QStringLiteral("orders-a.yaml:6")), qPrintable(errors.first().message));
    QCOMPARE(r.workspace.slas.size(), 1);
    const SlaDoc &sla = r.workspace.slas.first();
    QCOMPARE(sla.objectives.size(), 2);
    QCOMPARE(sla.objectives.at(0).name, QStringLiteral("availability"));
    QCOMPARE(sla.objectives.at(0).target, 0.999); // the first definition wins
    QCOMPARE(sla.objectives.at(1).name, QStringLiteral("latency"));
    QCOMPARE(sla.alerts.size(), 2);
    QCOMPARE(sla.metadata.labels.value(QStringLiteral("team")), QStringList{QStringLiteral("fulfilment")});
    QCOMPARE(sla.metadata.labels.value(QStringLiteral("region")), QStringList{QStringLiteral("eu")});
}

void TestSlothImporter::definedPrometheusSource_isNotSynthesized()
{
    QFile f(fixture(QStringLiteral("orders-a.yaml")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    ParsedDocument doc;
    doc.node = YAML::Load(f.readAll().toStdString());
    doc.file = QStringLiteral("orders-a.yaml");
    const auto importer = createSlothImporter();
    QVERIFY(importer->accepts(doc));
    Diagnostics diags;
    Yaml::Context ctx(doc.file, &diags);
    importer->read(doc, ctx);

    Workspace ws;
    DataSource own;
    own.metadata.name = QStringLiteral("prometheus");
    own.url = QStringLiteral("https://prometheus.example.com");
    ws.dataSources << own;
    importer->finish(ws, diags);
    QVERIFY2(diags.isEmpty(), qPrintable(dump(diags)));
    QCOMPARE(ws.slas.size(), 1);
    QCOMPARE(ws.dataSources.size(), 1);
    QCOMPARE(ws.dataSources.first().url, QStringLiteral("https://prometheus.example.com"));
}

void TestSlothImporter::acceptsOnlySlothDocuments_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("prometheus/v1") << QByteArray("version: prometheus/v1\nservice: a\n") << true;
    QTest::addRow("future version") << QByteArray("version: prometheus/v9\n") << true;
    QTest::addRow("CRD") << QByteArray("apiVersion: sloth.slok.dev/v1\nkind: PrometheusServiceLevel\n") << true;
    QTest::addRow("AlertWindows") << QByteArray("apiVersion: sloth.slok.dev/v1\nkind: AlertWindows\n") << true;
    QTest::addRow("docker compose") << QByteArray("version: '3.8'\nservices: {}\n") << false;
    QTest::addRow("rule groups") << QByteArray("groups: []\n") << false;
    QTest::addRow("PrometheusRule") << QByteArray("apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\n")
                                    << false;
    QTest::addRow("Pyrra") << QByteArray("apiVersion: pyrra.dev/v1alpha1\nkind: ServiceLevelObjective\n") << false;
}

void TestSlothImporter::acceptsOnlySlothDocuments()
{
    QFETCH(QByteArray, yaml);
    QFETCH(bool, accepted);
    ParsedDocument doc;
    doc.node = YAML::Load(yaml.toStdString());
    doc.apiVersion = Yaml::scalarText(doc.node["apiVersion"]);
    doc.kind = Yaml::scalarText(doc.node["kind"]);
    QCOMPARE(createSlothImporter()->accepts(doc), accepted);
}

void TestSlothImporter::corpus_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("expect");    // valid | invalid | rules | openslo
    QTest::addColumn<QString>("errorFile"); // invalid: the file and line of an expected error
    QTest::addColumn<int>("errorLine");
    const QDir dir(corpusDir());
    if (!dir.exists())
        return;

    // Why each INVALID file of the sloth corpus is invalid, and where.
    struct Invalid
    {
        QStringList files;
        QString errorFile;
        int line;
    };
    const QList<Invalid> invalid{
        {{QStringLiteral("bad-aa.yaml")}, QStringLiteral("bad-aa.yaml"), 28},               // objective: 101
        {{QStringLiteral("bad-ab.yaml")}, QStringLiteral("bad-ab.yaml"), 28},               // objective: 101
        {{QStringLiteral("bad-ba.yaml")}, QStringLiteral("bad-ba.yaml"), 28},               // objective: 101
        {{QStringLiteral("bad-k8s.yaml")}, QStringLiteral("bad-k8s.yaml"), 7},              // service: ""
        {{QStringLiteral("bad-multi-k8s.yaml")}, QStringLiteral("bad-multi-k8s.yaml"), 22}, // alert name ""
        {{QStringLiteral("bad-multi.yaml")}, QStringLiteral("bad-multi.yaml"), 77},         // sli: {}
        {{QStringLiteral("in-invalid-version.yaml")}, QStringLiteral("in-invalid-version.yaml"), 1},
        {{QStringLiteral("bad-prom-multi-duplicates.yaml")}, QStringLiteral("bad-prom-multi-duplicates.yaml"), 51},
        {{QStringLiteral("bad-prom-1-original.yaml"), QStringLiteral("bad-prom-1-duplicate.yaml")},
         QStringLiteral("bad-prom-1-duplicate.yaml"),
         6},
        {{QStringLiteral("bad-k8s-1-original.yaml"), QStringLiteral("bad-k8s-1-duplicate.yaml")},
         QStringLiteral("bad-k8s-1-duplicate.yaml"),
         11},
    };
    QStringList covered;
    for (const Invalid &i : invalid) {
        QStringList paths;
        for (const QString &f : i.files)
            paths << dir.filePath(f);
        covered += i.files;
        QTest::addRow("%s", qPrintable(i.files.join(QLatin1Char('+'))))
            << paths << QStringLiteral("invalid") << i.errorFile << i.line;
    }
    const QStringList entries =
        dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    for (const QString &f : entries) {
        if (covered.contains(f))
            continue;
        QFile file(dir.filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QString expect = QStringLiteral("valid");
        if (f.contains(QLatin1String("_gen")))
            expect = QStringLiteral("rules");
        else if (text.contains("apiVersion: openslo/"))
            expect = QStringLiteral("openslo");
        QTest::addRow("%s", qPrintable(f)) << QStringList{dir.filePath(f)} << expect << QString() << 0;
    }
}

void TestSlothImporter::corpus()
{
    if (!QFileInfo::exists(corpusDir()))
        QSKIP("no Sloth corpus at SLA_CORPUS_DIR");
    QFETCH(QStringList, files);
    QFETCH(QString, expect);
    QFETCH(QString, errorFile);
    QFETCH(int, errorLine);
    if (expect == QLatin1String("openslo"))
        QSKIP("OpenSLO v1alpha document from Sloth's tests: covered by the OpenSLO importer");
    const LoadResult r = DocumentLoader::loadPaths(files);
    const Diagnostics errors = only(r.diagnostics, Diagnostic::Severity::Error);
    if (expect == QLatin1String("valid")) {
        QVERIFY2(errors.isEmpty(), qPrintable(dump(errors)));
        for (const SlaDoc &sla : r.workspace.slas) {
            QCOMPARE(sla.dataSource, QStringLiteral("prometheus"));
            QVERIFY(!sla.objectives.isEmpty());
            for (const Objective &o : sla.objectives) {
                QVERIFY(o.target > 0 && o.target < 1);
                QCOMPARE(toString(o.indicator.kind), toString(IndicatorKind::Query));
                for (const QString &q : o.indicator.selectors()) {
                    QVERIFY2(q.contains(QStringLiteral("{{window}}")), qPrintable(q));
                    QVERIFY2(!q.contains(QStringLiteral(".window")), qPrintable(q));
                }
            }
        }
        if (!r.workspace.slas.isEmpty())
            QVERIFY(r.workspace.findDataSource(QStringLiteral("prometheus")));
    } else if (expect == QLatin1String("rules")) {
        // Sloth's generated Prometheus rules are not SLO definitions.
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.first().message.contains(QStringLiteral("unsupported document")) ||
                     errors.first().message.contains(QStringLiteral("unrecognised document")),
                 qPrintable(dump(errors)));
        QVERIFY(r.workspace.slas.isEmpty());
    } else {
        QVERIFY2(std::any_of(errors.cbegin(), errors.cend(),
                             [&](const Diagnostic &d) {
                                 return d.location.file.endsWith(errorFile) && d.location.line == errorLine;
                             }),
                 qPrintable(dump(r.diagnostics)));
    }
}

QTEST_GUILESS_MAIN(TestSlothImporter)
#include "tst_slothimporter.moc"
