// SPDX-License-Identifier: Apache-2.0
#pragma once

// The connection of every source read through a MetricSource (Prometheus, Datadog, ...):
// the source is made once its secret is known (the environment, else the keychain,
// asynchronously) and lives as long as the connection; each open() hands out a fresh
// back-end reading it.

#include "core/evaluation/sourceconnection.h"
#include "core/secrets/credentialstore.h"

#include <functional>
#include <memory>
#include <optional>

namespace Sla::Core {

class MetricSourceConnection final : public SourceConnection,
                                     public std::enable_shared_from_this<MetricSourceConnection>
{
public:
    /// What differs between the kinds of sources.
    struct Kind
    {
        /// The source of `config`, with the secret read for it.
        std::function<MetricSource *(const DataSource &config, const SourceSecret &secret)> createSource;
        /// A back-end reading `source` for one evaluation or chart.
        std::function<std::shared_ptr<EvaluationBackend>(MetricSource *source)> createBackend;
        /// Metric names are searched by prefix (Datadog): see SourceConnection::listsByPrefix().
        bool listsByPrefix = false;
        /// A secret is needed even when the data source sets no `auth` (Datadog's keys).
        bool alwaysNeedsSecret = false;
        /// What to tell when no secret is stored for `spec`.
        std::function<QString(const SourceSpec &spec)> missingSecret;
        /// The last link of a credentials chain, asked when neither the environment nor the
        /// keychain has a secret (CloudWatch: the shared AWS credentials file); none: none.
        std::function<std::optional<SourceSecret>(const SourceSpec &spec)> fallbackSecret;
    };

    MetricSourceConnection(SourceSpec spec, BackendEnvironment environment, Kind kind);
    ~MetricSourceConnection() override;

    void open(QObject *context, OpenCallback done) override;
    /// A back-end reading the source through a TracingMetricSource.
    void openTraced(QObject *context, const std::shared_ptr<ReadTrace> &trace, OpenCallback done) override;
    /// Opens the source as open() does (the secret first), then asks MetricSource::catalog().
    void list(const CatalogQuery &query, QObject *context, ListCallback done) override;
    bool listsByPrefix() const override { return m_kind.listsByPrefix; }

private:
    void createSource(const SourceSecret &secret);
    /// Creates the source from Kind::fallbackSecret, if it gives one.
    bool useFallback();
    Opened opened() const;

    SourceSpec m_spec;
    BackendEnvironment m_environment;
    Kind m_kind;
    std::unique_ptr<MetricSource> m_source;
};

} // namespace Sla::Core
