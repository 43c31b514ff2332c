// SPDX-License-Identifier: Apache-2.0
#pragma once

// What a set of alert rules would have done over a period, in the figures the editor's
// backtest panel and `slactl backtest` compare variants by (issue 9, issue 11): pages,
// time firing, time to detect each breach period, budget consumed before the first page.

#include "core/alerting/backtest.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Sla::Core::Alerting {

/// A run of evaluation times at which an objective was breached (error budget overspent,
/// status `breached`), clipped to the backtest's range.
struct BreachPeriod
{
    QString sla;
    QString objective;
    QDateTime start;
    QDateTime end; ///< the first time it was no longer breached; invalid: breached at the range's end
    /// The first alert of the objective firing at or after the start, before the end:
    /// how long after the start it fired (0 when one was firing already); none: no alert.
    std::optional<qint64> detectedAfterMs;
};

struct BacktestSummary
{
    int pages = 0;       ///< episodes of severity page
    qint64 firingMs = 0; ///< the episodes' durations added up (open ones up to the range's end)
    QDateTime firstPage; ///< invalid: no page
    AlertKey firstPageKey;
    /// The error budget consumed (of the first page's objective) at the first page.
    std::optional<double> consumedAtFirstPage;
    QList<BreachPeriod> breaches;
};

/// The summary of `episodes` (a backtest() over `tracks`) for the range [from, to].
BacktestSummary summarize(const QList<Episode> &episodes, const QList<ObjectiveTrack> &tracks, const QDateTime &from,
                          const QDateTime &to);

} // namespace Sla::Core::Alerting
