// SPDX-License-Identifier: Apache-2.0
// Desktop notifications against a real dunst (with-dunst.sh): what the Notify call carries,
// that markup is escaped, that a new state replaces the alert's notification, and that the
// Acknowledge action chosen in dunst's menu comes back as the alert's acknowledgement.
#include "core/alerting/desktopnotifier.h"

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Sla::Core;
using namespace Sla::Core::Alerting;

namespace {

QByteArray dunstctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("dunstctl"), args);
    if (!p.waitForFinished(10000))
        return {};
    return p.readAllStandardOutput();
}

NotificationRequest precisionPage()
{
    NotificationRequest r;
    r.event = NotificationRequest::Event::Firing;
    r.urgency = Urgency::Critical;
    r.persistent = true;
    Alert &a = r.alert;
    a.key = {QStringLiteral("fraud-detection-api"), QStringLiteral("precision"), QStringLiteral("precision-burn")};
    a.state = AlertState::Firing;
    a.summary = QStringLiteral("Precision 94.03 % < target 95 % <b>&</b>");
    a.target = 0.95;
    a.budgetRemaining = 0.25;
    a.lastEvaluated = QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC);
    a.exhaustion = a.lastEvaluated.addSecs(2 * 86400 + 4 * 3600);
    a.runbookUrl = QStringLiteral("https://wiki.example.com/runbooks/fraud?x=1&y=2");
    return r;
}

// The history entry of the notification with `summary` (dunst lists closed ones only).
QJsonObject historyEntry(const QString &summary)
{
    const QJsonObject doc = QJsonDocument::fromJson(dunstctl({QStringLiteral("history")})).object();
    for (const QJsonValue &group : doc.value(QStringLiteral("data")).toArray()) {
        for (const QJsonValue &entry : group.toArray()) {
            const QJsonObject e = entry.toObject();
            if (e.value(QStringLiteral("summary")).toObject().value(QStringLiteral("data")).toString() == summary)
                return e;
        }
    }
    return {};
}

QString field(const QJsonObject &entry, const char *name)
{
    return entry.value(QLatin1String(name)).toObject().value(QStringLiteral("data")).toVariant().toString();
}

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void texts_areEscapedAndComplete();
    void noBus_failsWithoutBlocking();
    void dunst_showsReplacesAndAcknowledgesFromItsMenu();
};

void TestDesktopNotifier::texts_areEscapedAndComplete()
{
    const NotificationRequest r = precisionPage();
    QCOMPARE(DesktopNotifier::summaryText(r), QStringLiteral("Firing: fraud-detection-api — precision"));
    const QString plain = DesktopNotifier::bodyText(r, false);
    QCOMPARE(plain, QStringLiteral("Precision 94.03 % &lt; target 95 % &lt;b&gt;&amp;&lt;/b&gt;\n"
                                   "Target 95 %\n"
                                   "Error budget left 25 %\n"
                                   "At the current burn the budget runs out in 2 d 4 h\n"
                                   "Runbook: https://wiki.example.com/runbooks/fraud?x=1&amp;y=2"));
    QVERIFY(DesktopNotifier::bodyText(r, true).endsWith(
        QStringLiteral("Runbook: <a href=\"https://wiki.example.com/runbooks/fraud?x=1&amp;y=2\">"
                       "https://wiki.example.com/runbooks/fraud?x=1&amp;y=2</a>")));
    NotificationRequest exhausted = r;
    exhausted.alert.budgetRemaining = -0.193;
    exhausted.alert.runbookUrl = QStringLiteral("file:///bin/sh"); // only web links are shown
    QCOMPARE(
        DesktopNotifier::bodyText(exhausted, true).split(QLatin1Char('\n')).mid(2),
        QStringList({QStringLiteral("Error budget left -19.3 %"), QStringLiteral("The error budget is exhausted")}));
    NotificationRequest resolved = r;
    resolved.event = NotificationRequest::Event::Resolved;
    QCOMPARE(DesktopNotifier::summaryText(resolved), QStringLiteral("Resolved: fraud-detection-api — precision"));
    QCOMPARE(DesktopNotifier::actionList(false).size(), 6);
    QVERIFY(DesktopNotifier::actionList(true).contains(QStringLiteral("remediate")));
}

void TestDesktopNotifier::noBus_failsWithoutBlocking()
{
    // A connection to nothing: the call fails at once and says so; nothing waits.
    const QDBusConnection none = QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/bus"),
                                                               QStringLiteral("sladesk-test-nobus"));
    QVERIFY(!none.isConnected());
    DesktopNotifier notifier(none);
    QSignalSpy failed(&notifier, &DesktopNotifier::failed);
    QElapsedTimer timer;
    timer.start();
    notifier.notify(precisionPage());
    QVERIFY(timer.elapsed() < 1000);
    QTRY_COMPARE(failed.count(), 1);
    // Answered once, however early the answer came (a reply reported twice once made the
    // replacement below count three sends).
    QTest::qWait(300);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QCOMPARE(notifier.notificationId(precisionPage().alert.key), 0u);
}

void TestDesktopNotifier::dunst_showsReplacesAndAcknowledgesFromItsMenu()
{
    DesktopNotifier notifier;
    // dunst answers GetCapabilities: actions and hyperlinks (it parses markup in any case).
    QTRY_VERIFY_WITH_TIMEOUT(!notifier.capabilities().isEmpty(), 10000);
    QVERIFY(notifier.capabilities().contains(QStringLiteral("actions")));
    QVERIFY(notifier.capabilities().contains(QStringLiteral("body-hyperlinks")));

    // dbus-monitor shows the Notify call as the server gets it (the urgency hint is a byte).
    QProcess monitor;
    monitor.start(QStringLiteral("dbus-monitor"),
                  {QStringLiteral("--session"),
                   QStringLiteral("type='method_call',interface='org.freedesktop.Notifications',member='Notify'")});
    QVERIFY(monitor.waitForStarted());
    QTest::qWait(500);

    QSignalSpy sent(&notifier, &DesktopNotifier::sent);
    QSignalSpy failed(&notifier, &DesktopNotifier::failed);
    QSignalSpy actions(&notifier, &DesktopNotifier::actionInvoked);
    const NotificationRequest page = precisionPage();
    notifier.notify(page, true);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 10000);
    QCOMPARE(failed.count(), 0);
    const uint id = sent.at(0).at(1).toUInt();
    QVERIFY(id > 0);
    QCOMPARE(notifier.notificationId(page.alert.key), id);
    QCOMPARE(dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).trimmed(), QByteArray("1"));

    // A new state of the same alert replaces its notification rather than adding one.
    notifier.notify(page, true);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 2, 10000);
    QCOMPARE(sent.at(1).at(1).toUInt(), id);
    QCOMPARE(dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).trimmed(), QByteArray("1"));

    // The user opens dunst's menu and picks Acknowledge (pick-acknowledge.sh does the picking).
    dunstctl({QStringLiteral("context")});
    QTRY_COMPARE_WITH_TIMEOUT(actions.count(), 1, 10000);
    QCOMPARE(actions.at(0).at(0).value<AlertKey>(), page.alert.key);
    QCOMPARE(actions.at(0).at(1).value<DesktopNotifier::Action>(), DesktopNotifier::Action::Acknowledge);

    // What dunst received: the summary, the escaped body, critical urgency, our app name.
    dunstctl({QStringLiteral("close-all")});
    const QJsonObject entry = historyEntry(DesktopNotifier::summaryText(page));
    QVERIFY2(!entry.isEmpty(), dunstctl({QStringLiteral("history")}).constData());
    QCOMPARE(field(entry, "body"),
             DesktopNotifier::bodyText(page, notifier.capabilities().contains(QStringLiteral("body-hyperlinks"))));
    QCOMPARE(field(entry, "appname"), QCoreApplication::applicationName());
    QCOMPARE(field(entry, "category"), QStringLiteral("sladesk.alert"));

    monitor.terminate();
    QVERIFY(monitor.waitForFinished(5000));
    const QString calls = QString::fromUtf8(monitor.readAllStandardOutput());
    QVERIFY2(calls.contains(QRegularExpression(QStringLiteral("string \"urgency\"\\s+variant\\s+byte 2"))),
             qPrintable(calls.left(4000)));
    QVERIFY(calls.contains(QStringLiteral("string \"acknowledge\"")));
    QVERIFY(calls.contains(QStringLiteral("string \"remediate\"")));
    QVERIFY(calls.contains(QStringLiteral("int32 0"))); // persistent: never expires
}

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
