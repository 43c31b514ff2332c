// SPDX-License-Identifier: Apache-2.0
// `slactl evaluate` and `slactl gate` against a Prometheus stand-in that misbehaves
// (faulty_prometheus.py): a closed port, a server that never answers, HTTP 500, a body
// that is not JSON, broken JSON, JSON cut short (with and without a matching
// Content-Length), bodies beyond the client's size limit (announced, streamed, or a gzip
// bomb), a redirect loop, a redirect to another origin and terminal control sequences in
// an error text.
// Every case must end with exit code 3 and a message that names the data source and the
// fault: never a crash, never a hang. A well-behaved stub is the control.

#include "tests/support/slactlrunner.h"
#include "tests/support/tempworkspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Stub = QStringLiteral(SLA_SOURCE_DIR "/tests/integration/faulty_prometheus.py");
const QString Source = QStringLiteral("faulty-prom");
/// The client's transfer timeout for these runs (SLADESK_HTTP_TIMEOUT, seconds).
constexpr int TimeoutSeconds = 2;
/// The whole-request deadline for these runs (SLADESK_HTTP_DEADLINE, seconds).
constexpr int DeadlineSeconds = 4;

using Run = Sla::TestSupport::SlactlResult<QByteArray>;

Run slactl(const QStringList &args)
{
    Sla::TestSupport::SlactlOptions options;
    options.env.insert(QStringLiteral("SLADESK_HTTP_TIMEOUT"), QString::number(TimeoutSeconds));
    options.env.insert(QStringLiteral("SLADESK_HTTP_DEADLINE"), QString::number(DeadlineSeconds));
    options.timeoutMs = 45000;
    return Sla::TestSupport::runSlactlBytes(args, options);
}

/// A port on 127.0.0.1 that nobody listens on (bound once, then released).
quint16 closedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

QByteArray workspaceYaml(quint16 port)
{
    return QStringLiteral(R"(apiVersion: openslo/v1
kind: DataSource
metadata: {name: faulty-prom}
spec:
  type: prometheus
  connectionDetails: {url: 'http://127.0.0.1:%1'}
---
apiVersion: sladesk/v1
kind: SLA
metadata: {name: checkout}
spec:
  service: checkout
  tier: tier-3
  dataSource: faulty-prom
  window: 30d
  objectives:
    - name: availability
      indicator:
        ratio:
          good: 'http_requests_total{service="checkout",code!~"5.."}'
          total: 'http_requests_total{service="checkout"}'
      target: 0.99
)")
        .arg(port)
        .toUtf8();
}

QJsonObject firstObjective(const QByteArray &json)
{
    return QJsonDocument::fromJson(json)
        .object()
        .value(QStringLiteral("slas"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("objectives"))
        .toArray()
        .at(0)
        .toObject();
}
} // namespace

class TestEvaluateFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wellBehavedStub();
    void faults_data();
    void faults();

private:
    /// Starts the stub in `mode`; returns its port (0 on failure).
    quint16 startStub(QProcess &stub, const QString &mode);
    QString writeWorkspace(const Sla::TestSupport::TempWorkspace &dir, quint16 port);
};

void TestEvaluateFaults::initTestCase()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("SLACTL")));
    QVERIFY(QFile::exists(Stub));
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty());
}

quint16 TestEvaluateFaults::startStub(QProcess &stub, const QString &mode)
{
    stub.setProcessChannelMode(QProcess::SeparateChannels);
    stub.setStandardErrorFile(QProcess::nullDevice());
    // The stub stops by itself after --lifetime; a slow answer comes long after the timeout.
    stub.start(QStringLiteral("python3"), {Stub, mode, QStringLiteral("--delay"), QStringLiteral("30"),
                                           QStringLiteral("--lifetime"), QStringLiteral("90")});
    if (!stub.waitForStarted(5000))
        return 0;
    QElapsedTimer clock;
    clock.start();
    while (!stub.canReadLine() && clock.elapsed() < 10000)
        stub.waitForReadyRead(200);
    return quint16(stub.readLine().trimmed().toUInt());
}

QString TestEvaluateFaults::writeWorkspace(const Sla::TestSupport::TempWorkspace &dir, quint16 port)
{
    return dir.write(QStringLiteral("workspace.yaml"), workspaceYaml(port)) ? dir.path() : QString();
}

void TestEvaluateFaults::wellBehavedStub()
{
    // The control: the same workspace against a stub that answers properly gives figures.
    QProcess stub;
    const quint16 port = startStub(stub, QStringLiteral("ok"));
    QVERIFY(port > 0);
    Sla::TestSupport::TempWorkspace dir;
    const QString ws = writeWorkspace(dir, port);
    QVERIFY(!ws.isEmpty());
    const Run r = slactl({QStringLiteral("evaluate"), ws, QStringLiteral("--at"),
                          QStringLiteral("2025-01-31T00:00:00Z"), QStringLiteral("--format"), QStringLiteral("json")});
    stub.kill();
    stub.waitForFinished();
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = firstObjective(r.out);
    // The stub answers 999 good of 1000 for every window.
    QCOMPARE(o.value(QStringLiteral("sli")).toDouble(), 0.999);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("met"));
    QCOMPARE(o.value(QStringLiteral("burnRates")).toObject().value(QStringLiteral("1h")).toDouble(), 0.1);
}

void TestEvaluateFaults::faults_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    const QString timeout = QStringLiteral("sent nothing for %1.0 s").arg(TimeoutSeconds);
    const struct
    {
        const char *mode;
        QString expected;
    } cases[] = {
        {"refused", QStringLiteral("cannot reach data source 'faulty-prom'")},
        {"slow", timeout},
        {"trickle", QStringLiteral("did not finish its answer within %1.0 s").arg(DeadlineSeconds)},
        {"status500", QStringLiteral("query processing would load too many samples into memory")},
        {"malformed", QStringLiteral("invalid JSON")},
        {"badjson", QStringLiteral("invalid JSON")},
        {"truncated", QStringLiteral("invalid JSON")},
        {"cut", QStringLiteral("invalid JSON")},
        {"huge", QStringLiteral("exceeds the limit")},
        {"hugestream", QStringLiteral("exceeds the limit")},
        // Each names its real cause (they all used to say "the response is empty").
        {"gzipbomb", QStringLiteral("exceeds the limit of 268.4 MB once decompressed")},
        {"redirectloop", QStringLiteral("redirects in a loop")},
        {"crossredirect", QStringLiteral("redirected to another origin")},
        // Terminal control sequences from the server arrive escaped, never raw.
        {"ansi", QStringLiteral("\\x1b]0;pwned\\x07\\x1b[2Jbad header")},
    };
    for (const auto &c : cases) {
        for (const char *command : {"evaluate", "gate"})
            QTest::addRow("%s %s", command, c.mode)
                << QString::fromLatin1(c.mode) << QString::fromLatin1(command) << c.expected;
    }
}

void TestEvaluateFaults::faults()
{
    QFETCH(QString, mode);
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QProcess stub;
    quint16 port = 0;
    if (mode == QLatin1String("refused"))
        port = closedPort();
    else
        port = startStub(stub, mode);
    QVERIFY(port > 0);
    Sla::TestSupport::TempWorkspace dir;
    const QString ws = writeWorkspace(dir, port);
    QVERIFY(!ws.isEmpty());
    QStringList args{command, ws, QStringLiteral("--at"), QStringLiteral("2025-01-31T00:00:00Z")};
    const QString junit = dir.filePath(QStringLiteral("gate.xml"));
    if (command == QLatin1String("evaluate"))
        args << QStringLiteral("--format") << QStringLiteral("json");
    else
        args << QStringLiteral("--junit") << junit;
    const Run r = slactl(args);
    if (stub.state() != QProcess::NotRunning) {
        stub.kill();
        stub.waitForFinished();
    }

    QVERIFY2(!r.crashed, qPrintable(r.err));
    QVERIFY2(r.code == 3, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
    QVERIFY2(r.err.contains(QStringLiteral("'faulty-prom'")), qPrintable(r.err));
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QChar(0x1b)) && !r.out.contains('\x1b'), qPrintable(r.err));
    // Within a bounded time: the 2 s timeout, or 3 retries (0.5 + 1 + 2 s) of a refused connection.
    QVERIFY2(r.ms < 20000, qPrintable(QString::number(r.ms)));
    if (mode == QLatin1String("slow")) // it waited for the timeout (a coarse QTimer may fire 5 % early)
        QVERIFY2(r.ms >= TimeoutSeconds * 900, qPrintable(QString::number(r.ms)));

    if (command == QLatin1String("evaluate")) {
        // The JSON report still comes, with the objective's error and no figures.
        const QJsonObject o = firstObjective(r.out);
        QVERIFY2(!o.isEmpty(), r.out.constData());
        QVERIFY(o.value(QStringLiteral("sli")).isNull());
        QVERIFY(o.value(QStringLiteral("errorBudget")).toObject().value(QStringLiteral("remaining")).isNull());
        QVERIFY2(o.value(QStringLiteral("error")).toString().contains(expected),
                 qPrintable(o.value(QStringLiteral("error")).toString()));
    } else {
        // The gate says ERROR (not PASS) and its JUnit file records the objective as an error.
        QVERIFY2(r.out.contains("gate: ERROR"), r.out.constData());
        QFile xml(junit);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QByteArray text = xml.readAll();
        QVERIFY2(text.contains("errors=\"1\"") && text.contains("<error"), text.constData());
    }
}

QTEST_GUILESS_MAIN(TestEvaluateFaults)
#include "tst_evaluate_faults.moc"
