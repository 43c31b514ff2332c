// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small helpers shared by the tests: diagnostics as text and lookups in them.

#include "core/document/diagnostic.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace Sla::Core::TestUtils {

#ifdef SLA_SOURCE_DIR
/// Copies the demo workspace's YAML files (not its recording) into `dir`; false when one
/// cannot be copied.
inline bool copyDemoYaml(const QString &dir)
{
    const QString demo = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
    const QStringList names = QDir(demo).entryList({QStringLiteral("*.yaml")}, QDir::Files);
    return !names.isEmpty() && std::all_of(names.cbegin(), names.cend(), [&](const QString &name) {
        return QFile::copy(demo + QLatin1Char('/') + name, dir + QLatin1Char('/') + name);
    });
}
#endif

/// One diagnostic per line, as slactl prints them.
inline QString dump(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(QLatin1Char('\n'));
}

/// The diagnostics of one severity, in order.
inline Diagnostics only(const Diagnostics &diagnostics, Diagnostic::Severity severity)
{
    Diagnostics out;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == severity)
            out << d;
    }
    return out;
}

/// Whether a diagnostic of `severity` in a file ending with `fileSuffix` sits at
/// `line`:`column` (column 0: any) and its message contains `fragment`.
inline bool hasDiagnostic(const Diagnostics &diagnostics, Diagnostic::Severity severity, const QString &fileSuffix,
                          int line, int column, const QString &fragment)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [&](const Diagnostic &d) {
        return d.severity == severity && d.location.file.endsWith(fileSuffix) && d.location.line == line &&
               (column == 0 || d.location.column == column) && d.message.contains(fragment);
    });
}

/// The bytes of the file at `path`; empty when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The objective `name` (of any SLA) of a `slactl evaluate --format json` report; empty
/// when there is none.
inline QJsonObject objectiveOf(const QJsonObject &report, const QString &name)
{
    for (const QJsonValue &s : report.value(QStringLiteral("slas")).toArray()) {
        for (const QJsonValue &o : s.toObject().value(QStringLiteral("objectives")).toArray()) {
            if (o.toObject().value(QStringLiteral("name")).toString() == name)
                return o.toObject();
        }
    }
    return {};
}

} // namespace Sla::Core::TestUtils
