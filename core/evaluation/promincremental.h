// SPDX-License-Identifier: Apache-2.0
#pragma once

// The exact incremental refresh of the Prometheus back-end (issue 11). A full evaluation
// of an occurrences objective asks for `sum(increase(SEL[W]))` over the compliance window
// and the seven burn-rate windows: a 30-day window touches 30 days of samples on every
// refresh. Here the long windows (one day or longer: the compliance window, 1d and 3d) are
// kept per series as Counters::Summary (first and last sample, count, counter drops), which
// is everything Prometheus 2.x `increase()` looks at (counters.h). A refresh from t0 to t1
// then reads only
//  - the samples after the committed part, `SEL[t1 - cutoff]` at t1 (one read per selector,
//    shared by every window), and
//  - per long window whose start moved from s0 to s1, the samples leaving it plus a
//    look-ahead for the new first sample: `SEL[s1 - s0 + LookAheadMs]` at s1 + LookAheadMs;
// the short windows (5m .. 6h) are read in full with the usual tagged instant query. The
// per-series increases are summed in the order Prometheus sums them (series sorted by
// their label sets) and combined as the compiled query combines them (`a + b`, `2 * a`),
// then the figures go through the same PromEvaluation::countedResult() as a full read.
//
// Samples newer than `at - SettleMs` are never committed to the state: they are read again
// on the next refresh, so a sample that a scrape commits a little after its timestamp is
// still counted (the state only holds samples that are SettleMs old).
//
// The state is built on the first evaluation: a full read for the figures, plus per long
// window `count_over_time` and `resets` over it and the raw samples at both of its ends (a
// series with counter drops, or whose first or last sample is not near the window's ends,
// is read raw over the whole window, once). The state's own figures at that time are
// compared with the full read's; the state is kept only when they agree (relative 1e-9),
// otherwise the objective is read in full for as long as the workspace is open.
//
// A full read is used (ObjectiveResult::read says so), and the state left alone or rebuilt:
// for timeslice objectives, raw `query` indicators, error-ratio queries, corrections, label
// delays; when `at` goes backwards, jumps by more than MaxStepMs or a window's start does
// (a new calendar period); while another evaluation of the objective is running; when a
// read does not fit the state (a series missing, a gap longer than the look-ahead at a
// window's start); after a source error. The state lives in the connection (one per data
// source of the evaluator's workspace), so Evaluator::setWorkspace drops it.
//
// Only for servers whose buildinfo version is 2.x before 2.52 (compatibleVersion()): their
// ranges are closed [t - W, t] and their extrapolation is Counters::extrapolate's; Prometheus
// 2.52+ changed the extrapolation order and Prometheus 3 selects (t - W, t].

#include "core/document/model.h"
#include "core/engine/countersummary.h"
#include "core/evaluation/evaluationbackend.h"
#include "core/metrics/metricsource.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace Sla::Core::PromIncremental {

/// Samples younger than this at a refresh are read again on the next one.
inline constexpr qint64 SettleMs = 5 * 60 * 1000;
/// How far after a window's new start the first sample is looked for.
inline constexpr qint64 LookAheadMs = 10 * 60 * 1000;
/// The longest step between two refreshes (and of a window's start) served incrementally.
inline constexpr qint64 MaxStepMs = 60 * 60 * 1000;
/// Windows at least this long are kept as state; shorter ones are read in full.
inline constexpr qint64 TrackFromMs = 24 * 60 * 60 * 1000;

/// The state of every objective of one source (one per connection).
class Store;
std::shared_ptr<Store> createStore();

using ResultCallback = EvaluationBackend::ResultCallback;
/// The back-end's full read of an occurrences objective.
using FullRead =
    std::function<void(const ObjectivePlan &plan, ObjectiveResult base, QObject *context, ResultCallback done)>;

/// Evaluates an occurrences objective whose plan asks for an incremental refresh: from the
/// state when it can, else with `full` (building the state when it may). `source` must
/// outlive the call; `sourceName` names it in warnings.
void occurrences(const std::shared_ptr<Store> &store, MetricSource *source, const QString &sourceName,
                 const ObjectivePlan &plan, ObjectiveResult base, QObject *context, const FullRead &full,
                 ResultCallback done);

/// One term of a compiled event count: factor x sum(increase(selectors[selector][W])).
struct Term
{
    double factor = 1;
    int selector = 0;
    bool operator==(const Term &) const = default;
};

/// What an objective's event counts are made of: sums of counter increases.
struct Shape
{
    QStringList selectors;
    std::vector<Term> numerator; ///< good, or bad when numeratorIsBad
    bool numeratorIsBad = false;
    std::vector<Term> total;
};

/// The shape of an objective's compiled good/bad and total queries; nothing when they are
/// not sums of `sum(increase(SEL[W]))` terms (a raw query, an error ratio, timeslices).
std::optional<Shape> shapeOf(const Objective &objective);

/// Whether a server of this version (/api/v1/status/buildinfo) computes `increase()` as
/// Counters does: Prometheus 2.x before 2.52 (closed ranges, that extrapolation order).
/// Other servers, and servers that do not tell, are always read in full.
bool compatibleVersion(const QString &version);

/// Why the objective is always read in full (empty: it can be refreshed incrementally).
QString fullReadReason(const ObjectivePlan &plan);

/// The key Prometheus orders series by (their label sets compared name by name, then value
/// by value); sorting by it sums series in the order Prometheus does.
QString seriesKey(const QMap<QString, QString> &labels);

/// Per series (by seriesKey), what the state holds of a window.
using SeriesSummaries = std::map<QString, Counters::Summary>;
/// Per series (by seriesKey), samples read, in time order.
using SeriesSamples = std::map<QString, std::vector<Counters::Summary::Sample>>;

/// `sum(increase(SEL[range]))` of the series whose samples up to `cutoff` are `committed`
/// and whose later samples (up to range.end) are in `fresh`: nothing when no series has two
/// samples in the range. False (in *ok) when a fresh sample is not after the committed ones.
std::optional<double> windowSum(const SeriesSummaries &committed, const SeriesSamples &fresh, qint64 cutoff,
                                TimeRange range, bool *ok);

/// Moves the committed state of a window from start s0 to `start`: `leaving` holds the
/// samples read from s0 up to a look-ahead past `start`, `committedUpTo` the time up to
/// which `committed` holds samples. False when a read does not fit the state.
bool slideStart(SeriesSummaries &committed, const SeriesSamples &leaving, qint64 start, qint64 committedUpTo);

/// Appends the samples in (from, upTo] of every fresh series to its committed summary; false
/// (in *ok) when one is not after the committed ones.
void commitFresh(SeriesSummaries &committed, const SeriesSamples &fresh, qint64 from, qint64 upTo, bool *ok);

/// `factor x sum` of each term, added left to right; nothing when one of the sums is nothing
/// (PromQL's `+` of an empty vector is empty).
std::optional<double> combine(const std::vector<Term> &terms, const std::vector<std::optional<double>> &sums);

} // namespace Sla::Core::PromIncremental
