// SPDX-License-Identifier: Apache-2.0
// The secret canary (issue 14): a whole session with unique secrets — the basic-auth
// password of a real Prometheus (with-basic-auth-prometheus.sh), Datadog API and
// application keys that the Datadog stub demands, an AWS secret access key that the
// CloudWatch stub checks signatures with, and wrong variants of each — stored in a
// real gnome-keyring (headless-session.sh), used by slactl credentials/evaluate/gate/
// convert (also --verbose, also failing with wrong secrets from the environment) and by
// sladesk on the same workspace. Meanwhile a watch reads the command line of every process
// (/proc/*/cmdline); afterwards every file the session wrote is searched: those strace saw
// each run write, and everything under HOME, the XDG folders, TMPDIR (workspace, outputs,
// Prometheus' data and log). No secret may appear in any form (plain, UTF-16, base64, the
// basic-auth header).

#include "cloudwatchstubprocess.h"
#include "datadogstubprocess.h"
#include "tests/support/secretscan.h"
#include "tests/support/slactlrunner.h"
#include "tests/support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <memory>

namespace {
const QString PromEnd = QStringLiteral("2025-01-31T00:00:00Z");
const QString DatadogAt = QStringLiteral("2023-11-15T00:00:00Z"); // T of tests/data/datadog/evaluate.om
const QString CloudWatchAt = DatadogAt;                           // T of tests/data/cloudwatch/generate.py

using Run = Sla::TestSupport::SlactlResult<QByteArray>;

QString canary(const char *what)
{
    return QStringLiteral("canary-%1-%2").arg(QLatin1String(what), QUuid::createUuid().toString(QUuid::Id128));
}

double sliOf(const QByteArray &json, const QString &sla)
{
    for (const QJsonValue &s : QJsonDocument::fromJson(json).object().value(QStringLiteral("slas")).toArray()) {
        if (s.toObject().value(QStringLiteral("name")).toString() == sla)
            return s.toObject()
                .value(QStringLiteral("objectives"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("sli"))
                .toDouble(-1);
    }
    return -1;
}
} // namespace

class TestSecretCanary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void session();
    void noCommandLineHoldsASecret();
    void noFileHoldsASecret();

private:
    /// Runs slactl (or `program` instead) under strace in m_out, stdout and stderr kept there.
    Run run(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &extraEnv = {},
            const QString &program = {});

    QString m_password; ///< Prometheus basic auth (made by with-basic-auth-prometheus.sh)
    QString m_user;
    QString m_apiKey; ///< Datadog keys the stub demands
    QString m_appKey;
    QString m_awsKeyId; ///< the CloudWatch stub's key (an id, not a secret) and secret
    QString m_awsSecret;
    QStringList m_wrong; ///< wrong secrets handed over through the environment
    QString m_selfTest;  ///< planted on one command line: the watch must find it
    std::unique_ptr<Sla::TestSupport::CommandLineWatch> m_watch;
    DatadogStubProcess m_stub;
    CloudWatchStubProcess m_cloudWatch;
    std::unique_ptr<Sla::TestSupport::TempWorkspace> m_workspace;
    QString m_out;
    int m_runs = 0;
};

void TestSecretCanary::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("PROM_URL").isEmpty(), "run under with-basic-auth-prometheus.sh");
    QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(), "run under dbus-run-session");
    QVERIFY(QFile::exists(qEnvironmentVariable("SLACTL")));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty(), "strace is missing (./dev setup)");
    m_password = qEnvironmentVariable("SLA_BASIC_PASSWORD");
    m_user = qEnvironmentVariable("SLA_BASIC_USER");
    QVERIFY(m_password.size() >= 24 && !m_user.isEmpty());
    m_apiKey = canary("ddapi");
    m_appKey = canary("ddapp");
    m_awsKeyId = QStringLiteral("AKIACANARY0000000001");
    m_awsSecret = canary("awssecret");
    m_wrong = {canary("wrong-prom"), canary("wrong-ddapi"), canary("wrong-ddapp"), canary("wrong-aws")};
    m_selfTest = canary("selftest");

    QList<QByteArray> needles = Sla::TestSupport::secretForms(m_password, m_user);
    for (const QString &s : QStringList{m_apiKey, m_appKey, m_awsSecret, m_selfTest} + m_wrong)
        needles += Sla::TestSupport::secretForms(s);
    m_watch = std::make_unique<Sla::TestSupport::CommandLineWatch>(needles);

    // The stub learns its keys from the environment, never from its command line.
    qputenv("DD_STUB_API_KEY", m_apiKey.toUtf8());
    qputenv("DD_STUB_APP_KEY", m_appKey.toUtf8());
    const bool started =
        m_stub.start({QStringLiteral("--metrics"), QStringLiteral(SLA_TEST_DATA_DIR "/datadog/evaluate.om")});
    qunsetenv("DD_STUB_API_KEY");
    qunsetenv("DD_STUB_APP_KEY");
    QVERIFY(started);
    const QString recording = QDir::tempPath() + QStringLiteral("/cloudwatch.om");
    QCOMPARE(QProcess::execute(QStringLiteral("/usr/bin/python3"),
                               {QStringLiteral(SLA_TEST_DATA_DIR "/cloudwatch/generate.py"), recording}),
             0);
    QProcessEnvironment stubEnv = QProcessEnvironment::systemEnvironment();
    stubEnv.insert(QStringLiteral("CW_STUB_ACCESS_KEY"), m_awsKeyId);
    stubEnv.insert(QStringLiteral("CW_STUB_SECRET_KEY"), m_awsSecret);
    QVERIFY(m_cloudWatch.start(recording, {}, stubEnv));

    m_workspace = std::make_unique<Sla::TestSupport::TempWorkspace>(QDir::tempPath()); // the scratch TMPDIR
    m_out = QDir::tempPath() + QStringLiteral("/out");
    QVERIFY(QDir().mkpath(m_out));
    QVERIFY(m_workspace->write(QStringLiteral("sla.yaml"), QStringLiteral(R"(apiVersion: openslo/v1
kind: DataSource
metadata: {name: prom-basic}
spec:
  type: prometheus
  connectionDetails: {url: '%1', auth: basic, username: %2}
---
apiVersion: openslo/v1
kind: DataSource
metadata: {name: dd-canary}
spec:
  type: datadog
  connectionDetails: {url: 'http://127.0.0.1:%3'}
---
apiVersion: openslo/v1
kind: DataSource
metadata: {name: cw-canary}
spec:
  type: cloudwatch
  connectionDetails: {region: eu-west-1, endpoint: '%4'}
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
---
apiVersion: sladesk/v1
kind: SLA
metadata: {name: checkout}
spec:
  service: checkout
  tier: tier-3
  dataSource: dd-canary
  window: 7d
  objectives:
    - name: availability
      indicator:
        ratio:
          bad: 'app.requests{service:checkout,code:500}'
          total: 'app.requests{service:checkout}'
      target: 0.99
---
apiVersion: sladesk/v1
kind: SLA
metadata: {name: fraud-model}
spec:
  service: fraud-model
  tier: tier-3
  dataSource: cw-canary
  window: 7d
  objectives:
    - name: availability
      indicator:
        ratio:
          bad: '{namespace: AWS/SageMaker, metric: Invocation5XXErrors, dimensions: {EndpointName: fraud-model, VariantName: AllTraffic}}'
          total: '{namespace: AWS/SageMaker, metric: Invocations, dimensions: {EndpointName: fraud-model, VariantName: AllTraffic}}'
      target: 0.99
)")
                                                               .arg(qEnvironmentVariable("PROM_URL"), m_user)
                                                               .arg(m_stub.port())
                                                               .arg(m_cloudWatch.endpoint())
                                                               .toUtf8()));
}

Run TestSecretCanary::run(const QStringList &args, const QByteArray &input, const QProcessEnvironment &extraEnv,
                          const QString &program)
{
    const QString tag = QStringLiteral("%1/run-%2").arg(m_out).arg(++m_runs, 2, 10, QLatin1Char('0'));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // slactl learns secrets only from the keychain, or from what a step hands over here.
    env.remove(QStringLiteral("SLA_BASIC_PASSWORD"));
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    Sla::TestSupport::SlactlOptions options;
    options.env = env;
    options.workDir = m_out;
    options.input = input;
    options.timeoutMs = 120000;
    options.stdoutFile = tag + QStringLiteral(".out");
    options.stderrFile = tag + QStringLiteral(".err");
    options.wrapper = Sla::TestSupport::straceWrapper(tag + QStringLiteral(".strace"));
    options.program = program;
    return Sla::TestSupport::runSlactlBytes(args, options);
}

void TestSecretCanary::session()
{
    const QString ws = m_workspace->path();
    const QStringList set{QStringLiteral("credentials"), QStringLiteral("set")};
    Run r = run(set + QStringList{QStringLiteral("prom-basic"), QStringLiteral("--workspace"), ws},
                m_password.toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run(set + QStringList{QStringLiteral("dd-canary"), QStringLiteral("--workspace"), ws},
            (m_apiKey + u'\n' + m_appKey + u'\n').toUtf8());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run(set + QStringList{QStringLiteral("cw-canary"), QStringLiteral("--workspace"), ws},
            (m_awsKeyId + u'\n' + m_awsSecret + u'\n').toUtf8());
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // Both sources answer with the stored secrets (a wrong one gives 401 / 403 and no SLI).
    const QStringList evaluate{QStringLiteral("evaluate"), ws, QStringLiteral("--format"), QStringLiteral("json")};
    r = run(evaluate +
            QStringList{QStringLiteral("--source"), QStringLiteral("prom-basic"), QStringLiteral("--at"), PromEnd});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(std::abs(sliOf(r.out, QStringLiteral("fraud-detection-api")) - 0.9995662541767242) < 1e-9);
    r = run(evaluate +
            QStringList{QStringLiteral("--source"), QStringLiteral("dd-canary"), QStringLiteral("--at"), DatadogAt});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(std::abs(sliOf(r.out, QStringLiteral("checkout")) - (1 - 287.0 / 173287.0)) < 1e-12);
    // CloudWatch from the keychain (no AWS_* variable is set): 2,484 errors of 2,076,480
    // invocations over the 7 days (generate.py).
    r = run(evaluate +
            QStringList{QStringLiteral("--source"), QStringLiteral("cw-canary"), QStringLiteral("--at"), CloudWatchAt});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(std::abs(sliOf(r.out, QStringLiteral("fraud-model")) - (1 - 2484.0 / 2076480.0)) < 1e-12);

    // Debug logging of every category, the table, the gate with its report, an export.
    r = run({QStringLiteral("--verbose"), QStringLiteral("evaluate"), ws, QStringLiteral("--at"), PromEnd});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("sladesk.")), "no debug output"); // the categories spoke
    r = run({QStringLiteral("gate"), ws, QStringLiteral("--at"), PromEnd, QStringLiteral("--junit"),
             m_out + QStringLiteral("/gate.xml")});
    QVERIFY2(r.code == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
    r = run({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("openslo"), ws, QStringLiteral("-o"),
             m_out + QStringLiteral("/export.yaml")});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // Wrong secrets from the environment: refused, named by source, never echoed.
    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("SLADESK_SECRET_PROM_BASIC"), m_wrong.at(0));
    wrong.insert(QStringLiteral("SLADESK_SECRET_DD_CANARY"), m_wrong.at(1) + u'\n' + m_wrong.at(2));
    wrong.insert(QStringLiteral("SLADESK_SECRET_CW_CANARY"), m_awsKeyId + u'\n' + m_wrong.at(3));
    r = run(evaluate + QStringList{QStringLiteral("--at"), PromEnd}, {}, wrong);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("'prom-basic'")) && r.err.contains(QStringLiteral("\"dd-canary\"")) &&
                 r.err.contains(QStringLiteral("'cw-canary'")),
             qPrintable(r.err));

    // The dashboard on the same workspace: settings, its own evaluation with the keychain.
    const QString sladesk = qEnvironmentVariable("SLADESK");
    if (QFile::exists(sladesk)) {
        r = run({QStringLiteral("--self-test-dump"), ws}, {}, {}, sladesk);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("fraud-detection-api"), r.out.constData());
    }
    r = run({QStringLiteral("credentials"), QStringLiteral("delete"), QStringLiteral("dd-canary"),
             QStringLiteral("--workspace"), ws});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // The watch finds a secret on a command line: planted here, on a harmless process.
    QProcess planted;
    planted.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("sleep 0.3"), m_selfTest});
    QVERIFY(planted.waitForFinished(10000));
}

void TestSecretCanary::noCommandLineHoldsASecret()
{
    m_watch->stop();
    QStringList hits = m_watch->hits();
    qInfo("%d passes over /proc; %d slactl command lines seen", m_watch->passes(), m_watch->seen("slactl"));
    QVERIFY(m_watch->seen("slactl") >= 3); // it saw the runs
    QVERIFY2(hits.removeIf([this](const QString &h) { return h.contains(m_selfTest); }) == 1,
             "the watch missed the planted command line");
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("a secret on a command line: ") + hits.join(u'\n')));
}

void TestSecretCanary::noFileHoldsASecret()
{
    QList<QByteArray> needles = Sla::TestSupport::secretForms(m_password, m_user);
    for (const QString &s : QStringList{m_apiKey, m_appKey} + m_wrong)
        needles += Sla::TestSupport::secretForms(s);
    {
        // The search finds a secret in a file, here the base64 of a key (then removed).
        const QString planted = m_out + QStringLiteral("/planted.bin");
        QVERIFY(Sla::TestSupport::writeFile(planted, "x" + m_appKey.toUtf8().toBase64() + "y"));
        QCOMPARE(Sla::TestSupport::filesHolding({planted}, needles), QStringList{planted});
        QVERIFY(QFile::remove(planted));
    }
    QSet<QString> files;
    for (const QString &name : QDir(m_out).entryList({QStringLiteral("*.strace")}, QDir::Files))
        files += Sla::TestSupport::filesWritten(m_out + u'/' + name, m_out);
    const qsizetype written = files.size();
    QStringList roots{QDir::homePath(), QDir::tempPath()};
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"})
        roots << qEnvironmentVariable(var);
    roots.removeAll(QString());
    files += Sla::TestSupport::filesUnder(roots);
    // What the session must have written, so the search is not empty by mistake.
    for (const QString &must : QStringList{m_out + QStringLiteral("/gate.xml"), m_out + QStringLiteral("/export.yaml"),
                                           m_out + QStringLiteral("/run-05.err")})
        QVERIFY2(files.contains(must), qPrintable(must));
    QVERIFY(std::any_of(files.cbegin(), files.cend(), [](const QString &f) {
        return f.contains(QStringLiteral("/keyrings/")) && f.endsWith(QStringLiteral(".keyring"));
    }));
    QVERIFY(std::any_of(files.cbegin(), files.cend(),
                        [](const QString &f) { return f.endsWith(QStringLiteral("/prometheus.log")); }));
    int searched = 0;
    const QStringList leaks = Sla::TestSupport::filesHolding(files, needles, &searched);
    qInfo("searched %d files (%lld written according to strace)", searched, qint64(written));
    QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("a secret is in: ") + leaks.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestSecretCanary)
#include "tst_secret_canary.moc"
