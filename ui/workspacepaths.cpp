// SPDX-License-Identifier: Apache-2.0
#include "workspacepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Sla::Ui::WorkspacePaths {

QStringList demoCandidates()
{
    QStringList out;
    const QString env = qEnvironmentVariable("SLADESK_DEMO_WORKSPACE");
    if (!env.isEmpty())
        out << env;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty())
        out << QDir(appDir).absoluteFilePath(QStringLiteral("../share/sladesk/demo"));
    for (const QString &dir : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        out << QDir(dir).absoluteFilePath(QStringLiteral("sladesk/demo"));
    return out;
}

QString demoWorkspace()
{
    for (const QString &c : demoCandidates()) {
        const QDir dir(c);
        if (dir.exists() && !dir.entryList({QStringLiteral("*.yaml")}, QDir::Files).isEmpty())
            return QFileInfo(c).canonicalFilePath();
    }
    return QString();
}

} // namespace Sla::Ui::WorkspacePaths
