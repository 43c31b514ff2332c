// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/metricsource.h"

#include "core/document/tr.h"
#include "core/metrics/futures.h"

namespace Tr = Sla::Core::TrContext::MetricSource;

namespace Sla::Core {

namespace {
/// The name at `index` of `names`, or an empty string for a value outside the enum.
template <std::size_t N> QString nameAt(const char *const (&names)[N], int index)
{
    return index >= 0 && std::size_t(index) < N ? QString::fromLatin1(names[index]) : QString();
}
} // namespace

QString toString(SourceError::Kind kind)
{
    // In the order of SourceError::Kind.
    static const char *const names[] = {"unreachable", "timeout",   "auth",      "bad-query",
                                        "server",      "malformed", "too-large", "cancelled"};
    return nameAt(names, int(kind));
}

QString toString(SourceHealth::State state)
{
    // In the order of SourceHealth::State.
    static const char *const names[] = {"unknown", "ok", "unreachable", "auth-failed", "error"};
    return nameAt(names, int(state));
}

MetricSource::MetricSource(QObject *parent) : QObject(parent) {}

MetricSource::~MetricSource() = default;

namespace {
template <typename T> QFuture<SourceResult<T>> failed(const QString &message)
{
    return readyFuture(SourceResult<T>(SourceError{SourceError::Kind::BadQuery, 0, message}));
}
} // namespace

QFuture<SourceResult<QList<SeriesLabels>>> MetricSource::series(const QStringList &, const MetadataRange &)
{
    return failed<QList<SeriesLabels>>(unlisted(Listing::Series));
}

QFuture<SourceResult<QStringList>> MetricSource::labelNames(const QStringList &, const MetadataRange &)
{
    return failed<QStringList>(unlisted(Listing::LabelNames));
}

QFuture<SourceResult<QStringList>> MetricSource::labelValues(const QString &, const QStringList &,
                                                             const MetadataRange &)
{
    return failed<QStringList>(unlisted(Listing::LabelValues));
}

QFuture<SourceResult<QStringList>> MetricSource::catalog(const CatalogQuery &query)
{
    const QStringList matchers = query.metric.isEmpty() ? QStringList() : QStringList{query.metric};
    switch (query.what) {
    case CatalogQuery::What::Namespaces:
        break;
    case CatalogQuery::What::Metrics:
        return labelValues(QStringLiteral("__name__"));
    case CatalogQuery::What::LabelNames:
        return labelNames(matchers);
    case CatalogQuery::What::LabelValues:
        return labelValues(query.label, matchers);
    }
    return failed<QStringList>(unlisted(Listing::LabelValues));
}

QString MetricSource::unlisted(Listing) const
{
    return Tr::tr("data source \"%1\" cannot list series or labels").arg(name());
}

void MetricSource::setHealth(SourceHealth::State state, const QString &message)
{
    const bool changed = state != m_health.state || message != m_health.message;
    m_health.state = state;
    m_health.message = message;
    m_health.checkedAt = QDateTime::currentDateTimeUtc();
    if (changed)
        Q_EMIT healthChanged(m_health);
}

} // namespace Sla::Core
