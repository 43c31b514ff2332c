// SPDX-License-Identifier: Apache-2.0
#include "rulescommands.h"

#include "core/alerting/backtestvariants.h"
#include "core/cli/clisupport.h"
#include "core/cli/evaluatecommands.h"
#include "core/cli/slactl.h"
#include "core/document/builtintiers.h"
#include "core/document/tierresolver.h"
#include "core/evaluation/evaluator.h"
#include "core/exchange/loader.h"
#include "core/rules/alertmanagerconfig.h"
#include "core/rules/grafanadashboards.h"
#include "core/rules/prometheusrules.h"
#include "core/validation/validator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <cmath>

namespace Sla::Core {

namespace {
using namespace Cli;
using namespace Alerting;

/// Checks `--sla NAME` against the workspace; returns an exit code >= 0 when it names none.
int checkSla(const Workspace &workspace, const QString &sla, const QString &command, QTextStream &err)
{
    if (sla.isEmpty() || workspace.findSla(sla))
        return -1;
    QStringList names;
    for (const Sla &s : workspace.slas)
        names << s.metadata.name;
    return usageError(err, command, Tr::tr("--sla: no SLA '%1' in the workspace").arg(sla) + namesHint(sla, names));
}

/// Checks `--objective NAME` against the SLA of `--sla`; an exit code >= 0 when it names none.
int checkObjective(const Workspace &workspace, const BacktestRange &o, const QString &command, QTextStream &err)
{
    const Sla *sla = o.objective.isEmpty() ? nullptr : workspace.findSla(o.sla);
    if (!sla)
        return -1;
    QStringList names;
    for (const Objective &obj : sla->objectives)
        names << obj.name;
    if (names.contains(o.objective))
        return -1;
    return usageError(err, command,
                      Tr::tr("--objective: no objective '%1' in SLA '%2'").arg(o.objective, o.sla) +
                          namesHint(o.objective, names));
}

int runRules(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("rules");
    QCommandLineParser parser;
    describeCommand(
        parser,
        Tr::tr("Writes Prometheus recording and alerting rules for the workspace's objectives (for Prometheus,\n"
               "Thanos Ruler, or with --flavour mimir the Mimir ruler), or with --alertmanager-config the\n"
               "Alertmanager time intervals, routes and inhibit rules that go with them. What has no PromQL\n"
               "form is listed as a warning on stderr and as a comment in the file.\n"
               "Exit code 0 on success, 1 when the documents are invalid or the file cannot be written,\n"
               "2 on usage errors."),
        {{QStringLiteral("WORKSPACE"), Tr::tr("The workspace folder or file.")}});
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("Write to FILE (atomically) instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption flavour(QStringLiteral("flavour"),
                                     Tr::tr("Rule file layout: prometheus (default) or mimir."),
                                     QStringLiteral("FLAVOUR"), QStringLiteral("prometheus"));
    const QCommandLineOption sla(QStringLiteral("sla"), Tr::tr("Only the SLA NAME."), QStringLiteral("NAME"));
    const QCommandLineOption amConfig(QStringLiteral("alertmanager-config"),
                                      Tr::tr("Write the Alertmanager configuration instead of the rules."));
    parser.addOptions({output, flavour, sla, amConfig});
    int code = ExitOk;
    if (!parseCommand(parser, command, args, out, err, &code))
        return code;
    const QString fl = parser.value(flavour);
    if (fl != QLatin1String("prometheus") && fl != QLatin1String("mimir"))
        return usageError(err, command, Tr::tr("unknown flavour '%1' for --flavour (use prometheus or mimir)").arg(fl));
    const QStringList positional = parser.positionalArguments();
    if (const int c = checkOneWorkspace(positional, command, err); c >= 0)
        return c;
    const LoadedWorkspace ws = loadWorkspace(positional.first(), command, err);
    if (!ws.ok)
        return ExitFailed;
    if (const int c = checkSla(ws.workspace, parser.value(sla), command, err); c >= 0)
        return c;
    QByteArray bytes;
    QStringList warnings;
    if (parser.isSet(amConfig)) {
        bytes = Rules::alertmanagerConfig(ws.workspace, parser.value(sla), &warnings);
    } else {
        const Rules::RuleSet set = Rules::prometheusRules(ws.workspace, parser.value(sla));
        warnings = set.warnings;
        bytes = Rules::toYaml(set, fl == QLatin1String("mimir") ? Rules::Flavour::Mimir : Rules::Flavour::Prometheus);
    }
    for (const QString &w : std::as_const(warnings))
        err << Tr::tr("slactl %1: warning: %2").arg(command, w) << '\n';
    if (!parser.isSet(output)) {
        out << QString::fromUtf8(bytes);
        return ExitOk;
    }
    return writeOutput(command, parser.value(output), bytes, err);
}

// ---------------------------------------------------------------------------------------

/// Writes the dashboards and the provisioning file into `dir` (made when missing) and
/// names each file on `out`.
int writeDashboards(const Rules::GrafanaSet &set, const QString &dir, const QString &folder, QTextStream &out,
                    QTextStream &err)
{
    const QString command = QStringLiteral("grafana");
    if (!QDir().mkpath(dir)) {
        err << Tr::tr("slactl %1: cannot create the folder %2").arg(command, dir) << '\n';
        return ExitFailed;
    }
    const QDir target(dir);
    for (const Rules::GrafanaDashboard &d : set.dashboards) {
        const QString file = target.filePath(d.fileName);
        if (const int code = writeOutput(command, file, QJsonDocument(d.json).toJson(QJsonDocument::Indented), err))
            return code;
        out << Tr::tr("wrote %1 (dashboard uid %2)").arg(file, d.json.value(QStringLiteral("uid")).toString()) << '\n';
    }
    const QString provisioning = target.filePath(QString::fromLatin1(Rules::GrafanaProvisioningFile));
    const QByteArray yaml = Rules::grafanaProvisioning(QFileInfo(dir).absoluteFilePath(), folder);
    if (const int code = writeOutput(command, provisioning, yaml, err))
        return code;
    out << Tr::tr("wrote %1 (Grafana file provisioning)").arg(provisioning) << '\n';
    return ExitOk;
}

int runGrafana(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("grafana");
    QCommandLineParser parser;
    describeCommand(
        parser,
        Tr::tr("Writes one Grafana dashboard (JSON, schemaVersion 39: Grafana 10.3 and later) per SLA and a\n"
               "file-provisioning configuration for the folder. The panels read the series that\n"
               "'slactl rules' records (SLI against target, error budget left, status, burn rates with the\n"
               "alert factors); timeslice objectives show their value per slice in raw PromQL. What has no\n"
               "PromQL form (drift, Datadog sources) is listed as a warning on stderr and on the dashboard.\n"
               "Exit code 0 on success, 1 when the documents are invalid or a file cannot be written,\n"
               "2 on usage errors."),
        {{QStringLiteral("WORKSPACE"), Tr::tr("The workspace folder or file.")}});
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("Write the files into DIR (default: grafana), made when missing."),
                                    QStringLiteral("DIR"), QStringLiteral("grafana"));
    const QCommandLineOption uid(QStringLiteral("datasource-uid"),
                                 Tr::tr("The uid of Grafana's Prometheus data source; without it the dashboards have "
                                        "a data source variable."),
                                 QStringLiteral("UID"));
    const QCommandLineOption folder(QStringLiteral("folder"),
                                    Tr::tr("The Grafana folder of the provisioned dashboards (default: SLA Desk)."),
                                    QStringLiteral("NAME"), QStringLiteral("SLA Desk"));
    const QCommandLineOption sla(QStringLiteral("sla"), Tr::tr("Only the SLA NAME."), QStringLiteral("NAME"));
    parser.addOptions({output, uid, folder, sla});
    int code = ExitOk;
    if (!parseCommand(parser, command, args, out, err, &code))
        return code;
    const QString uidValue = parser.value(uid);
    static const QRegularExpression UidPattern(QStringLiteral("^[A-Za-z0-9_-]{1,40}$"));
    if (parser.isSet(uid) && !UidPattern.match(uidValue).hasMatch())
        return usageError(
            err, command,
            Tr::tr("--datasource-uid '%1' is not a Grafana uid (1 to 40 letters, digits, - and _)").arg(uidValue));
    const QStringList positional = parser.positionalArguments();
    if (const int c = checkOneWorkspace(positional, command, err); c >= 0)
        return c;
    const LoadedWorkspace ws = loadWorkspace(positional.first(), command, err);
    if (!ws.ok)
        return ExitFailed;
    if (const int c = checkSla(ws.workspace, parser.value(sla), command, err); c >= 0)
        return c;
    const Rules::GrafanaSet set = Rules::grafanaDashboards(ws.workspace, {uidValue, parser.value(sla)});
    for (const QString &w : set.warnings)
        err << Tr::tr("slactl %1: warning: %2").arg(command, w) << '\n';
    return writeDashboards(set, parser.value(output), parser.value(folder), out, err);
}

// ---------------------------------------------------------------------------------------

/// Reads each --variant file: one TierTemplate whose alerts replace the SLA's rules.
bool loadVariants(const QStringList &files, QList<BacktestVariant> *variants, QTextStream &err)
{
    for (const QString &file : files) {
        LoadResult loaded = DocumentLoader::loadPaths({file});
        Diagnostics all = loaded.diagnostics + validateWorkspace(loaded.workspace);
        all.removeIf([](const Diagnostic &d) { return !d.isError(); });
        printDiagnostics(all, err);
        if (!all.isEmpty() || loaded.workspace.tiers.size() != 1 || !loaded.workspace.slas.isEmpty()) {
            err << Tr::tr("slactl backtest: the variant %1 must be one valid sladesk/v1 TierTemplate whose alerts "
                          "replace the SLA's")
                       .arg(file)
                << '\n';
            return false;
        }
        const TierTemplate &tier = loaded.workspace.tiers.first();
        variants->append(BacktestVariant{tier.metadata.name, tier, {}, {}});
    }
    return true;
}

/// The evaluations at every step of the range; an exit code >= 0 when a source failed.
int evaluateRange(const Workspace &workspace, const EvaluatorOptions &options, const BacktestRange &o,
                  QList<EvaluationReport> *reports, QTextStream &err)
{
    Evaluator evaluator;
    evaluator.setWorkspace(workspace, options);
    for (const QDateTime &at : o.times()) {
        QString missing;
        const std::optional<EvaluationReport> r = wait(evaluator.evaluate(at), &missing);
        if (!r) {
            err << Tr::tr("slactl backtest: the evaluation failed: %1").arg(missing) << '\n';
            return ExitSource;
        }
        for (auto it = r->sourceErrors.cbegin(); it != r->sourceErrors.cend(); ++it)
            err << Tr::tr("slactl backtest: %1").arg(it.value()) << '\n';
        if (!r->sourceErrors.isEmpty())
            return ExitSource;
        reports->append(*r);
    }
    return -1;
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue numberJson(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject variantJson(const BacktestVariant &v)
{
    QJsonArray episodes;
    for (const Episode &e : v.episodes) {
        episodes.append(QJsonObject{{QStringLiteral("sla"), e.key.sla},
                                    {QStringLiteral("objective"), e.key.objective},
                                    {QStringLiteral("rule"), e.key.rule},
                                    {QStringLiteral("severity"), toString(e.severity)},
                                    {QStringLiteral("start"), timeJson(e.start)},
                                    {QStringLiteral("end"), timeJson(e.end)},
                                    {QStringLiteral("peak"), numberJson(e.peak)}});
    }
    QJsonArray breaches;
    for (const BreachPeriod &b : v.summary.breaches) {
        breaches.append(QJsonObject{
            {QStringLiteral("sla"), b.sla},
            {QStringLiteral("objective"), b.objective},
            {QStringLiteral("start"), timeJson(b.start)},
            {QStringLiteral("end"), timeJson(b.end)},
            {QStringLiteral("detectedAfterSeconds"),
             b.detectedAfterMs ? QJsonValue(double(*b.detectedAfterMs) / 1000) : QJsonValue(QJsonValue::Null)}});
    }
    const BacktestSummary &s = v.summary;
    const QJsonObject summary{{QStringLiteral("pages"), s.pages},
                              {QStringLiteral("firingSeconds"), double(s.firingMs) / 1000},
                              {QStringLiteral("firstPage"), timeJson(s.firstPage)},
                              {QStringLiteral("budgetConsumedBeforeFirstPage"), numberJson(s.consumedAtFirstPage)},
                              {QStringLiteral("breaches"), breaches}};
    return QJsonObject{
        {QStringLiteral("name"), v.name}, {QStringLiteral("episodes"), episodes}, {QStringLiteral("summary"), summary}};
}

QJsonObject backtestJson(const QList<BacktestVariant> &variants, const BacktestRange &o)
{
    QJsonArray list;
    for (const BacktestVariant &v : variants)
        list.append(variantJson(v));
    return QJsonObject{{QStringLiteral("from"), timeJson(o.from)},
                       {QStringLiteral("to"), timeJson(o.to)},
                       {QStringLiteral("stepSeconds"), double(o.stepMs) / 1000},
                       {QStringLiteral("variants"), list}};
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QString minutes(qint64 ms)
{
    return Duration{ms}.toString();
}

QString backtestTable(const QList<BacktestVariant> &variants, const BacktestRange &o)
{
    QList<QStringList> episodes{{Tr::tr("VARIANT"), Tr::tr("SLA"), Tr::tr("OBJECTIVE"), Tr::tr("RULE"),
                                 Tr::tr("SEVERITY"), Tr::tr("START"), Tr::tr("END"), Tr::tr("PEAK")}};
    QList<QStringList> summaries{{Tr::tr("VARIANT"), Tr::tr("PAGES"), Tr::tr("FIRING"), Tr::tr("FIRST PAGE"),
                                  Tr::tr("BUDGET USED AT FIRST PAGE"), Tr::tr("TIME TO DETECT")}};
    for (const BacktestVariant &v : variants) {
        for (const Episode &e : v.episodes) {
            episodes << QStringList{v.name,
                                    e.key.sla,
                                    e.key.objective,
                                    e.key.rule,
                                    toString(e.severity),
                                    iso(e.start),
                                    iso(e.end),
                                    QString::number(e.peak, 'g', 4)};
        }
        QStringList detect;
        for (const BreachPeriod &b : v.summary.breaches) {
            detect << QStringLiteral("%1/%2 %3: %4")
                          .arg(b.sla, b.objective, iso(b.start),
                               b.detectedAfterMs ? minutes(*b.detectedAfterMs) : Tr::tr("never"));
        }
        const BacktestSummary &s = v.summary;
        summaries << QStringList{v.name,
                                 QString::number(s.pages),
                                 minutes(s.firingMs),
                                 iso(s.firstPage),
                                 s.consumedAtFirstPage ? QString::number(*s.consumedAtFirstPage * 100, 'f', 1) + u'%'
                                                       : QStringLiteral("-"),
                                 detect.isEmpty() ? QStringLiteral("-") : detect.join(QStringLiteral("; "))};
    }
    return Tr::tr("Backtest %1 .. %2, every %3").arg(iso(o.from), iso(o.to), minutes(o.stepMs)) + u'\n' +
           textTable(episodes, {}) + u'\n' + textTable(summaries, {});
}

/// Reads --from, --to and --step; an exit code >= 0 on a usage error.
int readRange(const QCommandLineParser &parser, const QCommandLineOption &from, const QCommandLineOption &to,
              const QCommandLineOption &step, BacktestRange *o, QTextStream &err)
{
    const QString command = QStringLiteral("backtest");
    for (const auto &[option, target] : {std::pair{&from, &o->from}, std::pair{&to, &o->to}}) {
        const QString name = option->names().first();
        if (!parser.isSet(*option))
            return usageError(err, command, Tr::tr("--%1 is required").arg(name));
        const std::optional<QDateTime> t = EvaluateOutput::parseTime(parser.value(*option));
        if (!t)
            return usageError(err, command,
                              Tr::tr("--%1 '%2' is not a time; use RFC 3339 (2025-01-31T00:00:00Z) or Unix seconds")
                                  .arg(name, parser.value(*option)));
        *target = *t;
    }
    if (o->to < o->from)
        return usageError(err, command, Tr::tr("--to is before --from"));
    const std::optional<Duration> d = Duration::parse(parser.value(step));
    if (!d)
        return usageError(err, command, Tr::tr("--step '%1' is not a duration such as 5m").arg(parser.value(step)));
    o->stepMs = d->ms;
    constexpr qint64 MaxSteps = MaxBacktestSteps;
    if (o->from.msecsTo(o->to) / o->stepMs > MaxSteps)
        return usageError(
            err, command,
            Tr::tr("the range has more than %1 steps of %2; choose a larger --step").arg(MaxSteps).arg(d->toString()));
    return -1;
}

int runBacktest(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("backtest");
    QCommandLineParser parser;
    describeCommand(
        parser,
        Tr::tr("Replays the alert rules over a period: evaluates the workspace every --step from --from to\n"
               "--to and runs the alert state machine over the figures. Prints the firing episodes per rule\n"
               "and, for the workspace's rules and each --variant, the number of pages, the time firing, the\n"
               "time to detect each breach period and the budget used at the first page. Recorded sources\n"
               "are replayed on their own time line (alignToNow does not apply).\n"
               "Exit code 0 on success, 1 when the documents are invalid, 2 on usage errors, 3 when a data\n"
               "source fails."),
        {{QStringLiteral("WORKSPACE"), Tr::tr("The workspace folder or file.")}});
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("Start of the period (RFC 3339 or Unix seconds)."),
                                  QStringLiteral("TIME"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("End of the period (RFC 3339 or Unix seconds)."),
                                QStringLiteral("TIME"));
    const QCommandLineOption step(QStringLiteral("step"), Tr::tr("Evaluation interval (default 5m)."),
                                  QStringLiteral("DURATION"), QStringLiteral("5m"));
    const QCommandLineOption sla(QStringLiteral("sla"), Tr::tr("Only the SLA NAME."), QStringLiteral("NAME"));
    const QCommandLineOption variant(
        QStringLiteral("variant"),
        Tr::tr("A TierTemplate file whose alerts are replayed instead of the SLA's rules (repeatable)."),
        QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("Output format: table (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption prometheus(QStringLiteral("prometheus"),
                                        Tr::tr("Query this Prometheus-compatible server for every objective."),
                                        QStringLiteral("URL"));
    const QCommandLineOption recorded(QStringLiteral("recorded"),
                                      Tr::tr("Evaluate every objective on this OpenMetrics file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption objective(QStringLiteral("objective"),
                                       Tr::tr("Only the objective NAME of the SLA given with --sla."),
                                       QStringLiteral("NAME"));
    parser.addOptions({from, to, step, sla, objective, variant, format, prometheus, recorded});
    int code = ExitOk;
    if (!parseCommand(parser, command, args, out, err, &code))
        return code;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json"))
        return usageError(err, command, Tr::tr("unknown format '%1' for --format (use table or json)").arg(fmt));
    BacktestRange o;
    o.sla = parser.value(sla);
    o.objective = parser.value(objective);
    if (code = readRange(parser, from, to, step, &o, err); code >= 0)
        return code;
    if (!o.objective.isEmpty() && o.sla.isEmpty())
        return usageError(err, command, Tr::tr("--objective needs --sla"));
    const QStringList positional = parser.positionalArguments();
    if (const int c = checkOneWorkspace(positional, command, err); c >= 0)
        return c;
    LoadedWorkspace ws = loadWorkspace(positional.first(), command, err);
    QList<BacktestVariant> variants{BacktestVariant{QStringLiteral("workspace"), std::nullopt, {}, {}}};
    if (!ws.ok || !loadVariants(parser.values(variant), &variants, err))
        return ExitFailed;
    if (code = checkSla(ws.workspace, o.sla, command, err); code >= 0)
        return code;
    if (code = checkObjective(ws.workspace, o, command, err); code >= 0)
        return code;
    // Recorded sources replay on their own time line; only what the range covers is evaluated.
    Workspace scoped = backtestWorkspace(ws.workspace, o);
    for (DataSource &d : scoped.dataSources)
        d.alignToNow = false;
    EvaluatorOptions options;
    options.workspaceDir = ws.dir;
    options.prometheusUrl = parser.value(prometheus);
    options.recordedFile = parser.value(recorded);
    QList<EvaluationReport> reports;
    if (code = evaluateRange(scoped, options, o, &reports, err); code >= 0)
        return code;
    replayVariants(scoped, reports, o, variants);
    if (fmt == QLatin1String("json"))
        out << QString::fromUtf8(QJsonDocument(backtestJson(variants, o)).toJson(QJsonDocument::Indented));
    else
        out << backtestTable(variants, o);
    return ExitOk;
}

} // namespace

int runRulesCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return runRules(args, out, err);
}

int runBacktestCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return runBacktest(args, out, err);
}

int runGrafanaCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return runGrafana(args, out, err);
}

} // namespace Sla::Core
