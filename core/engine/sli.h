// SPDX-License-Identifier: Apache-2.0
#pragma once

// Service level indicators computed from window increases (or raw samples for threshold
// indicators): ratio, latency share, histogram quantile, classification measures, drift
// scores between bucket distributions, and threshold aggregates.

#include "core/engine/series.h"
#include "core/engine/types.h"

#include <QString>

#include <optional>
#include <vector>

namespace Sla::Core::Sli {

/// Good and total events over a window. The SLI is good / total, clamped to [0, 1]
/// (extrapolated increases of two counters may disagree slightly); nothing when total <= 0.
/// The clamp keeps the figure in range; inconsistent() tells the caller to report it.
struct Ratio
{
    double good = 0;
    double total = 0;

    std::optional<double> value() const;
    /// Share of bad events, 1 - value(); nothing when total <= 0.
    std::optional<double> errorRatio() const;
    /// The counts contradict each other beyond rounding (a relative 1e-9): more good events
    /// than total, or (from a bad/total pair) more bad events than total, i.e. good < 0.
    bool inconsistent() const;
    bool operator==(const Ratio &) const = default;
};

/// `ratio: {good, total}`.
Ratio fromGood(double good, double total);
/// `ratio: {bad, total}`: good = total - bad.
Ratio fromBad(double bad, double total);

// ---------------------------------------------------------------------------------------
// Histograms

/// One cumulative classic-histogram bucket: observations <= le.
struct Bucket
{
    double le = 0;
    double count = 0;
    bool operator==(const Bucket &) const = default;
};

/// Parses the text of an `le` label as a number: decimal or exponent notation, and
/// "+Inf" / "Inf" / "inf" (any case) for the last bucket. Nothing for other text.
std::optional<double> parseLe(const QString &text);

/// Sorts buckets by le and merges buckets whose le are numerically equal ("0.5" and
/// "0.50" are one bucket; their counts are added, as `sum by (le)` would).
std::vector<Bucket> normalizeBuckets(std::vector<Bucket> buckets);

/// The result of a computation that can fail with a message for the user.
struct Outcome
{
    std::optional<double> value; ///< nothing: no data (or an error, see `error`)
    QString error;               ///< non-empty when the inputs cannot give a value
};

/// Cumulative bucket increases over `range` from the `_bucket` series of a classic
/// histogram: each series' Prometheus 2.x increase, summed per numeric `le` (as
/// `sum by (le) (increase(...))`), normalised. Series without data in the range are
/// skipped; an empty result means no data. A series without a numeric `le` label is an
/// error (its text is named in `error`).
struct BucketIncreases
{
    std::vector<Bucket> buckets;
    QString error;
};
BucketIncreases bucketIncreases(const std::vector<Series> &bucketSeries, TimeRange range);

/// `latency: {histogram, threshold}` over one window: good = count of the bucket whose le
/// equals `threshold` numerically, total = count of the +Inf bucket. An error when no
/// bucket has that le or there is no +Inf bucket. Buckets must be normalised.
struct LatencyRatio
{
    Ratio ratio;
    QString error;
};
LatencyRatio latencyRatio(const std::vector<Bucket> &buckets, double threshold);

/// Prometheus `histogram_quantile(q, ...)` on classic buckets: NaN for q NaN, -Inf for
/// q < 0, +Inf for q > 1; NaN without a +Inf bucket, with fewer than two buckets or no
/// observations; buckets are made monotonic (a lower count than a previous bucket is
/// raised to it); the rank q * total is located and interpolated linearly inside its
/// bucket (the first bucket starts at 0 unless its le is <= 0, when le itself is
/// returned); a rank in the +Inf bucket gives the largest finite le.
double histogramQuantile(double q, std::vector<Bucket> buckets);

// ---------------------------------------------------------------------------------------
// Classification

/// Confusion-matrix counts over a window (increases of the tp/fp/fn/tn counters).
struct Confusion
{
    double tp = 0, fp = 0, fn = 0, tn = 0;
};

/// The measure as good / total events, so that budgets and burn rates treat it like any
/// ratio: precision tp/(tp+fp), recall tp/(tp+fn), f1 2tp/(2tp+fp+fn),
/// accuracy (tp+tn)/(tp+fp+fn+tn).
Ratio classificationRatio(Engine::ClassificationMeasure measure, const Confusion &c);
std::optional<double> classification(Engine::ClassificationMeasure measure, const Confusion &c);

// ---------------------------------------------------------------------------------------
// Drift

/// Per-bin counts from cumulative buckets: bin i holds (le[i-1], le[i]]. A bin that comes
/// out negative (an inconsistent scrape) counts as empty.
std::vector<double> decumulate(const std::vector<Bucket> &buckets);

/// Representative value of each bin, for Wasserstein: the middle of (le[i-1], le[i]].
/// The first bin starts at 0 when le[0] > 0, else it is as wide as the second bin. The
/// +Inf bin (and any bin without a finite upper bound) is centred half a bin width above
/// the last finite le, using the width of the bin before it (so it sits where the next
/// bucket of the same width would have its middle).
std::vector<double> binMidpoints(const std::vector<Bucket> &buckets);

/// Population stability index: both distributions are normalised to proportions; a
/// proportion of 0 is floored at 1e-4 (no renormalisation); PSI = sum (c - r) ln(c / r).
/// Nothing when either distribution has no observations or the bin counts differ.
std::optional<double> psi(const std::vector<double> &reference, const std::vector<double> &current);

/// Jensen-Shannon divergence with natural log (0 .. ln 2): with M = (R + C) / 2,
/// JS = KL(R || M) / 2 + KL(C || M) / 2, where empty bins contribute 0.
std::optional<double> jensenShannon(const std::vector<double> &reference, const std::vector<double> &current);

/// Wasserstein-1 distance between the two distributions placed on `midpoints`, divided by
/// the standard deviation of the reference distribution on the same midpoints. When that
/// is 0 (all reference mass in one bin) the distance is divided by 1 instead.
std::optional<double> wasserstein(const std::vector<double> &reference, const std::vector<double> &current,
                                  const std::vector<double> &midpoints);

/// Drift score between two bucket sets with the same le values (normalised buckets).
Outcome drift(Engine::DriftMethod method, const std::vector<Bucket> &reference, const std::vector<Bucket> &current);

// ---------------------------------------------------------------------------------------
// Threshold indicators

/// avg / min / max / last of the values; nothing when there are none.
std::optional<double> aggregate(Engine::Aggregate how, const double *values, std::size_t count);
std::optional<double> aggregate(Engine::Aggregate how, const std::vector<double> &values);

/// The aggregate of the samples of `series` inside the closed range; nothing when the
/// range holds no sample (a gap).
std::optional<double> aggregateOver(Engine::Aggregate how, const Series &series, TimeRange range);

/// `value op threshold`, e.g. compare(0.97, Gte, 0.95) is true.
bool compare(double value, Engine::CompareOp op, double threshold);

} // namespace Sla::Core::Sli
