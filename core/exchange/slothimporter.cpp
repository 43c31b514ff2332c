// SPDX-License-Identifier: Apache-2.0
#include "slothimporter.h"

#include "core/document/tr.h"
#include "core/exchange/importsupport.h"

#include <QHash>
#include <QRegularExpression>

namespace Tr = Sla::Core::TrContext::SlothImporter;

namespace Sla::Core {

using ImportSupport::present;
using Yaml::MapReader;
using Yaml::Need;

namespace {
class SlothImporter final : public Importer
{
public:
    QString formatName() const override;
    bool accepts(const ParsedDocument &doc) const override;
    void read(const ParsedDocument &doc, Yaml::Context &ctx) override;
    void finish(Workspace &out, Diagnostics &diagnostics) override;

private:
    enum class Dialect { Prometheus, Kubernetes };

    void readSpec(Yaml::MapReader &spec, Dialect dialect, Yaml::Context &ctx, const SourceLocation &docLocation);
    /// Reads one `slos[]` entry into `sla`; returns false when it was skipped or invalid.
    bool readSlo(const YAML::Node &node, Dialect dialect, Yaml::Context &ctx, Sla &sla,
                 QHash<QString, SourceLocation> &seen);
    std::optional<Indicator> readSli(const YAML::Node &node, const QString &what, Dialect dialect, Yaml::Context &ctx,
                                     QString *pluginId);
    void readAlerting(Yaml::MapReader &slo, const QString &sloName, Dialect dialect, Yaml::Context &ctx, Sla &sla);
    void warnPlugins(Yaml::MapReader &parent, const QString &key, Yaml::Context &ctx);

    /// Every SLO read (also the skipped plugin ones), for the set-wide duplicate check.
    struct SloId
    {
        QString service;
        QString name;
        SourceLocation location;
        qsizetype spec = 0; ///< index into m_slas
    };

    QList<Sla> m_slas; ///< one per spec, in reading order
    QList<SloId> m_sloIds;
};

const QString kSlothApiVersion = QStringLiteral("sloth.slok.dev/v1");
const QString kSpecVersion = QStringLiteral("prometheus/v1");

// Sloth's name rule for services and SLOs (pkg/common/conventions).
const QRegularExpression &nameRegex()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][-A-Za-z0-9_.]*[A-Za-z0-9]$"));
    return re;
}

// Sloth accepts `{{.window}}` with optional spaces inside the braces.
const QRegularExpression &windowRegex()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{ *\\.window *\\}\\}"));
    return re;
}

/// The field names that differ between the two dialects.
struct Spelling
{
    QString dialectName;
    QString sloPlugins;
    QString errorQuery;
    QString totalQuery;
    QString errorRatioQuery;
    QString pageAlert;
    QString ticketAlert;
};

const Spelling &spelling(bool kubernetes)
{
    static const Spelling prom{QStringLiteral("prometheus/v1"),     QStringLiteral("slo_plugins"),
                               QStringLiteral("error_query"),       QStringLiteral("total_query"),
                               QStringLiteral("error_ratio_query"), QStringLiteral("page_alert"),
                               QStringLiteral("ticket_alert")};
    static const Spelling k8s{QStringLiteral("PrometheusServiceLevel"),
                              QStringLiteral("sloPlugins"),
                              QStringLiteral("errorQuery"),
                              QStringLiteral("totalQuery"),
                              QStringLiteral("errorRatioQuery"),
                              QStringLiteral("pageAlert"),
                              QStringLiteral("ticketAlert")};
    return kubernetes ? k8s : prom;
}

/// Reads `key` as a mapping of Prometheus labels (or annotations when `annotations`),
/// reporting invalid names and empty values at their position.
QMap<QString, QString> readLabels(MapReader &m, const QString &key, Yaml::Context &ctx, bool annotations = false)
{
    QMap<QString, QString> out;
    if (!present(m, key))
        return out;
    const YAML::Node v = m.get(key);
    if (!v.IsMap()) {
        ctx.error(m.locationOf(key), Tr::tr("field '%1' of %2 must be a mapping of names to values, got %3")
                                         .arg(key, m.what(), Yaml::describeNode(v)));
        return out;
    }
    for (auto it = v.begin(); it != v.end(); ++it) {
        const QString name = Yaml::scalarText(it->first);
        if (!ImportSupport::isPromLabelName(name)) {
            ctx.error(it->first, Tr::tr("'%1' in '%2' of %3 is not a valid Prometheus %4 name (letters, digits and "
                                        "'_', not starting with a digit)")
                                     .arg(name, key, m.what(), annotations ? Tr::tr("annotation") : Tr::tr("label")));
            continue;
        }
        if (!it->second.IsScalar()) {
            ctx.error(it->second.IsNull() ? it->first : it->second,
                      Tr::tr("the value of '%1' in '%2' of %3 must be text, got %4")
                          .arg(name, key, m.what(), Yaml::describeNode(it->second)));
            continue;
        }
        const QString value = Yaml::scalarText(it->second);
        if (value.isEmpty()) {
            ctx.error(it->second, Tr::tr("the value of '%1' in '%2' of %3 must not be empty").arg(name, key, m.what()));
            continue;
        }
        out.insert(name, value);
    }
    return out;
}

/// A required, non-empty text field holding a Sloth query with the `{{.window}}` placeholder;
/// returned with the placeholder in SLA Desk's spelling `{{window}}`.
std::optional<QString> readQuery(MapReader &m, const QString &key, Yaml::Context &ctx)
{
    const auto q = m.string(key, Need::Required);
    if (!q)
        return std::nullopt;
    if (q->trimmed().isEmpty()) {
        ctx.error(m.locationOf(key),
                  Tr::tr("field '%1' of %2 must not be empty: give a PromQL query").arg(key, m.what()));
        return std::nullopt;
    }
    if (!windowRegex().match(*q).hasMatch()) {
        ctx.error(m.locationOf(key), Tr::tr("field '%1' of %2 must use the {{.window}} placeholder as its range "
                                            "(Sloth evaluates the query over each alert window), e.g. "
                                            "sum(rate(http_requests_total[{{.window}}]))")
                                         .arg(key, m.what()));
        return std::nullopt;
    }
    QString converted = *q;
    converted.replace(windowRegex(), QStringLiteral("{{window}}"));
    converted = converted.trimmed();
    qsizetype column = 0;
    if (const QString problem = ImportSupport::checkPromQlShape(converted, &column); !problem.isEmpty()) {
        ctx.error(m.locationOf(key), Tr::tr("field '%1' of %2 is not a valid PromQL query: %3 (character %4 of '%5')")
                                         .arg(key, m.what(), problem)
                                         .arg(column + 1)
                                         .arg(converted));
        return std::nullopt;
    }
    return converted;
}

/// Sloth's name check; reports at `where` and returns false when `name` is not valid.
bool checkName(const QString &name, const QString &field, const QString &what, const SourceLocation &where,
               Yaml::Context &ctx)
{
    if (name.isEmpty()) {
        ctx.error(where, Tr::tr("field '%1' of %2 must not be empty").arg(field, what));
        return false;
    }
    if (!nameRegex().match(name).hasMatch()) {
        ctx.error(where, Tr::tr("field '%1' of %2 is '%3': a Sloth name must start and end with a letter or digit and "
                                "contain only letters, digits, '.', '_' and '-'")
                             .arg(field, what, name));
        return false;
    }
    return true;
}

QString joinLabels(const QMap<QString, QString> &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QLatin1Char(','));
}

/// `objective` (a percentage) as the objective's target; false when missing or out of range.
bool readTarget(MapReader &m, const QString &what, Yaml::Context &ctx, Objective &obj)
{
    const auto objective = m.number(QStringLiteral("objective"), Need::Required);
    if (!objective)
        return false;
    if (*objective <= 0 || *objective >= 100) {
        ctx.error(m.locationOf(QStringLiteral("objective")),
                  Tr::tr("field 'objective' of %1 must be a percentage above 0 and below 100 (e.g. 99.9), got %2")
                      .arg(what, Yaml::formatNumber(*objective)));
        return false;
    }
    obj.target = ImportSupport::percentToFraction(*objective);
    return true;
}

/// `infoLabels` and `interval` of prometheus/v1 SLOs: checked, then ignored (rule-group
/// intervals and info-metric labels have no equivalent).
void readIgnored(MapReader &m, const QString &what, Yaml::Context &ctx)
{
    readLabels(m, QStringLiteral("infoLabels"), ctx);
    if (!present(m, QStringLiteral("interval")))
        return;
    MapReader interval(
        ctx, m.get(QStringLiteral("interval")), Tr::tr("interval of %1").arg(what),
        {QStringLiteral("all"), QStringLiteral("slierror"), QStringLiteral("metadata"), QStringLiteral("alert")});
    for (const QString &key : interval.keys())
        interval.duration(key);
}

/// Keeps Sloth's alert labels or annotations (Prometheus routing) as the SLA annotation
/// `sloth.slok.dev/<what>.<slo>` (`k=v` pairs joined by commas, sorted by key).
void keepLabels(QMap<QString, QString> &into, const QString &what, const QString &slo,
                const QMap<QString, QString> &labels)
{
    if (!labels.isEmpty())
        into.insert(QStringLiteral("sloth.slok.dev/") + what + QLatin1Char('.') + slo, joinLabels(labels));
}
} // namespace

QString SlothImporter::formatName() const
{
    return QStringLiteral("Sloth");
}

bool SlothImporter::accepts(const ParsedDocument &doc) const
{
    if (doc.apiVersion.isEmpty()) {
        // Sloth's plain spec has `version: prometheus/v1` and no apiVersion. Other files with a
        // `version` key (docker-compose, ...) are left to the loader's "unrecognised" message
        // unless they look like a Sloth spec.
        const YAML::Node version = doc.node["version"];
        if (!version || !doc.kind.isEmpty())
            return false;
        return Yaml::scalarText(version).startsWith(QLatin1String("prometheus/")) || doc.node["slos"];
    }
    return doc.apiVersion.startsWith(QLatin1String("sloth.slok.dev/"));
}

void SlothImporter::read(const ParsedDocument &doc, Yaml::Context &ctx)
{
    const SourceLocation docLocation = ctx.location(doc.node);
    if (doc.apiVersion.isEmpty()) {
        MapReader top(ctx, doc.node, Tr::tr("Sloth spec"),
                      {QStringLiteral("version"), QStringLiteral("service"), QStringLiteral("labels"),
                       QStringLiteral("slos"), QStringLiteral("slo_plugins")});
        const auto version = top.string(QStringLiteral("version"), Need::Required);
        if (!version)
            return;
        if (*version != kSpecVersion) {
            ctx.error(top.locationOf(QStringLiteral("version")),
                      Tr::tr("unsupported Sloth spec version '%1' (supported: %2)").arg(*version, kSpecVersion));
            return;
        }
        readSpec(top, Dialect::Prometheus, ctx, docLocation);
        return;
    }

    const YAML::Node kindNode = doc.node["kind"] ? doc.node["kind"] : doc.node;
    if (doc.apiVersion != kSlothApiVersion) {
        ctx.error(doc.node["apiVersion"],
                  Tr::tr("unsupported Sloth apiVersion '%1' (supported: %2)").arg(doc.apiVersion, kSlothApiVersion));
        return;
    }
    if (doc.kind == QLatin1String("AlertWindows")) {
        ctx.warning(kindNode, Tr::tr("Sloth AlertWindows are not imported: SLA Desk alerts with its own burn-rate "
                                     "windows (the SRE workbook set, or a burnRate list in the SLA)"));
        return;
    }
    if (doc.kind != QLatin1String("PrometheusServiceLevel")) {
        ctx.error(
            kindNode,
            Tr::tr("unsupported Sloth kind '%1' (supported: PrometheusServiceLevel, AlertWindows)").arg(doc.kind));
        return;
    }
    MapReader top(ctx, doc.node, Tr::tr("Sloth PrometheusServiceLevel"),
                  {QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("metadata"),
                   QStringLiteral("spec"), QStringLiteral("status")});
    if (!top.isMap())
        return;
    if (present(top, QStringLiteral("metadata"))) {
        // The Kubernetes object's own name and labels; the SLA is named after the service.
        Origin unused;
        Yaml::readMetadata(ctx, top.get(QStringLiteral("metadata")), doc.kind, unused);
    }
    if (!present(top, QStringLiteral("spec"))) {
        top.reportMissing(QStringLiteral("spec"));
        return;
    }
    MapReader spec(
        ctx, top.get(QStringLiteral("spec")), Tr::tr("spec of PrometheusServiceLevel"),
        {QStringLiteral("service"), QStringLiteral("labels"), QStringLiteral("slos"), QStringLiteral("sloPlugins")});
    if (!spec.isMap())
        return;
    readSpec(spec, Dialect::Kubernetes, ctx, docLocation);
}

void SlothImporter::readSpec(MapReader &spec, Dialect dialect, Yaml::Context &ctx, const SourceLocation &docLocation)
{
    const Spelling &names = spelling(dialect == Dialect::Kubernetes);
    Sla sla;
    sla.origin.self = docLocation;
    const auto service = spec.string(QStringLiteral("service"), Need::Required);
    if (service)
        checkName(*service, QStringLiteral("service"), spec.what(), spec.locationOf(QStringLiteral("service")), ctx);
    sla.metadata.name = service.value_or(QString());
    sla.service = sla.metadata.name;
    spec.recordLocation(sla.origin, QStringLiteral("service"));
    spec.recordLocation(sla.origin, QStringLiteral("service"), QStringLiteral("name"));
    sla.dataSource = ImportSupport::prometheusDataSourceName();
    sla.window = Window::rollingWindow(Duration::days(30));
    const QMap<QString, QString> labels = readLabels(spec, QStringLiteral("labels"), ctx);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        sla.metadata.labels.insert(it.key(), {it.value()});
    warnPlugins(spec, names.sloPlugins, ctx);

    if (!present(spec, QStringLiteral("slos"))) {
        spec.reportMissing(QStringLiteral("slos"));
    } else if (const YAML::Node slos = spec.get(QStringLiteral("slos")); !slos.IsSequence() || slos.size() == 0) {
        ctx.error(spec.locationOf(QStringLiteral("slos")),
                  Tr::tr("field 'slos' of %1 must be a list of at least one SLO, got %2")
                      .arg(spec.what(), Yaml::describeNode(slos)));
    } else {
        QHash<QString, SourceLocation> seen;
        for (const YAML::Node &item : slos)
            readSlo(item, dialect, ctx, sla, seen);
    }
    m_slas << sla;
}

bool SlothImporter::readSlo(const YAML::Node &node, Dialect dialect, Yaml::Context &ctx, Sla &sla,
                            QHash<QString, SourceLocation> &seen)
{
    const bool k8s = dialect == Dialect::Kubernetes;
    QStringList allowed{QStringLiteral("name"),   QStringLiteral("description"), QStringLiteral("objective"),
                        QStringLiteral("labels"), QStringLiteral("sli"),         QStringLiteral("alerting"),
                        QStringLiteral("plugins")};
    if (!k8s)
        allowed << QStringLiteral("infoLabels") << QStringLiteral("interval");
    MapReader m(ctx, node, Tr::tr("SLO"), allowed);
    if (!m.isMap())
        return false;
    Objective obj;
    obj.origin.self = m.location();
    const auto name = m.string(QStringLiteral("name"), Need::Required);
    bool ok =
        name && checkName(*name, QStringLiteral("name"), Tr::tr("SLO"), m.locationOf(QStringLiteral("name")), ctx);
    if (ok && k8s && name->size() > 128) {
        ctx.error(m.locationOf(QStringLiteral("name")),
                  Tr::tr("SLO name '%1' is longer than 128 characters (the PrometheusServiceLevel limit)").arg(*name));
        ok = false;
    }
    obj.name = name.value_or(QString());
    const QString what = obj.name.isEmpty() ? Tr::tr("SLO") : Tr::tr("SLO '%1'").arg(obj.name);
    m.recordLocation(obj.origin, QStringLiteral("name"));

    if (ok) {
        if (const auto first = seen.constFind(obj.name); first != seen.cend()) {
            ctx.error(m.locationOf(QStringLiteral("name")),
                      Tr::tr("SLO '%1' is defined twice in service '%2' (first at line %3); SLO names must be unique "
                             "per service")
                          .arg(obj.name, sla.service)
                          .arg(first->line));
            return false;
        }
        seen.insert(obj.name, m.locationOf(QStringLiteral("name")));
        m_sloIds << SloId{sla.service, obj.name, m.locationOf(QStringLiteral("name")), m_slas.size()};
    }

    obj.description = m.string(QStringLiteral("description")).value_or(QString());
    ok = readTarget(m, what, ctx, obj) && ok;
    m.recordLocation(obj.origin, QStringLiteral("objective"), QStringLiteral("target"));

    // Labels of the SLO's rules: kept as an annotation, since objectives carry no labels.
    const QMap<QString, QString> sloLabels = readLabels(m, QStringLiteral("labels"), ctx);
    if (!k8s)
        readIgnored(m, what, ctx);
    warnPlugins(m, QStringLiteral("plugins"), ctx);

    QString pluginId;
    std::optional<Indicator> indicator;
    if (!present(m, QStringLiteral("sli"))) {
        m.reportMissing(QStringLiteral("sli"));
        ok = false;
    } else {
        indicator = readSli(m.get(QStringLiteral("sli")), what, dialect, ctx, &pluginId);
        if (!indicator)
            ok = false;
    }
    const qsizetype alertsBefore = sla.alerts.size();
    readAlerting(m, obj.name, dialect, ctx, sla);
    if (!pluginId.isEmpty()) {
        ctx.warning(m.locationOf(QStringLiteral("sli")),
                    Tr::tr("%1 is skipped: its SLI comes from the Sloth SLI plugin '%2', whose query is built by "
                           "plugin code SLA Desk cannot run; write the plugin's queries as sli.events instead")
                        .arg(what, pluginId));
    }
    if (!ok) {
        sla.alerts.resize(alertsBefore);
        return false;
    }
    obj.indicator = *indicator;
    if (!sloLabels.isEmpty())
        sla.metadata.annotations.insert(QStringLiteral("sloth.slok.dev/labels.") + obj.name, joinLabels(sloLabels));
    sla.objectives << obj;
    return true;
}

std::optional<Indicator> SlothImporter::readSli(const YAML::Node &node, const QString &what, Dialect dialect,
                                                Yaml::Context &ctx, QString *pluginId)
{
    const Spelling &names = spelling(dialect == Dialect::Kubernetes);
    MapReader s(ctx, node, Tr::tr("sli of %1").arg(what),
                {QStringLiteral("events"), QStringLiteral("raw"), QStringLiteral("plugin")});
    if (!s.isMap())
        return std::nullopt;
    const int types = int(present(s, QStringLiteral("events"))) + int(present(s, QStringLiteral("raw"))) +
                      int(present(s, QStringLiteral("plugin")));
    if (types == 0) {
        ctx.error(s.location(), Tr::tr("%1 needs an SLI type: events (error_query and total_query), raw "
                                       "(error_ratio_query) or plugin")
                                    .arg(s.what()));
        return std::nullopt;
    }
    if (types > 1) {
        ctx.error(s.location(),
                  Tr::tr("%1 has more than one SLI type; keep one of events, raw and plugin").arg(s.what()));
        return std::nullopt;
    }

    Indicator ind;
    ind.kind = IndicatorKind::Query;
    ind.origin.self = s.location();
    if (present(s, QStringLiteral("plugin"))) {
        MapReader p(ctx, s.get(QStringLiteral("plugin")), Tr::tr("SLI plugin of %1").arg(what),
                    {QStringLiteral("id"), QStringLiteral("options")});
        const auto id = p.string(QStringLiteral("id"), Need::Required);
        if (id && id->isEmpty())
            ctx.error(p.locationOf(QStringLiteral("id")), Tr::tr("field 'id' of %1 must not be empty").arg(p.what()));
        p.stringMap(QStringLiteral("options"));
        if (id && !id->isEmpty())
            *pluginId = *id;
        return std::nullopt;
    }
    if (present(s, QStringLiteral("events"))) {
        MapReader e(ctx, s.get(QStringLiteral("events")), Tr::tr("events SLI of %1").arg(what),
                    {names.errorQuery, names.totalQuery});
        if (!e.isMap())
            return std::nullopt;
        const auto bad = readQuery(e, names.errorQuery, ctx);
        const auto total = readQuery(e, names.totalQuery, ctx);
        if (!bad || !total)
            return std::nullopt;
        if (*bad == *total) {
            ctx.error(e.locationOf(names.totalQuery),
                      Tr::tr("%1: the error and total queries are the same; the error query must count only the "
                             "bad events")
                          .arg(e.what()));
            return std::nullopt;
        }
        ind.query.bad = *bad;
        ind.query.total = *total;
        ind.origin.fields.insert(QStringLiteral("query.bad"), e.locationOf(names.errorQuery));
        ind.origin.fields.insert(QStringLiteral("query.total"), e.locationOf(names.totalQuery));
        return ind;
    }
    MapReader r(ctx, s.get(QStringLiteral("raw")), Tr::tr("raw SLI of %1").arg(what), {names.errorRatioQuery});
    if (!r.isMap())
        return std::nullopt;
    const auto ratio = readQuery(r, names.errorRatioQuery, ctx);
    if (!ratio)
        return std::nullopt;
    ind.query.errorRatio = *ratio;
    ind.origin.fields.insert(QStringLiteral("query.errorRatio"), r.locationOf(names.errorRatioQuery));
    return ind;
}

void SlothImporter::readAlerting(MapReader &slo, const QString &sloName, Dialect dialect, Yaml::Context &ctx, Sla &sla)
{
    const Spelling &names = spelling(dialect == Dialect::Kubernetes);
    const Spelling &other = spelling(dialect != Dialect::Kubernetes);
    bool pageOn = true;
    bool ticketOn = true;
    QString alertName;
    QMap<QString, QString> kept; ///< alert labels and annotations, as SLA annotations
    SourceLocation where = slo.location();
    SourceLocation nameWhere = where;
    if (present(slo, QStringLiteral("alerting"))) {
        MapReader a(ctx, slo.get(QStringLiteral("alerting")), Tr::tr("alerting of SLO '%1'").arg(sloName),
                    {QStringLiteral("name"), QStringLiteral("labels"), QStringLiteral("annotations"), names.pageAlert,
                     names.ticketAlert, other.pageAlert, other.ticketAlert});
        if (!a.isMap())
            return;
        where = a.location();
        nameWhere = a.locationOf(QStringLiteral("name"));
        alertName = a.string(QStringLiteral("name")).value_or(QString());
        keepLabels(kept, QStringLiteral("alerting.labels"), sloName, readLabels(a, QStringLiteral("labels"), ctx));
        keepLabels(kept, QStringLiteral("alerting.annotations"), sloName,
                   readLabels(a, QStringLiteral("annotations"), ctx, true));
        // Sloth decodes each dialect leniently, so the other dialect's spelling is silently
        // ignored by Sloth itself (several of its own examples do this). Say so, and do the same.
        for (const auto &[wrong, right] :
             {std::pair{other.pageAlert, names.pageAlert}, std::pair{other.ticketAlert, names.ticketAlert}}) {
            if (a.has(wrong)) {
                ctx.warning(a.keyLocationOf(wrong),
                            Tr::tr("'%1' is not a field of Sloth %2 documents; Sloth ignores it "
                                   "and so does the import (did you mean '%3'?)")
                                .arg(wrong, names.dialectName, right));
            }
        }
        auto enabled = [&](const QString &key) {
            if (!present(a, key))
                return true;
            MapReader alert(ctx, a.get(key), Tr::tr("%1 of SLO '%2'").arg(key, sloName),
                            {QStringLiteral("disable"), QStringLiteral("labels"), QStringLiteral("annotations")});
            const bool disabled = alert.boolean(QStringLiteral("disable")).value_or(false);
            const QString prefix =
                key == names.pageAlert ? QStringLiteral("page-alert.") : QStringLiteral("ticket-alert.");
            keepLabels(kept, prefix + QStringLiteral("labels"), sloName,
                       readLabels(alert, QStringLiteral("labels"), ctx));
            keepLabels(kept, prefix + QStringLiteral("annotations"), sloName,
                       readLabels(alert, QStringLiteral("annotations"), ctx, true));
            return !disabled;
        };
        pageOn = enabled(names.pageAlert);
        ticketOn = enabled(names.ticketAlert);
    }
    if (!pageOn && !ticketOn)
        return;
    if (alertName.trimmed().isEmpty()) {
        ctx.error(nameWhere, Tr::tr("SLO '%1' has page or ticket alerts enabled but no alerting.name: name the alerts, "
                                    "or disable both with 'disable: true'")
                                 .arg(sloName));
        return;
    }
    AlertRule rule;
    rule.kind = AlertRule::Kind::BurnRate;
    // Sloth's alerting.name is the Prometheus alertname that several SLOs may share; finish()
    // makes it a unique SLA Desk name and keeps the original (ImportSupport::nameAlerts).
    rule.name = alertName;
    rule.objective = sloName;
    rule.origin.self = where;
    if (pageOn && ticketOn) {
        rule.burnRateDefault = true;
        rule.severity = AlertSeverity::Page;
    } else {
        rule.severity = pageOn ? AlertSeverity::Page : AlertSeverity::Ticket;
        const QList<BurnRateWindow> defaults = BurnRateWindow::defaults();
        for (const BurnRateWindow &w : defaults) {
            if (w.severity == rule.severity)
                rule.burnRates << w;
        }
    }
    sla.alerts << rule;
    sla.metadata.annotations.insert(kept);
}

void SlothImporter::warnPlugins(MapReader &parent, const QString &key, Yaml::Context &ctx)
{
    if (!present(parent, key))
        return;
    MapReader p(ctx, parent.get(key), Tr::tr("'%1' of %2").arg(key, parent.what()),
                {QStringLiteral("chain"), QStringLiteral("overridePrevious")});
    if (!p.isMap())
        return;
    p.boolean(QStringLiteral("overridePrevious"));
    QStringList ids;
    if (present(p, QStringLiteral("chain"))) {
        const YAML::Node chain = p.get(QStringLiteral("chain"));
        if (!chain.IsSequence()) {
            ctx.error(p.locationOf(QStringLiteral("chain")),
                      Tr::tr("field 'chain' of %1 must be a list of plugins, got %2")
                          .arg(p.what(), Yaml::describeNode(chain)));
            return;
        }
        for (const YAML::Node &item : chain) {
            MapReader plugin(ctx, item, Tr::tr("plugin in %1").arg(p.what()),
                             {QStringLiteral("id"), QStringLiteral("config"), QStringLiteral("priority")});
            const auto id = plugin.string(QStringLiteral("id"), Need::Required);
            plugin.integer(QStringLiteral("priority"));
            if (id && id->isEmpty())
                ctx.error(plugin.locationOf(QStringLiteral("id")),
                          Tr::tr("field 'id' of %1 must not be empty").arg(plugin.what()));
            else if (id)
                ids << *id;
        }
    }
    ids.removeDuplicates();
    if (!ids.isEmpty()) {
        ctx.warning(parent.keyLocationOf(key), Tr::tr("Sloth SLO plugins are not imported (they only change the "
                                                      "Prometheus rules Sloth generates): %1")
                                                   .arg(ids.join(QStringLiteral(", "))));
    }
}

void SlothImporter::finish(Workspace &out, Diagnostics &diagnostics)
{
    // Sloth identifies an SLO by service and name across everything it is given: a second
    // definition is an error at that definition, and is dropped.
    QHash<QString, SloId> first;
    for (const SloId &id : std::as_const(m_sloIds)) {
        const QString key = id.service + QLatin1Char('\n') + id.name;
        const auto it = first.constFind(key);
        if (it == first.cend()) {
            first.insert(key, id);
            continue;
        }
        diagnostics.append(
            {Diagnostic::Severity::Error, id.location,
             Tr::tr("SLO '%1' of service '%2' is already defined at %3:%4; Sloth SLO names must be unique "
                    "per service across all files")
                 .arg(id.name, id.service, it->location.file)
                 .arg(it->location.line)});
        Sla &sla = m_slas[id.spec];
        sla.objectives.removeIf([&](const Objective &o) { return o.name == id.name; });
        sla.alerts.removeIf([&](const AlertRule &r) { return r.objective == id.name; });
    }

    // Specs of the same service become one SLA.
    QList<Sla> merged;
    for (const Sla &sla : std::as_const(m_slas)) {
        if (sla.service.isEmpty() || sla.objectives.isEmpty())
            continue;
        auto target =
            std::find_if(merged.begin(), merged.end(), [&](const Sla &s) { return s.service == sla.service; });
        if (target == merged.end()) {
            merged << sla;
            continue;
        }
        target->objectives += sla.objectives;
        target->alerts += sla.alerts;
        for (auto it = sla.metadata.labels.cbegin(); it != sla.metadata.labels.cend(); ++it) {
            if (!target->metadata.labels.contains(it.key()))
                target->metadata.labels.insert(it.key(), it.value());
        }
        for (auto it = sla.metadata.annotations.cbegin(); it != sla.metadata.annotations.cend(); ++it)
            target->metadata.annotations.insert(it.key(), it.value());
    }
    ImportSupport::addPrometheusSlas(out, diagnostics, merged);
}

std::unique_ptr<Importer> createSlothImporter()
{
    return std::make_unique<SlothImporter>();
}

} // namespace Sla::Core
