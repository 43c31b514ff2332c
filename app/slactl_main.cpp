// SPDX-License-Identifier: Apache-2.0
// slactl: the command-line twin of SLA Desk. Everything lives in core; this only wires it.
#include "core/cli/slactl.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("slactl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLADESK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("SLA Desk"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = Sla::Core::runSlactl(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
