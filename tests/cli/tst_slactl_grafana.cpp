// SPDX-License-Identifier: Apache-2.0
// `slactl grafana` (issue 13): the real binary on the demo workspace and on
// tests/data/grafana/mixed.yaml. Every dashboard is checked field by field against
// Grafana's documented dashboard JSON model (classic model, "Dashboard JSON model":
// uid (at most 40 characters), title, tags, time, templating.list, annotations.list, links,
// schemaVersion, panels with id, type, title, gridPos {h, w, x, y} on the 24-column grid,
// datasource {type, uid}, targets with refId and expr, fieldConfig {defaults, overrides}
// with absolute threshold steps whose first value is null), and against `slactl rules`:
// every recorded series a query reads is one the rules write.
#include "tests/support/slactlrunner.h"
#include "tests/support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRect>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>
#include <yaml-cpp/yaml.h>

namespace {
using Run = Sla::TestSupport::SlactlResult<QString>;

const QString Demo = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
const QString Mixed = QStringLiteral(SLA_TEST_DATA_DIR "/grafana/mixed.yaml");

Run slactl(const QStringList &args)
{
    Sla::TestSupport::SlactlOptions options;
    options.timeoutMs = 120000;
    return Sla::TestSupport::runSlactl(args, options);
}

QJsonObject readJson(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// The dashboards slactl grafana wrote into `dir`, keyed by file name.
QMap<QString, QJsonObject> dashboards(const QString &dir)
{
    QMap<QString, QJsonObject> out;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files))
        out.insert(name, readJson(QDir(dir).filePath(name)));
    return out;
}

/// Collects what violates the documented model; `where` prefixes each finding.
struct ModelCheck
{
    QStringList errors;

    void require(bool ok, const QString &where, const QString &what)
    {
        if (!ok)
            errors << where + QStringLiteral(": ") + what;
    }
    void datasource(const QJsonValue &v, const QString &where)
    {
        const QJsonObject ds = v.toObject();
        require(v.isObject(), where, QStringLiteral("datasource is not an object"));
        require(ds.value(QStringLiteral("type")).isString(), where, QStringLiteral("datasource.type"));
        require(!ds.value(QStringLiteral("uid")).toString().isEmpty(), where, QStringLiteral("datasource.uid"));
    }
    void thresholds(const QJsonObject &t, const QString &where)
    {
        const QString mode = t.value(QStringLiteral("mode")).toString();
        require(mode == u"absolute" || mode == u"percentage", where, QStringLiteral("thresholds.mode ") + mode);
        const QJsonArray steps = t.value(QStringLiteral("steps")).toArray();
        require(!steps.isEmpty(), where, QStringLiteral("no threshold steps"));
        double last = -std::numeric_limits<double>::infinity();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QJsonObject s = steps[i].toObject();
            require(s.value(QStringLiteral("color")).isString(), where, QStringLiteral("step colour"));
            const QJsonValue v = s.value(QStringLiteral("value"));
            if (i == 0) {
                require(v.isNull(), where, QStringLiteral("the base step's value is not null"));
                continue;
            }
            require(v.isDouble() && v.toDouble() > last, where, QStringLiteral("threshold steps not ascending"));
            last = v.toDouble();
        }
    }
    void targets(const QJsonObject &p, const QString &where)
    {
        const QJsonArray targets = p.value(QStringLiteral("targets")).toArray();
        require(!targets.isEmpty(), where, QStringLiteral("no targets"));
        QSet<QString> refIds;
        for (const QJsonValue &t : targets) {
            const QString refId = t[QStringLiteral("refId")].toString();
            require(!refId.isEmpty() && !refIds.contains(refId), where, QStringLiteral("refId missing or repeated"));
            refIds.insert(refId);
            require(!t[QStringLiteral("expr")].toString().trimmed().isEmpty(), where, QStringLiteral("empty expr"));
            datasource(t[QStringLiteral("datasource")], where + u'/' + refId);
            require(t[QStringLiteral("datasource")][QStringLiteral("type")].toString() == u"prometheus", where,
                    QStringLiteral("target datasource is not prometheus"));
        }
    }
    void panel(const QJsonObject &p, const QString &where)
    {
        const QString type = p.value(QStringLiteral("type")).toString();
        static const QStringList types{QStringLiteral("row"), QStringLiteral("timeseries"), QStringLiteral("stat"),
                                       QStringLiteral("text")};
        require(types.contains(type), where, QStringLiteral("unknown panel type ") + type);
        require(p.value(QStringLiteral("title")).isString(), where, QStringLiteral("title"));
        if (type == u"row") {
            require(p.value(QStringLiteral("collapsed")).isBool(), where, QStringLiteral("row.collapsed"));
            require(p.value(QStringLiteral("panels")).isArray(), where, QStringLiteral("row.panels"));
            return;
        }
        if (type == u"text") {
            require(!p[QStringLiteral("options")][QStringLiteral("content")].toString().isEmpty(), where,
                    QStringLiteral("text.content"));
            return;
        }
        datasource(p.value(QStringLiteral("datasource")), where);
        targets(p, where);
        const QJsonObject fc = p.value(QStringLiteral("fieldConfig")).toObject();
        require(fc.value(QStringLiteral("defaults")).isObject() && fc.value(QStringLiteral("overrides")).isArray(),
                where, QStringLiteral("fieldConfig {defaults, overrides}"));
        thresholds(fc[QStringLiteral("defaults")][QStringLiteral("thresholds")].toObject(), where);
    }
    /// gridPos: integers on the 24-column grid; returns the rectangle.
    QRect gridPos(const QJsonObject &p, const QString &where)
    {
        const QJsonObject g = p.value(QStringLiteral("gridPos")).toObject();
        for (const char *key : {"h", "w", "x", "y"}) {
            const QJsonValue v = g.value(QLatin1String(key));
            require(v.isDouble() && v.toDouble() == double(v.toInt()), where,
                    QStringLiteral("gridPos.%1 is not an integer").arg(QLatin1String(key)));
        }
        const QRect r(g[QStringLiteral("x")].toInt(), g[QStringLiteral("y")].toInt(), g[QStringLiteral("w")].toInt(),
                      g[QStringLiteral("h")].toInt());
        require(r.width() >= 1 && r.height() >= 1 && r.x() >= 0 && r.y() >= 0 && r.x() + r.width() <= 24, where,
                QStringLiteral("gridPos outside the 24-column grid"));
        return r;
    }
    void panels(const QJsonArray &panels, const QString &file)
    {
        QSet<int> ids;
        QList<QPair<QRect, QString>> placed;
        for (const QJsonValue &v : panels) {
            const QJsonObject p = v.toObject();
            const QString where = file + QStringLiteral(" panel '") + p[QStringLiteral("title")].toString() + u'\'';
            const QJsonValue id = p.value(QStringLiteral("id"));
            require(id.isDouble() && id.toInt() > 0 && !ids.contains(id.toInt()), where,
                    QStringLiteral("id missing or repeated"));
            ids.insert(id.toInt());
            const QRect r = gridPos(p, where);
            for (const auto &[other, name] : std::as_const(placed))
                require(!r.intersects(other), where, QStringLiteral("overlaps ") + name);
            placed.append({r, where});
            panel(p, where);
        }
    }
    void dashboard(const QJsonObject &d, const QString &file)
    {
        static const QRegularExpression uidPattern(QStringLiteral("^[A-Za-z0-9_-]{1,40}$"));
        require(uidPattern.match(d[QStringLiteral("uid")].toString()).hasMatch(), file, QStringLiteral("uid"));
        require(!d[QStringLiteral("title")].toString().isEmpty(), file, QStringLiteral("title"));
        // Grafana 10.0 writes 38, 10.3 to 11.x write 39 to 41.
        const QJsonValue schema = d[QStringLiteral("schemaVersion")];
        require(schema.isDouble() && schema.toInt() >= 38 && schema.toInt() <= 41, file,
                QStringLiteral("schemaVersion"));
        require(d[QStringLiteral("id")].isNull(), file, QStringLiteral("id must be null in a provisioned file"));
        require(d[QStringLiteral("tags")].isArray(), file, QStringLiteral("tags"));
        for (const QJsonValue &t : d[QStringLiteral("tags")].toArray())
            require(t.isString(), file, QStringLiteral("tag is not a string"));
        require(d[QStringLiteral("time")][QStringLiteral("from")].isString() &&
                    d[QStringLiteral("time")][QStringLiteral("to")].isString(),
                file, QStringLiteral("time {from, to}"));
        require(d[QStringLiteral("editable")].isBool(), file, QStringLiteral("editable"));
        require(d[QStringLiteral("graphTooltip")].isDouble(), file, QStringLiteral("graphTooltip"));
        require(d[QStringLiteral("templating")][QStringLiteral("list")].isArray(), file, QStringLiteral("templating"));
        require(d[QStringLiteral("annotations")][QStringLiteral("list")].isArray(), file,
                QStringLiteral("annotations"));
        for (const QJsonValue &a : d[QStringLiteral("annotations")][QStringLiteral("list")].toArray()) {
            require(a[QStringLiteral("name")].isString() && a[QStringLiteral("enable")].isBool(), file,
                    QStringLiteral("annotation {name, enable}"));
            datasource(a[QStringLiteral("datasource")], file + QStringLiteral(" annotation"));
        }
        for (const QJsonValue &l : d[QStringLiteral("links")].toArray()) {
            require(l[QStringLiteral("title")].isString() && l[QStringLiteral("type")].toString() == u"link" &&
                        !l[QStringLiteral("url")].toString().isEmpty(),
                    file, QStringLiteral("link {title, type, url}"));
        }
        panels(d[QStringLiteral("panels")].toArray(), file);
    }
};

/// Every query expression of a dashboard: its targets' and its annotations'.
QStringList expressions(const QJsonObject &d)
{
    QStringList out;
    for (const QJsonValue &p : d[QStringLiteral("panels")].toArray()) {
        for (const QJsonValue &t : p[QStringLiteral("targets")].toArray())
            out << t[QStringLiteral("expr")].toString();
    }
    for (const QJsonValue &a : d[QStringLiteral("annotations")][QStringLiteral("list")].toArray()) {
        if (a[QStringLiteral("expr")].isString())
            out << a[QStringLiteral("expr")].toString();
    }
    return out;
}

/// The recorded series names (`record:`) of a rule file.
QSet<QString> recordNames(const QString &file)
{
    QSet<QString> out;
    for (const YAML::Node &group : YAML::LoadFile(file.toStdString())["groups"]) {
        for (const YAML::Node &rule : group["rules"]) {
            if (rule["record"])
                out.insert(QString::fromStdString(rule["record"].as<std::string>()));
        }
    }
    return out;
}

QJsonObject panelTitled(const QJsonObject &d, const QString &title, int nth = 0)
{
    for (const QJsonValue &p : d[QStringLiteral("panels")].toArray()) {
        if (p[QStringLiteral("title")].toString() == title && nth-- == 0)
            return p.toObject();
    }
    return {};
}

} // namespace

class TestSlactlGrafana : public QObject
{
    Q_OBJECT
private slots:
    void demo_dashboardsFollowTheDocumentedModel();
    void demo_stableOutput();
    void queries_readTheSeriesTheRulesRecord_data();
    void queries_readTheSeriesTheRulesRecord();
    void burnRates_thresholdStepsAreTheAlertFactors();
    void status_andBudget();
    void mixed_noPromqlFormIsListedNeverDropped();
    void mixed_timeslicesInRawPromql();
    void datasourceUid_replacesTheVariable();
    void provisioning_isAFileProvider();
    void usageErrors();
    void modelCheck_findsPlantedFaults();
};

void TestSlactlGrafana::demo_dashboardsFollowTheDocumentedModel()
{
    Sla::TestSupport::TempWorkspace tmp;
    const QString out = tmp.filePath(QStringLiteral("dash"));
    const Run r = slactl({QStringLiteral("grafana"), Demo, QStringLiteral("-o"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QMap<QString, QJsonObject> all = dashboards(out);
    QCOMPARE(all.keys(), QStringList({QStringLiteral("sladesk-analytics-model.json"),
                                      QStringLiteral("sladesk-fraud-detection-api.json"),
                                      QStringLiteral("sladesk-recommendation-api.json")}));
    QSet<QString> uids;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        ModelCheck check;
        check.dashboard(it.value(), it.key());
        QVERIFY2(check.errors.isEmpty(), qPrintable(check.errors.join(u'\n')));
        uids.insert(it.value()[QStringLiteral("uid")].toString());
        QVERIFY(r.out.contains(it.key()));
        // Without --datasource-uid: one datasource variable, and every query uses it.
        const QJsonArray vars = it.value()[QStringLiteral("templating")][QStringLiteral("list")].toArray();
        QCOMPARE(vars.size(), 1);
        QCOMPARE(vars[0][QStringLiteral("type")].toString(), QStringLiteral("datasource"));
        QCOMPARE(vars[0][QStringLiteral("query")].toString(), QStringLiteral("prometheus"));
    }
    QCOMPARE(uids.size(), 3);
    const QJsonObject fraud = all.value(QStringLiteral("sladesk-fraud-detection-api.json"));
    QCOMPARE(fraud[QStringLiteral("links")][0][QStringLiteral("url")].toString(),
             QStringLiteral("sladesk://sla/fraud-detection-api"));
    QCOMPARE(fraud[QStringLiteral("time")][QStringLiteral("from")].toString(), QStringLiteral("now-30d"));
    QVERIFY(fraud[QStringLiteral("tags")].toArray().contains(QStringLiteral("tier-1")));
    // The drift objective has no PromQL form: a warning, and the dashboard says so.
    QVERIFY2(r.err.contains(QStringLiteral("fraud-detection-api/amount-drift: not on the dashboard")),
             qPrintable(r.err));
    QVERIFY(!panelTitled(fraud, QStringLiteral("Not on this dashboard")).isEmpty());
}

void TestSlactlGrafana::demo_stableOutput()
{
    Sla::TestSupport::TempWorkspace tmp;
    for (const QString &dir : {QStringLiteral("a"), QStringLiteral("b")})
        QCOMPARE(slactl({QStringLiteral("grafana"), Demo, QStringLiteral("-o"), tmp.filePath(dir)}).code, 0);
    for (const QString &name : dashboards(tmp.filePath(QStringLiteral("a"))).keys()) {
        QFile a(tmp.filePath(QStringLiteral("a/") + name));
        QFile b(tmp.filePath(QStringLiteral("b/") + name));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }
    // Only one SLA: the same uid as in the whole set.
    QCOMPARE(slactl({QStringLiteral("grafana"), Demo, QStringLiteral("--sla"), QStringLiteral("fraud-detection-api"),
                     QStringLiteral("-o"), tmp.filePath(QStringLiteral("c"))})
                 .code,
             0);
    const QString file = QStringLiteral("/sladesk-fraud-detection-api.json");
    QCOMPARE(dashboards(tmp.filePath(QStringLiteral("c"))).size(), 1);
    QCOMPARE(readJson(tmp.filePath(QStringLiteral("c")) + file)[QStringLiteral("uid")],
             readJson(tmp.filePath(QStringLiteral("a")) + file)[QStringLiteral("uid")]);
}

void TestSlactlGrafana::queries_readTheSeriesTheRulesRecord_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addRow("demo") << Demo;
    QTest::addRow("mixed") << Mixed;
}

void TestSlactlGrafana::queries_readTheSeriesTheRulesRecord()
{
    QFETCH(QString, workspace);
    Sla::TestSupport::TempWorkspace tmp;
    const QString rules = tmp.filePath(QStringLiteral("rules.yml"));
    QCOMPARE(slactl({QStringLiteral("rules"), workspace, QStringLiteral("-o"), rules}).code, 0);
    const QSet<QString> records = recordNames(rules);
    QVERIFY(records.contains(QStringLiteral("sladesk:period_error_budget_remaining:ratio")));
    const Run r =
        slactl({QStringLiteral("grafana"), workspace, QStringLiteral("-o"), tmp.filePath(QStringLiteral("d"))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    static const QRegularExpression name(QStringLiteral("sladesk:[A-Za-z0-9_:]+"));
    int read = 0;
    for (const QJsonObject &d : dashboards(tmp.filePath(QStringLiteral("d")))) {
        for (const QString &expr : expressions(d)) {
            for (const QRegularExpressionMatch &m : name.globalMatch(expr)) {
                QVERIFY2(records.contains(m.captured()), qPrintable(m.captured() + QStringLiteral(" in ") + expr));
                ++read;
            }
        }
    }
    QVERIFY(read > 10);
}

void TestSlactlGrafana::burnRates_thresholdStepsAreTheAlertFactors()
{
    Sla::TestSupport::TempWorkspace tmp;
    QCOMPARE(slactl({QStringLiteral("grafana"), Mixed, QStringLiteral("-o"), tmp.path()}).code, 0);
    const QJsonObject d = readJson(tmp.filePath(QStringLiteral("sladesk-model.json")));
    const QJsonObject burn = panelTitled(d, QStringLiteral("Burn rates"));
    QVERIFY(!burn.isEmpty());
    const QJsonArray steps = burn[QStringLiteral("fieldConfig")][QStringLiteral("defaults")]
                                 [QStringLiteral("thresholds")][QStringLiteral("steps")]
                                     .toArray();
    QStringList got;
    for (const QJsonValue &s : steps)
        got << (s[QStringLiteral("value")].isNull() ? QStringLiteral("base")
                                                    : QString::number(s[QStringLiteral("value")].toDouble())) +
                   u':' + s[QStringLiteral("color")].toString();
    // The default set (ticket 1x and 3x, page 6x and 14.4x) and the SLA's own info pair at 10x.
    QCOMPARE(got, QStringList({QStringLiteral("base:green"), QStringLiteral("1:orange"), QStringLiteral("3:orange"),
                               QStringLiteral("6:red"), QStringLiteral("10:yellow"), QStringLiteral("14.4:red")}));
    QStringList legends;
    for (const QJsonValue &t : burn[QStringLiteral("targets")].toArray()) {
        legends << t[QStringLiteral("legendFormat")].toString();
        QVERIFY(t[QStringLiteral("expr")].toString().endsWith(QStringLiteral(" / (1 - 0.999)")));
    }
    QCOMPARE(legends,
             QStringList({QStringLiteral("5m"), QStringLiteral("30m"), QStringLiteral("1h"), QStringLiteral("2h"),
                          QStringLiteral("6h"), QStringLiteral("1d"), QStringLiteral("3d")}));
    QCOMPARE(burn[QStringLiteral("fieldConfig")][QStringLiteral("defaults")][QStringLiteral("custom")]
                 [QStringLiteral("thresholdsStyle")][QStringLiteral("mode")]
                     .toString(),
             QStringLiteral("dashed"));
}

void TestSlactlGrafana::status_andBudget()
{
    Sla::TestSupport::TempWorkspace tmp;
    QCOMPARE(slactl({QStringLiteral("grafana"), Mixed, QStringLiteral("-o"), tmp.path()}).code, 0);
    const QJsonObject d = readJson(tmp.filePath(QStringLiteral("sladesk-model.json")));
    QCOMPARE(d[QStringLiteral("title")].toString(), QStringLiteral("SLA: Model \"serving\" API"));
    const QJsonObject status = panelTitled(d, QStringLiteral("Status (tier-3)"));
    QCOMPARE(status[QStringLiteral("type")].toString(), QStringLiteral("stat"));
    QCOMPARE(
        status[QStringLiteral("targets")][0][QStringLiteral("expr")].toString(),
        QStringLiteral("(sladesk:period_error_budget_remaining:ratio{sla=\"model\",objective=\"availability\"} < bool "
                       "0) + (sladesk:period_error_budget_remaining:ratio{sla=\"model\",objective=\"availability\"} "
                       "< bool 0.25)"));
    const QJsonObject mapping =
        status[QStringLiteral("fieldConfig")][QStringLiteral("defaults")][QStringLiteral("mappings")][0].toObject();
    QCOMPARE(mapping[QStringLiteral("options")][QStringLiteral("2")][QStringLiteral("text")].toString(),
             QStringLiteral("breached"));
    const QJsonObject sli = panelTitled(d, QStringLiteral("SLI against target (99.9 %)"));
    QCOMPARE(sli[QStringLiteral("targets")][0][QStringLiteral("expr")].toString(),
             QStringLiteral("1 - sladesk:sli_error:ratio_rate28d{sla=\"model\",objective=\"availability\"}"));
    const QJsonArray steps = sli[QStringLiteral("fieldConfig")][QStringLiteral("defaults")]
                                [QStringLiteral("thresholds")][QStringLiteral("steps")]
                                    .toArray();
    QCOMPARE(steps[1][QStringLiteral("value")].toDouble(), 0.999);
    QVERIFY(!panelTitled(d, QStringLiteral("Error budget remaining")).isEmpty());
    QVERIFY(!panelTitled(d, QStringLiteral("Error budget remaining over time")).isEmpty());
}

void TestSlactlGrafana::mixed_noPromqlFormIsListedNeverDropped()
{
    Sla::TestSupport::TempWorkspace tmp;
    const Run r = slactl({QStringLiteral("grafana"), Mixed, QStringLiteral("-o"), tmp.path()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject d = readJson(tmp.filePath(QStringLiteral("sladesk-model.json")));
    ModelCheck check;
    check.dashboard(d, QStringLiteral("mixed"));
    QVERIFY2(check.errors.isEmpty(), qPrintable(check.errors.join(u'\n')));
    const QString text =
        panelTitled(d, QStringLiteral("Not on this dashboard"))[QStringLiteral("options")][QStringLiteral("content")]
            .toString();
    for (const QString &objective : {QStringLiteral("model/drift"), QStringLiteral("model/dd-availability"),
                                     QStringLiteral("model/queue"), QStringLiteral("model/p95")}) {
        QVERIFY2(r.err.contains(QStringLiteral("slactl grafana: warning: ") + objective), qPrintable(r.err));
        QVERIFY2(text.contains(objective), qPrintable(text));
    }
    QVERIFY(r.err.contains(QStringLiteral("'dd' is of type datadog")));
    // Every objective heads a row or is in the list: none is dropped.
    int rows = 0;
    for (const QJsonValue &p : d[QStringLiteral("panels")].toArray())
        rows += p[QStringLiteral("type")].toString() == u"row";
    QCOMPARE(rows, 6); // availability, f1, raw-ratio, queue, p95, sliced-availability
}

void TestSlactlGrafana::mixed_timeslicesInRawPromql()
{
    Sla::TestSupport::TempWorkspace tmp;
    QCOMPARE(slactl({QStringLiteral("grafana"), Mixed, QStringLiteral("-o"), tmp.path()}).code, 0);
    const QJsonObject d = readJson(tmp.filePath(QStringLiteral("sladesk-model.json")));
    const QJsonObject queue = panelTitled(d, QStringLiteral("Value per 1h slice against its threshold (lte 10)"));
    QCOMPARE(queue[QStringLiteral("targets")][0][QStringLiteral("expr")].toString(),
             QStringLiteral("avg_over_time(queue_depth{service=\"model\"}[1h])"));
    // At or under the threshold is good: green below, red from the threshold up.
    const QJsonArray steps = queue[QStringLiteral("fieldConfig")][QStringLiteral("defaults")]
                                  [QStringLiteral("thresholds")][QStringLiteral("steps")]
                                      .toArray();
    QCOMPARE(steps[0][QStringLiteral("color")].toString(), QStringLiteral("green"));
    QCOMPARE(steps[1][QStringLiteral("color")].toString(), QStringLiteral("red"));
    QCOMPARE(steps[1][QStringLiteral("value")].toDouble(), 10.0);
    const QJsonObject p95 = panelTitled(d, QStringLiteral("Value per 1h slice against its threshold (lte 0.2)"));
    QVERIFY(p95[QStringLiteral("targets")][0][QStringLiteral("expr")].toString().startsWith(
        QStringLiteral("histogram_quantile(0.95, ")));
    const QJsonObject sliced = panelTitled(d, QStringLiteral("SLI per 5m slice against target (99 %)"));
    QVERIFY(sliced[QStringLiteral("targets")][0][QStringLiteral("expr")].toString().contains(QStringLiteral("[5m]")));
}

void TestSlactlGrafana::datasourceUid_replacesTheVariable()
{
    Sla::TestSupport::TempWorkspace tmp;
    QCOMPARE(slactl({QStringLiteral("grafana"), Demo, QStringLiteral("--datasource-uid"), QStringLiteral("prom-main_1"),
                     QStringLiteral("-o"), tmp.path()})
                 .code,
             0);
    for (const QJsonObject &d : dashboards(tmp.path())) {
        QVERIFY(d[QStringLiteral("templating")][QStringLiteral("list")].toArray().isEmpty());
        const QByteArray text = QJsonDocument(d).toJson();
        QVERIFY(!text.contains("${datasource}"));
        for (const QJsonValue &p : d[QStringLiteral("panels")].toArray()) {
            for (const QJsonValue &t : p[QStringLiteral("targets")].toArray())
                QCOMPARE(t[QStringLiteral("datasource")][QStringLiteral("uid")].toString(),
                         QStringLiteral("prom-main_1"));
        }
    }
}

void TestSlactlGrafana::provisioning_isAFileProvider()
{
    Sla::TestSupport::TempWorkspace tmp;
    const QString out = tmp.filePath(QStringLiteral("grafana dashboards"));
    QCOMPARE(slactl({QStringLiteral("grafana"), Demo, QStringLiteral("-o"), out, QStringLiteral("--folder"),
                     QStringLiteral("SLOs: prod")})
                 .code,
             0);
    const YAML::Node y = YAML::LoadFile(QString(out + QStringLiteral("/sladesk-dashboards.yaml")).toStdString());
    QCOMPARE(y["apiVersion"].as<int>(), 1);
    QCOMPARE(y["providers"].size(), std::size_t(1));
    const YAML::Node p = y["providers"][0];
    QCOMPARE(p["type"].as<std::string>(), std::string("file"));
    QCOMPARE(p["folder"].as<std::string>(), std::string("SLOs: prod"));
    QCOMPARE(QString::fromStdString(p["options"]["path"].as<std::string>()), QDir(out).absolutePath());
    QVERIFY(!p["name"].as<std::string>().empty());
}

void TestSlactlGrafana::usageErrors()
{
    Run r = slactl({QStringLiteral("grafana"), Demo, QStringLiteral("--sla"), QStringLiteral("fraud-detection")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("did you mean 'fraud-detection-api'")), qPrintable(r.err));
    r = slactl({QStringLiteral("grafana"), Demo, QStringLiteral("--datasource-uid"), QStringLiteral("a b")});
    QCOMPARE(r.code, 2);
    r = slactl({QStringLiteral("grafana")});
    QCOMPARE(r.code, 2);
    r = slactl({QStringLiteral("grafana"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("--datasource-uid")));
    // A file where the folder should be: exit 1 with the reason.
    Sla::TestSupport::TempWorkspace tmp;
    QVERIFY(tmp.write(QStringLiteral("taken"), "x"));
    r = slactl({QStringLiteral("grafana"), Demo, QStringLiteral("-o"), tmp.filePath(QStringLiteral("taken"))});
    QCOMPARE(r.code, 1);
}

void TestSlactlGrafana::modelCheck_findsPlantedFaults()
{
    // The checker itself: a dashboard with one fault of each kind is rejected for each.
    Sla::TestSupport::TempWorkspace tmp;
    QCOMPARE(slactl({QStringLiteral("grafana"), Demo, QStringLiteral("-o"), tmp.path()}).code, 0);
    const QJsonObject good = readJson(tmp.filePath(QStringLiteral("sladesk-fraud-detection-api.json")));
    const auto faults = [&](const std::function<void(QJsonObject &, QJsonArray &)> &plant) {
        QJsonObject d = good;
        QJsonArray panels = d[QStringLiteral("panels")].toArray();
        plant(d, panels);
        d[QStringLiteral("panels")] = panels;
        ModelCheck check;
        check.dashboard(d, QStringLiteral("planted"));
        return check.errors.size();
    };
    QCOMPARE(faults([](QJsonObject &, QJsonArray &) {}), 0);
    QVERIFY(faults([](QJsonObject &d, QJsonArray &) { d[QStringLiteral("uid")] = QString(41, u'a'); }) > 0);
    QVERIFY(faults([](QJsonObject &d, QJsonArray &) { d.remove(QStringLiteral("schemaVersion")); }) > 0);
    QVERIFY(faults([](QJsonObject &, QJsonArray &p) {
                QJsonObject second = p[1].toObject();
                second[QStringLiteral("id")] = p[0][QStringLiteral("id")];
                p[1] = second;
            }) > 0);
    QVERIFY(faults([](QJsonObject &, QJsonArray &p) {
                QJsonObject second = p[1].toObject();
                second[QStringLiteral("gridPos")] = p[0][QStringLiteral("gridPos")];
                p[1] = second;
            }) > 0);
    QVERIFY(faults([](QJsonObject &, QJsonArray &p) {
                QJsonObject sli = p[1].toObject();
                QJsonObject fc = sli[QStringLiteral("fieldConfig")].toObject();
                QJsonObject defaults = fc[QStringLiteral("defaults")].toObject();
                QJsonObject t = defaults[QStringLiteral("thresholds")].toObject();
                t[QStringLiteral("steps")] = QJsonArray{
                    QJsonObject{{QStringLiteral("color"), QStringLiteral("red")}, {QStringLiteral("value"), 1}}};
                defaults[QStringLiteral("thresholds")] = t;
                fc[QStringLiteral("defaults")] = defaults;
                sli[QStringLiteral("fieldConfig")] = fc;
                p[1] = sli;
            }) > 0);
    QVERIFY(faults([](QJsonObject &, QJsonArray &p) {
                QJsonObject sli = p[1].toObject();
                QJsonArray targets = sli[QStringLiteral("targets")].toArray();
                QJsonObject t = targets[0].toObject();
                t.remove(QStringLiteral("expr"));
                targets[0] = t;
                sli[QStringLiteral("targets")] = targets;
                p[1] = sli;
            }) > 0);
}

QTEST_GUILESS_MAIN(TestSlactlGrafana)
#include "tst_slactl_grafana.moc"
