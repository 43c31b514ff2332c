// SPDX-License-Identifier: Apache-2.0
#include "core/engine/counters.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace Sla::Core;

Q_DECLARE_METATYPE(std::vector<qint64>)
Q_DECLARE_METATYPE(std::vector<double>)

namespace {
constexpr qint64 S = 1000; // one second in ms

Series makeSeries(const std::vector<qint64> &seconds, const std::vector<double> &values)
{
    Series s;
    for (std::size_t i = 0; i < seconds.size(); ++i)
        s.append(seconds[i] * S, values[i]);
    return s;
}
} // namespace

class TestCounters : public QObject
{
    Q_OBJECT

private slots:
    void increase_matchesPrometheus2_data();
    void increase_matchesPrometheus2();
    void rate_isIncreasePerSecond();
    void prefix_equalsDirectIncrease();
    void prefix_increaseBetweenKnownIndices();
    void increasesEndingAt_equalsDirectIncrease();
    void rawIncrease_hasNoExtrapolation();
    void sumIncrease_skipsSeriesWithoutData();
    void increase_agreesWithPromtool();
};

void TestCounters::increase_matchesPrometheus2_data()
{
    QTest::addColumn<std::vector<qint64>>("times"); // seconds
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<qint64>("start"); // seconds
    QTest::addColumn<qint64>("end");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<double>("expected");

    // Samples on both boundaries: raw 50, no gaps to extrapolate.
    QTest::addRow("aligned, no extrapolation")
        << std::vector<qint64>{0, 60, 120, 180, 240, 300} << std::vector<double>{0, 10, 20, 30, 40, 50} << qint64(0)
        << qint64(300) << true << 50.0;
    // raw 140-100 = 40 over sampled 240 s, avg 60, threshold 66; gaps 30 and 30 are
    // extrapolated in full (durationToZero 240*100/40 = 600 does not cut): 40*300/240 = 50.
    QTest::addRow("gaps under 1.1 avg extrapolated")
        << std::vector<qint64>{30, 90, 150, 210, 270} << std::vector<double>{100, 110, 120, 130, 140} << qint64(0)
        << qint64(300) << true << 50.0;
    // Reset 10 -> 3 adds the 10 seen before it: 12 - 5 + 10 = 17; boundaries sampled.
    QTest::addRow("counter reset") << std::vector<qint64>{0, 60, 120, 180, 240} << std::vector<double>{5, 10, 3, 8, 12}
                                   << qint64(0) << qint64(240) << true << 17.0;
    // Two resets: 4 - 1 + 7 + 6 = 16.
    QTest::addRow("two resets") << std::vector<qint64>{0, 60, 120, 180, 240} << std::vector<double>{1, 7, 2, 6, 4}
                                << qint64(0) << qint64(240) << true << 16.0;
    // Series starts inside: raw 20, sampled 120, avg 60, threshold 66. durationToStart 600
    // is first cut to durationToZero 120*10/20 = 60 (Prometheus 2.x order), which is under
    // the threshold: interval 120 + 60 + 0 = 180, 20*180/120 = 30. (2.52+ would give 25.)
    QTest::addRow("late start, zero point under threshold")
        << std::vector<qint64>{600, 660, 720} << std::vector<double>{10, 20, 30} << qint64(0) << qint64(720) << true
        << 30.0;
    // Series starts inside with a high value: durationToZero 120*1000/40 = 3000 > 600, and
    // 600 >= 66, so only avg/2 = 30 is added: 40*(120+30)/120 = 50.
    QTest::addRow("late start, half average")
        << std::vector<qint64>{600, 660, 720} << std::vector<double>{1000, 1020, 1040} << qint64(0) << qint64(720)
        << true << 50.0;
    // Series ends early: durationToEnd 480 >= 66 adds 30; start gap 0: 12*150/120 = 15.
    QTest::addRow("early end, half average")
        << std::vector<qint64>{0, 60, 120} << std::vector<double>{0, 6, 12} << qint64(0) << qint64(600) << true << 15.0;
    // Ranges are closed: samples at 0 and 300 are both inside [0, 300]; 301 is not.
    QTest::addRow("closed range") << std::vector<qint64>{0, 300, 301} << std::vector<double>{0, 30, 1000} << qint64(0)
                                  << qint64(300) << true << 30.0;
    QTest::addRow("flat counter") << std::vector<qint64>{0, 60, 120} << std::vector<double>{5, 5, 5} << qint64(0)
                                  << qint64(120) << true << 0.0;
    QTest::addRow("one sample is no data") << std::vector<qint64>{0, 60, 120} << std::vector<double>{1, 2, 3}
                                           << qint64(100) << qint64(150) << false << 0.0;
    QTest::addRow("empty series") << std::vector<qint64>{} << std::vector<double>{} << qint64(0) << qint64(100) << false
                                  << 0.0;
}

void TestCounters::increase_matchesPrometheus2()
{
    QFETCH(std::vector<qint64>, times);
    QFETCH(std::vector<double>, values);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(bool, hasValue);
    QFETCH(double, expected);

    const Series s = makeSeries(times, values);
    const TimeRange range{start * S, end * S};
    const auto direct = Counters::increase(s, range);
    const auto viaPrefix = Counters::CounterPrefix(s).increase(range);
    const qint64 length = range.length();
    std::optional<double> onePass;
    Counters::increasesEndingAt(s, range.end, std::span<const qint64>(&length, 1), std::span(&onePass, 1));
    QCOMPARE(direct.has_value(), hasValue);
    QCOMPARE(viaPrefix.has_value(), hasValue);
    QCOMPARE(onePass.has_value(), hasValue);
    if (hasValue) {
        QCOMPARE(*direct, expected);
        QCOMPARE(*viaPrefix, expected);
        QCOMPARE(*onePass, expected);
    }
}

void TestCounters::rate_isIncreasePerSecond()
{
    // The "gaps under 1.1 avg" case: increase 50 over a 300 s range is 1/6 per second.
    const Series s = makeSeries({30, 90, 150, 210, 270}, {100, 110, 120, 130, 140});
    const auto r = Counters::rate(s, {0, 300 * S});
    QVERIFY(r);
    QCOMPARE(*r, 50.0 / 300.0);
    QVERIFY(!Counters::rate(s, {0, 31 * S}));
}

void TestCounters::prefix_equalsDirectIncrease()
{
    // A jittered, resetting counter; every window must give the direct result.
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> jitter(-5, 5);
    std::uniform_real_distribution<double> step(0, 20);
    std::uniform_int_distribution<int> resetDie(0, 99);
    Series s;
    double v = 0;
    for (int i = 0; i < 5000; ++i) {
        v = resetDie(rng) == 0 ? step(rng) : v + step(rng);
        s.append((qint64(i) * 15 + jitter(rng) + 10) * S, v);
    }
    const Counters::CounterPrefix prefix(s);
    QCOMPARE(prefix.size(), s.size());
    int compared = 0;
    std::uniform_int_distribution<qint64> endPick(0, 5000 * 15 * S);
    std::uniform_int_distribution<qint64> lengthPick(0, 20000 * S);
    for (int k = 0; k < 2000; ++k) {
        const qint64 end = endPick(rng);
        const TimeRange range{end - lengthPick(rng), end};
        const auto a = Counters::increase(s, range);
        const auto b = prefix.increase(range);
        QCOMPARE(a.has_value(), b.has_value());
        if (a) {
            QVERIFY2(std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*a)),
                     qPrintable(QStringLiteral("%1 vs %2").arg(*a).arg(*b)));
            ++compared;
        }
    }
    QVERIFY(compared > 1500);
}

void TestCounters::increasesEndingAt_equalsDirectIncrease()
{
    // A resetting counter every 60 s; 20 co-terminal ranges in shuffled order (more than
    // the 16 the single pass tracks, so the fallback path runs too), including ranges
    // too short to hold two samples.
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> step(0, 10);
    Series s;
    double v = 100;
    for (int i = 0; i < 3000; ++i) {
        v = i % 700 == 699 ? 1.0 : v + step(rng);
        s.append(qint64(i) * 60 * S, v);
    }
    std::vector<qint64> lengths;
    for (int k = 0; k < 20; ++k)
        lengths.push_back(qint64((k * 7919) % 3100) * 60 * S + (k % 3) * 17 * S);
    for (const qint64 end : {qint64(2999) * 60 * S, qint64(2500) * 60 * S + 30 * S}) {
        std::vector<std::optional<double>> out(lengths.size());
        Counters::increasesEndingAt(s, end, lengths, out);
        for (std::size_t k = 0; k < lengths.size(); ++k) {
            const auto expected = Counters::increase(s, {end - lengths[k], end});
            QCOMPARE(out[k].has_value(), expected.has_value());
            if (expected)
                QVERIFY(std::abs(*out[k] - *expected) <= 1e-9 * std::max(1.0, std::abs(*expected)));
        }
    }
}

void TestCounters::prefix_increaseBetweenKnownIndices()
{
    // Reset case: indices 0..4 cover the whole [0, 240] range -> 17.
    const Series s = makeSeries({0, 60, 120, 180, 240}, {5, 10, 3, 8, 12});
    const Counters::CounterPrefix prefix(s);
    // adjusted = 5, 10, 3+10, 8+10, 12+10
    QCOMPARE(prefix.adjusted(2), 13.0);
    QCOMPARE(prefix.adjusted(4), 22.0);
    const auto [first, past] = prefix.indexRange({0, 240 * S});
    QCOMPARE(first, std::size_t(0));
    QCOMPARE(past, std::size_t(5));
    QCOMPARE(prefix.increaseBetween(0, 4, {0, 240 * S}).value(), 17.0);
    QVERIFY(!prefix.increaseBetween(3, 3, {0, 240 * S}));
}

void TestCounters::rawIncrease_hasNoExtrapolation()
{
    // Same samples as "gaps under 1.1 avg": raw 40 while increase() extrapolates to 50.
    const Series s = makeSeries({30, 90, 150, 210, 270}, {100, 110, 120, 130, 140});
    const Counters::CounterPrefix prefix(s);
    QCOMPARE(prefix.rawIncrease({0, 300 * S}).value(), 40.0);
}

void TestCounters::sumIncrease_skipsSeriesWithoutData()
{
    const Series a = makeSeries({0, 60, 120}, {0, 6, 12}); // 12 over [0, 120]
    const Series b = makeSeries({0, 60, 120}, {5, 3, 4});  // 4 - 5 + 5 = 4
    const Series c = makeSeries({500, 560}, {1, 2});       // outside the range
    const std::vector<Counters::CounterPrefix> all{Counters::CounterPrefix(a), Counters::CounterPrefix(b),
                                                   Counters::CounterPrefix(c)};
    QCOMPARE(Counters::sumIncrease(all, {0, 120 * S}).value(), 16.0);
    QVERIFY(!Counters::sumIncrease({Counters::CounterPrefix(c)}, {0, 120 * S}));
    QVERIFY(!Counters::sumIncrease({}, {0, 120 * S}));
}

void TestCounters::increase_agreesWithPromtool()
{
    // The real Prometheus (promtool 2.x evaluates PromQL unit tests in-process) must accept
    // our increase() values as its own for series with gaps (_), resets and late starts.
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        QSKIP("promtool is not installed");

    const QStringList notations{QStringLiteral("_ _ _ 5 10 3 8 12 _ 20 25 1 4 9 9 9 30"),
                                QStringLiteral("1000 1020 _ _ 1090 1100 1100 0 50 _ _ _ 70 71 72 73 74"),
                                QStringLiteral("_ _ _ _ _ _ _ _ 0 7 14 21 2 9 16 23 30")};
    const QList<int> windowsMin{2, 3, 5, 7, 10, 16};
    const QList<int> evalMin{4, 9, 12, 16, 20};

    QString yaml = QStringLiteral("rule_files: []\nevaluation_interval: 1m\ntests:\n  - interval: 1m\n"
                                  "    input_series:\n");
    std::vector<Series> series;
    for (int k = 0; k < notations.size(); ++k) {
        yaml += QStringLiteral("      - series: 'c%1'\n        values: '%2'\n").arg(k).arg(notations[k]);
        Series s;
        const QStringList parts = notations[k].split(QLatin1Char(' '));
        for (int i = 0; i < parts.size(); ++i) {
            if (parts[i] != QLatin1String("_"))
                s.append(qint64(i) * 60 * S, parts[i].toDouble());
        }
        series.push_back(s);
    }
    yaml += QStringLiteral("    promql_expr_test:\n");
    int cases = 0;
    for (int k = 0; k < notations.size(); ++k) {
        for (int w : windowsMin) {
            for (int e : evalMin) {
                const auto inc =
                    Counters::increase(series[std::size_t(k)], {qint64(e - w) * 60 * S, qint64(e) * 60 * S});
                yaml +=
                    QStringLiteral("      - expr: increase(c%1[%2m])\n        eval_time: %3m\n").arg(k).arg(w).arg(e);
                if (inc)
                    yaml += QStringLiteral("        exp_samples: [{labels: '{}', value: %1}]\n")
                                .arg(QString::number(*inc, 'g', 17));
                else
                    yaml += QStringLiteral("        exp_samples: []\n");
                ++cases;
            }
        }
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("increase_test.yml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(yaml.toUtf8());
    f.close();

    QProcess p;
    p.start(promtool, {QStringLiteral("test"), QStringLiteral("rules"), f.fileName()});
    QVERIFY(p.waitForFinished(60000));
    const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QVERIFY2(p.exitCode() == 0, qPrintable(output.left(4000)));
    QCOMPARE(cases, 90);
}

QTEST_GUILESS_MAIN(TestCounters)
#include "tst_counters.moc"
