// SPDX-License-Identifier: Apache-2.0
#include "core/evaluation/retention.h"

#include "core/document/duration.h"
#include "core/document/tr.h"

#include <QTimeZone>

#include <algorithm>

namespace Tr = Sla::Core::TrContext::Evaluator;

namespace {
QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toUTC().toString(Qt::ISODate); // "Z", not "+00:00"
}
} // namespace

namespace Sla::Core::Retention {

std::optional<qint64> parseRetention(const QString &text)
{
    // Prometheus joins a time and a size limit with " or "; either may be absent.
    for (const QString &part : text.split(QStringLiteral(" or "), Qt::SkipEmptyParts)) {
        if (const std::optional<Duration> d = Duration::parse(part.trimmed()); d && d->ms > 0)
            return d->ms;
    }
    return std::nullopt;
}

std::optional<qint64> oldest(const Horizon &horizon, qint64 nowMs)
{
    if (horizon.oldestMs)
        return horizon.oldestMs;
    if (horizon.retentionMs)
        return nowMs - *horizon.retentionMs;
    return std::nullopt;
}

qint64 earliestRead(const ObjectivePlan &plan, qint64 referenceShiftMs)
{
    qint64 earliest = plan.range.start;
    const Indicator &ind = plan.objective.indicator;
    if (ind.kind == IndicatorKind::Drift && ind.drift.referenceFrom.isValid())
        earliest = std::min(earliest, ind.drift.referenceFrom.toMSecsSinceEpoch() + referenceShiftMs);
    return earliest;
}

bool readsFurther(const ObjectivePlan &a, const ObjectivePlan &b, qint64 referenceShiftMs)
{
    const qint64 ea = earliestRead(a, referenceShiftMs);
    const qint64 eb = earliestRead(b, referenceShiftMs);
    if (ea != eb)
        return ea < eb;
    return std::pair{a.slaIndex, a.objectiveIndex} < std::pair{b.slaIndex, b.objectiveIndex};
}

bool isPartial(const ObjectivePlan &plan, const Horizon &horizon, qint64 nowMs)
{
    const std::optional<qint64> first = oldest(horizon, nowMs);
    if (!first || !plan.error.isEmpty())
        return false;
    return earliestRead(plan, horizon.referenceShiftMs) < *first - horizon.toleranceMs;
}

QString warning(const QString &source, const Horizon &horizon, qint64 nowMs, const ObjectivePlan &longest)
{
    const qint64 first = oldest(horizon, nowMs).value_or(nowMs);
    const QString objective = longest.sla + u'/' + longest.objective.name;
    const QString window = longest.window.kind == Window::Kind::Rolling
                               ? longest.window.rolling.toString()
                               : Tr::tr("calendar %1").arg(toString(longest.window.calendar));
    const QString kept =
        horizon.oldestMs
            ? Tr::tr("holds data from %1 only").arg(isoTime(first))
            : Tr::tr("keeps %1 of data (retention), so nothing before %2").arg(horizon.text, isoTime(first));
    return Tr::tr("data source '%1' %2, but the longest window (%3 of %4) reads from %5: its figures and those of "
                  "every objective marked partial cover less than their window")
        .arg(source, kept, window, objective, isoTime(earliestRead(longest, horizon.referenceShiftMs)));
}

} // namespace Sla::Core::Retention
