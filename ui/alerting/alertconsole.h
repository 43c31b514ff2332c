// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alerting/alert.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QCheckBox;

namespace Sla::Core::Alerting {
class AlertService;
}

namespace Sla::Ui {

/// The on-call console (README "The on-call console"): firing and pending alerts with
/// their figures and actions (acknowledge, silence, run remediation, open runbook, open
/// the SLA); the history with filters and CSV export; per incident the breach checklist
/// and a post-mortem draft. Reads and writes everything through the AlertService.
class AlertConsole final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertConsole)

public:
    explicit AlertConsole(QWidget *parent = nullptr);
    ~AlertConsole() override;

    /// The service whose alerts are shown (may change when a workspace is opened).
    void setService(Core::Alerting::AlertService *service);

    QTableWidget *alertTable() const { return m_alerts; }
    QTableWidget *historyTable() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *historyText() const { return m_text; }
    QComboBox *historySla() const { return m_sla; }
    QList<QCheckBox *> checklist() const { return m_steps; }
    /// The selected alert; invalid key when none.
    Core::Alerting::AlertKey selectedKey() const;
    bool selectAlert(const Core::Alerting::AlertKey &key);

    /// Acknowledges the selected alert with `note` (the button asks for it first).
    bool acknowledgeSelected(const QString &note);
    /// The post-mortem draft of the selected alert's incident (Markdown).
    QString postMortemDraft() const;
    /// Writes the filtered history as CSV; false with `*error` when it cannot.
    bool exportHistoryCsv(const QString &path, QString *error = nullptr) const;
    /// The history rows shown (after the filters).
    int historyRowCount() const;

Q_SIGNALS:
    void openRequested(const Core::Alerting::AlertKey &key);
    /// The user asked to run the selected alert's remediation (the owner confirms).
    void remediationRequested(const Core::Alerting::AlertKey &key);
    /// The history was read again (after the service recorded events).
    void historyLoaded(const QList<Core::Alerting::HistoryEvent> &events);

private:
    QWidget *createAlertsTab();
    QWidget *createHistoryTab();
    QWidget *createIncidentTab();
    void rebuildAlerts();
    void reloadHistory();
    void applyHistoryFilter();
    void updateActions();
    void updateIncident();
    void onAcknowledge();
    void onSilence();
    void onRunbook();
    void onChecklistToggled(const QString &step, bool done);
    void onPostMortem();
    void onExportCsv();

    Core::Alerting::AlertService *m_service = nullptr;
    QList<Core::Alerting::HistoryEvent> m_events;   ///< the whole history, oldest first
    QList<Core::Alerting::HistoryEvent> m_filtered; ///< what the history table shows
    quint64 m_historyGeneration = 0;
    QTimer m_reloadTimer; ///< coalesces the service's historyChanged
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_alerts = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_ack = nullptr;
    QPushButton *m_silence = nullptr;
    QPushButton *m_remediate = nullptr;
    QPushButton *m_runbook = nullptr;
    QPushButton *m_open = nullptr;
    QTableWidget *m_history = nullptr;
    QComboBox *m_sla = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_period = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_incidentTitle = nullptr;
    QList<QCheckBox *> m_steps;
    QPushButton *m_postMortem = nullptr;
    bool m_updatingChecklist = false;
};

} // namespace Sla::Ui
