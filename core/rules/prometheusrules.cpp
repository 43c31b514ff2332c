// SPDX-License-Identifier: Apache-2.0
#include "prometheusrules.h"

#include "core/alerting/dashboardlink.h"
#include "core/alerting/rules.h"
#include "core/document/builtintiers.h"
#include "core/document/tierresolver.h"
#include "core/document/tr.h"
#include "core/document/yamlsupport.h"
#include "core/query/querycompiler.h"
#include "core/query/recordedseries.h"

#include <algorithm>
#include <yaml-cpp/yaml.h>

namespace Tr = Sla::Core::TrContext::PrometheusRules;

namespace Sla::Core::Rules {

namespace {

using Alerting::Rule;

/// Windows of at least a day are derived from the 5-minute increases.
constexpr qint64 DerivedFromMs = Duration::Day;
const Duration IncreaseStep = Duration::minutes(5);

QString promString(const QString &value)
{
    return u'"' + escapeString(value) + u'"';
}

QString ratioName(Duration window)
{
    return errorRatioRecord(window);
}

const QString GoodName = RecordedSeries::goodIncrease();
const QString TotalName = RecordedSeries::totalIncrease();
const QString RemainingName = budgetRemainingRecord();

/// How far back a reader of a series of the 5-minute group looks: one sample every 5
/// minutes is the default lookback exactly, so a plain selector finds none while the
/// group writes its next point (or when one evaluation is late).
const QString GroupedLookback = QStringLiteral("10m");

/// How an objective's error ratio reaches PromQL.
enum class Shape {
    Events,     ///< good/total counts: 5-minute increases, derived long windows
    ErrorRatio, ///< a raw errorRatio query: every window from the query
    None,       ///< no PromQL form (see the reason)
};

/// One objective as the generator sees it.
struct Target
{
    const Sla *sla = nullptr;
    const Objective *objective = nullptr;
    Shape shape = Shape::None;
    QString why;       ///< Shape::None: the reason
    QString selector;  ///< {sla, objective} of the recorded series
    Duration window;   ///< the compliance window (calendar windows: their nominal length)
    QList<Rule> rules; ///< the engine rules that apply to it
    QStringList *warnings = nullptr;

    QString ratio(Duration w) const { return ratioName(w) + selector; }
    /// Windows of a day and more are derived from the increases, in the 5-minute group.
    bool derived(Duration w) const { return shape == Shape::Events && w.ms >= DerivedFromMs; }
    /// `series` as a rule of another group reads it: through last_over_time when the
    /// 5-minute group records it (`grouped`).
    static QString read(const QString &series, bool grouped)
    {
        return grouped ? QStringLiteral("last_over_time(%1[%2])").arg(series, GroupedLookback) : series;
    }
    QString readRatio(Duration w) const { return read(ratio(w), derived(w)); }
    QString readRemaining() const { return read(RemainingName + selector, derived(window)); }
    QString budget() const { return QStringLiteral("(1 - %1)").arg(Yaml::formatNumber(objective->target)); }
    QString id() const { return sla->metadata.name + u'/' + objective->name; }
};

Shape shapeOf(const Objective &objective, QString *why)
{
    if (objective.budgeting.method == Budgeting::Method::Timeslices) {
        *why = Tr::tr("timeslice budgeting (the share of good %1 slices) has no PromQL form")
                   .arg(objective.budgeting.slice.toString());
        return Shape::None;
    }
    const CompiledQueries q = QueryCompiler::compile(objective, IncreaseStep);
    switch (q.form) {
    case CompiledQueries::Form::Events:
        return Shape::Events;
    case CompiledQueries::Form::ErrorRatio:
        return Shape::ErrorRatio;
    case CompiledQueries::Form::Value:
        *why = Tr::tr("a value indicator is judged per time slice, which has no PromQL form");
        return Shape::None;
    case CompiledQueries::Form::NotCompilable:
        break;
    }
    *why = q.reason;
    return Shape::None;
}

QList<Duration> windowsOf(const Target &t)
{
    QList<qint64> ms;
    for (const qint64 w : {5, 30, 60, 120, 360, 1440, 4320})
        ms << w * Duration::Minute;
    ms << t.window.ms;
    for (const Rule &rule : t.rules) {
        for (const BurnRateWindow &pair : rule.burnRates)
            ms << pair.longWindow.ms << pair.shortWindow.ms;
        if (rule.kind == Rule::Kind::Threshold && rule.lookbackMs > 0)
            ms << rule.lookbackMs;
    }
    std::sort(ms.begin(), ms.end());
    ms.erase(std::unique(ms.begin(), ms.end()), ms.end());
    QList<Duration> out;
    for (const qint64 m : ms)
        out << Duration{m};
    return out;
}

PromRule record(const QString &name, const QString &expr, const Target &t, const QString &window = {})
{
    PromRule r;
    r.record = name;
    r.expr = expr;
    r.labels = {{QStringLiteral("sla"), t.sla->metadata.name}, {QStringLiteral("objective"), t.objective->name}};
    if (!window.isEmpty())
        r.labels.append({QString::fromLatin1(WindowLabel), window});
    return r;
}

QString derivedRatio(const Target &t, Duration window)
{
    // `sum by` drops `sladesk_query`: the window reads on across a change of the queries.
    const QString range = u'[' + window.toString() + u']';
    return QStringLiteral("1 - sum by (sla, objective) (sum_over_time(%1%2%3)) / "
                          "sum by (sla, objective) (sum_over_time(%4%2%3))")
        .arg(GoodName, t.selector, range, TotalName);
}

PromRule remainingRule(const Target &t)
{
    return record(RemainingName, QStringLiteral("1 - %1 / %2").arg(t.ratio(t.window), t.budget()), t,
                  t.window.toString());
}

/// The 5-minute group: the increases of good and total events (labelled with the hash
/// of their queries), then, reading the pieces just written, the derived windows and the
/// budget left over a derived compliance window. They change only when a piece is added.
QList<PromRule> increaseRules(const Target &t)
{
    const RecordedSeries::Increases q = RecordedSeries::increases(*t.objective);
    const QPair<QString, QString> hash{QString::fromLatin1(RecordedSeries::QueryLabel),
                                       RecordedSeries::queryHash(*t.objective)};
    QList<PromRule> out{record(GoodName, q.good, t), record(TotalName, q.total, t)};
    out[0].labels << hash;
    out[1].labels << hash;
    for (const Duration w : windowsOf(t)) {
        if (t.derived(w))
            out << record(ratioName(w), derivedRatio(t, w), t, w.toString());
    }
    if (t.derived(t.window))
        out << remainingRule(t);
    return out;
}

/// The group at the evaluation interval: the windows from the raw series or query.
QList<PromRule> sliRules(const Target &t)
{
    QList<PromRule> out;
    for (const Duration w : windowsOf(t)) {
        if (!t.derived(w))
            out << record(ratioName(w), QueryCompiler::errorRatio(*t.objective, w.toString()), t, w.toString());
    }
    const QString target = Yaml::formatNumber(t.objective->target);
    out << record(objectiveRecord(), QStringLiteral("vector(%1)").arg(target), t);
    out << record(QStringLiteral("sladesk:error_budget:ratio"), QStringLiteral("vector(1 - %1)").arg(target), t);
    if (!t.derived(t.window))
        out << remainingRule(t);
    return out;
}

QString budgetLeftTemplate(const Target &t)
{
    return QStringLiteral("{{ with query `%1` }}{{ . | first | value | humanizePercentage }}{{ else }}%2{{ end }}")
        .arg(t.readRemaining(), Tr::tr("unknown"));
}

QString burnRateExpr(const Rule &rule, const Target &t)
{
    QStringList pairs;
    const QString term = QStringLiteral("max without (%1) (%2) / %3 > %4");
    for (const BurnRateWindow &pair : rule.burnRates) {
        const QString factor = Yaml::formatNumber(pair.factor);
        pairs << u'(' + term.arg(QString::fromLatin1(WindowLabel), t.readRatio(pair.longWindow), t.budget(), factor) +
                     QStringLiteral(" and ") +
                     term.arg(QString::fromLatin1(WindowLabel), t.readRatio(pair.shortWindow), t.budget(), factor) +
                     u')';
    }
    return pairs.join(QStringLiteral(" or "));
}

/// The expression that is empty exactly when the objective's series are absent.
QString presenceExpr(const Objective &objective)
{
    const CompiledQueries q = QueryCompiler::compile(objective, IncreaseStep);
    for (const QString &e : {q.total, q.errorRatio, q.value, q.bucketIncrease}) {
        if (!e.isEmpty())
            return e;
    }
    return {};
}

/// The alert's expression and summary (`window`: its `sladesk_window`); false (and *why)
/// when the rule kind has no PromQL form for this objective.
bool alertBody(const Rule &rule, const Target &t, const QString &window, PromRule *a, QString *why)
{
    const QString sla = t.sla->metadata.name;
    const QString obj = t.objective->name;
    if (rule.kind == Rule::Kind::NoData) {
        const QString presence = presenceExpr(*t.objective);
        if (presence.isEmpty()) {
            *why = Tr::tr("no query to watch for absent data");
            return false;
        }
        a->expr = QStringLiteral("absent(%1)").arg(presence);
        a->annotations << qMakePair(QStringLiteral("summary"),
                                    Tr::tr("SLA %1, objective %2: no data for %3").arg(sla, obj, window));
        return true;
    }
    if (t.shape == Shape::None) {
        *why = t.why;
        return false;
    }
    const QString left = budgetLeftTemplate(t);
    switch (rule.kind) {
    case Rule::Kind::BurnRate: {
        a->expr = burnRateExpr(rule, t);
        a->annotations << qMakePair(QStringLiteral("summary"),
                                    Tr::tr("SLA %1, objective %2: error budget burning at %3x the sustainable rate; "
                                           "budget left %4")
                                        .arg(sla, obj, QStringLiteral("{{ $value | humanize }}"), left));
        return true;
    }
    case Rule::Kind::Threshold: {
        const Duration lookback = rule.lookbackMs > 0 ? Duration{rule.lookbackMs} : t.window;
        const bool below = rule.below.has_value();
        a->expr = QStringLiteral("1 - %1 %2 %3")
                      .arg(t.readRatio(lookback), below ? QStringLiteral("<") : QStringLiteral(">"),
                           Yaml::formatNumber(below ? *rule.below : rule.above.value_or(0)));
        const QString level = Yaml::formatNumber(below ? *rule.below : rule.above.value_or(0));
        a->annotations << qMakePair(
            QStringLiteral("summary"),
            (below ? Tr::tr("SLA %1, objective %2: SLI %3 over %4, below %5; budget left %6")
                   : Tr::tr("SLA %1, objective %2: SLI %3 over %4, above %5; budget left %6"))
                .arg(sla, obj, QStringLiteral("{{ $value | humanizePercentage }}"), window, level, left));
        return true;
    }
    case Rule::Kind::BudgetBelow:
        a->expr = t.readRemaining() + (rule.budgetBelow == 0
                                           ? QStringLiteral(" <= 0")
                                           : QString(QStringLiteral(" < ") + Yaml::formatNumber(rule.budgetBelow)));
        a->annotations << qMakePair(QStringLiteral("summary"),
                                    Tr::tr("SLA %1, objective %2: %3 of the error budget left, below %4")
                                        .arg(sla, obj, QStringLiteral("{{ $value | humanizePercentage }}"),
                                             Yaml::formatNumber(rule.budgetBelow)));
        return true;
    case Rule::Kind::Drift:
    case Rule::Kind::PeriodBudget:
    case Rule::Kind::NoData:
        break;
    }
    *why = Tr::tr("this rule kind has no PromQL form");
    return false;
}

std::optional<PromRule> alertRule(const Rule &rule, const Target &t)
{
    PromRule a;
    a.alert = rule.name;
    // The label the engine's Alertmanager delivery gives the same alert (one naming).
    const QString window = Alerting::windowLabel(rule, t.window);
    QString why;
    if (!alertBody(rule, t, window, &a, &why)) {
        t.warnings->append(Tr::tr("%1: alert rule '%2' not generated (it runs in the desktop and slactl only): %3")
                               .arg(t.id(), rule.name, why));
        return std::nullopt;
    }
    a.forDuration = rule.forMs > 0 ? Duration{rule.forMs}.toString() : QString();
    a.keepFiringFor = rule.keepFiringMs > 0 ? Duration{rule.keepFiringMs}.toString() : QString();
    a.labels = Alerting::alertLabels(t.sla->metadata.name, t.objective->name, rule.severity, t.sla->tier, window);
    if (!t.sla->remediation.runbook.isEmpty())
        a.annotations.append({QStringLiteral("runbook_url"), t.sla->remediation.runbook});
    a.annotations.append(
        {QStringLiteral("dashboard"),
         Alerting::DashboardLink::toUrl(t.sla->metadata.name, t.objective->name).toString(QUrl::FullyEncoded)});
    return a;
}

Duration complianceWindow(const Sla &resolved, const Objective &objective, const QString &id, QStringList *warnings)
{
    const Duration length = Alerting::complianceLength(resolved, objective);
    const Window w = objective.window.value_or(resolved.window.value_or(Window::rollingWindow(length)));
    if (w.kind == Window::Kind::Calendar) {
        warnings->append(Tr::tr("%1: the calendar %2 window has no PromQL form; the rules use a rolling %3 window")
                             .arg(id, toString(w.calendar), length.toString()));
    }
    return length;
}

Target targetOf(const Sla &sla, const Sla &resolved, const Objective &objective, const QList<Rule> &rules,
                QStringList *warnings)
{
    Target t;
    t.sla = &sla;
    t.objective = &objective;
    t.selector = seriesSelector(sla.metadata.name, objective.name);
    t.warnings = warnings;
    t.shape = shapeOf(objective, &t.why);
    t.window = complianceWindow(resolved, objective, t.id(), warnings);
    for (const Rule &rule : rules) {
        if (rule.appliesTo(objective.name))
            t.rules << rule;
    }
    return t;
}

/// The three groups of one SLA.
QList<PromGroup> slaGroups(const Workspace &workspace, const Sla &sla, QStringList *warnings)
{
    const QList<TierTemplate> builtIns = builtInTiers();
    const TierTemplate *tier = findTierTemplate(workspace, builtIns, sla.tier);
    const Sla resolved = resolveSla(sla, tier);
    const QList<Rule> rules = Alerting::rulesFor(sla, tier);
    const QString prefix = QStringLiteral("sladesk-") + sla.metadata.name;
    PromGroup increases{prefix + QStringLiteral("-increase"), IncreaseStep.toString(), {}};
    PromGroup slis{prefix + QStringLiteral("-sli"), {}, {}};
    PromGroup alerts{prefix + QStringLiteral("-alerts"), {}, {}};
    for (const Objective &objective : sla.objectives) {
        const Target t = targetOf(sla, resolved, objective, rules, warnings);
        if (t.shape == Shape::None)
            warnings->append(Tr::tr("%1: no recording rules: %2").arg(t.id(), t.why));
        if (t.shape == Shape::Events)
            increases.rules << increaseRules(t);
        if (t.shape != Shape::None)
            slis.rules << sliRules(t);
        for (const Rule &rule : std::as_const(t.rules)) {
            if (const std::optional<PromRule> a = alertRule(rule, t))
                alerts.rules << *a;
        }
    }
    QList<PromGroup> out;
    for (const PromGroup &g : {increases, slis, alerts}) {
        if (!g.rules.isEmpty())
            out << g;
    }
    return out;
}

void emitPairs(YAML::Emitter &e, const char *key, const QList<QPair<QString, QString>> &pairs)
{
    if (pairs.isEmpty())
        return;
    e << YAML::Key << key << YAML::Value << YAML::BeginMap;
    for (const auto &[k, v] : pairs)
        e << YAML::Key << k.toStdString() << YAML::Value << YAML::DoubleQuoted << v.toStdString();
    e << YAML::EndMap;
}

void emitGroups(YAML::Emitter &e, const QList<PromGroup> &groups)
{
    e << YAML::Key << "groups" << YAML::Value << YAML::BeginSeq;
    for (const PromGroup &g : groups) {
        e << YAML::BeginMap << YAML::Key << "name" << YAML::Value << g.name.toStdString();
        if (!g.interval.isEmpty())
            e << YAML::Key << "interval" << YAML::Value << g.interval.toStdString();
        e << YAML::Key << "rules" << YAML::Value << YAML::BeginSeq;
        for (const PromRule &r : g.rules) {
            e << YAML::BeginMap;
            if (!r.record.isEmpty())
                e << YAML::Key << "record" << YAML::Value << r.record.toStdString();
            else
                e << YAML::Key << "alert" << YAML::Value << r.alert.toStdString();
            e << YAML::Key << "expr" << YAML::Value << YAML::DoubleQuoted << r.expr.toStdString();
            if (!r.forDuration.isEmpty())
                e << YAML::Key << "for" << YAML::Value << r.forDuration.toStdString();
            if (!r.keepFiringFor.isEmpty())
                e << YAML::Key << "keep_firing_for" << YAML::Value << r.keepFiringFor.toStdString();
            emitPairs(e, "labels", r.labels);
            emitPairs(e, "annotations", r.annotations);
            e << YAML::EndMap;
        }
        e << YAML::EndSeq << YAML::EndMap;
    }
    e << YAML::EndSeq;
}

} // namespace

QString errorRatioRecord(Duration window)
{
    return QStringLiteral("sladesk:sli_error:ratio_rate") + window.toString();
}

QString budgetRemainingRecord()
{
    return QStringLiteral("sladesk:period_error_budget_remaining:ratio");
}

QString objectiveRecord()
{
    return QStringLiteral("sladesk:objective:ratio");
}

RecordedObjective recordedObjective(const Workspace &workspace, const Sla &sla, const Objective &objective,
                                    QStringList *warnings)
{
    const QList<TierTemplate> builtIns = builtInTiers();
    const TierTemplate *tier = findTierTemplate(workspace, builtIns, sla.tier);
    const Target t = targetOf(sla, resolveSla(sla, tier), objective, Alerting::rulesFor(sla, tier), warnings);
    RecordedObjective out;
    out.recorded = t.shape != Shape::None;
    out.why = t.why;
    out.selector = t.selector;
    out.window = t.window;
    out.windows = windowsOf(t);
    out.budget = t.budget();
    return out;
}

QString escapeString(const QString &text)
{
    QString out = text;
    return out.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
}

QString seriesSelector(const QString &sla, const QString &objective)
{
    return QStringLiteral("{sla=%1,objective=%2}").arg(promString(sla), promString(objective));
}

RuleSet prometheusRules(const Workspace &workspace, const QString &onlySla)
{
    RuleSet set;
    for (const Sla &sla : workspace.slas) {
        if (!onlySla.isEmpty() && sla.metadata.name != onlySla)
            continue;
        set.groups << slaGroups(workspace, sla, &set.warnings);
        for (const Correction &c : workspace.corrections) {
            if (!c.slas.contains(sla.metadata.name))
                continue;
            set.warnings << Tr::tr("%1: correction '%2' has no PromQL form: the rules count the events of its "
                                   "periods (recurring corrections can mute alerts through --alertmanager-config)")
                                .arg(sla.metadata.name, c.metadata.name);
        }
    }
    return set;
}

QByteArray toYaml(const RuleSet &rules, Flavour flavour)
{
    QByteArray out = "# Generated by slactl rules (SLA Desk). Names and labels: README, "
                     "\"Prometheus rules and backtests\".\n";
    for (const QString &w : rules.warnings)
        out += "# not generated: " + w.simplified().toUtf8() + '\n';
    YAML::Emitter e;
    e.SetIndent(2);
    e << YAML::BeginMap;
    if (flavour == Flavour::Mimir)
        e << YAML::Key << "namespace" << YAML::Value << "sladesk";
    emitGroups(e, rules.groups);
    e << YAML::EndMap;
    return out + e.c_str() + '\n';
}

} // namespace Sla::Core::Rules
