// SPDX-License-Identifier: Apache-2.0
// Parse throughput for a ~36 MB /api/v1/query_range body shaped like Prometheus 2.42's
// answer for 200 raw counter series over 30 days at step 300 (8,641 points each).
// Prints MB/s for Prometheus::parseQueryResponse and for a QJsonDocument walk that
// converts every value, and checks that both see the same sum.

#include "core/metrics/prometheus/prometheusresponse.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

QByteArray buildBody(int seriesCount, int points)
{
    QByteArray body;
    body.reserve(qsizetype(seriesCount) * points * 22 + 4096);
    body += R"({"status":"success","data":{"resultType":"matrix","result":[)";
    const qint64 start = 1735689600;
    for (int s = 0; s < seriesCount; ++s) {
        if (s)
            body += ',';
        body += R"({"metric":{"__name__":"http_requests_total","code":")";
        body += QByteArray::number(200 + (s % 4) * 100);
        body += R"(","service":"svc-)";
        body += QByteArray::number(s / 4).rightJustified(3, '0');
        body += R"("},"values":[)";
        double counter = 0;
        for (int k = 0; k < points; ++k) {
            if (k)
                body += ',';
            counter += 8 + (k * 7919 + s * 104729) % 5;
            body += '[';
            body += QByteArray::number(start + qint64(k) * 300);
            body += ",\"";
            body += QByteArray::number(counter, 'g', 17);
            body += "\"]";
        }
        body += "]}";
    }
    body += "]}}";
    return body;
}

double sumSimdjson(const QByteArray &body)
{
    const auto result = Sla::Core::Prometheus::parseQueryResponse(body);
    if (!result) {
        std::fprintf(stderr, "parse failed: %s\n", qPrintable(result.error().message));
        return -1;
    }
    double sum = 0;
    for (const auto &s : result.value().series)
        for (double v : s.v)
            sum += v;
    return sum;
}

double sumQJson(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    double sum = 0;
    const QJsonArray result =
        doc.object().value(QLatin1String("data")).toObject().value(QLatin1String("result")).toArray();
    for (const QJsonValue &series : result) {
        const QJsonArray values = series.toObject().value(QLatin1String("values")).toArray();
        for (const QJsonValue &p : values) {
            const QJsonArray pair = p.toArray();
            const qint64 t = qint64(pair.at(0).toDouble() * 1000);
            Q_UNUSED(t);
            sum += pair.at(1).toString().toDouble();
        }
    }
    return sum;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

/// Median wall-clock and thread CPU time of `runs` calls. The CPU time is the steadier
/// figure on a machine shared with other jobs.
template <typename F> Timing median(int runs, F &&f, double *checksum)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        *checksum = f();
        cpu.push_back(threadCpuMs() - cpuStart);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

QString describe(const Timing &t, double mb)
{
    return QStringLiteral("%1 ms wall (%2 MB/s), %3 ms CPU (%4 MB/s)")
        .arg(t.wallMs, 0, 'f', 1)
        .arg(mb / (t.wallMs / 1000), 0, 'f', 0)
        .arg(t.cpuMs, 0, 'f', 1)
        .arg(mb / (t.cpuMs / 1000), 0, 'f', 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QByteArray body = buildBody(200, 8641);
    // As PrometheusSource does: leave simdjson's padding behind the body so it is not copied.
    body.reserve(body.size() + Sla::Core::Prometheus::kParsePadding);
    const double mb = double(body.size()) / 1e6;

    double simdSum = 0;
    double qtSum = 0;
    const Timing simd = median(
        9, [&] { return sumSimdjson(body); }, &simdSum);
    // `--simdjson-only` skips the slow Qt baseline (for profiling).
    const bool simdOnly = app.arguments().contains(QLatin1String("--simdjson-only"));
    const Timing qt = simdOnly ? Timing{}
                               : median(
                                     3, [&] { return sumQJson(body); }, &qtSum);
    if (simdOnly)
        qtSum = simdSum;

    QTextStream out(stdout);
    out << "body: " << QString::number(mb, 'f', 1) << " MB, 200 series x 8641 points\n";
    out << "simdjson parseQueryResponse: " << describe(simd, mb) << "\n";
    if (!simdOnly) {
        out << "QJsonDocument walk:          " << describe(qt, mb) << "\n";
        out << "ratio (CPU): " << QString::number(qt.cpuMs / simd.cpuMs, 'f', 1) << "x, checksums "
            << (simdSum == qtSum ? "equal" : "DIFFER") << "\n";
    }
    return simdSum == qtSum ? 0 : 1;
}
