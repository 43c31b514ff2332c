// SPDX-License-Identifier: Apache-2.0
// The incremental refresh (core/evaluation/promincremental.h) against a real Prometheus 2.42
// over a promtool backfill of gen_incremental_om.py (started by with-prometheus.sh, which
// sets PROM_URL): a long-lived evaluator refreshing through a recorded day, every 5 minutes
// and every 30 seconds for an hour, gives on every refresh the figures of a full read at the
// same time: sli, good, total, consumed, remaining, remainingEvents, remainingTime, the
// seven burn rates and the status, equal within 1e-12 relative (the test also counts how
// many are bit-identical). The day holds counter restarts, an instance appearing, one
// vanishing, a scrape gap and an incident. Then the fallbacks: `at` going backwards, a jump,
// a new workspace, corrections and timeslices are read in full, and `read` says so.

#include "core/evaluation/evaluator.h"
#include "core/exchange/loader.h"
#include "tests/support/slactlrunner.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Sla::Core;
using ReadPath = ObjectiveResult::ReadPath;

namespace {

constexpr qint64 Day = 86400;
const QDateTime Start = QDateTime::fromString(QStringLiteral("2025-03-31T00:00:00Z"), Qt::ISODate);

// A plain literal: moc does not read raw string literals with braces well.
const char WorkspaceYaml[] =
    "apiVersion: openslo/v1\n"
    "kind: DataSource\n"
    "metadata: {name: prom}\n"
    "spec:\n"
    "  type: prometheus\n"
    "  connectionDetails: {url: \"http://127.0.0.1:9\"}\n"
    "---\n"
    "apiVersion: sladesk/v1\n"
    "kind: SLA\n"
    "metadata: {name: api}\n"
    "spec:\n"
    "  service: api\n"
    "  tier: tier-3\n"
    "  dataSource: prom\n"
    "  window: 30d\n"
    "  objectives:\n"
    "    - name: availability\n"
    "      indicator: {ratio: {good: 'http_requests_total{code=\"200\"}', total: 'http_requests_total'}}\n"
    "      target: 0.999\n"
    "    - name: errors\n"
    "      indicator: {ratio: {bad: 'http_requests_total{service=\"api\",code=\"500\"}', total: "
    "'http_requests_total{service=\"api\"}'}}\n"
    "      target: 0.995\n"
    "    - name: precision\n"
    "      indicator: {classification: {measure: precision, tp: 'model_predictions_total{outcome=\"tp\"}', fp: "
    "'model_predictions_total{outcome=\"fp\"}'}}\n"
    "      target: 0.95\n"
    "    - name: daily-errors\n"
    "      indicator: {ratio: {bad: 'http_requests_total{code=\"500\"}', total: 'http_requests_total'}}\n"
    "      budgeting: {timeslices: 1d}\n"
    "      target: 0.99\n";

const QStringList Counted{QStringLiteral("availability"), QStringLiteral("errors"), QStringLiteral("precision")};

template <typename T> T await(QFuture<T> f)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, 120000))
        qFatal("evaluation did not finish");
    return f.result();
}

/// Comparison of two figures: `bits` counts those that are bit-identical.
struct Tally
{
    int figures = 0;
    int bits = 0;
    double worst = 0; ///< the largest relative difference seen
};

bool same(std::optional<double> a, std::optional<double> b, Tally &tally)
{
    ++tally.figures;
    if (!a || !b)
        return a.has_value() == b.has_value() && (++tally.bits, true);
    if (*a == *b) {
        ++tally.bits;
        return true;
    }
    const double rel = std::fabs(*a - *b) / std::max(std::fabs(*a), std::fabs(*b));
    tally.worst = std::max(tally.worst, rel);
    return rel <= 1e-12;
}

QString show(std::optional<double> v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("null");
}

/// Every figure of `inc` equals `full`'s (QVERIFY inside: call through QVERIFY(!failed)).
void compare(const ObjectiveResult &inc, const ObjectiveResult &full, const QDateTime &at, Tally &tally)
{
    std::vector<std::pair<QString, std::pair<std::optional<double>, std::optional<double>>>> pairs{
        {QStringLiteral("sli"), {inc.sli, full.sli}},
        {QStringLiteral("good"), {inc.good, full.good}},
        {QStringLiteral("total"), {inc.total, full.total}},
        {QStringLiteral("consumed"), {inc.consumed, full.consumed}},
        {QStringLiteral("remaining"), {inc.remaining, full.remaining}},
        {QStringLiteral("remainingEvents"), {inc.remainingEvents, full.remainingEvents}},
        {QStringLiteral("remainingTime"), {inc.remainingTime, full.remainingTime}},
    };
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i)
        pairs.push_back(
            {QStringLiteral("burn ") + Budget::burnRateWindowName(i), {inc.burnRates[i], full.burnRates[i]}});
    for (const auto &[name, values] : pairs) {
        QVERIFY2(
            same(values.first, values.second, tally),
            qPrintable(QStringLiteral("%1 %2 at %3: incremental %4, full %5")
                           .arg(inc.name, name, at.toString(Qt::ISODate), show(values.first), show(values.second))));
    }
    QCOMPARE(inc.status, full.status);
    QVERIFY2(inc.error.isEmpty() && full.error.isEmpty(), qPrintable(inc.error + full.error));
}

} // namespace

class TestIncrementalPrometheus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRefreshOfADay_equalsAFullRead();
    void fallbacks_readInFullAndSaySo();
    void slactlEvaluate_saysItReadInFull();
    void slactlWatch_logsIncrementalReads();

private:
    std::unique_ptr<Evaluator> evaluator(bool incremental, const QList<Correction> &corrections = {}) const;
    QString m_url;
    QTemporaryDir m_dir;
    Sla::Core::Workspace m_workspace;
};

void TestIncrementalPrometheus::initTestCase()
{
    m_url = qEnvironmentVariable("PROM_URL");
    QVERIFY2(!m_url.isEmpty(), "run under with-prometheus.sh");
    QVERIFY(m_dir.isValid());
    QFile f(m_dir.filePath(QStringLiteral("slas.yaml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(WorkspaceYaml);
    f.close();
    const LoadResult r = DocumentLoader::loadPaths({f.fileName()});
    QVERIFY(r.ok());
    m_workspace = r.workspace;
}

std::unique_ptr<Evaluator> TestIncrementalPrometheus::evaluator(bool incremental,
                                                                const QList<Correction> &corrections) const
{
    auto e = std::make_unique<Evaluator>();
    EvaluatorOptions options;
    options.workspaceDir = m_dir.path();
    options.useKeychain = false;
    options.prometheusUrl = m_url;
    options.incremental = incremental;
    Sla::Core::Workspace ws = m_workspace;
    ws.corrections = corrections;
    e->setWorkspace(ws, options);
    return e;
}

void TestIncrementalPrometheus::everyRefreshOfADay_equalsAFullRead()
{
    // Off the samples' grids (a: :00, b: :13.5, c: :41, d: :22), so every window extrapolates.
    std::vector<QDateTime> times;
    for (qint64 s = 7; s <= Day; s += 300) {
        if (s > 11 * 3600 && s < 12 * 3600)
            continue;
        times.push_back(Start.addSecs(s));
        if (s == 11 * 3600 - 293) {
            for (qint64 t = 11 * 3600 + 7; t < 12 * 3600; t += 30) // the incident, every 30 s
                times.push_back(Start.addSecs(t));
        }
    }
    QVERIFY(times.size() > 380);
    const auto incremental = evaluator(true);
    const auto full = evaluator(false);
    Tally tally;
    int incrementalReads = 0;
    bool breached = false;
    for (std::size_t k = 0; k < times.size(); ++k) {
        const EvaluationReport inc = await(incremental->evaluate(times[k]));
        const EvaluationReport ref = await(full->evaluate(times[k]));
        QVERIFY2(inc.sourceErrors.isEmpty() && ref.sourceErrors.isEmpty(),
                 qPrintable(inc.sourceErrors.values().join(u';') + ref.sourceErrors.values().join(u';')));
        for (const ObjectiveResult &o : inc.slas.at(0).objectives) {
            const ObjectiveResult *r = ref.findObjective(QStringLiteral("api"), o.name);
            QVERIFY(r);
            compare(o, *r, times[k], tally);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(r->read, ReadPath::Full);
            // The first evaluation builds the state with a full read; every later one of the
            // counted objectives refreshes it; timeslices are always read in full.
            const bool expectIncremental = k > 0 && Counted.contains(o.name);
            QVERIFY2((o.read == ReadPath::Incremental) == expectIncremental,
                     qPrintable(o.name + QStringLiteral(" at ") + times[k].toString(Qt::ISODate)));
            incrementalReads += o.read == ReadPath::Incremental ? 1 : 0;
            breached |= o.name == QLatin1String("errors") && o.burnRates[0].value_or(0) > 14.4;
        }
    }
    QCOMPARE(incrementalReads, int(times.size() - 1) * 3);
    QVERIFY2(breached, "the incident shows in the 5m burn rate");
    qInfo("%zu refreshes, %d figures compared, %d bit-identical, largest relative difference %.3g", times.size(),
          tally.figures, tally.bits, tally.worst);
}

void TestIncrementalPrometheus::fallbacks_readInFullAndSaySo()
{
    const auto incremental = evaluator(true);
    const auto full = evaluator(false);
    const auto readOf = [](const EvaluationReport &r, const QString &name) {
        return r.findObjective(QStringLiteral("api"), name)->read;
    };
    const auto check = [&](const QDateTime &at, ReadPath expected, const char *what) {
        const EvaluationReport inc = await(incremental->evaluate(at));
        const EvaluationReport ref = await(full->evaluate(at));
        Tally tally;
        for (const QString &name : Counted) {
            QVERIFY2(readOf(inc, name) == expected, what);
            compare(*inc.findObjective(QStringLiteral("api"), name), *ref.findObjective(QStringLiteral("api"), name),
                    at, tally);
        }
        QCOMPARE(readOf(inc, QStringLiteral("daily-errors")), ReadPath::Full);
    };
    const QDateTime t = Start.addSecs(10 * 3600 + 11);
    check(t, ReadPath::Full, "first evaluation: full, builds the state");
    check(t.addSecs(60), ReadPath::Incremental, "a minute later: incremental");
    check(t.addSecs(-600), ReadPath::Full, "at going backwards: full");
    check(t.addSecs(120), ReadPath::Incremental, "forward again: the state was kept");
    check(t.addSecs(120 + 2 * 3600), ReadPath::Full, "a jump of two hours: full, rebuilds");
    check(t.addSecs(180 + 2 * 3600), ReadPath::Incremental, "then incremental again");

    // A new workspace drops the state: its first evaluation reads in full.
    incremental->setWorkspace(m_workspace, [&] {
        EvaluatorOptions o;
        o.workspaceDir = m_dir.path();
        o.useKeychain = false;
        o.prometheusUrl = m_url;
        o.incremental = true;
        return o;
    }());
    check(t.addSecs(240 + 2 * 3600), ReadPath::Full, "after setWorkspace: full");

    // Corrections are applied by the full read only.
    Correction c;
    c.metadata.name = QStringLiteral("maintenance");
    c.slas = {QStringLiteral("api")};
    c.start = Start.addSecs(3600);
    c.end = Start.addSecs(2 * 3600);
    c.category = Correction::Category::ScheduledMaintenance;
    const auto corrected = evaluator(true, {c});
    for (int i = 0; i < 3; ++i) {
        const EvaluationReport r = await(corrected->evaluate(t.addSecs(60 * i)));
        for (const ObjectiveResult &o : r.slas.at(0).objectives) {
            QCOMPARE(o.read, ReadPath::Full);
            if (Counted.contains(o.name))
                QCOMPARE(o.corrections, QStringList{QStringLiteral("maintenance")});
        }
    }
}

void TestIncrementalPrometheus::slactlEvaluate_saysItReadInFull()
{
    Sla::TestSupport::SlactlOptions options;
    options.timeoutMs = 120000;
    const auto run = Sla::TestSupport::runSlactl(
        {QStringLiteral("evaluate"), m_dir.path(), QStringLiteral("--prometheus"), m_url, QStringLiteral("--at"),
         Start.addSecs(3600).toString(Qt::ISODate), QStringLiteral("--format"), QStringLiteral("json")},
        options);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonArray objectives = QJsonDocument::fromJson(run.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("slas"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("objectives"))
                                      .toArray();
    QCOMPARE(objectives.size(), 4);
    for (const QJsonValue &o : objectives)
        QCOMPARE(o.toObject().value(QStringLiteral("read")).toString(), QStringLiteral("full"));
}

void TestIncrementalPrometheus::slactlWatch_logsIncrementalReads()
{
    // The workspace pointing at this Prometheus (watch has no --prometheus override).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("slas.yaml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(WorkspaceYaml).replace("http://127.0.0.1:9", m_url.toUtf8()));
    f.close();
    QProcess watch;
    watch.start(qEnvironmentVariable("SLACTL"),
                {QStringLiteral("watch"), dir.path(), QStringLiteral("--at"),
                 Start.addSecs(10 * 3600).toString(Qt::ISODate), QStringLiteral("--interval"), QStringLiteral("1s"),
                 QStringLiteral("--state"), dir.filePath(QStringLiteral("state")), QStringLiteral("--log-format"),
                 QStringLiteral("json")});
    QVERIFY(watch.waitForStarted());
    QList<QJsonObject> evaluated;
    QByteArray pending;
    const bool two = QTest::qWaitFor(
        [&] {
            pending += watch.readAllStandardOutput();
            for (qsizetype nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
                const QJsonObject o = QJsonDocument::fromJson(pending.left(nl)).object();
                pending.remove(0, nl + 1);
                if (o.value(QStringLiteral("event")).toString() == QLatin1String("evaluated"))
                    evaluated << o;
            }
            return evaluated.size() >= 3 || watch.state() != QProcess::Running;
        },
        120000);
    watch.terminate();
    watch.waitForFinished(30000);
    QVERIFY2(two && evaluated.size() >= 3, watch.readAllStandardError().constData());
    // The loop refreshes: by its third evaluation every counted objective is read incrementally.
    for (const QJsonValue &v : evaluated.last().value(QStringLiteral("objectives")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("objective")).toString();
        QCOMPARE(o.value(QStringLiteral("read")).toString(),
                 Counted.contains(name) ? QStringLiteral("incremental") : QStringLiteral("full"));
    }
}

QTEST_GUILESS_MAIN(TestIncrementalPrometheus)
#include "tst_incremental_prometheus.moc"
