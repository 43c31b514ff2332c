// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/document/model.h"
#include "core/metrics/metricsource.h"

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
/// prefix, tenant, auth type, CA file, Datadog site, recorded file. "Test connection"
/// probes a Prometheus-compatible source asynchronously. Saving rewrites the YAML files
/// the sources came from (new sources go to data-sources.yaml); secrets go only to the
/// keychain through CredentialStore, never into a file.
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
    void storeForm();
    void loadForm(int row);
    void updateVisibility();
    /// Clears the test result and drops a test under way when a connection field is edited.
    void forgetTestResult();
    void watchConnectionFields();
    void updateCommentsNote();
    QString workspaceDir() const;
    QLayout *createSourceList();
    QLayout *createFields();
    void createForm(QLayout *caRow);
    QLayout *createDetails();
    bool checkNames(QString *error) const;
    bool writeFiles(QString *error) const;
    void storeSecrets();

    QString m_workspacePath;
    Core::Workspace m_original;
    Core::CredentialStore *m_store = nullptr;
    QList<Core::DataSource> m_sources;
    QMap<QString, QString> m_secrets; ///< entered secrets by source name, stored on save
    int m_current = -1;
    QPointer<Core::MetricSource> m_probe;
    quint64 m_testGeneration = 0; ///< counts edits; a keychain read for an older test is dropped

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
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_commentsNote = nullptr;
    QLabel *m_secretStatus = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Sla::Ui
