// SPDX-License-Identifier: Apache-2.0
// `slactl grafana` against a real Prometheus (issue 13): every PromQL expression of the
// generated dashboards, with Grafana's variables substituted, is sent to Prometheus 2.42 as
// Grafana sends it (an instant query and a range query) and must be answered with HTTP 200
// and status "success"; the queries that read recorded series must find them; and the
// figures the panels show equal `slactl evaluate` on the same samples.
//
// The data: tests/tools/genmetrics.py (the checkout service, 3 days, a sample a minute),
// backfilled with promtool (prometheusprocess.h, with-prometheus.sh --fixture-only). The
// recording rules `slactl rules` writes for tests/data/grafana/live.yaml are backfilled with
// `promtool tsdb create-blocks-from rules` in three passes, since promtool evaluates every
// rule against the server's data and a rule cannot read what the same pass records: the
// 5-minute increases over the last 2 days and an hour (only those two records of the
// `-increase` group); the error ratios (the derived 2-day window, in the `-increase` group
// after the increases, reads them) over the last hour; the budget left (reads the ratios)
// over the last hour. Prometheus is restarted after each pass to load the new blocks.
//
// promtool, like a live ruler, evaluates a group at a fixed offset within its interval (a
// hash of the group's name and file), so the recorded values are taken at that timestamp,
// not at the end of the data. At that timestamp a window under a day (read from the raw
// series) equals the desktop's figure exactly: checkout-short's 6-hour SLI, budget, status
// and every burn rate under a day. A derived window (a day or more) adds up 5-minute
// increases, each extrapolated on its own, and its edge pieces differ (README, "The derived
// long windows and their bound"): checkout-api's 2-day figures agree within 2 % of the
// error budget (same offsets every run: 1.2 %, 0.01 % and 0.04 %), with the same status
// unless the budget left lies within that tolerance of a status boundary.
#include "tests/integration/prometheusprocess.h"
#include "tests/support/slactlrunner.h"
#include "tests/support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <fstream>
#include <functional>
#include <yaml-cpp/yaml.h>

namespace {

const QString Live = QStringLiteral(SLA_TEST_DATA_DIR "/grafana/live.yaml");
const QString Demo = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
constexpr qint64 DataStart = 1740787200;          // 2025-03-01T00:00:00Z
constexpr qint64 DataEnd = DataStart + 3 * 86400; // the last sample
const QString Remaining = QStringLiteral("sladesk:period_error_budget_remaining:ratio");

/// Runs a program; false (and the output in *log) when it fails.
bool run(const QString &program, const QStringList &args, QString *log, const QString &workDir = {})
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok = p.waitForFinished(240000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *log = program + u' ' + args.join(u' ') + u'\n' + QString::fromUtf8(p.readAll());
    return ok;
}

/// Grafana's global variables as Grafana fills them in for a Prometheus query (a 1-hour
/// range at 1-minute steps, scrape interval 1m): none is left for Prometheus to reject.
QString substituteVariables(QString expr)
{
    const QList<QPair<QString, QString>> vars{{QStringLiteral("$__rate_interval"), QStringLiteral("4m")},
                                              {QStringLiteral("${__rate_interval}"), QStringLiteral("4m")},
                                              {QStringLiteral("$__interval_ms"), QStringLiteral("60000")},
                                              {QStringLiteral("$__interval"), QStringLiteral("1m")},
                                              {QStringLiteral("${__interval}"), QStringLiteral("1m")},
                                              {QStringLiteral("$__range_s"), QStringLiteral("3600")},
                                              {QStringLiteral("$__range_ms"), QStringLiteral("3600000")},
                                              {QStringLiteral("$__range"), QStringLiteral("1h")},
                                              {QStringLiteral("${__range}"), QStringLiteral("1h")}};
    for (const auto &[name, value] : vars)
        expr.replace(name, value);
    return expr;
}

/// One answer of the HTTP API.
struct Answer
{
    int http = 0;
    QJsonObject body;
    QString status() const { return body.value(QStringLiteral("status")).toString(); }
    QJsonArray result() const { return body[QStringLiteral("data")][QStringLiteral("result")].toArray(); }
};

/// GET /api/v1/query (instant at `time`) or /api/v1/query_range (`step` > 0, the hour up to `time`).
Answer ask(const QString &url, const QString &expr, double time, int step = 0)
{
    QStringList args{QStringLiteral("-s"),
                     QStringLiteral("-G"),
                     QStringLiteral("-w"),
                     QStringLiteral("\n%{http_code}"),
                     QStringLiteral("--data-urlencode"),
                     QStringLiteral("query=") + expr};
    if (step > 0) {
        args << url + QStringLiteral("/api/v1/query_range") << QStringLiteral("-d")
             << QStringLiteral("start=%1").arg(time - 3600, 0, 'f', 3) << QStringLiteral("-d")
             << QStringLiteral("end=%1").arg(time, 0, 'f', 3) << QStringLiteral("-d")
             << QStringLiteral("step=%1").arg(step);
    } else {
        args << url + QStringLiteral("/api/v1/query") << QStringLiteral("-d")
             << QStringLiteral("time=%1").arg(time, 0, 'f', 3);
    }
    QProcess curl;
    curl.start(QStringLiteral("curl"), args);
    Answer a;
    if (!curl.waitForFinished(60000))
        return a;
    const QByteArray out = curl.readAllStandardOutput();
    const qsizetype nl = out.lastIndexOf('\n');
    a.http = out.mid(nl + 1).toInt();
    a.body = QJsonDocument::fromJson(out.left(nl)).object();
    return a;
}

/// The value of the one series an instant query returns; NaN when it returns another count.
double value(const QString &url, const QString &expr, double time)
{
    const QJsonArray r = ask(url, expr, time).result();
    return r.size() == 1 ? r[0][QStringLiteral("value")][1].toString().toDouble() : std::nan("");
}

/// Every query of a dashboard: (where, expression) for its targets and annotations.
QList<QPair<QString, QString>> expressions(const QJsonObject &d)
{
    QList<QPair<QString, QString>> out;
    const QString title = d[QStringLiteral("title")].toString();
    for (const QJsonValue &p : d[QStringLiteral("panels")].toArray()) {
        for (const QJsonValue &t : p[QStringLiteral("targets")].toArray())
            out.append({title + QStringLiteral(" / ") + p[QStringLiteral("title")].toString(),
                        t[QStringLiteral("expr")].toString()});
    }
    for (const QJsonValue &a : d[QStringLiteral("annotations")][QStringLiteral("list")].toArray()) {
        if (a[QStringLiteral("expr")].isString())
            out.append({title + QStringLiteral(" / annotation"), a[QStringLiteral("expr")].toString()});
    }
    return out;
}

/// The expression of target `refId` of the panel titled `panel` under the row of `objective`.
QString panelExpr(const QJsonObject &d, const QString &objective, const QString &panel,
                  const QString &refId = QStringLiteral("A"))
{
    bool inRow = false;
    for (const QJsonValue &p : d[QStringLiteral("panels")].toArray()) {
        if (p[QStringLiteral("type")].toString() == u"row") {
            inRow = p[QStringLiteral("title")].toString().startsWith(objective + u':');
            continue;
        }
        if (!inRow || !p[QStringLiteral("title")].toString().startsWith(panel))
            continue;
        for (const QJsonValue &t : p[QStringLiteral("targets")].toArray()) {
            if (t[QStringLiteral("refId")].toString() == refId)
                return t[QStringLiteral("expr")].toString();
        }
    }
    return {};
}

/// The burn-rate expression of window `legend` (5m, 1h, ...) under the row of `objective`.
QString burnExpr(const QJsonObject &d, const QString &objective, const QString &legend)
{
    bool inRow = false;
    for (const QJsonValue &p : d[QStringLiteral("panels")].toArray()) {
        if (p[QStringLiteral("type")].toString() == u"row")
            inRow = p[QStringLiteral("title")].toString().startsWith(objective + u':');
        if (!inRow || p[QStringLiteral("title")].toString() != u"Burn rates")
            continue;
        for (const QJsonValue &t : p[QStringLiteral("targets")].toArray()) {
            if (t[QStringLiteral("legendFormat")].toString() == legend)
                return t[QStringLiteral("expr")].toString();
        }
    }
    return {};
}

/// Writes the recording rules of `rules` whose group name ends with `groupSuffix` and
/// whose record is (`wanted`) or is not (`!wanted`) `record`.
/// The rules of `rules` whose record `keep` accepts, in their groups (same names and
/// intervals: promtool evaluates a group at the offset its name gives), written to `file`.
bool writePass(const YAML::Node &rules, const std::function<bool(const QString &record)> &keep, const QString &file)
{
    YAML::Node groups(YAML::NodeType::Sequence);
    for (const YAML::Node &g : rules["groups"]) {
        YAML::Node kept(YAML::NodeType::Sequence);
        for (const YAML::Node &r : g["rules"]) {
            if (r["record"] && keep(QString::fromStdString(r["record"].as<std::string>())))
                kept.push_back(r);
        }
        if (kept.size() == 0)
            continue;
        YAML::Node copy = YAML::Clone(g);
        copy["rules"] = kept;
        groups.push_back(copy);
    }
    YAML::Node root;
    root["groups"] = groups;
    std::ofstream out(file.toStdString());
    out << root << '\n';
    return bool(out);
}

struct Evaluated
{
    double sli = std::nan("");
    double remaining = std::nan("");
    QString status;
    QJsonObject burnRates;
};

/// `slactl evaluate --recorded` at `at` (Unix seconds with milliseconds): sla/objective -> figures.
QMap<QString, Evaluated> evaluate(const QString &recording, double at, QString *log)
{
    const auto r = Sla::TestSupport::runSlactl({QStringLiteral("evaluate"), Live, QStringLiteral("--recorded"),
                                                recording, QStringLiteral("--at"), QString::number(at, 'f', 3),
                                                QStringLiteral("--format"), QStringLiteral("json")});
    *log = r.err;
    QMap<QString, Evaluated> out;
    for (const QJsonValue &s : QJsonDocument::fromJson(r.out.toUtf8())[QStringLiteral("slas")].toArray()) {
        for (const QJsonValue &o : s[QStringLiteral("objectives")].toArray()) {
            Evaluated e;
            e.sli = o[QStringLiteral("sli")].toDouble(std::nan(""));
            e.remaining = o[QStringLiteral("errorBudget")][QStringLiteral("remaining")].toDouble(std::nan(""));
            e.status = o[QStringLiteral("status")].toString();
            e.burnRates = o[QStringLiteral("burnRates")].toObject();
            out.insert(s[QStringLiteral("name")].toString() + u'/' + o[QStringLiteral("name")].toString(), e);
        }
    }
    return out;
}

/// `slactl evaluate WORKSPACE --at AT --format json` on Prometheus: sla/objective -> its JSON.
/// With `ignoreRules`, SLADESK_IGNORE_RECORDING_RULES=1: the full read.
QMap<QString, QJsonObject> evaluateOnPrometheus(const QString &workspace, qint64 at, QString *log,
                                                bool ignoreRules = false)
{
    Sla::TestSupport::SlactlOptions options;
    if (ignoreRules)
        options.env.insert(QStringLiteral("SLADESK_IGNORE_RECORDING_RULES"), QStringLiteral("1"));
    const auto r =
        Sla::TestSupport::runSlactl({QStringLiteral("evaluate"), workspace, QStringLiteral("--at"), QString::number(at),
                                     QStringLiteral("--format"), QStringLiteral("json")},
                                    options);
    *log = r.err;
    QMap<QString, QJsonObject> out;
    for (const QJsonValue &s : QJsonDocument::fromJson(r.out.toUtf8())[QStringLiteral("slas")].toArray()) {
        for (const QJsonValue &o : s[QStringLiteral("objectives")].toArray())
            out.insert(s[QStringLiteral("name")].toString() + u'/' + o[QStringLiteral("name")].toString(),
                       o.toObject());
    }
    return out;
}

QString statusName(double code)
{
    return code == 0 ? QStringLiteral("met") : code == 1 ? QStringLiteral("at_risk") : QStringLiteral("breached");
}

} // namespace

class TestGrafanaPrometheus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyExpression_isAnsweredByPrometheus();
    void recordedQueries_findTheirSeries();
    void rawWindow_equalsSlactlEvaluate();
    void derivedWindow_agreesWithinTwoPercentOfTheBudget_data();
    void derivedWindow_agreesWithinTwoPercentOfTheBudget();

    void recordingRules_readWhenTheyCoverTheWindow();
    void recordingRules_fullReadOtherwise();

private:
    bool backfillPass(const QString &rules, qint64 from, QString *log);
    /// live.yaml on this Prometheus, with `replace` applied (pairs of before, after).
    QString liveWorkspace(const QString &name, const QList<QPair<QString, QString>> &replace);
    /// The compiled `record` (sladesk:sli_good:increase5m or ..._total...) of checkout-api's `objective`.
    QString increaseExpr(const QString &record, const QString &objective) const;

    Sla::TestSupport::TempWorkspace m_tmp;
    PrometheusProcess m_prom;
    QString m_recording;
    QMap<QString, QJsonObject> m_live; ///< SLA name -> dashboard
    QList<QJsonObject> m_demo;
    YAML::Node m_rules;
};

QString TestGrafanaPrometheus::liveWorkspace(const QString &name, const QList<QPair<QString, QString>> &replace)
{
    QFile in(Live);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(in.readAll());
    text.replace(QStringLiteral("http://127.0.0.1:9090"), m_prom.url());
    for (const auto &[before, after] : replace)
        text.replace(before, after);
    const QString path = m_tmp.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0)
        return {};
    return path;
}

QString TestGrafanaPrometheus::increaseExpr(const QString &record, const QString &objective) const
{
    for (const YAML::Node &g : m_rules["groups"]) {
        for (const YAML::Node &r : g["rules"]) {
            if (r["record"] && QString::fromStdString(r["record"].as<std::string>()) == record &&
                r["labels"]["sla"].as<std::string>() == "checkout-api" &&
                QString::fromStdString(r["labels"]["objective"].as<std::string>()) == objective)
                return QString::fromStdString(r["expr"].as<std::string>());
        }
    }
    return {};
}

bool TestGrafanaPrometheus::backfillPass(const QString &rules, qint64 from, QString *log)
{
    const QString out = m_tmp.filePath(QStringLiteral("blocks"));
    QDir(out).removeRecursively();
    if (!run(QStringLiteral("promtool"),
             {QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("rules"),
              QStringLiteral("-q"), QStringLiteral("--url=") + m_prom.url(), QStringLiteral("--start=%1").arg(from),
              QStringLiteral("--end=%1").arg(DataEnd), QStringLiteral("--output-dir=") + out, rules},
             log, m_tmp.path()))
        return false;
    m_prom.stop();
    for (const QString &block : QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!QDir().rename(out + u'/' + block, m_prom.dataDir() + u'/' + block)) {
            *log = QStringLiteral("cannot move the block ") + block;
            return false;
        }
    }
    if (!m_prom.start()) {
        *log = m_prom.error();
        return false;
    }
    return true;
}

void TestGrafanaPrometheus::initTestCase()
{
    QString log;
    m_recording = m_tmp.filePath(QStringLiteral("live.om"));
    QVERIFY2(run(QStringLiteral("python3"),
                 {QStringLiteral(SLA_SOURCE_DIR "/tests/tools/genmetrics.py"), QStringLiteral("--start"),
                  QString::number(DataStart), QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--scale"),
                  QStringLiteral("1"), QStringLiteral("-o"), m_recording},
                 &log),
             qPrintable(log));
    QVERIFY2(m_prom.prepare(m_recording), qPrintable(m_prom.error()));
    QVERIFY2(m_prom.start(), qPrintable(m_prom.error()));

    const QString rulesFile = m_tmp.filePath(QStringLiteral("rules.yml"));
    const auto rules = Sla::TestSupport::runSlactl({QStringLiteral("rules"), Live, QStringLiteral("-o"), rulesFile});
    QVERIFY2(rules.code == 0, qPrintable(rules.err));
    const YAML::Node all = YAML::LoadFile(rulesFile.toStdString());
    m_rules = all;
    // The ratios and the budget left are backfilled from the same path: the group offset
    // hashes the group's name and file, so both passes evaluate at the same timestamps.
    const QString increases = m_tmp.filePath(QStringLiteral("increases.yml"));
    const QString sli = m_tmp.filePath(QStringLiteral("sli.yml"));
    // promtool runs in the temporary folder with relative names: the offsets (and so the
    // figures below) are the same on every run.
    const auto isIncrease = [](const QString &record) { return record.endsWith(QStringLiteral(":increase5m")); };
    QVERIFY(writePass(all, isIncrease, increases));
    QVERIFY2(backfillPass(QStringLiteral("increases.yml"), DataEnd - 2 * 86400 - 3600, &log), qPrintable(log));
    QVERIFY(writePass(
        all, [&](const QString &r) { return !isIncrease(r) && r != Remaining; }, sli));
    QVERIFY2(backfillPass(QStringLiteral("sli.yml"), DataEnd - 3600, &log), qPrintable(log));
    QVERIFY(writePass(
        all, [](const QString &r) { return r == Remaining; }, sli));
    QVERIFY2(backfillPass(QStringLiteral("sli.yml"), DataEnd - 3600, &log), qPrintable(log));

    for (const auto &[workspace, dir] :
         {std::pair{Live, QStringLiteral("live")}, std::pair{Demo, QStringLiteral("demo")}}) {
        const auto g = Sla::TestSupport::runSlactl(
            {QStringLiteral("grafana"), workspace, QStringLiteral("-o"), m_tmp.filePath(dir)});
        QVERIFY2(g.code == 0, qPrintable(g.err));
        for (const QString &name : QDir(m_tmp.filePath(dir)).entryList({QStringLiteral("*.json")})) {
            QFile f(m_tmp.filePath(dir + u'/' + name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject d = QJsonDocument::fromJson(f.readAll()).object();
            if (dir == u"live")
                m_live.insert(name.mid(8).chopped(5), d); // sladesk-NAME.json
            else
                m_demo << d;
        }
    }
    QCOMPARE(m_live.keys(), QStringList({QStringLiteral("checkout-api"), QStringLiteral("checkout-short")}));
    QCOMPARE(m_demo.size(), 3);
}

void TestGrafanaPrometheus::everyExpression_isAnsweredByPrometheus()
{
    int asked = 0;
    QList<QJsonObject> all = m_demo;
    all << m_live.values();
    for (const QJsonObject &d : std::as_const(all)) {
        for (const auto &[where, raw] : expressions(d)) {
            const QString expr = substituteVariables(raw);
            QVERIFY2(!expr.contains(u'$'), qPrintable(where + QStringLiteral(": a variable is left in ") + expr));
            for (const int step : {0, 60}) {
                const Answer a = ask(m_prom.url(), expr, double(DataEnd), step);
                QVERIFY2(a.http == 200 && a.status() == u"success",
                         qPrintable(
                             QStringLiteral("%1: HTTP %2 %3 for %4")
                                 .arg(where)
                                 .arg(a.http)
                                 .arg(QString::fromUtf8(QJsonDocument(a.body).toJson(QJsonDocument::Compact)), expr)));
                ++asked;
            }
        }
    }
    qInfo("%d queries answered", asked);
    QVERIFY(asked > 200);
}

void TestGrafanaPrometheus::recordedQueries_findTheirSeries()
{
    int found = 0;
    for (const QJsonObject &d : std::as_const(m_live)) {
        for (const auto &[where, expr] : expressions(d)) {
            if (expr.startsWith(QStringLiteral("ALERTS")))
                continue; // no alert fired: the annotation query is only checked to be answered
            const QJsonArray result = ask(m_prom.url(), expr, double(DataEnd)).result();
            QVERIFY2(result.size() == 1,
                     qPrintable(QStringLiteral("%1: %2 series for %3").arg(where).arg(result.size()).arg(expr)));
            ++found;
        }
    }
    QVERIFY(found > 30);
}

void TestGrafanaPrometheus::rawWindow_equalsSlactlEvaluate()
{
    const QJsonObject d = m_live.value(QStringLiteral("checkout-short"));
    const QString budget = panelExpr(d, QStringLiteral("availability"), QStringLiteral("Error budget remaining"));
    QVERIFY(!budget.isEmpty());
    // The rules' evaluation timestamp nearest the end of the data.
    const double at = value(m_prom.url(), QStringLiteral("timestamp(%1)").arg(budget), double(DataEnd));
    QVERIFY2(std::isfinite(at) && at > DataEnd - 300, qPrintable(QString::number(at, 'f', 3)));
    QString log;
    const Evaluated e = evaluate(m_recording, at, &log).value(QStringLiteral("checkout-short/availability"));
    QVERIFY2(std::isfinite(e.sli), qPrintable(log));
    auto same = [](double a, double b) { return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b)); };
    const double sli =
        value(m_prom.url(), panelExpr(d, QStringLiteral("availability"), QStringLiteral("SLI against")), at);
    QVERIFY2(same(sli, e.sli),
             qPrintable(QStringLiteral("dashboard %1, slactl %2").arg(sli, 0, 'g', 17).arg(e.sli, 0, 'g', 17)));
    const double remaining = value(m_prom.url(), budget, at);
    QVERIFY2(
        same(remaining, e.remaining),
        qPrintable(QStringLiteral("dashboard %1, slactl %2").arg(remaining, 0, 'g', 17).arg(e.remaining, 0, 'g', 17)));
    const double status =
        value(m_prom.url(), panelExpr(d, QStringLiteral("availability"), QStringLiteral("Status")), at);
    QCOMPARE(statusName(status), e.status);
    for (const QString &w : {QStringLiteral("5m"), QStringLiteral("30m"), QStringLiteral("1h"), QStringLiteral("2h"),
                             QStringLiteral("6h")}) {
        const double burn = value(m_prom.url(), burnExpr(d, QStringLiteral("availability"), w), at);
        const double expected = e.burnRates.value(w).toDouble(std::nan(""));
        QVERIFY2(
            same(burn, expected),
            qPrintable(
                QStringLiteral("%1: dashboard %2, slactl %3").arg(w).arg(burn, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    }
    qInfo("checkout-short/availability at %.3f: SLI %.15g, budget left %.15g, %s", at, sli, remaining,
          qPrintable(e.status));
}

void TestGrafanaPrometheus::derivedWindow_agreesWithinTwoPercentOfTheBudget_data()
{
    QTest::addColumn<QString>("objective");
    QTest::addColumn<double>("target");
    QTest::addRow("availability") << QStringLiteral("availability") << 0.999;
    QTest::addRow("latency") << QStringLiteral("latency") << 0.95;
    QTest::addRow("precision") << QStringLiteral("precision") << 0.9;
}

void TestGrafanaPrometheus::derivedWindow_agreesWithinTwoPercentOfTheBudget()
{
    QFETCH(QString, objective);
    QFETCH(double, target);
    const QJsonObject d = m_live.value(QStringLiteral("checkout-api"));
    const QString budget = panelExpr(d, objective, QStringLiteral("Error budget remaining"));
    const double at = value(m_prom.url(), QStringLiteral("timestamp(%1)").arg(budget), double(DataEnd));
    QVERIFY(std::isfinite(at));
    QString log;
    const Evaluated e = evaluate(m_recording, at, &log).value(QStringLiteral("checkout-api/") + objective);
    QVERIFY2(std::isfinite(e.sli), qPrintable(log));
    const double sli = value(m_prom.url(), panelExpr(d, objective, QStringLiteral("SLI against")), at);
    const double remaining = value(m_prom.url(), budget, at);
    qInfo("%s: SLI dashboard %.12g, slactl %.12g (%.3g of the budget); budget left %.6g, %.6g", qPrintable(objective),
          sli, e.sli, std::abs(sli - e.sli) / (1 - target), remaining, e.remaining);
    QVERIFY2(std::abs(sli - e.sli) <= 0.02 * (1 - target), qPrintable(QString::number(sli - e.sli)));
    QVERIFY2(std::abs(remaining - e.remaining) <= 0.02, qPrintable(QString::number(remaining - e.remaining)));
    // The same status, unless the desktop's budget left is within that tolerance of a
    // status boundary (0, and tier-3's atRisk 0.25): there the two may fall on either side.
    const QString status = statusName(value(m_prom.url(), panelExpr(d, objective, QStringLiteral("Status")), at));
    if (std::abs(e.remaining) <= 0.02 || std::abs(e.remaining - 0.25) <= 0.02)
        qInfo("%s: budget left on a status boundary: dashboard %s, slactl %s", qPrintable(objective),
              qPrintable(status), qPrintable(e.status));
    else
        QCOMPARE(status, e.status);
}

// The evaluator reads the recording rules (README "Reading the recording rules"): at the
// end of the data the increases are recorded over the whole 2-day window of checkout-api
// (backfilled from 2 days and an hour before), so its three count-based objectives are
// read from them ("read": "recording_rules"); the timeslice objectives and checkout-short's
// 6-hour window are read in full. The figures differ from the full read (the same
// workspace with SLADESK_IGNORE_RECORDING_RULES=1) by at most the README's bound: the events
// of the pieces at the window's ends (n_in before the start, n_out after the last piece,
// each at most the events of 10 minutes around the edge, B their bad events):
//   |derived - exact| <= (max(B_in, r N_in) + max(B_out, r N_out)) / (N - N_out)
void TestGrafanaPrometheus::recordingRules_readWhenTheyCoverTheWindow()
{
    const qint64 at = DataEnd;
    QString log;
    const QString live = liveWorkspace(QStringLiteral("rules-read.yaml"), {});
    const QMap<QString, QJsonObject> rules = evaluateOnPrometheus(live, at, &log);
    QVERIFY2(rules.size() == 6, qPrintable(log));
    const QMap<QString, QJsonObject> full = evaluateOnPrometheus(live, at, &log, true);
    QVERIFY2(full.size() == 6, qPrintable(log));
    for (const QString &o : {QStringLiteral("checkout-api/p95"), QStringLiteral("checkout-api/amount-drift"),
                             QStringLiteral("checkout-short/availability")}) {
        QCOMPARE(rules[o][QStringLiteral("read")].toString(), QStringLiteral("full"));
        QCOMPARE(rules[o][QStringLiteral("sli")].toDouble(), full[o][QStringLiteral("sli")].toDouble());
    }
    const auto events = [this](const QString &expr, const QString &range, qint64 t) {
        return value(m_prom.url(), QString(expr).replace(QStringLiteral("[5m]"), u'[' + range + u']'), double(t));
    };
    for (const QString &objective :
         {QStringLiteral("availability"), QStringLiteral("latency"), QStringLiteral("precision")}) {
        const QJsonObject r = rules[QStringLiteral("checkout-api/") + objective];
        const QJsonObject f = full[QStringLiteral("checkout-api/") + objective];
        QCOMPARE(r[QStringLiteral("read")].toString(), QStringLiteral("recording_rules"));
        QCOMPARE(f[QStringLiteral("read")].toString(), QStringLiteral("full"));
        const QString good = increaseExpr(QStringLiteral("sladesk:sli_good:increase5m"), objective);
        const QString total = increaseExpr(QStringLiteral("sladesk:sli_total:increase5m"), objective);
        QVERIFY(!good.isEmpty() && !total.isEmpty());
        const double n = events(total, QStringLiteral("2d"), at);
        const double rate = 1 - events(good, QStringLiteral("2d"), at) / n;
        const double nIn = events(total, QStringLiteral("10m"), at - 2 * 86400 + 300);
        const double bIn = nIn - events(good, QStringLiteral("10m"), at - 2 * 86400 + 300);
        const double nOut = events(total, QStringLiteral("10m"), at);
        const double bOut = nOut - events(good, QStringLiteral("10m"), at);
        const double bound = (std::max(bIn, rate * nIn) + std::max(bOut, rate * nOut)) / (n - nOut);
        const double sliFull = f[QStringLiteral("sli")].toDouble();
        const double sliRules = r[QStringLiteral("sli")].toDouble();
        qInfo("%s: SLI from the recording rules %.12g, full read %.12g (exact %.12g): difference %.3g, bound %.3g",
              qPrintable(objective), sliRules, sliFull, 1 - rate, std::abs(sliRules - sliFull), bound);
        QVERIFY2(std::abs(sliFull - (1 - rate)) < 1e-9, qPrintable(QString::number(sliFull - (1 - rate))));
        QVERIFY2(std::isfinite(bound) && bound > 0 && bound < 0.01, qPrintable(QString::number(bound)));
        // The edge bound holds for pieces that are exact increases. Here each 5-minute piece
        // is an `increase` over 1-minute samples, extrapolated on its own (README), which
        // adds a difference of its own (availability: 1.27e-5 against an edge bound of
        // 4e-6): the same tolerance as the dashboards' derived windows above, 2 % of the
        // error budget.
        const double target = objective == u"availability" ? 0.999 : objective == u"latency" ? 0.95 : 0.9;
        QVERIFY2(std::abs(sliRules - sliFull) <= std::max(bound, 0.02 * (1 - target)),
                 qPrintable(QString::number(sliRules - sliFull)));
        // The burn rates under a day come from the raw series in both reads.
        for (const QString &w : {QStringLiteral("5m"), QStringLiteral("1h"), QStringLiteral("6h")}) {
            QCOMPARE(r[QStringLiteral("burnRates")][w].toDouble(), f[QStringLiteral("burnRates")][w].toDouble());
        }
        QVERIFY(std::isfinite(r[QStringLiteral("burnRates")][QStringLiteral("1d")].toDouble(std::nan(""))));
    }
}

// The full read wherever the recorded series do not belong to the objective or do not
// cover its window: a changed query (another hash), a window that starts before the
// backfill, a time without recorded series.
void TestGrafanaPrometheus::recordingRules_fullReadOtherwise()
{
    QString log;
    // The same series, written differently: another hash than the recorded one.
    const QString changed =
        liveWorkspace(QStringLiteral("rules-changed.yaml"),
                      {{QStringLiteral(R"(bad: 'http_requests_total{service="checkout",code=~"5.."}')"),
                        QStringLiteral(R"(bad: 'http_requests_total{code=~"5..",service="checkout"}')")}});
    const QString live = liveWorkspace(QStringLiteral("rules-read.yaml"), {});
    const QMap<QString, QJsonObject> now = evaluateOnPrometheus(changed, DataEnd, &log);
    QVERIFY2(now.size() == 6, qPrintable(log));
    const QMap<QString, QJsonObject> full = evaluateOnPrometheus(live, DataEnd, &log, true);
    QCOMPARE(now[QStringLiteral("checkout-api/availability")][QStringLiteral("read")].toString(),
             QStringLiteral("full"));
    QCOMPARE(now[QStringLiteral("checkout-api/availability")][QStringLiteral("sli")].toDouble(),
             full[QStringLiteral("checkout-api/availability")][QStringLiteral("sli")].toDouble());
    QCOMPARE(now[QStringLiteral("checkout-api/latency")][QStringLiteral("read")].toString(),
             QStringLiteral("recording_rules"));
    // Two hours before the end the window starts an hour before the first recorded piece;
    // two days and three hours before, nothing is recorded around the evaluation time.
    for (const qint64 at : {DataEnd - 2 * 3600, DataEnd - 2 * 86400 - 3 * 3600}) {
        const QMap<QString, QJsonObject> before = evaluateOnPrometheus(live, at, &log);
        QVERIFY2(before.size() == 6, qPrintable(log));
        for (const QString &objective : {QStringLiteral("availability"), QStringLiteral("latency")}) {
            QCOMPARE(before[QStringLiteral("checkout-api/") + objective][QStringLiteral("read")].toString(),
                     QStringLiteral("full"));
        }
    }
}

QTEST_GUILESS_MAIN(TestGrafanaPrometheus)
#include "tst_grafana_prometheus.moc"
