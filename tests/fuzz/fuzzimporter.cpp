// SPDX-License-Identifier: Apache-2.0
// The run of one importer (a file of its own so that targets without importers do not
// link the document code).
#include "core/document/yamlsupport.h"
#include "core/exchange/importer.h"
#include "core/validation/validator.h"
#include "fuzzsupport.h"

namespace Sla::Fuzz {

using namespace Sla::Core;

namespace {

// One ParsedDocument per mapping; a top-level list contributes its mappings (as OpenSLO
// tools allow). Anything else is not the importer's to judge: the loader reports it.
void collectDocuments(const YAML::Node &node, const QString &file, bool inList, QList<ParsedDocument> &out)
{
    if (node.IsSequence() && !inList) {
        for (const YAML::Node &item : node)
            collectDocuments(item, file, true, out);
    } else if (node.IsMap()) {
        // A missing key gives an invalid node, which throws when asked its type.
        const YAML::Node apiVersion = node["apiVersion"];
        const YAML::Node kind = node["kind"];
        out.append({node, file, apiVersion && apiVersion.IsScalar() ? Yaml::scalarText(apiVersion) : QString(),
                    kind && kind.IsScalar() ? Yaml::scalarText(kind) : QString()});
    }
}

} // namespace

QString runImporter(Importer &importer, const QByteArray &data, const QString &file)
{
    Diagnostics diagnostics;
    Yaml::Context ctx(file, &diagnostics);
    QList<ParsedDocument> docs;
    try {
        for (const YAML::Node &root : Yaml::loadAll(data.toStdString()))
            collectDocuments(root, file, false, docs);
    } catch (const YAML::Exception &e) {
        // The loader reports these as syntax errors at the mark; nothing reaches an importer.
        return e.mark.is_null() ? QStringLiteral("YAML exception without a position: ") + QString::fromStdString(e.msg)
                                : QString();
    }
    for (const ParsedDocument &doc : std::as_const(docs)) {
        if (importer.accepts(doc))
            importer.read(doc, ctx);
    }
    Workspace workspace;
    importer.finish(workspace, diagnostics);
    diagnostics += validateWorkspace(workspace);
    return checkDiagnostics(diagnostics, file);
}

} // namespace Sla::Fuzz
