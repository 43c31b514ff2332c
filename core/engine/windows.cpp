// SPDX-License-Identifier: Apache-2.0
#include "core/engine/windows.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>

namespace Sla::Core::Windows {

TimeRange rolling(qint64 at, qint64 length)
{
    return {at - length, at};
}

qint64 alignDown(qint64 t, qint64 step)
{
    if (step <= 0)
        return t;
    qint64 r = t % step;
    if (r < 0)
        r += step;
    return t - r;
}

QTimeZone zoneByName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("UTC"))
        return QTimeZone::utc();
    return QTimeZone(name.toUtf8());
}

namespace {

QDate periodStartDate(QDate day, Engine::CalendarUnit unit)
{
    switch (unit) {
    case Engine::CalendarUnit::Week:
        return day.addDays(1 - day.dayOfWeek()); // ISO weeks: Monday is 1
    case Engine::CalendarUnit::Month:
        return QDate(day.year(), day.month(), 1);
    case Engine::CalendarUnit::Quarter:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    }
    return day;
}

QDate nextPeriodDate(QDate start, Engine::CalendarUnit unit)
{
    switch (unit) {
    case Engine::CalendarUnit::Week:
        return start.addDays(7);
    case Engine::CalendarUnit::Month:
        return start.addMonths(1);
    case Engine::CalendarUnit::Quarter:
        return start.addMonths(3);
    }
    return start;
}

} // namespace

std::optional<TimeRange> calendarPeriod(qint64 at, Engine::CalendarUnit unit, const QTimeZone &zone)
{
    if (!zone.isValid())
        return std::nullopt;
    const QDate localDay = QDateTime::fromMSecsSinceEpoch(at, zone).date();
    const QDate start = periodStartDate(localDay, unit);
    const QDate next = nextPeriodDate(start, unit);
    // QDate::startOfDay handles days whose midnight falls into a DST gap.
    return TimeRange{start.startOfDay(zone).toMSecsSinceEpoch(), next.startOfDay(zone).toMSecsSinceEpoch()};
}

std::optional<TimeRange> calendarToDate(qint64 at, Engine::CalendarUnit unit, const QTimeZone &zone)
{
    auto period = calendarPeriod(at, unit, zone);
    if (period)
        period->end = std::min(period->end, at);
    return period;
}

std::optional<TimeRange> evaluationRange(const Engine::WindowSpec &window, qint64 at)
{
    if (!window.isCalendar)
        return rolling(at, window.rollingMs);
    return calendarToDate(at, window.calendar, zoneByName(window.timeZone));
}

std::vector<TimeRange> timeslices(TimeRange range, qint64 slice, const QTimeZone &zone)
{
    std::vector<TimeRange> out;
    // Refused beyond MaxSlices: no caller may allocate per slice unbounded.
    if (slice <= 0 || range.end <= range.start || (range.length() - 1) / slice + 1 > MaxSlices)
        return out;
    constexpr qint64 day = 24LL * 3600 * 1000;
    if (zone.isValid() && slice % day == 0) {
        const int days = int(slice / day);
        QDate d = QDateTime::fromMSecsSinceEpoch(range.start, zone).date();
        qint64 s = range.start;
        while (s < range.end) {
            d = d.addDays(days);
            const qint64 e = std::min(d.startOfDay(zone).toMSecsSinceEpoch(), range.end);
            if (e > s)
                out.push_back({s, e});
            s = std::max(s, e);
        }
        return out;
    }
    out.reserve(std::size_t((range.length() + slice - 1) / slice));
    for (qint64 s = range.start; s < range.end; s += slice)
        out.push_back({s, std::min(s + slice, range.end)});
    return out;
}

} // namespace Sla::Core::Windows
