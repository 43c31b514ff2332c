// SPDX-License-Identifier: Apache-2.0
#pragma once

// The in-process execution path: objectives evaluated on a recorded OpenMetrics file held
// in a RecordedStore, with the engine's Prometheus 2.x maths, off the GUI thread
// (QtConcurrent); the store is only read. The file is loaded once per connection and
// replayed when alignToNow and the clock has moved on. Raw `query` indicators cannot run on
// recorded data: the objective then carries an error saying so.

#include "core/evaluation/sourceconnection.h"
#include "core/metrics/recorded/recordedstore.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Sla::Core::RecordedEvaluation {

/// A loaded recording and the offset its samples were moved by (alignToNow).
struct Recording
{
    RecordedStore store;
    QString path;
    /// Added to every sample; absolute times in documents that refer to this data (the
    /// drift reference) are moved by the same amount.
    qint64 offsetMs = 0;
    /// The shortest spacing of two samples of a series (RecordedStore::detectedStepMs()),
    /// found once at load: the chart steps and the data horizon ask for it on every request.
    qint64 scrapeMs = 0;
    /// The loader's warnings about doubtful samples (RecordedStore::LoadStats::warnings) as
    /// `file:line: message`, for EvaluationReport::warnings.
    QStringList warnings;
};

struct LoadOutcome
{
    std::shared_ptr<const Recording> recording;
    QString error; ///< set when the file cannot be read or parsed
};

/// Reads `path`; with alignToNow the newest sample is moved to `nowMs` rounded down to the
/// recording's step (RecordedStore::alignToNowOffset). `sourceName` appears in errors.
LoadOutcome load(const QString &path, bool alignToNow, qint64 nowMs, const QString &sourceName);

/// The connection of a recorded data source (the registry's entry for its kind).
std::shared_ptr<SourceConnection> connectSource(const SourceSpec &spec, const BackendEnvironment &environment);

} // namespace Sla::Core::RecordedEvaluation
