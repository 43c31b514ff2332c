// SPDX-License-Identifier: Apache-2.0
// slactl: the command-line twin of SLA Desk. Everything lives in core; this only wires it.
#include "core/cli/reportcommand.h"
#include "core/cli/slactl.h"
#include "core/engine/translations.h"

#ifdef SLACTL_WITH_PDF
#include "ui/report/reportpdf.h"

#include <QApplication>
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/// A PDF report paints with QtGui (fonts, the dashboard's chart widgets): only that path
/// gets a QApplication, on the offscreen platform when there is no display (cron, CI).
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
#ifdef SLACTL_WITH_PDF
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (Sla::Core::wantsPdfReport(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        Sla::Core::setReportPdfRenderer(&Sla::Ui::ReportPdf::toPdf);
        return std::make_unique<QApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("slactl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLADESK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("SLA Desk"));
    // The messages in the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); numbers in
    // machine-readable output (JSON, CSV, YAML) never follow the locale.
    Sla::Core::Translations::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    int code = Sla::Core::runSlactl(QCoreApplication::arguments().mid(1), out, err);
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
