// SPDX-License-Identifier: Apache-2.0
// The data sources dialog: edits reach the YAML files, secrets never do.
#include "core/exchange/loader.h"
#include "core/secrets/credentialstore.h"
#include "tests/integration/cloudwatchstubprocess.h"
#include "tests/integration/datadogstubprocess.h"
#include "ui/settings/datasourcesdialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Sla;

namespace {

const char *SourcesYaml = R"(apiVersion: openslo/v1
kind: DataSource
metadata:
  name: prod-prometheus
spec:
  type: prometheus
  connectionDetails:
    url: https://prometheus.example.com
)";

const char *SlaYaml = R"(apiVersion: sladesk/v1
kind: SLA
metadata:
  name: checkout
spec:
  service: checkout
  tier: tier-2
  owner: shop-oncall
  dataSource: prod-prometheus
  window: 30d
  objectives:
    - name: availability
      indicator:
        ratio:
          good: 'http_requests_total{code!~"5.."}'
          total: 'http_requests_total'
      target: 0.999
)";

// Keys the CloudWatch stub is started with (CW_STUB_ACCESS_KEY / CW_STUB_SECRET_KEY): unique
// texts, so that a search of the written files for them means something.
const QString CwKey = QStringLiteral("AKIADIALOGTEST7Q4ZQ");
const QString CwSecret = QStringLiteral("dLgS3cr3t/AwsSecretAccessKeyForTheDialog+0");
const QString CwToken = QStringLiteral("dLgSessionTokenFwoGZXIvYXdzEJr");

// A file with a source type SLA Desk does not edit (nested and listed details, a comment)
// between two it does; the elasticsearch document must keep its bytes through a save.
// (Plain literals: moc reads a raw string's "#" lines as directives.)
const char *MixedYaml = "apiVersion: openslo/v1\n"
                        "kind: DataSource\n"
                        "metadata:\n"
                        "  name: prod-prometheus\n"
                        "spec:\n"
                        "  type: prometheus\n"
                        "  connectionDetails:\n"
                        "    url: https://prometheus.example.com\n"
                        "---\n"
                        "# logs, read by another tool\n"
                        "apiVersion: openslo/v1\n"
                        "kind: DataSource\n"
                        "metadata:\n"
                        "  name: es-logs\n"
                        "spec:\n"
                        "  type: elasticsearch\n"
                        "  connectionDetails:\n"
                        "    url: \"https://es.example.com:9200\"\n"
                        "    index: logs-*\n"
                        "    tls: {verify: true, ca: certs/es.pem}\n"
                        "    hosts: [es-1, es-2]   # two nodes\n"
                        "---\n"
                        "apiVersion: openslo/v1\n"
                        "kind: DataSource\n"
                        "metadata: {name: aws-eu}\n"
                        "spec:\n"
                        "  type: cloudwatch\n"
                        "  connectionDetails: {region: eu-central-1, profile: sla}\n";

/// The result of `f`, waiting with a running event loop (keychain jobs need one).
template <typename T> T await(QFuture<T> f)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, 15000))
        qFatal("future did not finish");
    return f.result();
}

QByteArray documentOf(const QByteArray &text, const QByteArray &name)
{
    // From the comment above the document to the next separator.
    const qsizetype at = text.indexOf(QByteArray(QByteArray("name: ") + name));
    const qsizetype start = text.lastIndexOf("---\n", at);
    const qsizetype end = text.indexOf("\n---\n", at);
    return text.mid(start, end < 0 ? -1 : end - start);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const char *text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) > 0;
}

} // namespace

class TestDataSourcesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void edit_writesYaml_withoutSecret();
    void addedSource_goesToTheSourcesFile();
    void oneFileWorkspace_keepsItsOtherDocuments();
    void duplicateNames_areRefused();
    void testConnection_reportsUnreachableServer();
    void testConnection_datadog_data();
    void testConnection_datadog();
    void fieldsFollowTheType();
    void cloudWatch_savedAndReadBack();
    void cloudWatch_invalidFieldsShownInline();
    void testConnection_cloudWatch_data();
    void testConnection_cloudWatch();
    void testConnection_cloudWatch_keysFromTheKeychain();
    void unknownType_isReadOnlyAndKeptByteForByte();
    void removedSource_takesOnlyItsDocument();

private:
    /// An empty recording for the CloudWatch stub (the health probe reads a metric it does not have).
    QString emptyRecording();
    /// A workspace with one CloudWatch source reading from `endpoint`.
    QString cloudWatchWorkspace(QTemporaryDir &dir, const QString &endpoint, const QString &roleArn = {});
    /// Clicks Add and fills a CloudWatch source into the form.
    static void addCloudWatchSource(Ui::DataSourcesDialog &dialog, const QString &name);

    QTemporaryDir m_dir;
    Core::CredentialStore m_store;
};

void TestDataSourcesDialog::init()
{
    // The dialog's tests take CloudWatch keys from the form or the keychain, never from the
    // environment or a shared credentials file of the machine.
    for (const char *name : {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"})
        qunsetenv(name);
    qputenv("AWS_SHARED_CREDENTIALS_FILE", QDir(m_dir.path()).filePath(QStringLiteral("no-credentials")).toUtf8());
    m_store.setServiceName(QStringLiteral("org.sladesk.SlaDesk.tests"));
    QVERIFY(m_dir.isValid());
    // Each test starts from the two files alone (an earlier one may have left all.yaml).
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
        QVERIFY(QFile::remove(m_dir.filePath(name)));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("data-sources.yaml")), SourcesYaml));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("checkout.yaml")), SlaYaml));
}

void TestDataSourcesDialog::edit_writesYaml_withoutSecret()
{
    const Core::LoadResult loaded = Core::DocumentLoader::loadPaths({m_dir.path()});
    QVERIFY(loaded.ok());
    const QByteArray slaBefore = readAll(m_dir.filePath(QStringLiteral("checkout.yaml")));
    Ui::DataSourcesDialog dialog(m_dir.path(), loaded.workspace, &m_store);
    QSignalSpy saved(&dialog, &Ui::DataSourcesDialog::saved);
    QSignalSpy stored(&dialog, &Ui::DataSourcesDialog::secretsStored);
    QCOMPARE(dialog.sourceList()->count(), 1);
    dialog.urlEdit()->setText(QStringLiteral("https://mimir.example.com"));
    dialog.prefixEdit()->setText(QStringLiteral("/prometheus"));
    dialog.tenantEdit()->setText(QStringLiteral("team-risk"));
    dialog.authBox()->setCurrentIndex(dialog.authBox()->findData(int(Core::AuthType::Bearer)));
    dialog.caFileEdit()->setText(QStringLiteral("certs/ca.pem"));
    dialog.secretEdit()->setText(QStringLiteral("s3cr3t-token-value"));
    QVERIFY(dialog.save());
    QCOMPARE(saved.count(), 1);

    const QByteArray yaml = readAll(m_dir.filePath(QStringLiteral("data-sources.yaml")));
    QVERIFY2(yaml.contains("url: https://mimir.example.com"), yaml.constData());
    QVERIFY2(yaml.contains("pathPrefix: /prometheus"), yaml.constData());
    QVERIFY2(yaml.contains("tenant: team-risk"), yaml.constData());
    QVERIFY2(yaml.contains("auth: bearer"), yaml.constData());
    QVERIFY2(yaml.contains("caFile: certs/ca.pem"), yaml.constData());
    QVERIFY2(!yaml.contains("s3cr3t"), yaml.constData());
    // The SLA file is not touched.
    QCOMPARE(readAll(m_dir.filePath(QStringLiteral("checkout.yaml"))), slaBefore);

    // Read back: the workspace is valid and holds the edited source.
    const Core::LoadResult again = Core::DocumentLoader::loadPaths({m_dir.path()});
    QVERIFY(again.ok());
    const Core::DataSource *ds = again.workspace.findDataSource(QStringLiteral("prod-prometheus"));
    QVERIFY(ds);
    QCOMPARE(ds->url, QStringLiteral("https://mimir.example.com"));
    QCOMPARE(int(ds->auth), int(Core::AuthType::Bearer));
    QCOMPARE(ds->tenant, QStringLiteral("team-risk"));

    // The secret went to the keychain (or failed to, without a Secret Service here): either
    // way the dialog reports it and no file in the workspace holds it.
    QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 15000);
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
        QVERIFY(!readAll(m_dir.filePath(name)).contains("s3cr3t"));
    if (stored.at(0).at(0).toBool())
        await(m_store.remove(m_dir.path(), QStringLiteral("prod-prometheus")));
}

void TestDataSourcesDialog::addedSource_goesToTheSourcesFile()
{
    const Core::LoadResult loaded = Core::DocumentLoader::loadPaths({m_dir.path()});
    Ui::DataSourcesDialog dialog(m_dir.path(), loaded.workspace, &m_store);
    QTest::mouseClick(dialog.findChild<QPushButton *>(), Qt::LeftButton); // "Add" is the first button
    QCOMPARE(dialog.sourceList()->count(), 2);
    dialog.nameEdit()->setText(QStringLiteral("dd-eu"));
    dialog.typeBox()->setCurrentIndex(dialog.typeBox()->findData(int(Core::DataSourceType::Datadog)));
    dialog.siteEdit()->setText(QStringLiteral("datadoghq.eu"));
    QVERIFY(dialog.save());
    const Core::LoadResult again = Core::DocumentLoader::loadPaths({m_dir.path()});
    QVERIFY(again.ok());
    const Core::DataSource *dd = again.workspace.findDataSource(QStringLiteral("dd-eu"));
    QVERIFY(dd);
    QCOMPARE(int(dd->type), int(Core::DataSourceType::Datadog));
    QCOMPARE(dd->site, QStringLiteral("datadoghq.eu"));
    QVERIFY(dd->origin.self.file.endsWith(QStringLiteral("data-sources.yaml")));
    QCOMPARE(dialog.sourceList()->item(1)->text(), QStringLiteral("dd-eu"));
}

void TestDataSourcesDialog::oneFileWorkspace_keepsItsOtherDocuments()
{
    const QString file = m_dir.filePath(QStringLiteral("all.yaml"));
    // Issue 8's kinds too: a correction and an annotation in the same file.
    const QByteArray both = QByteArray(SourcesYaml) + QByteArray("---\n") + QByteArray(SlaYaml) +
                            QByteArray("---\napiVersion: sladesk/v1\nkind: Correction\nmetadata: {name: upgrade}\n"
                                       "spec: {slas: [checkout], start: '2025-06-01T02:00:00Z', duration: 1h}\n"
                                       "---\napiVersion: sladesk/v1\nkind: Annotation\nmetadata: {name: release}\n"
                                       "spec: {slas: [checkout], time: '2025-06-02T09:00:00Z', text: Release 3}\n");
    QVERIFY(writeFile(file, both.constData()));
    const Core::LoadResult loaded = Core::DocumentLoader::loadPaths({file});
    QVERIFY(loaded.ok());
    Ui::DataSourcesDialog dialog(file, loaded.workspace, &m_store);
    dialog.urlEdit()->setText(QStringLiteral("http://127.0.0.1:9090"));
    QVERIFY(dialog.save());
    const Core::LoadResult again = Core::DocumentLoader::loadPaths({file});
    QVERIFY(again.ok());
    QCOMPARE(again.workspace.slas.size(), 1);
    QCOMPARE(again.workspace.dataSources.value(0).url, QStringLiteral("http://127.0.0.1:9090"));
    QCOMPARE(again.workspace.corrections.size(), 1);
    QCOMPARE(again.workspace.annotations.size(), 1);
    QCOMPARE(again.workspace.annotations.constFirst().text, QStringLiteral("Release 3"));
}

void TestDataSourcesDialog::duplicateNames_areRefused()
{
    const Core::LoadResult loaded = Core::DocumentLoader::loadPaths({m_dir.path()});
    Ui::DataSourcesDialog dialog(m_dir.path(), loaded.workspace, &m_store);
    QTest::mouseClick(dialog.findChild<QPushButton *>(), Qt::LeftButton);
    dialog.nameEdit()->setText(QStringLiteral("prod-prometheus"));
    QString error;
    QVERIFY(!dialog.save(&error));
    QVERIFY2(error.contains(QStringLiteral("prod-prometheus")), qPrintable(error));
    QCOMPARE(readAll(m_dir.filePath(QStringLiteral("data-sources.yaml"))), QByteArray(SourcesYaml));
}

void TestDataSourcesDialog::testConnection_reportsUnreachableServer()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const Core::LoadResult loaded = Core::DocumentLoader::loadPaths({m_dir.path()});
    Ui::DataSourcesDialog dialog(m_dir.path(), loaded.workspace, &m_store);
    dialog.urlEdit()->setText(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QSignalSpy finished(&dialog, &Ui::DataSourcesDialog::testFinished);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(!dialog.testButton()->isEnabled()); // asynchronous: the dialog stays responsive
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const auto health = finished.at(0).at(0).value<Core::SourceHealth>();
    QCOMPARE(int(health.state), int(Core::SourceHealth::State::Unreachable));
    QVERIFY2(dialog.testResult()->text().startsWith(QStringLiteral("Failed")), qPrintable(dialog.testResult()->text()));
    QVERIFY(dialog.testButton()->isEnabled());
}

void TestDataSourcesDialog::testConnection_datadog_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<int>("state");
    QTest::addRow("valid keys") << "stub-api-key\nstub-app-key" << int(Core::SourceHealth::State::Ok);
    QTest::addRow("wrong api key") << "not-the-key\nstub-app-key" << int(Core::SourceHealth::State::AuthFailed);
}

void TestDataSourcesDialog::testConnection_datadog()
{
    // The local stub of the documented Datadog API checks DD-API-KEY like the real one.
    QFETCH(QString, keys);
    QFETCH(int, state);
    DatadogStubProcess stub;
    QVERIFY(stub.start());
    QTemporaryDir dir;
    const QByteArray yaml = "apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: dd-test}\nspec:\n"
                            "  type: datadog\n  connectionDetails: {url: '" +
                            stub.url(QStringLiteral("/")).toString(QUrl::StripTrailingSlash).toUtf8() + "'}\n";
    QFile f(dir.filePath(QStringLiteral("dd.yaml")));
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(yaml) > 0);
    f.close();
    qputenv("SLADESK_SECRET_DD_TEST", keys.toUtf8()); // keys come from the environment, as headless runs do
    const Core::LoadResult loaded = Core::DocumentLoader::loadPaths({dir.path()});
    QVERIFY2(loaded.ok(), "the Datadog workspace loads");
    Ui::DataSourcesDialog dialog(dir.path(), loaded.workspace, &m_store);
    QSignalSpy finished(&dialog, &Ui::DataSourcesDialog::testFinished);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    qunsetenv("SLADESK_SECRET_DD_TEST");
    const auto health = finished.at(0).at(0).value<Core::SourceHealth>();
    QCOMPARE(int(health.state), state);
    QVERIFY(!dialog.testResult()->text().contains(QStringLiteral("stub-api-key")));
    QVERIFY(!dialog.testResult()->text().contains(QStringLiteral("not-the-key")));
}

void TestDataSourcesDialog::fieldsFollowTheType()
{
    const Core::LoadResult loaded = Core::DocumentLoader::loadPaths({m_dir.path()});
    Ui::DataSourcesDialog dialog(m_dir.path(), loaded.workspace, &m_store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.tenantEdit()->isVisible());
    QVERIFY(!dialog.siteEdit()->isVisible());
    QVERIFY(!dialog.secretEdit()->isVisible()); // auth none
    dialog.authBox()->setCurrentIndex(dialog.authBox()->findData(int(Core::AuthType::Basic)));
    QVERIFY(dialog.usernameEdit()->isVisible());
    QVERIFY(dialog.secretEdit()->isVisible());
    dialog.typeBox()->setCurrentIndex(dialog.typeBox()->findData(int(Core::DataSourceType::Recorded)));
    QVERIFY(dialog.fileEdit()->isVisible());
    QVERIFY(!dialog.tenantEdit()->isVisible());
    QVERIFY(!dialog.urlEdit()->isVisible());
}

QString TestDataSourcesDialog::emptyRecording()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.om"));
    return writeFile(path, "# EOF\n") ? path : QString();
}

QString TestDataSourcesDialog::cloudWatchWorkspace(QTemporaryDir &dir, const QString &endpoint, const QString &roleArn)
{
    QByteArray yaml = "apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: cw-test}\nspec:\n"
                      "  type: cloudwatch\n  connectionDetails:\n    region: eu-west-1\n    endpoint: " +
                      endpoint.toUtf8() + "\n";
    if (!roleArn.isEmpty())
        yaml += "    roleArn: " + roleArn.toUtf8() + "\n";
    return writeFile(dir.filePath(QStringLiteral("cw.yaml")), yaml.constData()) ? dir.path() : QString();
}

void TestDataSourcesDialog::addCloudWatchSource(Ui::DataSourcesDialog &dialog, const QString &name)
{
    QTest::mouseClick(dialog.findChild<QPushButton *>(), Qt::LeftButton); // "Add"
    dialog.nameEdit()->setText(name);
    dialog.typeBox()->setCurrentIndex(dialog.typeBox()->findData(int(Core::DataSourceType::CloudWatch)));
    dialog.regionEdit()->setText(QStringLiteral("eu-west-1"));
    dialog.endpointEdit()->setText(QStringLiteral("https://monitoring.eu-west-1.amazonaws.com"));
    dialog.profileEdit()->setText(QStringLiteral("sla-reader"));
    dialog.roleArnEdit()->setText(QStringLiteral("arn:aws:iam::123456789012:role/sla-reader"));
    dialog.accessKeyIdEdit()->setText(CwKey);
    dialog.secretAccessKeyEdit()->setText(CwSecret);
    dialog.sessionTokenEdit()->setText(CwToken);
}

void TestDataSourcesDialog::cloudWatch_savedAndReadBack()
{
    const Core::LoadResult loaded = Core::DocumentLoader::loadPaths({m_dir.path()});
    Ui::DataSourcesDialog dialog(m_dir.path(), loaded.workspace, &m_store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy stored(&dialog, &Ui::DataSourcesDialog::secretsStored);
    addCloudWatchSource(dialog, QStringLiteral("aws-prod"));
    // Only the CloudWatch fields show, and the dialog still fits 900 x 600.
    QVERIFY(dialog.regionEdit()->isVisible());
    QVERIFY(dialog.sessionTokenEdit()->isVisible());
    QVERIFY(!dialog.urlEdit()->isVisible());
    QVERIFY(!dialog.secretEdit()->isVisible());
    QVERIFY(!dialog.regionError()->isVisible());
    QVERIFY(!dialog.keysError()->isVisible());
    QVERIFY2(dialog.minimumSizeHint().width() <= 900 && dialog.minimumSizeHint().height() <= 600,
             qPrintable(
                 QStringLiteral("%1x%2").arg(dialog.minimumSizeHint().width()).arg(dialog.minimumSizeHint().height())));
    QString error;
    QVERIFY2(dialog.save(&error), qPrintable(error));

    // Read back: exactly the fields of the form, as the document reader takes them.
    const Core::LoadResult again = Core::DocumentLoader::loadPaths({m_dir.path()});
    QVERIFY(again.ok());
    const Core::DataSource *cw = again.workspace.findDataSource(QStringLiteral("aws-prod"));
    QVERIFY(cw);
    QCOMPARE(int(cw->type), int(Core::DataSourceType::CloudWatch));
    QCOMPARE(cw->typeName, QStringLiteral("cloudwatch"));
    QCOMPARE(cw->region, QStringLiteral("eu-west-1"));
    QCOMPARE(cw->endpoint, QStringLiteral("https://monitoring.eu-west-1.amazonaws.com"));
    QCOMPARE(cw->profile, QStringLiteral("sla-reader"));
    QCOMPARE(cw->roleArn, QStringLiteral("arn:aws:iam::123456789012:role/sla-reader"));
    QVERIFY(cw->url.isEmpty());
    QVERIFY(cw->origin.self.file.endsWith(QStringLiteral("data-sources.yaml")));
    // The other source's document kept its bytes; the new one was appended after it.
    const QByteArray yaml = readAll(m_dir.filePath(QStringLiteral("data-sources.yaml")));
    QVERIFY2(yaml.startsWith(QByteArray(QByteArray(SourcesYaml) + "---\n")), yaml.constData());

    // The keys: in no file of the workspace (searched byte for byte), whatever the keychain did.
    QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 15000);
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files)) {
        const QByteArray bytes = readAll(m_dir.filePath(name));
        for (const QString &key : {CwKey, CwSecret, CwToken})
            QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(name));
    }
    if (stored.at(0).at(0).toBool())
        await(m_store.remove(m_dir.path(), QStringLiteral("aws-prod")));
}

void TestDataSourcesDialog::cloudWatch_invalidFieldsShownInline()
{
    const Core::LoadResult loaded = Core::DocumentLoader::loadPaths({m_dir.path()});
    const QByteArray before = readAll(m_dir.filePath(QStringLiteral("data-sources.yaml")));
    Ui::DataSourcesDialog dialog(m_dir.path(), loaded.workspace, &m_store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    addCloudWatchSource(dialog, QStringLiteral("aws-bad"));
    dialog.regionEdit()->clear();
    QVERIFY(dialog.regionError()->isVisible());
    QVERIFY2(dialog.regionError()->text().contains(QStringLiteral("required")),
             qPrintable(dialog.regionError()->text()));
    for (const QString &bad : {QStringLiteral("eu-west"), QStringLiteral("EU-WEST-1"), QStringLiteral("europe")}) {
        dialog.regionEdit()->setText(bad);
        QVERIFY2(dialog.regionError()->isVisible(), qPrintable(bad));
        QVERIFY2(dialog.regionError()->text().contains(bad), qPrintable(dialog.regionError()->text()));
    }
    dialog.regionEdit()->setText(QStringLiteral("us-gov-west-1"));
    QVERIFY(!dialog.regionError()->isVisible());
    for (const QString &bad : {QStringLiteral("arn:aws:iam::12345:role/x"),
                               QStringLiteral("arn:aws:iam::123456789012:user/x"), QStringLiteral("sla-reader")}) {
        dialog.roleArnEdit()->setText(bad);
        QVERIFY2(dialog.roleArnError()->isVisible(), qPrintable(bad));
    }
    // A bad value is refused on save, with the source's name, and nothing is written.
    QString error;
    QVERIFY(!dialog.save(&error));
    QVERIFY2(error.contains(QStringLiteral("aws-bad")) && error.contains(QStringLiteral("IAM role")),
             qPrintable(error));
    QCOMPARE(readAll(m_dir.filePath(QStringLiteral("data-sources.yaml"))), before);
    dialog.roleArnEdit()->setText(QStringLiteral("arn:aws-us-gov:iam::123456789012:role/path/sla-reader"));
    QVERIFY(!dialog.roleArnError()->isVisible());
    dialog.endpointEdit()->setText(QStringLiteral("monitoring.example.com"));
    QVERIFY(dialog.endpointError()->isVisible());
    dialog.endpointEdit()->setText(QStringLiteral("http://127.0.0.1:4566"));
    QVERIFY(!dialog.endpointError()->isVisible());
    // Half a key pair is an error; no keys at all keeps the stored ones.
    dialog.secretAccessKeyEdit()->clear();
    QVERIFY(dialog.keysError()->isVisible());
    QVERIFY(!dialog.save(&error));
    QVERIFY2(error.contains(QStringLiteral("secret access key")), qPrintable(error));
    dialog.accessKeyIdEdit()->clear();
    dialog.sessionTokenEdit()->clear();
    QVERIFY(!dialog.keysError()->isVisible());
    QVERIFY2(dialog.save(&error), qPrintable(error));
}

void TestDataSourcesDialog::testConnection_cloudWatch_data()
{
    QTest::addColumn<QStringList>("stubArgs");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("roleArn");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("says");
    const QString role = QStringLiteral("arn:aws:iam::123456789012:role/sla-reader");
    const int ok = int(Core::SourceHealth::State::Ok);
    const int refused = int(Core::SourceHealth::State::AuthFailed);
    QTest::addRow("right keys") << QStringList() << CwKey << CwSecret << QString() << ok << "OK";
    QTest::addRow("wrong secret") << QStringList() << CwKey << QStringLiteral("not-the-secret") << QString() << refused
                                  << "credentials refused";
    QTest::addRow("unknown key") << QStringList() << QStringLiteral("AKIAUNKNOWN") << CwSecret << QString() << refused
                                 << "credentials refused";
    QTest::addRow("assumed role") << QStringList{QStringLiteral("--role-arn"), role} << CwKey << CwSecret << role << ok
                                  << "OK";
    QTest::addRow("role refused") << QStringList{QStringLiteral("--role-arn"), role} << CwKey << CwSecret
                                  << QStringLiteral("arn:aws:iam::123456789012:role/other") << refused
                                  << "credentials refused";
    QTest::addRow("throttled") << QStringList{QStringLiteral("--throttle-first"), QStringLiteral("100")} << CwKey
                               << CwSecret << QString() << int(Core::SourceHealth::State::Error) << "throttled";
    QTest::addRow("unreachable") << QStringList{QStringLiteral("unreachable")} << CwKey << CwSecret << QString()
                                 << int(Core::SourceHealth::State::Unreachable) << "unreachable";
}

void TestDataSourcesDialog::testConnection_cloudWatch()
{
    // The real CloudWatch path (SigV4, STS AssumeRole) against the local stub of the documented
    // API, with the keys typed into the form.
    QFETCH(QStringList, stubArgs);
    QFETCH(QString, key);
    QFETCH(QString, secret);
    QFETCH(QString, roleArn);
    QFETCH(int, state);
    QFETCH(QString, says);
    CloudWatchStubProcess stub;
    QString endpoint;
    if (stubArgs == QStringList{QStringLiteral("unreachable")}) {
        QTcpServer probe; // a port that was free a moment ago: nothing listens there
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        endpoint = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    } else {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CW_STUB_ACCESS_KEY"), CwKey);
        env.insert(QStringLiteral("CW_STUB_SECRET_KEY"), CwSecret);
        QVERIFY(stub.start(emptyRecording(), stubArgs, env));
        endpoint = stub.endpoint();
    }
    QTemporaryDir dir;
    const Core::LoadResult loaded = Core::DocumentLoader::loadPaths({cloudWatchWorkspace(dir, endpoint, roleArn)});
    QVERIFY2(loaded.ok(), "the CloudWatch workspace loads");
    Ui::DataSourcesDialog dialog(dir.path(), loaded.workspace, &m_store);
    QCOMPARE(dialog.regionEdit()->text(), QStringLiteral("eu-west-1"));
    dialog.accessKeyIdEdit()->setText(key);
    dialog.secretAccessKeyEdit()->setText(secret);
    QSignalSpy finished(&dialog, &Ui::DataSourcesDialog::testFinished);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(!dialog.testButton()->isEnabled()); // asynchronous: the dialog stays responsive
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const auto health = finished.at(0).at(0).value<Core::SourceHealth>();
    const QString text = dialog.testResult()->text();
    QCOMPARE(int(health.state), state);
    QVERIFY2(text.contains(says), qPrintable(text));
    QVERIFY2(!text.contains(CwSecret) && !text.contains(QStringLiteral("not-the-secret")), qPrintable(text));
    QVERIFY(dialog.testButton()->isEnabled());
}

void TestDataSourcesDialog::testConnection_cloudWatch_keysFromTheKeychain()
{
    // Keys saved by the dialog go to the keychain in `slactl credentials set`'s format, and
    // a later test of the saved source (key fields left empty) reads them from there.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString probeSecret = QStringLiteral("probe");
    const Core::CredentialResult probe = await(m_store.write(dir.path(), QStringLiteral("probe"), probeSecret));
    if (probe.status == Core::CredentialResult::Status::Unavailable)
        QSKIP("no Secret Service on this session bus; ctest runs this inside a gnome-keyring session as "
              "tst_datasourcesdialog_keyring");
    QVERIFY2(probe.ok(), qPrintable(probe.message));
    await(m_store.remove(dir.path(), QStringLiteral("probe")));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CW_STUB_ACCESS_KEY"), CwKey);
    env.insert(QStringLiteral("CW_STUB_SECRET_KEY"), CwSecret);
    CloudWatchStubProcess stub;
    QVERIFY(stub.start(emptyRecording(), {}, env));
    const QString ws = cloudWatchWorkspace(dir, stub.endpoint());
    {
        const Core::LoadResult loaded = Core::DocumentLoader::loadPaths({ws});
        Ui::DataSourcesDialog dialog(ws, loaded.workspace, &m_store);
        QSignalSpy stored(&dialog, &Ui::DataSourcesDialog::secretsStored);
        dialog.accessKeyIdEdit()->setText(CwKey);
        dialog.secretAccessKeyEdit()->setText(CwSecret);
        dialog.sessionTokenEdit()->setText(CwToken);
        QVERIFY(dialog.save());
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 15000);
        QVERIFY2(stored.at(0).at(0).toBool(), qPrintable(stored.at(0).at(1).toString()));
    }
    const Core::CredentialResult read = await(m_store.read(ws, QStringLiteral("cw-test")));
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, CwKey + u'\n' + CwSecret + u'\n' + CwToken);
    const Core::SourceSecret parsed = Core::CredentialStore::parse(read.secret, Core::DataSourceType::CloudWatch);
    QCOMPARE(parsed.apiKey, CwKey);
    QCOMPARE(parsed.sessionToken, CwToken);
    for (const QString &name : QDir(ws).entryList(QDir::Files))
        QVERIFY(!readAll(QDir(ws).filePath(name)).contains(CwSecret.toUtf8()));

    // Stored without the session token (the stub's key is a permanent one), then tested
    // from the keychain: the fields stay empty.
    QVERIFY(await(m_store.write(ws, QStringLiteral("cw-test"), CwKey + u'\n' + CwSecret)).ok());
    const Core::LoadResult loaded = Core::DocumentLoader::loadPaths({ws});
    Ui::DataSourcesDialog dialog(ws, loaded.workspace, &m_store);
    QVERIFY(dialog.accessKeyIdEdit()->text().isEmpty());
    QCOMPARE(dialog.accessKeyIdEdit()->placeholderText(), QStringLiteral("unchanged (kept in the system keychain)"));
    QSignalSpy finished(&dialog, &Ui::DataSourcesDialog::testFinished);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(int(finished.at(0).at(0).value<Core::SourceHealth>().state), int(Core::SourceHealth::State::Ok));
    await(m_store.remove(ws, QStringLiteral("cw-test")));
}

void TestDataSourcesDialog::unknownType_isReadOnlyAndKeptByteForByte()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sources.yaml"));
    QVERIFY(writeFile(file, MixedYaml));
    const Core::LoadResult loaded = Core::DocumentLoader::loadPaths({dir.path()});
    QVERIFY(loaded.ok());
    Ui::DataSourcesDialog dialog(dir.path(), loaded.workspace, &m_store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.sourceList()->count(), 3);

    // The elasticsearch source: every field read-only, its details shown as they are.
    dialog.sourceList()->setCurrentRow(1);
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("es-logs"));
    QVERIFY(!dialog.nameEdit()->isEnabled());
    QVERIFY(!dialog.typeBox()->isEnabled());
    QVERIFY2(dialog.typeBox()->currentText().contains(QStringLiteral("elasticsearch")),
             qPrintable(dialog.typeBox()->currentText()));
    QVERIFY(dialog.otherDetails()->isVisible());
    QVERIFY2(dialog.otherDetails()->text().contains(QStringLiteral("index: logs-*")),
             qPrintable(dialog.otherDetails()->text()));
    QVERIFY(!dialog.urlEdit()->isVisible());
    // The CloudWatch source is a CloudWatch source in the form, not a Prometheus one.
    dialog.sourceList()->setCurrentRow(2);
    QCOMPARE(dialog.typeBox()->currentData().toInt(), int(Core::DataSourceType::CloudWatch));
    QCOMPARE(dialog.regionEdit()->text(), QStringLiteral("eu-central-1"));
    QCOMPARE(dialog.profileEdit()->text(), QStringLiteral("sla"));

    // Edit the Prometheus source only, and save.
    dialog.sourceList()->setCurrentRow(0);
    dialog.urlEdit()->setText(QStringLiteral("https://thanos.example.com"));
    QString error;
    QVERIFY2(dialog.save(&error), qPrintable(error));
    const QByteArray after = readAll(file);
    const QByteArray before(MixedYaml);
    QCOMPARE(documentOf(after, "es-logs"), documentOf(before, "es-logs"));
    QCOMPARE(documentOf(after, "aws-eu"), documentOf(before, "aws-eu"));
    QVERIFY2(after.contains("url: https://thanos.example.com"), after.constData());
    QVERIFY2(after.contains("# logs, read by another tool"), after.constData());
    const Core::LoadResult again = Core::DocumentLoader::loadPaths({dir.path()});
    QVERIFY(again.ok());
    const Core::DataSource *es = again.workspace.findDataSource(QStringLiteral("es-logs"));
    QVERIFY(es);
    QCOMPARE(es->typeName, QStringLiteral("elasticsearch"));
    QCOMPARE(es->otherDetails, loaded.workspace.findDataSource(QStringLiteral("es-logs"))->otherDetails);

    // Saving again without a change writes nothing at all.
    Ui::DataSourcesDialog unchanged(dir.path(), again.workspace, &m_store);
    for (int row = 0; row < unchanged.sourceList()->count(); ++row)
        unchanged.sourceList()->setCurrentRow(row);
    QVERIFY(unchanged.save());
    QCOMPARE(readAll(file), after);
}

void TestDataSourcesDialog::removedSource_takesOnlyItsDocument()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sources.yaml"));
    QVERIFY(writeFile(file, MixedYaml));
    const Core::LoadResult loaded = Core::DocumentLoader::loadPaths({dir.path()});
    Ui::DataSourcesDialog dialog(dir.path(), loaded.workspace, &m_store);
    dialog.sourceList()->setCurrentRow(2);
    const auto buttons = dialog.findChildren<QPushButton *>();
    const auto remove = std::find_if(buttons.cbegin(), buttons.cend(),
                                     [](QPushButton *b) { return b->text() == QStringLiteral("&Remove"); });
    QVERIFY(remove != buttons.cend());
    QTest::mouseClick(*remove, Qt::LeftButton);
    QCOMPARE(dialog.sourceList()->count(), 2);
    QVERIFY(dialog.save());
    const QByteArray before(MixedYaml);
    QCOMPARE(readAll(file),
             before.left(before.indexOf("---\napiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: aws-eu}")));
}

QTEST_MAIN(TestDataSourcesDialog)
#include "tst_datasourcesdialog.moc"
