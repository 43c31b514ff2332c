// SPDX-License-Identifier: Apache-2.0
// Corrections on recorded data (tests/data/evaluation/corrections.om): hand-computed
// tables for occurrences and timeslices with a correction at the window's edge, one inside
// a slice, two overlapping ones and one wholly outside the window; burn rates from
// corrected counts; raw figures beside the corrected ones; the budget in events and time;
// `applyCorrections = false` (`--no-corrections`); the chart's burn-down ending at the
// headline figure; the JSON fields present exactly when a correction applied.
//
// The fixture: 500 requests and 5 errors every 5 minutes, 250 errors every 5 minutes from
// 06:00 to 08:00 on 2025-01-02; evaluated at 2025-01-03T00:00Z over one day (target 0.98).
// Every boundary lies on the 5-minute sample grid, so each Prometheus 2.x increase is the
// plain difference of two samples and the figures can be worked out by hand:
//   the day:            144,000 requests, 7,320 errors (1,440 + 5,880 in the incident)
//   06:00-08:00:         12,000 requests, 6,000 errors
//   00:00-01:00 (edge):   6,000 requests,    60 errors

#include "core/cli/evaluatecommands.h"
#include "tests/support/correctionfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Sla::Core;
using namespace Sla::TestSupport;

namespace {

bool near(std::optional<double> a, double b, double tolerance = 1e-9)
{
    return a && std::abs(*a - b) <= tolerance * std::max(1.0, std::abs(b));
}

QString show(std::optional<double> v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("null");
}

EvaluationReport evaluateWith(const QStringList &corrections, const QDateTime &at, bool apply = true)
{
    return awaitResult(fixtureEvaluator(corrections, apply)->evaluate(at));
}

ObjectiveSeries chartWith(const QStringList &corrections, const QString &objective, bool apply = true)
{
    const QDateTime end = correctionFixtureEnd();
    return awaitResult(
        fixtureEvaluator(corrections, apply)->series(QStringLiteral("shop"), objective, end.addDays(-1), end, 3600000));
}

const ObjectiveResult &objective(const EvaluationReport &report, const QString &name)
{
    const ObjectiveResult *r = report.findObjective(QStringLiteral("shop"), name);
    if (!r)
        qFatal("no objective");
    return *r;
}

/// The figures of the day without any correction (rows "none" and "outside").
struct Figures
{
    double sli, consumed, remaining, remainingEvents, remainingTime, good, total;
};
constexpr Figures OccurrencesRaw{
    1 - 7320.0 / 144000, 7320.0 / 144000 / 0.02, 1 - 7320.0 / 144000 / 0.02, -4440, -2664, 136680, 144000};
constexpr Figures SlicesRaw{22.0 / 24, 2 / 0.48, 1 - 2 / 0.48, 0.48 - 2, (0.48 - 2) * 3600, 22, 24};

void compareFigures(const ObjectiveResult &r, const Figures &f)
{
    QVERIFY2(near(r.sli, f.sli), qPrintable(show(r.sli)));
    QVERIFY2(near(r.consumed, f.consumed), qPrintable(show(r.consumed)));
    QVERIFY2(near(r.remaining, f.remaining), qPrintable(show(r.remaining)));
    QVERIFY2(near(r.remainingEvents, f.remainingEvents), qPrintable(show(r.remainingEvents)));
    QVERIFY2(near(r.remainingTime, f.remainingTime), qPrintable(show(r.remainingTime)));
    QVERIFY2(near(r.good, f.good), qPrintable(show(r.good)));
    QVERIFY2(near(r.total, f.total), qPrintable(show(r.total)));
}

void compareRaw(const BudgetFigures &raw, const Figures &f)
{
    QVERIFY2(near(raw.sli, f.sli), qPrintable(show(raw.sli)));
    QVERIFY(near(raw.consumed, f.consumed));
    QVERIFY(near(raw.remaining, f.remaining));
    QVERIFY2(near(raw.remainingEvents, f.remainingEvents), qPrintable(show(raw.remainingEvents)));
    QVERIFY2(near(raw.remainingTime, f.remainingTime), qPrintable(show(raw.remainingTime)));
    QVERIFY(near(raw.good, f.good));
    QVERIFY(near(raw.total, f.total));
}

} // namespace

Q_DECLARE_METATYPE(Figures)

class TestCorrections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void occurrences_data();
    void occurrences();
    void timeslices_data();
    void timeslices();
    void burnRatesUseCorrectedCounts();
    void noCorrectionsGivesTheRawFigures();
    void occurrencesChartEndsAtTheHeadline();
    void timesliceChartEndsAtTheHeadline();
    void jsonFieldsPresentExactlyWhenCorrected();
    void tableMarksCorrectedRows();
};

void TestCorrections::initTestCase()
{
    const Workspace ws = correctionFixtureWorkspace();
    QCOMPARE(ws.slas.size(), 1);
    const EvaluationReport report = evaluateWith({}, correctionFixtureEnd());
    QVERIFY(report.sourceErrors.isEmpty());
    QVERIFY2(objective(report, QStringLiteral("availability")).error.isEmpty(),
             qPrintable(objective(report, QStringLiteral("availability")).error));
}

void TestCorrections::occurrences_data()
{
    QTest::addColumn<QStringList>("corrections");
    QTest::addColumn<Figures>("expected");
    QTest::addColumn<QStringList>("applied");
    QTest::addColumn<double>("burn1d");
    QTest::addRow("none") << QStringList{} << OccurrencesRaw << QStringList{} << OccurrencesRaw.consumed;
    // The incident's 12,000 requests and 6,000 errors out: 1,320 of 132,000 fail. The
    // average traffic is 132,000 over the 22 counted hours: 1320 / (132000 / 79200) s.
    const Figures incident{0.99, 0.5, 0.5, 1320, 792, 130680, 132000};
    QTest::addRow("inside") << QStringList{QStringLiteral("incident")} << incident
                            << QStringList{QStringLiteral("incident")} << 0.5;
    // Clipped to 00:00-01:00: 7,260 of 138,000 fail; 2,760 allowed.
    const Figures edge{1 - 7260.0 / 138000,
                       7260.0 / 138000 / 0.02,
                       1 - 7260.0 / 138000 / 0.02,
                       -4500,
                       -4500 / (138000.0 / 82800),
                       130740,
                       138000};
    QTest::addRow("window edge") << QStringList{QStringLiteral("edge")} << edge << QStringList{QStringLiteral("edge")}
                                 << edge.consumed;
    // 06:00-07:00 and 06:30-08:00 overlap: their union is taken out once.
    QTest::addRow("two overlapping") << QStringList{QStringLiteral("first-half"), QStringLiteral("second-half")}
                                     << incident
                                     << QStringList{QStringLiteral("first-half"), QStringLiteral("second-half")} << 0.5;
    QTest::addRow("wholly outside") << QStringList{QStringLiteral("outside")} << OccurrencesRaw << QStringList{}
                                    << OccurrencesRaw.consumed;
    const Figures both{0.99, 0.5, 0.5, 1260, 1260 / (126000.0 / 75600), 124740, 126000};
    QTest::addRow("edge and inside") << QStringList{QStringLiteral("outside"), QStringLiteral("edge"),
                                                    QStringLiteral("incident")}
                                     << both << QStringList{QStringLiteral("edge"), QStringLiteral("incident")} << 0.5;
}

void TestCorrections::occurrences()
{
    QFETCH(QStringList, corrections);
    QFETCH(Figures, expected);
    QFETCH(QStringList, applied);
    QFETCH(double, burn1d);
    const ObjectiveResult r =
        objective(evaluateWith(corrections, correctionFixtureEnd()), QStringLiteral("availability"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    compareFigures(r, expected);
    QCOMPARE(r.corrections, applied);
    QCOMPARE(r.raw.has_value(), !applied.isEmpty());
    if (r.raw)
        compareRaw(*r.raw, OccurrencesRaw);
    QVERIFY2(near(r.burnRates[5], burn1d), qPrintable(show(r.burnRates[5]))); // 1d: the whole window
    QVERIFY(near(r.burnRates[2], 0.5));                                       // 1h: 5 of 500 fail, no correction there
    QCOMPARE(r.status, expected.remaining < 0 ? ObjectiveStatus::Breached : ObjectiveStatus::Met);
    QVERIFY(r.warnings.isEmpty());
}

void TestCorrections::timeslices_data()
{
    QTest::addColumn<QStringList>("corrections");
    QTest::addColumn<Figures>("expected");
    QTest::addColumn<int>("excluded");
    QTest::addColumn<QStringList>("applied");
    // 24 hourly slices; 06:00-07:00 and 07:00-08:00 are bad (half the requests fail).
    QTest::addRow("none") << QStringList{} << SlicesRaw << 0 << QStringList{};
    // The 06:00-07:00 slice is left out: 1 bad of 23, (1 - 0.98) x 23 = 0.46 allowed.
    QTest::addRow("inside a slice") << QStringList{QStringLiteral("in-slice")}
                                    << Figures{22.0 / 23, 1 / 0.46, 1 - 1 / 0.46, 0.46 - 1, (0.46 - 1) * 3600, 22, 23}
                                    << 1 << QStringList{QStringLiteral("in-slice")};
    // 06:00-08:00 only touches the slices before and after it: two slices out.
    const Figures incident{1, 0, 1, 0.44, 0.44 * 3600, 22, 22};
    QTest::addRow("two slices") << QStringList{QStringLiteral("incident")} << incident << 2
                                << QStringList{QStringLiteral("incident")};
    QTest::addRow("window edge") << QStringList{QStringLiteral("edge")}
                                 << Figures{21.0 / 23, 2 / 0.46, 1 - 2 / 0.46, 0.46 - 2, (0.46 - 2) * 3600, 21, 23} << 1
                                 << QStringList{QStringLiteral("edge")};
    QTest::addRow("two overlapping") << QStringList{QStringLiteral("first-half"), QStringLiteral("second-half")}
                                     << incident << 2
                                     << QStringList{QStringLiteral("first-half"), QStringLiteral("second-half")};
    QTest::addRow("wholly outside") << QStringList{QStringLiteral("outside")} << SlicesRaw << 0 << QStringList{};
}

void TestCorrections::timeslices()
{
    QFETCH(QStringList, corrections);
    QFETCH(Figures, expected);
    QFETCH(int, excluded);
    QFETCH(QStringList, applied);
    const ObjectiveResult r = objective(evaluateWith(corrections, correctionFixtureEnd()), QStringLiteral("hourly"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    compareFigures(r, expected);
    QCOMPARE(r.goodSlices, int(expected.good));
    QCOMPARE(r.badSlices, int(expected.total - expected.good));
    QCOMPARE(r.excludedSlices, excluded);
    QCOMPARE(r.gapSlices, 0); // a left-out slice is no gap
    QCOMPARE(r.corrections, applied);
    QCOMPARE(r.raw.has_value(), !applied.isEmpty());
    if (r.raw)
        compareRaw(*r.raw, SlicesRaw);
}

void TestCorrections::burnRatesUseCorrectedCounts()
{
    // At 09:00 the 2h window (07:00-09:00) holds half the incident: 3,060 of 12,000 fail,
    // burn rate 12.75; the 6h window (03:00-09:00) 6,240 of 36,000. The correction, clipped
    // to each window, leaves 1 % errors: burn rate 0.5 everywhere.
    const QDateTime at = QDateTime::fromString(QStringLiteral("2025-01-02T09:00:00Z"), Qt::ISODate);
    const ObjectiveResult raw = objective(evaluateWith({}, at), QStringLiteral("availability"));
    QVERIFY2(near(raw.burnRates[3], 3060.0 / 12000 / 0.02), qPrintable(show(raw.burnRates[3])));
    QVERIFY2(near(raw.burnRates[4], 6240.0 / 36000 / 0.02), qPrintable(show(raw.burnRates[4])));
    const ObjectiveResult corrected =
        objective(evaluateWith({QStringLiteral("incident")}, at), QStringLiteral("availability"));
    QVERIFY(near(corrected.burnRates[2], 0.5)); // 08:00-09:00: untouched
    QVERIFY2(near(corrected.burnRates[3], 0.5), qPrintable(show(corrected.burnRates[3])));
    QVERIFY2(near(corrected.burnRates[4], 0.5), qPrintable(show(corrected.burnRates[4])));
    // A correction elsewhere leaves these windows alone.
    const ObjectiveResult edge = objective(evaluateWith({QStringLiteral("edge")}, at), QStringLiteral("availability"));
    QVERIFY(near(edge.burnRates[3], 3060.0 / 12000 / 0.02));
}

void TestCorrections::noCorrectionsGivesTheRawFigures()
{
    const EvaluationReport report = evaluateWith({QStringLiteral("incident")}, correctionFixtureEnd(), /*apply=*/false);
    const ObjectiveResult occ = objective(report, QStringLiteral("availability"));
    compareFigures(occ, OccurrencesRaw);
    QVERIFY(!occ.raw);
    QVERIFY(occ.corrections.isEmpty());
    const ObjectiveResult slices = objective(report, QStringLiteral("hourly"));
    compareFigures(slices, SlicesRaw);
    QCOMPARE(slices.excludedSlices, 0);
    QVERIFY(!slices.raw);
}

void TestCorrections::occurrencesChartEndsAtTheHeadline()
{
    const ObjectiveResult headline =
        objective(evaluateWith({QStringLiteral("incident")}, correctionFixtureEnd()), QStringLiteral("availability"));
    const ObjectiveSeries s = chartWith({QStringLiteral("incident")}, QStringLiteral("availability"));
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QCOMPARE(s.t.size(), std::size_t(24));
    QVERIFY2(near(s.remaining.back(), *headline.remaining), qPrintable(QString::number(s.remaining.back(), 'g', 17)));
    QVERIFY(near(s.remaining.back(), 0.5));
    // The steps ending 07:00 and 08:00 lie inside the correction: no SLI; 09:00 touches it only.
    QVERIFY(std::isnan(s.sli[6]));
    QVERIFY(std::isnan(s.sli[7]));
    QVERIFY(near(s.sli[8], 0.99));
    QVERIFY(near(s.sli[5], 0.99));
    const qint64 six = QDateTime::fromString(QStringLiteral("2025-01-02T06:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    QCOMPARE(s.corrected.size(), std::size_t(1));
    QCOMPARE(s.corrected.front().first, double(six));
    QCOMPARE(s.corrected.front().second, double(six + 7200000));
    // Without corrections the chart ends at the raw figure and shows no period.
    const ObjectiveSeries raw = chartWith({QStringLiteral("incident")}, QStringLiteral("availability"), false);
    QVERIFY(near(raw.remaining.back(), OccurrencesRaw.remaining));
    QVERIFY(raw.corrected.empty());
    QVERIFY(near(raw.sli[6], 0.5));
}

void TestCorrections::timesliceChartEndsAtTheHeadline()
{
    for (const QString &name : {QStringLiteral("in-slice"), QStringLiteral("incident")}) {
        const ObjectiveResult headline =
            objective(evaluateWith({name}, correctionFixtureEnd()), QStringLiteral("hourly"));
        const ObjectiveSeries s = chartWith({name}, QStringLiteral("hourly"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.t.size(), std::size_t(24));
        QVERIFY2(near(s.remaining.back(), *headline.remaining),
                 qPrintable(name + QString::number(s.remaining.back(), 'g', 17) + u' ' + show(headline.remaining)));
        QVERIFY(std::isnan(s.sli[6])); // the 06:00-07:00 slice is left out
        QVERIFY(!std::isnan(s.rawValue[6]));
        QCOMPARE(s.corrected.size(), std::size_t(1));
    }
    QVERIFY(near(chartWith({QStringLiteral("in-slice")}, QStringLiteral("hourly")).remaining.back(), 1 - 1 / 0.46));
}

void TestCorrections::jsonFieldsPresentExactlyWhenCorrected()
{
    const auto objectiveJson = [](const QJsonObject &report, const QString &name) {
        for (const QJsonValue &o : report.value(QStringLiteral("slas"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("objectives"))
                                       .toArray()) {
            if (o.toObject().value(QStringLiteral("name")).toString() == name)
                return o.toObject();
        }
        return QJsonObject{};
    };
    const QJsonObject corrected =
        EvaluateOutput::toJson(evaluateWith({QStringLiteral("incident")}, correctionFixtureEnd()));
    QVERIFY(corrected.value(QStringLiteral("warnings")).isArray());
    const QJsonObject occ = objectiveJson(corrected, QStringLiteral("availability"));
    const QJsonObject budget = occ.value(QStringLiteral("errorBudget")).toObject();
    QCOMPARE(budget.keys(), (QStringList{QStringLiteral("consumed"), QStringLiteral("remaining"),
                                         QStringLiteral("remainingEvents"), QStringLiteral("remainingTime")}));
    QVERIFY(near(budget.value(QStringLiteral("remainingEvents")).toDouble(), 1320));
    QVERIFY(near(budget.value(QStringLiteral("remainingTime")).toDouble(), 792));
    const QJsonObject raw = occ.value(QStringLiteral("raw")).toObject();
    QCOMPARE(raw.keys(), (QStringList{QStringLiteral("errorBudget"), QStringLiteral("sli")}));
    QVERIFY(near(raw.value(QStringLiteral("sli")).toDouble(), OccurrencesRaw.sli));
    QVERIFY(
        near(raw.value(QStringLiteral("errorBudget")).toObject().value(QStringLiteral("remainingEvents")).toDouble(),
             -4440));
    QCOMPARE(occ.value(QStringLiteral("corrections")).toArray(), QJsonArray{QStringLiteral("incident")});
    QVERIFY(objectiveJson(corrected, QStringLiteral("hourly")).contains(QStringLiteral("raw")));
    // The raw query cannot run on recorded data: no figures, so nothing corrected either.
    const QJsonObject failed = objectiveJson(corrected, QStringLiteral("raw-availability"));
    QVERIFY(!failed.value(QStringLiteral("error")).isNull());
    QVERIFY(!failed.contains(QStringLiteral("raw")));
    QVERIFY(!failed.contains(QStringLiteral("corrections")));

    for (const bool apply : {true, false}) {
        const QJsonObject plain = EvaluateOutput::toJson(evaluateWith(
            {apply ? QStringLiteral("outside") : QStringLiteral("incident")}, correctionFixtureEnd(), apply));
        const QJsonObject o = objectiveJson(plain, QStringLiteral("availability"));
        QVERIFY(!o.contains(QStringLiteral("raw")));
        QVERIFY(!o.contains(QStringLiteral("corrections")));
        QVERIFY(
            near(o.value(QStringLiteral("errorBudget")).toObject().value(QStringLiteral("remainingEvents")).toDouble(),
                 -4440));
    }
}

void TestCorrections::tableMarksCorrectedRows()
{
    const QString table = EvaluateOutput::toTable(evaluateWith({QStringLiteral("incident")}, correctionFixtureEnd()));
    QVERIFY2(table.contains(QStringLiteral("availability *")), qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("shop/availability (*): corrected by incident; uncorrected SLI 94.9167%, "
                                           "budget left -154.2%")),
             qPrintable(table));
    QVERIFY(table.contains(QStringLiteral("50.0%"))); // the corrected budget left
    const QString plain = EvaluateOutput::toTable(evaluateWith({}, correctionFixtureEnd()));
    QVERIFY(!plain.contains(QStringLiteral(" *")));
}

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
