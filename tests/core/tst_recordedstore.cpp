// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/recorded/recordedstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Sla::Core;
using Op = LabelMatcher::Op;

namespace {

LabelMatcher m(const char *name, Op op, const char *value)
{
    return LabelMatcher{QString::fromUtf8(name), op, QString::fromUtf8(value)};
}

const QByteArray Fixture = R"(# TYPE http_requests counter
http_requests_total{service="fraud",code="200"} 10 60
http_requests_total{service="fraud",code="200"} 20 120
http_requests_total{service="fraud",code="500"} 1 60
http_requests_total{service="fraud",code="500"} 2 120
http_requests_total{service="fraud",code="503"} 0 120
http_requests_total{service="fraud",code="5000"} 7 120
http_requests_total{service="search",code="200",env="prod"} 5 60
http_requests_total{service="search",code="200",env="prod"} 6 180
http_requests_total{service="search",code="404",env=""} 9 120
# TYPE queue_depth gauge
queue_depth{queue="a\nb",service="fraud"} 3 120
# EOF
)";

// Series texts of a selection, sorted, for whole-result comparisons.
QStringList texts(const RecordedStore &store, const std::vector<RecordedStore::SeriesView> &views)
{
    QStringList out;
    for (const auto &v : views)
        out.append(store.seriesText(*v.series));
    out.sort();
    return out;
}

RecordedStore loadFixture()
{
    RecordedStore store;
    Diagnostic error;
    if (!store.loadData(Fixture, QStringLiteral("fixture.om"), {}, &error))
        qWarning("%s", qPrintable(error.toString()));
    return store;
}

// Reset-aware increase between the samples at (or just after) fromMs and at toMs, the way
// Prometheus 2.x increase() sees aligned windows: a drop counts the new value.
double increase(const RecordedStore::SeriesView &v)
{
    double total = 0;
    for (size_t i = 1; i < v.values.size(); ++i) {
        const double d = v.values[i] - v.values[i - 1];
        total += d >= 0 ? d : v.values[i];
    }
    return total;
}

} // namespace

class TestRecordedStore : public QObject
{
    Q_OBJECT

private slots:
    void load_groupsSamplesBySeries();
    void select_data();
    void select();
    void select_invalidRegex_reportsError();
    void select_timeRange();
    void labelListing();
    void sameLabelsWrittenDifferently_areOneSeries();
    void outOfOrderAndDuplicates_areSortedAndDropped();
    void alignToNow_movesNewestSampleToStep();
    void loadOptions_rangeRestriction();
    void failedLoad_keepsStoreAndNamesPosition();
    void secondLoad_mergesSeries();
    void memory_sixteenBytesPerSample();
    void seriesLimit_isAnErrorAtTheLine();
    void byteLimit_isAnErrorAtTheLine();
    void limits_countWhatTheStoreHolds();
    void doubtfulSamples_areWarnedWithTheLine();
    void generatedData_matchesGeneratorTruth();
};

void TestRecordedStore::load_groupsSamplesBySeries()
{
    const RecordedStore store = loadFixture();
    QCOMPARE(store.seriesCount(), 7);
    QCOMPARE(store.sampleCount(), qint64(10));
    const auto views = store.select({m("__name__", Op::Equal, "http_requests_total"), m("code", Op::Equal, "200"),
                                     m("service", Op::Equal, "fraud")});
    QCOMPARE(views.size(), size_t(1));
    QCOMPARE(std::vector<qint64>(views[0].timestampsMs.begin(), views[0].timestampsMs.end()),
             (std::vector<qint64>{60000, 120000}));
    QCOMPARE(std::vector<double>(views[0].values.begin(), views[0].values.end()), (std::vector<double>{10, 20}));
    QCOMPARE(store.seriesText(*views[0].series), QStringLiteral("http_requests_total{code=\"200\",service=\"fraud\"}"));
    QCOMPARE(store.metricName(*views[0].series), QStringLiteral("http_requests_total"));
    QCOMPARE(store.labelValue(*views[0].series, u"service"), QStringLiteral("fraud"));
    QCOMPARE(store.lastLoadStats().lines, qint64(13));
    QCOMPARE(store.lastLoadStats().samples, qint64(10));
    QVERIFY(!store.lastLoadStats().gzip);
}

void TestRecordedStore::select_data()
{
    QTest::addColumn<QList<LabelMatcher>>("matchers");
    QTest::addColumn<QStringList>("expected");
    const QString f200 = QStringLiteral("http_requests_total{code=\"200\",service=\"fraud\"}");
    const QString f500 = QStringLiteral("http_requests_total{code=\"500\",service=\"fraud\"}");
    const QString f503 = QStringLiteral("http_requests_total{code=\"503\",service=\"fraud\"}");
    const QString f5000 = QStringLiteral("http_requests_total{code=\"5000\",service=\"fraud\"}");
    const QString s200 = QStringLiteral("http_requests_total{code=\"200\",env=\"prod\",service=\"search\"}");
    const QString s404 = QStringLiteral("http_requests_total{code=\"404\",service=\"search\"}");
    const QString queue = QStringLiteral("queue_depth{queue=\"a\\nb\",service=\"fraud\"}");
    const QStringList allHttp{f200, f500, f503, f5000, s200, s404};

    QTest::addRow("by name") << QList<LabelMatcher>{m("__name__", Op::Equal, "http_requests_total")} << allHttp;
    QTest::addRow("no matchers: everything") << QList<LabelMatcher>{} << (QStringList(allHttp) << queue);
    QTest::addRow("name regex") << QList<LabelMatcher>{m("__name__", Op::RegexMatch, "queue_.*")} << QStringList{queue};
    QTest::addRow("name regex is anchored")
        << QList<LabelMatcher>{m("__name__", Op::RegexMatch, "queue")} << QStringList{};
    QTest::addRow("regex 5.. is anchored")
        << QList<LabelMatcher>{m("code", Op::RegexMatch, "5..")} << QStringList{f500, f503};
    QTest::addRow("regex prefix only does not match")
        << QList<LabelMatcher>{m("code", Op::RegexMatch, "50")} << QStringList{};
    QTest::addRow("alternation anchored as a whole")
        << QList<LabelMatcher>{m("code", Op::RegexMatch, "20|50")} << QStringList{};
    QTest::addRow("alternation") << QList<LabelMatcher>{m("code", Op::RegexMatch, "200|500")}
                                 << QStringList{f200, f500, s200};
    QTest::addRow("regex no match") << QList<LabelMatcher>{m("__name__", Op::Equal, "http_requests_total"),
                                                           m("code", Op::RegexNoMatch, "5..")}
                                    << QStringList{f200, f5000, s200, s404};
    QTest::addRow("not equal") << QList<LabelMatcher>{m("__name__", Op::Equal, "http_requests_total"),
                                                      m("service", Op::NotEqual, "fraud")}
                               << QStringList{s200, s404};
    QTest::addRow("equal unknown value") << QList<LabelMatcher>{m("service", Op::Equal, "nope")} << QStringList{};
    QTest::addRow("not equal unknown value matches all")
        << QList<LabelMatcher>{m("service", Op::NotEqual, "nope")} << (QStringList(allHttp) << queue);
    QTest::addRow("env=\"\" matches series without env")
        << QList<LabelMatcher>{m("__name__", Op::Equal, "http_requests_total"), m("env", Op::Equal, "")}
        << QStringList{f200, f500, f503, f5000, s404};
    QTest::addRow("env!=\"\" needs env") << QList<LabelMatcher>{m("env", Op::NotEqual, "")} << QStringList{s200};
    QTest::addRow("env=~\".*\" matches all")
        << QList<LabelMatcher>{m("__name__", Op::Equal, "http_requests_total"), m("env", Op::RegexMatch, ".*")}
        << allHttp;
    QTest::addRow("env=~\".+\" needs env") << QList<LabelMatcher>{m("env", Op::RegexMatch, ".+")} << QStringList{s200};
    QTest::addRow("env!~\"prod\" includes series without env")
        << QList<LabelMatcher>{m("service", Op::Equal, "search"), m("env", Op::RegexNoMatch, "prod")}
        << QStringList{s404};
    QTest::addRow("unknown label =\"\" matches all")
        << QList<LabelMatcher>{m("service", Op::Equal, "fraud"), m("nolabel", Op::Equal, "")}
        << QStringList{f200, f500, f503, f5000, queue};
    QTest::addRow("unknown label =~\"x\" matches none")
        << QList<LabelMatcher>{m("nolabel", Op::RegexMatch, "x")} << QStringList{};
    QTest::addRow("dot matches newline") << QList<LabelMatcher>{m("queue", Op::RegexMatch, "a.b")}
                                         << QStringList{queue};
    QTest::addRow("regex is case-sensitive")
        << QList<LabelMatcher>{m("service", Op::RegexMatch, "FRAUD")} << QStringList{};
    QTest::addRow("case-insensitive flag")
        << QList<LabelMatcher>{m("__name__", Op::Equal, "queue_depth"), m("service", Op::RegexMatch, "(?i)FRAUD")}
        << QStringList{queue};
}

void TestRecordedStore::select()
{
    QFETCH(QList<LabelMatcher>, matchers);
    QFETCH(QStringList, expected);
    expected.sort();
    const RecordedStore store = loadFixture();
    QString error;
    QCOMPARE(texts(store, store.select(matchers, &error)), expected);
    QVERIFY(error.isEmpty());
}

void TestRecordedStore::select_invalidRegex_reportsError()
{
    const RecordedStore store = loadFixture();
    QString error;
    QVERIFY(store.select({m("code", Op::RegexMatch, "5(")}, &error).empty());
    QVERIFY2(error.startsWith(QStringLiteral("invalid regular expression 5( for label code: ")), qPrintable(error));
}

void TestRecordedStore::select_timeRange()
{
    const RecordedStore store = loadFixture();
    const auto views = store.select({m("service", Op::Equal, "search")}, 100000, 180000);
    QCOMPARE(texts(store, views),
             (QStringList{QStringLiteral("http_requests_total{code=\"200\",env=\"prod\",service=\"search\"}"),
                          QStringLiteral("http_requests_total{code=\"404\",service=\"search\"}")}));
    for (const auto &v : views) {
        QCOMPARE(v.timestampsMs.size(), size_t(1));
        QVERIFY(v.timestampsMs.front() >= 100000);
    }
    // Series with no sample in range are left out.
    QCOMPARE(store.select({m("service", Op::Equal, "search")}, 0, 60000).size(), size_t(1));
    QCOMPARE(store.select({}, 200000, 300000).size(), size_t(0));
    const auto &series = store.series().front();
    QCOMPARE(RecordedStore::indexRange(series, 60000, 60000), (std::pair<size_t, size_t>{0, 1}));
    QCOMPARE(RecordedStore::indexRange(series, 61000, 119999), (std::pair<size_t, size_t>{1, 1}));
    QCOMPARE(RecordedStore::indexRange(series, 0, 1000000), (std::pair<size_t, size_t>{0, 2}));
}

void TestRecordedStore::labelListing()
{
    const RecordedStore store = loadFixture();
    QCOMPARE(store.labelNames(), (QStringList{QStringLiteral("__name__"), QStringLiteral("code"), QStringLiteral("env"),
                                              QStringLiteral("queue"), QStringLiteral("service")}));
    QCOMPARE(store.labelNames({m("__name__", Op::Equal, "queue_depth")}),
             (QStringList{QStringLiteral("__name__"), QStringLiteral("queue"), QStringLiteral("service")}));
    QCOMPARE(store.labelValues(QStringLiteral("code")),
             (QStringList{QStringLiteral("200"), QStringLiteral("404"), QStringLiteral("500"), QStringLiteral("5000"),
                          QStringLiteral("503")}));
    QCOMPARE(store.labelValues(QStringLiteral("code"), {m("service", Op::Equal, "search")}),
             (QStringList{QStringLiteral("200"), QStringLiteral("404")}));
    // The empty env value of the 404 series is no value at all.
    QCOMPARE(store.labelValues(QStringLiteral("env")), QStringList{QStringLiteral("prod")});
    QCOMPARE(store.labelValues(QStringLiteral("missing")), QStringList{});
    QCOMPARE(store.metricNames(), (QStringList{QStringLiteral("http_requests_total"), QStringLiteral("queue_depth")}));
}

void TestRecordedStore::sameLabelsWrittenDifferently_areOneSeries()
{
    RecordedStore store;
    QVERIFY(store.loadData("a{x=\"1\",y=\"2\"} 1 1\na{y=\"2\",x=\"1\"} 2 2\na{ x=\"1\", y=\"2\", z=\"\" } 3 3\n", {}));
    QCOMPARE(store.seriesCount(), 1);
    QCOMPARE(store.series().front().values, (std::vector<double>{1, 2, 3}));
    QCOMPARE(store.seriesText(store.series().front()), QStringLiteral("a{x=\"1\",y=\"2\"}"));
}

void TestRecordedStore::outOfOrderAndDuplicates_areSortedAndDropped()
{
    RecordedStore store;
    QVERIFY(store.loadData("a 3 30\nb 1 10\na 1 10\na 2 20\na 9 20\n", {}));
    const auto views = store.select({m("__name__", Op::Equal, "a")});
    QCOMPARE(views.size(), size_t(1));
    QCOMPARE(views[0].series->timestampsMs, (std::vector<qint64>{10000, 20000, 30000}));
    QCOMPARE(views[0].series->values, (std::vector<double>{1, 9, 3})); // the later duplicate wins
    QCOMPARE(store.lastLoadStats().outOfOrderSeries, qint64(1));
    QCOMPARE(store.lastLoadStats().duplicateSamples, qint64(1));
    QCOMPARE(store.sampleCount(), qint64(4));
}

void TestRecordedStore::alignToNow_movesNewestSampleToStep()
{
    RecordedStore store;
    RecordedLoadOptions options;
    options.alignToNow = true;
    options.nowMs = 1764330000000 + 45123; // not on the 60 s grid
    QVERIFY(store.loadData(Fixture, {}, options));
    QCOMPARE(store.detectedStepMs(), qint64(60000));
    const qint64 alignedNow = options.nowMs / 60000 * 60000;
    QCOMPARE(store.maxTimestampMs(), alignedNow);
    // Everything moved by the same offset: the original 60 s .. 180 s span is kept.
    QCOMPARE(store.minTimestampMs(), alignedNow - 120000);
    QCOMPARE(store.maxTimestampMs() % 60000, qint64(0));

    // shifted() copies; the original stays; shift(0) is identity; an explicit step.
    const RecordedStore plain = loadFixture();
    const RecordedStore moved = plain.shifted(-60000);
    QCOMPARE(plain.minTimestampMs(), qint64(60000));
    QCOMPARE(moved.minTimestampMs(), qint64(0));
    QCOMPARE(moved.maxTimestampMs(), qint64(120000));
    QCOMPARE(plain.alignToNowOffset(1000000, 300000), qint64(900000 - 180000));
    QCOMPARE(plain.alignToNowOffset(180000 + 59999), qint64(0));
}

void TestRecordedStore::loadOptions_rangeRestriction()
{
    RecordedStore store;
    RecordedLoadOptions options;
    options.fromMs = 100000;
    options.toMs = 150000;
    QVERIFY(store.loadData(Fixture, {}, options));
    QCOMPARE(store.minTimestampMs(), qint64(120000));
    QCOMPARE(store.maxTimestampMs(), qint64(120000));
    QCOMPARE(store.sampleCount(), qint64(6));
}

void TestRecordedStore::failedLoad_keepsStoreAndNamesPosition()
{
    RecordedStore store = loadFixture();
    Diagnostic error;
    QVERIFY(!store.loadData("a 1 1\nb{x=\"1\"} 2\n", QStringLiteral("bad.om"), {}, &error));
    QCOMPARE(error.toString(),
             QStringLiteral(
                 "bad.om:2:11: error: expected a timestamp after the value (recorded data needs one per sample)"));
    QCOMPARE(store.seriesCount(), 7);
    QVERIFY(!store.loadFile(QStringLiteral("/nonexistent.om"), {}, &error));
    QCOMPARE(error.location.file, QStringLiteral("/nonexistent.om"));
    QVERIFY(error.message.startsWith(QStringLiteral("cannot open")));
    QCOMPARE(store.seriesCount(), 7);
}

void TestRecordedStore::secondLoad_mergesSeries()
{
    RecordedStore store = loadFixture();
    QVERIFY(store.loadData("http_requests_total{code=\"200\",service=\"fraud\"} 15 90\nnew_metric 1 1\n", {}));
    QCOMPARE(store.seriesCount(), 8);
    const auto views = store.select({m("code", Op::Equal, "200"), m("service", Op::Equal, "fraud")});
    QCOMPARE(views.size(), size_t(1));
    QCOMPARE(views[0].series->values, (std::vector<double>{10, 15, 20}));
    QCOMPARE(store.select({m("__name__", Op::Equal, "new_metric")}).size(), size_t(1));
}

void TestRecordedStore::memory_sixteenBytesPerSample()
{
    // 29 series x 4,321 samples (a tenth of the 30-day set at 60 s; the bench measures the full size).
    QByteArray text;
    for (int s = 0; s < 29; ++s) {
        const QByteArray head = "m{series=\"" + QByteArray::number(s) + "\",family=\"bench\"} ";
        for (int k = 0; k < 4321; ++k)
            text += head + QByteArray::number(k * 7) + ' ' + QByteArray::number(1735689600 + k * 60) + '\n';
    }
    RecordedStore store;
    QVERIFY(store.loadData(text, {}));
    QCOMPARE(store.seriesCount(), 29);
    QCOMPARE(store.sampleCount(), qint64(29 * 4321));
    const double perSample = double(store.memoryBytes()) / double(store.sampleCount());
    QVERIFY2(perSample >= 16.0 && perSample < 16.5, qPrintable(QString::number(perSample)));
}

void TestRecordedStore::generatedData_matchesGeneratorTruth()
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python))
        QSKIP("/usr/bin/python3 is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("gen.om.gz"));
    const QString truthPath = dir.filePath(QStringLiteral("truth.json"));
    QProcess gen;
    gen.start(python, {QStringLiteral(SLA_SOURCE_DIR "/tests/tools/genmetrics.py"), QStringLiteral("--days"),
                       QStringLiteral("2"), QStringLiteral("--step"), QStringLiteral("300"), QStringLiteral("--seed"),
                       QStringLiteral("11"), QStringLiteral("-o"), data, QStringLiteral("--truth"), truthPath});
    QVERIFY(gen.waitForFinished(60000));
    QVERIFY2(gen.exitStatus() == QProcess::NormalExit && gen.exitCode() == 0, gen.readAllStandardError().constData());

    QFile truthFile(truthPath);
    QVERIFY(truthFile.open(QIODevice::ReadOnly));
    const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
    QVERIFY(!truth.isEmpty());

    RecordedStore store;
    Diagnostic error;
    QVERIFY2(store.loadFile(data, {}, &error), qPrintable(error.toString()));
    QVERIFY(store.lastLoadStats().gzip);
    QCOMPARE(store.lastLoadStats().outOfOrderSeries, qint64(0));
    QCOMPARE(store.seriesCount(), truth.value(QStringLiteral("series_total")).toInt());
    QCOMPARE(store.seriesCount(), 42);
    const QJsonObject perName = truth.value(QStringLiteral("series_per_name")).toObject();
    for (auto it = perName.begin(); it != perName.end(); ++it) {
        const auto views = store.select({LabelMatcher{QStringLiteral("__name__"), Op::Equal, it.key()}});
        QCOMPARE(int(views.size()), it.value().toInt());
    }
    const qint64 perSeries = truth.value(QStringLiteral("samples_per_series")).toInteger();
    QCOMPARE(perSeries, qint64(577));
    for (const auto &s : store.series())
        QCOMPARE(qint64(s.timestampsMs.size()), perSeries);
    QCOMPARE(store.minTimestampMs(), truth.value(QStringLiteral("start")).toInteger() * 1000);
    QCOMPARE(store.maxTimestampMs(), truth.value(QStringLiteral("end")).toInteger() * 1000);

    // The counter reset is in the data, and a reset-aware increase sees through it.
    const QJsonObject reset = truth.value(QStringLiteral("reset")).toObject();
    const QString resetKey = reset.value(QStringLiteral("series")).toString();
    QCOMPARE(resetKey, QStringLiteral("http_requests_total{code=\"200\",service=\"search\"}"));
    const qint64 resetMs = reset.value(QStringLiteral("timestamp")).toInteger() * 1000;
    int checkedReset = 0;
    for (const auto &s : store.series()) {
        if (store.seriesText(s) != resetKey)
            continue;
        const auto [at, end] = RecordedStore::indexRange(s, resetMs, resetMs);
        QCOMPARE(end, at + 1);
        QCOMPARE(s.values[at], reset.value(QStringLiteral("value_at")).toDouble());
        QCOMPARE(s.values[at - 1], reset.value(QStringLiteral("value_before")).toDouble());
        QVERIFY(s.values[at] < s.values[at - 1]);
        ++checkedReset;
    }
    QCOMPARE(checkedReset, 1);

    // Exact increases of every counter and bucket over every window the generator wrote.
    const qint64 endMs = store.maxTimestampMs();
    const QJsonObject windows = truth.value(QStringLiteral("windows")).toObject();
    const QJsonObject increases = truth.value(QStringLiteral("increase")).toObject();
    QCOMPARE(windows.size(), 5); // 5m 1h 6h 1d all
    int compared = 0;
    for (auto w = windows.begin(); w != windows.end(); ++w) {
        const qint64 fromMs = endMs - w.value().toInteger() * 1000;
        const QJsonObject expected = increases.value(w.key()).toObject();
        QHash<QString, double> got;
        for (const auto &v : store.select({}, fromMs, endMs))
            got.insert(store.seriesText(*v.series), increase(v));
        for (auto e = expected.begin(); e != expected.end(); ++e) {
            QVERIFY2(got.contains(e.key()), qPrintable(e.key()));
            if (got.value(e.key()) != e.value().toDouble()) {
                QFAIL(qPrintable(QStringLiteral("%1 over %2: %3, expected %4")
                                     .arg(e.key(), w.key())
                                     .arg(got.value(e.key()))
                                     .arg(e.value().toDouble())));
            }
            ++compared;
        }
        // Sums by selector, as an SLI would compute them.
        const QJsonObject sums = truth.value(QStringLiteral("sum_increase")).toObject().value(w.key()).toObject();
        double bad = 0;
        for (const auto &v : store.select(
                 {m("__name__", Op::Equal, "http_requests_total"), m("code", Op::RegexMatch, "5..")}, fromMs, endMs))
            bad += increase(v);
        QCOMPARE(bad, sums.value(QStringLiteral("requests_5xx")).toDouble());
        double all = 0;
        for (const auto &v : store.select({m("__name__", Op::Equal, "http_requests_total")}, fromMs, endMs))
            all += increase(v);
        QCOMPARE(all, sums.value(QStringLiteral("requests")).toDouble());
    }
    QCOMPARE(compared, 5 * 39); // 39 counter-like series (counters, buckets, _count) per window
}

void TestRecordedStore::seriesLimit_isAnErrorAtTheLine()
{
    // Issue 14 item 5: 1e6 series of 1 KB names ran out of memory; the store is bounded.
    QCOMPARE(RecordedLimits::MaxSeries, qint64(200'000));
    RecordedStore::LoadOptions options;
    options.maxSeries = 3;
    RecordedStore store;
    Diagnostic error;
    QVERIFY(!store.loadData("a 1 1\nb 1 1\na 2 2\nc 1 1\nd 1 1\n", QStringLiteral("big.om"), options, &error));
    QCOMPARE(error.toString(), QStringLiteral("big.om:5:1: error: the recording has more than 3 series; SLA Desk holds "
                                              "at most that many: split the file or keep only the series the "
                                              "documents select"));
    QCOMPARE(store.seriesCount(), 0);
    QVERIFY(store.loadData("a 1 1\nb 1 1\na 2 2\nc 1 1\n", QStringLiteral("ok.om"), options, &error));
    QCOMPARE(store.seriesCount(), 3);
}

void TestRecordedStore::byteLimit_isAnErrorAtTheLine()
{
    QCOMPARE(RecordedLimits::MaxBytes, qint64(1) << 30);
    RecordedStore::LoadOptions options;
    // One series of a one-letter name (5 + 128 bytes) and 16 bytes per sample: 3 samples fit
    // in 181 bytes, the fourth does not.
    options.maxBytes = 181;
    RecordedStore store;
    Diagnostic error;
    QVERIFY(store.loadData("a 1 1\na 2 2\na 3 3\n", QStringLiteral("ok.om"), options, &error));
    store.clear();
    QVERIFY(!store.loadData("a 1 1\na 2 2\na 3 3\na 4 4\n", QStringLiteral("big.om"), options, &error));
    QCOMPARE(error.toString(), QStringLiteral("big.om:4:1: error: the recording needs more than 0 MiB in memory; SLA "
                                              "Desk holds at most that much: keep fewer series or a shorter span in "
                                              "the file"));
}

void TestRecordedStore::limits_countWhatTheStoreHolds()
{
    RecordedStore::LoadOptions options;
    options.maxSeries = 8;
    RecordedStore store = loadFixture(); // 7 series
    Diagnostic error;
    QVERIFY(store.loadData("one_more 1 1\n", QStringLiteral("a.om"), options, &error));
    QVERIFY(!store.loadData("and_another 1 1\n", QStringLiteral("b.om"), options, &error));
    QCOMPARE(error.location.line, 1);
    QCOMPARE(store.seriesCount(), 8);
}

void TestRecordedStore::doubtfulSamples_areWarnedWithTheLine()
{
    // Issue 14: NaN, Inf, negative counters and samples out of order were taken silently.
    RecordedStore store;
    Diagnostic error;
    QVERIFY(store.loadData("# TYPE c counter\n" // 1
                           "c_total 1 10\n"     // 2
                           "c_total NaN 20\n"   // 3
                           "c_total -3 30\n"    // 4
                           "c_total 5 40\n"     // 5
                           "c_total 4 35\n"     // 6
                           "g +Inf 10\n"        // 7
                           "g -2 20\n"          // 8 a negative gauge is fine
                           "c_total -Inf 50\n", // 9
                           QStringLiteral("r.om"), {}, &error));
    QStringList shown;
    for (const Diagnostic &d : store.lastLoadStats().warnings)
        shown << d.toString();
    QCOMPARE(shown, QStringList({QStringLiteral("r.om:3: warning: 3 sample(s) with the value NaN, +Inf or -Inf (the "
                                                "first here) are left out: they are gaps, not measurements"),
                                 QStringLiteral("r.om:4: warning: 1 negative counter sample(s) (the first here) are "
                                                "left out: counters only grow"),
                                 QStringLiteral("r.om:6: warning: 1 sample(s) out of time order (the first here) are "
                                                "sorted; of two with the same timestamp the later one is kept")}));
    QCOMPARE(store.lastLoadStats().droppedSamples, qint64(4));
    QCOMPARE(store.sampleCount(), qint64(4)); // c_total at 10, 35, 40 and g at 20
}

QTEST_GUILESS_MAIN(TestRecordedStore)
#include "tst_recordedstore.moc"
