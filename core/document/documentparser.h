// SPDX-License-Identifier: Apache-2.0
#pragma once

// Splits YAML (or JSON) files into documents: the first step of every read, native or
// foreign. The native reader (slareader.h) and the importers of core/exchange take the
// documents from here; the loader (core/exchange/loader.h) ties the steps together.

#include "core/document/diagnostic.h"
#include "core/document/yamlsupport.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sla::Core {

/// One YAML document as found in a file (a top-level list is split into its items).
struct ParsedDocument
{
    YAML::Node node;
    QString file;
    QString apiVersion; ///< empty when absent (e.g. Sloth's `version: prometheus/v1`)
    QString kind;
};

/// Appends the documents of one file's text to `docs`; YAML syntax errors and
/// non-mapping documents go to `diagnostics` with their position in `file`.
void parseDocuments(const QByteArray &data, const QString &file, QList<ParsedDocument> &docs, Diagnostics &diagnostics);

} // namespace Sla::Core
