// SPDX-License-Identifier: Apache-2.0
#pragma once

// What an evaluation read, for `slactl explain` and the Explain view: each query as sent
// (PromQL or Datadog text with its time or range) with the series it answered, or, for
// recorded data, each selector with the increase of every series it matched over the
// window and over each correction interval. The back-ends stay as they are: Prometheus and
// Datadog reads are recorded by a TracingMetricSource in front of the source, recorded
// reads where the recorded back-end selects its counters (ObjectivePlan::trace). Reads may
// arrive from worker threads, so the trace locks.

#include "core/engine/counters.h"
#include "core/engine/series.h"
#include "core/metrics/metricsource.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <utility>
#include <vector>

namespace Sla::Core {

/// One read of an objective's data and its answer.
struct TracedRead
{
    enum class Kind {
        Instant,  ///< a query evaluated at `end`
        Range,    ///< a query over [start, end] every `stepMs` (0: the source's own rollup)
        Recorded, ///< a selector on a recording: each series' increase over [start, end]
    };
    /// One answered series: its labels as text and its points (ms, value); a recorded
    /// series has one point (the increase, at `end`), or none when it has too few samples.
    struct Answer
    {
        QString series;
        std::vector<std::pair<qint64, double>> points;
        bool operator==(const Answer &) const = default;
    };

    Kind kind = Kind::Instant;
    QString source; ///< the data source's name
    QString query;  ///< PromQL, a Datadog query, or the recorded selector
    qint64 start = 0;
    qint64 end = 0;
    qint64 stepMs = 0;
    QList<Answer> answer;
    QString error; ///< the source's error, when the read failed
    bool operator==(const TracedRead &) const = default;
};

/// "instant", "range", "recorded" (the JSON names).
QString kindName(TracedRead::Kind kind);

/// `name{a="x",b="y"}` of a label set (`{}` without labels).
QString seriesLabelsText(const SeriesLabels &labels);

/// The reads of one explained objective, in the order they were answered.
class ReadTrace
{
public:
    /// `ranges`: what recorded counters report their increase over (the window, then each
    /// correction interval).
    explicit ReadTrace(std::vector<TimeRange> ranges = {});
    /// Replaces the ranges (before anything is read: the plan's corrections moved).
    void setRanges(std::vector<TimeRange> ranges);

    void add(TracedRead read);
    /// A query of a metric source and its answer (or error).
    void addQuery(TracedRead::Kind kind, const QString &source, const QString &query, qint64 start, qint64 end,
                  qint64 stepMs, const SourceResult<QueryResult> &result);
    /// A counter series a recorded selector matched: its increase over each range.
    void addCounter(const QString &source, const QString &selector, const QString &series,
                    const Counters::CounterView &counter);

    QList<TracedRead> reads() const;

private:
    mutable QMutex m_mutex;
    std::vector<TimeRange> m_ranges;
    QList<TracedRead> m_reads;
};

} // namespace Sla::Core
