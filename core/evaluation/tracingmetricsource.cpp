// SPDX-License-Identifier: Apache-2.0
#include "tracingmetricsource.h"

#include "core/document/tr.h"
#include "core/metrics/futures.h"

namespace Tr = Sla::Core::TrContext::Evaluator;

namespace Sla::Core {

namespace {
template <typename T> QFuture<SourceResult<T>> gone()
{
    return readyFuture(
        SourceResult<T>(SourceError{SourceError::Kind::Cancelled, 0, Tr::tr("the data source went away")}));
}
} // namespace

TracingMetricSource::TracingMetricSource(MetricSource *inner, std::shared_ptr<ReadTrace> trace, QObject *parent)
    : MetricSource(parent), m_inner(inner), m_trace(std::move(trace)), m_name(inner ? inner->name() : QString())
{
}

TracingMetricSource::~TracingMetricSource() = default;

QString TracingMetricSource::name() const
{
    return m_name;
}

QFuture<SourceResult<QueryResult>> TracingMetricSource::query(const QString &query, const QDateTime &at)
{
    if (!m_inner)
        return gone<QueryResult>();
    const qint64 atMs = at.isValid() ? at.toMSecsSinceEpoch() : 0;
    // Runs where the answer was parsed (possibly a worker thread): the trace locks.
    return m_inner->query(query, at).then([trace = m_trace, name = m_name, query, atMs](SourceResult<QueryResult> r) {
        trace->addQuery(TracedRead::Kind::Instant, name, query, atMs, atMs, 0, r);
        return r;
    });
}

QFuture<SourceResult<QueryResult>> TracingMetricSource::queryRange(const QString &query, const QDateTime &start,
                                                                   const QDateTime &end, std::chrono::milliseconds step)
{
    if (!m_inner)
        return gone<QueryResult>();
    const qint64 from = start.toMSecsSinceEpoch();
    const qint64 to = end.toMSecsSinceEpoch();
    return m_inner->queryRange(query, start, end, step)
        .then([trace = m_trace, name = m_name, query, from, to,
               step = qint64(step.count())](SourceResult<QueryResult> r) {
            trace->addQuery(TracedRead::Kind::Range, name, query, from, to, step, r);
            return r;
        });
}

QFuture<SourceResult<QList<SeriesLabels>>> TracingMetricSource::series(const QStringList &matchers,
                                                                       const MetadataRange &range)
{
    return m_inner ? m_inner->series(matchers, range) : gone<QList<SeriesLabels>>();
}

QFuture<SourceResult<QStringList>> TracingMetricSource::labelNames(const QStringList &matchers,
                                                                   const MetadataRange &range)
{
    return m_inner ? m_inner->labelNames(matchers, range) : gone<QStringList>();
}

QFuture<SourceResult<QStringList>> TracingMetricSource::labelValues(const QString &label, const QStringList &matchers,
                                                                    const MetadataRange &range)
{
    return m_inner ? m_inner->labelValues(label, matchers, range) : gone<QStringList>();
}

QFuture<SourceHealth> TracingMetricSource::checkHealth()
{
    return m_inner ? m_inner->checkHealth() : readyFuture(health());
}

void TracingMetricSource::cancelAll()
{
    if (m_inner)
        m_inner->cancelAll();
}

} // namespace Sla::Core
