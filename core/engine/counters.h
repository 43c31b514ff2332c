// SPDX-License-Identifier: Apache-2.0
#pragma once

// Counter maths with the semantics of Prometheus 2.x `increase()` and `rate()`.
//
// For a range [start, end] (closed, as range selectors are in Prometheus 2.x) the samples
// inside the range are taken; with fewer than two there is no result. The raw increase is
// last - first plus, for every counter reset (a sample lower than its predecessor), the
// value before the reset. It is then extrapolated towards the range boundaries:
//  - gaps to the boundaries are durationToStart = first.t - start, durationToEnd = end - last.t;
//  - average spacing avg = (last.t - first.t) / (n - 1);
//  - if the increase is positive and the first value is >= 0, the start gap is shortened to
//    the time the counter would have needed to rise from 0 (durationToZero = sampled *
//    first.v / increase) when that is smaller, so a counter is never extrapolated below 0;
//  - a gap shorter than 1.1 * avg is extrapolated in full, a longer one by avg / 2 only
//    (the series is taken to start or end within the range);
//  - increase *= (sampled + startGap + endGap) / sampled; rate divides by the range length.
// The order (zero point first, then the 1.1 * avg test) is that of Prometheus 2.x up to
// 2.51; Prometheus 2.52+ changed it, and Debian ships 2.42, which is what we compare with.

#include "core/engine/series.h"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace Sla::Core::Counters {

/// A non-owning view of one counter's samples; the series must outlive it.
struct CounterView
{
    std::span<const qint64> t;
    std::span<const double> v;

    CounterView() = default;
    CounterView(const Series &series) // NOLINT(google-explicit-constructor): a view of a series
        : t(series.t), v(series.v)
    {
    }
    CounterView(std::span<const qint64> times, std::span<const double> values) : t(times), v(values) {}
};

/// Prometheus 2.x `increase(series[end - start])` evaluated at `end`, computed directly
/// from the samples. Nothing when the range holds fewer than two samples.
std::optional<double> increase(const Series &series, TimeRange range);

/// Prometheus 2.x `rate()`: increase per second over the range length.
std::optional<double> rate(const Series &series, TimeRange range);

/// Prometheus 2.x increase over several ranges that all end at `end`, such as the
/// compliance window and the burn-rate windows at one evaluation time: out[k] is the
/// increase over [end - lengths[k], end]. One backward pass over the samples of the
/// longest range, without allocating; each value equals increase() for its range.
/// `out` must have lengths.size() elements.
void increasesEndingAt(const CounterView &counter, qint64 end, std::span<const qint64> lengths,
                       std::span<std::optional<double>> out);

/// Applies the Prometheus 2.x extrapolation to a raw (reset-corrected) increase between
/// the first and last sample inside `range`; exposed for callers that keep their own sums.
double extrapolate(double rawIncrease, double firstValue, qint64 firstT, qint64 lastT, std::size_t samples,
                   TimeRange range);

/// A reset-adjusted cumulative view of one counter: adjusted[i] = v[i] plus every value
/// seen just before a reset at or before i. The raw increase between samples i <= j is
/// then adjusted[j] - adjusted[i], so any number of windows over the same series cost a
/// binary search plus O(1) each. The prefix refers to the series' sample vectors, which
/// must outlive it and stay unchanged.
class CounterPrefix
{
public:
    CounterPrefix() = default;
    explicit CounterPrefix(const CounterView &counter);

    std::size_t size() const { return m_t.size(); }
    std::span<const qint64> times() const { return m_t; }
    double adjusted(std::size_t i) const { return m_adjusted[i]; }

    /// Index of the first sample >= start and one past the last sample <= end.
    std::pair<std::size_t, std::size_t> indexRange(TimeRange range) const;

    /// The same value as Counters::increase(series, range) (up to rounding).
    std::optional<double> increase(TimeRange range) const;
    /// O(1) when the sample indices [first, last] inside `range` are already known.
    std::optional<double> increaseBetween(std::size_t first, std::size_t last, TimeRange range) const;
    /// Reset-corrected increase between the first and last sample inside the range,
    /// without extrapolation (nothing with fewer than two samples).
    std::optional<double> rawIncrease(TimeRange range) const;

private:
    std::span<const qint64> m_t;
    std::span<const double> m_v;
    std::vector<double> m_adjusted;
};

/// `sum(increase(SEL[w]))`: the sum over the series that yield a value; nothing when none
/// does (a window without data, which is not the same as zero events).
std::optional<double> sumIncrease(const std::vector<CounterPrefix> &counters, TimeRange range);

} // namespace Sla::Core::Counters
