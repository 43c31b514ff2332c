// SPDX-License-Identifier: Apache-2.0
// Driver of bench_incremental.py: evaluates a workspace against a Prometheus once with a
// full read, then as a refreshing evaluator (EvaluatorOptions::incremental) at AT - 2 x STEP
// (builds the state), AT - STEP and AT. Before each phase it prints `phase NAME UNIXMS` and
// waits a second, so that the script can attribute Prometheus' query log to the phases;
// at the end it prints how each objective was read and the largest relative difference of
// the refreshed figures from the full read's at AT.
// usage: bench_incremental WORKSPACE_DIR PROMETHEUS_URL AT_UNIX_SECONDS [STEP_SECONDS]

#include "core/evaluation/evaluator.h"
#include "core/exchange/loader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>
#include <QTimeZone>

#include <cmath>
#include <cstdio>

using namespace Sla::Core;

namespace {
EvaluationReport await(QFuture<EvaluationReport> f)
{
    while (!f.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return f.result();
}

void phase(const char *name)
{
    QThread::msleep(1000);
    std::printf("phase %s %lld\n", name, QDateTime::currentMSecsSinceEpoch());
    std::fflush(stdout);
    QThread::msleep(1000);
}

double diff(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b)
        return a.has_value() == b.has_value() ? 0 : 1;
    return *a == *b ? 0 : std::fabs(*a - *b) / std::max(std::fabs(*a), std::fabs(*b));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: bench_incremental WORKSPACE_DIR PROMETHEUS_URL AT_UNIX_SECONDS [STEP_SECONDS]\n");
        return 2;
    }
    const LoadResult loaded = DocumentLoader::loadPaths({args[1]});
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench_incremental: the workspace does not load\n");
        return 1;
    }
    const QDateTime at = QDateTime::fromSecsSinceEpoch(args[3].toLongLong(), QTimeZone::utc());
    const qint64 step = args.size() > 4 ? args[4].toLongLong() : 30;
    EvaluatorOptions options;
    options.workspaceDir = args[1];
    options.useKeychain = false;
    options.prometheusUrl = args[2];
    Evaluator full;
    full.setWorkspace(loaded.workspace, options);
    options.incremental = true;
    Evaluator refreshing;
    refreshing.setWorkspace(loaded.workspace, options);

    phase("full");
    const EvaluationReport reference = await(full.evaluate(at));
    phase("build");
    await(refreshing.evaluate(at.addSecs(-2 * step)));
    phase("first-refresh");
    await(refreshing.evaluate(at.addSecs(-step)));
    phase("refresh");
    const EvaluationReport refreshed = await(refreshing.evaluate(at));
    phase("end");

    int objectives = 0, incremental = 0;
    double worst = 0;
    for (const SlaResult &sla : refreshed.slas) {
        for (const ObjectiveResult &o : sla.objectives) {
            ++objectives;
            incremental += o.read == ObjectiveResult::ReadPath::Incremental ? 1 : 0;
            const ObjectiveResult *r = reference.findObjective(sla.name, o.name);
            if (!r || !o.error.isEmpty() || !r->error.isEmpty()) {
                std::fprintf(stderr, "bench_incremental: %s/%s failed: %s\n", qPrintable(sla.name), qPrintable(o.name),
                             qPrintable(o.error + r->error));
                return 1;
            }
            for (const auto &[a, b] :
                 {std::pair{o.sli, r->sli}, {o.good, r->good}, {o.total, r->total}, {o.remaining, r->remaining}})
                worst = std::max(worst, diff(a, b));
            for (std::size_t i = 0; i < BurnRateWindowCount; ++i)
                worst = std::max(worst, diff(o.burnRates[i], r->burnRates[i]));
        }
    }
    std::printf("objectives %d incremental %d worst %.3g\n", objectives, incremental, worst);
    return 0;
}
