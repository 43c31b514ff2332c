// SPDX-License-Identifier: Apache-2.0
#include "chartannotations.h"

#include "core/engine/recurrence.h"
#include "core/engine/windows.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sla::Ui::ChartAnnotations)
};
} // namespace

namespace Sla::Ui::ChartAnnotations {

namespace {

// A document naming SLAs and, optionally, objectives (empty: every objective) applies here.
bool appliesTo(const QStringList &slas, const QStringList &objectives, const QString &sla, const QString &objective)
{
    return slas.contains(sla) && (objectives.isEmpty() || objectives.contains(objective));
}

ChartMarker::Kind markerKind(Core::Annotation::Kind kind)
{
    switch (kind) {
    case Core::Annotation::Kind::Deploy:
        return ChartMarker::Kind::Deploy;
    case Core::Annotation::Kind::Incident:
        return ChartMarker::Kind::Incident;
    case Core::Annotation::Kind::Note:
        break;
    }
    return ChartMarker::Kind::Note;
}

// Whether an occurrence of `c` overlaps [start, end] (ms).
bool overlaps(const Core::Correction &c, qint64 start, qint64 end)
{
    const qint64 length = c.lengthMs();
    if (!c.start.isValid() || length <= 0)
        return false;
    const std::optional<Core::Recurrence::Rule> rule =
        c.recurrence.isEmpty() ? std::nullopt : Core::Recurrence::parse(c.recurrence);
    const auto occurrences = Core::Recurrence::occurrences(c.start.toMSecsSinceEpoch(), length, rule,
                                                           Core::Windows::zoneByName(c.timeZone), {start, end});
    return std::any_of(occurrences.begin(), occurrences.end(),
                       [&](const Core::TimeRange &r) { return r.start < end && r.end > start; });
}

QString correctionLabel(const Core::Correction &c)
{
    QString label = Tr::tr("%1 (%2)").arg(c.metadata.name, categoryName(c.category));
    if (!c.description.isEmpty())
        label = Tr::tr("%1: %2").arg(label, c.description);
    return label;
}

} // namespace

QList<ChartMarker> markers(const Core::Workspace &workspace, const QString &sla, const QString &objective,
                           qint64 fromMs, qint64 toMs, qint64 shiftMs)
{
    QList<ChartMarker> out;
    for (const Core::Annotation &a : workspace.annotations) {
        if (!a.time.isValid() || !appliesTo(a.slas, a.objectives, sla, objective))
            continue;
        const qint64 start = a.time.toMSecsSinceEpoch() + shiftMs;
        const qint64 end = a.end && a.end->isValid() ? std::max(start, a.end->toMSecsSinceEpoch() + shiftMs) : start;
        if (end < fromMs || start > toMs)
            continue;
        out << ChartMarker{start, end, markerKind(a.kind), a.text, a.url};
    }
    return out;
}

QList<ChartMarker> alertMarkers(const QList<Core::Alerting::FiringSpan> &spans, const QString &sla,
                                const QString &objective, qint64 fromMs, qint64 toMs)
{
    QList<ChartMarker> out;
    for (const Core::Alerting::FiringSpan &span : spans) {
        if (span.key.sla != sla || span.key.objective != objective || !span.start.isValid())
            continue;
        const qint64 start = span.start.toMSecsSinceEpoch();
        const bool firing = !span.end.isValid();
        const qint64 end = firing ? std::max(start, toMs) : std::max(start, span.end.toMSecsSinceEpoch());
        if (end < fromMs || start > toMs)
            continue;
        const QString severity = Core::toString(span.severity);
        const QString text = firing ? Tr::tr("%1 (%2), still firing").arg(span.key.rule, severity)
                                    : Tr::tr("%1 (%2), fired until resolved").arg(span.key.rule, severity);
        out << ChartMarker{start, end, ChartMarker::Kind::Alert, text, QString()};
    }
    return out;
}

QString categoryName(Core::Correction::Category category)
{
    switch (category) {
    case Core::Correction::Category::ScheduledMaintenance:
        return Tr::tr("scheduled maintenance");
    case Core::Correction::Category::Deployment:
        return Tr::tr("deployment");
    case Core::Correction::Category::OutsideBusinessHours:
        return Tr::tr("outside business hours");
    case Core::Correction::Category::Other:
        break;
    }
    return Tr::tr("other");
}

QList<ChartSpan> correctedSpans(const Core::ObjectiveSeries &series, const Core::Workspace &workspace,
                                const QString &sla, const QString &objective)
{
    QList<ChartSpan> out;
    for (const auto &[a, b] : series.corrected) {
        if (!std::isfinite(a) || !std::isfinite(b) || b < a)
            continue;
        const auto start = qint64(a);
        const auto end = qint64(b);
        QStringList names;
        for (const Core::Correction &c : workspace.corrections) {
            const qint64 shift = series.timeShiftMs;
            if (appliesTo(c.slas, c.objectives, sla, objective) && overlaps(c, start - shift, end - shift))
                names << correctionLabel(c);
        }
        out << ChartSpan{start, end, names.isEmpty() ? Tr::tr("correction") : names.join(QStringLiteral("; "))};
    }
    return out;
}

std::optional<ChartSpan> provisionalSpan(const Core::ObjectiveSeries &series)
{
    if (!series.provisional || !(series.provisional->second > series.provisional->first))
        return std::nullopt;
    return ChartSpan{qint64(series.provisional->first), qint64(series.provisional->second),
                     Tr::tr("labels still arriving; figures may change and are not used for the status")};
}

} // namespace Sla::Ui::ChartAnnotations
