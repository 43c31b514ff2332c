// SPDX-License-Identifier: Apache-2.0
// Issue 10, "done when": the desktop on the demo workspace with a real dunst (with-dunst.sh)
// and a real prometheus-alertmanager. The precision breach is notified within one
// evaluation interval of opening the workspace; one alert is acknowledged from dunst's
// menu and one from the console; both acknowledgements are there after a restart (read
// back from the SQLite history); the same alert reaches Alertmanager with its labels; the
// console's history filters and CSV export and the post-mortem draft show the incident.
#include "alertmanagerprocess.h"
#include "core/alerting/alertservice.h"
#include "core/dashboard/refreshcontroller.h"
#include "ui/alerting/alertconsole.h"
#include "ui/alerting/alertdesk.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableWidget>

using namespace Sla;
using namespace Sla::Core::Alerting;
using AlertmanagerTest::AlertmanagerProcess;
using AlertmanagerTest::WebhookReceiver;

namespace {

const QString Fraud = QStringLiteral("fraud-detection-api");
const AlertKey Drop{Fraud, QStringLiteral("precision"), QStringLiteral("precision-drop")};
const QString NotificationNote = QStringLiteral("Acknowledged from the desktop notification");

bool copyDemo(const QString &to, quint16 alertmanagerPort)
{
    const QString from = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    // The fraud SLA also notifies the Alertmanager of this test.
    QFile sla(to + QStringLiteral("/fraud-detection-api.yaml"));
    if (!sla.open(QIODevice::ReadWrite))
        return false;
    QByteArray text = sla.readAll();
    const QByteArray before = "  notify: [desktop]\n";
    if (!text.contains(before))
        return false;
    const QByteArray after = QByteArray("  notify: [desktop, {alertmanager: http://127.0.0.1:") +
                             QByteArray::number(alertmanagerPort) + "}]\n";
    text.replace(before, after);
    return sla.resize(0) && sla.write(text) == text.size();
}

QByteArray dunstctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("dunstctl"), args);
    return p.waitForFinished(10000) ? p.readAllStandardOutput() : QByteArray();
}

bool historyHas(AlertService *service, HistoryEvent::Type type, const AlertKey &key)
{
    QFuture<QList<HistoryEvent>> f = service->history();
    f.waitForFinished();
    const QList<HistoryEvent> events = f.result();
    return std::any_of(events.begin(), events.end(),
                       [&](const HistoryEvent &e) { return e.type == type && e.key == key; });
}

QJsonObject alertmanagerAlert(AlertmanagerProcess &am, const QString &alertname)
{
    for (const QJsonValue &v : am.alerts()) {
        const QJsonObject labels = v.toObject().value(QStringLiteral("labels")).toObject();
        if (labels.value(QStringLiteral("alertname")).toString() == alertname)
            return labels;
    }
    return {};
}

} // namespace

class TestOnCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoBreach_notifiedAcknowledgedKeptAndForwarded();
};

void TestOnCall::demoBreach_notifiedAcknowledgedKeptAndForwarded()
{
    WebhookReceiver hook;
    QVERIFY(hook.listen());
    AlertmanagerProcess am;
    QVERIFY(am.prepare(hook.port()));
    QVERIFY(am.start());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ws = dir.filePath(QStringLiteral("workspace"));
    QVERIFY(copyDemo(ws, quint16(am.url().port())));
    qputenv("XDG_STATE_HOME", dir.filePath(QStringLiteral("state")).toUtf8());

    AlertKey byNotification;
    {
        QElapsedTimer clock;
        clock.start();
        Ui::MainWindow w;
        w.show();
        w.openWorkspace(ws);
        QTRY_VERIFY_WITH_TIMEOUT(w.alertDesk()->service() && w.alertDesk()->service()->isReady(), 30000);
        AlertService *service = w.alertDesk()->service();
        QCOMPARE(service->historyError(), QString());
        // Notified (dunst answered the Notify call) within one evaluation interval.
        QTRY_VERIFY_WITH_TIMEOUT(historyHas(service, HistoryEvent::Type::NotificationSent, Drop), 30000);
        const qint64 elapsed = clock.elapsed();
        qInfo("precision breach notified %lld ms after opening the workspace", elapsed);
        QVERIFY2(elapsed < std::chrono::milliseconds(Core::RefreshController::DefaultInterval).count(),
                 qPrintable(QString::number(elapsed)));
        QCOMPARE(service->find(Drop)->state, AlertState::Firing);
        QVERIFY(dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).trimmed().toInt() >= 1);

        // Acknowledge from dunst's menu (pick-acknowledge.sh picks the first Acknowledge).
        dunstctl({QStringLiteral("context")});
        const auto acknowledged = [&] {
            for (const Alert &a : service->alerts()) {
                if (a.ack && a.ack->note == NotificationNote)
                    byNotification = a.key;
            }
            return byNotification.isValid();
        };
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged(), 15000);
        QVERIFY(byNotification.isValid());

        // Acknowledge the page from the console (when dunst's menu chose another alert).
        Ui::AlertConsole *console = w.alertDesk()->console();
        QVERIFY(console->selectAlert(Drop));
        if (!(byNotification == Drop))
            QVERIFY(console->acknowledgeSelected(QStringLiteral("retraining started")));
        QVERIFY(service->find(Drop)->ack);

        // The same alert in the real Alertmanager, with its labels.
        QJsonObject labels;
        QTRY_VERIFY_WITH_TIMEOUT(!(labels = alertmanagerAlert(am, QStringLiteral("precision-drop"))).isEmpty(), 20000);
        QCOMPARE(labels.value(QStringLiteral("sla")).toString(), Fraud);
        QCOMPARE(labels.value(QStringLiteral("objective")).toString(), QStringLiteral("precision"));
        QCOMPARE(labels.value(QStringLiteral("severity")).toString(), QStringLiteral("page"));
        QCOMPARE(labels.value(QStringLiteral("tier")).toString(), QStringLiteral("tier-1"));
        // The label of the Prometheus rule `slactl rules` writes for it (window: 1h).
        QCOMPARE(labels.value(QStringLiteral("sladesk_window")).toString(), QStringLiteral("1h"));

        // The console: history filtered by text, CSV export, post-mortem draft. The console
        // reads the history again shortly after events are recorded: the acknowledgements
        // are there once it has.
        QTRY_VERIFY_WITH_TIMEOUT(console->historyRowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(console->postMortemDraft().contains(QStringLiteral("Acknowledged")), 10000);
        console->historyText()->setText(QStringLiteral("precision-drop"));
        const int rows = console->historyRowCount();
        QVERIFY(rows > 0);
        for (int r = 0; r < rows; ++r)
            QVERIFY(console->historyTable()->item(r, 2)->text().contains(QStringLiteral("precision-drop")));
        const QString csv = dir.filePath(QStringLiteral("history.csv"));
        QVERIFY(console->exportHistoryCsv(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().count("\r\n"), rows + 1); // header + the filtered rows
        const QString draft = console->postMortemDraft();
        QVERIFY(draft.contains(QStringLiteral("# Post-mortem (draft): Fraud detection API — precision")));
        QVERIFY(draft.contains(QStringLiteral("pending → firing")));
        QVERIFY(draft.contains(QStringLiteral("Acknowledged")));
        service->flush();
    }

    // A restart: the acknowledgements come back from the history.
    Ui::MainWindow again;
    again.openWorkspace(ws);
    QTRY_VERIFY_WITH_TIMEOUT(again.alertDesk()->service() && again.alertDesk()->service()->isReady(), 30000);
    AlertService *service = again.alertDesk()->service();
    QVERIFY(service->find(Drop) && service->find(Drop)->ack);
    const Alert *viaDunst = service->find(byNotification);
    QVERIFY(viaDunst && viaDunst->ack);
    QCOMPARE(viaDunst->ack->note, NotificationNote);
    QVERIFY(historyHas(service, HistoryEvent::Type::Acknowledged, Drop));
    am.stop();
}

QTEST_MAIN(TestOnCall)
#include "tst_oncall.moc"
