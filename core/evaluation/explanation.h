// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Explain view and `slactl explain`: one objective's figure laid out so that a user can
// check it by hand — the events (or slices) behind it, the corrections left out, the
// budget's arithmetic step by step, the burn rates with their windows, and every query
// sent with its answer (ReadTrace). The numbers come from the ObjectiveResult of the same
// evaluation as `slactl evaluate` (Evaluator::explain()); the steps only lay out the
// definitions between them (bad = total - good, allowed = (1 - target) x total), so there
// is one truth.

#include "core/evaluation/evaluation.h"
#include "core/evaluation/evaluationplan.h"
#include "core/evaluation/readtrace.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Sla::Core {

struct Explanation
{
    /// One line of the arithmetic: `label = formula = numbers = value`.
    struct Step
    {
        QString name;                ///< stable key (JSON): "good", "allowedBad", "consumed", ...
        QString label;               ///< translated, e.g. "allowed bad events"
        QString formula;             ///< e.g. "(1 - target) × total"; empty for an input figure
        QString numbers;             ///< the formula with the figures put in; empty when one is missing
        std::optional<double> value; ///< nothing: not available
        bool operator==(const Step &) const = default;
    };
    /// A burn-rate window: [start, end] and the rate over it.
    struct BurnRate
    {
        QString window; ///< "5m" ... "3d"
        qint64 start = 0;
        qint64 end = 0;
        std::optional<double> value;
    };

    QString sla;
    QString objective;
    QString dataSource;
    QDateTime at;
    bool correctionsApplied = true;
    qint64 sliceMs = 0;        ///< timeslices: the slice length
    int slicesInWindow = 0;    ///< timeslices: the slices of the whole window
    ObjectiveResult result;    ///< the figures, exactly as `slactl evaluate` gives them
    bool sourceFailed = false; ///< result.error is the source's failure (exit code 3)
    QList<Step> steps;
    QList<BurnRate> burnRates;
    std::vector<ObjectivePlan::PlannedCorrection> corrections;
    QList<TracedRead> reads;
    /// Why there is no explanation at all (no such objective); source errors are in
    /// result.error.
    QString error;
};

namespace Explain {

/// The arithmetic of `result` (evaluated on `plan`).
QList<Explanation::Step> steps(const ObjectivePlan &plan, const ObjectiveResult &result);

/// Timeslices: the planned slices that overlap a correction interval (left out).
int excludedSlices(const ObjectivePlan &plan);

/// The explanation of `result`, evaluated on `plan`, with what was read.
Explanation build(const ObjectivePlan &plan, const ObjectiveResult &result, QList<TracedRead> reads,
                  bool correctionsApplied);

/// `slactl explain --format json`: {"sla", "objective", "dataSource", "at", "window":
/// {"start", "end"}, "budgeting", "target", "status", "sli", "errorBudget", "steps":
/// [{"name", "label", "formula", "numbers", "value"}], "burnRates": [{"window", "start",
/// "end", "value"}], "corrections": [{"name", "intervals": [{"start", "end"}]}], "reads":
/// [{"kind", "source", "query", "time" | "start", "end", "step", "series": [{"labels",
/// "points": [[time, value]]}], "error"}], "error"}; null where there is no figure.
QJsonObject toJson(const Explanation &explanation);

/// The readable text of `slactl explain` (and the Explain view's copy).
QString toText(const Explanation &explanation);

/// The "Queries and answers" part of toText(): each read with its answer, indented.
QString readsText(const QList<TracedRead> &reads);

/// A figure as the explanation prints it: up to 12 significant digits, "not available"
/// for nothing.
QString formatNumber(std::optional<double> value);

/// RFC 3339 (UTC, `Z`) of a time in ms; with milliseconds only when it has any.
QString formatTime(qint64 ms);

} // namespace Explain

} // namespace Sla::Core
