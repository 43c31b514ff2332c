// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace Sla::Core {

/// Where something was written: file plus 1-based line and column (0 when unknown).
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    bool operator==(const SourceLocation &) const = default;
};

/// One finding of the loader or the validator, printed as `file:line:column: error: message`.
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    SourceLocation location;
    QString message;

    QString toString() const;
    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
/// Sorts by file, line, column; stable for equal positions.
void sortDiagnostics(Diagnostics &diagnostics);

} // namespace Sla::Core
