// SPDX-License-Identifier: Apache-2.0
#include "detailwidget.h"

#include "core/document/builtintiers.h"
#include "core/evaluation/evaluator.h"
#include "core/models/figuretext.h"
#include "core/models/overviewmodel.h"
#include "explainwidget.h"
#include "objectivecharts.h"
#include "statusstyle.h"
#include "timerangepicker.h"
#include "ui/charts/chartgroup.h"
#include "ui/charts/timechart.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QFuture>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace Sla::Ui {

using Core::OverviewModel;
using ObjectiveCharts::Points;
using ObjectiveCharts::withData;
namespace FigureText = Core::FigureText;

namespace {

// The SRE workbook's default multi-window alert set: the burn-rate factor that pages or
// opens a ticket for each window (a long and a short window share a factor).
struct AlertFactor
{
    double factor;
    const char *severity;
};

constexpr std::array<AlertFactor, Core::BurnRateWindowCount> DefaultFactors = {{
    {14.4, QT_TRANSLATE_NOOP("DetailWidget", "page")},  // 5m
    {6.0, QT_TRANSLATE_NOOP("DetailWidget", "page")},   // 30m
    {14.4, QT_TRANSLATE_NOOP("DetailWidget", "page")},  // 1h
    {3.0, QT_TRANSLATE_NOOP("DetailWidget", "ticket")}, // 2h
    {6.0, QT_TRANSLATE_NOOP("DetailWidget", "page")},   // 6h
    {3.0, QT_TRANSLATE_NOOP("DetailWidget", "ticket")}, // 1d
    {1.0, QT_TRANSLATE_NOOP("DetailWidget", "ticket")}, // 3d
}};

// One count of decimals per kind of percentage, everywhere in the pane: the header, the
// range's line and the charts' tooltips, crosshair values and line labels.
constexpr int SliDecimals = 3;      // attained SLIs and targets
constexpr int BudgetDecimals = 1;   // budgets left or spent
constexpr int IntervalDecimals = 2; // the bounds of a 95 % interval

QString factorText(double v)
{
    return OverviewModel::formatFactor(v) + QStringLiteral("×");
}

QString thresholdText(double v)
{
    return QLocale().toString(v, 'g', 3) + QStringLiteral("×");
}

// " (raw 99.8 %)" after a corrected figure, or nothing.
QString rawSuffix(const QString &raw)
{
    return raw.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(raw.toHtmlEscaped());
}

// The index of the window series point that stands for the report's figures: the last
// one, when it was evaluated at the report's own time; else none.
std::optional<size_t> reportPoint(const std::vector<double> &t, const QDateTime &at)
{
    if (t.empty() || !at.isValid() || std::abs(t.back() - double(at.toMSecsSinceEpoch())) >= 1.0)
        return std::nullopt;
    return t.size() - 1;
}

// A one-line label that gives way: elided in the middle when narrower than its text (the
// full text stays its text() and its tooltip), so that a long objective name never sets the
// window's minimum width.
class ElidedLabel final : public QLabel
{
public:
    using QLabel::QLabel;
    QSize minimumSizeHint() const override
    {
        QSize size = QLabel::minimumSizeHint();
        size.setWidth(std::min(size.width(), fontMetrics().averageCharWidth() * 12));
        return size;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QRect area = contentsRect();
        style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(),
                              fontMetrics().elidedText(text(), Qt::ElideMiddle, area.width()), foregroundRole());
    }
};

} // namespace

DetailWidget::DetailWidget(Core::Evaluator *evaluator, QWidget *parent) : QWidget(parent), m_evaluator(evaluator)
{
    m_title = new ElidedLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setTextFormat(Qt::PlainText);

    m_objectives = new QComboBox(this);
    m_objectives->setObjectName(QStringLiteral("detailObjective"));
    m_objectives->setToolTip(tr("Objective of this SLA"));
    m_objectives->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_objectives->setMinimumContentsLength(12);
    connect(m_objectives, &QComboBox::activated, this,
            [this](int i) { showObjective(m_sla, m_objectives->itemData(i).toString()); });

    m_range = new TimeRangePicker(this);
    // Shown while the charts are zoomed (ChartGroup::zoomChanged).
    m_resetZoom = new QToolButton(this);
    m_resetZoom->setObjectName(QStringLiteral("detailResetZoom"));
    m_resetZoom->setText(tr("Reset zoom"));
    m_resetZoom->setToolTip(tr("Show the whole range again (or double-click a chart, or press Escape on it)"));
    m_resetZoom->hide();
    connect(m_range, &TimeRangePicker::rangeChanged, this, &DetailWidget::requestSeries);

    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("detailFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                       Qt::LinksAccessibleByKeyboard);
    // The runbook link: web links only, as for annotations (a document must not start a program).
    connect(m_figures, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))) {
            QDesktopServices::openUrl(url);
            Q_EMIT linkOpened(url);
        }
    });
    // Never shorter than its wrapped text: the charts below scroll instead.
    m_figures->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    // The figures of the range the picker shows, under the SLA window's.
    m_rangeFigures = new QLabel(this);
    m_rangeFigures->setObjectName(QStringLiteral("detailRangeFigures"));
    m_rangeFigures->setTextFormat(Qt::RichText);
    m_rangeFigures->setWordWrap(true);
    m_rangeFigures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rangeFigures->hide();

    QWidget *header = createHeader();

    createExplain(evaluator);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_explainButton);
    top->addWidget(m_objectives);
    top->addSpacing(12);
    top->addWidget(m_resetZoom);
    top->addWidget(m_range);

    // The headline, the burn table and a message scroll with the charts, so that a low
    // window keeps the charts; a narrow one puts the burn table under the headline.
    auto *headline = new QVBoxLayout;
    headline->setSpacing(2);
    headline->addWidget(m_figures);
    headline->addWidget(m_rangeFigures);
    m_figuresRow = new QBoxLayout(QBoxLayout::LeftToRight);
    m_figuresRow->addLayout(headline, 1);
    m_figuresRow->addWidget(m_burnTable);
    auto *headerColumn = new QVBoxLayout(header);
    headerColumn->setContentsMargins(0, 0, 0, 0);
    headerColumn->addLayout(m_figuresRow);
    headerColumn->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createCharts(header));
    m_pages->addWidget(m_explain);
    // Both pages scroll: neither holds a low window higher (the Explain page's hint did).
    m_pages->setMinimumHeight(80);
    layout->addWidget(m_pages, 1);
    clear();
}

// The header that scrolls with the charts: the headline figures, the burn table, a message.
QWidget *DetailWidget::createHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("detailHeader"));
    m_figures->setParent(header);
    m_rangeFigures->setParent(header);
    m_burnTable = new QLabel(header);
    m_burnTable->setObjectName(QStringLiteral("detailBurnRates"));
    m_burnTable->setTextFormat(Qt::RichText);

    m_message = new QLabel(header);
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    return header;
}

// The four charts in a grid that scrolls when the pane is lower than their minimum height,
// instead of laying them over each other.
QScrollArea *DetailWidget::createCharts(QWidget *header)
{
    auto *host = new QWidget(this);
    header->setParent(host);
    m_sliChart = new TimeChart(host);
    m_budgetChart = new TimeChart(host);
    m_burnChart = new TimeChart(host);
    m_rawChart = new TimeChart(host);
    m_sliChart->setObjectName(QStringLiteral("sliChart"));
    m_budgetChart->setObjectName(QStringLiteral("budgetChart"));
    m_burnChart->setObjectName(QStringLiteral("burnChart"));
    m_rawChart->setObjectName(QStringLiteral("rawChart"));
    m_budgetChart->setTitle(tr("Error budget remaining"));
    m_budgetChart->setValueUnit(ChartMath::ValueUnit::Percent);
    m_burnChart->setTitle(tr("Burn rate and alert thresholds"));
    m_burnChart->setValueUnit(ChartMath::ValueUnit::Factor);
    m_sliChart->setValueUnit(ChartMath::ValueUnit::Percent);
    m_sliChart->setValueDecimals(SliDecimals);
    m_budgetChart->setValueDecimals(BudgetDecimals);

    // One above the other on one time axis: the group gives them the same plot edges and
    // ticks, one crosshair and one zoom.
    m_chartGroup = new ChartGroup(this);
    auto *column = new QVBoxLayout(host);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    column->addWidget(header);
    for (TimeChart *c : {m_sliChart, m_budgetChart, m_burnChart, m_rawChart}) {
        // Three charts fit the default pane of a 900 px high window; lower, they scroll. The
        // SLI chart has the longest legend (band, corrections, markers): a little more.
        c->setMinimumHeight(c == m_sliChart ? 120 : 100);
        column->addWidget(c, 1);
        m_chartGroup->addChart(c);
    }
    connect(m_resetZoom, &QToolButton::clicked, m_chartGroup, &ChartGroup::resetZoom);
    connect(m_chartGroup, &ChartGroup::zoomChanged, m_resetZoom, &QWidget::setVisible);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailCharts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(host);
    return scroll;
}

void DetailWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeFigures();
}

void DetailWidget::arrangeFigures()
{
    // Beside each other while the headline keeps room for two short lines, else stacked.
    const int needed = m_burnTable->sizeHint().width() + fontMetrics().averageCharWidth() * 60;
    m_figuresRow->setDirection(width() >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

/// The Explain button (Ctrl+E) and the view it shows in place of the charts.
void DetailWidget::createExplain(Core::Evaluator *evaluator)
{
    m_explain = new ExplainWidget(evaluator, this);
    m_explainButton = new QToolButton(this);
    m_explainButton->setObjectName(QStringLiteral("detailExplain"));
    m_explainButton->setText(tr("&Explain"));
    m_explainButton->setCheckable(true);
    m_explainButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_explainButton->setToolTip(tr("Show how the figures come about: the arithmetic, the queries and their answers "
                                   "(%1)")
                                    .arg(m_explainButton->shortcut().toString(QKeySequence::NativeText)));
    connect(m_explainButton, &QToolButton::toggled, this, [this](bool on) {
        m_pages->setCurrentIndex(on ? 1 : 0);
        refreshExplain();
    });
}

DetailWidget::~DetailWidget() = default;

void DetailWidget::setWorkspace(const Core::Workspace &workspace)
{
    m_workspace = workspace;
}

void DetailWidget::clear()
{
    ++m_generation;
    m_shown.reset();
    m_sla.clear();
    m_objective.clear();
    m_title->setText(tr("Select an SLA or objective in the overview"));
    m_title->setToolTip(QString());
    m_objectives->clear();
    m_objectives->hide();
    m_figures->clear();
    m_rangeFigures->clear();
    m_rangeFigures->hide();
    m_burnTable->clear();
    m_message->hide();
    for (TimeChart *c : {m_sliChart, m_budgetChart, m_burnChart, m_rawChart}) {
        c->clearSeries();
        c->clearOverlays();
        c->setBreachPeriods({});
    }
    m_rawChart->hide();
    m_explain->clear();
}

void DetailWidget::refreshExplain()
{
    if (m_explainButton->isChecked() && !m_sla.isEmpty() && !m_objective.isEmpty())
        m_explain->explain(m_sla, m_objective, m_report.at);
}

const Core::Objective *DetailWidget::definition() const
{
    const Core::Sla *sla = m_workspace.findSla(m_sla);
    if (!sla)
        return nullptr;
    for (const Core::Objective &o : sla->objectives) {
        if (o.name == m_objective)
            return &o;
    }
    return nullptr;
}

void DetailWidget::setReport(const Core::EvaluationReport &report)
{
    m_report = report;
    if (m_sla.isEmpty())
        return;
    if (!m_report.findObjective(m_sla, m_objective)) {
        clear();
        return;
    }
    updateHeader();
    requestSeries();
    refreshExplain();
}

void DetailWidget::showObjective(const QString &sla, const QString &objectiveIn)
{
    const Core::SlaResult *s = m_report.findSla(sla);
    if (!s || s->objectives.isEmpty()) {
        clear();
        return;
    }
    QString objective = objectiveIn;
    if (objective.isEmpty()) {
        // The SLA's worst objective: the most severe status, then the least budget left.
        const Core::ObjectiveResult *worst = nullptr;
        for (const Core::ObjectiveResult &o : s->objectives) {
            if (!worst) {
                worst = &o;
                continue;
            }
            const int a = OverviewModel::statusSeverity(o.status), b = OverviewModel::statusSeverity(worst->status);
            if (a < b || (a == b && o.remaining.value_or(2.0) < worst->remaining.value_or(2.0)))
                worst = &o;
        }
        objective = worst->name;
    }
    if (sla == m_sla && objective == m_objective)
        return;
    m_shown.reset(); // another objective's series until the new one arrives
    m_sla = sla;
    m_objective = objective;
    {
        const QSignalBlocker block(m_objectives);
        m_objectives->clear();
        for (const Core::ObjectiveResult &o : s->objectives)
            m_objectives->addItem(o.displayName.isEmpty() ? o.name : o.displayName, o.name);
        m_objectives->setCurrentIndex(m_objectives->findData(objective));
        m_objectives->setVisible(s->objectives.size() > 1);
    }
    updateHeader();
    requestSeries();
    refreshExplain();
}

void DetailWidget::updateHeader()
{
    const Core::SlaResult *s = m_report.findSla(m_sla);
    const Core::ObjectiveResult *o = m_report.findObjective(m_sla, m_objective);
    if (!s || !o)
        return;
    const QString slaName = s->displayName.isEmpty() ? s->name : s->displayName;
    const QString objName = o->displayName.isEmpty() ? o->name : o->displayName;
    m_title->setText(tr("%1 — %2").arg(slaName, objName));
    m_title->setToolTip(m_title->text());
    m_range->setSlaWindow(o->windowStart, o->windowEnd);
    m_figures->setText(figuresHtml(*s, *o));
    m_burnTable->setText(burnTableHtml(*o));
    arrangeFigures();
    m_burnTable->setToolTip(tr("Burn rate per window; ▲ marks a window at or above the threshold of its default "
                               "alert (SRE workbook: page at 14.4× on 1h and 5m, 6× on 6h and 30m; ticket at 3× on "
                               "1d and 2h, 1× on 3d and 6h)."));
    updateChartTitles(*o, objName);
}

QString DetailWidget::ownerLineHtml(const Core::SlaResult &s, const Core::ObjectiveResult &o) const
{
    QString line = tr("Service %1, owner %2, data source %3")
                       .arg(s.service.toHtmlEscaped(), s.owner.toHtmlEscaped(), o.dataSource.toHtmlEscaped());
    // Recorded data is said as such: a replayed recording must not pass for live figures.
    for (const Core::DataSource &ds : std::as_const(m_workspace.dataSources)) {
        if (ds.metadata.name == o.dataSource && ds.type == Core::DataSourceType::Recorded)
            line += QLatin1Char(' ') + tr("(recorded data, not live)").toHtmlEscaped();
    }
    const Core::Sla *sla = m_workspace.findSla(s.name);
    const QUrl runbook(sla ? sla->remediation.runbook : QString());
    if (runbook.isValid() && (runbook.scheme() == QLatin1String("https") || runbook.scheme() == QLatin1String("http")))
        line += QStringLiteral(" · <a href=\"%1\">%2</a>")
                    .arg(runbook.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Runbook").toHtmlEscaped());
    return line;
}

QString DetailWidget::figuresHtml(const Core::SlaResult &s, const Core::ObjectiveResult &o) const
{
    const QColor statusColor = StatusStyle::color(o.status, palette());
    QString status = OverviewModel::statusText(o.status);
    if (o.stale)
        status = tr("%1 (stale)").arg(status);
    QStringList parts;
    parts << QStringLiteral("<b style=\"color:%1\">%2</b>").arg(statusColor.name(), status.toHtmlEscaped());
    parts << figureParts(o);
    QString html = parts.join(QStringLiteral(" · "));
    html += QStringLiteral("<br>") + ownerLineHtml(s, o);
    const QString corrections = FigureText::corrections(o);
    if (!corrections.isEmpty())
        html += QStringLiteral(" · ") + corrections.toHtmlEscaped();
    QStringList notes;
    if (o.provisional)
        notes << FigureText::provisional(o);
    if (o.partial)
        notes << FigureText::partial(o, m_report.warnings);
    if (o.read == Core::ObjectiveResult::ReadPath::RecordingRules)
        notes << tr("Read from the sladesk: recording rules of slactl rules: the window's events are the recorded "
                    "5-minute increases, which can differ from the raw series by the pieces at the window's ends");
    if (o.stale)
        notes << tr("Stale: these figures are from %1; the source fails now: %2")
                     .arg(QLocale().toString(o.evaluatedAt.toLocalTime(), QLocale::ShortFormat), o.error);
    else if (!o.error.isEmpty())
        notes << o.error;
    for (const QString &note : std::as_const(notes))
        html += QStringLiteral("<br><i>") + note.toHtmlEscaped() + QStringLiteral("</i>");
    return html;
}

// The figures after the status: attained (and raw), interval, budget in fraction, time
// and events, exhaustion, slices.
QStringList DetailWidget::figureParts(const Core::ObjectiveResult &o) const
{
    QStringList parts;
    if (o.sli)
        parts << tr("attained <b>%1</b>%2 against a target of %3")
                     .arg(OverviewModel::formatPercent(*o.sli, SliDecimals), rawSuffix(FigureText::rawSli(o)),
                          OverviewModel::formatPercent(o.target, SliDecimals));
    else if (o.status == Core::ObjectiveStatus::InsufficientData)
        parts << tr("%1; target %2")
                     .arg(FigureText::insufficient(o).toHtmlEscaped(),
                          OverviewModel::formatPercent(o.target, SliDecimals));
    else
        parts << tr("no attained value; target %1").arg(OverviewModel::formatPercent(o.target, SliDecimals));
    const QString interval = FigureText::interval(o);
    if (!interval.isEmpty())
        parts << interval.toHtmlEscaped();
    if (o.remaining)
        parts << tr("error budget left <b>%1</b>%2")
                     .arg(OverviewModel::formatPercent(*o.remaining, BudgetDecimals),
                          rawSuffix(FigureText::rawRemaining(o)));
    for (const QString &left : FigureText::budgetLeft(o))
        parts << left.toHtmlEscaped();
    const QString exhaustion = OverviewModel::formatExhaustion(o.exhaustion, m_report.at);
    if (o.exhaustion && o.exhaustion->isValid() && *o.exhaustion <= m_report.at)
        parts << tr("budget exhausted");
    else if (!exhaustion.isEmpty())
        parts << tr("budget runs out %1 at the current burn").arg(exhaustion);
    if (o.budgeting == Core::Budgeting::Method::Timeslices)
        parts << tr("%1 good / %2 bad / %3 empty slices").arg(o.goodSlices).arg(o.badSlices).arg(o.gapSlices);
    if (o.latest)
        parts << tr("latest slice %1").arg(QLocale().toString(*o.latest, 'g', 3));
    return parts;
}

// The burn rate of every window next to the threshold of the alert that uses it.
bool DetailWidget::burnRateAlertApplies(const Core::ObjectiveResult &o) const
{
    // The SLA's own alerts, else its tier's (the document's tier, then the built-in one).
    const Core::Sla *sla = m_workspace.findSla(m_sla);
    if (!sla)
        return false;
    QList<Core::AlertRule> rules = sla->alerts;
    if (rules.isEmpty()) {
        QList<Core::TierTemplate> tiers = m_workspace.tiers;
        tiers += Core::builtInTiers();
        for (const Core::TierTemplate &t : std::as_const(tiers)) {
            if (t.metadata.name == sla->tier) {
                rules = t.alerts;
                break;
            }
        }
    }
    return std::any_of(rules.cbegin(), rules.cend(), [&](const Core::AlertRule &r) {
        return r.kind == Core::AlertRule::Kind::BurnRate && (r.objective.isEmpty() || r.objective == o.name);
    });
}

QString DetailWidget::burnTableHtml(const Core::ObjectiveResult &o) const
{
    if (o.budgeting == Core::Budgeting::Method::Timeslices)
        return tr("No burn rates: the budget of a timeslice objective is counted in slices.").toHtmlEscaped();
    // The "alert at" row (and the ▲ that refers to it) only where a burn-rate alert applies.
    const bool alerting = burnRateAlertApplies(o);
    QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><th align=\"left\">%1</th>")
                        .arg(tr("window").toHtmlEscaped());
    QString rates = QStringLiteral("<tr><th align=\"left\">%1</th>").arg(tr("burn").toHtmlEscaped());
    QString limits = QStringLiteral("<tr><th align=\"left\">%1</th>").arg(tr("alert at").toHtmlEscaped());
    bool missing = false;
    for (size_t i = 0; i < Core::BurnRateWindowCount; ++i) {
        table += QStringLiteral("<th align=\"right\">%1</th>").arg(Core::Budget::burnRateWindowName(i));
        const auto &v = o.burnRates[i];
        missing = missing || !v;
        const bool above = alerting && v && *v >= DefaultFactors[i].factor;
        const QString text = v ? factorText(*v) : QStringLiteral("–");
        rates += above ? QStringLiteral("<td align=\"right\"><b style=\"color:%1\">▲ %2</b></td>")
                             .arg(StatusStyle::color(Core::ObjectiveStatus::Breached, palette()).name(), text)
                       : QStringLiteral("<td align=\"right\">%1</td>").arg(text);
        limits += QStringLiteral("<td align=\"right\">%1 %2</td>")
                      .arg(thresholdText(DefaultFactors[i].factor),
                           QCoreApplication::translate("DetailWidget", DefaultFactors[i].severity));
    }
    table += QStringLiteral("</tr>") + rates + QStringLiteral("</tr>");
    if (alerting)
        table += limits + QStringLiteral("</tr>");
    table += QStringLiteral("</table>");
    if (missing)
        table += QStringLiteral("<small>%1</small>")
                     .arg(tr("– : not enough data in that window yet (or fewer events than the objective's minimum)")
                              .toHtmlEscaped());
    return table;
}

// Chart titles name what they show for this kind of objective.
void DetailWidget::updateChartTitles(const Core::ObjectiveResult &o, const QString &objName)
{
    switch (o.kind) {
    case Core::IndicatorKind::Classification:
        m_sliTitle = tr("%1 (model quality) against target").arg(objName);
        break;
    case Core::IndicatorKind::Drift:
        m_sliTitle = tr("Days within the drift threshold against target");
        break;
    default:
        m_sliTitle = o.budgeting == Core::Budgeting::Method::Timeslices ? tr("Good slices against target")
                                                                        : tr("SLI against target");
        break;
    }
    m_sliChart->setTitle(m_sliTitle);
}

// A range shorter than a slice (Last hour of a 1d slice) holds no complete slice: the chart
// says so rather than leave the per-slice line out without a word.
void DetailWidget::noteMissingSlices(const Core::ObjectiveResult *o)
{
    const Core::Objective *def = definition();
    const bool none = o && def && o->budgeting == Core::Budgeting::Method::Timeslices &&
                      !m_sliChart->seriesIds().contains(QStringLiteral("step"));
    m_sliChart->setTitle(
        none ? tr("%1 · no complete %2 slice ends in this range").arg(m_sliTitle, def->budgeting.slice.toString())
             : m_sliTitle);
}

void DetailWidget::requestSeries()
{
    if (m_sla.isEmpty() || !m_evaluator)
        return;
    const auto [from, to] = m_range->range(m_report.at);
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    const qint64 step = std::max<qint64>(60000, (toMs - fromMs) / 720);
    // The series end at the report's time (not later, where there is nothing yet), so that
    // the last point of the window series is the headline's evaluation.
    const QDateTime end = m_report.at.isValid() && m_report.at < to && m_report.at > from ? m_report.at : to;
    const quint64 generation = ++m_generation;
    m_evaluator->series(m_sla, m_objective, from, end, step)
        .then(this, [this, generation, fromMs, toMs](const Core::ObjectiveSeries &series) {
            if (generation != m_generation) {
                ++m_dropped; // the user moved on, or a refresh asked again
                return;
            }
            applySeries(series, fromMs, toMs);
        });
}

void DetailWidget::applySeries(const Core::ObjectiveSeries &s, qint64 fromMs, qint64 toMs)
{
    const Core::ObjectiveResult *o = m_report.findObjective(m_sla, m_objective);
    for (TimeChart *c : {m_sliChart, m_budgetChart, m_burnChart, m_rawChart}) {
        c->clearSeries();
        c->clearOverlays();
        c->setBreachPeriods({});
        c->setAutoValueRange();
    }
    m_chartGroup->setTimeRange(fromMs, toMs);
    if (!s.error.isEmpty()) {
        m_message->setText(tr("No chart data: %1").arg(s.error));
        m_message->show();
    } else {
        m_message->hide();
    }
    const double target = o ? o->target : 0.0;
    const std::vector<double> span = {double(fromMs), double(toMs)};
    showAttainedAndBudget(s, target, span);
    noteMissingSlices(o);
    showRangeFigures(s);
    showBurnRates(s, span);
    m_shown = s;
    m_shownFrom = fromMs;
    m_shownTo = toMs;
    showOverlays(s, fromMs, toMs);
    setPointDetails(s);
    // A raw value per slice gets its own chart.
    const bool raw = !s.rawValue.empty() && s.rawValue.size() == s.t.size();
    // Burn rates belong to occurrence objectives; a timeslice objective has none, so an
    // empty chart of thresholds would only puzzle. Whichever chart remains takes the row.
    const bool burns = !o || o->budgeting == Core::Budgeting::Method::Occurrences;
    m_rawChart->setVisible(raw);
    m_burnChart->setVisible(burns);
    if (raw)
        showRawValues(s, span);
    Q_EMIT seriesLoaded();
}

// The engine's figures of the picked range itself, labelled with the range's name.
void DetailWidget::showRangeFigures(const Core::ObjectiveSeries &s)
{
    QStringList parts;
    if (s.rangeSli)
        parts << tr("attained <b>%1</b>").arg(OverviewModel::formatPercent(*s.rangeSli, SliDecimals));
    if (s.rangeBudgetSpent)
        parts << tr("<b>%1</b> of the SLA window's error budget spent in it")
                     .arg(OverviewModel::formatPercent(*s.rangeBudgetSpent, BudgetDecimals));
    m_rangeFigures->setVisible(!parts.isEmpty());
    m_rangeFigures->setText(parts.isEmpty() ? QString()
                                            : tr("Range “%1”: %2")
                                                  .arg(m_range->presetBox()->currentText().toHtmlEscaped(),
                                                       parts.join(QStringLiteral(" · "))));
}

void DetailWidget::showSeries(const Core::ObjectiveSeries &series, qint64 fromMs, qint64 toMs)
{
    ++m_generation; // an answer still under way is older than this
    applySeries(series, fromMs, toMs);
}

// Annotations and corrections on every chart of the objective; the interval band and the
// provisional period where the SLI is drawn.
void DetailWidget::showOverlays(const Core::ObjectiveSeries &s, qint64 fromMs, qint64 toMs)
{
    for (TimeChart *c : {m_sliChart, m_budgetChart, m_burnChart, m_rawChart})
        ObjectiveCharts::showOverlays(c, s, m_workspace, m_sla, m_objective, fromMs, toMs, c == m_sliChart,
                                      m_alertSpans);
}

void DetailWidget::setAlertSpans(const QList<Core::Alerting::FiringSpan> &spans)
{
    if (spans == m_alertSpans)
        return;
    m_alertSpans = spans;
    if (m_shown)
        showOverlays(*m_shown, m_shownFrom, m_shownTo);
}

void DetailWidget::setPointDetails(const Core::ObjectiveSeries &s)
{
    const Core::ObjectiveResult *found = m_report.findObjective(m_sla, m_objective);
    const std::optional<Core::ObjectiveResult> o = found ? std::optional(*found) : std::nullopt;
    // The report's figures belong to the last point of the window series, when it was
    // evaluated at the report's time; the interval to each point of the SLI per step.
    const Points sli = withData(s.windowT, s.windowSli);
    const Points remaining = withData(s.windowT, s.windowRemaining);
    const std::optional<size_t> sliLast =
        !sli.index.empty() && sli.index.back() + 1 == s.windowT.size() ? reportPoint(sli.t, m_report.at) : std::nullopt;
    const std::optional<size_t> budgetLast = !remaining.index.empty() && remaining.index.back() + 1 == s.windowT.size()
                                                 ? reportPoint(remaining.t, m_report.at)
                                                 : std::nullopt;
    const bool band = s.intervalLow.size() == s.t.size() && s.intervalHigh.size() == s.t.size();
    std::vector<double> low = band ? s.intervalLow : std::vector<double>{};
    std::vector<double> high = band ? s.intervalHigh : std::vector<double>{};
    const std::vector<size_t> stepIndex = withData(s.t, s.sli).index;
    m_sliChart->setPointDetail([o, sliLast, low, high, stepIndex](const QString &id, size_t i) {
        QStringList lines;
        if (id == QLatin1String("sli") && o && sliLast == i) {
            lines << FigureText::rawSli(*o) << FigureText::interval(*o);
        } else if (id == QLatin1String("step") && i < stepIndex.size()) {
            const size_t k = stepIndex[i];
            if (k < low.size() && std::isfinite(low[k]) && std::isfinite(high[k]))
                lines << tr("95 % interval [%1, %2]")
                             .arg(OverviewModel::formatPercent(low[k], IntervalDecimals),
                                  OverviewModel::formatPercent(high[k], IntervalDecimals));
        }
        lines.removeAll(QString());
        return lines.join(QLatin1Char('\n'));
    });
    m_budgetChart->setPointDetail([o, budgetLast](const QString &id, size_t i) {
        if (id != QLatin1String("remaining") || !o || budgetLast != i)
            return QString();
        QStringList lines = FigureText::budgetLeft(*o);
        lines.prepend(FigureText::rawRemaining(*o));
        lines.removeAll(QString());
        return lines.join(QLatin1Char('\n'));
    });
}

// The SLI chart: the window SLI as of t (the headline's figure at each time) over the SLI
// per step, against the target; the budget chart: the budget remaining of the SLA window as
// of t. Lines connect across steps without data; the value ranges hold every point drawn.
void DetailWidget::showAttainedAndBudget(const Core::ObjectiveSeries &s, double target, const std::vector<double> &span)
{
    ObjectiveCharts::showAttained(m_sliChart, s, target, span);
    ObjectiveCharts::showBudget(m_budgetChart, tr("Budget remaining of the SLA window as of t"), s.windowT,
                                s.windowRemaining, span);
    if (!s.burnRate1h.empty())
        m_burnChart->setSeries(QStringLiteral("burn"), tr("1h burn rate"), s.t, s.burnRate1h, SeriesRole::BurnRate);
}

void DetailWidget::showBurnRates(const Core::ObjectiveSeries &s, const std::vector<double> &span)
{
    // The thresholds are labelled at the line ends; page or ticket is in the table above.
    double highest = 14.4;
    for (double v : s.burnRate1h) {
        if (std::isfinite(v))
            highest = std::max(highest, v);
    }
    for (double f : {14.4, 6.0, 3.0, 1.0})
        m_burnChart->setSeries(QStringLiteral("threshold-%1").arg(f), thresholdText(f), span, {f, f},
                               SeriesRole::Threshold);
    // Headroom above the highest line, so that its label stays inside the plot.
    m_burnChart->setValueRange(0.0, highest * 1.25);
}

// The raw slice value: the drift score, or the percentile latency, against its threshold.
void DetailWidget::showRawValues(const Core::ObjectiveSeries &s, const std::vector<double> &span)
{
    const Core::Objective *def = definition();
    QString title = tr("Slice value");
    double threshold = std::nan("");
    ChartMath::ValueUnit unit = ChartMath::ValueUnit::Plain;
    if (def && def->indicator.kind == Core::IndicatorKind::Drift) {
        title = tr("Drift score (%1) per slice").arg(Core::toString(def->indicator.drift.method));
        threshold = def->indicator.drift.threshold;
    } else if (def && def->indicator.kind == Core::IndicatorKind::Latency) {
        title = tr("p%1 latency per slice (seconds)").arg(def->indicator.latency.percentile.value_or(0.95) * 100);
        threshold = def->indicator.latency.threshold;
    } else if (def && def->indicator.kind == Core::IndicatorKind::Threshold) {
        threshold = def->indicator.threshold.value;
    }
    m_rawChart->setTitle(title);
    m_rawChart->setValueUnit(unit);
    m_rawChart->setSeries(QStringLiteral("raw"), tr("Value"), s.t, s.rawValue, SeriesRole::Sli);
    if (!std::isnan(threshold))
        m_rawChart->setSeries(QStringLiteral("threshold"), tr("Threshold"), span, {threshold, threshold},
                              SeriesRole::Threshold);
}

} // namespace Sla::Ui
