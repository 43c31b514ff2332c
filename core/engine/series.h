// SPDX-License-Identifier: Apache-2.0
#pragma once

// A labelled time series as the engine sees it: plain vectors for speed.

#include <QMap>
#include <QString>

#include <cstddef>
#include <vector>

namespace Sla::Core {

/// One series: `t` in Unix milliseconds, strictly increasing, and `v` of the same length.
/// Sources drop Prometheus staleness markers before handing series to the engine, so `v`
/// holds no NaN.
struct Series
{
    QMap<QString, QString> labels;
    std::vector<qint64> t;
    std::vector<double> v;

    std::size_t size() const { return t.size(); }
    bool isEmpty() const { return t.empty(); }
    void append(qint64 time, double value)
    {
        t.push_back(time);
        v.push_back(value);
    }
};

/// A time range in Unix milliseconds. Ranges are closed, [start, end], like Prometheus 2.x
/// range selectors: a sample exactly at `start` belongs to the range.
struct TimeRange
{
    qint64 start = 0;
    qint64 end = 0;

    qint64 length() const { return end - start; }
    bool contains(qint64 t) const { return t >= start && t <= end; }
    bool operator==(const TimeRange &) const = default;
};

} // namespace Sla::Core
