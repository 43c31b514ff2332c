// SPDX-License-Identifier: Apache-2.0
// In-process engine benchmark (DESIGN.md section 7): 200 counter series x 43,201 samples
// (30 days at one sample a minute, both ends included), as 100 objectives of a bad and
// a total counter; per objective the 30-day compliance (SLI, budget, status) plus the
// seven burn-rate windows and the projected exhaustion. tests/bench/engine_numpy.py does
// the same maths in numpy on the same samples (written with --dump) and prints the ratio.
//
// Usage: bench_engine [--dump FILE] [--runs N]
// Prints "engine_ms <best of N>" and "checksum <sum of SLIs and burn rates>".

#include "core/engine/budget.h"
#include "core/engine/counters.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

using namespace Sla::Core;

namespace {

constexpr int SeriesCount = 200;
constexpr int Samples = 43201;
constexpr qint64 Step = 60 * 1000;
constexpr qint64 Start = 1735689600000; // 2025-01-01T00:00:00Z
constexpr double Target = 0.999;

// Deterministic counters: totals grow 50..149 a minute; bad counters grow in bursts;
// every counter resets a few times (restart to a small value).
std::vector<Series> makeData()
{
    std::vector<Series> all(SeriesCount);
    quint64 state = 0x9E3779B97F4A7C15ULL;
    auto next = [&state]() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    for (int s = 0; s < SeriesCount; ++s) {
        Series &series = all[std::size_t(s)];
        series.t.resize(Samples);
        series.v.resize(Samples);
        const bool isBad = s % 2 == 0;
        double v = double(next() % 1000);
        for (int i = 0; i < Samples; ++i) {
            const quint64 r = next();
            if (r % 9973 == 0)
                v = 0; // restart
            if (isBad)
                v += (r >> 20) % 100 < 3 ? double((r >> 32) % 20) : 0.0;
            else
                v += double(50 + (r >> 20) % 100);
            series.t[std::size_t(i)] = Start + qint64(i) * Step;
            series.v[std::size_t(i)] = v;
        }
    }
    return all;
}

bool dump(const std::vector<Series> &data, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    // Layout: int64 times[Samples], then float64 values[SeriesCount][Samples].
    f.write(reinterpret_cast<const char *>(data[0].t.data()), qint64(Samples * sizeof(qint64)));
    for (const Series &s : data)
        f.write(reinterpret_cast<const char *>(s.v.data()), qint64(Samples * sizeof(double)));
    return f.error() == QFile::NoError;
}

double runOnce(const std::vector<Series> &data)
{
    const qint64 at = data[0].t.back();
    const TimeRange window{at - 30 * 24 * 3600 * 1000LL, at};
    double checksum = 0;
    for (int o = 0; o < SeriesCount / 2; ++o) {
        Budget::RatioCounters counters;
        counters.numeratorIsBad = true;
        counters.numerator.emplace_back(data[std::size_t(2 * o)]);
        counters.total.emplace_back(data[std::size_t(2 * o + 1)]);
        const auto e = Budget::evaluateOccurrences(counters, window, window.length(), Target);
        checksum += e.sli.value_or(0);
        for (const auto &b : e.burnRates)
            checksum += b.value_or(0);
    }
    return checksum;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 10;
    QString dumpPath;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--dump") && i + 1 < args.size())
            dumpPath = args[++i];
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
    }

    const std::vector<Series> data = makeData();
    if (!dumpPath.isEmpty() && !dump(data, dumpPath)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(dumpPath));
        return 1;
    }

    double best = std::numeric_limits<double>::infinity();
    double checksum = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        checksum = runOnce(data);
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("engine_ms %.3f\nchecksum %.10g\n", best, checksum);
    return 0;
}
