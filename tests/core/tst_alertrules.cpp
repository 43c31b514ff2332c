// SPDX-License-Identifier: Apache-2.0
// Issue 10: the condition of every rule kind on hand-made objective figures.
#include "core/alerting/rules.h"

#include <QTest>

using namespace Sla::Core;
using namespace Sla::Core::Alerting;
using Verdict = Condition::Verdict;

Q_DECLARE_METATYPE(Sla::Core::Alerting::Rule)
Q_DECLARE_METATYPE(Sla::Core::Alerting::RuleInput)
Q_DECLARE_METATYPE(Sla::Core::Alerting::Condition::Verdict)
Q_DECLARE_METATYPE(std::optional<double>)

namespace {

const QDateTime At = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);

// Index of a burn-rate window in Budget::BurnRateWindows: 5m 30m 1h 2h 6h 1d 3d.
enum W { W5m, W30m, W1h, W2h, W6h, W1d, W3d };

RuleInput met(double target = 0.99)
{
    RuleInput in;
    in.kind = IndicatorKind::Ratio;
    in.target = target;
    in.status = ObjectiveStatus::Met;
    in.sli = 0.995;
    in.consumed = 0.5;
    in.remaining = 0.5;
    in.windowEnd = At;
    in.windowStart = At.addDays(-30);
    return in;
}

RuleInput withBurn(std::initializer_list<std::pair<W, double>> rates)
{
    RuleInput in = met();
    for (const auto &[w, v] : rates)
        in.burnRates[w] = v;
    return in;
}

Rule burnRule(AlertSeverity severity)
{
    Rule r;
    r.kind = Rule::Kind::BurnRate;
    r.severity = severity;
    for (const BurnRateWindow &w : BurnRateWindow::defaults()) {
        if (w.severity == severity)
            r.burnRates.append(w);
    }
    return r;
}

Rule threshold(double below, qint64 lookbackMs = 0)
{
    Rule r;
    r.kind = Rule::Kind::Threshold;
    r.below = below;
    r.lookbackMs = lookbackMs;
    return r;
}

Rule ofKind(Rule::Kind kind)
{
    Rule r;
    r.kind = kind;
    return r;
}

} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT

private slots:
    void condition_data();
    void condition();
    void maintenanceComesFromTheInput();
    void rulesOfAnSla();
    void driftAndPeriodRulesFromTheDocument();
    void correctionActiveNow();
    void periodStarts();
};

void TestAlertRules::condition_data()
{
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<RuleInput>("input");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<std::optional<double>>("threshold");
    const std::optional<double> none;
    const qint64 hour = 3600000;

    RuleInput low = met();
    low.sli = 0.92;
    QTest::newRow("threshold: window SLI below")
        << threshold(0.93) << low << Verdict::True << low.sli << std::optional<double>(0.93);
    QTest::newRow("threshold: window SLI above the level")
        << threshold(0.99) << met() << Verdict::False << std::optional<double>(0.995) << std::optional<double>(0.99);
    // 1h lookback from the 1h burn rate: SLI = 1 - 2 x 0.01 = 0.98.
    QTest::newRow("threshold: 1h lookback from the burn rate")
        << threshold(0.985, hour) << withBurn({{W1h, 2.0}}) << Verdict::True << std::optional<double>(0.98)
        << std::optional<double>(0.985);
    QTest::newRow("threshold: 1h lookback above the level")
        << threshold(0.975, hour) << withBurn({{W1h, 2.0}}) << Verdict::False << std::optional<double>(0.98)
        << std::optional<double>(0.975);
    QTest::newRow("threshold: 45m lookback has no figure") << threshold(0.975, 45 * 60000) << withBurn({{W1h, 2.0}})
                                                           << Verdict::Unknown << none << std::optional<double>(0.975);
    Rule above = ofKind(Rule::Kind::Threshold);
    above.above = 0.5;
    QTest::newRow("threshold: above") << above << met() << Verdict::True << std::optional<double>(0.995)
                                      << std::optional<double>(0.5);

    const Rule page = burnRule(AlertSeverity::Page);
    const Rule ticket = burnRule(AlertSeverity::Ticket);
    QTest::newRow("page: 1h and 5m over 14.4")
        << page << withBurn({{W1h, 15}, {W5m, 20}, {W6h, 2}, {W30m, 3}}) << Verdict::True << std::optional<double>(15)
        << std::optional<double>(14.4);
    QTest::newRow("page: 5m under 14.4 (already recovering)")
        << page << withBurn({{W1h, 15}, {W5m, 10}, {W6h, 2}, {W30m, 3}}) << Verdict::False << std::optional<double>(10)
        << std::optional<double>(14.4);
    QTest::newRow("page: 6h and 30m over 6") << page << withBurn({{W1h, 7}, {W5m, 7}, {W6h, 6.5}, {W30m, 8}})
                                             << Verdict::True << std::optional<double>(6.5) << std::optional<double>(6);
    QTest::newRow("page: exactly 14.4 does not exceed")
        << page << withBurn({{W1h, 14.4}, {W5m, 14.4}, {W6h, 1}, {W30m, 1}}) << Verdict::False
        << std::optional<double>(14.4) << std::optional<double>(14.4);
    QTest::newRow("ticket: 1d and 2h over 3")
        << ticket << withBurn({{W1d, 3.5}, {W2h, 3.1}, {W3d, 0.5}, {W6h, 4}}) << Verdict::True
        << std::optional<double>(3.1) << std::optional<double>(3);
    QTest::newRow("ticket: 3d over 1 but 6h under")
        << ticket << withBurn({{W1d, 0.5}, {W2h, 0.4}, {W3d, 1.2}, {W6h, 0.9}}) << Verdict::False
        << std::optional<double>(0.9) << std::optional<double>(1);
    QTest::newRow("page: no burn rates (too few events per window)")
        << page << met() << Verdict::Unknown << none << none;

    RuleInput insufficient = withBurn({{W1h, 50}, {W5m, 50}});
    insufficient.status = ObjectiveStatus::InsufficientData;
    QTest::newRow("page: objective below minEvents") << page << insufficient << Verdict::Insufficient << none << none;

    Rule budget = ofKind(Rule::Kind::BudgetBelow);
    budget.budgetBelow = 0.25;
    RuleInput left = met();
    left.remaining = 0.2;
    QTest::newRow("budgetBelow 0.25 at 0.2")
        << budget << left << Verdict::True << std::optional<double>(0.2) << std::optional<double>(0.25);
    QTest::newRow("budgetBelow 0.25 at 0.5")
        << budget << met() << Verdict::False << std::optional<double>(0.5) << std::optional<double>(0.25);
    const Rule exhausted = ofKind(Rule::Kind::BudgetBelow);
    RuleInput spent = met();
    spent.remaining = 0;
    QTest::newRow("exhausted at 0") << exhausted << spent << Verdict::True << std::optional<double>(0)
                                    << std::optional<double>(0);
    spent.remaining = -0.4;
    QTest::newRow("exhausted when overspent")
        << exhausted << spent << Verdict::True << std::optional<double>(-0.4) << std::optional<double>(0);
    spent.remaining = 0.01;
    QTest::newRow("not exhausted at 0.01")
        << exhausted << spent << Verdict::False << std::optional<double>(0.01) << std::optional<double>(0);

    const Rule noData = ofKind(Rule::Kind::NoData);
    RuleInput empty = met();
    empty.status = ObjectiveStatus::NoData;
    RuleInput failed = met();
    failed.failed = true;
    QTest::newRow("noData: no data") << noData << empty << Verdict::True << none << none;
    QTest::newRow("noData: source failed") << noData << failed << Verdict::True << none << none;
    QTest::newRow("noData: data") << noData << met() << Verdict::False << none << none;
    QTest::newRow("noData: insufficient is data") << noData << insufficient << Verdict::False << none << none;
    QTest::newRow("threshold without data is unknown") << threshold(0.99) << empty << Verdict::Unknown << none << none;
    QTest::newRow("threshold on a failed source is unknown")
        << threshold(0.99) << failed << Verdict::Unknown << none << none;

    RuleInput drift = met();
    drift.kind = IndicatorKind::Drift;
    drift.latest = 0.15;
    drift.driftThreshold = 0.1;
    const Rule driftRule = ofKind(Rule::Kind::Drift);
    QTest::newRow("drift over the objective's threshold")
        << driftRule << drift << Verdict::True << std::optional<double>(0.15) << std::optional<double>(0.1);
    Rule driftAbove = driftRule;
    driftAbove.above = 0.2;
    QTest::newRow("drift under the rule's threshold")
        << driftAbove << drift << Verdict::False << std::optional<double>(0.15) << std::optional<double>(0.2);
    QTest::newRow("drift rule on a ratio objective") << driftRule << met() << Verdict::Unknown << none << none;

    Rule period = ofKind(Rule::Kind::PeriodBudget);
    period.consumedAbove = 0.5;
    RuleInput month = met();
    month.windowStart = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    month.consumed = 0.6;
    QTest::newRow("period: calendar month window, 0.6 consumed")
        << period << month << Verdict::True << std::optional<double>(0.6) << std::optional<double>(0.5);
    QTest::newRow("period: rolling window without the period's figure")
        << period << met() << Verdict::Unknown << none << std::optional<double>(0.5);
    RuleInput given = met();
    given.periodConsumed = 0.4;
    QTest::newRow("period: the caller's figure")
        << period << given << Verdict::False << std::optional<double>(0.4) << std::optional<double>(0.5);
}

void TestAlertRules::condition()
{
    QFETCH(Rule, rule);
    QFETCH(RuleInput, input);
    QFETCH(Verdict, verdict);
    QFETCH(std::optional<double>, value);
    QFETCH(std::optional<double>, threshold);
    const Condition c = evaluateRule(rule, input, At);
    QCOMPARE(c.verdict, verdict);
    QCOMPARE(c.value.has_value(), value.has_value());
    if (value)
        QVERIFY2(qAbs(*c.value - *value) < 1e-12, qPrintable(QString::number(*c.value)));
    QCOMPARE(c.threshold, threshold);
    QVERIFY(c.maintenance.isEmpty());
}

void TestAlertRules::maintenanceComesFromTheInput()
{
    RuleInput in = met();
    in.sli = 0.5;
    in.activeCorrection = QStringLiteral("deploy-42");
    const Condition c = evaluateRule(threshold(0.9), in, At);
    QCOMPARE(c.verdict, Verdict::True);
    QCOMPARE(c.maintenance, QStringLiteral("deploy-42"));
}

void TestAlertRules::rulesOfAnSla()
{
    TierTemplate tier;
    AlertRule burn;
    burn.kind = AlertRule::Kind::BurnRate;
    burn.burnRateDefault = true;
    AlertRule tierLow;
    tierLow.kind = AlertRule::Kind::BudgetLow;
    tierLow.name = QStringLiteral("low");
    tierLow.budgetBelow = 0.1;
    tier.alerts = {burn, tierLow};

    Sla::Core::Sla sla;
    AlertRule slaLow = tierLow;
    slaLow.budgetBelow = 0.3;
    slaLow.objective = QStringLiteral("availability");
    AlertRule quiet;
    quiet.kind = AlertRule::Kind::NoData;
    quiet.name = QStringLiteral("quiet");
    quiet.noData = Duration::minutes(15);
    quiet.severity = AlertSeverity::Ticket;
    sla.alerts = {slaLow, quiet};

    const QList<Rule> rules = rulesFor(sla, &tier);
    QCOMPARE(rules.size(), 4);
    QCOMPARE(rules[0].name, QStringLiteral("burn-rate-page"));
    QCOMPARE(rules[0].burnRates.size(), 2);
    QCOMPARE(rules[0].burnRates[0].factor, 14.4);
    QCOMPARE(rules[0].burnRates[1].factor, 6.0);
    QCOMPARE(rules[1].name, QStringLiteral("burn-rate-ticket"));
    QVERIFY(rules[1].severity == AlertSeverity::Ticket);
    QCOMPARE(rules[1].burnRates.size(), 2);
    QCOMPARE(rules[2].name, QStringLiteral("low")); // the SLA's replaces the tier's
    QCOMPARE(rules[2].budgetBelow, 0.3);
    QVERIFY(rules[2].appliesTo(QStringLiteral("availability")));
    QVERIFY(!rules[2].appliesTo(QStringLiteral("latency")));
    QCOMPARE(rules[3].kind, Rule::Kind::NoData);
    QCOMPARE(rules[3].forMs, 15 * 60000);
    QVERIFY(rules[0].appliesTo(QStringLiteral("latency")));
}

void TestAlertRules::driftAndPeriodRulesFromTheDocument()
{
    TierTemplate tier;
    tier.window =
        Window{Window::Kind::Calendar, Duration::days(30), CalendarUnit::Month, QStringLiteral("Europe/Berlin"), {}};
    AlertRule half;
    half.kind = AlertRule::Kind::PeriodBudget;
    half.name = QStringLiteral("half-spent");
    half.consumedAbove = 0.5;
    half.forDuration = Duration::minutes(5);
    half.severity = AlertSeverity::Ticket;
    tier.alerts = {half};

    Sla::Core::Sla sla;
    AlertRule drift;
    drift.kind = AlertRule::Kind::Drift;
    drift.objective = QStringLiteral("psi");
    drift.keepFiring = Duration::hours(1);
    AlertRule atThreshold = drift;
    atThreshold.name = QStringLiteral("over-threshold");
    atThreshold.driftAbove = std::nullopt;
    drift.driftAbove = 0.25;
    sla.alerts = {drift, atThreshold};

    const QList<Rule> rules = rulesFor(sla, &tier);
    QCOMPARE(rules.size(), 3);
    QCOMPARE(rules[0].kind, Rule::Kind::PeriodBudget);
    QVERIFY(rules[0].period == CalendarUnit::Month); // the inherited calendar window
    QCOMPARE(rules[0].timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(rules[0].consumedAbove, 0.5);
    QCOMPARE(rules[0].forMs, 5 * 60000);
    QCOMPARE(rules[1].name, QStringLiteral("drift")); // the default name of its kind
    QCOMPARE(rules[1].above, std::optional<double>(0.25));
    QCOMPARE(rules[1].keepFiringMs, 3600 * 1000);
    QCOMPARE(rules[2].above, std::optional<double>());

    // The period rule reads the window's consumption when the window is the period.
    RuleInput in;
    in.status = ObjectiveStatus::AtRisk;
    in.consumed = 0.6;
    in.windowStart = periodStart(At, CalendarUnit::Month, QStringLiteral("Europe/Berlin"));
    in.windowEnd = At;
    Condition c = evaluateRule(rules[0], in, At);
    QCOMPARE(c.verdict, Verdict::True);
    QCOMPARE(c.value, std::optional<double>(0.6));
    in.windowStart = At.addDays(-30); // a rolling window: the period's figure is unknown
    QCOMPARE(evaluateRule(rules[0], in, At).verdict, Verdict::Unknown);

    // The drift rules: a number, or the objective's threshold.
    RuleInput score;
    score.kind = IndicatorKind::Drift;
    score.status = ObjectiveStatus::Met;
    score.latest = 0.3;
    score.driftThreshold = 0.35;
    QCOMPARE(evaluateRule(rules[1], score, At).verdict, Verdict::True);
    QCOMPARE(evaluateRule(rules[2], score, At).verdict, Verdict::False);
    score.latest = 0.4;
    QCOMPARE(evaluateRule(rules[2], score, At).verdict, Verdict::True);
}

void TestAlertRules::correctionActiveNow()
{
    Correction weekly;
    weekly.metadata.name = QStringLiteral("sunday-maintenance");
    weekly.slas = {QStringLiteral("checkout")};
    weekly.objectives = {QStringLiteral("availability")};
    // Sunday 1 November 2026 02:00 CET, every Sunday 02:00-04:00 Berlin time.
    weekly.start = QDateTime(QDate(2026, 11, 1), QTime(1, 0), Qt::UTC);
    weekly.duration = Duration::hours(2);
    weekly.recurrence = QStringLiteral("FREQ=WEEKLY;BYDAY=SU");
    weekly.timeZone = QStringLiteral("Europe/Berlin");
    const QList<Correction> all = {weekly};
    const QString sla = QStringLiteral("checkout");
    const QString objective = QStringLiteral("availability");
    const QDateTime sunday0230 = QDateTime(QDate(2026, 12, 6), QTime(1, 30), Qt::UTC);
    QCOMPARE(activeCorrection(all, sla, objective, sunday0230), QStringLiteral("sunday-maintenance"));
    QCOMPARE(activeCorrection(all, sla, objective, sunday0230.addSecs(2 * 3600)), QString()); // 04:30 local
    QCOMPARE(activeCorrection(all, sla, objective, sunday0230.addDays(-1)), QString());       // Saturday
    QCOMPARE(activeCorrection(all, sla, QStringLiteral("latency"), sunday0230), QString());
    QCOMPARE(activeCorrection(all, QStringLiteral("other"), objective, sunday0230), QString());
}

void TestAlertRules::periodStarts()
{
    const auto utc = [](int y, int m, int d, int h) { return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC); };
    QCOMPARE(periodStart(At, CalendarUnit::Month, QStringLiteral("UTC")), utc(2026, 12, 1, 0));
    QCOMPARE(periodStart(At, CalendarUnit::Month, QStringLiteral("Europe/Berlin")), utc(2026, 11, 30, 23));
    QCOMPARE(periodStart(At, CalendarUnit::Week, QStringLiteral("UTC")), utc(2026, 11, 30, 0)); // a Monday
    QCOMPARE(periodStart(At, CalendarUnit::Quarter, QStringLiteral("UTC")), utc(2026, 10, 1, 0));
}

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
