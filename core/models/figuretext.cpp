// SPDX-License-Identifier: Apache-2.0
#include "figuretext.h"

#include "core/document/tr.h"
#include "overviewmodel.h"

#include <QLocale>

#include <cmath>

namespace Tr = Sla::Core::TrContext::FigureText;

namespace Sla::Core::FigureText {

QString count(double value)
{
    if (!std::isfinite(value))
        return QString();
    const double rounded = std::round(value);
    return QLocale().toString(rounded == 0.0 ? 0.0 : rounded, 'f', 0);
}

QString duration(double seconds)
{
    if (!std::isfinite(seconds))
        return QString();
    const QLocale locale;
    const auto secs = qint64(std::llround(std::abs(seconds)));
    if (secs < 60)
        return Tr::tr("%1 s").arg(locale.toString(secs));
    const qint64 minutes = (secs + 30) / 60;
    if (minutes < 60)
        return Tr::tr("%1 min").arg(locale.toString(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        const qint64 rest = minutes % 60;
        return rest ? Tr::tr("%1 h %2 min").arg(locale.toString(hours), locale.toString(rest))
                    : Tr::tr("%1 h").arg(locale.toString(hours));
    }
    const qint64 days = hours / 24;
    const qint64 rest = hours % 24;
    return rest ? Tr::tr("%1 d %2 h").arg(locale.toString(days), locale.toString(rest))
                : Tr::tr("%1 d").arg(locale.toString(days));
}

QStringList budgetLeft(const ObjectiveResult &o)
{
    QStringList out;
    const auto &events = o.remainingEvents;
    const auto &time = o.remainingTime;
    if (o.budgeting == Budgeting::Method::Timeslices) {
        if (!events)
            return out;
        const bool over = *events < 0;
        const QString slices = count(std::abs(*events));
        QString text =
            over ? Tr::tr("%1 bad slices over budget").arg(slices) : Tr::tr("%1 bad slices left").arg(slices);
        if (time && !over)
            text += QStringLiteral(" (%1)").arg(duration(*time));
        out << text;
        return out;
    }
    if (time) {
        out << (*time < 0 ? Tr::tr("%1 of full outage over budget").arg(duration(*time))
                          : Tr::tr("%1 of full outage left").arg(duration(*time)));
    }
    if (events) {
        const QString n = count(std::abs(*events));
        out << (*events < 0 ? Tr::tr("%1 bad events over budget").arg(n) : Tr::tr("%1 bad events left").arg(n));
    }
    return out;
}

QString rawSli(const ObjectiveResult &o)
{
    if (!o.raw || !o.raw->sli)
        return QString();
    return Tr::tr("raw %1").arg(OverviewModel::formatPercent(*o.raw->sli, 3));
}

QString rawRemaining(const ObjectiveResult &o)
{
    if (!o.raw || !o.raw->remaining)
        return QString();
    return Tr::tr("raw %1").arg(OverviewModel::formatPercent(*o.raw->remaining, 1));
}

QString interval(const ObjectiveResult &o)
{
    if (!o.interval)
        return QString();
    QString text = Tr::tr("95 % interval [%1, %2]")
                       .arg(OverviewModel::formatPercent(o.interval->first, 2),
                            OverviewModel::formatPercent(o.interval->second, 2));
    if (o.sampleSize)
        text += Tr::tr(", n = %1").arg(count(*o.sampleSize));
    return text;
}

QString provisional(const ObjectiveResult &o)
{
    if (!o.provisional)
        return QString();
    const ObjectiveResult::Provisional &p = *o.provisional;
    const QString since = QLocale().toString(p.start.toLocalTime(), QLocale::ShortFormat);
    QString figure = p.sli ? OverviewModel::formatPercent(*p.sli, 3) : Tr::tr("no value");
    if (p.sampleSize)
        figure += Tr::tr(", n = %1").arg(count(*p.sampleSize));
    return Tr::tr("provisional since %1: %2 (labels still arriving; not used for the status)").arg(since, figure);
}

QString insufficient(const ObjectiveResult &o)
{
    if (o.status != ObjectiveStatus::InsufficientData)
        return QString();
    if (o.kind == IndicatorKind::Classification && o.sampleSize)
        return Tr::tr("too few labelled samples for a figure (%1 in the window)").arg(count(*o.sampleSize));
    if (o.total)
        return Tr::tr("too few events for a figure (%1 in the window)").arg(count(*o.total));
    return Tr::tr("too few events for a figure");
}

QString corrections(const ObjectiveResult &o)
{
    if (o.corrections.isEmpty())
        return QString();
    return Tr::tr("corrections applied: %1").arg(o.corrections.join(QStringLiteral(", ")));
}

QString partial(const ObjectiveResult &o, const QStringList &warnings)
{
    if (!o.partial)
        return QString();
    QStringList mine;
    for (const QString &w : warnings) {
        if (!o.dataSource.isEmpty() && w.contains(o.dataSource))
            mine << w;
    }
    if (mine.isEmpty())
        mine = warnings;
    if (mine.isEmpty())
        return Tr::tr("partial: the window reaches further back than the source keeps data");
    return Tr::tr("partial: %1").arg(mine.join(QStringLiteral("; ")));
}

} // namespace Sla::Core::FigureText
