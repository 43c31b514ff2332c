// SPDX-License-Identifier: Apache-2.0
#pragma once

// How far back a source's data reaches, and which figures reach further. Prometheus keeps
// `--storage.tsdb.retention.time` of data (its /api/v1/status/runtimeinfo names it as
// `storageRetention`, e.g. "15d" or "15d or 10GiB"): a 30-day window on a server that keeps
// 15 days is computed on half of it. Such a figure is marked partial and the evaluation
// warns once per source, never computing on less in silence. A recording's first sample
// plays the same part. Servers that do not say (Thanos, Mimir, a size-only retention) get
// no check.

#include "core/evaluation/evaluationplan.h"

#include <QString>

#include <optional>

namespace Sla::Core::Retention {

/// What a source says about the age of its oldest data.
struct Horizon
{
    /// A server's time-based retention: the oldest data is `now - retentionMs`.
    std::optional<qint64> retentionMs;
    /// The oldest sample (a recording, after alignToNow).
    std::optional<qint64> oldestMs;
    /// A window starting less than this before the oldest sample still counts as whole
    /// (a recording's step: `increase` extrapolates over it).
    qint64 toleranceMs = 0;
    /// Added to absolute document times (the drift reference) to reach the source's time
    /// base (a recording moved by alignToNow).
    qint64 referenceShiftMs = 0;
    /// The retention as the source words it ("15d or 10GiB"), for the warning.
    QString text;

    bool isKnown() const { return retentionMs || oldestMs; }
};

/// The time part of a `storageRetention` text ("15d", "15d or 10GiB", "1y"); nothing for
/// a size-only retention ("10GiB"), an empty text or zero.
std::optional<qint64> parseRetention(const QString &text);

/// The oldest time the source holds data at `nowMs`; nothing when unknown.
std::optional<qint64> oldest(const Horizon &horizon, qint64 nowMs);

/// The earliest time the objective's figures read: the window's start, or the drift
/// reference's start when earlier (moved by `referenceShiftMs`).
qint64 earliestRead(const ObjectivePlan &plan, qint64 referenceShiftMs = 0);

/// Whether `a` reads further back than `b` (earliestRead), or as far and comes first in
/// the workspace: the objective a warning names, whatever order the results arrive in.
bool readsFurther(const ObjectivePlan &a, const ObjectivePlan &b, qint64 referenceShiftMs = 0);

/// Whether the objective reads further back than the source's data.
bool isPartial(const ObjectivePlan &plan, const Horizon &horizon, qint64 nowMs);

/// The warning line of one source: names it, its retention and the objective reading
/// furthest back (`longest`) with its window.
QString warning(const QString &source, const Horizon &horizon, qint64 nowMs, const ObjectivePlan &longest);

} // namespace Sla::Core::Retention
