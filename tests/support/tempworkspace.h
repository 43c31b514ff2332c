// SPDX-License-Identifier: Apache-2.0
#pragma once

// Fixture builders: a temporary workspace made of given files.

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace Sla::TestSupport {

/// Writes `content` to `path`, making its folder; false when the file cannot be written.
bool writeFile(const QString &path, const QByteArray &content);

/// A temporary folder, removed with the object, that the test fills with workspace files.
class TempWorkspace
{
public:
    TempWorkspace() = default;
    /// Below `parent` (e.g. a TMPDIR set by a wrapper script) instead of the system's.
    explicit TempWorkspace(const QString &parent);

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// Writes one file of the workspace (e.g. "slas/api.yaml"); false on failure.
    bool write(const QString &name, const QByteArray &content) const;

private:
    QTemporaryDir m_dir;
};

} // namespace Sla::TestSupport
