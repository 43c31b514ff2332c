// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core: `.json` files are JSON, not YAML. yaml-cpp reads JSON too but also takes
// what JSON forbids (trailing commas, single quotes, comments), so the loader checks every
// `.json` file with simdjson first and reports the first problem at its line and column.

#include "core/document/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Sla::Core {

/// Nothing when `data` is one valid JSON value (RFC 8259); else an error at the line and
/// column of the problem in `file` (line 1, column 1 when simdjson cannot say where).
std::optional<Diagnostic> checkStrictJson(const QByteArray &data, const QString &file);

} // namespace Sla::Core
