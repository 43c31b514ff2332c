// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace Sla::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("SLA Desk"));
    resize(1100, 720);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::onOpenRequested);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SLA Desk"), this, [this] {
        QMessageBox::about(this, tr("About SLA Desk"),
                           tr("<b>SLA Desk %1</b><p>SLA compliance, error budgets and model quality for "
                              "production AI systems.</p>")
                               .arg(QStringLiteral(SLADESK_VERSION)));
    });

    m_summary = new QLabel(this);
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setCentralWidget(m_summary);
    showSummary();
}

MainWindow::~MainWindow() = default;

void MainWindow::openWorkspace(const QString &path)
{
    m_path = path;
    m_loaded = Core::DocumentLoader::loadPaths({path});
    showSummary();
}

void MainWindow::onOpenRequested()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Workspace"), m_path);
    if (!dir.isEmpty())
        openWorkspace(dir);
}

void MainWindow::showSummary()
{
    if (m_path.isEmpty()) {
        m_summary->setText(tr("No workspace open. Use File → Open Workspace… (%1).")
                               .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
        statusBar()->showMessage(tr("Ready"));
        return;
    }
    const Core::Workspace &ws = m_loaded.workspace;
    QString text = tr("<h3>%1</h3>").arg(m_path.toHtmlEscaped());
    text += tr("<p>%n SLA(s), ", nullptr, int(ws.slas.size())) + tr("%n tier template(s), ", nullptr, int(ws.tiers.size()))
        + tr("%n data source(s)</p>", nullptr, int(ws.dataSources.size()));
    int errors = 0;
    for (const Core::Diagnostic &d : m_loaded.diagnostics)
        errors += d.isError() ? 1 : 0;
    if (errors > 0)
        text += tr("<p>%n problem(s) found; run <tt>slactl validate</tt> for details.</p>", nullptr, errors);
    m_summary->setText(text);
    statusBar()->showMessage(errors ? tr("Workspace has errors") : tr("Workspace loaded"));
}

} // namespace Sla::Ui
