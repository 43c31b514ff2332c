// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "alerting/alertdesk.h"
#include "core/alerting/dashboardlink.h"
#include "core/dashboard/refreshcontroller.h"
#include "core/document/builtintiers.h"
#include "core/evaluation/evaluator.h"
#include "core/secrets/credentialstore.h"
#include "core/validation/validator.h"
#include "dashboard/detailwidget.h"
#include "dashboard/overviewwidget.h"
#include "dashboard/problemspanel.h"
#include "settings/datasourcesdialog.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/editorwidget.h"
#include "ui/editor/workspaceimport.h"
#include "ui/logging.h"
#include "ui/report/exportreportdialog.h"
#include "workspacepaths.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFuture>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Sla::Ui {

namespace {

constexpr int MaxRecent = 8;
const int IntervalChoices[] = {0, 10, 30, 60, 300};

QString settingsKey(const char *key)
{
    return QString::fromLatin1(key);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_evaluator(new Core::Evaluator(this)),
      m_refresher(new Core::RefreshController(m_evaluator, this)), m_credentials(new Core::CredentialStore(this))
{
    setWindowTitle(tr("SLA Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sladesk.svg")));
    resize(1280, 900);
    setAcceptDrops(true);
    // What the system gave the application before any theme of ours was applied.
    static const QPalette systemPalette = QApplication::palette();
    static const QString systemStyle = QApplication::style()->name();
    m_systemPalette = systemPalette;
    m_systemStyle = systemStyle;

    m_overview = new OverviewWidget(this);
    m_detail = new DetailWidget(m_evaluator, this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    m_splitter->addWidget(m_overview);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_splitter);
    // Two modes: the dashboard and the editor (View → Edit Mode).
    m_editor = new EditorWidget(this);
    m_modes = new QTabWidget(this);
    m_modes->setObjectName(QStringLiteral("modes"));
    m_modes->setDocumentMode(true);
    m_modes->addTab(central, tr("Dashboard"));
    m_modes->addTab(m_editor, tr("Editor"));
    setCentralWidget(m_modes);

    m_lastUpdated = new QLabel(this);
    m_lastUpdated->setObjectName(QStringLiteral("lastUpdated"));
    m_health = new QLabel(this);
    m_health->setObjectName(QStringLiteral("sourceHealth"));
    m_health->setTextFormat(Qt::RichText);
    statusBar()->addWidget(m_health, 1);
    statusBar()->addPermanentWidget(m_lastUpdated);

    createProblemsDock();
    m_alertDesk = new AlertDesk(this);
    createActions();

    connect(m_overview, &OverviewWidget::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_overview, &OverviewWidget::selectionCleared, m_detail, &DetailWidget::clear);
    connect(m_refresher, &Core::RefreshController::reportReady, this, &MainWindow::showReport);
    connect(m_refresher, &Core::RefreshController::reportReady, m_alertDesk, &AlertDesk::onReport);
    connect(m_alertDesk, &AlertDesk::openRequested, this, &MainWindow::openLink);
    connect(m_alertDesk, &AlertDesk::firingSpansChanged, m_detail, &DetailWidget::setAlertSpans);
    connect(m_refresher, &Core::RefreshController::refreshStarted, this, &MainWindow::updateLastUpdated);
    connect(m_evaluator, &Core::Evaluator::sourceHealthChanged, this, &MainWindow::onSourceHealthChanged);
    // The "updated 2 min ago" text ages even when nothing else happens.
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &MainWindow::updateLastUpdated);
    clock->start(15000);

    restoreState();
    updateLastUpdated();
    statusBar()->showMessage(tr("No workspace open. Use File → Open Folder… (%1).")
                                 .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
}

MainWindow::~MainWindow()
{
    m_refresher->stop();
}

void MainWindow::createActions()
{
    const auto [openFolder, sources] = createFileMenu();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh"), m_refresher,
                                       &Core::RefreshController::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(
        tr("Evaluate every objective now (%1)").arg(refresh->shortcut().toString(QKeySequence::NativeText)));
    QAction *find = view->addAction(QIcon(QStringLiteral(":/icons/search.svg")), tr("&Find…"), m_overview,
                                    &OverviewWidget::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setText(tr("&Problems"));
    problems->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    view->addAction(problems);
    QAction *console = m_alertDesk->dock()->toggleViewAction();
    console->setText(tr("On-call &console"));
    console->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addAction(console);
    createViewChoices(view);
    createEditorMenu(view);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SLA Desk"), this, [this] {
        QMessageBox::about(this, tr("About SLA Desk"),
                           tr("<b>SLA Desk %1</b><p>SLA compliance, error budgets and model quality for "
                              "production AI systems.</p><p>Workspace: %2</p>")
                               .arg(QStringLiteral(SLADESK_VERSION), m_path.toHtmlEscaped()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(openFolder);
    bar->addAction(refresh);
    bar->addAction(sources);
}

std::pair<QAction *, QAction *> MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFolder = file->addAction(QIcon(QStringLiteral(":/icons/folder-open.svg")), tr("Open &Folder…"), this,
                                          &MainWindow::onOpenFolderRequested);
    openFolder->setShortcut(QKeySequence::Open);
    openFolder->setToolTip(
        tr("Open a workspace folder (%1)").arg(openFolder->shortcut().toString(QKeySequence::NativeText)));
    QAction *openFile = file->addAction(QIcon(QStringLiteral(":/icons/file-open.svg")), tr("Open F&ile…"), this,
                                        &MainWindow::onOpenFileRequested);
    openFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Demo Workspace"), this, [this] {
        const QString demo = WorkspacePaths::demoWorkspace();
        if (demo.isEmpty())
            QMessageBox::warning(this, tr("Demo Workspace"),
                                 tr("The demo workspace was not found. Looked in:\n%1")
                                     .arg(WorkspacePaths::demoCandidates().join(QLatin1Char('\n'))));
        else
            openWorkspace(demo);
    });
    // Import adds files to the workspace in Edit mode, where they can be checked and saved.
    QAction *import = m_editor->importAction();
    import->setShortcutContext(Qt::WindowShortcut);
    file->addAction(import);
    connect(import, &QAction::triggered, this, [this] { setEditMode(true); });
    file->addSeparator();
    QAction *sources = file->addAction(QIcon(QStringLiteral(":/icons/settings.svg")), tr("&Data Sources…"), this,
                                       [this] { openDataSourcesDialog(); });
    sources->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addAction(tr("&Export Report…"), this, &MainWindow::onExportReportRequested);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon(QStringLiteral(":/icons/quit.svg")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    rebuildRecentMenu();
    return {openFolder, sources};
}

void MainWindow::createViewChoices(QMenu *view)
{
    QMenu *interval = view->addMenu(tr("&Auto Refresh"));
    m_intervalGroup = new QActionGroup(this);
    for (int seconds : IntervalChoices) {
        const QString label = seconds == 0    ? tr("Off")
                              : seconds < 60  ? tr("Every %1 seconds").arg(seconds)
                              : seconds == 60 ? tr("Every minute")
                                              : tr("Every %1 minutes").arg(seconds / 60);
        QAction *a = interval->addAction(label);
        a->setCheckable(true);
        a->setData(seconds);
        m_intervalGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, seconds] { setRefreshInterval(seconds); });
    }
    QMenu *theme = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const QList<std::pair<QString, QString>> themes = {{QStringLiteral("system"), tr("Follow the &System")},
                                                       {QStringLiteral("light"), tr("&Light")},
                                                       {QStringLiteral("dark"), tr("&Dark")}};
    for (const auto &[id, label] : themes) {
        QAction *a = theme->addAction(label);
        a->setCheckable(true);
        a->setData(id);
        m_themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, id = id] {
            applyTheme(id);
            QSettings().setValue(settingsKey("view/theme"), id);
        });
    }
    createLanguageChoices(view);
}

void MainWindow::createLanguageChoices(QMenu *view)
{
    // Each language under its own name, so that a user who cannot read the current one finds theirs.
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString chosen = QSettings().value(settingsKey("view/language")).toString();
    const QList<std::pair<QString, QString>> languages = {{QString(), tr("Follow the &System")},
                                                          {QStringLiteral("en"), QStringLiteral("English")},
                                                          {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                          {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto &[id, label] : languages) {
        QAction *a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(id == chosen);
        a->setData(id);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, id = id] {
            QSettings().setValue(settingsKey("view/language"), id);
            statusBar()->showMessage(tr("The language changes when SLA Desk starts again."), 10000);
        });
    }
}

void MainWindow::restoreState()
{
    QSettings s;
    restoreGeometry(s.value(settingsKey("window/geometry")).toByteArray());
    QMainWindow::restoreState(s.value(settingsKey("window/state")).toByteArray());
    const QByteArray split = s.value(settingsKey("window/splitter")).toByteArray();
    if (!split.isEmpty())
        m_splitter->restoreState(split);
    else
        m_splitter->setSizes({420, 480});
    const QByteArray header = s.value(settingsKey("window/overviewHeader")).toByteArray();
    if (!header.isEmpty())
        m_overview->view()->header()->restoreState(header);
    setRefreshInterval(
        s.value(settingsKey("refresh/interval"), int(Core::RefreshController::DefaultInterval.count())).toInt());
    const QString theme = s.value(settingsKey("view/theme"), QStringLiteral("system")).toString();
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == theme);
    applyTheme(theme);
}

void MainWindow::createEditorMenu(QMenu *view)
{
    QAction *editMode = view->addAction(tr("&Edit Mode"));
    editMode->setCheckable(true);
    editMode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(editMode, &QAction::toggled, this, &MainWindow::setEditMode);
    connect(m_modes, &QTabWidget::currentChanged, editMode,
            [this, editMode](int) { editMode->setChecked(m_modes->currentWidget() == m_editor); });
    QMenu *editor = menuBar()->addMenu(tr("E&ditor"));
    editor->addActions(
        {m_editor->newSlaAction(), m_editor->saveAction(), m_editor->saveAsAction(), m_editor->revertAction()});
    editor->addSeparator();
    editor->addActions({m_editor->undoAction(), m_editor->redoAction()});
    connect(m_editor, &EditorWidget::modifiedChanged, this,
            [this](bool modified) { m_modes->setTabText(1, modified ? tr("Editor ●") : tr("Editor")); });
    // The data source form's "Set secret…": the dialog keeps secrets in the keychain.
    connect(m_editor, &EditorWidget::dataSourcesRequested, this, [this](const QString &source) {
        DataSourcesDialog *dialog = openDataSourcesDialog();
        const QList<QListWidgetItem *> items = dialog->sourceList()->findItems(source, Qt::MatchExactly);
        if (!items.isEmpty())
            dialog->sourceList()->setCurrentItem(items.constFirst());
    });
    // A save changes the documents the dashboard shows: read them again.
    connect(m_editor, &EditorWidget::saved, this, [this] {
        if (!m_path.isEmpty())
            openWorkspace(m_path);
    });
}

void MainWindow::setEditMode(bool on)
{
    m_modes->setCurrentWidget(on ? static_cast<QWidget *>(m_editor) : m_modes->widget(0));
}

namespace {
QStringList importablePaths(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && isImportable(url.toLocalFile()))
            paths << url.toLocalFile();
    }
    return paths;
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!importablePaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = importablePaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    setEditMode(true);
    m_editor->importFiles(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editor->maybeDiscard()) {
        event->ignore();
        return;
    }
    QSettings s;
    s.setValue(settingsKey("window/geometry"), saveGeometry());
    s.setValue(settingsKey("window/state"), saveState());
    s.setValue(settingsKey("window/splitter"), m_splitter->saveState());
    s.setValue(settingsKey("window/overviewHeader"), m_overview->view()->header()->saveState());
    m_refresher->stop();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    // The system switched between light and dark: the delegates and charts read the
    // palette when they paint; the header's rich text needs building again.
    if (event->type() == QEvent::PaletteChange && !m_report.slas.isEmpty())
        m_detail->setReport(m_report);
    QMainWindow::changeEvent(event);
}

void MainWindow::applyTheme(const QString &theme)
{
    if (theme == QLatin1String("system")) {
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = QApplication::style()->standardPalette();
    if (theme == QLatin1String("dark")) {
        const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
        p.setColor(QPalette::ToolTipBase, window);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, window);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        p.setColor(QPalette::Mid, QColor(0x50, 0x52, 0x57));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x8c, 0x90));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x8c, 0x90));
        p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8c, 0x90));
    }
    QApplication::setPalette(p);
}

void MainWindow::setRefreshInterval(int seconds)
{
    m_refresher->setInterval(std::chrono::seconds(std::max(0, seconds)));
    QSettings().setValue(settingsKey("refresh/interval"), seconds);
    for (QAction *a : m_intervalGroup->actions())
        a->setChecked(a->data().toInt() == seconds);
    updateLastUpdated();
}

void MainWindow::onExportReportRequested()
{
    const QFileInfo info(m_path);
    auto *dialog = new ExportReportDialog(
        m_loaded.workspace, info.isDir() ? info.absoluteFilePath() : info.absolutePath(), info.fileName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openWorkspace(const QString &pathIn)
{
    const QString path = QFileInfo(pathIn).absoluteFilePath();
    // The editor keeps its undo history across the re-reads that follow its own saves.
    if (path != m_editor->session()->workspacePath()) {
        if (!m_editor->maybeDiscard())
            return;
        m_editor->openWorkspace(path);
    }
    const quint64 generation = ++m_loadGeneration;
    m_refresher->stop();
    statusBar()->showMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    qCInfo(lcUi, "opening workspace %s", qPrintable(path));
    // Reading and validating YAML is quick for a demo but not for a big portfolio: off the GUI thread.
    QtConcurrent::run([path] {
        Core::LoadResult result = Core::DocumentLoader::loadPaths({path});
        result.diagnostics += Core::validateWorkspace(result.workspace); // the problems panel lists both
        return result;
    }).then(this, [this, generation, path](const Core::LoadResult &result) {
        if (generation == m_loadGeneration)
            onWorkspaceRead(path, result);
    });
}

void MainWindow::onWorkspaceRead(const QString &path, const Core::LoadResult &result)
{
    m_path = path;
    m_loaded = result;
    m_firstReport = true;
    const QFileInfo info(path);
    setWindowTitle(tr("%1 — SLA Desk").arg(info.fileName()));
    rememberRecent(path);

    QMap<QString, QString> tierNames;
    for (const Core::TierTemplate &t : Core::builtInTiers()) {
        if (!t.displayName.isEmpty())
            tierNames.insert(t.metadata.name, t.displayName);
    }
    for (const Core::TierTemplate &t : result.workspace.tiers) {
        if (!t.displayName.isEmpty())
            tierNames.insert(t.metadata.name, t.displayName);
    }
    m_overview->clear();
    m_overview->setTierNames(tierNames);
    m_detail->clear();
    m_detail->setWorkspace(result.workspace);

    Core::EvaluatorOptions options;
    options.workspaceDir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    options.incremental = true; // the dashboard's refreshes read only what changed
    m_evaluator->setWorkspace(result.workspace, options);
    m_alertDesk->setWorkspace(options.workspaceDir, result.workspace);

    int errors = 0;
    for (const Core::Diagnostic &d : result.diagnostics)
        errors += d.isError() ? 1 : 0;
    if (errors > 0)
        statusBar()->showMessage(
            tr("%1: %2 error(s) in the documents; see View → Problems.").arg(info.fileName()).arg(errors));
    else
        statusBar()->clearMessage(); // the source health shows again; "Evaluating…" is in the corner
    showProblems(result.diagnostics, options.workspaceDir);
    onSourceHealthChanged();
    m_refresher->refresh();
    Q_EMIT workspaceLoaded(path);
}

void MainWindow::createProblemsDock()
{
    m_problems = new ProblemsPanel(this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    m_problemsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    connect(m_problems, &ProblemsPanel::openRequested, this, [this](const QString &file, int line, int column) {
        // In the visual editor, at the field or line, when the file holds a document it read;
        // a file that does not parse opens in the desktop's text editor.
        if (m_editor->showLocation({file, line, column})) {
            setEditMode(true);
            return;
        }
        QDesktopServices::openUrl(QUrl::fromLocalFile(file));
    });
}

void MainWindow::showProblems(const Core::Diagnostics &diagnostics, const QString &workspaceDir)
{
    m_problems->setDiagnostics(diagnostics, workspaceDir);
    const QString summary = m_problems->summary();
    m_problemsDock->setWindowTitle(summary.isEmpty() ? tr("Problems") : tr("Problems — %1").arg(summary));
    // Shown whenever there is something to fix; the user may still close it (View → Problems).
    const bool wasVisible = m_problemsDock->isVisible();
    m_problemsDock->setVisible(!diagnostics.isEmpty());
    if (!wasVisible && m_problemsDock->isVisible()) {
        // A few rows high: the dashboard stays the main thing in the window.
        const int rows = int(std::min<qsizetype>(diagnostics.size(), 5)) + 2;
        resizeDocks({m_problemsDock}, {rows * (fontMetrics().height() + 8) + 24}, Qt::Vertical);
    }
}

bool MainWindow::openLink(const QString &link)
{
    showNormal();
    raise();
    activateWindow();
    const auto parsed = Core::Alerting::DashboardLink::parse(link);
    if (!parsed) {
        statusBar()->showMessage(tr("Not an SLA Desk link: %1").arg(link.left(200)), 10000);
        return false;
    }
    if (m_report.slas.isEmpty()) { // still reading or evaluating: select once shown
        m_pendingSelection = std::make_pair(parsed->sla, parsed->objective);
        return true;
    }
    if (!m_loaded.workspace.findSla(parsed->sla)) {
        statusBar()->showMessage(tr("The workspace has no SLA named %1.").arg(parsed->sla), 10000);
        return false;
    }
    if (!m_overview->select(parsed->sla, parsed->objective)) {
        // Filtered out of the list: show everything again, then select.
        m_overview->searchField()->clear();
        m_overview->statusFilter()->setCurrentIndex(0);
        m_overview->select(parsed->sla, parsed->objective);
    }
    return true;
}

void MainWindow::showReport(const Core::EvaluationReport &report)
{
    m_report = report;
    m_overview->setReport(report);
    m_detail->setReport(report);
    if (m_firstReport && !report.slas.isEmpty()) {
        m_firstReport = false;
        // Start where attention is needed: the first row after sorting (least budget left).
        QTreeView *view = m_overview->view();
        const QModelIndex tier = view->model()->index(0, 0);
        const QModelIndex sla = view->model()->index(0, 0, tier);
        const QModelIndex objective = view->model()->index(0, 0, sla);
        if (objective.isValid())
            view->setCurrentIndex(objective);
    }
    if (m_pendingSelection && !report.slas.isEmpty()) {
        const auto [sla, objective] = *std::exchange(m_pendingSelection, std::nullopt);
        if (!m_overview->select(sla, objective))
            statusBar()->showMessage(tr("The workspace has no SLA named %1.").arg(sla), 10000);
    }
    m_incrementalReads = 0;
    m_objectiveReads = 0;
    for (const Core::SlaResult &sla : report.slas) {
        for (const Core::ObjectiveResult &o : sla.objectives) {
            // Objectives read from the recording rules are neither incremental nor full.
            m_objectiveReads += o.read != Core::ObjectiveResult::ReadPath::RecordingRules ? 1 : 0;
            m_incrementalReads += o.read == Core::ObjectiveResult::ReadPath::Incremental ? 1 : 0;
        }
    }
    updateLastUpdated();
    onSourceHealthChanged();
    Q_EMIT reportShown();
}

void MainWindow::onSelectionChanged(const QString &sla, const QString &objective)
{
    if (sla.isEmpty())
        return; // a tier row: keep the detail as it is
    m_detail->showObjective(sla, objective);
}

void MainWindow::updateLastUpdated()
{
    const QDateTime last = m_refresher->lastUpdated();
    QString text;
    if (!last.isValid())
        text = m_refresher->isRefreshing() ? tr("Evaluating…") : tr("Not updated yet");
    else
        text = tr("Last updated %1").arg(QLocale().toString(last.time(), QLocale::LongFormat));
    // Whether the refresh read only the time since the last one (the Prometheus back-end's
    // incremental refresh) or everything.
    if (last.isValid() && m_incrementalReads > 0)
        text += tr(" · incremental (%1 of %2 objectives from the raw series read in full)")
                    .arg(m_objectiveReads - m_incrementalReads)
                    .arg(m_objectiveReads);
    if (m_refresher->isRefreshing() && last.isValid())
        text += tr(" · refreshing…");
    const int interval = int(std::chrono::duration_cast<std::chrono::seconds>(m_refresher->interval()).count());
    text += interval > 0 ? tr(" · auto refresh every %1 s").arg(interval) : tr(" · auto refresh off");
    m_lastUpdated->setText(text);
}

QString MainWindow::recordingRulesNote(const QString &source) const
{
    int rules = 0;
    int all = 0;
    for (const Core::SlaResult &s : m_report.slas) {
        for (const Core::ObjectiveResult &o : s.objectives) {
            if (o.dataSource != source)
                continue;
            ++all;
            rules += o.read == Core::ObjectiveResult::ReadPath::RecordingRules ? 1 : 0;
        }
    }
    return rules == 0 ? QString() : tr("recording rules for %1 of %2 objectives").arg(rules).arg(all);
}

void MainWindow::onSourceHealthChanged()
{
    const QMap<QString, Core::SourceHealth> health = m_evaluator->sourceHealth();
    QStringList parts;
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightnessF() < 0.5;
    const QString okColor = dark ? QStringLiteral("#5cd67d") : QStringLiteral("#2e7d32");
    const QString badColor = dark ? QStringLiteral("#ff6b6b") : QStringLiteral("#c62828");
    QStringList tips;
    for (const Core::DataSource &ds : m_loaded.workspace.dataSources) {
        const QString name = ds.metadata.name;
        QString state;
        QString color = pal.color(QPalette::WindowText).name();
        QString mark = QStringLiteral("○");
        const QString error = m_report.sourceErrors.value(name);
        // Only a refresh that queried the source can tell that it works.
        const bool used = std::any_of(m_report.slas.cbegin(), m_report.slas.cend(), [&name](const Core::SlaResult &s) {
            return std::any_of(s.objectives.cbegin(), s.objectives.cend(),
                               [&name](const Core::ObjectiveResult &o) { return o.dataSource == name; });
        });
        if (!error.isEmpty()) {
            state = tr("failing");
            color = badColor;
            mark = QStringLiteral("✖");
            tips << tr("%1: %2").arg(name, error);
        } else if (!used && !m_report.slas.isEmpty()) {
            state = tr("not used");
            tips << tr("%1: no objective uses this source, so no refresh queries it").arg(name);
        } else if (health.contains(name)) {
            const Core::SourceHealth h = health.value(name);
            switch (h.state) {
            case Core::SourceHealth::State::Ok:
                state = tr("OK");
                color = okColor;
                mark = QStringLiteral("✔");
                break;
            case Core::SourceHealth::State::Unknown:
                state = tr("not checked");
                break;
            default:
                state = Core::toString(h.state);
                color = badColor;
                mark = QStringLiteral("✖");
                tips << tr("%1: %2").arg(name, h.message);
                break;
            }
        } else if (used) {
            // Queried by the last refresh without an error.
            state = tr("OK");
            color = okColor;
            mark = QStringLiteral("✔");
        } else {
            state = tr("not checked");
        }
        const QString rules = recordingRulesNote(name);
        if (!rules.isEmpty()) {
            state = tr("%1, %2").arg(state, rules);
            tips << tr("%1: %2 read the window's events from the sladesk: recording rules of slactl rules (the "
                       "derived windows' difference applies, see the README)")
                        .arg(name, rules);
        }
        parts << QStringLiteral("<span style=\"color:%1\">%2</span> %3: %4")
                     .arg(color, mark, name.toHtmlEscaped(), state.toHtmlEscaped());
    }
    m_health->setText(parts.isEmpty() ? QString() : tr("Sources: %1").arg(parts.join(QStringLiteral(" &nbsp; "))));
    m_health->setToolTip(tips.join(QLatin1Char('\n')));
}

DataSourcesDialog *MainWindow::dataSourcesDialog() const
{
    return m_sourcesDialog;
}

DataSourcesDialog *MainWindow::openDataSourcesDialog()
{
    if (m_sourcesDialog)
        m_sourcesDialog->deleteLater();
    m_sourcesDialog = new DataSourcesDialog(m_path, m_loaded.workspace, m_credentials, this);
    connect(m_sourcesDialog, &DataSourcesDialog::saved, this, [this] {
        m_editor->session()->reloadFromDisk(); // the editor shows and offers the new sources
        if (!m_path.isEmpty())
            openWorkspace(m_path); // the sources changed: read and evaluate again
    });
    connect(m_sourcesDialog, &DataSourcesDialog::secretsStored, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 10000); });
    m_sourcesDialog->open();
    return m_sourcesDialog;
}

void MainWindow::onOpenFolderRequested()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Workspace Folder"), m_path);
    if (!dir.isEmpty())
        openWorkspace(dir);
}

void MainWindow::onOpenFileRequested()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Workspace File"), m_path,
                                                      tr("SLA documents (*.yaml *.yml *.json);;All files (*)"));
    if (!file.isEmpty())
        openWorkspace(file);
}

QStringList MainWindow::recentWorkspaces()
{
    return QSettings().value(settingsKey("recent/paths")).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings s;
    s.setValue(settingsKey("recent/paths"), recent);
    s.setValue(settingsKey("workspace/last"), path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentWorkspaces();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *a = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(settingsKey("recent/paths"));
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace Sla::Ui
