// SPDX-License-Identifier: Apache-2.0
#include "pyrraimporter.h"

#include "core/document/tr.h"
#include "core/exchange/importsupport.h"

#include <QHash>
#include <QList>

namespace Tr = Sla::Core::TrContext::PyrraImporter;

namespace Sla::Core {

using ImportSupport::present;
using Yaml::MapReader;
using Yaml::Need;

namespace {
class PyrraImporter final : public Importer
{
public:
    QString formatName() const override;
    bool accepts(const ParsedDocument &doc) const override;
    void read(const ParsedDocument &doc, Yaml::Context &ctx) override;
    void finish(Workspace &out, Diagnostics &diagnostics) override;

private:
    std::optional<Indicator> readIndicator(const YAML::Node &node, const QString &what, Yaml::Context &ctx,
                                           Objective &objective, QStringList *grouping);

    QList<Sla> m_slas;
};

const QString kApiVersion = QStringLiteral("pyrra.dev/v1alpha1");
const QString kKind = QStringLiteral("ServiceLevelObjective");

/// `{metric: PROMQL}` under `key`: required and non-empty.
std::optional<QString> readMetric(MapReader &parent, const QString &key, Yaml::Context &ctx, Origin &origin,
                                  const QString &as)
{
    if (!present(parent, key)) {
        parent.reportMissing(key);
        return std::nullopt;
    }
    MapReader q(ctx, parent.get(key), Tr::tr("'%1' of %2").arg(key, parent.what()), {QStringLiteral("metric")});
    const auto metric = q.string(QStringLiteral("metric"), Need::Required);
    if (!metric)
        return std::nullopt;
    if (metric->trimmed().isEmpty()) {
        ctx.error(q.locationOf(QStringLiteral("metric")),
                  Tr::tr("field 'metric' of %1 must not be empty: give a PromQL selector").arg(q.what()));
        return std::nullopt;
    }
    origin.fields.insert(as, q.locationOf(QStringLiteral("metric")));
    return metric->trimmed();
}

/// Pyrra's target is a string holding a percentage ("99.9"): the CRD cannot hold floats.
bool readTarget(MapReader &spec, Yaml::Context &ctx, Objective &obj)
{
    const auto target = spec.string(QStringLiteral("target"), Need::Required);
    if (!target)
        return false;
    bool isNumber = false;
    const double percent = target->trimmed().toDouble(&isNumber);
    const SourceLocation at = spec.locationOf(QStringLiteral("target"));
    if (!isNumber) {
        ctx.error(
            at, Tr::tr("field 'target' of %1 must be a percentage such as '99.9', got '%2'").arg(spec.what(), *target));
        return false;
    }
    if (percent <= 0 || percent >= 100) {
        ctx.error(at, Tr::tr("field 'target' of %1 must be a percentage above 0 and below 100 (e.g. '99.9'), got '%2'")
                          .arg(spec.what(), *target));
        return false;
    }
    if (percent < 1)
        ctx.warning(at, Tr::tr("field 'target' of %1 is a percentage from 0 to 100: '%2' means %3%, not %4%")
                            .arg(spec.what(), *target, *target, Yaml::formatNumber(percent * 100)));
    if (spec.get(QStringLiteral("target")).Tag() == "?")
        ctx.warning(at, Tr::tr("field 'target' of %1 should be quoted ('%2'): Pyrra's CRD holds it as text and "
                               "rejects a number")
                            .arg(spec.what(), *target));
    obj.target = ImportSupport::percentToFraction(percent);
    return true;
}

/// `window`: a rolling window.
bool readWindow(MapReader &spec, Sla &sla)
{
    const auto window = spec.duration(QStringLiteral("window"), Need::Required);
    if (!window)
        return false;
    Window w = Window::rollingWindow(*window);
    w.origin.self = spec.locationOf(QStringLiteral("window"));
    sla.window = w;
    spec.recordLocation(sla.origin, QStringLiteral("window"));
    return true;
}

/// `alerting`: one `burnRate: default` rule unless disabled, named after `alerting.name`.
std::optional<AlertRule> readAlerting(MapReader &spec, const QString &what, Yaml::Context &ctx)
{
    AlertRule rule;
    rule.kind = AlertRule::Kind::BurnRate;
    rule.burnRateDefault = true;
    rule.severity = AlertSeverity::Page;
    rule.name = QStringLiteral("ErrorBudgetBurn");
    rule.origin.self = spec.location();
    if (!present(spec, QStringLiteral("alerting")))
        return rule;
    MapReader a(ctx, spec.get(QStringLiteral("alerting")), Tr::tr("alerting of %1").arg(what),
                {QStringLiteral("disabled"), QStringLiteral("burnrates"), QStringLiteral("absent"),
                 QStringLiteral("name"), QStringLiteral("absentName")});
    rule.origin.self = a.location();
    const bool disabled = a.boolean(QStringLiteral("disabled")).value_or(false);
    const bool burnRates = a.boolean(QStringLiteral("burnrates")).value_or(true);
    a.boolean(QStringLiteral("absent"));
    a.string(QStringLiteral("absentName"));
    if (const auto name = a.string(QStringLiteral("name")); name && !name->isEmpty())
        rule.name = *name;
    if (disabled || !burnRates)
        return std::nullopt;
    return rule;
}

QString increaseOverWindow(const QString &expr)
{
    return QStringLiteral("sum(increase(") + ImportSupport::rangeOverWindow(expr) + QStringLiteral("))");
}
} // namespace

QString PyrraImporter::formatName() const
{
    return QStringLiteral("Pyrra");
}

bool PyrraImporter::accepts(const ParsedDocument &doc) const
{
    return doc.apiVersion.startsWith(QLatin1String("pyrra.dev/"));
}

void PyrraImporter::read(const ParsedDocument &doc, Yaml::Context &ctx)
{
    if (doc.apiVersion != kApiVersion) {
        ctx.error(doc.node["apiVersion"],
                  Tr::tr("unsupported Pyrra apiVersion '%1' (supported: %2)").arg(doc.apiVersion, kApiVersion));
        return;
    }
    if (doc.kind != kKind) {
        ctx.error(doc.node["kind"] ? doc.node["kind"] : doc.node,
                  Tr::tr("unsupported Pyrra kind '%1' (supported: %2)").arg(doc.kind, kKind));
        return;
    }
    MapReader top(ctx, doc.node, Tr::tr("Pyrra ServiceLevelObjective"),
                  {QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("metadata"),
                   QStringLiteral("spec"), QStringLiteral("status")});
    if (!top.isMap())
        return;
    Sla sla;
    sla.origin.self = top.location();
    if (!present(top, QStringLiteral("metadata"))) {
        top.reportMissing(QStringLiteral("metadata"));
        return;
    }
    sla.metadata = Yaml::readMetadata(ctx, top.get(QStringLiteral("metadata")), kKind, sla.origin);
    if (sla.metadata.name.isEmpty())
        return;
    const QString what = Tr::tr("ServiceLevelObjective '%1'").arg(sla.metadata.name);
    sla.service = sla.metadata.name;
    sla.dataSource = ImportSupport::prometheusDataSourceName();
    if (!present(top, QStringLiteral("spec"))) {
        top.reportMissing(QStringLiteral("spec"));
        return;
    }
    MapReader spec(ctx, top.get(QStringLiteral("spec")), Tr::tr("spec of %1").arg(what),
                   {QStringLiteral("description"), QStringLiteral("target"), QStringLiteral("window"),
                    QStringLiteral("indicator"), QStringLiteral("alerting"),
                    QStringLiteral("partial_response_strategy")});
    if (!spec.isMap())
        return;

    Objective obj;
    obj.name = sla.metadata.name;
    obj.origin.self = spec.location();
    obj.origin.fields.insert(QStringLiteral("name"), sla.origin.at(QStringLiteral("name")));
    sla.description = spec.string(QStringLiteral("description")).value_or(QString());
    obj.description = sla.description;
    bool ok = readTarget(spec, ctx, obj);
    spec.recordLocation(obj.origin, QStringLiteral("target"));

    ok = readWindow(spec, sla) && ok;

    QStringList grouping;
    if (!present(spec, QStringLiteral("indicator"))) {
        spec.reportMissing(QStringLiteral("indicator"));
        ok = false;
    } else if (const auto indicator = readIndicator(spec.get(QStringLiteral("indicator")), what, ctx, obj, &grouping)) {
        obj.indicator = *indicator;
    } else {
        ok = false;
    }
    if (!grouping.isEmpty())
        sla.metadata.labels.insert(QStringLiteral("pyrra.dev/grouping"), grouping);

    const std::optional<AlertRule> alert = readAlerting(spec, what, ctx);
    if (present(spec, QStringLiteral("partial_response_strategy")))
        spec.oneOf(QStringLiteral("partial_response_strategy"),
                   {QStringLiteral("abort"), QStringLiteral("warn"), QString()});

    if (!ok)
        return;
    sla.objectives << obj;
    if (alert) {
        AlertRule rule = *alert;
        rule.objective = obj.name;
        sla.alerts << rule;
    }
    m_slas << sla;
}

namespace {

/// `ratio {errors, total}` or `latency {success, total}`.
std::optional<Indicator> readEventsIndicator(MapReader &m, Yaml::Context &ctx, bool ratio, const QString &where,
                                             Indicator out)
{
    const QString partKey = ratio ? QStringLiteral("errors") : QStringLiteral("success");
    const QString partAs = ratio ? QStringLiteral("ratio.bad") : QStringLiteral("ratio.good");
    const auto part = readMetric(m, partKey, ctx, out.origin, partAs);
    const auto total = readMetric(m, QStringLiteral("total"), ctx, out.origin, QStringLiteral("ratio.total"));
    if (!part || !total)
        return std::nullopt;
    const auto partSelector = ImportSupport::parsePlainSelector(*part);
    if (!ratio && partSelector) {
        // Pyrra reads the threshold from the bucket's `le` matcher and requires it.
        const auto le = std::find_if(partSelector->cbegin(), partSelector->cend(),
                                     [](const ImportSupport::PlainMatcher &mm) { return mm.name == u"le"; });
        bool isNumber = false;
        if (le != partSelector->cend())
            le->value.toDouble(&isNumber);
        if (!isNumber) {
            ctx.error(out.origin.at(partAs),
                      Tr::tr("the success metric of %1 must select one histogram bucket with an le matcher holding "
                             "a number, e.g. http_request_duration_seconds_bucket{le=\"0.5\"}")
                          .arg(where));
            return std::nullopt;
        }
    }
    if (*part == *total)
        ctx.warning(out.origin.at(partAs), Tr::tr("the %1 and total metrics of %2 are the same").arg(partKey, where));
    if (partSelector && ImportSupport::parsePlainSelector(*total)) {
        out.kind = IndicatorKind::Ratio;
        (ratio ? out.ratio.bad : out.ratio.good) = *part;
        out.ratio.total = *total;
        return out;
    }
    ctx.warning(out.origin.self, Tr::tr("the metrics of %1 are not plain PromQL selectors (Pyrra itself accepts only "
                                        "selectors there): imported as queries over the window")
                                     .arg(where));
    out.kind = IndicatorKind::Query;
    (ratio ? out.query.bad : out.query.good) = increaseOverWindow(*part);
    out.query.total = increaseOverWindow(*total);
    for (const QString &f : {QStringLiteral("bad"), QStringLiteral("good"), QStringLiteral("total")}) {
        if (out.origin.fields.contains(QStringLiteral("ratio.") + f))
            out.origin.fields.insert(QStringLiteral("query.") + f,
                                     out.origin.fields.value(QStringLiteral("ratio.") + f));
    }
    return out;
}

/// `latencyNative {total, latency}`.
std::optional<Indicator> readNativeIndicator(MapReader &m, Yaml::Context &ctx, const QString &where, Indicator out)
{
    const auto total = readMetric(m, QStringLiteral("total"), ctx, out.origin, QStringLiteral("latency.histogram"));
    const auto latency = m.duration(QStringLiteral("latency"), Need::Required);
    if (!total || !latency)
        return std::nullopt;
    const double seconds = double(latency->ms) / double(Duration::Second);
    out.origin.fields.insert(QStringLiteral("latency.threshold"), m.locationOf(QStringLiteral("latency")));
    if (ImportSupport::parsePlainSelector(*total)) {
        out.kind = IndicatorKind::Latency;
        out.latency.histogram = *total;
        out.latency.threshold = seconds;
        return out;
    }
    ctx.warning(out.origin.self, Tr::tr("the total metric of %1 is not a plain PromQL selector: imported as a query "
                                        "over the native histogram")
                                     .arg(where));
    const QString histogram = increaseOverWindow(*total);
    out.kind = IndicatorKind::Query;
    out.query.good = QStringLiteral("histogram_fraction(0, ") + Yaml::formatNumber(seconds) + QStringLiteral(", ") +
                     histogram + QStringLiteral(") * histogram_count(") + histogram + QLatin1Char(')');
    out.query.total = QStringLiteral("histogram_count(") + histogram + QLatin1Char(')');
    return out;
}

/// `bool_gauge {metric}`.
std::optional<Indicator> readGaugeIndicator(MapReader &m, Yaml::Context &ctx, const QString &where, Indicator out,
                                            Objective &objective)
{
    // bool_gauge: a gauge that is 1 when the service is up. A one-minute slice is good when
    // the gauge stayed 1 on every series during it.
    const auto metric = m.string(QStringLiteral("metric"), Need::Required);
    if (!metric)
        return std::nullopt;
    if (metric->trimmed().isEmpty()) {
        ctx.error(m.locationOf(QStringLiteral("metric")),
                  Tr::tr("field 'metric' of %1 must not be empty: give a PromQL selector").arg(where));
        return std::nullopt;
    }
    out.origin.fields.insert(QStringLiteral("query.value"), m.locationOf(QStringLiteral("metric")));
    out.kind = IndicatorKind::Query;
    out.query.value =
        QStringLiteral("min(min_over_time(") + ImportSupport::rangeOverWindow(*metric) + QStringLiteral("))");
    out.query.op = CompareOp::Gte;
    out.query.threshold = 1;
    objective.budgeting.method = Budgeting::Method::Timeslices;
    objective.budgeting.slice = Duration::minutes(1);
    return out;
}

} // namespace

std::optional<Indicator> PyrraImporter::readIndicator(const YAML::Node &node, const QString &what, Yaml::Context &ctx,
                                                      Objective &objective, QStringList *grouping)
{
    const QString ratioKey = QStringLiteral("ratio");
    const QString latencyKey = QStringLiteral("latency");
    const QString nativeKey = QStringLiteral("latencyNative");
    const QString gaugeKey = QStringLiteral("bool_gauge");
    MapReader ind(ctx, node, Tr::tr("indicator of %1").arg(what), {ratioKey, latencyKey, nativeKey, gaugeKey});
    if (!ind.isMap())
        return std::nullopt;
    QStringList given;
    for (const QString &key : {ratioKey, latencyKey, nativeKey, gaugeKey}) {
        if (present(ind, key))
            given << key;
    }
    if (given.isEmpty()) {
        ctx.error(ind.location(),
                  Tr::tr("%1 needs one of ratio, latency, latencyNative or bool_gauge").arg(ind.what()));
        return std::nullopt;
    }
    if (given.size() > 1) {
        ctx.error(
            ind.location(),
            Tr::tr("%1 has more than one indicator (%2); keep one").arg(ind.what(), given.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    const QString kind = given.first();
    Indicator out;
    out.origin.self = ind.locationOf(kind);
    const QString where = Tr::tr("'%1' indicator of %2").arg(kind, what);

    QStringList allowed{QStringLiteral("grouping")};
    if (kind == ratioKey)
        allowed << QStringLiteral("errors") << QStringLiteral("total");
    else if (kind == latencyKey)
        allowed << QStringLiteral("success") << QStringLiteral("total");
    else if (kind == nativeKey)
        allowed << QStringLiteral("total") << QStringLiteral("latency");
    else
        allowed << QStringLiteral("metric");
    MapReader m(ctx, ind.get(kind), where, allowed);
    if (!m.isMap())
        return std::nullopt;
    *grouping = m.stringList(QStringLiteral("grouping")).value_or(QStringList());

    if (kind == ratioKey || kind == latencyKey)
        return readEventsIndicator(m, ctx, kind == ratioKey, where, out);
    if (kind == nativeKey)
        return readNativeIndicator(m, ctx, where, out);
    return readGaugeIndicator(m, ctx, where, out, objective);
}

void PyrraImporter::finish(Workspace &out, Diagnostics &diagnostics)
{
    QHash<QString, SourceLocation> first;
    QList<Sla> kept;
    for (const Sla &sla : std::as_const(m_slas)) {
        const SourceLocation at = sla.origin.at(QStringLiteral("name"));
        if (const auto it = first.constFind(sla.metadata.name); it != first.cend()) {
            diagnostics.append({Diagnostic::Severity::Error, at,
                                Tr::tr("ServiceLevelObjective '%1' is already defined at %2:%3; names must be unique "
                                       "across the set")
                                    .arg(sla.metadata.name, it->file)
                                    .arg(it->line)});
            continue;
        }
        first.insert(sla.metadata.name, at);
        kept << sla;
    }
    ImportSupport::addPrometheusSlas(out, diagnostics, kept);
}

std::unique_ptr<Importer> createPyrraImporter()
{
    return std::make_unique<PyrraImporter>();
}

} // namespace Sla::Core
