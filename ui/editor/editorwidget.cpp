// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/editorwidget.h"

#include "core/document/builtintiers.h"
#include "core/document/tierresolver.h"
#include "ui/editor/backtestpanel.h"
#include "ui/editor/datasourceform.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/entriesform.h"
#include "ui/editor/newsladialog.h"
#include "ui/editor/slaform.h"
#include "ui/editor/slatemplates.h"
#include "ui/editor/tierform.h"
#include "ui/editor/workspaceimport.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFuture>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Sla::Ui {

namespace {

enum Role { KindRole = Qt::UserRole, NameRole, FileRole };

/// The groups of the tree: kind as written in documents, and the group's title.
const QList<std::pair<QString, const char *>> &groups()
{
    static const QList<std::pair<QString, const char *>> g = {
        {QStringLiteral("SLA"), QT_TRANSLATE_NOOP("Sla::Ui::EditorWidget", "SLAs")},
        {QStringLiteral("TierTemplate"), QT_TRANSLATE_NOOP("Sla::Ui::EditorWidget", "Tier templates")},
        {QStringLiteral("DataSource"), QT_TRANSLATE_NOOP("Sla::Ui::EditorWidget", "Data sources")},
        {QStringLiteral("Correction"), QT_TRANSLATE_NOOP("Sla::Ui::EditorWidget", "Corrections")},
        {QStringLiteral("Annotation"), QT_TRANSLATE_NOOP("Sla::Ui::EditorWidget", "Annotations")}};
    return g;
}

template <typename T> QList<std::pair<QString, QString>> namesAndFiles(const QList<T> &docs)
{
    QList<std::pair<QString, QString>> out;
    for (const T &d : docs)
        out.append({d.metadata.name, d.origin.self.file});
    return out;
}

} // namespace

EditorWidget::EditorWidget(QWidget *parent)
    : QWidget(parent), m_session(new EditorSession(this)), m_tree(new QTreeWidget(this)), m_tabs(new QTabWidget(this)),
      m_formStack(new QStackedWidget(this)), m_form(new SlaForm(m_session, this)),
      m_tierForm(new TierForm(m_session, this)), m_sourceForm(new DataSourceForm(m_session, this)),
      m_entriesForm(new EntriesForm(m_session, this)), m_otherKind(new QLabel(this)),
      m_backtest(new BacktestPanel(m_session, this)), m_yaml(new QPlainTextEdit(this)), m_yamlFile(new QLabel(this)),
      m_diagnostics(new QListWidget(this)), m_status(new QLabel(this)), m_recoveryBar(buildRecoveryBar())
{
    setObjectName(QStringLiteral("editor"));
    setAcceptDrops(true);
    m_tree->setObjectName(QStringLiteral("workspaceTree"));
    m_tree->setHeaderHidden(true);
    m_otherKind->setWordWrap(true);
    m_otherKind->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_otherKind->setMargin(12);
    m_formStack->addWidget(m_form);
    m_formStack->addWidget(m_otherKind);
    m_formStack->addWidget(m_tierForm);
    m_formStack->addWidget(m_sourceForm);
    m_formStack->addWidget(m_entriesForm);
    m_yaml->setObjectName(QStringLiteral("yamlEdit"));
    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *yamlPage = new QWidget(this);
    auto *yamlLayout = new QVBoxLayout(yamlPage);
    yamlLayout->setContentsMargins(0, 4, 0, 0);
    yamlLayout->addWidget(m_yamlFile);
    yamlLayout->addWidget(m_yaml);
    m_tabs->addTab(m_formStack, tr("&Form"));
    m_tabs->addTab(yamlPage, tr("&YAML"));
    m_tabs->addTab(m_backtest, tr("Alert &backtest"));
    m_diagnostics->setObjectName(QStringLiteral("diagnostics"));
    m_status->setObjectName(QStringLiteral("editorStatus"));

    createActions();
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_newSla, m_save, m_saveAs, m_revert});
    toolbar->addSeparator();
    toolbar->addActions({m_undo, m_redo});

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_tabs);
    right->addWidget(m_diagnostics);
    right->setStretchFactor(0, 4);
    right->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({240, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_recoveryBar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    m_yamlTimer.setSingleShot(true);
    m_yamlTimer.setInterval(300);
    connect(&m_yamlTimer, &QTimer::timeout, this, &EditorWidget::onYamlTimeout);
    connect(m_yaml, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingYaml)
            m_yamlTimer.start();
    });
    connect(m_session, &EditorSession::changed, this, &EditorWidget::onSessionChanged);
    connect(m_session, &EditorSession::saved, this, &EditorWidget::saved);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &EditorWidget::onTreeSelection);
    connect(m_diagnostics, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showDiagnostic(m_diagnostics->row(item)); });
    connect(m_diagnostics, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showDiagnostic(m_diagnostics->row(item)); });
    connect(m_form, &SlaForm::editFailed, this, &EditorWidget::setStatus);
    connect(m_tierForm, &TierForm::editFailed, this, &EditorWidget::setStatus);
    connect(m_sourceForm, &DataSourceForm::editFailed, this, &EditorWidget::setStatus);
    connect(m_sourceForm, &DataSourceForm::secretRequested, this, &EditorWidget::dataSourcesRequested);
    connect(m_entriesForm, &EntriesForm::editFailed, this, &EditorWidget::setStatus);
    connect(m_entriesForm, &EntriesForm::entrySelected, this,
            [this](const QString &kind, const QString &name) { selectDocument(kind, name); });
    // The backtest follows the objective selected in the form, once the form's refresh is over.
    connect(
        m_form->objectiveList(), &QListWidget::currentRowChanged, this,
        [this] {
            const int row = m_form->objectiveList()->currentRow();
            const Core::Sla *s =
                m_kind == QLatin1String("SLA") ? m_session->result().workspace.findSla(m_name) : nullptr;
            if (s && row >= 0 && row < s->objectives.size())
                m_backtest->setObjective(s->objectives.at(row).name);
        },
        Qt::QueuedConnection);
}

void EditorWidget::createActions()
{
    m_newSla = new QAction(tr("&New SLA…"), this);
    m_newSla->setShortcut(QKeySequence::New);
    connect(m_newSla, &QAction::triggered, this, &EditorWidget::onNewSlaRequested);
    m_save = new QAction(tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &EditorWidget::save);
    m_saveAs = new QAction(tr("Save &As…"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &EditorWidget::onSaveAsRequested);
    m_revert = new QAction(tr("Re&vert File"), this);
    connect(m_revert, &QAction::triggered, this, [this] { m_session->revert(m_file); });
    m_import = new QAction(tr("I&mport…"), this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setToolTip(tr("Adds OpenSLO, Sloth, Pyrra, Datadog SLO or SLA Desk files to the workspace"));
    connect(m_import, &QAction::triggered, this, &EditorWidget::onImportRequested);
    m_undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    for (QAction *a : {m_newSla, m_save, m_saveAs, m_revert, m_undo, m_redo, m_import})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_newSla, m_save, m_saveAs, m_revert, m_undo, m_redo, m_import});
}

bool EditorWidget::openWorkspace(const QString &path)
{
    QString error;
    if (!m_session->open(path, &error)) {
        setStatus(error);
        return false;
    }
    const Core::Workspace &ws = m_session->result().workspace;
    if (!ws.slas.isEmpty())
        selectDocument(QStringLiteral("SLA"), ws.slas.constFirst().metadata.name);
    m_recoveryBar->setVisible(m_session->hasRecovery());
    return true;
}

QWidget *EditorWidget::buildRecoveryBar()
{
    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("recoveryBar"));
    bar->setFrameShape(QFrame::StyledPanel);
    auto *row = new QHBoxLayout(bar);
    row->addWidget(new QLabel(tr("This workspace has unsaved edits from a session that did not end normally."), bar),
                   1);
    auto *restore = new QPushButton(tr("&Restore Them"), bar);
    auto *discard = new QPushButton(tr("D&iscard"), bar);
    row->addWidget(restore);
    row->addWidget(discard);
    connect(restore, &QPushButton::clicked, this, [this] {
        setStatus(tr("Restored the unsaved edits of %n file(s).", nullptr, m_session->restoreRecovery()));
        m_recoveryBar->hide();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        m_session->discardRecovery();
        m_recoveryBar->hide();
    });
    bar->hide();
    return bar;
}

QString EditorWidget::workspaceDir() const
{
    const QFileInfo info(m_session->workspacePath());
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

void EditorWidget::onSessionChanged(const QString &)
{
    rebuildTree();
    rebuildDiagnostics();
    showYaml();
    const bool modified = m_session->isModified();
    m_save->setEnabled(m_session->isDirty(m_file));
    m_revert->setEnabled(m_session->isDirty(m_file));
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void EditorWidget::rebuildTree()
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    const Core::Workspace &ws = m_session->result().workspace;
    const QList<QList<std::pair<QString, QString>>> docs = {
        namesAndFiles(ws.slas), namesAndFiles(ws.tiers), namesAndFiles(ws.dataSources), namesAndFiles(ws.corrections),
        namesAndFiles(ws.annotations)};
    for (int g = 0; g < groups().size(); ++g) {
        auto *group = new QTreeWidgetItem(m_tree, {tr(groups().at(g).second)});
        group->setFlags(Qt::ItemIsEnabled);
        for (const auto &[name, file] : docs.at(g)) {
            // A dot marks documents whose file has unsaved edits.
            auto *item =
                new QTreeWidgetItem(group, {m_session->isDirty(file) ? QString(name + QStringLiteral(" ●")) : name});
            item->setData(0, KindRole, groups().at(g).first);
            item->setData(0, NameRole, name);
            item->setData(0, FileRole, file);
            item->setToolTip(0, QDir::toNativeSeparators(file));
            if (groups().at(g).first == m_kind && name == m_name)
                m_tree->setCurrentItem(item);
        }
        group->setExpanded(true);
    }
}

void EditorWidget::rebuildDiagnostics()
{
    m_diagnostics->clear();
    const QDir dir(workspaceDir());
    for (const Core::Diagnostic &d : m_session->result().diagnostics) {
        Core::Diagnostic shown = d;
        shown.location.file = dir.relativeFilePath(d.location.file);
        auto *item = new QListWidgetItem(shown.toString(), m_diagnostics);
        item->setForeground(d.isError() ? QColor(0xc0, 0x39, 0x2b) : QColor(0xb3, 0x6b, 0x00));
    }
    if (m_session->result().diagnostics.isEmpty())
        m_diagnostics->addItem(tr("No problems: every document is valid."));
}

void EditorWidget::showYaml()
{
    const QByteArray text = m_session->text(m_file);
    m_yamlFile->setText(m_file.isEmpty() ? tr("No file") : QDir(workspaceDir()).relativeFilePath(m_file));
    if (m_yaml->toPlainText().toUtf8() == text)
        return;
    const int line = m_yaml->textCursor().blockNumber();
    m_settingYaml = true;
    m_yaml->setPlainText(QString::fromUtf8(text));
    m_settingYaml = false;
    QTextCursor c(m_yaml->document()->findBlockByNumber(std::min(line, m_yaml->blockCount() - 1)));
    m_yaml->setTextCursor(c);
}

void EditorWidget::onYamlTimeout()
{
    if (!m_file.isEmpty())
        m_session->changeText(m_file, m_yaml->toPlainText().toUtf8(), tr("Edit YAML"),
                              QStringLiteral("yaml:") + m_file);
}

bool EditorWidget::selectDocument(const QString &kind, const QString &name)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            if (item->data(0, KindRole).toString() == kind && item->data(0, NameRole).toString() == name) {
                m_tree->setCurrentItem(item);
                onTreeSelection();
                return true;
            }
        }
    }
    return false;
}

void EditorWidget::onTreeSelection()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->data(0, KindRole).toString().isEmpty())
        return;
    // Pending YAML typing belongs to the file it was typed in.
    if (m_yamlTimer.isActive()) {
        m_yamlTimer.stop();
        onYamlTimeout();
    }
    m_kind = item->data(0, KindRole).toString();
    m_name = item->data(0, NameRole).toString();
    m_file = item->data(0, FileRole).toString();
    const bool entries = m_kind == QLatin1String("Correction") || m_kind == QLatin1String("Annotation");
    // Only the shown form follows the text; the others let go of their document.
    m_form->showSla(m_kind == QLatin1String("SLA") ? m_name : QString());
    m_tierForm->showTier(m_kind == QLatin1String("TierTemplate") ? m_name : QString());
    m_sourceForm->showSource(m_kind == QLatin1String("DataSource") ? m_name : QString());
    m_entriesForm->showEntries(entries ? m_kind : QString(), entries ? m_file : QString(), m_name);
    if (m_kind == QLatin1String("SLA")) {
        m_formStack->setCurrentWidget(m_form);
        const Core::Sla *s = m_session->result().workspace.findSla(m_name);
        const int row = m_form->objectiveList()->currentRow();
        m_backtest->showSla(m_name,
                            s && row >= 0 && row < s->objectives.size() ? s->objectives.at(row).name : QString());
    } else {
        m_backtest->showSla({});
    }
    if (m_kind == QLatin1String("TierTemplate"))
        m_formStack->setCurrentWidget(m_tierForm);
    else if (m_kind == QLatin1String("DataSource"))
        m_formStack->setCurrentWidget(m_sourceForm);
    else if (entries)
        m_formStack->setCurrentWidget(m_entriesForm);
    else if (m_kind != QLatin1String("SLA")) {
        m_otherKind->setText(
            tr("%1 %2 is edited in the YAML tab; the diagnostics below check it as you type.").arg(m_kind, m_name));
        m_formStack->setCurrentWidget(m_otherKind);
    }
    m_save->setEnabled(m_session->isDirty(m_file));
    m_revert->setEnabled(m_session->isDirty(m_file));
    showYaml();
}

void EditorWidget::showDiagnostic(int row)
{
    const Core::Diagnostics &diags = m_session->result().diagnostics;
    if (row < 0 || row >= diags.size())
        return;
    showLocation(diags.at(row).location);
}

bool EditorWidget::showLocation(const Core::SourceLocation &where)
{
    // The document that holds the place: the last one of its file starting at or before it.
    const Core::Workspace &ws = m_session->result().workspace;
    QString kind, name;
    int best = -1;
    auto consider = [&](const auto &list, const QString &k) {
        for (const auto &d : list) {
            if (d.origin.self.file == where.file && d.origin.self.line <= where.line && d.origin.self.line > best) {
                best = d.origin.self.line;
                kind = k;
                name = d.metadata.name;
            }
        }
    };
    consider(ws.slas, QStringLiteral("SLA"));
    consider(ws.tiers, QStringLiteral("TierTemplate"));
    consider(ws.dataSources, QStringLiteral("DataSource"));
    consider(ws.corrections, QStringLiteral("Correction"));
    consider(ws.annotations, QStringLiteral("Annotation"));
    if (name.isEmpty() || !selectDocument(kind, name))
        return false;
    if (kind == QLatin1String("SLA") && m_form->focusLocation(where)) {
        m_tabs->setCurrentIndex(0);
    } else if (where.isValid() && where.file == m_file) {
        m_tabs->setCurrentIndex(1);
        QTextCursor c(m_yaml->document()->findBlockByNumber(where.line - 1));
        c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, where.column - 1));
        m_yaml->setTextCursor(c);
        m_yaml->setFocus();
    }
    return true;
}

QString EditorWidget::createSla(const NewSlaRequest &request)
{
    const QList<Core::TierTemplate> builtIns = Core::builtInTiers();
    const Core::TierTemplate *tier = Core::findTierTemplate(m_session->result().workspace, builtIns, request.tier);
    QByteArray yaml;
    if (request.templateResource.isEmpty()) {
        yaml = slaYaml(makeSla(request, tier, QDateTime::currentDateTimeUtc()));
    } else {
        QString error;
        yaml = platformSlaYaml(request, &error);
        if (yaml.isEmpty()) {
            setStatus(error);
            return {};
        }
    }
    QString file = QDir(workspaceDir()).filePath(request.name + QStringLiteral(".yaml"));
    for (int n = 2; QFileInfo::exists(file) || m_session->files().contains(file); ++n)
        file = QDir(workspaceDir()).filePath(request.name + QStringLiteral("-%1.yaml").arg(n));
    m_session->addFile(file, yaml, tr("New SLA %1").arg(request.name));
    selectDocument(QStringLiteral("SLA"), request.name);
    m_tabs->setCurrentIndex(0);
    return file;
}

void EditorWidget::onNewSlaRequested()
{
    const Core::Workspace &ws = m_session->result().workspace;
    QStringList tiers;
    for (const Core::TierTemplate &t : ws.tiers)
        tiers.append(t.metadata.name);
    for (const Core::TierTemplate &t : Core::builtInTiers()) {
        if (!tiers.contains(t.metadata.name))
            tiers.append(t.metadata.name);
    }
    QStringList sources;
    for (const Core::DataSource &d : ws.dataSources)
        sources.append(d.metadata.name);
    NewSlaDialog dialog(tiers, sources, this);
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("Created %1; save it with %2.")
                      .arg(QDir::toNativeSeparators(createSla(dialog.request())),
                           m_save->shortcut().toString(QKeySequence::NativeText)));
}

bool EditorWidget::save()
{
    if (m_yamlTimer.isActive()) {
        m_yamlTimer.stop();
        onYamlTimeout();
    }
    QString error;
    if (!m_session->saveAll(&error)) {
        setStatus(error);
        return false;
    }
    setStatus(tr("Saved."));
    return true;
}

bool EditorWidget::saveAs(const QString &path)
{
    QString error;
    if (m_file.isEmpty() || !m_session->saveAs(m_file, path, &error)) {
        setStatus(error.isEmpty() ? tr("Cannot save as %1").arg(QDir::toNativeSeparators(path)) : error);
        return false;
    }
    m_file = path;
    onSessionChanged(path);
    setStatus(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void EditorWidget::onSaveAsRequested()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save As"), m_file, tr("YAML files (*.yaml *.yml)"));
    if (!path.isEmpty())
        saveAs(path);
}

void EditorWidget::onImportRequested()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import"), workspaceDir(),
        tr("OpenSLO, Sloth, Pyrra, Datadog or SLA Desk files (*.yaml *.yml *.json);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void EditorWidget::importFiles(const QStringList &paths)
{
    if (m_session->workspacePath().isEmpty()) {
        setStatus(tr("Open a workspace before importing files into it."));
        Q_EMIT importFinished(0);
        return;
    }
    setStatus(tr("Importing %n file(s)…", nullptr, int(paths.size())));
    QtConcurrent::run(&m_importPool, [paths] {
        QList<ImportedFile> files;
        for (const QString &path : paths)
            files << importForWorkspace(path);
        return files;
    }).then(this, [this](const QList<ImportedFile> &files) { onImported(files); });
}

void EditorWidget::onImported(const QList<ImportedFile> &files)
{
    QStringList errors;
    QString first;
    int converted = 0;
    int imported = 0;
    for (const ImportedFile &f : files) {
        if (!f.error.isEmpty()) {
            errors << f.error;
            continue;
        }
        const QString target = importTarget(f.source, workspaceDir(), m_session->files());
        m_session->addFile(target, f.yaml, tr("Import %1").arg(QFileInfo(f.source).fileName()));
        if (first.isEmpty())
            first = target;
        converted += f.converted ? 1 : 0;
        ++imported;
    }
    if (!first.isEmpty())
        showLocation({first, 1, 1});
    QString message;
    if (imported > 0)
        message = tr("Imported %n file(s), %1 converted to sladesk/v1; save with %2.", nullptr, imported)
                      .arg(converted)
                      .arg(m_save->shortcut().toString(QKeySequence::NativeText));
    if (!errors.isEmpty())
        message += (message.isEmpty() ? QString() : QStringLiteral(" ")) +
                   tr("Not imported: %1").arg(errors.join(QStringLiteral("; ")));
    setStatus(message);
    Q_EMIT importFinished(imported);
}

void EditorWidget::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool files = !urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &url) {
        return url.isLocalFile() && isImportable(url.toLocalFile());
    });
    if (files)
        event->acceptProposedAction();
}

void EditorWidget::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && isImportable(url.toLocalFile()))
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

bool EditorWidget::maybeDiscard()
{
    if (!m_session->isModified())
        return true;
    const auto answer =
        QMessageBox::question(this, tr("Unsaved changes"), tr("The workspace has unsaved edits. Save them?"),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void EditorWidget::setStatus(const QString &message)
{
    m_status->setText(message);
}

} // namespace Sla::Ui
