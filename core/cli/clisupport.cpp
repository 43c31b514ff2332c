// SPDX-License-Identifier: Apache-2.0
#include "clisupport.h"

#include "core/cli/slactl.h"
#include "core/document/yamlguard.h"
#include "core/document/yamlsupport.h"
#include "core/exchange/loader.h"
#include "core/validation/validator.h"

#include <QException>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

namespace Sla::Core::Cli {

bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args, QTextStream &out,
                  QTextStream &err, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("slactl ") + command} + args)) {
        *exitCode = usageError(err, command, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program by its path (argv[0]) in the usage line: name the command.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && (lineEnd < 0 || at < lineEnd))
            text.replace(at, program.size(), QStringLiteral("slactl ") + command);
        out << text;
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

void describeCommand(QCommandLineParser &parser, const QString &description, const QList<Positional> &positionals)
{
    parser.setApplicationDescription(description);
    for (const Positional &p : positionals)
        parser.addPositionalArgument(p.name, p.help, p.syntax);
}

bool requirePaths(const QCommandLineParser &parser, const QString &command, QTextStream &err, QStringList *paths,
                  int *exitCode)
{
    *paths = parser.positionalArguments();
    if (!paths->isEmpty())
        return true;
    *exitCode = usageError(err, command, Tr::tr("no PATH given"));
    return false;
}

int usageError(QTextStream &err, const QString &command, const QString &message)
{
    err << QStringLiteral("slactl %1: ").arg(command) << message << '\n'
        << Tr::tr("Run 'slactl %1 --help' for usage.").arg(command) << '\n';
    return ExitUsage;
}

void printDiagnostics(const Diagnostics &diagnostics, QTextStream &err)
{
    Diagnostics sorted = diagnostics;
    sortDiagnostics(sorted);
    for (const Diagnostic &d : sorted)
        err << d.toString() << '\n';
}

QString textTable(const QList<QStringList> &rows, const QStringList &notes)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += (i == 0 ? QString() : QStringLiteral("  ")) + row.at(i).leftJustified(widths[i]);
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    for (const QString &n : notes)
        text += QStringLiteral("! ") + n + u'\n';
    return text;
}

int countErrors(const Diagnostics &diagnostics)
{
    return int(
        std::count_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); }));
}

int checkOneWorkspace(const QStringList &positional, const QString &command, QTextStream &err)
{
    if (positional.size() == 1)
        return -1;
    return usageError(err, command,
                      positional.isEmpty() ? Tr::tr("no WORKSPACE given") : Tr::tr("give exactly one WORKSPACE"));
}

LoadedWorkspace loadWorkspace(const QString &path, const QString &command, QTextStream &err)
{
    LoadedWorkspace w;
    LoadResult loaded = DocumentLoader::loadPaths({path});
    Diagnostics all = loaded.diagnostics;
    all += validateWorkspace(loaded.workspace);
    Diagnostics errors = all;
    errors.removeIf([](const Diagnostic &d) { return !d.isError(); });
    printDiagnostics(errors, err);
    if (!errors.isEmpty()) {
        err << Tr::tr("slactl %1: the workspace has %n error(s); run 'slactl validate %2' for details", nullptr,
                      int(errors.size()))
                   .arg(command, path)
            << '\n';
        return w;
    }
    w.workspace = loaded.workspace;
    const QFileInfo info(path);
    w.dir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    w.ok = true;
    return w;
}

namespace {
QString describeException(const std::exception_ptr &exception)
{
    try {
        std::rethrow_exception(exception);
    } catch (const std::bad_alloc &) {
        return Tr::tr("out of memory");
    } catch (const QUnhandledException &e) {
        return e.exception() ? describeException(e.exception()) : Tr::tr("the task failed with an unknown error");
    } catch (const std::exception &e) {
        return QString::fromLocal8Bit(e.what());
    } catch (...) {
        return Tr::tr("the task failed with an unknown error");
    }
}
} // namespace

QString missingResult(QFuture<void> future)
{
    try {
        future.waitForFinished(); // rethrows what the task threw
    } catch (...) {
        return describeException(std::current_exception());
    }
    if (future.isCanceled() || future.resultCount() < 1)
        return Tr::tr("the task ended without a result");
    return {};
}

CredentialResult waitForKeychain(QFuture<CredentialResult> future)
{
    QString missing;
    if (std::optional<CredentialResult> r = wait(future, &missing))
        return *r;
    CredentialResult failed;
    failed.status = CredentialResult::Status::Failed;
    failed.message = missing;
    return failed;
}

bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = Tr::tr("it is a folder");
        return false;
    }
    if (info.exists() && !info.isFile()) {
        // A device or FIFO: replacing it with a regular file would break it (as root, even
        // /dev/full); write into it, unbuffered so that every error is seen here.
        QFile file(path);
        const bool ok = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && file.write(bytes) == bytes.size();
        if (!ok)
            *error = file.errorString();
        return ok;
    }
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    if (!ok)
        *error = file.errorString();
    return ok;
}

int writeOutput(const QString &command, const QString &path, const QByteArray &bytes, QTextStream &err)
{
    QString why;
    if (writeOutputFile(path, bytes, &why))
        return ExitOk;
    err << Tr::tr("slactl %1: cannot write %2: %3").arg(command, path, why) << '\n';
    return ExitFailed;
}

QByteArray readStandardInput(qint64 limit, bool *tooLarge)
{
    QFile in;
    *tooLarge = false;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return Yaml::readAtMost(in, limit, tooLarge);
}

QString namesHint(const QString &name, const QStringList &names)
{
    const QString near = Yaml::nearestName(name, names);
    if (!near.isEmpty())
        return Tr::tr(" (did you mean '%1'?)").arg(near);
    return Tr::tr(" (it has: %1)").arg(names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", ")));
}

} // namespace Sla::Core::Cli
