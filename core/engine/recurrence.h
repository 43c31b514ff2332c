// SPDX-License-Identifier: Apache-2.0
#pragma once

// Recurring periods: the subset of RFC 5545 RRULE that corrections use (FREQ DAILY |
// WEEKLY | MONTHLY, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL), expanded in an IANA time
// zone so that "every Sunday 02:00 Europe/Berlin" stays at 02:00 local across DST.

#include "core/engine/series.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace Sla::Core::Recurrence {

/// `1MO` (the first Monday of the month), `-1FR` (the last Friday): MONTHLY rules only.
struct OrdinalDay
{
    int ordinal = 1; ///< 1..5 or -5..-1
    int weekday = 1; ///< ISO weekday, 1 = Monday ... 7 = Sunday
    bool operator==(const OrdinalDay &) const = default;
};

struct Rule
{
    enum class Frequency { Daily, Weekly, Monthly };
    Frequency frequency = Frequency::Daily;
    int interval = 1;
    QList<int> byDay;               ///< ISO weekdays, 1 = Monday ... 7 = Sunday
    QList<OrdinalDay> byOrdinalDay; ///< MONTHLY: the ordinal forms of BYDAY
    QList<int> byMonthDay;          ///< 1..31 or -31..-1 (from the end of the month)
    std::optional<int> count;
    std::optional<qint64> until;    ///< ms since the epoch, UTC (`UNTIL=20250630T000000Z`)
    std::optional<QDate> untilDate; ///< `UNTIL=20250630`: occurrences starting on that local date or before
    bool operator==(const Rule &) const = default;
};

/// Limits of the subset: INTERVAL 1..MaxInterval, COUNT 1..MaxCount; expansion visits at
/// most MaxPeriods periods (days, weeks or months) per call (see occurrences()).
constexpr int MaxInterval = 1000;
constexpr int MaxCount = 100000;
constexpr int MaxPeriods = 200000;

struct ParseError
{
    QString message;
    int column = 0; ///< 1-based column in the rule text
};

/// Parses `FREQ=WEEKLY;BYDAY=SU;...` (an optional leading `RRULE:` is accepted). Nothing,
/// with `error` filled in, for anything outside the subset.
std::optional<Rule> parse(const QString &text, ParseError *error = nullptr);

/// The occurrences [start, start + lengthMs] of a series whose first occurrence starts at
/// `firstStart` (ms, UTC), repeating by `rule` in local time of `zone`, that overlap
/// `within`; not clipped, in time order. Without a rule (nothing): the first occurrence only.
///
/// RFC 5545 rules: `firstStart` (DTSTART) is always the first occurrence and counts
/// towards COUNT; every other occurrence is at DTSTART's local time of day on the dates
/// the rule gives (WEEKLY without BYDAY: DTSTART's weekday; MONTHLY without BYDAY or
/// BYMONTHDAY: DTSTART's day of the month, and months without that day are skipped).
/// UNTIL is inclusive. A local time that falls into a spring-forward gap moves forward by
/// the gap (02:30 on the day Europe/Berlin skips 02:00-03:00 is 03:30 CEST); a local time
/// that occurs twice (autumn) is the first of the two. Without COUNT the expansion starts
/// near `within` instead of at DTSTART, so a daily rule over a one-year window visits
/// about 366 days whatever DTSTART is; with COUNT it walks from DTSTART. Either way it
/// stops after MaxPeriods periods.
std::vector<TimeRange> occurrences(qint64 firstStart, qint64 lengthMs, const std::optional<Rule> &rule,
                                   const QTimeZone &zone, TimeRange within);

} // namespace Sla::Core::Recurrence
