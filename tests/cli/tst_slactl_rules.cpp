// SPDX-License-Identifier: Apache-2.0
// `slactl rules` and `slactl backtest` (issue 11): the real binary on the demo workspace,
// on tests/data/rules fixtures and on every Sloth and Pyrra example of the corpus after
// import; the generated files are checked by promtool (check rules, test rules) and amtool.
#include "tests/support/slactlrunner.h"
#include "tests/support/tempworkspace.h"
#include "tests/support/testutils.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Sla::Core;

namespace {
using Run = Sla::TestSupport::SlactlResult<QString>;

const QString Demo = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
const QString Data = QStringLiteral(SLA_TEST_DATA_DIR "/rules");

Run slactl(const QStringList &args)
{
    Sla::TestSupport::SlactlOptions options;
    options.timeoutMs = 120000;
    return Sla::TestSupport::runSlactl(args, options);
}

/// Runs a tool (promtool, amtool); its exit code, -1 when it did not run. `*output` gets
/// stdout and stderr.
int tool(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return -1;
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

/// `promtool check rules FILE` passes.
bool promtoolAccepts(const QString &file, QString *output)
{
    return tool(QStringLiteral("promtool"), {QStringLiteral("check"), QStringLiteral("rules"), file}, output) == 0;
}

QStringList names(const YAML::Node &file, const char *key)
{
    QStringList out;
    for (const YAML::Node &group : file["groups"]) {
        for (const YAML::Node &rule : group["rules"]) {
            if (rule[key])
                out << QString::fromStdString(rule[key].as<std::string>());
        }
    }
    return out;
}

/// The first rule of `file` with `key` (record or alert) `name` and the labels objective
/// `objective` and (when given) sla `sla`; an undefined node when there is none.
YAML::Node findRule(const YAML::Node &file, const char *key, const QString &name, const QString &objective,
                    const QString &sla = {})
{
    for (const YAML::Node &group : file["groups"]) {
        for (const YAML::Node &rule : group["rules"]) {
            if (rule[key] && rule[key].as<std::string>() == name.toStdString() &&
                rule["labels"]["objective"].as<std::string>() == objective.toStdString() &&
                (sla.isEmpty() || rule["labels"]["sla"].as<std::string>() == sla.toStdString()))
                return rule;
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

/// Corpus examples whose queries are not PromQL, so no rule file made of them can pass.
bool notPromQl(const QString &file)
{
    // MetricsQL (VictoriaMetrics): histogram_share(), `vector(1)[{{.window}}]`.
    return file == QLatin1String("examples__victoria-metrics.yml");
}

} // namespace

class TestSlactlRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demo_passesPromtool_warnsWhatHasNoPromQL();
    void kinds_everyRuleKind();
    void mimirFlavour_namespaceLayout();
    void burnRateAlerts_promtoolUnitTests();
    void corpusImports_passPromtool_data();
    void corpusImports_passPromtool();
    void usageErrors_exitTwo_data();
    void usageErrors_exitTwo();
    void alertmanagerConfig_amtoolAccepts();
    void backtest_demoFastBurn();
    void backtest_usageErrors();

private:
    Sla::TestSupport::TempWorkspace m_tmp;
};

void TestSlactlRules::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("SLACTL")), "SLACTL points at the binary");
    if (QStandardPaths::findExecutable(QStringLiteral("promtool")).isEmpty())
        QSKIP("promtool is not installed (Debian package prometheus)");
    QVERIFY(m_tmp.isValid());
}

void TestSlactlRules::demo_passesPromtool_warnsWhatHasNoPromQL()
{
    const QString file = m_tmp.filePath(QStringLiteral("demo.rules.yml"));
    const Run r = slactl({QStringLiteral("rules"), Demo, QStringLiteral("-o"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QString output;
    QVERIFY2(promtoolAccepts(file, &output), qPrintable(output));
    // Drift and p95 timeslices, the demo's correction: warned on stderr and in the file.
    for (const QString &what :
         {QStringLiteral("fraud-detection-api/amount-drift: no recording rules"),
          QStringLiteral("fraud-detection-api/latency-p95: no recording rules: timeslice budgeting"),
          QStringLiteral("recommendation-api: correction 'recs-cache-upgrade' has no PromQL form"),
          QStringLiteral("fraud-detection-api/amount-drift: alert rule 'burn-rate-page' not generated")}) {
        QVERIFY2(r.err.contains(QStringLiteral("slactl rules: warning: ") + what), qPrintable(r.err));
        QVERIFY2(TestUtils::readFile(file).contains(QString(QStringLiteral("# not generated: ") + what).toUtf8()),
                 qPrintable(what));
    }
    const YAML::Node rules = YAML::LoadFile(file.toStdString());
    const QStringList alerts = names(rules, "alert");
    // fraud: burn-rate page+ticket on availability, latency, precision; precision-drop,
    // precision-budget-low, no-traffic-data. recommendation: tier-2 burn rates on three
    // objectives and the budget-low ticket. analytics: tier-3's budget-low on three.
    QCOMPARE(alerts.count(QStringLiteral("burn-rate-page")), 6);
    QCOMPARE(alerts.count(QStringLiteral("burn-rate-ticket")), 6);
    QCOMPARE(alerts.count(QStringLiteral("budget-low")), 3);
    QVERIFY(alerts.contains(QStringLiteral("precision-drop")));
    QVERIFY(alerts.contains(QStringLiteral("no-traffic-data")));
    const YAML::Node drop = findRule(rules, "alert", QStringLiteral("precision-drop"), QStringLiteral("precision"));
    QVERIFY(drop);
    QCOMPARE(drop["for"].as<std::string>(), std::string("1h"));
    QCOMPARE(
        drop["expr"].as<std::string>(),
        std::string(R"(1 - sladesk:sli_error:ratio_rate1h{sla="fraud-detection-api",objective="precision"} < 0.93)"));
    QCOMPARE(drop["labels"]["severity"].as<std::string>(), std::string("page"));
    QCOMPARE(drop["labels"]["tier"].as<std::string>(), std::string("tier-1"));
    QCOMPARE(drop["labels"]["sladesk_window"].as<std::string>(), std::string("1h"));
    QCOMPARE(drop["annotations"]["dashboard"].as<std::string>(),
             std::string("sladesk://sla/fraud-detection-api/precision"));
    QCOMPARE(drop["annotations"]["runbook_url"].as<std::string>(),
             std::string("https://wiki.example.com/runbooks/fraud-detection"));
    QVERIFY(QString::fromStdString(drop["annotations"]["summary"].as<std::string>())
                .contains(QStringLiteral(
                    "budget left {{ with query `last_over_time(sladesk:period_error_budget_remaining:ratio")));
    // The 30-day window is derived from the 5-minute increases (traffic-weighted).
    const QString fraud = QStringLiteral("fraud-detection-api");
    const YAML::Node month = findRule(rules, "record", QStringLiteral("sladesk:sli_error:ratio_rate30d"),
                                      QStringLiteral("availability"), fraud);
    QCOMPARE(
        month["expr"].as<std::string>(),
        std::string(
            R"(1 - sum by (sla, objective) (sum_over_time(sladesk:sli_good:increase5m{sla="fraud-detection-api",objective="availability"}[30d])) / sum by (sla, objective) (sum_over_time(sladesk:sli_total:increase5m{sla="fraud-detection-api",objective="availability"}[30d])))"));
    const YAML::Node good =
        findRule(rules, "record", QStringLiteral("sladesk:sli_good:increase5m"), QStringLiteral("availability"), fraud);
    QCOMPARE(good["expr"].as<std::string>(),
             std::string(R"(sum(increase(http_requests_total{service="fraud-detection",code!~"5.."}[5m])))"));
    QCOMPARE(rules["groups"][0]["interval"].as<std::string>(), std::string("5m"));
}

void TestSlactlRules::kinds_everyRuleKind()
{
    const QString file = m_tmp.filePath(QStringLiteral("kinds.rules.yml"));
    const Run r = slactl({QStringLiteral("rules"), Data + QStringLiteral("/kinds.yaml"), QStringLiteral("-o"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QString output;
    QVERIFY2(promtoolAccepts(file, &output), qPrintable(output));
    QVERIFY2(r.err.contains(QStringLiteral("model/latency: the calendar month window has no PromQL form; the rules "
                                           "use a rolling 30d window")),
             qPrintable(r.err));
    const YAML::Node rules = YAML::LoadFile(file.toStdString());
    const YAML::Node f1 =
        findRule(rules, "record", QStringLiteral("sladesk:sli_good:increase5m"), QStringLiteral("f1"));
    QCOMPARE(f1["expr"].as<std::string>(),
             std::string(R"(2 * sum(increase(model_predictions_total{model="m",outcome="tp"}[5m])))"));
    const YAML::Node exhausted = findRule(rules, "alert", QStringLiteral("f1-exhausted"), QStringLiteral("f1"));
    QCOMPARE(
        exhausted["expr"].as<std::string>(),
        std::string(
            R"(last_over_time(sladesk:period_error_budget_remaining:ratio{sla="model",objective="f1"}[10m]) <= 0)"));
    // A threshold over 4h: its own ratio window, from the raw series.
    const YAML::Node slow = findRule(rules, "alert", QStringLiteral("latency-slow"), QStringLiteral("latency"));
    QCOMPARE(slow["for"].as<std::string>(), std::string("15m"));
    const YAML::Node fourHours =
        findRule(rules, "record", QStringLiteral("sladesk:sli_error:ratio_rate4h"), QStringLiteral("latency"));
    QVERIFY(QString::fromStdString(fourHours["expr"].as<std::string>())
                .startsWith(
                    QStringLiteral("1 - sum(increase(http_request_duration_seconds_bucket{service=\"model\",le=~")));
    // A raw error ratio: every window from the query, no increases.
    const YAML::Node raw =
        findRule(rules, "record", QStringLiteral("sladesk:sli_error:ratio_rate3d"), QStringLiteral("raw-ratio"));
    QCOMPARE(raw["expr"].as<std::string>(), std::string("sum(rate(errors_total[3d])) / sum(rate(requests_total[3d]))"));
    QVERIFY(!findRule(rules, "record", QStringLiteral("sladesk:sli_total:increase5m"), QStringLiteral("raw-ratio")));
    // Absent data also for a drift objective; its other rules are listed, not dropped.
    const YAML::Node absent = findRule(rules, "alert", QStringLiteral("no-drift-data"), QStringLiteral("drift"));
    QCOMPARE(
        absent["expr"].as<std::string>(),
        std::string(R"(absent(sum by (le) (increase(model_feature_value_bucket{model="m",feature="amount"}[5m]))))"));
    QCOMPARE(absent["for"].as<std::string>(), std::string("1h"));
    QVERIFY2(r.err.contains(QStringLiteral("model/p95: alert rule 'burn-rate-page' not generated")), qPrintable(r.err));
}

void TestSlactlRules::mimirFlavour_namespaceLayout()
{
    const QString file = m_tmp.filePath(QStringLiteral("mimir.yml"));
    const Run r = slactl({QStringLiteral("rules"), Demo, QStringLiteral("--flavour"), QStringLiteral("mimir"),
                          QStringLiteral("--sla"), QStringLiteral("recommendation-api"), QStringLiteral("-o"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const YAML::Node mimir = YAML::LoadFile(file.toStdString());
    QCOMPARE(mimir["namespace"].as<std::string>(), std::string("sladesk"));
    QCOMPARE(mimir["groups"].size(), std::size_t(3));
    QCOMPARE(mimir["groups"][0]["name"].as<std::string>(), std::string("sladesk-recommendation-api-increase"));
    // The groups are the Prometheus form's: promtool checks them without the namespace.
    YAML::Node groups;
    groups["groups"] = mimir["groups"];
    YAML::Emitter e;
    e << groups;
    const QString plain = m_tmp.filePath(QStringLiteral("mimir-groups.yml"));
    QVERIFY(Sla::TestSupport::writeFile(plain, QByteArray(e.c_str())));
    QString output;
    QVERIFY2(promtoolAccepts(plain, &output), qPrintable(output));
    QVERIFY(!r.err.contains(QStringLiteral("fraud-detection-api")));
}

void TestSlactlRules::burnRateAlerts_promtoolUnitTests()
{
    const QString dir = m_tmp.filePath(QStringLiteral("unit"));
    QVERIFY(QDir().mkpath(dir));
    const Run r = slactl({QStringLiteral("rules"), Data + QStringLiteral("/burn.yaml"), QStringLiteral("-o"),
                          dir + QStringLiteral("/rules.yml")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::copy(Data + QStringLiteral("/burn-rate.test.yml"), dir + QStringLiteral("/burn-rate.test.yml")));
    QString output;
    const int code =
        tool(QStringLiteral("promtool"),
             {QStringLiteral("test"), QStringLiteral("rules"), dir + QStringLiteral("/burn-rate.test.yml")}, &output);
    QVERIFY2(code == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("SUCCESS")), qPrintable(output));
}

void TestSlactlRules::corpusImports_passPromtool_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("sloth") << QStringLiteral("sloth");
    QTest::newRow("pyrra") << QStringLiteral("pyrra");
}

void TestSlactlRules::corpusImports_passPromtool()
{
    QFETCH(QString, folder);
    const QDir corpus(QStringLiteral(SLA_CORPUS_DIR "/") + folder);
    if (!corpus.exists())
        QSKIP("the corpus is not next to the source tree");
    int checked = 0;
    int alerts = 0;
    for (const QString &name : corpus.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files)) {
        const QString converted = m_tmp.filePath(folder + u'-' + name);
        const Run c = slactl({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("sladesk"),
                              corpus.filePath(name), QStringLiteral("-o"), converted});
        if (c.code != 0 || notPromQl(name))
            continue; // generated outputs, invalid examples: not SLOs to import
        const QString rules = converted + QStringLiteral(".rules.yml");
        const Run r = slactl({QStringLiteral("rules"), converted, QStringLiteral("-o"), rules});
        QVERIFY2(r.code == 0, qPrintable(name + u'\n' + r.err));
        QString output;
        QVERIFY2(promtoolAccepts(rules, &output), qPrintable(name + u'\n' + output));
        alerts += int(names(YAML::LoadFile(rules.toStdString()), "alert").size());
        ++checked;
    }
    qInfo("%s: %d imported files, %d alerting rules, all accepted by promtool", qPrintable(folder), checked, alerts);
    QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
    QVERIFY(alerts > checked);
}

void TestSlactlRules::usageErrors_exitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("flavour") << QStringList{QStringLiteral("--flavour"), QStringLiteral("thanos"), Demo}
                             << QStringLiteral("unknown flavour 'thanos'");
    QTest::newRow("sla") << QStringList{QStringLiteral("--sla"), QStringLiteral("fraud-detection"), Demo}
                         << QStringLiteral("did you mean 'fraud-detection-api'?");
    QTest::newRow("no workspace") << QStringList{} << QStringLiteral("no WORKSPACE given");
}

void TestSlactlRules::usageErrors_exitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = slactl(QStringList{QStringLiteral("rules")} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestSlactlRules::alertmanagerConfig_amtoolAccepts()
{
    if (QStandardPaths::findExecutable(QStringLiteral("amtool")).isEmpty())
        QSKIP("amtool is not installed (Debian package prometheus-alertmanager)");
    const QString file = m_tmp.filePath(QStringLiteral("alertmanager.yml"));
    const Run r = slactl({QStringLiteral("rules"), Data + QStringLiteral("/kinds.yaml"),
                          QStringLiteral("--alertmanager-config"), QStringLiteral("-o"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("correction 'long-migration' is not muted in Alertmanager")),
             qPrintable(r.err));
    QString output;
    QVERIFY2(tool(QStringLiteral("amtool"), {QStringLiteral("check-config"), file}, &output) == 0, qPrintable(output));
    const YAML::Node am = YAML::LoadFile(file.toStdString());
    // The narrower route (one objective) first; it is muted by both corrections that cover it.
    const YAML::Node routes = am["route"]["routes"];
    QCOMPARE(routes.size(), std::size_t(2));
    QCOMPARE(routes[0]["matchers"][1].as<std::string>(), std::string(R"(objective=~"latency")"));
    QCOMPARE(routes[0]["mute_time_intervals"].size(), std::size_t(2));
    QCOMPARE(routes[1]["mute_time_intervals"].size(), std::size_t(1));
    QCOMPARE(routes[1]["mute_time_intervals"][0].as<std::string>(), std::string("nightly-batch"));
    // Sunday and Wednesday 23:00-24:00 Berlin (22:00 UTC in winter).
    const YAML::Node weekly = am["time_intervals"][0];
    QCOMPARE(weekly["name"].as<std::string>(), std::string("weekly-deploys"));
    QCOMPARE(weekly["time_intervals"][0]["times"][0]["start_time"].as<std::string>(), std::string("23:00"));
    QCOMPARE(weekly["time_intervals"][0]["times"][0]["end_time"].as<std::string>(), std::string("24:00"));
    QCOMPARE(weekly["time_intervals"][0]["weekdays"][1].as<std::string>(), std::string("wednesday"));
    QCOMPARE(weekly["time_intervals"][0]["location"].as<std::string>(), std::string("Europe/Berlin"));
    // 23:30-00:30 UTC every day: split at midnight.
    const YAML::Node nightly = am["time_intervals"][1]["time_intervals"];
    QCOMPARE(nightly.size(), std::size_t(2));
    QCOMPARE(nightly[1]["times"][0]["end_time"].as<std::string>(), std::string("00:30"));
    // A page inhibits the ticket of the same objective.
    QCOMPARE(am["inhibit_rules"][0]["source_matchers"][0].as<std::string>(), std::string(R"(severity="page")"));
    QCOMPARE(am["inhibit_rules"][0]["equal"][1].as<std::string>(), std::string("objective"));
}

void TestSlactlRules::backtest_demoFastBurn()
{
    // Day 9 of the demo: the fast burn 14:00-16:00 pages at 14:20 and resolves at 16:30
    // (tst_alertbacktest); the variant pages at 10x on 1h+5m only.
    const Run r =
        slactl({QStringLiteral("backtest"), Demo, QStringLiteral("--from"), QStringLiteral("2025-01-10T13:00:00Z"),
                QStringLiteral("--to"), QStringLiteral("2025-01-10T17:00:00Z"), QStringLiteral("--sla"),
                QStringLiteral("fraud-detection-api"), QStringLiteral("--variant"),
                Data + QStringLiteral("/faster-page.yaml"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray variants = json.value(QStringLiteral("variants")).toArray();
    QCOMPARE(variants.size(), 2);
    const QJsonObject base = variants[0].toObject();
    QCOMPARE(base.value(QStringLiteral("name")).toString(), QStringLiteral("workspace"));
    QJsonObject page;
    for (const QJsonValue &e : base.value(QStringLiteral("episodes")).toArray()) {
        if (e[QStringLiteral("rule")].toString() == u"burn-rate-page" && page.isEmpty())
            page = e.toObject();
    }
    QCOMPARE(page.value(QStringLiteral("objective")).toString(), QStringLiteral("availability"));
    QCOMPARE(page.value(QStringLiteral("start")).toString(), QStringLiteral("2025-01-10T14:20:00Z"));
    QCOMPARE(page.value(QStringLiteral("end")).toString(), QStringLiteral("2025-01-10T16:30:00Z"));
    const QJsonObject summary = base.value(QStringLiteral("summary")).toObject();
    // Availability and latency (the burn slowed the answers too: 15:00-16:05) each page once.
    QCOMPARE(summary.value(QStringLiteral("pages")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("firstPage")).toString(), QStringLiteral("2025-01-10T14:20:00Z"));
    QCOMPARE(qRound(summary.value(QStringLiteral("budgetConsumedBeforeFirstPage")).toDouble() * 1000), 613);
    // The rolling window holds only the recording's first 9 days: availability is breached
    // from 15:35, while the page fires: detected at once.
    const QJsonArray breaches = summary.value(QStringLiteral("breaches")).toArray();
    QCOMPARE(breaches.size(), 1);
    QCOMPARE(breaches[0][QStringLiteral("objective")].toString(), QStringLiteral("availability"));
    QCOMPARE(breaches[0][QStringLiteral("start")].toString(), QStringLiteral("2025-01-10T15:35:00Z"));
    QCOMPARE(breaches[0][QStringLiteral("detectedAfterSeconds")].toDouble(), 0.0);
    const QJsonObject faster = variants[1].toObject().value(QStringLiteral("summary")).toObject();
    QCOMPARE(variants[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("faster-page"));
    QCOMPARE(faster.value(QStringLiteral("firstPage")).toString(), QStringLiteral("2025-01-10T14:15:00Z"));
    QVERIFY(faster.value(QStringLiteral("budgetConsumedBeforeFirstPage")).toDouble() <
            summary.value(QStringLiteral("budgetConsumedBeforeFirstPage")).toDouble());
}

void TestSlactlRules::backtest_usageErrors()
{
    const Run noTo = slactl({QStringLiteral("backtest"), Demo, QStringLiteral("--from"), QStringLiteral("1736517600")});
    QCOMPARE(noTo.code, 2);
    QVERIFY2(noTo.err.contains(QStringLiteral("--to is required")), qPrintable(noTo.err));
    const Run tooMany =
        slactl({QStringLiteral("backtest"), Demo, QStringLiteral("--from"), QStringLiteral("0"), QStringLiteral("--to"),
                QStringLiteral("1736517600"), QStringLiteral("--step"), QStringLiteral("1m")});
    QCOMPARE(tooMany.code, 2);
    QVERIFY2(tooMany.err.contains(QStringLiteral("choose a larger --step")), qPrintable(tooMany.err));
    const QStringList range{QStringLiteral("backtest"), Demo,
                            QStringLiteral("--from"),   QStringLiteral("1736517600"),
                            QStringLiteral("--to"),     QStringLiteral("1736521200")};
    const Run noSla = slactl(range + QStringList{QStringLiteral("--objective"), QStringLiteral("precision")});
    QCOMPARE(noSla.code, 2);
    QVERIFY2(noSla.err.contains(QStringLiteral("--objective needs --sla")), qPrintable(noSla.err));
    const Run unknown = slactl(range + QStringList{QStringLiteral("--sla"), QStringLiteral("fraud-detection-api"),
                                                   QStringLiteral("--objective"), QStringLiteral("precison")});
    QCOMPARE(unknown.code, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("no objective 'precison'")) &&
                 unknown.err.contains(QStringLiteral("precision")),
             qPrintable(unknown.err));
}

QTEST_GUILESS_MAIN(TestSlactlRules)
#include "tst_slactl_rules.moc"
