// SPDX-License-Identifier: Apache-2.0
#include "core/document/tierresolver.h"

#include <QObject>
#include <QTest>

using namespace Sla::Core;

Q_DECLARE_METATYPE(Sla::Core::Sla)
Q_DECLARE_METATYPE(Sla::Core::TierTemplate)

namespace {

AlertRule burnRateDefault()
{
    AlertRule a;
    a.kind = AlertRule::Kind::BurnRate;
    a.burnRateDefault = true;
    return a;
}

AlertRule threshold(const QString &name)
{
    AlertRule a;
    a.kind = AlertRule::Kind::Threshold;
    a.name = name;
    a.objective = QStringLiteral("precision");
    a.below = 0.93;
    a.window = Duration::hours(1);
    a.forDuration = Duration::hours(1);
    return a;
}

NotifyTarget webhook(const QString &url)
{
    NotifyTarget t;
    t.kind = NotifyTarget::Kind::Webhook;
    t.url = url;
    return t;
}

/// `name` for named alerts, `burnRate` for unnamed burn-rate sets.
QStringList describe(const QList<AlertRule> &alerts)
{
    QStringList out;
    for (const AlertRule &a : alerts)
        out << (a.name.isEmpty() ? QStringLiteral("burnRate") : a.name);
    return out;
}

QStringList describe(const QList<NotifyTarget> &targets)
{
    QStringList out;
    for (const NotifyTarget &t : targets)
        out << (t.kind == NotifyTarget::Kind::Desktop ? QStringLiteral("desktop") : t.url);
    return out;
}

Sla::Core::Sla sla()
{
    Sla::Core::Sla s;
    s.metadata.name = QStringLiteral("fraud");
    s.tier = QStringLiteral("tier-1");
    return s;
}

TierTemplate tier()
{
    TierTemplate t;
    t.metadata.name = QStringLiteral("tier-1");
    t.window = Window::rollingWindow(Duration::days(30));
    AlertRule budget;
    budget.kind = AlertRule::Kind::BudgetLow;
    budget.name = QStringLiteral("budget-low");
    budget.budgetBelow = 0.25;
    budget.severity = AlertSeverity::Info;
    t.alerts = {burnRateDefault(), budget};
    t.notify = {NotifyTarget{}}; // desktop
    return t;
}

} // namespace

class TestTierResolver : public QObject
{
    Q_OBJECT

private slots:
    void resolveSla_inherits_data();
    void resolveSla_inherits();
    void resolveSla_withoutTier_isUnchanged();
    void findTierTemplate_prefersWorkspace();
};

void TestTierResolver::resolveSla_inherits_data()
{
    QTest::addColumn<Sla::Core::Sla>("input");
    QTest::addColumn<qint64>("windowDays");
    QTest::addColumn<QStringList>("alerts");
    QTest::addColumn<QStringList>("notify");

    QTest::addRow("everything from the tier")
        << sla() << qint64(30) << QStringList{QStringLiteral("burnRate"), QStringLiteral("budget-low")}
        << QStringList{QStringLiteral("desktop")};
    {
        Sla::Core::Sla s = sla();
        s.window = Window::rollingWindow(Duration::days(7));
        QTest::addRow("own window wins") << s << qint64(7)
                                         << QStringList{QStringLiteral("burnRate"), QStringLiteral("budget-low")}
                                         << QStringList{QStringLiteral("desktop")};
    }
    {
        Sla::Core::Sla s = sla();
        s.alerts = {threshold(QStringLiteral("precision-drop"))};
        QTest::addRow("tier alerts first, then the SLA's")
            << s << qint64(30)
            << QStringList{QStringLiteral("burnRate"), QStringLiteral("budget-low"), QStringLiteral("precision-drop")}
            << QStringList{QStringLiteral("desktop")};
    }
    {
        Sla::Core::Sla s = sla();
        s.alerts = {burnRateDefault(), threshold(QStringLiteral("precision-drop"))};
        QTest::addRow("equal alerts are not repeated")
            << s << qint64(30)
            << QStringList{QStringLiteral("burnRate"), QStringLiteral("budget-low"), QStringLiteral("precision-drop")}
            << QStringList{QStringLiteral("desktop")};
    }
    {
        Sla::Core::Sla s = sla();
        AlertRule custom = burnRateDefault();
        custom.burnRateDefault = false;
        custom.burnRates = {BurnRateWindow{Duration::hours(1), Duration::minutes(5), 10, AlertSeverity::Page}};
        s.alerts = {custom};
        QTest::addRow("different burn-rate set is kept")
            << s << qint64(30)
            << QStringList{QStringLiteral("burnRate"), QStringLiteral("budget-low"), QStringLiteral("burnRate")}
            << QStringList{QStringLiteral("desktop")};
    }
    {
        Sla::Core::Sla s = sla();
        s.notify = {webhook(QStringLiteral("https://hooks.example.com/a")),
                    webhook(QStringLiteral("https://hooks.example.com/b"))};
        QTest::addRow("own notify replaces the tier's")
            << s << qint64(30) << QStringList{QStringLiteral("burnRate"), QStringLiteral("budget-low")}
            << QStringList{QStringLiteral("https://hooks.example.com/a"),
                           QStringLiteral("https://hooks.example.com/b")};
    }
}

void TestTierResolver::resolveSla_inherits()
{
    QFETCH(Sla::Core::Sla, input);
    QFETCH(qint64, windowDays);
    QFETCH(QStringList, alerts);
    QFETCH(QStringList, notify);

    const TierTemplate t = tier();
    const Sla::Core::Sla out = resolveSla(input, &t);
    QVERIFY(out.window.has_value());
    QCOMPARE(out.window->rolling, Duration::days(windowDays));
    QCOMPARE(describe(out.alerts), alerts);
    QCOMPARE(describe(out.notify), notify);
    QCOMPARE(out.metadata.name, input.metadata.name);
    QCOMPARE(out.objectives, input.objectives);
}

void TestTierResolver::resolveSla_withoutTier_isUnchanged()
{
    Sla::Core::Sla s = sla();
    s.alerts = {threshold(QStringLiteral("precision-drop"))};
    const Sla::Core::Sla out = resolveSla(s, nullptr);
    QVERIFY(out == s);
    QVERIFY(!out.window.has_value());
    QCOMPARE(out.alerts.size(), 1);
}

void TestTierResolver::findTierTemplate_prefersWorkspace()
{
    TierTemplate builtIn = tier();
    builtIn.builtIn = true;
    TierTemplate other = tier();
    other.metadata.name = QStringLiteral("tier-2");
    other.builtIn = true;
    const QList<TierTemplate> builtIns = {builtIn, other};

    Workspace ws;
    TierTemplate own = tier();
    own.atRisk = 0.5;
    ws.tiers = {own};

    const TierTemplate *t1 = findTierTemplate(ws, builtIns, QStringLiteral("tier-1"));
    QVERIFY(t1);
    QVERIFY(!t1->builtIn);
    QCOMPARE(t1->atRisk, 0.5);
    const TierTemplate *t2 = findTierTemplate(ws, builtIns, QStringLiteral("tier-2"));
    QVERIFY(t2);
    QVERIFY(t2->builtIn);
    QCOMPARE(findTierTemplate(ws, builtIns, QStringLiteral("tier-9")), nullptr);
}

QTEST_GUILESS_MAIN(TestTierResolver)
#include "tst_tierresolver.moc"
