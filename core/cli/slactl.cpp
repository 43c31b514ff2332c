// SPDX-License-Identifier: Apache-2.0
#include "slactl.h"

#include "core/cli/annotatecommand.h"
#include "core/cli/clisupport.h"
#include "core/cli/datadogslocommand.h"
#include "core/cli/evaluatecommands.h"
#include "core/cli/logging.h"
#include "core/cli/reportcommand.h"
#include "core/cli/rulescommands.h"
#include "core/cli/watchcommand.h"
#include "core/document/yamlwriter.h"
#include "core/exchange/loader.h"
#include "core/exchange/opensloexport.h"
#include "core/validation/validator.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Sla::Core {

namespace {
using namespace Cli;

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args, QTextStream &out, QTextStream &err);
};

/// Loads the PATH... arguments as one set and validates it; `*diagnostics` gets the loader's
/// and the validator's findings. Without paths: a usage error, `*exitCode` set, no result.
std::optional<LoadResult> loadSet(const QCommandLineParser &parser, const QString &command, QTextStream &err,
                                  Diagnostics *diagnostics, int *exitCode)
{
    QStringList paths;
    if (!requirePaths(parser, command, err, &paths, exitCode))
        return std::nullopt;
    LoadResult loaded = DocumentLoader::loadPaths(paths);
    *diagnostics = loaded.diagnostics;
    *diagnostics += validateWorkspace(loaded.workspace);
    return loaded;
}

int runValidate(const QStringList &args, QTextStream &out, QTextStream &err);
int runConvert(const QStringList &args, QTextStream &out, QTextStream &err);

const Command kCommands[] = {
    {"validate", QT_TRANSLATE_NOOP("slactl", "Check documents; print file:line:column diagnostics"), runValidate},
    {"convert", QT_TRANSLATE_NOOP("slactl", "Import OpenSLO, Sloth or Pyrra files; export OpenSLO v1"), runConvert},
    {"evaluate", QT_TRANSLATE_NOOP("slactl", "Evaluate every objective: SLI, status, error budget, burn rates"),
     runEvaluateCommand},
    {"gate", QT_TRANSLATE_NOOP("slactl", "Deployment gate: fail on a breached objective of a blocking tier"),
     runGateCommand},
    {"explain",
     QT_TRANSLATE_NOOP("slactl", "Explain one objective's figure: arithmetic, corrections, queries, answers"),
     runExplainCommand},
    {"credentials", QT_TRANSLATE_NOOP("slactl", "Store (set) or remove (delete) a data source's secret"),
     runCredentialsCommand},
    {"datadog-slos", QT_TRANSLATE_NOOP("slactl", "Import a Datadog source's SLOs; show Datadog's SLI for a period"),
     runDatadogSlosCommand},
    {"annotate", QT_TRANSLATE_NOOP("slactl", "Append an annotation (e.g. a deploy) to WORKSPACE/annotations.yaml"),
     runAnnotateCommand},
    {"watch", QT_TRANSLATE_NOOP("slactl", "Run the alert engine headless: evaluate, keep history, deliver alerts"),
     runWatchCommand},
    {"rules", QT_TRANSLATE_NOOP("slactl", "Prometheus recording and alerting rules; Alertmanager configuration"),
     runRulesCommand},
    {"backtest", QT_TRANSLATE_NOOP("slactl", "Replay the alert rules over a period: episodes and per-variant figures"),
     runBacktestCommand},
    {"grafana", QT_TRANSLATE_NOOP("slactl", "Grafana dashboards over the recorded series, and their provisioning"),
     runGrafanaCommand},
    {"report", QT_TRANSLATE_NOOP("slactl", "A compliance report for a period as PDF, CSV or JSON"), runReportCommand},
};

QString mainUsage()
{
    QString text = Tr::tr("Usage: slactl COMMAND [OPTIONS] [ARGS...]\n\n"
                          "SLA Desk on the command line: the same core as the desktop app, for CI gates,\n"
                          "servers and cron.\n\nCommands:\n");
    for (const Command &c : kCommands)
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name).leftJustified(12), Tr::tr(c.summary));
    text += Tr::tr("\nOptions:\n  -h, --help     Show this help, or a command's help after the command\n"
                   "  -v, --version  Show the version\n\n"
                   "Exit codes: 0 success, 1 invalid input or failed check, 2 usage error, 3 source error.\n");
    text += Tr::tr("\nGlobal option, before the command:\n"
                   "  --verbose      debug lines of every sladesk.* logging category on stderr\n");
    return text;
}

int runValidate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    describeCommand(parser,
                    Tr::tr("Checks SLA Desk documents (sladesk/v1, OpenSLO, Sloth, Pyrra) given together as one set.\n"
                           "Diagnostics are printed as file:line:column: error|warning: message.\n"
                           "Exit code 0 when valid, 1 when any error was found, 2 on usage errors."),
                    {{QStringLiteral("PATH"), Tr::tr("Files or folders to check."), QStringLiteral("PATH...")}});
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")}, Tr::tr("Print errors only."));
    parser.addOption(quiet);
    int code = ExitOk;
    if (!parseCommand(parser, QStringLiteral("validate"), args, out, err, &code))
        return code;
    Diagnostics all;
    const std::optional<LoadResult> loaded = loadSet(parser, QStringLiteral("validate"), err, &all, &code);
    if (!loaded)
        return code;
    if (parser.isSet(quiet))
        all.removeIf([](const Diagnostic &d) { return !d.isError(); });
    printDiagnostics(all, err);
    const int errors = countErrors(all);
    const Workspace &ws = loaded->workspace;
    const int documents = int(ws.slas.size() + ws.tiers.size() + ws.dataSources.size() + ws.services.size() +
                              ws.corrections.size() + ws.annotations.size());
    if (errors > 0) {
        out << Tr::tr("%n error(s)", nullptr, errors) << QStringLiteral(", ")
            << Tr::tr("%n file(s) checked", nullptr, int(loaded->files.size())) << '\n';
        return ExitFailed;
    }
    out << Tr::tr("valid: %n file(s)", nullptr, int(loaded->files.size())) << QStringLiteral(", ")
        << Tr::tr("%n document(s)", nullptr, documents) << '\n';
    return ExitOk;
}

/// Reads converted output back as a set of its own and validates it: convert never writes
/// what `slactl validate` would reject. Reports the errors (at lines of the output) and
/// returns false when there are any.
bool checkConverted(const QByteArray &bytes, const QString &name, const QString &format, QTextStream &err)
{
    const LoadResult back = DocumentLoader::loadData(bytes, name);
    Diagnostics errors;
    for (const Diagnostic &d : back.diagnostics + validateWorkspace(back.workspace)) {
        if (d.isError())
            errors << d;
    }
    if (errors.isEmpty())
        return true;
    printDiagnostics(errors, err);
    err << Tr::tr("slactl convert: nothing written: the %1 output %2 would have %n error(s) (shown at its lines "
                  "above); please report this as a bug",
                  nullptr, int(errors.size()))
               .arg(format, name)
        << '\n';
    return false;
}

int runConvert(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    describeCommand(
        parser,
        Tr::tr("Converts documents. --to sladesk imports OpenSLO, Sloth and Pyrra files into sladesk/v1;\n"
               "--to openslo exports a workspace as OpenSLO v1 with compiled Prometheus queries.\n"
               "Exit code 0 on success, 1 when the input has errors, 2 on usage errors."),
        {{QStringLiteral("PATH"), Tr::tr("Files or folders to convert, read as one set."), QStringLiteral("PATH...")}});
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("Target format: sladesk or openslo."),
                                QStringLiteral("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("Write to FILE (atomically) instead of standard output."),
                                    QStringLiteral("FILE"));
    parser.addOptions({to, output});
    int code = ExitOk;
    if (!parseCommand(parser, QStringLiteral("convert"), args, out, err, &code))
        return code;
    const QString format = parser.value(to);
    if (format != QLatin1String("sladesk") && format != QLatin1String("openslo")) {
        err << (format.isEmpty()
                    ? Tr::tr("slactl convert: --to is required (sladesk or openslo)")
                    : Tr::tr("slactl convert: unknown format '%1' for --to (use sladesk or openslo)").arg(format))
            << '\n';
        return ExitUsage;
    }
    // The input is validated as `slactl validate` would: what it rejects is not converted.
    Diagnostics input;
    const std::optional<LoadResult> loaded = loadSet(parser, QStringLiteral("convert"), err, &input, &code);
    if (!loaded)
        return code;
    printDiagnostics(input, err);
    if (hasErrors(input)) {
        err << Tr::tr("slactl convert: nothing written: the input has %n error(s)", nullptr, countErrors(input))
            << '\n';
        return ExitFailed;
    }
    QByteArray bytes;
    if (format == QLatin1String("sladesk")) {
        bytes = writeDocuments(loaded->workspace);
    } else {
        Diagnostics warnings;
        bytes = exportOpenSlo(loaded->workspace, &warnings);
        printDiagnostics(warnings, err);
    }
    const QString outputName = parser.isSet(output) ? parser.value(output) : QStringLiteral("<stdout>");
    if (!checkConverted(bytes, outputName, format, err))
        return ExitFailed;
    if (!parser.isSet(output)) {
        out << QString::fromUtf8(bytes);
        return ExitOk;
    }
    return writeOutput(QStringLiteral("convert"), parser.value(output), bytes, err);
}
} // namespace

int runSlactl(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty()) {
        err << mainUsage();
        return ExitUsage;
    }
    const QString first = args.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        if (args.size() > 1 && first == QLatin1String("help"))
            return runSlactl({args.at(1), QStringLiteral("--help")}, out, err);
        out << mainUsage();
        return ExitOk;
    }
    if (first == QLatin1String("--verbose")) {
        // QT_LOGGING_RULES, when set, still has the last word.
        QLoggingCategory::setFilterRules(QStringLiteral("sladesk.*=true"));
        return runSlactl(args.mid(1), out, err);
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << QStringLiteral("slactl %1\n").arg(QStringLiteral(SLADESK_VERSION));
        return ExitOk;
    }
    for (const Command &c : kCommands) {
        if (first != QLatin1String(c.name))
            continue;
        qCDebug(lcCli, "slactl %s: %lld arguments", c.name, qint64(args.size() - 1));
        return c.run(args.mid(1), out, err);
    }
    err << Tr::tr("slactl: unknown command '%1'").arg(first) << "\n\n" << mainUsage();
    return ExitUsage;
}

} // namespace Sla::Core
