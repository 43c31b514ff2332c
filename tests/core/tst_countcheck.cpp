// SPDX-License-Identifier: Apache-2.0
// Event counts that contradict each other (issue 14: "good > total from a server, warn,
// never a silent clamp"): the SLI stays clamped, and the objective's result and the
// report's warnings name the objective, the source, each window concerned and its counts
// (recorded data and a Prometheus stand-in). Doubtful samples of a recording (NaN, negative
// counter values, out of time order) reach EvaluationReport::warnings with file and line,
// once however many objectives read the file, in every evaluation.

#include "core/evaluation/countcheck.h"
#include "core/evaluation/evaluator.h"
#include "core/exchange/loader.h"
#include "tests/stubserver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Sla::Core;

namespace {
/// The report's warnings less the retention ones: the tests' 1d windows reach further back
/// than their short recordings, which the evaluator rightly reports too.
QStringList countWarnings(const QStringList &all)
{
    QStringList out;
    for (const QString &w : all) {
        if (!w.contains(QLatin1String("the longest window")))
            out << w;
    }
    return out;
}

/// The evaluation time of every case: 2023-11-15T00:00:00Z.
constexpr qint64 T = 1700006400;

template <typename T> T await(QFuture<T> f)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, 60000))
        qFatal("future did not finish");
    return f.result();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QDateTime at()
{
    return QDateTime::fromSecsSinceEpoch(T, QTimeZone::utc());
}

/// One counter sample line per minute from T-2h to T (121 samples) of `name{kind}`,
/// growing by `perMinute`, starting at 0 (so no extrapolation at the window start).
QByteArray counterLines(const char *kind, int perMinute)
{
    QByteArray out;
    for (int k = 0; k <= 120; ++k)
        out += "req_total{kind=\"" + QByteArray(kind) + "\"} " + QByteArray::number(k * perMinute) + ' ' +
               QByteArray::number(T - 7200 + 60 * k) + '\n';
    return out;
}

QByteArray slaYaml(const QString &source, const QString &numerator)
{
    return QStringLiteral(R"(---
apiVersion: sladesk/v1
kind: SLA
metadata: {name: api}
spec:
  service: api
  tier: tier-3
  dataSource: %1
  window: 1d
  objectives:
    - name: availability
      indicator:
        ratio:
          %2
          total: 'req_total{kind="all"}'
      target: 0.99
)")
        .arg(source, numerator)
        .toUtf8();
}

Workspace load(const QByteArray &yaml)
{
    const LoadResult r = DocumentLoader::loadData(yaml, QStringLiteral("counts.yaml"));
    if (!r.ok())
        qFatal("the workspace does not load");
    return r.workspace;
}

/// A Prometheus answer to the evaluator's tagged instant query.
QByteArray vectorOf(const QList<std::pair<QString, double>> &parts)
{
    QJsonArray result;
    for (const auto &[tag, value] : parts) {
        result.append(QJsonObject{{QStringLiteral("metric"), QJsonObject{{QStringLiteral("sladesk_part"), tag}}},
                                  {QStringLiteral("value"), QJsonArray{T, QString::number(value, 'g', 17)}}});
    }
    const QJsonObject data{{QStringLiteral("resultType"), QStringLiteral("vector")},
                           {QStringLiteral("result"), result}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("status"), QStringLiteral("success")}, {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

EvaluatorOptions optionsFor(const QString &dir)
{
    EvaluatorOptions o;
    o.workspaceDir = dir;
    o.useKeychain = false;
    o.alignTo = at();
    return o;
}
} // namespace

class TestCountCheck : public QObject
{
    Q_OBJECT
private slots:
    void inconsistent_data();
    void inconsistent();
    void warningNamesEveryWindowConcerned();
    void recordedGoodAboveTotal_warnsAndClamps();
    void recordedBadAboveTotal_warnsAndClamps();
    void recordedConsistentCounts_noWarning();
    void prometheusGoodAboveTotal_warnsAndClamps();
    void recordingWarnings_reachTheReportOnce();
};

void TestCountCheck::inconsistent_data()
{
    QTest::addColumn<double>("good");
    QTest::addColumn<double>("total");
    QTest::addColumn<bool>("inconsistent");
    QTest::addColumn<double>("sli"); // NaN: no SLI
    QTest::addRow("good below total") << 990.0 << 1000.0 << false << 0.99;
    QTest::addRow("good equal to total") << 1000.0 << 1000.0 << false << 1.0;
    QTest::addRow("good above total") << 1001.0 << 1000.0 << true << 1.0;
    QTest::addRow("good above total by rounding only") << 1000.0 * (1 + 1e-12) << 1000.0 << false << 1.0;
    QTest::addRow("good above total by a relative 1e-6") << 1000.001 << 1000.0 << true << 1.0;
    QTest::addRow("more bad than total (good < 0)") << -200.0 << 1000.0 << true << 0.0;
    QTest::addRow("good without any total") << 5.0 << 0.0 << true << qQNaN();
    QTest::addRow("nothing at all") << 0.0 << 0.0 << false << qQNaN();
}

void TestCountCheck::inconsistent()
{
    QFETCH(double, good);
    QFETCH(double, total);
    QFETCH(bool, inconsistent);
    QFETCH(double, sli);
    const Sli::Ratio r{good, total};
    QCOMPARE(r.inconsistent(), inconsistent);
    // The figure stays clamped into [0, 1]; only the report changes.
    QCOMPARE(r.value().has_value(), !qIsNaN(sli));
    if (r.value())
        QCOMPARE(*r.value(), sli);
}

void TestCountCheck::warningNamesEveryWindowConcerned()
{
    ObjectivePlan plan;
    plan.sla = QStringLiteral("api");
    plan.objective.name = QStringLiteral("availability");
    // Window 0 (compliance) and 3 (1h) inconsistent, 1 (5m) a bad/total pair with more bad
    // than total, the others consistent or without data.
    const auto counts = [](std::size_t w) -> std::optional<Sli::Ratio> {
        switch (w) {
        case 0:
            return Sli::Ratio{1050, 1000};
        case 1:
            return Sli::fromBad(12, 10);
        case 3:
            return Sli::Ratio{60.5, 50};
        case 4:
            return std::nullopt;
        default:
            return Sli::Ratio{5, 5};
        }
    };
    QCOMPARE(CountCheck::inconsistentCounts(plan, QStringLiteral("prom"), counts),
             QStringLiteral("SLA 'api', objective 'availability': data source 'prom' reports more events in a part "
                            "than in the total (compliance window: good 1050 > total 1000, 5m window: bad 12 > total "
                            "10, 1h window: good 60.5 > total 50); the SLI of such a window is clamped to 0..100%; "
                            "check that the objective's good or bad selector counts a subset of the events its total "
                            "counts"));
    QVERIFY(CountCheck::inconsistentCounts(plan, QStringLiteral("prom"), [](std::size_t) {
                return std::optional<Sli::Ratio>(Sli::Ratio{7, 7});
            }).isEmpty());
    ObjectiveResult r;
    CountCheck::note(plan, QStringLiteral("prom"), counts, r);
    QCOMPARE(r.warnings.size(), 1);
}

void TestCountCheck::recordedGoodAboveTotal_warnsAndClamps()
{
    // good grows by 12 per minute, total by 10: every window has more good than total.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("data.om")),
                      "# TYPE req counter\n" + counterLines("good", 12) + counterLines("all", 10) + "# EOF\n"));
    const QByteArray yaml = QByteArrayLiteral(R"(apiVersion: openslo/v1
kind: DataSource
metadata: {name: rec}
spec:
  type: recorded
  connectionDetails: {file: data.om}
)") + slaYaml(QStringLiteral("rec"), QStringLiteral("good: 'req_total{kind=\"good\"}'"));
    Evaluator e;
    e.setWorkspace(load(yaml), optionsFor(dir.path()));
    const EvaluationReport report = await(e.evaluate(at()));
    const ObjectiveResult *o = report.findObjective(QStringLiteral("api"), QStringLiteral("availability"));
    QVERIFY(o);
    QVERIFY2(o->error.isEmpty(), qPrintable(o->error));
    QCOMPARE(*o->sli, 1.0); // clamped
    QCOMPARE(o->status, ObjectiveStatus::Met);
    QCOMPARE(*o->burnRates[2], 0.0);
    const QString expected =
        QStringLiteral("SLA 'api', objective 'availability': data source 'rec' reports more events in a part than in "
                       "the total (compliance window: good 1440 > total 1200, 5m window: good 60 > total 50, 30m "
                       "window: good 360 > total 300, 1h window: good 720 > total 600, 2h window: good 1440 > total "
                       "1200, 6h window: good 1440 > total 1200, 1d window: good 1440 > total 1200, 3d window: good "
                       "1440 > total 1200); the SLI of such a window is clamped to 0..100%; check that the "
                       "objective's good or bad selector counts a subset of the events its total counts");
    QCOMPARE(o->warnings, QStringList{expected});
    QCOMPARE(countWarnings(report.warnings), QStringList{expected});
}

void TestCountCheck::recordedBadAboveTotal_warnsAndClamps()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("data.om")),
                      "# TYPE req counter\n" + counterLines("bad", 11) + counterLines("all", 10) + "# EOF\n"));
    const QByteArray yaml = QByteArrayLiteral(R"(apiVersion: openslo/v1
kind: DataSource
metadata: {name: rec}
spec:
  type: recorded
  connectionDetails: {file: data.om}
)") + slaYaml(QStringLiteral("rec"), QStringLiteral("bad: 'req_total{kind=\"bad\"}'"));
    Evaluator e;
    e.setWorkspace(load(yaml), optionsFor(dir.path()));
    const EvaluationReport report = await(e.evaluate(at()));
    const ObjectiveResult *o = report.findObjective(QStringLiteral("api"), QStringLiteral("availability"));
    QCOMPARE(*o->sli, 0.0); // clamped: never a negative SLI
    QCOMPARE(o->status, ObjectiveStatus::Breached);
    QCOMPARE(o->warnings.size(), 1);
    QVERIFY2(o->warnings.first().contains(QStringLiteral("(compliance window: bad 1320 > total 1200, 5m window: bad "
                                                         "55 > total 50,")),
             qPrintable(o->warnings.first()));
    QCOMPARE(countWarnings(report.warnings), o->warnings);
}

void TestCountCheck::recordedConsistentCounts_noWarning()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("data.om")),
                      "# TYPE req counter\n" + counterLines("good", 9) + counterLines("all", 10) + "# EOF\n"));
    const QByteArray yaml = QByteArrayLiteral(R"(apiVersion: openslo/v1
kind: DataSource
metadata: {name: rec}
spec:
  type: recorded
  connectionDetails: {file: data.om}
)") + slaYaml(QStringLiteral("rec"), QStringLiteral("good: 'req_total{kind=\"good\"}'"));
    Evaluator e;
    e.setWorkspace(load(yaml), optionsFor(dir.path()));
    const EvaluationReport report = await(e.evaluate(at()));
    const ObjectiveResult *o = report.findObjective(QStringLiteral("api"), QStringLiteral("availability"));
    QCOMPARE(*o->sli, 0.9);
    QVERIFY(o->warnings.isEmpty());
    QVERIFY(countWarnings(report.warnings).isEmpty());
}

void TestCountCheck::prometheusGoodAboveTotal_warnsAndClamps()
{
    StubServer server;
    // Compliance window and 1h: more good than total; every other window 5 of 5.
    QList<std::pair<QString, double>> parts{{QStringLiteral("g0"), 1050}, {QStringLiteral("t0"), 1000}};
    for (int i = 1; i <= 7; ++i) {
        parts << std::pair{QStringLiteral("g%1").arg(i), i == 3 ? 60.0 : 5.0}
              << std::pair{QStringLiteral("t%1").arg(i), i == 3 ? 50.0 : 5.0};
    }
    const QByteArray body = vectorOf(parts);
    server.handler = [body](const StubRequest &) { return StubReply{200, body, 0, false, true, {}, 0}; };
    const QByteArray yaml = QStringLiteral(R"(apiVersion: openslo/v1
kind: DataSource
metadata: {name: prom}
spec:
  type: prometheus
  connectionDetails: {url: '%1'}
)")
                                .arg(server.url())
                                .toUtf8() +
                            slaYaml(QStringLiteral("prom"), QStringLiteral("good: 'req_total{kind=\"good\"}'"));
    Evaluator e;
    e.setWorkspace(load(yaml), optionsFor({}));
    const EvaluationReport report = await(e.evaluate(at()));
    // The check for the `sladesk:` recording rules (none), the query, then the retention
    // question (runtimeinfo).
    QCOMPARE(server.requests.size(), 3);
    const ObjectiveResult *o = report.findObjective(QStringLiteral("api"), QStringLiteral("availability"));
    QVERIFY2(o->error.isEmpty(), qPrintable(o->error));
    QCOMPARE(*o->sli, 1.0);
    QCOMPARE(*o->burnRates[2], 0.0);
    QCOMPARE(o->warnings,
             QStringList{QStringLiteral(
                 "SLA 'api', objective 'availability': data source 'prom' reports more events in a part than in the "
                 "total (compliance window: good 1050 > total 1000, 1h window: good 60 > total 50); the SLI of such a "
                 "window is clamped to 0..100%; check that the objective's good or bad selector counts a subset of the "
                 "events its total counts")});
    QCOMPARE(countWarnings(report.warnings), o->warnings);
}

void TestCountCheck::recordingWarnings_reachTheReportOnce()
{
    // Line 3: NaN; line 5: a negative counter value; line 8: out of time order.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("doubtful.om"));
    QVERIFY(writeFile(file, "# TYPE req counter\n"
                            "req_total{kind=\"all\"} 0 1700006000\n"
                            "req_total{kind=\"all\"} NaN 1700006060\n"
                            "req_total{kind=\"all\"} 10 1700006120\n"
                            "req_total{kind=\"good\"} -1 1700006000\n"
                            "req_total{kind=\"good\"} 0 1700006060\n"
                            "req_total{kind=\"good\"} 9 1700006400\n"
                            "req_total{kind=\"good\"} 5 1700006120\n"
                            "req_total{kind=\"all\"} 20 1700006400\n"
                            "# EOF\n"));
    // Two data sources on the same file, three objectives: each warning once per report.
    const QByteArray yaml = QByteArrayLiteral(R"(apiVersion: openslo/v1
kind: DataSource
metadata: {name: rec}
spec:
  type: recorded
  connectionDetails: {file: doubtful.om}
---
apiVersion: openslo/v1
kind: DataSource
metadata: {name: rec-again}
spec:
  type: recorded
  connectionDetails: {file: doubtful.om}
)") + slaYaml(QStringLiteral("rec"), QStringLiteral("good: 'req_total{kind=\"good\"}'")) +
                            QByteArrayLiteral(R"(    - name: second
      dataSource: rec-again
      indicator:
        ratio: {good: 'req_total{kind="good"}', total: 'req_total{kind="all"}'}
      target: 0.9
    - name: third
      indicator:
        ratio: {good: 'req_total{kind="good"}', total: 'req_total{kind="all"}'}
      target: 0.9
)");
    Evaluator e;
    e.setWorkspace(load(yaml), optionsFor(dir.path()));
    const QStringList expected{
        file + QStringLiteral(":3: 1 sample(s) with the value NaN, +Inf or -Inf (the first here) are left out: they "
                              "are gaps, not measurements"),
        file + QStringLiteral(":5: 1 negative counter sample(s) (the first here) are left out: counters only grow"),
        file + QStringLiteral(":8: 1 sample(s) out of time order (the first here) are sorted; of two with the same "
                              "timestamp the later one is kept")};
    for (int run = 0; run < 2; ++run) { // the second evaluation reads the cached recording
        const EvaluationReport report = await(e.evaluate(at()));
        QCOMPARE(countWarnings(report.warnings), expected);
        const ObjectiveResult *o = report.findObjective(QStringLiteral("api"), QStringLiteral("availability"));
        QVERIFY2(o->error.isEmpty(), qPrintable(o->error));
        QCOMPARE(*o->sli, 0.45); // good 9 of 20: the dropped and sorted samples as decided
    }
}

QTEST_GUILESS_MAIN(TestCountCheck)
#include "tst_countcheck.moc"
