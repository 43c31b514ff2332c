// SPDX-License-Identifier: Apache-2.0
// The explanation of one objective: the arithmetic steps against hand-computed tables, the
// slices a correction leaves out, the reads recorded at the back-end boundary (recorded
// counters' increases, a tracing source's queries and answers), and Evaluator::explain()
// on the demo recording: the same figures as evaluate() at the same time, and the traced
// increases of the selectors summing to the generator's event counts.

#include "core/evaluation/evaluator.h"
#include "core/evaluation/explanation.h"
#include "core/evaluation/readtrace.h"
#include "core/evaluation/tracingmetricsource.h"
#include "core/metrics/futures.h"
#include "demofixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <memory>

using namespace Sla::Core;

namespace {
constexpr qint64 Day = 86'400'000;

template <typename T> T await(QFuture<T> f)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, 120000))
        qFatal("future did not finish");
    return f.result();
}

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

const Explanation::Step *stepOf(const QList<Explanation::Step> &steps, QStringView name)
{
    for (const Explanation::Step &s : steps) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

/// A 30-day occurrences plan of target `target` ending at day 30.
ObjectivePlan occurrencesPlan(double target)
{
    ObjectivePlan p;
    p.sla = QStringLiteral("api");
    p.objective.name = QStringLiteral("availability");
    p.objective.target = target;
    p.at = 30 * Day;
    p.range = {0, 30 * Day};
    return p;
}

/// 2000 events, 1985 good, target 99%: 15 bad of 20 allowed (consumed 0.75).
ObjectiveResult occurrencesResult(const ObjectivePlan &plan, bool withCounts = true)
{
    ObjectiveResult r = EvaluationPlan::emptyResult(plan);
    if (withCounts) {
        r.good = 1985;
        r.total = 2000;
    }
    r.sli = 0.9925;
    r.consumed = 0.75;
    r.remaining = 0.25;
    return r;
}

/// 30 daily slices over [0, 30 days].
ObjectivePlan timeslicePlan(double target)
{
    ObjectivePlan p = occurrencesPlan(target);
    p.objective.budgeting.method = Budgeting::Method::Timeslices;
    p.objective.budgeting.slice = Duration{Day};
    for (qint64 d = 0; d < 30; ++d)
        p.slices.push_back({d * Day, (d + 1) * Day});
    p.slicesInWindow = 30;
    return p;
}

/// A counter rising by 10 every minute from 0 at t = 0 for 10 minutes.
Series risingCounter()
{
    Series s;
    for (int i = 0; i <= 10; ++i) {
        s.t.push_back(i * 60'000LL);
        s.v.push_back(10.0 * i);
    }
    return s;
}

/// A metric source whose every query answers `answer` (or `error`).
class FixedSource final : public MetricSource
{
public:
    SourceResult<QueryResult> answer;
    QString name() const override { return QStringLiteral("fixed"); }
    QFuture<SourceResult<QueryResult>> query(const QString &, const QDateTime &) override
    {
        return readyFuture(answer);
    }
    QFuture<SourceResult<QueryResult>> queryRange(const QString &, const QDateTime &, const QDateTime &,
                                                  std::chrono::milliseconds) override
    {
        return readyFuture(answer);
    }
    QFuture<SourceResult<QList<SeriesLabels>>> series(const QStringList &, const MetadataRange &) override
    {
        return readyFuture(SourceResult<QList<SeriesLabels>>());
    }
    QFuture<SourceResult<QStringList>> labelNames(const QStringList &, const MetadataRange &) override
    {
        return readyFuture(SourceResult<QStringList>());
    }
    QFuture<SourceResult<QStringList>> labelValues(const QString &, const QStringList &, const MetadataRange &) override
    {
        return readyFuture(SourceResult<QStringList>());
    }
    QFuture<SourceHealth> checkHealth() override { return readyFuture(SourceHealth{}); }
    void cancelAll() override {}
};
} // namespace

class TestExplain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void occurrencesArithmetic();
    void occurrencesWithoutCountsShowsNotAvailable();
    void rawFiguresShowTheCorrectedEvents();
    void timesliceArithmeticLeavesOutCorrectedSlices();
    void excludedSlicesCountOverlapsOnly_data();
    void excludedSlicesCountOverlapsOnly();
    void recordedCounterIncreasePerRange();
    void tracingSourceRecordsQueriesAndAnswers();
    void jsonAndText();
    void explainEqualsEvaluate_data();
    void explainEqualsEvaluate();
    void recordedReadsSumToTheEventCounts();
    void driftExplanation();
    void unknownObjectiveIsAnError();
    void failingSourceIsReported();

private:
    DemoFixture::Demo m_demo;
    QDateTime m_end;
    std::unique_ptr<Evaluator> m_evaluator;
    EvaluationReport m_report;
};

void TestExplain::initTestCase()
{
    QVERIFY(DemoFixture::load(&m_demo));
    m_end = m_demo.end;
    m_evaluator = std::make_unique<Evaluator>();
    m_evaluator->setWorkspace(m_demo.workspace, DemoFixture::options(m_demo));
    m_report = await(m_evaluator->evaluate(m_end));
    QVERIFY(m_report.sourceErrors.isEmpty());
}

void TestExplain::occurrencesArithmetic()
{
    const ObjectivePlan plan = occurrencesPlan(0.99);
    ObjectiveResult r = occurrencesResult(plan);
    r.remainingEvents = 5;
    r.remainingTime = 6480; // 5 events at 2000 per 2,592,000 s
    const QList<Explanation::Step> steps = Explain::steps(plan, r);
    QStringList names;
    for (const Explanation::Step &s : steps)
        names << s.name;
    QCOMPARE(names.join(u' '), QStringLiteral("target good total bad allowedBad sli consumed remaining remainingEvents "
                                              "remainingTime"));
    QCOMPARE(*stepOf(steps, u"bad")->value, 15.0);
    QCOMPARE(stepOf(steps, u"bad")->numbers, QStringLiteral("2000 - 1985"));
    QVERIFY(near(*stepOf(steps, u"allowedBad")->value, 20.0));
    QCOMPARE(stepOf(steps, u"allowedBad")->numbers, QStringLiteral("(1 - 0.99) × 2000"));
    QCOMPARE(stepOf(steps, u"consumed")->numbers, QStringLiteral("15 / 20"));
    QCOMPARE(*stepOf(steps, u"consumed")->value, 0.75);
    QCOMPARE(stepOf(steps, u"remaining")->numbers, QStringLiteral("1 - 0.75"));
    QCOMPARE(stepOf(steps, u"remainingEvents")->numbers, QStringLiteral("20 - 15"));
    QCOMPARE(stepOf(steps, u"remainingTime")->numbers, QStringLiteral("5 / (2000 / 2592000)"));
    QCOMPARE(*stepOf(steps, u"remainingTime")->value, 6480.0);
    QCOMPARE(stepOf(steps, u"sli")->numbers, QStringLiteral("1985 / 2000"));
    // Without corrections the counts are the window's, with no note.
    QVERIFY(stepOf(steps, u"good")->formula.isEmpty());
}

void TestExplain::occurrencesWithoutCountsShowsNotAvailable()
{
    const ObjectivePlan plan = occurrencesPlan(0.99);
    const ObjectiveResult r = occurrencesResult(plan, false);
    const QList<Explanation::Step> steps = Explain::steps(plan, r);
    for (const char *name : {"good", "total", "bad", "allowedBad", "remainingEvents", "remainingTime"}) {
        QVERIFY2(!stepOf(steps, QString::fromLatin1(name))->value, name);
        QVERIFY2(stepOf(steps, QString::fromLatin1(name))->numbers.isEmpty(), name);
    }
    // The budget is still explained from the SLI, as Budget::occurrences() computes it.
    QCOMPARE(stepOf(steps, u"consumed")->numbers, QStringLiteral("(1 - 0.9925) / (1 - 0.99)"));
    QCOMPARE(*stepOf(steps, u"consumed")->value, 0.75);
    QCOMPARE(Explain::formatNumber(std::nullopt), QStringLiteral("not available"));
}

void TestExplain::rawFiguresShowTheCorrectedEvents()
{
    ObjectivePlan plan = occurrencesPlan(0.99);
    plan.corrections.push_back({QStringLiteral("db-maintenance"), {{Day, Day + 7'200'000}}});
    plan.excluded = {{Day, Day + 7'200'000}};
    ObjectiveResult r = occurrencesResult(plan);
    BudgetFigures raw;
    raw.good = 2035;
    raw.total = 2100;
    r.raw = raw;
    const QList<Explanation::Step> steps = Explain::steps(plan, r);
    QCOMPARE(*stepOf(steps, u"correctedEvents")->value, 100.0);
    QCOMPARE(stepOf(steps, u"correctedEvents")->numbers, QStringLiteral("2100 - 2000"));
    QCOMPARE(*stepOf(steps, u"rawGood")->value, 2035.0);
    QVERIFY(!stepOf(steps, u"good")->formula.isEmpty());
}

void TestExplain::timesliceArithmeticLeavesOutCorrectedSlices()
{
    // A correction over day 3 12:00 .. day 5 00:00 touches slices 3 and 4: 28 slices count.
    ObjectivePlan plan = timeslicePlan(0.9);
    plan.corrections.push_back({QStringLiteral("migration"), {{3 * Day + Day / 2, 5 * Day}}});
    plan.excluded = {{3 * Day + Day / 2, 5 * Day}};
    ObjectiveResult r = EvaluationPlan::emptyResult(plan);
    r.goodSlices = 25;
    r.badSlices = 2;
    r.gapSlices = 1;
    r.sli = 25.0 / 27.0;
    r.consumed = 2 / 2.8;
    r.remaining = 1 - 2 / 2.8;
    r.remainingEvents = 0.8;
    r.remainingTime = 0.8 * 86400;
    const QList<Explanation::Step> steps = Explain::steps(plan, r);
    QCOMPARE(*stepOf(steps, u"excludedSlices")->value, 2.0);
    QCOMPARE(*stepOf(steps, u"slicesInWindow")->value, 30.0);
    QVERIFY(near(*stepOf(steps, u"allowedBad")->value, 2.8));
    QCOMPARE(stepOf(steps, u"allowedBad")->numbers, QStringLiteral("(1 - 0.9) × (30 - 2)"));
    QCOMPARE(stepOf(steps, u"sli")->numbers, QStringLiteral("25 / (25 + 2)"));
    QCOMPARE(stepOf(steps, u"consumed")->numbers, QStringLiteral("2 / 2.8"));
    QCOMPARE(stepOf(steps, u"remainingEvents")->numbers, QStringLiteral("2.8 - 2"));
    QCOMPARE(stepOf(steps, u"remainingTime")->numbers, QStringLiteral("0.8 × 86400"));
    QCOMPARE(*stepOf(steps, u"gapSlices")->value, 1.0);
    // Without corrections there is no such line.
    QVERIFY(!stepOf(Explain::steps(timeslicePlan(0.9), r), u"excludedSlices"));
}

void TestExplain::excludedSlicesCountOverlapsOnly_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<int>("excluded");
    QTest::addRow("inside one slice") << 2 * Day + 1000 << 2 * Day + 2000 << 1;
    QTest::addRow("ends where a slice starts") << Day + Day / 2 << 2 * Day << 1;
    QTest::addRow("exactly one slice") << 2 * Day << 3 * Day << 1;
    QTest::addRow("across three slices") << 2 * Day - 1 << 4 * Day + 1 << 4;
    QTest::addRow("before the window") << -2 * Day << 0LL << 0;
}

void TestExplain::excludedSlicesCountOverlapsOnly()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(int, excluded);
    ObjectivePlan plan = timeslicePlan(0.9);
    plan.excluded = {{start, end}};
    QCOMPARE(Explain::excludedSlices(plan), excluded);
}

void TestExplain::recordedCounterIncreasePerRange()
{
    // The window [0, 10m] and a correction [2m, 4m]: Prometheus increase() of each.
    ReadTrace trace({{0, 600'000}, {120'000, 240'000}});
    const Series s = risingCounter();
    trace.addCounter({}, QStringLiteral("requests_total"), QStringLiteral("requests_total{code=\"200\"}"), s);
    const QList<TracedRead> reads = trace.reads();
    QCOMPARE(reads.size(), 2);
    QCOMPARE(reads[0].kind, TracedRead::Kind::Recorded);
    QCOMPARE(reads[0].query, QStringLiteral("requests_total"));
    QCOMPARE(reads[0].answer.size(), 1);
    QCOMPARE(reads[0].answer[0].series, QStringLiteral("requests_total{code=\"200\"}"));
    QCOMPARE(reads[0].answer[0].points, (std::vector<std::pair<qint64, double>>{{600'000, 100.0}}));
    QCOMPARE(reads[1].start, 120'000);
    QCOMPARE(reads[1].answer[0].points, (std::vector<std::pair<qint64, double>>{{240'000, 20.0}}));
    // The same series selected again is listed once.
    trace.addCounter({}, QStringLiteral("requests_total"), QStringLiteral("requests_total{code=\"200\"}"), s);
    QCOMPARE(trace.reads()[0].answer.size(), 1);
}

void TestExplain::tracingSourceRecordsQueriesAndAnswers()
{
    FixedSource inner;
    QueryResult answer;
    Series s;
    s.labels = {{QStringLiteral("sladesk_part"), QStringLiteral("t0")}};
    s.t = {1'000'000};
    s.v = {42.5};
    answer.series.push_back(s);
    inner.answer = answer;
    auto trace = std::make_shared<ReadTrace>();
    TracingMetricSource tracing(&inner, trace);
    QCOMPARE(tracing.name(), QStringLiteral("fixed"));
    const auto at = QDateTime::fromMSecsSinceEpoch(1'000'000, QTimeZone::utc());
    const SourceResult<QueryResult> got = await(tracing.query(QStringLiteral("sum(up)"), at));
    QVERIFY(got.isOk());
    QCOMPARE(got.value().series.front().v.front(), 42.5); // passed through unchanged
    inner.answer = SourceError{SourceError::Kind::BadQuery, 400, QStringLiteral("parse error")};
    await(tracing.queryRange(QStringLiteral("bad("), at.addSecs(-60), at, std::chrono::milliseconds(30'000)));
    const QList<TracedRead> reads = trace->reads();
    QCOMPARE(reads.size(), 2);
    QCOMPARE(reads[0].kind, TracedRead::Kind::Instant);
    QCOMPARE(reads[0].source, QStringLiteral("fixed"));
    QCOMPARE(reads[0].query, QStringLiteral("sum(up)"));
    QCOMPARE(reads[0].end, 1'000'000);
    QCOMPARE(reads[0].answer[0].series, QStringLiteral("{sladesk_part=\"t0\"}"));
    QCOMPARE(reads[0].answer[0].points, (std::vector<std::pair<qint64, double>>{{1'000'000, 42.5}}));
    QCOMPARE(reads[1].kind, TracedRead::Kind::Range);
    QCOMPARE(reads[1].start, 940'000);
    QCOMPARE(reads[1].stepMs, 30'000);
    QCOMPARE(reads[1].error, QStringLiteral("parse error"));
}

void TestExplain::jsonAndText()
{
    ObjectivePlan plan = occurrencesPlan(0.99);
    plan.sourceName = QStringLiteral("prod");
    plan.corrections.push_back({QStringLiteral("db-maintenance"), {{Day, Day + 7'200'000}}});
    ObjectiveResult r = occurrencesResult(plan);
    r.burnRates[2] = 1.5;
    TracedRead read{TracedRead::Kind::Instant, {}, QStringLiteral("sum(x)"), 30 * Day, 30 * Day, 0, {}, {}};
    read.answer << TracedRead::Answer{QStringLiteral("{sladesk_part=\"g0\"}"), {{30 * Day, 1985}}};
    const Explanation x = Explain::build(plan, r, {read}, true);
    QCOMPARE(x.burnRates.size(), 7);
    QCOMPARE(x.burnRates[2].start, 30 * Day - 3'600'000);
    const QJsonObject json = Explain::toJson(x);
    QCOMPARE(json.value(u"sla").toString(), QStringLiteral("api"));
    QCOMPARE(json.value(u"window").toObject().value(u"start").toString(), QStringLiteral("1970-01-01T00:00:00Z"));
    QCOMPARE(json.value(u"errorBudget").toObject().value(u"consumed").toDouble(), 0.75);
    QVERIFY(json.value(u"errorBudget").toObject().value(u"remainingEvents").isNull());
    const QJsonArray steps = json.value(u"steps").toArray();
    QCOMPARE(steps.at(3).toObject().value(u"name").toString(), QStringLiteral("bad"));
    QCOMPARE(steps.at(3).toObject().value(u"value").toDouble(), 15.0);
    QCOMPARE(json.value(u"burnRates").toArray().at(2).toObject().value(u"value").toDouble(), 1.5);
    QVERIFY(json.value(u"burnRates").toArray().at(0).toObject().value(u"value").isNull());
    const QJsonObject correction = json.value(u"corrections").toArray().at(0).toObject();
    QCOMPARE(correction.value(u"name").toString(), QStringLiteral("db-maintenance"));
    QCOMPARE(correction.value(u"intervals").toArray().at(0).toObject().value(u"end").toString(),
             QStringLiteral("1970-01-02T02:00:00Z"));
    const QJsonObject jread = json.value(u"reads").toArray().at(0).toObject();
    QCOMPARE(jread.value(u"kind").toString(), QStringLiteral("instant"));
    QCOMPARE(jread.value(u"source").toString(), QStringLiteral("prod")); // the plan's source filled in
    QCOMPARE(
        jread.value(u"series").toArray().at(0).toObject().value(u"points").toArray().at(0).toArray().at(1).toDouble(),
        1985.0);
    QVERIFY(json.value(u"error").isNull());

    const QString text = Explain::toText(x);
    QVERIFY2(
        text.contains(QRegularExpression(QStringLiteral(R"(\n  bad events +\= total - good \= 2000 - 1985 +\= 15\n)"))),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("db-maintenance: 1970-01-02T00:00:00Z to 1970-01-02T02:00:00Z")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("instant query on prod at 1970-01-31T00:00:00Z:\n    sum(x)\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("{sladesk_part=\"g0\"}  1985")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("bad events still allowed")), qPrintable(text));
}

void TestExplain::explainEqualsEvaluate_data()
{
    QTest::addColumn<QString>("sla");
    QTest::addColumn<QString>("objective");
    for (const SlaResult &sla : m_report.slas) {
        for (const ObjectiveResult &o : sla.objectives)
            QTest::addRow("%s/%s", qPrintable(sla.name), qPrintable(o.name)) << sla.name << o.name;
    }
}

void TestExplain::explainEqualsEvaluate()
{
    QFETCH(QString, sla);
    QFETCH(QString, objective);
    const ObjectiveResult *evaluated = m_report.findObjective(sla, objective);
    QVERIFY(evaluated);
    const Explanation x = await(m_evaluator->explain(sla, objective, m_end));
    QVERIFY2(x.error.isEmpty(), qPrintable(x.error));
    QVERIFY2(x.result.error.isEmpty(), qPrintable(x.result.error));
    QVERIFY(evaluated->sli);
    // Exactly the same figures: one evaluation path, one truth.
    QCOMPARE(x.result.sli, evaluated->sli);
    QCOMPARE(x.result.consumed, evaluated->consumed);
    QCOMPARE(x.result.remaining, evaluated->remaining);
    QCOMPARE(x.result.status, evaluated->status);
    QCOMPARE(x.result.burnRates, evaluated->burnRates);
    QCOMPARE(*stepOf(x.steps, u"consumed")->value, *evaluated->consumed);
    QCOMPARE(*stepOf(x.steps, u"remaining")->value, *evaluated->remaining);
    QCOMPARE(*stepOf(x.steps, u"sli")->value, *evaluated->sli);
    QCOMPARE(x.result.windowStart, evaluated->windowStart);
    QCOMPARE(x.result.windowEnd, evaluated->windowEnd);
}

void TestExplain::recordedReadsSumToTheEventCounts()
{
    const QString sla = QStringLiteral("fraud-detection-api");
    const Explanation x = await(m_evaluator->explain(sla, QStringLiteral("availability"), m_end));
    const QJsonObject truth = m_demo.truthOf(sla, QStringLiteral("availability"));
    // One read per selector (good, total) over the window; their series' increases sum to
    // the generator's counts.
    QCOMPARE(x.reads.size(), 2);
    QMap<QString, double> sums;
    for (const TracedRead &read : x.reads) {
        QCOMPARE(read.kind, TracedRead::Kind::Recorded);
        QCOMPARE(read.source, QStringLiteral("demo-recording"));
        QCOMPARE(read.start, m_end.addDays(-30).toMSecsSinceEpoch());
        QCOMPARE(read.end, m_end.toMSecsSinceEpoch());
        QVERIFY(!read.answer.isEmpty());
        for (const TracedRead::Answer &a : read.answer) {
            QVERIFY2(a.series.startsWith(QStringLiteral("http_requests_total{")), qPrintable(a.series));
            QCOMPARE(a.points.size(), std::size_t(1));
            sums[read.query] += a.points.front().second;
        }
    }
    const double good = sums.value(QStringLiteral("http_requests_total{service=\"fraud-detection\",code!~\"5..\"}"));
    const double total = sums.value(QStringLiteral("http_requests_total{service=\"fraud-detection\"}"));
    QVERIFY2(near(good, truth.value(u"good").toDouble()), qPrintable(QString::number(good, 'g', 17)));
    QVERIFY2(near(total, truth.value(u"total").toDouble()), qPrintable(QString::number(total, 'g', 17)));
    QVERIFY(near(good / total, *x.result.sli));
}

void TestExplain::driftExplanation()
{
    // 24 good and 6 bad days of 30 at target 90%: 3 bad days allowed, 6 consumed twice over.
    const Explanation x =
        await(m_evaluator->explain(QStringLiteral("fraud-detection-api"), QStringLiteral("amount-drift"), m_end));
    QVERIFY2(x.result.error.isEmpty(), qPrintable(x.result.error));
    QCOMPARE(*stepOf(x.steps, u"goodSlices")->value, 24.0);
    QCOMPARE(*stepOf(x.steps, u"badSlices")->value, 6.0);
    QCOMPARE(*stepOf(x.steps, u"slicesInWindow")->value, 30.0);
    QVERIFY(near(*stepOf(x.steps, u"allowedBad")->value, 3.0));
    QCOMPARE(stepOf(x.steps, u"consumed")->numbers, QStringLiteral("6 / 3"));
    QVERIFY(near(*stepOf(x.steps, u"consumed")->value, 2.0));
    QVERIFY(near(*stepOf(x.steps, u"remaining")->value, -1.0));
    QVERIFY(x.burnRates.isEmpty()); // timeslice objectives have none
    QCOMPARE(x.sliceMs, Day);
}

void TestExplain::unknownObjectiveIsAnError()
{
    const Explanation x = await(m_evaluator->explain(QStringLiteral("fraud-detection-api"), QStringLiteral("nope")));
    QCOMPARE(x.error, QStringLiteral("no objective 'nope' in SLA 'fraud-detection-api'"));
    QVERIFY(x.steps.isEmpty());
    QVERIFY(Explain::toText(x).contains(QStringLiteral("error: no objective 'nope'")));
}

void TestExplain::failingSourceIsReported()
{
    // Nothing listens on port 9 of 127.0.0.1: the query fails, and the failed read is shown.
    Workspace ws = m_evaluator->workspace();
    EvaluatorOptions options;
    options.prometheusUrl = QStringLiteral("http://127.0.0.1:9");
    options.useKeychain = false;
    Evaluator evaluator;
    evaluator.setWorkspace(ws, options);
    const Explanation x =
        await(evaluator.explain(QStringLiteral("fraud-detection-api"), QStringLiteral("availability"), m_end));
    QVERIFY(x.sourceFailed);
    QVERIFY2(x.result.error.contains(QStringLiteral("127.0.0.1:9")), qPrintable(x.result.error));
    QVERIFY(!x.result.sli);
    QCOMPARE(x.reads.size(), 1);
    QCOMPARE(x.reads[0].kind, TracedRead::Kind::Instant);
    // The first read, the check for the `sladesk:` recording rules, fails; the window is
    // then not asked for (one timeout, not two).
    QVERIFY2(x.reads[0].query.contains(QStringLiteral("sladesk:sli_total:increase5m")), qPrintable(x.reads[0].query));
    QVERIFY(!x.reads[0].error.isEmpty());
    QVERIFY(!stepOf(x.steps, u"consumed")->value);
}

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
