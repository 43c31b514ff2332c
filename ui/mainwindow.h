// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/evaluation/evaluation.h"
#include "core/exchange/loader.h"
#include "core/metrics/metricsource.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>
#include <utility>

class QAction;
class QDockWidget;
class QDragEnterEvent;
class QDropEvent;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;

namespace Sla::Core {
class CredentialStore;
class Evaluator;
class RefreshController;
} // namespace Sla::Core

namespace Sla::Ui {

class AlertDesk;
class DataSourcesDialog;
class EditorWidget;
class DetailWidget;
class OverviewWidget;
class ProblemsPanel;

/// The dashboard: the portfolio overview on top, the detail of the selected objective
/// below, auto refresh with a visible last-updated time, source health in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads a workspace folder or file (off the GUI thread) and evaluates it.
    void openWorkspace(const QString &path);
    QString workspacePath() const { return m_path; }
    const Core::LoadResult &workspace() const { return m_loaded; }

    /// Opens a `sladesk://sla/NAME[/OBJECTIVE]` link: raises the window and selects the SLA or
    /// objective (once the first evaluation is shown when it is still loading). False, with
    /// a message in the status bar, for a link that is not one or names nothing known.
    bool openLink(const QString &link);
    /// Shows an evaluation: what the refresh controller delivers (tests call it directly).
    void showReport(const Core::EvaluationReport &report);

    OverviewWidget *overview() const { return m_overview; }
    DetailWidget *detail() const { return m_detail; }
    /// Edit mode (View → Edit Mode, Ctrl+E): the workspace tree, form and YAML editor.
    EditorWidget *editor() const { return m_editor; }
    /// Shows the editor (true) or the dashboard (false).
    void setEditMode(bool on);
    Core::RefreshController *refresher() const { return m_refresher; }
    Core::Evaluator *evaluator() const { return m_evaluator; }
    QLabel *lastUpdatedLabel() const { return m_lastUpdated; }
    QLabel *sourceHealthLabel() const { return m_health; }
    /// Every diagnostic of the workspace; its dock shows when there are any.
    ProblemsPanel *problems() const { return m_problems; }
    AlertDesk *alertDesk() const { return m_alertDesk; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    /// The data sources dialog (created on first use; kept so that secret writes finish).
    DataSourcesDialog *dataSourcesDialog() const;
    /// Opens the data sources dialog without blocking (tests use this; the menu too).
    DataSourcesDialog *openDataSourcesDialog();

    /// The recently opened workspaces, newest first (QSettings "recent/paths").
    static QStringList recentWorkspaces();
    /// Auto refresh interval in seconds; 0 turns it off. Saved in the settings.
    void setRefreshInterval(int seconds);

Q_SIGNALS:
    /// A workspace was read (with or without errors) and its evaluation started.
    void workspaceLoaded(const QString &path);
    /// A report was shown.
    void reportShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    /// YAML and JSON files dropped on the dashboard are imported in Edit mode.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createProblemsDock();
    void showProblems(const Core::Diagnostics &diagnostics, const QString &workspaceDir);
    /// The File menu; returns its Open Folder and Data Sources actions for the tool bar.
    std::pair<QAction *, QAction *> createFileMenu();
    /// The Auto Refresh and Theme submenus of `view`.
    void createViewChoices(QMenu *view);
    void createLanguageChoices(QMenu *view);
    /// The Edit Mode switch in `view` and the Editor menu.
    void createEditorMenu(QMenu *view);
    void onWorkspaceRead(const QString &path, const Core::LoadResult &result);
    void onOpenFolderRequested();
    void onExportReportRequested();
    void onOpenFileRequested();
    void onSourceHealthChanged();
    /// "recording rules for N of M objectives" of `source` in the last report; empty when none.
    QString recordingRulesNote(const QString &source) const;
    void onSelectionChanged(const QString &sla, const QString &objective);
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void updateLastUpdated();
    void applyTheme(const QString &theme);
    void restoreState();

    Core::Evaluator *m_evaluator = nullptr;
    Core::RefreshController *m_refresher = nullptr;
    Core::CredentialStore *m_credentials = nullptr;
    OverviewWidget *m_overview = nullptr;
    DetailWidget *m_detail = nullptr;
    EditorWidget *m_editor = nullptr;
    QTabWidget *m_modes = nullptr;
    QSplitter *m_splitter = nullptr;
    ProblemsPanel *m_problems = nullptr;
    AlertDesk *m_alertDesk = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QLabel *m_lastUpdated = nullptr;
    /// How the last report was read: objectives read incrementally, and all of them.
    int m_incrementalReads = 0;
    int m_objectiveReads = 0;
    QLabel *m_health = nullptr;
    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_intervalGroup = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QPointer<DataSourcesDialog> m_sourcesDialog;
    QPalette m_systemPalette;
    QString m_systemStyle;

    Core::LoadResult m_loaded;
    QString m_path;
    quint64 m_loadGeneration = 0;
    bool m_firstReport = true;
    Core::EvaluationReport m_report;
    std::optional<std::pair<QString, QString>> m_pendingSelection; ///< from a link, until a report is shown
};

} // namespace Sla::Ui
