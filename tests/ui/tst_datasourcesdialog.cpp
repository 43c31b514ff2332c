// SPDX-License-Identifier: Apache-2.0
// The data sources dialog: edits reach the YAML files, secrets never do.
#include "core/exchange/loader.h"
#include "core/secrets/credentialstore.h"
#include "tests/integration/datadogstubprocess.h"
#include "ui/settings/datasourcesdialog.h"

#include <QComboBox>
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

private:
    QTemporaryDir m_dir;
    Core::CredentialStore m_store;
};

void TestDataSourcesDialog::init()
{
    m_store.setServiceName(QStringLiteral("org.sladesk.SlaDesk.tests"));
    QVERIFY(m_dir.isValid());
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
        m_store.remove(m_dir.path(), QStringLiteral("prod-prometheus")).waitForFinished();
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

QTEST_MAIN(TestDataSourcesDialog)
#include "tst_datasourcesdialog.moc"
