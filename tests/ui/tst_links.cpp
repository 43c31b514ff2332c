// SPDX-License-Identifier: Apache-2.0
// sladesk:// links (issue 10): written and read back, handed from a second start to the
// running instance, and opened in the window (before and after the first evaluation).
#include "../core/fakereport.h"
#include "core/alerting/alert.h"
#include "core/alerting/dashboardlink.h"
#include "core/models/overviewmodel.h"
#include "ui/dashboard/detailwidget.h"
#include "ui/dashboard/overviewwidget.h"
#include "ui/instancechannel.h"
#include "ui/mainwindow.h"

#include <QFileInfo>
#include <QFuture>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

using namespace Sla;
using Core::Alerting::DashboardLink;

class TestLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void link_roundTrips_andRejectsOthers();
    void channel_handsTheLinkToTheRunningInstance();
    void window_opensLink_beforeAndAfterTheFirstReport();
    void window_opensLink_inTheDemo_throughAFilter();

private:
    QTemporaryDir m_settings;
};

void TestLinks::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SLA Desk Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_links"));
}

void TestLinks::link_roundTrips_andRejectsOthers()
{
    const QUrl url = DashboardLink::toUrl(QStringLiteral("fraud-detection-api"), QStringLiteral("precision"));
    QCOMPARE(url.toString(), QStringLiteral("sladesk://sla/fraud-detection-api/precision"));
    // The alert's dashboard link is the same link.
    Core::Alerting::Alert alert;
    alert.key = {QStringLiteral("fraud-detection-api"), QStringLiteral("precision"), QStringLiteral("r")};
    QCOMPARE(alert.dashboardUrl(), url.toString());
    auto parsed = DashboardLink::parse(url.toString());
    QVERIFY(parsed);
    QCOMPARE(parsed->sla, QStringLiteral("fraud-detection-api"));
    QCOMPARE(parsed->objective, QStringLiteral("precision"));
    // Names that need encoding survive the trip.
    parsed = DashboardLink::parse(DashboardLink::toUrl(QStringLiteral("a b/c"), QStringLiteral("ä%")).toString());
    QVERIFY(parsed);
    QCOMPARE(parsed->sla, QStringLiteral("a b/c"));
    QCOMPARE(parsed->objective, QStringLiteral("ä%"));
    parsed = DashboardLink::parse(QStringLiteral("sladesk://sla/only-sla"));
    QVERIFY(parsed);
    QCOMPARE(parsed->objective, QString());
    for (const char *bad : {"https://sla/x", "sladesk://report/x", "sladesk://sla/", "sladesk://sla/a/b/c", "x"})
        QVERIFY2(!DashboardLink::parse(QString::fromLatin1(bad)), bad);
}

void TestLinks::channel_handsTheLinkToTheRunningInstance()
{
    const QString name = QStringLiteral("sladesk-test-%1").arg(QCoreApplication::applicationPid());
    Ui::InstanceChannel running(name);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &Ui::InstanceChannel::received);
    // The second start blocks on its socket (before it has a window): a thread here, so that
    // this thread's event loop can serve the running instance.
    QFuture<bool> second = QtConcurrent::run([name] {
        return Ui::InstanceChannel(name).forward(QStringLiteral("link:sladesk://sla/fraud-detection-api/precision"));
    });
    QTRY_VERIFY(second.isFinished());
    QVERIFY(second.result());
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toString(), QStringLiteral("link:sladesk://sla/fraud-detection-api/precision"));
    // The default name lies in the user's runtime folder when there is one.
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && QFileInfo(qEnvironmentVariable("XDG_RUNTIME_DIR")).isDir())
        QVERIFY(Ui::InstanceChannel::defaultName().startsWith(qEnvironmentVariable("XDG_RUNTIME_DIR")));
    // Nobody listening: the start goes on by itself.
    QVERIFY(!Ui::InstanceChannel(name + QStringLiteral("-none")).forward(QStringLiteral("raise:"), 200));
}

void TestLinks::window_opensLink_beforeAndAfterTheFirstReport()
{
    Ui::MainWindow w;
    w.show();
    // Before any report (the workspace still loading): kept and applied with the first one.
    QVERIFY(w.openLink(QStringLiteral("sladesk://sla/fraud-detection-api/precision")));
    Core::EvaluationReport report = FakeReport::demo();
    w.showReport(report);
    QCOMPARE(w.detail()->slaName(), QStringLiteral("fraud-detection-api"));
    QCOMPARE(w.detail()->objectiveName(), QStringLiteral("precision"));
    QVERIFY(!w.openLink(QStringLiteral("https://example.com/")));
    QVERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Not an SLA Desk link")));
}

void TestLinks::window_opensLink_inTheDemo_throughAFilter()
{
    Ui::MainWindow w;
    w.show();
    w.setRefreshInterval(0);
    QSignalSpy shown(&w, &Ui::MainWindow::reportShown);
    w.openWorkspace(QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace"));
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 30000);
    // A link to a row the search hides clears the search and selects it.
    w.overview()->searchField()->setText(QStringLiteral("recommendation"));
    QVERIFY(w.openLink(QStringLiteral("sladesk://sla/fraud-detection-api/precision")));
    QCOMPARE(w.overview()->searchField()->text(), QString());
    QCOMPARE(w.detail()->objectiveName(), QStringLiteral("precision"));
    QVERIFY(!w.openLink(QStringLiteral("sladesk://sla/nope/x")));
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("no SLA named nope")));
    QCOMPARE(w.detail()->objectiveName(), QStringLiteral("precision"));
}

QTEST_MAIN(TestLinks)
#include "tst_links.moc"
