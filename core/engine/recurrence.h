// SPDX-License-Identifier: Apache-2.0
#pragma once

// Recurring periods: the subset of RFC 5545 RRULE that corrections use (FREQ DAILY |
// WEEKLY | MONTHLY, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL), expanded in an IANA time
// zone so that "every Sunday 02:00 Europe/Berlin" stays at 02:00 local across DST.

#include "core/engine/series.h"

#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace Sla::Core::Recurrence {

struct Rule
{
    enum class Frequency { Daily, Weekly, Monthly };
    Frequency frequency = Frequency::Daily;
    int interval = 1;
    QList<int> byDay;      ///< ISO weekdays, 1 = Monday ... 7 = Sunday
    QList<int> byMonthDay; ///< 1..31 or -31..-1 (from the end of the month)
    std::optional<int> count;
    std::optional<qint64> until; ///< ms since the epoch, UTC
    bool operator==(const Rule &) const = default;
};

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
std::vector<TimeRange> occurrences(qint64 firstStart, qint64 lengthMs, const std::optional<Rule> &rule,
                                   const QTimeZone &zone, TimeRange within);

} // namespace Sla::Core::Recurrence
