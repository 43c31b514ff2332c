// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alerting/alert.h"
#include "core/alerting/alertservice.h"
#include "core/alerting/incident.h"
#include "core/evaluation/evaluation.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QSystemTrayIcon;

namespace Sla::Core {
class Evaluator;
}
namespace Sla::Core::Alerting {
class AlertService;
}

namespace Sla::Ui {

class AlertConsole;

/// The desktop side of alerting (README "The on-call console"): one AlertService per open
/// workspace (its history in the XDG state folder), the console in a dock, a tray icon
/// with the count of firing alerts when a tray is available, and the confirmation before
/// a remediation runs.
class AlertDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertDesk)

public:
    explicit AlertDesk(QMainWindow *window);
    ~AlertDesk() override;

    /// A workspace was opened: the service of its history takes over; the alerts start
    /// after a warm-up replay of the rules' `for` span (evaluated apart from the dashboard).
    void setWorkspace(const QString &workspaceDir, const Core::Workspace &workspace);
    /// A report of the dashboard's refresh.
    void onReport(const Core::EvaluationReport &report);

    Core::Alerting::AlertService *service() const { return m_service; }
    AlertConsole *console() const { return m_console; }
    QDockWidget *dock() const { return m_dock; }
    QSystemTrayIcon *tray() const { return m_tray; }
    /// $XDG_STATE_HOME/sladesk/alerts-HASH.sqlite for the workspace folder.
    static QString historyPath(const QString &workspaceDir);
    /// Asks before running `key`'s remediation; `confirm` false skips the question (tests).
    void runRemediation(const Core::Alerting::AlertKey &key, bool confirm = true);

Q_SIGNALS:
    /// Show this alert's SLA and objective in the dashboard.
    void openRequested(const QString &link);
    /// The firing episodes of the history (every SLA), after each read of it: the detail
    /// charts mark them.
    void firingSpansChanged(const QList<Core::Alerting::FiringSpan> &spans);

private:
    void updateTray();

    QMainWindow *m_window = nullptr;
    QPointer<Core::Alerting::AlertService> m_service;
    Core::Evaluator *m_warmUp = nullptr; ///< evaluates the past for the warm-up, apart from the dashboard
    AlertConsole *m_console = nullptr;
    QDockWidget *m_dock = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_historyPath;
};

} // namespace Sla::Ui
