// SPDX-License-Identifier: Apache-2.0
#include "core/cli/reportcommand.h"

#include "core/cli/clisupport.h"
#include "core/cli/evaluatecommands.h"
#include "core/cli/reportoutput.h"
#include "core/cli/slactl.h"
#include "core/report/reportbuilder.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

namespace Sla::Core {

namespace {
using namespace Cli;

ReportPdfRenderer &pdfRenderer()
{
    static ReportPdfRenderer renderer;
    return renderer;
}

struct Options
{
    QCommandLineOption from{QStringLiteral("from"), Tr::tr("Start of the period (RFC 3339 or Unix seconds)."),
                            QStringLiteral("T")};
    QCommandLineOption to{QStringLiteral("to"), Tr::tr("End of the period (RFC 3339 or Unix seconds; default now)."),
                          QStringLiteral("T")};
    QCommandLineOption period{QStringLiteral("period"),
                              Tr::tr("A month (2025-06), a quarter (2025-Q2), or a duration ending at --to (30d)."),
                              QStringLiteral("P")};
    QCommandLineOption tz{QStringLiteral("tz"), Tr::tr("Time zone of the period's days and months (default UTC)."),
                          QStringLiteral("ZONE")};
    QCommandLineOption sla{QStringLiteral("sla"), Tr::tr("Only this SLA (repeatable; default all)."),
                           QStringLiteral("S")};
    QCommandLineOption history{QStringLiteral("history"),
                               Tr::tr("An alert history (SQLite) for acknowledgements and remediation runs."),
                               QStringLiteral("DB")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              Tr::tr("The report file: .pdf, .csv or .json (required)."),
                              QStringLiteral("FILE")};
    QCommandLineOption paper{QStringLiteral("paper"), Tr::tr("PDF paper size: a4 (default) or letter."),
                             QStringLiteral("SIZE")};
};

/// The period the options give; a usage error (printed, `*code` set) otherwise.
std::optional<Report::Period> periodOf(const QCommandLineParser &p, const Options &o, QTextStream &err, int *code)
{
    const QString command = QStringLiteral("report");
    const QTimeZone zone(p.isSet(o.tz) ? p.value(o.tz).toUtf8() : QByteArrayLiteral("UTC"));
    if (!zone.isValid()) {
        *code =
            usageError(err, command, Tr::tr("--tz '%1' is not a time zone (e.g. Europe/Berlin)").arg(p.value(o.tz)));
        return std::nullopt;
    }
    const bool range = p.isSet(o.from);
    if (range == p.isSet(o.period)) {
        *code = usageError(err, command, Tr::tr("give either --from (and --to) or --period"));
        return std::nullopt;
    }
    std::optional<QDateTime> to = QDateTime::currentDateTimeUtc();
    if (p.isSet(o.to))
        to = EvaluateOutput::parseTime(p.value(o.to));
    const std::optional<QDateTime> from = range ? EvaluateOutput::parseTime(p.value(o.from)) : std::nullopt;
    if (!to || (range && !from)) {
        *code =
            usageError(err, command, Tr::tr("--from and --to take RFC 3339 (2025-01-31T00:00:00Z) or Unix seconds"));
        return std::nullopt;
    }
    if (range) {
        if (*from >= *to) {
            *code = usageError(err, command, Tr::tr("--from must be before --to"));
            return std::nullopt;
        }
        return Report::periodBetween(*from, *to, zone);
    }
    if (const std::optional<Duration> d = Duration::parse(p.value(o.period)))
        return Report::periodBetween(to->addMSecs(-d->ms), *to, zone);
    QString error;
    std::optional<Report::Period> period = Report::parsePeriod(p.value(o.period), zone, &error);
    if (!period)
        *code = usageError(err, command, error);
    return period;
}

/// The file's bytes for its extension; a usage or PDF error (printed, `*code` set) otherwise.
std::optional<QByteArray> render(const Report::ComplianceReport &report, const Workspace &ws, const QString &path,
                                 const QString &paper, QTextStream &err, int *code)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Report::toCsv(report);
    if (suffix == QLatin1String("json"))
        return QJsonDocument(Report::toJson(report)).toJson(QJsonDocument::Indented);
    QByteArray pdf;
    QString error;
    if (!pdfRenderer()(report, ws, paper, &pdf, &error)) {
        err << Tr::tr("slactl report: cannot paint the PDF: %1").arg(error) << '\n';
        *code = ExitFailed;
        return std::nullopt;
    }
    return pdf;
}

/// Checks -o and --paper before any evaluation; a usage error code, or -1.
int checkOutput(const QCommandLineParser &p, const Options &o, QTextStream &err)
{
    const QString command = QStringLiteral("report");
    if (!p.isSet(o.output))
        return usageError(err, command, Tr::tr("-o FILE is required (.pdf, .csv or .json)"));
    const QString suffix = QFileInfo(p.value(o.output)).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("csv") && suffix != QLatin1String("json"))
        return usageError(err, command, Tr::tr("-o: the file must end in .pdf, .csv or .json"));
    if (suffix == QLatin1String("pdf") && !pdfRenderer())
        return usageError(err, command, Tr::tr("this slactl was built without the UI and cannot paint PDF"));
    if (p.isSet(o.history) && !QFileInfo(p.value(o.history)).isFile())
        return usageError(err, command, Tr::tr("--history: no alert history at %1").arg(p.value(o.history)));
    const QString paper = p.value(o.paper).toLower();
    if (!paper.isEmpty() && paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return usageError(err, command, Tr::tr("--paper is a4 or letter"));
    return -1;
}

} // namespace

void setReportPdfRenderer(ReportPdfRenderer renderer)
{
    pdfRenderer() = std::move(renderer);
}

bool wantsPdfReport(const QStringList &args)
{
    if (!args.contains(QLatin1String("report")))
        return false;
    for (const QString &a : args) {
        if (a.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

int runReportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    describeCommand(parser, Tr::tr("A compliance report for a period: PDF for leadership, CSV and JSON for analysis."),
                    {{QStringLiteral("WORKSPACE"), Tr::tr("A workspace folder or file.")}});
    const Options o;
    parser.addOptions({o.from, o.to, o.period, o.tz, o.sla, o.history, o.output, o.paper});
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("report"), args, out, err, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (const int c = checkOneWorkspace(positional, QStringLiteral("report"), err); c >= 0)
        return c;
    if (const int c = checkOutput(parser, o, err); c >= 0)
        return c;
    const std::optional<Report::Period> period = periodOf(parser, o, err, &code);
    if (!period)
        return code;
    LoadedWorkspace ws = loadWorkspace(positional.first(), QStringLiteral("report"), err);
    if (!ws.ok)
        return ExitFailed;
    for (const QString &name : parser.values(o.sla)) {
        if (!ws.workspace.findSla(name))
            return usageError(err, QStringLiteral("report"), Tr::tr("--sla: no SLA '%1' in the workspace").arg(name));
    }
    Report::ReportRequest request;
    request.workspace = ws.workspace;
    request.options.workspaceDir = ws.dir;
    request.workspaceLabel = QFileInfo(positional.first()).fileName();
    request.period = *period;
    request.slas = parser.values(o.sla);
    request.historyFile = parser.value(o.history);
    QString error;
    const std::optional<Report::ComplianceReport> report = Report::buildReport(request, {}, &error);
    if (!report) {
        err << Tr::tr("slactl report: %1").arg(error) << '\n';
        return ExitSource;
    }
    for (const QString &w : report->warnings)
        err << Tr::tr("slactl report: warning: %1").arg(w) << '\n';
    const QString path = parser.value(o.output);
    const QString paper = parser.value(o.paper).isEmpty() ? QStringLiteral("a4") : parser.value(o.paper).toLower();
    const std::optional<QByteArray> bytes = render(*report, ws.workspace, path, paper, err, &code);
    if (!bytes)
        return code;
    return writeOutput(QStringLiteral("report"), path, *bytes, err);
}

} // namespace Sla::Core
