// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/importsupport.h"
#include "core/exchange/loader.h"
#include "core/exchange/pyrraimporter.h"
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
    return QStringLiteral(SLA_TEST_DATA_DIR "/pyrra/") + name;
}
QString corpusDir()
{
    return QStringLiteral(SLA_CORPUS_DIR "/pyrra");
}

const SlaDoc *findSla(const Workspace &ws, const QString &name)
{
    return ws.findSla(name);
}
} // namespace

class TestPyrraImporter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void ratio_mapsToBadOverTotalWithGrouping();
    void latency_mapsSuccessBucketToGood();
    void latencyNative_mapsToLatencyIndicator();
    void boolGauge_mapsToMinuteSlicesOfTheGauge();
    void ratioWithExpression_fallsBackToQuery();
    void invalid_reportsEachRuleAtItsPosition_data();
    void invalid_reportsEachRuleAtItsPosition();
    void fractionTarget_warnsLikePyrra();
    void duplicateNameAcrossFiles_isAnErrorAtTheSecond();
    void plainSelector_data();
    void plainSelector();
    void corpus_data();
    void corpus();

private:
    LoadResult m_slos;
};

void TestPyrraImporter::initTestCase()
{
    m_slos = DocumentLoader::loadPaths({fixture(QStringLiteral("slos.yaml"))});
    QVERIFY2(m_slos.ok(), qPrintable(dump(m_slos.diagnostics)));
    QCOMPARE(m_slos.workspace.slas.size(), 5);
    // One synthesized data source for all five, with one warning.
    QCOMPARE(m_slos.workspace.dataSources.size(), 1);
    QCOMPARE(m_slos.workspace.dataSources.first().metadata.name, QStringLiteral("prometheus"));
    QVERIFY2(hasDiagnostic(m_slos.diagnostics, Diagnostic::Severity::Warning, QStringLiteral("slos.yaml"), 2, 1,
                           QStringLiteral("no connection details")),
             qPrintable(dump(m_slos.diagnostics)));
}

void TestPyrraImporter::ratio_mapsToBadOverTotalWithGrouping()
{
    const SlaDoc *sla = findSla(m_slos.workspace, QStringLiteral("api-errors"));
    QVERIFY(sla);
    QCOMPARE(sla->service, QStringLiteral("api-errors"));
    QCOMPARE(sla->dataSource, QStringLiteral("prometheus"));
    QCOMPARE(sla->description, QStringLiteral("API requests that do not fail."));
    QVERIFY(sla->window.has_value());
    QCOMPARE(sla->window->rolling, Duration::days(28));
    QCOMPARE(sla->metadata.labels.value(QStringLiteral("team")), QStringList{QStringLiteral("web")});
    QCOMPARE(sla->metadata.labels.value(QStringLiteral("pyrra.dev/grouping")),
             (QStringList{QStringLiteral("handler"), QStringLiteral("method")}));
    QCOMPARE(sla->objectives.size(), 1);
    const Objective &o = sla->objectives.first();
    QCOMPARE(o.name, QStringLiteral("api-errors"));
    QCOMPARE(o.target, 0.995);
    QCOMPARE(toString(o.indicator.kind), toString(IndicatorKind::Ratio));
    QCOMPARE(o.indicator.ratio.bad, QStringLiteral("http_requests_total{job=\"api\",code=~\"5..\"}"));
    QCOMPARE(o.indicator.ratio.total, QStringLiteral("http_requests_total{job=\"api\"}"));
    QVERIFY(o.indicator.ratio.good.isEmpty());
    QCOMPARE(o.indicator.origin.at(QStringLiteral("ratio.bad")).line, 16);
    QCOMPARE(sla->alerts.size(), 1);
    const AlertRule &alert = sla->alerts.first();
    QCOMPARE(alert.kind, AlertRule::Kind::BurnRate);
    QVERIFY(alert.burnRateDefault);
    // Pyrra's alert names are Prometheus alertnames, not RFC 1123 labels: mapped, original kept.
    QCOMPARE(alert.name, QStringLiteral("api-error-budget-burn"));
    QCOMPARE(sla->metadata.annotations.value(QStringLiteral("sladesk.io/alertname.api-error-budget-burn")),
             QStringLiteral("ApiErrorBudgetBurn"));
    QCOMPARE(alert.objective, QStringLiteral("api-errors"));
}

void TestPyrraImporter::latency_mapsSuccessBucketToGood()
{
    const SlaDoc *sla = findSla(m_slos.workspace, QStringLiteral("api-latency"));
    QVERIFY(sla);
    QCOMPARE(sla->window->rolling, Duration::days(7));
    const Objective &o = sla->objectives.first();
    QCOMPARE(o.target, 0.95);
    QCOMPARE(toString(o.indicator.kind), toString(IndicatorKind::Ratio));
    QCOMPARE(o.indicator.ratio.good, QStringLiteral("http_request_duration_seconds_bucket{job=\"api\",le=\"0.25\"}"));
    QCOMPARE(o.indicator.ratio.total, QStringLiteral("http_request_duration_seconds_count{job=\"api\"}"));
    QVERIFY(o.indicator.ratio.bad.isEmpty());
    // burnrates: false
    QVERIFY(sla->alerts.isEmpty());
    QVERIFY(!sla->metadata.labels.contains(QStringLiteral("pyrra.dev/grouping")));
}

void TestPyrraImporter::latencyNative_mapsToLatencyIndicator()
{
    const SlaDoc *sla = findSla(m_slos.workspace, QStringLiteral("rpc-latency"));
    QVERIFY(sla);
    QCOMPARE(sla->window->rolling, Duration::days(14));
    const Objective &o = sla->objectives.first();
    QCOMPARE(o.target, 0.99);
    QCOMPARE(toString(o.indicator.kind), toString(IndicatorKind::Latency));
    QCOMPARE(o.indicator.latency.histogram, QStringLiteral("rpc_duration_seconds{job=\"rpc\"}"));
    QCOMPARE(o.indicator.latency.threshold, 0.25);
    QVERIFY(!o.indicator.latency.percentile.has_value());
    // Alerting not written: Pyrra's default burn-rate alert.
    QCOMPARE(sla->alerts.size(), 1);
    QCOMPARE(sla->alerts.first().name, QStringLiteral("error-budget-burn"));
}

void TestPyrraImporter::boolGauge_mapsToMinuteSlicesOfTheGauge()
{
    const SlaDoc *sla = findSla(m_slos.workspace, QStringLiteral("probe-up"));
    QVERIFY(sla);
    const Objective &o = sla->objectives.first();
    QCOMPARE(o.target, 0.99);
    QCOMPARE(toString(o.indicator.kind), toString(IndicatorKind::Query));
    QCOMPARE(o.indicator.query.value,
             QStringLiteral("min(min_over_time(probe_success{job=\"blackbox\"}[{{window}}]))"));
    QVERIFY(o.indicator.query.op.has_value());
    QCOMPARE(toString(*o.indicator.query.op), toString(CompareOp::Gte));
    QCOMPARE(o.indicator.query.threshold, std::optional<double>(1.0));
    QCOMPARE(o.budgeting.method, Budgeting::Method::Timeslices);
    QCOMPARE(o.budgeting.slice, Duration::minutes(1));
    QCOMPARE(sla->metadata.labels.value(QStringLiteral("pyrra.dev/grouping")), QStringList{QStringLiteral("instance")});
}

void TestPyrraImporter::ratioWithExpression_fallsBackToQuery()
{
    const SlaDoc *sla = findSla(m_slos.workspace, QStringLiteral("queue-errors"));
    QVERIFY(sla);
    const Objective &o = sla->objectives.first();
    QCOMPARE(o.target, 0.999);
    QCOMPARE(toString(o.indicator.kind), toString(IndicatorKind::Query));
    QCOMPARE(o.indicator.query.bad, QStringLiteral("sum(increase((sum by (queue) (jobs_failed_total))[{{window}}:]))"));
    QCOMPARE(o.indicator.query.total, QStringLiteral("sum(increase(jobs_processed_total[{{window}}]))"));
    QVERIFY(hasDiagnostic(m_slos.diagnostics, Diagnostic::Severity::Warning, QStringLiteral("slos.yaml"), 75, 7,
                          QStringLiteral("not plain PromQL selectors")));
    // alerting.disabled: true
    QVERIFY(sla->alerts.isEmpty());
}

void TestPyrraImporter::invalid_reportsEachRuleAtItsPosition_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");
    QTest::addRow("target 100") << 7 << 11 << QStringLiteral("below 100");
    QTest::addRow("window") << 20 << 11 << QStringLiteral("field 'window'");
    QTest::addRow("two indicators") << 34 << 5 << QStringLiteral("more than one indicator (ratio, bool_gauge)");
    QTest::addRow("bucket without le") << 49 << 25 << QStringLiteral("le matcher");
    QTest::addRow("unknown field") << 58 << 3 << QStringLiteral("did you mean 'window'");
    QTest::addRow("missing window") << 57 << 3 << QStringLiteral("missing the required field 'window'");
    QTest::addRow("empty metric") << 62 << 23 << QStringLiteral("must not be empty");
    QTest::addRow("target not a number") << 69 << 11 << QStringLiteral("got 'high'");
    QTest::addRow("apiVersion") << 74 << 13 << QStringLiteral("unsupported Pyrra apiVersion 'pyrra.dev/v2'");
}

void TestPyrraImporter::invalid_reportsEachRuleAtItsPosition()
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    const LoadResult r = DocumentLoader::loadPaths({fixture(QStringLiteral("invalid.yaml"))});
    QVERIFY2(hasDiagnostic(r.diagnostics, Diagnostic::Severity::Error, QStringLiteral("invalid.yaml"), line, column,
                           fragment),
             qPrintable(dump(r.diagnostics)));
    QCOMPARE(only(r.diagnostics, Diagnostic::Severity::Error).size(), 9);
    // Nothing with an error is imported, so no data source is needed either.
    QVERIFY(r.workspace.slas.isEmpty());
    QVERIFY(r.workspace.dataSources.isEmpty());
}

void TestPyrraImporter::fractionTarget_warnsLikePyrra()
{
    const LoadResult r = DocumentLoader::loadPaths({fixture(QStringLiteral("warnings.yaml"))});
    QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.slas.size(), 1);
    QCOMPARE(r.workspace.slas.first().objectives.first().target, 0.0099);
    QVERIFY2(hasDiagnostic(r.diagnostics, Diagnostic::Severity::Warning, QStringLiteral("warnings.yaml"), 7, 11,
                           QStringLiteral("means 0.99%, not 99%")),
             qPrintable(dump(r.diagnostics)));
    QVERIFY(hasDiagnostic(r.diagnostics, Diagnostic::Severity::Warning, QStringLiteral("warnings.yaml"), 7, 11,
                          QStringLiteral("should be quoted")));
}

void TestPyrraImporter::duplicateNameAcrossFiles_isAnErrorAtTheSecond()
{
    const LoadResult r =
        DocumentLoader::loadPaths({fixture(QStringLiteral("dup-a.yaml")), fixture(QStringLiteral("dup-b.yaml"))});
    const Diagnostics errors = only(r.diagnostics, Diagnostic::Severity::Error);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().location.file.endsWith(QStringLiteral("dup-b.yaml")));
    QCOMPARE(errors.first().location.line, 5);
    QCOMPARE(errors.first().location.column, 9);
    QVERIFY2(errors.first().message.contains(QStringLiteral("dup-a.yaml:4")), qPrintable(errors.first().message));
    QCOMPARE(r.workspace.slas.size(), 1);
    QCOMPARE(r.workspace.slas.first().objectives.first().target, 0.999);
}

void TestPyrraImporter::plainSelector_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("plain");
    QTest::addColumn<QString>("le");
    QTest::addRow("name") << QStringLiteral("up") << true << QString();
    QTest::addRow("matchers") << QStringLiteral("a_bucket{job=\"x\", le=\"0.5\",}") << true << QStringLiteral("0.5");
    QTest::addRow("only matchers") << QStringLiteral("{__name__=~\"a.*\"}") << true << QString();
    QTest::addRow("recording rule") << QStringLiteral("job:errors:rate5m{code!~'5..'}") << true << QString();
    QTest::addRow("escaped quote") << QStringLiteral("a{b=\"x\\\"}y\"}") << true << QString();
    QTest::addRow("range") << QStringLiteral("a[5m]") << false << QString();
    QTest::addRow("function") << QStringLiteral("rate(a[5m])") << false << QString();
    QTest::addRow("aggregation") << QStringLiteral("sum by (x) (a)") << false << QString();
    QTest::addRow("unclosed") << QStringLiteral("a{b=\"x\"") << false << QString();
    QTest::addRow("unquoted value") << QStringLiteral("a{b=x}") << false << QString();
    QTest::addRow("empty") << QString() << false << QString();
}

void TestPyrraImporter::plainSelector()
{
    QFETCH(QString, text);
    QFETCH(bool, plain);
    QFETCH(QString, le);
    const auto matchers = ImportSupport::parsePlainSelector(text);
    QCOMPARE(matchers.has_value(), plain);
    if (!le.isEmpty()) {
        const auto it = std::find_if(matchers->cbegin(), matchers->cend(),
                                     [](const ImportSupport::PlainMatcher &m) { return m.name == u"le"; });
        QVERIFY(it != matchers->cend());
        QCOMPARE(it->value, le);
    }
}

void TestPyrraImporter::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("documents");
    const QDir dir(corpusDir());
    if (!dir.exists())
        return;
    // Every Pyrra corpus file is a plain example, presumed valid.
    for (const QString &f :
         dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const int documents = int(file.readAll().count("kind: ServiceLevelObjective"));
        QTest::addRow("%s", qPrintable(f)) << dir.filePath(f) << documents;
    }
}

void TestPyrraImporter::corpus()
{
    if (!QFileInfo::exists(corpusDir()))
        QSKIP("no Pyrra corpus at SLA_CORPUS_DIR");
    QFETCH(QString, file);
    QFETCH(int, documents);
    const LoadResult r = DocumentLoader::loadPaths({file});
    QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.slas.size(), documents);
    QVERIFY(r.workspace.findDataSource(QStringLiteral("prometheus")));
    for (const SlaDoc &sla : r.workspace.slas) {
        QCOMPARE(sla.objectives.size(), 1);
        const Objective &o = sla.objectives.first();
        QVERIFY(o.target > 0 && o.target < 1);
        QVERIFY(sla.window && sla.window->rolling.ms > 0);
        QVERIFY(!o.indicator.selectors().isEmpty());
        // Every corpus metric is a plain selector, so nothing falls back to a query except
        // bool gauges, which are always queries.
        if (o.indicator.kind == IndicatorKind::Query)
            QVERIFY2(!o.indicator.query.value.isEmpty(), qPrintable(sla.metadata.name));
    }
}

QTEST_GUILESS_MAIN(TestPyrraImporter)
#include "tst_pyrraimporter.moc"
