// SPDX-License-Identifier: Apache-2.0
#pragma once

// Event counts that contradict each other: a server or a recording that reports more good
// events than events in total (or, for a bad/total pair, more bad events than total). The
// engine clamps the SLI of such a window into [0, 1] so that the figures stay usable; this
// check makes the condition visible instead of silent: one warning on the objective's
// result naming the SLA, the objective, the source, each window concerned and its counts.
// The evaluator lists it in EvaluationReport::warnings.

#include "core/engine/sli.h"
#include "core/evaluation/evaluation.h"
#include "core/evaluation/evaluationplan.h"

#include <QString>

#include <functional>
#include <optional>

namespace Sla::Core::CountCheck {

/// The counts of window `w` of an occurrences objective: 0 is the compliance window,
/// i + 1 the burn-rate window Budget::BurnRateWindows[i]; nothing when it has no data.
using WindowCounts = std::function<std::optional<Sli::Ratio>(std::size_t w)>;

/// The warning for the windows whose counts are inconsistent (Sli::Ratio::inconsistent());
/// empty when every window is consistent.
QString inconsistentCounts(const ObjectivePlan &plan, const QString &sourceName, const WindowCounts &counts);

/// Appends inconsistentCounts() to `result.warnings` when it is not empty.
void note(const ObjectivePlan &plan, const QString &sourceName, const WindowCounts &counts, ObjectiveResult &result);

} // namespace Sla::Core::CountCheck
