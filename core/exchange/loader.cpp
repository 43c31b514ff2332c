// SPDX-License-Identifier: Apache-2.0
#include "loader.h"

#include "core/document/documentparser.h"
#include "core/document/slareader.h"
#include "core/document/strictjson.h"
#include "core/document/tr.h"
#include "core/document/yamlguard.h"
#include "core/document/yamlsupport.h"
#include "core/exchange/importer.h"
#include "core/exchange/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Tr = Sla::Core::TrContext::DocumentLoader;

namespace Sla::Core {

namespace {

QString describeUnknown(const ParsedDocument &doc)
{
    if (doc.apiVersion.isEmpty() && doc.kind.isEmpty())
        return Tr::tr("unrecognised document: no apiVersion and kind (supported: sladesk/v1 SLA and TierTemplate, "
                      "OpenSLO v1, v1alpha and v2alpha, Sloth prometheus/v1 and PrometheusServiceLevel, "
                      "Pyrra ServiceLevelObjective)");
    return Tr::tr("unsupported document: apiVersion '%1', kind '%2' (supported: sladesk/v1 SLA and TierTemplate, "
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
    qCDebug(lcExchange, "read %lld files: %lld SLAs, %lld tiers, %lld data sources, %lld diagnostics",
            qint64(result.files.size()), qint64(result.workspace.slas.size()), qint64(result.workspace.tiers.size()),
            qint64(result.workspace.dataSources.size()), qint64(result.diagnostics.size()));
    return result;
}
} // namespace

QStringList DocumentLoader::expandPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {path};
    QStringList out;
    QDirIterator it(path, {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
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
            diags.append({Diagnostic::Severity::Error, {path, 0, 0}, Tr::tr("no such file or folder")});
            continue;
        }
        for (const QString &file : expandPath(path)) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                diags.append(
                    {Diagnostic::Severity::Error, {file, 0, 0}, Tr::tr("cannot read: %1").arg(f.errorString())});
                continue;
            }
            files << file;
            // Bounded: a FIFO or /dev/zero given as a document must not exhaust memory.
            bool tooLarge = false; // checkInput reports it
            parseDocuments(Yaml::readAtMost(f, Yaml::Limits::MaxBytes, &tooLarge), file, docs, diags);
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
        parseDocuments(data, name, docs, diags);
    }
    return loadParsed(docs, diags, names);
}

} // namespace Sla::Core
