// SPDX-License-Identifier: Apache-2.0
// Datadog objectives evaluated against datadog_stub.py serving tests/data/datadog/evaluate.om,
// whose counts are worked out by hand in its header: exact SLIs, budgets, burn rates and
// timeslice tallies, in process and through `slactl evaluate --format json`; identical
// requests shared between objectives; v2 batching (fewer requests, the same figures) and
// the v1 fallback (option off, or a proxy without v2); a wrong key exits 3 naming the source, never the
// key; a 429 burst is waited out; an unreachable source gives errors and stale figures;
// explain() gives the same figures with each query sent and its points.

#include "core/evaluation/datadogevaluation.h"
#include "core/evaluation/evaluator.h"
#include "core/exchange/loader.h"
#include "core/metrics/datadog/datadogsource.h"
#include "core/secrets/credentialstore.h"
#include "datadogstubprocess.h"
#include "tests/support/slactlrunner.h"
#include "tests/support/tempworkspace.h"
#include "tests/support/testutils.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Sla::Core;

using Sla::Core::TestUtils::objectiveOf;

namespace {
const QString Fixture = QStringLiteral(SLA_TEST_DATA_DIR "/datadog/evaluate.om");
const QString WorkspaceTemplate = QStringLiteral(SLA_TEST_DATA_DIR "/datadog/evaluate.yaml");
const QString At = QStringLiteral("2023-11-15T00:00:00Z"); // T of evaluate.om
const QString Source = QStringLiteral("dd-stub");
const QByteArray GoodKeys = "stub-api-key\nstub-app-key";

template <typename T> T await(QFuture<T> f)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, 120000))
        qFatal("future did not finish");
    return f.result();
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

QString show(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("null");
}

std::unique_ptr<DatadogStubProcess> startStub(const QStringList &extra = {})
{
    auto stub = std::make_unique<DatadogStubProcess>();
    // A later --metrics overrides the helper's default fixture.
    if (!stub->start(QStringList{QStringLiteral("--metrics"), Fixture} + extra))
        return nullptr;
    return stub;
}

Workspace workspaceFor(const QString &url, QString *path = nullptr, QTemporaryDir *dir = nullptr)
{
    QFile in(WorkspaceTemplate);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read the workspace template");
    const QByteArray yaml = in.readAll().replace("@URL@", url.toUtf8());
    if (dir && path) {
        *path = dir->filePath(QStringLiteral("workspace.yaml"));
        if (!Sla::TestSupport::writeFile(*path, yaml))
            qFatal("cannot write the workspace");
    }
    const LoadResult r = DocumentLoader::loadData(yaml, QStringLiteral("evaluate.yaml"));
    if (!r.ok())
        qFatal("the workspace does not load");
    return r.workspace;
}

QString baseUrl(const DatadogStubProcess &stub)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(stub.port());
}

EvaluatorOptions options()
{
    EvaluatorOptions o;
    o.useKeychain = false; // keys come from SLADESK_SECRET_DD_STUB
    return o;
}

/// Error ratio / (1 - target) of hand-counted bad and total events.
double burn(double bad, double total, double target)
{
    return bad / total / (1 - target);
}

struct Expected
{
    double sli = 0;
    double consumed = 0;
    QString status;
    std::vector<double> burnRates; ///< 5m .. 3d; empty for timeslices
    int good = 0;
    int bad = 0;
    std::optional<double> latest;
};

using Run = Sla::TestSupport::SlactlResult<QString>;

Run slactl(const QStringList &args, const QByteArray &secret)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DD_API_KEY"));
    env.remove(QStringLiteral("DD_APP_KEY"));
    env.insert(CredentialStore::environmentVariable(Source), QString::fromUtf8(secret));
    Sla::TestSupport::SlactlOptions options;
    options.env = env;
    options.timeoutMs = 120000;
    return Sla::TestSupport::runSlactl(args, options);
}
} // namespace

class TestEvaluateDatadog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void evaluatorMatchesHandCounts_data();
    void evaluatorMatchesHandCounts();
    void percentileLatencyIsAClearObjectiveError();
    void identicalRequestsAreSentOnce();
    void objectivesSharingWindowGroupsShareV2Requests();
    void v1KeepsTheFigures_data();
    void v1KeepsTheFigures();
    void slactlJsonMatchesHandCounts();
    void wrongKeyExitsThreeNamingTheSource();
    void missingKeysNameTheSource();
    void rateLimitBurstIsWaitedOut();
    void unreachableSourceCarriesOverStaleFigures();
    void explainShowsTheQueriesAndTheSameFigures();
    void correctionTakesItsEventsOut();

private:
    std::unique_ptr<DatadogStubProcess> m_stub;
    EvaluationReport m_report;
};

void TestEvaluateDatadog::initTestCase()
{
    qunsetenv("DD_API_KEY");
    qunsetenv("DD_APP_KEY");
    qputenv(CredentialStore::environmentVariable(Source).toUtf8().constData(), GoodKeys);
    m_stub = startStub();
    QVERIFY(m_stub);
    Evaluator e;
    e.setWorkspace(workspaceFor(baseUrl(*m_stub)), options());
    m_report = await(e.evaluate(QDateTime::fromString(At, Qt::ISODate)));
    QVERIFY2(m_report.sourceErrors.isEmpty(), qPrintable(m_report.sourceErrors.value(Source)));
    QVERIFY(e.sourceHealth().value(Source).state == SourceHealth::State::Ok);
}

void TestEvaluateDatadog::evaluatorMatchesHandCounts_data()
{
    QTest::addColumn<QString>("objective");
    QTest::addColumn<Expected>("expected");
    // 7d: bad 167*1 + 60*2 = 287 of 167*1001 + 60*102 = 173287. Burn-rate windows (bad of
    // total): 5m 10/510, 30m 60/3060, 1h 120/6120, 2h 121/7121, 6h 125/11125,
    // 1d 143/29143, 3d 191/77191.
    const double t = 0.99;
    const std::vector<double> burns = {burn(10, 510, t),    burn(60, 3060, t),   burn(120, 6120, t), burn(121, 7121, t),
                                       burn(125, 11125, t), burn(143, 29143, t), burn(191, 77191, t)};
    const double sli = 1 - 287.0 / 173287.0;
    QTest::addRow("ratio") << QStringLiteral("availability")
                           << Expected{sli, (1 - sli) / (1 - t), QStringLiteral("met"), burns, 0, 0, {}};
    // Precision tp / (tp + fp) counts the same events as availability.
    QTest::addRow("classification") << QStringLiteral("precision")
                                    << Expected{sli, (1 - sli) / (1 - t), QStringLiteral("met"), burns, 0, 0, {}};
    // The 0.25 bucket holds 900 of 1000 (hourly) and 90 of 100 (minutely): 0.9 in every window.
    const double latBurn = 0.1 / 0.15;
    QTest::addRow("latency") << QStringLiteral("latency")
                             << Expected{0.9, latBurn, QStringLiteral("met"), std::vector<double>(7, latBurn), 0,
                                         0,   {}};
    // 24 hourly slices of the last day: two hours average 20 (> 10), the last averages 6.
    QTest::addRow("threshold avg") << QStringLiteral("queue-avg")
                                   << Expected{22.0 / 24, 2 / (0.1 * 24), QStringLiteral("at_risk"), {}, 22, 2, 6.0};
    // Maximum <= 7: the two hours at 20 and the last hour (maximum 8) are bad.
    QTest::addRow("threshold max") << QStringLiteral("queue-max")
                                   << Expected{21.0 / 24, 3 / (0.1 * 24), QStringLiteral("breached"), {}, 21, 3, 8.0};
    // Hourly slices: 1000/1001 good; the last hour 6000/6120 < 0.99 is bad.
    QTest::addRow("ratio timeslices") << QStringLiteral("hourly-availability")
                                      << Expected{23.0 / 24, 1 / (0.01 * 24), QStringLiteral("breached"), {}, 23,
                                                  1,         6000.0 / 6120.0};
}

void TestEvaluateDatadog::evaluatorMatchesHandCounts()
{
    QFETCH(QString, objective);
    QFETCH(Expected, expected);
    const ObjectiveResult *r = m_report.findObjective(QStringLiteral("checkout"), objective);
    QVERIFY(r);
    QVERIFY2(r->error.isEmpty(), qPrintable(r->error));
    QVERIFY(!r->stale);
    QVERIFY2(r->sli && near(*r->sli, expected.sli), qPrintable(show(r->sli)));
    QVERIFY2(r->consumed && near(*r->consumed, expected.consumed), qPrintable(show(r->consumed)));
    QVERIFY(r->remaining && near(*r->remaining, 1 - expected.consumed));
    QCOMPARE(Budget::statusName(r->status), expected.status);
    if (expected.burnRates.empty()) {
        QCOMPARE(r->goodSlices, expected.good);
        QCOMPARE(r->badSlices, expected.bad);
        QCOMPARE(r->gapSlices, 0);
        QVERIFY2(r->latest && near(*r->latest, *expected.latest), qPrintable(show(r->latest)));
        return;
    }
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i) {
        QVERIFY2(r->burnRates[i] && near(*r->burnRates[i], expected.burnRates[i]),
                 qPrintable(Budget::burnRateWindowName(i) + u' ' + show(r->burnRates[i])));
    }
}

void TestEvaluateDatadog::percentileLatencyIsAClearObjectiveError()
{
    const ObjectiveResult *r = m_report.findObjective(QStringLiteral("checkout"), QStringLiteral("p95-latency"));
    QVERIFY(r);
    QVERIFY2(r->error.contains(QStringLiteral("percentile")), qPrintable(r->error));
    QCOMPARE(r->status, Budget::Status::NoData);
    QVERIFY(!m_report.sourceErrors.contains(Source)); // the objective's problem, not the source's
}

namespace {
/// Evaluates objectives `indices` of the first SLA together (one cache), waits for all.
std::vector<ObjectiveResult> evaluateTogether(QObject *context, DatadogSource &source, const Sla::Core::Sla &sla,
                                              const std::vector<int> &indices,
                                              const std::shared_ptr<DatadogRequests::RequestCache> &cache)
{
    const qint64 at = QDateTime::fromString(At, Qt::ISODate).toMSecsSinceEpoch();
    auto out = std::make_shared<std::vector<std::optional<ObjectiveResult>>>(indices.size());
    for (std::size_t i = 0; i < indices.size(); ++i) {
        DatadogEvaluation::createBackend(&source, cache)
            ->evaluate(EvaluationPlan::plan(sla, 0, indices[i], Budget::DefaultAtRisk, at), context,
                       [out, i](ObjectiveResult r, std::optional<SourceError>) { (*out)[i] = std::move(r); });
    }
    const auto allDone = [&] {
        return std::all_of(out->begin(), out->end(), [](const auto &r) { return r.has_value(); });
    };
    if (!QTest::qWaitFor(allDone, 60000))
        qWarning("no result");
    std::vector<ObjectiveResult> results;
    for (const auto &r : *out)
        results.push_back(r.value_or(ObjectiveResult{}));
    return results;
}
} // namespace

void TestEvaluateDatadog::identicalRequestsAreSentOnce()
{
    const Workspace ws = workspaceFor(baseUrl(*m_stub));
    const Sla::Core::Sla &sla = ws.slas.constFirst();
    DatadogSource source(*ws.findDataSource(Source), QStringLiteral("stub-api-key"), QStringLiteral("stub-app-key"));
    auto cache = std::make_shared<DatadogRequests::RequestCache>();
    // The window and 3d..1h share an hourly grid; 30m and 5m a 20 s grid: two queries per
    // counter instead of eight, and with v2 one request per grid for both counters.
    const auto availability = evaluateTogether(this, source, sla, {0}, cache).front();
    QVERIFY(availability.error.isEmpty());
    QCOMPARE(cache->queriesSent(), 4);
    QCOMPARE(cache->requestsSent(), 2);
    // Precision reuses fp (= availability's bad counter) and adds only tp.
    const auto precision = evaluateTogether(this, source, sla, {1}, cache).front();
    QVERIFY(precision.error.isEmpty());
    QCOMPARE(cache->queriesSent(), 6);
    QCOMPARE(cache->requestsSent(), 4);
    QCOMPARE(*precision.sli, *availability.sli);
    QCOMPARE(show(availability.sli),
             show(m_report.findObjective(QStringLiteral("checkout"), QStringLiteral("availability"))->sli));
}

void TestEvaluateDatadog::objectivesSharingWindowGroupsShareV2Requests()
{
    const Workspace ws = workspaceFor(baseUrl(*m_stub));
    const Sla::Core::Sla &sla = ws.slas.constFirst();
    DatadogSource source(*ws.findDataSource(Source), QStringLiteral("stub-api-key"), QStringLiteral("stub-app-key"));
    auto cache = std::make_shared<DatadogRequests::RequestCache>();
    // Availability and precision evaluated together: three counters on two grids, two
    // requests (v1: six).
    const auto results = evaluateTogether(this, source, sla, {0, 1}, cache);
    QCOMPARE(cache->queriesSent(), 6);
    QCOMPARE(cache->requestsSent(), 2);
    for (const ObjectiveResult &r : results) {
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.sli && near(*r.sli, 1 - 287.0 / 173287.0));
        QVERIFY(r.burnRates[2] && near(*r.burnRates[2], burn(120, 6120, 0.99)));
    }
}

void TestEvaluateDatadog::v1KeepsTheFigures_data()
{
    QTest::addColumn<bool>("proxyWithoutV2");
    QTest::addColumn<int>("requests");
    // Option off: every query on v1, as many requests as queries.
    QTest::addRow("v2 switched off") << false << 6;
    // A proxy answering v2 with 404: two failed v2 requests, then the six queries on v1.
    QTest::addRow("proxy without v2") << true << 8;
}

void TestEvaluateDatadog::v1KeepsTheFigures()
{
    QFETCH(bool, proxyWithoutV2);
    QFETCH(int, requests);
    const auto stub = proxyWithoutV2 ? startStub({QStringLiteral("--no-v2")}) : startStub();
    QVERIFY(stub);
    const Workspace ws = workspaceFor(baseUrl(*stub));
    const Sla::Core::Sla &sla = ws.slas.constFirst();
    DatadogSource::Options sourceOptions;
    sourceOptions.timeseriesV2 = proxyWithoutV2;
    DatadogSource source(*ws.findDataSource(Source), QStringLiteral("stub-api-key"), QStringLiteral("stub-app-key"),
                         sourceOptions);
    auto cache = std::make_shared<DatadogRequests::RequestCache>();
    const auto results = evaluateTogether(this, source, sla, {0, 1}, cache);
    QCOMPARE(cache->queriesSent(), 6);
    QCOMPARE(cache->requestsSent(), requests);
    QVERIFY(!source.timeseriesAvailable());
    for (const ObjectiveResult &r : results) {
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const ObjectiveResult *v2 = m_report.findObjective(QStringLiteral("checkout"), r.name);
        QVERIFY(v2);
        QCOMPARE(show(r.sli), show(v2->sli));
        for (std::size_t i = 0; i < BurnRateWindowCount; ++i)
            QCOMPARE(show(r.burnRates[i]), show(v2->burnRates[i]));
    }
    if (!proxyWithoutV2)
        return;
    // The whole evaluation through a v1-only proxy: every figure as with v2.
    Evaluator e;
    e.setWorkspace(ws, options());
    const EvaluationReport report = await(e.evaluate(QDateTime::fromString(At, Qt::ISODate)));
    QVERIFY2(report.sourceErrors.isEmpty(), qPrintable(report.sourceErrors.value(Source)));
    for (const QString &name : {QStringLiteral("availability"), QStringLiteral("latency"), QStringLiteral("queue-avg"),
                                QStringLiteral("queue-max"), QStringLiteral("hourly-availability")}) {
        const ObjectiveResult *r = report.findObjective(QStringLiteral("checkout"), name);
        const ObjectiveResult *v2 = m_report.findObjective(QStringLiteral("checkout"), name);
        QVERIFY(r && v2);
        QVERIFY2(r->error.isEmpty(), qPrintable(r->error));
        QCOMPARE(show(r->sli), show(v2->sli));
        QCOMPARE(show(r->consumed), show(v2->consumed));
        QCOMPARE(r->goodSlices, v2->goodSlices);
        QCOMPARE(r->badSlices, v2->badSlices);
    }
}

void TestEvaluateDatadog::slactlJsonMatchesHandCounts()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("SLACTL")));
    QTemporaryDir dir;
    QString path;
    workspaceFor(baseUrl(*m_stub), &path, &dir);
    const Run r = slactl({QStringLiteral("evaluate"), path, QStringLiteral("--at"), At, QStringLiteral("--format"),
                          QStringLiteral("json")},
                         GoodKeys);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject availability = objectiveOf(json, QStringLiteral("availability"));
    QVERIFY(availability.value(QStringLiteral("error")).isNull());
    QVERIFY(near(availability.value(QStringLiteral("sli")).toDouble(), 1 - 287.0 / 173287.0));
    const QJsonObject burns = availability.value(QStringLiteral("burnRates")).toObject();
    QVERIFY(near(burns.value(QStringLiteral("1h")).toDouble(), burn(120, 6120, 0.99)));
    QVERIFY(near(burns.value(QStringLiteral("3d")).toDouble(), burn(191, 77191, 0.99)));
    const QJsonObject queueMax = objectiveOf(json, QStringLiteral("queue-max"));
    QCOMPARE(queueMax.value(QStringLiteral("status")).toString(), QStringLiteral("breached"));
    QVERIFY(near(queueMax.value(QStringLiteral("errorBudget")).toObject().value(QStringLiteral("remaining")).toDouble(),
                 1 - 3 / (0.1 * 24)));
}

void TestEvaluateDatadog::wrongKeyExitsThreeNamingTheSource()
{
    QTemporaryDir dir;
    QString path;
    workspaceFor(baseUrl(*m_stub), &path, &dir);
    const QByteArray wrong = "wrong-api-key-4711\nwrong-app-key-0815";
    const Run r = slactl({QStringLiteral("evaluate"), path, QStringLiteral("--at"), At, QStringLiteral("--format"),
                          QStringLiteral("json")},
                         wrong);
    QCOMPARE(r.code, 3);
    const QString all = r.out + r.err;
    QVERIFY2(r.err.contains(Source), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("403")), qPrintable(r.err));
    QVERIFY(!all.contains(QStringLiteral("wrong-api-key-4711")));
    QVERIFY(!all.contains(QStringLiteral("wrong-app-key-0815")));
    QVERIFY(objectiveOf(QJsonDocument::fromJson(r.out.toUtf8()).object(), QStringLiteral("availability"))
                .value(QStringLiteral("error"))
                .toString()
                .contains(Source));
}

void TestEvaluateDatadog::missingKeysNameTheSource()
{
    const QByteArray var = CredentialStore::environmentVariable(Source).toUtf8();
    qunsetenv(var.constData());
    Evaluator e;
    e.setWorkspace(workspaceFor(baseUrl(*m_stub)), options());
    const EvaluationReport report = await(e.evaluate(QDateTime::fromString(At, Qt::ISODate)));
    qputenv(var.constData(), GoodKeys);
    const QString error = report.sourceErrors.value(Source);
    QVERIFY2(error.contains(Source) && error.contains(QStringLiteral("DD_API_KEY")), qPrintable(error));
    QVERIFY(e.sourceHealth().value(Source).state == SourceHealth::State::AuthFailed);
}

void TestEvaluateDatadog::rateLimitBurstIsWaitedOut()
{
    // One request per second and endpoint, for an evaluation that sends three v2 requests
    // (the two occurrence grids and the day of hourly slices; fifteen on v1).
    const auto limited = startStub(
        {QStringLiteral("--rate-limit"), QStringLiteral("1"), QStringLiteral("--rate-period"), QStringLiteral("1")});
    QVERIFY(limited);
    Evaluator e;
    e.setWorkspace(workspaceFor(baseUrl(*limited)), options());
    QElapsedTimer timer;
    timer.start();
    const EvaluationReport report = await(e.evaluate(QDateTime::fromString(At, Qt::ISODate)));
    QVERIFY2(report.sourceErrors.isEmpty(), qPrintable(report.sourceErrors.value(Source)));
    QVERIFY2(timer.elapsed() >= 1000, "the requests cannot fit into one rate-limit period");
    for (const QString &name :
         {QStringLiteral("availability"), QStringLiteral("queue-max"), QStringLiteral("hourly-availability")}) {
        const ObjectiveResult *r = report.findObjective(QStringLiteral("checkout"), name);
        const ObjectiveResult *unlimited = m_report.findObjective(QStringLiteral("checkout"), name);
        QVERIFY(r && unlimited);
        QVERIFY2(r->error.isEmpty(), qPrintable(r->error));
        QCOMPARE(show(r->sli), show(unlimited->sli));
        QCOMPARE(show(r->burnRates[2]), show(unlimited->burnRates[2]));
    }
}

void TestEvaluateDatadog::unreachableSourceCarriesOverStaleFigures()
{
    auto stub = startStub();
    QVERIFY(stub);
    Evaluator e;
    e.setWorkspace(workspaceFor(baseUrl(*stub)), options());
    const QDateTime at = QDateTime::fromString(At, Qt::ISODate);
    const EvaluationReport first = await(e.evaluate(at));
    QVERIFY(first.sourceErrors.isEmpty());
    stub.reset(); // the server goes away

    const EvaluationReport second = await(e.evaluate(at));
    QVERIFY(second.sourceErrors.contains(Source));
    QVERIFY(e.sourceHealth().value(Source).state == SourceHealth::State::Unreachable);
    for (const QString &name : {QStringLiteral("availability"), QStringLiteral("queue-avg")}) {
        const ObjectiveResult *before = first.findObjective(QStringLiteral("checkout"), name);
        const ObjectiveResult *after = second.findObjective(QStringLiteral("checkout"), name);
        QVERIFY(before && after);
        QVERIFY2(after->error.contains(Source), qPrintable(after->error));
        QVERIFY(after->stale);
        QCOMPARE(show(after->sli), show(before->sli));
        QCOMPARE(after->status, before->status);
    }
}

void TestEvaluateDatadog::explainShowsTheQueriesAndTheSameFigures()
{
    Evaluator e;
    e.setWorkspace(workspaceFor(baseUrl(*m_stub)), options());
    const Explanation x = await(
        e.explain(QStringLiteral("checkout"), QStringLiteral("availability"), QDateTime::fromString(At, Qt::ISODate)));
    const ObjectiveResult *r = m_report.findObjective(QStringLiteral("checkout"), QStringLiteral("availability"));
    QVERIFY2(x.result.error.isEmpty(), qPrintable(x.result.error));
    // Through the tracing source each query goes out on v1: the same points, the same figures.
    QVERIFY2(x.result.sli && near(*x.result.sli, *r->sli), qPrintable(show(x.result.sli)));
    QVERIFY(x.result.consumed && near(*x.result.consumed, *r->consumed));
    QVERIFY(!x.reads.isEmpty());
    for (const TracedRead &read : x.reads) {
        QCOMPARE(read.kind, TracedRead::Kind::Range);
        QCOMPARE(read.source, Source);
        QVERIFY2(read.query.contains(QStringLiteral(".as_count()")), qPrintable(read.query));
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QVERIFY(!read.answer.isEmpty() && !read.answer.front().points.empty());
        QCOMPARE(read.end, QDateTime::fromString(At, Qt::ISODate).toMSecsSinceEpoch());
    }
}

void TestEvaluateDatadog::correctionTakesItsEventsOut()
{
    // The last half hour of the incident corrected: its 30 minute samples (2 bad of 102
    // each) leave every window that holds them; the 5m and 30m windows lie wholly inside.
    Workspace ws = workspaceFor(baseUrl(*m_stub));
    Correction c;
    c.metadata.name = QStringLiteral("last-half-hour");
    c.slas = {QStringLiteral("checkout")};
    c.objectives = {QStringLiteral("availability")};
    const QDateTime at = QDateTime::fromString(At, Qt::ISODate);
    c.start = at.addSecs(-1800);
    c.end = at;
    c.category = Correction::Category::ScheduledMaintenance;
    ws.corrections << c;
    Evaluator e;
    e.setWorkspace(ws, options());
    const EvaluationReport report = await(e.evaluate(at));
    const ObjectiveResult *r = report.findObjective(QStringLiteral("checkout"), QStringLiteral("availability"));
    QVERIFY(r);
    QVERIFY2(r->error.isEmpty(), qPrintable(r->error));
    QVERIFY2(r->warnings.isEmpty(), qPrintable(r->warnings.join(u'\n')));
    QCOMPARE(r->corrections, QStringList{QStringLiteral("last-half-hour")});
    const double sli = 1 - 227.0 / 170227.0;
    QVERIFY2(r->sli && near(*r->sli, sli), qPrintable(show(r->sli)));
    QVERIFY(r->total && near(*r->total, 170227));
    QVERIFY(r->raw && r->raw->sli && near(*r->raw->sli, 1 - 287.0 / 173287.0));
    const double t = 0.99;
    const std::optional<double> burns[] = {std::nullopt,      std::nullopt,       burn(60, 3060, t),  burn(61, 4061, t),
                                           burn(65, 8065, t), burn(83, 26083, t), burn(131, 74131, t)};
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i) {
        const bool same = burns[i] ? r->burnRates[i] && near(*r->burnRates[i], *burns[i]) : !r->burnRates[i];
        QVERIFY2(same, qPrintable(Budget::burnRateWindowName(i) + u' ' + show(r->burnRates[i])));
    }
    // The other objectives are not named by the correction.
    const ObjectiveResult *precision = report.findObjective(QStringLiteral("checkout"), QStringLiteral("precision"));
    QVERIFY(precision && precision->corrections.isEmpty());
    QVERIFY(precision->sli && near(*precision->sli, 1 - 287.0 / 173287.0));
}

QTEST_GUILESS_MAIN(TestEvaluateDatadog)
#include "tst_evaluate_datadog.moc"
