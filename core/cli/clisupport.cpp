// SPDX-License-Identifier: Apache-2.0
#include "clisupport.h"

#include "core/cli/slactl.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace Sla::Core::Cli {

bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args, QTextStream &out,
                  QTextStream &err, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("slactl", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("slactl ") + command} + args)) {
        *exitCode = usageError(err, command, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

int usageError(QTextStream &err, const QString &command, const QString &message)
{
    err << QStringLiteral("slactl %1: ").arg(command) << message << '\n'
        << QCoreApplication::translate("slactl", "Run 'slactl %1 --help' for usage.").arg(command) << '\n';
    return ExitUsage;
}

void printDiagnostics(const Diagnostics &diagnostics, QTextStream &err)
{
    Diagnostics sorted = diagnostics;
    sortDiagnostics(sorted);
    for (const Diagnostic &d : sorted)
        err << d.toString() << '\n';
}

int countErrors(const Diagnostics &diagnostics)
{
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); }));
}

} // namespace Sla::Core::Cli
