// SPDX-License-Identifier: Apache-2.0
#pragma once

// `slactl annotate`: appends one Annotation document to WORKSPACE/annotations.yaml (for
// CI deploy steps), keeping what the file holds byte for byte.

#include "core/document/model.h"

#include <QByteArray>
#include <QStringList>

class QTextStream;

namespace Sla::Core {

int runAnnotateCommand(const QStringList &args, QTextStream &out, QTextStream &err);

namespace Annotate {

/// A name for a new annotation that no annotation of `taken` has:
/// `<kind>-<yyyyMMdd-HHmmss of its time, UTC>`, with `-2`, `-3`... when taken.
QString uniqueName(const Annotation &annotation, const QStringList &taken);

/// `existing` (the file's bytes, possibly empty) with `document` appended as a further
/// YAML document: the old bytes are kept as they are, a final newline and `---` added
/// where needed.
QByteArray appendDocument(const QByteArray &existing, const QByteArray &document);

} // namespace Annotate

} // namespace Sla::Core
