// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/objectivepreview.h"

#include "core/document/yamlsupport.h"
#include "core/engine/figureformat.h"
#include "core/evaluation/evaluator.h"
#include "core/evaluation/explanation.h"
#include "core/models/figuretext.h"
#include "ui/charts/sparkline.h"

#include <QFontDatabase>
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
    layout->addWidget(m_summary);
    layout->addWidget(m_queries);
    layout->addWidget(m_sparkline);
    m_timer.setSingleShot(true);
    m_timer.setInterval(800);
    connect(&m_timer, &QTimer::timeout, this, &ObjectivePreview::run);
    m_summary->setText(tr("Preview: select an objective."));
}

ObjectivePreview::~ObjectivePreview() = default;

void ObjectivePreview::schedule(const Core::Workspace &ws, const QString &workspaceDir, const QString &sla,
                                const QString &objective)
{
    // Only the edited SLA is evaluated; every other document stays for references.
    m_workspace = ws;
    m_workspace.slas.removeIf([&sla](const Core::Sla &s) { return s.metadata.name != sla; });
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
    Core::EvaluatorOptions options;
    options.workspaceDir = m_dir;
    m_evaluator->setWorkspace(m_workspace, options);
    const quint64 generation = ++m_generation;
    m_summary->setText(tr("Preview: evaluating %1…").arg(m_objective));
    m_evaluator->explain(m_sla, m_objective).then(this, [this, generation](const Core::Explanation &e) {
        if (generation == m_generation)
            showFigures(e);
    });
}

void ObjectivePreview::showFigures(const Core::Explanation &e)
{
    const quint64 generation = m_generation;
    const Core::ObjectiveResult &r = e.result;
    m_sli = r.sli;
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
    parts << Core::FigureText::interval(r) << Core::FigureText::budgetLeft(r) << Core::FigureText::insufficient(r);
    parts.removeAll(QString());
    m_summary->setText(parts.join(QStringLiteral("; ")));
    const qint64 span = r.windowStart.msecsTo(r.windowEnd);
    if (span <= 0) {
        Q_EMIT previewShown();
        return;
    }
    m_evaluator->series(m_sla, m_objective, r.windowStart, r.windowEnd, std::max<qint64>(span / 120, 60000))
        .then(this, [this, generation](const Core::ObjectiveSeries &s) {
            if (generation == m_generation)
                m_sparkline->setData(s.t, s.sli);
            Q_EMIT previewShown();
        });
}

} // namespace Sla::Ui
