// SPDX-License-Identifier: Apache-2.0
#include "validator.h"

#include "core/document/builtintiers.h"
#include "core/document/tierresolver.h"
#include "core/document/tr.h"
#include "core/document/windowlimits.h"
#include "core/document/yamlsupport.h"
#include "core/engine/recurrence.h"
#include "core/engine/windows.h"
#include "core/query/cloudwatchselector.h"
#include "core/query/selector.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Tr = Sla::Core::TrContext::Validator;

namespace Sla::Core {

namespace {

/// `file:line` for "already defined at" messages.
QString where(const SourceLocation &loc)
{
    const QString file = loc.file.isEmpty() ? QStringLiteral("<input>") : loc.file;
    return loc.line > 0 ? file + u':' + QString::number(loc.line) : file;
}

QString quotedList(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

QString slaLabel(const Sla &sla)
{
    return Tr::tr("SLA '%1'").arg(sla.metadata.name);
}

QString objectiveLabel(const Sla &sla, const Objective &objective)
{
    return Tr::tr("objective '%1' of SLA '%2'").arg(objective.name, sla.metadata.name);
}

QString alertLabel(const AlertRule &rule)
{
    if (!rule.name.isEmpty())
        return Tr::tr("alert '%1'").arg(rule.name);
    return rule.kind == AlertRule::Kind::BurnRate ? Tr::tr("burn-rate alert") : Tr::tr("unnamed alert");
}

/// The selector fields of an indicator as (origin key, text), in document order.
QList<QPair<QString, QString>> selectorFields(const Indicator &indicator)
{
    // Raw queries are source-specific and passed through as written.
    if (indicator.kind == IndicatorKind::Query)
        return {};
    return indicator.selectorFields();
}

class Checker
{
public:
    Checker(const Workspace &ws, const QList<TierTemplate> &builtIns) : m_ws(ws), m_builtIns(builtIns) {}

    Diagnostics run();

private:
    void error(const SourceLocation &loc, const QString &message)
    {
        m_out.append(Diagnostic{Diagnostic::Severity::Error, loc, message});
    }
    void warning(const SourceLocation &loc, const QString &message)
    {
        m_out.append(Diagnostic{Diagnostic::Severity::Warning, loc, message});
    }

    template <typename T> void checkDuplicateDocuments(const QList<T> &documents, const QString &kind);
    void checkTier(const TierTemplate &tier);
    void checkAlertNames(const QList<AlertRule> &alerts);
    /// Drift rules need a drift objective, period-budget rules a calendar window.
    void checkAlertKinds(const Sla &sla, const TierTemplate *tier);
    void checkSla(const Sla &sla);
    /// Reports an unknown reference with a "did you mean" or the list of known names.
    void unknownReference(const SourceLocation &loc, const QString &what, const QString &name, const QString &in,
                          const QStringList &known, const QString &kind);
    /// The data source `name` when it exists and SLA Desk can query it; reports otherwise.
    const DataSource *checkDataSourceReference(const QString &name, const SourceLocation &loc, const QString &in);
    void checkIndicator(const Objective &objective, const DataSource *source);
    void checkNamesOneMetric(const PromSelector &selector, const QString &key, const SourceLocation &loc);
    void checkCloudWatchIndicator(const Indicator &indicator);
    void checkAgainstTier(const Objective &objective, const TierTemplate &tier);
    /// Reports a window outside WindowLimits; true when it is within them.
    bool checkWindow(const std::optional<Window> &window, const SourceLocation &loc);
    void checkTimeslices(const Sla &sla, const Objective &objective, const TierTemplate *tier);

    // Corrections and annotations
    /// The (SLA, objective) pairs a correction or annotation names; unknown names are reported.
    QList<QPair<const Sla *, const Objective *>> checkTargets(const QStringList &slas, const QStringList &objectives,
                                                              const Origin &origin, const QString &label);
    void checkCorrection(const Correction &c);
    void checkRecurrence(const Correction &c, const QString &label);
    void checkCorrectionLength(const Correction &c, const QList<QPair<const Sla *, const Objective *>> &targets,
                               const QString &label);
    void checkOverlaps();
    void checkAnnotation(const Annotation &a);
    /// The window an objective is evaluated over (its own, the SLA's, the tier's), if any.
    std::optional<Window> effectiveWindow(const Sla &sla, const Objective &objective) const;

    const Workspace &m_ws;
    const QList<TierTemplate> &m_builtIns;
    Diagnostics m_out;
};

Diagnostics Checker::run()
{
    checkDuplicateDocuments(m_ws.slas, QStringLiteral("SLA"));
    checkDuplicateDocuments(m_ws.tiers, QStringLiteral("TierTemplate"));
    checkDuplicateDocuments(m_ws.dataSources, QStringLiteral("DataSource"));
    checkDuplicateDocuments(m_ws.services, QStringLiteral("Service"));
    for (const TierTemplate &tier : m_ws.tiers)
        checkTier(tier);
    for (const Sla &sla : m_ws.slas)
        checkSla(sla);
    checkDuplicateDocuments(m_ws.corrections, QStringLiteral("Correction"));
    checkDuplicateDocuments(m_ws.annotations, QStringLiteral("Annotation"));
    for (const Correction &c : m_ws.corrections)
        checkCorrection(c);
    checkOverlaps();
    for (const Annotation &a : m_ws.annotations)
        checkAnnotation(a);
    sortDiagnostics(m_out);
    return m_out;
}

template <typename T> void Checker::checkDuplicateDocuments(const QList<T> &documents, const QString &kind)
{
    QHash<QString, SourceLocation> seen;
    for (const T &doc : documents) {
        const QString &name = doc.metadata.name;
        if (name.isEmpty())
            continue; // the reader has reported the missing name
        const SourceLocation loc = doc.origin.at(QStringLiteral("name"));
        if (const auto it = seen.constFind(name); it != seen.constEnd()) {
            // Services only describe; OpenSLO's own examples define one per environment.
            if (kind == QLatin1String("Service"))
                warning(loc, Tr::tr("%1 '%2' is already defined at %3").arg(kind, name, where(*it)));
            else
                error(loc, Tr::tr("%1 '%2' is already defined at %3").arg(kind, name, where(*it)));
        } else
            seen.insert(name, loc);
    }
}

void Checker::checkTier(const TierTemplate &tier)
{
    if (!(tier.atRisk > 0 && tier.atRisk < 1)) {
        error(tier.origin.at(QStringLiteral("atRisk")),
              Tr::tr("atRisk of TierTemplate '%1' must be a fraction of the error budget between 0 and 1 (exclusive), "
                     "got %2")
                  .arg(tier.metadata.name, Yaml::formatNumber(tier.atRisk)));
    }
    checkWindow(tier.window, tier.origin.at(QStringLiteral("window")));
    checkAlertNames(tier.alerts);
}

bool Checker::checkWindow(const std::optional<Window> &window, const SourceLocation &loc)
{
    const QString problem = window ? windowProblem(*window) : QString();
    if (!problem.isEmpty())
        error(loc, problem);
    return problem.isEmpty();
}

void Checker::checkTimeslices(const Sla &sla, const Objective &objective, const TierTemplate *tier)
{
    if (objective.budgeting.method != Budgeting::Method::Timeslices)
        return;
    // The window the objective is evaluated over: its own, the SLA's, or the tier's.
    const std::optional<Window> window = objective.window ? objective.window
                                         : sla.window     ? sla.window
                                         : tier           ? tier->window
                                                          : std::nullopt;
    if (!window || !windowProblem(*window).isEmpty())
        return; // no window, or a wrong one: reported where it is written
    const QString problem = timesliceProblem(*window, objective.budgeting.slice);
    if (!problem.isEmpty())
        error(objective.origin.at(QStringLiteral("budgeting")),
              Tr::tr("%1: %2").arg(objectiveLabel(sla, objective), problem));
}

void Checker::checkAlertNames(const QList<AlertRule> &alerts)
{
    QHash<QString, SourceLocation> seen;
    for (const AlertRule &rule : alerts) {
        if (rule.name.isEmpty())
            continue;
        const SourceLocation loc = rule.origin.at(QStringLiteral("name"));
        if (const auto it = seen.constFind(rule.name); it != seen.constEnd())
            error(loc, Tr::tr("alert '%1' is already defined at %2").arg(rule.name, where(*it)));
        else
            seen.insert(rule.name, loc);
    }
}

void Checker::checkAlertKinds(const Sla &sla, const TierTemplate *tier)
{
    QList<QPair<const AlertRule *, bool>> rules; // (rule, the SLA's own)
    for (const AlertRule &rule : sla.alerts)
        rules.append({&rule, true});
    if (tier) {
        for (const AlertRule &rule : tier->alerts)
            rules.append({&rule, false});
    }
    const std::optional<Window> slaWindow = sla.window ? sla.window : (tier ? tier->window : std::nullopt);
    const auto samePeriod = [&slaWindow](const std::optional<Window> &w) {
        return w && slaWindow && w->kind == Window::Kind::Calendar && slaWindow->kind == Window::Kind::Calendar &&
               w->calendar == slaWindow->calendar && w->timeZone == slaWindow->timeZone;
    };
    for (const auto &[rule, own] : rules) {
        const SourceLocation loc = own ? rule->origin.self : sla.origin.at(QStringLiteral("tier"));
        const QString label = Tr::tr("%1 of SLA '%2'").arg(alertLabel(*rule), sla.metadata.name);
        bool applies = false;
        bool fits = true;
        for (const Objective &o : sla.objectives) {
            if (!rule->objective.isEmpty() && rule->objective != o.name)
                continue;
            if (rule->kind == AlertRule::Kind::Drift) {
                applies = applies || o.indicator.kind == IndicatorKind::Drift;
            } else if (rule->kind == AlertRule::Kind::PeriodBudget) {
                applies = true;
                fits = fits && samePeriod(effectiveWindow(sla, o));
            }
        }
        if (rule->kind == AlertRule::Kind::Drift && !applies && own)
            error(loc, Tr::tr("%1 watches a drift score, but no drift objective of the SLA matches it").arg(label));
        if (rule->kind == AlertRule::Kind::PeriodBudget && applies && !fits)
            error(loc, Tr::tr("%1 needs the calendar window of the SLA on every objective it watches: the budget "
                              "consumed since the period started is the window's; use budgetBelow on a rolling "
                              "window")
                           .arg(label));
    }
}

void Checker::unknownReference(const SourceLocation &loc, const QString &what, const QString &name, const QString &in,
                               const QStringList &known, const QString &kind)
{
    const QString hint = Yaml::nearestName(name, known);
    if (!hint.isEmpty())
        error(loc, Tr::tr("unknown %1 '%2' in %3; did you mean '%4'?").arg(what, name, in, hint));
    else if (known.isEmpty())
        error(loc, Tr::tr("unknown %1 '%2' in %3 (no %4 is defined)").arg(what, name, in, kind));
    else
        error(loc, Tr::tr("unknown %1 '%2' in %3 (known: %4)").arg(what, name, in, quotedList(known)));
}

const DataSource *Checker::checkDataSourceReference(const QString &name, const SourceLocation &loc, const QString &in)
{
    const DataSource *source = m_ws.findDataSource(name);
    if (!source) {
        QStringList known;
        for (const DataSource &ds : m_ws.dataSources)
            known << ds.metadata.name;
        unknownReference(loc, Tr::tr("data source"), name, in, known, QStringLiteral("DataSource"));
        return nullptr;
    }
    if (source->type == DataSourceType::Other) {
        const QString type = source->typeName.isEmpty() ? toString(source->type) : source->typeName;
        // The document is valid OpenSLO; only evaluation is impossible, so this warns.
        warning(loc, Tr::tr("data source '%1' in %2 has type %3: SLA Desk cannot query %3 data sources "
                            "(supported types: prometheus, datadog, recorded); its objectives will show no data")
                         .arg(name, in, type));
        return nullptr;
    }
    return source;
}

void Checker::checkSla(const Sla &sla)
{
    // Tier
    const TierTemplate *tier = nullptr;
    if (!sla.tier.isEmpty()) {
        tier = findTierTemplate(m_ws, m_builtIns, sla.tier);
        if (!tier) {
            QStringList known;
            for (const TierTemplate &t : m_ws.tiers)
                known << t.metadata.name;
            for (const TierTemplate &t : m_builtIns) {
                if (!known.contains(t.metadata.name))
                    known << t.metadata.name;
            }
            unknownReference(sla.origin.at(QStringLiteral("tier")), Tr::tr("tier"), sla.tier, slaLabel(sla), known,
                             QStringLiteral("TierTemplate"));
        }
    }

    // Window: the SLA's, the tier's, or every objective's own.
    checkWindow(sla.window, sla.origin.at(QStringLiteral("window")));
    if (!sla.window && !(tier && tier->window)) {
        const bool allOwn =
            !sla.objectives.isEmpty() && std::all_of(sla.objectives.cbegin(), sla.objectives.cend(),
                                                     [](const Objective &o) { return o.window.has_value(); });
        if (!allOwn) {
            error(sla.origin.at(QStringLiteral("window")),
                  tier ? Tr::tr("SLA '%1' has no window and its tier '%2' sets none: add a window such as 30d")
                             .arg(sla.metadata.name, tier->metadata.name)
                       : Tr::tr("SLA '%1' has no window: add a window such as 30d, or a tier that sets one")
                             .arg(sla.metadata.name));
        }
    }

    // SLA-wide data source (reported once here, not for every objective inheriting it).
    const DataSource *slaSource = nullptr;
    bool slaSourceReported = false;
    if (!sla.dataSource.isEmpty()) {
        slaSource =
            checkDataSourceReference(sla.dataSource, sla.origin.at(QStringLiteral("dataSource")), slaLabel(sla));
        slaSourceReported = !slaSource;
    }

    // Objectives
    QHash<QString, SourceLocation> objectiveNames;
    QStringList objectiveList;
    for (const Objective &objective : sla.objectives) {
        if (!objective.name.isEmpty()) {
            const SourceLocation loc = objective.origin.at(QStringLiteral("name"));
            if (const auto it = objectiveNames.constFind(objective.name); it != objectiveNames.constEnd()) {
                error(loc, Tr::tr("objective '%1' is already defined at %2").arg(objective.name, where(*it)));
            } else {
                objectiveNames.insert(objective.name, loc);
                objectiveList << objective.name;
            }
        }

        const DataSource *source = slaSource;
        if (!objective.dataSource.isEmpty()) {
            source = checkDataSourceReference(objective.dataSource, objective.origin.at(QStringLiteral("dataSource")),
                                              objectiveLabel(sla, objective));
        } else if (sla.dataSource.isEmpty()) {
            error(objective.origin.self, Tr::tr("%1 has no data source: set dataSource on the SLA or on the objective")
                                             .arg(objectiveLabel(sla, objective)));
        } else if (slaSourceReported) {
            source = nullptr;
        }
        checkIndicator(objective, source);
        checkWindow(objective.window, objective.origin.at(QStringLiteral("window")));
        checkTimeslices(sla, objective, tier);
        if (tier)
            checkAgainstTier(objective, *tier);
    }

    // Alerts
    checkAlertNames(sla.alerts);
    checkAlertKinds(sla, tier);
    for (const AlertRule &rule : sla.alerts) {
        if (rule.objective.isEmpty() || objectiveNames.contains(rule.objective))
            continue;
        unknownReference(rule.origin.at(QStringLiteral("objective")), Tr::tr("objective"), rule.objective,
                         Tr::tr("%1 of SLA '%2'").arg(alertLabel(rule), sla.metadata.name), objectiveList,
                         Tr::tr("objective"));
    }
}

void Checker::checkIndicator(const Objective &objective, const DataSource *source)
{
    const Indicator &indicator = objective.indicator;
    if (source && source->type == DataSourceType::CloudWatch) {
        checkCloudWatchIndicator(indicator);
        return;
    }

    if (indicator.kind == IndicatorKind::Query) {
        // Datadog queries name no range: the evaluator rolls counts up over each window.
        if (source && source->type == DataSourceType::Datadog)
            return;
        const QList<QPair<QString, QString>> queries = {
            {QStringLiteral("query.good"), indicator.query.good},
            {QStringLiteral("query.bad"), indicator.query.bad},
            {QStringLiteral("query.total"), indicator.query.total},
            {QStringLiteral("query.errorRatio"), indicator.query.errorRatio}};
        for (const auto &[key, text] : queries) {
            if (!text.isEmpty() && !text.contains(QStringLiteral("{{window}}")))
                warning(indicator.origin.at(key),
                        Tr::tr("%1 has no {{window}} placeholder: it would read the same range for every window, "
                               "e.g. write [{{window}}] where the range goes")
                            .arg(key));
        }
        return;
    }
    if (!source)
        return; // unknown or unusable source: reported already

    if (source->type == DataSourceType::Datadog && indicator.kind == IndicatorKind::Drift) {
        error(indicator.origin.at(QStringLiteral("drift")),
              Tr::tr("Datadog cannot serve drift indicators: its query language has no histogram bucket increases; "
                     "use a Prometheus or recorded source"));
        return;
    }

    const bool datadog = source->type == DataSourceType::Datadog;
    for (const auto &[key, text] : selectorFields(indicator)) {
        QString message;
        int column = 0;
        if (datadog && parseDatadogSelector(text, &message, &column))
            continue;
        if (!datadog) {
            if (const std::optional<PromSelector> selector = parsePromSelector(text, &message, &column)) {
                checkNamesOneMetric(*selector, key, indicator.origin.at(key));
                continue;
            }
        }
        SourceLocation loc = indicator.origin.at(key);
        // Point into the selector when its text sits on one line at a known position.
        if (indicator.origin.fields.contains(key) && loc.column > 0 && !text.contains(u'\n'))
            loc.column += column;
        error(loc,
              (datadog ? Tr::tr("invalid Datadog selector in %1: %2") : Tr::tr("invalid PromQL selector in %1: %2"))
                  .arg(key, message));
    }
}

/// A selector without a fixed metric name (`{service="x"}`, `{__name__=~"a|b"}`) selects
/// every metric with those labels, and the evaluator would add their values up.
void Checker::checkNamesOneMetric(const PromSelector &selector, const QString &key, const SourceLocation &loc)
{
    const bool named = !selector.metric.isEmpty() ||
                       std::any_of(selector.matchers.cbegin(), selector.matchers.cend(), [](const LabelMatcher &m) {
                           return m.name == QLatin1String("__name__") && m.op == LabelMatcher::Op::Equal;
                       });
    if (!named)
        warning(loc, Tr::tr("%1 names no metric (%2): it selects every metric with these labels, and their values "
                            "would be added up; write the metric's name, e.g. http_requests_total{...}")
                         .arg(key, selector.toString()));
}

void Checker::checkCloudWatchIndicator(const Indicator &indicator)
{
    if (indicator.kind == IndicatorKind::Drift) {
        error(indicator.origin.at(QStringLiteral("drift")),
              Tr::tr("drift indicators are not served by CloudWatch: it has no histogram buckets to score drift on; "
                     "use a Prometheus or recorded source"));
        return;
    }
    if (indicator.kind == IndicatorKind::Query) {
        error(indicator.origin.at(QStringLiteral("query")),
              Tr::tr("raw query indicators are not served by CloudWatch; write the selectors in CloudWatch's form "
                     "({namespace: ..., metric: ..., dimensions: {...}, stat: ...})"));
        return;
    }
    for (const auto &[key, text] : selectorFields(indicator)) {
        QString message;
        int column = 0;
        if (parseCloudWatchSelector(text, &message, &column))
            continue;
        SourceLocation loc = indicator.origin.at(key);
        if (indicator.origin.fields.contains(key) && loc.column > 0 && !text.contains(u'\n'))
            loc.column += column;
        error(loc, Tr::tr("invalid CloudWatch selector in %1: %2").arg(key, message));
    }
}

void Checker::checkAgainstTier(const Objective &objective, const TierTemplate &tier)
{
    const Indicator &indicator = objective.indicator;
    const auto it = tier.minimums.constFind(indicator.kind);
    if (it == tier.minimums.constEnd())
        return;
    const TierMinimum &minimum = *it;
    const QString kind = toString(indicator.kind);
    // A small tolerance keeps values that print the same from failing on rounding.
    constexpr double tolerance = 1e-12;

    if (minimum.target && objective.target < *minimum.target - tolerance) {
        error(objective.origin.at(QStringLiteral("target")),
              Tr::tr("tier '%1' requires target >= %2 for %3 objectives; '%4' has %5")
                  .arg(tier.metadata.name, Yaml::formatNumber(*minimum.target), kind, objective.name,
                       Yaml::formatNumber(objective.target)));
    }
    if (!minimum.threshold)
        return;
    std::optional<double> threshold;
    QString key;
    if (indicator.kind == IndicatorKind::Latency) {
        threshold = indicator.latency.threshold;
        key = QStringLiteral("latency.threshold");
    } else if (indicator.kind == IndicatorKind::Drift) {
        threshold = indicator.drift.threshold;
        key = QStringLiteral("drift.threshold");
    }
    if (threshold && *threshold > *minimum.threshold + tolerance) {
        error(indicator.origin.at(key), Tr::tr("tier '%1' requires threshold <= %2 for %3 objectives; '%4' has %5")
                                            .arg(tier.metadata.name, Yaml::formatNumber(*minimum.threshold), kind,
                                                 objective.name, Yaml::formatNumber(*threshold)));
    }
}

// ---------------------------------------------------------------------------------------
// Corrections and annotations

using Target = QPair<const Sla *, const Objective *>;

/// The (SLA, objective) pairs named by `slas` and `objectives` (empty: every objective of
/// those SLAs); names that do not resolve are left out.
QList<Target> targetsOf(const Workspace &ws, const QStringList &slas, const QStringList &objectives)
{
    QList<Target> out;
    for (const QString &name : slas) {
        const Sla *sla = ws.findSla(name);
        if (!sla)
            continue;
        for (const Objective &o : sla->objectives) {
            if (objectives.isEmpty() || objectives.contains(o.name))
                out.append({sla, &o});
        }
    }
    return out;
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

/// The first overlap of two sorted lists of ranges, if any.
std::optional<TimeRange> firstOverlap(const std::vector<TimeRange> &a, const std::vector<TimeRange> &b)
{
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 start = std::max(a[i].start, b[j].start), end = std::min(a[i].end, b[j].end);
        if (start < end)
            return TimeRange{start, end};
        if (a[i].end < b[j].end)
            ++i;
        else
            ++j;
    }
    return std::nullopt;
}

/// The occurrences of a correction from its start over the horizon the overlap check
/// looks at (OverlapHorizon after the later of two starts).
std::vector<TimeRange> occurrencesUntil(const Correction &c, qint64 horizonEnd)
{
    const qint64 length = c.lengthMs();
    if (!c.start.isValid() || length <= 0)
        return {};
    const auto rule = c.recurrence.isEmpty() ? std::nullopt : Recurrence::parse(c.recurrence);
    if (!c.recurrence.isEmpty() && !rule)
        return {}; // reported as a bad rule
    const qint64 start = c.start.toMSecsSinceEpoch();
    return Recurrence::occurrences(start, length, rule, Windows::zoneByName(c.timeZone), {start, horizonEnd});
}

constexpr qint64 OverlapHorizonMs = 366 * Duration::Day;

QList<Target> Checker::checkTargets(const QStringList &slas, const QStringList &objectives, const Origin &origin,
                                    const QString &label)
{
    QStringList knownSlas;
    for (const Sla &sla : m_ws.slas)
        knownSlas << sla.metadata.name;
    for (int i = 0; i < slas.size(); ++i) {
        if (!m_ws.findSla(slas.at(i)))
            unknownReference(origin.at(QStringLiteral("slas.%1").arg(i)), Tr::tr("SLA"), slas.at(i), label, knownSlas,
                             QStringLiteral("SLA"));
    }
    const QList<Target> all = targetsOf(m_ws, slas, {});
    if (all.isEmpty())
        return {}; // no known SLA: objective names cannot be checked
    QStringList knownObjectives;
    for (const Target &t : all) {
        if (!knownObjectives.contains(t.second->name))
            knownObjectives << t.second->name;
    }
    for (int i = 0; i < objectives.size(); ++i) {
        if (!knownObjectives.contains(objectives.at(i)))
            unknownReference(origin.at(QStringLiteral("objectives.%1").arg(i)), Tr::tr("objective"), objectives.at(i),
                             label, knownObjectives, Tr::tr("objective"));
    }
    return targetsOf(m_ws, slas, objectives);
}

void Checker::checkCorrection(const Correction &c)
{
    const QString label = Tr::tr("Correction '%1'").arg(c.metadata.name);
    const QList<Target> targets = checkTargets(c.slas, c.objectives, c.origin, label);
    if (c.end && c.start.isValid() && *c.end <= c.start) {
        error(c.origin.at(QStringLiteral("end")),
              Tr::tr("end %1 of %2 is not after its start %3")
                  .arg(c.end->toString(Qt::ISODate), label, c.start.toString(Qt::ISODate)));
        return;
    }
    checkRecurrence(c, label);
    checkCorrectionLength(c, targets, label);
}

void Checker::checkRecurrence(const Correction &c, const QString &label)
{
    if (c.recurrence.isEmpty())
        return;
    Recurrence::ParseError why;
    if (Recurrence::parse(c.recurrence, &why))
        return;
    SourceLocation loc = c.origin.at(QStringLiteral("recurrence"));
    // Point into the rule when its text sits on one line at a known position.
    if (c.origin.fields.contains(QStringLiteral("recurrence")) && loc.column > 0 && !c.recurrence.contains(u'\n'))
        loc.column += why.column - 1;
    error(loc, Tr::tr("invalid recurrence of %1: %2").arg(label, why.message));
}

std::optional<Window> Checker::effectiveWindow(const Sla &sla, const Objective &objective) const
{
    if (objective.window)
        return objective.window;
    if (sla.window)
        return sla.window;
    const TierTemplate *tier = sla.tier.isEmpty() ? nullptr : findTierTemplate(m_ws, m_builtIns, sla.tier);
    return tier ? tier->window : std::nullopt;
}

void Checker::checkCorrectionLength(const Correction &c, const QList<Target> &targets, const QString &label)
{
    const qint64 length = c.lengthMs();
    for (const Target &t : targets) {
        const std::optional<Window> window = effectiveWindow(*t.first, *t.second);
        if (!window || length <= window->nominalLength().ms)
            continue;
        const QString key = c.duration ? QStringLiteral("duration") : QStringLiteral("end");
        warning(c.origin.at(key), Tr::tr("%1 lasts %2, longer than the %3 window of %4: the whole window would be "
                                         "left out")
                                      .arg(label, Duration{length}.toString(), window->nominalLength().toString(),
                                           objectiveLabel(*t.first, *t.second)));
        return; // once per correction
    }
}

void Checker::checkOverlaps()
{
    const QList<Correction> &all = m_ws.corrections;
    for (int j = 1; j < all.size(); ++j) {
        const QList<Target> later = targetsOf(m_ws, all.at(j).slas, all.at(j).objectives);
        for (int i = 0; i < j && !later.isEmpty(); ++i) {
            const Correction &a = all.at(i), &b = all.at(j);
            const QList<Target> earlier = targetsOf(m_ws, a.slas, a.objectives);
            const auto shared =
                std::find_if(later.cbegin(), later.cend(), [&earlier](const Target &t) { return earlier.contains(t); });
            if (shared == later.cend() || !a.start.isValid() || !b.start.isValid())
                continue;
            const qint64 horizon =
                std::max(a.start.toMSecsSinceEpoch(), b.start.toMSecsSinceEpoch()) + OverlapHorizonMs;
            const auto overlap = firstOverlap(occurrencesUntil(a, horizon), occurrencesUntil(b, horizon));
            if (!overlap)
                continue;
            warning(b.origin.at(QStringLiteral("start")),
                    Tr::tr("Correction '%1' overlaps Correction '%2' (%3) on %4 from %5 to %6; events in the "
                           "overlap are left out once")
                        .arg(b.metadata.name, a.metadata.name, where(a.origin.at(QStringLiteral("start"))),
                             objectiveLabel(*shared->first, *shared->second), timeText(overlap->start),
                             timeText(overlap->end)));
        }
    }
}

void Checker::checkAnnotation(const Annotation &a)
{
    const QString label = Tr::tr("Annotation '%1'").arg(a.metadata.name);
    checkTargets(a.slas, a.objectives, a.origin, label);
    if (a.end && a.time.isValid() && *a.end < a.time)
        error(a.origin.at(QStringLiteral("end")),
              Tr::tr("end %1 of %2 is before its time %3")
                  .arg(a.end->toString(Qt::ISODate), label, a.time.toString(Qt::ISODate)));
}

} // namespace

Diagnostics validateWorkspace(const Workspace &ws)
{
    return validateWorkspace(ws, builtInTiers());
}

Diagnostics validateWorkspace(const Workspace &ws, const QList<TierTemplate> &builtIns)
{
    return Checker(ws, builtIns).run();
}

} // namespace Sla::Core
