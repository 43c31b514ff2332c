// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers shared by the fuzz entry functions: the checks every parser's errors must pass,
// and the run of one importer over a YAML (or JSON) file the way the loader runs it.

#include "core/document/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace Sla::Core {
class Importer;
}

namespace Sla::Fuzz {

/// The input as a QByteArray of its own (parsers may rely on QByteArray's terminator).
QByteArray toBytes(const uint8_t *data, size_t size);

enum class Lines { Required, Optional };

/// Every diagnostic has a message and names `file`; with Lines::Required every error also
/// has a line (a YAML file's problems all sit somewhere in it; a JSON body read by
/// simdjson has no positions). Empty when that holds.
QString checkDiagnostics(const Core::Diagnostics &diagnostics, const QString &file, Lines lines = Lines::Required);

/// An error message is present (not empty, not only spaces). Empty when that holds.
QString checkMessage(const QString &message, const char *what);

/// Reads `data` as the file `file` with `importer` alone: YAML syntax errors are reported
/// as the loader reports them, each document the importer accepts is read, then finish()
/// runs and the resulting workspace is validated. Returns checkDiagnostics() of it all.
QString runImporter(Core::Importer &importer, const QByteArray &data, const QString &file);

} // namespace Sla::Fuzz
