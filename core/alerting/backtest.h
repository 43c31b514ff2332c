// SPDX-License-Identifier: Apache-2.0
#pragma once

// Backtest (README "Alerting", backtest): the alert engine replayed over recorded figures.
// backtest() is a pure function of the rules and the per-step figures; tracksFrom()
// collects those figures from evaluations of a workspace at successive times.

#include "core/alerting/alert.h"
#include "core/alerting/rules.h"

#include <QList>

namespace Sla::Core::Alerting {

/// The figures of one objective at successive evaluation times.
struct ObjectiveTrack
{
    QString sla;
    QString objective;
    QList<std::pair<QDateTime, RuleInput>> samples; ///< ascending times
};

/// The firing episodes the rules raise over `tracks`, samples in [from, to] only: each
/// rule applies to the tracks of the objectives it covers; the state machine runs as live
/// (`for`, keep-firing, no data, minEvents, maintenance). An episode starts when the
/// alert fires and ends when it resolves (invalid end: still firing at `to`); its peak is
/// the worst value while firing (the lowest for `below` and budget rules, else the
/// highest). Ordered by start, then rule.
QList<Episode> backtest(const QList<Rule> &rules, const QList<ObjectiveTrack> &tracks, const QDateTime &from,
                        const QDateTime &to);

/// The rule input of `result` with what only the documents know: the objective's drift
/// threshold and the correction active at `at` (on the result's time line).
RuleInput inputFor(const ObjectiveResult &result, const Sla *sla, const QList<Correction> &corrections,
                   const QDateTime &at);

/// The tracks of every objective of SLA `sla` from evaluations of `workspace` at
/// successive times (EvaluationReport::at, ascending), e.g. of a recorded source.
QList<ObjectiveTrack> tracksFrom(const QList<EvaluationReport> &reports, const Workspace &workspace,
                                 const QString &sla);

} // namespace Sla::Core::Alerting
