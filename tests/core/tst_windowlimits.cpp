// SPDX-License-Identifier: Apache-2.0
// Window and timeslice bounds (issue 14, items 2 and 8): the validator reports them at
// file:line:column, and the evaluation plan and the engine refuse them on their own.
#include "core/document/windowlimits.h"
#include "core/engine/windows.h"
#include "core/evaluation/evaluationplan.h"
#include "core/exchange/loader.h"
#include "core/validation/validator.h"
#include "tests/support/testutils.h"

#include <QTest>

using namespace Sla::Core;
using namespace Sla::Core::TestUtils;

namespace {
/// A valid recorded source and one timeslice SLA: `window` goes on line 13, `slices` on
/// line 18 (the objective's `budgeting`).
QByteArray workspace(const char *window, const char *slices, const char *target = "0.99")
{
    return QByteArray("apiVersion: openslo/v1\n"                                  // 1
                      "kind: DataSource\n"                                        // 2
                      "metadata: {name: rec}\n"                                   // 3
                      "spec: {type: recorded, connectionDetails: {file: x.om}}\n" // 4
                      "---\n"                                                     // 5
                      "apiVersion: sladesk/v1\n"                                  // 6
                      "kind: SLA\n"                                               // 7
                      "metadata: {name: s}\n"                                     // 8
                      "spec:\n"                                                   // 9
                      "  dataSource: rec\n"                                       // 10
                      "  objectives:\n"                                           // 11
                      "    - name: o\n"                                           // 12
                      "      window: ") +
           window + "\n" +
           "      indicator:\n"                                                  // 14
           "        threshold: {metric: m, op: gte, value: 1, aggregate: avg}\n" // 15
           "      target: " +
           target + "\n"          // 16
           + "      budgeting:\n" // 17
             "        timeslices: " +
           slices + "\n"; // 18
}

QString errorsOf(const QByteArray &yaml)
{
    const LoadResult loaded = DocumentLoader::loadData(yaml, QStringLiteral("w.yaml"));
    Diagnostics all = loaded.diagnostics;
    all += validateWorkspace(loaded.workspace);
    return dump(only(all, Diagnostic::Severity::Error));
}
} // namespace

class TestWindowLimits : public QObject
{
    Q_OBJECT
private slots:
    void validWindowsAndSlices_pass_data()
    {
        QTest::addColumn<QByteArray>("window");
        QTest::addColumn<QByteArray>("slices");
        QTest::addRow("30d of 1d") << QByteArray("30d") << QByteArray("1d");
        QTest::addRow("30d of 13s: 199,385 slices") << QByteArray("30d") << QByteArray("13s");
        QTest::addRow("slice as long as the window") << QByteArray("7d") << QByteArray("7d");
        QTest::addRow("calendar month of 1d") << QByteArray("{calendar: month}") << QByteArray("1d");
        QTest::addRow("calendar month of 28d") << QByteArray("{calendar: month}") << QByteArray("28d");
        QTest::addRow("730d of 1h") << QByteArray("730d") << QByteArray("1h");
    }
    void validWindowsAndSlices_pass()
    {
        QFETCH(QByteArray, window);
        QFETCH(QByteArray, slices);
        QCOMPARE(errorsOf(workspace(window.constData(), slices.constData())), QString());
    }

    void invalidWindowsAndSlices_areReportedWhereWritten_data()
    {
        QTest::addColumn<QByteArray>("window");
        QTest::addColumn<QByteArray>("slices");
        QTest::addColumn<QString>("error");
        // At the `timeslices` field of the objective's budgeting.
        const QString objective = QStringLiteral("w.yaml:18:9: error: objective 'o' of SLA 's': ");
        QTest::addRow("1ms slices in 30d: 2.6e9 slices")
            << QByteArray("30d") << QByteArray("1ms")
            << objective + QStringLiteral("timeslices of 1ms are shorter than the shortest allowed, 1s");
        QTest::addRow("1s slices in 30d")
            << QByteArray("30d") << QByteArray("1s")
            << objective + QStringLiteral(
                               "timeslices of 1s cut the window into 2592000 slices, more than the 200000 allowed; use "
                               "longer slices (at least 12s960ms)");
        QTest::addRow("slices longer than the window")
            << QByteArray("1d") << QByteArray("2d")
            << objective + QStringLiteral(
                               "timeslices of 2d are longer than the window (1d): no slice would ever end inside it");
        QTest::addRow("29d slices in a calendar month")
            << QByteArray("{calendar: month}") << QByteArray("29d")
            << objective + QStringLiteral(
                               "timeslices of 29d are longer than the window (28d): no slice would ever end inside it");
        QTest::addRow("window over 2y")
            << QByteArray("731d") << QByteArray("1d")
            << QStringLiteral("w.yaml:13:15: error: the window 731d is longer than the longest allowed, 730d (2y)");
        QTest::addRow("window under 1m")
            << QByteArray("30s") << QByteArray("1s")
            << QStringLiteral("w.yaml:13:15: error: the window 30s is shorter than the shortest allowed, 1m");
        // Item 8: these were accepted, the first written back as 5496017665d9h34m8s384ms.
        QTest::addRow("600000000y")
            << QByteArray("600000000y") << QByteArray("1d")
            << QStringLiteral(
                   "w.yaml:13:15: error: field 'window' of objective 'o': invalid duration '600000000y': "
                   "number too large (at most 100y)\n"
                   "w.yaml:6:1: error: SLA 's' has no window: add a window such as 30d, or a tier that sets one");
        QTest::addRow("qint64 max ms")
            << QByteArray("9223372036854775807ms") << QByteArray("1d")
            << QStringLiteral(
                   "w.yaml:13:15: error: field 'window' of objective 'o': invalid duration "
                   "'9223372036854775807ms': number too large (at most 100y)\n"
                   "w.yaml:6:1: error: SLA 's' has no window: add a window such as 30d, or a tier that sets one");
    }
    void invalidWindowsAndSlices_areReportedWhereWritten()
    {
        QFETCH(QByteArray, window);
        QFETCH(QByteArray, slices);
        QFETCH(QString, error);
        QCOMPARE(errorsOf(workspace(window.constData(), slices.constData())), error);
    }

    void quotedTarget_isAnError()
    {
        QCOMPARE(errorsOf(workspace("30d", "1d", "\"0.99\"")),
                 QStringLiteral("w.yaml:16:15: error: field 'target' of objective 'o' must be a number, got the text "
                                "\"0.99\"; write it without quotes"));
    }

    void engine_refusesMoreSlicesThanTheLimit()
    {
        // 30 days of 1 ms: before the bound this allocated 2.6e9 slices (bad_alloc).
        const TimeRange month{0, 30 * Duration::Day};
        QCOMPARE(Windows::MaxSlices, WindowLimits::MaxSlices); // one bound for the validator and the engine
        QVERIFY(Windows::timeslices(month, 1).empty());
        QVERIFY(Windows::timeslices(month, 30 * Duration::Day / WindowLimits::MaxSlices - 1).empty());
        QCOMPARE(Windows::timeslices(month, 30 * Duration::Day / WindowLimits::MaxSlices).size(),
                 std::size_t(WindowLimits::MaxSlices));
    }

    void evaluationPlan_refusesSlicesTheValidatorWouldReport()
    {
        // Documents from the editor reach the plan without the validator: it refuses too.
        Sla::Core::Sla sla;
        sla.metadata.name = QStringLiteral("s");
        sla.window = Window::rollingWindow(Duration::days(30));
        Objective o;
        o.name = QStringLiteral("o");
        o.target = 0.99;
        o.budgeting.method = Budgeting::Method::Timeslices;
        o.budgeting.slice = Duration{100};
        sla.objectives << o;
        const ObjectivePlan plan = EvaluationPlan::plan(sla, 0, 0, 0.25, 40 * Duration::Day);
        QCOMPARE(plan.error, QStringLiteral("timeslices of 100ms are shorter than the shortest allowed, 1s"));
        QVERIFY(plan.slices.empty());
    }
};

QTEST_GUILESS_MAIN(TestWindowLimits)
#include "tst_windowlimits.moc"
