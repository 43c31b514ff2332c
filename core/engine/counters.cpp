// SPDX-License-Identifier: Apache-2.0
#include "core/engine/counters.h"

#include <algorithm>

namespace Sla::Core::Counters {

double extrapolate(double rawIncrease, double firstValue, qint64 firstT, qint64 lastT, std::size_t samples,
                   TimeRange range)
{
    // Seconds, as Prometheus computes them; the ratios below make the unit irrelevant
    // except for rounding, which then matches.
    double durationToStart = double(firstT - range.start) / 1000.0;
    const double durationToEnd = double(range.end - lastT) / 1000.0;
    const double sampledInterval = double(lastT - firstT) / 1000.0;
    const double averageSpacing = sampledInterval / double(samples - 1);

    if (rawIncrease > 0 && firstValue >= 0) {
        // A counter cannot go below zero: do not extrapolate past the time it would have
        // needed to climb from zero to its first value at the observed slope.
        const double durationToZero = sampledInterval * (firstValue / rawIncrease);
        durationToStart = std::min(durationToStart, durationToZero);
    }

    const double threshold = averageSpacing * 1.1;
    double interval = sampledInterval;
    interval += durationToStart < threshold ? durationToStart : averageSpacing / 2;
    interval += durationToEnd < threshold ? durationToEnd : averageSpacing / 2;
    return rawIncrease * (interval / sampledInterval);
}

std::optional<double> increase(const Series &series, TimeRange range)
{
    const auto begin = std::lower_bound(series.t.begin(), series.t.end(), range.start);
    const auto end = std::upper_bound(begin, series.t.end(), range.end);
    const auto first = std::size_t(begin - series.t.begin());
    const auto past = std::size_t(end - series.t.begin());
    if (past < first + 2)
        return std::nullopt;

    double result = series.v[past - 1] - series.v[first];
    for (std::size_t i = first + 1; i < past; ++i) {
        if (series.v[i] < series.v[i - 1])
            result += series.v[i - 1];
    }
    return extrapolate(result, series.v[first], series.t[first], series.t[past - 1], past - first, range);
}

std::optional<double> rate(const Series &series, TimeRange range)
{
    const auto inc = increase(series, range);
    if (!inc || range.length() <= 0)
        return std::nullopt;
    return *inc / (double(range.length()) / 1000.0);
}

void increasesEndingAt(const CounterView &counter, qint64 end, std::span<const qint64> lengths,
                       std::span<std::optional<double>> out)
{
    const std::size_t k = std::min(lengths.size(), out.size());
    const auto &t = counter.t;
    const auto &v = counter.v;
    const std::size_t past = std::size_t(std::upper_bound(t.begin(), t.end(), end) - t.begin());

    // Visit the ranges from the shortest (latest first sample) to the longest, so that the
    // reset corrections accumulate in one backward walk.
    struct Job
    {
        std::size_t first;
        std::size_t slot;
    };
    constexpr std::size_t MaxJobs = 16;
    Job jobs[MaxJobs];
    std::size_t jobCount = 0;
    for (std::size_t j = 0; j < k; ++j) {
        out[j].reset();
        if (jobCount == MaxJobs) {
            // More ranges than the fixed table holds: fall back to the plain search.
            const TimeRange range{end - lengths[j], end};
            const auto first = std::size_t(std::lower_bound(t.begin(), t.end(), range.start) - t.begin());
            if (past >= first + 2) {
                double raw = v[past - 1] - v[first];
                for (std::size_t i = first + 1; i < past; ++i)
                    raw += v[i] < v[i - 1] ? v[i - 1] : 0.0;
                out[j] = extrapolate(raw, v[first], t[first], t[past - 1], past - first, range);
            }
            continue;
        }
        const auto first = std::size_t(std::lower_bound(t.begin(), t.end(), end - lengths[j]) - t.begin());
        if (past >= first + 2)
            jobs[jobCount++] = {first, j};
    }
    std::sort(jobs, jobs + jobCount, [](const Job &a, const Job &b) { return a.first > b.first; });

    if (jobCount == 0)
        return;
    const std::size_t last = past - 1;
    double correction = 0;
    std::size_t i = last;
    for (std::size_t j = 0; j < jobCount; ++j) {
        const std::size_t first = jobs[j].first;
        // Resets are rare, so a predictable branch beats a branch-free add here.
        for (; i > first; --i) {
            if (v[i] < v[i - 1]) [[unlikely]]
                correction += v[i - 1];
        }
        const double raw = v[last] - v[first] + correction;
        out[jobs[j].slot] = extrapolate(raw, v[first], t[first], t[last], last - first + 1,
                                        TimeRange{end - lengths[jobs[j].slot], end});
    }
}

CounterPrefix::CounterPrefix(const CounterView &counter) : m_t(counter.t), m_v(counter.v), m_adjusted(counter.v.size())
{
    const auto &v = counter.v;
    const std::size_t n = v.size();
    if (n == 0)
        return;
    double correction = 0;
    double prev = v[0];
    m_adjusted[0] = prev;
    for (std::size_t i = 1; i < n; ++i) {
        const double cur = v[i];
        // Branch-free form of "add the previous value on a reset": the compiler keeps
        // this loop tight, and it runs once per sample of every series.
        correction += cur < prev ? prev : 0.0;
        m_adjusted[i] = cur + correction;
        prev = cur;
    }
}

std::pair<std::size_t, std::size_t> CounterPrefix::indexRange(TimeRange range) const
{
    const auto begin = std::lower_bound(m_t.begin(), m_t.end(), range.start);
    const auto end = std::upper_bound(begin, m_t.end(), range.end);
    return {std::size_t(begin - m_t.begin()), std::size_t(end - m_t.begin())};
}

std::optional<double> CounterPrefix::increaseBetween(std::size_t first, std::size_t last, TimeRange range) const
{
    if (last <= first || last >= m_t.size())
        return std::nullopt;
    const double raw = m_adjusted[last] - m_adjusted[first];
    return extrapolate(raw, m_v[first], m_t[first], m_t[last], last - first + 1, range);
}

std::optional<double> CounterPrefix::increase(TimeRange range) const
{
    const auto [first, past] = indexRange(range);
    if (past < first + 2)
        return std::nullopt;
    return increaseBetween(first, past - 1, range);
}

std::optional<double> CounterPrefix::rawIncrease(TimeRange range) const
{
    const auto [first, past] = indexRange(range);
    if (past < first + 2)
        return std::nullopt;
    return m_adjusted[past - 1] - m_adjusted[first];
}

std::optional<double> sumIncrease(const std::vector<CounterPrefix> &counters, TimeRange range)
{
    std::optional<double> sum;
    for (const CounterPrefix &c : counters) {
        if (const auto inc = c.increase(range))
            sum = sum.value_or(0.0) + *inc;
    }
    return sum;
}

} // namespace Sla::Core::Counters
