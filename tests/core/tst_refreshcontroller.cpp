// SPDX-License-Identifier: Apache-2.0
#include "core/dashboard/refreshcontroller.h"
#include "fakereport.h"

#include <QPromise>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace Sla::Core;

// An evaluator stand-in whose evaluations finish when the test says so.
struct FakeEvaluations
{
    std::vector<std::shared_ptr<QPromise<EvaluationReport>>> pending;

    EvaluateFunction function()
    {
        return [this] {
            auto p = std::make_shared<QPromise<EvaluationReport>>();
            p->start();
            pending.push_back(p);
            return p->future();
        };
    }
    void finish(size_t i, const EvaluationReport &r)
    {
        pending.at(i)->addResult(r);
        pending.at(i)->finish();
    }
};

class TestRefreshController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refresh_deliversReport_andRecordsTime();
    void overtakenResult_isDropped();
    void stop_dropsRunningResult();
    void supersededReport_isDropped();
    void interval_startsNextRefreshAfterTheLastFinished();
};

void TestRefreshController::refresh_deliversReport_andRecordsTime()
{
    FakeEvaluations fake;
    RefreshController c(fake.function());
    c.setInterval(std::chrono::milliseconds(0));
    QSignalSpy ready(&c, &RefreshController::reportReady);
    QVERIFY(!c.lastUpdated().isValid());
    c.refresh();
    QVERIFY(c.isRefreshing());
    fake.finish(0, FakeReport::demo());
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(!c.isRefreshing());
    QVERIFY(c.lastUpdated().isValid());
    QCOMPARE(c.lastReport().slas.size(), 3);
}

void TestRefreshController::overtakenResult_isDropped()
{
    FakeEvaluations fake;
    RefreshController c(fake.function());
    c.setInterval(std::chrono::milliseconds(0));
    QSignalSpy ready(&c, &RefreshController::reportReady);
    c.refresh();
    c.refresh(); // F5 while the first evaluation still runs
    EvaluationReport newer = FakeReport::demo();
    newer.slas.removeLast();
    fake.finish(1, newer);
    QTRY_COMPARE(ready.count(), 1);
    // The older evaluation finishes last: it must not overwrite the newer figures.
    fake.finish(0, FakeReport::demo());
    QTRY_COMPARE(c.droppedResults(), 1);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(c.lastReport().slas.size(), 2);
}

void TestRefreshController::stop_dropsRunningResult()
{
    FakeEvaluations fake;
    RefreshController c(fake.function());
    QSignalSpy ready(&c, &RefreshController::reportReady);
    c.refresh();
    c.stop();
    fake.finish(0, FakeReport::demo());
    QTRY_COMPARE(c.droppedResults(), 1);
    QCOMPARE(ready.count(), 0);
}

void TestRefreshController::supersededReport_isDropped()
{
    FakeEvaluations fake;
    RefreshController c(fake.function());
    c.setInterval(std::chrono::milliseconds(0));
    QSignalSpy ready(&c, &RefreshController::reportReady);
    c.refresh();
    EvaluationReport r = FakeReport::demo();
    r.superseded = true; // the evaluator says a newer evaluation overtook this one
    fake.finish(0, r);
    QTRY_COMPARE(c.droppedResults(), 1);
    QCOMPARE(ready.count(), 0);
}

void TestRefreshController::interval_startsNextRefreshAfterTheLastFinished()
{
    FakeEvaluations fake;
    RefreshController c(fake.function());
    QSignalSpy started(&c, &RefreshController::refreshStarted);
    c.setInterval(std::chrono::milliseconds(50));
    QTRY_COMPARE(started.count(), 1);
    // Nothing new starts while the evaluation runs, however long it takes.
    QTest::qWait(150);
    QCOMPARE(started.count(), 1);
    fake.finish(0, FakeReport::demo());
    QTRY_COMPARE(started.count(), 2);
    c.setInterval(std::chrono::milliseconds(0));
    fake.finish(1, FakeReport::demo());
    QTest::qWait(120);
    QCOMPARE(started.count(), 2);
}

QTEST_GUILESS_MAIN(TestRefreshController)
#include "tst_refreshcontroller.moc"
