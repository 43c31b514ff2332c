// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/document/model.h"
#include "core/metrics/metricsource.h"
#include "ui/settings/datasourcefields.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Sla::Core {
class CredentialStore;
class MetricSource;
} // namespace Sla::Core

namespace Sla::Ui {

/// Settings for the workspace's data sources (OpenSLO DataSource documents): URL, path
/// prefix, tenant, auth type, CA file, Datadog site, recorded file, CloudWatch region,
/// endpoint, profile and role. "Test connection" probes a Prometheus-compatible, Datadog or
/// CloudWatch source asynchronously. A source of a type SLA Desk does not edit is shown
/// read-only and kept as it is. Saving edits the YAML files the sources came from in place:
/// only the documents of changed sources are rewritten, removed ones are taken out and new
/// ones appended (to data-sources.yaml when there is no other sources file); secrets go
/// only to the keychain through CredentialStore, never into a file.
class DataSourcesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataSourcesDialog)

public:
    /// `workspaceDir` is the folder (or the one file) of the workspace; `store` keeps the secrets.
    DataSourcesDialog(const QString &workspacePath, const Core::Workspace &workspace, Core::CredentialStore *store,
                      QWidget *parent = nullptr);
    ~DataSourcesDialog() override;

    /// The sources as edited so far (the form's current values included).
    QList<Core::DataSource> dataSources();
    /// Writes the files and starts storing the entered secrets. False and *error on failure.
    bool save(QString *error = nullptr);

    // For tests and the main window.
    QListWidget *sourceList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QLineEdit *tenantEdit() const { return m_tenant; }
    QComboBox *authBox() const { return m_auth; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QLineEdit *siteEdit() const { return m_site; }
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_testResult; }
    QLabel *secretStatus() const { return m_secretStatus; }
    /// Says which files lose their comments on save (hidden when none has any).
    QLabel *commentsNote() const { return m_commentsNote; }
    QLineEdit *appKeyEdit() const { return m_appKey; }
    QLineEdit *regionEdit() const { return m_region; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QLineEdit *profileEdit() const { return m_profile; }
    QLineEdit *roleArnEdit() const { return m_roleArn; }
    QLineEdit *accessKeyIdEdit() const { return m_accessKeyId; }
    QLineEdit *secretAccessKeyEdit() const { return m_secretAccessKey; }
    QLineEdit *sessionTokenEdit() const { return m_sessionToken; }
    /// Inline validation messages of the CloudWatch fields (hidden when the field is fine).
    QLabel *regionError() const { return m_regionError; }
    QLabel *endpointError() const { return m_endpointError; }
    QLabel *roleArnError() const { return m_roleArnError; }
    QLabel *keysError() const { return m_keysError; }
    /// The connection details of a source of a type the dialog does not edit (read-only).
    QLabel *otherDetails() const { return m_otherDetails; }

    void accept() override;

Q_SIGNALS:
    /// The files were written; the main window reloads the workspace.
    void saved();
    /// A "Test connection" finished.
    void testFinished(const Sla::Core::SourceHealth &health);
    /// Every secret entered was stored (ok) or one failed (message says why).
    void secretsStored(bool ok, const QString &message);

private:
    void onCurrentRowChanged(int row);
    void onAddRequested();
    void onRemoveRequested();
    void onTestRequested();
    void runTest(const Core::DataSource &source, const QString &secret);
    void testRecorded(const Core::DataSource &source);
    /// The secret in the keychain's format when nothing was typed: the environment's, else the
    /// keychain's, else (CloudWatch) the shared credentials file's profile; then runs the test.
    void testWithStoredSecret(const Core::DataSource &source);
    void showTestResult(const Core::SourceHealth &health, bool cloudWatch, bool throttled);
    /// Shows the CloudWatch fields' problems under them, from the texts as they stand.
    void updateCloudWatchErrors();
    bool checkCloudWatch(QString *error) const;
    void storeForm();
    void loadForm(int row);
    void updateVisibility();
    /// Clears the test result and drops a test under way when a connection field is edited.
    void forgetTestResult();
    void watchConnectionFields();
    void updateCommentsNote();
    QString workspaceDir() const;
    QLayout *createSourceList();
    void createFields();
    QLayout *createDetails();
    bool checkNames(QString *error) const;
    bool writeFiles(QString *error) const;
    /// The text of `file` with the changed, removed and new data sources of `edited` patched
    /// in (the documents of unchanged sources and of other kinds keep their bytes); *rewrite
    /// when names were swapped and the file must be written anew; false and *error when the
    /// file does not read or a document is not found.
    bool patchFile(const QString &file, const QList<Core::DataSource> &originals, const QList<Core::DataSource> &edited,
                   QByteArray *text, bool *rewrite, QString *error) const;
    bool rewriteFile(const QString &file, const QList<Core::DataSource> &edited, QString *error) const;
    void storeSecrets();

    QString m_workspacePath;
    Core::Workspace m_original;
    Core::CredentialStore *m_store = nullptr;
    QList<Core::DataSource> m_sources;
    QMap<QString, QString> m_secrets; ///< entered secrets by source name, stored on save
    int m_current = -1;
    QPointer<Core::MetricSource> m_probe;
    quint64 m_testGeneration = 0; ///< counts edits; a keychain read for an older test is dropped

    DataSourceFields::Widgets m_fields; ///< the connection fields, shared with the editor
    QListWidget *m_list = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_tenant = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_appKey = nullptr;
    QLineEdit *m_caFile = nullptr;
    QCheckBox *m_insecure = nullptr;
    QLineEdit *m_site = nullptr;
    QLineEdit *m_file = nullptr;
    QCheckBox *m_alignToNow = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_profile = nullptr;
    QLineEdit *m_roleArn = nullptr;
    QLineEdit *m_accessKeyId = nullptr;
    QLineEdit *m_secretAccessKey = nullptr;
    QLineEdit *m_sessionToken = nullptr;
    QLabel *m_regionError = nullptr;
    QLabel *m_endpointError = nullptr;
    QLabel *m_roleArnError = nullptr;
    QLabel *m_keysError = nullptr;
    QLabel *m_otherDetails = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_commentsNote = nullptr;
    QLabel *m_secretStatus = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Sla::Ui
