// SPDX-License-Identifier: Apache-2.0
// bench_dashboard: the dashboard's GUI figures (DESIGN.md section 7). Not a test: run
//   QT_QPA_PLATFORM=offscreen build/dev/tests/bench/bench_dashboard [--slas 200] [--runs 5]
// It prints
//   - the longest event-loop stall during a refresh of N SLAs (target <= 50 ms), measured
//     by a 1 ms timer whose gaps are recorded from the start of the refresh until the
//     report has been painted;
//   - resident memory with N SLAs loaded, evaluated and painted (target <= 200 MB);
//   - cold start of the real sladesk binary to a painted demo dashboard (target <= 1 s),
//     the median of --runs runs of `sladesk --self-test-dump` (process start to exit).
// The N-SLA workspace is generated: copies of the demo's three SLAs on its recording.
#include "core/dashboard/refreshcontroller.h"
#include "core/document/yamlwriter.h"
#include "core/exchange/loader.h"
#include "ui/dashboard/overviewwidget.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QString demoDir()
{
    return QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
}

bool writeWorkspace(const QString &dir, int count)
{
    const Sla::Core::LoadResult demo = Sla::Core::DocumentLoader::loadPaths({demoDir()});
    if (!demo.ok() || demo.workspace.slas.isEmpty())
        return false;
    Sla::Core::Workspace ws;
    for (Sla::Core::DataSource ds : demo.workspace.dataSources) {
        if (!ds.file.isEmpty())
            ds.file = QDir(demoDir()).absoluteFilePath(ds.file);
        ws.dataSources << ds;
    }
    for (int i = 0; i < count; ++i) {
        Sla::Core::Sla sla = demo.workspace.slas.at(i % demo.workspace.slas.size());
        const QString suffix = QStringLiteral("-%1").arg(i, 3, 10, QLatin1Char('0'));
        sla.metadata.name += suffix;
        sla.metadata.displayName += suffix;
        ws.slas << sla;
    }
    QString error;
    if (!Sla::Core::saveDocuments(QDir(dir).filePath(QStringLiteral("workspace.yaml")), ws, &error)) {
        std::fprintf(stderr, "cannot write the workspace: %s\n", qPrintable(error));
        return false;
    }
    return true;
}

long statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SLA Desk Bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("slas"), QStringLiteral("Number of SLAs."), QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Cold start runs."), QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("sladesk"), QStringLiteral("The sladesk binary."), QStringLiteral("path"),
                      QStringLiteral(SLADESK_BINARY)});
    parser.process(app);
    const int count = parser.value(QStringLiteral("slas")).toInt();

    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QTemporaryDir dir;
    if (!writeWorkspace(dir.path(), count))
        return 1;

    Sla::Ui::MainWindow window;
    window.setRefreshInterval(0);
    window.show();
    QSignalSpy loaded(&window, &Sla::Ui::MainWindow::workspaceLoaded);
    QSignalSpy shown(&window, &Sla::Ui::MainWindow::reportShown);

    // The stall meter: a 1 ms timer; the longest gap between two ticks is the longest
    // time the event loop was busy with something else.
    QElapsedTimer clock;
    qint64 last = 0, longest = 0;
    bool measuring = false;
    QTimer meter;
    meter.setInterval(1);
    QObject::connect(&meter, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (measuring)
            longest = std::max(longest, now - last);
        last = now;
    });
    clock.start();
    meter.start();

    window.openWorkspace(dir.path());
    if (!loaded.wait(60000) && loaded.isEmpty()) {
        std::fprintf(stderr, "the workspace did not load\n");
        return 1;
    }
    // The first evaluation (cold caches, file parsing) runs now; wait for it.
    if (shown.isEmpty() && !shown.wait(300000)) {
        std::fprintf(stderr, "no report\n");
        return 1;
    }
    QApplication::processEvents();
    const int rows = int(window.overview()->dumpVisibleRows().count(QLatin1Char('\n')));

    // The measured refresh: warm, as the auto refresh runs all day.
    for (int round = 0; round < 3; ++round) {
        shown.clear();
        last = clock.nsecsElapsed();
        longest = 0;
        measuring = true;
        QElapsedTimer took;
        took.start();
        window.refresher()->refresh();
        if (shown.isEmpty() && !shown.wait(300000)) {
            std::fprintf(stderr, "refresh did not finish\n");
            return 1;
        }
        window.repaint(); // the report painted
        QTimer::singleShot(0, [] {});
        QApplication::processEvents();
        measuring = false;
        std::printf("refresh %d of %d SLAs (%d rows): %lld ms, longest event-loop stall %.1f ms (target <= 50 ms)\n",
                    round + 1, count, rows, static_cast<long long>(took.elapsed()), double(longest) / 1e6);
    }
    // Where the time goes on the GUI thread: showing a report (models, views, detail header).
    {
        const Sla::Core::EvaluationReport report = window.refresher()->lastReport();
        QElapsedTimer t;
        t.start();
        window.showReport(report);
        const qint64 show = t.nsecsElapsed();
        window.repaint();
        std::printf("showing a report of %d SLAs: %.1f ms, painting it: %.1f ms\n", count, double(show) / 1e6,
                    double(t.nsecsElapsed() - show) / 1e6);
    }
    std::printf("resident memory with %d SLAs: %.1f MB (peak %.1f MB; target <= 200 MB)\n", count,
                double(statusKiB("VmRSS")) / 1024.0, double(statusKiB("VmHWM")) / 1024.0);

    // Cold start of the real binary on the demo.
    const QString sladesk = parser.value(QStringLiteral("sladesk"));
    std::vector<qint64> times;
    for (int i = 0; i < parser.value(QStringLiteral("runs")).toInt(); ++i) {
        QTemporaryDir home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(sladesk, {QStringLiteral("--self-test-dump"), demoDir()});
        p.waitForFinished(60000);
        times.push_back(t.elapsed());
        if (p.exitCode() != 0)
            std::fprintf(stderr, "sladesk failed: %s\n", p.readAllStandardError().constData());
    }
    if (!times.empty()) {
        std::sort(times.begin(), times.end());
        std::printf("cold start to a painted demo dashboard (%s): median %lld ms, max %lld ms over %zu runs "
                    "(target <= 1000 ms)\n",
                    qPrintable(QGuiApplication::platformName()), static_cast<long long>(times[times.size() / 2]),
                    static_cast<long long>(times.back()), times.size());
    }
    return 0;
}
