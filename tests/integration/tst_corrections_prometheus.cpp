// SPDX-License-Identifier: Apache-2.0
// Corrections against a real Prometheus 2.42 over a promtool backfill of the corrections
// fixture (tests/data/evaluation/corrections.om, started by with-prometheus.sh, which sets
// PROM_URL): the events inside each correction period are counted with
// `increase(X[D] @ END)` in the window's own instant query, and every figure agrees with the
// recorded path (tests/core/tst_corrections.cpp, whose tables are worked out by hand) to
// 1e-9; a raw query over `{{window}}` is corrected the same way; an error-ratio query cannot
// be, and the result and the report say so.

#include "tests/support/correctionfixture.h"

#include <QTest>

#include <cmath>

using namespace Sla::Core;
using namespace Sla::TestSupport;

namespace {

bool same(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    return std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*b));
}

QString show(std::optional<double> v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("null");
}

EvaluationReport evaluate(const QStringList &names, const QDateTime &at, const QString &prometheusUrl)
{
    return awaitResult(fixtureEvaluator(names, true, prometheusUrl)->evaluate(at));
}

const ObjectiveResult &objective(const EvaluationReport &report, const QString &name)
{
    const ObjectiveResult *r = report.findObjective(QStringLiteral("shop"), name);
    if (!r)
        qFatal("no objective");
    return *r;
}

void compareFigures(const QString &what, const BudgetFigures &p, const BudgetFigures &r)
{
    const std::pair<const char *, std::pair<std::optional<double>, std::optional<double>>> pairs[] = {
        {"sli", {p.sli, r.sli}},
        {"consumed", {p.consumed, r.consumed}},
        {"remaining", {p.remaining, r.remaining}},
        {"remainingEvents", {p.remainingEvents, r.remainingEvents}},
        {"remainingTime", {p.remainingTime, r.remainingTime}},
        {"good", {p.good, r.good}},
        {"total", {p.total, r.total}},
    };
    for (const auto &[name, values] : pairs) {
        QVERIFY2(same(values.first, values.second),
                 qPrintable(what + u' ' + QLatin1String(name) + QStringLiteral(": prometheus ") + show(values.first) +
                            QStringLiteral(", recorded ") + show(values.second)));
    }
}

BudgetFigures figuresOf(const ObjectiveResult &r)
{
    return {r.sli, r.consumed, r.remaining, r.remainingEvents, r.remainingTime, r.good, r.total};
}

} // namespace

class TestCorrectionsPrometheus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void agreesWithRecorded_data();
    void agreesWithRecorded();
    void rawQueryIsCorrectedLikeTheRatio();
    void errorRatioQueryIsNotCorrectedAndSaysSo();

private:
    QString m_url;
};

void TestCorrectionsPrometheus::initTestCase()
{
    m_url = qEnvironmentVariable("PROM_URL");
    QVERIFY2(!m_url.isEmpty(), "run under with-prometheus.sh");
    QCOMPARE(correctionFixtureWorkspace().slas.size(), 1);
}

void TestCorrectionsPrometheus::agreesWithRecorded_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("at");
    const QString end = QStringLiteral("2025-01-03T00:00:00Z");
    const QString nine = QStringLiteral("2025-01-02T09:00:00Z");
    QTest::addRow("none") << QStringList{} << end;
    QTest::addRow("inside") << QStringList{QStringLiteral("incident")} << end;
    QTest::addRow("window edge") << QStringList{QStringLiteral("edge")} << end;
    QTest::addRow("two overlapping") << QStringList{QStringLiteral("first-half"), QStringLiteral("second-half")} << end;
    QTest::addRow("inside a slice") << QStringList{QStringLiteral("in-slice")} << end;
    QTest::addRow("wholly outside") << QStringList{QStringLiteral("outside")} << end;
    QTest::addRow("edge and inside") << QStringList{QStringLiteral("edge"), QStringLiteral("incident")} << end;
    QTest::addRow("burn-rate windows at 09:00") << QStringList{QStringLiteral("incident")} << nine;
    QTest::addRow("clipped to the burn-rate windows") << QStringList{QStringLiteral("late")} << nine;
}

void TestCorrectionsPrometheus::agreesWithRecorded()
{
    QFETCH(QStringList, names);
    QFETCH(QString, at);
    const QDateTime when = QDateTime::fromString(at, Qt::ISODate);
    const EvaluationReport prom = evaluate(names, when, m_url);
    const EvaluationReport rec = evaluate(names, when, {});
    QVERIFY(prom.sourceErrors.isEmpty());
    for (const QString &name : {QStringLiteral("availability"), QStringLiteral("hourly")}) {
        const ObjectiveResult &p = objective(prom, name);
        const ObjectiveResult &r = objective(rec, name);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(p.sli.has_value());
        compareFigures(name, figuresOf(p), figuresOf(r));
        QCOMPARE(p.status, r.status);
        QCOMPARE(p.corrections, r.corrections);
        QCOMPARE(p.raw.has_value(), r.raw.has_value());
        if (p.raw)
            compareFigures(name + QStringLiteral(" raw"), *p.raw, *r.raw);
        QCOMPARE(p.excludedSlices, r.excludedSlices);
        for (std::size_t i = 0; i < BurnRateWindowCount; ++i)
            QVERIFY2(
                same(p.burnRates[i], r.burnRates[i]),
                qPrintable(Budget::burnRateWindowName(i) + u' ' + show(p.burnRates[i]) + u' ' + show(r.burnRates[i])));
        QVERIFY(p.warnings.isEmpty());
    }
    // One hand-computed figure per path, so that the two cannot agree on a wrong value.
    if (names == QStringList{QStringLiteral("incident")} && at.startsWith(QStringLiteral("2025-01-03"))) {
        QVERIFY(same(objective(prom, QStringLiteral("availability")).remaining, 0.5));
        QVERIFY(same(objective(prom, QStringLiteral("availability")).remainingEvents, 1320));
        QVERIFY(same(objective(prom, QStringLiteral("hourly")).remaining, 1.0));
    }
}

void TestCorrectionsPrometheus::rawQueryIsCorrectedLikeTheRatio()
{
    const EvaluationReport prom =
        evaluate({QStringLiteral("edge"), QStringLiteral("incident")}, correctionFixtureEnd(), m_url);
    const ObjectiveResult &raw = objective(prom, QStringLiteral("raw-availability"));
    const ObjectiveResult &ratio = objective(prom, QStringLiteral("availability"));
    QVERIFY2(raw.error.isEmpty(), qPrintable(raw.error));
    compareFigures(QStringLiteral("raw query"), figuresOf(raw), figuresOf(ratio));
    QVERIFY(same(raw.sli, 0.99));
    QCOMPARE(raw.corrections, (QStringList{QStringLiteral("edge"), QStringLiteral("incident")}));
    QVERIFY(raw.raw && same(raw.raw->sli, 1 - 7320.0 / 144000));
}

void TestCorrectionsPrometheus::errorRatioQueryIsNotCorrectedAndSaysSo()
{
    const EvaluationReport prom = evaluate({QStringLiteral("incident")}, correctionFixtureEnd(), m_url);
    const ObjectiveResult &r = objective(prom, QStringLiteral("raw-error-ratio"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    // The uncorrected figure, never presented as corrected.
    QVERIFY(same(r.sli, 1 - 7320.0 / 144000));
    QVERIFY(!r.raw);
    QVERIFY(r.corrections.isEmpty());
    QVERIFY(!r.remainingEvents); // an error ratio has no event counts
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.first().contains(QStringLiteral("shop/raw-error-ratio")), qPrintable(r.warnings.first()));
    QVERIFY(r.warnings.first().contains(QStringLiteral("incident")));
    QVERIFY(r.warnings.first().contains(QStringLiteral("uncorrected")));
    QCOMPARE(prom.warnings, r.warnings);
}

QTEST_GUILESS_MAIN(TestCorrectionsPrometheus)
#include "tst_corrections_prometheus.moc"
