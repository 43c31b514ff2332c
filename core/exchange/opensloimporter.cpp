// SPDX-License-Identifier: Apache-2.0
#include "opensloimporter.h"

#include "core/document/names.h"
#include "core/document/printable.h"
#include "core/document/tr.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>
#include <variant>

namespace Tr = Sla::Core::TrContext::OpenSloImporter;

namespace Sla::Core {

using Yaml::Context;
using Yaml::MapReader;
using Yaml::Need;
using namespace Names;

namespace {
class OpenSloImporter final : public Importer
{
public:
    OpenSloImporter();
    ~OpenSloImporter() override;

    QString formatName() const override;
    bool accepts(const ParsedDocument &doc) const override;
    void read(const ParsedDocument &doc, Yaml::Context &ctx) override;
    void finish(Workspace &out, Diagnostics &diagnostics) override;

    struct State;

private:
    std::unique_ptr<State> m_state;
};

const QString kV1 = QStringLiteral("openslo/v1");
const QString kV1Alpha = QStringLiteral("openslo/v1alpha");
const QString kV2Alpha = QStringLiteral("openslo.com/v2alpha");
constexpr qsizetype kMaxDescription = 1050;

enum class Version { V1, V1Alpha, V2Alpha };

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

struct Ref
{
    QString name;
    SourceLocation at;
};

/// One query of an indicator and the data source it names.
struct MetricQuery
{
    QString query;
    QString sourceName; ///< the ref, or the lowercased inline type
    QString sourceType; ///< as written; empty when only a ref is given
    SourceLocation at;
    std::optional<DataSource> inlineSpec; ///< v2alpha dataSourceSpec
    bool present = false;
};

struct SliDef
{
    enum class Kind { None, Ratio, Raw, Threshold };
    Kind kind = Kind::None;
    QString name;
    SourceLocation at;
    MetricQuery good, bad, total, raw, threshold;
    bool rawFailure = false;

    QList<const MetricQuery *> queries() const
    {
        QList<const MetricQuery *> out;
        for (const MetricQuery *q : {&good, &bad, &total, &raw, &threshold})
            if (q->present)
                out << q;
        return out;
    }
};

struct ConditionDef
{
    QString name;
    SourceLocation at;
    BurnRateWindow window; ///< long: lookbackWindow, short: alertAfter (or lookbackWindow / 12)
    bool ok = false;
};

struct TargetDef
{
    QString name;
    QString target;
    SourceLocation at;
    bool alertmanager = false; ///< the SLA Desk export's annotation says so
};

struct PolicyDef
{
    QString name;
    SourceLocation at;
    bool slaWide = false; ///< annotated `sladesk.io/scope: sla` by the SLA Desk export
    std::optional<ConditionDef> condition;
    std::optional<Ref> conditionRef;
    QList<std::variant<TargetDef, Ref>> targets;
};

struct ObjectiveDef
{
    QString displayName;
    SourceLocation at;
    std::optional<CompareOp> op;
    std::optional<double> value;
    SourceLocation valueAt;
    std::optional<double> target;
    SourceLocation targetAt;
    std::optional<Duration> timeSliceWindow;
    bool hasTimeSliceTarget = false;
    SourceLocation timeSliceTargetAt;
    std::optional<SliDef> sli;
    std::optional<Ref> sliRef;
};

struct SloDef
{
    Version version = Version::V1;
    QString name;
    QString displayName;
    Metadata metadata; ///< labels and annotations
    QString description;
    QString service;
    SourceLocation at;
    SourceLocation nameAt;
    std::optional<SliDef> sli;
    std::optional<Ref> sliRef;
    std::optional<Window> window;
    Budgeting::Method method = Budgeting::Method::Occurrences;
    SourceLocation methodAt;
    QList<ObjectiveDef> objectives;
    QList<std::variant<PolicyDef, Ref>> policies;
};

// ---------------------------------------------------------------------------------------
// Small readers

/// Lowercase RFC 1123 label: [a-z0-9]([-a-z0-9]*[a-z0-9])?, at most 63 characters.
void checkName(Context &ctx, const SourceLocation &at, const QString &name, const QString &what)
{
    if (name.isEmpty())
        return;
    if (!Names::isLabel(name.toLower())) {
        ctx.error(at,
                  Tr::tr("name '%1' of %2 is not valid: OpenSLO names are RFC 1123 labels of at most 63 "
                         "characters (lowercase letters, digits and '-', starting and ending with a letter or digit)")
                      .arg(name, what));
    } else if (name != name.toLower()) {
        ctx.warning(at, Tr::tr("name '%1' of %2 should be lowercase (RFC 1123 label); it is imported as '%3'")
                            .arg(name, what, name.toLower()));
    }
}

QString readDescription(MapReader &m)
{
    const QString d = m.string(QStringLiteral("description")).value_or(QString());
    if (d.size() > kMaxDescription)
        m.context().error(m.locationOf(QStringLiteral("description")),
                          Tr::tr("field 'description' of %1 has %2 characters; OpenSLO allows at most %3")
                              .arg(m.what())
                              .arg(d.size())
                              .arg(kMaxDescription));
    return d;
}

/// Reads `metadata` of a (top-level or inline) object and checks its name.
Metadata readObjectMetadata(Context &ctx, MapReader &m, const QString &kind, SourceLocation *nameAt = nullptr)
{
    Origin origin;
    if (!m.has(QStringLiteral("metadata"))) {
        m.reportMissing(QStringLiteral("metadata"));
        return {};
    }
    Metadata md = Yaml::readMetadata(ctx, m.get(QStringLiteral("metadata")), kind, origin);
    checkName(ctx, origin.at(QStringLiteral("name")), md.name, kind);
    md.name = md.name.toLower(); // SLA Desk names are lowercase; checkName() said so
    if (nameAt)
        *nameAt = origin.at(QStringLiteral("name"));
    return md;
}

std::optional<Ref> readRef(MapReader &m, const QString &key, const QString &kind, Need need = Need::Required)
{
    const auto name = m.string(key, need);
    if (!name)
        return std::nullopt;
    const SourceLocation at = m.locationOf(key);
    if (name->isEmpty()) {
        m.context().error(at, Tr::tr("field '%1' of %2 must name a %3").arg(key, m.what(), kind));
        return std::nullopt;
    }
    checkName(m.context(), at, *name, Tr::tr("the %1 reference").arg(kind));
    return Ref{name->toLower(), at};
}

/// OpenSLO duration shorthand: a count and one of s, m, h, d, w, M, Q, Y.
struct Shorthand
{
    qint64 count = 0;
    QChar unit;
    Duration toDuration() const
    {
        switch (unit.unicode()) {
        case 's':
            return Duration::seconds(count);
        case 'm':
            return Duration::minutes(count);
        case 'h':
            return Duration::hours(count);
        case 'd':
            return Duration::days(count);
        case 'w':
            return Duration::days(7 * count);
        case 'M':
            return Duration::days(30 * count);
        case 'Q':
            return Duration::days(91 * count);
        default:
            return Duration::days(365 * count);
        }
    }
    bool approximate() const
    {
        return unit == QLatin1Char('M') || unit == QLatin1Char('Q') || unit == QLatin1Char('Y');
    }
};

std::optional<Shorthand> readShorthand(MapReader &m, const QString &key, Need need)
{
    const auto text = m.string(key, need);
    if (!text)
        return std::nullopt;
    static const QRegularExpression re(QStringLiteral("^([0-9]+)([smhdwMQY])$"));
    const auto match = re.match(text->trimmed());
    if (match.hasMatch()) {
        const qint64 n = match.captured(1).toLongLong();
        if (n > 0)
            return Shorthand{n, match.captured(2).at(0)};
    }
    m.context().error(m.locationOf(key),
                      Tr::tr("field '%1' of %2 must be a duration such as 5m, 1h, 28d, 1w or 1M, got '%3'")
                          .arg(key, m.what(), *text));
    return std::nullopt;
}

std::optional<Duration> readDuration(MapReader &m, const QString &key, Need need)
{
    const auto sh = readShorthand(m, key, need);
    if (!sh)
        return std::nullopt;
    if (sh->approximate())
        m.context().warning(m.locationOf(key), Tr::tr("field '%1' of %2: %3%4 is read as %5")
                                                   .arg(key, m.what(), QString::number(sh->count), QString(sh->unit),
                                                        sh->toDuration().toString()));
    return sh->toDuration();
}

QString convertPlaceholders(QString query)
{
    static const QRegularExpression window(QStringLiteral("\\{\\{\\s*\\.window\\s*\\}\\}"));
    query.replace(window, QStringLiteral("{{window}}"));
    return query.trimmed();
}

/// The query text of a source-specific `spec`: `query`, else `promql`, else the first text field.
QString queryFromSpec(Context &ctx, const YAML::Node &spec, const SourceLocation &at, const QString &what)
{
    if (!spec.IsDefined() || !spec.IsMap()) {
        ctx.error(at, Tr::tr("%1 needs a 'spec' mapping that holds the query").arg(what));
        return {};
    }
    for (const char *key : {"query", "promql"}) {
        const YAML::Node q = spec[key];
        if (q && q.IsScalar() && !Yaml::scalarText(q).trimmed().isEmpty())
            return convertPlaceholders(Yaml::scalarText(q));
    }
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        if (it->second.IsScalar() && !Yaml::scalarText(it->second).trimmed().isEmpty())
            return convertPlaceholders(Yaml::scalarText(it->second));
    }
    ctx.error(at, Tr::tr("%1 holds no query: its 'spec' has no 'query' or other text field").arg(what));
    return {};
}

/// Flattens connection details written as a mapping or as a list of one-key mappings.
QMap<QString, QString> flattenDetails(Context &ctx, const YAML::Node &node)
{
    QMap<QString, QString> out;
    auto addMap = [&](const YAML::Node &map) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it->second.IsScalar())
                out.insert(Yaml::scalarText(it->first), Yaml::scalarText(it->second));
            else if (!it->second.IsNull())
                ctx.error(it->second, Tr::tr("connection detail '%1' must be text, got %2")
                                          .arg(Yaml::scalarText(it->first), Yaml::describeNode(it->second)));
        }
    };
    if (!node.IsDefined() || node.IsNull())
        return out;
    if (node.IsMap()) {
        addMap(node);
    } else if (node.IsSequence()) {
        for (const YAML::Node &item : node) {
            if (item.IsMap())
                addMap(item);
            else
                ctx.error(
                    item,
                    Tr::tr("items of 'connectionDetails' must be mappings, got %1").arg(Yaml::describeNode(item)));
        }
    } else {
        ctx.error(node, Tr::tr("'connectionDetails' must be a mapping, got %1").arg(Yaml::describeNode(node)));
    }
    return out;
}

/// A v2alpha DataSource spec (also inline as `dataSourceSpec`).
DataSource readDataSourceSpec(MapReader &m, const QString &name)
{
    Context &ctx = m.context();
    DataSource ds;
    ds.metadata.name = name;
    ds.description = readDescription(m);
    ds.typeName = m.string(QStringLiteral("type"), Need::Required).value_or(QString());
    ds.type = dataSourceTypeFromString(ds.typeName);
    ds.origin.self = m.location();
    m.recordLocation(ds.origin, QStringLiteral("type"));
    const QMap<QString, QString> details = flattenDetails(ctx, m.get(QStringLiteral("connectionDetails")));
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QString &key = it.key();
        bool used = true;
        if (ds.type == DataSourceType::Prometheus && key == QLatin1String("url"))
            ds.url = it.value();
        else if (ds.type == DataSourceType::Datadog && key == QLatin1String("site"))
            ds.site = it.value();
        else if (ds.type == DataSourceType::Datadog && key == QLatin1String("url"))
            ds.url = it.value();
        else if (ds.type == DataSourceType::Other)
            ds.otherDetails.insert(key, it.value());
        else
            used = false;
        if (!used)
            ctx.warning(m.locationOf(QStringLiteral("connectionDetails")),
                        Tr::tr("connection detail '%1' of %2 is not used by SLA Desk (secrets belong in the keychain)")
                            .arg(key, m.what()));
    }
    return ds;
}

// ---------------------------------------------------------------------------------------
// Indicators

/// One metric of an indicator in the shape of `version`:
/// v1 `{metricSource: {metricSourceRef, type, spec}}`, v2alpha `{dataSourceRef, dataSourceSpec, spec}`,
/// v1alpha `{source, queryType, query, metadata}`.
MetricQuery readMetric(Context &ctx, const YAML::Node &node, const QString &what, Version version)
{
    MetricQuery q;
    q.present = true;
    q.at = ctx.location(node);
    if (version == Version::V1) {
        MapReader wrap(ctx, node, what, {QStringLiteral("metricSource")});
        if (!wrap.isMap())
            return q;
        if (!wrap.has(QStringLiteral("metricSource"))) {
            wrap.reportMissing(QStringLiteral("metricSource"));
            return q;
        }
        MapReader m(ctx, wrap.get(QStringLiteral("metricSource")), Tr::tr("metricSource of %1").arg(what),
                    {QStringLiteral("metricSourceRef"), QStringLiteral("type"), QStringLiteral("spec")});
        if (!m.isMap())
            return q;
        q.at = m.location();
        if (const auto ref = readRef(m, QStringLiteral("metricSourceRef"), s("DataSource"), Need::Optional))
            q.sourceName = ref->name;
        q.sourceType = m.string(QStringLiteral("type")).value_or(QString());
        q.query = queryFromSpec(ctx, m.get(QStringLiteral("spec")), m.locationOf(QStringLiteral("spec")), m.what());
    } else if (version == Version::V2Alpha) {
        MapReader m(ctx, node, what,
                    {QStringLiteral("dataSourceRef"), QStringLiteral("dataSourceSpec"), QStringLiteral("spec")});
        if (!m.isMap())
            return q;
        if (const auto ref = readRef(m, QStringLiteral("dataSourceRef"), s("DataSource"), Need::Optional))
            q.sourceName = ref->name;
        if (m.has(QStringLiteral("dataSourceSpec"))) {
            if (m.has(QStringLiteral("dataSourceRef")))
                ctx.error(m.keyLocationOf(QStringLiteral("dataSourceSpec")),
                          Tr::tr("%1 takes 'dataSourceRef' or 'dataSourceSpec', not both").arg(what));
            MapReader spec(
                ctx, m.get(QStringLiteral("dataSourceSpec")), Tr::tr("dataSourceSpec of %1").arg(what),
                {QStringLiteral("description"), QStringLiteral("type"), QStringLiteral("connectionDetails")});
            if (spec.isMap()) {
                DataSource ds = readDataSourceSpec(spec, QString());
                q.sourceType = ds.typeName;
                q.inlineSpec = ds;
            }
        }
        q.query = queryFromSpec(ctx, m.get(QStringLiteral("spec")), m.locationOf(QStringLiteral("spec")), m.what());
    } else {
        MapReader m(ctx, node, what,
                    {QStringLiteral("source"), QStringLiteral("queryType"), QStringLiteral("query"),
                     QStringLiteral("metadata")});
        if (!m.isMap())
            return q;
        q.sourceType = m.string(QStringLiteral("source"), Need::Required).value_or(QString());
        m.string(QStringLiteral("queryType"));
        q.query = convertPlaceholders(m.string(QStringLiteral("query"), Need::Required).value_or(QString()));
    }
    if (q.sourceName.isEmpty() && !q.sourceType.isEmpty())
        q.sourceName = q.sourceType.toLower();
    return q;
}

/// A named definition (SliDef, ConditionDef) read from `node`, before its spec is read.
template <typename Def> Def namedDef(const Context &ctx, const YAML::Node &node, const QString &name)
{
    Def def;
    def.name = name;
    def.at = ctx.location(node);
    return def;
}

/// The body of an SLI (`spec` of v1/v2alpha SLI): thresholdMetric or ratioMetric.
SliDef readSliSpec(Context &ctx, const YAML::Node &node, const QString &name, Version version, QString *description)
{
    SliDef sli = namedDef<SliDef>(ctx, node, name);
    MapReader m(ctx, node, Tr::tr("spec of SLI '%1'").arg(name),
                {QStringLiteral("description"), QStringLiteral("thresholdMetric"), QStringLiteral("ratioMetric")});
    if (!m.isMap())
        return sli;
    const QString d = readDescription(m);
    if (description)
        *description = d;
    const bool hasThreshold = m.has(QStringLiteral("thresholdMetric"));
    const bool hasRatio = m.has(QStringLiteral("ratioMetric"));
    if (hasThreshold == hasRatio) {
        ctx.error(hasThreshold ? m.keyLocationOf(QStringLiteral("ratioMetric")) : m.location(),
                  Tr::tr("%1 needs exactly one of 'thresholdMetric' and 'ratioMetric'").arg(m.what()));
        return sli;
    }
    if (hasThreshold) {
        sli.kind = SliDef::Kind::Threshold;
        sli.threshold = readMetric(ctx, m.get(QStringLiteral("thresholdMetric")),
                                   Tr::tr("thresholdMetric of SLI '%1'").arg(name), version);
        return sli;
    }
    MapReader r(ctx, m.get(QStringLiteral("ratioMetric")), Tr::tr("ratioMetric of SLI '%1'").arg(name),
                {QStringLiteral("counter"), QStringLiteral("good"), QStringLiteral("bad"), QStringLiteral("total"),
                 QStringLiteral("rawType"), QStringLiteral("raw")});
    if (!r.isMap())
        return sli;
    r.boolean(QStringLiteral("counter"));
    if (r.has(QStringLiteral("raw"))) {
        sli.kind = SliDef::Kind::Raw;
        for (const char *other : {"good", "bad", "total"})
            if (r.has(s(other)))
                ctx.error(r.keyLocationOf(s(other)),
                          Tr::tr("%1 takes either 'raw' with 'rawType' or 'good'/'bad' with 'total', not both")
                              .arg(r.what()));
        const auto type =
            r.oneOf(QStringLiteral("rawType"), {QStringLiteral("success"), QStringLiteral("failure")}, Need::Required);
        sli.rawFailure = type && *type == QLatin1String("failure");
        sli.raw = readMetric(ctx, r.get(QStringLiteral("raw")), Tr::tr("raw of SLI '%1'").arg(name), version);
        return sli;
    }
    if (r.has(QStringLiteral("rawType")))
        ctx.error(r.keyLocationOf(QStringLiteral("rawType")), Tr::tr("'rawType' of %1 needs 'raw'").arg(r.what()));
    sli.kind = SliDef::Kind::Ratio;
    const bool good = r.has(QStringLiteral("good")), bad = r.has(QStringLiteral("bad"));
    if (good && bad)
        ctx.error(r.keyLocationOf(QStringLiteral("bad")),
                  Tr::tr("%1 takes either 'good' or 'bad', not both").arg(r.what()));
    else if (!good && !bad)
        ctx.error(r.location(), Tr::tr("%1 needs 'good' or 'bad' (with 'total')").arg(r.what()));
    if (good)
        sli.good = readMetric(ctx, r.get(QStringLiteral("good")), Tr::tr("good of SLI '%1'").arg(name), version);
    if (bad)
        sli.bad = readMetric(ctx, r.get(QStringLiteral("bad")), Tr::tr("bad of SLI '%1'").arg(name), version);
    if (r.has(QStringLiteral("total")))
        sli.total = readMetric(ctx, r.get(QStringLiteral("total")), Tr::tr("total of SLI '%1'").arg(name), version);
    else
        r.reportMissing(QStringLiteral("total"));
    return sli;
}

/// An inline SLI: `{metadata, spec}` (v1 `indicator`, v2alpha `sli`).
std::optional<SliDef> readInlineSli(Context &ctx, const YAML::Node &node, const QString &what, Version version)
{
    MapReader m(ctx, node, what, {QStringLiteral("metadata"), QStringLiteral("spec")});
    if (!m.isMap())
        return std::nullopt;
    const Metadata md = readObjectMetadata(ctx, m, s("SLI"));
    if (!m.has(QStringLiteral("spec"))) {
        m.reportMissing(QStringLiteral("spec"));
        return std::nullopt;
    }
    return readSliSpec(ctx, m.get(QStringLiteral("spec")), md.name, version, nullptr);
}

/// v1alpha `indicator: {thresholdMetric: {...}}`.
std::optional<SliDef> readV1AlphaIndicator(Context &ctx, const YAML::Node &node, const QString &slo)
{
    MapReader m(ctx, node, Tr::tr("indicator of SLO '%1'").arg(slo), {QStringLiteral("thresholdMetric")});
    if (!m.isMap())
        return std::nullopt;
    if (!m.has(QStringLiteral("thresholdMetric"))) {
        m.reportMissing(QStringLiteral("thresholdMetric"));
        return std::nullopt;
    }
    SliDef sli;
    sli.kind = SliDef::Kind::Threshold;
    sli.at = m.location();
    sli.threshold = readMetric(ctx, m.get(QStringLiteral("thresholdMetric")),
                               Tr::tr("thresholdMetric of SLO '%1'").arg(slo), Version::V1Alpha);
    return sli;
}

/// v1alpha objective `ratioMetrics: {incremental, good|bad, total}`.
std::optional<SliDef> readV1AlphaRatio(Context &ctx, const YAML::Node &node, const QString &what)
{
    MapReader m(
        ctx, node, what,
        {QStringLiteral("incremental"), QStringLiteral("good"), QStringLiteral("bad"), QStringLiteral("total")});
    if (!m.isMap())
        return std::nullopt;
    SliDef sli;
    sli.kind = SliDef::Kind::Ratio;
    sli.at = m.location();
    m.boolean(QStringLiteral("incremental"));
    m.exactlyOneOf(QStringLiteral("good"), QStringLiteral("bad"), Tr::tr("%1 takes either 'good' or 'bad', not both"),
                   Tr::tr("%1 needs 'good' or 'bad' (with 'total')"));
    const bool good = m.has(QStringLiteral("good")), bad = m.has(QStringLiteral("bad"));
    if (good)
        sli.good = readMetric(ctx, m.get(QStringLiteral("good")), Tr::tr("good of %1").arg(what), Version::V1Alpha);
    if (bad)
        sli.bad = readMetric(ctx, m.get(QStringLiteral("bad")), Tr::tr("bad of %1").arg(what), Version::V1Alpha);
    if (m.has(QStringLiteral("total")))
        sli.total = readMetric(ctx, m.get(QStringLiteral("total")), Tr::tr("total of %1").arg(what), Version::V1Alpha);
    else
        m.reportMissing(QStringLiteral("total"));
    return sli;
}

// ---------------------------------------------------------------------------------------
// Alerting

AlertSeverity mapSeverity(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (const auto sev = severityFromString(t))
        return *sev;
    if (t == QLatin1String("warning") || t == QLatin1String("warn"))
        return AlertSeverity::Ticket;
    return AlertSeverity::Page;
}

ConditionDef readConditionSpec(Context &ctx, const YAML::Node &node, const QString &name)
{
    ConditionDef c = namedDef<ConditionDef>(ctx, node, name);
    MapReader m(ctx, node, Tr::tr("spec of AlertCondition '%1'").arg(name),
                {QStringLiteral("description"), QStringLiteral("severity"), QStringLiteral("condition")});
    if (!m.isMap())
        return c;
    readDescription(m);
    const auto severity = m.string(QStringLiteral("severity"), Need::Required);
    if (severity)
        c.window.severity = mapSeverity(*severity);
    if (!m.has(QStringLiteral("condition"))) {
        m.reportMissing(QStringLiteral("condition"));
        return c;
    }
    MapReader cond(ctx, m.get(QStringLiteral("condition")), Tr::tr("condition of AlertCondition '%1'").arg(name),
                   {QStringLiteral("kind"), QStringLiteral("op"), QStringLiteral("threshold"),
                    QStringLiteral("lookbackWindow"), QStringLiteral("alertAfter")});
    if (!cond.isMap())
        return c;
    const auto kind = cond.oneOf(QStringLiteral("kind"), {QStringLiteral("burnrate")}, Need::Required);
    cond.oneOf(QStringLiteral("op"),
               {QStringLiteral("lte"), QStringLiteral("gte"), QStringLiteral("lt"), QStringLiteral("gt")});
    const auto threshold = cond.number(QStringLiteral("threshold"), Need::Required);
    const auto lookback = readDuration(cond, QStringLiteral("lookbackWindow"), Need::Required);
    const auto alertAfter = readDuration(cond, QStringLiteral("alertAfter"), Need::Optional);
    if (threshold && *threshold <= 0)
        ctx.error(cond.locationOf(QStringLiteral("threshold")),
                  Tr::tr("field 'threshold' of %1 must be a burn rate above 0").arg(cond.what()));
    if (kind && threshold && lookback && *threshold > 0) {
        c.window.factor = *threshold;
        c.window.longWindow = *lookback;
        c.window.shortWindow = alertAfter.value_or(Duration{lookback->ms / 12});
        c.ok = severity.has_value();
    }
    return c;
}

std::optional<TargetDef> readTargetSpec(Context &ctx, const YAML::Node &node, const Metadata &md)
{
    const QString &name = md.name;
    MapReader m(ctx, node, Tr::tr("spec of AlertNotificationTarget '%1'").arg(name),
                {QStringLiteral("description"), QStringLiteral("target")});
    if (!m.isMap())
        return std::nullopt;
    readDescription(m);
    const auto target = m.string(QStringLiteral("target"), Need::Required);
    if (!target)
        return std::nullopt;
    return TargetDef{name, *target, m.locationOf(QStringLiteral("target")),
                     md.annotations.value(kAnnotationNotify) == QLatin1String("alertmanager")};
}

/// `{kind, metadata, spec}` of an inline object; `kind`, when written, must be `expected`.
bool readInlineHeader(MapReader &m, const QString &expected, Metadata *md)
{
    Context &ctx = m.context();
    if (const auto kind = m.string(QStringLiteral("kind")); kind && *kind != expected) {
        ctx.error(m.locationOf(QStringLiteral("kind")),
                  Tr::tr("field 'kind' of %1 must be %2, got '%3'").arg(m.what(), expected, *kind));
        return false;
    }
    *md = readObjectMetadata(ctx, m, expected);
    if (!m.has(QStringLiteral("spec"))) {
        m.reportMissing(QStringLiteral("spec"));
        return false;
    }
    return true;
}

/// One item of a list that holds either a reference (`{refKey: NAME}`, plus the other
/// `refKeys`, read as text) to an object of `kind`, or such an object inline (kind, metadata,
/// spec). Calls onRef(Ref) or onInline(spec node, metadata, location); reports anything else.
template <typename OnRef, typename OnInline>
void readRefOrInline(Context &ctx, const YAML::Node &item, const QString &what, const QStringList &refKeys,
                     const QString &kind, OnRef onRef, OnInline onInline)
{
    const QString &refKey = refKeys.constFirst();
    const QStringList inlineKeys{QStringLiteral("kind"), QStringLiteral("metadata"), QStringLiteral("spec")};
    if (item.IsMap() && item[refKey.toStdString()]) {
        MapReader r(ctx, item, what, refKeys);
        for (const QString &other : refKeys.mid(1))
            r.string(other);
        if (auto ref = readRef(r, refKey, kind))
            onRef(*ref);
    } else if (item.IsMap() && (item["kind"] || item["metadata"] || item["spec"])) {
        MapReader r(ctx, item, what, inlineKeys);
        Metadata md;
        const SourceLocation at = r.location();
        if (readInlineHeader(r, kind, &md))
            onInline(r.get(QStringLiteral("spec")), md, at);
    } else {
        MapReader r(ctx, item, what, refKeys + inlineKeys);
        if (r.isMap())
            ctx.error(r.location(), Tr::tr("%1 must be {%2: NAME} or an inline %3 "
                                           "(kind, metadata, spec)")
                                        .arg(what, refKey, kind));
    }
}

/// Exactly one condition: a conditionRef or an inline AlertCondition.
void readPolicyCondition(Context &ctx, MapReader &m, PolicyDef &p)
{
    const YAML::Node conditions = m.get(QStringLiteral("conditions"));
    if (!m.has(QStringLiteral("conditions")) || conditions.IsNull()) {
        m.reportMissing(QStringLiteral("conditions"));
    } else if (!conditions.IsSequence()) {
        ctx.error(
            m.locationOf(QStringLiteral("conditions")),
            Tr::tr("field 'conditions' of %1 must be a list, got %2").arg(m.what(), Yaml::describeNode(conditions)));
    } else if (conditions.size() == 0) {
        ctx.error(m.locationOf(QStringLiteral("conditions")),
                  Tr::tr("%1 needs exactly one condition, got none").arg(m.what()));
    } else if (conditions.size() > 1) {
        ctx.error(conditions[1], Tr::tr("%1 takes exactly one condition, got %2").arg(m.what()).arg(conditions.size()));
    } else {
        readRefOrInline(
            ctx, conditions[0], Tr::tr("condition of AlertPolicy '%1'").arg(p.name),
            {QStringLiteral("conditionRef"), QStringLiteral("operator")}, s("AlertCondition"),
            [&](const Ref &ref) { p.conditionRef = ref; },
            [&](const YAML::Node &spec, const Metadata &md, const SourceLocation &) {
                p.condition = readConditionSpec(ctx, spec, md.name);
            });
    }
}

/// At least one notification target: targetRef or inline AlertNotificationTarget.
void readPolicyTargets(Context &ctx, MapReader &m, PolicyDef &p)
{
    const YAML::Node targets = m.get(QStringLiteral("notificationTargets"));
    if (!m.has(QStringLiteral("notificationTargets")) || targets.IsNull()) {
        m.reportMissing(QStringLiteral("notificationTargets"));
        return;
    }
    if (!targets.IsSequence() || targets.size() == 0) {
        ctx.error(m.locationOf(QStringLiteral("notificationTargets")),
                  targets.IsSequence() ? Tr::tr("%1 needs at least one notification target").arg(m.what())
                                       : Tr::tr("field 'notificationTargets' of %1 must be a list, got %2")
                                             .arg(m.what(), Yaml::describeNode(targets)));
        return;
    }
    const QString what = Tr::tr("notification target of AlertPolicy '%1'").arg(p.name);
    for (const YAML::Node &item : targets) {
        readRefOrInline(
            ctx, item, what, {QStringLiteral("targetRef")}, s("AlertNotificationTarget"),
            [&](const Ref &ref) { p.targets << ref; },
            [&](const YAML::Node &spec, const Metadata &md, const SourceLocation &) {
                if (auto t = readTargetSpec(ctx, spec, md))
                    p.targets << *t;
            });
    }
}

PolicyDef readPolicySpec(Context &ctx, const YAML::Node &node, const Metadata &md, const SourceLocation &at)
{
    PolicyDef p;
    p.name = md.name;
    p.at = at;
    p.slaWide = md.annotations.value(kAnnotationScope) == QLatin1String("sla");
    const QString &name = md.name;
    MapReader m(ctx, node, Tr::tr("spec of AlertPolicy '%1'").arg(name),
                {QStringLiteral("description"), QStringLiteral("alertWhenNoData"), QStringLiteral("alertWhenResolved"),
                 QStringLiteral("alertWhenBreaching"), QStringLiteral("conditions"),
                 QStringLiteral("notificationTargets")});
    if (!m.isMap())
        return p;
    readDescription(m);
    for (const char *flag : {"alertWhenNoData", "alertWhenResolved", "alertWhenBreaching"})
        m.boolean(s(flag));
    readPolicyCondition(ctx, m, p);
    readPolicyTargets(ctx, m, p);
    return p;
}

// ---------------------------------------------------------------------------------------
// SLOs

/// v1alpha `{unit: Week, count: 1}` as a shorthand length.
std::optional<Shorthand> readUnitCount(Context &ctx, MapReader &w, const QString &what)
{
    static const QMap<QString, QChar> units{
        {QStringLiteral("Second"), QLatin1Char('s')},  {QStringLiteral("Minute"), QLatin1Char('m')},
        {QStringLiteral("Hour"), QLatin1Char('h')},    {QStringLiteral("Day"), QLatin1Char('d')},
        {QStringLiteral("Week"), QLatin1Char('w')},    {QStringLiteral("Month"), QLatin1Char('M')},
        {QStringLiteral("Quarter"), QLatin1Char('Q')}, {QStringLiteral("Year"), QLatin1Char('Y')}};
    const auto unit = w.oneOf(QStringLiteral("unit"), units.keys(), Need::Required);
    const auto count = w.integer(QStringLiteral("count"), Need::Required);
    if (count && *count <= 0)
        ctx.error(w.locationOf(QStringLiteral("count")), Tr::tr("field 'count' of %1 must be above 0").arg(what));
    if (unit && count && *count > 0)
        return Shorthand{*count, units.value(*unit)};
    return std::nullopt;
}

/// Whether `start` (in `zone`) is where SLA Desk's calendar `unit` begins anyway: a Monday
/// (weeks), the 1st of a month (months) or of a quarter (quarters), at midnight.
bool isNaturalStart(const QDateTime &start, const QTimeZone &zone, CalendarUnit unit)
{
    const QDateTime local = start.toTimeZone(zone);
    if (local.time() != QTime(0, 0))
        return false;
    const QDate d = local.date();
    switch (unit) {
    case CalendarUnit::Week:
        return d.dayOfWeek() == 1;
    case CalendarUnit::Month:
        return d.day() == 1;
    case CalendarUnit::Quarter:
        return d.day() == 1 && (d.month() - 1) % 3 == 0;
    }
    return false;
}

/// `calendar: {startTime, timeZone}`; returns the time zone (UTC when absent) and sets *start.
QString readCalendar(Context &ctx, MapReader &w, const QString &what, QDateTime *start, SourceLocation *startAt)
{
    QString timeZone = QStringLiteral("UTC");
    MapReader cal(ctx, w.get(QStringLiteral("calendar")), Tr::tr("calendar of %1").arg(what),
                  {QStringLiteral("startTime"), QStringLiteral("timeZone")});
    if (!cal.isMap())
        return timeZone;
    if (const auto tz = cal.string(QStringLiteral("timeZone"))) {
        if (QTimeZone(tz->toUtf8()).isValid())
            timeZone = *tz;
        else
            ctx.error(cal.locationOf(QStringLiteral("timeZone")),
                      Tr::tr("field 'timeZone' of %1 must be an IANA time zone such as Europe/Berlin, got '%2'")
                          .arg(cal.what(), *tz));
    }
    if (const auto text = cal.string(QStringLiteral("startTime"))) {
        // OpenSLO writes the start as a wall-clock time of the calendar's time zone.
        QDateTime t = Yaml::parseTimestamp(*text);
        if (!t.isValid())
            ctx.error(cal.locationOf(QStringLiteral("startTime")),
                      Tr::tr("field 'startTime' of %1 must be a time such as 2022-01-01 12:00:00, got '%2'")
                          .arg(cal.what(), *text));
        else if (!text->contains(u'Z') && !text->contains(u'+') && text->lastIndexOf(u'-') <= 7)
            t = QDateTime(t.date(), t.time(), QTimeZone(timeZone.toUtf8()));
        *start = t;
        *startAt = cal.locationOf(QStringLiteral("startTime"));
    }
    return timeZone;
}

/// A calendar window of a length SLA Desk has (1w, 1M, 1Q or 3M), else nothing.
std::optional<CalendarUnit> calendarUnitOf(const Shorthand &length)
{
    if (length.count == 1 && length.unit == QLatin1Char('w'))
        return CalendarUnit::Week;
    if (length.count == 1 && length.unit == QLatin1Char('M'))
        return CalendarUnit::Month;
    if ((length.count == 1 && length.unit == QLatin1Char('Q')) ||
        (length.count == 3 && length.unit == QLatin1Char('M')))
        return CalendarUnit::Quarter;
    return std::nullopt;
}

std::optional<Window> readTimeWindow(Context &ctx, MapReader &spec, Version version)
{
    const QString key = version == Version::V1Alpha ? QStringLiteral("timeWindows") : QStringLiteral("timeWindow");
    if (!spec.has(key) || spec.get(key).IsNull()) {
        // The OpenSLO SDK decodes SLOs without a time window; evaluation needs one.
        ctx.warning(spec.location(), Tr::tr("%1 has no '%2'; assuming a rolling 30d window").arg(spec.what(), key));
        return Window::rollingWindow(Duration::days(30));
    }
    const YAML::Node list = spec.get(key);
    if (!list.IsSequence() || list.size() != 1) {
        ctx.error(spec.locationOf(key),
                  Tr::tr("field '%1' of %2 must be a list of exactly one time window").arg(key, spec.what()));
        return std::nullopt;
    }
    const QString what = Tr::tr("time window of %1").arg(spec.what());
    const QString lengthKey = version == Version::V1Alpha ? QStringLiteral("unit") : QStringLiteral("duration");
    QStringList allowed{QStringLiteral("isRolling"), QStringLiteral("calendar"), lengthKey};
    if (version == Version::V1Alpha)
        allowed << QStringLiteral("count");
    MapReader w(ctx, list[0], what, allowed);
    if (!w.isMap())
        return std::nullopt;
    const std::optional<Shorthand> length =
        version == Version::V1Alpha ? readUnitCount(ctx, w, what) : readShorthand(w, lengthKey, Need::Required);
    const bool hasCalendar = w.has(QStringLiteral("calendar")) && !w.get(QStringLiteral("calendar")).IsNull();
    const bool rolling = w.boolean(QStringLiteral("isRolling")).value_or(!hasCalendar);
    QString timeZone = QStringLiteral("UTC");
    QDateTime start;
    SourceLocation startAt;
    if (hasCalendar) {
        if (rolling)
            ctx.error(w.keyLocationOf(QStringLiteral("calendar")),
                      Tr::tr("%1: 'calendar' cannot be set when 'isRolling' is true").arg(what));
        timeZone = readCalendar(ctx, w, spec.what(), &start, &startAt);
    }
    if (!length)
        return std::nullopt;
    Window window;
    window.origin.self = w.location();
    const auto unit = rolling ? std::nullopt : calendarUnitOf(*length);
    if (unit) {
        window.kind = Window::Kind::Calendar;
        window.calendar = *unit;
        window.timeZone = timeZone;
        if (start.isValid() && !isNaturalStart(start, QTimeZone(timeZone.toUtf8()), *unit))
            ctx.warning(startAt,
                        Tr::tr("calendar window of %1 starts at %2; SLA Desk calendar windows start on a Monday "
                               "(week) or on the first day of a month or quarter, at 00:00 in %3, so window "
                               "boundaries move to those times and the anchor is not kept")
                            .arg(spec.what(), start.toString(Qt::ISODate), timeZone));
        return window;
    }
    if (!rolling)
        ctx.warning(w.locationOf(lengthKey),
                    Tr::tr("calendar window of %1%2 cannot be represented (calendar windows are "
                           "a week, a month or a quarter); it is read as a rolling %3 window")
                        .arg(QString::number(length->count), QString(length->unit), length->toDuration().toString()));
    else if (length->approximate())
        ctx.warning(w.locationOf(lengthKey),
                    Tr::tr("rolling window of %1%2 is read as %3")
                        .arg(QString::number(length->count), QString(length->unit), length->toDuration().toString()));
    window.rolling = length->toDuration();
    return window;
}

ObjectiveDef readObjective(Context &ctx, const YAML::Node &node, const QString &slo, int index, Version version)
{
    ObjectiveDef o;
    o.at = ctx.location(node);
    const QString what = Tr::tr("objective %1 of SLO '%2'").arg(index + 1).arg(slo);
    QStringList allowed{QStringLiteral("displayName"),     QStringLiteral("op"),
                        QStringLiteral("value"),           QStringLiteral("target"),
                        QStringLiteral("timeSliceTarget"), QStringLiteral("timeSliceWindow")};
    if (version == Version::V1)
        allowed << QStringLiteral("targetPercent") << QStringLiteral("indicator") << QStringLiteral("indicatorRef")
                << QStringLiteral("compositeWeight");
    else if (version == Version::V2Alpha)
        allowed << QStringLiteral("targetPercent") << QStringLiteral("sli") << QStringLiteral("sliRef")
                << QStringLiteral("compositeWeight");
    else
        allowed << QStringLiteral("ratioMetrics");
    MapReader m(ctx, node, what, allowed);
    if (!m.isMap())
        return o;
    o.displayName = m.string(QStringLiteral("displayName")).value_or(QString());
    if (const auto op = m.oneOf(QStringLiteral("op"), {QStringLiteral("lte"), QStringLiteral("gte"),
                                                       QStringLiteral("lt"), QStringLiteral("gt")}))
        o.op = compareOpFromString(*op);
    o.value = m.number(QStringLiteral("value"));
    o.valueAt = m.locationOf(QStringLiteral("value"));
    const bool hasTarget = m.has(QStringLiteral("target")), hasPercent = m.has(QStringLiteral("targetPercent"));
    if (hasTarget && hasPercent) {
        ctx.error(m.keyLocationOf(QStringLiteral("targetPercent")),
                  Tr::tr("%1 takes 'target' or 'targetPercent', not both").arg(what));
    } else if (hasPercent) {
        if (const auto p = m.number(QStringLiteral("targetPercent")))
            o.target = *p / 100.0;
        o.targetAt = m.locationOf(QStringLiteral("targetPercent"));
    } else if (hasTarget) {
        o.target = m.number(QStringLiteral("target"));
        o.targetAt = m.locationOf(QStringLiteral("target"));
    } else {
        m.reportMissing(QStringLiteral("target"));
    }
    if (o.target && (*o.target <= 0 || *o.target >= 1)) {
        ctx.error(
            o.targetAt,
            Tr::tr("the target of %1 must be above 0 and below 1 (targetPercent: above 0 and below 100)").arg(what));
        o.target.reset();
    }
    if (m.has(QStringLiteral("timeSliceTarget"))) {
        const auto t = m.number(QStringLiteral("timeSliceTarget"));
        if (t && (*t <= 0 || *t > 1))
            ctx.error(m.locationOf(QStringLiteral("timeSliceTarget")),
                      Tr::tr("field 'timeSliceTarget' of %1 must be in (0, 1]").arg(what));
        o.hasTimeSliceTarget = true;
        o.timeSliceTargetAt = m.locationOf(QStringLiteral("timeSliceTarget"));
    }
    o.timeSliceWindow = readDuration(m, QStringLiteral("timeSliceWindow"), Need::Optional);
    if (const auto w = m.number(QStringLiteral("compositeWeight")); w && *w <= 0)
        ctx.error(m.locationOf(QStringLiteral("compositeWeight")),
                  Tr::tr("field 'compositeWeight' of %1 must be above 0").arg(what));
    const QString inlineKey = version == Version::V2Alpha ? QStringLiteral("sli") : QStringLiteral("indicator");
    const QString refKey = version == Version::V2Alpha ? QStringLiteral("sliRef") : QStringLiteral("indicatorRef");
    if (version == Version::V1Alpha) {
        if (m.has(QStringLiteral("ratioMetrics")))
            o.sli =
                readV1AlphaRatio(ctx, m.get(QStringLiteral("ratioMetrics")), Tr::tr("ratioMetrics of %1").arg(what));
    } else {
        if (m.has(inlineKey) && m.has(refKey))
            ctx.error(m.keyLocationOf(refKey), Tr::tr("%1 takes '%2' or '%3', not both").arg(what, inlineKey, refKey));
        else if (m.has(inlineKey))
            o.sli = readInlineSli(ctx, m.get(inlineKey), Tr::tr("%1 of %2").arg(inlineKey, what), version);
        else if (m.has(refKey))
            o.sliRef = readRef(m, refKey, s("SLI"));
    }
    return o;
}

} // namespace

// ---------------------------------------------------------------------------------------

struct OpenSloImporter::State
{
    QMap<QString, SliDef> slis;
    QMap<QString, ConditionDef> conditions;
    QMap<QString, TargetDef> targets;
    QMap<QString, PolicyDef> policies;
    QHash<QString, SourceLocation> firstDefinition; ///< "Kind/name" -> where
    QList<SloDef> slos;
    QList<Service> services;
    QList<DataSource> dataSources;

    bool declare(Context &ctx, const QString &kind, const QString &name, const SourceLocation &at)
    {
        if (name.isEmpty())
            return false;
        const QString key = kind + QLatin1Char('/') + name;
        if (const auto it = firstDefinition.constFind(key); it != firstDefinition.cend()) {
            ctx.error(at, Tr::tr("%1 '%2' is defined twice (first at %3:%4)").arg(kind, name, it->file).arg(it->line));
            return false;
        }
        firstDefinition.insert(key, at);
        return true;
    }

    void readSlo(Context &ctx, MapReader &top, const QString &kindName, Version version);
};

OpenSloImporter::OpenSloImporter() : m_state(std::make_unique<State>()) {}

OpenSloImporter::~OpenSloImporter() = default;

QString OpenSloImporter::formatName() const
{
    return QStringLiteral("OpenSLO");
}

bool OpenSloImporter::accepts(const ParsedDocument &doc) const
{
    static const QStringList v1Kinds{QStringLiteral("SLO"), QStringLiteral("SLI"), QStringLiteral("AlertPolicy"),
                                     QStringLiteral("AlertCondition"), QStringLiteral("AlertNotificationTarget")};
    if (doc.apiVersion == kV1)
        return v1Kinds.contains(doc.kind);
    if (doc.apiVersion == kV1Alpha)
        return doc.kind == QLatin1String("SLO") || doc.kind == QLatin1String("Service");
    if (doc.apiVersion == kV2Alpha)
        return v1Kinds.contains(doc.kind) || doc.kind == QLatin1String("Service") ||
               doc.kind == QLatin1String("DataSource");
    return false;
}

void OpenSloImporter::read(const ParsedDocument &doc, Yaml::Context &ctx)
{
    const Version version = doc.apiVersion == kV1        ? Version::V1
                            : doc.apiVersion == kV1Alpha ? Version::V1Alpha
                                                         : Version::V2Alpha;
    const QString &kind = doc.kind;
    MapReader top(
        ctx, doc.node, Tr::tr("%1 %2").arg(doc.apiVersion, kind),
        {QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("metadata"), QStringLiteral("spec")});
    if (!top.isMap())
        return;
    SourceLocation nameAt;
    const Metadata md = readObjectMetadata(ctx, top, kind, &nameAt);
    const YAML::Node spec = top.get(QStringLiteral("spec"));
    const bool specOptional = kind == QLatin1String("Service");
    if (!top.has(QStringLiteral("spec")) && !specOptional) {
        top.reportMissing(QStringLiteral("spec"));
        return;
    }
    State &st = *m_state;

    if (kind == QLatin1String("Service")) {
        Service service;
        service.metadata = md;
        service.origin.self = top.location();
        service.origin.fields.insert(QStringLiteral("name"), nameAt);
        if (top.has(QStringLiteral("spec")) && !spec.IsNull()) {
            MapReader m(ctx, spec, Tr::tr("spec of Service '%1'").arg(md.name), {QStringLiteral("description")});
            if (m.isMap())
                service.description = readDescription(m);
        }
        if (!md.name.isEmpty())
            st.services << service;
    } else if (kind == QLatin1String("DataSource")) {
        MapReader m(ctx, spec, Tr::tr("spec of DataSource '%1'").arg(md.name),
                    {QStringLiteral("description"), QStringLiteral("type"), QStringLiteral("connectionDetails")});
        if (!m.isMap())
            return;
        DataSource ds = readDataSourceSpec(m, md.name);
        ds.metadata = md;
        ds.origin.self = top.location();
        if (!md.name.isEmpty())
            st.dataSources << ds;
    } else if (kind == QLatin1String("SLI")) {
        SliDef sli = readSliSpec(ctx, spec, md.name, version, nullptr);
        sli.at = nameAt;
        if (st.declare(ctx, kind, md.name, nameAt))
            st.slis.insert(md.name, sli);
    } else if (kind == QLatin1String("AlertCondition")) {
        ConditionDef c = readConditionSpec(ctx, spec, md.name);
        c.at = nameAt;
        if (st.declare(ctx, kind, md.name, nameAt))
            st.conditions.insert(md.name, c);
    } else if (kind == QLatin1String("AlertNotificationTarget")) {
        const auto t = readTargetSpec(ctx, spec, md);
        if (st.declare(ctx, kind, md.name, nameAt) && t)
            st.targets.insert(md.name, *t);
    } else if (kind == QLatin1String("AlertPolicy")) {
        PolicyDef p = readPolicySpec(ctx, spec, md, nameAt);
        if (st.declare(ctx, kind, md.name, nameAt))
            st.policies.insert(md.name, p);
    } else if (kind == QLatin1String("SLO")) {
        st.readSlo(ctx, top, kind, version);
    }
}

namespace {

/// The service of an SLO: v2alpha writes serviceRef (older drafts: service).
QString readSloService(Context &ctx, MapReader &m, Version version)
{
    if (version == Version::V2Alpha && m.has(QStringLiteral("serviceRef"))) {
        if (m.has(QStringLiteral("service")))
            ctx.error(m.keyLocationOf(QStringLiteral("service")),
                      Tr::tr("%1 takes 'serviceRef' or 'service', not both").arg(m.what()));
        const auto ref = readRef(m, QStringLiteral("serviceRef"), s("Service"));
        return ref ? ref->name : QString();
    }
    const auto service = m.string(QStringLiteral("service"), Need::Required);
    if (!service)
        return {};
    checkName(ctx, m.locationOf(QStringLiteral("service")), *service, Tr::tr("the service of %1").arg(m.what()));
    return service->toLower();
}

/// The SLO-level indicator (inline or a reference).
void readSloIndicator(Context &ctx, MapReader &m, Version version, SloDef &slo)
{
    if (version == Version::V1Alpha) {
        if (m.has(QStringLiteral("indicator")))
            slo.sli = readV1AlphaIndicator(ctx, m.get(QStringLiteral("indicator")), slo.name);
        return;
    }
    const QString inlineKey = version == Version::V2Alpha ? QStringLiteral("sli") : QStringLiteral("indicator");
    const QString refKey = version == Version::V2Alpha ? QStringLiteral("sliRef") : QStringLiteral("indicatorRef");
    if (m.has(inlineKey) && m.has(refKey))
        ctx.error(m.keyLocationOf(refKey), Tr::tr("%1 takes '%2' or '%3', not both").arg(m.what(), inlineKey, refKey));
    else if (m.has(inlineKey))
        slo.sli = readInlineSli(ctx, m.get(inlineKey), Tr::tr("%1 of SLO '%2'").arg(inlineKey, slo.name), version);
    else if (m.has(refKey))
        slo.sliRef = readRef(m, refKey, s("SLI"));
}

/// `objectives`, and whether each has an indicator from the SLO or of its own (not both).
void readSloObjectives(Context &ctx, MapReader &m, Version version, SloDef &slo)
{
    const YAML::Node objectives = m.get(QStringLiteral("objectives"));
    if (!m.has(QStringLiteral("objectives")) || objectives.IsNull()) {
        // v2alpha makes objectives optional; such an SLO has nothing to evaluate.
        if (version == Version::V2Alpha)
            ctx.warning(m.location(), Tr::tr("%1 has no objectives; nothing is imported from it").arg(m.what()));
        else
            m.reportMissing(QStringLiteral("objectives"));
    } else if (!objectives.IsSequence() || objectives.size() == 0) {
        ctx.error(m.locationOf(QStringLiteral("objectives")),
                  Tr::tr("field 'objectives' of %1 must be a list of at least one objective").arg(m.what()));
    } else {
        int i = 0;
        for (const YAML::Node &item : objectives)
            slo.objectives << readObjective(ctx, item, slo.name, i++, version);
    }
    const bool sloIndicator = m.has(QStringLiteral("indicator")) || m.has(QStringLiteral("indicatorRef")) ||
                              m.has(QStringLiteral("sli")) || m.has(QStringLiteral("sliRef"));
    for (const ObjectiveDef &o : std::as_const(slo.objectives)) {
        const bool own = o.sli || o.sliRef;
        if (!own && !sloIndicator) {
            const QString need = version == Version::V2Alpha ? Tr::tr("'sli' or 'sliRef'")
                                 : version == Version::V1Alpha
                                     ? Tr::tr("'indicator' (or 'ratioMetrics' on every objective)")
                                     : Tr::tr("'indicator' or 'indicatorRef'");
            ctx.error(m.location(), Tr::tr("%1 needs %2").arg(m.what(), need));
            break;
        }
        if (own && sloIndicator && version != Version::V1Alpha)
            ctx.error(o.at,
                      Tr::tr("objective of SLO '%1' has its own indicator although the SLO has one").arg(slo.name));
    }
}

/// One `alertPolicies` item: inline, {alertPolicyRef: NAME} or a plain name.
void readSloPolicy(Context &ctx, const YAML::Node &item, const QString &what, SloDef &slo)
{
    if (item.IsScalar()) {
        const QString name = Yaml::scalarText(item);
        checkName(ctx, ctx.location(item), name, Tr::tr("the AlertPolicy reference"));
        slo.policies << Ref{name.toLower(), ctx.location(item)};
        return;
    }
    readRefOrInline(
        ctx, item, what, {QStringLiteral("alertPolicyRef")}, s("AlertPolicy"),
        [&](const Ref &ref) { slo.policies << ref; },
        [&](const YAML::Node &spec, const Metadata &md, const SourceLocation &at) {
            slo.policies << readPolicySpec(ctx, spec, md, at);
        });
}

} // namespace

void OpenSloImporter::State::readSlo(Context &ctx, MapReader &top, const QString &kindName, Version version)
{
    SloDef slo;
    slo.version = version;
    slo.at = top.location();
    {
        // Metadata was checked by read(); read it again quietly for the fields we keep.
        Diagnostics ignored;
        Context quiet(ctx.file(), &ignored);
        Origin origin;
        slo.metadata = Yaml::readMetadata(quiet, top.get(QStringLiteral("metadata")), kindName, origin);
        slo.metadata.name = slo.metadata.name.toLower();
        slo.name = slo.metadata.name;
        slo.displayName = slo.metadata.displayName;
        slo.nameAt = origin.at(QStringLiteral("name"));
    }
    QStringList allowed{QStringLiteral("description"), QStringLiteral("service"), QStringLiteral("budgetingMethod"),
                        QStringLiteral("objectives")};
    if (version == Version::V1)
        allowed << QStringLiteral("indicator") << QStringLiteral("indicatorRef") << QStringLiteral("timeWindow")
                << QStringLiteral("alertPolicies");
    else if (version == Version::V2Alpha)
        allowed << QStringLiteral("serviceRef") << QStringLiteral("sli") << QStringLiteral("sliRef")
                << QStringLiteral("timeWindow") << QStringLiteral("alertPolicies");
    else
        allowed << QStringLiteral("indicator") << QStringLiteral("timeWindows");
    MapReader m(ctx, top.get(QStringLiteral("spec")), Tr::tr("spec of SLO '%1'").arg(slo.name), allowed);
    if (!m.isMap())
        return;
    slo.description = readDescription(m);
    slo.service = readSloService(ctx, m, version);

    // Budgeting method: required in v1 and v1alpha.
    const auto method =
        m.oneOf(QStringLiteral("budgetingMethod"),
                {QStringLiteral("Occurrences"), QStringLiteral("Timeslices"), QStringLiteral("RatioTimeslices")},
                version == Version::V2Alpha ? Need::Optional : Need::Required);
    if (method && *method != QLatin1String("Occurrences"))
        slo.method = Budgeting::Method::Timeslices;
    slo.methodAt = m.locationOf(QStringLiteral("budgetingMethod"));
    slo.window = readTimeWindow(ctx, m, version);
    readSloIndicator(ctx, m, version, slo);
    readSloObjectives(ctx, m, version, slo);

    const YAML::Node policies = m.get(QStringLiteral("alertPolicies"));
    if (m.has(QStringLiteral("alertPolicies")) && !policies.IsNull()) {
        if (!policies.IsSequence()) {
            ctx.error(m.locationOf(QStringLiteral("alertPolicies")),
                      Tr::tr("field 'alertPolicies' of %1 must be a list, got %2")
                          .arg(m.what(), Yaml::describeNode(policies)));
        } else {
            const QString what = Tr::tr("alert policy of SLO '%1'").arg(slo.name);
            for (const YAML::Node &item : policies)
                readSloPolicy(ctx, item, what, slo);
        }
    }
    if (!slo.name.isEmpty())
        slos << slo;
}

// ---------------------------------------------------------------------------------------
// finish(): references, grouping, data sources

namespace {

template <typename T> const T *resolve(Context &ctx, const QMap<QString, T> &defs, const Ref &ref, const QString &kind)
{
    if (const auto it = defs.constFind(ref.name); it != defs.cend())
        return &*it;
    // OpenSLO sets are often split across files and repositories, and OpenSLO's own
    // examples refer to objects they do not define, so an unresolved reference warns (with
    // the nearest name when one is close) and what depends on it is left out. An SLI is
    // the exception when the set defines SLIs: an SLO without its indicator is no SLO.
    const QString hint = Yaml::nearestName(ref.name, defs.keys());
    if (kind == QLatin1String("SLI") && !defs.isEmpty()) {
        if (hint.isEmpty())
            ctx.error(ref.at, Tr::tr("%1 '%2' is not defined in the files read (defined: %3)")
                                  .arg(kind, ref.name, defs.keys().join(QStringLiteral(", "))));
        else
            ctx.error(ref.at,
                      Tr::tr("%1 '%2' is not defined in the files read; did you mean '%3'?").arg(kind, ref.name, hint));
        return nullptr;
    }
    if (!hint.isEmpty())
        ctx.warning(ref.at, Tr::tr("%1 '%2' is not defined in the files read; did you mean '%3'? What depends on it "
                                   "is left out")
                                .arg(kind, ref.name, hint));
    else
        ctx.warning(ref.at, Tr::tr("%1 '%2' is not in the files read; it is taken to be defined elsewhere and what "
                                   "depends on it is left out (load it together with this file)")
                                .arg(kind, ref.name));
    return nullptr;
}

struct ResolvedPolicy
{
    QString name;
    SourceLocation at;
    bool slaWide = false;
    std::optional<ConditionDef> condition;
    QList<TargetDef> targets;
};

ResolvedPolicy resolvePolicy(Context &ctx, const PolicyDef &p, const QMap<QString, ConditionDef> &conditions,
                             const QMap<QString, TargetDef> &targets)
{
    ResolvedPolicy r{p.name, p.at, p.slaWide, p.condition, {}};
    if (p.conditionRef)
        if (const ConditionDef *c = resolve(ctx, conditions, *p.conditionRef, s("AlertCondition")))
            r.condition = *c;
    for (const auto &t : p.targets) {
        if (const TargetDef *def = std::get_if<TargetDef>(&t))
            r.targets << *def;
        else if (const TargetDef *found = resolve(ctx, targets, std::get<Ref>(t), s("AlertNotificationTarget")))
            r.targets << *found;
    }
    return r;
}

bool isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("https://")) || text.startsWith(QLatin1String("http://"));
}

/// The SLA an SLO belongs to: the one the SLA Desk export named in its annotation, else its service.
QString slaNameOf(const SloDef &slo)
{
    const QString exported = slo.metadata.annotations.value(kAnnotationSla);
    return Names::isLabel(exported) ? exported : slo.service;
}

/// `from` merged into `into`; a key both have with different values keeps the first and warns.
template <typename Map>
void mergeInto(Context &ctx, Map &into, const Map &from, const SourceLocation &at, const QString &what,
               const QString &sla)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it) {
        if (into.contains(it.key()) && into.value(it.key()) != it.value()) {
            ctx.warning(at, Tr::tr("%1 '%2' differs between the SLOs of SLA '%3'; the first SLO's value is kept")
                                .arg(what, it.key(), sla));
            continue;
        }
        into.insert(it.key(), it.value());
    }
}

/// The SLA Desk notification target of an OpenSLO target, or nothing (with a warning).
std::optional<NotifyTarget> notifyTargetOf(Context &ctx, const TargetDef &t, const QString &policy)
{
    NotifyTarget n;
    n.origin.self = t.at;
    if (t.target == QLatin1String("desktop")) {
        n.kind = NotifyTarget::Kind::Desktop;
        return n;
    }
    if (!isUrl(t.target)) {
        ctx.warning(t.at, Tr::tr("notification target '%1' ('%2') of AlertPolicy '%3' is not a URL; SLA Desk "
                                 "notifies webhooks only, so it is dropped")
                              .arg(t.name, t.target, policy));
        return std::nullopt;
    }
    n.kind = t.alertmanager ? NotifyTarget::Kind::Alertmanager : NotifyTarget::Kind::Webhook;
    n.url = t.target;
    return n;
}

/// Fills the query indicator of `obj` from `sli`; false (with an error) when a threshold
/// metric lacks the objective's op and value.
bool fillIndicator(Context &ctx, Objective &obj, const SliDef &sli, const ObjectiveDef &o, int index,
                   const QString &slo)
{
    Indicator &ind = obj.indicator;
    ind.kind = IndicatorKind::Query;
    ind.origin.self = sli.at;
    switch (sli.kind) {
    case SliDef::Kind::Ratio:
        ind.query.good = sli.good.query;
        ind.query.bad = sli.bad.query;
        ind.query.total = sli.total.query;
        if (sli.good.present)
            ind.origin.fields.insert(QStringLiteral("query.good"), sli.good.at);
        if (sli.bad.present)
            ind.origin.fields.insert(QStringLiteral("query.bad"), sli.bad.at);
        ind.origin.fields.insert(QStringLiteral("query.total"), sli.total.at);
        return true;
    case SliDef::Kind::Raw:
        ind.query.errorRatio = sli.rawFailure ? sli.raw.query : QStringLiteral("1 - (%1)").arg(sli.raw.query);
        ind.origin.fields.insert(QStringLiteral("query.errorRatio"), sli.raw.at);
        return true;
    case SliDef::Kind::Threshold:
        ind.query.value = sli.threshold.query;
        ind.origin.fields.insert(QStringLiteral("query.value"), sli.threshold.at);
        if (!o.op || !o.value) {
            ctx.error(o.at,
                      Tr::tr("objective %1 of SLO '%2' needs 'op' and 'value': its indicator is a threshold metric")
                          .arg(index + 1)
                          .arg(slo));
            return false;
        }
        ind.query.op = o.op;
        ind.query.threshold = o.value;
        return true;
    case SliDef::Kind::None:
        break;
    }
    return false;
}

/// Occurrences, or timeslices of `timeSliceWindow` (1m when absent) for Timeslices SLOs and
/// threshold metrics; warns about what has no SLA Desk equivalent.
Budgeting budgetingOf(Context &ctx, const SloDef &slo, const ObjectiveDef &o, const SliDef &sli, int index)
{
    Budgeting b;
    const bool threshold = sli.kind == SliDef::Kind::Threshold;
    if (slo.method == Budgeting::Method::Timeslices || threshold) {
        b.method = Budgeting::Method::Timeslices;
        b.slice = o.timeSliceWindow.value_or(Duration::minutes(1));
        if (threshold && slo.method == Budgeting::Method::Occurrences)
            ctx.warning(o.at, Tr::tr("objective %1 of SLO '%2' compares a threshold metric with Occurrences budgeting; "
                                     "it is evaluated as %3 timeslices")
                                  .arg(index + 1)
                                  .arg(slo.name, b.slice.toString()));
    }
    // The SLA Desk export writes timeSliceTarget as the objective's own target (event
    // indicators) or 1 (value indicators): those read back exactly, anything else is lost.
    const bool exported = slo.metadata.annotations.contains(kAnnotationObjective);
    if (o.hasTimeSliceTarget && !exported)
        ctx.warning(o.timeSliceTargetAt, Tr::tr("'timeSliceTarget' of objective %1 of SLO '%2' has no SLA Desk "
                                                "equivalent and is dropped")
                                             .arg(index + 1)
                                             .arg(slo.name));
    return b;
}

/// An alert policy and the objectives whose SLOs refer to it.
struct PolicyUse
{
    ResolvedPolicy policy;
    bool byRef = false;
    QStringList objectives;
    int slos = 0;
};

/// Turns the OpenSLO definitions read into SLAs: one per service (or per `sladesk.io/sla`).
class Finisher
{
public:
    Finisher(const OpenSloImporter::State &st, Workspace &out, Context &ctx) : m_st(st), m_out(out), m_ctx(ctx) {}

    void run();

private:
    void addSla(const QString &name, const QList<const SloDef *> &slos);
    void addObjectives(Sla &sla, const SloDef &slo, QSet<QString> &objectiveNames, QStringList &namesOfSlo);
    QString objectiveName(const SloDef &slo, int index, const QSet<QString> &taken) const;
    QString dataSourceOf(const SliDef &sli, const QString &slo);
    void collectPolicies(const SloDef &slo, const QStringList &objectives, QList<PolicyUse> &uses);
    void addAlerts(Sla &sla, const QList<PolicyUse> &uses);
    void synthesizeSources();

    const OpenSloImporter::State &m_st;
    Workspace &m_out;
    Context &m_ctx;
    QMap<QString, ResolvedPolicy> m_policies;
    QList<MetricQuery> m_usedSources;
    QHash<QString, SourceLocation> m_sloNames;
};

} // namespace

void OpenSloImporter::finish(Workspace &out, Diagnostics &diagnostics)
{
    Context ctx(QString(), &diagnostics);
    Finisher(*m_state, out, ctx).run();
}

namespace {

void Finisher::run()
{
    // v1alpha/v2alpha Services and v2alpha DataSources are plain model documents.
    m_out.services << m_st.services;
    m_out.dataSources << m_st.dataSources;

    // Every top-level policy is checked once, whether or not an SLO uses it.
    for (auto it = m_st.policies.cbegin(); it != m_st.policies.cend(); ++it)
        m_policies.insert(it.key(), resolvePolicy(m_ctx, *it, m_st.conditions, m_st.targets));

    // Group SLOs by SLA, in order of first appearance.
    QStringList order;
    QHash<QString, QList<const SloDef *>> bySla;
    for (const SloDef &slo : std::as_const(m_st.slos)) {
        const QString sla = slaNameOf(slo);
        if (sla.isEmpty())
            continue;
        if (!bySla.contains(sla))
            order << sla;
        bySla[sla] << &slo;
    }
    for (const QString &name : std::as_const(order))
        addSla(name, bySla.value(name));
    synthesizeSources();
}

void Finisher::addSla(const QString &name, const QList<const SloDef *> &slos)
{
    Sla sla;
    sla.metadata.name = name;
    const SloDef &head = *slos.constFirst();
    sla.service = head.service;
    sla.origin.self = head.at;
    sla.window = head.window;
    sla.owner = head.metadata.annotations.value(kAnnotationOwner);
    sla.tier = head.metadata.annotations.value(kAnnotationTier);
    if (head.metadata.annotations.contains(kAnnotationWeight)) {
        bool ok = false;
        const double weight = head.metadata.annotations.value(kAnnotationWeight).toDouble(&ok);
        if (ok && weight > 0 && std::isfinite(weight))
            sla.weight = weight;
        else
            m_ctx.error(head.at, Tr::tr("annotation '%1' of SLO '%2' must be a number greater than 0, got \"%3\"")
                                     .arg(kAnnotationWeight, head.name,
                                          quotedExcerpt(head.metadata.annotations.value(kAnnotationWeight))));
    }
    if (const Service *svc = m_out.findService(sla.service)) {
        sla.metadata.displayName = svc->metadata.displayName;
        sla.description = svc->description;
    }
    QSet<QString> objectiveNames;
    QList<PolicyUse> policies;
    for (const SloDef *slo : slos) {
        if (const auto it = m_sloNames.constFind(slo->name); it != m_sloNames.cend()) {
            m_ctx.error(slo->nameAt,
                        Tr::tr("SLO '%1' is defined twice (first at %2:%3)").arg(slo->name, it->file).arg(it->line));
            continue;
        }
        m_sloNames.insert(slo->name, slo->nameAt);
        // Labels and annotations of the SLOs belong to the SLA; the export's own annotations
        // are read back into fields.
        mergeInto(m_ctx, sla.metadata.labels, slo->metadata.labels, slo->nameAt, QStringLiteral("label"), name);
        QMap<QString, QString> annotations = slo->metadata.annotations;
        for (const QString &own :
             {kAnnotationSla, kAnnotationObjective, kAnnotationOwner, kAnnotationTier, kAnnotationWeight})
            annotations.remove(own);
        mergeInto(m_ctx, sla.metadata.annotations, annotations, slo->nameAt, QStringLiteral("annotation"), name);
        QStringList namesOfSlo;
        addObjectives(sla, *slo, objectiveNames, namesOfSlo);
        collectPolicies(*slo, namesOfSlo, policies);
    }
    addAlerts(sla, policies);
    if (!sla.objectives.isEmpty())
        m_out.slas << sla;
}

QString Finisher::objectiveName(const SloDef &slo, int index, const QSet<QString> &taken) const
{
    // The SLA Desk export keeps the objective's name in an annotation (one objective per SLO).
    const QString exported = slo.metadata.annotations.value(kAnnotationObjective);
    if (slo.objectives.size() == 1 && Names::isLabel(exported) && !taken.contains(exported))
        return exported;
    // The SLO's, or <slo>-<displayName slug> / <slo>-<n> with several objectives.
    QString name = slo.name;
    if (slo.objectives.size() > 1) {
        const QString part = Names::slug(slo.objectives.at(index).displayName);
        name = Names::shorten(slo.name + QLatin1Char('-') + (part.isEmpty() ? QString::number(index + 1) : part));
    }
    const QString numbered = slo.name + QLatin1Char('-') + QString::number(index + 1);
    if (taken.contains(name))
        name = Names::shorten(numbered);
    for (int n = 2; taken.contains(name); ++n)
        name = Names::shorten(numbered + QLatin1Char('-') + QString::number(n));
    return name;
}

void Finisher::addObjectives(Sla &sla, const SloDef &slo, QSet<QString> &objectiveNames, QStringList &namesOfSlo)
{
    std::optional<SliDef> sloSli = slo.sli;
    if (slo.sliRef)
        if (const SliDef *found = resolve(m_ctx, m_st.slis, *slo.sliRef, s("SLI")))
            sloSli = *found;
    for (int i = 0; i < slo.objectives.size(); ++i) {
        const ObjectiveDef &o = slo.objectives.at(i);
        std::optional<SliDef> sli = o.sli ? o.sli : sloSli;
        if (o.sliRef) {
            sli.reset();
            if (const SliDef *found = resolve(m_ctx, m_st.slis, *o.sliRef, s("SLI")))
                sli = *found;
        }
        if (!sli || sli->kind == SliDef::Kind::None || !o.target)
            continue;
        Objective obj;
        obj.origin.self = o.at;
        obj.origin.fields.insert(QStringLiteral("target"), o.targetAt);
        obj.target = *o.target;
        obj.displayName = o.displayName.isEmpty() ? slo.displayName : o.displayName;
        obj.description = slo.description;
        obj.name = objectiveName(slo, i, objectiveNames);
        objectiveNames.insert(obj.name);
        // The export writes an objective without display name with its name instead.
        if (slo.metadata.annotations.value(kAnnotationObjective) == obj.name && slo.displayName.isEmpty() &&
            obj.displayName == obj.name)
            obj.displayName.clear();
        if (!fillIndicator(m_ctx, obj, *sli, o, i, slo.name))
            continue;
        obj.budgeting = budgetingOf(m_ctx, slo, o, *sli, i);
        if (slo.window != sla.window)
            obj.window = slo.window;
        const QString source = dataSourceOf(*sli, slo.name);
        if (sla.dataSource.isEmpty() && sla.objectives.isEmpty())
            sla.dataSource = source;
        if (source != sla.dataSource)
            obj.dataSource = source;
        sla.objectives << obj;
        namesOfSlo << obj.name;
    }
}

/// The first data source the SLI's metrics name; SLA Desk reads one source per objective.
QString Finisher::dataSourceOf(const SliDef &sli, const QString &slo)
{
    QString source;
    for (const MetricQuery *q : sli.queries()) {
        if (q->sourceName.isEmpty())
            continue;
        m_usedSources << *q;
        if (source.isEmpty())
            source = q->sourceName;
        else if (q->sourceName != source)
            m_ctx.warning(q->at, Tr::tr("SLI of SLO '%1' reads data source '%2' and '%3'; SLA Desk uses '%2' for the "
                                        "whole objective")
                                     .arg(slo, source, q->sourceName));
    }
    return source;
}

/// The usable alert policies of `slo`, merged by name with those other SLOs of the SLA refer to.
void Finisher::collectPolicies(const SloDef &slo, const QStringList &objectives, QList<PolicyUse> &uses)
{
    for (const auto &entry : slo.policies) {
        PolicyUse use;
        if (const PolicyDef *inl = std::get_if<PolicyDef>(&entry)) {
            use.policy = resolvePolicy(m_ctx, *inl, m_st.conditions, m_st.targets);
        } else {
            const Ref &ref = std::get<Ref>(entry);
            if (!resolve(m_ctx, m_st.policies, ref, s("AlertPolicy")))
                continue;
            use.policy = m_policies.value(ref.name);
            use.byRef = true;
        }
        if (!use.policy.condition || !use.policy.condition->ok || objectives.isEmpty())
            continue;
        const auto same = std::find_if(uses.begin(), uses.end(), [&](const PolicyUse &u) {
            return use.byRef && u.byRef && u.policy.name == use.policy.name;
        });
        if (same != uses.end()) {
            same->objectives += objectives;
            ++same->slos;
            continue;
        }
        use.objectives = objectives;
        use.slos = 1;
        uses << use;
    }
}

/// Alert policies -> burn-rate rules, and their notification targets. A policy every SLO of
/// the SLA refers to (as the SLA Desk export writes an alert for every objective) becomes one
/// rule for every objective, and so does one annotated `sladesk.io/scope: sla` (the export of
/// such a rule, also when the SLA has one objective); otherwise each objective gets its own rule.
void Finisher::addAlerts(Sla &sla, const QList<PolicyUse> &uses)
{
    QSet<QString> allObjectives;
    for (const Objective &o : std::as_const(sla.objectives))
        allObjectives.insert(o.name);
    QSet<QString> alertNames;
    for (const PolicyUse &use : uses) {
        const ResolvedPolicy &policy = use.policy;
        const ConditionDef &c = *policy.condition;
        const bool everyObjective = (use.slos > 1 || policy.slaWide) &&
                                    QSet<QString>(use.objectives.cbegin(), use.objectives.cend()) == allObjectives;
        const QStringList objectives = everyObjective ? QStringList{QString()} : use.objectives;
        for (const QString &objective : objectives) {
            AlertRule rule;
            rule.kind = AlertRule::Kind::BurnRate;
            rule.name = objectives.size() == 1 && !alertNames.contains(policy.name)
                            ? policy.name
                            : Names::shorten(policy.name + QLatin1Char('-') + objective);
            alertNames.insert(rule.name);
            rule.objective = objective;
            rule.burnRates << c.window;
            rule.severity = c.window.severity;
            rule.origin.self = policy.at;
            sla.alerts << rule;
        }
        for (const TargetDef &t : policy.targets) {
            if (const auto n = notifyTargetOf(m_ctx, t, policy.name); n && !sla.notify.contains(*n))
                sla.notify << *n;
        }
    }
}

/// Data sources named by the indicators: synthesizes the ones the set does not define.
void Finisher::synthesizeSources()
{
    for (const MetricQuery &q : std::as_const(m_usedSources)) {
        if (m_out.findDataSource(q.sourceName))
            continue;
        DataSource ds;
        if (q.inlineSpec) {
            ds = *q.inlineSpec;
            ds.metadata.name = q.sourceName;
            m_out.dataSources << ds;
            continue;
        }
        ds.metadata.name = q.sourceName;
        ds.typeName = q.sourceType;
        ds.type = dataSourceTypeFromString(q.sourceType);
        ds.origin.self = q.at;
        m_out.dataSources << ds;
        m_ctx.warning(q.at,
                      Tr::tr("data source '%1' is not defined in the files read; one of type '%2' with no connection "
                             "details was created: add a DataSource document named '%1' to query it")
                          .arg(q.sourceName, q.sourceType.isEmpty() ? Tr::tr("unknown") : q.sourceType));
    }
}

} // namespace

std::unique_ptr<Importer> createOpenSloImporter()
{
    return std::make_unique<OpenSloImporter>();
}

} // namespace Sla::Core
