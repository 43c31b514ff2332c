// SPDX-License-Identifier: Apache-2.0
// The shared test helpers: the slactl runner (driven here with /bin/sh standing in for
// slactl) and the workspace fixture builders.
#include "tests/support/slactlrunner.h"
#include "tests/support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Sla::TestSupport;

namespace {
// The arguments that make /bin/sh (standing in for slactl) run `script`.
QStringList script(const QString &text)
{
    return {QStringLiteral("-c"), text};
}
} // namespace

class TestTestSupport : public QObject
{
    Q_OBJECT
private slots:
    void init() { qputenv("SLACTL", "/bin/sh"); }

    void run_givesExitCodeStdoutAndStderr()
    {
        const SlactlResult<QString> r =
            runSlactl(script(QStringLiteral("printf 'out ü\\n'; printf 'err' >&2; exit 7")));
        QCOMPARE(r.code, 7);
        QCOMPARE(r.crashed, false);
        QCOMPARE(r.out, QStringLiteral("out ü\n"));
        QCOMPARE(r.err, QStringLiteral("err"));
    }

    void run_feedsStdinAndClosesIt()
    {
        SlactlOptions options;
        options.input = "line one\nline two\n";
        const SlactlResult<QByteArray> r = runSlactlBytes(script(QStringLiteral("cat; exit 3")), options);
        QCOMPARE(r.code, 3);
        QCOMPARE(r.out, QByteArray("line one\nline two\n"));
    }

    void run_usesEnvironmentAndWorkingFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SlactlOptions options;
        options.env.insert(QStringLiteral("SLA_SUPPORT_PROBE"), QStringLiteral("probe-value"));
        options.workDir = dir.path();
        const SlactlResult<QString> r =
            runSlactl(script(QStringLiteral("printf '%s ' \"$SLA_SUPPORT_PROBE\"; pwd -P")), options);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QString(QStringLiteral("probe-value ") + QFileInfo(dir.path()).canonicalFilePath() + u'\n'));
    }

    void run_wrapperComesFirst()
    {
        // The wrapper gets slactl's path and arguments after its own: sh -c 'printf' x SLACTL a b.
        SlactlOptions options;
        options.wrapper = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("printf '%s|' \"$@\""),
                           QStringLiteral("x")};
        const SlactlResult<QString> r = runSlactl({QStringLiteral("a"), QStringLiteral("b")}, options);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("/bin/sh|a|b|"));
    }

    void run_readsOutputBackFromFiles()
    {
        const TempWorkspace dir;
        QVERIFY(dir.isValid());
        SlactlOptions options;
        options.stdoutFile = dir.filePath(QStringLiteral("run.out"));
        options.stderrFile = dir.filePath(QStringLiteral("run.err"));
        const SlactlResult<QByteArray> r =
            runSlactlBytes(script(QStringLiteral("printf to-out; printf to-err >&2")), options);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("to-out"));
        QCOMPARE(r.err, QStringLiteral("to-err"));
        QVERIFY(QFile::exists(options.stdoutFile));
    }

    void run_timeoutKillsAndSaysSo()
    {
        SlactlOptions options;
        options.timeoutMs = 300;
        const SlactlResult<QString> r = runSlactl(script(QStringLiteral("sleep 20")), options);
        QCOMPARE(r.code, -1);
        QCOMPARE(r.crashed, false);
        // (the asan preset scales the limit: SLADESK_TEST_TIMEOUT_SCALE)
        const int scale = std::max(1, qEnvironmentVariableIntValue("SLADESK_TEST_TIMEOUT_SCALE"));
        QCOMPARE(r.err, QStringLiteral("slactl did not finish within %1 ms").arg(300 * scale));
    }

    void run_crashIsNoExitCode()
    {
        const SlactlResult<QString> r = runSlactl(script(QStringLiteral("kill -SEGV $$")));
        QCOMPARE(r.code, -1);
        QCOMPARE(r.crashed, true);
    }

    void run_missingBinarySaysItDidNotStart()
    {
        qputenv("SLACTL", "/nonexistent/slactl");
        const SlactlResult<QString> r = runSlactl({QStringLiteral("--help")});
        QCOMPARE(r.code, -1);
        QVERIFY2(r.err.startsWith(QStringLiteral("slactl did not start: ")), qPrintable(r.err));
    }

    void writeFile_makesFoldersAndWritesTheBytes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("a/b/ws.yaml"));
        QVERIFY(writeFile(path, "kind: SLA\n"));
        QVERIFY(writeFile(path, "kind: DataSource\n")); // a second write replaces the content
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("kind: DataSource\n"));
    }

    void writeFile_failsBelowAFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("plain")), "x"));
        QCOMPARE(writeFile(dir.filePath(QStringLiteral("plain/ws.yaml")), "y"), false);
    }

    void tempWorkspace_holdsItsFilesAndGoesAway()
    {
        QString root;
        {
            const TempWorkspace ws;
            QVERIFY(ws.isValid());
            root = ws.path();
            QVERIFY(ws.write(QStringLiteral("slas/api.yaml"), "apiVersion: sladesk/v1\n"));
            QCOMPARE(ws.filePath(QStringLiteral("slas/api.yaml")), QString(root + QStringLiteral("/slas/api.yaml")));
            QVERIFY(QFile::exists(root + QStringLiteral("/slas/api.yaml")));
        }
        QVERIFY(!QDir(root).exists());
    }

    void tempWorkspace_belowAGivenFolder()
    {
        QTemporaryDir parent;
        QVERIFY(parent.isValid());
        const TempWorkspace ws(parent.path());
        QVERIFY(ws.isValid());
        QCOMPARE(QFileInfo(ws.path()).absolutePath(), parent.path());
    }
};

QTEST_GUILESS_MAIN(TestTestSupport)
#include "tst_testsupport.moc"
