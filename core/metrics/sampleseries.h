// SPDX-License-Identifier: Apache-2.0
#pragma once

// One time series as returned by a metric source: its label set and its samples.

#include "core/engine/series.h"

#include <QMap>
#include <QString>

#include <vector>

namespace Sla::Core {

/// A label set, e.g. {__name__: http_requests_total, code: "500"}. Ordered by name.
using SeriesLabels = QMap<QString, QString>;

/// A source's series is the engine's series type: labels, `t` (ms, ascending) and `v`.
/// Values straight from a server may hold NaN (staleness markers) and +-Inf; sources
/// drop NaN before handing series to the engine.
using SampleSeries = Series;

} // namespace Sla::Core
