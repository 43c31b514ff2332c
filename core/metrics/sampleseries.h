// SPDX-License-Identifier: Apache-2.0
#pragma once

// One time series as returned by a metric source: its label set and its samples.
// Deliberately a plain struct with exactly three members so that it can be unified with
// the engine's own series type later.

#include <QMap>
#include <QString>

#include <vector>

namespace Sla::Core {

/// A label set, e.g. {__name__: http_requests_total, code: "500"}. Ordered by name.
using SeriesLabels = QMap<QString, QString>;

struct SampleSeries
{
    SeriesLabels labels;
    std::vector<qint64> t; ///< sample times, milliseconds since the Unix epoch, ascending
    std::vector<double> v; ///< sample values (NaN and +-Inf allowed), same length as t
};

} // namespace Sla::Core
