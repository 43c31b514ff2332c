// SPDX-License-Identifier: Apache-2.0
#pragma once

// The asynchronous interface every metric source implements (Prometheus-compatible
// servers, Datadog, recorded files). Calls return a QFuture that always finishes with
// exactly one SourceResult: either data or a SourceError. Nothing is thrown across it.

#include "core/metrics/sampleseries.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <utility>
#include <vector>

namespace Sla::Core {

/// Why a metric source call failed. `httpStatus` is 0 when no HTTP answer arrived.
struct SourceError
{
    enum class Kind {
        Unreachable, ///< connection refused, DNS failure, TLS failure, bad URL
        Timeout,     ///< no data within the transfer timeout, or a server-side query timeout
        Auth,        ///< HTTP 401/403
        BadQuery,    ///< the server rejected the query (Prometheus `bad_data`)
        Server,      ///< any other server-side failure (5xx, `execution`, `internal`, ...)
        Malformed,   ///< the response could not be parsed
        TooLarge,    ///< the response exceeded the configured size limit
        Cancelled,   ///< cancelled by the caller or because the source was destroyed
    };
    Kind kind = Kind::Server;
    int httpStatus = 0;
    QString message; ///< user-facing, never contains a secret

    bool operator==(const SourceError &) const = default;
};

/// A short name for an error kind ("unreachable", "bad-query", ...), for logs and JSON.
QString toString(SourceError::Kind kind);

/// Either a value or a SourceError. Default-constructed: an empty value.
template <typename T> class SourceResult
{
public:
    SourceResult() = default;
    SourceResult(T value) : m_value(std::move(value)) {}           // NOLINT: implicit by design
    SourceResult(SourceError error) : m_error(std::move(error)) {} // NOLINT: implicit by design

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }

    const T &value() const & { return m_value; }
    T &value() & { return m_value; }
    T &&value() && { return std::move(m_value); }

    /// Only meaningful when !isOk().
    const SourceError &error() const { return *m_error; }

private:
    T m_value{};
    std::optional<SourceError> m_error;
};

/// The data of an instant or range query.
struct QueryResult
{
    enum class Type { Vector, Matrix, Scalar, String };
    Type type = Type::Vector;
    /// Vector: one sample per series. Matrix: many. Scalar: one series without labels
    /// holding one sample. String: empty.
    std::vector<SampleSeries> series;
    QString text;         ///< the value of a String result
    QStringList warnings; ///< warnings the server attached to a successful answer
};

/// A time range for metadata calls; an invalid QDateTime leaves that end open.
struct MetadataRange
{
    QDateTime start;
    QDateTime end;
};

/// One listing for selector completion: metric names (of a CloudWatch namespace), label
/// names of a metric (Datadog: tag keys; CloudWatch: dimension names) or the values of one
/// of them (core/query/selectorcompletion.h says which the text asks for).
struct CatalogQuery
{
    enum class What { Namespaces, Metrics, LabelNames, LabelValues };
    What what = What::Metrics;
    QString nameSpace; ///< CloudWatch: the namespace of Metrics, LabelNames and LabelValues
    QString metric;    ///< LabelNames and LabelValues: the metric
    QString label;     ///< LabelValues: the label, tag key or dimension name
    /// What the user typed of the name so far. A source whose listing needs a search term
    /// (Datadog) lists the names containing it; the others ignore it, and their answer
    /// serves every prefix.
    QString prefix;
    bool operator==(const CatalogQuery &) const = default;
};

/// The last known state of a source. `checkedAt` is when it was last observed.
struct SourceHealth
{
    enum class State { Unknown, Ok, Unreachable, AuthFailed, Error };
    State state = State::Unknown;
    QString message;
    QDateTime checkedAt;

    bool operator==(const SourceHealth &) const = default;
};

QString toString(SourceHealth::State state);

/// Asynchronous access to one metric source. Objects live on the GUI thread; calls
/// return immediately. Implementations run network I/O on the calling thread and parse
/// responses off it. Destroying a source finishes every pending future with Cancelled;
/// cancelling a returned future (QFuture::cancel) drops its requests not yet sent.
class MetricSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricSource)

public:
    explicit MetricSource(QObject *parent = nullptr);
    ~MetricSource() override;

    /// The name of the source (the DataSource's metadata.name).
    virtual QString name() const = 0;

    /// Evaluates `query` at `at` (invalid: the server's now).
    virtual QFuture<SourceResult<QueryResult>> query(const QString &query, const QDateTime &at) = 0;

    /// Evaluates `query` over [start, end] every `step`. Ranges beyond a server's
    /// resolution limit are split and stitched by the implementation.
    virtual QFuture<SourceResult<QueryResult>> queryRange(const QString &query, const QDateTime &start,
                                                          const QDateTime &end, std::chrono::milliseconds step) = 0;

    // The listings below are optional: a source without them keeps these defaults, which
    // fail with BadQuery and unlisted()'s message.

    /// Label sets of the series matching any of `matchers` (PromQL selectors).
    virtual QFuture<SourceResult<QList<SeriesLabels>>> series(const QStringList &matchers,
                                                              const MetadataRange &range = {});

    /// Label names, optionally restricted to series matching `matchers` (autocompletion).
    virtual QFuture<SourceResult<QStringList>> labelNames(const QStringList &matchers = {},
                                                          const MetadataRange &range = {});

    /// Values of label `label`, optionally restricted to series matching `matchers`.
    virtual QFuture<SourceResult<QStringList>> labelValues(const QString &label, const QStringList &matchers = {},
                                                           const MetadataRange &range = {});

    /// The names `query` asks for, sorted, each once (selector completion). The default
    /// answers from labelValues() and labelNames(): `__name__` values for Metrics, restricted
    /// to the metric (as a matcher) for the others; Namespaces fail with BadQuery.
    virtual QFuture<SourceResult<QStringList>> catalog(const CatalogQuery &query);

    /// Probes the source, updates health() and returns the new state.
    virtual QFuture<SourceHealth> checkHealth() = 0;

    /// Finishes every pending call with Cancelled and aborts its requests.
    virtual void cancelAll() = 0;

    /// The last observed health. Every completed request updates it, not only checkHealth().
    SourceHealth health() const { return m_health; }

Q_SIGNALS:
    /// Emitted when the state or the message of health() changes.
    void healthChanged(const SourceHealth &health);

protected:
    /// What series(), labelNames() and labelValues() list.
    enum class Listing { Series, LabelNames, LabelValues };
    /// Why the source cannot list `what`: the message of the default listings.
    virtual QString unlisted(Listing what) const;

    /// Records an observation; emits healthChanged when state or message differ.
    void setHealth(SourceHealth::State state, const QString &message);

private:
    SourceHealth m_health;
};

} // namespace Sla::Core

Q_DECLARE_METATYPE(Sla::Core::SourceHealth)
Q_DECLARE_METATYPE(Sla::Core::SourceError)
