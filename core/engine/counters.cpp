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

CounterPrefix::CounterPrefix(const Series &series)
    : CounterPrefix(std::span<const qint64>(series.t), std::span<const double>(series.v))
{
}

CounterPrefix::CounterPrefix(std::span<const qint64> t, std::span<const double> v)
    : m_t(t)
    , m_v(v)
    , m_adjusted(v.size())
{
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
