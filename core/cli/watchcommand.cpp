// SPDX-License-Identifier: Apache-2.0
#include "watchcommand.h"

#include "core/alerting/alerthistory.h"
#include "core/alerting/alertservice.h"
#include "core/cli/clisupport.h"
#include "core/cli/evaluatecommands.h"
#include "core/cli/slactl.h"
#include "core/document/duration.h"
#include "core/evaluation/evaluator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace Sla::Core {

namespace {
using namespace Cli;
using namespace Alerting;

std::atomic<int> g_stopSignal{0};

extern "C" void onStopSignal(int signal)
{
    g_stopSignal.store(signal);
}

struct Options
{
    QCommandLineOption once{QStringLiteral("once"), Tr::tr("Evaluate once, deliver, and exit.")};
    QCommandLineOption at{QStringLiteral("at"),
                          Tr::tr("Evaluate at this time (RFC 3339 or Unix seconds; with --once)."),
                          QStringLiteral("TIME")};
    QCommandLineOption interval{QStringLiteral("interval"), Tr::tr("Time between evaluations (default 30s)."),
                                QStringLiteral("DURATION"), QStringLiteral("30s")};
    QCommandLineOption state{QStringLiteral("state"),
                             Tr::tr("Folder of the alert history (default: the XDG state folder)."),
                             QStringLiteral("DIR")};
    QCommandLineOption logFormat{QStringLiteral("log-format"), Tr::tr("text (default) or json."),
                                 QStringLiteral("FORMAT"), QStringLiteral("text")};
};

QString transitionLine(const HistoryEvent &e, bool json)
{
    const QString from = e.data.value(QStringLiteral("from")).toString();
    const QString to = e.data.value(QStringLiteral("to")).toString();
    if (json) {
        QJsonObject o{{QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                      {QStringLiteral("alert"), e.key.fingerprint()},
                      {QStringLiteral("sla"), e.key.sla},
                      {QStringLiteral("objective"), e.key.objective},
                      {QStringLiteral("rule"), e.key.rule},
                      {QStringLiteral("severity"), toString(e.severity)},
                      {QStringLiteral("from"), from},
                      {QStringLiteral("to"), to}};
        for (const char *k : {"value", "threshold"}) {
            if (e.data.contains(QLatin1String(k)))
                o.insert(QLatin1String(k), e.data.value(QLatin1String(k)));
        }
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    return QStringLiteral("%1 %2 %3 -> %4 value=%5 threshold=%6")
        .arg(e.at.toUTC().toString(Qt::ISODate), e.key.fingerprint(), from, to,
             e.data.value(QStringLiteral("value")).toVariant().toString(),
             e.data.value(QStringLiteral("threshold")).toVariant().toString());
}

/// The JSON line of one evaluation: {"at", "event": "evaluated", "objectives": [{"sla",
/// "objective", "status", "stale", "read"}]}, "read" as in `slactl evaluate`.
QString evaluatedLine(const EvaluationReport &report)
{
    QJsonArray objectives;
    for (const SlaResult &sla : report.slas) {
        for (const ObjectiveResult &o : sla.objectives) {
            objectives.append(QJsonObject{{QStringLiteral("sla"), sla.name},
                                          {QStringLiteral("objective"), o.name},
                                          {QStringLiteral("status"), Budget::statusName(o.status)},
                                          {QStringLiteral("stale"), o.stale},
                                          {QStringLiteral("read"), EvaluateOutput::readName(o.read)}});
        }
    }
    const QJsonObject line{{QStringLiteral("at"), report.at.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("event"), QStringLiteral("evaluated")},
                           {QStringLiteral("objectives"), objectives}};
    return QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

/// Runs the event loop until `done` holds or `timeoutMs` passed (or a stop signal came).
void spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || g_stopSignal.load() != 0)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start(50);
    if (!done())
        loop.exec();
}

struct Run
{
    Evaluator evaluator;
    std::unique_ptr<AlertService> service;
    std::optional<QDateTime> at;
    int sourceErrors = 0;

    /// One evaluation delivered to the service; waits for the report. With `json` a line
    /// tells how each objective was read.
    void evaluateOnce(QTextStream &out, QTextStream &err, bool json)
    {
        QString error;
        const std::optional<EvaluationReport> report = wait(evaluator.evaluate(at.value_or(QDateTime())), &error);
        if (!report) {
            err << Tr::tr("slactl watch: evaluation failed: %1").arg(error) << '\n';
            ++sourceErrors;
            return;
        }
        for (auto it = report->sourceErrors.cbegin(); it != report->sourceErrors.cend(); ++it)
            err << Tr::tr("slactl watch: source %1: %2").arg(it.key(), it.value()) << '\n';
        sourceErrors += int(report->sourceErrors.size());
        if (json) {
            out << evaluatedLine(*report) << '\n';
            out.flush();
        }
        service->onReport(*report);
    }
};

} // namespace

int runWatchCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("watch");
    QCommandLineParser parser;
    describeCommand(
        parser,
        Tr::tr("Runs the alert engine of the desktop headless: evaluates WORKSPACE on an interval, keeps\n"
               "alert states and history in SQLite, delivers to Alertmanager and webhooks, and logs one\n"
               "line per transition. Resumes its states after a restart without firing again.\n"
               "Stops cleanly on SIGTERM or SIGINT."),
        {{QStringLiteral("WORKSPACE"), Tr::tr("The workspace folder or file."), QStringLiteral("WORKSPACE")}});
    const Options o;
    parser.addOptions({o.once, o.at, o.interval, o.state, o.logFormat});
    int code = ExitOk;
    if (!parseCommand(parser, command, args, out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(err, command, Tr::tr("exactly one WORKSPACE is required"));
    QString why;
    const std::optional<Duration> interval = Duration::parse(parser.value(o.interval), &why);
    if (!interval || interval->ms < 1000)
        return usageError(err, command, Tr::tr("--interval must be a duration of at least 1s (e.g. 30s, 1m)"));
    const QString format = parser.value(o.logFormat);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(err, command, Tr::tr("--log-format must be text or json"));
    Run run;
    if (parser.isSet(o.at)) {
        run.at = EvaluateOutput::parseTime(parser.value(o.at));
        if (!run.at)
            return usageError(err, command, Tr::tr("--at is not a time; use RFC 3339 or Unix seconds"));
    }
    const LoadedWorkspace ws = loadWorkspace(parser.positionalArguments().constFirst(), command, err);
    if (!ws.ok)
        return ExitFailed;

    const QString stateDir =
        parser.isSet(o.state) ? parser.value(o.state) : workspaceStatePath(QStringLiteral("watch"), ws.dir);
    if (!QDir().mkpath(stateDir))
        return usageError(err, command, Tr::tr("cannot create the state folder %1").arg(stateDir));
    EvaluatorOptions evalOptions;
    evalOptions.workspaceDir = ws.dir;
    // A loop refreshes: after the first evaluation only the time since the last one is read.
    evalOptions.incremental = !parser.isSet(o.once);
    if (run.at)
        evalOptions.clock = [at = *run.at] { return at; };
    run.evaluator.setWorkspace(ws.workspace, evalOptions);
    AlertService::Options serviceOptions;
    serviceOptions.historyPath = QDir(stateDir).filePath(QStringLiteral("alerts.sqlite"));
    serviceOptions.desktop = false;
    if (run.at)
        serviceOptions.clock = [at = *run.at] { return at; };
    run.service = std::make_unique<AlertService>(serviceOptions);
    const bool json = format == QLatin1String("json");
    QObject::connect(run.service.get(), &AlertService::transitioned, run.service.get(),
                     [&out, json](const HistoryEvent &e) {
                         out << transitionLine(e, json) << '\n';
                         out.flush();
                     });
    run.service->setWorkspace(ws.workspace);
    Evaluator *evaluator = &run.evaluator;
    run.service->start([evaluator](const QDateTime &t) { return evaluator->evaluate(t); });
    spinUntil([&] { return run.service->isReady(); }, 600000);
    if (!run.service->historyError().isEmpty())
        err << Tr::tr("slactl watch: alert history: %1").arg(run.service->historyError()) << '\n';

    g_stopSignal.store(0);
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);
    do {
        run.evaluateOnce(out, err, json);
        // Deliveries finish (or time out) before the next evaluation or the exit.
        spinUntil([&] { return run.service->deliveriesInFlight() == 0; }, 30000);
        if (parser.isSet(o.once))
            break;
        spinUntil([] { return false; }, int(interval->ms));
    } while (g_stopSignal.load() == 0);
    run.service->flush();
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    return run.sourceErrors > 0 && parser.isSet(o.once) ? ExitSource : ExitOk;
}

} // namespace Sla::Core
