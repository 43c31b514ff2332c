// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/slaform.h"

#include "core/document/builtintiers.h"
#include "core/document/tierresolver.h"
#include "core/document/yamlpatch.h"
#include "core/document/yamlsupport.h"
#include "ui/editor/contractform.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/formsupport.h"
#include "ui/editor/metriccompleter.h"
#include "ui/editor/objectivepreview.h"
#include "ui/editor/slatemplates.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTimeZone>
#include <QToolButton>

namespace Sla::Ui {

namespace {

const QString kInheritedStyle = QStringLiteral("color: gray; font-style: italic;");
const QString kOverrideStyle = QStringLiteral("color: #1f6feb; font-weight: bold;");
const QString kErrorStyle = QStringLiteral("color: #c0392b; font-weight: bold;");

QString num(double v)
{
    return Core::Yaml::formatNumber(v);
}

/// The first error the validator reported exactly at `where`.
QString diagnosticAt(const Core::Diagnostics &diagnostics, const Core::SourceLocation &where)
{
    for (const Core::Diagnostic &d : diagnostics) {
        if (d.isError() && d.location.isValid() && d.location == where)
            return d.message;
    }
    return {};
}

QString windowText(const Core::Window &w)
{
    if (w.kind == Core::Window::Kind::Rolling)
        return w.rolling.toString();
    return SlaForm::tr("calendar %1 (%2)").arg(Core::toString(w.calendar), w.timeZone);
}

} // namespace

SlaForm::SlaForm(EditorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_builtIns(Core::builtInTiers()), m_completer(new MetricCompleter(this))
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("formTitle"));
    FormSupport::makeTitle(m_title);
    layout->addWidget(m_title);
    // The SLA's fields and its window side by side, so the objectives start above the fold.
    auto *top = new QHBoxLayout;
    top->addWidget(buildSlaGroup(), 3);
    top->addWidget(buildWindowGroup(), 2);
    layout->addLayout(top);
    layout->addWidget(buildObjectiveGroup());
    layout->addWidget(buildListsGroup());
    m_contract = new ContractForm(m_session, content);
    connect(m_contract, &ContractForm::editFailed, this, &SlaForm::editFailed);
    layout->addWidget(m_contract);
    layout->addStretch(1);
    FormSupport::scrollContent(this, content);
    connect(m_session, &EditorSession::changed, this, &SlaForm::refresh);
    setEnabled(false);
}

QLineEdit *SlaForm::addLine(QFormLayout *form, const QString &label, const QString &key)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(key);
    form->addRow(label, edit);
    m_lines.insert(key, edit);
    return edit;
}

QLineEdit *SlaForm::lineEdit(const QString &key) const
{
    return m_lines.value(key);
}

QWidget *SlaForm::buildSlaGroup()
{
    auto *box = new QGroupBox(tr("Service level agreement"));
    auto *form = new QFormLayout(box);
    const QList<std::pair<QString, QStringList>> texts = {
        {QStringLiteral("displayName"), {QStringLiteral("metadata"), QStringLiteral("displayName")}},
        {QStringLiteral("service"), {QStringLiteral("spec"), QStringLiteral("service")}},
        {QStringLiteral("owner"), {QStringLiteral("spec"), QStringLiteral("owner")}}};
    const QStringList labels = {tr("&Display name:"), tr("&Service:"), tr("&Owner:")};
    for (int i = 0; i < texts.size(); ++i) {
        QLineEdit *e = addLine(form, labels.at(i), texts.at(i).first);
        const QStringList path = texts.at(i).second;
        connect(e, &QLineEdit::textEdited, this, [this, e, path, label = labels.at(i)](const QString &text) {
            edit(e, path, Core::yamlScalar(text), QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        });
    }
    m_tier = new QComboBox(box);
    m_tier->setObjectName(QStringLiteral("tier"));
    m_tier->setEditable(true);
    form->addRow(tr("&Tier:"), m_tier);
    m_dataSource = new QComboBox(box);
    m_dataSource->setObjectName(QStringLiteral("dataSource"));
    m_dataSource->setEditable(true);
    form->addRow(tr("Data so&urce:"), m_dataSource);
    const QList<std::pair<QComboBox *, QString>> combos = {{m_tier, QStringLiteral("tier")},
                                                           {m_dataSource, QStringLiteral("dataSource")}};
    for (const auto &[combo, key] : combos) {
        connect(combo, &QComboBox::currentTextChanged, this, [this, combo = combo, key = key](const QString &text) {
            if (!m_refreshing && !text.isEmpty())
                edit(combo, {QStringLiteral("spec"), key}, Core::yamlScalar(text), key);
        });
    }
    return box;
}

QWidget *SlaForm::buildWindowGroup()
{
    auto *box = new QGroupBox(tr("Window"));
    auto *form = new QFormLayout(box);
    m_windowMode = new QComboBox(box);
    m_windowMode->setObjectName(QStringLiteral("windowMode"));
    m_windowMode->addItems({tr("Inherited from the tier"), tr("Rolling"), tr("Calendar")});
    form->addRow(tr("&Kind:"), m_windowMode);
    QLineEdit *rolling = addLine(form, tr("&Length:"), QStringLiteral("rolling"));
    rolling->setPlaceholderText(tr("e.g. 30d"));
    m_calendar = new QComboBox(box);
    m_calendar->addItems({QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("quarter")});
    form->addRow(tr("&Calendar:"), m_calendar);
    m_timeZone = new QComboBox(box);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    form->addRow(tr("Time &zone:"), m_timeZone);
    m_windowNote = new QLabel(box);
    m_windowNote->setObjectName(QStringLiteral("windowNote"));
    m_windowNote->setWordWrap(true);
    form->addRow(m_windowNote);
    connect(m_windowMode, &QComboBox::currentIndexChanged, this, [this] { onWindowEdited(m_windowMode); });
    connect(rolling, &QLineEdit::textEdited, this, [this, rolling] { onWindowEdited(rolling); });
    connect(m_calendar, &QComboBox::currentIndexChanged, this, [this] { onWindowEdited(m_calendar); });
    connect(m_timeZone, &QComboBox::currentTextChanged, this, [this] { onWindowEdited(m_timeZone); });
    return box;
}

QWidget *SlaForm::buildObjectiveGroup()
{
    auto *box = new QGroupBox(tr("Objectives"));
    auto *layout = new QHBoxLayout(box);
    auto *left = new QVBoxLayout;
    m_objectives = new QListWidget(box);
    m_objectives->setObjectName(QStringLiteral("objectives"));
    m_objectives->setMaximumWidth(260);
    left->addWidget(m_objectives);
    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(box);
    add->setText(tr("Add"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *kinds = new QMenu(add);
    const QStringList kindNames = {tr("Availability (ratio)"), tr("Latency"), tr("Classification (precision)"),
                                   tr("Drift")};
    for (int k = 0; k < kindNames.size(); ++k)
        kinds->addAction(kindNames.at(k), this, [this, k] { addObjective(k); });
    add->setMenu(kinds);
    auto *remove = new QPushButton(tr("Remove"), box);
    connect(remove, &QPushButton::clicked, this, &SlaForm::removeObjective);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    left->addLayout(buttons);
    layout->addLayout(left);

    m_objectiveDetail = new QWidget(box);
    m_indicatorForm = new QFormLayout(m_objectiveDetail);
    QLineEdit *display = addLine(m_indicatorForm, tr("Display na&me:"), QStringLiteral("objective.displayName"));
    connect(display, &QLineEdit::textEdited, this, [this, display](const QString &text) {
        edit(display, objectivePath(QStringLiteral("displayName")), Core::yamlScalar(text), tr("display name"));
    });
    m_kind = new QComboBox(m_objectiveDetail);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (Core::IndicatorKind k :
         {Core::IndicatorKind::Ratio, Core::IndicatorKind::Latency, Core::IndicatorKind::Classification,
          Core::IndicatorKind::Drift, Core::IndicatorKind::Threshold, Core::IndicatorKind::Query})
        m_kind->addItem(Core::toString(k), int(k));
    m_indicatorForm->addRow(tr("&Indicator:"), m_kind);
    QLineEdit *target = addLine(m_indicatorForm, tr("Tar&get:"), QStringLiteral("target"));
    m_targetNote = new QLabel(m_objectiveDetail);
    m_targetNote->setObjectName(QStringLiteral("targetNote"));
    m_targetNote->setWordWrap(true);
    m_indicatorForm->addRow(m_targetNote);
    m_preview = new ObjectivePreview(m_objectiveDetail);
    m_indicatorForm->addRow(tr("Preview:"), m_preview);
    QLineEdit *threshold = addLine(m_indicatorForm, tr("T&hreshold:"), QStringLiteral("threshold"));
    m_thresholdNote = new QLabel(m_objectiveDetail);
    m_thresholdNote->setWordWrap(true);
    m_indicatorForm->addRow(m_thresholdNote);
    for (QLineEdit *e : {target, threshold}) {
        connect(e, &QLineEdit::textEdited, this, [this, e, target](const QString &text) {
            bool ok = false;
            text.trimmed().toDouble(&ok);
            const Core::Sla *s = sla();
            if (!ok || !s || m_objective < 0)
                return;
            const QString key = e == target ? QStringLiteral("target")
                                            : QStringLiteral("indicator.%1.threshold")
                                                  .arg(Core::toString(s->objectives.at(m_objective).indicator.kind));
            edit(e, objectivePath(key), text.trimmed(), e == target ? tr("target") : tr("threshold"));
        });
    }
    layout->addWidget(m_objectiveDetail, 1);
    connect(m_objectives, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_refreshing)
            selectObjective(row);
    });
    connect(m_kind, &QComboBox::activated, this, &SlaForm::onKindChanged);
    return box;
}

QWidget *SlaForm::buildListsGroup()
{
    auto *box = new QGroupBox(tr("Alerts, notification and corrections"));
    auto *grid = new QGridLayout(box);
    m_alerts = new QListWidget(box);
    m_alerts->setObjectName(QStringLiteral("alerts"));
    m_notify = new QListWidget(box);
    m_notify->setObjectName(QStringLiteral("notify"));
    m_corrections = new QListWidget(box);
    m_corrections->setObjectName(QStringLiteral("corrections"));
    const QStringList titles = {tr("Alerts"), tr("Notify"), tr("Corrections")};
    const QList<QListWidget *> lists = {m_alerts, m_notify, m_corrections};
    for (int i = 0; i < lists.size(); ++i) {
        grid->addWidget(new QLabel(titles.at(i), box), 0, i);
        lists.at(i)->setMinimumHeight(90);
        grid->addWidget(lists.at(i), 1, i);
    }
    auto button = [box](const QString &text, QBoxLayout *row) {
        auto *b = new QPushButton(text, box);
        row->addWidget(b);
        return b;
    };
    auto *alertRow = new QHBoxLayout;
    connect(button(tr("+ Burn rate"), alertRow), &QPushButton::clicked, this, &SlaForm::addBurnRateAlerts);
    connect(button(tr("+ Threshold"), alertRow), &QPushButton::clicked, this, &SlaForm::addThresholdAlert);
    connect(button(tr("Remove"), alertRow), &QPushButton::clicked, this, &SlaForm::removeAlert);
    grid->addLayout(alertRow, 2, 0);
    auto *notifyRow = new QHBoxLayout;
    auto *kind = new QComboBox(box);
    kind->addItems(FormSupport::notifyKinds());
    auto *url = new QLineEdit(box);
    url->setPlaceholderText(tr("URL"));
    notifyRow->addWidget(kind);
    notifyRow->addWidget(url, 1);
    connect(button(tr("Add"), notifyRow), &QPushButton::clicked, this,
            [this, kind, url] { addNotify(kind->currentText(), url->text()); });
    connect(button(tr("Remove"), notifyRow), &QPushButton::clicked, this, &SlaForm::removeNotify);
    grid->addLayout(notifyRow, 2, 1);
    auto *correctionRow = new QHBoxLayout;
    connect(button(tr("+ Weekly maintenance"), correctionRow), &QPushButton::clicked, this,
            &SlaForm::addWeeklyMaintenance);
    grid->addLayout(correctionRow, 2, 2);
    return box;
}

const Core::Sla *SlaForm::sla() const
{
    return m_name.isEmpty() ? nullptr : m_session->result().workspace.findSla(m_name);
}

const Core::TierTemplate *SlaForm::tier() const
{
    const Core::Sla *s = sla();
    return s ? Core::findTierTemplate(m_session->result().workspace, m_builtIns, s->tier) : nullptr;
}

QStringList SlaForm::objectivePath(const QString &field) const
{
    QStringList path = {QStringLiteral("spec"), QStringLiteral("objectives"), QString::number(m_objective)};
    path += field.split(QLatin1Char('.'));
    return path;
}

void SlaForm::edit(QWidget *origin, const QStringList &path, const QString &value, const QString &what)
{
    if (m_refreshing || m_name.isEmpty())
        return;
    m_editing = origin;
    QString error;
    if (!m_session->setValue({QStringLiteral("SLA"), m_name}, path, value, tr("Change %1").arg(what), &error))
        Q_EMIT editFailed(error);
    m_editing = nullptr;
}

void SlaForm::showSla(const QString &name)
{
    if (name != m_name)
        m_objective = 0;
    m_name = name;
    refresh();
}

void SlaForm::setField(QLineEdit *e, const QString &value)
{
    if (e != m_editing && e->text() != value)
        e->setText(value);
}

void SlaForm::refresh()
{
    const Core::Sla *s = sla();
    setEnabled(s != nullptr);
    if (!s) {
        m_title->setText(m_name.isEmpty() ? tr("No SLA selected")
                                          : tr("%1 cannot be read: see the diagnostics").arg(m_name));
        return;
    }
    m_refreshing = true;
    const Core::TierTemplate *t = tier();
    refreshSla(*s, t);
    refreshWindow(*s, t);
    refreshObjective(*s, t);
    refreshLists(*s, t);
    m_contract->showSla(*s);
    m_refreshing = false;
}

void SlaForm::refreshSla(const Core::Sla &s, const Core::TierTemplate *)
{
    m_title->setText(tr("SLA %1").arg(s.metadata.name));
    setField(m_lines.value(QStringLiteral("displayName")), s.metadata.displayName);
    setField(m_lines.value(QStringLiteral("service")), s.service);
    setField(m_lines.value(QStringLiteral("owner")), s.owner);
    const Core::Workspace &ws = m_session->result().workspace;
    QStringList tiers;
    for (const Core::TierTemplate &t : ws.tiers)
        tiers.append(t.metadata.name);
    for (const Core::TierTemplate &t : m_builtIns) {
        if (!tiers.contains(t.metadata.name))
            tiers.append(t.metadata.name);
    }
    QStringList sources;
    for (const Core::DataSource &d : ws.dataSources)
        sources.append(d.metadata.name);
    const QList<std::tuple<QComboBox *, QStringList, QString>> combos = {{m_tier, tiers, s.tier},
                                                                         {m_dataSource, sources, s.dataSource}};
    for (const auto &[combo, items, value] : combos) {
        if (combo == m_editing)
            continue;
        combo->clear();
        combo->addItems(items);
        combo->setCurrentText(value);
    }
}

void SlaForm::refreshWindow(const Core::Sla &s, const Core::TierTemplate *t)
{
    const bool own = s.window.has_value();
    const Core::Window w = own ? *s.window : (t && t->window ? *t->window : Core::Window{});
    if (m_windowMode != m_editing)
        m_windowMode->setCurrentIndex(!own ? 0 : (w.kind == Core::Window::Kind::Rolling ? 1 : 2));
    setField(m_lines.value(QStringLiteral("rolling")),
             w.kind == Core::Window::Kind::Rolling ? w.rolling.toString() : QString());
    if (m_calendar != m_editing)
        m_calendar->setCurrentText(Core::toString(w.calendar));
    if (m_timeZone != m_editing)
        m_timeZone->setCurrentText(w.timeZone);
    const bool calendar = w.kind == Core::Window::Kind::Calendar;
    m_lines.value(QStringLiteral("rolling"))->setEnabled(own && !calendar);
    m_calendar->setEnabled(own && calendar);
    m_timeZone->setEnabled(own && calendar);
    const QString tierName = t ? t->metadata.name : s.tier;
    if (!own && t && t->window) {
        m_windowNote->setText(tr("Inherited from %1: %2").arg(tierName, windowText(*t->window)));
        m_windowNote->setStyleSheet(kInheritedStyle);
    } else if (own && t && t->window) {
        const bool same = *t->window == w;
        m_windowNote->setText(
            same ? tr("Written here, the same as %1's window (%2)").arg(tierName, windowText(*t->window))
                 : tr("Overrides %1's window (%2)").arg(tierName, windowText(*t->window)));
        m_windowNote->setStyleSheet(same ? kInheritedStyle : kOverrideStyle);
    } else {
        m_windowNote->setText(own ? tr("The tier sets no window.") : tr("Neither the SLA nor its tier sets a window."));
        m_windowNote->setStyleSheet(own ? QString() : kErrorStyle);
    }
}

void SlaForm::onWindowEdited(QWidget *origin)
{
    if (m_refreshing || m_name.isEmpty())
        return;
    const Core::DocumentKey doc{QStringLiteral("SLA"), m_name};
    const QStringList path = {QStringLiteral("spec"), QStringLiteral("window")};
    const int mode = m_windowMode->currentIndex();
    if (mode == 0) {
        QString error;
        if (!m_session->patch(
                doc, tr("Inherit the window"), [&](Core::YamlPatcher &p) { return p.removeKey(doc, path); }, &error))
            Q_EMIT editFailed(error);
        return;
    }
    QString value;
    if (mode == 1) {
        const QString text = m_lines.value(QStringLiteral("rolling"))->text().trimmed();
        value = Core::yamlScalar(text.isEmpty() ? QStringLiteral("30d") : text);
    } else {
        value = QStringLiteral("{calendar: %1, timeZone: %2}")
                    .arg(m_calendar->currentText(), Core::yamlScalar(m_timeZone->currentText().trimmed()));
    }
    edit(origin, path, value, tr("window"));
}

void SlaForm::selectObjective(int index)
{
    m_objective = index;
    refresh();
}

void SlaForm::refreshObjective(const Core::Sla &s, const Core::TierTemplate *t)
{
    if (m_objective >= s.objectives.size())
        m_objective = int(s.objectives.size()) - 1;
    if (m_objective < 0 && !s.objectives.isEmpty())
        m_objective = 0;
    m_objectives->clear();
    for (const Core::Objective &o : s.objectives)
        m_objectives->addItem(tr("%1 (%2, %3)").arg(o.name, Core::toString(o.indicator.kind), num(o.target)));
    m_objectives->setCurrentRow(m_objective);
    m_objectiveDetail->setEnabled(m_objective >= 0);
    if (m_objective < 0)
        return;
    const Core::Objective &o = s.objectives.at(m_objective);
    setField(m_lines.value(QStringLiteral("objective.displayName")), o.displayName);
    m_kind->setCurrentIndex(m_kind->findData(int(o.indicator.kind)));
    setField(m_lines.value(QStringLiteral("target")), num(o.target));
    const Core::Diagnostics &diags = m_session->result().diagnostics;
    const QString tierName = t ? t->metadata.name : s.tier;
    const Core::TierMinimum min = t ? t->minimums.value(o.indicator.kind) : Core::TierMinimum{};
    const QString targetError = diagnosticAt(diags, o.origin.at(QStringLiteral("target")));
    if (!targetError.isEmpty()) {
        m_targetNote->setText(tr("Breaks the tier rule: %1").arg(targetError));
        m_targetNote->setStyleSheet(kErrorStyle);
    } else if (min.target) {
        const bool same = qFuzzyCompare(*min.target, o.target);
        m_targetNote->setText(
            same ? tr("The minimum of %1 (%2)").arg(tierName, num(*min.target))
                 : tr("Overrides the minimum of %1 (%2) with a tighter target").arg(tierName, num(*min.target)));
        m_targetNote->setStyleSheet(same ? kInheritedStyle : kOverrideStyle);
    } else {
        m_targetNote->setText(
            tr("%1 sets no minimum target for %2 objectives").arg(tierName, Core::toString(o.indicator.kind)));
        m_targetNote->setStyleSheet(kInheritedStyle);
    }
    const bool hasThreshold =
        o.indicator.kind == Core::IndicatorKind::Latency || o.indicator.kind == Core::IndicatorKind::Drift;
    const double threshold =
        o.indicator.kind == Core::IndicatorKind::Latency ? o.indicator.latency.threshold : o.indicator.drift.threshold;
    m_lines.value(QStringLiteral("threshold"))->setEnabled(hasThreshold);
    setField(m_lines.value(QStringLiteral("threshold")), hasThreshold ? num(threshold) : QString());
    const QString thresholdError =
        diagnosticAt(diags, o.indicator.origin.at(Core::toString(o.indicator.kind) + QStringLiteral(".threshold")));
    m_thresholdNote->setText(!thresholdError.isEmpty() ? tr("Breaks the tier rule: %1").arg(thresholdError)
                             : hasThreshold && min.threshold
                                 ? tr("%1 allows at most %2").arg(tierName, num(*min.threshold))
                                 : QString());
    m_thresholdNote->setStyleSheet(thresholdError.isEmpty() ? kInheritedStyle : kErrorStyle);
    refreshIndicatorFields(s);
    const QFileInfo root(m_session->workspacePath());
    m_preview->schedule(m_session->result().workspace, root.isDir() ? root.absoluteFilePath() : root.absolutePath(),
                        s.metadata.name, o.name);
}

void SlaForm::refreshIndicatorFields(const Core::Sla &s)
{
    const Core::Objective &objective = s.objectives.at(m_objective);
    const QString sourceName = objective.dataSource.isEmpty() ? s.dataSource : objective.dataSource;
    if (const Core::DataSource *source = m_session->result().workspace.findDataSource(sourceName)) {
        const QFileInfo root(m_session->workspacePath());
        m_completer->setSource(*source, root.isDir() ? root.absoluteFilePath() : root.absolutePath());
    }
    const Core::Indicator &ind = objective.indicator;
    const QList<QPair<QString, QString>> fields = ind.selectorFields();
    QStringList keys;
    for (const auto &f : fields)
        keys.append(f.first);
    QStringList current;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        if (it.value()->property("selector").toBool())
            current.append(it.key());
    }
    std::sort(current.begin(), current.end());
    QStringList sortedKeys = keys;
    std::sort(sortedKeys.begin(), sortedKeys.end());
    if (current != sortedKeys) {
        for (const QString &k : std::as_const(current)) {
            m_indicatorForm->removeRow(m_lines.value(k));
            m_lines.remove(k);
        }
        for (const QString &k : std::as_const(keys)) {
            QLineEdit *e = addLine(m_indicatorForm, k + QLatin1Char(':'), k);
            e->setProperty("selector", true);
            m_completer->attach(e);
            connect(e, &QLineEdit::textEdited, this, [this, e, k](const QString &text) {
                edit(e, objectivePath(QStringLiteral("indicator.") + k), Core::yamlScalar(text), k);
            });
        }
    }
    for (const auto &f : fields)
        setField(m_lines.value(f.first), f.second);
}

void SlaForm::onKindChanged(int index)
{
    const Core::Sla *s = sla();
    if (!s || m_objective < 0)
        return;
    const auto kind = Core::IndicatorKind(m_kind->itemData(index).toInt());
    const Core::Objective made = makeObjective(kind, s->service, tier(), QDateTime::currentDateTimeUtc());
    const Core::DocumentKey doc{QStringLiteral("SLA"), m_name};
    QString error;
    const bool ok = m_session->patch(
        doc, tr("Change the indicator to %1").arg(Core::toString(kind)),
        [&](Core::YamlPatcher &p) {
            bool done = p.setValue(doc, objectivePath(QStringLiteral("indicator")), indicatorYaml(made));
            if (done && made.budgeting.method == Core::Budgeting::Method::Timeslices)
                done = p.setValue(doc, objectivePath(QStringLiteral("budgeting")),
                                  QStringLiteral("{timeslices: %1}").arg(made.budgeting.slice.toString()));
            return done;
        },
        &error);
    if (!ok)
        Q_EMIT editFailed(error);
}

void SlaForm::refreshLists(const Core::Sla &s, const Core::TierTemplate *t)
{
    const QString tierName = t ? t->metadata.name : s.tier;
    m_alerts->clear();
    if (t) {
        for (const Core::AlertRule &a : t->alerts)
            FormSupport::addInherited(m_alerts, FormSupport::alertText(a), tierName);
    }
    for (int i = 0; i < s.alerts.size(); ++i) {
        auto *item = new QListWidgetItem(FormSupport::alertText(s.alerts.at(i)), m_alerts);
        item->setData(Qt::UserRole, i);
    }
    m_notify->clear();
    if (s.notify.isEmpty() && t) {
        for (const Core::NotifyTarget &n : t->notify)
            FormSupport::addInherited(m_notify, FormSupport::notifyText(n), tierName);
    }
    for (int i = 0; i < s.notify.size(); ++i) {
        auto *item = new QListWidgetItem(FormSupport::notifyText(s.notify.at(i)), m_notify);
        item->setData(Qt::UserRole, i);
    }
    m_corrections->clear();
    for (const Core::Correction &c : m_session->result().workspace.corrections) {
        if (c.slas.contains(s.metadata.name)) {
            const QString when = c.start.toString(Qt::ISODate);
            m_corrections->addItem(c.recurrence.isEmpty() ? tr("%1: %2").arg(c.metadata.name, when)
                                                          : tr("%1: %2, %3").arg(c.metadata.name, when, c.recurrence));
        }
    }
}

bool SlaForm::focusLocation(const Core::SourceLocation &where)
{
    const Core::Sla *s = sla();
    if (!s || !where.isValid())
        return false;
    for (int i = 0; i < s->objectives.size(); ++i) {
        const Core::Objective &o = s->objectives.at(i);
        QList<std::pair<QString, Core::SourceLocation>> fields;
        for (auto it = o.origin.fields.cbegin(); it != o.origin.fields.cend(); ++it)
            fields.append(
                {it.key() == QLatin1String("displayName") ? QStringLiteral("objective.displayName") : it.key(),
                 it.value()});
        for (auto it = o.indicator.origin.fields.cbegin(); it != o.indicator.origin.fields.cend(); ++it)
            fields.append(
                {it.key().endsWith(QLatin1String(".threshold")) ? QStringLiteral("threshold") : it.key(), it.value()});
        for (const auto &[key, at] : fields) {
            if (at.line == where.line && at.file == where.file) {
                selectObjective(i);
                if (QLineEdit *e = m_lines.value(key))
                    e->setFocus();
                return true;
            }
        }
    }
    const QHash<QString, QWidget *> slaFields = {{QStringLiteral("service"), m_lines.value(QStringLiteral("service"))},
                                                 {QStringLiteral("owner"), m_lines.value(QStringLiteral("owner"))},
                                                 {QStringLiteral("tier"), m_tier},
                                                 {QStringLiteral("dataSource"), m_dataSource},
                                                 {QStringLiteral("window"), m_windowMode}};
    for (auto it = s->origin.fields.cbegin(); it != s->origin.fields.cend(); ++it) {
        if (it.value().line == where.line && slaFields.value(it.key())) {
            slaFields.value(it.key())->setFocus();
            return true;
        }
    }
    return false;
}

QString SlaForm::uniqueObjectiveName(const QString &base) const
{
    const Core::Sla *s = sla();
    QString name = base;
    for (int n = 2; s && std::any_of(s->objectives.cbegin(), s->objectives.cend(),
                                     [&name](const Core::Objective &o) { return o.name == name; });
         ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

bool SlaForm::structural(const QString &description,
                         const std::function<bool(Core::YamlPatcher &, const Core::DocumentKey &)> &op)
{
    if (!sla())
        return false;
    const Core::DocumentKey doc{QStringLiteral("SLA"), m_name};
    QString error;
    const bool ok = m_session->patch(
        doc, description, [&](Core::YamlPatcher &p) { return op(p, doc); }, &error);
    if (!ok)
        Q_EMIT editFailed(error);
    return ok;
}

void SlaForm::addObjective(int kind)
{
    const Core::Sla *s = sla();
    if (!s)
        return;
    Core::Objective o = makeObjective(Core::IndicatorKind(kind), s->service, tier(), QDateTime::currentDateTimeUtc());
    o.name = uniqueObjectiveName(o.name);
    const int count = int(s->objectives.size());
    if (structural(tr("Add objective %1").arg(o.name), [&](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
            return p.appendItem(doc, {QStringLiteral("spec"), QStringLiteral("objectives")}, objectiveYaml(o));
        }))
        selectObjective(count);
}

void SlaForm::removeObjective()
{
    const Core::Sla *s = sla();
    if (!s || m_objective < 0 || m_objective >= s->objectives.size())
        return;
    const int index = m_objective;
    structural(tr("Remove objective %1").arg(s->objectives.at(index).name),
               [index](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
                   return p.removeItem(doc, {QStringLiteral("spec"), QStringLiteral("objectives")}, index);
               });
}

void SlaForm::addBurnRateAlerts()
{
    structural(tr("Add burn-rate alerts"), [](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
        return p.appendItem(doc, {QStringLiteral("spec"), QStringLiteral("alerts")},
                            FormSupport::burnRateDefaultItem());
    });
}

void SlaForm::addThresholdAlert()
{
    const Core::Sla *s = sla();
    if (!s || m_objective < 0 || m_objective >= s->objectives.size())
        return;
    const Core::Objective &o = s->objectives.at(m_objective);
    // Below the target by a tenth of the error budget's width: a first guess to tune.
    const double below = o.target - (1 - o.target) * 0.1;
    const QString item = QStringLiteral("name: %1-low\nobjective: %1\nbelow: %2\nwindow: 1h\nfor: 15m\nseverity: page")
                             .arg(o.name, num(below));
    structural(tr("Add a threshold alert"), [&item](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
        return p.appendItem(doc, {QStringLiteral("spec"), QStringLiteral("alerts")}, item);
    });
}

void SlaForm::removeAlert()
{
    const QListWidgetItem *item = m_alerts->currentItem();
    const int index = item ? item->data(Qt::UserRole).toInt() : -1;
    if (index < 0) {
        Q_EMIT editFailed(tr("Select one of the SLA's own alerts; inherited alerts belong to the tier."));
        return;
    }
    structural(tr("Remove an alert"), [index](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
        return p.removeItem(doc, {QStringLiteral("spec"), QStringLiteral("alerts")}, index);
    });
}

void SlaForm::addNotify(const QString &kind, const QString &url)
{
    QString error;
    const QString item = FormSupport::notifyItem(kind, url, &error);
    if (item.isEmpty()) {
        Q_EMIT editFailed(error);
        return;
    }
    structural(tr("Add a notification target"), [&item](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
        return p.appendItem(doc, {QStringLiteral("spec"), QStringLiteral("notify")}, item);
    });
}

void SlaForm::removeNotify()
{
    const QListWidgetItem *item = m_notify->currentItem();
    const int index = item ? item->data(Qt::UserRole).toInt() : -1;
    if (index < 0) {
        Q_EMIT editFailed(tr("Select one of the SLA's own notification targets."));
        return;
    }
    structural(tr("Remove a notification target"), [index](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
        return p.removeItem(doc, {QStringLiteral("spec"), QStringLiteral("notify")}, index);
    });
}

void SlaForm::addWeeklyMaintenance()
{
    if (!sla())
        return;
    const Core::Workspace &ws = m_session->result().workspace;
    Core::Correction c = weeklyMaintenance(m_name, QDateTime::currentDateTimeUtc());
    for (int n = 2; std::any_of(ws.corrections.cbegin(), ws.corrections.cend(),
                                [&c](const Core::Correction &x) { return x.metadata.name == c.metadata.name; });
         ++n)
        c.metadata.name = m_name + QStringLiteral("-weekly-maintenance-") + QString::number(n);
    // Corrections go where the workspace keeps them, else beside the SLA.
    const QString file = ws.corrections.isEmpty() ? m_session->fileOf({QStringLiteral("SLA"), m_name})
                                                  : ws.corrections.constFirst().origin.self.file;
    Core::YamlPatcher p(m_session->text(file));
    p.appendDocument(correctionYaml(c));
    m_session->changeText(file, p.text(), tr("Add correction %1").arg(c.metadata.name));
}

} // namespace Sla::Ui
