// SPDX-License-Identifier: Apache-2.0
// sladesk: the desktop application. Builds the main window and wires it; nothing else.
#include "core/engine/translations.h"
#include "ui/dashboard/overviewwidget.h"
#include "ui/instancechannel.h"
#include "ui/mainwindow.h"
#include "ui/workspacepaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPixmap>
#include <QSettings>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/// The command line, described once for the help text and the run.
struct Options
{
    QCommandLineOption dump{QStringLiteral("self-test-dump"),
                            QCoreApplication::translate("main", "Print the overview rows after the first refresh "
                                                                "has been painted, then quit (for tests).")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Open the bundled demo workspace.")};
    QCommandLineOption select{QStringLiteral("select"),
                              QCoreApplication::translate("main", "Select an SLA or objective once the first "
                                                                  "evaluation is shown."),
                              QStringLiteral("SLA[/OBJECTIVE]")};
    QCommandLineOption newInstance{
        QStringLiteral("new-instance"),
        QCoreApplication::translate("main", "Start a new window even when SLA Desk already runs (otherwise a "
                                            "sladesk:// link or a path goes to the running one).")};
    QCommandLineOption edit{QStringLiteral("edit"),
                            QCoreApplication::translate("main", "Start in edit mode (the SLA editor).")};
    QCommandLineOption screenshot{QStringLiteral("self-test-screenshot"),
                                  QCoreApplication::translate("main", "With --self-test-dump: save the window as "
                                                                      "a PNG image two seconds after the first "
                                                                      "refresh, then dump and quit."),
                                  QStringLiteral("FILE")};
    QCommandLineOption language{QStringLiteral("language"),
                                QCoreApplication::translate("main", "The language of this run: en, de or fr "
                                                                    "(default: View > Language, else the system's)."),
                                QStringLiteral("LANG")};

    explicit Options(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "SLA compliance desk"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("PATH"),
                                     QCoreApplication::translate("main",
                                                                 "Workspace folder or file to open. Without one, the "
                                                                 "last workspace, or else the bundled demo."),
                                     QStringLiteral("[PATH]"));
        for (const QCommandLineOption *o : {&dump, &screenshot, &demo, &select, &newInstance, &edit, &language})
            parser.addOption(*o);
    }
};

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("sladesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLADESK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("SLA Desk"));
}

/// The language: --language, else the Settings choice (View > Language), else the system's.
void installLanguage(int argc, char **argv)
{
    QString language = QSettings().value(QStringLiteral("view/language")).toString();
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--language="))
            language = QString::fromLocal8Bit(arg.mid(11));
        else if (arg == "--language" && i + 1 < argc)
            language = QString::fromLocal8Bit(argv[i + 1]);
    }
    if (!Sla::Core::Translations::languages().contains(language))
        language.clear();
    Sla::Core::Translations::install(language);
}

bool wantsVersionOrHelp(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--version", "-v", "--help", "-h", "--help-all", "-?"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer started;
    started.start();
    // QApplication aborts without a display: --version and --help are answered before it exists.
    if (wantsVersionOrHelp(argc, argv)) {
        QCoreApplication core(argc, argv);
        setIdentity();
        installLanguage(argc, argv);
        QCommandLineParser parser;
        const Options options(parser);
        parser.process(core); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("SLA Desk"));
    QApplication::setDesktopFileName(QStringLiteral("org.sladesk.SlaDesk"));
    installLanguage(argc, argv);

    QCommandLineParser parser;
    const Options options(parser);
    parser.process(app);
    const QCommandLineOption &dump = options.dump;
    const QCommandLineOption &demo = options.demo;
    const QCommandLineOption &select = options.select;
    const QCommandLineOption &newInstance = options.newInstance;
    const QCommandLineOption &edit = options.edit;

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
        const QString shot = parser.value(options.screenshot);
        QObject::connect(&window, &Sla::Ui::MainWindow::reportShown, &window, [&window, &started, shot] {
            // Let the views paint the report first: the dump says what a user would see. A
            // screenshot waits for the detail charts' series too.
            QTimer::singleShot(shot.isEmpty() ? 0 : 2000, &window, [&window, &started, shot] {
                window.repaint();
                if (!shot.isEmpty() && !window.grab().save(shot, "PNG"))
                    std::fprintf(stderr, "sladesk: cannot write %s\n", qPrintable(shot));
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
