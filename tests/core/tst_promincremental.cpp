// SPDX-License-Identifier: Apache-2.0
// The arithmetic of the incremental refresh (core/evaluation/promincremental.h,
// core/engine/countersummary.h) against Counters::increase, the project's reproduction of
// Prometheus 2.x `increase()`: a state slid along synthetic series refresh after refresh
// gives exactly the sum a full read of the same samples gives.
#include "core/engine/counters.h"
#include "core/engine/countersummary.h"
#include "core/evaluation/evaluationplan.h"
#include "core/evaluation/promincremental.h"

#include <QTest>

#include <random>

using namespace Sla::Core;
using namespace Sla::Core::PromIncremental;
using Sample = Counters::Summary::Sample;

namespace {
constexpr qint64 S = 1000;
constexpr qint64 Min = 60 * S;
constexpr qint64 Hour = 60 * Min;

/// Four counters: A every 60 s with fractional increments and two drops; B every 15 s
/// (offset 7 s) with an 8-minute gap and a drop; C appearing after 27 h; D vanishing after
/// 29 h. Two days in all.
std::vector<Series> syntheticSeries()
{
    std::vector<Series> out(4);
    const char *names[] = {"a", "b", "c", "d"};
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].labels.insert(QStringLiteral("__name__"), QStringLiteral("requests_total"));
        out[i].labels.insert(QStringLiteral("instance"), QString::fromLatin1(names[i]));
    }
    std::mt19937 random(11);
    std::uniform_real_distribution<double> step(0.0, 3.0);
    double a = 0;
    for (qint64 t = 0; t <= 48 * Hour; t += Min) {
        a = (t == 26 * Hour || t == 30 * Hour + 17 * Min) ? 0.25 : a + 0.37 * step(random);
        out[0].append(t, a);
    }
    double b = 100;
    for (qint64 t = 7 * S; t <= 48 * Hour; t += 15 * S) {
        if (t > 25 * Hour && t < 25 * Hour + 8 * Min)
            continue; // a gap shorter than the look-ahead
        b = t == 31 * Hour + 7 * S ? 3 : b + std::floor(step(random) * 4);
        out[1].append(t, b);
    }
    double c = 0, d = 0;
    for (qint64 t = 27 * Hour + 30 * S; t <= 48 * Hour; t += Min)
        out[2].append(t, c += 2);
    for (qint64 t = 0; t <= 29 * Hour; t += 30 * S)
        out[3].append(t, d += 1.5);
    return out;
}

/// What a matrix read `SEL[range.length()]` at range.end answers: every series' samples in
/// the closed range, by series key, series without any left out.
SeriesSamples read(const std::vector<Series> &series, TimeRange range)
{
    SeriesSamples out;
    for (const Series &s : series) {
        std::vector<Sample> samples;
        for (std::size_t i = 0; i < s.t.size(); ++i) {
            if (range.contains(s.t[i]))
                samples.push_back({s.t[i], s.v[i]});
        }
        if (!samples.empty())
            out[seriesKey(s.labels)] = samples;
    }
    return out;
}

/// `sum(increase(SEL[range]))` from every sample, series in Prometheus' order.
std::optional<double> fullSum(const std::vector<Series> &series, TimeRange range)
{
    std::map<QString, const Series *> ordered;
    for (const Series &s : series)
        ordered[seriesKey(s.labels)] = &s;
    std::optional<double> sum;
    for (const auto &[key, s] : ordered) {
        if (const std::optional<double> inc = Counters::increase(*s, range))
            sum = sum ? *sum + *inc : *inc;
    }
    return sum;
}
} // namespace

class TestPromIncremental : public QObject
{
    Q_OBJECT

private slots:
    void summary_equalsCountersIncrease();
    void slidingState_equalsFullSumOnEveryRefresh_data();
    void slidingState_equalsFullSumOnEveryRefresh();
    void slideStart_refusesReadsThatDoNotFit();
    void combine_isEmptyWhenATermIs();
    void shapeOf_readsTheCompiledQueries();
    void fullReadReason_namesUnsupportedObjectives();
    void compatibleVersion_isPrometheus2Before252();
};

void TestPromIncremental::summary_equalsCountersIncrease()
{
    const std::vector<Series> series = syntheticSeries();
    for (const Series &s : series) {
        for (const TimeRange range : {TimeRange{0, 48 * Hour}, TimeRange{25 * Hour + 13 * S, 31 * Hour + 5 * S},
                                      TimeRange{28 * Hour, 28 * Hour + 20 * S}}) {
            const Counters::Summary summary = Counters::Summary::of(s, range);
            const std::optional<double> expected = Counters::increase(s, range);
            QCOMPARE(summary.increase(range).has_value(), expected.has_value());
            if (expected)
                QVERIFY2(*summary.increase(range) == *expected, qPrintable(s.labels.value(QStringLiteral("instance"))));
        }
    }
    // The drops of A and B inside the whole range are kept, in time order.
    QCOMPARE(Counters::Summary::of(series[0], {0, 48 * Hour}).resets().size(), std::size_t(2));
    QCOMPARE(Counters::Summary::of(series[1], {0, 48 * Hour}).resets().size(), std::size_t(1));
}

void TestPromIncremental::slidingState_equalsFullSumOnEveryRefresh_data()
{
    QTest::addColumn<qint64>("window");
    QTest::addColumn<bool>("calendar"); // the window's start stays put
    QTest::addRow("rolling 6h") << 6 * Hour << false;
    QTest::addRow("rolling 1d") << 24 * Hour << false;
    QTest::addRow("growing from a fixed start") << 0LL << true;
}

void TestPromIncremental::slidingState_equalsFullSumOnEveryRefresh()
{
    QFETCH(qint64, window);
    QFETCH(bool, calendar);
    const std::vector<Series> series = syntheticSeries();
    const qint64 fixedStart = 20 * Hour;
    const auto startAt = [&](qint64 t) { return calendar ? fixedStart : t - window; };

    // The state as built at t0: the committed part [start, t0 - settle].
    qint64 t0 = 24 * Hour + 17 * S;
    qint64 cutoff = t0 - SettleMs;
    qint64 start = startAt(t0);
    SeriesSummaries state;
    for (const Series &s : series) {
        const Counters::Summary summary = Counters::Summary::of(s, {start, cutoff});
        if (!summary.isEmpty())
            state[seriesKey(s.labels)] = summary;
    }
    std::mt19937 random(5);
    std::uniform_int_distribution<qint64> step(30, 10 * 60);
    int refreshes = 0;
    while (t0 < 47 * Hour) {
        const qint64 t1 = t0 + step(random) * S;
        const qint64 start1 = startAt(t1);
        bool ok = true;
        if (start1 != start)
            ok = slideStart(state, read(series, {start, start1 + LookAheadMs}), start1, cutoff);
        QVERIFY2(ok, qPrintable(QStringLiteral("slide to %1").arg(t1)));
        const SeriesSamples fresh = read(series, {cutoff, t1});
        const TimeRange range{start1, t1};
        const std::optional<double> got = windowSum(state, fresh, cutoff, range, &ok);
        const std::optional<double> expected = fullSum(series, range);
        QVERIFY(ok);
        QCOMPARE(got.has_value(), expected.has_value());
        // Exactly equal: the same operations in the same order, not merely close.
        QVERIFY2(
            !expected || *got == *expected,
            qPrintable(QStringLiteral("at %1: %2 != %3").arg(t1).arg(*got, 0, 'g', 17).arg(*expected, 0, 'g', 17)));
        const qint64 cutoff1 = std::max(cutoff, t1 - SettleMs);
        commitFresh(state, fresh, cutoff, cutoff1, &ok);
        QVERIFY(ok);
        t0 = t1;
        start = start1;
        cutoff = cutoff1;
        ++refreshes;
    }
    QVERIFY(refreshes > 200);
    // D vanished 18 h before the end: a rolling window drops it from the state.
    const bool hasD = state.count(seriesKey(series[3].labels)) > 0;
    QCOMPARE(hasD, calendar || window > 18 * Hour);
}

void TestPromIncremental::slideStart_refusesReadsThatDoNotFit()
{
    Series s;
    for (qint64 t = 0; t <= 2 * Hour; t += Min) {
        if (t <= 30 * Min || t >= 70 * Min) // a 40-minute gap
            s.append(t, double(t / Min));
    }
    const QString key = seriesKey(s.labels);
    const auto stateAt = [&](qint64 start) {
        return SeriesSummaries{{key, Counters::Summary::of(s, {start, 2 * Hour})}};
    };
    const auto leaving = [&](qint64 from, qint64 to) { return read({s}, {from, to}); };

    // Into the gap: the look-ahead does not reach the next sample, so the new first is unknown.
    SeriesSummaries state = stateAt(0);
    QVERIFY(!slideStart(state, leaving(0, 31 * Min + LookAheadMs), 31 * Min, 2 * Hour));
    // Before the gap it fits, and the first sample moves.
    state = stateAt(0);
    QVERIFY(slideStart(state, leaving(0, 10 * Min + LookAheadMs), 10 * Min, 2 * Hour));
    QCOMPARE(state.at(key).first().t, 10 * Min);
    QCOMPARE(state.at(key).count(), std::size_t(21 + 51));
    // A read whose first leaving sample is not the state's first (the state missed samples).
    state = stateAt(5 * Min);
    QVERIFY(!slideStart(state, leaving(0, 10 * Min + LookAheadMs), 10 * Min, 2 * Hour));
    // A series the state does not know, with samples it should hold.
    SeriesSummaries empty;
    QVERIFY(!slideStart(empty, leaving(0, 10 * Min + LookAheadMs), 10 * Min, 2 * Hour));
}

void TestPromIncremental::combine_isEmptyWhenATermIs()
{
    const std::vector<Term> f1{{2, 0}, {1, 1}, {1, 2}};
    QCOMPARE(combine(f1, {3.0, 4.0, 5.0}), std::optional<double>(15.0));
    QCOMPARE(combine(f1, {3.0, std::nullopt, 5.0}), std::optional<double>());
    QCOMPARE(combine({{1, 1}}, {std::nullopt, 0.5}), std::optional<double>(0.5));
}

void TestPromIncremental::shapeOf_readsTheCompiledQueries()
{
    Objective ratio;
    ratio.indicator.kind = IndicatorKind::Ratio;
    ratio.indicator.ratio.bad = QStringLiteral("http_requests_total{code=~\"5..\", path=\"/a+b\"}");
    ratio.indicator.ratio.total = QStringLiteral("http_requests_total");
    const std::optional<Shape> r = shapeOf(ratio);
    QVERIFY(r);
    QVERIFY(r->numeratorIsBad);
    QCOMPARE(r->selectors, QStringList({ratio.indicator.ratio.bad, ratio.indicator.ratio.total}));
    QCOMPARE(r->numerator, std::vector<Term>({{1, 0}}));
    QCOMPARE(r->total, std::vector<Term>({{1, 1}}));

    Objective f1;
    f1.indicator.kind = IndicatorKind::Classification;
    f1.indicator.classification.measure = ClassificationMeasure::F1;
    f1.indicator.classification.tp = QStringLiteral("p{o=\"tp\"}");
    f1.indicator.classification.fp = QStringLiteral("p{o=\"fp\"}");
    f1.indicator.classification.fn = QStringLiteral("p{o=\"fn\"}");
    const std::optional<Shape> c = shapeOf(f1);
    QVERIFY(c);
    QVERIFY(!c->numeratorIsBad);
    QCOMPARE(c->selectors.size(), 3);
    QCOMPARE(c->numerator, std::vector<Term>({{2, 0}}));
    QCOMPARE(c->total, std::vector<Term>({{2, 0}, {1, 1}, {1, 2}}));

    Objective raw;
    raw.indicator.kind = IndicatorKind::Query;
    raw.indicator.query.bad = QStringLiteral("sum(rate(x[{{window}}]))");
    raw.indicator.query.total = QStringLiteral("sum(rate(y[{{window}}]))");
    QVERIFY(!shapeOf(raw));
}

void TestPromIncremental::fullReadReason_namesUnsupportedObjectives()
{
    ObjectivePlan plan;
    plan.objective.indicator.kind = IndicatorKind::Ratio;
    plan.objective.indicator.ratio.good = QStringLiteral("ok_total");
    plan.objective.indicator.ratio.total = QStringLiteral("all_total");
    plan.at = 100 * Hour;
    plan.range = {plan.at - 30 * 24 * Hour, plan.at};
    QCOMPARE(fullReadReason(plan), QString());
    ObjectivePlan slices = plan;
    slices.objective.budgeting.method = Budgeting::Method::Timeslices;
    QVERIFY(!fullReadReason(slices).isEmpty());
    ObjectivePlan delayed = plan;
    delayed.labelDelayMs = Hour;
    QVERIFY(!fullReadReason(delayed).isEmpty());
    ObjectivePlan raw = plan;
    raw.objective.indicator.kind = IndicatorKind::Query;
    raw.objective.indicator.query.errorRatio = QStringLiteral("x");
    QVERIFY(!fullReadReason(raw).isEmpty());
}

void TestPromIncremental::compatibleVersion_isPrometheus2Before252()
{
    QVERIFY(compatibleVersion(QStringLiteral("2.42.0+ds")));
    QVERIFY(compatibleVersion(QStringLiteral("2.51.2")));
    QVERIFY(!compatibleVersion(QStringLiteral("2.52.0")));
    QVERIFY(!compatibleVersion(QStringLiteral("3.0.1")));
    QVERIFY(!compatibleVersion(QStringLiteral("0.32.5"))); // e.g. Thanos
    QVERIFY(!compatibleVersion(QString()));
}

QTEST_GUILESS_MAIN(TestPromIncremental)
#include "tst_promincremental.moc"
