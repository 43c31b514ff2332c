// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/tierform.h"

#include "core/document/yamlsupport.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/formsupport.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sla::Ui {

namespace {

const QList<Core::IndicatorKind> kKinds = {Core::IndicatorKind::Ratio,          Core::IndicatorKind::Latency,
                                           Core::IndicatorKind::Classification, Core::IndicatorKind::Drift,
                                           Core::IndicatorKind::Threshold,      Core::IndicatorKind::Query};
const QStringList kCalendars = {QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("quarter")};

/// Whether the validator compares a threshold of this kind with the tier's maximum.
bool hasThreshold(Core::IndicatorKind kind)
{
    return kind == Core::IndicatorKind::Latency || kind == Core::IndicatorKind::Drift;
}

QStringList specPath(std::initializer_list<QString> keys)
{
    QStringList path{QStringLiteral("spec")};
    for (const QString &k : keys)
        path << k;
    return path;
}

QString num(std::optional<double> v)
{
    return v ? Core::Yaml::formatNumber(*v) : QString();
}

} // namespace

TierForm::TierForm(EditorSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("tierForm"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("tierTitle"));
    FormSupport::makeTitle(m_title);
    layout->addWidget(m_title);
    auto *top = new QHBoxLayout;
    top->addWidget(buildTierGroup(), 1);
    top->addWidget(buildMinimumsGroup(), 1);
    layout->addLayout(top);
    layout->addWidget(buildListsGroup());
    m_problems = FormSupport::problemsLabel(content);
    layout->addWidget(m_problems);
    layout->addWidget(new QLabel(tr("The escalation is edited in the YAML tab."), content));
    layout->addStretch(1);
    FormSupport::scrollContent(this, content);
    connect(m_session, &EditorSession::changed, this, [this] {
        if (!m_name.isEmpty())
            refresh();
    });
    setEnabled(false);
}

QLineEdit *TierForm::addLine(QFormLayout *form, const QString &label, const QString &key, const QString &tip)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(key);
    edit->setToolTip(tip);
    form->addRow(label, edit);
    m_lines.insert(key, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, key, edit](const QString &text) {
        m_editing = edit;
        if (key == QLatin1String("rolling"))
            onWindowEdited();
        else
            onLineEdited(key, text);
        m_editing = nullptr;
    });
    return edit;
}

QWidget *TierForm::buildTierGroup()
{
    auto *box = new QGroupBox(tr("Tier"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addLine(form, tr("Display &name:"), QStringLiteral("displayName"), tr("Shown instead of the tier's name"));
    addLine(form, tr("Descri&ption:"), QStringLiteral("description"), {});
    m_windowMode = new QComboBox(box);
    m_windowMode->setObjectName(QStringLiteral("windowMode"));
    m_windowMode->addItems({tr("none (each SLA sets its own)"), tr("rolling"), tr("calendar week"),
                            tr("calendar month"), tr("calendar quarter")});
    form->addRow(tr("&Window:"), m_windowMode);
    addLine(form, tr("Rolling &length:"), QStringLiteral("rolling"), tr("A duration such as 30d or 4w"));
    addLine(form, tr("At ris&k below:"), QStringLiteral("atRisk"),
            tr("The remaining error budget (a fraction) below which an objective is at risk; default 0.25"));
    m_gate = new QComboBox(box);
    m_gate->setObjectName(QStringLiteral("gate"));
    m_gate->addItems({tr("warn"), tr("block")});
    m_gate->setToolTip(tr("What the deployment gate does while an objective of the tier is breached"));
    form->addRow(tr("Deployment &gate:"), m_gate);
    addLine(form, tr("Min. &events:"), QStringLiteral("minEvents"),
            tr("Default of the objectives' minEvents: fewer events give insufficient_data"));
    addLine(form, tr("Min. sa&mples:"), QStringLiteral("minSamples"),
            tr("Default of the classification objectives' minSamples"));
    connect(m_windowMode, &QComboBox::activated, this, [this] { onWindowEdited(); });
    connect(m_gate, &QComboBox::activated, this, [this](int index) {
        edit(tr("Change the tier's gate"), {}, [index](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
            return p.setValue(doc, specPath({QStringLiteral("gate")}),
                              index == 1 ? QStringLiteral("block") : QStringLiteral("warn"));
        });
    });
    return box;
}

QWidget *TierForm::buildMinimumsGroup()
{
    auto *box = new QGroupBox(tr("Minimums of the SLAs' objectives"));
    auto *v = new QVBoxLayout(box);
    m_minimums = new QTableWidget(int(kKinds.size()), 2, box);
    m_minimums->setObjectName(QStringLiteral("minimums"));
    m_minimums->setHorizontalHeaderLabels({tr("Target ≥"), tr("Threshold ≤")});
    QStringList kinds;
    for (Core::IndicatorKind k : kKinds)
        kinds << Core::toString(k);
    m_minimums->setVerticalHeaderLabels(kinds);
    m_minimums->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Compact rows, all six visible without scrolling.
    const int rowHeight = m_minimums->fontMetrics().height() + 8;
    m_minimums->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_minimums->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_minimums->setMinimumHeight(m_minimums->horizontalHeader()->sizeHint().height() + int(kKinds.size()) * rowHeight +
                                 2 * m_minimums->frameWidth() + 2);
    m_minimums->setTabKeyNavigation(false);
    m_minimums->setToolTip(tr("An objective of this kind must have a target at least this high (a fraction) and a "
                              "latency threshold (seconds) or drift threshold at most this high; empty: no minimum"));
    auto *label = new QLabel(tr("M&inimums by indicator kind:"), box);
    label->setBuddy(m_minimums);
    v->addWidget(label);
    v->addWidget(m_minimums);
    connect(m_minimums, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_refreshing)
            setMinimum(item->row(), item->column(), item->text());
    });
    return box;
}

QWidget *TierForm::buildListsGroup()
{
    auto *box = new QGroupBox(tr("Alerts and notification (the SLAs of the tier inherit them)"));
    auto *grid = new QGridLayout(box);
    m_alerts = new QListWidget(box);
    m_alerts->setObjectName(QStringLiteral("alerts"));
    m_notify = new QListWidget(box);
    m_notify->setObjectName(QStringLiteral("notify"));
    auto *alertsLabel = new QLabel(tr("&Alerts"), box);
    alertsLabel->setBuddy(m_alerts);
    auto *notifyLabel = new QLabel(tr("N&otify"), box);
    notifyLabel->setBuddy(m_notify);
    grid->addWidget(alertsLabel, 0, 0);
    grid->addWidget(notifyLabel, 0, 1);
    for (QListWidget *list : {m_alerts, m_notify})
        list->setMinimumHeight(70);
    grid->addWidget(m_alerts, 1, 0);
    grid->addWidget(m_notify, 1, 1);
    auto *alertRow = new QHBoxLayout;
    auto *burnRate = new QPushButton(tr("+ B&urn rate"), box);
    auto *removeAlertButton = new QPushButton(tr("Remove"), box);
    alertRow->addWidget(burnRate);
    alertRow->addWidget(removeAlertButton);
    alertRow->addStretch(1);
    grid->addLayout(alertRow, 2, 0);
    auto *notifyRow = new QHBoxLayout;
    m_notifyKind = new QComboBox(box);
    m_notifyKind->setObjectName(QStringLiteral("notifyKind"));
    m_notifyKind->addItems(FormSupport::notifyKinds());
    m_notifyUrl = new QLineEdit(box);
    m_notifyUrl->setObjectName(QStringLiteral("notifyUrl"));
    m_notifyUrl->setPlaceholderText(tr("URL"));
    auto *addNotifyButton = new QPushButton(tr("Add"), box);
    auto *removeNotifyButton = new QPushButton(tr("Remove"), box);
    notifyRow->addWidget(m_notifyKind);
    notifyRow->addWidget(m_notifyUrl, 1);
    notifyRow->addWidget(addNotifyButton);
    notifyRow->addWidget(removeNotifyButton);
    grid->addLayout(notifyRow, 2, 1);
    connect(burnRate, &QPushButton::clicked, this, &TierForm::addBurnRateAlerts);
    connect(removeAlertButton, &QPushButton::clicked, this, &TierForm::removeAlert);
    connect(addNotifyButton, &QPushButton::clicked, this,
            [this] { addNotify(m_notifyKind->currentText(), m_notifyUrl->text()); });
    connect(removeNotifyButton, &QPushButton::clicked, this, &TierForm::removeNotify);
    return box;
}

const Core::TierTemplate *TierForm::tier() const
{
    return m_name.isEmpty() ? nullptr : m_session->result().workspace.findTier(m_name);
}

void TierForm::showTier(const QString &name)
{
    m_name = name;
    setEnabled(tier() != nullptr);
    refresh();
}

void TierForm::refresh()
{
    const Core::TierTemplate *t = tier();
    m_refreshing = true;
    const Core::TierTemplate shown = t ? *t : Core::TierTemplate();
    m_title->setText(t ? tr("Tier template %1").arg(m_name) : QString());
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("displayName"), shown.displayName},
        {QStringLiteral("description"), shown.description},
        {QStringLiteral("rolling"), shown.window && shown.window->kind == Core::Window::Kind::Rolling
                                        ? shown.window->rolling.toString()
                                        : QString()},
        {QStringLiteral("atRisk"), t && shown.atRisk != 0.25 ? num(shown.atRisk) : QString()},
        {QStringLiteral("minEvents"), num(shown.minEvents)},
        {QStringLiteral("minSamples"), num(shown.minSamples)}};
    for (const auto &[key, value] : values) {
        QLineEdit *e = m_lines.value(key);
        if (e != m_editing && e->text() != value)
            e->setText(value);
    }
    m_lines.value(QStringLiteral("atRisk"))->setPlaceholderText(QStringLiteral("0.25"));
    int mode = 0;
    if (shown.window)
        mode = shown.window->kind == Core::Window::Kind::Rolling ? 1 : 2 + int(shown.window->calendar);
    m_windowMode->setCurrentIndex(mode);
    m_lines.value(QStringLiteral("rolling"))->setEnabled(mode == 1);
    m_gate->setCurrentIndex(shown.gate == Core::GateMode::Block ? 1 : 0);
    const Core::Diagnostics problems =
        t ? FormSupport::documentDiagnostics(m_session->result(), t->origin.self) : Core::Diagnostics();
    for (int row = 0; row < kKinds.size(); ++row) {
        const Core::TierMinimum min = shown.minimums.value(kKinds.at(row));
        const Core::SourceLocation at = shown.origin.at(QStringLiteral("minimums.") + Core::toString(kKinds.at(row)));
        QString error;
        for (const Core::Diagnostic &d : problems) {
            if (shown.minimums.contains(kKinds.at(row)) && d.location.line == at.line)
                error = d.message;
        }
        for (int column = 0; column < 2; ++column) {
            // Items are updated in place: a refresh may run inside the signal of an edited item.
            QTableWidgetItem *item = m_minimums->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_minimums->setItem(row, column, item);
            }
            item->setText(num(column == 0 ? min.target : min.threshold));
            if (column == 1 && !hasThreshold(kKinds.at(row)))
                item->setFlags(Qt::ItemIsSelectable);
            item->setToolTip(error.isEmpty() && column == 1 && !hasThreshold(kKinds.at(row))
                                 ? tr("Only latency and drift objectives have a threshold the tier limits")
                                 : error);
            item->setForeground(error.isEmpty() ? palette().text() : QBrush(QColor(0xc0, 0x39, 0x2b)));
        }
    }
    m_alerts->clear();
    for (int i = 0; i < shown.alerts.size(); ++i)
        (new QListWidgetItem(FormSupport::alertText(shown.alerts.at(i)), m_alerts))->setData(Qt::UserRole, i);
    m_notify->clear();
    for (int i = 0; i < shown.notify.size(); ++i)
        (new QListWidgetItem(FormSupport::notifyText(shown.notify.at(i)), m_notify))->setData(Qt::UserRole, i);
    FormSupport::showProblems(m_problems, problems);
    m_refreshing = false;
}

bool TierForm::edit(const QString &description, const QString &mergeKey,
                    const std::function<bool(Core::YamlPatcher &, const Core::DocumentKey &)> &op)
{
    if (m_refreshing || !tier())
        return false;
    const Core::DocumentKey doc{QStringLiteral("TierTemplate"), m_name};
    QString error;
    const bool ok = FormSupport::editDocument(
        m_session, doc, description, mergeKey, [&](Core::YamlPatcher &p) { return op(p, doc); }, &error);
    if (!ok)
        Q_EMIT editFailed(error);
    return ok;
}

void TierForm::onLineEdited(const QString &key, const QString &text)
{
    const QString value = text.trimmed();
    const bool number = key != QLatin1String("displayName") && key != QLatin1String("description");
    const QString yaml = value.isEmpty() ? QString()
                         : number        ? FormSupport::numberOrScalar(value)
                                         : Core::yamlScalar(value);
    edit(tr("Change the tier's %1").arg(key), QStringLiteral("tier:%1:%2").arg(m_name, key),
         [&](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
             return FormSupport::setOrRemove(p, doc, specPath({key}), yaml);
         });
}

void TierForm::onWindowEdited()
{
    const int mode = m_windowMode->currentIndex();
    const Core::TierTemplate *t = tier();
    if (!t)
        return;
    QString value;
    if (mode == 1) {
        const QString typed = m_lines.value(QStringLiteral("rolling"))->text().trimmed();
        value = typed.isEmpty() ? QStringLiteral("30d") : Core::yamlScalar(typed);
    } else if (mode >= 2) {
        const QString zone =
            t->window && t->window->kind == Core::Window::Kind::Calendar ? t->window->timeZone : QStringLiteral("UTC");
        value = zone == QLatin1String("UTC")
                    ? QStringLiteral("{calendar: %1}").arg(kCalendars.at(mode - 2))
                    : QStringLiteral("{calendar: %1, timeZone: %2}").arg(kCalendars.at(mode - 2), zone);
    }
    edit(tr("Change the tier's window"), QStringLiteral("tier:%1:window").arg(m_name),
         [&](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
             return FormSupport::setOrRemove(p, doc, specPath({QStringLiteral("window")}), value);
         });
}

void TierForm::setMinimum(int row, int column, const QString &text)
{
    const Core::TierTemplate *t = tier();
    if (!t || row < 0 || row >= kKinds.size() || column < 0 || column > 1)
        return;
    const Core::IndicatorKind kind = kKinds.at(row);
    const QString kindName = Core::toString(kind);
    const QString field = column == 0 ? QStringLiteral("target") : QStringLiteral("threshold");
    const QString value = text.trimmed().isEmpty() ? QString() : FormSupport::numberOrScalar(text.trimmed());
    const bool hasKind = t->minimums.contains(kind);
    const Core::TierMinimum min = t->minimums.value(kind);
    const bool other = column == 0 ? min.threshold.has_value() : min.target.has_value();
    const bool ok =
        edit(tr("Change the %1 minimum of the tier").arg(kindName), {},
             [&](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
                 const QStringList path = specPath({QStringLiteral("minimums"), kindName, field});
                 if (!value.isEmpty())
                     return FormSupport::setOrRemove(p, doc, path, value, hasKind ? 3 : t->minimums.isEmpty() ? 1 : 2);
                 if (!hasKind)
                     return true; // nothing to remove
                 if (other)
                     return p.removeKey(doc, path);
                 // The kind's last field takes the kind with it, the last kind the minimums.
                 return t->minimums.size() == 1 ? p.removeKey(doc, specPath({QStringLiteral("minimums")}))
                                                : p.removeKey(doc, specPath({QStringLiteral("minimums"), kindName}));
             });
    if (!ok)
        refresh(); // back to the text as it is
}

void TierForm::addBurnRateAlerts()
{
    edit(tr("Add burn-rate alerts to the tier"), {}, [](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
        return p.appendItem(doc, specPath({QStringLiteral("alerts")}), FormSupport::burnRateDefaultItem());
    });
}

void TierForm::removeAlert()
{
    const int index = m_alerts->currentRow();
    if (index < 0) {
        Q_EMIT editFailed(tr("Select an alert of the tier to remove."));
        return;
    }
    edit(tr("Remove an alert of the tier"), {}, [index](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
        return p.removeItem(doc, specPath({QStringLiteral("alerts")}), index);
    });
}

void TierForm::addNotify(const QString &kind, const QString &url)
{
    QString error;
    const QString item = FormSupport::notifyItem(kind, url, &error);
    if (item.isEmpty()) {
        Q_EMIT editFailed(error);
        return;
    }
    edit(tr("Add a notification target to the tier"), {}, [&item](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
        return p.appendItem(doc, specPath({QStringLiteral("notify")}), item);
    });
}

void TierForm::removeNotify()
{
    const int index = m_notify->currentRow();
    if (index < 0) {
        Q_EMIT editFailed(tr("Select a notification target of the tier to remove."));
        return;
    }
    edit(tr("Remove a notification target of the tier"), {},
         [index](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
             return p.removeItem(doc, specPath({QStringLiteral("notify")}), index);
         });
}

} // namespace Sla::Ui
