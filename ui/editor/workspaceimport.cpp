// SPDX-License-Identifier: Apache-2.0
#include "workspaceimport.h"

#include "core/document/yamlwriter.h"
#include "core/exchange/loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Sla::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sla::Ui::WorkspaceImport)
};

// The value of a top-level `key:` line of one document (quotes and comments dropped).
QString topLevelValue(const QString &document, const QString &key)
{
    const QRegularExpression re(QStringLiteral("^%1:\\s*[\"']?([^\"'\\s#]+)").arg(key),
                                QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(document);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

bool isNativeYaml(const QByteArray &yaml)
{
    static const QRegularExpression separator(QStringLiteral("^---[^\\n]*$"), QRegularExpression::MultilineOption);
    int native = 0;
    for (const QString &document : QString::fromUtf8(yaml).split(separator)) {
        const QString api = topLevelValue(document, QStringLiteral("apiVersion"));
        if (api.isEmpty() && document.trimmed().isEmpty())
            continue;
        const bool ours = api.startsWith(QLatin1String("sladesk/")) ||
                          (api == QLatin1String("openslo/v1") &&
                           topLevelValue(document, QStringLiteral("kind")) == QLatin1String("DataSource"));
        if (!ours)
            return false;
        ++native;
    }
    return native > 0;
}

ImportedFile importForWorkspace(const QString &path)
{
    ImportedFile result;
    result.source = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Tr::tr("%1: cannot read it: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (isNativeYaml(bytes)) {
        // Taken as written, errors and all: the diagnostics panel shows them, the YAML tab fixes them.
        result.yaml = bytes;
        return result;
    }
    const Core::LoadResult loaded = Core::DocumentLoader::loadData(bytes, QDir::toNativeSeparators(path));
    const Core::Workspace &ws = loaded.workspace;
    for (const Core::Diagnostic &d : loaded.diagnostics) {
        if (d.isError()) {
            result.error = d.toString();
            return result;
        }
    }
    if (ws.isEmpty()) {
        result.error = Tr::tr("%1: no document SLA Desk can import").arg(QDir::toNativeSeparators(path));
        return result;
    }
    result.yaml = Core::writeDocuments(ws);
    result.converted = true;
    return result;
}

QString importTarget(const QString &source, const QString &dir, const QStringList &taken)
{
    const QString base = QFileInfo(source).completeBaseName();
    const QDir folder(dir);
    QString target = folder.filePath(base + QStringLiteral(".yaml"));
    for (int n = 2; QFileInfo::exists(target) || taken.contains(target); ++n)
        target = folder.filePath(base + QStringLiteral("-%1.yaml").arg(n));
    return target;
}

bool isImportable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("yaml") || suffix == QLatin1String("yml") || suffix == QLatin1String("json");
}

} // namespace Sla::Ui
