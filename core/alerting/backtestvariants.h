// SPDX-License-Identifier: Apache-2.0
#pragma once

// Alert rule variants replayed side by side (issue 9's backtest panel, issue 11's
// `slactl backtest --variant`): one set of evaluations of a range, the workspace's own
// rules and each variant's rules replayed over it, and each variant's summary. Written
// once here so that the editor's panel and slactl give the same figures.

#include "core/alerting/backtestsummary.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Sla::Core::Alerting {

/// The most evaluation steps one backtest takes (slactl and the editor's panel).
constexpr qint64 MaxBacktestSteps = 20000;

/// What a backtest covers: the range, the step, and optionally one SLA and one of its objectives.
struct BacktestRange
{
    QDateTime from;
    QDateTime to;
    qint64 stepMs = 5 * Duration::Minute;
    QString sla;       ///< empty: every SLA
    QString objective; ///< empty: every objective (of `sla`)

    /// The evaluation times: `from`, then every step up to and including `to`.
    QList<QDateTime> times() const;
};

/// One set of rules to replay and what it did.
struct BacktestVariant
{
    QString name;
    /// The rules replayed instead of the tier's and the SLA's (a TierTemplate's alerts,
    /// as `--variant FILE` gives them); none: the workspace's own rules.
    std::optional<TierTemplate> replacement;
    QList<Episode> episodes;
    BacktestSummary summary;
};

/// `workspace` reduced to what a backtest of `range` evaluates: the other SLAs, and the
/// other objectives of `range.sla` when `range.objective` is set, are dropped. The figures
/// of one objective do not depend on the others, so only the evaluation gets cheaper.
Workspace backtestWorkspace(const Workspace &workspace, const BacktestRange &range);

/// Replays every variant over the evaluations `reports` (ascending, e.g. at
/// `range.times()`) of `workspace`: its episodes, then its summary for the range. Pure:
/// runs on any thread.
void replayVariants(const Workspace &workspace, const QList<EvaluationReport> &reports, const BacktestRange &range,
                    QList<BacktestVariant> &variants);

} // namespace Sla::Core::Alerting
