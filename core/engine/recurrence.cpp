// SPDX-License-Identifier: Apache-2.0
#include "recurrence.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sla::Core::Recurrence)
};
} // namespace

namespace Sla::Core::Recurrence {

// Placeholder until the RRULE subset lands (issue 8): one-off periods only.
std::optional<Rule> parse(const QString &text, ParseError *error)
{
    if (error)
        *error = {Tr::tr("recurrence '%1' is not supported yet").arg(text), 1};
    return std::nullopt;
}

std::vector<TimeRange> occurrences(qint64 firstStart, qint64 lengthMs, const std::optional<Rule> &rule,
                                   const QTimeZone &zone, TimeRange within)
{
    Q_UNUSED(rule);
    Q_UNUSED(zone);
    const TimeRange one{firstStart, firstStart + lengthMs};
    if (one.end < within.start || one.start > within.end)
        return {};
    return {one};
}

} // namespace Sla::Core::Recurrence
