// SPDX-License-Identifier: Apache-2.0
#pragma once

// The words and numbers the overview, its tooltips and the detail pane show for the
// figures of an objective beyond the fraction: the budget in time and in events, the raw
// figure beside a corrected one, the interval and sample size of a classification SLI,
// the provisional period of a label delay, too little data, a partial window. One place
// writes them, so every view shows the same text for the same figure. Counts and
// durations follow the default QLocale ("1,234" in English, "1.234" in German).

#include "core/evaluation/evaluation.h"

#include <QString>
#include <QStringList>

namespace Sla::Core::FigureText {

/// A whole count with the locale's group separator: "1,234".
QString count(double value);
/// A human duration of |seconds|: "45 s", "42 min", "3 h 5 min", "2 d 4 h".
QString duration(double seconds);
/// What the remaining budget allows: "42 min of full outage left", "1,234 bad events left"
/// (occurrences), "3 bad slices left (3 d)" (timeslices); "... over budget" when
/// overspent. Empty when the result has no such figures.
QStringList budgetLeft(const ObjectiveResult &o);
/// "raw 99.8 %" when a correction applied (ObjectiveResult::raw has an SLI), else empty.
QString rawSli(const ObjectiveResult &o);
/// "raw -12.5 %" for the remaining budget without corrections, else empty.
QString rawRemaining(const ObjectiveResult &o);
/// "95 % interval [89.1 %, 96.2 %], n = 412" for a classification SLI, else empty.
QString interval(const ObjectiveResult &o);
/// "provisional since 2026-03-28 12:00: 93.1 %, n = 120 (labels still arriving)", else empty.
QString provisional(const ObjectiveResult &o);
/// Why an insufficient_data objective has no figure: "too few events for a figure (37 in
/// the window)"; empty for any other status.
QString insufficient(const ObjectiveResult &o);
/// "corrections applied: a, b", else empty.
QString corrections(const ObjectiveResult &o);
/// For a partial figure: "partial: " and the report's warnings that name the objective's
/// data source (all of them when none does); empty when the figure is not partial.
QString partial(const ObjectiveResult &o, const QStringList &warnings);

} // namespace Sla::Core::FigureText
