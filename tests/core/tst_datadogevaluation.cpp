// SPDX-License-Identifier: Apache-2.0
// The request planning of the Datadog execution path: which windows share a rollup grid,
// the grid and chunks timeslices are read on, and which queries share one v2 request.

#include "core/engine/budget.h"
#include "core/evaluation/datadogevaluation.h"
#include "core/metrics/datadog/datadogrequests.h"

#include <QTest>

using namespace Sla::Core;
using namespace Sla::Core::DatadogEvaluation;
using namespace Sla::Core::DatadogRequests;

namespace {
/// The window and the seven burn-rate windows ending at `to` (seconds).
std::vector<qint64> starts(qint64 to, qint64 window)
{
    std::vector<qint64> out{to - window};
    for (const qint64 w : Budget::BurnRateWindows)
        out.push_back(to - w / 1000);
    return out;
}
} // namespace

class TestDatadogEvaluation : public QObject
{
    Q_OBJECT
private slots:
    void windowGroups_onTheHour_needsTwoRequests()
    {
        const qint64 to = 1700006400; // a full day
        const auto groups = windowGroups(to, starts(to, 7 * 86400));
        QCOMPARE(groups.size(), std::size_t(2));
        QCOMPARE(groups[0].step, qint64(3600));
        QCOMPARE(groups[0].from, to - 7 * 86400);
        QCOMPARE(groups[0].windows.size(), std::size_t(6)); // 7d, 3d, 1d, 6h, 2h, 1h
        QCOMPARE(groups[1].step, qint64(20));
        QCOMPARE(groups[1].from, to - 1800);
        QCOMPARE(groups[1].windows.size(), std::size_t(2)); // 30m, 5m
    }

    void windowGroups_offGrid_keepsEachWindowAsFineAsAlone()
    {
        const qint64 to = 1700006400 + 2096; // 00:34:56
        const auto groups = windowGroups(to, starts(to, 30 * 86400));
        // 30d at 4 h; 3d at 1 h; 1d and 6h at 5 min; 2h at 1 min; 1h, 30m and 5m at 20 s.
        QCOMPARE(groups.size(), std::size_t(5));
        const std::vector<qint64> steps = {14400, 3600, 300, 60, 20};
        for (std::size_t i = 0; i < steps.size(); ++i) {
            QCOMPARE(groups[i].step, steps[i]);
            QCOMPARE(groups[i].from % steps[i], qint64(0));
            for (const auto &[index, first] : groups[i].windows)
                QVERIFY(first % steps[i] == 0 && first >= groups[i].from && first <= to);
        }
        QCOMPARE(groups[2].windows.size(), std::size_t(2));
        QCOMPARE(groups[4].windows.size(), std::size_t(3));
    }

    void sliceGrid_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("slice");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<int>("chunks");
        QTest::addRow("hours of a day") << qint64(1699920000) << qint64(3600) << 24 << qint64(3600) << true << 1;
        QTest::addRow("hours of 30 days") << qint64(1699920000) << qint64(3600) << 720 << qint64(3600) << true << 5;
        QTest::addRow("5 min of a day") << qint64(1699920000) << qint64(300) << 288 << qint64(300) << true << 1;
        QTest::addRow("days off the hour")
            << qint64(1699920000 + 1800) << qint64(86400) << 7 << qint64(1800) << true << 4;
        QTest::addRow("off any grid") << qint64(1699920007) << qint64(3600) << 24 << qint64(3600) << false << 1;
    }

    void sliceGrid()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, slice);
        QFETCH(int, count);
        QFETCH(qint64, step);
        QFETCH(bool, exact);
        QFETCH(int, chunks);
        std::vector<TimeRange> slices;
        for (int i = 0; i < count; ++i)
            slices.push_back({(start + i * slice) * 1000, (start + (i + 1) * slice) * 1000});
        const SliceGrid grid = DatadogEvaluation::sliceGrid(slices);
        QCOMPARE(grid.step, step);
        QCOMPARE(grid.exact, exact);
        QCOMPARE(int(grid.chunks.size()), chunks);
        // Back to back, each within the span Datadog serves at the step.
        for (std::size_t i = 0; i < grid.chunks.size(); ++i) {
            QVERIFY(grid.chunks[i].second - grid.chunks[i].first < maxSpanForStep(step));
            if (i > 0)
                QCOMPARE(grid.chunks[i].first, grid.chunks[i - 1].second + 1);
        }
        QCOMPARE(grid.chunks.back().second, start + count * slice - 1);
    }

    void gridStep_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<qint64>("span");
        QTest::addColumn<qint64>("step");
        QTest::addRow("enforced") << "sum:a{*}.as_count()" << qint64(3600) << qint64(20);
        QTest::addRow("own rollup coarser")
            << "sum:a{*}.as_count().rollup(sum,3600)" << qint64(7 * 86400) << qint64(3600);
        QTest::addRow("own rollup finer") << "sum:a{*}.as_count().rollup(sum,20)" << qint64(86400) << qint64(300);
        QTest::addRow("method only") << "avg:g{*}.rollup(max)" << qint64(4 * 3600) << qint64(60);
        QTest::addRow("unknown interval") << "avg:g{*}.rollup(max, {{window}})" << qint64(3600) << qint64(0);
    }

    void gridStep()
    {
        QFETCH(QString, query);
        QFETCH(qint64, span);
        QFETCH(qint64, step);
        QCOMPARE(DatadogRequests::gridStep(query, 1700000000 - span, 1700000000), step);
    }

    void batches_oneRequestPerWindowGroup()
    {
        // The requests of a ratio objective on the hour (two counters, two window groups,
        // as evaluate() plans them): four v1 requests, two v2 requests.
        const qint64 to = 1700006400;
        std::vector<RangeQuery> queries;
        for (const WindowGroup &g : windowGroups(to, starts(to, 7 * 86400))) {
            for (const char *counter : {"sum:bad{*}.as_count()", "sum:total{*}.as_count()"})
                queries.push_back(
                    {QString::fromLatin1(counter) + QStringLiteral(".rollup(sum,%1)").arg(g.step), g.from, to});
        }
        QCOMPARE(queries.size(), std::size_t(4));
        const auto b = batches(queries);
        QCOMPARE(b.size(), std::size_t(2));
        QCOMPARE(b[0], (std::vector<std::size_t>{0, 1}));
        QCOMPARE(b[1], (std::vector<std::size_t>{2, 3}));
    }

    void batches_splitByRangeGridAndSize()
    {
        const qint64 to = 1700006400;
        const std::vector<RangeQuery> queries = {
            {QStringLiteral("sum:a{*}.as_count().rollup(sum,3600)"), to - 86400, to},
            {QStringLiteral("sum:b{*}.as_count().rollup(sum,300)"), to - 86400, to}, // 300 s grid
            {QStringLiteral("sum:c{*}.as_count().rollup(sum,3600)"), to - 3600, to}, // another range
            {QStringLiteral("avg:g{*}.rollup(avg, {{window}})"), to - 86400, to},    // unknown grid: alone
            {QStringLiteral("sum:d{*}.as_count().rollup(sum,3600)"), to - 86400, to},
            {QStringLiteral("sum:e{*}.as_count().rollup(sum,3600)"), to - 86400, to},
        };
        const auto b = batches(queries, 2);
        const std::vector<std::vector<std::size_t>> expected = {{0, 4}, {1}, {2}, {3}, {5}};
        QCOMPARE(b, expected);
    }

    void sliceGrid_tooFine_isAnError()
    {
        QString error;
        const SliceGrid grid = DatadogEvaluation::sliceGrid({{1000, 11000}, {11000, 21000}}, &error);
        QVERIFY(grid.chunks.empty());
        QVERIFY(error.contains(QStringLiteral("20 s")));
    }
};

QTEST_GUILESS_MAIN(TestDatadogEvaluation)
#include "tst_datadogevaluation.moc"
