// SPDX-License-Identifier: Apache-2.0
#pragma once
// The 5-minute increase series that `slactl rules` records (README "Prometheus rules and
// backtests") as both their writer (core/rules) and their reader (the Prometheus
// evaluator, core/evaluation) see them: names, the good and total queries, and the label
// `sladesk_query` that carries a short hash of those queries, so that a reader can tell
// whether the recorded points were produced by the objective's current definition.
#include "core/document/model.h"

#include <QString>

namespace Sla::Core::RecordedSeries {

/// `sladesk:sli_good:increase5m`, `sladesk:sli_total:increase5m`.
QString goodIncrease();
QString totalIncrease();

/// The label of the increase series that holds queryHash().
inline constexpr const char *QueryLabel = "sladesk_query";

/// The good and total events of `objective` over the 5-minute pieces, as the increase
/// rules record them (good = total - bad for bad/total indicators). Empty when the
/// objective is not a count of events.
struct Increases
{
    QString good;
    QString total;
    bool isEmpty() const { return total.isEmpty(); }
};
Increases increases(const Objective &objective);

/// `{sla="SLA",objective="OBJECTIVE",sladesk_query="HASH"}` (values escaped for PromQL;
/// without the hash matcher when `hash` is empty).
QString selector(const QString &sla, const QString &objective, const QString &hash);

/// 12 hex digits of SHA-256 over the two queries of increases(): changes whenever the
/// objective's compiled good or total query does. Empty when increases() is.
QString queryHash(const Objective &objective);

} // namespace Sla::Core::RecordedSeries
