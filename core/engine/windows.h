// SPDX-License-Identifier: Apache-2.0
#pragma once

// Window bounds: rolling windows, calendar periods in an IANA time zone, timeslices.

#include "core/engine/series.h"
#include "core/engine/types.h"

#include <QTimeZone>

#include <optional>
#include <vector>

namespace Sla::Core::Windows {

/// The rolling window of `length` ms ending at `at`: [at - length, at].
TimeRange rolling(qint64 at, qint64 length);

/// The calendar week (Monday 00:00), month or quarter of `zone` that contains `at`:
/// [local start of the period, local start of the next period], both converted to UTC
/// milliseconds, so a month with a DST change is an hour shorter or longer than its days.
/// When local midnight does not exist (a DST gap at midnight) the period starts at the
/// first valid local time of that day. Nothing for an invalid zone.
std::optional<TimeRange> calendarPeriod(qint64 at, Engine::CalendarUnit unit, const QTimeZone &zone);

/// The calendar period containing `at`, cut at `at`: [period start, min(at, period end)].
/// This is the range a calendar objective is evaluated over "so far".
std::optional<TimeRange> calendarToDate(qint64 at, Engine::CalendarUnit unit, const QTimeZone &zone);

/// The evaluation range of a window at `at`: rolling, or the calendar period
/// to date. Nothing for an unknown time zone.
std::optional<TimeRange> evaluationRange(const Engine::WindowSpec &window, qint64 at);

/// The most slices timeslices() hands out (the validator's WindowLimits::MaxSlices is the same).
inline constexpr qint64 MaxSlices = 200'000;

/// Splits `range` into consecutive slices of `slice` ms from its start; the last slice is
/// cut at range.end when the range is not a whole number of slices. Whole-day slices
/// follow local midnights of `zone` when one is given (a slice over a DST change is then
/// 23 or 25 hours long), else they are fixed-length from the range start.
std::vector<TimeRange> timeslices(TimeRange range, qint64 slice, const QTimeZone &zone = QTimeZone());

/// The largest multiple of `step` that is <= t (for negative t as well).
qint64 alignDown(qint64 t, qint64 step);

/// A time zone by IANA name; "UTC" and an empty name give UTC.
QTimeZone zoneByName(const QString &name);

} // namespace Sla::Core::Windows
