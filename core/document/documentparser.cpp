// SPDX-License-Identifier: Apache-2.0
#include "documentparser.h"

#include "core/document/logging.h"
#include "core/document/strictjson.h"
#include "core/document/tr.h"
#include "core/document/yamlguard.h"

#include <yaml-cpp/depthguard.h>

namespace Tr = Sla::Core::TrContext::DocumentLoader;

namespace Sla::Core {

namespace {

void splitDocuments(const YAML::Node &root, const QString &file, QList<ParsedDocument> &out, Yaml::Context &ctx)
{
    if (!root.IsDefined() || root.IsNull())
        return;
    if (root.IsSequence()) {
        // OpenSLO tools accept a top-level list of objects in one document.
        for (const YAML::Node &item : root)
            splitDocuments(item, file, out, ctx);
        return;
    }
    if (!root.IsMap()) {
        ctx.error(
            root,
            Tr::tr("a document must be a mapping with apiVersion and kind, got %1").arg(Yaml::describeNode(root)));
        return;
    }
    ParsedDocument doc;
    doc.node = root;
    doc.file = file;
    if (const YAML::Node v = root["apiVersion"]; v && v.IsScalar())
        doc.apiVersion = Yaml::scalarText(v);
    if (const YAML::Node k = root["kind"]; k && k.IsScalar())
        doc.kind = Yaml::scalarText(k);
    out << doc;
}

} // namespace

void parseDocuments(const QByteArray &data, const QString &file, QList<ParsedDocument> &docs, Diagnostics &diagnostics)
{
    Yaml::Context ctx(file, &diagnostics);
    const qsizetype before = docs.size();
    // YAML reads JSON leniently (trailing commas, single quotes): a .json file must be strict JSON.
    if (file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        if (const auto problem = checkStrictJson(data, file)) {
            diagnostics << *problem;
            return;
        }
    }
    if (!Yaml::checkInput(data, ctx))
        return;
    try {
        const std::vector<YAML::Node> roots = Yaml::loadAll(data.toStdString());
        for (const YAML::Node &root : roots)
            splitDocuments(root, file, docs, ctx);
    } catch (const YAML::DeepRecursion &e) {
        // yaml-cpp calls this "bad file"; checkInput's depth limit normally comes first.
        ctx.error(ctx.location(e.mark), Tr::tr("mappings and lists are nested too deeply"));
    } catch (const YAML::ParserException &e) {
        ctx.error(ctx.location(e.mark), Tr::tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
    } catch (const YAML::Exception &e) {
        ctx.error(ctx.location(e.mark), Tr::tr("cannot read YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    qCDebug(lcDocument, "%s: %lld bytes, %lld documents", qPrintable(file), qint64(data.size()),
            qint64(docs.size() - before));
}

} // namespace Sla::Core
