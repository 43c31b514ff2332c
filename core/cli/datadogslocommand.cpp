// SPDX-License-Identifier: Apache-2.0
#include "datadogslocommand.h"

#include "core/cli/clisupport.h"
#include "core/cli/evaluatecommands.h"
#include "core/cli/slactl.h"
#include "core/document/texthygiene.h"
#include "core/document/yamlwriter.h"
#include "core/exchange/loader.h"
#include "core/exchange/sloimport.h"
#include "core/metrics/datadog/datadogsource.h"
#include "core/secrets/credentialstore.h"
#include "core/validation/validator.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QTextStream>

namespace Sla::Core {

namespace {
using namespace Cli;

const QString Command = QStringLiteral("datadog-slos");

int sourceError(QTextStream &err, const QString &message)
{
    err << QStringLiteral("slactl %1: ").arg(Command) << message << '\n';
    return ExitSource;
}

/// The source's API key and application key: the environment first, then the keychain.
std::optional<SourceSecret> readKeys(const QString &workspaceDir, const QString &source, QString *error)
{
    if (auto env = CredentialStore::fromEnvironment(source, DataSourceType::Datadog))
        return env;
    CredentialStore store;
    const CredentialResult r = waitForKeychain(store.read(workspaceDir, source));
    if (r.ok())
        return CredentialStore::parse(r.secret, DataSourceType::Datadog);
    *error =
        r.status == CredentialResult::Status::NotFound
            ? Tr::tr("Datadog source '%1' has no keys: store them with `slactl credentials set %1` (two lines: API "
                     "key, then application key) or set %2, or DD_API_KEY and DD_APP_KEY")
                  .arg(source, CredentialStore::environmentVariable(source))
            : r.message;
    return std::nullopt;
}

QString percentText(double v)
{
    return QString::number(v, 'f', 4) + u'%';
}

/// The command line of datadog-slos, checked.
struct Arguments
{
    QString sourceName;
    QString workspacePath;
    QStringList ids;
    std::optional<std::pair<QDateTime, QDateTime>> period;
    QString output; ///< empty: standard output
};

void describe(QCommandLineParser &parser)
{
    describeCommand(
        parser,
        Tr::tr("Imports the SLOs of the Datadog DataSource SOURCE of WORKSPACE as sladesk/v1 SLA documents\n"
               "(metric SLOs as good/total queries, time-slice SLOs as value/op/threshold queries; monitor\n"
               "SLOs are skipped). Documents go to FILE with -o, else to standard output.\n"
               "With --history FROM..TO it prints Datadog's SLI and error budget for that period per SLO\n"
               "(documents then only go to FILE), to compare with `slactl evaluate --at TO`.\n"
               "Keys: DD_API_KEY and DD_APP_KEY, SLADESK_SECRET_<SOURCE> (two lines) or the keychain.\n"
               "Exit code 0 on success, 1 when the workspace is invalid, 2 on usage errors, 3 when Datadog\n"
               "cannot be reached, refuses the keys or has no SLO with a given id."),
        {{QStringLiteral("SOURCE"), Tr::tr("The Datadog DataSource to read from.")},
         {QStringLiteral("WORKSPACE"), Tr::tr("The workspace folder or file that defines it.")}});
}

/// Parses the command line into `a`; returns an exit code, or -1 to go on.
int parseArguments(const QStringList &args, QTextStream &out, QTextStream &err, Arguments *a)
{
    QCommandLineParser parser;
    describe(parser);
    const QCommandLineOption idsOption(QStringLiteral("ids"), Tr::tr("Only the SLOs with these ids (comma-separated)."),
                                       QStringLiteral("ID,..."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("Write the documents to FILE (atomically)."), QStringLiteral("FILE"));
    const QCommandLineOption history(QStringLiteral("history"),
                                     Tr::tr("Print Datadog's SLI and error budget from FROM to TO (RFC 3339 or Unix "
                                            "seconds)."),
                                     QStringLiteral("FROM..TO"));
    parser.addOptions({idsOption, output, history});
    int code = ExitOk;
    if (!parseCommand(parser, Command, args, out, err, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return usageError(err, Command,
                          pos.size() < 2 ? Tr::tr("expected SOURCE and WORKSPACE") : Tr::tr("too many arguments"));
    a->sourceName = pos.at(0);
    a->workspacePath = pos.at(1);
    a->output = parser.value(output);
    if (parser.isSet(idsOption)) {
        for (const QString &id : parser.value(idsOption).split(u',', Qt::SkipEmptyParts))
            a->ids << id.trimmed();
        a->ids.removeAll(QString());
        if (a->ids.isEmpty())
            return usageError(err, Command, Tr::tr("--ids needs at least one SLO id"));
    }
    if (parser.isSet(history)) {
        a->period = DatadogSlosOutput::parsePeriod(parser.value(history));
        if (!a->period)
            return usageError(
                err, Command,
                Tr::tr("--history '%1' is not a period; use FROM..TO with RFC 3339 times or Unix seconds, "
                       "FROM before TO (e.g. 2025-01-01T00:00:00Z..2025-01-31T00:00:00Z)")
                    .arg(parser.value(history)));
    }
    return -1;
}

/// The Datadog source `name` of the workspace; prints a usage error when there is none.
const DataSource *findDatadogSource(const Workspace &workspace, const QString &name, QTextStream &err)
{
    const DataSource *ds = workspace.findDataSource(name);
    if (ds && ds->type == DataSourceType::Datadog)
        return ds;
    QStringList datadog;
    for (const DataSource &d : workspace.dataSources) {
        if (d.type == DataSourceType::Datadog)
            datadog << d.metadata.name;
    }
    const QString known =
        datadog.isEmpty() ? Tr::tr("it has none") : Tr::tr("it has: %1").arg(datadog.join(QStringLiteral(", ")));
    usageError(err, Command,
               ds ? Tr::tr("data source '%1' has type %2, not datadog (%3)").arg(name, ds->typeName, known)
                  : Tr::tr("no Datadog data source '%1' in the workspace (%2)").arg(name, known));
    return nullptr;
}

/// `slos` in the order of `ids` (every SLO when `ids` is empty); an id Datadog does not
/// know is an error, not a silent gap. Returns the ids missing.
QStringList orderByIds(QList<DatadogSlo> *slos, const QStringList &ids)
{
    if (ids.isEmpty())
        return {};
    QHash<QString, DatadogSlo> byId;
    for (const DatadogSlo &s : std::as_const(*slos))
        byId.insert(s.id, s);
    QStringList missing;
    slos->clear();
    for (const QString &id : ids) {
        if (byId.contains(id))
            *slos << byId.value(id);
        else
            missing << id;
    }
    return missing;
}

/// Prints each skipped SLO as a warning: one that cannot be represented never stops the import.
void printImportDiagnostics(const Diagnostics &diagnostics, QTextStream &err)
{
    for (const Diagnostic &d : diagnostics) {
        Diagnostic shown = d;
        if (shown.isError()) {
            shown.severity = Diagnostic::Severity::Warning;
            shown.message += Tr::tr("; skipped");
        }
        // SLO names and notes are Datadog's text: no terminal control sequence gets through.
        shown.message = TextHygiene::printable(shown.message);
        err << shown.toString() << '\n';
    }
}

/// Prints Datadog's history of each SLO; returns an exit code, or -1 to go on.
int printHistory(DatadogSource &source, const QList<DatadogSlo> &slos, const QList<Sla> &slas,
                 const std::pair<QDateTime, QDateTime> &period, QTextStream &out, QTextStream &err)
{
    QHash<QString, QString> slaById;
    for (const Sla &sla : slas)
        slaById.insert(sla.metadata.annotations.value(QStringLiteral("datadoghq.com/slo-id")), sla.metadata.name);
    QList<DatadogSlosOutput::HistoryRow> rows;
    // One at a time: Datadog's history endpoint has a tight rate limit of its own.
    for (const DatadogSlo &slo : slos) {
        QString missing;
        const auto h = wait(source.sloHistory(slo.id, period.first, period.second), &missing);
        if (!h || !*h)
            return sourceError(err, h ? h->error().message : missing);
        QStringList notes;
        for (const QString &note : h->value().errors)
            notes << TextHygiene::printable(note);
        rows << DatadogSlosOutput::HistoryRow{slaById.value(slo.id),
                                              slo.id,
                                              h->value().sliValue,
                                              h->value().errorBudgetRemaining,
                                              TextHygiene::printable(h->value().state),
                                              notes};
    }
    out << DatadogSlosOutput::historyTable(rows, period.first, period.second);
    return -1;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Arguments a;
    if (const int code = parseArguments(args, out, err, &a); code >= 0)
        return code;
    // The workspace must be valid: the source is read from it.
    const LoadedWorkspace ws = loadWorkspace(a.workspacePath, Command, err);
    if (!ws.ok)
        return ExitFailed;
    const DataSource *ds = findDatadogSource(ws.workspace, a.sourceName, err);
    if (!ds)
        return ExitUsage;
    QString keyError;
    const std::optional<SourceSecret> keys = readKeys(ws.dir, a.sourceName, &keyError);
    if (!keys)
        return sourceError(err, keyError);
    DatadogSource source(*ds, keys->apiKey, keys->appKey);

    QString missing;
    const auto listed = wait(source.listSlos(a.ids), &missing);
    if (!listed || !*listed)
        return sourceError(err, listed ? listed->error().message : missing);
    QList<DatadogSlo> slos = listed->value();
    if (const QStringList unknown = orderByIds(&slos, a.ids); !unknown.isEmpty())
        return sourceError(err, Tr::tr("Datadog source '%1' has no SLO with id %2; nothing written")
                                    .arg(a.sourceName, unknown.join(QStringLiteral(", "))));
    const SloImport::Result imported = SloImport::fromSlos(slos, a.sourceName, a.sourceName);
    printImportDiagnostics(imported.diagnostics, err);
    if (a.period) {
        if (const int code = printHistory(source, slos, imported.slas, *a.period, out, err); code >= 0)
            return code;
    }
    Workspace documents;
    documents.slas = imported.slas;
    const QByteArray bytes = writeDocuments(documents);
    if (!a.output.isEmpty()) {
        if (writeOutput(Command, a.output, bytes, err) != ExitOk)
            return ExitFailed;
    } else if (!a.period) {
        out << QString::fromUtf8(bytes);
    }
    err << Tr::tr("slactl %1: %n SLO(s) from Datadog source '%2'", nullptr, int(slos.size())).arg(Command, a.sourceName)
        << QStringLiteral(", ") << Tr::tr("%n imported", nullptr, int(imported.slas.size())) << '\n';
    return ExitOk;
}
} // namespace

int runDatadogSlosCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return run(args, out, err);
}

namespace DatadogSlosOutput {

std::optional<std::pair<QDateTime, QDateTime>> parsePeriod(const QString &text)
{
    const qsizetype dots = text.indexOf(QLatin1String(".."));
    if (dots < 0)
        return std::nullopt;
    const auto from = EvaluateOutput::parseTime(text.left(dots).trimmed());
    const auto to = EvaluateOutput::parseTime(text.mid(dots + 2).trimmed());
    if (!from || !to || !(*from < *to))
        return std::nullopt;
    return std::pair{*from, *to};
}

QString historyTable(const QList<HistoryRow> &rows, const QDateTime &from, const QDateTime &to)
{
    QList<QStringList> cells;
    cells << QStringList{Tr::tr("SLA"), Tr::tr("SLO ID"), Tr::tr("SLI"), Tr::tr("BUDGET LEFT"), Tr::tr("STATE")};
    QStringList notes;
    for (const HistoryRow &r : rows) {
        QStringList budget;
        for (auto it = r.budget.cbegin(); it != r.budget.cend(); ++it)
            budget << it.key() + u':' + percentText(it.value());
        cells << QStringList{r.sla.isEmpty() ? QStringLiteral("-") : r.sla, r.sloId,
                             r.sli ? percentText(*r.sli) : QStringLiteral("-"),
                             budget.isEmpty() ? QStringLiteral("-") : budget.join(u','),
                             r.state.isEmpty() ? QStringLiteral("-") : r.state};
        for (const QString &e : r.errors)
            notes << QStringLiteral("%1: %2").arg(r.sla.isEmpty() ? r.sloId : r.sla, e);
    }
    return Tr::tr("Datadog SLO history from %1 to %2")
               .arg(from.toUTC().toString(Qt::ISODate), to.toUTC().toString(Qt::ISODate)) +
           u'\n' + textTable(cells, notes);
}

} // namespace DatadogSlosOutput

} // namespace Sla::Core
