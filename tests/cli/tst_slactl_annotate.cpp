// SPDX-License-Identifier: Apache-2.0
// `slactl annotate` (issue 8): runs the real binary on a temporary workspace and reads the
// annotations file back with the loader.
#include "core/exchange/loader.h"
#include "core/validation/validator.h"
#include "tests/support/slactlrunner.h"
#include "tests/support/tempworkspace.h"
#include "tests/support/testutils.h"

#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace Sla::Core;

namespace {
using Run = Sla::TestSupport::SlactlResult<QString>;

/// tests/data/document/api-sla.yaml: data source `p`, SLA `api` (window 7d) with the
/// objectives `availability` and `latency`.
QByteArray apiWorkspace()
{
    return TestUtils::readFile(QStringLiteral(SLA_TEST_DATA_DIR "/document/api-sla.yaml"));
}

Run slactl(const QStringList &args)
{
    Sla::TestSupport::SlactlOptions options;
    options.timeoutMs = 30000;
    return Sla::TestSupport::runSlactl(args, options);
}

QStringList annotate(const Sla::TestSupport::TempWorkspace &ws, const QStringList &more)
{
    return QStringList{QStringLiteral("annotate"), ws.path()} + more;
}

qulonglong inode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qulonglong(st.st_ino) : 0;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
} // namespace

class TestSlactlAnnotate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(QFile::exists(qEnvironmentVariable("SLACTL")), "SLACTL points at the binary"); }
    void createsFile_everyOption();
    void appends_keepsBytesAndReplacesAtomically();
    void timeDefaultsToNow();
    void unknownSlaOrObjective_exitsOne_data();
    void unknownSlaOrObjective_exitsOne();
    void usageErrors_exitTwo_data();
    void usageErrors_exitTwo();
};

void TestSlactlAnnotate::createsFile_everyOption()
{
    Sla::TestSupport::TempWorkspace ws;
    QVERIFY(ws.write(QStringLiteral("ws.yaml"), apiWorkspace()));
    const Run r = slactl(annotate(ws, {QStringLiteral("--sla"), QStringLiteral("api"), QStringLiteral("--text"),
                                       QStringLiteral("Deployed v2: new model"), QStringLiteral("--time"),
                                       QStringLiteral("2025-06-09T12:00:00+02:00"), QStringLiteral("--end"),
                                       QStringLiteral("1749463500"), QStringLiteral("--kind"), QStringLiteral("deploy"),
                                       QStringLiteral("--url"), QStringLiteral("https://ci.example.com/runs/7"),
                                       QStringLiteral("--objective"), QStringLiteral("availability"),
                                       QStringLiteral("--objective"), QStringLiteral("latency")}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("annotation 'deploy-20250609-100000' added to")), qPrintable(r.out));
    const LoadResult back = DocumentLoader::loadPaths({ws.path()});
    const Diagnostics problems = back.diagnostics + validateWorkspace(back.workspace);
    QVERIFY2(problems.isEmpty(), qPrintable(TestUtils::dump(problems)));
    QCOMPARE(back.workspace.annotations.size(), 1);
    const Annotation &a = back.workspace.annotations.constFirst();
    QCOMPARE(a.metadata.name, QStringLiteral("deploy-20250609-100000"));
    QCOMPARE(a.origin.self.file, ws.filePath(QStringLiteral("annotations.yaml")));
    QCOMPARE(a.slas, QStringList{QStringLiteral("api")});
    QCOMPARE(a.objectives, QStringList({QStringLiteral("availability"), QStringLiteral("latency")}));
    QCOMPARE(a.time, at("2025-06-09T10:00:00Z"));
    QCOMPARE(a.end, std::optional<QDateTime>(at("2025-06-09T10:05:00Z")));
    QCOMPARE(a.text, QStringLiteral("Deployed v2: new model"));
    QCOMPARE(toString(a.kind), QStringLiteral("deploy"));
    QCOMPARE(a.url, QStringLiteral("https://ci.example.com/runs/7"));
    // slactl validate counts the new kind among the documents.
    const Run valid = slactl({QStringLiteral("validate"), ws.path()});
    QCOMPARE(valid.code, 0);
    QVERIFY2(valid.out.contains(QStringLiteral("valid: 2 file(s), 3 document(s)")), qPrintable(valid.out));
}

void TestSlactlAnnotate::appends_keepsBytesAndReplacesAtomically()
{
    Sla::TestSupport::TempWorkspace ws;
    QVERIFY(ws.write(QStringLiteral("ws.yaml"), apiWorkspace()));
    // Odd but valid: a comment, flow style, no final newline.
    const QByteArray before = "# deploys of the API\n"
                              "apiVersion: sladesk/v1\nkind: Annotation\nmetadata: {name: first}\n"
                              "spec: {slas: [api], time: '2025-06-01T00:00:00Z', text: \"first\"}  # keep me";
    const QString file = ws.filePath(QStringLiteral("annotations.yaml"));
    QVERIFY(ws.write(QStringLiteral("annotations.yaml"), before));
    const qulonglong oldInode = inode(file);
    const QStringList args =
        annotate(ws, {QStringLiteral("--sla"), QStringLiteral("api"), QStringLiteral("--text"),
                      QStringLiteral("second"), QStringLiteral("--time"), QStringLiteral("2025-06-09T10:00:00Z")});
    const Run r = slactl(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray after = TestUtils::readFile(file);
    QVERIFY2(after.startsWith(QByteArray(before + "\n---\n")), after.constData());
    QVERIFY(inode(file) != oldInode); // a new file renamed over the old one
    // The same time again: a unique name.
    const Run again = slactl(args);
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QVERIFY(TestUtils::readFile(file).startsWith(after));
    const LoadResult back = DocumentLoader::loadPaths({ws.path()});
    QVERIFY2(back.diagnostics.isEmpty(), qPrintable(TestUtils::dump(back.diagnostics)));
    QStringList names;
    for (const Annotation &a : back.workspace.annotations)
        names << a.metadata.name;
    QCOMPARE(names, QStringList({QStringLiteral("first"), QStringLiteral("note-20250609-100000"),
                                 QStringLiteral("note-20250609-100000-2")}));
    QCOMPARE(toString(back.workspace.annotations.at(1).kind), QStringLiteral("note"));
}

void TestSlactlAnnotate::timeDefaultsToNow()
{
    Sla::TestSupport::TempWorkspace ws;
    QVERIFY(ws.write(QStringLiteral("ws.yaml"), apiWorkspace()));
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const Run r = slactl(annotate(
        ws, {QStringLiteral("--sla"), QStringLiteral("api"), QStringLiteral("--text"), QStringLiteral("now")}));
    const QDateTime end = QDateTime::currentDateTimeUtc();
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const LoadResult back = DocumentLoader::loadPaths({ws.filePath(QStringLiteral("annotations.yaml"))});
    QCOMPARE(back.workspace.annotations.size(), 1);
    const QDateTime t = back.workspace.annotations.constFirst().time;
    QVERIFY2(t >= start && t <= end, qPrintable(t.toString(Qt::ISODateWithMs)));
}

void TestSlactlAnnotate::unknownSlaOrObjective_exitsOne_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("SLA") << QStringList{QStringLiteral("--sla"), QStringLiteral("apx")}
                         << "slactl annotate: unknown SLA 'apx'; did you mean 'api'?";
    QTest::newRow("SLA, none close") << QStringList{QStringLiteral("--sla"), QStringLiteral("checkout")}
                                     << "slactl annotate: unknown SLA 'checkout' (known: api)";
    QTest::newRow("objective") << QStringList{QStringLiteral("--sla"), QStringLiteral("api"),
                                              QStringLiteral("--objective"), QStringLiteral("latncy")}
                               << "slactl annotate: SLA 'api' has no objective 'latncy'; did you mean 'latency'?";
}

void TestSlactlAnnotate::unknownSlaOrObjective_exitsOne()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    Sla::TestSupport::TempWorkspace ws;
    QVERIFY(ws.write(QStringLiteral("ws.yaml"), apiWorkspace()));
    const Run r = slactl(annotate(ws, options + QStringList{QStringLiteral("--text"), QStringLiteral("x")}));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(ws.filePath(QStringLiteral("annotations.yaml"))));
}

void TestSlactlAnnotate::usageErrors_exitTwo_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const QStringList base{QStringLiteral("--sla"), QStringLiteral("api"), QStringLiteral("--text"),
                           QStringLiteral("x")};
    QTest::newRow("no --sla") << QStringList{QStringLiteral("--text"), QStringLiteral("x")} << "--sla is required";
    QTest::newRow("no --text") << QStringList{QStringLiteral("--sla"), QStringLiteral("api")}
                               << "--text is required and must not be empty";
    QTest::newRow("time without zone") << base +
                                              QStringList{QStringLiteral("--time"), QStringLiteral("2025-06-09T10:00")}
                                       << "--time '2025-06-09T10:00' is not a time";
    QTest::newRow("end before time") << base + QStringList{QStringLiteral("--time"), QStringLiteral("1749463200"),
                                                           QStringLiteral("--end"), QStringLiteral("1749463100")}
                                     << "--end is before --time";
    QTest::newRow("kind") << base + QStringList{QStringLiteral("--kind"), QStringLiteral("release")}
                          << "--kind 'release' is not one of deploy, incident, note";
    QTest::newRow("url scheme") << base + QStringList{QStringLiteral("--url"), QStringLiteral("ftp://x/y")}
                                << "--url must be an http or https URL";
    QTest::newRow("url password") << base + QStringList{QStringLiteral("--url"),
                                                        QStringLiteral("https://bob:hunter2@ci.example.com/")}
                                  << "--url holds a password";
}

void TestSlactlAnnotate::usageErrors_exitTwo()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    Sla::TestSupport::TempWorkspace ws;
    QVERIFY(ws.write(QStringLiteral("ws.yaml"), apiWorkspace()));
    const Run r = slactl(annotate(ws, options));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("hunter2")));
    QVERIFY(!QFile::exists(ws.filePath(QStringLiteral("annotations.yaml"))));
    // Not a folder.
    const Run file =
        slactl({QStringLiteral("annotate"), ws.filePath(QStringLiteral("ws.yaml")), QStringLiteral("--sla"),
                QStringLiteral("api"), QStringLiteral("--text"), QStringLiteral("x")});
    QCOMPARE(file.code, 2);
    QVERIFY2(file.err.contains(QStringLiteral("is not a folder")), qPrintable(file.err));
}

QTEST_GUILESS_MAIN(TestSlactlAnnotate)
#include "tst_slactl_annotate.moc"
