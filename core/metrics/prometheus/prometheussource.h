// SPDX-License-Identifier: Apache-2.0
#pragma once

// The MetricSource for every server that speaks the Prometheus HTTP API: Prometheus,
// Thanos, Mimir, Cortex and VictoriaMetrics. Requests run through the HttpClient (its rules:
// deadline, size cap, retries, same-origin redirects) on the owning (GUI) thread; response
// bodies are parsed on the global thread pool.

#include "core/document/model.h"
#include "core/metrics/httpclient.h"
#include "core/metrics/metricsource.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <utility>

namespace Sla::Core {

class PrometheusSource final : public MetricSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusSource)

public:
    /// The HTTP client's options (concurrency 4, transfer timeout 150 s: longer than
    /// Prometheus' default query timeout of 2 min, so that its own error arrives first;
    /// deadline 600 s; 3 retries after 502/503/504 from 500 ms; 256 MB: 30 d of 200 raw
    /// series at step 236 s is about 46 MB) and the Prometheus API's own.
    struct Options : HttpClient::Options
    {
        /// Prometheus rejects (end - start) / step > 11,000; longer ranges are split into
        /// chunks of chunkSteps steps that share their boundary sample.
        qint64 maxStepsPerRequest = 11000;
        qint64 chunkSteps = 10800;
        /// Query strings longer than this (encoded) are sent as a POST form.
        int postThreshold = 4000;
    };

    /// `config` is a DataSource of type prometheus. `secret` is the basic-auth password or
    /// the bearer token (ignored for auth none); it is only ever put into the
    /// Authorization header, never logged or shown.
    PrometheusSource(const DataSource &config, const QString &secret, QObject *parent = nullptr);
    PrometheusSource(const DataSource &config, const QString &secret, const Options &options,
                     QObject *parent = nullptr);
    ~PrometheusSource() override;

    QString name() const override;
    const Options &options() const { return m_options; }
    /// The URL every API path is appended to: url + pathPrefix, without a trailing slash.
    QUrl baseUrl() const { return m_baseUrl; }

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

    /// The server's `storageRetention` (/api/v1/status/runtimeinfo), empty when it names
    /// none. Asked once per source object; a failed request is asked again next time. Its
    /// answer never changes the source's health.
    QFuture<SourceResult<QString>> storageRetention();
    /// The server's version (/api/v1/status/buildinfo `data.version`), asked once and
    /// cached like storageRetention(); empty when the server does not say (a 404 included).
    QFuture<SourceResult<QString>> serverVersion();

    /// Unix seconds with three decimals, e.g. "1738281600.000" (also used for steps).
    static QString formatSeconds(qint64 millis);
    /// Splits [startMs, endMs] at `stepMs` into chunks of at most `chunkSteps` steps when
    /// the range has more than `maxSteps` steps. Neighbouring chunks share an end point.
    static QList<std::pair<qint64, qint64>> splitRange(qint64 startMs, qint64 endMs, qint64 stepMs, qint64 maxSteps,
                                                       qint64 chunkSteps);
    /// Joins chunk results in time order, matching series by label set; samples at or
    /// before a series' last time (the shared boundary) are dropped.
    static QueryResult stitch(std::vector<QueryResult> chunks);

private:
    struct CallBase;
    template <typename T> struct Call;
    struct HttpOutcome;
    using Params = QList<std::pair<QString, QString>>;

    QUrl makeBaseUrl(const DataSource &config);
    void setUpHeaders(const QString &secret);
    void setUpTls();
    template <typename R> std::shared_ptr<Call<R>> newCall();
    template <typename R> R scrubbed(R value) const;
    template <typename R> void complete(const std::shared_ptr<Call<R>> &call, R value);
    /// GETs (or POSTs, when allowed and the form is long) `path` with `params` through the
    /// HTTP client; `done` runs on this thread unless the call finished meanwhile.
    void fetch(const std::shared_ptr<CallBase> &call, const QString &path, const Params &params, bool allowPost,
               bool updatesHealth, std::function<void(HttpOutcome)> done);
    void abortCall(quint64 callId);
    template <typename T, typename Parse>
    void parseInto(const std::shared_ptr<Call<SourceResult<T>>> &call, HttpOutcome outcome, Parse parse);
    template <typename T, typename Parse>
    QFuture<SourceResult<T>> simpleCall(const QString &path, const Params &params, bool allowPost, Parse parse);
    void noteOutcome(const HttpOutcome &outcome);
    static Params rangeParams(const QStringList &matchers, const MetadataRange &range);

    DataSource m_config;
    Options m_options;
    QUrl m_baseUrl;
    QString m_configError; ///< set when the configuration cannot work (bad URL, CA file)
    HttpClient *m_http = nullptr;
    QHash<quint64, std::shared_ptr<CallBase>> m_calls;
    quint64 m_nextCallId = 1;
    bool m_shuttingDown = false;
    QFuture<SourceResult<QString>> m_retention;
    QFuture<SourceResult<QString>> m_version;
};

} // namespace Sla::Core
