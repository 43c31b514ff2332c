// SPDX-License-Identifier: Apache-2.0
// Basic auth end to end: a real Prometheus 2.42 behind its own --web.config.file (a bcrypt
// user made at test time by with-basic-auth-prometheus.sh), the password stored with
// `slactl credentials set` in a real gnome-keyring (headless-session.sh inside
// dbus-run-session), and `slactl evaluate`/`gate` on a workspace whose DataSource says
// `auth: basic`. Then: a wrong password, the SLADESK_SECRET_<SOURCE> override without any
// keychain, and a search of every file written during the run for the secret.

#include "tests/support/secretscan.h"
#include "tests/support/slactlrunner.h"
#include "tests/support/testutils.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using Sla::Core::TestUtils::objectiveOf;

namespace {
const QString TruthFile = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/demo-truth.json");
const QString SourceName = QStringLiteral("prom-basic");
const QString SecretVariable = QStringLiteral("SLADESK_SECRET_PROM_BASIC");
const QString End = QStringLiteral("2025-01-31T00:00:00Z");

using Run = Sla::TestSupport::SlactlResult<QByteArray>;

bool near(const QJsonValue &a, double b)
{
    return a.isDouble() && std::abs(a.toDouble() - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestEvaluateBasicAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void prometheusDemandsAuth();
    void noSecretStored();
    void wrongPasswordInKeychain();
    void passwordFromKeychain();
    void gateWithJunit();
    void environmentOverride_data();
    void environmentOverride();
    void noFileHoldsTheSecret();

private:
    enum class Keychain { Session, None };
    /// Runs slactl under strace (file syscalls only, so the log holds paths, never data),
    /// in m_out, and keeps its stdout/stderr there too, as a CI job log would.
    Run slactl(const QStringList &args, const QByteArray &input = {}, Keychain keychain = Keychain::Session,
               const QString &envSecret = {});
    QStringList evaluateArgs() const
    {
        return {QStringLiteral("evaluate"), m_workspace,           QStringLiteral("--at"), End,
                QStringLiteral("--format"), QStringLiteral("json")};
    }
    void checkFigures(const QByteArray &json);

    QString m_password;
    QString m_user;
    QTemporaryDir m_dir; ///< under the TMPDIR of with-basic-auth-prometheus.sh
    QString m_workspace;
    QString m_out;
    int m_runs = 0;
    QJsonObject m_truth;
    QDateTime m_started;
};

void TestEvaluateBasicAuth::initTestCase()
{
    m_started = QDateTime::currentDateTimeUtc();
    QVERIFY2(!qEnvironmentVariable("PROM_URL").isEmpty(), "run under with-basic-auth-prometheus.sh");
    QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(), "run under dbus-run-session");
    QVERIFY(QFile::exists(qEnvironmentVariable("SLACTL")));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty(), "strace is missing (./dev setup)");
    m_password = qEnvironmentVariable("SLA_BASIC_PASSWORD");
    m_user = qEnvironmentVariable("SLA_BASIC_USER");
    QVERIFY(m_password.size() >= 24 && !m_user.isEmpty());
    QVERIFY(m_dir.isValid());
    QFile truth(TruthFile);
    QVERIFY(truth.open(QIODevice::ReadOnly));
    m_truth = QJsonDocument::fromJson(truth.readAll()).object().value(QStringLiteral("fraud-detection-api")).toObject();

    m_workspace = m_dir.filePath(QStringLiteral("workspace"));
    m_out = m_dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(m_workspace) && QDir().mkpath(m_out));
    QFile ws(m_workspace + QStringLiteral("/sla.yaml"));
    QVERIFY(ws.open(QIODevice::WriteOnly));
    ws.write(QStringLiteral(R"(apiVersion: openslo/v1
kind: DataSource
metadata: {name: prom-basic}
spec:
  type: prometheus
  connectionDetails: {url: '%1', auth: basic, username: %2}
---
apiVersion: sladesk/v1
kind: SLA
metadata: {name: fraud-detection-api}
spec:
  service: fraud-detection
  tier: tier-1
  dataSource: prom-basic
  window: 30d
  objectives:
    - name: availability
      indicator:
        ratio:
          good: 'http_requests_total{service="fraud-detection",code!~"5.."}'
          total: 'http_requests_total{service="fraud-detection"}'
      target: 0.9995
    - name: latency
      indicator:
        latency: {histogram: 'http_request_duration_seconds{service="fraud-detection"}', threshold: 0.2}
      target: 0.95
)")
                 .arg(qEnvironmentVariable("PROM_URL"), m_user)
                 .toUtf8());
    ws.close();
    // The web config holds the bcrypt hash, not the password.
    QFile web(qEnvironmentVariable("SLA_WEB_CONFIG"));
    QVERIFY(web.open(QIODevice::ReadOnly));
    const QByteArray config = web.readAll();
    QVERIFY2(config.contains("basic_auth_users:") && config.contains("$2y$"), config.constData());
}

Run TestEvaluateBasicAuth::slactl(const QStringList &args, const QByteArray &input, Keychain keychain,
                                  const QString &envSecret)
{
    const QString tag = QStringLiteral("%1/run-%2").arg(m_out).arg(++m_runs, 2, 10, QLatin1Char('0'));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // slactl may learn the password only from the keychain or from SLADESK_SECRET_*.
    env.remove(QStringLiteral("SLA_BASIC_PASSWORD"));
    env.remove(SecretVariable);
    if (!envSecret.isNull())
        env.insert(SecretVariable, envSecret);
    if (keychain == Keychain::None)
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/sladesk-no-bus"));
    Sla::TestSupport::SlactlOptions options;
    options.env = env;
    options.workDir = m_out;
    options.input = input;
    options.stdoutFile = tag + QStringLiteral(".out");
    options.stderrFile = tag + QStringLiteral(".err");
    options.wrapper = Sla::TestSupport::straceWrapper(tag + QStringLiteral(".strace"));
    return Sla::TestSupport::runSlactlBytes(args, options);
}

void TestEvaluateBasicAuth::checkFigures(const QByteArray &json)
{
    const QJsonObject report = QJsonDocument::fromJson(json).object();
    for (const QString &name : {QStringLiteral("availability"), QStringLiteral("latency")}) {
        const QJsonObject got = objectiveOf(report, name);
        const QJsonObject want = m_truth.value(name).toObject();
        QVERIFY2(got.value(QStringLiteral("error")).isNull(),
                 qPrintable(got.value(QStringLiteral("error")).toString()));
        QVERIFY2(near(got.value(QStringLiteral("sli")), want.value(QStringLiteral("sli")).toDouble()),
                 qPrintable(name));
        QCOMPARE(got.value(QStringLiteral("status")).toString(), want.value(QStringLiteral("status")).toString());
        const QJsonObject gb = got.value(QStringLiteral("errorBudget")).toObject();
        const QJsonObject wb = want.value(QStringLiteral("errorBudget")).toObject();
        QVERIFY(near(gb.value(QStringLiteral("consumed")), wb.value(QStringLiteral("consumed")).toDouble()));
        QVERIFY(near(gb.value(QStringLiteral("remaining")), wb.value(QStringLiteral("remaining")).toDouble()));
        const QJsonObject burn = want.value(QStringLiteral("burnRates")).toObject();
        const QJsonObject gotBurn = got.value(QStringLiteral("burnRates")).toObject();
        QCOMPARE(gotBurn.size(), 7);
        for (auto it = burn.begin(); it != burn.end(); ++it)
            QVERIFY2(near(gotBurn.value(it.key()), it.value().toDouble()), qPrintable(name + u' ' + it.key()));
    }
}

void TestEvaluateBasicAuth::prometheusDemandsAuth()
{
    // --prometheus URL queries without credentials: Prometheus must refuse.
    const Run r = slactl({QStringLiteral("evaluate"), m_workspace, QStringLiteral("--at"), End,
                          QStringLiteral("--prometheus"), qEnvironmentVariable("PROM_URL")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("rejected the credentials (HTTP 401)")), qPrintable(r.err));
}

void TestEvaluateBasicAuth::noSecretStored()
{
    const Run r = slactl(evaluateArgs());
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("'prom-basic'")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("slactl credentials set prom-basic")), qPrintable(r.err));
    QVERIFY2(r.err.contains(SecretVariable), qPrintable(r.err));
}

void TestEvaluateBasicAuth::wrongPasswordInKeychain()
{
    const QString wrong = QStringLiteral("wrong-") + m_password.left(12);
    Run r = slactl(
        {QStringLiteral("credentials"), QStringLiteral("set"), SourceName, QStringLiteral("--workspace"), m_workspace},
        wrong.toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = slactl(evaluateArgs());
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("data source 'prom-basic' rejected the credentials (HTTP 401)")),
             qPrintable(r.err));
    QVERIFY(!r.err.contains(wrong) && !r.err.contains(m_password));
    QVERIFY(!r.out.contains(wrong.toUtf8()) && !r.out.contains(m_password.toUtf8()));
    // The JSON report carries the error per objective, without figures.
    const QJsonObject o = objectiveOf(QJsonDocument::fromJson(r.out).object(), QStringLiteral("availability"));
    QVERIFY(o.value(QStringLiteral("sli")).isNull());
    QVERIFY(o.value(QStringLiteral("error")).toString().contains(QStringLiteral("HTTP 401")));
}

void TestEvaluateBasicAuth::passwordFromKeychain()
{
    Run r = slactl(
        {QStringLiteral("credentials"), QStringLiteral("set"), SourceName, QStringLiteral("--workspace"), m_workspace},
        m_password.toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("stored the secret of data source 'prom-basic'"));
    r = slactl(evaluateArgs());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    checkFigures(r.out);
    // The table format as well (a CI log would show this).
    r = slactl({QStringLiteral("evaluate"), m_workspace, QStringLiteral("--at"), End});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("fraud-detection-api") && r.out.contains("99.9566%"), r.out.constData());
}

void TestEvaluateBasicAuth::gateWithJunit()
{
    const QString junit = m_out + QStringLiteral("/gate.xml");
    const Run r =
        slactl({QStringLiteral("gate"), m_workspace, QStringLiteral("--at"), End, QStringLiteral("--junit"), junit});
    // availability is at risk and latency met: nothing breached, the gate passes.
    QVERIFY2(r.code == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
    QVERIFY2(r.out.contains("gate: passed, 2 objective(s) checked"), r.out.constData());
    QFile xml(junit);
    QVERIFY(xml.open(QIODevice::ReadOnly));
    const QByteArray text = xml.readAll();
    QVERIFY2(text.contains("<testcase classname=\"fraud-detection-api\" name=\"availability\""), text.constData());
    QVERIFY(text.contains("failures=\"0\"") && text.contains("errors=\"0\""));
}

void TestEvaluateBasicAuth::environmentOverride_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::addColumn<QString>("secret"); // null: the variable is unset; "right"/"wrong"
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addRow("no keychain, right secret in the environment") << false << QStringLiteral("right") << 0 << QString();
    QTest::addRow("no keychain, wrong secret in the environment")
        << false << QStringLiteral("wrong") << 3
        << QStringLiteral("data source 'prom-basic' rejected the credentials (HTTP 401)");
    QTest::addRow("no keychain, no environment")
        << false << QString() << 3 << QStringLiteral("no keychain (Secret Service) is reachable");
    // The keychain holds the right password now; the environment wins over it.
    QTest::addRow("keychain right, environment wrong")
        << true << QStringLiteral("wrong") << 3 << QStringLiteral("rejected the credentials (HTTP 401)");
}

void TestEvaluateBasicAuth::environmentOverride()
{
    QFETCH(bool, keychain);
    QFETCH(QString, secret);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString wrong = QStringLiteral("env-wrong-") + m_password.right(10);
    const QString value = secret.isNull() ? QString() : (secret == QLatin1String("right") ? m_password : wrong);
    const Run r = slactl(evaluateArgs(), {}, keychain ? Keychain::Session : Keychain::None, value);
    QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
    if (code == 0) {
        checkFigures(r.out);
    } else {
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (!keychain && secret.isNull())
            QVERIFY2(r.err.contains(SecretVariable), qPrintable(r.err)); // says what to do instead
        QVERIFY2(r.err.contains(QStringLiteral("'prom-basic'")), qPrintable(r.err));
    }
    QVERIFY(!r.err.contains(m_password) && !r.err.contains(wrong));
}

void TestEvaluateBasicAuth::noFileHoldsTheSecret()
{
    // Every form the secret could take in a file: as typed, as UTF-16 (a QString dumped
    // raw), and the base64 of the Authorization header and of the password alone.
    const QList<QByteArray> needles = Sla::TestSupport::secretForms(m_password, m_user);
    QVERIFY(Sla::TestSupport::holdsAny(QByteArray("x") + m_password.toUtf8() + "y", needles)); // it can find it

    // 1. Every file the slactl runs opened for writing, created or renamed into place
    //    (strace saw them, wherever they are: QSaveFile temporaries, settings, caches).
    QSet<QString> files;
    const QStringList straces = QDir(m_out).entryList({QStringLiteral("*.strace")}, QDir::Files);
    QCOMPARE(straces.size(), m_runs);
    for (const QString &name : straces)
        files += Sla::TestSupport::filesWritten(m_out + u'/' + name, m_out);
    const qsizetype written = files.size();
    QVERIFY2(written > 0, "strace saw no file written (the junit report at least)");

    // 2. Everything in the scratch session (HOME, XDG dirs: QSettings, caches, logs, the
    //    keyring), in this run's TMPDIR (the workspace, the outputs, Prometheus' data dir
    //    and log) and the web config, whoever wrote it.
    QStringList roots{QDir::homePath(), QDir::tempPath()};
    for (const char *var :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        if (!qEnvironmentVariable(var).isEmpty())
            roots << qEnvironmentVariable(var);
    }
    files += Sla::TestSupport::filesUnder(roots);
    files.insert(qEnvironmentVariable("SLA_WEB_CONFIG"));

    // The search covers what matters: slactl's outputs, Prometheus' log, and the keyring.
    //
    // gnome-keyring's own file (~/.local/share/keyrings/login.keyring) holds the secret,
    // but encrypted: the "GnomeKeyring" file format keeps item secrets (and attributes) in
    // a block encrypted with AES-128-CBC under a key derived from the keyring's unlock
    // password (KEYRING_PW in headless-session.sh). It is searched like every other file
    // and must not hold the secret in any of the plain forms above.
    QStringList keyrings;
    for (const QString &f : std::as_const(files)) {
        if (f.contains(QStringLiteral("/keyrings/")) && f.endsWith(QStringLiteral(".keyring")))
            keyrings << f;
    }
    QVERIFY2(!keyrings.isEmpty(), "gnome-keyring wrote no keyring file");
    bool keyringChanged = false;
    for (const QString &k : std::as_const(keyrings))
        keyringChanged = keyringChanged || QFileInfo(k).lastModified() >= m_started.addSecs(-1);
    QVERIFY2(keyringChanged, "the keyring file was not written during the run");
    const QString junit = QFileInfo(m_out + QStringLiteral("/gate.xml")).absoluteFilePath();
    QVERIFY(files.contains(junit));
    QVERIFY(std::any_of(files.cbegin(), files.cend(),
                        [](const QString &f) { return f.endsWith(QStringLiteral("/prometheus.log")); }));
    QVERIFY(std::any_of(files.cbegin(), files.cend(),
                        [](const QString &f) { return f.endsWith(QStringLiteral("run-06.out")); }));

    int searched = 0;
    const QStringList leaks = Sla::TestSupport::filesHolding(files, needles, &searched);
    qInfo("searched %d files (%lld written by slactl according to strace), %lld keyring file(s)", searched,
          qint64(written), qint64(keyrings.size()));
    QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("the secret is in: ") + leaks.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestEvaluateBasicAuth)
#include "tst_evaluate_basicauth.moc"
