// SPDX-License-Identifier: Apache-2.0
#pragma once

// A MetricSource in front of another that records every query and its answer in a
// ReadTrace (`slactl explain`). The back-ends read it as they read any source; it forwards
// everything, so the figures are those of the source itself. Datadog's v2 batching needs
// the DatadogSource itself, so through this wrapper each Datadog query goes out on its own
// (v1), which serves the same points.

#include "core/evaluation/readtrace.h"
#include "core/metrics/metricsource.h"

#include <QPointer>

#include <memory>

namespace Sla::Core {

class TracingMetricSource final : public MetricSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TracingMetricSource)

public:
    /// `inner` must outlive this wrapper's pending calls; a wrapper whose source is gone
    /// answers Cancelled.
    TracingMetricSource(MetricSource *inner, std::shared_ptr<ReadTrace> trace, QObject *parent = nullptr);
    ~TracingMetricSource() override;

    QString name() const override;
    QFuture<SourceResult<QueryResult>> query(const QString &query, const QDateTime &at) override;
    QFuture<SourceResult<QueryResult>> queryRange(const QString &query, const QDateTime &start, const QDateTime &end,
                                                  std::chrono::milliseconds step) override;
    QFuture<SourceResult<QList<SeriesLabels>>> series(const QStringList &matchers,
                                                      const MetadataRange &range = {}) override;
    QFuture<SourceResult<QStringList>> labelNames(const QStringList &matchers = {},
                                                  const MetadataRange &range = {}) override;
    QFuture<SourceResult<QStringList>> labelValues(const QString &label, const QStringList &matchers = {},
                                                   const MetadataRange &range = {}) override;
    QFuture<SourceHealth> checkHealth() override;
    void cancelAll() override;

private:
    QPointer<MetricSource> m_inner;
    std::shared_ptr<ReadTrace> m_trace;
    QString m_name;
};

} // namespace Sla::Core
