// SPDX-License-Identifier: Apache-2.0
#include "tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Sla::TestSupport {

bool writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

TempWorkspace::TempWorkspace(const QString &parent) : m_dir(parent + QStringLiteral("/workspace-XXXXXX")) {}

bool TempWorkspace::write(const QString &name, const QByteArray &content) const
{
    return isValid() && writeFile(m_dir.filePath(name), content);
}

} // namespace Sla::TestSupport
