// SPDX-License-Identifier: Apache-2.0
// CloudWatch objectives evaluated against cloudwatch_stub.py serving generate.py's
// recording, compared with the recorded copy of the same series (recorded.yaml over the
// same file): ratio, classification, threshold (avg, max) and ratio timeslices agree to
// 1e-9 (windows on the 5-minute grid); percentile latency (ModelLatency p95 in
// microseconds, hourly slices) matches the hand count. In process and through
// `slactl evaluate --format json`; the credentials chain (AWS_* environment, the
// SLADESK_SECRET_<SOURCE> override of the keychain, the shared credentials file's
// profile), throttling waited out, a wrong secret exiting 3 without showing it, drift and
// raw queries as objective errors, and a session searched for its secrets (secretscan.h).

#include "cloudwatchstubprocess.h"
#include "core/evaluation/evaluator.h"
#include "core/exchange/loader.h"
#include "core/secrets/credentialstore.h"
#include "tests/support/secretscan.h"
#include "tests/support/slactlrunner.h"
#include "tests/support/tempworkspace.h"
#include "tests/support/testutils.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Sla::Core;

using Sla::Core::TestUtils::objectiveOf;

namespace {
const QString At = QStringLiteral("2023-11-15T00:00:00Z"); // T of generate.py
const QString Source = QStringLiteral("cw-stub");
const QString Key = QStringLiteral("AKIAEXAMPLECANARY01");
const QString Secret = QStringLiteral("cw-canary-secret-5f1e9b2c7d4a6e8f0a1b3c5d");
const QStringList Compared = {QStringLiteral("availability"), QStringLiteral("precision"), QStringLiteral("cpu"),
                              QStringLiteral("cpu-peak"), QStringLiteral("hourly-availability")};

template <typename T> T await(QFuture<T> f)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, 120000))
        qFatal("future did not finish");
    return f.result();
}

bool near(const std::optional<double> &a, const std::optional<double> &b)
{
    if (!a || !b)
        return !a && !b;
    return std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*b));
}

QString show(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("null");
}

QByteArray fixture(const QString &name, const QByteArray &placeholder, const QString &value)
{
    QFile in(QStringLiteral(SLA_TEST_DATA_DIR "/cloudwatch/") + name);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read a workspace template");
    return in.readAll().replace(placeholder, value.toUtf8());
}

Workspace load(const QByteArray &yaml)
{
    const LoadResult r = DocumentLoader::loadData(yaml, QStringLiteral("workspace.yaml"));
    if (!r.ok())
        qFatal("the workspace does not load");
    return r.workspace;
}

EvaluationReport evaluate(const Workspace &ws)
{
    Evaluator e;
    EvaluatorOptions o;
    o.useKeychain = false;
    e.setWorkspace(ws, o);
    return await(e.evaluate(QDateTime::fromString(At, Qt::ISODate)));
}

/// This process's environment without any AWS or SLA Desk credential.
void clearCredentials()
{
    for (const char *name : {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
                             "AWS_SHARED_CREDENTIALS_FILE", "SLADESK_SECRET_CW_STUB"})
        qunsetenv(name);
}

} // namespace

class TestEvaluateCloudWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameFiguresAsTheRecordedCopy_data();
    void sameFiguresAsTheRecordedCopy();
    void percentileLatencyMatchesTheHandCount();
    void keychainOverrideAndProfileFileServeAsCredentials();
    void missingCredentialsNameEveryLinkOfTheChain();
    void throttlingIsWaitedOut();
    void unservedIndicatorsAreObjectiveErrors();
    void slactlJsonMatchesTheRecordedCopy();
    void wrongSecretExitsThreeWithoutShowingIt();

private:
    QTemporaryDir m_dir;
    QString m_recording;
    std::unique_ptr<CloudWatchStubProcess> m_stub;
    EvaluationReport m_cloudWatch;
    EvaluationReport m_recorded;
};

void TestEvaluateCloudWatch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_recording = m_dir.filePath(QStringLiteral("cloudwatch.om"));
    QCOMPARE(QProcess::execute(QStringLiteral("/usr/bin/python3"),
                               {QStringLiteral(SLA_TEST_DATA_DIR "/cloudwatch/generate.py"), m_recording}),
             0);
    // The stub's key comes from its environment: no secret on a command line.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CW_STUB_ACCESS_KEY"), Key);
    env.insert(QStringLiteral("CW_STUB_SECRET_KEY"), Secret);
    m_stub = std::make_unique<CloudWatchStubProcess>();
    QVERIFY(m_stub->start(m_recording, {}, env));
    clearCredentials();
    qputenv("AWS_ACCESS_KEY_ID", Key.toUtf8());
    qputenv("AWS_SECRET_ACCESS_KEY", Secret.toUtf8());
    m_cloudWatch = evaluate(load(fixture(QStringLiteral("evaluate.yaml"), "@URL@", m_stub->endpoint())));
    QVERIFY2(m_cloudWatch.sourceErrors.isEmpty(), qPrintable(m_cloudWatch.sourceErrors.value(Source)));
    m_recorded = evaluate(load(fixture(QStringLiteral("recorded.yaml"), "@FILE@", m_recording)));
    QVERIFY(m_recorded.sourceErrors.isEmpty());
}

void TestEvaluateCloudWatch::sameFiguresAsTheRecordedCopy_data()
{
    QTest::addColumn<QString>("objective");
    for (const QString &o : Compared)
        QTest::addRow("%s", qPrintable(o)) << o;
}

void TestEvaluateCloudWatch::sameFiguresAsTheRecordedCopy()
{
    QFETCH(QString, objective);
    const ObjectiveResult *cw = m_cloudWatch.findObjective(QStringLiteral("fraud-model"), objective);
    const ObjectiveResult *rec = m_recorded.findObjective(QStringLiteral("fraud-model"), objective);
    QVERIFY(cw && rec);
    QVERIFY2(cw->error.isEmpty(), qPrintable(cw->error));
    QVERIFY2(rec->error.isEmpty(), qPrintable(rec->error));
    QVERIFY2(cw->sli && near(cw->sli, rec->sli), qPrintable(show(cw->sli) + u' ' + show(rec->sli)));
    QVERIFY(near(cw->consumed, rec->consumed));
    QVERIFY(near(cw->remaining, rec->remaining));
    QCOMPARE(cw->status, rec->status);
    QVERIFY2(near(cw->good, rec->good) && near(cw->total, rec->total),
             qPrintable(show(cw->good) + u'/' + show(cw->total) + QStringLiteral(" vs ") + show(rec->good) + u'/' +
                        show(rec->total)));
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i)
        QVERIFY2(
            near(cw->burnRates[i], rec->burnRates[i]),
            qPrintable(Budget::burnRateWindowName(i) + u' ' + show(cw->burnRates[i]) + u' ' + show(rec->burnRates[i])));
    QCOMPARE(cw->goodSlices, rec->goodSlices);
    QCOMPARE(cw->badSlices, rec->badSlices);
    QCOMPARE(cw->gapSlices, rec->gapSlices);
    QVERIFY(near(cw->latest, rec->latest));
}

void TestEvaluateCloudWatch::percentileLatencyMatchesTheHandCount()
{
    // ModelLatency p95 per hour: 31,000 us (0.031 s), but 0.3 s in the three hours starting
    // T-10h, T-9h, T-8h: 21 of 24 slices good, the latest hour 0.031 s.
    const ObjectiveResult *r = m_cloudWatch.findObjective(QStringLiteral("fraud-model"), QStringLiteral("latency-p95"));
    QVERIFY(r);
    QVERIFY2(r->error.isEmpty(), qPrintable(r->error));
    QCOMPARE(r->goodSlices, 21);
    QCOMPARE(r->badSlices, 3);
    QCOMPARE(r->gapSlices, 0);
    QVERIFY(near(r->sli, 21.0 / 24));
    QVERIFY2(near(r->latest, 0.031), qPrintable(show(r->latest)));
    // Sanity of the shared figures: the incident burns the 1h budget.
    const ObjectiveResult *a =
        m_cloudWatch.findObjective(QStringLiteral("fraud-model"), QStringLiteral("availability"));
    QVERIFY(a && a->burnRates[2] && *a->burnRates[2] > 1);
    const ObjectiveResult *h =
        m_cloudWatch.findObjective(QStringLiteral("fraud-model"), QStringLiteral("hourly-availability"));
    QCOMPARE(h->badSlices, 2);
}

void TestEvaluateCloudWatch::keychainOverrideAndProfileFileServeAsCredentials()
{
    const Workspace ws = load(fixture(QStringLiteral("evaluate.yaml"), "@URL@", m_stub->endpoint()));
    clearCredentials();
    qputenv("SLADESK_SECRET_CW_STUB", (Key + u'\n' + Secret).toUtf8());
    const EvaluationReport viaOverride = evaluate(ws);
    QVERIFY2(viaOverride.sourceErrors.isEmpty(), qPrintable(viaOverride.sourceErrors.value(Source)));

    clearCredentials();
    const QString file = m_dir.filePath(QStringLiteral("aws-credentials"));
    QVERIFY(Sla::TestSupport::writeFile(
        file, QStringLiteral("[default]\naws_access_key_id = AKIAWRONG\naws_secret_access_key = wrong\n\n[ci]\n"
                             "aws_access_key_id = %1\naws_secret_access_key = %2\n")
                  .arg(Key, Secret)
                  .toUtf8()));
    qputenv("AWS_SHARED_CREDENTIALS_FILE", file.toUtf8());
    qputenv("AWS_PROFILE", "ci");
    const EvaluationReport viaProfile = evaluate(ws);
    QVERIFY2(viaProfile.sourceErrors.isEmpty(), qPrintable(viaProfile.sourceErrors.value(Source)));
    const auto *o = viaProfile.findObjective(QStringLiteral("fraud-model"), QStringLiteral("availability"));
    QVERIFY(o && near(o->sli,
                      m_cloudWatch.findObjective(QStringLiteral("fraud-model"), QStringLiteral("availability"))->sli));

    // connectionDetails.profile wins over AWS_PROFILE: `default` holds a key the stub refuses.
    Workspace withProfile = ws;
    withProfile.dataSources[0].profile = QStringLiteral("default");
    const EvaluationReport refused = evaluate(withProfile);
    QVERIFY(refused.sourceErrors.value(Source).contains(QStringLiteral("UnrecognizedClientException")));
    clearCredentials();
    qputenv("AWS_ACCESS_KEY_ID", Key.toUtf8());
    qputenv("AWS_SECRET_ACCESS_KEY", Secret.toUtf8());
}

void TestEvaluateCloudWatch::missingCredentialsNameEveryLinkOfTheChain()
{
    clearCredentials();
    qputenv("AWS_SHARED_CREDENTIALS_FILE", m_dir.filePath(QStringLiteral("none")).toUtf8());
    const EvaluationReport r = evaluate(load(fixture(QStringLiteral("evaluate.yaml"), "@URL@", m_stub->endpoint())));
    const QString message = r.sourceErrors.value(Source);
    for (const QString &part : {QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("slactl credentials set cw-stub"),
                                QStringLiteral("SLADESK_SECRET_CW_STUB"), QStringLiteral("profile 'default'")})
        QVERIFY2(message.contains(part), qPrintable(message));
    clearCredentials();
    qputenv("AWS_ACCESS_KEY_ID", Key.toUtf8());
    qputenv("AWS_SECRET_ACCESS_KEY", Secret.toUtf8());
}

void TestEvaluateCloudWatch::throttlingIsWaitedOut()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CW_STUB_ACCESS_KEY"), Key);
    env.insert(QStringLiteral("CW_STUB_SECRET_KEY"), Secret);
    CloudWatchStubProcess throttling;
    QVERIFY(throttling.start(m_recording, {QStringLiteral("--throttle-first"), QStringLiteral("3")}, env));
    const EvaluationReport r = evaluate(load(fixture(QStringLiteral("evaluate.yaml"), "@URL@", throttling.endpoint())));
    QVERIFY2(r.sourceErrors.isEmpty(), qPrintable(r.sourceErrors.value(Source)));
    const auto *a = r.findObjective(QStringLiteral("fraud-model"), QStringLiteral("availability"));
    QVERIFY(a &&
            near(a->sli, m_recorded.findObjective(QStringLiteral("fraud-model"), QStringLiteral("availability"))->sli));
}

void TestEvaluateCloudWatch::unservedIndicatorsAreObjectiveErrors()
{
    QByteArray yaml = fixture(QStringLiteral("evaluate.yaml"), "@URL@", m_stub->endpoint());
    yaml += "    - name: raw\n      indicator:\n        query: {good: 'x', total: 'y'}\n      target: 0.9\n"
            "    - name: share\n      indicator:\n        latency: {histogram: '{namespace: AWS/SageMaker, metric: "
            "ModelLatency}', threshold: 0.2}\n      target: 0.9\n";
    const EvaluationReport r = evaluate(load(yaml));
    const auto *raw = r.findObjective(QStringLiteral("fraud-model"), QStringLiteral("raw"));
    QVERIFY(raw && raw->error.contains(QStringLiteral("not served by CloudWatch")));
    const auto *share = r.findObjective(QStringLiteral("fraud-model"), QStringLiteral("share"));
    QVERIFY(share && share->error.contains(QStringLiteral("percentile")));
    QVERIFY(!r.sourceErrors.contains(Source)); // the objectives' problem, not the source's
}

void TestEvaluateCloudWatch::slactlJsonMatchesTheRecordedCopy()
{
    QTemporaryDir ws;
    const QString path = ws.filePath(QStringLiteral("workspace.yaml"));
    QVERIFY(Sla::TestSupport::writeFile(path, fixture(QStringLiteral("evaluate.yaml"), "@URL@", m_stub->endpoint())));
    Sla::TestSupport::SlactlOptions options;
    options.env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), Key);
    options.env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), Secret);
    options.timeoutMs = 120000;
    const auto run = Sla::TestSupport::runSlactl({QStringLiteral("evaluate"), path, QStringLiteral("--at"), At,
                                                  QStringLiteral("--format"), QStringLiteral("json")},
                                                 options);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    for (const QString &name : Compared) {
        const QJsonObject o = objectiveOf(report, name);
        const ObjectiveResult *rec = m_recorded.findObjective(QStringLiteral("fraud-model"), name);
        QVERIFY2(near(o.value(QStringLiteral("sli")).toDouble(), rec->sli), qPrintable(name));
        QVERIFY(near(o.value(QStringLiteral("errorBudget")).toObject().value(QStringLiteral("remaining")).toDouble(),
                     rec->remaining));
    }
}

void TestEvaluateCloudWatch::wrongSecretExitsThreeWithoutShowingIt()
{
    QTemporaryDir ws;
    const QString path = ws.filePath(QStringLiteral("workspace.yaml"));
    QVERIFY(Sla::TestSupport::writeFile(path, fixture(QStringLiteral("evaluate.yaml"), "@URL@", m_stub->endpoint())));
    const QString wrong = QStringLiteral("cw-wrong-canary-9d8c7b6a5f4e3d2c1b0a");
    const QList<QByteArray> needles = Sla::TestSupport::secretForms(wrong) + Sla::TestSupport::secretForms(Secret);
    Sla::TestSupport::CommandLineWatch watch(needles);
    Sla::TestSupport::SlactlOptions options;
    options.env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), Key);
    options.env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), wrong);
    options.env.insert(QStringLiteral("HOME"), ws.path());
    options.timeoutMs = 120000;
    const QString log = ws.filePath(QStringLiteral("slactl.strace"));
    options.wrapper = Sla::TestSupport::straceWrapper(log);
    const auto run = Sla::TestSupport::runSlactl(
        {QStringLiteral("--verbose"), QStringLiteral("evaluate"), path, QStringLiteral("--at"), At}, options);
    watch.stop();
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(QStringLiteral("cw-stub")) && run.err.contains(QStringLiteral("InvalidSignature")),
             qPrintable(run.err));
    QVERIFY(!Sla::TestSupport::holdsAny(run.out.toUtf8() + run.err.toUtf8(), needles));
    QVERIFY2(watch.hits().isEmpty(), qPrintable(watch.hits().join(u'\n')));
    QVERIFY(watch.seen("slactl") > 0);
    QSet<QString> files = Sla::TestSupport::filesWritten(log, ws.path());
    files.remove(log);
    files += Sla::TestSupport::filesUnder({ws.path()});
    files.remove(log);
    const QStringList holding = Sla::TestSupport::filesHolding(files, needles);
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestEvaluateCloudWatch)
#include "tst_evaluate_cloudwatch.moc"
