// SPDX-License-Identifier: Apache-2.0
#pragma once

// Bounds of windows and timeslices (README, "Limits"). The validator reports them and the
// evaluation plan refuses them too, so no path allocates one entry per slice unbounded.

#include "core/document/model.h"

namespace Sla::Core {

struct WindowLimits
{
    static constexpr qint64 MinWindow = Duration::Minute;
    static constexpr qint64 MaxWindow = 2 * Duration::Year;
    static constexpr qint64 MinSlice = Duration::Second;
    /// Slices in one window: 1-minute slices fit a 138-day window, 1-second slices 2.3 days.
    static constexpr qint64 MaxSlices = 200'000;
};

/// Why `window` cannot be evaluated (shorter than a minute, longer than two years), or an
/// empty string.
QString windowProblem(const Window &window);

/// Why timeslices of `slice` cannot divide `window` (shorter than a second, longer than
/// the window's shortest period, more than MaxSlices of them), or an empty string.
QString timesliceProblem(const Window &window, Duration slice);

} // namespace Sla::Core
