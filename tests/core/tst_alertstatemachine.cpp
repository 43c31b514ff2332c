// SPDX-License-Identifier: Apache-2.0
// Issue 10: the alert state machine as tables. Each row is a run of evaluations one
// minute apart; the expected states, suppression and transitions are worked out by hand.
#include "core/alerting/alerttracker.h"

#include <QTest>

using namespace Sla::Core;
using namespace Sla::Core::Alerting;
using Verdict = Condition::Verdict;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
constexpr qint64 Minute = 60000;

const AlertKey Key{QStringLiteral("fraud"), QStringLiteral("precision"), QStringLiteral("precision-drop")};

/// t true, f false, u unknown (no data), i insufficient (below minEvents), M true and n
/// false during an active correction.
Condition conditionOf(QChar code)
{
    Condition c;
    c.value = 0.9;
    c.threshold = 0.93;
    switch (code.toLatin1()) {
    case 't':
    case 'M':
        c.verdict = Verdict::True;
        break;
    case 'f':
    case 'n':
        c.verdict = Verdict::False;
        break;
    case 'u':
        c.verdict = Verdict::Unknown;
        break;
    case 'i':
        c.verdict = Verdict::Insufficient;
        break;
    default:
        qFatal("bad step code");
    }
    if (code == QLatin1Char('M') || code == QLatin1Char('n'))
        c.maintenance = QStringLiteral("deploy-42");
    return c;
}

QChar letter(AlertState s)
{
    return QLatin1Char("IPFR"[static_cast<int>(s)]);
}

} // namespace

class TestAlertStateMachine : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void onePerRuleAndObjective();
    void firingAlertCarriesItsTimes();
    void silenceAhead();
};

void TestAlertStateMachine::table_data()
{
    QTest::addColumn<int>("forMin");
    QTest::addColumn<int>("keepMin");
    QTest::addColumn<QString>("steps");
    QTest::addColumn<int>("ackStep");     // acknowledge just before this evaluation; -1 none
    QTest::addColumn<int>("silenceStep"); // silence from this evaluation on; -1 none
    QTest::addColumn<int>("silenceMin");
    QTest::addColumn<QString>("states");     // I inactive, P pending, F firing, R resolved
    QTest::addColumn<QString>("suppressed"); // s: suppressed (maintenance or silence)
    QTest::addColumn<int>("transitions");
    QTest::addColumn<bool>("ackedAtEnd");

    // for
    QTest::newRow("for 0 fires at once") << 0 << 0 << QStringLiteral("ftttf") << -1 << -1 << 0
                                         << QStringLiteral("IFFFR") << QStringLiteral(".....") << 2 << false;
    QTest::newRow("for 2m: pending, firing after 2m")
        << 2 << 0 << QStringLiteral("ttttf") << -1 << -1 << 0 << QStringLiteral("PPFFR") << QStringLiteral(".....") << 3
        << false;
    QTest::newRow("for 2m: pending cancelled, timer restarts")
        << 2 << 0 << QStringLiteral("tfttt") << -1 << -1 << 0 << QStringLiteral("PIPPF") << QStringLiteral(".....") << 4
        << false;
    QTest::newRow("resolved, then a new episode") << 1 << 0 << QStringLiteral("ttftt") << -1 << -1 << 0
                                                  << QStringLiteral("PFRPF") << QStringLiteral(".....") << 5 << false;
    // keep-firing and flapping
    QTest::newRow("flapping without keep-firing") << 0 << 0 << QStringLiteral("tftf") << -1 << -1 << 0
                                                  << QStringLiteral("FRFR") << QStringLiteral("....") << 4 << false;
    QTest::newRow("keep-firing 3m rides out flapping")
        << 0 << 3 << QStringLiteral("tftftfff") << -1 << -1 << 0 << QStringLiteral("FFFFFFFR")
        << QStringLiteral("........") << 2 << false;
    QTest::newRow("keep-firing counts from the last true")
        << 0 << 2 << QStringLiteral("ttff") << -1 << -1 << 0 << QStringLiteral("FFFR") << QStringLiteral("....") << 2
        << false;
    // no data
    QTest::newRow("no data keeps firing (no false resolved)")
        << 0 << 0 << QStringLiteral("tuuuf") << -1 << -1 << 0 << QStringLiteral("FFFFR") << QStringLiteral(".....") << 2
        << false;
    QTest::newRow("no data keeps pending, for counts on")
        << 2 << 0 << QStringLiteral("tuut") << -1 << -1 << 0 << QStringLiteral("PPPF") << QStringLiteral("....") << 2
        << false;
    QTest::newRow("no data never starts an alert") << 0 << 0 << QStringLiteral("uuu") << -1 << -1 << 0
                                                   << QStringLiteral("III") << QStringLiteral("...") << 0 << false;
    // minEvents / minSamples
    QTest::newRow("insufficient data never fires") << 0 << 0 << QStringLiteral("iii") << -1 << -1 << 0
                                                   << QStringLiteral("III") << QStringLiteral("...") << 0 << false;
    QTest::newRow("insufficient data cancels pending")
        << 2 << 0 << QStringLiteral("titt") << -1 << -1 << 0 << QStringLiteral("PIPP") << QStringLiteral("....") << 3
        << false;
    QTest::newRow("insufficient data keeps firing") << 0 << 0 << QStringLiteral("tiif") << -1 << -1 << 0
                                                    << QStringLiteral("FFFR") << QStringLiteral("....") << 2 << false;
    // corrections
    QTest::newRow("correction active: never fires") << 0 << 0 << QStringLiteral("MMM") << -1 << -1 << 0
                                                    << QStringLiteral("III") << QStringLiteral("sss") << 0 << false;
    QTest::newRow("correction over a firing alert: suppressed, resolves")
        << 0 << 0 << QStringLiteral("tMnf") << -1 << -1 << 0 << QStringLiteral("FFRR") << QStringLiteral(".ss.") << 2
        << false;
    QTest::newRow("correction cancels pending") << 2 << 0 << QStringLiteral("tMt") << -1 << -1 << 0
                                                << QStringLiteral("PIP") << QStringLiteral(".s.") << 3 << false;
    QTest::newRow("correction ends, alert fires") << 0 << 0 << QStringLiteral("MMt") << -1 << -1 << 0
                                                  << QStringLiteral("IIF") << QStringLiteral("ss.") << 1 << false;
    // acknowledgements
    QTest::newRow("ack kept while firing") << 0 << 0 << QStringLiteral("tttt") << 1 << -1 << 0 << QStringLiteral("FFFF")
                                           << QStringLiteral("....") << 1 << true;
    QTest::newRow("ack cleared on resolve") << 0 << 0 << QStringLiteral("ttft") << 1 << -1 << 0
                                            << QStringLiteral("FFRF") << QStringLiteral("....") << 3 << false;
    QTest::newRow("ack refused when inactive") << 0 << 0 << QStringLiteral("fft") << 1 << -1 << 0
                                               << QStringLiteral("IIF") << QStringLiteral("...") << 1 << false;
    QTest::newRow("ack of a pending alert") << 5 << 0 << QStringLiteral("ttt") << 1 << -1 << 0 << QStringLiteral("PPP")
                                            << QStringLiteral("...") << 1 << true;
    // silences
    QTest::newRow("silence expires after 2m") << 0 << 0 << QStringLiteral("tttt") << -1 << 0 << 2
                                              << QStringLiteral("FFFF") << QStringLiteral("ss..") << 1 << false;
    QTest::newRow("silence set while firing") << 0 << 0 << QStringLiteral("ttttt") << -1 << 2 << 10
                                              << QStringLiteral("FFFFF") << QStringLiteral("..sss") << 1 << false;
}

void TestAlertStateMachine::table()
{
    QFETCH(int, forMin);
    QFETCH(int, keepMin);
    QFETCH(QString, steps);
    QFETCH(int, ackStep);
    QFETCH(int, silenceStep);
    QFETCH(int, silenceMin);
    QFETCH(QString, states);
    QFETCH(QString, suppressed);
    QFETCH(int, transitions);
    QFETCH(bool, ackedAtEnd);
    QCOMPARE(states.size(), steps.size());

    Rule rule;
    rule.forMs = forMin * Minute;
    rule.keepFiringMs = keepMin * Minute;
    AlertTracker tracker;
    QString gotStates;
    QString gotSuppressed;
    int count = 0;
    for (int i = 0; i < steps.size(); ++i) {
        const QDateTime at = T0.addMSecs(i * Minute);
        if (i == ackStep)
            tracker.acknowledge(Key, Acknowledgement{at, QStringLiteral("alice"), QStringLiteral("looking")});
        if (i == silenceStep)
            tracker.silence(Key, Silence{at, at.addMSecs(silenceMin * Minute), QStringLiteral("bob"),
                                         QStringLiteral("known issue")});
        const std::optional<Transition> t = tracker.update(Key, rule, conditionOf(steps[i]), at);
        if (t) {
            ++count;
            QCOMPARE(t->at, at);
            QCOMPARE(t->key, Key);
            QVERIFY(t->from != t->to);
        }
        const Alert *alert = tracker.find(Key);
        QVERIFY(alert);
        gotStates += letter(alert->state);
        gotSuppressed += alert->isSuppressed(at) ? QLatin1Char('s') : QLatin1Char('.');
    }
    QCOMPARE(gotStates, states);
    QCOMPARE(gotSuppressed, suppressed);
    QCOMPARE(count, transitions);
    QCOMPARE(tracker.find(Key)->ack.has_value(), ackedAtEnd);
}

void TestAlertStateMachine::onePerRuleAndObjective()
{
    AlertTracker tracker;
    Rule rule;
    Condition yes;
    yes.verdict = Verdict::True;
    const AlertKey other{Key.sla, QStringLiteral("recall"), Key.rule};
    QVERIFY(tracker.update(Key, rule, yes, T0));
    QVERIFY(!tracker.update(Key, rule, yes, T0.addMSecs(Minute))); // still firing: no second alert
    QVERIFY(tracker.update(other, rule, yes, T0.addMSecs(Minute)));
    QCOMPARE(tracker.alerts().size(), 2);
    QCOMPARE(tracker.active().size(), 2);
    QCOMPARE(tracker.alerts()[0].key, Key);
    QCOMPARE(tracker.alerts()[1].key, other);
}

void TestAlertStateMachine::firingAlertCarriesItsTimes()
{
    AlertTracker tracker;
    Rule rule;
    rule.forMs = 10 * Minute;
    rule.severity = AlertSeverity::Ticket;
    Condition c;
    c.verdict = Verdict::True;
    c.value = 0.91;
    c.threshold = 0.93;
    std::optional<Transition> last;
    for (int i = 0; i <= 10; ++i) {
        if (auto t = tracker.update(Key, rule, c, T0.addMSecs(i * Minute)))
            last = t;
    }
    QVERIFY(last);
    QCOMPARE(last->from, AlertState::Pending);
    QCOMPARE(last->to, AlertState::Firing);
    QVERIFY(last->severity == AlertSeverity::Ticket);
    QCOMPARE(last->value, std::optional<double>(0.91));
    const Alert *alert = tracker.find(Key);
    QCOMPARE(alert->activeSince, T0);
    QCOMPARE(alert->firingSince, T0.addMSecs(10 * Minute));
    c.verdict = Verdict::False;
    c.value = 0.95;
    const std::optional<Transition> resolved = tracker.update(Key, rule, c, T0.addMSecs(11 * Minute));
    QVERIFY(resolved);
    QCOMPARE(resolved->to, AlertState::Resolved);
    QCOMPARE(resolved->value, std::optional<double>(0.95));
    QCOMPARE(tracker.find(Key)->resolvedAt, T0.addMSecs(11 * Minute));
    QVERIFY(tracker.active().isEmpty());
}

void TestAlertStateMachine::silenceAhead()
{
    AlertTracker tracker;
    tracker.silence(Key, Silence{T0, T0.addMSecs(60 * Minute), QStringLiteral("bob"), QStringLiteral("planned")});
    QCOMPARE(tracker.find(Key)->state, AlertState::Inactive);
    QVERIFY(tracker.find(Key)->isSuppressed(T0.addMSecs(Minute)));
    QVERIFY(tracker.unsilence(Key));
    QVERIFY(!tracker.unsilence(Key));
    QVERIFY(!tracker.find(Key)->isSuppressed(T0.addMSecs(Minute)));
}

QTEST_GUILESS_MAIN(TestAlertStateMachine)
#include "tst_alertstatemachine.moc"
