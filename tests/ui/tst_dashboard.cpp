// SPDX-License-Identifier: Apache-2.0
// The dashboard's main window on the offscreen platform, fed with hand-made reports.
#include "../core/demofixture.h"
#include "../core/fakereport.h"
#include "core/dashboard/refreshcontroller.h"
#include "core/models/overviewmodel.h"
#include "core/models/overviewproxymodel.h"
#include "ui/charts/timechart.h"
#include "ui/dashboard/detailwidget.h"
#include "ui/dashboard/overviewwidget.h"
#include "ui/dashboard/statusstyle.h"
#include "ui/dashboard/timerangepicker.h"
#include "ui/mainwindow.h"
#include "ui/workspacepaths.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cmath>

using namespace Sla;
using Core::OverviewModel;

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void overview_groupsByTier_showsBreachedPrecision();
    void overview_sortsByRemainingBudgetByDefault_andByClickedColumn();
    void find_focusesSearch_andSearchFilters();
    void statusFilter_showsOnlyBreached();
    void selectingObjective_opensItsDetail();
    void selectingSla_opensItsWorstObjective();
    void refreshInPlace_keepsSelection();
    void staleSource_marksFiguresWithReason_andRecovers();
    void refreshShortcut_startsEvaluation_andIntervalIsSaved();
    void windowState_isRestored();
    void recentWorkspaces_areRemembered();
    void demoWorkspace_showsBreachedPrecision_withCharts();
    void darkTheme_paintsWithoutLosingText();
    void timeRangePicker_ranges();
    void demoWorkspace_isFound();
    void oneTruth_overviewHeaderAndChartsAgree();
    void oneTruth_demoChartsEndOnTheHeadline_atEveryRange();
    void failingOrUnusedSource_isNeverShownOk();
    void insufficientData_filterHeaderAndColour();
    void classification_intervalProvisionalAndOverspentEvents();
    void smallDarkWindow_withOverlays_keepsChartsUsable();

private:
    QTemporaryDir m_settings;
};

void TestDashboard::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SLA Desk Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboard"));
}

void TestDashboard::init()
{
    QSettings().clear();
}

void TestDashboard::overview_groupsByTier_showsBreachedPrecision()
{
    Ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showReport(FakeReport::demo());
    const QString rows = w.overview()->dumpVisibleRows();
    QVERIFY2(rows.startsWith(QStringLiteral("Tier 1 — revenue-critical (1 SLA)")) ||
                 rows.startsWith(QStringLiteral("tier-1 (1 SLA)")),
             qPrintable(rows));
    QVERIFY2(rows.contains(QStringLiteral("    Precision | Breached | 94.02 % | 95 % | -19.6 % | exhausted")),
             qPrintable(rows));
    const QStringList lines = rows.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 12);
    // Tier groups in tier order, each expanded.
    QTreeView *view = w.overview()->view();
    QCOMPARE(view->model()->rowCount(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(view->isExpanded(view->model()->index(i, 0)));
    // The first report selects the first row: the objective with the least budget left.
    QCOMPARE(w.detail()->objectiveName(), QStringLiteral("amount-drift"));
    // The window paints the rows (status shapes, bars, sparklines) without trouble.
    const QImage image = w.grab().toImage();
    QVERIFY(!image.isNull());
}

void TestDashboard::overview_sortsByRemainingBudgetByDefault_andByClickedColumn()
{
    Ui::MainWindow w;
    w.show();
    w.showReport(FakeReport::demo());
    QTreeView *view = w.overview()->view();
    QCOMPARE(view->header()->sortIndicatorSection(), int(OverviewModel::BudgetColumn));
    QCOMPARE(view->header()->sortIndicatorOrder(), Qt::AscendingOrder);
    const QModelIndex fraud = view->model()->index(0, 0, view->model()->index(0, 0));
    QCOMPARE(view->model()->index(0, 0, fraud).data().toString(), QStringLiteral("Transaction amount drift"));
    QCOMPARE(view->model()->index(2, 0, fraud).data().toString(), QStringLiteral("Availability"));
    // A click on the Name header sorts by name.
    const int x = view->header()->sectionViewportPosition(OverviewModel::NameColumn) + 20;
    QTest::mouseClick(view->header()->viewport(), Qt::LeftButton, {}, QPoint(x, view->header()->height() / 2));
    QCOMPARE(view->header()->sortIndicatorSection(), int(OverviewModel::NameColumn));
    const QModelIndex fraud2 = view->model()->index(0, 0, view->model()->index(0, 0));
    const QString first = view->model()->index(0, 0, fraud2).data().toString();
    const QString last = view->model()->index(2, 0, fraud2).data().toString();
    QVERIFY2(first < last || view->header()->sortIndicatorOrder() == Qt::DescendingOrder, qPrintable(first + last));
    // Tiers stay in order whatever the sort.
    QVERIFY(view->model()->index(0, 0).data().toString().contains(QStringLiteral("1")));
}

void TestDashboard::find_focusesSearch_andSearchFilters()
{
    Ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    w.showReport(FakeReport::demo());
    w.overview()->view()->setFocus();
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(w.overview()->searchField()->hasFocus());
    QTest::keyClicks(w.overview()->searchField(), QStringLiteral("risk-ml prec"));
    QCOMPARE(w.overview()->dumpVisibleRows().count(QLatin1Char('\n')), 3);
    QVERIFY(w.overview()->dumpVisibleRows().contains(QStringLiteral("    Precision | Breached")));
    w.overview()->searchField()->clear();
    QCOMPARE(w.overview()->dumpVisibleRows().count(QLatin1Char('\n')), 12);
}

void TestDashboard::statusFilter_showsOnlyBreached()
{
    Ui::MainWindow w;
    w.show();
    w.showReport(FakeReport::demo());
    QComboBox *filter = w.overview()->statusFilter();
    filter->setCurrentIndex(filter->findText(QStringLiteral("Breached")));
    const QString rows = w.overview()->dumpVisibleRows();
    QCOMPARE(rows.count(QLatin1Char('\n')), 4);
    QVERIFY(!rows.contains(QStringLiteral("At risk")));
    QVERIFY(!rows.contains(QStringLiteral("Recommendation")));
    // Filtered rows stay expanded.
    QTreeView *view = w.overview()->view();
    QVERIFY(view->isExpanded(view->model()->index(0, 0, view->model()->index(0, 0))));
}

void TestDashboard::selectingObjective_opensItsDetail()
{
    Ui::MainWindow w;
    w.show();
    w.showReport(FakeReport::demo());
    QSignalSpy loaded(w.detail(), &Ui::DetailWidget::seriesLoaded);
    QVERIFY(w.overview()->select(QStringLiteral("fraud-detection-api"), QStringLiteral("precision")));
    QCOMPARE(w.detail()->titleLabel()->text(), QStringLiteral("Fraud detection API — Precision"));
    const QString figures = w.detail()->figuresLabel()->text();
    QVERIFY2(figures.contains(QStringLiteral("Breached")), qPrintable(figures));
    QVERIFY2(figures.contains(QStringLiteral("attained <b>94.02 %</b> against a target of 95 %")), qPrintable(figures));
    QVERIFY2(figures.contains(QStringLiteral("error budget left <b>-19.6 %</b>")), qPrintable(figures));
    QVERIFY(w.detail()->sliChart()->title().contains(QStringLiteral("model quality")));
    // The charts are requested from the evaluator; the answer arrives asynchronously.
    QTRY_VERIFY(loaded.count() >= 1);
    QVERIFY(w.detail()->sliChart()->seriesIds().contains(QStringLiteral("target")));
    QVERIFY(w.detail()->burnChart()->seriesIds().contains(QStringLiteral("threshold-14.4")));
    QVERIFY(w.detail()->burnChart()->seriesIds().contains(QStringLiteral("threshold-1")));
}

void TestDashboard::selectingSla_opensItsWorstObjective()
{
    Ui::MainWindow w;
    w.show();
    w.showReport(FakeReport::demo());
    QVERIFY(w.overview()->select(QStringLiteral("recommendation-api")));
    // No data is worse than met: the latency objective without data is shown.
    QCOMPARE(w.detail()->objectiveName(), QStringLiteral("latency"));
    QVERIFY(w.detail()->titleLabel()->text().contains(QStringLiteral("Latency under 300 ms")));
}

void TestDashboard::refreshInPlace_keepsSelection()
{
    Ui::MainWindow w;
    w.show();
    w.showReport(FakeReport::demo());
    QVERIFY(w.overview()->select(QStringLiteral("fraud-detection-api"), QStringLiteral("precision")));
    QSignalSpy resets(w.overview()->model(), &QAbstractItemModel::modelReset);
    Core::EvaluationReport next = FakeReport::demo();
    next.slas[1].objectives[1].sli = 0.9301;
    w.showReport(next);
    QCOMPARE(resets.count(), 0);
    const QModelIndex current = w.overview()->view()->currentIndex();
    QCOMPARE(current.siblingAtColumn(0).data(OverviewModel::ObjectiveNameRole).toString(), QStringLiteral("precision"));
    QCOMPARE(current.siblingAtColumn(OverviewModel::AttainedColumn).data().toString(), QStringLiteral("93.01 %"));
    QVERIFY(w.detail()->figuresLabel()->text().contains(QStringLiteral("93.01 %")));
}

void TestDashboard::staleSource_marksFiguresWithReason_andRecovers()
{
    Ui::MainWindow w;
    w.show();
    w.showReport(FakeReport::demo());
    QVERIFY(w.overview()->select(QStringLiteral("fraud-detection-api"), QStringLiteral("precision")));
    QVERIFY(w.overview()->banner()->isHidden());

    Core::EvaluationReport stale = FakeReport::demo();
    FakeReport::markStale(stale, QStringLiteral("connection refused (127.0.0.1:9090)"));
    w.showReport(stale);
    QVERIFY(!w.overview()->banner()->isHidden());
    QVERIFY2(w.overview()->banner()->text().contains(
                 QStringLiteral("Source demo-recording is failing: connection refused (127.0.0.1:9090)")),
             qPrintable(w.overview()->banner()->text()));
    const QString rows = w.overview()->dumpVisibleRows();
    QVERIFY2(rows.contains(QStringLiteral("    Precision | Breached (stale) | 94.02 %")), qPrintable(rows));
    const QModelIndex current = w.overview()->view()->currentIndex();
    QVERIFY(current.siblingAtColumn(OverviewModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("connection refused")));
    QVERIFY(w.detail()->figuresLabel()->text().contains(QStringLiteral("Stale: these figures are from")));
    QVERIFY(w.detail()->figuresLabel()->text().contains(QStringLiteral("connection refused")));
    QVERIFY(w.grab().toImage().width() > 0); // the stale mark paints

    // The source answers again: no banner, no stale marks, without any user action.
    w.showReport(FakeReport::demo());
    QVERIFY(w.overview()->banner()->isHidden());
    QVERIFY(!w.overview()->dumpVisibleRows().contains(QStringLiteral("stale")));
}

void TestDashboard::refreshShortcut_startsEvaluation_andIntervalIsSaved()
{
    Ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QSignalSpy started(w.refresher(), &Core::RefreshController::refreshStarted);
    QSignalSpy ready(w.refresher(), &Core::RefreshController::reportReady);
    QTest::keyClick(&w, Qt::Key_F5);
    QCOMPARE(started.count(), 1);
    QTRY_VERIFY(ready.count() >= 1);
    QVERIFY(w.lastUpdatedLabel()->text().startsWith(QStringLiteral("Last updated")));
    QVERIFY(w.lastUpdatedLabel()->text().contains(QStringLiteral("auto refresh every 30 s")));

    w.setRefreshInterval(10);
    QCOMPARE(w.refresher()->interval(), std::chrono::milliseconds(10000));
    QCOMPARE(QSettings().value(QStringLiteral("refresh/interval")).toInt(), 10);
    QVERIFY(w.lastUpdatedLabel()->text().contains(QStringLiteral("every 10 s")));
    w.setRefreshInterval(0);
    QVERIFY(w.lastUpdatedLabel()->text().contains(QStringLiteral("auto refresh off")));
}

void TestDashboard::windowState_isRestored()
{
    {
        Ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(900, 640);
        w.overview()->view()->header()->resizeSection(OverviewModel::StatusColumn, 211);
        w.close();
    }
    Ui::MainWindow again;
    QCOMPARE(again.size(), QSize(900, 640));
    QCOMPARE(again.overview()->view()->header()->sectionSize(OverviewModel::StatusColumn), 211);
}

void TestDashboard::recentWorkspaces_areRemembered()
{
    const QString demo = Ui::WorkspacePaths::demoWorkspace();
    QVERIFY(!demo.isEmpty());
    Ui::MainWindow w;
    QSignalSpy loaded(&w, &Ui::MainWindow::workspaceLoaded);
    w.openWorkspace(demo);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(Ui::MainWindow::recentWorkspaces().value(0), demo);
    QCOMPARE(QSettings().value(QStringLiteral("workspace/last")).toString(), demo);
    QCOMPARE(w.workspace().workspace.slas.size(), 3);
    QVERIFY(w.windowTitle().contains(QStringLiteral("workspace")));
}

void TestDashboard::demoWorkspace_showsBreachedPrecision_withCharts()
{
    Ui::MainWindow w;
    w.show();
    QSignalSpy shown(&w, &Ui::MainWindow::reportShown);
    w.openWorkspace(QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace"));
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 30000);
    const QString rows = w.overview()->dumpVisibleRows();
    QVERIFY2(rows.contains(QStringLiteral("\n    Precision | Breached | 94.0")), qPrintable(rows));
    QVERIFY2(rows.contains(QStringLiteral("\n    Transaction amount drift | Breached")), qPrintable(rows));
    QVERIFY2(rows.contains(QStringLiteral("  Analytics churn model | Met")), qPrintable(rows));

    QSignalSpy loaded(w.detail(), &Ui::DetailWidget::seriesLoaded);
    QVERIFY(w.overview()->select(QStringLiteral("fraud-detection-api"), QStringLiteral("precision")));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 30000);
    QVERIFY2(w.detail()->messageLabel()->isHidden(), qPrintable(w.detail()->messageLabel()->text()));
    QVERIFY(w.detail()->sliChart()->seriesIds().contains(QStringLiteral("sli")));
    QVERIFY(w.detail()->budgetChart()->seriesIds().contains(QStringLiteral("remaining")));
    QVERIFY(w.detail()->burnChart()->seriesIds().contains(QStringLiteral("burn")));
    w.resize(1280, 900);
    QApplication::processEvents();
    QVERIFY(w.detail()->sliChart()->drawnPointCount(QStringLiteral("sli")) > 0 || !w.grab().isNull());

    // The drift objective has a raw-value chart: the PSI per day against its threshold 0.1.
    QVERIFY(w.overview()->select(QStringLiteral("fraud-detection-api"), QStringLiteral("amount-drift")));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2, 30000);
    QVERIFY(!w.detail()->rawChart()->isHidden());
    QVERIFY(w.detail()->rawChart()->title().contains(QStringLiteral("psi")));
    QVERIFY(w.detail()->rawChart()->seriesIds().contains(QStringLiteral("threshold")));
    // A timeslice objective has no burn rates: no empty burn-rate chart is shown for it.
    QVERIFY(w.detail()->burnChart()->isHidden());
    QVERIFY(w.overview()->select(QStringLiteral("fraud-detection-api"), QStringLiteral("precision")));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 3, 30000);
    QVERIFY(!w.detail()->burnChart()->isHidden());
}

void TestDashboard::darkTheme_paintsWithoutLosingText()
{
    QSettings().setValue(QStringLiteral("view/theme"), QStringLiteral("dark"));
    Ui::MainWindow w;
    w.show();
    w.showReport(FakeReport::demo());
    QVERIFY(QApplication::palette().color(QPalette::Base).lightnessF() < 0.5);
    QVERIFY(w.overview()->dumpVisibleRows().contains(QStringLiteral("Breached")));
    QVERIFY(!w.grab().toImage().isNull());
    QSettings().setValue(QStringLiteral("view/theme"), QStringLiteral("system"));
    Ui::MainWindow light; // restores the system palette
    QVERIFY(QApplication::palette().color(QPalette::Base).lightnessF() >= 0.5);
}

void TestDashboard::timeRangePicker_ranges()
{
    Ui::TimeRangePicker picker;
    QSignalSpy changed(&picker, &Ui::TimeRangePicker::rangeChanged);
    const QDateTime now(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC);
    picker.setPreset(Ui::TimeRangePicker::Preset::Last6h);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(picker.range(now).first, now.addSecs(-6 * 3600));
    picker.setPreset(Ui::TimeRangePicker::Preset::Last90d);
    QCOMPARE(picker.range(now).first, now.addDays(-90));
    picker.setSlaWindow(now.addDays(-28), now);
    picker.setPreset(Ui::TimeRangePicker::Preset::SlaWindow);
    QCOMPARE(picker.range(now).first, now.addDays(-28));
    picker.setCustomRange(now.addDays(-3), now.addDays(-1));
    QCOMPARE(picker.preset(), Ui::TimeRangePicker::Preset::Custom);
    QCOMPARE(picker.range(now).first, now.addDays(-3));
    QCOMPARE(picker.range(now).second, now.addDays(-1));
}

void TestDashboard::demoWorkspace_isFound()
{
    qputenv("SLADESK_DEMO_WORKSPACE", QByteArray(SLA_SOURCE_DIR "/resources/demo/workspace"));
    QCOMPARE(Ui::WorkspacePaths::demoCandidates().value(0), QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace"));
    QVERIFY(Ui::WorkspacePaths::demoWorkspace().endsWith(QStringLiteral("resources/demo/workspace")));
    qunsetenv("SLADESK_DEMO_WORKSPACE");
    // A build tree has the installed layout: ../share/sladesk/demo next to the binary.
    QVERIFY(!Ui::WorkspacePaths::demoWorkspace().isEmpty());
    QVERIFY(Ui::WorkspacePaths::demoCandidates().value(0).endsWith(QStringLiteral("/../share/sladesk/demo")));
}

namespace {

// "99.962 %" or "99.962%" (a cell, the header, a chart tooltip) as a ratio; NaN when absent.
double percentIn(const QString &text, const QString &pattern)
{
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(text);
    return m.hasMatch() ? m.captured(1).toDouble() / 100.0 : std::nan("");
}

// A day of 15-minute steps ending at the report's time, whose window series end on the
// figures of `o` (as the evaluator's series do: evaluated at the report's time).
Core::ObjectiveSeries dayEndingAt(const QDateTime &at, const Core::ObjectiveResult &o)
{
    Core::ObjectiveSeries s;
    const qint64 to = at.toMSecsSinceEpoch();
    for (int i = 0; i <= 96; ++i) {
        s.t.push_back(double(to - qint64(96 - i) * 15 * 60000));
        s.sli.push_back(o.target + 0.002 * std::cos(i / 5.0));
        s.remaining.push_back(0.9 - 0.001 * i);
        s.burnRate1h.push_back(0.8);
        s.windowSli.push_back(o.target + 0.0004 * std::sin(i / 9.0));
        s.windowRemaining.push_back(0.5 - 0.003 * i);
    }
    s.windowT = s.t;
    s.windowSli.back() = o.sli.value_or(std::nan(""));
    s.windowRemaining.back() = o.remaining.value_or(std::nan(""));
    return s;
}

struct EnglishLocale
{
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~EnglishLocale() { QLocale::setDefault(QLocale::c()); }
};

} // namespace

void TestDashboard::oneTruth_overviewHeaderAndChartsAgree()
{
    const EnglishLocale english;
    Ui::MainWindow w;
    w.show();
    const Core::EvaluationReport report = FakeReport::withFigures();
    const Core::ObjectiveResult &o = report.slas[1].objectives[0];
    w.showReport(report);
    QVERIFY(w.overview()->select(QStringLiteral("fraud-detection-api"), QStringLiteral("availability")));
    const Core::ObjectiveSeries s = dayEndingAt(report.at, o);
    w.detail()->showSeries(s, qint64(s.t.front()), qint64(s.t.back()));
    const size_t last = s.t.size() - 1;
    QVERIFY(w.detail()->sliChart()->focusPoint(QStringLiteral("sli"), last));
    QVERIFY(w.detail()->budgetChart()->focusPoint(QStringLiteral("remaining"), last));
    const QString sliTip = w.detail()->sliChart()->hoverText();
    const QString budgetTip = w.detail()->budgetChart()->hoverText();
    const QModelIndex row = w.overview()->view()->currentIndex();
    const QString overviewTip = row.siblingAtColumn(OverviewModel::BudgetColumn).data(Qt::ToolTipRole).toString();
    const QString header = w.detail()->figuresLabel()->text();

    // The attained SLI and the budget left: one number in the cells, the header and the
    // chart's last point.
    const QString cellSli = row.siblingAtColumn(OverviewModel::AttainedColumn).data().toString();
    QCOMPARE(percentIn(cellSli, QStringLiteral("^([-\\d.]+) %$")), *o.sli);
    QCOMPARE(percentIn(header, QStringLiteral("attained <b>([-\\d.]+) %</b>")), *o.sli);
    QCOMPARE(percentIn(sliTip, QStringLiteral("^Window SLI as of t: ([-\\d.]+) %")), *o.sli);
    const QString cellBudget = row.siblingAtColumn(OverviewModel::BudgetColumn).data().toString();
    QCOMPARE(percentIn(cellBudget, QStringLiteral("^([-\\d.]+) %$")), *o.remaining);
    QCOMPARE(percentIn(header, QStringLiteral("error budget left <b>([-\\d.]+) %</b>")), *o.remaining);
    QCOMPARE(percentIn(budgetTip, QStringLiteral("^Budget remaining of the SLA window as of t: ([-\\d.]+) %")),
             *o.remaining);
    // The SLI per step is a series of its own, named so, and carries no headline figures.
    QCOMPARE(w.detail()->sliChart()->seriesName(QStringLiteral("step")), QStringLiteral("SLI per step"));
    QVERIFY(w.detail()->sliChart()->focusPoint(QStringLiteral("step"), last));
    QVERIFY(!w.detail()->sliChart()->hoverText().contains(QStringLiteral("raw ")));

    // The budget in time and events, and the raw figures: the same words everywhere.
    for (const QString &text : {QStringLiteral("42 min of full outage left"), QStringLiteral("1,234 bad events left"),
                                QStringLiteral("raw -18 %")}) {
        QVERIFY2(overviewTip.contains(text), qPrintable(overviewTip));
        QVERIFY2(header.contains(text), qPrintable(header));
        QVERIFY2(budgetTip.contains(text), qPrintable(budgetTip));
    }
    const QString rawSli = QStringLiteral("raw 99.941 %");
    QVERIFY2(overviewTip.contains(rawSli), qPrintable(overviewTip));
    QVERIFY2(header.contains(QStringLiteral("attained <b>99.962 %</b> (%1)").arg(rawSli)), qPrintable(header));
    QVERIFY2(sliTip.contains(QLatin1Char('\n') + rawSli), qPrintable(sliTip));
    QVERIFY2(header.contains(QStringLiteral("corrections applied: db-maintenance-june")), qPrintable(header));

    // An earlier point is not the report's: it carries no report figures.
    QVERIFY(w.detail()->budgetChart()->focusPoint(QStringLiteral("remaining"), last - 4));
    QVERIFY(!w.detail()->budgetChart()->hoverText().contains(QStringLiteral("full outage")));
}

namespace {

// The last point of series `id` of `chart` is the headline figure `headline`, evaluated at
// the report's time `at` (exactly: the same numbers); without a headline figure no point
// stands at `at`.
void checkLastPoint(const Ui::TimeChart *chart, const QString &id, const std::optional<double> &headline,
                    const QDateTime &at, const QString &where)
{
    const auto [t, v] = chart->seriesData(id);
    const QString what = where + QStringLiteral(", ") + id;
    if (!headline) {
        QVERIFY2(t.empty() || qint64(t.back()) != at.toMSecsSinceEpoch(), qPrintable(what));
        return;
    }
    QVERIFY2(!t.empty(), qPrintable(what + QStringLiteral(": no points")));
    QCOMPARE(qint64(t.back()), at.toMSecsSinceEpoch());
    QVERIFY2(std::abs(v.back() - *headline) <= 1e-9, qPrintable(QStringLiteral("%1: last point %2, headline %3")
                                                                    .arg(what)
                                                                    .arg(v.back(), 0, 'g', 17)
                                                                    .arg(*headline, 0, 'g', 17)));
}

// Every point of every series of `chart` inside the visible time range lies inside the plot.
void checkPointsInsidePlot(const Ui::TimeChart *chart, qint64 fromMs, qint64 toMs, const QString &where)
{
    const QRectF plot = chart->plotRect().adjusted(-0.5, -0.5, 0.5, 0.5);
    QVERIFY2(plot.width() > 4 && plot.height() > 4, qPrintable(where));
    for (const QString &id : chart->seriesIds()) {
        const auto [t, v] = chart->seriesData(id);
        for (size_t i = 0; i < t.size() && i < v.size(); ++i) {
            if (!std::isfinite(v[i]) || t[i] < double(fromMs) || t[i] > double(toMs))
                continue;
            const QPointF p = chart->mapToPosition(t[i], v[i]);
            QVERIFY2(plot.contains(p), qPrintable(QStringLiteral("%1: %2 %3 (%4) at (%5, %6) outside the plot")
                                                      .arg(where, chart->objectName(), id)
                                                      .arg(v[i])
                                                      .arg(p.x())
                                                      .arg(p.y())));
        }
    }
}

} // namespace

// Issue 17: for every objective of the demo and every range of the picker, the last point
// of the headline-named series (window SLI as of t, budget remaining of the SLA window as
// of t) is the headline's figure, and the value axes hold every plotted point.
void TestDashboard::oneTruth_demoChartsEndOnTheHeadline_atEveryRange()
{
    DemoFixture::Demo demo;
    QVERIFY(DemoFixture::load(&demo));
    Core::Evaluator evaluator;
    evaluator.setWorkspace(demo.workspace, DemoFixture::options(demo));
    QFuture<Core::EvaluationReport> evaluated = evaluator.evaluate(demo.end);
    QTRY_VERIFY_WITH_TIMEOUT(evaluated.isFinished(), 60000);
    const Core::EvaluationReport report = evaluated.result();
    Ui::DetailWidget detail(&evaluator);
    detail.resize(1280, 900);
    detail.show();
    QVERIFY(QTest::qWaitForWindowExposed(&detail));
    detail.setWorkspace(demo.workspace);
    detail.setReport(report);
    QSignalSpy loaded(&detail, &Ui::DetailWidget::seriesLoaded);
    Ui::TimeRangePicker *picker = detail.rangePicker();
    int checked = 0;
    for (const Core::SlaResult &sla : report.slas) {
        for (const Core::ObjectiveResult &o : sla.objectives) {
            QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
            detail.showObjective(sla.name, o.name);
            // One exhaustion rule for every kind: a budget at or below zero is exhausted.
            const bool spent = o.remaining && *o.remaining <= 0;
            QCOMPARE(OverviewModel::formatExhaustion(o.exhaustion, report.at) == QStringLiteral("exhausted"), spent);
            QCOMPARE(detail.figuresLabel()->text().contains(QStringLiteral("budget exhausted")), spent);
            for (int p = 0; p < picker->presetBox()->count(); ++p) {
                const auto preset = Ui::TimeRangePicker::Preset(picker->presetBox()->itemData(p).toInt());
                if (preset == Ui::TimeRangePicker::Preset::Custom)
                    picker->setCustomRange(report.at.addDays(-3), report.at);
                else
                    picker->setPreset(preset);
                loaded.clear();
                detail.setReport(report); // asks again; an answer still under way is dropped
                QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 60000);
                const QString where =
                    QStringLiteral("%1/%2, %3").arg(sla.name, o.name, picker->presetBox()->itemText(p));
                QVERIFY2(detail.messageLabel()->isHidden(), qPrintable(where + detail.messageLabel()->text()));
                checkLastPoint(detail.sliChart(), QStringLiteral("sli"), o.sli, report.at, where);
                checkLastPoint(detail.budgetChart(), QStringLiteral("remaining"), o.remaining, report.at, where);
                if (QTest::currentTestFailed())
                    return;
                const auto [from, to] = picker->range(report.at);
                for (Ui::TimeChart *chart :
                     {detail.sliChart(), detail.budgetChart(), detail.burnChart(), detail.rawChart()}) {
                    if (chart->isVisible())
                        checkPointsInsidePlot(chart, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), where);
                }
                if (QTest::currentTestFailed())
                    return;
                // The SLI chart always draws the window SLI where the headline has one.
                if (o.sli)
                    QVERIFY2(detail.sliChart()->seriesIds().contains(QStringLiteral("sli")), qPrintable(where));
                // What happened per step, and where it breached, on every range: a step shorter
                // than two samples of the 5-minute recording once left both out of Last hour,
                // 6 hours and 24 hours.
                if (o.budgeting == Core::Budgeting::Method::Occurrences && o.kind != Core::IndicatorKind::Drift) {
                    QVERIFY2(detail.sliChart()->seriesIds().contains(QStringLiteral("step")), qPrintable(where));
                    if (o.status == Core::ObjectiveStatus::Breached)
                        QVERIFY2(!detail.sliChart()->breachPeriods().isEmpty(), qPrintable(where));
                }
                // This calendar month: the demo's precision stays below target from 18 January
                // on, drawn as one long band, not as stripes between sparse steps.
                if (preset == Ui::TimeRangePicker::Preset::CalendarMonth && o.name == QLatin1String("precision")) {
                    const auto bands = detail.sliChart()->breachPeriods();
                    QVERIFY2(bands.size() <= 2, qPrintable(where)); // 18 Jan 16:00-17:00, then 19:00 on
                    QVERIFY(!bands.isEmpty() && bands.constLast().endMs - bands.constLast().startMs >= 7 * 86400000LL);
                    QVERIFY(detail.sliChart()->seriesIds().contains(QStringLiteral("step")));
                }
                // A window without a burn rate ("–") is explained under the table.
                const QString burnTable = detail.burnTableLabel()->text();
                if (burnTable.contains(QStringLiteral("\">–</td>")))
                    QVERIFY2(burnTable.contains(QStringLiteral("not enough data in that window yet")),
                             qPrintable(where + burnTable));
                // A timeslice objective either draws its slices or says why there are none.
                if (o.budgeting == Core::Budgeting::Method::Timeslices)
                    QVERIFY2(detail.sliChart()->seriesIds().contains(QStringLiteral("step")) !=
                                 detail.sliChart()->title().contains(QStringLiteral("no complete")),
                             qPrintable(where + detail.sliChart()->title()));
                ++checked;
                // SLADESK_SCREENSHOT_DIR=DIR keeps what a user sees (the header and the charts).
                if (const QString shots = qEnvironmentVariable("SLADESK_SCREENSHOT_DIR"); !shots.isEmpty())
                    detail.grab().save(QDir(shots).filePath(
                        QStringLiteral("truth-%1-%2-%3.png").arg(sla.name, o.name).arg(int(preset))));
            }
        }
    }
    qsizetype objectives = 0;
    for (const Core::SlaResult &sla : report.slas)
        objectives += sla.objectives.size();
    QVERIFY(objectives >= 9); // ratio, latency, percentile latency, classification, drift
    QCOMPARE(checked, int(objectives) * picker->presetBox()->count());
}

// Issue 17: a source that the last refresh did not query (saved but used by no objective)
// is never shown as OK, nor one whose queries failed, also after a refresh (F5).
void TestDashboard::failingOrUnusedSource_isNeverShownOk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir demo(QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace"));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("data")));
    for (const QString &file : demo.entryList({QStringLiteral("*.yaml")}, QDir::Files))
        QVERIFY(QFile::copy(demo.filePath(file), dir.filePath(file)));
    QVERIFY(
        QFile::copy(demo.filePath(QStringLiteral("data/demo.om.gz")), dir.filePath(QStringLiteral("data/demo.om.gz"))));
    auto write = [&dir](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    };
    QVERIFY(write(QStringLiteral("bogus-prom.yaml"), "apiVersion: openslo/v1\nkind: DataSource\nmetadata:\n"
                                                     "  name: bogus-prom\nspec:\n  type: prometheus\n"
                                                     "  connectionDetails:\n    url: http://127.0.0.1:1\n"));
    Ui::MainWindow w;
    w.show();
    QSignalSpy shown(&w, &Ui::MainWindow::reportShown);
    w.openWorkspace(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 30000);
    QString health = w.sourceHealthLabel()->text();
    QVERIFY2(health.contains(QStringLiteral("demo-recording: OK")), qPrintable(health));
    QVERIFY2(!health.contains(QStringLiteral("bogus-prom: OK")), qPrintable(health));
    QVERIFY2(health.contains(QStringLiteral("bogus-prom: not used")), qPrintable(health));
    shown.clear();
    w.refresher()->refresh(); // F5
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 30000);
    health = w.sourceHealthLabel()->text();
    QVERIFY2(!health.contains(QStringLiteral("bogus-prom: OK")), qPrintable(health));

    // Used by an objective, its failed queries show it failing, before and after F5.
    QVERIFY(write(QStringLiteral("bogus-sla.yaml"),
                  "apiVersion: sladesk/v1\nkind: SLA\nmetadata:\n  name: bogus-sla\nspec:\n  service: bogus\n"
                  "  owner: nobody\n  window: 30d\n  dataSource: bogus-prom\n  objectives:\n"
                  "    - name: availability\n      indicator:\n        ratio:\n"
                  "          good: 'up{job=\"x\"}'\n          total: 'up'\n      target: 0.99\n"));
    shown.clear();
    w.openWorkspace(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 30000);
    for (int round = 0; round < 2; ++round) {
        health = w.sourceHealthLabel()->text();
        QVERIFY2(!health.contains(QStringLiteral("bogus-prom: OK")), qPrintable(health));
        QVERIFY2(health.contains(QStringLiteral("bogus-prom: failing")), qPrintable(health));
        QVERIFY2(health.contains(QStringLiteral("demo-recording: OK")), qPrintable(health));
        shown.clear();
        w.refresher()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 30000);
    }
}

void TestDashboard::insufficientData_filterHeaderAndColour()
{
    Ui::MainWindow w;
    w.show();
    w.showReport(FakeReport::withFigures());
    QComboBox *filter = w.overview()->statusFilter();
    filter->setCurrentIndex(filter->findText(QStringLiteral("Insufficient data")));
    const QString rows = w.overview()->dumpVisibleRows();
    QCOMPARE(rows.count(QLatin1Char('\n')), 3);
    QVERIFY2(rows.contains(QStringLiteral("    Latency under 300 ms | Insufficient data | 37 events | 95 % |  | \n")),
             qPrintable(rows));
    QVERIFY(w.overview()->select(QStringLiteral("recommendation-api"), QStringLiteral("latency")));
    const QString header = w.detail()->figuresLabel()->text();
    const QColor colour = Ui::StatusStyle::color(Core::ObjectiveStatus::InsufficientData, w.detail()->palette());
    QVERIFY2(header.startsWith(QStringLiteral("<b style=\"color:%1\">Insufficient data</b> · "
                                              "too few events for a figure (37 in the window); target 95 %")
                                   .arg(colour.name())),
             qPrintable(header));
    // Its own colour, told apart from no data.
    QVERIFY(colour != Ui::StatusStyle::color(Core::ObjectiveStatus::NoData, w.detail()->palette()));
    QVERIFY(!w.grab().isNull()); // the dotted ring with "n" paints
}

void TestDashboard::classification_intervalProvisionalAndOverspentEvents()
{
    Ui::MainWindow w;
    w.show();
    w.showReport(FakeReport::withFigures());
    QVERIFY(w.overview()->select(QStringLiteral("fraud-detection-api"), QStringLiteral("precision")));
    const QString header = w.detail()->figuresLabel()->text();
    QVERIFY2(header.contains(QStringLiteral(" · 95 % interval [93.01 %, 94.89 %], n = 412 · ")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral(" · 25 bad events over budget")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("<br><i>provisional since ")) &&
                 header.contains(QStringLiteral(": 93.1 %, n = 120 (labels still arriving; not used for the status)")),
             qPrintable(header));
    // The interval per step is a band behind the SLI, each point names its bounds.
    Core::ObjectiveSeries s =
        dayEndingAt(FakeReport::withFigures().at, FakeReport::withFigures().slas[1].objectives[1]);
    for (double v : s.sli) {
        s.intervalLow.push_back(v - 0.01);
        s.intervalHigh.push_back(v + 0.01);
    }
    s.provisional = std::pair{s.t[80], s.t.back()};
    w.detail()->showSeries(s, qint64(s.t.front()), qint64(s.t.back()));
    QCOMPARE(w.detail()->sliChart()->overlays().band.name, QStringLiteral("95 % interval"));
    QVERIFY(w.detail()->sliChart()->focusPoint(QStringLiteral("step"), 40));
    const QString tip = w.detail()->sliChart()->hoverText();
    QVERIFY2(tip.contains(QStringLiteral("\n95 % interval [%1, %2]")
                              .arg(OverviewModel::formatPercent(s.sli[40] - 0.01, 2),
                                   OverviewModel::formatPercent(s.sli[40] + 0.01, 2))),
             qPrintable(tip));
    // The provisional period shows on every chart of the objective.
    for (Ui::TimeChart *chart : {w.detail()->sliChart(), w.detail()->budgetChart(), w.detail()->burnChart()})
        QVERIFY(chart->overlays().provisional.has_value());
}

void TestDashboard::smallDarkWindow_withOverlays_keepsChartsUsable()
{
    QSettings().setValue(QStringLiteral("view/theme"), QStringLiteral("dark"));
    Ui::MainWindow w;
    w.resize(820, 600);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const Core::EvaluationReport report = FakeReport::withFigures();
    Core::Workspace ws;
    Core::Annotation deploy;
    deploy.slas = {QStringLiteral("fraud-detection-api")};
    deploy.time = report.at.addSecs(-6 * 3600);
    deploy.text = QStringLiteral("fraud-v3.2 rollout");
    deploy.kind = Core::Annotation::Kind::Deploy;
    deploy.url = QStringLiteral("https://ci.example.com/deploys/812");
    ws.annotations << deploy;
    w.detail()->setWorkspace(ws);
    w.showReport(report);
    QVERIFY(w.overview()->select(QStringLiteral("fraud-detection-api"), QStringLiteral("precision")));
    Core::ObjectiveSeries s = dayEndingAt(report.at, report.slas[1].objectives[1]);
    s.intervalLow = s.sli;
    s.intervalHigh = s.sli;
    for (size_t i = 0; i < s.sli.size(); ++i) {
        s.intervalLow[i] -= 0.012;
        s.intervalHigh[i] += 0.009;
    }
    s.corrected = {{s.t[20], s.t[28]}};
    s.provisional = std::pair{s.t[84], s.t.back()};
    w.detail()->showSeries(s, qint64(s.t.front()), qint64(s.t.back()));
    QCoreApplication::processEvents(); // the layout settles, as in the running application
    const QImage image = w.grab().toImage();
    QVERIFY(!image.isNull());
    // For a look by eye: SLADESK_SCREENSHOT_DIR=DIR saves the window.
    const QString dir = qEnvironmentVariable("SLADESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + QStringLiteral("/small-dark.png")));
    Ui::TimeChart *sli = w.detail()->sliChart();
    // The charts do not lie over each other when the pane is low: they scroll.
    QVERIFY(!sli->geometry().intersects(w.detail()->burnChart()->geometry()));
    QCOMPARE(sli->overlays().markers.size(), 1);
    // The legend wraps, the plot keeps a readable height, and the marker text is reachable
    // from the keyboard.
    QVERIFY2(sli->plotRect().height() >= 40.0, qPrintable(QString::number(sli->plotRect().height())));
    sli->setFocus();
    QTest::keyClick(sli, Qt::Key_End);
    QTest::keyClick(sli, Qt::Key_PageUp);
    QCOMPARE(sli->focusedMarker(), 0);
    QVERIFY(sli->hoverText().startsWith(QStringLiteral("Deploy: fraud-v3.2 rollout\nhttps://ci.example.com/")));
    QSettings().setValue(QStringLiteral("view/theme"), QStringLiteral("system"));
    Ui::MainWindow light; // restores the system palette for the tests after this one
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
