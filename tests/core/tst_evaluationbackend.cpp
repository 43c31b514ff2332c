// SPDX-License-Identifier: Apache-2.0
// The evaluation back-end interface: what it does once for every source (the plan's error,
// the timeslice path, the wording of source errors, the occurrences chart from per-step
// counts) around the reads a back-end implements, and the registry of source kinds the
// evaluator picks back-ends from.

#include "core/evaluation/evaluationbackend.h"
#include "core/evaluation/evaluator.h"
#include "core/evaluation/sourceconnection.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <memory>

using namespace Sla::Core;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 At = 1'700'000'400'000; // on a 10-minute grid

/// A back-end whose reads are scripted and answer at once; it counts them.
class FakeBackend final : public EvaluationBackend
{
public:
    FakeBackend() : EvaluationBackend(QStringLiteral("fake")) {}

    std::vector<std::optional<double>> sliceAnswer;
    std::optional<SourceError> failure;
    OccurrenceSteps steps;
    QString unsupportedWhy;
    int reads = 0;
    std::vector<TimeRange> slicesAsked;

protected:
    void sliceValues(const ObjectivePlan &, const std::vector<TimeRange> &slices, QObject *,
                     SliceCallback done) override
    {
        ++reads;
        slicesAsked = slices;
        done(failure ? std::vector<std::optional<double>>{} : sliceAnswer, {}, failure);
    }
    void occurrences(const ObjectivePlan &plan, ObjectiveResult base, QObject *, ResultCallback done) override
    {
        ++reads;
        if (failure) {
            done(base, failure);
            return;
        }
        // 0.2 % errors over the window, 1 % over every burn-rate window.
        done(EvaluationPlan::finishErrorRatios(plan, [](std::size_t w) { return w == 0 ? 0.002 : 0.01; }),
             std::nullopt);
    }
    void occurrencesSeries(const ObjectivePlan &plan, TimeRange range, qint64, QObject *,
                           SeriesReadCallback done) override
    {
        ++reads;
        if (failure) {
            done({}, failure);
            return;
        }
        done(chartFromSteps(plan, range, steps), std::nullopt);
    }
    QString unsupported(const ObjectivePlan &) const override { return unsupportedWhy; }
    QString advice(const SourceError &error, const QString &text) const override
    {
        return error.kind == SourceError::Kind::Timeout ? text + QStringLiteral("; try later") : text;
    }
};

/// The plan of one ratio objective (target 0.99 over a rolling hour) at `At`; with
/// `sliceMinutes`, budgeted in timeslices of that length (target 0.9).
ObjectivePlan planOf(int sliceMinutes = 0)
{
    Sla::Core::Sla sla;
    sla.metadata.name = QStringLiteral("shop");
    sla.window = Window::rollingWindow(Duration::hours(1));
    Objective o;
    o.name = QStringLiteral("avail");
    o.indicator.ratio.bad = QStringLiteral("errors_total");
    o.indicator.ratio.total = QStringLiteral("requests_total");
    o.target = 0.99;
    if (sliceMinutes > 0) {
        o.target = 0.9;
        o.budgeting.method = Budgeting::Method::Timeslices;
        o.budgeting.slice = Duration::minutes(sliceMinutes);
    }
    sla.objectives << o;
    return EvaluationPlan::plan(sla, 0, 0, Budget::DefaultAtRisk, At);
}

struct Outcome
{
    int calls = 0;
    ObjectiveResult result;
    std::optional<SourceError> error;
};

Outcome evaluate(FakeBackend &backend, const ObjectivePlan &plan)
{
    Outcome out;
    backend.evaluate(plan, nullptr, [&out](ObjectiveResult r, std::optional<SourceError> e) {
        ++out.calls;
        out.result = std::move(r);
        out.error = std::move(e);
    });
    return out;
}

ObjectiveSeries chart(FakeBackend &backend, const ObjectivePlan &plan, TimeRange range, qint64 stepMs)
{
    ObjectiveSeries out;
    backend.series(plan, range, stepMs, nullptr, [&out](ObjectiveSeries s) { out = std::move(s); });
    return out;
}

} // namespace

class TestEvaluationBackend : public QObject
{
    Q_OBJECT

private slots:
    void planError_readsNothing()
    {
        auto backend = std::make_shared<FakeBackend>();
        ObjectivePlan plan = planOf();
        plan.error = QStringLiteral("the SLA has no window");
        const Outcome o = evaluate(*backend, plan);
        QCOMPARE(o.calls, 1);
        QCOMPARE(o.result.error, plan.error);
        QVERIFY(!o.error);
        QCOMPARE(chart(*backend, plan, {At - 3'600'000, At}, Minute).error, plan.error);
        QCOMPARE(backend->reads, 0);
    }

    void unsupportedObjective_isItsErrorNotTheSources()
    {
        auto backend = std::make_shared<FakeBackend>();
        backend->unsupportedWhy = QStringLiteral("raw queries cannot run here");
        const Outcome o = evaluate(*backend, planOf(10));
        QCOMPARE(o.result.error, backend->unsupportedWhy);
        QVERIFY(!o.error);
        QCOMPARE(o.result.status, Budget::Status::NoData);
        QCOMPARE(chart(*backend, planOf(), {At - 3'600'000, At}, Minute).error, backend->unsupportedWhy);
        QCOMPARE(backend->reads, 0);
    }

    void occurrences_areTheBackendsFigures()
    {
        auto backend = std::make_shared<FakeBackend>();
        const Outcome o = evaluate(*backend, planOf());
        QCOMPARE(o.calls, 1);
        QVERIFY(o.result.error.isEmpty());
        QCOMPARE(*o.result.sli, 0.998);
        QCOMPARE(*o.result.consumed, 0.2); // 0.002 of the 0.01 allowed
        QCOMPARE(*o.result.burnRates[2], 1.0);
        QCOMPARE(o.result.status, Budget::Status::Met);
    }

    void timeslices_endInTheSharedMaths()
    {
        auto backend = std::make_shared<FakeBackend>();
        // Six 10-minute slices in the hour: three good (>= 0.9), two bad, one gap.
        backend->sliceAnswer = {0.95, 0.8, std::nullopt, 0.99, 0.91, 0.85};
        const ObjectivePlan plan = planOf(10);
        QCOMPARE(plan.slices.size(), std::size_t(6));
        const Outcome o = evaluate(*backend, plan);
        QCOMPARE(backend->slicesAsked.size(), std::size_t(6));
        QVERIFY(o.result.error.isEmpty());
        QCOMPARE(o.result.goodSlices, 3);
        QCOMPARE(o.result.badSlices, 2);
        QCOMPARE(o.result.gapSlices, 1);
        QCOMPARE(*o.result.sli, 0.6);
        QCOMPARE(*o.result.consumed, 2 / (0.1 * 6)); // two bad of 0.6 allowed
        QCOMPARE(*o.result.latest, 0.85);
        QCOMPARE(o.result.status, Budget::Status::Breached);
    }

    void timesliceChart_asksForTheCompleteSlicesOfTheRange()
    {
        auto backend = std::make_shared<FakeBackend>();
        backend->sliceAnswer = {0.95, 0.8};
        // 25 minutes hold two complete 10-minute slices.
        const ObjectiveSeries s = chart(*backend, planOf(10), {At - 25 * Minute, At}, Minute);
        QCOMPARE(backend->slicesAsked.size(), std::size_t(2));
        QCOMPARE(backend->slicesAsked[0].length(), 10 * Minute);
        QVERIFY(s.error.isEmpty());
        QCOMPARE(s.rawValue, (std::vector<double>{0.95, 0.8}));
        QCOMPARE(s.sli, (std::vector<double>{1.0, 0.0}));
        QCOMPARE(s.breaches.size(), std::size_t(1));
    }

    void sourceError_isDescribedOnceForEverySource_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::addRow("bad query") << int(SourceError::Kind::BadQuery) << "parse error"
                                   << "data source 'fake': parse error (objective 'avail'); check its selectors";
        QTest::addRow("advice of the back-end") << int(SourceError::Kind::Timeout) << "timed out"
                                                << "data source 'fake': timed out; try later";
        QTest::addRow("message naming the source") << int(SourceError::Kind::Server) << "fake answered 500"
                                                   << "fake answered 500";
    }

    void sourceError_isDescribedOnceForEverySource()
    {
        QFETCH(int, kind);
        QFETCH(QString, message);
        QFETCH(QString, expected);
        const SourceError failure{SourceError::Kind(kind), 0, message};
        for (const int slice : {0, 10}) {
            auto backend = std::make_shared<FakeBackend>();
            backend->failure = failure;
            const Outcome o = evaluate(*backend, planOf(slice));
            QCOMPARE(o.calls, 1);
            QCOMPARE(o.result.error, expected);
            QVERIFY(o.error && o.error->message == message);
            QVERIFY(!o.result.sli);
            QCOMPARE(chart(*backend, planOf(slice), {At - 3'600'000, At}, Minute).error, expected);
        }
    }

    void occurrencesChart_fromStepCounts()
    {
        auto backend = std::make_shared<FakeBackend>();
        FakeBackend::OccurrenceSteps &steps = backend->steps;
        steps.t = {At - 2 * Minute, At - Minute, At};
        steps.errorRatio = {0.005, std::nullopt, 0.05};
        steps.events = {200, 0, 100};
        steps.allEvents = 300;
        steps.hourErrorRatio = {0.02, std::nullopt, 0.03};
        steps.stepMs = Minute;
        const ObjectiveSeries s = chart(*backend, planOf(), {At - 3 * Minute, At}, Minute);
        QVERIFY(s.error.isEmpty());
        QCOMPARE(s.t, (std::vector<double>{double(At - 2 * Minute), double(At - Minute), double(At)}));
        QCOMPARE(s.sli[0], 0.995);
        QVERIFY(std::isnan(s.sli[1]));
        QCOMPARE(s.sli[2], 0.95);
        // 3 bad events allowed (1 % of 300): 1 bad, still 1, then 1 + 5.
        QCOMPARE(s.remaining[0], 1 - 1 / 3.0);
        QCOMPARE(s.remaining[1], 1 - 1 / 3.0);
        QCOMPARE(s.remaining[2], 1 - 6 / 3.0);
        QCOMPARE(s.burnRate1h[0], 2.0);
        QVERIFY(std::isnan(s.burnRate1h[1]));
        QCOMPARE(s.burnRate1h[2], 3.0);
        QCOMPARE(s.breaches.size(), std::size_t(1));
        QCOMPARE(s.breaches[0].first, double(At - Minute));
        QCOMPARE(s.breaches[0].second, double(At));
    }

    void occurrencesChart_leavesOutStepsOverlappingACorrection()
    {
        auto backend = std::make_shared<FakeBackend>();
        FakeBackend::OccurrenceSteps &steps = backend->steps;
        steps.t = {At - 2 * Minute, At - Minute, At};
        steps.errorRatio = {0.005, std::nullopt, 0.05};
        steps.events = {200, 0, 100};
        steps.allEvents = 300;
        steps.hourErrorRatio = {0.02, std::nullopt, 0.03};
        steps.stepMs = Minute;
        ObjectivePlan plan = planOf();
        // Inside the first step only: it is left out whole, its 200 events and 1 bad event.
        const TimeRange period{At - 150'000, At - 130'000};
        plan.excluded = {period};
        const ObjectiveSeries s = chart(*backend, plan, {At - 3 * Minute, At}, Minute);
        QVERIFY(std::isnan(s.sli[0]));
        QCOMPARE(s.sli[2], 0.95);
        // 1 bad event allowed (1 % of the 100 left): none, none, then 5.
        QCOMPARE(s.remaining[0], 1.0);
        QCOMPARE(s.remaining[1], 1.0);
        QCOMPARE(s.remaining[2], 1 - 5 / 1.0);
        QCOMPARE(s.corrected, (std::vector<std::pair<double, double>>{{double(period.start), double(period.end)}}));
    }

    void errorRatios_cannotBeCorrectedAndSaySo()
    {
        auto backend = std::make_shared<FakeBackend>();
        ObjectivePlan plan = planOf();
        plan.corrections = {{QStringLiteral("maintenance"), {{At - 20 * Minute, At - 10 * Minute}}}};
        plan.excluded = {{At - 20 * Minute, At - 10 * Minute}};
        const Outcome o = evaluate(*backend, plan);
        QVERIFY(o.result.sli && std::abs(*o.result.sli - 0.998) < 1e-12); // the uncorrected figure
        QVERIFY(!o.result.raw);
        QVERIFY(o.result.corrections.isEmpty());
        QVERIFY(!o.result.remainingEvents);
        QCOMPARE(o.result.warnings,
                 QStringList{QStringLiteral("shop/avail: correction(s) maintenance not applied (an error-ratio query "
                                            "holds no event counts to take out); its figures are uncorrected")});
    }

    void evaluateAll_reportsEachPlanByIndex()
    {
        auto backend = std::make_shared<FakeBackend>();
        ObjectivePlan broken = planOf();
        broken.error = QStringLiteral("broken");
        std::vector<QString> errors(2, QStringLiteral("unset"));
        backend->evaluateAll(
            {planOf(), broken}, nullptr,
            [&errors](std::size_t i, ObjectiveResult r, std::optional<SourceError>) { errors.at(i) = r.error; });
        QCOMPARE(errors, (std::vector<QString>{QString(), QStringLiteral("broken")}));
    }

    void registry_knowsTheSourceKinds()
    {
        QVERIFY(SourceConnection::supports(DataSourceType::Prometheus));
        QVERIFY(SourceConnection::supports(DataSourceType::Datadog));
        QVERIFY(SourceConnection::supports(DataSourceType::Recorded));
        QVERIFY(!SourceConnection::supports(DataSourceType::Other));
        SourceSpec spec;
        spec.name = QStringLiteral("cw");
        spec.config.type = DataSourceType::Other;
        QVERIFY(!SourceConnection::create(spec, {}));
    }

    void connections_openTheirSourceOrSayWhyNot()
    {
        qunsetenv("SLADESK_SECRET_DD");
        qunsetenv("DD_API_KEY");
        qunsetenv("DD_APP_KEY");
        QObject context;
        std::vector<SourceConnection::Opened> opened;
        const auto keep = [&opened](const SourceConnection::Opened &o) { opened.push_back(o); };

        // Prometheus without auth: ready at once; its health will follow from its answers.
        SourceSpec prom;
        prom.name = QStringLiteral("prom");
        prom.config.metadata.name = prom.name;
        prom.config.type = DataSourceType::Prometheus;
        prom.config.url = QStringLiteral("http://127.0.0.1:9");
        const std::shared_ptr<SourceConnection> promConnection = SourceConnection::create(prom, {});
        promConnection->open(&context, keep);
        QCOMPARE(opened.size(), std::size_t(1));
        QVERIFY(opened[0].backend);
        QCOMPARE(opened[0].backend->sourceName(), QStringLiteral("prom"));
        QCOMPARE(int(opened[0].health), int(SourceHealth::State::Unknown));

        // Datadog needs its keys even without `auth`; none stored and no keychain here.
        SourceSpec dd;
        dd.name = QStringLiteral("dd");
        dd.config.type = DataSourceType::Datadog;
        SourceConnection::create(dd, {})->open(&context, keep);
        QCOMPARE(opened.size(), std::size_t(2));
        QVERIFY(!opened[1].backend);
        QCOMPARE(int(opened[1].health), int(SourceHealth::State::AuthFailed));
        QVERIFY2(opened[1].message.startsWith(QStringLiteral("Datadog data source 'dd' needs an API key")),
                 qPrintable(opened[1].message));

        // A recording that cannot be read: an error naming the source, loaded off the thread.
        SourceSpec rec;
        rec.name = QStringLiteral("rec");
        rec.config.type = DataSourceType::Recorded;
        rec.config.file = QStringLiteral("/nonexistent/recording.om");
        SourceConnection::create(rec, {})->open(&context, keep);
        QTRY_COMPARE(opened.size(), std::size_t(3));
        QVERIFY(!opened[2].backend);
        QCOMPARE(int(opened[2].health), int(SourceHealth::State::Error));
        QVERIFY2(opened[2].message.contains(QStringLiteral("data source 'rec'")), qPrintable(opened[2].message));
    }

    void evaluator_sourceKindWithoutBackend_isTheObjectivesError()
    {
        Workspace ws;
        DataSource cw;
        cw.metadata.name = QStringLiteral("cw");
        cw.type = DataSourceType::Other;
        cw.typeName = QStringLiteral("CloudWatch");
        ws.dataSources << cw;
        Sla::Core::Sla sla;
        sla.metadata.name = QStringLiteral("shop");
        sla.dataSource = QStringLiteral("cw");
        sla.window = Window::rollingWindow(Duration::hours(1));
        Objective o = planOf().objective;
        sla.objectives << o;
        ws.slas << sla;
        Evaluator e;
        e.setWorkspace(ws);
        QFuture<EvaluationReport> f = e.evaluate(QDateTime::fromMSecsSinceEpoch(At, QTimeZone::utc()));
        QTRY_VERIFY(f.isFinished());
        const ObjectiveResult *r = f.result().findObjective(QStringLiteral("shop"), QStringLiteral("avail"));
        QVERIFY(r);
        QCOMPARE(r->error, QStringLiteral("data source 'cw' has type 'CloudWatch', which SLA Desk cannot query"));
        QCOMPARE(r->status, Budget::Status::NoData);
        QVERIFY(f.result().sourceErrors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvaluationBackend)
#include "tst_evaluationbackend.moc"
