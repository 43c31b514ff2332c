// SPDX-License-Identifier: Apache-2.0
#include "alertdesk.h"

#include "alertconsole.h"
#include "core/alerting/alerthistory.h"
#include "core/alerting/alertservice.h"
#include "core/evaluation/evaluator.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QIcon>
#include <QMainWindow>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace Sla::Ui {

using namespace Core::Alerting;

AlertDesk::AlertDesk(QMainWindow *window) : QObject(window), m_window(window)
{
    m_console = new AlertConsole(window);
    m_dock = new QDockWidget(tr("On-call console"), window);
    m_dock->setObjectName(QStringLiteral("alertConsoleDock"));
    m_dock->setWidget(m_console);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_console, &AlertConsole::openRequested, this,
            [this](const AlertKey &key) { Q_EMIT openRequested(Alert{.key = key}.dashboardUrl()); });
    connect(m_console, &AlertConsole::remediationRequested, this, [this](const AlertKey &key) { runRemediation(key); });
    connect(m_console, &AlertConsole::historyLoaded, this,
            [this](const QList<HistoryEvent> &events) { Q_EMIT firingSpansChanged(firingSpans(events, {})); });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/sladesk.svg")), this);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
            m_dock->show();
        });
        m_tray->show();
        updateTray();
    }
}

AlertDesk::~AlertDesk() = default;

QString AlertDesk::historyPath(const QString &workspaceDir)
{
    return workspaceStatePath(QStringLiteral("alerts"), workspaceDir) + QStringLiteral(".sqlite");
}

void AlertDesk::setWorkspace(const QString &workspaceDir, const Core::Workspace &workspace)
{
    const QString path = historyPath(workspaceDir);
    if (!m_service || path != m_historyPath) {
        delete m_service;
        delete m_warmUp;
        m_historyPath = path;
        QDir().mkpath(QFileInfo(path).absolutePath());
        AlertService::Options options;
        options.historyPath = path;
        m_service = new AlertService(options, this);
        m_warmUp = new Core::Evaluator(this);
        connect(m_service, &AlertService::alertsChanged, this, &AlertDesk::updateTray);
        connect(m_service, &AlertService::openRequested, this,
                [this](const AlertKey &key) { Q_EMIT openRequested(Alert{.key = key}.dashboardUrl()); });
        connect(m_service, &AlertService::remediationRequested, this,
                [this](const AlertKey &key) { runRemediation(key); });
        connect(m_service, &AlertService::ready, this, [this] {
            if (!m_service->historyError().isEmpty())
                m_window->statusBar()->showMessage(
                    tr("Alert history unavailable (%1): alerts work, nothing is kept.").arg(m_service->historyError()),
                    15000);
        });
        m_console->setService(m_service);
    }
    Core::EvaluatorOptions options;
    options.workspaceDir = workspaceDir;
    m_warmUp->setWorkspace(workspace, options);
    m_service->setWorkspace(workspace);
    QPointer<Core::Evaluator> warmUp(m_warmUp);
    m_service->start([warmUp](const QDateTime &at) {
        return warmUp ? warmUp->evaluate(at) : QtFuture::makeReadyFuture(Core::EvaluationReport());
    });
}

void AlertDesk::onReport(const Core::EvaluationReport &report)
{
    if (m_service && !report.superseded)
        m_service->onReport(report);
}

void AlertDesk::runRemediation(const AlertKey &key, bool confirm)
{
    if (!m_service)
        return;
    const Core::Sla *sla = m_service->engine().workspace().findSla(key.sla);
    const QString url = sla ? sla->remediation.webhook : QString();
    if (confirm &&
        QMessageBox::question(
            m_window, tr("Run remediation"),
            tr("Run the remediation of %1 now?\n\nThis calls %2.").arg(key.sla, url.isEmpty() ? tr("(none set)") : url),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_service->runRemediation(key, &error))
        m_window->statusBar()->showMessage(tr("Remediation not run: %1").arg(error), 10000);
    else
        m_window->statusBar()->showMessage(tr("Remediation of %1 requested.").arg(key.sla), 10000);
}

void AlertDesk::updateTray()
{
    if (!m_tray)
        return;
    const int firing = m_service ? m_service->firingCount() : 0;
    m_tray->setToolTip(firing == 0 ? tr("SLA Desk: no alert firing")
                                   : tr("SLA Desk: %n alert(s) firing", nullptr, firing));
    // The count on the icon: a red badge in the lower right corner.
    QPixmap pixmap = QIcon(QStringLiteral(":/icons/sladesk.svg")).pixmap(64, 64);
    if (firing > 0) {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF badge(26, 26, 38, 38);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawEllipse(badge);
        QFont f = p.font();
        f.setPixelSize(firing > 9 ? 20 : 26);
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, firing > 99 ? QStringLiteral("99+") : QString::number(firing));
    }
    m_tray->setIcon(QIcon(pixmap));
}

} // namespace Sla::Ui
