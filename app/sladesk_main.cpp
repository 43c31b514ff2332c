// SPDX-License-Identifier: Apache-2.0
// sladesk: the desktop application. Builds the main window and wires it; nothing else.
#include "ui/dashboard/overviewwidget.h"
#include "ui/mainwindow.h"
#include "ui/workspacepaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char **argv)
{
    QElapsedTimer started;
    started.start();
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
                                 QApplication::translate("main", "Workspace folder or file to open. Without one, the "
                                                                 "last workspace, or else the bundled demo."),
                                 QStringLiteral("[PATH]"));
    const QCommandLineOption dump(QStringLiteral("self-test-dump"),
                                  QApplication::translate("main", "Print the overview rows after the first refresh "
                                                                  "has been painted, then quit (for tests)."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the bundled demo workspace."));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QApplication::translate("main", "Select an SLA or objective once the first "
                                                                    "evaluation is shown."),
                                    QStringLiteral("SLA[/OBJECTIVE]"));
    parser.addOption(dump);
    parser.addOption(demo);
    parser.addOption(select);
    parser.process(app);

    QString path;
    if (!parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    else if (!parser.isSet(demo)) {
        const QString last = QSettings().value(QStringLiteral("workspace/last")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    if (path.isEmpty())
        path = Sla::Ui::WorkspacePaths::demoWorkspace();

    Sla::Ui::MainWindow window;
    if (parser.isSet(select)) {
        const QStringList parts = parser.value(select).split(QLatin1Char('/'));
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(&window, &Sla::Ui::MainWindow::reportShown, &window, [&window, parts, once] {
            QObject::disconnect(*once);
            window.overview()->select(parts.value(0), parts.value(1));
        });
    }
    if (parser.isSet(dump)) {
        QObject::connect(&window, &Sla::Ui::MainWindow::reportShown, &window, [&window, &started] {
            // Let the views paint the report first: the dump says what a user would see.
            QTimer::singleShot(0, &window, [&window, &started] {
                window.repaint();
                const QString rows = window.overview()->dumpVisibleRows();
                std::fputs(rows.toUtf8().constData(), stdout);
                std::printf("painted after %lld ms\n", static_cast<long long>(started.elapsed()));
                std::fflush(stdout);
                QApplication::exit(0);
            });
        });
    }
    if (!path.isEmpty())
        window.openWorkspace(path);
    window.show();
    return app.exec();
}
