// SPDX-License-Identifier: Apache-2.0
// File → Export Report… on the offscreen platform with the demo workspace: the preview
// shows pages, an export writes the file, the GUI thread keeps running its timers while
// the report is evaluated and while its PDF is painted, and Stop and Esc cancel.
#include "core/exchange/loader.h"
#include "ui/report/exportreportdialog.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using Sla::Ui::ExportReportDialog;

namespace {
const QString Demo = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");

// `count` SLAs: copies of the demo's three, renamed.
Sla::Core::Workspace copies(const Sla::Core::Workspace &demo, int count)
{
    Sla::Core::Workspace ws = demo;
    ws.slas.clear();
    for (int i = 0; i < count; ++i) {
        Sla::Core::Sla sla = demo.slas.at(i % demo.slas.size());
        sla.metadata.name += QStringLiteral("-%1").arg(i);
        ws.slas << sla;
    }
    return ws;
}

bool painting(const ExportReportDialog &dialog)
{
    return dialog.statusText().startsWith(QLatin1String("Painting page"));
}
} // namespace

class TestExportReportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const Sla::Core::LoadResult loaded = Sla::Core::DocumentLoader::loadPaths({Demo});
        QCOMPARE(loaded.workspace.slas.size(), 3);
        m_workspace = loaded.workspace;
    }

    void previewAndExport()
    {
        ExportReportDialog dialog(m_workspace, Demo, QStringLiteral("workspace"));
        dialog.periodCombo()->setCurrentIndex(0); // the last 30 days: where the recording is
        // One call: two read the clock twice, and a millisecond between them failed on a busy machine.
        const Sla::Core::Report::Period last30 = dialog.period();
        QCOMPARE(last30.from.msecsTo(last30.to), qint64(30) * 24 * 3600 * 1000);
        QSignalSpy done(&dialog, &ExportReportDialog::finished);
        // The GUI thread's timers keep firing while the worker evaluates.
        int ticks = 0;
        qint64 longestGap = 0;
        QElapsedTimer clock;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            if (ticks++ > 0)
                longestGap = std::max(longestGap, clock.restart());
            else
                clock.start();
        });
        timer.start(10);
        dialog.start();
        QVERIFY(dialog.isRunning());
        QVERIFY(done.wait(180000));
        timer.stop();
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY2(dialog.previewPages() >= 1, qPrintable(dialog.lastError()));
        QVERIFY(ticks > 5);
        qInfo("GUI timer: %d ticks, longest gap %lld ms", ticks, longestGap);

        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("report.csv"));
        dialog.formatCombo()->setCurrentIndex(1);
        dialog.start(csv);
        QVERIFY(done.wait(180000));
        QCOMPARE(done.last().first().toBool(), true);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("period,start,end,time_zone,row"));
        QVERIFY(text.contains("fraud-detection-api,tier-1,precision"));
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
    }

    // The PDF's pages are painted on the GUI thread one at a time with the events processed
    // between them: a 10 ms timer keeps firing while a report of 24 SLAs is painted. Painted
    // in one go, the timer would not fire at all until the file is written.
    void largePdfExportKeepsTheGuiResponsive()
    {
        ExportReportDialog dialog(copies(m_workspace, 24), Demo, QStringLiteral("workspace"));
        dialog.periodCombo()->setCurrentIndex(0);
        dialog.formatCombo()->setCurrentIndex(0);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QSignalSpy done(&dialog, &ExportReportDialog::finished);
        int paintingTicks = 0;
        int pages = 0;
        qint64 longestGap = 0;
        bool lastWasPainting = false;
        QElapsedTimer clock;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            const bool now = painting(dialog);
            if (now) {
                ++paintingTicks;
                pages = std::max(pages, dialog.progressBar()->maximum());
                if (lastWasPainting)
                    longestGap = std::max(longestGap, clock.elapsed());
            }
            clock.restart();
            lastWasPainting = now;
        });
        timer.start(10);
        dialog.start(pdf);
        QVERIFY(done.wait(300000));
        timer.stop();
        QVERIFY2(done.first().first().toBool(), qPrintable(dialog.lastError()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        qInfo("painting %d pages: %d GUI timer ticks, longest gap %lld ms", pages, paintingTicks, longestGap);
        QVERIFY2(pages >= 48, qPrintable(QString::number(pages)));
        QVERIFY2(paintingTicks >= 10, qPrintable(QString::number(paintingTicks)));
        // One page's painting, with room for a loaded CI machine.
        QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
    }

    // Esc while the pages are painted stops the export (like Stop) and keeps the dialog
    // open; no file is written.
    void escapeStopsPainting()
    {
        ExportReportDialog dialog(copies(m_workspace, 12), Demo, QStringLiteral("workspace"));
        dialog.periodCombo()->setCurrentIndex(0);
        dialog.formatCombo()->setCurrentIndex(0);
        dialog.show();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QSignalSpy done(&dialog, &ExportReportDialog::finished);
        bool pressed = false;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            if (!pressed && painting(dialog)) {
                pressed = true;
                QTest::keyClick(&dialog, Qt::Key_Escape);
            }
        });
        timer.start(5);
        dialog.start(pdf);
        QVERIFY(done.wait(300000));
        timer.stop();
        QVERIFY(pressed);
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(dialog.lastError(), QStringLiteral("cancelled"));
        QVERIFY(dialog.isVisible());
        QVERIFY(!QFile::exists(pdf));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void stopCancels()
    {
        ExportReportDialog dialog(m_workspace, Demo, QStringLiteral("workspace"));
        dialog.periodCombo()->setCurrentIndex(0);
        QSignalSpy done(&dialog, &ExportReportDialog::finished);
        dialog.start();
        dialog.cancel();
        QVERIFY(done.wait(180000));
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(dialog.lastError(), QStringLiteral("cancelled"));
        QCOMPARE(dialog.previewPages(), 0);
    }

private:
    Sla::Core::Workspace m_workspace;
};

QTEST_MAIN(TestExportReportDialog)
#include "tst_exportreportdialog.moc"
