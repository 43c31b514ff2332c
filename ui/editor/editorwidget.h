// SPDX-License-Identifier: Apache-2.0
#pragma once

// Edit mode: the workspace tree (SLAs, tier templates, data sources, corrections,
// annotations), the form and YAML tabs of the selected document, and the diagnostics of
// the whole workspace, live. Every change is one step on the session's undo stack.

#include "core/document/diagnostic.h"

#include <QThreadPool>
#include <QTimer>
#include <QWidget>

class QAction;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Sla::Ui {

class BacktestPanel;
class EditorSession;
class DataSourceForm;
class EntriesForm;
class SlaForm;
class TierForm;
struct NewSlaRequest;
struct ImportedFile;

class EditorWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorWidget)

public:
    explicit EditorWidget(QWidget *parent = nullptr);

    /// Reads the workspace for editing; false (with a message in the status line) when it
    /// could not be read. Unsaved edits of the previous workspace are dropped: call
    /// maybeDiscard() first.
    bool openWorkspace(const QString &path);
    EditorSession *session() const { return m_session; }
    SlaForm *form() const { return m_form; }
    /// The form of the selected tier template.
    TierForm *tierForm() const { return m_tierForm; }
    /// The form of the selected data source.
    DataSourceForm *dataSourceForm() const { return m_sourceForm; }
    /// The table of the corrections or annotations of the selected document's file.
    EntriesForm *entriesForm() const { return m_entriesForm; }
    QTreeWidget *tree() const { return m_tree; }
    QPlainTextEdit *yamlEdit() const { return m_yaml; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The alert backtest tab of the selected SLA's objective.
    BacktestPanel *backtestPanel() const { return m_backtest; }
    QListWidget *diagnosticsList() const { return m_diagnostics; }
    QLabel *statusLine() const { return m_status; }
    /// The offer to restore unsaved edits of a previous run (hidden when there are none).
    QWidget *recoveryBar() const { return m_recoveryBar; }

    /// Selects a document in the tree (and shows it); false when there is none.
    bool selectDocument(const QString &kind, const QString &name);
    /// The file of the selected document.
    QString currentFile() const { return m_file; }
    /// Creates an SLA as the wizard does, in a new file of the workspace, and selects it.
    QString createSla(const NewSlaRequest &request);
    /// Selects the document and the field a diagnostic points at (and the place in the YAML tab).
    void showDiagnostic(int row);
    /// Selects the document of `where` (a file of the workspace, a line in it) and shows the
    /// place in its form or YAML; false when no document the editor read starts in that file
    /// at or before that line (a file that does not parse).
    bool showLocation(const Core::SourceLocation &where);

    /// Asks whether to save unsaved edits; false when the user cancels.
    bool maybeDiscard();

    QAction *newSlaAction() const { return m_newSla; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *revertAction() const { return m_revert; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    /// File → Import…: OpenSLO, Sloth, Pyrra, Datadog or SLA Desk files into the workspace.
    QAction *importAction() const { return m_import; }
    /// Reads `paths` off the GUI thread and adds each as a new (unsaved) file of the
    /// workspace, one undoable step each; importFinished() when done. Dropped files come here.
    void importFiles(const QStringList &paths);

    bool save();
    bool saveAs(const QString &path);

Q_SIGNALS:
    /// Whether any file has unsaved edits changed.
    void modifiedChanged(bool modified);
    /// A file was saved (the dashboard re-reads the workspace).
    void saved();
    /// The data source form asks for the Data Sources dialog (its secrets live in the keychain).
    void dataSourcesRequested(const QString &source);
    /// importFiles() is over: `imported` files were added.
    void importFinished(int imported);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void onSessionChanged(const QString &file);
    void rebuildTree();
    void rebuildDiagnostics();
    void showYaml();
    void onTreeSelection();
    void onYamlTimeout();
    void onNewSlaRequested();
    void onSaveAsRequested();
    void onImportRequested();
    void onImported(const QList<ImportedFile> &files);
    void setStatus(const QString &message);
    QWidget *buildRecoveryBar();
    QString workspaceDir() const;

    EditorSession *m_session;
    QTreeWidget *m_tree;
    QTabWidget *m_tabs;
    QStackedWidget *m_formStack;
    SlaForm *m_form;
    TierForm *m_tierForm;
    DataSourceForm *m_sourceForm;
    EntriesForm *m_entriesForm;
    QLabel *m_otherKind;
    BacktestPanel *m_backtest;
    QPlainTextEdit *m_yaml;
    QLabel *m_yamlFile;
    QListWidget *m_diagnostics;
    QLabel *m_status;
    QWidget *m_recoveryBar;
    QTimer m_yamlTimer;
    /// Imports run here, not behind the previews and backtests of the global pool.
    QThreadPool m_importPool;
    QString m_file;
    QString m_kind;
    QString m_name;
    bool m_settingYaml = false;
    bool m_wasModified = false;
    QAction *m_newSla = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_import = nullptr;
};

} // namespace Sla::Ui
