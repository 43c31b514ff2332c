// SPDX-License-Identifier: Apache-2.0
// Saved Datadog SLO answers (`GET /api/v1/slo`, `GET /api/v1/slo/{id}`) read as part of a
// document set: mapping, positions of problems, the data source choice, and what the
// importer must leave alone.
#include "core/exchange/loader.h"
#include "core/validation/validator.h"
#include "tests/support/testutils.h"

#include <QFile>
#include <QTest>

using namespace Sla::Core;
using namespace Sla::Core::TestUtils;
// `Sla` alone is ambiguous between the namespace and the document type.
using SlaDoc = Sla::Core::Sla;

namespace {
using Sources = QList<QPair<QString, QString>>; // (name, type) of DataSources

QString fixture(const QString &name)
{
    return QStringLiteral(SLA_TEST_DATA_DIR "/datadog/import/") + name;
}

QByteArray readFixture(const QString &name)
{
    QFile f(fixture(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QByteArray dataSource(const QString &name, const QString &type)
{
    QString text = QStringLiteral("apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: %1}\nspec:\n  type: %2\n")
                       .arg(name, type);
    if (type == u"prometheus")
        text += QStringLiteral("  connectionDetails: {url: 'http://127.0.0.1:9090'}\n");
    return text.toUtf8();
}

int count(const Diagnostics &diagnostics, Diagnostic::Severity severity)
{
    return int(only(diagnostics, severity).size());
}
} // namespace

class TestDatadogSloImporter : public QObject
{
    Q_OBJECT
private slots:
    void listAnswer_importsMetricAndTimeSliceSlos();
    void listAnswer_validatesAgainstTheSyntheticSource();
    void singleAnswer_importsOneSla();
    void monitorSlo_isSkippedWithAWarningAtItsType();
    void badThresholds_areReportedAtTheirFields();
    void malformedJson_isAnErrorWithAPosition();
    void sameSloTwice_isImportedOnce();
    void dataSourceChoice_data();
    void dataSourceChoice();
    void otherDocuments_areNotClaimed_data();
    void otherDocuments_areNotClaimed();
};

void TestDatadogSloImporter::listAnswer_importsMetricAndTimeSliceSlos()
{
    const LoadResult r = DocumentLoader::loadPaths({fixture(QStringLiteral("list.json"))});
    QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.slas.size(), 2);

    const SlaDoc *payments = r.workspace.findSla(QStringLiteral("payments-availability"));
    QVERIFY(payments);
    QCOMPARE(payments->dataSource, QStringLiteral("datadog"));
    QCOMPARE(payments->service, QStringLiteral("payments"));
    QCOMPARE(payments->metadata.annotations.value(QStringLiteral("datadoghq.com/slo-id")),
             QStringLiteral("5d1f0a9e8b7c6d5e4f3a2b1c0d9e8f7a"));
    QVERIFY(payments->window && payments->window->rolling == Duration::days(30));
    QCOMPARE(payments->origin.self.line, 3); // the SLO object's opening brace
    QCOMPARE(payments->objectives.size(), 2);
    const Objective &month = payments->objectives.at(0);
    QCOMPARE(month.name, QStringLiteral("payments-availability-30d"));
    QCOMPARE(month.target, 0.9995);
    QVERIFY(!month.window);
    QVERIFY(month.indicator.kind == IndicatorKind::Query);
    QCOMPARE(month.indicator.query.good,
             QStringLiteral("sum:payments.requests{service:payments,!status:error}.as_count()"));
    QCOMPARE(month.indicator.query.total, QStringLiteral("sum:payments.requests{service:payments}.as_count()"));
    QCOMPARE(month.origin.at(QStringLiteral("target")).line, 9);
    QCOMPARE(month.indicator.origin.at(QStringLiteral("query.good")).line, 18);
    const Objective &week = payments->objectives.at(1);
    QCOMPARE(week.name, QStringLiteral("payments-availability-7d"));
    QCOMPARE(week.target, 0.999);
    QVERIFY(week.window && week.window->rolling == Duration::days(7));

    const SlaDoc *latency = r.workspace.findSla(QStringLiteral("inference-latency-p99"));
    QVERIFY(latency);
    QVERIFY(latency->window && latency->window->rolling == Duration::days(7));
    QCOMPARE(latency->objectives.size(), 1);
    const Objective &p99 = latency->objectives.constFirst();
    QCOMPARE(p99.name, QStringLiteral("inference-latency-p99"));
    QCOMPARE(p99.target, 0.98);
    QCOMPARE(p99.indicator.query.value, QStringLiteral("p99:inference.latency{service:inference}"));
    QVERIFY(p99.indicator.query.op == CompareOp::Lt);
    QCOMPARE(p99.indicator.query.threshold, std::optional<double>(0.25));
    QVERIFY(p99.budgeting.method == Budgeting::Method::Timeslices);
    QVERIFY(p99.budgeting.slice == Duration::minutes(5));
    QCOMPARE(p99.indicator.origin.at(QStringLiteral("query.value")).line, 40);

    // No Datadog source in the set: one named `datadog` is added, with a warning at the first SLO.
    QCOMPARE(r.workspace.dataSources.size(), 1);
    QCOMPARE(r.workspace.dataSources.constFirst().metadata.name, QStringLiteral("datadog"));
    QVERIFY(r.workspace.dataSources.constFirst().type == DataSourceType::Datadog);
    QVERIFY2(hasDiagnostic(r.diagnostics, Diagnostic::Severity::Warning, QStringLiteral("list.json"), 3, 5,
                           QStringLiteral("added one with no connection details")),
             qPrintable(dump(r.diagnostics)));
}

void TestDatadogSloImporter::listAnswer_validatesAgainstTheSyntheticSource()
{
    const LoadResult r = DocumentLoader::loadPaths({fixture(QStringLiteral("list.json"))});
    const Diagnostics checked = validateWorkspace(r.workspace);
    QCOMPARE(count(checked, Diagnostic::Severity::Error), 0);
}

void TestDatadogSloImporter::singleAnswer_importsOneSla()
{
    const LoadResult r =
        DocumentLoader::loadData(readFixture(QStringLiteral("single.json")), QStringLiteral("one.json"));
    QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.slas.size(), 1);
    const SlaDoc &sla = r.workspace.slas.constFirst();
    QCOMPARE(sla.metadata.name, QStringLiteral("payments-availability"));
    QCOMPARE(sla.metadata.labels.value(QStringLiteral("team")), QStringList{QStringLiteral("sre")});
    QCOMPARE(sla.objectives.size(), 1);
    QCOMPARE(sla.objectives.constFirst().name, QStringLiteral("payments-availability"));
    QCOMPARE(sla.objectives.constFirst().target, 0.9995);
    QCOMPARE(sla.origin.self.line, 2);
}

void TestDatadogSloImporter::monitorSlo_isSkippedWithAWarningAtItsType()
{
    const LoadResult r = DocumentLoader::loadPaths({fixture(QStringLiteral("list.json"))});
    QVERIFY(!r.workspace.findSla(QStringLiteral("ingest-pipeline")));
    // `"type": "monitor",` on line 53, the value at column 15.
    QVERIFY2(hasDiagnostic(r.diagnostics, Diagnostic::Severity::Warning, QStringLiteral("list.json"), 53, 15,
                           QStringLiteral("\"Ingest pipeline\": monitor SLOs are computed from monitors")),
             qPrintable(dump(r.diagnostics)));
    QCOMPARE(count(r.diagnostics, Diagnostic::Severity::Warning), 2); // the monitor SLO and the data source
}

void TestDatadogSloImporter::badThresholds_areReportedAtTheirFields()
{
    const LoadResult r = DocumentLoader::loadPaths({fixture(QStringLiteral("thresholds.json"))});
    QVERIFY(!r.ok());
    QVERIFY2(hasDiagnostic(r.diagnostics, Diagnostic::Severity::Warning, QStringLiteral("thresholds.json"), 9, 23,
                           QStringLiteral("timeframe \"custom\" has no rolling window")),
             qPrintable(dump(r.diagnostics)));
    QVERIFY2(hasDiagnostic(r.diagnostics, Diagnostic::Severity::Error, QStringLiteral("thresholds.json"), 10, 40,
                           QStringLiteral("target 120 for 90d is not a percentage")),
             qPrintable(dump(r.diagnostics)));
    QVERIFY(r.workspace.slas.isEmpty());
    QVERIFY(r.workspace.dataSources.isEmpty()); // nothing imported, so no source is added
}

void TestDatadogSloImporter::malformedJson_isAnErrorWithAPosition()
{
    const LoadResult r = DocumentLoader::loadPaths({fixture(QStringLiteral("malformed.json"))});
    QVERIFY(!r.ok());
    const Diagnostics errors = only(r.diagnostics, Diagnostic::Severity::Error);
    QCOMPARE(errors.size(), 1);
    // The list opened on line 2 is never closed: the parser gives up at the end of the file.
    QVERIFY2(hasDiagnostic(errors, Diagnostic::Severity::Error, QStringLiteral("malformed.json"), 8, 1,
                           QStringLiteral("not valid JSON")),
             qPrintable(dump(errors)));
    QVERIFY(r.workspace.slas.isEmpty());
}

void TestDatadogSloImporter::sameSloTwice_isImportedOnce()
{
    const LoadResult r =
        DocumentLoader::loadPaths({fixture(QStringLiteral("list.json")), fixture(QStringLiteral("single.json"))});
    QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.slas.size(), 2);
    QVERIFY2(hasDiagnostic(r.diagnostics, Diagnostic::Severity::Warning, QStringLiteral("single.json"), 2, 11,
                           QStringLiteral("is already imported from")),
             qPrintable(dump(r.diagnostics)));
    // The list came first: its two-threshold version is the one kept.
    QCOMPARE(r.workspace.findSla(QStringLiteral("payments-availability"))->objectives.size(), 2);
}

void TestDatadogSloImporter::dataSourceChoice_data()
{
    QTest::addColumn<Sources>("sources");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("dataSources");
    QTest::addColumn<int>("warnings");
    const QString prom = QStringLiteral("prometheus");
    const QString dd = QStringLiteral("datadog");
    QTest::addRow("none: synthesized") << Sources{} << "datadog" << 1 << 2;
    QTest::addRow("only a prometheus one") << Sources{{QStringLiteral("prod"), prom}} << "datadog" << 2 << 2;
    QTest::addRow("exactly one datadog") << Sources{{QStringLiteral("prod-dd"), dd}, {QStringLiteral("prod"), prom}}
                                         << "prod-dd" << 2 << 1;
    QTest::addRow("two datadog, one named datadog")
        << Sources{{QStringLiteral("eu"), dd}, {QStringLiteral("datadog"), dd}} << "datadog" << 2 << 1;
    QTest::addRow("two datadog, none named datadog")
        << Sources{{QStringLiteral("eu"), dd}, {QStringLiteral("us"), dd}} << "datadog" << 3 << 2;
}

void TestDatadogSloImporter::dataSourceChoice()
{
    QFETCH(Sources, sources);
    QFETCH(QString, expected);
    QFETCH(int, dataSources);
    QFETCH(int, warnings);
    QList<QPair<QString, QByteArray>> files;
    for (const auto &[name, type] : sources)
        files.append({name + QStringLiteral(".yaml"), dataSource(name, type)});
    files.append({QStringLiteral("slos.json"), readFixture(QStringLiteral("list.json"))});
    const LoadResult r = DocumentLoader::loadFiles(files);
    QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.slas.size(), 2);
    for (const SlaDoc &sla : r.workspace.slas)
        QCOMPARE(sla.dataSource, expected);
    QCOMPARE(r.workspace.dataSources.size(), dataSources);
    QCOMPARE(count(r.diagnostics, Diagnostic::Severity::Warning), warnings); // the monitor SLO, maybe the source
    QCOMPARE(count(validateWorkspace(r.workspace), Diagnostic::Severity::Error), 0);
}

void TestDatadogSloImporter::otherDocuments_areNotClaimed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error"); // "" when the document must load cleanly
    const QByteArray slo =
        R"x({"id": "x1", "name": "A", "type": "metric", "thresholds": [{"timeframe": "30d", "target": 99}],)x"
        R"x( "query": {"numerator": "sum:a{*}.as_count()", "denominator": "sum:b{*}.as_count()"}})x";
    QTest::addRow("yaml with a data list")
        << "slos.yaml" << (QByteArray("{\"data\": [") + slo + "]}") << "unrecognised document";
    QTest::addRow("extra top-level key") << "slos.json" << (QByteArray("{\"data\": [") + slo + "], \"items\": 1}")
                                         << "unrecognised document";
    QTest::addRow("data items not SLOs") << "slos.json" << QByteArray(R"({"data": [{"id": "1", "name": "x"}]})")
                                         << "unrecognised document";
    QTest::addRow("data a scalar") << "slos.json" << QByteArray(R"({"data": "x"})") << "unrecognised document";
    QTest::addRow("native json document")
        << "ds.json"
        << QByteArray(R"({"apiVersion": "openslo/v1", "kind": "DataSource", "metadata": {"name": "d"},)"
                      R"( "spec": {"type": "datadog"}})")
        << "";
    QTest::addRow("saved list answer") << "SLOS.JSON" << (QByteArray("{\"data\": [") + slo + "], \"error\": null}")
                                       << "";
}

void TestDatadogSloImporter::otherDocuments_areNotClaimed()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const LoadResult r = DocumentLoader::loadData(data, file);
    if (error.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
        QVERIFY(!r.workspace.isEmpty());
        return;
    }
    QVERIFY(!r.ok());
    QVERIFY2(hasDiagnostic(r.diagnostics, Diagnostic::Severity::Error, file, 1, 0, error),
             qPrintable(dump(r.diagnostics)));
    QVERIFY(r.workspace.slas.isEmpty());
}

QTEST_GUILESS_MAIN(TestDatadogSloImporter)
#include "tst_datadogsloimporter.moc"
