// SPDX-License-Identifier: Apache-2.0
#include "annotatecommand.h"

#include "core/cli/clisupport.h"
#include "core/cli/evaluatecommands.h"
#include "core/cli/slactl.h"
#include "core/document/correctionreader.h"
#include "core/document/printable.h"
#include "core/document/texthygiene.h"
#include "core/document/yamlguard.h"
#include "core/document/yamlsupport.h"
#include "core/document/yamlwriter.h"
#include "core/exchange/loader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace Sla::Core {

namespace {
using namespace Cli;

constexpr qint64 MaxAnnotationsFile = 16 * 1024 * 1024;

struct Options
{
    QCommandLineOption sla{QStringLiteral("sla"), Tr::tr("The SLA to annotate (required)."), QStringLiteral("S")};
    QCommandLineOption text{QStringLiteral("text"), Tr::tr("What happened (required)."), QStringLiteral("T")};
    QCommandLineOption time{QStringLiteral("time"), Tr::tr("When (RFC 3339 or Unix seconds; default now)."),
                            QStringLiteral("TIME")};
    QCommandLineOption end{QStringLiteral("end"), Tr::tr("End of a period (RFC 3339 or Unix seconds)."),
                           QStringLiteral("TIME")};
    QCommandLineOption kind{QStringLiteral("kind"), Tr::tr("deploy, incident or note (default note)."),
                            QStringLiteral("KIND")};
    QCommandLineOption url{QStringLiteral("url"), Tr::tr("A link, e.g. to the CI run (http or https)."),
                           QStringLiteral("U")};
    QCommandLineOption objective{QStringLiteral("objective"),
                                 Tr::tr("Only this objective of the SLA (repeatable; default all)."),
                                 QStringLiteral("O")};
};

/// The annotation the options describe; a usage error (printed, `*code` set) otherwise.
std::optional<Annotation> fromOptions(const QCommandLineParser &parser, const Options &o, QTextStream &err, int *code)
{
    const QString command = QStringLiteral("annotate");
    auto usage = [&](const QString &message) {
        *code = usageError(err, command, message);
        return std::nullopt;
    };
    Annotation a;
    a.slas = {parser.value(o.sla)};
    a.objectives = parser.values(o.objective);
    a.text = parser.value(o.text);
    if (a.slas.constFirst().isEmpty())
        return usage(Tr::tr("--sla is required"));
    if (a.text.trimmed().isEmpty())
        return usage(Tr::tr("--text is required and must not be empty"));
    const std::optional<QDateTime> time =
        parser.isSet(o.time) ? EvaluateOutput::parseTime(parser.value(o.time)) : QDateTime::currentDateTimeUtc();
    if (!time)
        return usage(Tr::tr("--time '%1' is not a time; use RFC 3339 (2025-06-09T10:00:00Z) or Unix seconds")
                         .arg(quotedExcerpt(parser.value(o.time))));
    a.time = time->toUTC();
    if (parser.isSet(o.end)) {
        const std::optional<QDateTime> end = EvaluateOutput::parseTime(parser.value(o.end));
        if (!end)
            return usage(Tr::tr("--end '%1' is not a time; use RFC 3339 (2025-06-09T10:00:00Z) or Unix seconds")
                             .arg(quotedExcerpt(parser.value(o.end))));
        if (*end < a.time)
            return usage(Tr::tr("--end is before --time"));
        a.end = end->toUTC();
    }
    if (parser.isSet(o.kind)) {
        const auto kind = annotationKindFromString(parser.value(o.kind));
        if (!kind)
            return usage(
                Tr::tr("--kind '%1' is not one of %2")
                    .arg(quotedExcerpt(parser.value(o.kind)), annotationKindNames().join(QStringLiteral(", "))));
        a.kind = *kind;
    }
    if (parser.isSet(o.url)) {
        Diagnostics problems;
        Yaml::Context ctx(QStringLiteral("--url"), &problems);
        const QString url = parser.value(o.url);
        if (TextHygiene::hasPassword(url))
            return usage(Tr::tr("--url holds a password (user:password@host); documents never keep secrets"));
        if (!checkDocumentUrl(ctx, {}, url, QStringLiteral("--url")))
            return usage(problems.constFirst().message);
        a.url = url;
    }
    return a;
}

/// Unknown SLA or objective: printed with a hint, false.
bool checkTargets(const Workspace &ws, const Annotation &a, QTextStream &err)
{
    QStringList known;
    for (const Sla &sla : ws.slas)
        known << sla.metadata.name;
    const Sla *sla = ws.findSla(a.slas.constFirst());
    if (!sla) {
        const QString hint = Yaml::nearestName(a.slas.constFirst(), known);
        err << Tr::tr("slactl annotate: unknown SLA '%1'").arg(quotedExcerpt(a.slas.constFirst()))
            << (hint.isEmpty() ? Tr::tr(" (known: %1)").arg(known.join(QStringLiteral(", ")))
                               : Tr::tr("; did you mean '%1'?").arg(hint))
            << '\n';
        return false;
    }
    QStringList objectives;
    for (const Objective &o : sla->objectives)
        objectives << o.name;
    for (const QString &name : a.objectives) {
        if (objectives.contains(name))
            continue;
        const QString hint = Yaml::nearestName(name, objectives);
        err << Tr::tr("slactl annotate: SLA '%1' has no objective '%2'").arg(sla->metadata.name, quotedExcerpt(name))
            << (hint.isEmpty() ? Tr::tr(" (it has: %1)").arg(objectives.join(QStringLiteral(", ")))
                               : Tr::tr("; did you mean '%1'?").arg(hint))
            << '\n';
        return false;
    }
    return true;
}

/// The file's bytes (empty when it does not exist); false, printed, when it cannot be read.
bool readExisting(const QString &path, QByteArray *bytes, QTextStream &err)
{
    QFile file(path);
    if (!file.exists())
        return true;
    bool tooLarge = false;
    if (file.open(QIODevice::ReadOnly))
        *bytes = Yaml::readAtMost(file, MaxAnnotationsFile, &tooLarge);
    if (!file.isOpen() || tooLarge) {
        err << Tr::tr("slactl annotate: cannot read %1: %2")
                   .arg(path, tooLarge ? Tr::tr("larger than 16 MiB") : file.errorString())
            << '\n';
        return false;
    }
    return true;
}

/// The new file content reads back with the annotation and no error: else nothing is written.
bool readsBack(const QByteArray &bytes, const QString &path, const Annotation &a, QTextStream &err)
{
    const LoadResult back = DocumentLoader::loadData(bytes, path);
    const bool ok = !hasErrors(back.diagnostics) && !back.workspace.annotations.isEmpty() &&
                    back.workspace.annotations.constLast() == a;
    if (!ok) {
        printDiagnostics(back.diagnostics, err);
        err << Tr::tr("slactl annotate: nothing written: %1 would not read back cleanly with the new annotation")
                   .arg(path)
            << '\n';
    }
    return ok;
}
} // namespace

int runAnnotateCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    describeCommand(parser,
                    Tr::tr("Appends an Annotation (a marker on the SLA's charts) to WORKSPACE/annotations.yaml,\n"
                           "creating it; what the file holds is kept. The file is replaced atomically.\n"
                           "Exit code 0 on success, 1 for an unknown SLA or objective or an invalid workspace,\n"
                           "2 on usage errors."),
                    {{QStringLiteral("WORKSPACE"), Tr::tr("The workspace folder.")}});
    const Options o;
    parser.addOptions({o.sla, o.text, o.time, o.end, o.kind, o.url, o.objective});
    int code = ExitOk;
    if (!parseCommand(parser, QStringLiteral("annotate"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(err, QStringLiteral("annotate"), Tr::tr("give exactly one WORKSPACE folder"));
    const QString dir = parser.positionalArguments().constFirst();
    if (!QFileInfo(dir).isDir())
        return usageError(err, QStringLiteral("annotate"), Tr::tr("'%1' is not a folder").arg(dir));
    std::optional<Annotation> a = fromOptions(parser, o, err, &code);
    if (!a)
        return code;
    const LoadedWorkspace ws = loadWorkspace(dir, QStringLiteral("annotate"), err);
    if (!ws.ok || !checkTargets(ws.workspace, *a, err))
        return ExitFailed;
    QStringList taken;
    for (const Annotation &other : ws.workspace.annotations)
        taken << other.metadata.name;
    a->metadata.name = Annotate::uniqueName(*a, taken);
    const QString path = QDir(dir).filePath(QStringLiteral("annotations.yaml"));
    QByteArray bytes;
    if (!readExisting(path, &bytes, err))
        return ExitFailed;
    Workspace one;
    one.annotations = {*a};
    bytes = Annotate::appendDocument(bytes, writeDocuments(one));
    if (!readsBack(bytes, path, *a, err))
        return ExitFailed;
    if (const int written = writeOutput(QStringLiteral("annotate"), path, bytes, err); written != ExitOk)
        return written;
    out << Tr::tr("annotation '%1' added to %2").arg(a->metadata.name, path) << '\n';
    return ExitOk;
}

namespace Annotate {

QString uniqueName(const Annotation &annotation, const QStringList &taken)
{
    const QString base =
        toString(annotation.kind) + u'-' + annotation.time.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int i = 2; taken.contains(name); ++i)
        name = base + u'-' + QString::number(i);
    return name;
}

QByteArray appendDocument(const QByteArray &existing, const QByteArray &document)
{
    QByteArray out = existing;
    if (!out.isEmpty() && !out.endsWith('\n'))
        out += '\n';
    const QByteArray content = out.trimmed();
    if (!content.isEmpty() && !content.endsWith("---"))
        out += "---\n";
    return out + document;
}

} // namespace Annotate

} // namespace Sla::Core
