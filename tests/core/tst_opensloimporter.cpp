// SPDX-License-Identifier: Apache-2.0
// Tests of the OpenSLO importer through the document loader: the imported model for the
// project's own fixtures (tests/data/openslo), error positions, and the public corpus.

#include "core/exchange/loader.h"
#include "tests/support/testutils.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Sla;
using namespace Sla::Core;
using namespace Sla::Core::TestUtils;

namespace {

QString dataPath(const QString &rel)
{
    return QStringLiteral(SLA_TEST_DATA_DIR "/openslo/") + rel;
}

bool hasWarningContaining(const Diagnostics &diagnostics, const QString &text)
{
    for (const Diagnostic &d : only(diagnostics, Diagnostic::Severity::Warning))
        if (d.message.contains(text))
            return true;
    return false;
}

const Objective *findObjective(const Core::Sla &sla, const QString &name)
{
    for (const Objective &o : sla.objectives)
        if (o.name == name)
            return &o;
    return nullptr;
}

} // namespace

class TestOpenSloImporter : public QObject
{
    Q_OBJECT

private slots:
    void slosOfOneService_becomeOneSla();
    void alertPolicies_resolveAcrossFiles();
    void alphaVersions_importServicesDataSourcesAndSlos();
    void errors_pointAtTheOffendingConstruct_data();
    void errors_pointAtTheOffendingConstruct();
    void danglingReference_inFragment_isAWarning();
    void corpus_data();
    void corpus();
};

void TestOpenSloImporter::slosOfOneService_becomeOneSla()
{
    const LoadResult r = DocumentLoader::loadPaths({dataPath(QStringLiteral("checkout-slos.yaml"))});
    QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.slas.size(), 1);
    const Core::Sla &sla = r.workspace.slas.first();
    QCOMPARE(sla.metadata.name, QStringLiteral("checkout"));
    QCOMPARE(sla.service, QStringLiteral("checkout"));
    QCOMPARE(sla.dataSource, QStringLiteral("shop-prometheus"));
    QVERIFY(sla.window);
    QVERIFY(sla.window->kind == Window::Kind::Rolling);
    QCOMPARE(sla.window->rolling, Duration::days(28));

    QCOMPARE(sla.objectives.size(), 3);
    QCOMPARE(sla.objectives.at(0).name, QStringLiteral("checkout-availability"));
    QCOMPARE(sla.objectives.at(1).name, QStringLiteral("checkout-latency-fast"));
    QCOMPARE(sla.objectives.at(2).name, QStringLiteral("checkout-latency-not-slow"));

    const Objective &avail = sla.objectives.at(0);
    QCOMPARE(avail.target, 0.999);
    QCOMPARE(avail.displayName, QStringLiteral("Availability"));
    QVERIFY(avail.indicator.kind == IndicatorKind::Query);
    QCOMPARE(avail.indicator.query.good,
             QStringLiteral("sum(rate(http_requests_total{job=\"checkout\",code!~\"5..\"}[{{window}}]))"));
    QCOMPARE(avail.indicator.query.total,
             QStringLiteral("sum(rate(http_requests_total{job=\"checkout\"}[{{window}}]))"));
    QVERIFY(avail.indicator.query.bad.isEmpty());
    QVERIFY(avail.budgeting.method == Budgeting::Method::Occurrences);
    QVERIFY(!avail.window);
    QVERIFY(avail.dataSource.isEmpty());

    const Objective &fast = sla.objectives.at(1);
    QCOMPARE(fast.target, 0.95);
    QVERIFY(fast.indicator.query.value.startsWith(QStringLiteral("histogram_quantile(0.95")));
    QVERIFY(fast.indicator.query.op == std::optional<CompareOp>(CompareOp::Lte));
    QCOMPARE(fast.indicator.query.threshold, std::optional<double>(0.3));
    QVERIFY(fast.budgeting.method == Budgeting::Method::Timeslices);
    QCOMPARE(fast.budgeting.slice, Duration::minutes(5));
    QVERIFY(fast.window);
    QVERIFY(fast.window->kind == Window::Kind::Calendar);
    QVERIFY(fast.window->calendar == CalendarUnit::Month);
    QCOMPARE(fast.window->timeZone, QStringLiteral("Europe/Berlin"));

    const Objective &notSlow = sla.objectives.at(2);
    QVERIFY(notSlow.indicator.query.op == std::optional<CompareOp>(CompareOp::Lt));
    QCOMPARE(notSlow.indicator.query.threshold, std::optional<double>(1));
    QCOMPARE(notSlow.budgeting.slice, Duration::minutes(1)); // default slice

    // The referenced data source is not defined: synthesized, with a warning at the metric source.
    const DataSource *ds = r.workspace.findDataSource(QStringLiteral("shop-prometheus"));
    QVERIFY(ds);
    QVERIFY(ds->type == DataSourceType::Prometheus);
    QVERIFY(ds->url.isEmpty());
    QVERIFY(hasWarningContaining(r.diagnostics, QStringLiteral("data source 'shop-prometheus' is not defined")));
    int warnings = 0;
    for (const Diagnostic &d : only(r.diagnostics, Diagnostic::Severity::Warning))
        warnings += d.message.contains(QStringLiteral("'shop-prometheus' is not defined")) ? 1 : 0;
    QCOMPARE(warnings, 1);
}

void TestOpenSloImporter::alertPolicies_resolveAcrossFiles()
{
    const LoadResult r = DocumentLoader::loadPaths({dataPath(QStringLiteral("alerting"))});
    QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.slas.size(), 1);
    const Core::Sla &sla = r.workspace.slas.first();
    QCOMPARE(sla.metadata.name, QStringLiteral("search"));
    QCOMPARE(sla.objectives.size(), 1);
    const Objective &o = sla.objectives.first();
    QCOMPARE(o.name, QStringLiteral("search-errors"));
    QCOMPARE(o.target, 0.995);
    QCOMPARE(o.indicator.query.errorRatio,
             QStringLiteral("sum:search.errors{*}.as_count() / sum:search.requests{*}.as_count()"));
    QCOMPARE(sla.dataSource, QStringLiteral("datadog"));
    QVERIFY(r.workspace.findDataSource(QStringLiteral("datadog")));
    QVERIFY(r.workspace.findDataSource(QStringLiteral("datadog"))->type == DataSourceType::Datadog);

    QCOMPARE(sla.alerts.size(), 2);
    const AlertRule &fast = sla.alerts.at(0);
    QVERIFY(fast.kind == AlertRule::Kind::BurnRate);
    QCOMPARE(fast.name, QStringLiteral("search-fast-burn"));
    QCOMPARE(fast.objective, QStringLiteral("search-errors"));
    QVERIFY(!fast.burnRateDefault);
    QCOMPARE(fast.burnRates.size(), 1);
    QCOMPARE(fast.burnRates.first().longWindow, Duration::hours(1));
    QCOMPARE(fast.burnRates.first().shortWindow, Duration::minutes(5));
    QCOMPARE(fast.burnRates.first().factor, 14.4);
    QVERIFY(fast.burnRates.first().severity == AlertSeverity::Page);

    const AlertRule &slow = sla.alerts.at(1);
    QCOMPARE(slow.name, QStringLiteral("search-slow-burn"));
    QCOMPARE(slow.burnRates.first().longWindow, Duration::hours(6));
    QCOMPARE(slow.burnRates.first().shortWindow, Duration::minutes(30)); // lookbackWindow / 12
    QCOMPARE(slow.burnRates.first().factor, 6.0);
    QVERIFY(slow.severity == AlertSeverity::Ticket);

    // The webhook is kept once although both policies name it; the e-mail target is dropped.
    QCOMPARE(sla.notify.size(), 1);
    QVERIFY(sla.notify.first().kind == NotifyTarget::Kind::Webhook);
    QCOMPARE(sla.notify.first().url, QStringLiteral("https://hooks.example.com/search"));
    QVERIFY(hasWarningContaining(r.diagnostics, QStringLiteral("'search-oncall-mail' ('email')")));
}

void TestOpenSloImporter::alphaVersions_importServicesDataSourcesAndSlos()
{
    const LoadResult r = DocumentLoader::loadPaths({dataPath(QStringLiteral("legacy.yaml"))});
    QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
    const Service *billing = r.workspace.findService(QStringLiteral("billing"));
    QVERIFY(billing);
    QCOMPARE(billing->description, QStringLiteral("Invoices and payments"));
    const DataSource *ledgerSource = r.workspace.findDataSource(QStringLiteral("ledger-prometheus"));
    QVERIFY(ledgerSource);
    QVERIFY(ledgerSource->type == DataSourceType::Prometheus);
    QCOMPARE(ledgerSource->url, QStringLiteral("http://127.0.0.1:9090"));

    QCOMPARE(r.workspace.slas.size(), 2);
    const Core::Sla *billingSla = r.workspace.findSla(QStringLiteral("billing"));
    QVERIFY(billingSla);
    QCOMPARE(billingSla->metadata.displayName, QStringLiteral("Billing"));
    QCOMPARE(billingSla->description, QStringLiteral("Invoices and payments"));
    QVERIFY(billingSla->window);
    QVERIFY(billingSla->window->kind == Window::Kind::Calendar);
    QVERIFY(billingSla->window->calendar == CalendarUnit::Month);
    QCOMPARE(billingSla->dataSource, QStringLiteral("datadog"));
    const Objective *good = findObjective(*billingSla, QStringLiteral("billing-availability"));
    QVERIFY(good);
    QCOMPARE(good->target, 0.98);
    QCOMPARE(good->indicator.query.bad, QStringLiteral("sum:billing.errors{*}.as_count()"));
    QCOMPARE(good->indicator.query.total, QStringLiteral("sum:billing.requests{*}.as_count()"));

    const Core::Sla *ledger = r.workspace.findSla(QStringLiteral("ledger"));
    QVERIFY(ledger);
    QCOMPARE(ledger->dataSource, QStringLiteral("ledger-prometheus"));
    QCOMPARE(ledger->window->rolling, Duration::days(14));
    const Objective &fresh = ledger->objectives.first();
    QCOMPARE(fresh.target, 0.995);
    QCOMPARE(fresh.indicator.query.errorRatio, QStringLiteral("1 - (avg_over_time(ledger_sync_success[{{window}}]))"));
    QVERIFY(fresh.budgeting.method == Budgeting::Method::Timeslices);
    QCOMPARE(fresh.budgeting.slice, Duration::minutes(1));
    // The data source is defined: no synthesized one and no warning about it.
    QVERIFY(!hasWarningContaining(r.diagnostics, QStringLiteral("ledger-prometheus")));
}

void TestOpenSloImporter::errors_pointAtTheOffendingConstruct_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QByteArray sloHead = "apiVersion: openslo/v1\n"          // 1
                               "kind: SLO\n"                       // 2
                               "metadata:\n"                       // 3
                               "  name: web\n"                     // 4
                               "spec:\n"                           // 5
                               "  service: web\n"                  // 6
                               "  budgetingMethod: Occurrences\n"; // 7
    const QByteArray ratioIndicator = "  indicator:\n"
                                      "    metadata: {name: web-ok}\n"
                                      "    spec:\n"
                                      "      ratioMetric:\n"
                                      "        good: {metricSource: {type: Prometheus, spec: {query: ok}}}\n"
                                      "        total: {metricSource: {type: Prometheus, spec: {query: all}}}\n";

    QTest::addRow("unknown field") << QByteArray(sloHead + "  objectivs: []\n") << 8 << 3
                                   << QStringLiteral("unknown field 'objectivs'");
    QTest::addRow("missing objectives") << QByteArray(sloHead + ratioIndicator) << 6 << 3
                                        << QStringLiteral("missing the required field 'objectives'");
    QTest::addRow("target out of range") << QByteArray(sloHead + ratioIndicator + "  objectives:\n    - target: 99.9\n")
                                         << 15 << 15 << QStringLiteral("must be above 0 and below 1");
    QTest::addRow("name not a label") << QByteArray("apiVersion: openslo/v1\nkind: AlertNotificationTarget\n"
                                                    "metadata:\n  name: On Call\nspec:\n  target: https://x.example\n")
                                      << 4 << 9 << QStringLiteral("RFC 1123");
    QTest::addRow("description too long")
        << QByteArray(
               "apiVersion: openslo/v1\nkind: AlertNotificationTarget\nmetadata:\n  name: a\nspec:\n  target: t\n"
               "  description: " +
               QByteArray(1051, 'x') + "\n")
        << 7 << 16 << QStringLiteral("at most 1050");
    QTest::addRow("good and bad") << QByteArray("apiVersion: openslo/v1\nkind: SLI\nmetadata: {name: s}\nspec:\n"
                                                "  ratioMetric:\n"
                                                "    good: {metricSource: {type: P, spec: {query: a}}}\n"
                                                "    bad: {metricSource: {type: P, spec: {query: b}}}\n"
                                                "    total: {metricSource: {type: P, spec: {query: c}}}\n")
                                  << 7 << 5 << QStringLiteral("either 'good' or 'bad'");
    QTest::addRow("two conditions") << QByteArray(
                                           "apiVersion: openslo/v1\nkind: AlertPolicy\nmetadata: {name: p}\nspec:\n"
                                           "  conditions:\n"
                                           "    - conditionRef: a\n"
                                           "    - conditionRef: b\n"
                                           "  notificationTargets: [{targetRef: t}]\n")
                                    << 7 << 7 << QStringLiteral("exactly one condition");
    QTest::addRow("malformed target ref")
        << QByteArray("apiVersion: openslo/v1\nkind: AlertPolicy\nmetadata: {name: p}\nspec:\n"
                      "  conditions: [{conditionRef: a}]\n"
                      "  notificationTargets:\n"
                      "    - foo: t\n")
        << 7 << 7 << QStringLiteral("unknown field 'foo'");
    QTest::addRow("condition without severity")
        << QByteArray("apiVersion: openslo/v1\nkind: AlertCondition\nmetadata: {name: c}\nspec:\n"
                      "  condition: {kind: burnrate, threshold: 2, lookbackWindow: 1h}\n")
        << 5 << 3 << QStringLiteral("required field 'severity'");
    QTest::addRow("threshold without value")
        << QByteArray(sloHead + "  indicator:\n    metadata: {name: t}\n    spec:\n"
                                "      thresholdMetric: {metricSource: {type: Prometheus, spec: {query: q}}}\n"
                                "  objectives:\n    - target: 0.9\n      op: lt\n")
        << 13 << 7 << QStringLiteral("needs 'op' and 'value'");
    QTest::addRow("dangling SLI ref with SLIs in the set")
        << QByteArray(sloHead + "  indicatorRef: web-ok\n  objectives: [{target: 0.9}]\n---\n"
                                "apiVersion: openslo/v1\nkind: SLI\nmetadata: {name: web-okay}\nspec:\n"
                                "  thresholdMetric: {metricSource: {type: P, spec: {query: q}}}\n")
        << 8 << 17 << QStringLiteral("did you mean 'web-okay'");
}

void TestOpenSloImporter::errors_pointAtTheOffendingConstruct()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const LoadResult r = DocumentLoader::loadData(yaml, QStringLiteral("in.yaml"));
    const QList<Diagnostic> errors = only(r.diagnostics, Diagnostic::Severity::Error);
    QVERIFY2(!errors.isEmpty(), "expected an error");
    bool found = false;
    for (const Diagnostic &d : errors)
        found = found || (d.location.line == line && d.location.column == column && d.message.contains(message));
    QVERIFY2(
        found,
        qPrintable(
            QStringLiteral("expected %1:%2 '%3' in:\n%4").arg(line).arg(column).arg(message, dump(r.diagnostics))));
}

void TestOpenSloImporter::danglingReference_inFragment_isAWarning()
{
    // A file that defines no SLI at all is a fragment: its indicatorRef only warns and the
    // objective is left out.
    const QByteArray yaml = "apiVersion: openslo/v1\nkind: SLO\nmetadata: {name: web}\nspec:\n"
                            "  service: web\n  budgetingMethod: Occurrences\n"
                            "  indicatorRef: elsewhere\n  objectives: [{target: 0.9}]\n"
                            "  timeWindow: [{duration: 30d, isRolling: true}]\n";
    const LoadResult r = DocumentLoader::loadData(yaml, QStringLiteral("in.yaml"));
    QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
    QVERIFY(r.workspace.slas.isEmpty());
    const QList<Diagnostic> warnings = only(r.diagnostics, Diagnostic::Severity::Warning);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().location.line, 7);
    QCOMPARE(warnings.first().location.column, 17);
}

// ---------------------------------------------------------------------------------------
// Corpus: every file of the openslo table of SOURCES.md, expected valid or invalid.

void TestOpenSloImporter::corpus_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("valid");
    const QString dir = QStringLiteral(SLA_CORPUS_DIR "/openslo");
    QFile sources(QStringLiteral(SLA_CORPUS_DIR "/SOURCES.md"));
    if (!QFileInfo::exists(dir) || !sources.open(QIODevice::ReadOnly)) {
        QTest::addRow("absent") << QString() << true;
        return;
    }
    // Files the table leaves unjudged ("not referenced by the schema test"): our verdicts.
    const QHash<QString, bool> unjudged{
        {QStringLiteral("sli-description-ratio-inline-metricsource.yaml"), false},                // good and bad both
        {QStringLiteral("sli-ratio-good-and-bad.yaml"), false},                                   // good and bad both
        {QStringLiteral("OpenSLO__schema-test__spec-files__v1__invalid-apiversion.yaml"), false}, // no v1alpha ANT
    };
    bool inTable = false;
    const QStringList lines = QString::fromUtf8(sources.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("## ")))
            inTable = line.startsWith(QLatin1String("## openslo/"));
        if (!inTable || !line.startsWith(QLatin1String("| `")))
            continue;
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < 9)
            continue;
        const QString file = cells.at(1).trimmed().remove(QLatin1Char('`'));
        const QString expected = cells.at(7).trimmed();
        bool valid = !expected.startsWith(QLatin1String("INVALID"));
        if (unjudged.contains(file))
            valid = unjudged.value(file);
        QTest::addRow("%s", qPrintable(file)) << dir + QLatin1Char('/') + file << valid;
    }
}

void TestOpenSloImporter::corpus()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);
    if (path.isEmpty())
        QSKIP("the corpus folder is absent");
    const QString file = QFileInfo(path).fileName();
    const LoadResult r = DocumentLoader::loadPaths({path});
    const QList<Diagnostic> errors = only(r.diagnostics, Diagnostic::Severity::Error);

    // Invalid only in the OpenSLO SDK's "inline" operation, which needs every alert
    // condition and notification target to resolve; SLA Desk reads sets that may be split
    // across files, so an unresolved alert reference only warns (see opensloimporter.h).
    static const QSet<QString> danglingAlertRefs{
        QStringLiteral("v1_alert_policies_invalid_condition.yaml"),
        QStringLiteral("v1_alert_policies_invalid_target.yaml"),
    };
    // Invalid because of a v1 Service, which the native reader checks, not this importer.
    static const QSet<QString> nativeChecks{
        QStringLiteral("unknown-field.yaml"),
        QStringLiteral("oslo__test__inputs__validate__mix__2.yaml"),
        QStringLiteral("oslo__test__inputs__validate__recursive__1.yaml"),
        QStringLiteral("service-long-description.yaml"),
        QStringLiteral("v1.yaml"),
    };

    if (valid) {
        QVERIFY2(errors.isEmpty(), qPrintable(dump(r.diagnostics)));
        return;
    }
    if (errors.isEmpty() && nativeChecks.contains(file))
        QSKIP("checked by the native reader for v1 Service documents");
    if (danglingAlertRefs.contains(file))
        QEXPECT_FAIL("", "an unresolved alert reference is a warning", Abort);
    QVERIFY2(!errors.isEmpty(), "expected at least one error");
    for (const Diagnostic &d : errors)
        QVERIFY2(d.location.line > 0, qPrintable(d.toString()));
}

QTEST_GUILESS_MAIN(TestOpenSloImporter)
#include "tst_opensloimporter.moc"
