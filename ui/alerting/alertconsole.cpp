// SPDX-License-Identifier: Apache-2.0
#include "alertconsole.h"

#include "core/alerting/alertservice.h"
#include "core/alerting/incident.h"
#include "core/models/overviewmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>

namespace Sla::Ui {

using namespace Core::Alerting;
using Core::AlertSeverity;

namespace {

enum AlertColumn {
    ColSla,
    ColObjective,
    ColRule,
    ColSeverity,
    ColTier,
    ColState,
    ColSince,
    ColValue,
    ColBudget,
    ColNote
};
enum HistoryColumn { HColAt, HColType, HColAlert, HColActor, HColText };
constexpr int KeyRole = Qt::UserRole + 1;

QString stateText(const Alert &a)
{
    switch (a.state) {
    case AlertState::Pending:
        return AlertConsole::tr("pending");
    case AlertState::Firing:
        return AlertConsole::tr("firing");
    case AlertState::Resolved:
        return AlertConsole::tr("resolved");
    case AlertState::Inactive:
        break;
    }
    return AlertConsole::tr("inactive");
}

QString severityText(AlertSeverity s)
{
    switch (s) {
    case AlertSeverity::Page:
        return AlertConsole::tr("page");
    case AlertSeverity::Ticket:
        return AlertConsole::tr("ticket");
    case AlertSeverity::Info:
        break;
    }
    return AlertConsole::tr("info");
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

// The budget left as the dashboard shows it (one decimal, OverviewModel::formatPercent).
QString percentText(const std::optional<double> &v)
{
    return v ? Core::OverviewModel::formatPercent(*v, 1) : QStringLiteral("–");
}

/// What the last column says: acknowledged, silenced, in maintenance.
QString noteText(const Alert &a)
{
    QStringList parts;
    if (!a.maintenance.isEmpty())
        parts << AlertConsole::tr("in maintenance (%1)").arg(a.maintenance);
    if (a.ack)
        parts << AlertConsole::tr("acknowledged by %1 %2").arg(a.ack->by, timeText(a.ack->at));
    if (a.silence && a.silence->until > QDateTime::currentDateTimeUtc())
        parts << AlertConsole::tr("silenced until %1").arg(timeText(a.silence->until));
    return parts.join(QStringLiteral("; "));
}

QTableWidgetItem *cell(const QString &text, const QString &tooltip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(tooltip.isEmpty() ? text : tooltip);
    return item;
}

QTableWidget *newTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

} // namespace

AlertConsole::AlertConsole(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("alertConsole"));
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(100);
    connect(&m_reloadTimer, &QTimer::timeout, this, &AlertConsole::reloadHistory);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createAlertsTab(), tr("&Alerts"));
    m_tabs->addTab(createHistoryTab(), tr("&History"));
    m_tabs->addTab(createIncidentTab(), tr("&Incident"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    updateActions();
}

AlertConsole::~AlertConsole() = default;

QWidget *AlertConsole::createAlertsTab()
{
    auto *page = new QWidget(this);
    m_alerts = newTable({tr("SLA"), tr("Objective"), tr("Rule"), tr("Severity"), tr("Tier"), tr("State"), tr("Since"),
                         tr("Value"), tr("Budget left"), tr("Note")},
                        page);
    m_alerts->setObjectName(QStringLiteral("alertTable"));
    m_empty = new QLabel(tr("No alert is pending or firing."), page);
    m_empty->setObjectName(QStringLiteral("alertsEmpty"));
    m_ack = new QPushButton(tr("A&cknowledge…"), page);
    m_silence = new QPushButton(tr("&Silence…"), page);
    m_remediate = new QPushButton(tr("Run &remediation…"), page);
    m_runbook = new QPushButton(tr("Open run&book"), page);
    m_open = new QPushButton(tr("Show &SLA"), page);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_ack, m_silence, m_remediate, m_runbook, m_open})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_empty);
    layout->addWidget(m_alerts, 1);
    layout->addLayout(buttons);
    connect(m_alerts, &QTableWidget::itemSelectionChanged, this, [this] {
        updateActions();
        updateIncident();
    });
    connect(m_alerts, &QTableWidget::itemActivated, this, [this] {
        if (selectedKey().isValid())
            Q_EMIT openRequested(selectedKey());
    });
    connect(m_ack, &QPushButton::clicked, this, &AlertConsole::onAcknowledge);
    connect(m_silence, &QPushButton::clicked, this, &AlertConsole::onSilence);
    connect(m_remediate, &QPushButton::clicked, this, [this] { Q_EMIT remediationRequested(selectedKey()); });
    connect(m_runbook, &QPushButton::clicked, this, &AlertConsole::onRunbook);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(selectedKey()); });
    return page;
}

QWidget *AlertConsole::createHistoryTab()
{
    auto *page = new QWidget(this);
    m_sla = new QComboBox(page);
    m_sla->setObjectName(QStringLiteral("historySla"));
    m_severity = new QComboBox(page);
    m_severity->addItem(tr("All severities"), -1);
    m_severity->addItem(tr("page"), int(AlertSeverity::Page));
    m_severity->addItem(tr("ticket"), int(AlertSeverity::Ticket));
    m_severity->addItem(tr("info"), int(AlertSeverity::Info));
    m_period = new QComboBox(page);
    m_period->addItem(tr("Last 24 hours"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("All time"), 0);
    m_period->setCurrentIndex(3);
    m_text = new QLineEdit(page);
    m_text->setPlaceholderText(tr("Filter by text"));
    m_text->setClearButtonEnabled(true);
    auto *exportButton = new QPushButton(tr("E&xport CSV…"), page);
    m_history = newTable({tr("Time"), tr("Event"), tr("Alert"), tr("By"), tr("Details")}, page);
    m_history->setObjectName(QStringLiteral("historyTable"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_sla);
    filters->addWidget(m_severity);
    filters->addWidget(m_period);
    filters->addWidget(m_text, 1);
    filters->addWidget(exportButton);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_history, 1);
    for (QComboBox *c : {m_sla, m_severity, m_period})
        connect(c, &QComboBox::currentIndexChanged, this, &AlertConsole::applyHistoryFilter);
    connect(m_text, &QLineEdit::textChanged, this, &AlertConsole::applyHistoryFilter);
    connect(exportButton, &QPushButton::clicked, this, &AlertConsole::onExportCsv);
    return page;
}

QWidget *AlertConsole::createIncidentTab()
{
    auto *page = new QWidget(this);
    m_incidentTitle = new QLabel(page);
    m_incidentTitle->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_incidentTitle);
    for (const QString &step : checklistSteps()) {
        auto *box = new QCheckBox(checklistLabel(step), page);
        box->setObjectName(QStringLiteral("step-") + step);
        connect(box, &QCheckBox::toggled, this, [this, step](bool on) { onChecklistToggled(step, on); });
        m_steps.append(box);
        layout->addWidget(box);
    }
    m_postMortem = new QPushButton(tr("&Post-mortem draft…"), page);
    connect(m_postMortem, &QPushButton::clicked, this, &AlertConsole::onPostMortem);
    layout->addWidget(m_postMortem, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

void AlertConsole::setService(AlertService *service)
{
    if (m_service)
        m_service->disconnect(this);
    m_service = service;
    if (service) {
        connect(service, &AlertService::alertsChanged, this, &AlertConsole::rebuildAlerts);
        // A burst of events (a transition, its notifications, an escalation) reads the
        // history once.
        connect(service, &AlertService::historyChanged, &m_reloadTimer, qOverload<>(&QTimer::start));
        connect(service, &QObject::destroyed, this, [this] { setService(nullptr); });
    }
    rebuildAlerts();
    reloadHistory();
}

AlertKey AlertConsole::selectedKey() const
{
    const QList<QTableWidgetItem *> items = m_alerts->selectedItems();
    if (items.isEmpty())
        return {};
    return AlertKey::fromFingerprint(m_alerts->item(items.first()->row(), ColSla)->data(KeyRole).toString())
        .value_or(AlertKey{});
}

bool AlertConsole::selectAlert(const AlertKey &key)
{
    for (int r = 0; r < m_alerts->rowCount(); ++r) {
        if (m_alerts->item(r, ColSla)->data(KeyRole).toString() == key.fingerprint()) {
            m_alerts->selectRow(r);
            return true;
        }
    }
    return false;
}

void AlertConsole::rebuildAlerts()
{
    const AlertKey selected = selectedKey();
    QList<Alert> alerts = m_service ? m_service->alerts() : QList<Alert>();
    // Firing first, then pending, then resolved; the longest-running first.
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
        const auto rank = [](AlertState s) { return s == AlertState::Firing ? 0 : s == AlertState::Pending ? 1 : 2; };
        return std::make_pair(rank(a.state), a.activeSince) < std::make_pair(rank(b.state), b.activeSince);
    });
    m_alerts->setRowCount(int(alerts.size()));
    for (int r = 0; r < alerts.size(); ++r) {
        const Alert &a = alerts[r];
        auto *first = cell(a.key.sla);
        first->setData(KeyRole, a.key.fingerprint());
        m_alerts->setItem(r, ColSla, first);
        m_alerts->setItem(r, ColObjective, cell(a.key.objective));
        m_alerts->setItem(r, ColRule, cell(a.key.rule, a.summary));
        m_alerts->setItem(r, ColSeverity, cell(severityText(a.severity)));
        m_alerts->setItem(r, ColTier, cell(a.tier));
        m_alerts->setItem(r, ColState, cell(stateText(a)));
        m_alerts->setItem(r, ColSince,
                          cell(timeText(a.state == AlertState::Resolved ? a.resolvedAt
                                        : a.firingSince.isValid()       ? a.firingSince
                                                                        : a.activeSince)));
        m_alerts->setItem(r, ColValue, cell(a.summary, a.summary + QLatin1Char('\n') + a.description));
        m_alerts->setItem(r, ColBudget, cell(percentText(a.budgetRemaining)));
        m_alerts->setItem(r, ColNote, cell(noteText(a)));
    }
    m_alerts->resizeColumnsToContents();
    m_empty->setVisible(alerts.isEmpty());
    if (selected.isValid())
        selectAlert(selected);
    updateActions();
    updateIncident();
}

void AlertConsole::updateActions()
{
    const AlertKey key = selectedKey();
    const Alert *a = m_service && key.isValid() ? m_service->find(key) : nullptr;
    const Core::Sla *sla = a ? m_service->engine().workspace().findSla(key.sla) : nullptr;
    m_ack->setEnabled(a && a->isActive() && !a->ack);
    m_silence->setEnabled(a != nullptr);
    m_remediate->setEnabled(sla && !sla->remediation.webhook.isEmpty());
    m_runbook->setEnabled(a && !a->runbookUrl.isEmpty());
    m_open->setEnabled(a != nullptr);
}

bool AlertConsole::acknowledgeSelected(const QString &note)
{
    return m_service && selectedKey().isValid() && m_service->acknowledge(selectedKey(), note);
}

void AlertConsole::onAcknowledge()
{
    bool ok = false;
    const QString note =
        QInputDialog::getText(this, tr("Acknowledge alert"), tr("Note for the history (what you are doing about it):"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok && !acknowledgeSelected(note))
        QMessageBox::information(this, tr("Acknowledge alert"), tr("The alert is no longer pending or firing."));
}

void AlertConsole::onSilence()
{
    const AlertKey key = selectedKey();
    if (!m_service || !key.isValid())
        return;
    const QStringList choices{tr("15 minutes"), tr("1 hour"), tr("4 hours"), tr("1 day")};
    static constexpr std::array<qint64, 4> Minutes{15, 60, 240, 1440};
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Silence alert"),
                                                 tr("Silence %1 for:").arg(key.fingerprint()), choices, 1, false, &ok);
    if (!ok)
        return;
    const QString reason =
        QInputDialog::getText(this, tr("Silence alert"), tr("Reason:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const auto i = std::size_t(std::max<qsizetype>(0, choices.indexOf(choice)));
    m_service->silence(key, std::chrono::minutes(Minutes[i]), reason);
}

void AlertConsole::onRunbook()
{
    const Alert *a = m_service ? m_service->find(selectedKey()) : nullptr;
    if (a && !a->runbookUrl.isEmpty())
        QDesktopServices::openUrl(QUrl(a->runbookUrl));
}

void AlertConsole::reloadHistory()
{
    if (!m_service) {
        m_events.clear();
        applyHistoryFilter();
        return;
    }
    const quint64 generation = ++m_historyGeneration;
    QPointer<AlertConsole> self(this);
    m_service->history().then(this, [self, generation](const QList<HistoryEvent> &events) {
        if (!self || generation != self->m_historyGeneration)
            return;
        self->m_events = events;
        const QString current = self->m_sla->currentData().toString();
        QStringList slas;
        for (const HistoryEvent &e : events) {
            if (!slas.contains(e.key.sla))
                slas << e.key.sla;
        }
        const QSignalBlocker block(self->m_sla);
        self->m_sla->clear();
        self->m_sla->addItem(tr("All SLAs"), QString());
        for (const QString &s : std::as_const(slas))
            self->m_sla->addItem(s, s);
        self->m_sla->setCurrentIndex(std::max(0, self->m_sla->findData(current)));
        self->applyHistoryFilter();
        self->updateIncident();
        Q_EMIT self->historyLoaded(events);
    });
}

void AlertConsole::applyHistoryFilter()
{
    HistoryFilter f;
    f.sla = m_sla->currentData().toString();
    if (const int s = m_severity->currentData().toInt(); s >= 0)
        f.severity = AlertSeverity(s);
    if (const int days = m_period->currentData().toInt(); days > 0)
        f.from = QDateTime::currentDateTimeUtc().addDays(-days);
    f.text = m_text->text().trimmed();
    m_filtered.clear();
    for (const HistoryEvent &e : std::as_const(m_events)) {
        if (f.matches(e))
            m_filtered.append(e);
    }
    m_history->setRowCount(int(m_filtered.size()));
    // Newest first.
    for (int r = 0; r < m_filtered.size(); ++r) {
        const HistoryEvent &e = m_filtered[m_filtered.size() - 1 - r];
        m_history->setItem(r, HColAt, cell(timeText(e.at), e.at.toUTC().toString(Qt::ISODate)));
        m_history->setItem(r, HColType, cell(eventTypeName(e.type)));
        m_history->setItem(r, HColAlert, cell(e.key.fingerprint()));
        m_history->setItem(r, HColActor, cell(e.actor));
        QString details = e.text;
        if (e.type == HistoryEvent::Type::Transition)
            details = QStringLiteral("%1 → %2").arg(e.data.value(QStringLiteral("from")).toString(),
                                                    e.data.value(QStringLiteral("to")).toString());
        m_history->setItem(r, HColText, cell(details));
    }
    m_history->resizeColumnsToContents();
}

int AlertConsole::historyRowCount() const
{
    return m_history->rowCount();
}

bool AlertConsole::exportHistoryCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(historyCsv(m_filtered)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void AlertConsole::onExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export alert history"), QStringLiteral("alerts.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportHistoryCsv(path, &error))
        QMessageBox::warning(this, tr("Export alert history"), tr("Could not write %1: %2").arg(path, error));
}

void AlertConsole::updateIncident()
{
    const AlertKey key = selectedKey();
    const Alert *a = m_service && key.isValid() ? m_service->find(key) : nullptr;
    const QDateTime start = a ? incidentStart(m_events, key, QDateTime::currentDateTimeUtc().addYears(1)) : QDateTime();
    m_incidentTitle->setText(a ? tr("Incident of %1, firing since %2").arg(key.fingerprint(), timeText(start))
                               : tr("Select a firing alert on the Alerts tab to work through its checklist."));
    const QList<ChecklistTick> ticks = a ? checklistOf(m_events, key, start) : QList<ChecklistTick>();
    m_updatingChecklist = true;
    for (int i = 0; i < m_steps.size(); ++i) {
        const QString step = checklistSteps().at(i);
        const auto tick =
            std::find_if(ticks.begin(), ticks.end(), [&](const ChecklistTick &t) { return t.step == step; });
        const bool done = tick != ticks.end() && tick->done;
        m_steps[i]->setEnabled(start.isValid());
        m_steps[i]->setChecked(done);
        m_steps[i]->setToolTip(
            tick != ticks.end()
                ? tr("%1 by %2 at %3").arg(done ? tr("Ticked") : tr("Unticked"), tick->by, timeText(tick->at))
                : QString());
    }
    m_updatingChecklist = false;
    m_postMortem->setEnabled(a != nullptr);
}

void AlertConsole::onChecklistToggled(const QString &step, bool done)
{
    if (m_updatingChecklist || !m_service)
        return;
    const AlertKey key = selectedKey();
    const Alert *a = m_service->find(key);
    if (!a)
        return;
    const QDateTime start = incidentStart(m_events, key, QDateTime::currentDateTimeUtc().addYears(1));
    m_service->record(
        checklistEvent(key, a->severity, step, done, m_service->user(), QDateTime::currentDateTimeUtc(), start));
}

QString AlertConsole::postMortemDraft() const
{
    const AlertKey key = selectedKey();
    const Alert *a = m_service ? m_service->find(key) : nullptr;
    if (!a)
        return {};
    IncidentContext c;
    c.alert = *a;
    const Core::Workspace &ws = m_service->engine().workspace();
    if (const Core::Sla *sla = ws.findSla(key.sla))
        c.slaTitle = sla->metadata.displayName;
    for (const Core::Annotation &an : ws.annotations) {
        if (an.slas.isEmpty() || an.slas.contains(key.sla))
            c.annotations.append(an);
    }
    return postMortemMarkdown(c, m_events, QDateTime::currentDateTimeUtc());
}

void AlertConsole::onPostMortem()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Post-mortem draft"));
    auto *text = new QPlainTextEdit(postMortemDraft(), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(720, 560);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const QString path = QFileDialog::getSaveFileName(&dialog, tr("Save post-mortem"),
                                                          QStringLiteral("post-mortem.md"), tr("Markdown (*.md)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text->toPlainText().toUtf8()) < 0 || !file.commit())
            QMessageBox::warning(&dialog, tr("Save post-mortem"),
                                 tr("Could not write %1: %2").arg(path, file.errorString()));
        else
            dialog.accept();
    });
    dialog.exec();
}

} // namespace Sla::Ui
