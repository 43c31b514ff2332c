// SPDX-License-Identifier: Apache-2.0
// Faults of a REAL Prometheus 2.42 (promtool backfill of the demo recording) during the
// dashboard's refreshes: the evaluator behind a RefreshController feeding the overview
// model, as sladesk wires them, and slactl beside it. Prometheus is killed (SIGKILL) while
// a refresh waits for its answer, restarted on the same port and data, paused (SIGSTOP)
// past the client's transfer timeout and for a moment below it, and restarted with a
// query timeout it cannot meet. Asserted each time: figures carried over are `stale` with
// the `evaluatedAt` of their own evaluation (never shown as fresh), the model says so, the
// next refresh after recovery is fresh again with the truth's figures, and `slactl
// evaluate` exits 3 naming the source and the cause while the server is down or silent.

#include "core/dashboard/refreshcontroller.h"
#include "core/evaluation/evaluator.h"
#include "core/exchange/loader.h"
#include "core/models/overviewmodel.h"
#include "prometheusprocess.h"
#include "tests/support/slactlrunner.h"
#include "tests/support/tempworkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Sla::Core;

namespace {
const QString TruthFile = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/demo-truth.json");
const QString SlaName = QStringLiteral("fraud-detection-api");
const QString Source = QStringLiteral("prom-faults");
/// The client's transfer timeout in this test (SLADESK_HTTP_TIMEOUT): long enough for a
/// loaded machine to answer a 30-day query, short enough to wait for.
constexpr int TimeoutSeconds = 5;

QDateTime end()
{
    return QDateTime(QDate(2025, 1, 31), QTime(0, 0), QTimeZone::utc());
}

bool near(const std::optional<double> &a, double b)
{
    return a && std::abs(*a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

QByteArray workspaceYaml(const QString &url)
{
    return QStringLiteral(R"(apiVersion: openslo/v1
kind: DataSource
metadata: {name: prom-faults}
spec:
  type: prometheus
  connectionDetails: {url: '%1'}
---
apiVersion: sladesk/v1
kind: SLA
metadata: {name: fraud-detection-api}
spec:
  service: fraud-detection
  tier: tier-1
  dataSource: prom-faults
  window: 30d
  objectives:
    - name: availability
      indicator:
        ratio:
          good: 'http_requests_total{service="fraud-detection",code!~"5.."}'
          total: 'http_requests_total{service="fraud-detection"}'
      target: 0.9995
    - name: latency
      indicator:
        latency: {histogram: 'http_request_duration_seconds{service="fraud-detection"}', threshold: 0.2}
      target: 0.95
)")
        .arg(url)
        .toUtf8();
}
} // namespace

class TestPrometheusFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void freshFigures();
    void killedDuringRefresh_carriesStaleFigures();
    void stillDown_staysStaleWithItsOwnTime();
    void slactlWhileDown_exitsThree();
    void restarted_freshWithinOneInterval();
    void paused_timesOutToStale_thenFreshOnResume();
    void shortStall_staysFresh();
    void slactlWhilePaused_timesOut();
    void queryTimeout_staleThenFresh();

private:
    /// One refresh through the controller at `at`; the report the model was given.
    EvaluationReport refresh(const QDateTime &at);
    /// Every objective fresh at `at`, in the report and in the model.
    void checkFresh(const EvaluationReport &report, const QDateTime &at);
    /// Every objective carries the figures of `old`, marked stale with old's time and an
    /// error containing `cause`, in the report and in the model.
    void checkStale(const EvaluationReport &report, const EvaluationReport &old, const QStringList &causes);
    Sla::TestSupport::SlactlResult<QByteArray> slactlEvaluate(int timeoutSeconds);

    PrometheusProcess m_prom;
    Sla::TestSupport::TempWorkspace m_dir;
    std::unique_ptr<Evaluator> m_evaluator;
    std::unique_ptr<RefreshController> m_refresher;
    OverviewModel m_model;
    QDateTime m_at;
    QJsonObject m_truth;
    EvaluationReport m_firstFresh; ///< the figures of freshFigures(), at end - 1h
};

void TestPrometheusFaults::initTestCase()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("SLACTL")));
    QVERIFY(QFile::exists(qEnvironmentVariable("DEMO_OM")));
    QVERIFY2(m_prom.prepare(qEnvironmentVariable("DEMO_OM")), qPrintable(m_prom.error()));
    QVERIFY2(m_prom.start(), qPrintable(m_prom.error()));
    QFile truth(TruthFile);
    QVERIFY(truth.open(QIODevice::ReadOnly));
    m_truth = QJsonDocument::fromJson(truth.readAll()).object().value(SlaName).toObject();
    QVERIFY(m_dir.write(QStringLiteral("workspace.yaml"), workspaceYaml(m_prom.url())));

    // The sources read these when they are made, i.e. at the first evaluation.
    qputenv("SLADESK_HTTP_TIMEOUT", QByteArray::number(TimeoutSeconds));
    qputenv("SLADESK_HTTP_DEADLINE", "60");
    const LoadResult loaded = DocumentLoader::loadPaths({m_dir.path()});
    QVERIFY(loaded.ok());
    EvaluatorOptions options;
    options.workspaceDir = m_dir.path();
    options.useKeychain = false;
    m_evaluator = std::make_unique<Evaluator>();
    m_evaluator->setWorkspace(loaded.workspace, options);
    // The dashboard's wiring (ui/mainwindow.cpp), with the evaluation time pinned to the
    // backfill instead of the clock.
    m_refresher = std::make_unique<RefreshController>(EvaluateFunction([this] { return m_evaluator->evaluate(m_at); }));
    m_refresher->setInterval(std::chrono::milliseconds(0));
    connect(m_refresher.get(), &RefreshController::reportReady, &m_model, &OverviewModel::setReport);
}

EvaluationReport TestPrometheusFaults::refresh(const QDateTime &at)
{
    m_at = at;
    QSignalSpy ready(m_refresher.get(), &RefreshController::reportReady);
    m_refresher->refresh();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty(); }, 120000))
        qFatal("the refresh did not finish");
    return m_refresher->lastReport();
}

void TestPrometheusFaults::checkFresh(const EvaluationReport &report, const QDateTime &at)
{
    QVERIFY(report.sourceErrors.isEmpty());
    const SlaResult *sla = report.findSla(SlaName);
    QVERIFY(sla);
    QCOMPARE(sla->objectives.size(), 2);
    for (const ObjectiveResult &o : sla->objectives) {
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(!o.stale);
        QCOMPARE(o.evaluatedAt, at);
        QVERIFY(o.sli);
        const QModelIndex row = m_model.indexOfObjective(SlaName, o.name);
        QVERIFY(row.isValid());
        QCOMPARE(row.data(OverviewModel::StaleRole).toBool(), false);
        QCOMPARE(row.data(OverviewModel::EvaluatedAtRole).toDateTime(), at);
        QCOMPARE(row.data(OverviewModel::SliRole).toDouble(), *o.sli);
        QVERIFY(!row.siblingAtColumn(OverviewModel::StatusColumn).data().toString().contains(QStringLiteral("stale")));
    }
}

void TestPrometheusFaults::checkStale(const EvaluationReport &report, const EvaluationReport &old,
                                      const QStringList &causes)
{
    QVERIFY2(report.sourceErrors.contains(Source), qPrintable(report.sourceErrors.keys().join(u',')));
    const SlaResult *sla = report.findSla(SlaName);
    QVERIFY(sla);
    QCOMPARE(sla->objectives.size(), 2);
    for (const ObjectiveResult &o : sla->objectives) {
        const ObjectiveResult *before = old.findObjective(SlaName, o.name);
        QVERIFY(before && before->sli);
        QVERIFY2(o.stale, qPrintable(o.name));
        QVERIFY2(std::any_of(causes.cbegin(), causes.cend(), [&o](const QString &c) { return o.error.contains(c); }),
                 qPrintable(o.error));
        QVERIFY2(o.error.contains(QStringLiteral("'%1'").arg(Source)), qPrintable(o.error));
        // The old figures, with the time they were true at: not the time of this report.
        QCOMPARE(o.evaluatedAt, before->evaluatedAt);
        QVERIFY(o.evaluatedAt < report.at);
        QCOMPARE(*o.sli, *before->sli);
        QCOMPARE(*o.remaining, *before->remaining);
        QCOMPARE(o.status, before->status);
        const QModelIndex row = m_model.indexOfObjective(SlaName, o.name);
        QCOMPARE(row.data(OverviewModel::StaleRole).toBool(), true);
        QCOMPARE(row.data(OverviewModel::EvaluatedAtRole).toDateTime(), before->evaluatedAt);
        QCOMPARE(row.data(OverviewModel::SliRole).toDouble(), *before->sli);
        QVERIFY(row.siblingAtColumn(OverviewModel::StatusColumn).data().toString().endsWith(QStringLiteral("(stale)")));
        QVERIFY(row.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Stale: figures from %1").arg(before->evaluatedAt.toString(Qt::ISODate))));
    }
    // The SLA row sums up its objectives: stale, with the reason.
    QCOMPARE(m_model.indexOfSla(SlaName).data(OverviewModel::StaleRole).toBool(), true);
}

Sla::TestSupport::SlactlResult<QByteArray> TestPrometheusFaults::slactlEvaluate(int timeoutSeconds)
{
    Sla::TestSupport::SlactlOptions options;
    options.env.insert(QStringLiteral("SLADESK_HTTP_TIMEOUT"), QString::number(timeoutSeconds));
    options.timeoutMs = 120000;
    return Sla::TestSupport::runSlactlBytes({QStringLiteral("evaluate"), m_dir.path(), QStringLiteral("--at"),
                                             end().toString(Qt::ISODate), QStringLiteral("--format"),
                                             QStringLiteral("json")},
                                            options);
}

void TestPrometheusFaults::freshFigures()
{
    m_firstFresh = refresh(end().addSecs(-3600));
    checkFresh(m_firstFresh, end().addSecs(-3600));
    // An hour earlier than the truth's time: other figures than at the end.
    QVERIFY(!near(m_firstFresh.findObjective(SlaName, QStringLiteral("availability"))->sli,
                  m_truth.value(QStringLiteral("availability")).toObject().value(QStringLiteral("sli")).toDouble()));
}

void TestPrometheusFaults::killedDuringRefresh_carriesStaleFigures()
{
    // Pause first so that the refresh's queries are surely on their way when the server
    // dies: they wait unread in the kernel until the SIGKILL resets them.
    m_prom.pause();
    m_at = end();
    QSignalSpy ready(m_refresher.get(), &RefreshController::reportReady);
    m_refresher->refresh();
    // Usually seen at once; the kill goes ahead regardless (the refresh is running: its
    // queries fail on the reset connection or on the closed port).
    const bool waiting = QTest::qWaitFor([this] { return m_prom.requestWaiting(); }, 5000);
    qInfo("a query waited unread in the kernel when Prometheus was killed: %s", waiting ? "yes" : "not seen");
    QVERIFY(m_refresher->isRefreshing());
    QVERIFY(ready.isEmpty());
    m_prom.kill();
    QElapsedTimer failing;
    failing.start();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 120000);
    qInfo("the refresh failed %lld ms after the kill (retries included)", failing.elapsed());
    const EvaluationReport report = m_refresher->lastReport();
    QCOMPARE(report.at, end());
    checkStale(report, m_firstFresh, {QStringLiteral("cannot reach")});
    QVERIFY(m_evaluator->sourceHealth().value(Source).state == SourceHealth::State::Unreachable);
}

void TestPrometheusFaults::stillDown_staysStaleWithItsOwnTime()
{
    // A second failed refresh does not make the figures any younger.
    const EvaluationReport report = refresh(end().addSecs(60));
    checkStale(report, m_firstFresh, {QStringLiteral("Connection refused")});
}

void TestPrometheusFaults::slactlWhileDown_exitsThree()
{
    // A new process has nothing to carry over: no figures at all, exit 3 with the cause.
    const auto r = slactlEvaluate(TimeoutSeconds);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("slactl evaluate: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("'%1'").arg(Source)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Connection refused")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("check the data source's url and that the server is running")),
             qPrintable(r.err));
    const QJsonArray objectives = QJsonDocument::fromJson(r.out)
                                      .object()
                                      .value(QStringLiteral("slas"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("objectives"))
                                      .toArray();
    QCOMPARE(objectives.size(), 2);
    for (const QJsonValue &v : objectives) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(QStringLiteral("sli")).isNull());
        QCOMPARE(o.value(QStringLiteral("stale")).toBool(), false);
        QVERIFY(o.value(QStringLiteral("error")).toString().contains(QStringLiteral("Connection refused")));
    }
}

void TestPrometheusFaults::restarted_freshWithinOneInterval()
{
    QVERIFY2(m_prom.start(), qPrintable(m_prom.error()));
    // Auto refresh, as the dashboard runs it: the first refresh after the restart is fresh.
    m_at = end();
    QSignalSpy ready(m_refresher.get(), &RefreshController::reportReady);
    m_refresher->setInterval(std::chrono::milliseconds(500));
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 120000);
    m_refresher->setInterval(std::chrono::milliseconds(0));
    const EvaluationReport report = m_refresher->lastReport();
    checkFresh(report, end());
    for (const QString &name : {QStringLiteral("availability"), QStringLiteral("latency")}) {
        const QJsonObject want = m_truth.value(name).toObject();
        const ObjectiveResult *o = report.findObjective(SlaName, name);
        QVERIFY2(near(o->sli, want.value(QStringLiteral("sli")).toDouble()), qPrintable(name));
        QCOMPARE(Budget::statusName(o->status), want.value(QStringLiteral("status")).toString());
    }
    QCOMPARE(m_model.indexOfSla(SlaName).data(OverviewModel::StaleRole).toBool(), false);
    QVERIFY(m_evaluator->sourceHealth().value(Source).state == SourceHealth::State::Ok);
}

void TestPrometheusFaults::paused_timesOutToStale_thenFreshOnResume()
{
    const EvaluationReport fresh = m_refresher->lastReport(); // at end(), from the restart
    m_prom.pause();
    QElapsedTimer waited;
    waited.start();
    const EvaluationReport report = refresh(end().addSecs(120));
    // A timeout is never retried: it fails after the transfer timeout (a coarse timer: 5%
    // early at most), not after a backoff and a second timeout.
    QVERIFY2(waited.elapsed() >= TimeoutSeconds * 950 - 50 && waited.elapsed() < 2 * TimeoutSeconds * 1000,
             qPrintable(QString::number(waited.elapsed())));
    checkStale(report, fresh, {QStringLiteral("sent nothing for %1.0 s").arg(TimeoutSeconds)});
    QVERIFY(m_evaluator->sourceHealth().value(Source).state == SourceHealth::State::Unreachable);
    m_prom.resume();
    checkFresh(refresh(end()), end());
}

void TestPrometheusFaults::shortStall_staysFresh()
{
    // Slow but within the timeout: the answer counts, nothing is stale.
    m_prom.pause();
    m_at = end().addSecs(-60);
    QSignalSpy ready(m_refresher.get(), &RefreshController::reportReady);
    m_refresher->refresh();
    const bool waiting = QTest::qWaitFor([this] { return m_prom.requestWaiting(); }, 3000);
    qInfo("a query waited unread in the kernel during the stall: %s", waiting ? "yes" : "not seen");
    QTest::qWait(1000);       // a stall well below the 5 s timeout
    QVERIFY(ready.isEmpty()); // nothing answered while paused: the refresh was stalled
    m_prom.resume();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 120000);
    checkFresh(m_refresher->lastReport(), end().addSecs(-60));
}

void TestPrometheusFaults::slactlWhilePaused_timesOut()
{
    m_prom.pause();
    const auto r = slactlEvaluate(2);
    m_prom.resume();
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("'%1'").arg(Source)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("sent nothing for 2.0 s")), qPrintable(r.err));
}

void TestPrometheusFaults::queryTimeout_staleThenFresh()
{
    const EvaluationReport fresh = refresh(end());
    checkFresh(fresh, end());
    // Prometheus answers, but with a query timeout of 0 every query times out, in its
    // queue or in execution (HTTP 503, errorType timeout: retried, then an error).
    // (--query.timeout=1ms is not deterministic: a query may finish within it.)
    QVERIFY2(m_prom.start({QStringLiteral("--query.timeout=0s")}), qPrintable(m_prom.error()));
    const EvaluationReport report = refresh(end().addSecs(60));
    checkStale(report, fresh, {QStringLiteral("query timed out in query")});
    QVERIFY2(m_prom.start(), qPrintable(m_prom.error()));
    checkFresh(refresh(end().addSecs(60)), end().addSecs(60));
}

QTEST_GUILESS_MAIN(TestPrometheusFaults)
#include "tst_prometheus_faults.moc"
