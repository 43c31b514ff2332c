// SPDX-License-Identifier: Apache-2.0
#include "diagnostic.h"

#include "core/document/printable.h"

#include <algorithm>

namespace Sla::Core {

QString Diagnostic::toString() const
{
    const QString kind = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    QString where = location.file.isEmpty() ? QStringLiteral("<input>") : location.file;
    if (location.line > 0) {
        where += u':' + QString::number(location.line);
        if (location.column > 0)
            where += u':' + QString::number(location.column);
    }
    // Messages quote input: control characters in it must not reach the terminal.
    return printableText(where) + QStringLiteral(": ") + kind + QStringLiteral(": ") + printableText(message);
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); });
}

void sortDiagnostics(Diagnostics &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.location.file != b.location.file)
            return a.location.file < b.location.file;
        if (a.location.line != b.location.line)
            return a.location.line < b.location.line;
        return a.location.column < b.location.column;
    });
}

} // namespace Sla::Core
