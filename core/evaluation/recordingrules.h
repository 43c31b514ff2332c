// SPDX-License-Identifier: Apache-2.0
#pragma once
// The Prometheus back-end reading the `slactl rules` recording rules (issue 11, README
// "Reading the recording rules"): when the source records the 5-minute increases of a
// count-based occurrences objective (`sladesk:sli_good:increase5m`,
// `sladesk:sli_total:increase5m` labelled with the hash of the objective's current good
// and total queries, RecordedSeries::queryHash()), the compliance window and the burn-rate
// windows of a day and more are read as `sum_over_time` of those pieces instead of an
// `increase` over the raw series. Pure: queries in, figures out; the back-end
// (promevaluation.cpp) sends them and falls back to the full read.

#include "core/engine/budget.h"
#include "core/evaluation/evaluationplan.h"
#include "core/metrics/metricsource.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace Sla::Core::RecordingRules {

/// The recorded-series check of a source: `count by (sla, objective, sladesk_query)` of
/// the totals recorded in the 10 minutes before the evaluation time (cheap: a point or
/// two per series).
QString detectionQuery();

/// `sla`, `objective` and the hash of one recorded total, as detectionQuery() lists them.
QString key(const QString &sla, const QString &objective, const QString &hash);
/// The keys of detectionQuery()'s answer.
QSet<QString> detectedKeys(const QueryResult &answer);

/// Whether `plan` can be read from the recording rules at all: a count-based occurrences
/// objective (events) whose window is a day or longer (shorter windows come from the raw
/// series, in the rules too) and ends at the evaluation time, without corrections in it.
/// Its hash in *hash.
bool readable(const ObjectivePlan &plan, QString *hash);

/// The back-end's raw parts of one range (`g`/`b`/`t` + suffix, as occurrencesQuery()).
using RawParts = std::function<QStringList(const QString &range, const QString &suffix)>;

/// The tagged instant query (at plan.at): `G0`/`T0` the recorded good and total over the
/// window, `N0` the number of recorded pieces, `G<i+1>`/`T<i+1>` for burn-rate window i
/// of a day or more (and no longer than the window), and the raw parts for the shorter ones.
QString query(const ObjectivePlan &plan, const QString &hash, const RawParts &raw);

/// The 5-minute pieces a complete recording holds in the window: its length / 5 minutes.
qint64 expectedPieces(const ObjectivePlan &plan);

/// The window's events from the answer when the recording covers the window (at least
/// expectedPieces() pieces, a good and a total); nothing otherwise, and *why.
bool covers(const ObjectivePlan &plan, const QHash<QString, double> &parts, QString *why);

/// The events of window `r` (the window or a burn-rate window) from the answer: recorded
/// parts where query() asked for them, raw parts elsewhere (`numeratorIsBad`: the raw
/// numerator counts bad events).
Budget::EventCount counts(const ObjectivePlan &plan, const QHash<QString, double> &parts, bool numeratorIsBad);

} // namespace Sla::Core::RecordingRules
