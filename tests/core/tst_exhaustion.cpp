// SPDX-License-Identifier: Apache-2.0
// Issue 17: one exhaustion rule for every kind of objective. A budget at or below zero is
// exhausted (at the evaluation time), whatever the indicator, the budgeting method or a
// burn rate withheld for too few events; a positive budget runs out only where a burn rate
// projects it.
#include "core/evaluation/evaluationplan.h"
#include "core/models/overviewmodel.h"

#include <QTest>
#include <QTimeZone>

#include <optional>
#include <vector>

using namespace Sla::Core;

namespace {

constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 At = 1780000000000; // ms since the epoch

ObjectivePlan planFor(IndicatorKind kind, bool timeslices)
{
    ObjectivePlan plan;
    plan.objective.indicator.kind = kind;
    plan.objective.target = 0.9;
    plan.at = At;
    plan.range = {At - 10 * Hour, At};
    plan.budgetPeriod = 10 * Hour;
    if (timeslices) {
        plan.objective.budgeting.method = Budgeting::Method::Timeslices;
        plan.objective.budgeting.slice = Duration::hours(1);
        for (int i = 0; i < 10; ++i)
            plan.slices.push_back({At - (10 - i) * Hour, At - (9 - i) * Hour});
        plan.slicesInWindow = 10;
    }
    return plan;
}

// Ten slices of which `bad` (the last ones) are above the threshold 0.2 (drift, latency:
// a good slice is at or below it).
std::vector<std::optional<double>> sliceValues(int bad)
{
    std::vector<std::optional<double>> values;
    for (int i = 0; i < 10; ++i)
        values.emplace_back(i >= 10 - bad ? 0.5 : 0.1);
    return values;
}

QString exhaustionText(const ObjectiveResult &r)
{
    return OverviewModel::formatExhaustion(r.exhaustion, QDateTime::fromMSecsSinceEpoch(At, QTimeZone::utc()));
}

} // namespace

class TestExhaustion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overspentOccurrences_isExhausted_forEveryIndicator_data();
    void overspentOccurrences_isExhausted_forEveryIndicator();
    void timeslices_exhaustedAtOrBelowZero_elseNoProjection_data();
    void timeslices_exhaustedAtOrBelowZero_elseNoProjection();
};

void TestExhaustion::overspentOccurrences_isExhausted_forEveryIndicator_data()
{
    QTest::addColumn<IndicatorKind>("kind");
    QTest::addColumn<bool>("withheldBurn");
    for (const auto &[name, kind] :
         {std::pair{"ratio", IndicatorKind::Ratio}, std::pair{"latency", IndicatorKind::Latency},
          std::pair{"classification", IndicatorKind::Classification}}) {
        QTest::addRow("%s", name) << kind << false;
        QTest::addRow("%s, 1h burn rate withheld", name) << kind << true;
    }
}

void TestExhaustion::overspentOccurrences_isExhausted_forEveryIndicator()
{
    QFETCH(IndicatorKind, kind);
    QFETCH(bool, withheldBurn);
    ObjectivePlan plan = planFor(kind, false);
    plan.minEvents = 100;
    // 88 % against 90 %: 120 % of the budget spent; a low burn in every window.
    std::array<std::optional<double>, BurnRateWindowCount> errorRatios{};
    errorRatios.fill(0.01);
    ObjectiveResult r = EvaluationPlan::finishOccurrences(plan, 0.88, errorRatios);
    r.good = 8800;
    r.total = 10000;
    EvaluationPlan::BurnCounts burn{};
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i)
        burn[i] = Sli::Ratio{990, 1000};
    if (withheldBurn)
        burn[Budget::ProjectionBurnRateIndex] = Sli::Ratio{9, 10}; // fewer events than minEvents
    EvaluationPlan::applyMinimums(plan, r, burn);
    QVERIFY(r.remaining && *r.remaining < 0);
    QCOMPARE(r.burnRates[Budget::ProjectionBurnRateIndex].has_value(), !withheldBurn);
    QCOMPARE(r.exhaustion, std::optional(QDateTime::fromMSecsSinceEpoch(At, QTimeZone::utc())));
    QCOMPARE(exhaustionText(r), QStringLiteral("exhausted"));
}

void TestExhaustion::timeslices_exhaustedAtOrBelowZero_elseNoProjection_data()
{
    QTest::addColumn<IndicatorKind>("kind");
    QTest::addColumn<int>("bad");
    QTest::addColumn<bool>("exhausted");
    for (const auto &[name, kind] :
         {std::pair{"drift", IndicatorKind::Drift}, std::pair{"latency percentile", IndicatorKind::Latency}}) {
        QTest::addRow("%s, overspent (-400 %%)", name) << kind << 5 << true;
        QTest::addRow("%s, exactly spent (0 %%)", name) << kind << 1 << true;
        QTest::addRow("%s, all bad (-900 %%)", name) << kind << 10 << true;
        QTest::addRow("%s, budget left (100 %%)", name) << kind << 0 << false;
    }
}

void TestExhaustion::timeslices_exhaustedAtOrBelowZero_elseNoProjection()
{
    QFETCH(IndicatorKind, kind);
    QFETCH(int, bad);
    QFETCH(bool, exhausted);
    const ObjectivePlan plan = planFor(kind, true);
    const ObjectiveResult r = EvaluationPlan::finishTimeslices(plan, sliceValues(bad), CompareOp::Lte, 0.2);
    QCOMPARE(r.badSlices, bad);
    QVERIFY(r.remaining);
    QCOMPARE(*r.remaining <= 0, exhausted);
    if (exhausted) {
        QCOMPARE(r.exhaustion, std::optional(QDateTime::fromMSecsSinceEpoch(At, QTimeZone::utc())));
        QCOMPARE(exhaustionText(r), QStringLiteral("exhausted"));
    } else {
        // No burn rate for timeslices: no projection, never "exhausted".
        QCOMPARE(r.exhaustion, std::nullopt);
        QCOMPARE(exhaustionText(r), QString());
    }
}

QTEST_GUILESS_MAIN(TestExhaustion)
#include "tst_exhaustion.moc"
