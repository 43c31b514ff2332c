// SPDX-License-Identifier: Apache-2.0
#include "opensloexport.h"

#include "core/document/names.h"
#include "core/document/texthygiene.h"
#include "core/document/tr.h"
#include "core/document/yamlsupport.h"
#include "core/query/querycompiler.h"

#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace Tr = Sla::Core::TrContext::OpenSloExport;

namespace Sla::Core {

namespace {

const QString kWindowPlaceholder = QStringLiteral("{{.window}}");
/// Calendar windows need an anchor; 2024-01-01 is a Monday and the first day of a month
/// and of a quarter, so weeks, months and quarters all start on their natural boundary.
const QString kCalendarStart = QStringLiteral("2024-01-01 00:00:00");

/// One unit only, as OpenSLO's duration shorthand allows: 1h30m becomes 90m.
QString openSloDuration(Duration d)
{
    for (const auto &[unit, suffix] :
         {std::pair{Duration::Day, u'd'}, std::pair{Duration::Hour, u'h'}, std::pair{Duration::Minute, u'm'}}) {
        if (d.ms >= unit && d.ms % unit == 0)
            return QString::number(d.ms / unit) + QChar(suffix);
    }
    // Sub-second parts cannot be written; round up so that a window never shrinks.
    return QString::number((d.ms + Duration::Second - 1) / Duration::Second) + u's';
}

QString calendarDuration(CalendarUnit unit)
{
    static const char *const lengths[] = {"1w", "1M", "1Q"}; // in CalendarUnit order
    return QString::fromLatin1(lengths[int(unit)]);
}

QString dataSourceTypeName(const DataSource &ds)
{
    switch (ds.type) {
    case DataSourceType::Prometheus:
        return QStringLiteral("Prometheus");
    case DataSourceType::Datadog:
        return QStringLiteral("Datadog");
    case DataSourceType::Recorded:
        return QStringLiteral("Recorded");
    case DataSourceType::CloudWatch:
        return QStringLiteral("CloudWatch");
    case DataSourceType::Other:
        break;
    }
    return ds.typeName.isEmpty() ? QStringLiteral("Other") : ds.typeName;
}

/// `sum:SEL.as_count()`, keeping an aggregator or modifier the selector already has.
QString datadogCount(const QString &selector)
{
    QString s = selector.trimmed();
    const qsizetype brace = s.indexOf(u'{');
    const qsizetype colon = s.indexOf(u':');
    if (colon < 0 || (brace >= 0 && colon > brace))
        s = QStringLiteral("sum:") + s;
    if (!s.contains(QStringLiteral(".as_count()")) && !s.contains(QStringLiteral(".as_rate()")))
        s += QStringLiteral(".as_count()");
    return s;
}

/// Datadog counterpart of QueryCompiler::compile: event counts for ratio and classification,
/// raw queries as written.
CompiledQueries compileDatadog(const Objective &o)
{
    const Indicator &ind = o.indicator;
    CompiledQueries q;
    q.form = CompiledQueries::Form::Events;
    auto sum = [](const QStringList &parts) { return parts.join(QStringLiteral(" + ")); };
    switch (ind.kind) {
    case IndicatorKind::Ratio:
        (ind.ratio.good.isEmpty() ? q.bad : q.good) =
            datadogCount(ind.ratio.good.isEmpty() ? ind.ratio.bad : ind.ratio.good);
        q.total = datadogCount(ind.ratio.total);
        return q;
    case IndicatorKind::Classification: {
        const ClassificationIndicator &c = ind.classification;
        for (const QString &name : requiredCounters(c.measure)) {
            const QString &sel = name == QLatin1String("tp")   ? c.tp
                                 : name == QLatin1String("fp") ? c.fp
                                 : name == QLatin1String("fn") ? c.fn
                                                               : c.tn;
            if (sel.trimmed().isEmpty()) {
                q.form = CompiledQueries::Form::NotCompilable;
                q.reason = Tr::tr("classification measure '%1' needs the '%2' counter").arg(toString(c.measure), name);
                return q;
            }
        }
        const QString tp = datadogCount(c.tp);
        switch (c.measure) {
        case ClassificationMeasure::Precision:
            q.good = tp;
            q.total = sum({tp, datadogCount(c.fp)});
            break;
        case ClassificationMeasure::Recall:
            q.good = tp;
            q.total = sum({tp, datadogCount(c.fn)});
            break;
        case ClassificationMeasure::F1:
            q.good = QStringLiteral("2 * ") + tp;
            q.total = sum({QStringLiteral("2 * ") + tp, datadogCount(c.fp), datadogCount(c.fn)});
            break;
        case ClassificationMeasure::Accuracy:
            q.good = sum({tp, datadogCount(c.tn)});
            q.total = sum({tp, datadogCount(c.fp), datadogCount(c.fn), datadogCount(c.tn)});
            break;
        }
        return q;
    }
    case IndicatorKind::Query:
        return QueryCompiler::compile(o, kWindowPlaceholder);
    case IndicatorKind::Latency:
    case IndicatorKind::Threshold:
    case IndicatorKind::Drift:
        break;
    }
    q.form = CompiledQueries::Form::NotCompilable;
    q.reason = Tr::tr("a %1 indicator cannot be written as a Datadog metric query").arg(toString(ind.kind));
    return q;
}

bool looksSecret(const QString &key)
{
    static const QRegularExpression secret(QStringLiteral("key|secret|token|password|credential"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

/// Whether a plain scalar with this text would read back as something other than text
/// (a number, a boolean, null, a timestamp): such text is written double-quoted.
bool needsQuotes(const QString &text)
{
    static const QRegularExpression ambiguous(
        QStringLiteral(R"(^([-+]?([.][0-9]+|[0-9][0-9_]*([.][0-9]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-f]+|0o[0-7]+|)"
                       R"([-+]?[0-9][0-9_]*(:[0-5]?[0-9])+([.][0-9]*)?|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*|)"
                       R"([-+]?[.]?inf|[.]?nan|true|false|yes|no|y|n|on|off|null|~)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return text.isEmpty() || ambiguous.match(text).hasMatch();
}

struct BurnPolicy
{
    QString policy;
    QString condition;
    QString objective; ///< empty: every objective
    BurnRateWindow window;
};

class Exporter
{
public:
    Exporter(const Workspace &ws, Diagnostics *warnings) : m_ws(ws), m_warnings(warnings) {}

    QByteArray run()
    {
        for (const DataSource &ds : m_ws.dataSources)
            writeDataSource(ds);
        writeServices();
        for (const Sla &sla : m_ws.slas)
            writeSla(sla);
        // OpenSLO has no kind for either: said once per document, never silently dropped.
        for (const Correction &c : m_ws.corrections)
            warn(c.origin.self,
                 Tr::tr("Correction '%1' has no OpenSLO equivalent and is not exported").arg(c.metadata.name));
        for (const Annotation &a : m_ws.annotations)
            warn(a.origin.self,
                 Tr::tr("Annotation '%1' has no OpenSLO equivalent and is not exported").arg(a.metadata.name));
        QByteArray out(m_out.c_str(), qsizetype(m_out.size()));
        if (!out.isEmpty() && !out.endsWith('\n'))
            out += '\n';
        return out;
    }

private:
    // ---- emitting ----------------------------------------------------------------------
    void key(const char *k) { m_out << YAML::Key << k << YAML::Value; }
    void text(const QString &value)
    {
        if (needsQuotes(value))
            m_out << YAML::DoubleQuoted;
        m_out << value.toStdString();
    }
    void field(const char *k, const QString &value)
    {
        key(k);
        text(value);
    }
    void optionalField(const char *k, const QString &value)
    {
        if (!value.isEmpty())
            field(k, value);
    }
    void number(const char *k, double value)
    {
        key(k);
        m_out << Yaml::formatNumber(value).toStdString();
    }
    void boolean(const char *k, bool value)
    {
        key(k);
        m_out << value;
    }

    void beginDocument(const char *kind)
    {
        m_out << YAML::BeginDoc << YAML::BeginMap;
        field("apiVersion", QStringLiteral("openslo/v1"));
        field("kind", QString::fromLatin1(kind));
    }
    void endDocument() { m_out << YAML::EndMap; }
    /// A document of `kind` with `md` and an open `spec` mapping; endObject() closes both.
    void beginObject(const char *kind, const Metadata &md)
    {
        beginDocument(kind);
        writeMetadata(md);
        key("spec");
        m_out << YAML::BeginMap;
    }
    void endObject()
    {
        m_out << YAML::EndMap;
        endDocument();
    }
    static Metadata named(const QString &name)
    {
        Metadata md;
        md.name = name;
        return md;
    }

    void writeMetadata(const Metadata &md)
    {
        key("metadata");
        m_out << YAML::BeginMap;
        field("name", md.name);
        optionalField("displayName", md.displayName);
        if (!md.labels.isEmpty()) {
            key("labels");
            m_out << YAML::BeginMap;
            for (auto it = md.labels.cbegin(); it != md.labels.cend(); ++it) {
                key(it.key().toUtf8().constData());
                m_out << YAML::BeginSeq;
                for (const QString &v : it.value())
                    text(v);
                m_out << YAML::EndSeq;
            }
            m_out << YAML::EndMap;
        }
        if (!md.annotations.isEmpty()) {
            key("annotations");
            m_out << YAML::BeginMap;
            for (auto it = md.annotations.cbegin(); it != md.annotations.cend(); ++it)
                field(it.key().toUtf8().constData(), it.value());
            m_out << YAML::EndMap;
        }
        m_out << YAML::EndMap;
    }

    void warn(const SourceLocation &where, const QString &message)
    {
        if (m_warnings)
            m_warnings->append(Diagnostic{Diagnostic::Severity::Warning, where, message});
    }

    // ---- documents ---------------------------------------------------------------------
    void writeDataSource(const DataSource &ds)
    {
        beginDocument("DataSource");
        writeMetadata(ds.metadata);
        key("spec");
        m_out << YAML::BeginMap;
        optionalField("description", ds.description);
        field("type", dataSourceTypeName(ds));
        key("connectionDetails");
        m_out << YAML::BeginMap;
        switch (ds.type) {
        case DataSourceType::Prometheus:
            optionalField("url", TextHygiene::withoutPassword(ds.url)); // never a password
            optionalField("pathPrefix", ds.pathPrefix);
            optionalField("tenant", ds.tenant);
            if (ds.auth != AuthType::None)
                field("auth", toString(ds.auth));
            optionalField("username", ds.username);
            optionalField("caFile", ds.caFile);
            if (ds.insecureSkipVerify)
                boolean("insecureSkipVerify", true);
            break;
        case DataSourceType::Datadog:
            optionalField("site", ds.site);
            optionalField("url", TextHygiene::withoutPassword(ds.url)); // never a password
            break;
        case DataSourceType::Recorded:
            optionalField("file", ds.file);
            if (ds.alignToNow)
                boolean("alignToNow", true);
            break;
        case DataSourceType::CloudWatch:
            // OpenSLO's CloudWatch data source names the region and role the same way.
            optionalField("region", ds.region);
            optionalField("endpoint", TextHygiene::withoutPassword(ds.endpoint));
            optionalField("roleARN", ds.roleArn);
            break;
        case DataSourceType::Other:
            for (auto it = ds.otherDetails.cbegin(); it != ds.otherDetails.cend(); ++it) {
                if (looksSecret(it.key())) {
                    warn(ds.origin.self, Tr::tr("data source '%1': connection detail '%2' looks like a secret and is "
                                                "not exported")
                                             .arg(ds.metadata.name, it.key()));
                    continue;
                }
                field(it.key().toUtf8().constData(), it.value());
            }
            break;
        }
        m_out << YAML::EndMap << YAML::EndMap;
        endDocument();
    }

    void writeService(const Metadata &md, const QString &description)
    {
        beginObject("Service", md);
        optionalField("description", description);
        endObject();
    }

    void writeServices()
    {
        QSet<QString> written;
        for (const Service &s : m_ws.services) {
            writeService(s.metadata, s.description);
            written.insert(s.metadata.name);
        }
        for (const Sla &sla : m_ws.slas) {
            const QString name = serviceOf(sla);
            if (written.contains(name))
                continue;
            written.insert(name);
            Metadata md;
            md.name = name;
            md.displayName = sla.metadata.displayName;
            writeService(md, sla.description);
        }
    }

    static QString serviceOf(const Sla &sla) { return sla.service.isEmpty() ? sla.metadata.name : sla.service; }

    Window windowOf(const Sla &sla, const Objective &o)
    {
        if (o.window)
            return *o.window;
        if (sla.window)
            return *sla.window;
        if (const TierTemplate *tier = m_ws.findTier(sla.tier); tier && tier->window)
            return *tier->window;
        warn(o.origin.self, Tr::tr("SLA '%1', objective '%2': no window given and tier '%3' is not in the workspace; "
                                   "exported with a rolling 30d window")
                                .arg(sla.metadata.name, o.name, sla.tier));
        return Window::rollingWindow(Duration::days(30));
    }

    QList<BurnPolicy> burnPolicies(const Sla &sla)
    {
        QList<BurnPolicy> out;
        QSet<QString> used;
        for (const AlertRule &rule : sla.alerts) {
            if (rule.kind != AlertRule::Kind::BurnRate) {
                warn(rule.origin.self,
                     Tr::tr("SLA '%1': alert '%2' is not exported: OpenSLO v1 alert conditions express burn rates only")
                         .arg(sla.metadata.name, rule.name));
                continue;
            }
            const QList<BurnRateWindow> windows = rule.burnRateDefault ? BurnRateWindow::defaults() : rule.burnRates;
            for (const BurnRateWindow &w : windows) {
                QString base = sla.metadata.name;
                if (!rule.objective.isEmpty())
                    base += u'-' + rule.objective;
                base +=
                    QStringLiteral("-burn-") + openSloDuration(w.longWindow) + u'-' + openSloDuration(w.shortWindow);
                QString full = base;
                for (int n = 2; used.contains(Names::shorten(full)); ++n)
                    full = base + u'-' + QString::number(n);
                used.insert(Names::shorten(full));
                out.append(
                    {Names::shorten(full), Names::shorten(full + QStringLiteral("-condition")), rule.objective, w});
            }
        }
        return out;
    }

    /// The targets the SLA's alert policies notify: its own, else its tier's. OpenSLO needs
    /// at least one per policy, so an SLA with burn-rate alerts and no target anywhere gets a
    /// desktop target (SLA Desk's own notification), with a warning.
    QList<NotifyTarget> targetsOf(const Sla &sla, bool hasPolicies)
    {
        if (!sla.notify.isEmpty() || !hasPolicies)
            return sla.notify;
        if (const TierTemplate *tier = m_ws.findTier(sla.tier); tier && !tier->notify.isEmpty())
            return tier->notify;
        warn(sla.origin.self, Tr::tr("SLA '%1' has burn-rate alerts but no notification target; OpenSLO alert policies "
                                     "need one, so they notify the SLA Desk desktop target")
                                  .arg(sla.metadata.name));
        return {NotifyTarget{}};
    }

    static QString kindName(NotifyTarget::Kind kind)
    {
        static const char *const names[] = {"desktop", "alertmanager", "webhook"}; // in Kind order
        return QString::fromLatin1(names[int(kind)]);
    }

    static QStringList notificationTargets(const Sla &sla, const QList<NotifyTarget> &targets)
    {
        QStringList names;
        QHash<QString, int> seen;
        for (const NotifyTarget &t : targets) {
            const QString kind = kindName(t.kind);
            const int n = ++seen[kind];
            names << Names::shorten(sla.metadata.name + u'-' + kind + (n > 1 ? u'-' + QString::number(n) : QString()));
        }
        return names;
    }

    void writeSla(const Sla &sla)
    {
        const QList<BurnPolicy> policies = burnPolicies(sla);
        const QList<NotifyTarget> notify = targetsOf(sla, !policies.isEmpty());
        const QStringList targets = notificationTargets(sla, notify);
        for (const Objective &o : sla.objectives)
            writeSlo(sla, o, policies);
        for (const BurnPolicy &p : policies)
            writePolicy(sla, p, targets);
        for (const BurnPolicy &p : policies)
            writeCondition(sla, p);
        for (qsizetype i = 0; i < notify.size(); ++i)
            writeTarget(sla, notify.at(i), targets.at(i));
    }

    CompiledQueries compileFor(const Sla &sla, const Objective &o, QString *sourceName, QString *sourceType)
    {
        *sourceName = o.dataSource.isEmpty() ? sla.dataSource : o.dataSource;
        const DataSource *ds = m_ws.findDataSource(*sourceName);
        const DataSourceType type = ds ? ds->type : DataSourceType::Prometheus;
        *sourceType = ds ? dataSourceTypeName(*ds) : QStringLiteral("Prometheus");
        if (!ds && !sourceName->isEmpty()) {
            warn(o.origin.self, Tr::tr("SLA '%1', objective '%2': data source '%3' is not in the workspace; "
                                       "queries are exported as PromQL")
                                    .arg(sla.metadata.name, o.name, *sourceName));
        }
        switch (type) {
        case DataSourceType::Prometheus:
        case DataSourceType::Recorded:
            return QueryCompiler::compile(o, kWindowPlaceholder);
        case DataSourceType::Datadog:
            return compileDatadog(o);
        case DataSourceType::CloudWatch:
        case DataSourceType::Other:
            break;
        }
        if (o.indicator.kind == IndicatorKind::Query)
            return QueryCompiler::compile(o, kWindowPlaceholder);
        CompiledQueries q;
        q.reason = Tr::tr("data source type '%1' has no query language SLA Desk compiles to").arg(*sourceType);
        return q;
    }

    void writeMetricSource(const char *k, const QString &sourceName, const QString &sourceType, const QString &query)
    {
        key(k);
        m_out << YAML::BeginMap;
        key("metricSource");
        m_out << YAML::BeginMap;
        optionalField("metricSourceRef", sourceName);
        field("type", sourceType);
        key("spec");
        m_out << YAML::BeginMap;
        field("query", query);
        m_out << YAML::EndMap << YAML::EndMap << YAML::EndMap;
    }

    /// Metadata of the SLO of `o`: the SLA's labels and annotations, plus the annotations that
    /// lead an import back to the SLA Desk names, tier and owner.
    static Metadata sloMetadata(const Sla &sla, const Objective &o)
    {
        Metadata md;
        md.name = Names::shorten(sla.metadata.name + u'-' + o.name);
        md.displayName = o.displayName;
        md.labels = sla.metadata.labels;
        md.annotations = sla.metadata.annotations;
        md.annotations.insert(Names::kAnnotationSla, sla.metadata.name);
        md.annotations.insert(Names::kAnnotationObjective, o.name);
        if (!sla.tier.isEmpty())
            md.annotations.insert(Names::kAnnotationTier, sla.tier);
        if (!sla.owner.isEmpty())
            md.annotations.insert(Names::kAnnotationOwner, sla.owner);
        if (sla.weight)
            md.annotations.insert(Names::kAnnotationWeight, QString::number(*sla.weight, 'g', 17));
        return md;
    }

    void writeIndicator(const QString &name, const CompiledQueries &q, const QString &sourceName,
                        const QString &sourceType)
    {
        key("indicator");
        m_out << YAML::BeginMap;
        key("metadata");
        m_out << YAML::BeginMap;
        field("name", name);
        m_out << YAML::EndMap;
        key("spec");
        m_out << YAML::BeginMap;
        switch (q.form) {
        case CompiledQueries::Form::Events:
            key("ratioMetric");
            m_out << YAML::BeginMap;
            boolean("counter", true);
            if (!q.good.isEmpty())
                writeMetricSource("good", sourceName, sourceType, q.good);
            else
                writeMetricSource("bad", sourceName, sourceType, q.bad);
            writeMetricSource("total", sourceName, sourceType, q.total);
            m_out << YAML::EndMap;
            break;
        case CompiledQueries::Form::ErrorRatio:
            key("ratioMetric");
            m_out << YAML::BeginMap;
            boolean("counter", false);
            field("rawType", QStringLiteral("failure"));
            writeMetricSource("raw", sourceName, sourceType, q.errorRatio);
            m_out << YAML::EndMap;
            break;
        case CompiledQueries::Form::Value:
            writeMetricSource("thresholdMetric", sourceName, sourceType, q.value);
            break;
        case CompiledQueries::Form::NotCompilable:
            break;
        }
        m_out << YAML::EndMap << YAML::EndMap; // indicator spec, indicator
    }

    void writeTimeWindow(const Window &window)
    {
        key("timeWindow");
        m_out << YAML::BeginSeq << YAML::BeginMap;
        if (window.kind == Window::Kind::Rolling) {
            field("duration", openSloDuration(window.rolling));
            boolean("isRolling", true);
        } else {
            field("duration", calendarDuration(window.calendar));
            boolean("isRolling", false);
            key("calendar");
            m_out << YAML::BeginMap;
            field("startTime", kCalendarStart);
            field("timeZone", window.timeZone);
            m_out << YAML::EndMap;
        }
        m_out << YAML::EndMap << YAML::EndSeq;
    }

    void writeObjective(const Objective &o, const CompiledQueries &q)
    {
        const bool isValue = q.form == CompiledQueries::Form::Value;
        const bool timeslices = o.budgeting.method == Budgeting::Method::Timeslices;
        field("budgetingMethod", timeslices ? QStringLiteral("Timeslices") : QStringLiteral("Occurrences"));
        key("objectives");
        m_out << YAML::BeginSeq << YAML::BeginMap;
        field("displayName", o.displayName.isEmpty() ? o.name : o.displayName);
        if (isValue && q.op)
            field("op", toString(*q.op));
        if (isValue && q.threshold)
            number("value", *q.threshold);
        number("target", o.target);
        if (timeslices) {
            number("timeSliceTarget", isValue ? 1.0 : o.target);
            field("timeSliceWindow", openSloDuration(o.budgeting.slice));
        }
        m_out << YAML::EndMap << YAML::EndSeq;
    }

    /// `alertPolicies` of the SLO of `objective`: the policies of its rules and of rules for every objective.
    void writePolicyRefs(const QString &objective, const QList<BurnPolicy> &policies)
    {
        QStringList refs;
        for (const BurnPolicy &p : policies) {
            if (p.objective.isEmpty() || p.objective == objective)
                refs << p.policy;
        }
        if (refs.isEmpty())
            return;
        key("alertPolicies");
        m_out << YAML::BeginSeq;
        for (const QString &ref : std::as_const(refs)) {
            m_out << YAML::BeginMap;
            field("alertPolicyRef", ref);
            m_out << YAML::EndMap;
        }
        m_out << YAML::EndSeq;
    }

    void writeSlo(const Sla &sla, const Objective &o, const QList<BurnPolicy> &policies)
    {
        QString sourceName, sourceType;
        const CompiledQueries q = compileFor(sla, o, &sourceName, &sourceType);
        if (!q.isCompilable()) {
            const QString why = o.indicator.kind == IndicatorKind::Drift
                                    ? Tr::tr("OpenSLO v1 has no drift indicator (drift is computed from histogram "
                                             "bucket increases)")
                                    : q.reason;
            warn(o.origin.self,
                 Tr::tr("SLA '%1', objective '%2' is not exported: %3").arg(sla.metadata.name, o.name, why));
            return;
        }
        const Metadata md = sloMetadata(sla, o);
        beginObject("SLO", md);
        optionalField("description", o.description.isEmpty() ? sla.description : o.description);
        field("service", serviceOf(sla));
        writeIndicator(md.name, q, sourceName, sourceType);
        writeTimeWindow(windowOf(sla, o));
        writeObjective(o, q);
        writePolicyRefs(o.name, policies);
        endObject();
    }

    void writePolicy(const Sla &sla, const BurnPolicy &p, const QStringList &targets)
    {
        Metadata md = named(p.policy);
        if (p.objective.isEmpty())
            md.annotations.insert(Names::kAnnotationScope, QStringLiteral("sla"));
        beginObject("AlertPolicy", md);
        field("description",
              Tr::tr("%1: error budget burn rate at or above %2x over %3 and %4")
                  .arg(p.objective.isEmpty() ? sla.metadata.name : sla.metadata.name + u'/' + p.objective,
                       Yaml::formatNumber(p.window.factor), openSloDuration(p.window.longWindow),
                       openSloDuration(p.window.shortWindow)));
        boolean("alertWhenBreaching", true);
        boolean("alertWhenResolved", false);
        boolean("alertWhenNoData", false);
        key("conditions");
        m_out << YAML::BeginSeq << YAML::BeginMap;
        field("conditionRef", p.condition);
        m_out << YAML::EndMap << YAML::EndSeq;
        key("notificationTargets");
        m_out << YAML::BeginSeq;
        for (const QString &t : targets) {
            m_out << YAML::BeginMap;
            field("targetRef", t);
            m_out << YAML::EndMap;
        }
        m_out << YAML::EndSeq;
        endObject();
    }

    void writeCondition(const Sla &sla, const BurnPolicy &p)
    {
        beginObject("AlertCondition", named(p.condition));
        field("description", Tr::tr("%1: burn rate %2x over %3, confirmed over %4")
                                 .arg(sla.metadata.name, Yaml::formatNumber(p.window.factor),
                                      openSloDuration(p.window.longWindow), openSloDuration(p.window.shortWindow)));
        field("severity", toString(p.window.severity));
        key("condition");
        m_out << YAML::BeginMap;
        field("kind", QStringLiteral("burnrate"));
        field("op", QStringLiteral("gte"));
        number("threshold", p.window.factor);
        field("lookbackWindow", openSloDuration(p.window.longWindow));
        field("alertAfter", openSloDuration(p.window.shortWindow));
        m_out << YAML::EndMap; // condition
        endObject();
    }

    void writeTarget(const Sla &sla, const NotifyTarget &t, const QString &name)
    {
        Metadata md = named(name);
        if (t.kind == NotifyTarget::Kind::Alertmanager)
            md.annotations.insert(Names::kAnnotationNotify, QStringLiteral("alertmanager"));
        beginObject("AlertNotificationTarget", md);
        switch (t.kind) {
        case NotifyTarget::Kind::Desktop:
            field("description", Tr::tr("SLA Desk desktop notification for %1").arg(sla.metadata.name));
            field("target", QStringLiteral("desktop"));
            break;
        case NotifyTarget::Kind::Alertmanager:
            field("description", Tr::tr("Alertmanager for %1").arg(sla.metadata.name));
            field("target", TextHygiene::withoutPassword(t.url));
            break;
        case NotifyTarget::Kind::Webhook:
            field("description", Tr::tr("Webhook for %1").arg(sla.metadata.name));
            field("target", TextHygiene::withoutPassword(t.url));
            break;
        }
        endObject();
    }

    const Workspace &m_ws;
    Diagnostics *m_warnings;
    YAML::Emitter m_out;
};
} // namespace

QByteArray exportOpenSlo(const Workspace &ws, Diagnostics *warnings)
{
    return Exporter(ws, warnings).run();
}

} // namespace Sla::Core
