// SPDX-License-Identifier: Apache-2.0
#include "datadogsloimporter.h"

#include "core/document/names.h"
#include "core/document/tr.h"
#include "core/exchange/sloimport.h"
#include "core/metrics/datadog/datadogresponse.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace Tr = Sla::Core::TrContext::DatadogSloImporter;

namespace Sla::Core {

namespace {
class DatadogSloImporter final : public Importer
{
public:
    QString formatName() const override;
    bool accepts(const ParsedDocument &doc) const override;
    void read(const ParsedDocument &doc, Yaml::Context &ctx) override;
    void finish(Workspace &out, Diagnostics &diagnostics) override;

    /// The DataSource name used when the set does not define exactly one Datadog source.
    static QString defaultDataSourceName();

private:
    void readSlo(const YAML::Node &item, Yaml::Context &ctx);

    QList<Sla> m_slas;
    QHash<QString, SourceLocation> m_sloIds; ///< SLO id -> where it was first imported
};

/// Keys of Datadog's answer envelope around `data`.
bool isEnvelopeKey(const QString &key)
{
    return key == u"data" || key == u"error" || key == u"errors" || key == u"metadata" || key == u"links";
}

/// An object as Datadog returns for an SLO: it always carries `id`, `name` and `type`.
bool isSloObject(const YAML::Node &node)
{
    if (!node.IsMap())
        return false;
    for (const char *key : {"id", "name", "type"}) {
        const YAML::Node value = node[key];
        if (!value || !value.IsScalar())
            return false;
    }
    return true;
}

/// The YAML node (yaml-cpp reads the JSON file) back as JSON. A quoted scalar is a string;
/// a plain one is null, a boolean or a number as JSON spells them, else a string.
QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node)
            object.insert(Yaml::scalarText(entry.first), toJson(entry.second));
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Scalar: {
        const QString text = Yaml::scalarText(node);
        if (node.Tag() == "!")
            return text;
        if (text.isEmpty() || text == u"null" || text == u"~")
            return QJsonValue(QJsonValue::Null);
        if (text == u"true" || text == u"false")
            return text == u"true";
        bool isNumber = false;
        const double number = text.toDouble(&isNumber);
        return isNumber ? QJsonValue(number) : QJsonValue(text);
    }
    default:
        return QJsonValue(QJsonValue::Null);
    }
}

bool isImportableTimeframe(const QString &timeframe)
{
    return timeframe == u"7d" || timeframe == u"30d" || timeframe == u"90d";
}

/// `node[key]` when present, else `node`: the most precise place to point at.
YAML::Node childOr(const YAML::Node &node, const char *key)
{
    if (node.IsMap()) {
        if (const YAML::Node child = node[key]; child)
            return child;
    }
    return node;
}
} // namespace

QString DatadogSloImporter::formatName() const
{
    return QStringLiteral("Datadog SLO");
}

QString DatadogSloImporter::defaultDataSourceName()
{
    return QStringLiteral("datadog");
}

bool DatadogSloImporter::accepts(const ParsedDocument &doc) const
{
    if (!doc.apiVersion.isEmpty() || !doc.kind.isEmpty() ||
        !doc.file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return false;
    if (!doc.node.IsMap())
        return false;
    for (const auto &entry : doc.node) {
        if (!isEnvelopeKey(Yaml::scalarText(entry.first)))
            return false;
    }
    const YAML::Node data = doc.node["data"];
    if (!data)
        return false;
    if (data.IsSequence()) {
        for (const YAML::Node &item : data) {
            if (!isSloObject(item))
                return false;
        }
        return true;
    }
    return isSloObject(data);
}

void DatadogSloImporter::read(const ParsedDocument &doc, Yaml::Context &ctx)
{
    const YAML::Node data = doc.node["data"];
    if (!data.IsSequence()) {
        readSlo(data, ctx);
        return;
    }
    if (data.size() == 0)
        ctx.warning(data, Tr::tr("the Datadog SLO list in 'data' is empty: nothing to import"));
    for (const YAML::Node &item : data)
        readSlo(item, ctx);
}

namespace {

/// Reports `d` at `where` with its severity.
void report(Yaml::Context &ctx, const SourceLocation &where, const Diagnostic &d)
{
    if (d.isError())
        ctx.error(where, d.message);
    else
        ctx.warning(where, d.message);
}

/// Problems of the SLO as a whole (its type, its queries) show when it is converted with one
/// threshold known to be fine; they are reported where the SLO says what it measures.
/// Returns false when there were any.
bool checkWhole(const YAML::Node &item, const DatadogSlo &slo, Yaml::Context &ctx)
{
    DatadogSlo probe = slo;
    probe.thresholds = {DatadogSloThreshold{QStringLiteral("30d"), 99, std::nullopt}};
    probe.timeframe = QStringLiteral("30d");
    probe.targetThreshold = 99;
    const SloImport::Result whole =
        SloImport::fromSlos({probe}, DatadogSloImporter::defaultDataSourceName(), ctx.file());
    if (whole.diagnostics.isEmpty())
        return true;
    YAML::Node where = childOr(item, "type");
    if (slo.type == u"metric")
        where = childOr(item, "query");
    else if (slo.type == u"time_slice")
        where = childOr(item, "sli_specification");
    for (const Diagnostic &d : whole.diagnostics)
        report(ctx, ctx.location(where), d);
    return false;
}

/// Reports the problems of single thresholds at their `timeframe` or `target`, and returns the
/// threshold nodes that became objectives (in order).
QList<YAML::Node> reportThresholds(const YAML::Node &item, const DatadogSlo &slo, const Diagnostics &diagnostics,
                                   Yaml::Context &ctx)
{
    const YAML::Node thresholds = item["thresholds"];
    QList<SourceLocation> badAt;
    QList<YAML::Node> good;
    if (thresholds && thresholds.IsSequence() && qsizetype(thresholds.size()) == slo.thresholds.size()) {
        for (qsizetype i = 0; i < slo.thresholds.size(); ++i) {
            const YAML::Node node = thresholds[std::size_t(i)];
            const DatadogSloThreshold &t = slo.thresholds.at(i);
            if (!isImportableTimeframe(t.timeframe))
                badAt << ctx.location(childOr(node, "timeframe"));
            else if (!(t.target > 0 && t.target < 100))
                badAt << ctx.location(childOr(node, "target"));
            else
                good << node;
        }
    }
    const bool paired = badAt.size() == diagnostics.size();
    for (qsizetype i = 0; i < diagnostics.size(); ++i)
        report(ctx, paired ? badAt.at(i) : ctx.location(item), diagnostics.at(i));
    return good;
}

/// Where the validator's query diagnostics point: the query text in the file.
Origin indicatorOrigin(const YAML::Node &item, const QString &valueQuery, Yaml::Context &ctx)
{
    Origin origin;
    origin.self = ctx.location(item);
    if (const YAML::Node query = item["query"]; query && query.IsMap()) {
        origin.self = ctx.location(query);
        origin.fields.insert(QStringLiteral("query.good"), ctx.location(childOr(query, "numerator")));
        origin.fields.insert(QStringLiteral("query.total"), ctx.location(childOr(query, "denominator")));
    }
    if (const YAML::Node spec = item["sli_specification"]; spec && spec.IsMap()) {
        origin.self = ctx.location(spec);
        const YAML::Node queries = spec["time_slice"] && spec["time_slice"].IsMap() && spec["time_slice"]["query"]
                                       ? spec["time_slice"]["query"]["queries"]
                                       : YAML::Node();
        if (queries && queries.IsSequence()) {
            for (const YAML::Node &q : queries) {
                if (q.IsMap() && q["query"] && Yaml::scalarText(q["query"]) == valueQuery)
                    origin.fields.insert(QStringLiteral("query.value"), ctx.location(q["query"]));
            }
        }
    }
    return origin;
}

} // namespace

void DatadogSloImporter::readSlo(const YAML::Node &item, Yaml::Context &ctx)
{
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("data"), toJson(item)}}).toJson(QJsonDocument::Compact);
    QString why;
    const std::optional<DatadogSlo> slo = DatadogResponse::parseSlo(json, &why);
    if (!slo) {
        ctx.error(item, Tr::tr("not a Datadog SLO object: %1").arg(why));
        return;
    }
    const SourceLocation at = ctx.location(item);
    if (!slo->id.isEmpty()) {
        if (const auto it = m_sloIds.constFind(slo->id); it != m_sloIds.cend()) {
            ctx.warning(item, Tr::tr("Datadog SLO \"%1\" (id %2) is already imported from %3:%4:%5; imported once")
                                  .arg(slo->name, slo->id, it->file)
                                  .arg(it->line)
                                  .arg(it->column));
            return;
        }
    }
    if (!checkWhole(item, *slo, ctx))
        return;
    // The real data source name is known in finish().
    const SloImport::Result result = SloImport::fromSlos({*slo}, defaultDataSourceName(), ctx.file());
    const QList<YAML::Node> good = reportThresholds(item, *slo, result.diagnostics, ctx);
    if (result.slas.isEmpty())
        return;

    Sla sla = result.slas.constFirst();
    sla.origin.self = at;
    sla.origin.fields.insert(QStringLiteral("name"), ctx.location(childOr(item, "name")));
    if (sla.objectives.size() == good.size()) {
        for (qsizetype i = 0; i < good.size(); ++i) {
            Objective &o = sla.objectives[i];
            o.origin.self = ctx.location(good.at(i));
            o.origin.fields.insert(QStringLiteral("target"), ctx.location(childOr(good.at(i), "target")));
            o.origin.fields.insert(QStringLiteral("window"), ctx.location(childOr(good.at(i), "timeframe")));
        }
    }
    const Origin origin = indicatorOrigin(item, sla.objectives.constFirst().indicator.query.value, ctx);
    for (Objective &o : sla.objectives)
        o.indicator.origin = origin;

    // SloImport keeps names unique within one answer; across the files of a set this does.
    const auto taken = [this](const QString &name) {
        return std::any_of(m_slas.cbegin(), m_slas.cend(), [&](const Sla &s) { return s.metadata.name == name; });
    };
    if (taken(sla.metadata.name)) {
        const QString old = sla.metadata.name;
        sla.metadata.name = Names::shorten(old + QLatin1Char('-') + slo->id.left(8));
        for (Objective &o : sla.objectives) {
            if (o.name.startsWith(old))
                o.name = Names::shorten(sla.metadata.name + o.name.mid(old.size()));
        }
    }
    if (!slo->id.isEmpty())
        m_sloIds.insert(slo->id, at);
    m_slas << sla;
}

void DatadogSloImporter::finish(Workspace &out, Diagnostics &diagnostics)
{
    if (m_slas.isEmpty())
        return;
    QStringList datadogSources;
    for (const DataSource &ds : std::as_const(out.dataSources)) {
        if (ds.type == DataSourceType::Datadog)
            datadogSources << ds.metadata.name;
    }
    const QString name = datadogSources.size() == 1 ? datadogSources.constFirst() : defaultDataSourceName();
    for (Sla &sla : m_slas)
        sla.dataSource = name;
    out.slas += m_slas;
    if (out.findDataSource(name))
        return;

    const SourceLocation where = m_slas.constFirst().origin.self;
    DataSource ds;
    ds.metadata.name = name;
    ds.type = DataSourceType::Datadog;
    ds.typeName = QStringLiteral("datadog");
    ds.origin.self = where;
    out.dataSources << ds;
    const QString define =
        Tr::tr("define it (apiVersion: openslo/v1, kind: DataSource, spec.type: datadog, spec.connectionDetails.site) "
               "and store its keys with `slactl credentials set %1`")
            .arg(name);
    if (datadogSources.isEmpty()) {
        diagnostics.append({Diagnostic::Severity::Warning, where,
                            Tr::tr("the imported Datadog SLOs read from the DataSource '%1', which this set does not "
                                   "define: added one with no connection details (Datadog's default site); %2")
                                .arg(name, define)});
    } else {
        diagnostics.append(
            {Diagnostic::Severity::Warning, where,
             Tr::tr("the set defines several Datadog DataSources (%1), so the imported Datadog SLOs read "
                    "from '%2', which it does not define: added one with no connection details; %3")
                 .arg(datadogSources.join(QStringLiteral(", ")), name, define)});
    }
}

std::unique_ptr<Importer> createDatadogSloImporter()
{
    return std::make_unique<DatadogSloImporter>();
}

} // namespace Sla::Core
