// SPDX-License-Identifier: Apache-2.0
#include "core/models/figuretext.h"
#include "core/models/overviewmodel.h"
#include "core/models/overviewproxymodel.h"
#include "fakereport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Sla::Core;

class TestOverviewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsSlasByTier_inTierOrder();
    void refreshWithSameRows_updatesInPlace();
    void refreshWithOtherRows_resets();
    void proxySortsByRemainingBudget_tiersStayInOrder();
    void proxySortsOtherColumns();
    void search_data();
    void search();
    void statusFilter_keepsMatchingObjectives();
    void staleFigures_sayStaleWithTheReason();
    void roles_giveFiguresAndBurnHistory();
    void formatExhaustion_data();
    void formatExhaustion();
    void formatPercent_data();
    void formatPercent();
    void insufficientData_isItsOwnStatus_sortedAfterAtRisk();
    void budgetInTimeAndRaw_inTooltipAndRoles();
    void partialFigure_isMarkedWithTheWarning();
    void duration_data();
    void duration();
    void count_followsTheLocale();
    void budgetLeft_data();
    void budgetLeft();
    void insufficient_namesSamplesOrEvents();

private:
    // "1,234" and "42 min" need a known locale.
    struct EnglishLocale
    {
        EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
        ~EnglishLocale() { QLocale::setDefault(QLocale::c()); }
    };
};

void TestOverviewModel::groupsSlasByTier_inTierOrder()
{
    OverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTierNames({{QStringLiteral("tier-1"), QStringLiteral("Tier 1")}});
    model.setReport(FakeReport::demo());
    const QString expected = QStringLiteral("Tier 1 (1 SLA) | 2 breached | \n"
                                            "  Fraud detection API | Breached | \n"
                                            "    Availability | At risk | 99.962 %\n"
                                            "    Precision | Breached | 94.02 %\n"
                                            "    Transaction amount drift | Breached | 80 %\n"
                                            "tier-2 (1 SLA) |  | \n"
                                            "  Recommendation API | No data | \n"
                                            "    Availability | Met | 99.973 %\n"
                                            "    Latency under 300 ms | No data | no data\n"
                                            "tier-3 (1 SLA) |  | \n"
                                            "  Analytics churn model | Met | \n"
                                            "    Availability | Met | 99.91 %\n");
    QCOMPARE(FakeReport::dump(model,
                              {OverviewModel::NameColumn, OverviewModel::StatusColumn, OverviewModel::AttainedColumn}),
             expected);
    const QModelIndex precision =
        model.indexOfObjective(QStringLiteral("fraud-detection-api"), QStringLiteral("precision"));
    QVERIFY(precision.isValid());
    QCOMPARE(precision.siblingAtColumn(OverviewModel::TargetColumn).data().toString(), QStringLiteral("95 %"));
    QCOMPARE(precision.siblingAtColumn(OverviewModel::BudgetColumn).data().toString(), QStringLiteral("-19.6 %"));
    QCOMPARE(precision.siblingAtColumn(OverviewModel::ExhaustionColumn).data().toString(), QStringLiteral("exhausted"));
    QCOMPARE(precision.siblingAtColumn(OverviewModel::BurnColumn).data().toString(), QStringLiteral("2.40× (1h)"));
}

void TestOverviewModel::refreshWithSameRows_updatesInPlace()
{
    OverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(FakeReport::demo());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex precision =
        model.indexOfObjective(QStringLiteral("fraud-detection-api"), QStringLiteral("precision"));

    EvaluationReport next = FakeReport::demo();
    next.slas[1].objectives[1].sli = 0.9390;
    model.setReport(next);

    QCOMPARE(resets.count(), 0);
    // One dataChanged per level: the root, each tier and each SLA.
    QCOMPARE(changes.count(), 1 + 3 + 3);
    QVERIFY(precision.isValid());
    QCOMPARE(QModelIndex(precision).siblingAtColumn(OverviewModel::AttainedColumn).data().toString(),
             QStringLiteral("93.9 %"));
}

void TestOverviewModel::refreshWithOtherRows_resets()
{
    OverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(FakeReport::demo());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    EvaluationReport next = FakeReport::demo();
    next.slas.removeLast();
    model.setReport(next);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestOverviewModel::proxySortsByRemainingBudget_tiersStayInOrder()
{
    OverviewModel model;
    OverviewProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(FakeReport::demo());
    QCOMPARE(proxy.sortColumn(), int(OverviewModel::BudgetColumn));
    const QString ascending = QStringLiteral("tier-1 (1 SLA) | \n"
                                             "  Fraud detection API | -100 %\n"
                                             "    Transaction amount drift | -100 %\n"
                                             "    Precision | -19.6 %\n"
                                             "    Availability | 24 %\n"
                                             "tier-2 (1 SLA) | \n"
                                             "  Recommendation API | 27 %\n"
                                             "    Latency under 300 ms | \n"
                                             "    Availability | 27 %\n"
                                             "tier-3 (1 SLA) | \n"
                                             "  Analytics churn model | 91 %\n"
                                             "    Availability | 91 %\n");
    QCOMPARE(FakeReport::dump(proxy, {OverviewModel::NameColumn, OverviewModel::BudgetColumn}), ascending);

    proxy.sort(OverviewModel::BudgetColumn, Qt::DescendingOrder);
    const QString descending = QStringLiteral("tier-1 (1 SLA) | \n"
                                              "  Fraud detection API | -100 %\n"
                                              "    Availability | 24 %\n"
                                              "    Precision | -19.6 %\n"
                                              "    Transaction amount drift | -100 %\n"
                                              "tier-2 (1 SLA) | \n"
                                              "  Recommendation API | 27 %\n"
                                              "    Availability | 27 %\n"
                                              "    Latency under 300 ms | \n"
                                              "tier-3 (1 SLA) | \n"
                                              "  Analytics churn model | 91 %\n"
                                              "    Availability | 91 %\n");
    QCOMPARE(FakeReport::dump(proxy, {OverviewModel::NameColumn, OverviewModel::BudgetColumn}), descending);

    // A refresh in place re-sorts: availability falls below precision.
    EvaluationReport next = FakeReport::demo();
    next.slas[1].objectives[0].remaining = -0.5;
    proxy.sort(OverviewModel::BudgetColumn, Qt::AscendingOrder);
    model.setReport(next);
    const QModelIndex fraud = proxy.index(0, 0, proxy.index(0, 0));
    QCOMPARE(proxy.index(1, 0, fraud).data().toString(), QStringLiteral("Availability"));
}

void TestOverviewModel::proxySortsOtherColumns()
{
    OverviewModel model;
    OverviewProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(FakeReport::demo());
    proxy.sort(OverviewModel::NameColumn, Qt::AscendingOrder);
    const QModelIndex fraud = proxy.index(0, 0, proxy.index(0, 0));
    QCOMPARE(proxy.index(0, 0, fraud).data().toString(), QStringLiteral("Availability"));
    QCOMPARE(proxy.index(2, 0, fraud).data().toString(), QStringLiteral("Transaction amount drift"));
    proxy.sort(OverviewModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(2, 0, fraud).data().toString(), QStringLiteral("Availability"));
    proxy.sort(OverviewModel::AttainedColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0, fraud).data().toString(), QStringLiteral("Availability"));
}

void TestOverviewModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("owner") << QStringLiteral("risk-ml")
                           << QStringLiteral("tier-1 (1 SLA)\n  Fraud detection API\n    Transaction amount drift\n"
                                             "    Precision\n    Availability\n");
    QTest::addRow("objective") << QStringLiteral("LATENCY")
                               << QStringLiteral("tier-2 (1 SLA)\n  Recommendation API\n    Latency under 300 ms\n");
    QTest::addRow("service") << QStringLiteral("recommendations")
                             << QStringLiteral("tier-2 (1 SLA)\n  Recommendation API\n    Latency under 300 ms\n"
                                               "    Availability\n");
    QTest::addRow("two words") << QStringLiteral("fraud precision")
                               << QStringLiteral("tier-1 (1 SLA)\n  Fraud detection API\n    Precision\n");
    QTest::addRow("nothing") << QStringLiteral("no-such-thing") << QString();
    QTest::addRow("empty shows all") << QStringLiteral("  ") << QString();
}

void TestOverviewModel::search()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    OverviewModel model;
    OverviewProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(FakeReport::demo());
    proxy.setSearchText(text);
    const QString got = FakeReport::dump(proxy, {OverviewModel::NameColumn});
    if (text.trimmed().isEmpty())
        QCOMPARE(got.count(QLatin1Char('\n')), 12); // every row
    else
        QCOMPARE(got, expected);
}

void TestOverviewModel::statusFilter_keepsMatchingObjectives()
{
    OverviewModel model;
    OverviewProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(FakeReport::demo());
    proxy.setStatusFilter({ObjectiveStatus::Breached});
    QCOMPARE(FakeReport::dump(proxy, {OverviewModel::NameColumn, OverviewModel::StatusColumn}),
             QStringLiteral("tier-1 (1 SLA) | 2 breached\n  Fraud detection API | Breached\n"
                            "    Transaction amount drift | Breached\n    Precision | Breached\n"));
    proxy.setStatusFilter({ObjectiveStatus::AtRisk, ObjectiveStatus::NoData});
    QCOMPARE(FakeReport::dump(proxy, {OverviewModel::NameColumn}),
             QStringLiteral("tier-1 (1 SLA)\n  Fraud detection API\n    Availability\n"
                            "tier-2 (1 SLA)\n  Recommendation API\n    Latency under 300 ms\n"));
    proxy.setStatusFilter({});
    proxy.setStaleOnly(true);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestOverviewModel::staleFigures_sayStaleWithTheReason()
{
    OverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EvaluationReport r = FakeReport::demo();
    FakeReport::markStale(r, QStringLiteral("connection refused"));
    model.setReport(r);
    const QModelIndex precision =
        model.indexOfObjective(QStringLiteral("fraud-detection-api"), QStringLiteral("precision"));
    QCOMPARE(precision.siblingAtColumn(OverviewModel::StatusColumn).data().toString(),
             QStringLiteral("Breached (stale)"));
    QCOMPARE(precision.data(OverviewModel::StaleRole).toBool(), true);
    QCOMPARE(precision.data(OverviewModel::ErrorRole).toString(), QStringLiteral("connection refused"));
    QVERIFY(precision.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("the source fails now: connection refused")));
    // Stale figures are still shown: they are old, not gone.
    QCOMPARE(precision.siblingAtColumn(OverviewModel::AttainedColumn).data().toString(), QStringLiteral("94.02 %"));
    const QModelIndex fraud = model.indexOfSla(QStringLiteral("fraud-detection-api"));
    QCOMPARE(fraud.siblingAtColumn(OverviewModel::StatusColumn).data().toString(), QStringLiteral("Breached (stale)"));
}

void TestOverviewModel::roles_giveFiguresAndBurnHistory()
{
    OverviewModel model;
    model.setReport(FakeReport::demo());
    const QModelIndex drift =
        model.indexOfObjective(QStringLiteral("fraud-detection-api"), QStringLiteral("amount-drift"));
    QCOMPARE(drift.data(OverviewModel::RowKindRole).toInt(), int(OverviewModel::RowKind::Objective));
    QCOMPARE(drift.data(OverviewModel::StatusRole).toInt(), int(ObjectiveStatus::Breached));
    QCOMPARE(drift.data(OverviewModel::LatestRole).toDouble(), 0.254);
    QCOMPARE(drift.data(OverviewModel::IndicatorKindRole).toInt(), int(IndicatorKind::Drift));
    const QVariantList burns = drift.data(OverviewModel::BurnRatesRole).toList();
    QCOMPARE(burns.size(), 7);
    // 3d first, 5m last.
    QCOMPARE(burns.first().toDouble(), 3.0 * 1.6);
    QCOMPARE(burns.last().toDouble(), 3.0);
    QVERIFY(drift.data(Qt::ToolTipRole).toString().contains(QStringLiteral("24 good, 6 bad")));
    const QModelIndex latency = model.indexOfObjective(QStringLiteral("recommendation-api"), QStringLiteral("latency"));
    QVERIFY(!latency.data(OverviewModel::SliRole).isValid());
    QVERIFY(!latency.data(OverviewModel::RemainingRole).isValid());
    const QModelIndex tier = model.index(0, 0);
    QCOMPARE(tier.data(OverviewModel::RowKindRole).toInt(), int(OverviewModel::RowKind::Tier));
    QCOMPARE(tier.data(OverviewModel::StatusRole).toInt(), int(ObjectiveStatus::Breached));
    QCOMPARE(model.indexOfSla(QStringLiteral("fraud-detection-api")).data(OverviewModel::RemainingRole).toDouble(),
             -1.0);
}

void TestOverviewModel::formatExhaustion_data()
{
    QTest::addColumn<qint64>("secs");
    QTest::addColumn<QString>("expected");
    QTest::addRow("past") << qint64(-10) << QStringLiteral("exhausted");
    QTest::addRow("now") << qint64(0) << QStringLiteral("exhausted");
    QTest::addRow("minutes") << qint64(125) << QStringLiteral("in 2 min");
    QTest::addRow("seconds") << qint64(20) << QStringLiteral("in 1 min");
    QTest::addRow("hours") << qint64(3 * 3600 + 600) << QStringLiteral("in 3 h 10 min");
    QTest::addRow("days") << qint64(2 * 86400 + 3 * 3600) << QStringLiteral("in 2 d 3 h");
    QTest::addRow("whole days") << qint64(5 * 86400) << QStringLiteral("in 5 d");
    QTest::addRow("years") << qint64(400 * 86400) << QStringLiteral("in over a year");
}

void TestOverviewModel::formatExhaustion()
{
    QFETCH(qint64, secs);
    QFETCH(QString, expected);
    const QDateTime at(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(OverviewModel::formatExhaustion(at.addSecs(secs), at), expected);
    QCOMPARE(OverviewModel::formatExhaustion(std::nullopt, at), QString());
}

void TestOverviewModel::formatPercent_data()
{
    QTest::addColumn<double>("ratio");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::addRow("target") << 0.9995 << 3 << QStringLiteral("99.95 %");
    QTest::addRow("whole") << 0.95 << 3 << QStringLiteral("95 %");
    QTest::addRow("negative") << -0.1963 << 1 << QStringLiteral("-19.6 %");
    QTest::addRow("negative zero") << -0.0001 << 1 << QStringLiteral("0 %");
    QTest::addRow("many decimals") << 0.999512 << 3 << QStringLiteral("99.951 %");
}

void TestOverviewModel::formatPercent()
{
    QFETCH(double, ratio);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(OverviewModel::formatPercent(ratio, decimals), expected);
}

void TestOverviewModel::insufficientData_isItsOwnStatus_sortedAfterAtRisk()
{
    OverviewModel model;
    OverviewProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(FakeReport::withFigures());
    const QModelIndex latency = model.indexOfObjective(QStringLiteral("recommendation-api"), QStringLiteral("latency"));
    QCOMPARE(latency.data(OverviewModel::StatusRole).toInt(), int(ObjectiveStatus::InsufficientData));
    QCOMPARE(latency.siblingAtColumn(OverviewModel::StatusColumn).data().toString(),
             QStringLiteral("Insufficient data"));
    QCOMPARE(latency.siblingAtColumn(OverviewModel::AttainedColumn).data().toString(), QStringLiteral("37 events"));
    QVERIFY2(latency.data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("\ntoo few events for a figure (37 in the window)")),
             qPrintable(latency.data(Qt::ToolTipRole).toString()));
    // The SLA shows its worst objective: insufficient data is worse than met.
    QCOMPARE(model.indexOfSla(QStringLiteral("recommendation-api"))
                 .siblingAtColumn(OverviewModel::StatusColumn)
                 .data()
                 .toString(),
             QStringLiteral("Insufficient data"));
    // Urgency: breached, no data, at risk, insufficient data, met.
    QCOMPARE(OverviewModel::statusSeverity(ObjectiveStatus::Breached), 0);
    QCOMPARE(OverviewModel::statusSeverity(ObjectiveStatus::NoData), 1);
    QCOMPARE(OverviewModel::statusSeverity(ObjectiveStatus::AtRisk), 2);
    QCOMPARE(OverviewModel::statusSeverity(ObjectiveStatus::InsufficientData), 3);
    QCOMPARE(OverviewModel::statusSeverity(ObjectiveStatus::Met), 4);
    proxy.sort(OverviewModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(FakeReport::dump(proxy, {OverviewModel::NameColumn, OverviewModel::StatusColumn}, proxy.index(1, 0)),
             QStringLiteral("Recommendation API | Insufficient data\n"
                            "  Latency under 300 ms | Insufficient data\n"
                            "  Availability | Met\n"));
    // Its own filter; it is not "no data".
    proxy.setStatusFilter({ObjectiveStatus::InsufficientData});
    QCOMPARE(FakeReport::dump(proxy, {OverviewModel::NameColumn}),
             QStringLiteral("tier-2 (1 SLA)\n  Recommendation API\n    Latency under 300 ms\n"));
    proxy.setStatusFilter({ObjectiveStatus::NoData});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestOverviewModel::budgetInTimeAndRaw_inTooltipAndRoles()
{
    const EnglishLocale english;
    OverviewModel model;
    model.setReport(FakeReport::withFigures());
    const QModelIndex availability =
        model.indexOfObjective(QStringLiteral("fraud-detection-api"), QStringLiteral("availability"));
    QCOMPARE(availability.data(OverviewModel::RemainingTimeRole).toDouble(), 2520.0);
    QCOMPARE(availability.data(OverviewModel::RemainingEventsRole).toDouble(), 1234.0);
    QCOMPARE(availability.siblingAtColumn(OverviewModel::BudgetColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Fraud detection API / Availability\n"
                            "Attained 99.962 % against a target of 99.95 %\n"
                            "Corrected; raw 99.941 %\n"
                            "corrections applied: db-maintenance-june\n"
                            "Error budget left 24 % (raw -18 %)\n"
                            "42 min of full outage left · 1,234 bad events left"));
    const QModelIndex precision =
        model.indexOfObjective(QStringLiteral("fraud-detection-api"), QStringLiteral("precision"));
    const QString tip = precision.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("\n95 % interval [93.01 %, 94.89 %], n = 412\n")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("\nprovisional since ")) && tip.contains(QStringLiteral(": 93.1 %, n = 120")),
             qPrintable(tip));
    QVERIFY2(tip.endsWith(QStringLiteral("\n25 bad events over budget")), qPrintable(tip));
    // Without the new figures nothing is added.
    QVERIFY(!model.indexOfObjective(QStringLiteral("analytics-model"), QStringLiteral("availability"))
                 .data(OverviewModel::RemainingTimeRole)
                 .isValid());
}

void TestOverviewModel::partialFigure_isMarkedWithTheWarning()
{
    OverviewModel model;
    EvaluationReport r = FakeReport::withFigures();
    r.slas[1].objectives[0].partial = true;
    r.warnings << QStringLiteral("source other-prometheus keeps 15d of data, less than the window 30d")
               << QStringLiteral("source demo-recording keeps 7d of data, less than the window 30d");
    model.setReport(r);
    const QModelIndex availability =
        model.indexOfObjective(QStringLiteral("fraud-detection-api"), QStringLiteral("availability"));
    QCOMPARE(availability.siblingAtColumn(OverviewModel::StatusColumn).data().toString(),
             QStringLiteral("At risk (partial)"));
    QVERIFY(availability.data(OverviewModel::PartialRole).toBool());
    const QString tip = availability.data(Qt::ToolTipRole).toString();
    // Only the warning about its own source.
    QVERIFY2(
        tip.contains(QStringLiteral("\npartial: source demo-recording keeps 7d of data, less than the window 30d\n")),
        qPrintable(tip));
    QVERIFY(!tip.contains(QStringLiteral("other-prometheus")));
    QCOMPARE(model.indexOfSla(QStringLiteral("fraud-detection-api"))
                 .siblingAtColumn(OverviewModel::StatusColumn)
                 .data()
                 .toString(),
             QStringLiteral("Breached (partial)"));
}

void TestOverviewModel::duration_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::addRow("seconds") << 44.6 << QStringLiteral("45 s");
    QTest::addRow("rounds to a minute") << 59.6 << QStringLiteral("1 min");
    QTest::addRow("minutes") << 2520.0 << QStringLiteral("42 min");
    QTest::addRow("almost an hour") << 3599.0 << QStringLiteral("1 h");
    QTest::addRow("hours and minutes") << 11100.0 << QStringLiteral("3 h 5 min");
    QTest::addRow("whole hours") << 7200.0 << QStringLiteral("2 h");
    QTest::addRow("days and hours") << 187200.0 << QStringLiteral("2 d 4 h");
    QTest::addRow("whole days") << 259200.0 << QStringLiteral("3 d");
    QTest::addRow("negative is its size") << -600.0 << QStringLiteral("10 min");
    QTest::addRow("many days") << 1234.0 * 86400 << QStringLiteral("1,234 d");
}

void TestOverviewModel::duration()
{
    const EnglishLocale english;
    QFETCH(double, seconds);
    QFETCH(QString, expected);
    QCOMPARE(FigureText::duration(seconds), expected);
}

void TestOverviewModel::count_followsTheLocale()
{
    {
        const EnglishLocale english;
        QCOMPARE(FigureText::count(1234.4), QStringLiteral("1,234"));
        QCOMPARE(FigureText::count(1234567.5), QStringLiteral("1,234,568"));
        QCOMPARE(FigureText::count(-0.3), QStringLiteral("0"));
        QCOMPARE(FigureText::count(std::nan("")), QString());
    }
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(FigureText::count(1234.4), QStringLiteral("1.234"));
    QLocale::setDefault(QLocale::c());
}

void TestOverviewModel::budgetLeft_data()
{
    QTest::addColumn<bool>("timeslices");
    QTest::addColumn<double>("events");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("occurrences") << false << 1234.0 << 2520.0
                                 << QStringList{QStringLiteral("42 min of full outage left"),
                                                QStringLiteral("1,234 bad events left")};
    QTest::addRow("overspent") << false << -50.0 << -600.0
                               << QStringList{QStringLiteral("10 min of full outage over budget"),
                                              QStringLiteral("50 bad events over budget")};
    QTest::addRow("timeslices") << true << 3.0 << 3.0 * 86400 << QStringList{QStringLiteral("3 bad slices left (3 d)")};
    QTest::addRow("timeslices overspent")
        << true << -2.0 << -2.0 * 86400 << QStringList{QStringLiteral("2 bad slices over budget")};
}

void TestOverviewModel::budgetLeft()
{
    const EnglishLocale english;
    QFETCH(bool, timeslices);
    QFETCH(double, events);
    QFETCH(double, seconds);
    QFETCH(QStringList, expected);
    ObjectiveResult o;
    o.budgeting = timeslices ? Budgeting::Method::Timeslices : Budgeting::Method::Occurrences;
    QCOMPARE(FigureText::budgetLeft(o), QStringList());
    o.remainingEvents = events;
    o.remainingTime = seconds;
    QCOMPARE(FigureText::budgetLeft(o), expected);
}

void TestOverviewModel::insufficient_namesSamplesOrEvents()
{
    ObjectiveResult o;
    o.total = 37.0;
    QCOMPARE(FigureText::insufficient(o), QString()); // not its status
    o.status = ObjectiveStatus::InsufficientData;
    QCOMPARE(FigureText::insufficient(o), QStringLiteral("too few events for a figure (37 in the window)"));
    o.kind = IndicatorKind::Classification;
    o.sampleSize = 40.0;
    QCOMPARE(FigureText::insufficient(o), QStringLiteral("too few labelled samples for a figure (40 in the window)"));
    OverviewModel model;
    EvaluationReport r = FakeReport::demo();
    r.slas[1].objectives[1].status = ObjectiveStatus::InsufficientData;
    r.slas[1].objectives[1].sli.reset();
    r.slas[1].objectives[1].sampleSize = 40.0;
    model.setReport(r);
    QCOMPARE(model.indexOfObjective(QStringLiteral("fraud-detection-api"), QStringLiteral("precision"))
                 .siblingAtColumn(OverviewModel::AttainedColumn)
                 .data()
                 .toString(),
             QStringLiteral("n = 40"));
}

QTEST_GUILESS_MAIN(TestOverviewModel)
#include "tst_overviewmodel.moc"
