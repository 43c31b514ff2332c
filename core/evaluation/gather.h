// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core: collects results that arrive in any order (futures finishing, cache
// callbacks) and hands them over once, in request order, when the last one is in; and the
// first failure among them.

#include "core/metrics/metricsource.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace Sla::Core {

template <typename T> class Gather
{
public:
    using Done = std::function<void(std::vector<T> &)>;

    /// A collector for `count` results; with none, `done` runs at once.
    static std::shared_ptr<Gather> create(std::size_t count, Done done)
    {
        auto g = std::shared_ptr<Gather>(new Gather(count, std::move(done)));
        if (count == 0)
            g->m_done(g->m_results);
        return g;
    }

    /// Stores result `index`; the last one to arrive calls `done`.
    void set(std::size_t index, T value)
    {
        m_results[index] = std::move(value);
        if (--m_pending == 0)
            m_done(m_results);
    }

private:
    Gather(std::size_t count, Done done) : m_results(count), m_pending(count), m_done(std::move(done)) {}

    std::vector<T> m_results;
    std::size_t m_pending;
    Done m_done;
};

/// The first failure among `results`, or nullptr.
template <typename T> const SourceError *firstError(const std::vector<SourceResult<T>> &results)
{
    for (const SourceResult<T> &r : results) {
        if (!r.isOk())
            return &r.error();
    }
    return nullptr;
}

} // namespace Sla::Core
