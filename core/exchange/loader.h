// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/document/diagnostic.h"
#include "core/document/model.h"

#include <QByteArray>
#include <QStringList>

namespace Sla::Core {

struct LoadResult
{
    Workspace workspace;
    Diagnostics diagnostics;
    QStringList files; ///< every file read, in reading order

    bool ok() const { return !hasErrors(diagnostics); }
};

/// Reads workspaces: YAML (or JSON) files with one or more documents each, in any of the
/// formats SLA Desk understands (sladesk/v1, OpenSLO v1/v1alpha/v2alpha, Sloth, Pyrra),
/// recognised by apiVersion and kind. Foreign formats are imported into the model. The
/// files given together form one set: references resolve across them.
class DocumentLoader
{
public:
    /// Files and folders; a folder contributes its *.yaml, *.yml and *.json files,
    /// recursively, in path order. Diagnostics name files as given.
    static LoadResult loadPaths(const QStringList &paths);
    /// One in-memory file.
    static LoadResult loadData(const QByteArray &data, const QString &fileName);
    /// Several in-memory files read as one set, in the given order.
    static LoadResult loadFiles(const QList<QPair<QString, QByteArray>> &files);

    /// Files a folder contributes, sorted; a plain file gives itself.
    static QStringList expandPath(const QString &path);
};

} // namespace Sla::Core
