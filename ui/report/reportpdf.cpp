// SPDX-License-Identifier: Apache-2.0
#include "reportpdf.h"

#include "core/engine/tr.h"
#include "core/models/figuretext.h"
#include "core/models/overviewmodel.h"
#include "ui/charts/timechart.h"
#include "ui/dashboard/objectivecharts.h"
#include "ui/logging.h"
#include "ui/report/pdflinks.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <tuple>

namespace Sla::Ui::TrContext::ReportPdf {
SLA_TR_FUNCTIONS(Sla::Ui::ReportPdf)
}

namespace Sla::Ui::ReportPdf {

namespace {

namespace Tr = Sla::Ui::TrContext::ReportPdf;

using namespace Core::Report;
namespace FigureText = Core::FigureText;

/// Device units are 1/96 inch, as on a screen: the dashboard's chart code and fonts
/// paint the same on a page as in a window.
constexpr int Dpi = 96;
constexpr double HeaderHeight = 28;
constexpr double FooterHeight = 24;
constexpr double Gap = 6;

enum class Style { Title, Heading, Subheading, Body, Small, TableHeader };

QFont fontFor(Style style)
{
    QFont f = QGuiApplication::font();
    const std::map<Style, std::pair<double, bool>> sizes = {
        {Style::Title, {18, true}},  {Style::Heading, {13, true}}, {Style::Subheading, {10.5, true}},
        {Style::Body, {8.5, false}}, {Style::Small, {7, false}},   {Style::TableHeader, {8, true}}};
    f.setPointSizeF(sizes.at(style).first);
    f.setBold(sizes.at(style).second);
    return f;
}

/// Everything the blocks paint from.
struct Context
{
    const ComplianceReport &report;
    const Core::Workspace &workspace;
    QLocale locale;
    QTimeZone zone;
    double width = 0;
    std::map<QString, int> sectionPage; ///< SLA name -> page (filled by the pagination)
    int currentPage = 0;                ///< the page being painted (1-based)
    /// The rows of the contents as painted: page, rectangle (device units), SLA.
    std::vector<std::tuple<int, QRectF, QString>> contentsRows;
};

QString percent(const Context &c, const std::optional<double> &v, int decimals)
{
    if (!v || !std::isfinite(*v))
        return QStringLiteral("–");
    return Tr::tr("%1 %").arg(c.locale.toString(*v * 100.0, 'f', decimals));
}

QString timeText(const Context &c, const QDateTime &t)
{
    return t.isValid() ? c.locale.toString(t.toTimeZone(c.zone), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString number(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? FigureText::count(*v) : QStringLiteral("–");
}

/// A piece of a page: its height at the content width, and how it paints at a given top.
struct Block
{
    double height = 0;
    std::function<void(QPainter &, const QRectF &)> paint;
    bool pageBreakBefore = false;
    QString section;           ///< an SLA's first block: its page goes into the contents
    bool keepWithNext = false; ///< never the last block of a page (a heading)
};

using Blocks = std::vector<Block>;

Block makeBlock(double height, std::function<void(QPainter &, const QRectF &)> paint)
{
    Block b;
    b.height = height;
    b.paint = std::move(paint);
    return b;
}

double textHeight(const QString &text, Style style, double width)
{
    const QFontMetricsF fm(fontFor(style));
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

Block textBlock(const QString &text, Style style, double width, const QColor &color = Qt::black)
{
    const double h = textHeight(text, style, width) + (style == Style::Heading ? 8 : 2);
    Block b = makeBlock(h, [text, style, color](QPainter &p, const QRectF &r) {
        p.setFont(fontFor(style));
        p.setPen(color);
        p.drawText(r, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom, text);
    });
    // A heading stays with what follows it.
    b.keepWithNext = style == Style::Heading || style == Style::Subheading;
    return b;
}

/// A table: a header block, then one block per row (pages break between rows).
void appendTable(Blocks &out, const QList<double> &widths, const QStringList &header, const QList<QStringList> &rows,
                 double width)
{
    auto rowBlock = [widths, width](const QStringList &cells, Style style, bool shade) {
        double h = 0;
        for (int i = 0; i < cells.size() && i < widths.size(); ++i)
            h = std::max(h, textHeight(cells[i], style, widths[i] * width - 6));
        return makeBlock(h + 4, [cells, widths, width, style, shade](QPainter &p, const QRectF &r) {
            if (shade)
                p.fillRect(r, QColor(0xee, 0xf1, 0xf5));
            p.setFont(fontFor(style));
            p.setPen(Qt::black);
            double x = r.left();
            for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
                const QRectF cell(x + 3, r.top() + 2, widths[i] * width - 6, r.height() - 4);
                p.drawText(cell, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, cells[i]);
                x += widths[i] * width;
            }
            p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5));
            p.drawLine(r.bottomLeft(), r.bottomRight());
        });
    };
    out.push_back(rowBlock(header, Style::TableHeader, true));
    for (const QStringList &row : rows)
        out.push_back(rowBlock(row, Style::Body, false));
    out.push_back(makeBlock(Gap, [](QPainter &, const QRectF &) {}));
}

/// A chart of one objective, painted by the dashboard's TimeChart.
Block chartBlock(const Context &c, const SlaFigures &s, const ObjectiveFigures &o, bool budget)
{
    const Core::Workspace &ws = c.workspace;
    const qint64 from = c.report.period.from.toMSecsSinceEpoch();
    const qint64 to = c.report.period.to.toMSecsSinceEpoch();
    const QTimeZone zone = c.zone;
    const ObjectiveFigures *figures = &o; // the report outlives the painting
    const QString sla = s.name;
    return makeBlock(190, [&ws, sla, figures, budget, from, to, zone](QPainter &p, const QRectF &r) {
        const ObjectiveFigures &o = *figures;
        TimeChart chart;
        chart.resize(r.size().toSize());
        chart.setTimeZone(zone);
        chart.setTimeRange(from, to);
        const std::vector<double> span = {double(from), double(to)};
        if (budget) {
            chart.setTitle(Tr::tr("Error budget remaining over the period"));
            ObjectiveCharts::showBudget(&chart, Tr::tr("Budget remaining"), o.series.t, o.series.remaining, span);
        } else {
            chart.setTitle(Tr::tr("SLI against target"));
            ObjectiveCharts::showAttained(&chart, o.series, o.result.target, span);
        }
        ObjectiveCharts::showOverlays(&chart, o.series, ws, sla, o.result.name, from, to, !budget);
        chart.paintTo(&p, r);
    });
}

/// The budget history as bars (budget consumed per month, 100 % marked).
Block barsBlock(const ObjectiveFigures &figures)
{
    const ObjectiveFigures *history = &figures; // the report outlives the painting
    return makeBlock(90, [history](QPainter &p, const QRectF &r) {
        const ObjectiveFigures &o = *history;
        const double n = std::max<qsizetype>(1, o.history.size());
        double top = 1.0;
        for (const HistoryRow &h : o.history)
            top = std::max(top, h.consumed.value_or(0));
        const QRectF plot = r.adjusted(40, 4, 0, -16);
        p.setFont(fontFor(Style::Small));
        p.setPen(QPen(Qt::gray, 0.5, Qt::DashLine));
        const double full = plot.bottom() - plot.height() / top;
        p.drawLine(QPointF(plot.left(), full), QPointF(plot.right(), full));
        p.drawText(QRectF(r.left(), full - 7, 38, 14), Qt::AlignRight | Qt::AlignVCenter, Tr::tr("100 %"));
        for (int i = 0; i < o.history.size(); ++i) {
            const HistoryRow &h = o.history[i];
            const double v = std::max(0.0, h.consumed.value_or(0));
            const double w = plot.width() / n;
            const QRectF bar(plot.left() + i * w + w * 0.2, plot.bottom() - plot.height() * v / top, w * 0.6,
                             plot.height() * v / top);
            p.fillRect(bar, v >= 1.0 ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
            p.setPen(Qt::black);
            p.drawText(QRectF(plot.left() + i * w, plot.bottom() + 1, w, 14), Qt::AlignCenter, h.label);
        }
    });
}

QString breachText(const ObjectiveFigures &o)
{
    return Tr::tr("%n breach(es), %1 in all", nullptr, int(o.breaches.size()))
        .arg(FigureText::duration(double(o.breachMs) / 1000.0));
}

void appendBreaches(Blocks &out, const Context &c, const ObjectiveFigures &o)
{
    out.push_back(textBlock(Tr::tr("Breaches: %1").arg(breachText(o)), Style::Subheading, c.width));
    if (o.breaches.isEmpty())
        return;
    QList<QStringList> rows;
    for (const Breach &b : o.breaches) {
        const QString ack =
            b.ackBy.isEmpty() ? QStringLiteral("–") : Tr::tr("%1 at %2").arg(b.ackBy, timeText(c, b.ackAt));
        rows << QStringList{timeText(c, b.start),
                            timeText(c, b.end),
                            FigureText::duration(double(b.durationMs) / 1000.0),
                            b.severity.isEmpty() ? QStringLiteral("–") : b.severity,
                            ack,
                            b.ackNote};
    }
    appendTable(out, {0.16, 0.16, 0.12, 0.1, 0.2, 0.26},
                {Tr::tr("Start"), Tr::tr("End"), Tr::tr("Duration"), Tr::tr("Severity"), Tr::tr("Acknowledged"),
                 Tr::tr("Note")},
                rows, c.width);
}

void appendCorrections(Blocks &out, const Context &c, const ObjectiveFigures &o)
{
    for (const CorrectionApplied &k : o.corrections) {
        QStringList periods;
        for (const auto &[from, to] : k.periods)
            periods << QStringLiteral("%1 – %2").arg(timeText(c, from), timeText(c, to));
        out.push_back(textBlock(Tr::tr("Correction excluded: %1 (%2), %3; approved by %4. %5")
                                    .arg(k.name, k.category, periods.join(QStringLiteral(", ")),
                                         k.approvedBy.isEmpty() ? Tr::tr("nobody") : k.approvedBy, k.description),
                                Style::Body, c.width));
    }
    if (o.result.raw) {
        out.push_back(textBlock(Tr::tr("Without corrections: SLI %1, budget consumed %2.")
                                    .arg(percent(c, o.result.raw->sli, 3), percent(c, o.result.raw->consumed, 1)),
                                Style::Body, c.width));
    }
}

void appendCredit(Blocks &out, const Context &c, const SlaFigures &s, const ObjectiveFigures &o)
{
    const Credit &k = o.credit;
    if (!k.applies)
        return;
    const Core::Sla *def = c.workspace.findSla(s.name);
    QStringList schedule;
    for (const Core::CreditTier &row : def ? def->contract.credits : QList<Core::CreditTier>{})
        schedule << Tr::tr("below %1: %2").arg(percent(c, row.below, 2), percent(c, row.credit, 0));
    QString text = k.row < 0
                       ? Tr::tr("Credit: the period SLI %1 is below the target %2, but in no row of the schedule "
                                "(%3): no credit owed.")
                             .arg(percent(c, k.sli, 3), percent(c, o.result.target, 2), schedule.join(u"; "))
                       : Tr::tr("Credit owed: %1 of the period's fee. The period SLI %2 is below the target %3 and "
                                "falls in row %4 of the schedule (below %5); schedule: %6.")
                             .arg(percent(c, k.credit, 0), percent(c, k.sli, 3), percent(c, o.result.target, 2))
                             .arg(k.row + 1)
                             .arg(percent(c, k.below, 2), schedule.join(u"; "));
    if (!k.matchesContractPeriod)
        text += QLatin1Char(' ') + Tr::tr("The contract counts per %1; this period is not one, so the figure is "
                                          "indicative.")
                                       .arg(k.contractPeriod);
    out.push_back(textBlock(text, Style::Body, c.width, QColor(0x8e, 0x24, 0x24)));
}

void appendHistory(Blocks &out, const Context &c, const ObjectiveFigures &o)
{
    if (o.history.isEmpty())
        return;
    out.push_back(textBlock(Tr::tr("Budget history"), Style::Subheading, c.width));
    QList<QStringList> rows;
    for (const HistoryRow &h : o.history) {
        rows << QStringList{h.partial ? Tr::tr("%1 (part)").arg(h.label) : h.label, percent(c, h.sli, 3),
                            percent(c, h.consumed, 1), Core::OverviewModel::statusText(h.status)};
    }
    appendTable(out, {0.25, 0.25, 0.25, 0.25},
                {Tr::tr("Month"), Tr::tr("SLI"), Tr::tr("Budget consumed"), Tr::tr("Status")}, rows, c.width);
    if (o.history.size() > 1)
        out.push_back(barsBlock(o));
}

QString sampleText(const Context &c, const ObjectiveFigures &o)
{
    const Core::ObjectiveResult &r = o.result;
    QStringList parts;
    if (r.sampleSize)
        parts << Tr::tr("n = %1").arg(FigureText::count(*r.sampleSize));
    if (r.interval)
        parts << Tr::tr("95 % interval [%1, %2]")
                     .arg(percent(c, r.interval->first, 3), percent(c, r.interval->second, 3));
    if (o.drift)
        parts << Tr::tr("drift score of the last slice %1").arg(c.locale.toString(*o.drift, 'f', 3));
    if (r.provisional)
        parts << Tr::tr("provisional from %1 (label delay): SLI %2")
                     .arg(timeText(c, r.provisional->start), percent(c, r.provisional->sli, 3));
    if (o.worstDay)
        parts << Tr::tr("worst day %1: %2")
                     .arg(c.locale.toString(o.worstDay->toTimeZone(c.zone).date(), QLocale::ShortFormat),
                          percent(c, o.worstDaySli, 3));
    return parts.join(QStringLiteral(" · "));
}

void appendObjective(Blocks &out, const Context &c, const SlaFigures &s, const ObjectiveFigures &o)
{
    const Core::ObjectiveResult &r = o.result;
    const QString name = r.displayName.isEmpty() ? r.name : r.displayName;
    Block heading = textBlock(Tr::tr("%1 (%2): %3").arg(name, r.name, Core::OverviewModel::statusText(r.status)),
                              Style::Subheading, c.width);
    heading.keepWithNext = true;
    out.push_back(heading);
    out.push_back(textBlock(Tr::tr("Target %1, attained %2; budget consumed %3 (%4 events, %5).")
                                .arg(percent(c, r.target, 2), percent(c, r.sli, 3), percent(c, r.consumed, 1),
                                     number(o.consumedEvents),
                                     o.consumedTime ? FigureText::duration(*o.consumedTime) : QStringLiteral("–")),
                            Style::Body, c.width));
    if (const QString sample = sampleText(c, o); !sample.isEmpty())
        out.push_back(textBlock(sample, Style::Body, c.width));
    if (!r.error.isEmpty())
        out.push_back(textBlock(Tr::tr("No figures: %1").arg(r.error), Style::Body, c.width, Qt::darkRed));
    out.push_back(chartBlock(c, s, o, false));
    out.push_back(chartBlock(c, s, o, true));
    appendBreaches(out, c, o);
    appendCorrections(out, c, o);
    appendCredit(out, c, s, o);
    appendHistory(out, c, o);
}

void appendSla(Blocks &out, const Context &c, const SlaFigures &s)
{
    Block heading = textBlock(Tr::tr("%1 (%2)").arg(s.displayName.isEmpty() ? s.name : s.displayName, s.name),
                              Style::Heading, c.width);
    heading.pageBreakBefore = true;
    heading.section = s.name;
    heading.keepWithNext = true;
    out.push_back(heading);
    out.push_back(textBlock(Tr::tr("Tier %1 · owner %2 · credit owed %3")
                                .arg(s.tier.isEmpty() ? Tr::tr("none") : s.tier, s.owner, percent(c, s.creditOwed, 0)),
                            Style::Body, c.width));
    QList<QStringList> rows;
    for (const ObjectiveFigures &o : s.objectives) {
        const Core::ObjectiveResult &r = o.result;
        rows << QStringList{r.name,
                            percent(c, r.target, 2),
                            percent(c, r.sli, 3),
                            r.raw ? percent(c, r.raw->sli, 3) : QStringLiteral("–"),
                            percent(c, r.consumed, 1),
                            QString::number(o.breaches.size()),
                            FigureText::duration(double(o.breachMs) / 1000.0),
                            Core::OverviewModel::statusText(r.status)};
    }
    appendTable(out, {0.17, 0.1, 0.11, 0.11, 0.11, 0.11, 0.13, 0.16},
                {Tr::tr("Objective"), Tr::tr("Target"), Tr::tr("Attained"), Tr::tr("Raw"), Tr::tr("Budget used"),
                 Tr::tr("Breaches"), Tr::tr("Breach time"), Tr::tr("Status")},
                rows, c.width);
    for (const ObjectiveFigures &o : s.objectives)
        appendObjective(out, c, s, o);
    if (!s.remediations.isEmpty()) {
        out.push_back(textBlock(Tr::tr("Remediation runs"), Style::Subheading, c.width));
        QList<QStringList> runs;
        for (const RemediationRun &run : s.remediations)
            runs << QStringList{timeText(c, run.at), run.objective, run.actor, run.status, run.error};
        appendTable(out, {0.2, 0.2, 0.2, 0.15, 0.25},
                    {Tr::tr("Time"), Tr::tr("Objective"), Tr::tr("By"), Tr::tr("Status"), Tr::tr("Error")}, runs,
                    c.width);
    }
}

void appendSummary(Blocks &out, Context &c)
{
    const ComplianceReport &r = c.report;
    out.push_back(textBlock(Tr::tr("SLA compliance report"), Style::Title, c.width));
    const QString bounds = QStringLiteral("%1 – %2").arg(timeText(c, r.period.from), timeText(c, r.period.to));
    const QString days = Tr::tr("%n day(s)", nullptr, int(r.period.lengthMs() / 86400000));
    out.push_back(textBlock(Tr::tr("Workspace %1 · period %2 (%3, %4)")
                                .arg(r.workspace, r.period.calendar ? r.period.label : bounds,
                                     r.period.calendar ? bounds : days, r.period.timeZone),
                            Style::Body, c.width));
    out.push_back(textBlock(Tr::tr("Summary by tier"), Style::Heading, c.width));
    QList<QStringList> tiers;
    for (const TierSummary &t : r.tiers) {
        tiers << QStringList{t.tier.isEmpty() ? Tr::tr("none") : t.tier,
                             QString::number(t.met),
                             QString::number(t.atRisk),
                             QString::number(t.breached),
                             QString::number(t.insufficientData),
                             QString::number(t.noData),
                             percent(c, t.score, 1)};
    }
    tiers << QStringList{Tr::tr("all"), {}, {}, {}, {}, {}, percent(c, r.overallScore, 1)};
    appendTable(out, {0.2, 0.1, 0.12, 0.12, 0.16, 0.12, 0.18},
                {Tr::tr("Tier"), Tr::tr("Met"), Tr::tr("At risk"), Tr::tr("Breached"), Tr::tr("Insufficient data"),
                 Tr::tr("No data"), Tr::tr("Reliability score")},
                tiers, c.width);
    out.push_back(textBlock(Tr::tr("Reliability score: the share of the period each objective was at or above its "
                                   "target, averaged per SLA (equal weights), then per tier."),
                            Style::Small, c.width, Qt::darkGray));
    out.push_back(textBlock(Tr::tr("Credits owed"), Style::Heading, c.width));
    QList<QStringList> credits;
    for (const SlaFigures &s : r.slas)
        credits << QStringList{s.name, percent(c, s.creditOwed, 0)};
    appendTable(out, {0.5, 0.5}, {Tr::tr("SLA"), Tr::tr("Credit (share of the period's fee)")}, credits, c.width);
    if (!r.changes.isEmpty()) {
        out.push_back(textBlock(Tr::tr("Largest changes against the previous period"), Style::Heading, c.width));
        QList<QStringList> changes;
        for (const Change &ch : r.changes)
            changes << QStringList{ch.sla + QLatin1Char('/') + ch.objective, percent(c, ch.previous, 1),
                                   percent(c, ch.current, 1)};
        appendTable(out, {0.5, 0.25, 0.25},
                    {Tr::tr("Objective"), Tr::tr("Budget used before"), Tr::tr("Budget used now")}, changes, c.width);
    }
    out.push_back(textBlock(Tr::tr("Contents"), Style::Heading, c.width));
    QList<QStringList> contents;
    for (const SlaFigures &s : r.slas)
        contents << QStringList{s.name, QString()};
    appendTable(out, {0.8, 0.2}, {Tr::tr("SLA"), Tr::tr("Page")}, contents, c.width);
    // The page numbers are known after the pagination: paint them then.
    const size_t first = out.size() - 1 - size_t(contents.size());
    for (size_t i = 0; i < size_t(r.slas.size()); ++i) {
        auto paintRow = out[first + i].paint;
        const QString name = r.slas[qsizetype(i)].name;
        out[first + i].paint = [paintRow, name, &c](QPainter &p, const QRectF &rect) {
            paintRow(p, rect);
            c.contentsRows.emplace_back(c.currentPage, rect, name);
            p.setFont(fontFor(Style::Body));
            p.setPen(Qt::black);
            p.drawText(rect.adjusted(0.8 * rect.width() + 3, 2, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                       QString::number(c.sectionPage[name]));
        };
    }
}

/// Pages as lists of (block, top) after pagination.
using Page = std::vector<std::pair<const Block *, double>>;

std::vector<Page> paginate(const Blocks &blocks, Context &c, double height)
{
    std::vector<Page> pages(1);
    double y = 0;
    for (size_t i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        double needed = b.height;
        for (size_t k = i; k + 1 < blocks.size() && blocks[k].keepWithNext; ++k)
            needed += blocks[k + 1].height;
        if ((b.pageBreakBefore && !pages.back().empty()) || (y + needed > height && !pages.back().empty())) {
            pages.emplace_back();
            y = 0;
        }
        if (!b.section.isEmpty())
            c.sectionPage[b.section] = int(pages.size());
        pages.back().emplace_back(&b, y);
        y += b.height;
    }
    return pages;
}

void paintFrame(QPainter &p, const Context &c, const QRectF &area, int page, int pages)
{
    const ComplianceReport &r = c.report;
    p.setFont(fontFor(Style::Small));
    p.setPen(Qt::darkGray);
    p.drawText(QRectF(area.left(), area.top(), area.width(), HeaderHeight - 8), Qt::AlignLeft | Qt::AlignVCenter,
               Tr::tr("SLA Desk compliance report · %1 · %2 (%3)").arg(r.workspace, r.period.label, r.period.timeZone));
    p.drawLine(QPointF(area.left(), area.top() + HeaderHeight - 6),
               QPointF(area.right(), area.top() + HeaderHeight - 6));
    const QRectF footer(area.left(), area.bottom() - FooterHeight + 6, area.width(), FooterHeight - 6);
    p.drawText(
        footer, Qt::AlignLeft | Qt::AlignVCenter,
        Tr::tr("Generated %1 UTC").arg(c.locale.toString(r.generated.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm"))));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Page %1 of %2").arg(page).arg(pages));
}

/// Lays out the report for a page of `area` (device units) and paints each page on the
/// painter `page(number, pages)` gives (nullptr: stop).
bool paintAll(Context &c, const QRectF &area, const std::function<QPainter *(int, int)> &page)
{
    c.width = area.width();
    Blocks blocks;
    appendSummary(blocks, c);
    for (const SlaFigures &s : c.report.slas)
        appendSla(blocks, c, s);
    const std::vector<Page> pages = paginate(blocks, c, area.height() - HeaderHeight - FooterHeight);
    for (size_t i = 0; i < pages.size(); ++i) {
        QPainter *painter = page(int(i) + 1, int(pages.size()));
        if (!painter)
            return false;
        c.currentPage = int(i) + 1;
        paintFrame(*painter, c, area, int(i) + 1, int(pages.size()));
        for (const auto &[block, top] : pages[i])
            block->paint(*painter, QRectF(area.left(), area.top() + HeaderHeight + top, area.width(), block->height));
    }
    return true;
}

QPageSize pageSize(Paper paper)
{
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

} // namespace

bool write(QIODevice *device, const ComplianceReport &report, const Core::Workspace &workspace, const Options &options,
           QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(Dpi);
    pdf.setPageSize(pageSize(options.paper));
    pdf.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    pdf.setTitle(Tr::tr("SLA compliance report %1").arg(report.period.label));
    pdf.setCreator(QStringLiteral("SLA Desk %1").arg(QStringLiteral(SLADESK_VERSION)));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = Tr::tr("cannot start the PDF");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    Context c{report, workspace, options.locale, QTimeZone(report.period.timeZone.toUtf8()), 0, {}, 0, {}};
    const bool done = paintAll(c, QRectF(painter.viewport()), [&](int page, int pages) -> QPainter * {
        if (options.progress && !options.progress(page, pages))
            return nullptr;
        return page == 1 || pdf.newPage() ? &painter : nullptr;
    });
    painter.end();
    if (!done) {
        *error = Tr::tr("cancelled");
        return false;
    }
    // The rows of the contents link to their SLA's first page (QPdfWriter has no internal
    // links: PdfLinks appends them). Device units to PDF points, origin at the bottom left.
    const QPageLayout layout = pdf.pageLayout();
    const QRectF paint = layout.paintRectPixels(Dpi);
    const double height = layout.fullRectPoints().height();
    const double k = 72.0 / Dpi;
    QList<PdfLinks::Link> links;
    for (const auto &[page, rect, sla] : c.contentsRows) {
        const QRectF r = rect.translated(paint.topLeft());
        links.append(
            {page, QRectF(QPointF(r.left() * k, height - r.bottom() * k), QPointF(r.right() * k, height - r.top() * k)),
             c.sectionPage[sla]});
    }
    QString linkError;
    const QByteArray linked = PdfLinks::addInternalLinks(bytes, links, &linkError);
    if (linked.isEmpty())
        qCWarning(Sla::Ui::lcUi) << "the contents of the report are not linked:" << linkError;
    const QByteArray &out = linked.isEmpty() ? bytes : linked;
    if (device->write(out) != out.size()) {
        *error = Tr::tr("cannot write the PDF: %1").arg(device->errorString());
        return false;
    }
    return true;
}

bool toPdf(const ComplianceReport &report, const Core::Workspace &workspace, const QString &paper, QByteArray *pdf,
           QString *error)
{
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    Options options;
    options.paper = paper == QLatin1String("letter") ? Paper::Letter : Paper::A4;
    return write(&buffer, report, workspace, options, error);
}

QList<QImage> renderPages(const ComplianceReport &report, const Core::Workspace &workspace, const Options &options,
                          double scale, int maxPages)
{
    const QPageLayout layout(pageSize(options.paper), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12),
                             QPageLayout::Millimeter);
    const QRect full = layout.fullRectPixels(Dpi);
    const QRect paint = layout.paintRectPixels(Dpi);
    QList<QImage> images;
    QImage current;
    std::unique_ptr<QPainter> painter;
    Context c{report, workspace, options.locale, QTimeZone(report.period.timeZone.toUtf8()), 0, {}, 0, {}};
    const auto finish = [&] {
        if (painter) {
            painter->end();
            painter.reset();
            images << current;
        }
    };
    paintAll(c, QRectF(paint), [&](int page, int pages) -> QPainter * {
        finish();
        if (page > maxPages || (options.progress && !options.progress(page, pages)))
            return nullptr;
        current = QImage(full.size() * scale, QImage::Format_ARGB32);
        current.fill(Qt::white);
        painter = std::make_unique<QPainter>(&current);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->scale(scale, scale);
        return painter.get();
    });
    finish();
    return images;
}

} // namespace Sla::Ui::ReportPdf
