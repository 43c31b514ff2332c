// SPDX-License-Identifier: Apache-2.0
// The editor's selector completion on every source kind but plain Prometheus (that one is
// tst_editor_completion): a recorded file, a real Prometheus behind basic auth
// (with-basic-auth-prometheus.sh) whose password is in a real gnome-keyring
// (headless-session.sh), the Datadog stub and the CloudWatch stub with their keys in the
// same keyring. Each asserts the candidates themselves; a source that cannot list (no
// secret, rate limited) gives none.
#include "cloudwatchstubprocess.h"
#include "core/secrets/credentialstore.h"
#include "datadogstubprocess.h"
#include "ui/editor/metriccompleter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Sla;

namespace {

const QStringList SecretVariables = {QStringLiteral("SLADESK_SECRET_PROM_BASIC"),
                                     QStringLiteral("SLADESK_SECRET_PROM_NOSECRET"),
                                     QStringLiteral("SLADESK_SECRET_DD"),
                                     QStringLiteral("SLADESK_SECRET_CW"),
                                     QStringLiteral("DD_API_KEY"),
                                     QStringLiteral("DD_APP_KEY"),
                                     QStringLiteral("AWS_ACCESS_KEY_ID"),
                                     QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                                     QStringLiteral("AWS_SESSION_TOKEN"),
                                     QStringLiteral("AWS_PROFILE")};

Core::DataSource dataSource(const QString &name, Core::DataSourceType type)
{
    Core::DataSource s;
    s.metadata.name = name;
    s.type = type;
    return s;
}

} // namespace

class TestEditorCompletionSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordedFile();
    void prometheusWithBasicAuth();
    void prometheusWithoutStoredSecret();
    void datadogStub();
    void datadogRateLimited();
    void cloudWatchStubPaged();

private:
    /// Stores `secret` for `source` of the workspace in the session's keyring.
    void storeSecret(const QString &source, const QString &secret);
    /// Asks `text`, waits for the answer and returns the candidates.
    static QStringList ask(Ui::MetricCompleter &completer, const QString &text, int timeoutMs = 30000);

    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestEditorCompletionSources::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("PROM_URL").isEmpty(), "run under with-basic-auth-prometheus.sh");
    QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(), "run under dbus-run-session");
    // Secrets come from the keychain only here.
    for (const QString &v : SecretVariables)
        qunsetenv(v.toLatin1().constData());
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("workspace"));
    QVERIFY(QDir().mkpath(m_workspace + QStringLiteral("/data")));
}

void TestEditorCompletionSources::storeSecret(const QString &source, const QString &secret)
{
    Core::CredentialStore store;
    const QFuture<Core::CredentialResult> written = store.write(m_workspace, source, secret);
    QTRY_VERIFY_WITH_TIMEOUT(written.isFinished(), 10000);
    QVERIFY2(written.result().ok(), qPrintable(written.result().message));
}

QStringList TestEditorCompletionSources::ask(Ui::MetricCompleter &completer, const QString &text, int timeoutMs)
{
    QSignalSpy answers(&completer, &Ui::MetricCompleter::candidatesChanged);
    const QStringList first = completer.candidates(text);
    if (!first.isEmpty())
        return first; // from the cache
    if (!answers.wait(timeoutMs))
        return {QStringLiteral("(no answer)")};
    return completer.candidates(text);
}

void TestEditorCompletionSources::recordedFile()
{
    QFile om(m_workspace + QStringLiteral("/data/small.om"));
    QVERIFY(om.open(QIODevice::WriteOnly));
    om.write("# TYPE http_requests counter\n"
             "http_requests_total{service=\"fraud\",code=\"200\"} 10 1700000000\n"
             "http_requests_total{service=\"fraud\",code=\"500\"} 1 1700000000\n"
             "http_requests_total{service=\"search\",code=\"200\"} 7 1700000000\n"
             "# TYPE http_request_duration_seconds histogram\n"
             "http_request_duration_seconds_bucket{service=\"fraud\",le=\"0.1\"} 3 1700000000\n"
             "http_request_duration_seconds_bucket{service=\"fraud\",le=\"+Inf\"} 4 1700000000\n"
             "# TYPE queue_depth gauge\n"
             "queue_depth{queue=\"scoring\"} 3 1700000000\n"
             "# EOF\n");
    om.close();
    Core::DataSource source = dataSource(QStringLiteral("rec"), Core::DataSourceType::Recorded);
    source.file = QStringLiteral("data/small.om"); // relative to the workspace
    Ui::MetricCompleter completer;
    completer.setSource(source, m_workspace);

    QCOMPARE(
        ask(completer, QStringLiteral("http_req")),
        (QStringList{QStringLiteral("http_request_duration_seconds_bucket"), QStringLiteral("http_requests_total")}));
    QCOMPARE(completer.candidates(QStringLiteral("q")), QStringList{QStringLiteral("queue_depth")});
    QCOMPARE(ask(completer, QStringLiteral("http_requests_total{")),
             (QStringList{QStringLiteral("http_requests_total{code"), QStringLiteral("http_requests_total{service")}));
    QCOMPARE(ask(completer, QStringLiteral("http_requests_total{code=\"500\", service=\"")),
             (QStringList{QStringLiteral("http_requests_total{code=\"500\", service=\"fraud\""),
                          QStringLiteral("http_requests_total{code=\"500\", service=\"search\"")}));
    // Another metric's labels are its own.
    QCOMPARE(ask(completer, QStringLiteral("queue_depth{")), QStringList{QStringLiteral("queue_depth{queue")});

    // A file that is not there lists nothing, and says so nowhere but the debug log.
    source.file = QStringLiteral("data/missing.om");
    completer.setSource(source, m_workspace);
    QCOMPARE(ask(completer, QStringLiteral("http")), QStringList());
}

void TestEditorCompletionSources::prometheusWithBasicAuth()
{
    storeSecret(QStringLiteral("prom-basic"), qEnvironmentVariable("SLA_BASIC_PASSWORD"));
    Core::DataSource source = dataSource(QStringLiteral("prom-basic"), Core::DataSourceType::Prometheus);
    source.url = qEnvironmentVariable("PROM_URL");
    source.auth = Core::AuthType::Basic;
    source.username = qEnvironmentVariable("SLA_BASIC_USER");
    Ui::MetricCompleter completer;
    completer.setSource(source, m_workspace);

    const QStringList names = ask(completer, QStringLiteral("http_req"));
    QVERIFY2(names.contains(QStringLiteral("http_requests_total")), qPrintable(names.join(u' ')));
    QVERIFY(names.contains(QStringLiteral("http_request_duration_seconds_bucket")));
    QVERIFY(std::all_of(names.cbegin(), names.cend(), [](const QString &n) { return n.startsWith(u"http_req"); }));
    QCOMPARE(ask(completer, QStringLiteral("http_requests_total{se")),
             QStringList{QStringLiteral("http_requests_total{service")});
    QCOMPARE(ask(completer, QStringLiteral("http_requests_total{service=\"fr")),
             QStringList{QStringLiteral("http_requests_total{service=\"fraud-detection\"")});
}

void TestEditorCompletionSources::prometheusWithoutStoredSecret()
{
    // The same server, a source with nothing in the keychain: no candidates, no request
    // without credentials that would only be refused.
    Core::DataSource source = dataSource(QStringLiteral("prom-nosecret"), Core::DataSourceType::Prometheus);
    source.url = qEnvironmentVariable("PROM_URL");
    source.auth = Core::AuthType::Basic;
    source.username = qEnvironmentVariable("SLA_BASIC_USER");
    Ui::MetricCompleter completer;
    completer.setSource(source, m_workspace);
    QCOMPARE(ask(completer, QStringLiteral("http_req")), QStringList());
}

void TestEditorCompletionSources::datadogStub()
{
    DatadogStubProcess stub;
    QVERIFY(stub.start());
    storeSecret(QStringLiteral("dd"), QStringLiteral("stub-api-key\nstub-app-key"));
    Core::DataSource source = dataSource(QStringLiteral("dd"), Core::DataSourceType::Datadog);
    source.url = QStringLiteral("http://127.0.0.1:%1").arg(stub.port());
    Ui::MetricCompleter completer;
    completer.setSource(source, m_workspace);

    // `GET /api/v1/search?q=metrics:http`: the stub's names containing "http".
    QCOMPARE(ask(completer, QStringLiteral("sum:http")),
             (QStringList{QStringLiteral("sum:http_requests"), QStringLiteral("sum:http_requests_total")}));
    // A longer prefix is served from that answer, without a request.
    QSignalSpy more(&completer, &Ui::MetricCompleter::candidatesChanged);
    QCOMPARE(completer.candidates(QStringLiteral("http_requests_")),
             QStringList{QStringLiteral("http_requests_total")});
    QTest::qWait(200);
    QCOMPARE(more.count(), 0);
    // Another prefix is another search.
    QCOMPARE(ask(completer, QStringLiteral("que")), QStringList{QStringLiteral("queue_depth")});
    // `GET /api/v2/metrics/http_requests/all-tags`: tag keys, then a key's values.
    QCOMPARE(ask(completer, QStringLiteral("http_requests{ser")), QStringList{QStringLiteral("http_requests{service")});
    QCOMPARE(ask(completer, QStringLiteral("sum:http_requests{code:200,!service:")),
             (QStringList{QStringLiteral("sum:http_requests{code:200,!service:api"),
                          QStringLiteral("sum:http_requests{code:200,!service:web")}));
    QCOMPARE(ask(completer, QStringLiteral("http_requests{code:5")),
             QStringList{QStringLiteral("http_requests{code:500")});
    // A metric Datadog does not know (404) has no tags to offer.
    QCOMPARE(ask(completer, QStringLiteral("no_such_metric{")), QStringList());
}

void TestEditorCompletionSources::datadogRateLimited()
{
    // Every request is over the limit (429 with the X-RateLimit headers; the reset is
    // hours away, too far to wait for): no candidates.
    DatadogStubProcess stub;
    QVERIFY(stub.start({QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--rate-period"),
                        QStringLiteral("86400")}));
    storeSecret(QStringLiteral("dd"), QStringLiteral("stub-api-key\nstub-app-key"));
    Core::DataSource source = dataSource(QStringLiteral("dd"), Core::DataSourceType::Datadog);
    source.url = QStringLiteral("http://127.0.0.1:%1").arg(stub.port());
    Ui::MetricCompleter completer;
    completer.setSource(source, m_workspace);
    QCOMPARE(ask(completer, QStringLiteral("http"), 60000), QStringList());
    QCOMPARE(ask(completer, QStringLiteral("http_requests{"), 60000), QStringList());
}

void TestEditorCompletionSources::cloudWatchStubPaged()
{
    const QString metrics = m_dir.filePath(QStringLiteral("cloudwatch.om"));
    QCOMPARE(QProcess::execute(QStringLiteral("python3"),
                               {QStringLiteral(SLA_TEST_DATA_DIR "/cloudwatch/generate.py"), metrics}),
             0);
    // Two metrics a page: the six metrics of the recording take three ListMetrics pages;
    // the first call is throttled and retried.
    CloudWatchStubProcess stub;
    QVERIFY(stub.start(metrics, {QStringLiteral("--list-page-size"), QStringLiteral("2"),
                                 QStringLiteral("--throttle-list-first"), QStringLiteral("1")}));
    storeSecret(QStringLiteral("cw"), QStringLiteral("AKIDEXAMPLE\nwJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
    Core::DataSource source = dataSource(QStringLiteral("cw"), Core::DataSourceType::CloudWatch);
    source.region = QStringLiteral("eu-west-1");
    source.endpoint = stub.endpoint();
    Ui::MetricCompleter completer;
    completer.setSource(source, m_workspace);

    // SlaDesk/FraudModel is only on the third page.
    QCOMPARE(
        ask(completer, QStringLiteral("{namespace: ")),
        (QStringList{QStringLiteral("{namespace: /aws/sagemaker/Endpoints"),
                     QStringLiteral("{namespace: AWS/SageMaker"), QStringLiteral("{namespace: SlaDesk/FraudModel")}));
    QCOMPARE(completer.candidates(QStringLiteral("{namespace: AWS/")),
             QStringList{QStringLiteral("{namespace: AWS/SageMaker")});
    const QString sageMaker = QStringLiteral("{namespace: AWS/SageMaker, metric: ");
    QCOMPARE(
        ask(completer, sageMaker + QStringLiteral("Invo")),
        (QStringList{sageMaker + QStringLiteral("Invocation5XXErrors"), sageMaker + QStringLiteral("Invocations")}));
    const QString dims = sageMaker + QStringLiteral("Invocations, dimensions: {");
    QCOMPARE(ask(completer, dims),
             (QStringList{dims + QStringLiteral("EndpointName"), dims + QStringLiteral("VariantName")}));
    QCOMPARE(ask(completer, dims + QStringLiteral("EndpointName: ")),
             QStringList{dims + QStringLiteral("EndpointName: fraud-model")});
    const QString quoted = QStringLiteral("{namespace: SlaDesk/FraudModel, metric: '");
    QCOMPARE(ask(completer, quoted),
             (QStringList{quoted + QStringLiteral("FalsePositives'"), quoted + QStringLiteral("TruePositives'")}));
}

QTEST_MAIN(TestEditorCompletionSources)
#include "tst_editor_completion_sources.moc"
