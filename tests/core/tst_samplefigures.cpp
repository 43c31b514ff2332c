// SPDX-License-Identifier: Apache-2.0
// The sample figures of issue 8 on hand-computed data: minEvents / minSamples (objective,
// else the tier) on the window and the burn-rate windows, n and the Wilson interval of
// classification objectives, the label delay's shifted window and provisional figures,
// the retention check of a recording, and their JSON and table output.
//
// The recording (written by the test): one sample a minute from 2025-01-01T00:00:00Z (T0)
// for two days. model_predictions_total{outcome="tp"} rises by 9 a minute until T0 + 42h and
// by 1 a minute after it (labels arriving late), outcome="fp" by 1 a minute throughout;
// http_requests_total{code="200"} by 2 a minute, code="500" stays 0. Every window below
// starts and ends on a sample, so each increase is the plain difference of two samples.

#include "core/cli/evaluatecommands.h"
#include "core/document/tierresolver.h"
#include "core/evaluation/evaluationplan.h"
#include "core/evaluation/evaluator.h"
#include "core/evaluation/retention.h"
#include "core/exchange/loader.h"
#include "core/metrics/prometheus/prometheusresponse.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <functional>

using namespace Sla::Core;
Q_DECLARE_METATYPE(Sla::Core::ObjectiveStatus)

namespace {
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 T0 = 1735689600000; // 2025-01-01T00:00:00Z
constexpr double None = -1;          // a data column's "not set"

template <typename T> T await(QFuture<T> f)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, 120000))
        qFatal("future did not finish");
    return f.result();
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

bool near(const std::optional<double> &a, double b)
{
    return a && std::abs(*a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

QString show(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("null");
}

std::optional<double> opt(double v)
{
    return v == None ? std::nullopt : std::optional<double>(v);
}

QByteArray recording()
{
    QByteArray out = "# TYPE model_predictions counter\n";
    const auto series = [&out](const char *labels, const std::function<double(qint64)> &perMinute) {
        double value = 0;
        for (qint64 k = 0; k <= 48 * 60; ++k) {
            const qint64 t = T0 + k * Minute;
            if (k > 0)
                value += perMinute(t);
            out += QByteArray(labels) + ' ' + QByteArray::number(value, 'g', 17) + ' ' + QByteArray::number(t / 1000) +
                   '\n';
        }
    };
    series("model_predictions_total{outcome=\"tp\"}", [](qint64 t) { return t <= T0 + 42 * Hour ? 9.0 : 1.0; });
    series("model_predictions_total{outcome=\"fp\"}", [](qint64) { return 1.0; });
    out += "# TYPE http_requests counter\n";
    series("http_requests_total{code=\"200\"}", [](qint64) { return 2.0; });
    series("http_requests_total{code=\"500\"}", [](qint64) { return 0.0; });
    return out + "# EOF\n";
}

QByteArray documents(const QString &window)
{
    return QStringLiteral(R"(apiVersion: openslo/v1
kind: DataSource
metadata: {name: rec}
spec:
  type: recorded
  connectionDetails: {file: data.om}
---
apiVersion: sladesk/v1
kind: TierTemplate
metadata: {name: quiet}
spec:
  window: 1d
---
apiVersion: sladesk/v1
kind: SLA
metadata: {name: fraud}
spec:
  service: fraud
  tier: quiet
  dataSource: rec
  window: %1
  objectives:
    - name: precision
      indicator:
        classification:
          measure: precision
          tp: 'model_predictions_total{outcome="tp"}'
          fp: 'model_predictions_total{outcome="fp"}'
      target: 0.8
    - name: availability
      indicator:
        ratio:
          good: 'http_requests_total{code="200"}'
          total: 'http_requests_total'
      target: 0.99
)")
        .arg(window)
        .toUtf8();
}

Workspace workspace(const QString &window = QStringLiteral("1d"))
{
    LoadResult r = DocumentLoader::loadData(documents(window), QStringLiteral("fraud.yaml"));
    if (!r.ok())
        qFatal("the test documents do not load");
    return r.workspace;
}

/// A Prometheus stand-in: /api/v1/status/runtimeinfo answers `runtimeInfo` (with status
/// `runtimeStatus`), every query an empty vector; counts the runtimeinfo requests.
class StubPrometheus : public QObject
{
public:
    QByteArray runtimeInfo;
    int runtimeStatus = 200;
    int runtimeRequests = 0;
    QTcpServer server;

    StubPrometheus()
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()); }

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->peek(socket->bytesAvailable());
        if (!request.contains("\r\n\r\n"))
            return;
        socket->readAll();
        const bool runtime = request.startsWith("GET /api/v1/status/runtimeinfo");
        runtimeRequests += runtime ? 1 : 0;
        const QByteArray body =
            runtime ? runtimeInfo : QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})");
        const QByteArray status = runtime && runtimeStatus == 404 ? "404 Not Found" : "200 OK";
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }
};

/// The test workspace with minEvents / minSamples (None: not set) on the tier and on one
/// objective.
Workspace withMinimums(int objective, std::pair<double, double> tier, std::pair<double, double> own)
{
    Workspace ws = workspace();
    ws.tiers[0].minEvents = opt(tier.first);
    ws.tiers[0].minSamples = opt(tier.second);
    ws.slas[0].objectives[objective].minEvents = opt(own.first);
    ws.slas[0].objectives[objective].minSamples = opt(own.second);
    return ws;
}

ObjectivePlan planOf(const Workspace &ws, int objective, qint64 at)
{
    const ::Sla::Core::Sla resolved = resolveSla(ws.slas.at(0), ws.findTier(ws.slas.at(0).tier));
    return EvaluationPlan::plan(resolved, 0, objective, Budget::DefaultAtRisk, at);
}

/// One letter per burn-rate window, 5m to 3d: y with a burn rate, n without.
QString keptBurnRates(const ObjectiveResult &r)
{
    QString kept;
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i)
        kept += r.burnRates[i] ? u'y' : u'n';
    return kept;
}

const ObjectiveResult &find(const EvaluationReport &report, const QString &objective)
{
    const ObjectiveResult *o = report.findObjective(QStringLiteral("fraud"), objective);
    if (!o)
        qFatal("objective missing from the report");
    return *o;
}
} // namespace

class TestSampleFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void planTakesMinimumsFromObjectiveElseTier_data();
    void planTakesMinimumsFromObjectiveElseTier();
    void labelDelayShiftsThePlan();
    void minimumsWithholdFigures_data();
    void minimumsWithholdFigures();
    void recordedMinimums_data();
    void recordedMinimums();
    void recordedLabelDelay();
    void recordedIntervalAndChart();
    void recordingRetention_data();
    void recordingRetention();
    void prometheusRetentionAskedOnce_data();
    void prometheusRetentionAskedOnce();
    void parseRetention_data();
    void parseRetention();
    void runtimeInfoAnswer();
    void jsonAndTable();

private:
    EvaluationReport evaluate(const Workspace &ws, qint64 at);
    ObjectiveSeries series(const Workspace &ws, const QString &objective, qint64 from, qint64 to);

    QTemporaryDir m_dir;
};

void TestSampleFigures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile file(m_dir.filePath(QStringLiteral("data.om")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(recording()) > 0);
}

EvaluationReport TestSampleFigures::evaluate(const Workspace &ws, qint64 at)
{
    Evaluator e;
    EvaluatorOptions options;
    options.workspaceDir = m_dir.path();
    e.setWorkspace(ws, options);
    return await(e.evaluate(utc(at)));
}

ObjectiveSeries TestSampleFigures::series(const Workspace &ws, const QString &objective, qint64 from, qint64 to)
{
    Evaluator e;
    EvaluatorOptions options;
    options.workspaceDir = m_dir.path();
    e.setWorkspace(ws, options);
    return await(e.series(QStringLiteral("fraud"), objective, utc(from), utc(to), Hour));
}

void TestSampleFigures::planTakesMinimumsFromObjectiveElseTier_data()
{
    QTest::addColumn<int>("objective"); // 0 precision (classification), 1 availability (ratio)
    QTest::addColumn<double>("tierEvents");
    QTest::addColumn<double>("tierSamples");
    QTest::addColumn<double>("ownEvents");
    QTest::addColumn<double>("ownSamples");
    QTest::addColumn<double>("minEvents");
    QTest::addColumn<double>("minSamples");
    QTest::addColumn<double>("minimum");
    QTest::addRow("none anywhere") << 1 << None << None << None << None << None << None << None;
    QTest::addRow("tier default") << 1 << 600.0 << None << None << None << 600.0 << None << 600.0;
    QTest::addRow("objective overrides tier") << 1 << 600.0 << None << 5.0 << None << 5.0 << None << 5.0;
    QTest::addRow("ratio ignores minSamples") << 1 << None << 700.0 << None << 800.0 << None << None << None;
    QTest::addRow("classification: tier samples") << 0 << None << 700.0 << None << None << None << 700.0 << 700.0;
    QTest::addRow("classification: larger of both") << 0 << 100.0 << None << None << 700.0 << 100.0 << 700.0 << 700.0;
    QTest::addRow("classification: events larger") << 0 << 900.0 << 700.0 << None << None << 900.0 << 700.0 << 900.0;
}

void TestSampleFigures::planTakesMinimumsFromObjectiveElseTier()
{
    QFETCH(int, objective);
    QFETCH(double, tierEvents);
    QFETCH(double, tierSamples);
    QFETCH(double, ownEvents);
    QFETCH(double, ownSamples);
    QFETCH(double, minEvents);
    QFETCH(double, minSamples);
    QFETCH(double, minimum);
    const Workspace ws = withMinimums(objective, {tierEvents, tierSamples}, {ownEvents, ownSamples});
    const ObjectivePlan p = planOf(ws, objective, T0 + 48 * Hour);
    QCOMPARE(p.minEvents, opt(minEvents));
    QCOMPARE(p.minSamples, opt(minSamples));
    QCOMPARE(p.minimumSize(), opt(minimum));
}

void TestSampleFigures::labelDelayShiftsThePlan()
{
    Workspace ws = workspace();
    for (Objective &o : ws.slas[0].objectives)
        o.labelDelay = Duration::hours(6);
    const qint64 at = T0 + 48 * Hour;
    const ObjectivePlan precision = planOf(ws, 0, at);
    QCOMPARE(precision.labelDelayMs, 6 * Hour);
    QCOMPARE(precision.at, T0 + 42 * Hour);
    QCOMPARE(precision.requestedAt(), at);
    QCOMPARE(precision.range, (TimeRange{T0 + 18 * Hour, T0 + 42 * Hour}));
    QCOMPARE(precision.provisionalRange(), std::optional<TimeRange>(TimeRange{T0 + 42 * Hour, at}));
    // The result keeps the requested time and shows the shifted window.
    const ObjectiveResult empty = EvaluationPlan::emptyResult(precision);
    QCOMPARE(empty.evaluatedAt, utc(at));
    QCOMPARE(empty.windowEnd, utc(T0 + 42 * Hour));
    // Only classification objectives have labels that arrive late.
    const ObjectivePlan availability = planOf(ws, 1, at);
    QCOMPARE(availability.labelDelayMs, 0);
    QCOMPARE(availability.range, (TimeRange{T0 + 24 * Hour, at}));
    QVERIFY(!availability.provisionalRange());
}

void TestSampleFigures::minimumsWithholdFigures_data()
{
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("windowTotal");
    QTest::addColumn<bool>("timeslices");
    QTest::addColumn<ObjectiveStatus>("status");
    QTest::addColumn<QString>("burnKept"); // one letter per burn-rate window 5m..3d
    // Burn-rate windows hold 50, 300, 600, 1200, 3600, 14400 and 43200 events.
    QTest::addRow("no minimum") << None << 5.0 << false << ObjectiveStatus::Met << "yyyyyyy";
    QTest::addRow("window below") << 600.0 << 599.0 << false << ObjectiveStatus::InsufficientData << "nnyyyyy";
    QTest::addRow("window at the minimum") << 600.0 << 600.0 << false << ObjectiveStatus::Met << "nnyyyyy";
    QTest::addRow("zero events") << 1.0 << 0.0 << false << ObjectiveStatus::InsufficientData << "yyyyyyy";
    QTest::addRow("above the 1d window") << 20000.0 << 50000.0 << false << ObjectiveStatus::Met << "nnnnnny";
    QTest::addRow("timeslices: never") << 1e9 << 5.0 << true << ObjectiveStatus::Met << "yyyyyyy";
}

void TestSampleFigures::minimumsWithholdFigures()
{
    QFETCH(double, minimum);
    QFETCH(double, windowTotal);
    QFETCH(bool, timeslices);
    QFETCH(ObjectiveStatus, status);
    QFETCH(QString, burnKept);
    ObjectivePlan plan;
    plan.objective.target = 0.99;
    plan.minEvents = opt(minimum);
    if (timeslices) {
        plan.objective.budgeting.method = Budgeting::Method::Timeslices;
        plan.objective.budgeting.slice = Duration::hours(1);
    }
    ObjectiveResult r;
    r.status = ObjectiveStatus::Met;
    r.sli = 0.995;
    r.consumed = 0.5;
    r.remaining = 0.5;
    r.exhaustion = utc(T0);
    r.good = windowTotal;
    r.total = windowTotal;
    EvaluationPlan::BurnCounts burn{};
    const double events[] = {50, 300, 600, 1200, 3600, 14400, 43200};
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i) {
        r.burnRates[i] = 0.5;
        burn[i] = Sli::Ratio{events[i], events[i]};
    }
    EvaluationPlan::applyMinimums(plan, r, burn);
    QCOMPARE(r.status, status);
    const bool withheld = status == ObjectiveStatus::InsufficientData;
    QCOMPARE(r.sli.has_value(), !withheld);
    QCOMPARE(r.remaining.has_value(), !withheld);
    QCOMPARE(r.consumed.has_value(), !withheld);
    // The counts stay visible.
    QCOMPARE(r.total, std::optional<double>(windowTotal));
    QCOMPARE(r.good, std::optional<double>(windowTotal));
    QCOMPARE(keptBurnRates(r), burnKept);
    // The projection uses the 1h burn rate: without it there is none.
    QCOMPARE(r.exhaustion.has_value(), !withheld && burnKept.at(2) == u'y');
}

void TestSampleFigures::recordedMinimums_data()
{
    QTest::addColumn<int>("objective");
    QTest::addColumn<double>("tierEvents");
    QTest::addColumn<double>("ownEvents");
    QTest::addColumn<double>("ownSamples");
    QTest::addColumn<ObjectiveStatus>("status");
    QTest::addColumn<double>("total");
    QTest::addColumn<QString>("burnKept");
    // availability at T0 + 48h: 2 events a minute; the 1d window holds 2880, the burn-rate
    // windows 10, 60, 120, 240, 720, 2880 and 5760 (3d: the two recorded days).
    QTest::addRow("tier default withholds the window")
        << 1 << 3000.0 << None << None << ObjectiveStatus::InsufficientData << 2880.0 << "nnnnnny";
    QTest::addRow("objective overrides the tier")
        << 1 << 3000.0 << 100.0 << None << ObjectiveStatus::Met << 2880.0 << "nnyyyyy";
    QTest::addRow("no minimum") << 1 << None << None << None << ObjectiveStatus::Met << 2880.0 << "yyyyyyy";
    // precision: n = tp + fp; 1d window 10080 + 1440 = 11520; burn-rate windows 10, 60, 120,
    // 240, 720, 11520, 25920. minSamples 700 beats the tier's minEvents 100.
    QTest::addRow("classification: minSamples")
        << 0 << 100.0 << None << 700.0 << ObjectiveStatus::Met << 11520.0 << "nnnnyyy";
    QTest::addRow("classification: too few samples")
        << 0 << None << None << 11521.0 << ObjectiveStatus::InsufficientData << 11520.0 << "nnnnnny";
}

void TestSampleFigures::recordedMinimums()
{
    QFETCH(int, objective);
    QFETCH(double, tierEvents);
    QFETCH(double, ownEvents);
    QFETCH(double, ownSamples);
    QFETCH(ObjectiveStatus, status);
    QFETCH(double, total);
    QFETCH(QString, burnKept);
    const Workspace ws = withMinimums(objective, {tierEvents, None}, {ownEvents, ownSamples});
    const EvaluationReport report = evaluate(ws, T0 + 48 * Hour);
    const ObjectiveResult &o = find(report, ws.slas[0].objectives[objective].name);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.status, status);
    QVERIFY2(near(o.total, total), qPrintable(show(o.total)));
    QCOMPARE(o.sli.has_value(), status != ObjectiveStatus::InsufficientData);
    QCOMPARE(keptBurnRates(o), burnKept);
    if (objective == 0) {
        QVERIFY(near(o.sampleSize, total));
        QCOMPARE(o.interval.has_value(), status != ObjectiveStatus::InsufficientData);
    }
}

void TestSampleFigures::recordedLabelDelay()
{
    Workspace ws = workspace();
    const qint64 at = T0 + 48 * Hour;
    // Without a delay: the last day, late labels included: (9720 + 360) / (10080 + 1440).
    const ObjectiveResult plain = find(evaluate(ws, at), QStringLiteral("precision"));
    QVERIFY2(near(plain.sli, 0.875), qPrintable(show(plain.sli)));
    QVERIFY(!plain.provisional);
    QVERIFY(near(plain.burnRates[2], 2.5)); // the last hour: 60 / 120, (1 - 0.5) / (1 - 0.8)

    ws.slas[0].objectives[0].labelDelay = Duration::hours(6);
    const ObjectiveResult o = find(evaluate(ws, at), QStringLiteral("precision"));
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.windowStart, utc(T0 + 18 * Hour));
    QCOMPARE(o.windowEnd, utc(T0 + 42 * Hour));
    QCOMPARE(o.evaluatedAt, utc(at));
    // [T0 + 18h, T0 + 42h]: tp 1440 * 9, fp 1440.
    QVERIFY2(near(o.good, 12960), qPrintable(show(o.good)));
    QVERIFY2(near(o.total, 14400), qPrintable(show(o.total)));
    QVERIFY2(near(o.sli, 0.9), qPrintable(show(o.sli)));
    QVERIFY(near(o.consumed, 0.5)); // (1 - 0.9) / (1 - 0.8)
    QCOMPARE(o.status, ObjectiveStatus::Met);
    // Burn rates end at at - delay: the hour before T0 + 42h has 540 tp and 60 fp.
    QVERIFY2(near(o.burnRates[2], 0.5), qPrintable(show(o.burnRates[2])));
    // The last 6 hours are provisional: 360 tp, 360 fp.
    QVERIFY(o.provisional);
    QCOMPARE(o.provisional->start, utc(T0 + 42 * Hour));
    QCOMPARE(o.provisional->end, utc(at));
    QVERIFY2(near(o.provisional->sli, 0.5), qPrintable(show(o.provisional->sli)));
    QVERIFY(near(o.provisional->sampleSize, 720));
    // n and the Wilson interval of 12960 / 14400 (python3, see tst_samples.cpp).
    QVERIFY(near(o.sampleSize, 14400));
    QVERIFY(o.interval);
    QVERIFY2(std::abs(o.interval->first - 0.89499290344748406) < 1e-12, qPrintable(show(o.interval->first)));
    QVERIFY2(std::abs(o.interval->second - 0.90479373909052641) < 1e-12, qPrintable(show(o.interval->second)));

    const ObjectiveSeries chart = series(ws, QStringLiteral("precision"), T0 + 24 * Hour, at);
    QVERIFY2(chart.error.isEmpty(), qPrintable(chart.error));
    QCOMPARE(chart.provisional, (std::optional<std::pair<double, double>>{{double(T0 + 42 * Hour), double(at)}}));
}

void TestSampleFigures::recordedIntervalAndChart()
{
    const Workspace ws = workspace();
    const ObjectiveSeries chart = series(ws, QStringLiteral("precision"), T0 + 24 * Hour, T0 + 48 * Hour);
    QVERIFY2(chart.error.isEmpty(), qPrintable(chart.error));
    QCOMPARE(chart.t.size(), std::size_t(24));
    QCOMPARE(chart.intervalLow.size(), chart.t.size());
    QCOMPARE(chart.intervalHigh.size(), chart.t.size());
    QVERIFY(!chart.provisional);
    // The hour ending at T0 + 30h: 540 / 600; the last hour: 60 / 120 (python3).
    QCOMPARE(chart.t[5], double(T0 + 30 * Hour));
    QVERIFY(std::abs(chart.intervalLow[5] - 0.87339230877710339) < 1e-12);
    QVERIFY(std::abs(chart.intervalHigh[5] - 0.92151833041193609) < 1e-12);
    QVERIFY(std::abs(chart.intervalLow[23] - 0.41193870541108385) < 1e-12);
    QVERIFY(std::abs(chart.intervalHigh[23] - 0.58806129458891609) < 1e-12);
    // Not a classification objective: no band.
    const ObjectiveSeries availability = series(ws, QStringLiteral("availability"), T0 + 24 * Hour, T0 + 48 * Hour);
    QVERIFY(availability.intervalLow.empty());
}

void TestSampleFigures::recordingRetention_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<bool>("partial");
    QTest::addRow("7d window on two days") << QStringLiteral("7d") << T0 + 48 * Hour << true;
    QTest::addRow("1d window inside") << QStringLiteral("1d") << T0 + 48 * Hour << false;
    QTest::addRow("starts on the first sample") << QStringLiteral("1d") << T0 + 24 * Hour << false;
    // Less than one step (a minute) before the first sample: increase extrapolates over it.
    QTest::addRow("within one step") << QStringLiteral("1d") << T0 + 24 * Hour - 30000 << false;
    QTest::addRow("one step before") << QStringLiteral("1d") << T0 + 24 * Hour - Minute - 1 << true;
}

void TestSampleFigures::recordingRetention()
{
    QFETCH(QString, window);
    QFETCH(qint64, at);
    QFETCH(bool, partial);
    const EvaluationReport report = evaluate(workspace(window), at);
    for (const ObjectiveResult &o : report.slas.at(0).objectives) {
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.partial, partial);
    }
    if (!partial) {
        QVERIFY(report.warnings.isEmpty());
        return;
    }
    // One line for the source, naming it, where its data starts and the longest window.
    QCOMPARE(report.warnings.size(), 1);
    const QString line = report.warnings.first();
    QVERIFY2(line.startsWith(QStringLiteral("data source 'rec' holds data from 2025-01-01T00:00:00Z only")),
             qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("(%1 of fraud/precision)").arg(window)), qPrintable(line));
    QVERIFY2(line.contains(utc(at - Duration::parse(window)->ms).toUTC().toString(Qt::ISODate)), qPrintable(line));
}

void TestSampleFigures::prometheusRetentionAskedOnce_data()
{
    QTest::addColumn<QByteArray>("runtimeInfo");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("warning"); // empty: none
    const QByteArray oneDay = R"({"status":"success","data":{"storageRetention":"1d or 512MiB"}})";
    // The clock is T0 + 48h: a server keeping one day has nothing before T0 + 24h.
    QTest::addRow("7d window, 1d kept")
        << oneDay << 200 << QStringLiteral("7d")
        << QStringLiteral("data source 'stub' keeps 1d or 512MiB of data (retention), so nothing before "
                          "2025-01-02T00:00:00Z, but the longest window (7d of fraud/precision) reads from "
                          "2024-12-27T00:00:00Z: its figures and those of every objective marked partial cover less "
                          "than their window");
    QTest::addRow("1d window, 1d kept") << oneDay << 200 << QStringLiteral("1d") << QString();
    QTest::addRow("size only") << QByteArray(R"({"status":"success","data":{"storageRetention":"512MiB"}})") << 200
                               << QStringLiteral("7d") << QString();
    QTest::addRow("no endpoint (Thanos)")
        << QByteArray("404 page not found") << 404 << QStringLiteral("7d") << QString();
}

void TestSampleFigures::prometheusRetentionAskedOnce()
{
    QFETCH(QByteArray, runtimeInfo);
    QFETCH(int, status);
    QFETCH(QString, window);
    QFETCH(QString, warning);
    StubPrometheus stub;
    stub.runtimeInfo = runtimeInfo;
    stub.runtimeStatus = status;
    QVERIFY(stub.server.listen(QHostAddress::LocalHost, 0));
    Workspace ws = workspace(window);
    ws.dataSources[0].type = DataSourceType::Prometheus;
    ws.dataSources[0].url = stub.url();
    ws.dataSources[0].metadata.name = QStringLiteral("stub");
    ws.slas[0].dataSource = QStringLiteral("stub");
    Evaluator e;
    EvaluatorOptions options;
    options.clock = [] { return utc(T0 + 48 * Hour); };
    e.setWorkspace(ws, options);
    for (int round = 0; round < 2; ++round) {
        const EvaluationReport report = await(e.evaluate(utc(T0 + 48 * Hour)));
        QVERIFY2(report.sourceErrors.isEmpty(), qPrintable(report.sourceErrors.value(QStringLiteral("stub"))));
        QCOMPARE(report.warnings, warning.isEmpty() ? QStringList() : QStringList{warning});
        for (const ObjectiveResult &o : report.slas.at(0).objectives)
            QCOMPARE(o.partial, !warning.isEmpty());
    }
    // Once per source and evaluator, however many objectives and evaluations.
    QCOMPARE(stub.runtimeRequests, 1);
}

void TestSampleFigures::parseRetention_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::addRow("days") << QStringLiteral("15d") << 15 * 24 * Hour;
    QTest::addRow("time or size") << QStringLiteral("15d or 10GiB") << 15 * 24 * Hour;
    QTest::addRow("size or time") << QStringLiteral("10GiB or 1y") << 365 * 24 * Hour;
    QTest::addRow("hours and minutes") << QStringLiteral("36h30m") << 36 * Hour + 30 * Minute;
    QTest::addRow("size only") << QStringLiteral("10GiB") << qint64(-1);
    QTest::addRow("empty") << QString() << qint64(-1);
    QTest::addRow("zero") << QStringLiteral("0s") << qint64(-1);
}

void TestSampleFigures::parseRetention()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(Retention::parseRetention(text), ms < 0 ? std::nullopt : std::optional<qint64>(ms));
}

void TestSampleFigures::runtimeInfoAnswer()
{
    // Shaped as Prometheus 2.42 answers /api/v1/status/runtimeinfo.
    const QByteArray body = R"({"status":"success","data":{"startTime":"2025-01-31T00:00:00Z","CWD":"/",)"
                            R"("reloadConfigSuccess":true,"lastConfigTime":"2025-01-31T00:00:00Z",)"
                            R"("corruptionCount":0,"goroutineCount":30,"GOMAXPROCS":2,"GOGC":"","GODEBUG":"",)"
                            R"("storageRetention":"15d or 10GiB"}})";
    const auto answer = Prometheus::parseRuntimeInfoResponse(body);
    QVERIFY(answer);
    QCOMPARE(answer.value(), QStringLiteral("15d or 10GiB"));
    // Thanos and Mimir have no such endpoint: no retention, no error.
    const auto missing = Prometheus::parseRuntimeInfoResponse("404 page not found", 404);
    QVERIFY(missing);
    QVERIFY(missing.value().isEmpty());
    const auto noField = Prometheus::parseRuntimeInfoResponse(R"({"status":"success","data":{"CWD":"/"}})");
    QVERIFY(noField);
    QVERIFY(noField.value().isEmpty());
    QVERIFY(!Prometheus::parseRuntimeInfoResponse("{\"status\":", 200));
}

void TestSampleFigures::jsonAndTable()
{
    EvaluationReport report;
    report.at = utc(T0 + 48 * Hour);
    report.warnings << QStringLiteral("data source 'rec' keeps 15d of data");
    SlaResult sla;
    sla.name = QStringLiteral("fraud");
    ObjectiveResult precision;
    precision.name = QStringLiteral("precision");
    precision.kind = IndicatorKind::Classification;
    precision.target = 0.8;
    precision.sli = 0.9;
    precision.status = ObjectiveStatus::Met;
    precision.sampleSize = 14400;
    precision.interval = std::pair{0.895, 0.905};
    precision.provisional = ObjectiveResult::Provisional{utc(T0 + 42 * Hour), utc(T0 + 48 * Hour), 0.5, 720};
    precision.partial = true;
    ObjectiveResult availability;
    availability.name = QStringLiteral("availability");
    availability.kind = IndicatorKind::Ratio;
    availability.target = 0.99;
    availability.status = ObjectiveStatus::InsufficientData;
    availability.good = 10;
    availability.total = 10;
    sla.objectives << precision << availability;
    report.slas << sla;

    const QJsonObject json = EvaluateOutput::toJson(report);
    QCOMPARE(json.value(QStringLiteral("warnings")).toArray(),
             QJsonArray{QStringLiteral("data source 'rec' keeps 15d of data")});
    const QJsonArray objectives =
        json.value(QStringLiteral("slas")).toArray().at(0).toObject().value(QStringLiteral("objectives")).toArray();
    const QJsonObject p = objectives.at(0).toObject();
    QCOMPARE(p.value(QStringLiteral("interval")).toArray(), (QJsonArray{0.895, 0.905}));
    QCOMPARE(p.value(QStringLiteral("n")).toDouble(), 14400.0);
    QCOMPARE(p.value(QStringLiteral("partial")).toBool(), true);
    QCOMPARE(p.value(QStringLiteral("provisional")).toObject(),
             (QJsonObject{{QStringLiteral("start"), QStringLiteral("2025-01-02T18:00:00Z")},
                          {QStringLiteral("end"), QStringLiteral("2025-01-03T00:00:00Z")},
                          {QStringLiteral("sli"), 0.5},
                          {QStringLiteral("n"), 720.0}}));
    const QJsonObject a = objectives.at(1).toObject();
    QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("insufficient_data"));
    QVERIFY(a.value(QStringLiteral("sli")).isNull());
    QVERIFY(!a.contains(QStringLiteral("interval")));
    QVERIFY(!a.contains(QStringLiteral("n")));
    QVERIFY(!a.contains(QStringLiteral("provisional")));
    QCOMPARE(a.value(QStringLiteral("partial")).toBool(), false);

    const QString table = EvaluateOutput::toTable(report);
    QVERIFY2(table.contains(QStringLiteral("partial:met")), qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("insufficient_data")), qPrintable(table));
    QVERIFY2(table.endsWith(QStringLiteral("! warning: data source 'rec' keeps 15d of data\n")), qPrintable(table));
}

QTEST_GUILESS_MAIN(TestSampleFigures)
#include "tst_samplefigures.moc"
