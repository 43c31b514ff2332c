// SPDX-License-Identifier: Apache-2.0
#pragma once

// The in-process execution path: objectives evaluated on a recorded OpenMetrics file held
// in a RecordedStore, with the engine's Prometheus 2.x maths. Pure functions meant to run
// off the GUI thread (QtConcurrent); the store is only read.

#include "core/evaluation/evaluation.h"
#include "core/evaluation/evaluationplan.h"
#include "core/metrics/recorded/recordedstore.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Sla::Core::RecordedEvaluation {

/// A loaded recording and the offset its samples were moved by (alignToNow).
struct Recording
{
    RecordedStore store;
    QString path;
    /// Added to every sample; absolute times in documents that refer to this data (the
    /// drift reference) are moved by the same amount.
    qint64 offsetMs = 0;
};

struct LoadOutcome
{
    std::shared_ptr<const Recording> recording;
    QString error; ///< set when the file cannot be read or parsed
};

/// Reads `path`; with alignToNow the newest sample is moved to `nowMs` rounded down to the
/// recording's step (RecordedStore::alignToNowOffset). `sourceName` appears in errors.
LoadOutcome load(const QString &path, bool alignToNow, qint64 nowMs, const QString &sourceName);

/// One objective at plan.at. Raw `query` indicators cannot run on recorded data: the
/// result then carries an error saying so.
ObjectiveResult evaluate(const Recording &recording, const ObjectivePlan &plan);

/// The raw value of each slice (nothing: a gap) of a timeslice objective; *error is set
/// when the objective cannot be computed at all.
std::vector<std::optional<double>> sliceValues(const Recording &recording, const ObjectivePlan &plan,
                                               const std::vector<TimeRange> &slices, QString *error);

/// Chart series over `range` every `stepMs` (timeslice objectives: one point per slice).
ObjectiveSeries series(const Recording &recording, const ObjectivePlan &plan, TimeRange range, qint64 stepMs);

} // namespace Sla::Core::RecordedEvaluation
