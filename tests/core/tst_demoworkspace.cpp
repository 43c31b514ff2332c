// SPDX-License-Identifier: Apache-2.0
// The bundled demo workspace (resources/demo): its documents read and validate without a
// diagnostic, their selectors find the recorded series, and the figures the engine
// computes from the recording (aligned to a fixed "now") equal the generator's truth.

#include "core/engine/counters.h"
#include "core/engine/sli.h"
#include "core/evaluation/enginetypes.h"
#include "core/exchange/loader.h"
#include "core/metrics/recorded/recordedstore.h"
#include "core/query/selector.h"
#include "core/validation/validator.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Sla::Core;

namespace {

const QString WorkspaceDir = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
const QString TruthFile = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/demo-truth.json");
constexpr qint64 StepMs = 300'000;
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 DayMs = 86'400'000;
// An arbitrary "now" that is not on the 5-minute grid; the store rounds it down.
constexpr qint64 NowMs = 1'795'861'337'123; // 2026-11-27T10:22:17.123Z
constexpr qint64 AlignedNowMs = NowMs / StepMs * StepMs;

} // namespace

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void documentsValidate();
    void correctionAndAnnotationInsideRecording();
    void dataSourceAndReference();
    void recordingAlignsToNow();
    void occurrenceObjectivesMatchTruth_data();
    void occurrenceObjectivesMatchTruth();
    void latencyPercentileSlices();
    void driftAgainstShiftedReference();
    void fastBurnRate();

private:
    const Objective &objective(const QString &sla, const QString &name) const;
    QJsonObject truthOf(const QString &sla, const QString &name) const;
    std::vector<Counters::CounterPrefix> counters(const QString &selector) const;
    double sumIncrease(const QString &selector, TimeRange range) const;
    std::vector<Series> bucketSeries(const QString &histogram) const;

    LoadResult m_load;
    QJsonObject m_truth;
    RecordedStore m_store;
    qint64 m_offsetMs = 0;
    qint64 m_endMs = 0; // the newest sample after alignment
};

void TestDemoWorkspace::initTestCase()
{
    m_load = DocumentLoader::loadPaths({WorkspaceDir});
    QFile truth(TruthFile);
    QVERIFY2(truth.open(QIODevice::ReadOnly), qPrintable(TruthFile));
    m_truth = QJsonDocument::fromJson(truth.readAll()).object();
    QVERIFY(!m_truth.isEmpty());

    const DataSource *source = m_load.workspace.findDataSource(QStringLiteral("demo-recording"));
    QVERIFY(source);
    RecordedLoadOptions options;
    options.alignToNow = source->alignToNow;
    options.nowMs = NowMs;
    Diagnostic error;
    QVERIFY2(m_store.loadFile(WorkspaceDir + QLatin1Char('/') + source->file, options, &error),
             qPrintable(error.toString()));
    m_endMs = m_store.maxTimestampMs();
    m_offsetMs = m_endMs - m_truth.value(QStringLiteral("end")).toInteger() * 1000;
}

const Objective &TestDemoWorkspace::objective(const QString &sla, const QString &name) const
{
    const Sla::Core::Sla *doc = m_load.workspace.findSla(sla);
    Q_ASSERT(doc);
    for (const Objective &o : doc->objectives) {
        if (o.name == name)
            return o;
    }
    qFatal("no objective %s in %s", qPrintable(name), qPrintable(sla));
}

QJsonObject TestDemoWorkspace::truthOf(const QString &sla, const QString &name) const
{
    return m_truth.value(sla).toObject().value(name).toObject();
}

std::vector<Counters::CounterPrefix> TestDemoWorkspace::counters(const QString &selector) const
{
    QString error;
    const std::optional<PromSelector> parsed = parsePromSelector(selector, &error);
    Q_ASSERT_X(parsed, "selector", qPrintable(error));
    std::vector<Counters::CounterPrefix> out;
    for (const RecordedStore::SeriesView &view : m_store.select(parsed->matchers))
        out.emplace_back(Counters::CounterView(view.timestampsMs, view.values));
    return out;
}

double TestDemoWorkspace::sumIncrease(const QString &selector, TimeRange range) const
{
    const std::optional<double> v = Counters::sumIncrease(counters(selector), range);
    return v.value_or(std::nan(""));
}

std::vector<Series> TestDemoWorkspace::bucketSeries(const QString &histogram) const
{
    const std::optional<PromSelector> parsed = parsePromSelector(histogram);
    Q_ASSERT(parsed);
    QList<LabelMatcher> matchers = parsed->matchers;
    for (LabelMatcher &m : matchers) {
        if (m.name == QLatin1String("__name__"))
            m.value += QLatin1String("_bucket");
    }
    std::vector<Series> out;
    for (const RecordedStore::SeriesView &view : m_store.select(matchers)) {
        Series s;
        for (const auto &[name, value] : m_store.labels(*view.series))
            s.labels.insert(name, value);
        s.t.assign(view.timestampsMs.begin(), view.timestampsMs.end());
        s.v.assign(view.values.begin(), view.values.end());
        out.push_back(std::move(s));
    }
    return out;
}

void TestDemoWorkspace::documentsValidate()
{
    for (const Diagnostic &d : m_load.diagnostics)
        qWarning("%s", qPrintable(d.toString()));
    QCOMPARE(m_load.diagnostics.size(), 0);
    QCOMPARE(m_load.files.size(), 6);
    const Diagnostics semantic = validateWorkspace(m_load.workspace);
    for (const Diagnostic &d : semantic)
        qWarning("%s", qPrintable(d.toString()));
    QCOMPARE(semantic.size(), 0);

    const Workspace &ws = m_load.workspace;
    QCOMPARE(ws.slas.size(), 3);
    QCOMPARE(ws.dataSources.size(), 1);
    const Sla::Core::Sla *fraud = ws.findSla(QStringLiteral("fraud-detection-api"));
    QVERIFY(fraud);
    QCOMPARE(fraud->tier, QStringLiteral("tier-1"));
    QCOMPARE(fraud->objectives.size(), 5);
    QCOMPARE(fraud->alerts.size(), 4);
    QCOMPARE(fraud->alerts[0].name, QStringLiteral("precision-drop"));
    QCOMPARE(fraud->alerts[0].below, std::optional<double>(0.93));
    QVERIFY(fraud->alerts[1].burnRateDefault);
    QCOMPARE(fraud->contract.credits.size(), 2);
    QCOMPARE(fraud->remediation.webhook, QStringLiteral("https://ci.example.com/hooks/retrain-fraud"));
    QCOMPARE(ws.findSla(QStringLiteral("recommendation-api"))->tier, QStringLiteral("tier-2"));
    QCOMPARE(ws.findSla(QStringLiteral("analytics-model"))->tier, QStringLiteral("tier-3"));
    QVERIFY(!ws.findSla(QStringLiteral("analytics-model"))->window); // inherited from tier-3
}

void TestDemoWorkspace::correctionAndAnnotationInsideRecording()
{
    // Issue 8: a 90-minute scheduled maintenance of one objective and the deploy of day 9,
    // both inside the recorded period (times in the recording's time base).
    const Workspace &ws = m_load.workspace;
    QCOMPARE(ws.corrections.size(), 1);
    QCOMPARE(ws.annotations.size(), 1);
    const Correction &c = ws.corrections.constFirst();
    QCOMPARE(c.slas, QStringList{QStringLiteral("recommendation-api")});
    QCOMPARE(c.objectives, QStringList{QStringLiteral("availability")});
    QCOMPARE(toString(c.category), QStringLiteral("scheduled-maintenance"));
    QVERIFY(c.recurrence.isEmpty());
    QCOMPARE(c.lengthMs(), 90 * 60 * 1000LL);
    const qint64 recordingStart = qint64(m_truth.value(QStringLiteral("start")).toDouble()) * 1000;
    const qint64 recordingEnd = qint64(m_truth.value(QStringLiteral("end")).toDouble()) * 1000;
    QCOMPARE(c.start.toMSecsSinceEpoch(), recordingStart + 26 * DayMs + 2 * HourMs);
    QVERIFY(c.start.toMSecsSinceEpoch() + c.lengthMs() < recordingEnd);
    const Annotation &a = ws.annotations.constFirst();
    QCOMPARE(toString(a.kind), QStringLiteral("deploy"));
    QCOMPARE(a.slas, QStringList{QStringLiteral("fraud-detection-api")});
    // The fast burn of the story starts at day 9 14:00.
    QCOMPARE(a.time.toMSecsSinceEpoch(), recordingStart + 9 * DayMs + 14 * HourMs);
    QCOMPARE(a.end->toMSecsSinceEpoch(), recordingStart + 9 * DayMs + 16 * HourMs);
}

void TestDemoWorkspace::dataSourceAndReference()
{
    const DataSource *source = m_load.workspace.findDataSource(QStringLiteral("demo-recording"));
    QVERIFY(source->type == DataSourceType::Recorded);
    QCOMPARE(source->file, QStringLiteral("data/demo.om.gz"));
    QVERIFY(source->alignToNow);

    // The reference is written in the recording's own time base: the first 14 days.
    const DriftIndicator &drift =
        objective(QStringLiteral("fraud-detection-api"), QStringLiteral("amount-drift")).indicator.drift;
    const QJsonObject ref = m_truth.value(QStringLiteral("driftReference")).toObject();
    QCOMPARE(drift.referenceFrom, QDateTime::fromString(ref.value(QStringLiteral("from")).toString(), Qt::ISODate));
    QCOMPARE(drift.referenceTo, QDateTime::fromString(ref.value(QStringLiteral("to")).toString(), Qt::ISODate));
    QCOMPARE(drift.referenceFrom.toMSecsSinceEpoch(), m_truth.value(QStringLiteral("start")).toInteger() * 1000);
    QCOMPARE(drift.referenceTo.toMSecsSinceEpoch() - drift.referenceFrom.toMSecsSinceEpoch(), 14 * DayMs);
}

void TestDemoWorkspace::recordingAlignsToNow()
{
    QCOMPARE(m_store.seriesCount(), 67);
    QCOMPARE(m_store.sampleCount(), qint64(67) * 8641);
    QCOMPARE(m_store.lastLoadStats().outOfOrderSeries, 0);
    QCOMPARE(m_store.lastLoadStats().duplicateSamples, 0);
    QCOMPARE(m_store.detectedStepMs(), StepMs);
    QCOMPARE(m_endMs, AlignedNowMs);
    QCOMPARE(m_store.minTimestampMs(), m_endMs - 30 * DayMs);
    QCOMPARE(m_offsetMs % StepMs, 0);
}

void TestDemoWorkspace::occurrenceObjectivesMatchTruth_data()
{
    QTest::addColumn<QString>("sla");
    QTest::addColumn<QString>("objective");
    const char *const rows[][2] = {
        {"fraud-detection-api", "availability"}, {"fraud-detection-api", "latency"},
        {"fraud-detection-api", "precision"},    {"recommendation-api", "availability"},
        {"recommendation-api", "latency"},       {"recommendation-api", "relevance"},
        {"analytics-model", "availability"},     {"analytics-model", "latency"},
        {"analytics-model", "recall"},
    };
    for (const auto &row : rows)
        QTest::addRow("%s/%s", row[0], row[1]) << QString::fromUtf8(row[0]) << QString::fromUtf8(row[1]);
}

void TestDemoWorkspace::occurrenceObjectivesMatchTruth()
{
    QFETCH(QString, sla);
    QFETCH(QString, objective);
    const Objective &o = this->objective(sla, objective);
    const QJsonObject truth = truthOf(sla, objective);
    QCOMPARE(o.target, truth.value(QStringLiteral("target")).toDouble());

    const TimeRange window{m_endMs - 30 * DayMs, m_endMs};
    std::optional<double> sli;
    const Indicator &ind = o.indicator;
    switch (ind.kind) {
    case IndicatorKind::Ratio: {
        const double total = sumIncrease(ind.ratio.total, window);
        sli = ind.ratio.good.isEmpty() ? Sli::fromBad(sumIncrease(ind.ratio.bad, window), total).value()
                                       : Sli::fromGood(sumIncrease(ind.ratio.good, window), total).value();
        QCOMPARE(total, truth.value(QStringLiteral("total")).toDouble());
        break;
    }
    case IndicatorKind::Latency: {
        const Sli::BucketIncreases inc = Sli::bucketIncreases(bucketSeries(ind.latency.histogram), window);
        QVERIFY2(inc.error.isEmpty(), qPrintable(inc.error));
        const Sli::LatencyRatio ratio = Sli::latencyRatio(inc.buckets, ind.latency.threshold);
        QVERIFY2(ratio.error.isEmpty(), qPrintable(ratio.error));
        QCOMPARE(ratio.ratio.good, truth.value(QStringLiteral("good")).toDouble());
        sli = ratio.ratio.value();
        break;
    }
    case IndicatorKind::Classification: {
        const ClassificationIndicator &c = ind.classification;
        Sli::Confusion m;
        m.tp = sumIncrease(c.tp, window);
        m.fp = c.fp.isEmpty() ? 0 : sumIncrease(c.fp, window);
        m.fn = c.fn.isEmpty() ? 0 : sumIncrease(c.fn, window);
        QCOMPARE(m.tp, truth.value(QStringLiteral("tp")).toDouble());
        sli = Sli::classification(toEngine(c.measure), m);
        break;
    }
    default:
        QFAIL("unexpected indicator kind");
    }
    QVERIFY(sli);
    QVERIFY2(std::abs(*sli - truth.value(QStringLiteral("sli")).toDouble()) < 1e-12,
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(*sli, 0, 'g', 17)
                            .arg(truth.value(QStringLiteral("sli")).toDouble(), 0, 'g', 17)));
}

void TestDemoWorkspace::latencyPercentileSlices()
{
    const Objective &o = objective(QStringLiteral("fraud-detection-api"), QStringLiteral("latency-p95"));
    QVERIFY(o.budgeting.method == Budgeting::Method::Timeslices);
    QCOMPARE(o.budgeting.slice.ms, HourMs);
    const std::vector<Series> buckets = bucketSeries(o.indicator.latency.histogram);
    int good = 0;
    int total = 0;
    for (qint64 start = m_endMs - 30 * DayMs; start < m_endMs; start += HourMs, ++total) {
        const Sli::BucketIncreases inc = Sli::bucketIncreases(buckets, TimeRange{start, start + HourMs});
        const double p = Sli::histogramQuantile(*o.indicator.latency.percentile, inc.buckets);
        if (p <= o.indicator.latency.threshold)
            ++good;
    }
    const QJsonObject slices = truthOf(QStringLiteral("fraud-detection-api"), QStringLiteral("latency-p95"))
                                   .value(QStringLiteral("slices"))
                                   .toObject();
    QCOMPARE(total, slices.value(QStringLiteral("total")).toInt());
    QCOMPARE(good, slices.value(QStringLiteral("good")).toInt());
}

void TestDemoWorkspace::driftAgainstShiftedReference()
{
    const DriftIndicator &drift =
        objective(QStringLiteral("fraud-detection-api"), QStringLiteral("amount-drift")).indicator.drift;
    const std::vector<Series> buckets = bucketSeries(drift.histogram);
    QCOMPARE(buckets.size(), size_t(10)); // nine finite le plus +Inf

    // Unshifted, the reference window lies before every aligned sample: no data.
    const TimeRange asWritten{drift.referenceFrom.toMSecsSinceEpoch(), drift.referenceTo.toMSecsSinceEpoch()};
    QVERIFY(Sli::bucketIncreases(buckets, asWritten).buckets.empty());

    // alignToNow shifts the reference by the same offset as the samples.
    const TimeRange reference{asWritten.start + m_offsetMs, asWritten.end + m_offsetMs};
    const std::vector<Sli::Bucket> ref = Sli::bucketIncreases(buckets, reference).buckets;
    const QJsonArray daily =
        m_truth.value(QStringLiteral("story")).toObject().value(QStringLiteral("fraudPsiDaily")).toArray();
    QCOMPARE(daily.size(), 30);
    int good = 0;
    for (int d = 0; d < 30; ++d) {
        const qint64 start = m_endMs - (30 - d) * DayMs;
        const Sli::Outcome score = Sli::drift(toEngine(drift.method), ref,
                                              Sli::bucketIncreases(buckets, TimeRange{start, start + DayMs}).buckets);
        QVERIFY2(score.value, qPrintable(score.error));
        QVERIFY2(std::abs(*score.value - daily.at(d).toDouble()) < 1e-9,
                 qPrintable(QStringLiteral("day %1: %2 vs %3")
                                .arg(d)
                                .arg(*score.value, 0, 'g', 17)
                                .arg(daily.at(d).toDouble(), 0, 'g', 17)));
        if (*score.value <= drift.threshold)
            ++good;
    }
    QCOMPARE(good, 24);
    QVERIFY(daily.at(29).toDouble() > 0.1);
}

void TestDemoWorkspace::fastBurnRate()
{
    const QJsonObject fast =
        m_truth.value(QStringLiteral("story")).toObject().value(QStringLiteral("fastBurn")).toObject();
    const qint64 at = fast.value(QStringLiteral("at")).toObject().value(QStringLiteral("k")).toInteger() * StepMs +
                      m_truth.value(QStringLiteral("start")).toInteger() * 1000 + m_offsetMs;
    const Indicator &ind = objective(QStringLiteral("fraud-detection-api"), QStringLiteral("availability")).indicator;
    const TimeRange hour{at - HourMs, at};
    const double total = sumIncrease(ind.ratio.total, hour);
    const std::optional<double> errorRatio = Sli::fromGood(sumIncrease(ind.ratio.good, hour), total).errorRatio();
    QVERIFY(errorRatio);
    const double burn = *errorRatio / (1 - 0.9995);
    QVERIFY2(std::abs(burn - fast.value(QStringLiteral("burnRate1h")).toDouble()) < 1e-9,
             qPrintable(QString::number(burn)));
    QVERIFY(burn > 45 && burn < 55);
}

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
