// SPDX-License-Identifier: Apache-2.0
// Alerts to a real prometheus-alertmanager on 127.0.0.1: labels and annotations as its API
// shows them and as its webhook delivers them, re-sending while firing, resolution with
// endsAt, and a restart of Alertmanager while an alert fires (the alert comes back).
#include "alertmanagerprocess.h"
#include "core/alerting/alertmanagersender.h"
#include "core/alerting/webhooksender.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sla::Core;
using namespace Sla::Core::Alerting;
using AlertmanagerTest::AlertmanagerProcess;
using AlertmanagerTest::WebhookReceiver;

namespace {

Alert precisionAlert(const QDateTime &now)
{
    Alert a;
    a.key = {QStringLiteral("fraud-detection-api"), QStringLiteral("precision"), QStringLiteral("precision-burn")};
    a.state = AlertState::Firing;
    a.severity = AlertSeverity::Page;
    a.tier = QStringLiteral("tier-1");
    a.activeSince = now.addSecs(-120);
    a.firingSince = now.addSecs(-60);
    a.summary = QStringLiteral("Precision 94.03 % against a target of 95 %");
    a.description = QStringLiteral("Burn rate 14.4× over 1h and 5m; budget runs out in 2 d 4 h");
    a.runbookUrl = QStringLiteral("https://wiki.example.com/runbooks/fraud-detection");
    a.budgetRemaining = -0.193;
    a.window = QStringLiteral("1h"); // the rule's sladesk_window (Alerting::windowLabel)
    return a;
}

} // namespace

class TestAlertmanager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urls_httpsUnlessLoopback();
    void body_hasTheDocumentedLabelsAndAnnotations();
    void realAlertmanager_firingResendRestartResolve();
    void webhook_postsTheDocumentedBody_andRetries();
};

void TestAlertmanager::urls_httpsUnlessLoopback()
{
    QVERIFY(!AlertmanagerSender::checkUrl(QUrl(QStringLiteral("https://am.example.com"))));
    QVERIFY(!AlertmanagerSender::checkUrl(QUrl(QStringLiteral("http://127.0.0.1:9093"))));
    QVERIFY(!AlertmanagerSender::checkUrl(QUrl(QStringLiteral("http://localhost:9093"))));
    QVERIFY(!AlertmanagerSender::checkUrl(QUrl(QStringLiteral("http://[::1]:9093"))));
    const auto plain = AlertmanagerSender::checkUrl(QUrl(QStringLiteral("http://am.example.com:9093")));
    QVERIFY(plain);
    QVERIFY2(plain->contains(QStringLiteral("use https")), qPrintable(*plain));
    QVERIFY(AlertmanagerSender::checkUrl(QUrl(QStringLiteral("ftp://127.0.0.1/"))));
    QVERIFY(AlertmanagerSender::checkUrl(QUrl(QStringLiteral("not a url"))));
}

void TestAlertmanager::body_hasTheDocumentedLabelsAndAnnotations()
{
    const QDateTime now(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC);
    Alert resolved = precisionAlert(now);
    resolved.key.rule = QStringLiteral("precision-low");
    resolved.state = AlertState::Resolved;
    resolved.resolvedAt = now.addSecs(-10);
    const QJsonArray array = QJsonDocument::fromJson(AlertmanagerSender::body({precisionAlert(now), resolved}, now,
                                                                              std::chrono::seconds(60)))
                                 .array();
    QCOMPARE(array.size(), 2);
    const QJsonObject firing = array.at(0).toObject();
    QCOMPARE(firing.value(QStringLiteral("labels")).toObject(),
             QJsonObject({{QStringLiteral("alertname"), QStringLiteral("precision-burn")},
                          {QStringLiteral("sla"), QStringLiteral("fraud-detection-api")},
                          {QStringLiteral("objective"), QStringLiteral("precision")},
                          {QStringLiteral("severity"), QStringLiteral("page")},
                          {QStringLiteral("tier"), QStringLiteral("tier-1")},
                          {QStringLiteral("sladesk_window"), QStringLiteral("1h")}}));
    const QJsonObject ann = firing.value(QStringLiteral("annotations")).toObject();
    QCOMPARE(ann.value(QStringLiteral("dashboard")).toString(),
             QStringLiteral("sladesk://sla/fraud-detection-api/precision"));
    QCOMPARE(ann.value(QStringLiteral("runbook_url")).toString(),
             QStringLiteral("https://wiki.example.com/runbooks/fraud-detection"));
    QCOMPARE(ann.value(QStringLiteral("budget_remaining")).toString(), QStringLiteral("-19.3 %"));
    QCOMPARE(ann.value(QStringLiteral("summary")).toString(),
             QStringLiteral("Precision 94.03 % against a target of 95 %"));
    QCOMPARE(firing.value(QStringLiteral("startsAt")).toString(), QStringLiteral("2026-03-31T11:59:00.000Z"));
    QCOMPARE(firing.value(QStringLiteral("endsAt")).toString(), QStringLiteral("2026-03-31T12:04:00.000Z")); // 4 × 60 s
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("endsAt")).toString(),
             QStringLiteral("2026-03-31T11:59:50.000Z"));
}

void TestAlertmanager::realAlertmanager_firingResendRestartResolve()
{
    WebhookReceiver hook;
    QVERIFY(hook.listen());
    AlertmanagerProcess am;
    QVERIFY(am.prepare(hook.port()));
    QVERIFY(am.start());
    QVERIFY(!AlertmanagerSender::checkUrl(am.url()));

    AlertmanagerSender::Options options;
    options.resendInterval = std::chrono::seconds(2);
    AlertmanagerSender sender(am.url(), options);
    QSignalSpy delivered(&sender, &AlertmanagerSender::delivered);
    QSignalSpy failed(&sender, &AlertmanagerSender::failed);
    QDateTime now = QDateTime::currentDateTimeUtc();
    Alert alert = precisionAlert(now);

    sender.sync({alert}, now);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(am.alerts().size(), 1, 10000);
    QJsonObject held = am.alerts().at(0).toObject();
    QCOMPARE(held.value(QStringLiteral("labels")).toObject().value(QStringLiteral("severity")).toString(),
             QStringLiteral("page"));
    QCOMPARE(held.value(QStringLiteral("labels")).toObject().value(QStringLiteral("tier")).toString(),
             QStringLiteral("tier-1"));
    QCOMPARE(held.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("active"));
    // The webhook receiver gets it with labels and annotations (group_wait 1 s).
    QTRY_VERIFY_WITH_TIMEOUT(!hook.bodies.isEmpty(), 15000);
    const QJsonObject first = hook.bodies.at(0);
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("firing"));
    const QJsonObject hooked = first.value(QStringLiteral("alerts")).toArray().at(0).toObject();
    QCOMPARE(hooked.value(QStringLiteral("annotations")).toObject().value(QStringLiteral("runbook_url")).toString(),
             alert.runbookUrl);
    QCOMPARE(hooked.value(QStringLiteral("labels")).toObject().value(QStringLiteral("alertname")).toString(),
             QStringLiteral("precision-burn"));

    // Not due again: the same state within the resend interval is not posted twice.
    sender.sync({alert}, now.addSecs(1));
    QCOMPARE(sender.inFlight(), 0);

    // Alertmanager restarts while the alert fires: it forgets the alert; the next re-send
    // (due after the interval) brings it back: nothing lost.
    am.stop();
    QVERIFY(am.start());
    QCOMPARE(am.alerts().size(), 0);
    now = now.addSecs(3);
    sender.sync({alert}, now);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 2, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(am.alerts().size(), 1, 10000);

    // Resolved: posted once with endsAt; Alertmanager drops it from its active alerts and the
    // webhook says "resolved".
    alert.state = AlertState::Resolved;
    alert.resolvedAt = QDateTime::currentDateTimeUtc();
    sender.sync({alert}, now.addSecs(1));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 3, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(am.alerts().size(), 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(hook.bodies.cbegin(), hook.bodies.cend(),
                                         [](const QJsonObject &b) {
                                             return b.value(QStringLiteral("status")).toString() ==
                                                    QStringLiteral("resolved");
                                         }),
                             20000);
    // Posted once only.
    sender.sync({alert}, now.addSecs(10));
    QCOMPARE(sender.inFlight(), 0);
    QCOMPARE(failed.count(), 0);

    // Alertmanager down: the POST fails after its retries and is posted again on the next sync.
    am.stop();
    alert = precisionAlert(now);
    alert.key.rule = QStringLiteral("precision-low");
    sender.sync({alert}, now.addSecs(20));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
    QVERIFY(am.start());
    sender.sync({alert}, now.addSecs(21));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 4, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(am.alerts().size(), 1, 10000);
}

void TestAlertmanager::webhook_postsTheDocumentedBody_andRetries()
{
    WebhookReceiver hook;
    QVERIFY(hook.listen());
    hook.failFirst = 2; // two 503 answers, then 200: the one HTTP client retries
    HttpClient::Options options;
    options.retryBaseDelay = std::chrono::milliseconds(50);
    WebhookSender sender(QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(hook.port())), options);
    QSignalSpy delivered(&sender, &WebhookSender::delivered);
    QSignalSpy failed(&sender, &WebhookSender::failed);
    const QDateTime now(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC);
    NotificationRequest request;
    request.alert = precisionAlert(now);
    request.alert.value = 14.9;
    request.alert.threshold = 14.4;
    request.alert.target = 0.95;
    sender.send(request, now);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 15000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(hook.bodies.size(), 3);
    const QJsonObject body = hook.bodies.last();
    QCOMPARE(body.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(body.value(QStringLiteral("source")).toString(), QStringLiteral("sladesk"));
    QCOMPARE(body.value(QStringLiteral("event")).toString(), QStringLiteral("firing"));
    QCOMPARE(body.value(QStringLiteral("sentAt")).toString(), QStringLiteral("2026-03-31T12:00:00.000Z"));
    const QJsonObject alert = body.value(QStringLiteral("alert")).toObject();
    QCOMPARE(alert.value(QStringLiteral("fingerprint")).toString(),
             QStringLiteral("fraud-detection-api/precision/precision-burn"));
    QCOMPARE(alert.value(QStringLiteral("state")).toString(), QStringLiteral("firing"));
    QCOMPARE(alert.value(QStringLiteral("severity")).toString(), QStringLiteral("page"));
    QCOMPARE(alert.value(QStringLiteral("value")).toDouble(), 14.9);
    QCOMPARE(alert.value(QStringLiteral("threshold")).toDouble(), 14.4);
    QCOMPARE(alert.value(QStringLiteral("budgetRemaining")).toDouble(), -0.193);
    QVERIFY(alert.value(QStringLiteral("exhaustion")).isNull());
    QCOMPARE(alert.value(QStringLiteral("firingSince")).toString(), QStringLiteral("2026-03-31T11:59:00.000Z"));
    QCOMPARE(alert.value(QStringLiteral("dashboard")).toString(),
             QStringLiteral("sladesk://sla/fraud-detection-api/precision"));
    QCOMPARE(alert.value(QStringLiteral("runbookUrl")).toString(), request.alert.runbookUrl);
    // The same `sladesk_window` as the labels of the Alertmanager body for the alert.
    QCOMPARE(alert.value(QStringLiteral("sladesk_window")).toString(), QStringLiteral("1h"));
    const QJsonObject amLabels =
        QJsonDocument::fromJson(AlertmanagerSender::body({request.alert}, now, std::chrono::seconds(60)))
            .array()
            .at(0)
            .toObject()
            .value(QStringLiteral("labels"))
            .toObject();
    QCOMPARE(alert.value(QStringLiteral("sladesk_window")), amLabels.value(QStringLiteral("sladesk_window")));
    // An alert without a window (none known): null, as the documented body's other absent figures.
    NotificationRequest windowless = request;
    windowless.alert.window.clear();
    const QJsonObject noWindow = QJsonDocument::fromJson(WebhookSender::body(windowless, now))
                                     .object()
                                     .value(QStringLiteral("alert"))
                                     .toObject();
    QVERIFY(noWindow.contains(QStringLiteral("sladesk_window")));
    QVERIFY(noWindow.value(QStringLiteral("sladesk_window")).isNull());

    // A receiver that keeps failing: reported once the retries are spent.
    hook.failFirst = 100;
    sender.send(request, now);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("503")), qPrintable(failed.at(0).at(1).toString()));
}

QTEST_GUILESS_MAIN(TestAlertmanager)
#include "tst_alertmanager.moc"
