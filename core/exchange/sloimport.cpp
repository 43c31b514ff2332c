// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/sloimport.h"

#include "core/document/names.h"
#include "core/document/tr.h"

#include <QSet>

#include <cmath>

namespace Tr = Sla::Core::TrContext::SloImport;

namespace Sla::Core {

namespace {

std::optional<Duration> timeframeWindow(const QString &timeframe)
{
    if (timeframe == QLatin1String("7d"))
        return Duration::days(7);
    if (timeframe == QLatin1String("30d"))
        return Duration::days(30);
    if (timeframe == QLatin1String("90d"))
        return Duration::days(90);
    return std::nullopt;
}

std::optional<CompareOp> comparatorOp(const QString &comparator)
{
    if (comparator == QLatin1String(">"))
        return CompareOp::Gt;
    if (comparator == QLatin1String(">="))
        return CompareOp::Gte;
    if (comparator == QLatin1String("<"))
        return CompareOp::Lt;
    if (comparator == QLatin1String("<="))
        return CompareOp::Lte;
    return std::nullopt;
}

} // namespace

namespace {

/// The indicator and budgeting of a metric or time-slice SLO; nothing (and an error or a
/// warning in `diagnostics`) for any other SLO.
std::optional<std::pair<Indicator, Budgeting>> indicatorOf(const DatadogSlo &slo, const QString &label,
                                                           const SourceLocation &where, Diagnostics &diagnostics)
{
    const auto report = [&](Diagnostic::Severity severity, const QString &message) {
        diagnostics << Diagnostic{severity, where, message};
        return std::nullopt;
    };
    Indicator indicator;
    indicator.kind = IndicatorKind::Query;
    Budgeting budgeting;
    if (slo.type == QLatin1String("metric")) {
        if (slo.numerator.isEmpty() || slo.denominator.isEmpty())
            return report(
                Diagnostic::Severity::Error,
                Tr::tr("Datadog SLO \"%1\": a metric SLO needs query.numerator and query.denominator").arg(label));
        indicator.query.good = slo.numerator;
        indicator.query.total = slo.denominator;
        return std::pair{indicator, budgeting};
    }
    if (slo.type != QLatin1String("time_slice"))
        return report(Diagnostic::Severity::Warning,
                      Tr::tr("Datadog SLO \"%1\": %2 SLOs are computed from monitors and have no metric query; skipped")
                          .arg(label, slo.type.isEmpty() ? QStringLiteral("untyped") : slo.type));
    const auto op = comparatorOp(slo.comparator);
    if (!op || !slo.sliceThreshold || slo.sliceQueries.isEmpty())
        return report(
            Diagnostic::Severity::Error,
            Tr::tr("Datadog SLO \"%1\": a time-slice SLO needs a comparator (>, >=, <, <=), a threshold and a "
                   "query")
                .arg(label));
    QString value;
    for (const auto &[name, query] : slo.sliceQueries) {
        if (slo.sliceFormula.trimmed() == name || (slo.sliceFormula.isEmpty() && slo.sliceQueries.size() == 1))
            value = query;
    }
    if (value.isEmpty())
        return report(Diagnostic::Severity::Error,
                      Tr::tr("Datadog SLO \"%1\": formula \"%2\" combines several queries; only a formula naming one "
                             "query can be imported")
                          .arg(label, slo.sliceFormula));
    indicator.query.value = value;
    indicator.query.op = op;
    indicator.query.threshold = slo.sliceThreshold;
    budgeting.method = Budgeting::Method::Timeslices;
    budgeting.slice = Duration::seconds(slo.queryIntervalSeconds > 0 ? slo.queryIntervalSeconds : 300);
    return std::pair{indicator, budgeting};
}

/// The SLA of `slo` without objectives: name, display name, id annotation, tags as labels.
Sla slaHeader(const DatadogSlo &slo, const QString &name, const QString &dataSource)
{
    Sla sla;
    sla.metadata.name = name;
    sla.metadata.displayName = slo.name;
    sla.metadata.annotations.insert(QStringLiteral("datadoghq.com/slo-id"), slo.id);
    sla.description = slo.description;
    sla.dataSource = dataSource;
    for (const QString &tag : slo.tags) {
        const qsizetype colon = tag.indexOf(QLatin1Char(':'));
        const QString key = colon < 0 ? tag : tag.left(colon);
        const QString value = colon < 0 ? QString() : tag.mid(colon + 1);
        sla.metadata.labels[key] << value;
        if (key == QLatin1String("service") && sla.service.isEmpty())
            sla.service = value;
    }
    return sla;
}

/// One objective per threshold with a 7d, 30d or 90d timeframe and a target in (0, 100).
void addObjectives(Sla &sla, const QString &fullName, const DatadogSlo &slo,
                   const QList<DatadogSloThreshold> &thresholds, const std::pair<Indicator, Budgeting> &indicator,
                   const QString &label, const SourceLocation &where, Diagnostics &diagnostics)
{
    for (const DatadogSloThreshold &t : thresholds) {
        const auto window = timeframeWindow(t.timeframe);
        if (!window) {
            diagnostics << Diagnostic{
                Diagnostic::Severity::Warning, where,
                Tr::tr("Datadog SLO \"%1\": timeframe \"%2\" has no rolling window here (expected 7d, 30d or 90d); "
                       "threshold skipped")
                    .arg(label, t.timeframe)};
            continue;
        }
        if (!(t.target > 0 && t.target < 100)) {
            diagnostics << Diagnostic{
                Diagnostic::Severity::Error, where,
                Tr::tr("Datadog SLO \"%1\": target %2 for %3 is not a percentage between 0 and 100")
                    .arg(label)
                    .arg(t.target)
                    .arg(t.timeframe)};
            continue;
        }
        Objective objective;
        objective.name =
            thresholds.size() == 1 ? sla.metadata.name : Names::shorten(fullName + QLatin1Char('-') + t.timeframe);
        objective.displayName = slo.name;
        objective.indicator = indicator.first;
        objective.budgeting = indicator.second;
        // Percent to fraction without binary noise: 99.9 -> 0.999, not 0.9990000000000001.
        objective.target = std::round(t.target * 1e6) / 1e8;
        if (!sla.window || sla.window->rolling != *window)
            objective.window = Window::rollingWindow(*window);
        sla.objectives << objective;
    }
}

} // namespace

SloImport::Result SloImport::fromSlos(const QList<DatadogSlo> &slos, const QString &dataSource, const QString &file)
{
    Result result;
    const SourceLocation where{file, 0, 0};
    QSet<QString> usedNames;
    for (const DatadogSlo &slo : slos) {
        const QString label = slo.name.isEmpty() ? slo.id : slo.name;
        const auto indicator = indicatorOf(slo, label, where, result.diagnostics);
        if (!indicator)
            continue;
        QString name = Names::slug(slo.name);
        if (name.isEmpty())
            name = QStringLiteral("datadog-") + slo.id;
        if (usedNames.contains(Names::shorten(name)))
            name += QLatin1Char('-') + slo.id.left(8);
        usedNames.insert(Names::shorten(name));
        Sla sla = slaHeader(slo, Names::shorten(name), dataSource);

        QList<DatadogSloThreshold> thresholds = slo.thresholds;
        if (thresholds.isEmpty() && slo.targetThreshold)
            thresholds << DatadogSloThreshold{slo.timeframe, *slo.targetThreshold, std::nullopt};
        if (thresholds.isEmpty()) {
            result.diagnostics << Diagnostic{
                Diagnostic::Severity::Error, where,
                Tr::tr("Datadog SLO \"%1\": no thresholds; expected at least one {timeframe, target}").arg(label)};
            continue;
        }
        const QString primary = slo.timeframe.isEmpty() ? thresholds.constFirst().timeframe : slo.timeframe;
        if (const auto w = timeframeWindow(primary))
            sla.window = Window::rollingWindow(*w);
        addObjectives(sla, name, slo, thresholds, *indicator, label, where, result.diagnostics);
        if (sla.objectives.isEmpty())
            continue;
        if (!sla.window)
            sla.window = sla.objectives.constFirst().window;
        result.slas << sla;
    }
    return result;
}

SloImport::Result SloImport::fromJson(const QByteArray &json, const QString &dataSource, const QString &file)
{
    QString listError;
    if (const auto list = DatadogResponse::parseSloList(json, &listError))
        return fromSlos(*list, dataSource, file);
    QString oneError;
    if (const auto one = DatadogResponse::parseSlo(json, &oneError))
        return fromSlos({*one}, dataSource, file);
    Result result;
    result.diagnostics << Diagnostic{Diagnostic::Severity::Error, SourceLocation{file, 0, 0},
                                     Tr::tr("not a Datadog SLO answer: %1").arg(listError)};
    return result;
}

} // namespace Sla::Core
