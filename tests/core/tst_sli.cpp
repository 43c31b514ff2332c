// SPDX-License-Identifier: Apache-2.0
#include "core/engine/sli.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Sla::Core;
using namespace Sla::Core::Engine;
using Sli::Bucket;

Q_DECLARE_METATYPE(std::vector<Sli::Bucket>)
Q_DECLARE_METATYPE(std::vector<double>)

namespace {
constexpr double Inf = std::numeric_limits<double>::infinity();

// le 0.1: 50, 0.2: 80, 0.5: 95, +Inf: 100 (cumulative increases over a window).
std::vector<Bucket> latencyBuckets()
{
    return {{0.1, 50}, {0.2, 80}, {0.5, 95}, {Inf, 100}};
}

bool fuzzy(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}
} // namespace

class TestSli : public QObject
{
    Q_OBJECT

private slots:
    void ratio_goodBadAndNoData();
    void parseLe_data();
    void parseLe();
    void normalizeBuckets_mergesNumericallyEqualLe();
    void latencyRatio_data();
    void latencyRatio();
    void histogramQuantile_data();
    void histogramQuantile();
    void classification_data();
    void classification();
    void decumulate_clampsNegativeBins();
    void binMidpoints_data();
    void binMidpoints();
    void drift_data();
    void drift();
    void drift_mismatchedBucketsIsAnError();
    void bucketIncreases_sumsByNumericLe();
    void bucketIncreases_rejectsBadLe();
    void aggregateOver_closedRange();
    void aggregate_data();
    void aggregate();
    void compare_data();
    void compare();
};

void TestSli::ratio_goodBadAndNoData()
{
    QCOMPARE(Sli::fromGood(999, 1000).value().value(), 0.999);
    // bad 1 of 1000: good = 999.
    QCOMPARE(Sli::fromBad(1, 1000).value().value(), 0.999);
    QVERIFY(fuzzy(Sli::fromBad(1, 1000).errorRatio().value(), 0.001));
    // Zero events in the window: no data, not 100 %.
    QVERIFY(!Sli::fromGood(0, 0).value());
    QVERIFY(!Sli::fromGood(0, 0).errorRatio());
    // Extrapolated good slightly above total is clamped.
    QCOMPARE(Sli::fromGood(100.2, 100).value().value(), 1.0);
}

void TestSli::parseLe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("expected");
    QTest::addRow("decimal") << QStringLiteral("0.25") << true << 0.25;
    QTest::addRow("trailing zero") << QStringLiteral("0.250") << true << 0.25;
    QTest::addRow("exponent") << QStringLiteral("2.5e-1") << true << 0.25;
    QTest::addRow("integer") << QStringLiteral("10") << true << 10.0;
    QTest::addRow("+Inf") << QStringLiteral("+Inf") << true << Inf;
    QTest::addRow("Inf") << QStringLiteral("Inf") << true << Inf;
    QTest::addRow("lower-case inf") << QStringLiteral("+inf") << true << Inf;
    QTest::addRow("text") << QStringLiteral("fast") << false << 0.0;
    QTest::addRow("empty") << QString() << false << 0.0;
    QTest::addRow("NaN") << QStringLiteral("NaN") << false << 0.0;
}

void TestSli::parseLe()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, expected);
    const auto v = Sli::parseLe(text);
    QCOMPARE(v.has_value(), ok);
    if (ok)
        QCOMPARE(*v, expected);
}

void TestSli::normalizeBuckets_mergesNumericallyEqualLe()
{
    // "0.5" and "0.50" from two series are one bucket: 10 + 5 = 15; sorted by le.
    const auto b = Sli::normalizeBuckets({{Inf, 40}, {*Sli::parseLe(QStringLiteral("0.50")), 5}, {0.5, 10}, {0.1, 3}});
    QCOMPARE(b.size(), std::size_t(3));
    QCOMPARE(b[0], (Bucket{0.1, 3}));
    QCOMPARE(b[1], (Bucket{0.5, 15}));
    QCOMPARE(b[2], (Bucket{Inf, 40}));
}

void TestSli::latencyRatio_data()
{
    QTest::addColumn<std::vector<Bucket>>("buckets");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<double>("sli");
    // le=0.2 holds 80 of 100 requests.
    QTest::addRow("threshold on a bound") << latencyBuckets() << 0.2 << false << 0.8;
    // "0.20" written in the document is the same number.
    QTest::addRow("numerically equal") << latencyBuckets() << *Sli::parseLe(QStringLiteral("0.20")) << false << 0.8;
    QTest::addRow("threshold between bounds") << latencyBuckets() << 0.3 << true << 0.0;
    QTest::addRow("no +Inf bucket") << std::vector<Bucket>{{0.1, 5}, {0.2, 8}} << 0.2 << true << 0.0;
}

void TestSli::latencyRatio()
{
    QFETCH(std::vector<Bucket>, buckets);
    QFETCH(double, threshold);
    QFETCH(bool, isError);
    QFETCH(double, sli);
    const auto r = Sli::latencyRatio(buckets, threshold);
    QCOMPARE(!r.error.isEmpty(), isError);
    if (!isError)
        QCOMPARE(r.ratio.value().value(), sli);
}

void TestSli::histogramQuantile_data()
{
    QTest::addColumn<double>("q");
    QTest::addColumn<std::vector<Bucket>>("buckets");
    QTest::addColumn<double>("expected");
    // rank 50: first bucket reaches it (50 >= 50): 0 + 0.1 * 50/50 = 0.1.
    QTest::addRow("median") << 0.5 << latencyBuckets() << 0.1;
    // rank 90: bucket le=0.5 (95 >= 90); start 0.2, count 95-80 = 15, rank 90-80 = 10:
    // 0.2 + 0.3 * 10/15 = 0.4.
    QTest::addRow("p90 interpolated") << 0.9 << latencyBuckets() << 0.4;
    // rank 99 lies in +Inf: the largest finite bound, 0.5.
    QTest::addRow("p99 in +Inf bucket") << 0.99 << latencyBuckets() << 0.5;
    // rank 0: first bucket, 0 + 0.1 * 0 / 50 = 0.
    QTest::addRow("q=0") << 0.0 << latencyBuckets() << 0.0;
    QTest::addRow("q<0") << -0.5 << latencyBuckets() << -Inf;
    QTest::addRow("q>1") << 1.5 << latencyBuckets() << Inf;
    // Unsorted input is sorted first: same as p90.
    QTest::addRow("unsorted") << 0.9 << std::vector<Bucket>{{Inf, 100}, {0.5, 95}, {0.1, 50}, {0.2, 80}} << 0.4;
    // Non-monotonic: 0.2 (40) raised to 50; rank 60 is only reached by +Inf -> 0.2.
    QTest::addRow("non-monotonic") << 0.6 << std::vector<Bucket>{{0.1, 50}, {0.2, 40}, {Inf, 100}} << 0.2;
    // First bound <= 0: its le is returned for ranks inside it (rank 5 <= 10).
    QTest::addRow("negative first bound") << 0.25 << std::vector<Bucket>{{-1, 10}, {1, 20}, {Inf, 20}} << -1.0;
}

void TestSli::histogramQuantile()
{
    QFETCH(double, q);
    QFETCH(std::vector<Bucket>, buckets);
    QFETCH(double, expected);
    QVERIFY(fuzzy(Sli::histogramQuantile(q, buckets), expected) || Sli::histogramQuantile(q, buckets) == expected);
}

void TestSli::classification_data()
{
    QTest::addColumn<ClassificationMeasure>("measure");
    QTest::addColumn<double>("tp");
    QTest::addColumn<double>("fp");
    QTest::addColumn<double>("fn");
    QTest::addColumn<double>("tn");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<double>("expected");
    // tp 90, fp 10, fn 30, tn 870.
    QTest::addRow("precision") << ClassificationMeasure::Precision << 90.0 << 10.0 << 30.0 << 870.0 << true
                               << 0.9; // 90 / 100
    QTest::addRow("recall") << ClassificationMeasure::Recall << 90.0 << 10.0 << 30.0 << 870.0 << true
                            << 0.75; // 90 / 120
    QTest::addRow("f1") << ClassificationMeasure::F1 << 90.0 << 10.0 << 30.0 << 870.0 << true
                        << 180.0 / 220.0; // 2*90 / (180 + 10 + 30) = 0.8181...
    QTest::addRow("accuracy") << ClassificationMeasure::Accuracy << 90.0 << 10.0 << 30.0 << 870.0 << true
                              << 0.96; // (90 + 870) / 1000
    QTest::addRow("precision without predictions")
        << ClassificationMeasure::Precision << 0.0 << 0.0 << 30.0 << 870.0 << false << 0.0;
}

void TestSli::classification()
{
    QFETCH(ClassificationMeasure, measure);
    QFETCH(double, tp);
    QFETCH(double, fp);
    QFETCH(double, fn);
    QFETCH(double, tn);
    QFETCH(bool, hasValue);
    QFETCH(double, expected);
    const auto v = Sli::classification(measure, {tp, fp, fn, tn});
    QCOMPARE(v.has_value(), hasValue);
    if (hasValue)
        QVERIFY(fuzzy(*v, expected));
}

void TestSli::decumulate_clampsNegativeBins()
{
    // 10, 30-10, 30-30, 35-30; a dip 35 -> 33 gives an empty bin, and the next bin is
    // measured from the highest count so far: 40 - 35 = 5.
    const auto bins = Sli::decumulate({{1, 10}, {2, 30}, {3, 30}, {4, 35}, {5, 33}, {Inf, 40}});
    QCOMPARE(bins, (std::vector<double>{10, 20, 0, 5, 0, 5}));
}

void TestSli::binMidpoints_data()
{
    QTest::addColumn<std::vector<Bucket>>("buckets");
    QTest::addColumn<std::vector<double>>("expected");
    // First bin (0, 0.1] -> 0.05; (0.1, 0.2] -> 0.15; (0.2, 0.5] -> 0.35; +Inf continues
    // with the previous width 0.3: 0.5 + 0.15 = 0.65.
    QTest::addRow("positive bounds") << latencyBuckets() << std::vector<double>{0.05, 0.15, 0.35, 0.65};
    // le -1 starts as wide as the next bin (2): (-3, -1] -> -2; (-1, 1] -> 0; +Inf: 1 + 1.
    QTest::addRow("negative first bound")
        << std::vector<Bucket>{{-1, 1}, {1, 2}, {Inf, 3}} << std::vector<double>{-2, 0, 2};
}

void TestSli::binMidpoints()
{
    QFETCH(std::vector<Bucket>, buckets);
    QFETCH(std::vector<double>, expected);
    const auto mids = Sli::binMidpoints(buckets);
    QCOMPARE(mids.size(), expected.size());
    for (std::size_t i = 0; i < mids.size(); ++i)
        QVERIFY2(fuzzy(mids[i], expected[i]), qPrintable(QString::number(mids[i])));
}

void TestSli::drift_data()
{
    QTest::addColumn<DriftMethod>("method");
    QTest::addColumn<std::vector<Bucket>>("reference");
    QTest::addColumn<std::vector<Bucket>>("current");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<double>("expected");

    const std::vector<Bucket> half{{1, 50}, {Inf, 100}};    // bins 50, 50
    const std::vector<Bucket> quarter{{1, 25}, {Inf, 100}}; // bins 25, 75
    const std::vector<Bucket> allLow{{1, 100}, {Inf, 100}}; // bins 100, 0
    const std::vector<Bucket> allHigh{{1, 0}, {Inf, 100}};  // bins 0, 100
    const std::vector<Bucket> empty{{1, 0}, {Inf, 0}};

    // (0.25-0.5) ln(0.25/0.5) + (0.75-0.5) ln(0.75/0.5) = 0.25 ln 2 + 0.25 ln 1.5 = 0.25 ln 3.
    QTest::addRow("psi") << DriftMethod::Psi << half << quarter << true << 0.25 * std::log(3.0);
    QTest::addRow("psi identical") << DriftMethod::Psi << half << half << true << 0.0;
    // Empty reference bin floored at 1e-4: r = (1, 1e-4), c = (0.5, 0.5):
    // (0.5-1) ln 0.5 + (0.5-1e-4) ln(0.5/1e-4) = 0.346574 + 0.4999 * 8.517193 = 4.604318.
    QTest::addRow("psi empty bin") << DriftMethod::Psi << allLow << half << true
                                   << (-0.5 * std::log(0.5) + 0.4999 * std::log(5000.0));
    QTest::addRow("psi empty current") << DriftMethod::Psi << half << empty << false << 0.0;
    // M = (0.375, 0.625): 0.5 (0.5 ln(0.5/0.375) + 0.5 ln(0.5/0.625))
    //                   + 0.5 (0.25 ln(0.25/0.375) + 0.75 ln(0.75/0.625)) = 0.0338221.
    QTest::addRow("jensen-shannon") << DriftMethod::JensenShannon << half << quarter << true << 0.033822075568605205;
    // Disjoint: each half contributes 0.5 * 1 * ln(1/0.5) -> ln 2, the maximum.
    QTest::addRow("jensen-shannon disjoint")
        << DriftMethod::JensenShannon << allLow << allHigh << true << std::log(2.0);
    QTest::addRow("jensen-shannon identical") << DriftMethod::JensenShannon << quarter << quarter << true << 0.0;
    // le 1, 2, 3, +Inf -> midpoints 0.5, 1.5, 2.5, 3.5. Reference bins (0, 10, 10, 0):
    // mean 2, sd 0.5. Current bins (0, 0, 10, 10). CDF gaps: 0 | 0.5 | 0.5 over unit
    // steps -> W1 = 1; normalised 1 / 0.5 = 2.
    QTest::addRow("wasserstein") << DriftMethod::Wasserstein << std::vector<Bucket>{{1, 0}, {2, 10}, {3, 20}, {Inf, 20}}
                                 << std::vector<Bucket>{{1, 0}, {2, 0}, {3, 10}, {Inf, 20}} << true << 2.0;
    // All reference mass in one bin (sd 0): not normalised. Midpoints 0.5, 1.5: W1 = 1.
    QTest::addRow("wasserstein zero sd") << DriftMethod::Wasserstein << allLow << allHigh << true << 1.0;
}

void TestSli::drift()
{
    QFETCH(DriftMethod, method);
    QFETCH(std::vector<Bucket>, reference);
    QFETCH(std::vector<Bucket>, current);
    QFETCH(bool, hasValue);
    QFETCH(double, expected);
    const auto out = Sli::drift(method, reference, current);
    QVERIFY(out.error.isEmpty());
    QCOMPARE(out.value.has_value(), hasValue);
    if (hasValue)
        QVERIFY2(std::abs(*out.value - expected) < 1e-12, qPrintable(QString::number(*out.value, 'g', 17)));
}

void TestSli::drift_mismatchedBucketsIsAnError()
{
    const auto a = Sli::drift(DriftMethod::Psi, {{1, 1}, {Inf, 2}}, {{1, 1}, {2, 1}, {Inf, 2}});
    QVERIFY(!a.error.isEmpty());
    QVERIFY(!a.value);
    const auto b = Sli::drift(DriftMethod::Psi, {{1, 1}, {Inf, 2}}, {{2, 1}, {Inf, 2}});
    QVERIFY(!b.error.isEmpty());
}

namespace {
Series bucketSeries(const QString &le, double perMinute)
{
    Series s;
    s.labels.insert(QStringLiteral("le"), le);
    for (int m = 0; m <= 10; ++m)
        s.append(qint64(m) * 60000, perMinute * m);
    return s;
}
} // namespace

void TestSli::bucketIncreases_sumsByNumericLe()
{
    // Samples every minute on [0, 10 min]: increase = 10 * rate. Two instances write le as
    // "0.5" and "0.50": one bucket 10*2 + 10*1 = 30. Sorted by le, +Inf last.
    const std::vector<Series> series{bucketSeries(QStringLiteral("+Inf"), 5), bucketSeries(QStringLiteral("0.5"), 2),
                                     bucketSeries(QStringLiteral("0.50"), 1), bucketSeries(QStringLiteral("0.1"), 1)};
    const auto r = Sli::bucketIncreases(series, {0, 600000});
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.buckets, (std::vector<Bucket>{{0.1, 10}, {0.5, 30}, {Inf, 50}}));
    // Nothing in range: no buckets, no error.
    const auto none = Sli::bucketIncreases(series, {700000, 800000});
    QVERIFY(none.error.isEmpty());
    QVERIFY(none.buckets.empty());
}

void TestSli::bucketIncreases_rejectsBadLe()
{
    QVERIFY(!Sli::bucketIncreases({bucketSeries(QStringLiteral("fast"), 1)}, {0, 600000}).error.isEmpty());
    Series noLe = bucketSeries(QStringLiteral("1"), 1);
    noLe.labels.clear();
    QVERIFY(!Sli::bucketIncreases({noLe}, {0, 600000}).error.isEmpty());
}

void TestSli::aggregateOver_closedRange()
{
    Series s;
    for (int i = 0; i < 5; ++i)
        s.append(i * 1000, double(i * i)); // 0, 1, 4, 9, 16
    // [1 s, 3 s] holds 1, 4, 9: avg 14/3, last 9.
    QCOMPARE(Sli::aggregateOver(Aggregate::Avg, s, {1000, 3000}).value(), 14.0 / 3);
    QCOMPARE(Sli::aggregateOver(Aggregate::Last, s, {1000, 3000}).value(), 9.0);
    QVERIFY(!Sli::aggregateOver(Aggregate::Max, s, {5000, 9000}));
}

void TestSli::aggregate_data()
{
    QTest::addColumn<Aggregate>("how");
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<double>("expected");
    const std::vector<double> v{3, 1, 2};
    QTest::addRow("avg") << Aggregate::Avg << v << true << 2.0; // 6 / 3
    QTest::addRow("min") << Aggregate::Min << v << true << 1.0;
    QTest::addRow("max") << Aggregate::Max << v << true << 3.0;
    QTest::addRow("last") << Aggregate::Last << v << true << 2.0;
    QTest::addRow("empty") << Aggregate::Avg << std::vector<double>{} << false << 0.0;
}

void TestSli::aggregate()
{
    QFETCH(Aggregate, how);
    QFETCH(std::vector<double>, values);
    QFETCH(bool, hasValue);
    QFETCH(double, expected);
    const auto v = Sli::aggregate(how, values);
    QCOMPARE(v.has_value(), hasValue);
    if (hasValue)
        QCOMPARE(*v, expected);
}

void TestSli::compare_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<CompareOp>("op");
    QTest::addColumn<bool>("expected");
    QTest::addRow("gte equal") << 0.95 << CompareOp::Gte << true;
    QTest::addRow("gt equal") << 0.95 << CompareOp::Gt << false;
    QTest::addRow("lte equal") << 0.95 << CompareOp::Lte << true;
    QTest::addRow("lt equal") << 0.95 << CompareOp::Lt << false;
    QTest::addRow("gte below") << 0.94 << CompareOp::Gte << false;
    QTest::addRow("lt below") << 0.94 << CompareOp::Lt << true;
}

void TestSli::compare()
{
    QFETCH(double, value);
    QFETCH(CompareOp, op);
    QFETCH(bool, expected);
    QCOMPARE(Sli::compare(value, op, 0.95), expected);
}

QTEST_GUILESS_MAIN(TestSli)
#include "tst_sli.moc"
