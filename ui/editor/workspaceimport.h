// SPDX-License-Identifier: Apache-2.0
#pragma once

// File → Import… and drag and drop in Edit mode: a file becomes a new file of the
// workspace. SLA Desk's own documents are taken as they are (comments and all); OpenSLO,
// Sloth, Pyrra and Datadog SLO files are converted to sladesk/v1 as
// `slactl convert --to sladesk` does. Plain functions without widgets: the editor calls
// importForWorkspace() off the GUI thread.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Sla::Ui {

/// One file read for the workspace.
struct ImportedFile
{
    QString source;         ///< the path given
    QByteArray yaml;        ///< what the new workspace file holds
    bool converted = false; ///< a foreign format turned into sladesk/v1 (else the bytes as read)
    QString error;          ///< not imported: why, with file:line:column where known
};

/// Whether every document of `yaml` is SLA Desk's own (`apiVersion: sladesk/...`, or an
/// OpenSLO v1 DataSource, the workspace's form of data sources).
bool isNativeYaml(const QByteArray &yaml);

/// Reads `path` and prepares it for the workspace (see the file comment).
ImportedFile importForWorkspace(const QString &path);

/// The file the import of `source` goes to in `dir`: its base name with `.yaml`, `-2`,
/// `-3`... when `taken` (or the disk) has it.
QString importTarget(const QString &source, const QString &dir, const QStringList &taken);

/// Whether `path` has a suffix the import reads (yaml, yml, json).
bool isImportable(const QString &path);

} // namespace Sla::Ui
