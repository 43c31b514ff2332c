// SPDX-License-Identifier: Apache-2.0
#include "windowlimits.h"

#include "core/document/tr.h"

namespace Tr = Sla::Core::TrContext::WindowLimits;

namespace Sla::Core {

namespace {
/// Shortest and longest period of a window: calendar months run from 28 to 31 days,
/// quarters from 90 to 92 (a DST change adds an hour; whole-day slices follow local
/// midnights, so it never cuts one short).
std::pair<qint64, qint64> periodBounds(const Window &window)
{
    if (window.kind == Window::Kind::Rolling)
        return {window.rolling.ms, window.rolling.ms};
    switch (window.calendar) {
    case CalendarUnit::Week:
        return {7 * Duration::Day, 7 * Duration::Day + Duration::Hour};
    case CalendarUnit::Month:
        return {28 * Duration::Day, 31 * Duration::Day + Duration::Hour};
    case CalendarUnit::Quarter:
        return {90 * Duration::Day, 92 * Duration::Day + Duration::Hour};
    }
    return {window.rolling.ms, window.rolling.ms};
}
} // namespace

QString windowProblem(const Window &window)
{
    if (window.kind != Window::Kind::Rolling)
        return {};
    if (window.rolling.ms < WindowLimits::MinWindow)
        return Tr::tr("the window %1 is shorter than the shortest allowed, 1m").arg(window.rolling.toString());
    if (window.rolling.ms > WindowLimits::MaxWindow)
        return Tr::tr("the window %1 is longer than the longest allowed, 730d (2y)").arg(window.rolling.toString());
    return {};
}

QString timesliceProblem(const Window &window, Duration slice)
{
    const auto [shortest, longest] = periodBounds(window);
    if (slice.ms < WindowLimits::MinSlice)
        return Tr::tr("timeslices of %1 are shorter than the shortest allowed, 1s").arg(slice.toString());
    if (slice.ms > shortest)
        return Tr::tr("timeslices of %1 are longer than the window (%2): no slice would "
                      "ever end inside it")
            .arg(slice.toString(), Duration{shortest}.toString());
    const qint64 count = (longest + slice.ms - 1) / slice.ms;
    if (count > WindowLimits::MaxSlices)
        return Tr::tr("timeslices of %1 cut the window into %2 slices, more than the %3 "
                      "allowed; use longer slices (at least %4)")
            .arg(slice.toString(), QString::number(count), QString::number(WindowLimits::MaxSlices),
                 Duration{(longest + WindowLimits::MaxSlices - 1) / WindowLimits::MaxSlices}.toString());
    return {};
}

} // namespace Sla::Core
