// SPDX-License-Identifier: Apache-2.0
#include "core/engine/countersummary.h"

#include <algorithm>

namespace Sla::Core::Counters {

Summary Summary::of(const CounterView &counter, TimeRange range)
{
    Summary s;
    const auto begin = std::lower_bound(counter.t.begin(), counter.t.end(), range.start);
    const auto end = std::upper_bound(begin, counter.t.end(), range.end);
    for (auto it = begin; it != end; ++it)
        s.append({*it, counter.v[std::size_t(it - counter.t.begin())]});
    return s;
}

Summary Summary::fromParts(Sample first, Sample last, std::size_t count, std::vector<Reset> resets)
{
    Summary s;
    s.m_first = first;
    s.m_last = last;
    s.m_count = count;
    s.m_resets = std::move(resets);
    return s;
}

bool Summary::append(Sample s)
{
    if (m_count == 0) {
        m_first = s;
        m_last = s;
        m_count = 1;
        return true;
    }
    if (s.t <= m_last.t)
        return false;
    // Prometheus adds the value before a drop in time order; keeping the drops in order lets
    // increase() add them in the same order, so the sum rounds the same way.
    if (s.v < m_last.v)
        m_resets.push_back({m_last.t, m_last.v});
    m_last = s;
    ++m_count;
    return true;
}

bool Summary::dropBefore(qint64 start, std::span<const Sample> read)
{
    const auto next =
        std::lower_bound(read.begin(), read.end(), start, [](const Sample &s, qint64 t) { return s.t < t; });
    const auto leaving = std::size_t(next - read.begin());
    if (leaving == 0)
        return m_count == 0 || m_first.t >= start;
    if (m_count == 0 || !(read.front() == m_first) || leaving > m_count)
        return false;
    m_count -= leaving;
    // A drop counts while the sample before it is inside the range.
    std::erase_if(m_resets, [start](const Reset &r) { return r.t < start; });
    if (m_count == 0) {
        // Nothing stays; a sample read at or after `start` must then be a newer one.
        const bool fits = next == read.end() || next->t > m_last.t;
        *this = Summary();
        return fits;
    }
    if (next == read.end() || next->t > m_last.t)
        return false;
    m_first = *next;
    return m_count > 1 || m_first == m_last;
}

std::optional<double> Summary::increase(TimeRange range) const
{
    if (m_count < 2)
        return std::nullopt;
    double raw = m_last.v - m_first.v;
    for (const Reset &r : m_resets)
        raw += r.before;
    return extrapolate(raw, m_first.v, m_first.t, m_last.t, m_count, range);
}

} // namespace Sla::Core::Counters
