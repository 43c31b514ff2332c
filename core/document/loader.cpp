// SPDX-License-Identifier: Apache-2.0
#include "loader.h"

#include "core/document/importer.h"
#include "core/document/slareader.h"
#include "core/document/yamlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

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
        ctx.error(root, QCoreApplication::translate("Sla::Core::DocumentLoader", "a document must be a mapping with apiVersion and kind, got %1").arg(Yaml::describeNode(root)));
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

void parseFile(const QByteArray &data, const QString &file, QList<ParsedDocument> &docs, Diagnostics &diags)
{
    Yaml::Context ctx(file, &diags);
    try {
        const std::vector<YAML::Node> roots = Yaml::loadAll(data.toStdString());
        for (const YAML::Node &root : roots)
            splitDocuments(root, file, docs, ctx);
    } catch (const YAML::ParserException &e) {
        ctx.error(ctx.location(e.mark), QCoreApplication::translate("Sla::Core::DocumentLoader", "YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
    } catch (const YAML::Exception &e) {
        ctx.error(ctx.location(e.mark), QCoreApplication::translate("Sla::Core::DocumentLoader", "cannot read YAML: %1").arg(QString::fromStdString(e.msg)));
    }
}

QString describeUnknown(const ParsedDocument &doc)
{
    if (doc.apiVersion.isEmpty() && doc.kind.isEmpty())
        return QCoreApplication::translate("Sla::Core::DocumentLoader", "unrecognised document: no apiVersion and kind (supported: sladesk/v1 SLA and TierTemplate, "
                  "OpenSLO v1, v1alpha and v2alpha, Sloth prometheus/v1 and PrometheusServiceLevel, "
                  "Pyrra ServiceLevelObjective)");
    return QCoreApplication::translate("Sla::Core::DocumentLoader", "unsupported document: apiVersion '%1', kind '%2' (supported: sladesk/v1 SLA and TierTemplate, "
              "OpenSLO v1, v1alpha and v2alpha, Sloth prometheus/v1 and PrometheusServiceLevel, "
              "Pyrra ServiceLevelObjective)")
        .arg(doc.apiVersion, doc.kind);
}

LoadResult loadParsed(const QList<ParsedDocument> &docs, Diagnostics parseDiagnostics, QStringList files)
{
    LoadResult result;
    result.files = std::move(files);
    result.diagnostics = std::move(parseDiagnostics);
    auto importers = createImporters();
    for (const ParsedDocument &doc : docs) {
        Yaml::Context ctx(doc.file, &result.diagnostics);
        if (isNativeDocument(doc)) {
            readNativeDocument(doc, ctx, result.workspace);
            continue;
        }
        bool taken = false;
        for (const auto &importer : importers) {
            if (importer->accepts(doc)) {
                importer->read(doc, ctx);
                taken = true;
                break;
            }
        }
        if (!taken) {
            const YAML::Node at = doc.node["apiVersion"] ? doc.node["apiVersion"] : doc.node;
            ctx.error(at, describeUnknown(doc));
        }
    }
    for (const auto &importer : importers)
        importer->finish(result.workspace, result.diagnostics);
    return result;
}
} // namespace

QStringList DocumentLoader::expandPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {path};
    QStringList out;
    QDirIterator it(path, {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

LoadResult DocumentLoader::loadPaths(const QStringList &paths)
{
    QList<ParsedDocument> docs;
    Diagnostics diags;
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path)) {
            diags.append({Diagnostic::Severity::Error, {path, 0, 0}, QCoreApplication::translate("Sla::Core::DocumentLoader", "no such file or folder")});
            continue;
        }
        for (const QString &file : expandPath(path)) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                diags.append({Diagnostic::Severity::Error, {file, 0, 0}, QCoreApplication::translate("Sla::Core::DocumentLoader", "cannot read: %1").arg(f.errorString())});
                continue;
            }
            files << file;
            parseFile(f.readAll(), file, docs, diags);
        }
    }
    return loadParsed(docs, diags, files);
}

LoadResult DocumentLoader::loadData(const QByteArray &data, const QString &fileName)
{
    return loadFiles({{fileName, data}});
}

LoadResult DocumentLoader::loadFiles(const QList<QPair<QString, QByteArray>> &files)
{
    QList<ParsedDocument> docs;
    Diagnostics diags;
    QStringList names;
    for (const auto &[name, data] : files) {
        names << name;
        parseFile(data, name, docs, diags);
    }
    return loadParsed(docs, diags, names);
}

} // namespace Sla::Core
