// SPDX-License-Identifier: Apache-2.0
// File → Export Report… on the offscreen platform with the demo workspace: the preview
// shows pages, an export writes the file, the GUI thread keeps running its timers while
// the report is evaluated, and Stop cancels.
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
}

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
