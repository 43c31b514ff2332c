// SPDX-License-Identifier: Apache-2.0
// Throughput of the OpenMetrics parser and the recorded store (not a test: run by hand).
//   python3 tests/tools/genmetrics.py --days 21 -o /tmp/rec.om      # ~100 MB
//   build/dev/tests/bench/bench_recorded /tmp/rec.om [repeats]
// Prints, per run, MB/s for parsing alone (no sink) and for loading into a RecordedStore,
// then bytes per sample for a synthetic 29 series x 43,201 samples set.

#include "core/metrics/recorded/openmetricsparser.h"
#include "core/metrics/recorded/recordedstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Sla::Core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_recorded FILE.om[.gz] [repeats]\n";
        return 2;
    }
    const QString path = args.at(1);
    const int repeats = args.size() > 2 ? args.at(2).toInt() : 3;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << "cannot open " << path << "\n";
        return 1;
    }
    // Read once into memory so that the figures are parsing, not disk.
    const QByteArray data = file.readAll();

    std::vector<double> parseMs, loadMs;
    qint64 textBytes = 0;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer t;
        t.start();
        OpenMetricsParser parser(nullptr, OpenMetricsOptions{true, true});
        if (!parser.parse(data)) {
            out << parser.errorString() << "\n";
            return 1;
        }
        parseMs.push_back(double(t.nsecsElapsed()) / 1e6);
        textBytes = parser.textBytes();

        t.restart();
        RecordedStore store;
        Diagnostic error;
        if (!store.loadData(data, path, {}, &error)) {
            out << error.toString() << "\n";
            return 1;
        }
        loadMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (r == 0) {
            out << "input: " << data.size() << " bytes (" << textBytes << " bytes of text), "
                << store.lastLoadStats().lines << " lines, " << store.seriesCount() << " series, "
                << store.sampleCount() << " samples, " << double(store.memoryBytes()) / double(store.sampleCount())
                << " bytes/sample held\n";
        }
    }
    std::sort(parseMs.begin(), parseMs.end());
    std::sort(loadMs.begin(), loadMs.end());
    const double mb = double(textBytes) / 1e6;
    const double parseMedian = parseMs[parseMs.size() / 2];
    const double loadMedian = loadMs[loadMs.size() / 2];
    out << "parse only:    median " << parseMedian << " ms = " << mb / (parseMedian / 1000) << " MB/s (text)\n";
    out << "load to store: median " << loadMedian << " ms = " << mb / (loadMedian / 1000) << " MB/s (text)\n";

    // 29 series x 43,201 samples (the 30-day, 60 s set) for the memory figure.
    QByteArray text;
    text.reserve(29 * 43201 * 64);
    for (int s = 0; s < 29; ++s) {
        const QByteArray head = "series_" + QByteArray::number(s % 5) + "{instance=\"" + QByteArray::number(s) + "\"} ";
        for (int k = 0; k < 43201; ++k)
            text += head + QByteArray::number(k * 3) + ' ' + QByteArray::number(1735689600 + k * 60) + '\n';
    }
    RecordedStore store;
    if (!store.loadData(text, QStringLiteral("synthetic")))
        return 1;
    out << "29 x 43201: " << store.seriesCount() << " series, " << store.sampleCount() << " samples, "
        << store.memoryBytes() << " bytes = " << double(store.memoryBytes()) / double(store.sampleCount())
        << " bytes/sample\n";
    return 0;
}
