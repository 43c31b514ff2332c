// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/objectivepreview.h"

#include "core/document/windowlimits.h"
#include "core/document/yamlsupport.h"
#include "core/engine/figureformat.h"
#include "core/evaluation/evaluator.h"
#include "core/evaluation/explanation.h"
#include "core/models/figuretext.h"
#include "ui/charts/sparkline.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Sla::Ui {

namespace {

QString percent(std::optional<double> v)
{
    return v ? Core::FigureFormat::percent(*v, 3) : ObjectivePreview::tr("no data");
}

/// The distinct queries of the reads, in the order they were sent.
QStringList queriesOf(const Core::Explanation &e)
{
    QStringList out;
    for (const Core::TracedRead &read : e.reads) {
        if (!read.query.isEmpty() && !out.contains(read.query))
            out << read.query;
    }
    return out;
}

constexpr int MaxQueriesShown = 4;

} // namespace

ObjectivePreview::ObjectivePreview(QWidget *parent)
    : QWidget(parent), m_evaluator(new Core::Evaluator(this)), m_summary(new QLabel(this)), m_queries(new QLabel(this)),
      m_sparkline(new Sparkline(this))
{
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_queries->setObjectName(QStringLiteral("previewQueries"));
    m_queries->setWordWrap(true);
    m_queries->setTextFormat(Qt::PlainText);
    m_queries->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_queries->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_queries->hide();
    Sparkline::Options options;
    options.role = SeriesRole::Sli;
    options.fromZero = false;
    m_sparkline->setOptions(options);
    m_sparkline->setMinimumHeight(36);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildRangeRow());
    layout->addWidget(m_summary);
    layout->addWidget(m_queries);
    layout->addWidget(m_sparkline);
    m_timer.setSingleShot(true);
    m_timer.setInterval(800);
    connect(&m_timer, &QTimer::timeout, this, &ObjectivePreview::run);
    m_summary->setText(tr("Preview: select an objective."));
}

ObjectivePreview::~ObjectivePreview() = default;

QWidget *ObjectivePreview::buildRangeRow()
{
    auto *row = new QWidget(this);
    auto *v = new QVBoxLayout(row);
    v->setContentsMargins(0, 0, 0, 0);
    m_rangeBox = new QComboBox(row);
    m_rangeBox->setObjectName(QStringLiteral("previewRange"));
    m_rangeBox->addItems({tr("Window up to now"), tr("Last 24 hours"), tr("Last 7 days"), tr("Chosen range (UTC)")});
    m_rangeBox->setToolTip(tr("What the preview covers: the objective's window up to now, or a range evaluated as "
                              "a rolling window of exactly that length ending at its end"));
    auto *label = new QLabel(tr("Preview e&xtent:"), row);
    label->setBuddy(m_rangeBox);
    m_from = new QDateTimeEdit(row);
    m_to = new QDateTimeEdit(row);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
        e->setEnabled(false);
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &ObjectivePreview::onRangeChanged);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_to->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC));
    m_from->setDateTime(m_to->dateTime().addDays(-1));
    m_from->setObjectName(QStringLiteral("previewFrom"));
    m_to->setObjectName(QStringLiteral("previewTo"));
    m_from->setAccessibleName(tr("Preview from (UTC)"));
    m_to->setAccessibleName(tr("Preview to (UTC)"));
    auto *dash = new QLabel(QStringLiteral("–"), row);
    // Two lines, so the form does not grow wider than the editor at its minimum size; the
    // second (from-to) is shown for a chosen range only.
    auto *first = new QHBoxLayout;
    first->addWidget(label);
    first->addWidget(m_rangeBox);
    first->addStretch(1);
    auto *dates = new QWidget(row);
    auto *second = new QHBoxLayout(dates);
    second->setContentsMargins(0, 0, 0, 0);
    second->addWidget(m_from);
    second->addWidget(dash);
    second->addWidget(m_to);
    second->addStretch(1);
    dates->hide();
    v->addLayout(first);
    v->addWidget(dates);
    connect(m_rangeBox, &QComboBox::currentIndexChanged, this, [this, dates](int index) {
        const bool chosen = Range(index) == Range::Chosen;
        m_from->setEnabled(chosen);
        m_to->setEnabled(chosen);
        dates->setVisible(chosen);
        onRangeChanged();
    });
    return row;
}

void ObjectivePreview::setRange(Range range, const QDateTime &from, const QDateTime &to)
{
    if (range == Range::Chosen) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDateTime(from.toUTC());
        m_to->setDateTime(to.toUTC());
    }
    if (m_rangeBox->currentIndex() == int(range))
        onRangeChanged();
    else
        m_rangeBox->setCurrentIndex(int(range));
}

void ObjectivePreview::onRangeChanged()
{
    ++m_generation; // an answer for the previous range is stale
    if (!m_sla.isEmpty() && isVisible())
        m_timer.start();
    else
        m_pending = !m_sla.isEmpty();
}

std::optional<std::pair<QDateTime, QDateTime>> ObjectivePreview::chosenRange() const
{
    const QDateTime now = m_alignTo.isValid() ? m_alignTo : QDateTime::currentDateTimeUtc();
    switch (Range(m_rangeBox->currentIndex())) {
    case Range::Last24Hours:
        return std::pair{now.addDays(-1), now};
    case Range::Last7Days:
        return std::pair{now.addDays(-7), now};
    case Range::Chosen:
        return std::pair{m_from->dateTime().toUTC(), m_to->dateTime().toUTC()};
    case Range::Window:
        break;
    }
    return std::nullopt;
}

Core::Workspace ObjectivePreview::previewWorkspace(const Core::Workspace &ws, const QString &sla,
                                                   const QString &objective, const QDateTime &from, const QDateTime &to)
{
    // Only the edited SLA is evaluated; every other document stays for references.
    Core::Workspace out = ws;
    out.slas.removeIf([&sla](const Core::Sla &s) { return s.metadata.name != sla; });
    if (!from.isValid() || !to.isValid())
        return out;
    for (Core::Sla &s : out.slas) {
        for (Core::Objective &o : s.objectives) {
            if (o.name == objective)
                o.window = Core::Window::rollingWindow(Core::Duration{from.msecsTo(to)});
        }
    }
    return out;
}

void ObjectivePreview::schedule(const Core::Workspace &ws, const QString &workspaceDir, const QString &sla,
                                const QString &objective)
{
    m_workspace = ws;
    m_dir = workspaceDir;
    m_sla = sla;
    m_objective = objective;
    ++m_generation; // an answer still on its way is now stale
    // Hidden (the dashboard is on screen): no reads for nobody; showEvent() catches up.
    m_pending = !isVisible();
    if (!m_pending)
        m_timer.start();
}

void ObjectivePreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending) {
        m_pending = false;
        m_timer.start();
    }
}

void ObjectivePreview::run()
{
    if (m_sla.isEmpty() || m_objective.isEmpty())
        return;
    const std::optional<std::pair<QDateTime, QDateTime>> range = chosenRange();
    if (range) {
        const QString problem =
            range->second <= range->first
                ? tr("the range ends before it starts: choose a later end")
                : Core::windowProblem(Core::Window::rollingWindow(Core::Duration{range->first.msecsTo(range->second)}));
        if (!problem.isEmpty()) {
            ++m_generation;
            m_sli.reset();
            m_result = {};
            m_summary->setText(tr("Preview: %1").arg(problem));
            m_sparkline->setData({}, {});
            Q_EMIT previewShown();
            return;
        }
    }
    Core::EvaluatorOptions options;
    options.workspaceDir = m_dir;
    options.alignTo = m_alignTo;
    m_evaluator->setWorkspace(range ? previewWorkspace(m_workspace, m_sla, m_objective, range->first, range->second)
                                    : previewWorkspace(m_workspace, m_sla, m_objective),
                              options);
    const quint64 generation = ++m_generation;
    m_summary->setText(tr("Preview: evaluating %1…").arg(m_objective));
    m_evaluator->explain(m_sla, m_objective, range ? range->second : QDateTime())
        .then(this, [this, generation](const Core::Explanation &e) {
            if (generation == m_generation)
                showFigures(e);
        });
}

void ObjectivePreview::showFigures(const Core::Explanation &e)
{
    const quint64 generation = m_generation;
    const Core::ObjectiveResult &r = e.result;
    m_sli = r.sli;
    m_result = r;
    const QStringList queries = queriesOf(e);
    QStringList shown = queries.mid(0, MaxQueriesShown);
    if (queries.size() > MaxQueriesShown)
        shown << tr("… and %n more (Explain in the dashboard lists them all)", nullptr,
                    int(queries.size() - MaxQueriesShown));
    m_queries->setText(shown.join(u'\n'));
    m_queries->setVisible(!queries.isEmpty());
    if (!e.error.isEmpty() || !r.error.isEmpty()) {
        m_summary->setText(tr("Preview: %1").arg(e.error.isEmpty() ? r.error : e.error));
        m_sparkline->setData({}, {});
        Q_EMIT previewShown();
        return;
    }
    Sparkline::Options options;
    options.role = SeriesRole::Sli;
    options.fromZero = false;
    options.threshold = r.target;
    m_sparkline->setOptions(options);
    QStringList parts{tr("Preview from %1: SLI %2 (target %3), error budget remaining %4, status %5")
                          .arg(r.dataSource, percent(r.sli), percent(r.target), percent(r.remaining),
                               Core::Budget::statusName(r.status))};
    if (r.windowStart.isValid() && r.windowEnd.isValid())
        parts << tr("over %1 – %2 UTC")
                     .arg(r.windowStart.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          r.windowEnd.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    parts << Core::FigureText::interval(r) << Core::FigureText::budgetLeft(r) << Core::FigureText::insufficient(r);
    parts.removeAll(QString());
    m_summary->setText(parts.join(QStringLiteral("; ")));
    const qint64 span = r.windowStart.msecsTo(r.windowEnd);
    if (span <= 0) {
        Q_EMIT previewShown();
        return;
    }
    m_evaluator->series(m_sla, m_objective, r.windowStart, r.windowEnd, std::max<qint64>(span / 120, 60000), false)
        .then(this, [this, generation](const Core::ObjectiveSeries &s) {
            if (generation == m_generation)
                m_sparkline->setData(s.t, s.sli);
            Q_EMIT previewShown();
        });
}

} // namespace Sla::Ui
