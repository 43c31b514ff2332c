// SPDX-License-Identifier: Apache-2.0
// Issue 14: SIGKILL in a loop during a document save (the editor's, EditorSession::save)
// and during a report export (the file write every export goes through, writeOutputFile):
// 50 kills each, at random moments. After every kill the file is complete (the text of the
// last save the writer reported, or of the one it was doing), the workspace loads without
// an error, the editor opens it cleanly, and the export is a whole report, never a torn
// one. The test runs itself as the writer (`--save DIR` / `--export FILE`), which reports
// the number of each write once it returned.
#include "core/cli/clisupport.h"
#include "core/exchange/loader.h"
#include "ui/editor/editorsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <cstring>

using namespace Sla;

namespace {

constexpr int Kills = 50;

/// The workspace file as the writer's save `i` writes it: valid, of varying length.
QByteArray slaText(int i)
{
    QByteArray text = "apiVersion: openslo/v1\n"
                      "kind: DataSource\n"
                      "metadata: {name: prom}\n"
                      "spec:\n"
                      "  type: prometheus\n"
                      "  connectionDetails: {url: http://127.0.0.1:9090}\n"
                      "---\n"
                      "apiVersion: sladesk/v1\n"
                      "kind: SLA\n"
                      "metadata: {name: checkout}\n"
                      "spec:\n"
                      "  description: save " +
                      QByteArray::number(i) + ' ' + QByteArray(i % 97 * 9, 'x') +
                      "\n"
                      "  dataSource: prom\n"
                      "  window: 30d\n"
                      "  objectives:\n"
                      "    - name: availability\n"
                      "      indicator: {ratio: {good: 'http_requests_total{code!~\"5..\"}', total: "
                      "http_requests_total}}\n"
                      "      target: 0.99" +
                      QByteArray::number(i % 10) + "\n";
    return text;
}

/// The report bytes of export `i`: 2 MB whose head and tail both name `i`.
QByteArray reportBytes(int i)
{
    const QByteArray mark = QByteArray::number(i).rightJustified(8, '0');
    QByteArray bytes = "%PDF-1.4 export " + mark + '\n';
    bytes += QByteArray(2 * 1024 * 1024, char('a' + i % 26));
    bytes += "\n%%EOF " + mark + '\n';
    return bytes;
}

void report(int i)
{
    const QByteArray line = QByteArray::number(i) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

int saveLoop(const QString &dir, int first)
{
    Ui::EditorSession session;
    QString error;
    if (!session.open(dir, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(dir), qPrintable(error));
        return 2;
    }
    const QString file = QDir(dir).filePath(QStringLiteral("workspace.yaml"));
    for (int i = first;; ++i) {
        session.changeText(file, slaText(i), QStringLiteral("save %1").arg(i));
        if (!session.save(file, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 3;
        }
        report(i);
    }
}

int exportLoop(const QString &path, int first)
{
    for (int i = first;; ++i) {
        QString error;
        if (!Core::Cli::writeOutputFile(path, reportBytes(i), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 3;
        }
        report(i);
    }
}

/// Runs the writer `mode` on `target` from write `first`, kills it with SIGKILL at a random
/// moment after its first report, and returns the last write it reported (-1: none).
int runAndKill(const QString &mode, const QString &target, int first, QString *error)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {mode, target, QString::number(first)});
    if (!child.waitForStarted(10000) || !child.waitForReadyRead(30000)) {
        *error = QString::fromLocal8Bit(child.readAllStandardError());
        return -1;
    }
    QThread::msleep(QRandomGenerator::global()->bounded(1, 60));
    child.kill();
    child.waitForFinished(10000);
    if (child.exitStatus() != QProcess::CrashExit)
        *error = QStringLiteral("the writer ended by itself: ") + QString::fromLocal8Bit(child.readAllStandardError());
    int last = -1;
    const QByteArray out = child.readAllStandardOutput();
    for (const QByteArray &line : out.left(out.lastIndexOf('\n')).split('\n'))
        last = std::max(last, line.toInt());
    return last;
}

} // namespace

class TestKillLoops : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedDuringSave_keepsAWholeDocument();
    void killedDuringExport_keepsAWholeReport();
};

void TestKillLoops::killedDuringSave_keepsAWholeDocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("workspace.yaml"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(slaText(0));
    }
    int next = 1;
    for (int round = 0; round < Kills; ++round) {
        QString error;
        const int last = runAndKill(QStringLiteral("--save"), dir.path(), next, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(last >= next, qPrintable(QStringLiteral("round %1 saved nothing").arg(round)));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        // The last reported save, or the next one if the kill came after its rename.
        const bool whole = text == slaText(last) || text == slaText(last + 1);
        QVERIFY2(whole, qPrintable(QStringLiteral("round %1: a torn file after save %2").arg(round).arg(last)));
        next = text == slaText(last) ? last + 1 : last + 2;

        // The next start: the workspace loads without an error, and the editor opens it.
        const Core::LoadResult loaded = Core::DocumentLoader::loadPaths({dir.path()});
        QVERIFY2(loaded.ok(), qPrintable(QStringLiteral("round %1").arg(round)));
        QCOMPARE(loaded.workspace.slas.size(), 1);
        Ui::EditorSession session;
        QVERIFY2(session.open(dir.path(), &error), qPrintable(error));
        QCOMPARE(session.text(file), text);
    }
    qInfo("%d kills during saves, up to save %d", Kills, next - 1);
}

void TestKillLoops::killedDuringExport_keepsAWholeReport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    int next = 0;
    for (int round = 0; round < Kills; ++round) {
        QString error;
        const int last = runAndKill(QStringLiteral("--export"), path, next, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(last >= next, qPrintable(QStringLiteral("round %1 exported nothing").arg(round)));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const bool whole = bytes == reportBytes(last) || bytes == reportBytes(last + 1);
        QVERIFY2(whole, qPrintable(QStringLiteral("round %1: a torn report after export %2 (%3 bytes)")
                                       .arg(round)
                                       .arg(last)
                                       .arg(bytes.size())));
        next = bytes == reportBytes(last) ? last + 1 : last + 2;
    }
    qInfo("%d kills during exports, up to export %d", Kills, next - 1);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && (std::strcmp(argv[1], "--save") == 0 || std::strcmp(argv[1], "--export") == 0)) {
        const QString target = QString::fromLocal8Bit(argv[2]);
        const int first = QByteArray(argv[3]).toInt();
        return std::strcmp(argv[1], "--save") == 0 ? saveLoop(target, first) : exportLoop(target, first);
    }
    TestKillLoops test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killloops.moc"
