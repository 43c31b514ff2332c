// SPDX-License-Identifier: Apache-2.0
// sladesk: the desktop application. Builds the main window and wires it; nothing else.
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    // QApplication aborts without a display, so answer --version before creating it.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("sladesk %s\n", SLADESK_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sladesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("SLA Desk"));
    QApplication::setApplicationVersion(QStringLiteral(SLADESK_VERSION));
    QApplication::setOrganizationName(QStringLiteral("SLA Desk"));
    QApplication::setDesktopFileName(QStringLiteral("org.sladesk.SlaDesk"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("sladesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "SLA compliance desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "Workspace folder or file to open."),
                                 QStringLiteral("[PATH]"));
    parser.process(app);

    Sla::Ui::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openWorkspace(parser.positionalArguments().constFirst());
    window.show();
    return app.exec();
}
