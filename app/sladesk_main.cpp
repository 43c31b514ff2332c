// SPDX-License-Identifier: Apache-2.0
// sladesk: the desktop application. Builds the main window and wires it; nothing else.
#include "ui/dashboard/overviewwidget.h"
#include "ui/instancechannel.h"
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
#include <QUrl>

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
    const QCommandLineOption newInstance(
        QStringLiteral("new-instance"),
        QApplication::translate("main", "Start a new window even when SLA Desk already runs (otherwise a "
                                        "sladesk:// link or a path goes to the running one)."));
    parser.addOption(dump);
    parser.addOption(demo);
    parser.addOption(select);
    parser.addOption(newInstance);
    const QCommandLineOption edit(QStringLiteral("edit"),
                                  QApplication::translate("main", "Start in edit mode (the SLA editor)."));
    parser.addOption(edit);
    parser.process(app);

    // A sladesk://sla/NAME[/OBJECTIVE] link (from a notification, Alertmanager, a browser) or
    // a path; the desktop file passes file:// URLs.
    QString path;
    QString link;
    if (!parser.positionalArguments().isEmpty()) {
        const QString arg = parser.positionalArguments().constFirst();
        if (arg.startsWith(QLatin1String("sladesk:"), Qt::CaseInsensitive))
            link = arg;
        else if (arg.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
            path = QUrl(arg).toLocalFile();
        else
            path = arg;
    }
    Sla::Ui::InstanceChannel channel;
    const bool single = !parser.isSet(dump) && !parser.isSet(newInstance);
    if (single) {
        const QString message = !link.isEmpty()   ? QStringLiteral("link:") + link
                                : !path.isEmpty() ? QStringLiteral("open:") + QFileInfo(path).absoluteFilePath()
                                                  : QStringLiteral("raise:");
        if (channel.forward(message))
            return 0; // the running instance shows it
        channel.listen();
    }
    if (path.isEmpty() && !parser.isSet(demo)) {
        const QString last = QSettings().value(QStringLiteral("workspace/last")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    if (path.isEmpty())
        path = Sla::Ui::WorkspacePaths::demoWorkspace();

    Sla::Ui::MainWindow window;
    QObject::connect(&channel, &Sla::Ui::InstanceChannel::received, &window, [&window](const QString &message) {
        if (message.startsWith(QLatin1String("link:")))
            window.openLink(message.mid(5));
        else {
            if (message.startsWith(QLatin1String("open:")))
                window.openWorkspace(message.mid(5));
            window.showNormal();
            window.raise();
            window.activateWindow();
        }
    });
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
    if (!link.isEmpty())
        window.openLink(link);
    if (parser.isSet(edit))
        window.setEditMode(true);
    window.show();
    return app.exec();
}
