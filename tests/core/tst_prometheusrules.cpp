// SPDX-License-Identifier: Apache-2.0
// Issue 11: the rule generator in process (core/rules) and the backtest summary
// (core/alerting/backtestsummary). tst_slactl_rules checks the files with promtool.
#include "core/alerting/alertengine.h"
#include "core/alerting/alertmanagersender.h"
#include "core/alerting/backtestsummary.h"
#include "core/exchange/loader.h"
#include "core/query/recordedseries.h"
#include "core/rules/prometheusrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Sla::Core;
using namespace Sla::Core::Alerting;

namespace {

const QDateTime T0 = QDateTime(QDate(2025, 1, 10), QTime(12, 0), Qt::UTC);
constexpr qint64 Minute = 60000;

const Rules::PromRule *find(const Rules::RuleSet &set, const QString &name, const QString &window = {})
{
    for (const Rules::PromGroup &g : set.groups) {
        for (const Rules::PromRule &r : g.rules) {
            if ((r.record == name || r.alert == name) &&
                (window.isEmpty() || r.labels.contains(qMakePair(QStringLiteral("sladesk_window"), window))))
                return &r;
        }
    }
    return nullptr;
}

/// One sample a minute with the given statuses ('m' met, 'b' breached) and consumed budget.
ObjectiveTrack track(const QString &statuses)
{
    ObjectiveTrack t{QStringLiteral("shop"), QStringLiteral("availability"), {}};
    for (int i = 0; i < statuses.size(); ++i) {
        RuleInput in;
        in.status = statuses[i] == u'b' ? ObjectiveStatus::Breached : ObjectiveStatus::Met;
        in.consumed = 0.1 * i;
        t.samples.append({T0.addMSecs(i * Minute), in});
    }
    return t;
}

Episode episode(const QString &rule, AlertSeverity severity, int start, int end)
{
    return Episode{AlertKey{QStringLiteral("shop"), QStringLiteral("availability"), rule}, severity,
                   T0.addMSecs(start * Minute), end < 0 ? QDateTime() : T0.addMSecs(end * Minute), 0};
}

} // namespace

class TestPrometheusRules : public QObject
{
    Q_OBJECT
private slots:
    void seriesSelector_escapes();
    void burnRateWorkspace_windowsAndGroups();
    void summary_pagesFiringDetection();
    void alertLabels_ruleAndEngineAgree();
};

void TestPrometheusRules::seriesSelector_escapes()
{
    QCOMPARE(Rules::seriesSelector(QStringLiteral("a\"b"), QStringLiteral("c\\d")),
             QStringLiteral("{sla=\"a\\\"b\",objective=\"c\\\\d\"}"));
}

void TestPrometheusRules::burnRateWorkspace_windowsAndGroups()
{
    const LoadResult loaded = DocumentLoader::loadPaths({QStringLiteral(SLA_TEST_DATA_DIR "/rules/burn.yaml")});
    QVERIFY(loaded.ok());
    const Rules::RuleSet set = Rules::prometheusRules(loaded.workspace);
    QVERIFY2(set.warnings.isEmpty(), qPrintable(set.warnings.join(u'\n')));
    QCOMPARE(set.groups.size(), 3);
    QCOMPARE(set.groups[0].name, QStringLiteral("sladesk-shop-increase"));
    QCOMPARE(set.groups[0].interval, QStringLiteral("5m"));
    QCOMPARE(set.groups[2].name, QStringLiteral("sladesk-shop-alerts"));
    // bad/total: good = total - bad.
    QCOMPARE(find(set, QStringLiteral("sladesk:sli_good:increase5m"))->expr,
             QStringLiteral(R"((sum(increase(http_requests_total{service="shop"}[5m]))) - )"
                            R"((sum(increase(http_requests_total{service="shop",code=~"5.."}[5m]))))"));
    // Short windows from the raw series, a day and more derived from the increases.
    for (const char *w : {"5m", "30m", "1h", "2h", "6h"}) {
        const Rules::PromRule *r = find(set, QStringLiteral("sladesk:sli_error:ratio_rate") + QLatin1String(w));
        QVERIFY2(r && r->expr.startsWith(QStringLiteral("sum(increase(")), w);
    }
    for (const char *w : {"1d", "3d", "30d"}) {
        const Rules::PromRule *r = find(set, QStringLiteral("sladesk:sli_error:ratio_rate") + QLatin1String(w));
        QVERIFY2(r && r->expr.startsWith(QStringLiteral("1 - sum by (sla, objective) (sum_over_time("
                                                        "sladesk:sli_good:increase5m")),
                 w);
    }
    QCOMPARE(
        find(set, QStringLiteral("sladesk:period_error_budget_remaining:ratio"))->expr,
        QStringLiteral(R"(1 - sladesk:sli_error:ratio_rate30d{sla="shop",objective="availability"} / (1 - 0.999))"));
    // The derived windows and the budget left run in the 5-minute group, after the two
    // increases they read (rules of a group run in order); the short windows in the -sli group.
    QStringList increaseGroup;
    for (const Rules::PromRule &r : set.groups[0].rules)
        increaseGroup << r.record;
    QCOMPARE(
        increaseGroup,
        QStringList({QStringLiteral("sladesk:sli_good:increase5m"), QStringLiteral("sladesk:sli_total:increase5m"),
                     QStringLiteral("sladesk:sli_error:ratio_rate1d"), QStringLiteral("sladesk:sli_error:ratio_rate3d"),
                     QStringLiteral("sladesk:sli_error:ratio_rate30d"),
                     QStringLiteral("sladesk:period_error_budget_remaining:ratio")}));
    for (const Rules::PromRule &r : set.groups[1].rules)
        QVERIFY2(!r.expr.contains(QStringLiteral("increase5m")), qPrintable(r.record));
    // The increases carry the hash of their two queries; the derived windows do not.
    const QString hash = RecordedSeries::queryHash(loaded.workspace.slas[0].objectives[0]);
    QCOMPARE(hash.size(), 12);
    const QPair<QString, QString> hashLabel{QStringLiteral("sladesk_query"), hash};
    QVERIFY(set.groups[0].rules[0].labels.contains(hashLabel));
    QVERIFY(set.groups[0].rules[1].labels.contains(hashLabel));
    QVERIFY(!set.groups[0].rules[2].labels.contains(hashLabel));
    // The target does not change the recorded events; another bad query does.
    Objective other = loaded.workspace.slas[0].objectives[0];
    other.target = 0.5;
    QCOMPARE(RecordedSeries::queryHash(other), hash);
    other.indicator.ratio.bad = QStringLiteral(R"(http_requests_total{code=~"5..|429"})");
    QVERIFY(RecordedSeries::queryHash(other) != hash);
    // The tier's and the SLA's {burnRate: default} are one set: one page, one ticket.
    const Rules::PromRule *page = find(set, QStringLiteral("burn-rate-page"));
    QVERIFY(page);
    QVERIFY(page->forDuration.isEmpty());
    QVERIFY(page->labels.contains(qMakePair(QStringLiteral("sladesk_window"), QStringLiteral("1h"))));
    QCOMPARE(page->expr.count(QStringLiteral(" or ")), 1);
    const Rules::PromRule *ticket = find(set, QStringLiteral("burn-rate-ticket"));
    QVERIFY(ticket->labels.contains(qMakePair(QStringLiteral("sladesk_window"), QStringLiteral("1d"))));
    // Readers of the 5-minute group's series look back 10 minutes (one point every 5).
    QVERIFY(ticket->expr.contains(QStringLiteral("max without (sladesk_window) (last_over_time(sladesk:sli_error:"
                                                 "ratio_rate3d{sla=\"shop\",objective=\"availability\"}[10m])) / (1 - "
                                                 "0.999) > 1 and max without (sladesk_window) (sladesk:sli_error:"
                                                 "ratio_rate6h{sla=\"shop\",objective=\"availability\"}) / (1 - "
                                                 "0.999) > 1)")));
    const QByteArray mimir = Rules::toYaml(set, Rules::Flavour::Mimir);
    QVERIFY(mimir.contains("\nnamespace: sladesk\ngroups:\n"));
}

void TestPrometheusRules::summary_pagesFiringDetection()
{
    // minute:                       0123456789
    const ObjectiveTrack t = track(QStringLiteral("mmbbbmmbbb"));
    const QList<Episode> episodes{episode(QStringLiteral("burn-rate-ticket"), AlertSeverity::Ticket, 1, 3),
                                  episode(QStringLiteral("burn-rate-page"), AlertSeverity::Page, 4, 6),
                                  episode(QStringLiteral("burn-rate-page"), AlertSeverity::Page, 9, -1)};
    const BacktestSummary s = summarize(episodes, {t}, T0, T0.addMSecs(9 * Minute));
    QCOMPARE(s.pages, 2);
    QCOMPARE(s.firingMs, (2 + 2 + 0) * Minute); // the open one ends at `to`
    QCOMPARE(s.firstPage, T0.addMSecs(4 * Minute));
    QCOMPARE(s.consumedAtFirstPage, std::optional<double>(0.4));
    QCOMPARE(s.breaches.size(), 2);
    // Breached 2-4: the ticket was firing at its start (detected at once).
    QCOMPARE(s.breaches[0].start, T0.addMSecs(2 * Minute));
    QCOMPARE(s.breaches[0].end, T0.addMSecs(5 * Minute));
    QCOMPARE(s.breaches[0].detectedAfterMs, std::optional<qint64>(0));
    // Breached 7-9, still at the end: the page at 9 detects it after 2 minutes.
    QCOMPARE(s.breaches[1].start, T0.addMSecs(7 * Minute));
    QVERIFY(!s.breaches[1].end.isValid());
    QCOMPARE(s.breaches[1].detectedAfterMs, std::optional<qint64>(2 * Minute));
    // Without alerts nothing detects it.
    const BacktestSummary quiet = summarize({}, {t}, T0, T0.addMSecs(9 * Minute));
    QCOMPARE(quiet.pages, 0);
    QVERIFY(!quiet.breaches[0].detectedAfterMs);
    QVERIFY(!quiet.consumedAtFirstPage);
}

void TestPrometheusRules::alertLabels_ruleAndEngineAgree()
{
    // Every alert kind PromQL expresses: the tier's burn rates, thresholds over 1h, 4h and
    // 30m, a budget rule, two noData rules; a calendar month (rolling 30d in both).
    const LoadResult loaded = DocumentLoader::loadPaths({QStringLiteral(SLA_TEST_DATA_DIR "/rules/kinds.yaml")});
    QVERIFY(loaded.ok());
    const Rules::RuleSet set = Rules::prometheusRules(loaded.workspace);
    AlertEngine engine;
    engine.setWorkspace(loaded.workspace);
    EvaluationReport report;
    report.at = T0;
    SlaResult sla;
    sla.name = QStringLiteral("model");
    sla.tier = QStringLiteral("tier-1");
    for (const Objective &o : loaded.workspace.slas.first().objectives) {
        ObjectiveResult r;
        r.name = o.name;
        r.target = o.target;
        r.kind = o.indicator.kind;
        sla.objectives << r;
    }
    report.slas << sla;
    engine.evaluate(report, T0); // describes every alert, whatever its state
    const QHash<QString, QString> windows{{QStringLiteral("burn-rate-page"), QStringLiteral("1h")},
                                          {QStringLiteral("burn-rate-ticket"), QStringLiteral("1d")},
                                          {QStringLiteral("f1-drop"), QStringLiteral("1h")},
                                          {QStringLiteral("latency-slow"), QStringLiteral("4h")},
                                          {QStringLiteral("raw-high"), QStringLiteral("30m")},
                                          {QStringLiteral("f1-exhausted"), QStringLiteral("30d")},
                                          {QStringLiteral("no-latency-data"), QStringLiteral("10m")},
                                          {QStringLiteral("no-drift-data"), QStringLiteral("1h")}};
    QSet<int> kinds;
    int compared = 0;
    for (const Rules::PromGroup &g : set.groups) {
        for (const Rules::PromRule &r : g.rules) {
            if (r.alert.isEmpty())
                continue;
            QJsonObject fromRule{{QStringLiteral("alertname"), r.alert}};
            for (const auto &[name, value] : r.labels)
                fromRule.insert(name, value);
            const AlertKey key{QStringLiteral("model"), fromRule.value(QStringLiteral("objective")).toString(),
                               r.alert};
            const Alert *alert = engine.tracker().find(key);
            QVERIFY2(alert, qPrintable(key.fingerprint()));
            // What the engine posts to Alertmanager for the same alert.
            const QJsonArray body =
                QJsonDocument::fromJson(AlertmanagerSender::body({*alert}, T0, std::chrono::seconds(60))).array();
            QCOMPARE(body.size(), 1);
            QCOMPARE(body.first().toObject().value(QStringLiteral("labels")).toObject(), fromRule);
            QCOMPARE(fromRule.value(QStringLiteral("sladesk_window")).toString(), windows.value(r.alert));
            QCOMPARE(fromRule.value(QStringLiteral("tier")).toString(), QStringLiteral("tier-1"));
            for (const Rule &rule : engine.rules(QStringLiteral("model"))) {
                if (rule.name == r.alert)
                    kinds.insert(int(rule.kind));
            }
            ++compared;
        }
    }
    QCOMPARE(kinds, (QSet<int>{int(Rule::Kind::BurnRate), int(Rule::Kind::Threshold), int(Rule::Kind::BudgetBelow),
                               int(Rule::Kind::NoData)}));
    // latency, f1 and raw-ratio have a page and a ticket each; 4 thresholds/budget, 2 noData.
    QCOMPARE(compared, 3 * 2 + 4 + 2);
}

QTEST_GUILESS_MAIN(TestPrometheusRules)
#include "tst_prometheusrules.moc"
