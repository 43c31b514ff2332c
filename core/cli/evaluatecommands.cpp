// SPDX-License-Identifier: Apache-2.0
#include "evaluatecommands.h"

#include "core/cli/clisupport.h"
#include "core/cli/slactl.h"
#include "core/document/builtintiers.h"
#include "core/document/texthygiene.h"
#include "core/document/tierresolver.h"
#include "core/evaluation/evaluator.h"
#include "core/exchange/loader.h"
#include "core/secrets/credentialstore.h"
#include "core/validation/validator.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimeZone>
#include <QXmlStreamWriter>

#include <cmath>
#include <cstdio>

namespace Sla::Core {

namespace {
using namespace Cli;

QJsonValue number(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString percent(const std::optional<double> &v, int decimals = 3)
{
    return v ? QString::number(*v * 100, 'f', decimals) + u'%' : QStringLiteral("-");
}

QString plain(const std::optional<double> &v, int precision = 4)
{
    return v ? QString::number(*v, 'g', precision) : QStringLiteral("-");
}

/// Common options of evaluate and gate.
struct EvalOptions
{
    QCommandLineOption at{QStringLiteral("at"), Tr::tr("Evaluate at TIME (RFC 3339 or Unix seconds; default now)."),
                          QStringLiteral("TIME")};
    QCommandLineOption prometheus{QStringLiteral("prometheus"),
                                  Tr::tr("Query this Prometheus-compatible server for every objective."),
                                  QStringLiteral("URL")};
    QCommandLineOption recorded{QStringLiteral("recorded"),
                                Tr::tr("Evaluate every objective on this OpenMetrics file."), QStringLiteral("FILE")};
    QCommandLineOption noCorrections{QStringLiteral("no-corrections"),
                                     Tr::tr("Ignore the workspace's corrections: the raw figures.")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({at, prometheus, recorded, noCorrections}); }
};

/// Reads --at and the source overrides and loads the workspace at `path` for evaluate, gate
/// and explain; returns an exit code < 0 to continue.
int prepareEvaluation(const QCommandLineParser &parser, const EvalOptions &o, const QString &command,
                      const QString &path, QTextStream &err, LoadedWorkspace *ws, EvaluatorOptions *options,
                      QDateTime *at)
{
    *at = QDateTime::currentDateTimeUtc();
    if (parser.isSet(o.at)) {
        const std::optional<QDateTime> parsed = EvaluateOutput::parseTime(parser.value(o.at));
        if (!parsed) {
            return usageError(err, command,
                              Tr::tr("--at '%1' is not a time; use RFC 3339 (2025-01-31T00:00:00Z) or Unix seconds")
                                  .arg(parser.value(o.at)));
        }
        *at = *parsed;
    }
    if (parser.isSet(o.prometheus) && parser.isSet(o.recorded))
        return usageError(err, command, Tr::tr("--prometheus and --recorded cannot be combined"));
    // The URL goes into every request line: a control character could inject a header.
    if (TextHygiene::firstControlCharacter(parser.value(o.prometheus)))
        return usageError(
            err, command,
            TextHygiene::controlCharacterMessage(QStringLiteral("--prometheus"), parser.value(o.prometheus)));
    *ws = loadWorkspace(path, command, err);
    if (!ws->ok)
        return ExitFailed;
    options->workspaceDir = ws->dir;
    options->prometheusUrl = parser.value(o.prometheus);
    options->recordedFile = parser.value(o.recorded);
    options->applyCorrections = !parser.isSet(o.noCorrections);
    // Recorded sources with alignToNow end at the evaluation time: `--at` is "now".
    options->alignTo = *at;
    return -1;
}

/// Runs the evaluation for evaluate and gate; returns an exit code < 0 to continue.
int evaluateWorkspace(const QCommandLineParser &parser, const EvalOptions &o, const QString &command,
                      const QString &onlySource, QTextStream &err, LoadedWorkspace *ws, EvaluationReport *report)
{
    const QStringList positional = parser.positionalArguments();
    if (const int c = checkOneWorkspace(positional, command, err); c >= 0)
        return c;
    QDateTime at;
    EvaluatorOptions options;
    if (const int code = prepareEvaluation(parser, o, command, positional.first(), err, ws, &options, &at); code >= 0)
        return code;
    if (!onlySource.isEmpty() && !ws->workspace.findDataSource(onlySource)) {
        QStringList names;
        for (const DataSource &d : ws->workspace.dataSources)
            names << d.metadata.name;
        return usageError(err, command,
                          Tr::tr("--source: no data source '%1' in the workspace (it has: %2)")
                              .arg(onlySource, names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "))));
    }
    options.onlySource = onlySource;
    Evaluator evaluator;
    evaluator.setWorkspace(ws->workspace, options);
    QString missing;
    const std::optional<EvaluationReport> result = wait(evaluator.evaluate(at), &missing);
    if (!result) {
        // E.g. out of memory while loading a recording: a source error, never a crash.
        err << Tr::tr("slactl %1: the evaluation failed: %2").arg(command, missing) << '\n';
        return ExitSource;
    }
    *report = *result;
    for (auto it = report->sourceErrors.cbegin(); it != report->sourceErrors.cend(); ++it)
        err << Tr::tr("slactl %1: %2").arg(command, it.value()) << '\n';
    // Each once (the evaluator lists a warning once however many objectives share it).
    for (const QString &warning : std::as_const(report->warnings))
        err << Tr::tr("slactl %1: warning: %2").arg(command, warning) << '\n';
    return -1;
}

// ---------------------------------------------------------------------------------------

int runEvaluate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    describeCommand(parser,
                    Tr::tr("Evaluates every objective of a workspace: SLI, status, error budget, burn rates.\n"
                           "Exit code 0 on success, 1 when the documents are invalid, 2 on usage errors,\n"
                           "3 when a data source is unreachable, refuses authentication or rejects a query."),
                    {{QStringLiteral("WORKSPACE"), Tr::tr("The workspace folder or file.")}});
    EvalOptions o;
    o.addTo(parser);
    const QCommandLineOption source(QStringLiteral("source"), Tr::tr("Evaluate only objectives of data source NAME."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("Output format: table (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOptions({source, format});
    int code = ExitOk;
    if (!parseCommand(parser, QStringLiteral("evaluate"), args, out, err, &code))
        return code;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json"))
        return usageError(err, QStringLiteral("evaluate"),
                          Tr::tr("unknown format '%1' for --format (use table or json)").arg(fmt));
    LoadedWorkspace ws;
    EvaluationReport report;
    code = evaluateWorkspace(parser, o, QStringLiteral("evaluate"), parser.value(source), err, &ws, &report);
    if (code >= 0)
        return code;
    if (fmt == QLatin1String("json"))
        out << QString::fromUtf8(QJsonDocument(EvaluateOutput::toJson(report)).toJson(QJsonDocument::Indented));
    else
        out << EvaluateOutput::toTable(report);
    return report.sourceErrors.isEmpty() ? ExitOk : ExitSource;
}

// ---------------------------------------------------------------------------------------

/// Why `sla`/`objective` names nothing in `workspace`; empty when both exist.
QString unknownObjective(const Workspace &workspace, const QString &sla, const QString &objective)
{
    const Sla *found = workspace.findSla(sla);
    if (!found) {
        QStringList names;
        for (const Sla &s : workspace.slas)
            names << s.metadata.name;
        return Tr::tr("no SLA '%1' in the workspace").arg(sla) + namesHint(sla, names);
    }
    QStringList names;
    for (const Objective &o : found->objectives)
        names << o.name;
    if (names.contains(objective))
        return {};
    return Tr::tr("SLA '%1' has no objective '%2'").arg(sla, objective) + namesHint(objective, names);
}

int runExplain(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("explain");
    QCommandLineParser parser;
    describeCommand(parser,
                    Tr::tr("Explains one objective's figure so that it can be checked by hand: the events or\n"
                           "slices behind it, the corrections left out, the error budget's arithmetic step by\n"
                           "step, the burn rates with their windows, and every query sent with its answer.\n"
                           "Exit code 0 on success, 1 when the documents are invalid, 2 on usage errors (an\n"
                           "unknown SLA or objective too), 3 when the data source fails."),
                    {{QStringLiteral("WORKSPACE"), Tr::tr("The workspace folder or file.")},
                     {QStringLiteral("SLA"), Tr::tr("The SLA's name.")},
                     {QStringLiteral("OBJECTIVE"), Tr::tr("The objective's name.")}});
    EvalOptions o;
    o.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("Output format: text (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    int code = ExitOk;
    if (!parseCommand(parser, command, args, out, err, &code))
        return code;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json"))
        return usageError(err, command, Tr::tr("unknown format '%1' for --format (use text or json)").arg(fmt));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usageError(err, command, Tr::tr("give a WORKSPACE, an SLA and an OBJECTIVE"));
    LoadedWorkspace ws;
    EvaluatorOptions options;
    QDateTime at;
    if (code = prepareEvaluation(parser, o, command, positional.at(0), err, &ws, &options, &at); code >= 0)
        return code;
    if (const QString problem = unknownObjective(ws.workspace, positional.at(1), positional.at(2)); !problem.isEmpty())
        return usageError(err, command, problem);
    Evaluator evaluator;
    evaluator.setWorkspace(ws.workspace, options);
    QString missing;
    const std::optional<Explanation> x = wait(evaluator.explain(positional.at(1), positional.at(2), at), &missing);
    if (!x) {
        err << Tr::tr("slactl %1: the evaluation failed: %2").arg(command, missing) << '\n';
        return ExitSource;
    }
    if (fmt == QLatin1String("json"))
        out << QString::fromUtf8(QJsonDocument(Explain::toJson(*x)).toJson(QJsonDocument::Indented));
    else
        out << Explain::toText(*x);
    if (!x->sourceFailed)
        return ExitOk;
    err << Tr::tr("slactl %1: %2").arg(command, x->result.error) << '\n';
    return ExitSource;
}

// ---------------------------------------------------------------------------------------

QString figuresText(const ObjectiveResult &o)
{
    return Tr::tr("SLI %1 against target %2; error budget consumed %3, remaining %4")
        .arg(percent(o.sli, 4), percent(o.target, 4), percent(o.consumed, 1), percent(o.remaining, 1));
}

/// What the gate found, and the JUnit report it writes as it goes.
class GateReport
{
public:
    GateReport(const Workspace &workspace, QTextStream &out, QTextStream &err)
        : m_workspace(workspace), m_builtIns(builtInTiers()), m_out(out), m_err(err), m_xml(&m_bytes)
    {
        m_xml.setAutoFormatting(true);
        m_xml.writeStartDocument();
        m_xml.writeStartElement(QStringLiteral("testsuites"));
        m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("slactl gate"));
    }

    bool knowsTier(const QString &name) const { return findTierTemplate(m_workspace, m_builtIns, name); }
    void addSla(const SlaResult &sla, const QDateTime &at);
    QByteArray finish()
    {
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        return m_bytes;
    }

    int failures = 0;
    int errors = 0;
    int checked = 0;

private:
    void writeProperties(const SlaResult &sla, bool block);
    void addObjective(const SlaResult &sla, const ObjectiveResult &ob, bool block);
    void writeElement(const QString &name, const QString &message, const QString &type = {});

    const Workspace &m_workspace;
    const QList<TierTemplate> m_builtIns;
    QTextStream &m_out;
    QTextStream &m_err;
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
};

void GateReport::addSla(const SlaResult &sla, const QDateTime &at)
{
    const TierTemplate *tier = findTierTemplate(m_workspace, m_builtIns, sla.tier);
    const bool block = tier && tier->gate == GateMode::Block;
    int suiteFailures = 0;
    int suiteErrors = 0;
    for (const ObjectiveResult &ob : sla.objectives) {
        if (!ob.error.isEmpty())
            ++suiteErrors;
        else if (ob.status == ObjectiveStatus::Breached && block)
            ++suiteFailures;
    }
    m_xml.writeStartElement(QStringLiteral("testsuite"));
    m_xml.writeAttribute(QStringLiteral("name"), sla.name);
    m_xml.writeAttribute(QStringLiteral("tests"), QString::number(sla.objectives.size()));
    m_xml.writeAttribute(QStringLiteral("failures"), QString::number(suiteFailures));
    m_xml.writeAttribute(QStringLiteral("errors"), QString::number(suiteErrors));
    m_xml.writeAttribute(QStringLiteral("timestamp"), at.toString(Qt::ISODate));
    writeProperties(sla, block);
    for (const ObjectiveResult &ob : sla.objectives)
        addObjective(sla, ob, block);
    m_xml.writeEndElement();
}

void GateReport::writeProperties(const SlaResult &sla, bool block)
{
    m_xml.writeStartElement(QStringLiteral("properties"));
    for (const auto &[name, value] :
         {std::pair{QStringLiteral("tier"), sla.tier},
          std::pair{QStringLiteral("gate"), block ? QStringLiteral("block") : QStringLiteral("warn")}}) {
        m_xml.writeStartElement(QStringLiteral("property"));
        m_xml.writeAttribute(QStringLiteral("name"), name);
        m_xml.writeAttribute(QStringLiteral("value"), value);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void GateReport::writeElement(const QString &name, const QString &message, const QString &type)
{
    m_xml.writeStartElement(name);
    if (!type.isEmpty())
        m_xml.writeAttribute(QStringLiteral("type"), type);
    m_xml.writeAttribute(QStringLiteral("message"), message);
    m_xml.writeCharacters(message);
    m_xml.writeEndElement();
}

void GateReport::addObjective(const SlaResult &sla, const ObjectiveResult &ob, bool block)
{
    ++checked;
    const QString id = sla.name + u'/' + ob.name;
    m_xml.writeStartElement(QStringLiteral("testcase"));
    m_xml.writeAttribute(QStringLiteral("classname"), sla.name);
    m_xml.writeAttribute(QStringLiteral("name"), ob.name);
    if (!ob.error.isEmpty()) {
        ++errors;
        writeElement(QStringLiteral("error"), ob.error);
        m_err << Tr::tr("ERROR  %1: %2").arg(id, ob.error) << '\n';
    } else if (ob.status == ObjectiveStatus::Breached && block) {
        const QString text = Tr::tr("%1 is breached: %2").arg(id, figuresText(ob));
        ++failures;
        writeElement(QStringLiteral("failure"), text, QStringLiteral("breached"));
        m_out << Tr::tr("FAIL   %1").arg(text) << '\n';
    } else if (ob.status == ObjectiveStatus::Breached) {
        const QString text = Tr::tr("%1 is breached: %2").arg(id, figuresText(ob));
        m_xml.writeTextElement(QStringLiteral("system-out"), Tr::tr("warning (tier gate: warn): %1").arg(text));
        m_out << Tr::tr("WARN   %1 (tier %2 gate: warn)").arg(text, sla.tier) << '\n';
    } else {
        const QString text =
            ob.status == ObjectiveStatus::NoData ? Tr::tr("%1 has no data in its window").arg(id)
            : ob.status == ObjectiveStatus::InsufficientData
                ? Tr::tr("%1 has too few events in its window for a figure (insufficient_data, below minEvents or "
                         "minSamples); it never blocks")
                      .arg(id)
                : Tr::tr("%1 is %2: %3").arg(id, Budget::statusName(ob.status), figuresText(ob));
        m_xml.writeTextElement(QStringLiteral("system-out"), text);
        m_out << Tr::tr("PASS   %1").arg(text) << '\n';
    }
    m_xml.writeEndElement();
}

/// The gate's verdict as an exit code, printed as its last line.
int gateVerdict(const GateReport &gate, const EvaluationReport &report, const QString &tierFilter, QTextStream &out)
{
    if (!report.sourceErrors.isEmpty() || gate.errors > 0) {
        out << Tr::tr("gate: ERROR, %n objective(s) could not be evaluated", nullptr, gate.errors) << '\n';
        return report.sourceErrors.isEmpty() ? ExitFailed : ExitSource;
    }
    if (gate.checked == 0) {
        // Nothing checked is no evidence that a deployment is safe: a wrong path or tier
        // must not pass the gate.
        out << (tierFilter.isEmpty() ? Tr::tr("gate: FAILED, the workspace has no objectives to check")
                                     : Tr::tr("gate: FAILED, no objectives of tier '%1' to check").arg(tierFilter))
            << '\n';
        return ExitFailed;
    }
    if (gate.failures > 0) {
        out << Tr::tr("gate: FAILED, %n breached objective(s) in blocking tiers", nullptr, gate.failures) << '\n';
        return ExitFailed;
    }
    out << Tr::tr("gate: passed, %n objective(s) checked", nullptr, gate.checked) << '\n';
    return ExitOk;
}

int runGate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    describeCommand(
        parser,
        Tr::tr("Deployment gate: fails when an objective is breached in an SLA whose tier has `gate: block`\n"
               "(`gate: warn` tiers are reported but pass). Objectives without data, or with too few\n"
               "events for a figure (insufficient_data), pass with a note;\n"
               "a workspace (or --tier) without any objective fails.\n"
               "Exit code 0 pass, 1 fail (or invalid documents), 2 usage error, 3 source error."),
        {{QStringLiteral("WORKSPACE"), Tr::tr("The workspace folder or file.")}});
    EvalOptions o;
    o.addTo(parser);
    const QCommandLineOption tierOpt(QStringLiteral("tier"), Tr::tr("Gate only SLAs of tier T."), QStringLiteral("T"));
    const QCommandLineOption junit(QStringLiteral("junit"), Tr::tr("Also write a JUnit XML report to FILE."),
                                   QStringLiteral("FILE"));
    parser.addOptions({tierOpt, junit});
    int code = ExitOk;
    if (!parseCommand(parser, QStringLiteral("gate"), args, out, err, &code))
        return code;
    LoadedWorkspace ws;
    EvaluationReport report;
    code = evaluateWorkspace(parser, o, QStringLiteral("gate"), {}, err, &ws, &report);
    if (code >= 0)
        return code;
    const QString tierFilter = parser.value(tierOpt);
    GateReport gate(ws.workspace, out, err);
    if (!tierFilter.isEmpty() && !gate.knowsTier(tierFilter))
        return usageError(err, QStringLiteral("gate"), Tr::tr("--tier: no tier template '%1'").arg(tierFilter));
    for (const SlaResult &sla : report.slas) {
        if (tierFilter.isEmpty() || sla.tier == tierFilter)
            gate.addSla(sla, report.at);
    }
    const QByteArray xml = gate.finish();
    if (parser.isSet(junit) && writeOutput(QStringLiteral("gate"), parser.value(junit), xml, err) != ExitOk)
        return ExitFailed;
    return gateVerdict(gate, report, tierFilter, out);
}

// ---------------------------------------------------------------------------------------

/// Secrets are short; a bound keeps `credentials set < /dev/zero` from exhausting memory.
constexpr qint64 MaxSecretBytes = 64 * 1024;

int runCredentials(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    describeCommand(
        parser,
        Tr::tr("Stores (set) or removes (delete) the secret of a data source in the system keychain.\n"
               "`set` reads the secret from standard input: the password (basic auth), the token (bearer),\n"
               "or for Datadog two lines, the API key then the application key.\n"
               "Exit code 0 on success, 2 on usage errors, 3 when the keychain cannot be used."),
        {{QStringLiteral("ACTION"), Tr::tr("set or delete")},
         {QStringLiteral("SOURCE"), Tr::tr("The data source name.")}});
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       Tr::tr("The workspace the secret belongs to (default: the current folder)."),
                                       QStringLiteral("DIR"), QStringLiteral("."));
    parser.addOption(workspace);
    int code = ExitOk;
    if (!parseCommand(parser, QStringLiteral("credentials"), args, out, err, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    const QString command = QStringLiteral("credentials");
    if (pos.size() != 2 || (pos.at(0) != QLatin1String("set") && pos.at(0) != QLatin1String("delete")))
        return usageError(err, command, Tr::tr("expected 'set SOURCE' or 'delete SOURCE'"));
    const QString source = pos.at(1);
    QString dir = parser.value(workspace);
    const QFileInfo info(dir);
    if (info.isFile())
        dir = info.absolutePath();
    else if (!info.isDir())
        return usageError(err, command, Tr::tr("--workspace '%1' is not a folder").arg(dir));

    // The source's type decides the secret's shape (Datadog: two keys).
    DataSourceType type = DataSourceType::Prometheus;
    const LoadResult loaded = DocumentLoader::loadPaths({dir});
    if (const DataSource *ds = loaded.workspace.findDataSource(source))
        type = ds->type;

    CredentialStore store;
    CredentialResult result;
    if (pos.at(0) == QLatin1String("set")) {
        bool tooLarge = false;
        QString secret = QString::fromUtf8(readStandardInput(MaxSecretBytes, &tooLarge));
        if (tooLarge)
            return usageError(err, command,
                              Tr::tr("the secret on standard input is longer than %1 KiB; "
                                     "pipe in only the secret")
                                  .arg(MaxSecretBytes / 1024));
        while (secret.endsWith(u'\n') || secret.endsWith(u'\r'))
            secret.chop(1);
        if (secret.trimmed().isEmpty())
            return usageError(err, command,
                              Tr::tr("no secret on standard input; pipe it in, e.g. printf %s \"$TOKEN\" | slactl "
                                     "credentials set %1")
                                  .arg(source));
        // A secret ends up in an HTTP header: a control character could inject another.
        const SourceSecret stored = CredentialStore::parse(secret, type);
        for (const QString &part : {stored.secret, stored.apiKey, stored.appKey, stored.sessionToken}) {
            if (TextHygiene::firstControlCharacter(part))
                return usageError(err, command,
                                  TextHygiene::controlCharacterMessage(Tr::tr("the secret on standard input"), part));
        }
        if (type == DataSourceType::Datadog) {
            const SourceSecret parts = CredentialStore::parse(secret, type);
            if (parts.apiKey.isEmpty() || parts.appKey.isEmpty())
                return usageError(err, command,
                                  Tr::tr("a Datadog source needs two lines on standard input: the API key, then the "
                                         "application key"));
        }
        if (type == DataSourceType::CloudWatch && (stored.apiKey.isEmpty() || stored.secret.isEmpty()))
            return usageError(err, command,
                              Tr::tr("a CloudWatch source needs two or three lines on standard input: the access key "
                                     "id, the secret access key and, for temporary credentials, the session token"));
        result = waitForKeychain(store.write(dir, source, secret));
        if (result.ok())
            out << Tr::tr("stored the secret of data source '%1' in the keychain").arg(source) << '\n';
    } else {
        result = waitForKeychain(store.remove(dir, source));
        if (result.ok())
            out << Tr::tr("deleted the secret of data source '%1' from the keychain").arg(source) << '\n';
    }
    if (!result.ok()) {
        err << Tr::tr("slactl credentials: %1").arg(result.message) << '\n';
        return ExitSource;
    }
    return ExitOk;
}
} // namespace

int runEvaluateCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return runEvaluate(args, out, err);
}
int runGateCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return runGate(args, out, err);
}
int runExplainCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return runExplain(args, out, err);
}
int runCredentialsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return runCredentials(args, out, err);
}

namespace EvaluateOutput {

std::optional<QDateTime> parseTime(const QString &text)
{
    static const QRegularExpression unix(QStringLiteral(R"(^\d{1,12}(\.\d{1,3})?$)"));
    if (unix.match(text).hasMatch())
        return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(text.toDouble() * 1000)), QTimeZone::utc());
    // RFC 3339 needs a zone designator; a bare local time is ambiguous.
    static const QRegularExpression rfc3339(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$)"));
    if (!rfc3339.match(text).hasMatch())
        return std::nullopt;
    QString iso = text;
    iso[10] = u'T';
    if (iso.endsWith(u'z'))
        iso[iso.size() - 1] = u'Z';
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

namespace {
/// Sample figures of one objective: `interval` and `n` (classification), `provisional`
/// (label delay) and `partial` (the source's data does not reach back over the window).
void addSampleFigures(QJsonObject &json, const ObjectiveResult &o)
{
    if (o.kind == IndicatorKind::Classification) {
        json.insert(QStringLiteral("interval"), o.interval
                                                    ? QJsonValue(QJsonArray{o.interval->first, o.interval->second})
                                                    : QJsonValue(QJsonValue::Null));
        json.insert(QStringLiteral("n"), number(o.sampleSize));
    }
    if (o.provisional) {
        json.insert(QStringLiteral("provisional"),
                    QJsonObject{{QStringLiteral("start"), o.provisional->start.toUTC().toString(Qt::ISODate)},
                                {QStringLiteral("end"), o.provisional->end.toUTC().toString(Qt::ISODate)},
                                {QStringLiteral("sli"), number(o.provisional->sli)},
                                {QStringLiteral("n"), number(o.provisional->sampleSize)}});
    }
    json.insert(QStringLiteral("partial"), o.partial);
}

QJsonObject errorBudgetJson(const BudgetFigures &f)
{
    return QJsonObject{{QStringLiteral("consumed"), number(f.consumed)},
                       {QStringLiteral("remaining"), number(f.remaining)},
                       {QStringLiteral("remainingEvents"), number(f.remainingEvents)},
                       {QStringLiteral("remainingTime"), number(f.remainingTime)}};
}

/// `read` of the JSON: how the figures were read (README "Reading the recording rules").
QString readPathName(ObjectiveResult::ReadPath read)
{
    switch (read) {
    case ObjectiveResult::ReadPath::Incremental:
        return QStringLiteral("incremental");
    case ObjectiveResult::ReadPath::RecordingRules:
        return QStringLiteral("recording_rules");
    case ObjectiveResult::ReadPath::Full:
        break;
    }
    return QStringLiteral("full");
}

QJsonObject objectiveJson(const ObjectiveResult &o)
{
    QJsonObject burn;
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i)
        burn.insert(Budget::burnRateWindowName(i), number(o.burnRates[i]));
    const BudgetFigures figures{o.sli, o.consumed, o.remaining, o.remainingEvents, o.remainingTime, o.good, o.total};
    QJsonObject json{
        {QStringLiteral("name"), o.name},
        {QStringLiteral("target"), o.target},
        {QStringLiteral("sli"), number(o.sli)},
        {QStringLiteral("status"), Budget::statusName(o.status)},
        {QStringLiteral("errorBudget"), errorBudgetJson(figures)},
        {QStringLiteral("burnRates"), burn},
        {QStringLiteral("latest"), number(o.latest)},
        {QStringLiteral("error"), o.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.error)},
        {QStringLiteral("stale"), o.stale},
        {QStringLiteral("read"), readPathName(o.read)},
    };
    // Present exactly when a correction applied to the objective.
    if (o.raw) {
        json.insert(QStringLiteral("raw"), QJsonObject{{QStringLiteral("sli"), number(o.raw->sli)},
                                                       {QStringLiteral("errorBudget"), errorBudgetJson(*o.raw)}});
        json.insert(QStringLiteral("corrections"), QJsonArray::fromStringList(o.corrections));
    }
    addSampleFigures(json, o);
    return json;
}

QJsonValue isoOrNull(const std::optional<QDateTime> &t)
{
    return t && t->isValid() ? QJsonValue(t->toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray annotationsJson(const QList<Annotation> &annotations)
{
    QJsonArray out;
    for (const Annotation &a : annotations) {
        out.append(QJsonObject{{QStringLiteral("name"), a.metadata.name},
                               {QStringLiteral("time"), isoOrNull(a.time)},
                               {QStringLiteral("end"), isoOrNull(a.end)},
                               {QStringLiteral("kind"), toString(a.kind)},
                               {QStringLiteral("text"), a.text},
                               {QStringLiteral("url"), a.url.isEmpty() ? QJsonValue(QJsonValue::Null) : a.url},
                               {QStringLiteral("objectives"), QJsonArray::fromStringList(a.objectives)}});
    }
    return out;
}

} // namespace

QJsonObject objectiveToJson(const ObjectiveResult &objective)
{
    return objectiveJson(objective);
}

QJsonObject toJson(const EvaluationReport &report)
{
    QJsonArray slas;
    for (const SlaResult &sla : report.slas) {
        QJsonArray objectives;
        for (const ObjectiveResult &o : sla.objectives)
            objectives.append(objectiveJson(o));
        slas.append(QJsonObject{
            {QStringLiteral("name"), sla.name},
            {QStringLiteral("tier"), sla.tier.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sla.tier)},
            {QStringLiteral("objectives"), objectives},
            {QStringLiteral("annotations"), annotationsJson(sla.annotations)}});
    }
    return QJsonObject{{QStringLiteral("at"), report.at.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("slas"), slas},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}};
}

QString toTable(const EvaluationReport &report)
{
    QList<QStringList> rows;
    rows << QStringList{Tr::tr("SLA"),    Tr::tr("OBJECTIVE"),   Tr::tr("TARGET"),  Tr::tr("SLI"),
                        Tr::tr("STATUS"), Tr::tr("BUDGET LEFT"), Tr::tr("BURN 1h"), Tr::tr("LATEST")};
    QStringList notes;
    for (const SlaResult &sla : report.slas) {
        for (const ObjectiveResult &o : sla.objectives) {
            QString status = Budget::statusName(o.status);
            if (o.stale)
                status = Tr::tr("stale:%1").arg(status);
            else if (!o.error.isEmpty())
                status = Tr::tr("error");
            else if (o.partial)
                status = Tr::tr("partial:%1").arg(status);
            const bool slices = o.budgeting == Budgeting::Method::Timeslices;
            if (o.raw) {
                notes << Tr::tr("%1/%2 (*): corrected by %3; uncorrected SLI %4, budget left %5")
                             .arg(sla.name, o.name, o.corrections.join(QStringLiteral(", ")), percent(o.raw->sli, 4),
                                  percent(o.raw->remaining, 1));
            }
            rows << QStringList{sla.name,
                                o.raw ? o.name + QStringLiteral(" *") : o.name,
                                percent(o.target, 2),
                                slices && o.sli ? QStringLiteral("%1 (%2/%3)")
                                                      .arg(percent(o.sli, 2))
                                                      .arg(o.goodSlices)
                                                      .arg(o.goodSlices + o.badSlices)
                                                : percent(o.sli, 4),
                                status,
                                percent(o.remaining, 1),
                                plain(o.burnRates[Budget::ProjectionBurnRateIndex], 3),
                                plain(o.latest)};
            if (!o.error.isEmpty())
                notes << QStringLiteral("%1/%2: %3").arg(sla.name, o.name, o.error);
        }
    }
    for (const QString &w : report.warnings)
        notes << Tr::tr("warning: %1").arg(w);
    return Tr::tr("Evaluated at %1").arg(report.at.toUTC().toString(Qt::ISODate)) + u'\n' + textTable(rows, notes);
}

} // namespace EvaluateOutput

} // namespace Sla::Core
