// SPDX-License-Identifier: Apache-2.0
// Sample sizes and 95% Wilson score intervals of classification SLIs (core/engine/samples):
// published values (Newcombe 1998) to their four printed decimals, and full-precision values
// computed independently with the closed formula in Python (no SciPy), per measure.

#include "core/engine/samples.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Sla::Core;
using Engine::ClassificationMeasure;
Q_DECLARE_METATYPE(Sla::Core::Engine::ClassificationMeasure)

class TestSamples : public QObject
{
    Q_OBJECT

private slots:
    void wilsonInterval_data();
    void wilsonInterval();
    void wilsonRefusesImpossibleCounts_data();
    void wilsonRefusesImpossibleCounts();
    void sampleSizePerMeasure_data();
    void sampleSizePerMeasure();
    void intervalPerMeasure_data();
    void intervalPerMeasure();
};

void TestSamples::wilsonInterval_data()
{
    QTest::addColumn<double>("successes");
    QTest::addColumn<double>("n");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<int>("decimals"); // the decimals the source gives
    // R. G. Newcombe, "Two-sided confidence intervals for the single proportion: comparison
    // of seven methods", Statistics in Medicine 17 (1998) 857-872, Table I, method 3 (score
    // method without continuity correction), 95%, four decimals.
    QTest::addRow("Newcombe 81/263") << 81.0 << 263.0 << 0.2553 << 0.3662 << 4;
    QTest::addRow("Newcombe 15/148") << 15.0 << 148.0 << 0.0624 << 0.1605 << 4;
    QTest::addRow("Newcombe 0/20") << 0.0 << 20.0 << 0.0 << 0.1611 << 4;
    QTest::addRow("Newcombe 1/29") << 1.0 << 29.0 << 0.0061 << 0.1718 << 4;
    QTest::addRow("Newcombe 29/29") << 29.0 << 29.0 << 0.8830 << 1.0 << 4;
    QTest::addRow("Newcombe 0/10") << 0.0 << 10.0 << 0.0 << 0.2775 << 4;
    // python3: p=x/n; d=1+z*z/n; c=(p+z*z/(2n))/d; h=z/d*sqrt(p(1-p)/n+z*z/(4n*n)), with
    // z = 1.959963984540054, clamped to [0, 1]; compared to 1e-12.
    QTest::addRow("81/263") << 81.0 << 263.0 << 0.25528851987827422 << 0.36620957698280004 << 12;
    QTest::addRow("38/40") << 38.0 << 40.0 << 0.83496122630859027 << 0.9861793326138516 << 12;
    QTest::addRow("950/1000") << 950.0 << 1000.0 << 0.93468617975574919 << 0.96186973760725125 << 12;
    QTest::addRow("40/40 clamped") << 40.0 << 40.0 << 0.91237839880271354 << 1.0 << 12;
}

void TestSamples::wilsonInterval()
{
    QFETCH(double, successes);
    QFETCH(double, n);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(int, decimals);
    const auto got = Samples::wilson(successes, n);
    QVERIFY(got);
    // Published to four decimals: equal after rounding; computed ones: within 1e-12.
    const double scale = std::pow(10.0, decimals);
    const auto same = [&](double a, double b) {
        return decimals < 12 ? std::round(a * scale) / scale == b : std::abs(a - b) <= 1e-12;
    };
    QVERIFY2(same(got->first, low), qPrintable(QString::number(got->first, 'g', 17)));
    QVERIFY2(same(got->second, high), qPrintable(QString::number(got->second, 'g', 17)));
    QVERIFY(got->second <= 1.0);
}

void TestSamples::wilsonRefusesImpossibleCounts_data()
{
    QTest::addColumn<double>("successes");
    QTest::addColumn<double>("n");
    QTest::addRow("no trials") << 0.0 << 0.0;
    QTest::addRow("negative n") << 1.0 << -5.0;
    QTest::addRow("more successes than trials") << 11.0 << 10.0;
    QTest::addRow("negative successes") << -1.0 << 10.0;
    QTest::addRow("NaN") << std::numeric_limits<double>::quiet_NaN() << 10.0;
    QTest::addRow("infinite n") << 1.0 << std::numeric_limits<double>::infinity();
}

void TestSamples::wilsonRefusesImpossibleCounts()
{
    QFETCH(double, successes);
    QFETCH(double, n);
    QVERIFY(!Samples::wilson(successes, n));
}

void TestSamples::sampleSizePerMeasure_data()
{
    // good / total as the evaluation counts them: precision tp / (tp + fp), recall
    // tp / (tp + fn), F1 2tp / (2tp + fp + fn), accuracy (tp + tn) / all. tp 40, fp 10,
    // fn 10, tn 40.
    QTest::addColumn<ClassificationMeasure>("measure");
    QTest::addColumn<double>("good");
    QTest::addColumn<double>("total");
    QTest::addColumn<double>("n");
    QTest::addRow("precision: tp + fp") << ClassificationMeasure::Precision << 40.0 << 50.0 << 50.0;
    QTest::addRow("recall: tp + fn") << ClassificationMeasure::Recall << 40.0 << 50.0 << 50.0;
    QTest::addRow("f1: tp + fp + fn") << ClassificationMeasure::F1 << 80.0 << 100.0 << 60.0;
    QTest::addRow("accuracy: all cases") << ClassificationMeasure::Accuracy << 80.0 << 100.0 << 100.0;
}

void TestSamples::sampleSizePerMeasure()
{
    QFETCH(ClassificationMeasure, measure);
    QFETCH(double, good);
    QFETCH(double, total);
    QFETCH(double, n);
    QCOMPARE(Samples::sampleSize(measure, good, total), std::optional<double>(n));
    QVERIFY(!Samples::sampleSize(measure, 0, 0));
}

void TestSamples::intervalPerMeasure_data()
{
    QTest::addColumn<ClassificationMeasure>("measure");
    QTest::addColumn<double>("good");
    QTest::addColumn<double>("total");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // Wilson of 40/50 (python3, as above).
    QTest::addRow("precision 40/50") << ClassificationMeasure::Precision << 40.0 << 50.0 << 0.66962894067774592
                                     << 0.88756249984223901;
    QTest::addRow("accuracy 85/100") << ClassificationMeasure::Accuracy << 85.0 << 100.0 << 0.7671644040916763
                                     << 0.90694014716343374;
    // F1 0.8 (tp 40, fp 10, fn 10): Wilson of the Jaccard index 40/60 mapped by 2J/(1+J).
    QTest::addRow("f1 tp40 fp10 fn10") << ClassificationMeasure::F1 << 80.0 << 100.0 << 0.70177808619676629
                                       << 0.87178221448804583;
}

void TestSamples::intervalPerMeasure()
{
    QFETCH(ClassificationMeasure, measure);
    QFETCH(double, good);
    QFETCH(double, total);
    QFETCH(double, low);
    QFETCH(double, high);
    const auto got = Samples::interval(measure, good, total);
    QVERIFY(got);
    QVERIFY2(std::abs(got->first - low) <= 1e-12, qPrintable(QString::number(got->first, 'g', 17)));
    QVERIFY2(std::abs(got->second - high) <= 1e-12, qPrintable(QString::number(got->second, 'g', 17)));
    // The measured value lies inside its interval.
    QVERIFY(got->first <= good / total && good / total <= got->second);
}

QTEST_GUILESS_MAIN(TestSamples)
#include "tst_samples.moc"
