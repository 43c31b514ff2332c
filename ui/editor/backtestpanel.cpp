// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/backtestpanel.h"

#include "core/document/builtintiers.h"
#include "core/document/tierresolver.h"
#include "core/engine/figureformat.h"
#include "core/evaluation/evaluator.h"
#include "ui/editor/backtesttimeline.h"
#include "ui/editor/editorsession.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Sla::Ui {

using namespace Core::Alerting;

/// One run: what is evaluated, the steps read so far, the variants to replay.
struct BacktestPanel::Run
{
    Core::Workspace workspace;
    BacktestRange range;
    QList<QDateTime> times;
    QList<Core::EvaluationReport> reports;
    QList<BacktestVariant> variants;
};

namespace {

enum ResultRow { PagesRow, FiringRow, FirstPageRow, ConsumedRow, BreachesRow, DetectRow, ResultRows };

QString utc(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

BacktestPanel::BacktestPanel(EditorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_evaluator(new Core::Evaluator(this)), m_error(new QLabel(this)),
      m_status(new QLabel(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("backtestPanel"));
    m_error->setObjectName(QStringLiteral("backtestError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_status->setObjectName(QStringLiteral("backtestStatus"));
    m_status->setWordWrap(true);
    m_note->setWordWrap(true);
    // In a scroll area, as the form is: the panel never sets the main window's minimum size.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(buildRangeRow());
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(buildRulesBox(), 3);
    layout->addWidget(buildResultsBox(), 2);
    layout->addWidget(m_status);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    connect(m_session, &EditorSession::changed, this, &BacktestPanel::onSessionChanged);
    connect(&m_replay, &QFutureWatcherBase::finished, this, &BacktestPanel::showResults);
    setLastWindow();
    setRunning(false);
}

BacktestPanel::~BacktestPanel()
{
    // The replay reads only its own copies; wait so that it never outlives the panel.
    ++m_generation;
    m_replay.waitForFinished();
}

QWidget *BacktestPanel::buildRangeRow()
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    m_objectiveBox = new QComboBox(row);
    m_objectiveBox->setObjectName(QStringLiteral("backtestObjective"));
    auto *objectiveLabel = new QLabel(tr("&Objective:"), row);
    objectiveLabel->setBuddy(m_objectiveBox);
    m_rangeMode = new QComboBox(row);
    m_rangeMode->setObjectName(QStringLiteral("backtestRangeMode"));
    m_rangeMode->addItems({tr("Last SLA window"), tr("Chosen range")});
    auto *rangeLabel = new QLabel(tr("&Range:"), row);
    rangeLabel->setBuddy(m_rangeMode);
    m_from = new QDateTimeEdit(row);
    m_to = new QDateTimeEdit(row);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        e->setCalendarPopup(true);
    }
    m_to->setDateTime(QDateTime::currentDateTimeUtc());
    m_from->setDateTime(m_to->dateTime().addDays(-1));
    m_from->setObjectName(QStringLiteral("backtestFrom"));
    m_to->setObjectName(QStringLiteral("backtestTo"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_step = new QComboBox(row);
    m_step->setObjectName(QStringLiteral("backtestStep"));
    for (const qint64 minutes : {5, 15, 30, 60})
        m_step->addItem(Core::Duration::minutes(minutes).toString(), minutes * Core::Duration::Minute);
    auto *stepLabel = new QLabel(tr("S&tep:"), row);
    stepLabel->setBuddy(m_step);
    m_run = new QPushButton(tr("R&un backtest"), row);
    m_run->setObjectName(QStringLiteral("backtestRun"));
    m_cancel = new QPushButton(tr("&Cancel"), row);
    m_cancel->setObjectName(QStringLiteral("backtestCancel"));
    m_progress = new QProgressBar(row);
    m_progress->setObjectName(QStringLiteral("backtestProgress"));
    m_progress->setMaximumWidth(160);
    for (QWidget *w : std::initializer_list<QWidget *>{objectiveLabel, m_objectiveBox, rangeLabel, m_rangeMode, m_from,
                                                       m_to, stepLabel, m_step, m_run, m_cancel, m_progress})
        h->addWidget(w);
    h->addStretch(1);
    connect(m_objectiveBox, &QComboBox::activated, this,
            [this](int index) { setObjective(m_objectiveBox->itemText(index)); });
    connect(m_rangeMode, &QComboBox::currentIndexChanged, this, &BacktestPanel::onRangeModeChanged);
    connect(m_run, &QPushButton::clicked, this, &BacktestPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &BacktestPanel::cancel);
    return row;
}

QWidget *BacktestPanel::buildRulesBox()
{
    auto *box = new QGroupBox(tr("Alert rules of the objective and variants"), this);
    auto *v = new QVBoxLayout(box);
    m_rules = new QTableWidget(box);
    m_rules->setObjectName(QStringLiteral("backtestRules"));
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->setEditTriggers(QAbstractItemView::AllEditTriggers);
    v->addWidget(m_rules);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add variant"), box);
    m_remove = new QPushButton(tr("Re&move variant"), box);
    m_keep = new QPushButton(tr("&Keep this variant"), box);
    m_add->setObjectName(QStringLiteral("backtestAddVariant"));
    m_remove->setObjectName(QStringLiteral("backtestRemoveVariant"));
    m_keep->setObjectName(QStringLiteral("backtestKeepVariant"));
    m_keep->setToolTip(tr("Writes the selected variant's values into the SLA (undoable)"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_keep);
    v->addLayout(buttons);
    connect(m_rules, &QTableWidget::itemChanged, this, &BacktestPanel::onRuleEdited);
    connect(m_add, &QPushButton::clicked, this, &BacktestPanel::addVariant);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeVariant(m_rules->currentColumn() - 1); });
    connect(m_keep, &QPushButton::clicked, this, [this] { keepVariant(m_rules->currentColumn() - 1); });
    return box;
}

QWidget *BacktestPanel::buildResultsBox()
{
    auto *box = new QGroupBox(tr("What each would have done"), this);
    auto *v = new QVBoxLayout(box);
    m_table = new QTableWidget(ResultRows, 0, box);
    m_table->setObjectName(QStringLiteral("backtestResults"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setVerticalHeaderLabels({tr("Pages"), tr("Time firing"), tr("First page"),
                                      tr("Budget consumed before the first page"), tr("Breach periods"),
                                      tr("Time to detect each breach")});
    m_timeline = new BacktestTimeline(box);
    m_timeline->setToolTip(
        tr("Firing episodes (pages red in the upper half, tickets orange and info blue in the lower) against the "
           "objective's breach periods (hatched)"));
    v->addWidget(m_table, 1);
    v->addWidget(m_timeline);
    return box;
}

const Core::Sla *BacktestPanel::sla() const
{
    return m_sla.isEmpty() ? nullptr : m_session->result().workspace.findSla(m_sla);
}

void BacktestPanel::showSla(const QString &name, const QString &objective)
{
    if (name != m_sla)
        cancel();
    m_sla = name;
    m_objectiveBox->clear();
    const Core::Sla *s = sla();
    if (s) {
        for (const Core::Objective &o : s->objectives)
            m_objectiveBox->addItem(o.name);
    }
    const QString pick =
        !objective.isEmpty() ? objective : (s && !s->objectives.isEmpty() ? s->objectives.first().name : QString());
    setObjective(pick);
}

void BacktestPanel::setObjective(const QString &objective)
{
    if (objective == m_objective && !m_knobs.isEmpty())
        return;
    cancel();
    m_objective = objective;
    m_objectiveBox->setCurrentIndex(m_objectiveBox->findText(objective));
    m_variants.clear();
    m_results.clear();
    m_table->setColumnCount(0);
    m_timeline->setData({}, {}, {});
    reloadRules();
}

void BacktestPanel::onSessionChanged()
{
    const Core::Sla *s = sla();
    if (!m_sla.isEmpty() && !s) {
        showSla({});
        return;
    }
    if (s && !std::any_of(s->objectives.cbegin(), s->objectives.cend(),
                          [this](const Core::Objective &o) { return o.name == m_objective; })) {
        showSla(m_sla);
        return;
    }
    reloadRules();
}

void BacktestPanel::reloadRules()
{
    const Core::Sla *s = sla();
    const QList<Core::TierTemplate> builtIns = Core::builtInTiers();
    const Core::TierTemplate *tier =
        s ? Core::findTierTemplate(m_session->result().workspace, builtIns, s->tier) : nullptr;
    QList<ObjectiveAlert> current = s ? objectiveAlerts(*s, tier, m_objective) : QList<ObjectiveAlert>();
    QList<Core::AlertRule> rules;
    for (const ObjectiveAlert &a : current)
        rules << a.rule;
    const QList<AlertKnob> knobs = AlertKnobs::of(rules);
    // Variants survive an edit of the document as long as the rules keep their shape.
    if (knobs != m_knobs)
        m_variants.clear();
    m_current = current;
    m_knobs = knobs;
    fillRules();
}

void BacktestPanel::fillRules()
{
    QList<Core::AlertRule> current;
    for (const ObjectiveAlert &a : std::as_const(m_current))
        current << a.rule;
    m_filling = true;
    m_rules->clear();
    m_rules->setRowCount(int(m_knobs.size()));
    m_rules->setColumnCount(1 + int(m_variants.size()));
    QStringList headers{columnName(-1)};
    for (int v = 0; v < m_variants.size(); ++v)
        headers << columnName(v);
    m_rules->setHorizontalHeaderLabels(headers);
    QStringList rows;
    for (int r = 0; r < m_knobs.size(); ++r) {
        const AlertKnob &k = m_knobs.at(r);
        const QString now = AlertKnobs::text(current, k);
        rows << AlertKnobs::label(current, k);
        m_rules->setItem(r, 0, readOnlyItem(now));
        for (int v = 0; v < m_variants.size(); ++v) {
            auto *item = new QTableWidgetItem(AlertKnobs::text(m_variants.at(v), k));
            QFont f = item->font();
            f.setBold(item->text() != now);
            item->setFont(f);
            m_rules->setItem(r, v + 1, item);
        }
    }
    m_rules->setVerticalHeaderLabels(rows);
    m_filling = false;
    const bool any = !m_knobs.isEmpty();
    m_note->setText(any ? tr("Edit a variant's values in its column (durations such as 30m, levels such as 0.93); "
                             "a rule for every objective of the SLA is kept for every objective.")
                        : tr("No alert rule applies to this objective: add one in the form, then tune it here."));
    m_add->setEnabled(any && m_variants.size() < MaxVariants);
    m_remove->setEnabled(!m_variants.isEmpty());
    m_keep->setEnabled(!m_variants.isEmpty());
    m_run->setEnabled(!m_running && !m_objective.isEmpty());
}

QString BacktestPanel::columnName(int index) const
{
    return index < 0 ? tr("Current") : tr("Variant %1").arg(QChar(u'A' + index));
}

int BacktestPanel::addVariant()
{
    if (m_variants.size() >= MaxVariants || m_knobs.isEmpty())
        return -1;
    QList<Core::AlertRule> current;
    for (const ObjectiveAlert &a : std::as_const(m_current))
        current << a.rule;
    // The first candidate changes one value; later ones start as a copy of the last.
    m_variants << (m_variants.isEmpty() ? AlertKnobs::firstVariant(current) : m_variants.constLast());
    fillRules();
    m_rules->setCurrentCell(0, int(m_variants.size()));
    return int(m_variants.size()) - 1;
}

void BacktestPanel::removeVariant(int index)
{
    if (index < 0 || index >= m_variants.size()) {
        showError(tr("Select a cell of the variant to remove."));
        return;
    }
    showError({});
    m_variants.removeAt(index);
    fillRules();
}

bool BacktestPanel::setVariantValue(int index, int knob, const QString &text)
{
    if (index < 0 || index >= m_variants.size() || knob < 0 || knob >= m_knobs.size())
        return false;
    QString error;
    if (!AlertKnobs::setText(m_variants[index], m_knobs.at(knob), text, &error)) {
        showError(tr("%1: %2").arg(columnName(index), error));
        fillRules();
        return false;
    }
    showError({});
    fillRules();
    return true;
}

void BacktestPanel::onRuleEdited(QTableWidgetItem *item)
{
    if (m_filling || !item || item->column() < 1)
        return;
    const int row = item->row();
    const int column = item->column();
    const QString text = item->text();
    // Rebuilding the table replaces the item: leave the signal first.
    QMetaObject::invokeMethod(
        this,
        [this, row, column, text] {
            setVariantValue(column - 1, row, text);
            m_rules->setCurrentCell(row, column);
        },
        Qt::QueuedConnection);
}

bool BacktestPanel::keepVariant(int index)
{
    if (index < 0 || index >= m_variants.size()) {
        showError(tr("Select a cell of the variant to keep."));
        return false;
    }
    const QList<Core::AlertRule> chosen = m_variants.at(index);
    const QList<ObjectiveAlert> current = m_current;
    const Core::DocumentKey doc{QStringLiteral("SLA"), m_sla};
    QString error;
    const bool ok = m_session->patch(
        doc, tr("Keep backtest %1 of %2").arg(columnName(index), m_objective),
        [&](Core::YamlPatcher &p) { return AlertKnobs::write(p, doc, current, chosen, &error); }, &error);
    if (!ok) {
        showError(tr("The variant could not be written: %1").arg(error));
        return false;
    }
    showError({});
    m_status->setText(tr("%1 is now the rules of %2 (Undo takes it back).").arg(columnName(index), m_objective));
    return true;
}

void BacktestPanel::setRange(const QDateTime &from, const QDateTime &to)
{
    m_rangeMode->setCurrentIndex(1);
    m_from->setDateTime(from.toUTC());
    m_to->setDateTime(to.toUTC());
}

void BacktestPanel::setLastWindow()
{
    m_rangeMode->setCurrentIndex(0);
    onRangeModeChanged();
}

void BacktestPanel::setStep(qint64 ms)
{
    const int i = m_step->findData(ms);
    if (i >= 0)
        m_step->setCurrentIndex(i);
    else {
        m_step->addItem(Core::Duration{ms}.toString(), ms);
        m_step->setCurrentIndex(m_step->count() - 1);
    }
}

void BacktestPanel::onRangeModeChanged()
{
    const bool chosen = m_rangeMode->currentIndex() == 1;
    m_from->setEnabled(chosen && !m_running);
    m_to->setEnabled(chosen && !m_running);
    m_note->setToolTip(chosen ? tr("Recordings are replayed on their own time line in a chosen range, as "
                                   "slactl backtest does.")
                              : QString());
}

std::optional<BacktestRange> BacktestPanel::rangeToRun(QString *error) const
{
    const Core::Sla *s = sla();
    const Core::Objective *o = nullptr;
    for (const Core::Objective &candidate : s ? s->objectives : QList<Core::Objective>()) {
        if (candidate.name == m_objective)
            o = &candidate;
    }
    if (!o) {
        *error = tr("Select an SLA and one of its objectives first.");
        return std::nullopt;
    }
    BacktestRange range;
    range.sla = m_sla;
    range.objective = m_objective;
    range.stepMs = m_step->currentData().toLongLong();
    if (m_rangeMode->currentIndex() == 1) {
        range.from = m_from->dateTime().toUTC();
        range.to = m_to->dateTime().toUTC();
    } else {
        const QList<Core::TierTemplate> builtIns = Core::builtInTiers();
        const Core::Sla resolved =
            Core::resolveSla(*s, Core::findTierTemplate(m_session->result().workspace, builtIns, s->tier));
        const Core::Window window = o->window ? *o->window : resolved.window.value_or(Core::Window{});
        // Whole steps, so that every evaluation time is on the step's grid.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        range.to = QDateTime::fromMSecsSinceEpoch(now - now % range.stepMs, Qt::UTC);
        range.from = range.to.addMSecs(-window.nominalLength().ms);
    }
    if (range.to <= range.from) {
        *error = tr("The range ends before it starts: choose a later end.");
        return std::nullopt;
    }
    if (range.from.msecsTo(range.to) / range.stepMs > MaxBacktestSteps) {
        *error = tr("The range has more than %1 steps of %2: choose a larger step.")
                     .arg(MaxBacktestSteps)
                     .arg(Core::Duration{range.stepMs}.toString());
        return std::nullopt;
    }
    return range;
}

void BacktestPanel::run()
{
    if (m_running)
        return;
    QString error;
    const std::optional<BacktestRange> range = rangeToRun(&error);
    if (!range) {
        fail(error);
        return;
    }
    showError({});
    // The last window's bounds are shown in the (disabled) range fields too.
    m_from->setDateTime(range->from);
    m_to->setDateTime(range->to);
    auto job = std::make_unique<Run>();
    job->range = *range;
    job->workspace = backtestWorkspace(m_session->result().workspace, *range);
    const bool chosen = m_rangeMode->currentIndex() == 1;
    for (Core::DataSource &d : job->workspace.dataSources)
        d.alignToNow = d.alignToNow && !chosen;
    job->times = range->times();
    job->variants << BacktestVariant{columnName(-1), std::nullopt, {}, {}};
    for (int v = 0; v < m_variants.size(); ++v) {
        Core::TierTemplate replacement;
        replacement.metadata.name = columnName(v);
        replacement.alerts = m_variants.at(v);
        job->variants << BacktestVariant{columnName(v), replacement, {}, {}};
    }
    Core::EvaluatorOptions options;
    const QFileInfo info(m_session->workspacePath());
    options.workspaceDir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    options.alignTo = range->to; // a recording ends at the range's end, however long the run takes
    m_evaluator->setWorkspace(job->workspace, options);
    m_job = std::move(job);
    m_progress->setRange(0, int(m_job->times.size()));
    m_progress->setValue(0);
    m_status->setText(
        tr("Evaluating %1 from %2 to %3 every %4…")
            .arg(m_objective, utc(range->from), utc(range->to), Core::Duration{range->stepMs}.toString()));
    setRunning(true);
    evaluateNext(++m_generation);
}

void BacktestPanel::evaluateNext(quint64 generation)
{
    if (!m_job || generation != m_generation)
        return;
    const qsizetype done = m_job->reports.size();
    if (done >= m_job->times.size()) {
        replay(generation);
        return;
    }
    const QDateTime at = m_job->times.at(done);
    m_evaluator->evaluate(at).then(this, [this, generation, at](const Core::EvaluationReport &report) {
        if (!m_job || generation != m_generation)
            return; // cancelled, or a newer run
        if (!report.sourceErrors.isEmpty()) {
            fail(tr("The source failed at %1: %2").arg(utc(at), report.sourceErrors.cbegin().value()));
            return;
        }
        m_job->reports << report;
        const int done = int(m_job->reports.size());
        const int total = int(m_job->times.size());
        // A repaint per step would cost more than the step: the bar moves in hundredths.
        if (done == total || done % std::max(1, total / 100) == 0)
            m_progress->setValue(done);
        Q_EMIT progressChanged(done, total);
        evaluateNext(generation);
    });
}

void BacktestPanel::replay(quint64 generation)
{
    m_status->setText(tr("Replaying the alert rules…"));
    Run job = std::move(*m_job);
    m_job.reset();
    m_lastRange = job.range;
    m_replayGeneration = generation;
    m_replay.setFuture(QtConcurrent::run([job = std::move(job)]() mutable {
        replayVariants(job.workspace, job.reports, job.range, job.variants);
        return job.variants;
    }));
}

void BacktestPanel::showResults()
{
    if (m_replayGeneration != m_generation || !m_running)
        return;
    if (m_replay.future().resultCount() == 0) {
        fail(tr("The replay ended without a result."));
        return;
    }
    m_results = m_replay.future().result();
    setRunning(false);
    m_table->setColumnCount(int(m_results.size()));
    QStringList headers;
    for (int c = 0; c < m_results.size(); ++c) {
        const BacktestVariant &v = m_results.at(c);
        const BacktestSummary &s = v.summary;
        headers << v.name;
        QStringList breaches;
        QStringList detect;
        for (const BreachPeriod &b : s.breaches) {
            breaches << tr("%1 – %2").arg(utc(b.start), b.end.isValid() ? utc(b.end) : tr("end of range"));
            detect << (b.detectedAfterMs ? Core::Duration{*b.detectedAfterMs}.toString() : tr("never"));
        }
        const QStringList cells{QLocale().toString(s.pages),
                                Core::Duration{s.firingMs}.toString(),
                                s.firstPage.isValid() ? utc(s.firstPage) : tr("no page"),
                                s.consumedAtFirstPage ? Core::FigureFormat::percent(*s.consumedAtFirstPage, 1)
                                                      : tr("—"),
                                breaches.isEmpty() ? tr("none") : breaches.join(u'\n'),
                                detect.isEmpty() ? tr("—") : detect.join(u'\n')};
        for (int r = 0; r < ResultRows; ++r)
            m_table->setItem(r, c, readOnlyItem(cells.at(r)));
    }
    m_table->setHorizontalHeaderLabels(headers);
    m_table->resizeRowsToContents();
    m_timeline->setData(m_lastRange, m_results, headers);
    m_status->setText(tr("Backtest of %1 from %2 to %3: %n evaluation(s).", nullptr, int(m_lastRange.times().size()))
                          .arg(m_objective, utc(m_lastRange.from), utc(m_lastRange.to)));
    Q_EMIT finished();
}

void BacktestPanel::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // answers on their way are now stale
    m_job.reset();
    setRunning(false);
    m_status->setText(tr("Backtest cancelled."));
    Q_EMIT cancelled();
}

void BacktestPanel::fail(const QString &message)
{
    ++m_generation;
    m_job.reset();
    setRunning(false);
    showError(message);
    m_status->clear();
    Q_EMIT failed(message);
}

void BacktestPanel::setRunning(bool running)
{
    m_running = running;
    m_run->setEnabled(!running && !m_objective.isEmpty());
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_objectiveBox->setEnabled(!running);
    m_rangeMode->setEnabled(!running);
    m_step->setEnabled(!running);
    const bool chosen = m_rangeMode->currentIndex() == 1;
    m_from->setEnabled(chosen && !running);
    m_to->setEnabled(chosen && !running);
}

void BacktestPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace Sla::Ui
