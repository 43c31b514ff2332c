// SPDX-License-Identifier: Apache-2.0
// Reading and writing the kinds of issue 8: Correction and Annotation documents, and the
// objective and tier fields minEvents, minSamples and labelDelay.
#include "core/document/model.h"
#include "core/document/tierresolver.h"
#include "core/document/yamlwriter.h"
#include "core/exchange/loader.h"
#include "tests/support/testutils.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Sla::Core;
using namespace Sla::Core::TestUtils;

namespace {
/// A `kind` document named `name` on SLA `s`, whose spec continues from line 6 with `body`.
QByteArray onSla(const char *kind, const char *name, const char *body)
{
    return QByteArray("apiVersion: sladesk/v1\n") + // 1
           "kind: " + kind + "\n" +                 // 2
           "metadata: {name: " + name + "}\n" +     // 3
           "spec:\n" +                              // 4
           "  slas: [s]\n" +                        // 5
           body;
}

QByteArray correction(const char *body)
{
    return onSla("Correction", "c", body);
}

QByteArray annotation(const char *body)
{
    return onSla("Annotation", "a", body);
}

/// An SLA whose only objective (line 7) continues from line 8 with `body`.
QByteArray objective(const char *body)
{
    return QByteArray("apiVersion: sladesk/v1\n" // 1
                      "kind: SLA\n"              // 2
                      "metadata: {name: s}\n"    // 3
                      "spec:\n"                  // 4
                      "  dataSource: p\n"        // 5
                      "  objectives:\n"          // 6
                      "    - name: o\n")         // 7
           + body;
}

const char kClassification[] = "      indicator: {classification: {measure: precision, tp: a, fp: b}}\n"
                               "      target: 0.9\n";

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Workspace sampleWorkspace()
{
    Correction weekly;
    weekly.metadata.name = QStringLiteral("db-maintenance");
    weekly.slas = {QStringLiteral("api"), QStringLiteral("web")};
    weekly.objectives = {QStringLiteral("availability")};
    weekly.start = at("2025-06-08T00:30:00Z");
    weekly.duration = Duration::hours(2);
    weekly.recurrence = QStringLiteral("FREQ=WEEKLY;BYDAY=SU");
    weekly.timeZone = QStringLiteral("Europe/Berlin");
    weekly.category = Correction::Category::ScheduledMaintenance;
    weekly.description = QStringLiteral("Primary database: failover test");
    weekly.approvedBy = QStringLiteral("jane.doe");
    Correction once;
    once.metadata.name = QStringLiteral("release-42");
    once.slas = {QStringLiteral("api")};
    once.start = at("2025-06-10T09:00:00Z");
    once.end = at("2025-06-10T09:45:30Z");
    Annotation deploy;
    deploy.metadata.name = QStringLiteral("deploy-1");
    deploy.slas = {QStringLiteral("api")};
    deploy.time = at("2025-06-10T09:00:00Z");
    deploy.end = at("2025-06-10T09:05:00Z");
    deploy.text = QStringLiteral("v1.4.2: new ranking model");
    deploy.kind = Annotation::Kind::Deploy;
    deploy.url = QStringLiteral("https://ci.example.com/runs/42");
    Annotation note;
    note.metadata.name = QStringLiteral("note-1");
    note.slas = {QStringLiteral("web")};
    note.objectives = {QStringLiteral("latency")};
    note.time = at("2025-06-11T00:00:00Z");
    note.text = QStringLiteral("yes");
    Workspace ws;
    ws.corrections = {weekly, once};
    ws.annotations = {deploy, note};
    return ws;
}

const char kGolden[] = R"(apiVersion: sladesk/v1
kind: Correction
metadata:
  name: db-maintenance
spec:
  slas: [api, web]
  objectives: [availability]
  start: 2025-06-08T00:30:00Z
  duration: 2h
  recurrence: FREQ=WEEKLY;BYDAY=SU
  timeZone: Europe/Berlin
  category: scheduled-maintenance
  description: 'Primary database: failover test'
  approvedBy: jane.doe
---
apiVersion: sladesk/v1
kind: Correction
metadata:
  name: release-42
spec:
  slas: [api]
  start: 2025-06-10T09:00:00Z
  end: 2025-06-10T09:45:30Z
---
apiVersion: sladesk/v1
kind: Annotation
metadata:
  name: deploy-1
spec:
  slas: [api]
  time: 2025-06-10T09:00:00Z
  end: 2025-06-10T09:05:00Z
  text: 'v1.4.2: new ranking model'
  kind: deploy
  url: https://ci.example.com/runs/42
---
apiVersion: sladesk/v1
kind: Annotation
metadata:
  name: note-1
spec:
  slas: [web]
  objectives: [latency]
  time: 2025-06-11T00:00:00Z
  text: 'yes'
)";
} // namespace

class TestCorrectionDocs : public QObject
{
    Q_OBJECT
private slots:
    void readCorrection_everyField();
    void readAnnotation_everyField();
    void diagnostics_data();
    void diagnostics();
    void objectiveFields_read();
    void tierDefaults_resolved();
    void write_golden();
    void roundTrip_equalAndStable();
    void folder_picksUpEveryFile();
};

void TestCorrectionDocs::readCorrection_everyField()
{
    const LoadResult r = DocumentLoader::loadData(correction("  objectives: [availability, latency]\n"
                                                             "  start: 2025-06-09T12:00:00+02:00\n"
                                                             "  duration: 2h\n"
                                                             "  recurrence: 'FREQ=WEEKLY;BYDAY=SU'\n"
                                                             "  timeZone: Europe/Berlin\n"
                                                             "  category: outside-business-hours\n"
                                                             "  description: Failover test\n"
                                                             "  approvedBy: jane.doe\n"),
                                                  QStringLiteral("c.yaml"));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.corrections.size(), 1);
    const Correction &c = r.workspace.corrections.constFirst();
    QCOMPARE(c.metadata.name, QStringLiteral("c"));
    QCOMPARE(c.slas, QStringList{QStringLiteral("s")});
    QCOMPARE(c.objectives, QStringList({QStringLiteral("availability"), QStringLiteral("latency")}));
    QCOMPARE(c.start, at("2025-06-09T10:00:00Z"));
    QCOMPARE(c.start.timeSpec(), Qt::UTC);
    QCOMPARE(c.duration, std::optional<Duration>(Duration::hours(2)));
    QVERIFY(!c.end);
    QCOMPARE(c.lengthMs(), 2 * Duration::Hour);
    QCOMPARE(c.recurrence, QStringLiteral("FREQ=WEEKLY;BYDAY=SU"));
    QCOMPARE(c.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(toString(c.category), QStringLiteral("outside-business-hours"));
    QCOMPARE(c.description, QStringLiteral("Failover test"));
    QCOMPARE(c.approvedBy, QStringLiteral("jane.doe"));
    // Locations for the validator: the list items, and the rule's first character (past the quote).
    QCOMPARE(c.origin.at(QStringLiteral("objectives.1")).line, 6);
    QCOMPARE(c.origin.at(QStringLiteral("objectives.1")).column, 30);
    QCOMPARE(c.origin.at(QStringLiteral("recurrence")).line, 9);
    QCOMPARE(c.origin.at(QStringLiteral("recurrence")).column, 16);
}

void TestCorrectionDocs::readAnnotation_everyField()
{
    const LoadResult r = DocumentLoader::loadData(annotation("  objectives: [availability]\n"
                                                             "  time: 2025-06-09T10:00:00.250Z\n"
                                                             "  end: 2025-06-09t11:00:00z\n"
                                                             "  text: Rolled out v2\n"
                                                             "  kind: incident\n"
                                                             "  url: https://status.example.com/i/7\n"),
                                                  QStringLiteral("a.yaml"));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.annotations.size(), 1);
    const Annotation &a = r.workspace.annotations.constFirst();
    QCOMPARE(a.slas, QStringList{QStringLiteral("s")});
    QCOMPARE(a.objectives, QStringList{QStringLiteral("availability")});
    QCOMPARE(a.time.toMSecsSinceEpoch(), at("2025-06-09T10:00:00Z").toMSecsSinceEpoch() + 250);
    QCOMPARE(a.end, std::optional<QDateTime>(at("2025-06-09T11:00:00Z")));
    QCOMPARE(a.text, QStringLiteral("Rolled out v2"));
    QCOMPARE(toString(a.kind), QStringLiteral("incident"));
    QCOMPARE(a.url, QStringLiteral("https://status.example.com/i/7"));
    // Defaults: kind note, no end, no url.
    const LoadResult d =
        DocumentLoader::loadData(annotation("  time: 2025-06-09T10:00:00Z\n  text: x\n"), QStringLiteral("a.yaml"));
    QVERIFY2(d.diagnostics.isEmpty(), qPrintable(dump(d.diagnostics)));
    QCOMPARE(toString(d.workspace.annotations.constFirst().kind), QStringLiteral("note"));
    QVERIFY(!d.workspace.annotations.constFirst().end);
}

void TestCorrectionDocs::diagnostics_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const char *start = "  start: 2025-06-09T10:00:00Z\n";
    auto withStart = [start](const char *rest) { return correction(QByteArray(QByteArray(start) + rest).constData()); };
    QTest::newRow("start without zone") << correction("  start: 2025-06-09T10:00:00\n  duration: 2h\n") << 6 << 10
                                        << "field 'start' of Correction 'c' must be an RFC 3339 time with a zone";
    QTest::newRow("start as a date") << correction("  start: 2025-06-09\n  duration: 2h\n") << 6 << 10
                                     << "got '2025-06-09'";
    QTest::newRow("start missing") << correction("  duration: 2h\n") << 5 << 3
                                   << "Correction 'c' is missing the required field 'start'";
    QTest::newRow("duration and end") << withStart("  duration: 2h\n  end: 2025-06-09T12:00:00Z\n") << 8 << 3
                                      << "has both 'duration' and 'end'; give exactly one of them";
    QTest::newRow("neither duration nor end") << withStart("") << 5 << 3 << "needs 'duration' (such as 2h) or 'end'";
    QTest::newRow("zero duration") << withStart("  duration: 0s\n") << 7 << 13 << "field 'duration' of Correction 'c'";
    QTest::newRow("end without zone") << withStart("  end: 2025-06-09 12:00:00\n") << 7 << 8
                                      << "field 'end' of Correction 'c' must be an RFC 3339 time with a zone";
    QTest::newRow("bad category") << withStart("  duration: 2h\n  category: maintenance\n") << 8 << 13
                                  << "allowed: scheduled-maintenance, deployment, outside-business-hours, other";
    QTest::newRow("bad time zone") << withStart("  duration: 2h\n  timeZone: Europe/Berln\n") << 8 << 13
                                   << "'Europe/Berln' is not a known IANA time zone";
    QTest::newRow("misspelt field") << withStart("  duration: 2h\n  recurrance: FREQ=DAILY\n") << 8 << 3
                                    << "did you mean 'recurrence'?";
    QTest::newRow("slas empty") << QByteArray("apiVersion: sladesk/v1\nkind: Correction\nmetadata: {name: c}\n"
                                              "spec:\n  slas: []\n  start: 2025-06-09T10:00:00Z\n  duration: 1h\n")
                                << 5 << 9 << "field 'slas' of Correction 'c' needs at least one SLA name";
    QTest::newRow("slas missing") << QByteArray("apiVersion: sladesk/v1\nkind: Correction\nmetadata: {name: c}\n"
                                                "spec:\n  start: 2025-06-09T10:00:00Z\n  duration: 1h\n")
                                  << 5 << 3 << "missing the required field 'slas'";
    QTest::newRow("slas not a list") << QByteArray("apiVersion: sladesk/v1\nkind: Correction\nmetadata: {name: c}\n"
                                                   "spec:\n  slas: {a: b}\n  start: 2025-06-09T10:00:00Z\n"
                                                   "  duration: 1h\n")
                                     << 5 << 9 << "field 'slas' of Correction 'c' must be a list";
    QTest::newRow("annotation kind") << annotation("  time: 2025-06-09T10:00:00Z\n  text: x\n  kind: release\n") << 8
                                     << 9 << "allowed: deploy, incident, note";
    QTest::newRow("annotation text missing") << annotation("  time: 2025-06-09T10:00:00Z\n") << 5 << 3
                                             << "Annotation 'a' is missing the required field 'text'";
    QTest::newRow("annotation text empty") << annotation("  time: 2025-06-09T10:00:00Z\n  text: ' '\n") << 7 << 9
                                           << "field 'text' of Annotation 'a' is empty";
    QTest::newRow("annotation url") << annotation("  time: 2025-06-09T10:00:00Z\n  text: x\n  url: ftp://x/y\n") << 8
                                    << 8 << "must be an http or https URL";
    QTest::newRow("annotation time") << annotation("  time: 1749463200\n  text: x\n") << 6 << 9
                                     << "field 'time' of Annotation 'a' must be an RFC 3339 time with a zone";
    QTest::newRow("labelDelay on ratio") << objective("      indicator: {ratio: {good: g, total: t}}\n"
                                                      "      target: 0.99\n"
                                                      "      labelDelay: 3d\n")
                                         << 10 << 7 << "field 'labelDelay' of objective 'o' applies to classification";
    QTest::newRow("labelDelay bad")
        << objective(QByteArray(QByteArray(kClassification) + "      labelDelay: soon\n").constData()) << 10 << 19
        << "field 'labelDelay' of objective 'o'";
    QTest::newRow("minEvents negative") << objective("      indicator: {ratio: {good: g, total: t}}\n"
                                                     "      target: 0.99\n"
                                                     "      minEvents: -1\n")
                                        << 10 << 18
                                        << "field 'minEvents' of objective 'o' must be a number of at least 0";
    QTest::newRow("minSamples text")
        << objective(QByteArray(QByteArray(kClassification) + "      minSamples: many\n").constData()) << 10 << 19
        << "field 'minSamples' of objective 'o' must be a number";
    QTest::newRow("tier minEvents") << QByteArray("apiVersion: sladesk/v1\nkind: TierTemplate\nmetadata: {name: t}\n"
                                                  "spec:\n  minEvents: .inf\n")
                                    << 5 << 14
                                    << "field 'minEvents' of TierTemplate 't' must be a number of at least 0";
}

void TestCorrectionDocs::diagnostics()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const LoadResult r = DocumentLoader::loadData(yaml, QStringLiteral("t.yaml"));
    QVERIFY2(hasDiagnostic(r.diagnostics, Diagnostic::Severity::Error, QStringLiteral("t.yaml"), line, column, message),
             qPrintable(dump(r.diagnostics)));
}

void TestCorrectionDocs::objectiveFields_read()
{
    const LoadResult r =
        DocumentLoader::loadData(objective(QByteArray(QByteArray(kClassification) + "      minEvents: 500\n"
                                                                                    "      minSamples: 40\n"
                                                                                    "      labelDelay: 3d\n")
                                               .constData()),
                                 QStringLiteral("o.yaml"));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    const Objective &o = r.workspace.slas.constFirst().objectives.constFirst();
    QCOMPARE(o.minEvents, std::optional<double>(500));
    QCOMPARE(o.minSamples, std::optional<double>(40));
    QCOMPARE(o.labelDelay, std::optional<Duration>(Duration::days(3)));
    QCOMPARE(o.origin.at(QStringLiteral("labelDelay")).line, 12);
    // minSamples on a ratio objective: read, with a warning that it is ignored.
    const LoadResult ratio = DocumentLoader::loadData(objective("      indicator: {ratio: {good: g, total: t}}\n"
                                                                "      target: 0.99\n"
                                                                "      minSamples: 0\n"),
                                                      QStringLiteral("o.yaml"));
    QVERIFY2(hasDiagnostic(ratio.diagnostics, Diagnostic::Severity::Warning, QStringLiteral("o.yaml"), 10, 7,
                           QStringLiteral("this ratio indicator ignores it")),
             qPrintable(dump(ratio.diagnostics)));
    QCOMPARE(ratio.diagnostics.size(), 1);
}

void TestCorrectionDocs::tierDefaults_resolved()
{
    const LoadResult r = DocumentLoader::loadData(
        "apiVersion: sladesk/v1\nkind: TierTemplate\nmetadata: {name: t}\nspec: {minEvents: 100, minSamples: 30}\n"
        "---\n" +
            objective(QByteArray(QByteArray(kClassification) + "    - name: own\n"
                                                               "      indicator: {ratio: {good: g, total: t}}\n"
                                                               "      target: 0.99\n"
                                                               "      minEvents: 7\n")
                          .constData()),
        QStringLiteral("t.yaml"));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    const TierTemplate &tier = r.workspace.tiers.constFirst();
    QCOMPARE(tier.minEvents, std::optional<double>(100));
    QCOMPARE(tier.minSamples, std::optional<double>(30));
    const Sla::Core::Sla resolved = resolveSla(r.workspace.slas.constFirst(), &tier);
    QCOMPARE(resolved.objectives.at(0).minEvents, std::optional<double>(100));
    QCOMPARE(resolved.objectives.at(0).minSamples, std::optional<double>(30));
    QCOMPARE(resolved.objectives.at(1).minEvents, std::optional<double>(7)); // its own wins
    QVERIFY(!resolved.objectives.at(1).minSamples);                          // not classification
    QVERIFY(!resolveSla(r.workspace.slas.constFirst(), nullptr).objectives.at(0).minEvents);
    // Written back.
    const QByteArray text = writeDocuments(r.workspace);
    QVERIFY2(text.contains("spec:\n  minEvents: 100\n  minSamples: 30\n"), text.constData());
    QVERIFY2(text.contains("      minEvents: 7\n"), text.constData());
}

void TestCorrectionDocs::write_golden()
{
    QCOMPARE(QString::fromUtf8(writeDocuments(sampleWorkspace())), QString::fromUtf8(kGolden));
}

void TestCorrectionDocs::roundTrip_equalAndStable()
{
    Workspace ws = sampleWorkspace();
    const LoadResult sla = DocumentLoader::loadData(
        objective(QByteArray(QByteArray(kClassification) +
                             "      minEvents: 0.5\n      minSamples: 40\n      labelDelay: 36h\n")
                      .constData()),
        QStringLiteral("o.yaml"));
    ws.slas = sla.workspace.slas;
    const QByteArray text = writeDocuments(ws);
    const LoadResult back = DocumentLoader::loadData(text, QStringLiteral("saved.yaml"));
    QVERIFY2(back.diagnostics.isEmpty(), qPrintable(dump(back.diagnostics) + u'\n' + QString::fromUtf8(text)));
    QVERIFY(back.workspace == ws);
    QCOMPARE(back.workspace.corrections.at(1).end, std::optional<QDateTime>(at("2025-06-10T09:45:30Z")));
    QCOMPARE(back.workspace.slas.constFirst().objectives.constFirst().labelDelay,
             std::optional<Duration>(Duration::hours(36)));
    QCOMPARE(writeDocuments(back.workspace), text);
    Workspace changed = ws;
    changed.corrections[0].timeZone = QStringLiteral("UTC");
    QVERIFY(!(changed == ws)); // the comparison sees the fields
}

void TestCorrectionDocs::folder_picksUpEveryFile()
{
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        return QDir(dir.path()).mkpath(QFileInfo(f).path()) && f.open(QIODevice::WriteOnly) &&
               f.write(bytes) == bytes.size();
    };
    QVERIFY(write(QStringLiteral("corrections.yaml"), correction("  start: 2025-06-09T10:00:00Z\n"
                                                                 "  duration: 1h\n")));
    QVERIFY(write(QStringLiteral("annotations.yaml"),
                  annotation("  time: 2025-06-09T10:00:00Z\n  text: a\n") + "---\n" +
                      annotation("  time: 2025-06-10T10:00:00Z\n  text: b\n").replace("name: a", "name: b")));
    QVERIFY(write(
        QStringLiteral("slas/more.yml"),
        correction("  start: 2025-06-11T10:00:00Z\n  end: 2025-06-11T11:00:00Z\n").replace("name: c", "name: d")));
    const LoadResult r = DocumentLoader::loadPaths({dir.path()});
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.corrections.size(), 2);
    QCOMPARE(r.workspace.annotations.size(), 2);
    QCOMPARE(r.workspace.annotations.at(1).text, QStringLiteral("b"));
    QCOMPARE(r.workspace.corrections.at(1).metadata.name, QStringLiteral("d"));
}

QTEST_GUILESS_MAIN(TestCorrectionDocs)
#include "tst_correctiondocs.moc"
