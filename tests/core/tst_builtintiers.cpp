// SPDX-License-Identifier: Apache-2.0
#include "core/document/builtintiers.h"
#include "core/exchange/loader.h"
#include "core/validation/validator.h"

#include <QFile>
#include <QObject>
#include <QTest>

using namespace Sla::Core;

class TestBuiltInTiers : public QObject
{
    Q_OBJECT

private slots:
    void resources_areCompiledIn_data();
    void resources_areCompiledIn();
    void builtInTiers_contents_data();
    void builtInTiers_contents();
    void builtInTiers_readCleanly();
    void builtInTiers_resolveInValidation();
};

void TestBuiltInTiers::resources_areCompiledIn_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("tier-1") << QStringLiteral("tier-1");
    QTest::addRow("tier-2") << QStringLiteral("tier-2");
    QTest::addRow("tier-3") << QStringLiteral("tier-3");
}

void TestBuiltInTiers::resources_areCompiledIn()
{
    QFETCH(QString, name);
    QFile file(QStringLiteral(":/sladesk/tiers/%1.yaml").arg(name));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("apiVersion: sladesk/v1")));
    QVERIFY(text.contains(QStringLiteral("kind: TierTemplate")));
    QVERIFY(text.contains(QStringLiteral("name: ") + name));
}

void TestBuiltInTiers::builtInTiers_contents_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("ratio");
    QTest::addColumn<double>("latencyTarget");
    QTest::addColumn<double>("latencyThreshold");
    QTest::addColumn<double>("classification");
    QTest::addColumn<double>("drift");
    QTest::addColumn<bool>("blocks");
    QTest::addColumn<bool>("burnRate");
    QTest::addColumn<bool>("pages");

    QTest::addRow("tier-1") << 0 << QStringLiteral("tier-1") << 0.9995 << 0.95 << 0.2 << 0.95 << 0.1 << true << true
                            << true;
    QTest::addRow("tier-2") << 1 << QStringLiteral("tier-2") << 0.999 << 0.9 << 0.5 << 0.9 << 0.2 << false << true
                            << true;
    QTest::addRow("tier-3") << 2 << QStringLiteral("tier-3") << 0.99 << 0.9 << 1.0 << 0.85 << 0.25 << false << false
                            << false;
}

void TestBuiltInTiers::builtInTiers_contents()
{
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(double, ratio);
    QFETCH(double, latencyTarget);
    QFETCH(double, latencyThreshold);
    QFETCH(double, classification);
    QFETCH(double, drift);
    QFETCH(bool, blocks);
    QFETCH(bool, burnRate);
    QFETCH(bool, pages);

    const QList<TierTemplate> tiers = builtInTiers();
    if (tiers.isEmpty())
        QSKIP("native reader not merged yet");
    QCOMPARE(tiers.size(), 3);
    const TierTemplate &t = tiers.at(index);
    QCOMPARE(t.metadata.name, name);
    QVERIFY(t.builtIn);
    QVERIFY(!t.displayName.isEmpty());
    QVERIFY(t.window.has_value());
    QCOMPARE(t.window->kind, Window::Kind::Rolling);
    QCOMPARE(t.window->rolling, Duration::days(30));
    QCOMPARE(t.atRisk, 0.25);
    QCOMPARE(t.minimums.value(IndicatorKind::Ratio).target, std::optional<double>(ratio));
    QCOMPARE(t.minimums.value(IndicatorKind::Latency).target, std::optional<double>(latencyTarget));
    QCOMPARE(t.minimums.value(IndicatorKind::Latency).threshold, std::optional<double>(latencyThreshold));
    QCOMPARE(t.minimums.value(IndicatorKind::Classification).target, std::optional<double>(classification));
    QCOMPARE(t.minimums.value(IndicatorKind::Drift).threshold, std::optional<double>(drift));
    QCOMPARE(toString(t.gate), toString(blocks ? GateMode::Block : GateMode::Warn));

    const bool hasBurnRate = std::any_of(t.alerts.cbegin(), t.alerts.cend(), [](const AlertRule &a) {
        return a.kind == AlertRule::Kind::BurnRate && a.burnRateDefault;
    });
    QCOMPARE(hasBurnRate, burnRate);
    // Burn-rate defaults page on fast burn; anything else pages only when it says so.
    const bool hasPaging = std::any_of(t.alerts.cbegin(), t.alerts.cend(), [](const AlertRule &a) {
        return a.kind == AlertRule::Kind::BurnRate || a.severity == AlertSeverity::Page;
    });
    QCOMPARE(hasPaging, pages);
    QCOMPARE(t.notify.size(), 1);
    QCOMPARE(t.notify.first().kind, NotifyTarget::Kind::Desktop);

    if (name == QLatin1String("tier-1")) {
        QCOMPARE(t.escalation.ackTimeout, std::optional<Duration>(Duration::minutes(15)));
        QCOMPARE(t.escalation.then.size(), 1);
        QCOMPARE(t.escalation.then.first().kind, NotifyTarget::Kind::Desktop);
    }
    if (name == QLatin1String("tier-3")) {
        QCOMPARE(t.alerts.size(), 1);
        QCOMPARE(t.alerts.first().kind, AlertRule::Kind::BudgetLow);
        QCOMPARE(toString(t.alerts.first().severity), toString(AlertSeverity::Info));
        QCOMPARE(t.alerts.first().budgetBelow, 0.25);
        QVERIFY(t.escalation.isEmpty());
    }
}

void TestBuiltInTiers::builtInTiers_readCleanly()
{
    if (builtInTiers().isEmpty())
        QSKIP("native reader not merged yet");
    for (int i = 1; i <= 3; ++i) {
        QFile file(QStringLiteral(":/sladesk/tiers/tier-%1.yaml").arg(i));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const LoadResult result = DocumentLoader::loadData(file.readAll(), file.fileName());
        QStringList problems;
        for (const Diagnostic &d : result.diagnostics)
            problems << d.toString();
        QCOMPARE(problems, QStringList());
        QCOMPARE(result.workspace.tiers.size(), 1);
        // The built-in templates pass the same validation as the user's.
        QCOMPARE(validateWorkspace(result.workspace, {}).size(), 0);
    }
}

void TestBuiltInTiers::builtInTiers_resolveInValidation()
{
    if (builtInTiers().isEmpty())
        QSKIP("native reader not merged yet");
    Workspace ws;
    DataSource prom;
    prom.metadata.name = QStringLiteral("prom");
    ws.dataSources << prom;
    Sla::Core::Sla sla;
    sla.metadata.name = QStringLiteral("desk");
    sla.tier = QStringLiteral("tier-1");
    sla.dataSource = QStringLiteral("prom");
    Objective availability;
    availability.name = QStringLiteral("availability");
    availability.indicator.ratio.good = QStringLiteral("ok_total");
    availability.indicator.ratio.total = QStringLiteral("all_total");
    availability.target = 0.999;
    sla.objectives << availability;
    ws.slas << sla;

    // No window of its own: tier-1's 30d applies; its ratio minimum 0.9995 binds.
    QStringList messages;
    for (const Diagnostic &d : validateWorkspace(ws))
        messages << d.message;
    QCOMPARE(messages, QStringList{QStringLiteral(
                           "tier 'tier-1' requires target >= 0.9995 for ratio objectives; 'availability' has 0.999")});
}

QTEST_GUILESS_MAIN(TestBuiltInTiers)
#include "tst_builtintiers.moc"
