// SPDX-License-Identifier: Apache-2.0
#pragma once

// What Prometheus 2.x `increase()` needs to know of one counter's samples inside a range,
// kept small enough to slide the range along without the samples (the incremental refresh
// of the Prometheus back-end, core/evaluation/promincremental.h).
//
// Prometheus computes, per series, from the samples inside the closed range [start, end]:
//   raw = last.v - first.v, then + the value before every drop (v[i] < v[i-1]) in time order,
// and extrapolates raw from (first.t, first.v, last.t, count) towards the range's ends
// (Counters::extrapolate). A summary holds exactly those: the first and last sample, the
// number of samples and the drops (each with the time and value of the sample before it).
// Appending a later sample and dropping the samples before a new start keep it exact:
// increase() evaluates the same expression, in the same order, as Prometheus does on the
// samples themselves, so the figure is bit-identical (Counters::increase is its reference).

#include "core/engine/counters.h"
#include "core/engine/series.h"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace Sla::Core::Counters {

class Summary
{
public:
    struct Sample
    {
        qint64 t = 0;
        double v = 0;
        bool operator==(const Sample &) const = default;
    };
    /// A drop of the counter: the sample before it (time and value); its value is added to
    /// the raw increase while that sample is inside the range.
    struct Reset
    {
        qint64 t = 0;
        double before = 0;
        bool operator==(const Reset &) const = default;
    };

    /// The summary of the samples of `counter` inside `range` (closed).
    static Summary of(const CounterView &counter, TimeRange range);
    /// A summary from its parts (first and last sample, count and drops), as a source that
    /// counts them itself reports them.
    static Summary fromParts(Sample first, Sample last, std::size_t count, std::vector<Reset> resets = {});

    bool isEmpty() const { return m_count == 0; }
    std::size_t count() const { return m_count; }
    const Sample &first() const { return m_first; }
    const Sample &last() const { return m_last; }
    const std::vector<Reset> &resets() const { return m_resets; }

    /// Appends a sample after the last one; false (and nothing changes) when it is not later.
    bool append(Sample s);

    /// Moves the start of the summarised range forward to `start` (closed: a sample at
    /// `start` stays). `read` is every sample of the series from the old start up to some
    /// time at or after `start`, in time order: those before `start` leave, and the first
    /// one at or after it becomes the new first sample. False when `read` does not fit the
    /// summary (its first leaving sample is not the summary's first, more samples leave
    /// than it holds) or does not reach the new first sample; the summary is then unusable.
    bool dropBefore(qint64 start, std::span<const Sample> read);

    /// Prometheus 2.x `increase()` over `range` of the summarised samples (they must all lie
    /// inside it); nothing with fewer than two samples.
    std::optional<double> increase(TimeRange range) const;

    bool operator==(const Summary &) const = default;

private:
    Sample m_first;
    Sample m_last;
    std::size_t m_count = 0;
    std::vector<Reset> m_resets;
};

} // namespace Sla::Core::Counters
