// SPDX-License-Identifier: Apache-2.0
#include "core/engine/budget.h"

#include <QTest>

#include <cmath>

using namespace Sla::Core;
using namespace Sla::Core::Engine;
using Budget::SliceOutcome;
using Budget::Status;

Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(std::vector<Budget::SliceOutcome>)

namespace {
constexpr qint64 M = 60 * 1000LL;
constexpr qint64 H = 60 * M;
constexpr qint64 D = 24 * H;

bool fuzzy(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

// Per-minute counters over 4 days ending at `at`: total +100 every minute; bad stays 0
// until at - 1h, then +10 every minute (a 10 % error ratio during the last hour).
struct Fixture
{
    Series total;
    Series bad;
    qint64 at = 4 * D;
    Fixture()
    {
        for (qint64 t = 0; t <= at; t += M) {
            total.append(t, double(t / M) * 100);
            bad.append(t, t <= at - H ? 0.0 : double((t - (at - H)) / M) * 10);
        }
    }
    Budget::RatioCounters counters() const
    {
        Budget::RatioCounters c;
        c.numerator.emplace_back(bad);
        c.total.emplace_back(total);
        c.numeratorIsBad = true;
        return c;
    }
};
} // namespace

class TestBudget : public QObject
{
    Q_OBJECT

private slots:
    void occurrences_data();
    void occurrences();
    void status_customAtRisk();
    void timeslices_data();
    void timeslices();
    void classify_gapIsNotGood();
    void burnRate_isErrorRatioOverAllowance();
    void burnRates_sevenWindows();
    void evaluateOccurrences_overThreeDays();
    void evaluate_noTotalIsNoData();
    void projectedExhaustion_data();
    void projectedExhaustion();
    void occurrencesChart_burnDown();
    void timesliceChart_countsBadSlices();
    void excludeSlices_overlapNotTouch();
    void correctedCount_subtractsEachPeriodOnce();
    void occurrencesChart_correctedSteps();
};

void TestBudget::occurrences_data()
{
    QTest::addColumn<std::optional<double>>("sli");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("consumed");
    QTest::addColumn<double>("remaining");
    QTest::addColumn<Status>("status");
    // (1 - 0.9998) / (1 - 0.9995) = 0.0002 / 0.0005 = 0.4 -> remaining 0.6.
    QTest::addRow("met") << std::optional<double>(0.9998) << 0.9995 << 0.4 << 0.6 << Status::Met;
    // 0.0004 / 0.0005 = 0.8 -> remaining 0.2 < 0.25.
    QTest::addRow("at risk") << std::optional<double>(0.9996) << 0.9995 << 0.8 << 0.2 << Status::AtRisk;
    // 0.001 / 0.0005 = 2 -> remaining -1: overspent.
    QTest::addRow("overspent") << std::optional<double>(0.999) << 0.9995 << 2.0 << -1.0 << Status::Breached;
    // Exactly spent: remaining 0 is not below 0, but below 0.25.
    QTest::addRow("exactly spent") << std::optional<double>(0.9) << 0.9 << 1.0 << 0.0 << Status::AtRisk;
    QTest::addRow("perfect") << std::optional<double>(1.0) << 0.99 << 0.0 << 1.0 << Status::Met;
    QTest::addRow("no data") << std::optional<double>() << 0.99 << qQNaN() << qQNaN() << Status::NoData;
}

void TestBudget::occurrences()
{
    QFETCH(std::optional<double>, sli);
    QFETCH(double, target);
    QFETCH(double, consumed);
    QFETCH(double, remaining);
    QFETCH(Status, status);
    const auto b = Budget::occurrences(sli, target);
    QCOMPARE(b.consumed.has_value(), sli.has_value());
    if (sli) {
        QVERIFY(fuzzy(*b.consumed, consumed));
        QVERIFY(fuzzy(*b.remaining, remaining));
    }
    QCOMPARE(Budget::status(b.remaining), status);
}

void TestBudget::status_customAtRisk()
{
    QCOMPARE(Budget::status(0.3), Status::Met);
    QCOMPARE(Budget::status(0.3, 0.5), Status::AtRisk);
    QCOMPARE(Budget::statusName(Status::NoData), QStringLiteral("no_data"));
    QCOMPARE(Budget::statusName(Status::AtRisk), QStringLiteral("at_risk"));
    QCOMPARE(Budget::statusName(Status::Breached), QStringLiteral("breached"));
    QCOMPARE(Budget::statusName(Status::Met), QStringLiteral("met"));
}

void TestBudget::timeslices_data()
{
    QTest::addColumn<int>("good");
    QTest::addColumn<int>("bad");
    QTest::addColumn<int>("gaps");
    QTest::addColumn<double>("sli");
    QTest::addColumn<double>("remaining");
    QTest::addColumn<Status>("status");
    // 30 daily slices, target 0.9: (1 - 0.9) * 30 = 3 bad days allowed.
    // 25 good, 2 bad, 3 gaps: sli 25/27, consumed 2/3, remaining 1/3.
    QTest::addRow("gaps are not good") << 25 << 2 << 3 << 25.0 / 27 << 1.0 / 3 << Status::Met;
    // 4 bad: consumed 4/3, remaining -1/3.
    QTest::addRow("overspent") << 26 << 4 << 0 << 26.0 / 30 << -1.0 / 3 << Status::Breached;
    // 3 bad: remaining 0 -> at risk.
    QTest::addRow("spent") << 27 << 3 << 0 << 0.9 << 0.0 << Status::AtRisk;
    // Part of a calendar month: 10 days so far, 1 bad: consumed 1/3 of the month's budget.
    QTest::addRow("month to date") << 9 << 1 << 0 << 0.9 << 2.0 / 3 << Status::Met;
    QTest::addRow("all gaps") << 0 << 0 << 30 << qQNaN() << qQNaN() << Status::NoData;
}

void TestBudget::timeslices()
{
    QFETCH(int, good);
    QFETCH(int, bad);
    QFETCH(int, gaps);
    QFETCH(double, sli);
    QFETCH(double, remaining);
    QFETCH(Status, status);
    std::vector<SliceOutcome> outcomes;
    outcomes.insert(outcomes.end(), std::size_t(gaps), SliceOutcome::Gap);
    outcomes.insert(outcomes.end(), std::size_t(good), SliceOutcome::Good);
    outcomes.insert(outcomes.end(), std::size_t(bad), SliceOutcome::Bad);
    const auto t = Budget::tally(outcomes);
    QCOMPARE(t.good, good);
    QCOMPARE(t.bad, bad);
    QCOMPARE(t.gaps, gaps);
    const auto b = Budget::timeslices(t, 0.9, 30);
    QCOMPARE(t.sli().has_value(), good + bad > 0);
    if (t.sli()) {
        QVERIFY(fuzzy(*t.sli(), sli));
        QVERIFY(fuzzy(*b.remaining, remaining));
    }
    QCOMPARE(Budget::status(b.remaining), status);
}

void TestBudget::classify_gapIsNotGood()
{
    // PSI 0.05 within threshold 0.1 (lte) is good, 0.2 is bad, no value is a gap.
    QCOMPARE(Budget::classify(0.05, CompareOp::Lte, 0.1), SliceOutcome::Good);
    QCOMPARE(Budget::classify(0.2, CompareOp::Lte, 0.1), SliceOutcome::Bad);
    QCOMPARE(Budget::classify(std::nullopt, CompareOp::Lte, 0.1), SliceOutcome::Gap);
    QCOMPARE(Budget::classify(qQNaN(), CompareOp::Gte, 0.1), SliceOutcome::Gap);
}

void TestBudget::burnRate_isErrorRatioOverAllowance()
{
    // 1 % errors against a 0.1 % allowance: 10x.
    QVERIFY(fuzzy(Budget::burnRate(0.01, 0.999).value(), 10.0));
    QVERIFY(!Budget::burnRate(std::nullopt, 0.999));
    QCOMPARE(Budget::burnRateWindowName(0), QStringLiteral("5m"));
    QCOMPARE(Budget::burnRateWindowName(6), QStringLiteral("3d"));
    QCOMPARE(Budget::BurnRateWindows[6], 3 * D);
}

void TestBudget::burnRates_sevenWindows()
{
    // Samples sit on every window boundary, so increases are exact. Target 0.99 (1 %).
    //  5m: bad 50 / total 500 = 0.1 -> 10;  30m: 300/3000 -> 10;  1h: 600/6000 -> 10;
    //  2h: 600/12000 = 0.05 -> 5;  6h: 600/36000 -> 1.6667;  1d: 600/144000 -> 0.41667;
    //  3d: 600/432000 -> 0.138889.
    const Fixture f;
    const auto rates = Budget::burnRates(f.counters(), f.at, 0.99);
    const double expected[] = {10, 10, 10, 5, 600.0 / 36000 / 0.01, 600.0 / 144000 / 0.01, 600.0 / 432000 / 0.01};
    for (std::size_t i = 0; i < rates.size(); ++i) {
        QVERIFY(rates[i]);
        QVERIFY2(fuzzy(*rates[i], expected[i]),
                 qPrintable(Budget::burnRateWindowName(i) + QStringLiteral(": ") + QString::number(*rates[i])));
    }
}

void TestBudget::evaluateOccurrences_overThreeDays()
{
    // 3d window: bad 600 of 432000 -> sli = 1 - 1/720; consumed (1/720)/0.01 = 0.138889;
    // remaining 0.861111 -> met. At the 1h burn rate of 10 the rest lasts
    // 0.861111 * 72 h / 10 = 6.2 h = 22,320,000 ms.
    const Fixture f;
    const auto e = Budget::evaluateOccurrences(f.counters(), {f.at - 3 * D, f.at}, 3 * D, 0.99);
    QVERIFY(e.sli);
    QVERIFY(fuzzy(*e.sli, 1 - 1.0 / 720));
    QVERIFY(fuzzy(*e.budget.consumed, 1.0 / 7.2));
    QVERIFY(fuzzy(*e.budget.remaining, 1 - 1.0 / 7.2));
    QCOMPARE(e.status, Status::Met);
    QVERIFY(e.exhaustion);
    QVERIFY(std::abs(*e.exhaustion - (f.at + 22320000)) <= 1);
    QVERIFY(fuzzy(e.burnRates[2].value(), 10));
}

void TestBudget::evaluate_noTotalIsNoData()
{
    // Total counter flat at zero over the window: zero events is no data, not 100 %.
    Series total, bad;
    for (qint64 t = 0; t <= H; t += M) {
        total.append(t, 0);
        bad.append(t, 0);
    }
    Budget::RatioCounters c;
    c.numerator.emplace_back(bad);
    c.total.emplace_back(total);
    const auto e = Budget::evaluateOccurrences(c, {0, H}, H, 0.99);
    QVERIFY(!e.sli);
    QCOMPARE(e.status, Status::NoData);
    QVERIFY(!e.exhaustion);
    // No series at all: the same.
    const auto none = Budget::evaluateOccurrences(Budget::RatioCounters{}, {0, H}, H, 0.99);
    QCOMPARE(none.status, Status::NoData);
    QVERIFY(!none.burnRates[0]);
}

void TestBudget::projectedExhaustion_data()
{
    QTest::addColumn<std::optional<double>>("remaining");
    QTest::addColumn<std::optional<double>>("burn");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<qint64>("expected"); // ms after `at`
    // Half the budget left, burning twice the sustainable rate over 30 days: 0.5*30d/2 = 7.5d.
    QTest::addRow("burning") << std::optional<double>(0.5) << std::optional<double>(2.0) << true << 180 * H;
    QTest::addRow("already spent") << std::optional<double>(-0.1) << std::optional<double>(2.0) << true << qint64(0);
    QTest::addRow("not burning") << std::optional<double>(0.5) << std::optional<double>(0.0) << false << qint64(0);
    QTest::addRow("no burn data") << std::optional<double>(0.5) << std::optional<double>() << false << qint64(0);
    QTest::addRow("no budget data") << std::optional<double>() << std::optional<double>(2.0) << false << qint64(0);
}

void TestBudget::projectedExhaustion()
{
    QFETCH(std::optional<double>, remaining);
    QFETCH(std::optional<double>, burn);
    QFETCH(bool, hasValue);
    QFETCH(qint64, expected);
    const qint64 at = 1000 * D;
    const auto t = Budget::projectedExhaustion(at, remaining, burn, 30 * D);
    QCOMPARE(t.has_value(), hasValue);
    if (hasValue)
        QCOMPARE(*t - at, expected);
}

void TestBudget::occurrencesChart_burnDown()
{
    // [0, 10 min], samples every minute: total +100/min; bad +10/min from minute 5.
    // Steps end at 5 and 10 min. Step 1: no errors -> sli 1; step 2: 50/500 -> 0.9.
    // Target 0.9: allowed bad = 0.1 * 1000 = 100; bad to date 0 then 50 -> remaining 1, 0.5.
    Series total, bad;
    for (qint64 m = 0; m <= 10; ++m) {
        total.append(m * M, double(m) * 100);
        bad.append(m * M, m <= 5 ? 0.0 : double(m - 5) * 10);
    }
    Budget::RatioCounters c;
    c.numerator.emplace_back(bad);
    c.total.emplace_back(total);
    c.numeratorIsBad = true;
    const auto chart = Budget::occurrencesChart(c, {0, 10 * M}, 5 * M, 0.9);
    QCOMPARE(chart.t, (std::vector<qint64>{5 * M, 10 * M}));
    QVERIFY(fuzzy(chart.sli[0], 1.0));
    QVERIFY(fuzzy(chart.sli[1], 0.9));
    QVERIFY(fuzzy(chart.remaining[0], 1.0));
    QVERIFY(fuzzy(chart.remaining[1], 0.5));
    // A step that does not divide the window: the last point is the window end.
    const auto uneven = Budget::occurrencesChart(c, {0, 10 * M}, 4 * M, 0.9);
    QCOMPARE(uneven.t, (std::vector<qint64>{4 * M, 8 * M, 10 * M}));
}

void TestBudget::timesliceChart_countsBadSlices()
{
    // 4 slices of 10, target 0.5 -> 5 bad allowed: remaining 1, 0.8, 0.8, 0.6.
    const std::vector<TimeRange> slices{{0, 1}, {1, 2}, {2, 3}, {3, 4}};
    const std::vector<std::optional<double>> values{0.01, 0.3, std::nullopt, 0.2};
    std::vector<SliceOutcome> outcomes;
    for (const auto &v : values)
        outcomes.push_back(Budget::classify(v, CompareOp::Lte, 0.1));
    const auto chart = Budget::timesliceChart(slices, values, outcomes, 0.5, 10);
    QCOMPARE(chart.t, (std::vector<qint64>{1, 2, 3, 4}));
    QVERIFY(std::isnan(chart.sli[2]));
    QVERIFY(fuzzy(chart.remaining[0], 1.0));
    QVERIFY(fuzzy(chart.remaining[1], 0.8));
    QVERIFY(fuzzy(chart.remaining[2], 0.8));
    QVERIFY(fuzzy(chart.remaining[3], 0.6));
}

void TestBudget::excludeSlices_overlapNotTouch()
{
    // Slices [0,10) [10,20) [20,30) [30,40); periods [10,20] (touches both neighbours) and
    // [35,36] (inside the last slice).
    const std::vector<TimeRange> slices{{0, 10}, {10, 20}, {20, 30}, {30, 40}};
    std::vector<SliceOutcome> outcomes(4, SliceOutcome::Bad);
    outcomes[2] = SliceOutcome::Gap;
    Budget::excludeSlices(outcomes, slices, {{10, 20}, {35, 36}});
    QCOMPARE(outcomes, (std::vector<SliceOutcome>{SliceOutcome::Bad, SliceOutcome::Excluded, SliceOutcome::Gap,
                                                  SliceOutcome::Excluded}));
    const Budget::TimesliceTally t = Budget::tally(outcomes);
    QCOMPARE(t.bad, 1);
    QCOMPARE(t.gaps, 1);
    QCOMPARE(t.excluded, 2);
    QCOMPARE(*t.sli(), 0.0); // excluded slices are neither good nor bad
}

void TestBudget::correctedCount_subtractsEachPeriodOnce()
{
    // Counts proportional to length: 10 good and 11 total per unit; [50, 60] has no data.
    const Budget::EventCount count = [](TimeRange r) -> std::optional<Sli::Ratio> {
        if (r.start >= 50 && r.end <= 60)
            return std::nullopt;
        return Sli::Ratio{10.0 * double(r.length()), 11.0 * double(r.length())};
    };
    // [-5, 10] is clipped to [0, 10], [95, 120] to [95, 100], [50, 60] takes nothing away.
    const auto c = Budget::correctedCount(count, {0, 100}, {{-5, 10}, {50, 60}, {95, 120}});
    QVERIFY(c);
    QCOMPARE(c->good, 10.0 * 85);
    QCOMPARE(c->total, 11.0 * 85);
    QVERIFY(!Budget::correctedCount([](TimeRange) { return std::optional<Sli::Ratio>{}; }, {0, 100}, {{0, 5}}));
    QCOMPARE(Budget::clipRanges({{-5, 0}, {0, 5}, {90, 200}}, {0, 100}), (std::vector<TimeRange>{{0, 5}, {90, 100}}));
}

void TestBudget::occurrencesChart_correctedSteps()
{
    // As occurrencesChart_burnDown; minutes 6-8 are corrected: 200 requests, 20 errors out.
    // Step 2 (5-10 min): 30 of 300 bad; allowed 0.1 * 800 = 80, remaining 1 - 30/80.
    Series total, bad;
    for (qint64 m = 0; m <= 10; ++m) {
        total.append(m * M, double(m) * 100);
        bad.append(m * M, m <= 5 ? 0.0 : double(m - 5) * 10);
    }
    Budget::RatioCounters c;
    c.numerator.emplace_back(bad);
    c.total.emplace_back(total);
    c.numeratorIsBad = true;
    const auto chart = Budget::occurrencesChart(c, {0, 10 * M}, 5 * M, 0.9, {{6 * M, 8 * M}});
    QVERIFY(fuzzy(chart.sli[1], 0.9));
    QVERIFY(fuzzy(chart.remaining[1], 1 - 30.0 / 80));
    // A step wholly inside a correction has no SLI.
    const auto inside = Budget::occurrencesChart(c, {0, 10 * M}, 5 * M, 0.9, {{5 * M, 10 * M}});
    QVERIFY(std::isnan(inside.sli[1]));
    QVERIFY(fuzzy(inside.remaining[1], 1.0));
}

QTEST_GUILESS_MAIN(TestBudget)
#include "tst_budget.moc"
