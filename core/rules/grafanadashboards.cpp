// SPDX-License-Identifier: Apache-2.0
#include "grafanadashboards.h"

#include "core/alerting/dashboardlink.h"
#include "core/alerting/rules.h"
#include "core/document/builtintiers.h"
#include "core/document/tierresolver.h"
#include "core/document/tr.h"
#include "core/document/yamlsupport.h"
#include "core/query/querycompiler.h"
#include "core/rules/prometheusrules.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMap>

#include <yaml-cpp/yaml.h>

// This file's translation context, declared next to its only user rather than in
// core/document/tr.h (which nearly every file of core/ includes); lupdate reads it the same.
namespace Sla::Core::TrContext::GrafanaDashboards {
SLA_TR_FUNCTIONS(Sla::Core::Rules::GrafanaDashboards)
}
namespace Tr = Sla::Core::TrContext::GrafanaDashboards;

namespace Sla::Core::Rules {

namespace {

using Alerting::Rule;

/// Grafana's grid is 24 columns wide.
constexpr int GridWidth = 24;
constexpr int PanelHeight = 8;

/// The burn-rate windows the desktop shows (DESIGN.md section 4), as far as the rules record them.
const QList<qint64> BurnWindowsMinutes{5, 30, 60, 120, 360, 1440, 4320};

/// One SLA's dashboard as it is being built.
struct Builder
{
    const Workspace *workspace = nullptr;
    const Sla *sla = nullptr;
    Sla resolved;
    const TierTemplate *tier = nullptr;
    QList<Rule> rules;
    QJsonObject datasource;
    QJsonArray panels;
    QStringList notShown; ///< objectives (or parts of them) without panels, for the text panel
    QStringList *warnings = nullptr;
    int nextId = 1;
    int y = 0;

    QString id(const Objective &o) const { return sla->metadata.name + u'/' + o.name; }
};

QJsonObject gridPos(int x, int y, int w, int h)
{
    return QJsonObject{
        {QStringLiteral("x"), x}, {QStringLiteral("y"), y}, {QStringLiteral("w"), w}, {QStringLiteral("h"), h}};
}

QJsonObject step(const QString &color, const QJsonValue &value)
{
    return QJsonObject{{QStringLiteral("color"), color}, {QStringLiteral("value"), value}};
}

/// Absolute thresholds: the base colour (from minus infinity, `value: null`), then each step.
QJsonObject thresholds(const QString &base, const QList<QPair<double, QString>> &steps)
{
    QJsonArray list{step(base, QJsonValue::Null)};
    for (const auto &[value, color] : steps)
        list.append(step(color, value));
    return QJsonObject{{QStringLiteral("mode"), QStringLiteral("absolute")}, {QStringLiteral("steps"), list}};
}

QJsonObject target(const Builder &b, const QString &refId, const QString &expr, const QString &legend)
{
    return QJsonObject{{QStringLiteral("refId"), refId},
                       {QStringLiteral("datasource"), b.datasource},
                       {QStringLiteral("expr"), expr},
                       {QStringLiteral("legendFormat"), legend},
                       {QStringLiteral("editorMode"), QStringLiteral("code")},
                       {QStringLiteral("range"), true},
                       {QStringLiteral("instant"), false}};
}

/// A panel's common fields; `fieldDefaults` become `fieldConfig.defaults`.
QJsonObject panel(Builder &b, const QString &type, const QString &title, const QJsonObject &pos,
                  const QJsonArray &targets, QJsonObject fieldDefaults)
{
    QJsonObject p{{QStringLiteral("id"), b.nextId++},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("gridPos"), pos},
                  {QStringLiteral("datasource"), b.datasource},
                  {QStringLiteral("targets"), targets}};
    p.insert(QStringLiteral("fieldConfig"),
             QJsonObject{{QStringLiteral("defaults"), fieldDefaults}, {QStringLiteral("overrides"), QJsonArray{}}});
    return p;
}

/// A time series panel that draws its thresholds as lines (`style`: line or dashed).
QJsonObject timeseries(Builder &b, const QString &title, const QJsonObject &pos, const QJsonArray &targets,
                       const QString &unit, const QJsonObject &steps, const QString &style)
{
    const QJsonObject custom{{QStringLiteral("drawStyle"), QStringLiteral("line")},
                             {QStringLiteral("lineWidth"), 1},
                             {QStringLiteral("fillOpacity"), 0},
                             {QStringLiteral("spanNulls"), false},
                             {QStringLiteral("thresholdsStyle"), QJsonObject{{QStringLiteral("mode"), style}}}};
    QJsonObject p = panel(b, QStringLiteral("timeseries"), title, pos, targets,
                          QJsonObject{{QStringLiteral("unit"), unit},
                                      {QStringLiteral("thresholds"), steps},
                                      {QStringLiteral("custom"), custom}});
    p.insert(QStringLiteral("options"),
             QJsonObject{{QStringLiteral("legend"), QJsonObject{{QStringLiteral("displayMode"), QStringLiteral("list")},
                                                                {QStringLiteral("placement"), QStringLiteral("bottom")},
                                                                {QStringLiteral("showLegend"), true}}},
                         {QStringLiteral("tooltip"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("multi")}}}});
    return p;
}

/// A stat panel of the last value, coloured by its thresholds.
QJsonObject stat(Builder &b, const QString &title, const QJsonObject &pos, const QJsonArray &targets,
                 QJsonObject fieldDefaults)
{
    fieldDefaults.insert(QStringLiteral("noValue"), Tr::tr("no data"));
    QJsonObject p = panel(b, QStringLiteral("stat"), title, pos, targets, fieldDefaults);
    const QJsonObject reduce{{QStringLiteral("calcs"), QJsonArray{QStringLiteral("lastNotNull")}},
                             {QStringLiteral("fields"), QString()},
                             {QStringLiteral("values"), false}};
    p.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("reduceOptions"), reduce},
                                                    {QStringLiteral("colorMode"), QStringLiteral("background")},
                                                    {QStringLiteral("graphMode"), QStringLiteral("none")},
                                                    {QStringLiteral("textMode"), QStringLiteral("value")},
                                                    {QStringLiteral("justifyMode"), QStringLiteral("center")},
                                                    {QStringLiteral("orientation"), QStringLiteral("auto")}});
    return p;
}

QString percent(double fraction)
{
    return Tr::tr("%1 %").arg(QString::number(fraction * 100, 'g', 10));
}

/// A row that heads one objective's panels.
void addRow(Builder &b, const Objective &o, const QString &detail)
{
    const QString name = o.displayName.isEmpty() ? o.name : o.displayName;
    b.panels.append(QJsonObject{{QStringLiteral("id"), b.nextId++},
                                {QStringLiteral("type"), QStringLiteral("row")},
                                {QStringLiteral("title"), Tr::tr("%1: %2").arg(name, detail)},
                                {QStringLiteral("collapsed"), false},
                                {QStringLiteral("gridPos"), gridPos(0, b.y, GridWidth, 1)},
                                {QStringLiteral("panels"), QJsonArray{}}});
    b.y += 1;
}

/// The alert factors of the objective's burn-rate rules, each with its most severe severity.
QMap<double, AlertSeverity> burnFactors(const Builder &b, const Objective &o)
{
    QMap<double, AlertSeverity> out;
    for (const Rule &rule : b.rules) {
        if (rule.kind != Rule::Kind::BurnRate || !rule.appliesTo(o.name))
            continue;
        for (const BurnRateWindow &pair : rule.burnRates) {
            auto it = out.find(pair.factor);
            if (it == out.end() || int(pair.severity) < int(*it))
                out.insert(pair.factor, pair.severity);
        }
    }
    return out;
}

QString severityColor(AlertSeverity s)
{
    switch (s) {
    case AlertSeverity::Page:
        return QStringLiteral("red");
    case AlertSeverity::Ticket:
        return QStringLiteral("orange");
    case AlertSeverity::Info:
        break;
    }
    return QStringLiteral("yellow");
}

/// SLI against target over the compliance window (and 1h, the shortest page window).
QJsonObject sliPanel(Builder &b, const Objective &o, const RecordedObjective &r, int x, int w)
{
    const QString window = r.window.toString();
    const QJsonArray targets{target(b, QStringLiteral("A"),
                                    QStringLiteral("1 - ") + errorRatioRecord(r.window) + r.selector,
                                    Tr::tr("SLI (%1)").arg(window)),
                             target(b, QStringLiteral("B"), objectiveRecord() + r.selector, Tr::tr("target"))};
    QJsonObject p =
        timeseries(b, Tr::tr("SLI against target (%1)").arg(percent(o.target)), gridPos(x, b.y, w, PanelHeight),
                   targets, QStringLiteral("percentunit"),
                   thresholds(QStringLiteral("red"), {{o.target, QStringLiteral("green")}}), QStringLiteral("line"));
    p.insert(QStringLiteral("description"),
             Tr::tr("The SLI over the rolling %1 window (1 - %2) and the target; below the line the objective "
                    "is breached.")
                 .arg(window, errorRatioRecord(r.window)));
    return p;
}

QJsonObject budgetSteps(const Builder &b)
{
    const double atRisk = b.tier ? b.tier->atRisk : 0.25;
    return thresholds(QStringLiteral("red"), {{0, QStringLiteral("orange")}, {atRisk, QStringLiteral("green")}});
}

/// The budget left as a stat and the status (met, at risk, breached) with the tier.
void budgetStats(Builder &b, const RecordedObjective &r, int x, int w)
{
    const QString remaining = budgetRemainingRecord() + r.selector;
    b.panels.append(stat(b, Tr::tr("Error budget remaining"), gridPos(x, b.y, w, PanelHeight / 2),
                         QJsonArray{target(b, QStringLiteral("A"), remaining, Tr::tr("remaining"))},
                         QJsonObject{{QStringLiteral("unit"), QStringLiteral("percentunit")},
                                     {QStringLiteral("decimals"), 1},
                                     {QStringLiteral("thresholds"), budgetSteps(b)}}));
    // 0 met, 1 at risk, 2 breached: DESIGN.md section 4 (breached below 0, at risk below the tier's atRisk).
    const double atRisk = b.tier ? b.tier->atRisk : 0.25;
    const QString status = QStringLiteral("(%1 < bool 0) + (%1 < bool %2)").arg(remaining, Yaml::formatNumber(atRisk));
    auto mapping = [](const QString &text, const QString &color, int index) {
        return QJsonObject{
            {QStringLiteral("text"), text}, {QStringLiteral("color"), color}, {QStringLiteral("index"), index}};
    };
    const QJsonObject values{{QStringLiteral("0"), mapping(Tr::tr("met"), QStringLiteral("green"), 0)},
                             {QStringLiteral("1"), mapping(Tr::tr("at risk"), QStringLiteral("orange"), 1)},
                             {QStringLiteral("2"), mapping(Tr::tr("breached"), QStringLiteral("red"), 2)}};
    const QString tier = b.sla->tier.isEmpty() ? Tr::tr("no tier") : b.sla->tier;
    b.panels.append(
        stat(b, Tr::tr("Status (%1)").arg(tier), gridPos(x, b.y + PanelHeight / 2, w, PanelHeight / 2),
             QJsonArray{target(b, QStringLiteral("A"), status, Tr::tr("status"))},
             QJsonObject{
                 {QStringLiteral("thresholds"),
                  thresholds(QStringLiteral("green"), {{1, QStringLiteral("orange")}, {2, QStringLiteral("red")}})},
                 {QStringLiteral("mappings"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("value")},
                                                                     {QStringLiteral("options"), values}}}}}));
}

QJsonObject budgetSeries(Builder &b, const RecordedObjective &r, int x, int w)
{
    const QJsonArray targets{target(b, QStringLiteral("A"), budgetRemainingRecord() + r.selector,
                                    Tr::tr("budget remaining (%1)").arg(r.window.toString()))};
    return timeseries(b, Tr::tr("Error budget remaining over time"), gridPos(x, b.y, w, PanelHeight), targets,
                      QStringLiteral("percentunit"), budgetSteps(b), QStringLiteral("line"));
}

QJsonObject burnRatePanel(Builder &b, const Objective &o, const RecordedObjective &r)
{
    QJsonArray targets;
    char refId = 'A';
    for (const qint64 minutes : BurnWindowsMinutes) {
        const Duration w{minutes * Duration::Minute};
        if (!r.windows.contains(w))
            continue;
        const QString expr = errorRatioRecord(w) + r.selector + QStringLiteral(" / ") + r.budget;
        targets.append(target(b, QString(QLatin1Char(refId++)), expr, w.toString()));
    }
    QList<QPair<double, QString>> steps;
    const QMap<double, AlertSeverity> factors = burnFactors(b, o);
    for (auto it = factors.cbegin(); it != factors.cend(); ++it)
        steps.append({it.key(), severityColor(it.value())});
    QJsonObject p =
        timeseries(b, Tr::tr("Burn rates"), gridPos(0, b.y, GridWidth, PanelHeight), targets,
                   QStringLiteral("suffix:×"), thresholds(QStringLiteral("green"), steps), QStringLiteral("dashed"));
    p.insert(QStringLiteral("description"),
             Tr::tr("The error ratio over each window divided by the error budget (1 - target); the dashed lines "
                    "are the factors of the burn-rate alerts (red: page, orange: ticket)."));
    return p;
}

/// The panels of an objective with recording rules: two lines of panels.
void recordedPanels(Builder &b, const Objective &o, const RecordedObjective &r)
{
    addRow(b, o, Tr::tr("target %1 over %2").arg(percent(o.target), r.window.toString()));
    b.panels.append(sliPanel(b, o, r, 0, 12));
    budgetStats(b, r, 12, 4);
    b.panels.append(budgetSeries(b, r, 16, 8));
    b.y += PanelHeight;
    b.panels.append(burnRatePanel(b, o, r));
    b.y += PanelHeight;
}

/// A timeslice objective: its per-slice value (or SLI) in raw PromQL against the threshold.
bool slicePanels(Builder &b, const Objective &o)
{
    const Duration slice = o.budgeting.slice;
    const CompiledQueries q = QueryCompiler::compile(o, slice);
    QString expr;
    QString title;
    QJsonObject steps;
    if (q.form == CompiledQueries::Form::Value && q.op && q.threshold) {
        expr = q.value;
        title = Tr::tr("Value per %1 slice against its threshold (%2 %3)")
                    .arg(slice.toString(), toString(*q.op), Yaml::formatNumber(*q.threshold));
        const bool upper = *q.op == CompareOp::Lte || *q.op == CompareOp::Lt;
        steps = upper ? thresholds(QStringLiteral("green"), {{*q.threshold, QStringLiteral("red")}})
                      : thresholds(QStringLiteral("red"), {{*q.threshold, QStringLiteral("green")}});
    } else {
        const QString ratio = QueryCompiler::errorRatio(q);
        if (ratio.isEmpty())
            return false;
        expr = QStringLiteral("1 - (%1)").arg(ratio);
        title = Tr::tr("SLI per %1 slice against target (%2)").arg(slice.toString(), percent(o.target));
        steps = thresholds(QStringLiteral("red"), {{o.target, QStringLiteral("green")}});
    }
    addRow(b, o, Tr::tr("target %1 of good %2 slices").arg(percent(o.target), slice.toString()));
    QJsonObject p =
        timeseries(b, title, gridPos(0, b.y, GridWidth, PanelHeight),
                   QJsonArray{target(b, QStringLiteral("A"), expr, Tr::tr("per slice"))},
                   q.form == CompiledQueries::Form::Value ? QStringLiteral("none") : QStringLiteral("percentunit"),
                   steps, QStringLiteral("line"));
    p.insert(QStringLiteral("description"),
             Tr::tr("The value each %1 slice is judged by, queried directly (timeslice objectives have no "
                    "recording rules). The share of good slices, the budget and the status are in SLA Desk.")
                 .arg(slice.toString()));
    b.panels.append(p);
    b.y += PanelHeight;
    const QString note = Tr::tr("%1: the share of good slices, its error budget, status and burn rates have no PromQL "
                                "form; the dashboard shows the value per slice")
                             .arg(b.id(o));
    b.warnings->append(note);
    b.notShown << note;
    return true;
}

/// Whether the objective reads a source that PromQL reaches (Prometheus-compatible or recorded data).
bool promqlSource(const Builder &b, const Objective &o, QString *why)
{
    const QString name = o.dataSource.isEmpty() ? b.resolved.dataSource : o.dataSource;
    const DataSource *source = b.workspace->findDataSource(name);
    if (!source || source->type == DataSourceType::Prometheus || source->type == DataSourceType::Recorded)
        return true;
    *why = Tr::tr("its data source '%1' is of type %2, which Grafana's Prometheus data source does not read")
               .arg(name, toString(source->type));
    return false;
}

void objectivePanels(Builder &b, const Objective &o)
{
    QString why;
    if (promqlSource(b, o, &why)) {
        const RecordedObjective r = recordedObjective(*b.workspace, *b.sla, o, b.warnings);
        if (r.recorded) {
            recordedPanels(b, o, r);
            return;
        }
        if (slicePanels(b, o))
            return;
        const CompiledQueries q = QueryCompiler::compile(o, o.budgeting.slice);
        why = q.reason.isEmpty() ? r.why : q.reason;
    }
    const QString note = Tr::tr("%1: not on the dashboard: %2").arg(b.id(o), why);
    b.warnings->append(note);
    b.notShown << note;
}

/// A text panel that lists what the dashboard does not show, so nothing is left out silently.
void notShownPanel(Builder &b)
{
    if (b.notShown.isEmpty())
        return;
    QString text = Tr::tr("Not shown, or only in part (see SLA Desk):") + u'\n';
    for (const QString &line : std::as_const(b.notShown))
        text += QStringLiteral("\n- ") + line;
    b.panels.append(
        QJsonObject{{QStringLiteral("id"), b.nextId++},
                    {QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("title"), Tr::tr("Not on this dashboard")},
                    {QStringLiteral("gridPos"), gridPos(0, b.y, GridWidth, 4 + int(b.notShown.size()))},
                    {QStringLiteral("options"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("markdown")},
                                                            {QStringLiteral("content"), text}}}});
    b.y += 4 + int(b.notShown.size());
}

QJsonObject templating(const GrafanaOptions &options)
{
    QJsonArray list;
    if (options.datasourceUid.isEmpty()) {
        list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("datasource")},
                                {QStringLiteral("label"), Tr::tr("Data source")},
                                {QStringLiteral("type"), QStringLiteral("datasource")},
                                {QStringLiteral("query"), QStringLiteral("prometheus")},
                                {QStringLiteral("current"), QJsonObject{}},
                                {QStringLiteral("hide"), 0},
                                {QStringLiteral("refresh"), 1},
                                {QStringLiteral("regex"), QString()},
                                {QStringLiteral("options"), QJsonArray{}}});
    }
    return QJsonObject{{QStringLiteral("list"), list}};
}

/// Grafana's own annotations and the SLA's alerts from Prometheus' ALERTS series.
QJsonObject annotations(const Builder &b)
{
    const QJsonObject builtIn{
        {QStringLiteral("builtIn"), 1},
        {QStringLiteral("datasource"), QJsonObject{{QStringLiteral("type"), QStringLiteral("grafana")},
                                                   {QStringLiteral("uid"), QStringLiteral("-- Grafana --")}}},
        {QStringLiteral("enable"), true},
        {QStringLiteral("hide"), true},
        {QStringLiteral("iconColor"), QStringLiteral("rgba(0, 211, 255, 1)")},
        {QStringLiteral("name"), Tr::tr("Annotations & Alerts")},
        {QStringLiteral("type"), QStringLiteral("dashboard")}};
    const QString alerts =
        QStringLiteral("ALERTS{alertstate=\"firing\",sla=\"%1\"}").arg(escapeString(b.sla->metadata.name));
    const QJsonObject firing{{QStringLiteral("datasource"), b.datasource},
                             {QStringLiteral("enable"), true},
                             {QStringLiteral("hide"), false},
                             {QStringLiteral("iconColor"), QStringLiteral("red")},
                             {QStringLiteral("name"), Tr::tr("SLA alerts firing")},
                             {QStringLiteral("expr"), alerts},
                             {QStringLiteral("step"), QStringLiteral("60s")},
                             {QStringLiteral("titleFormat"), QStringLiteral("{{alertname}}")},
                             {QStringLiteral("textFormat"), QStringLiteral("{{objective}} ({{severity}})")},
                             {QStringLiteral("tagKeys"), QStringLiteral("objective,severity")},
                             {QStringLiteral("useValueForTime"), false}};
    return QJsonObject{{QStringLiteral("list"), QJsonArray{builtIn, firing}}};
}

QJsonObject link(const QString &title, const QString &url, const QString &tooltip)
{
    return QJsonObject{{QStringLiteral("title"), title},
                       {QStringLiteral("type"), QStringLiteral("link")},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("tooltip"), tooltip},
                       {QStringLiteral("icon"), QStringLiteral("external link")},
                       {QStringLiteral("targetBlank"), false},
                       {QStringLiteral("asDropdown"), false},
                       {QStringLiteral("includeVars"), false},
                       {QStringLiteral("keepTime"), false},
                       {QStringLiteral("tags"), QJsonArray{}}};
}

QJsonArray links(const Sla &sla)
{
    QJsonArray out{link(Tr::tr("Open in SLA Desk"),
                        Alerting::DashboardLink::toUrl(sla.metadata.name).toString(QUrl::FullyEncoded),
                        Tr::tr("The SLA in the SLA Desk desktop app (sladesk:// link)"))};
    if (!sla.remediation.runbook.isEmpty())
        out.append(link(Tr::tr("Runbook"), sla.remediation.runbook, Tr::tr("The SLA's runbook")));
    return out;
}

QJsonObject dashboardJson(const Builder &b, const GrafanaOptions &options)
{
    const Sla &sla = *b.sla;
    QJsonArray tags{QStringLiteral("sladesk")};
    if (!sla.tier.isEmpty())
        tags.append(sla.tier);
    const QString window =
        b.resolved.window.value_or(Window::rollingWindow(Duration::days(30))).nominalLength().toString();
    return QJsonObject{
        {QStringLiteral("id"), QJsonValue::Null},
        {QStringLiteral("uid"), grafanaUid(sla.metadata.name)},
        {QStringLiteral("title"),
         Tr::tr("SLA: %1").arg(sla.metadata.displayName.isEmpty() ? sla.metadata.name : sla.metadata.displayName)},
        {QStringLiteral("description"), Tr::tr("Generated by slactl grafana from the SLA %1").arg(sla.metadata.name)},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("timezone"), QStringLiteral("browser")},
        {QStringLiteral("editable"), true},
        {QStringLiteral("graphTooltip"), 1},
        {QStringLiteral("time"), QJsonObject{{QStringLiteral("from"), QString(QStringLiteral("now-") + window)},
                                             {QStringLiteral("to"), QStringLiteral("now")}}},
        {QStringLiteral("timepicker"), QJsonObject{}},
        {QStringLiteral("refresh"), QStringLiteral("1m")},
        {QStringLiteral("schemaVersion"), GrafanaSchemaVersion},
        {QStringLiteral("version"), 1},
        {QStringLiteral("templating"), templating(options)},
        {QStringLiteral("annotations"), annotations(b)},
        {QStringLiteral("links"), links(sla)},
        {QStringLiteral("panels"), b.panels}};
}

QString fileNameOf(const QString &sla)
{
    QString name = sla;
    for (QChar &c : name) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                          c == u'-' || c == u'_' || c == u'.';
        if (!safe)
            c = u'_';
    }
    return QStringLiteral("sladesk-") + name + QStringLiteral(".json");
}

} // namespace

QString grafanaUid(const QString &slaName)
{
    const QByteArray hash = QCryptographicHash::hash(slaName.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("sladesk-") + QString::fromLatin1(hash.left(24));
}

GrafanaSet grafanaDashboards(const Workspace &workspace, const GrafanaOptions &options)
{
    GrafanaSet set;
    const QList<TierTemplate> builtIns = builtInTiers();
    for (const Sla &sla : workspace.slas) {
        if (!options.onlySla.isEmpty() && sla.metadata.name != options.onlySla)
            continue;
        Builder b;
        b.workspace = &workspace;
        b.sla = &sla;
        b.tier = findTierTemplate(workspace, builtIns, sla.tier);
        b.resolved = resolveSla(sla, b.tier);
        b.rules = Alerting::rulesFor(sla, b.tier);
        b.warnings = &set.warnings;
        b.datasource =
            QJsonObject{{QStringLiteral("type"), QStringLiteral("prometheus")},
                        {QStringLiteral("uid"),
                         options.datasourceUid.isEmpty() ? QStringLiteral("${datasource}") : options.datasourceUid}};
        for (const Objective &o : sla.objectives)
            objectivePanels(b, o);
        notShownPanel(b);
        set.dashboards.append(
            GrafanaDashboard{sla.metadata.name, fileNameOf(sla.metadata.name), dashboardJson(b, options)});
    }
    return set;
}

QByteArray grafanaProvisioning(const QString &dashboardsPath, const QString &folder)
{
    YAML::Emitter e;
    e.SetIndent(2);
    e << YAML::BeginMap << YAML::Key << "apiVersion" << YAML::Value << 1;
    e << YAML::Key << "providers" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    e << YAML::Key << "name" << YAML::Value << "sladesk";
    e << YAML::Key << "orgId" << YAML::Value << 1;
    e << YAML::Key << "folder" << YAML::Value << YAML::DoubleQuoted << folder.toStdString();
    e << YAML::Key << "type" << YAML::Value << "file";
    e << YAML::Key << "disableDeletion" << YAML::Value << false;
    e << YAML::Key << "updateIntervalSeconds" << YAML::Value << 60;
    e << YAML::Key << "allowUiUpdates" << YAML::Value << false;
    e << YAML::Key << "options" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "path" << YAML::Value << YAML::DoubleQuoted << dashboardsPath.toStdString();
    e << YAML::Key << "foldersFromFilesStructure" << YAML::Value << false;
    e << YAML::EndMap << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
    return QByteArray("# Generated by slactl grafana (SLA Desk): Grafana file provisioning of the SLA dashboards.\n") +
           e.c_str() + '\n';
}

} // namespace Sla::Core::Rules
