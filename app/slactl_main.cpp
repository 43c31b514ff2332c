// SPDX-License-Identifier: Apache-2.0
// slactl: the command-line twin of SLA Desk. Everything lives in core; this only wires it.
#include "core/cli/slactl.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("slactl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLADESK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("SLA Desk"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    int code = Sla::Core::runSlactl(app.arguments().mid(1), out, err);
    out.flush();
    // Output that did not arrive (a full disk, /dev/full) is a failure, not a success.
    if (out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        err << QCoreApplication::translate("slactl", "slactl: cannot write standard output: %1")
                   .arg(QString::fromLocal8Bit(std::strerror(errno)))
            << '\n';
        code = code == 0 ? 1 : code;
    }
    err.flush();
    return code;
}
