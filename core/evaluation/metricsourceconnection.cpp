// SPDX-License-Identifier: Apache-2.0
#include "core/evaluation/metricsourceconnection.h"

#include "core/document/tr.h"
#include "core/evaluation/tracingmetricsource.h"
#include "core/metrics/futures.h"

namespace Tr = Sla::Core::TrContext::Evaluator;

namespace Sla::Core {

MetricSourceConnection::MetricSourceConnection(SourceSpec spec, BackendEnvironment environment, Kind kind)
    : m_spec(std::move(spec)), m_environment(std::move(environment)), m_kind(std::move(kind))
{
}

// Deleting the source ends its pending calls with Cancelled.
MetricSourceConnection::~MetricSourceConnection() = default;

void MetricSourceConnection::open(QObject *context, OpenCallback done)
{
    if (m_source) {
        done(opened());
        return;
    }
    if (!m_kind.alwaysNeedsSecret && m_spec.config.auth == AuthType::None) {
        createSource({});
        done(opened());
        return;
    }
    if (const auto env = CredentialStore::fromEnvironment(m_spec.name, m_spec.config.type)) {
        createSource(*env);
        done(opened());
        return;
    }
    const QString missing = m_kind.missingSecret(m_spec);
    if (!m_environment.options.useKeychain || !m_environment.credentials) {
        if (!useFallback())
            done({nullptr, SourceHealth::State::AuthFailed, missing});
        else
            done(opened());
        return;
    }
    CredentialStore *store = m_environment.credentials();
    // The continuation holds the connection: a new workspace may drop it meanwhile, and the
    // evaluation waiting for it must still finish.
    whenFinished(store->read(m_environment.options.workspaceDir, m_spec.name), context,
                 [self = shared_from_this(), missing, done](const CredentialResult &r) {
                     const bool absent = r.status == CredentialResult::Status::NotFound ||
                                         r.status == CredentialResult::Status::Unavailable;
                     if (absent && !self->m_source && self->useFallback()) {
                         done(self->opened());
                         return;
                     }
                     if (!r.ok()) {
                         const QString why = r.status == CredentialResult::Status::NotFound
                                                 ? missing
                                                 : Tr::tr("data source '%1': %2").arg(self->m_spec.name, r.message);
                         done({nullptr, SourceHealth::State::AuthFailed, why});
                         return;
                     }
                     if (!self->m_source)
                         self->createSource(CredentialStore::parse(r.secret, self->m_spec.config.type));
                     done(self->opened());
                 });
}

void MetricSourceConnection::openTraced(QObject *context, const std::shared_ptr<ReadTrace> &trace, OpenCallback done)
{
    open(context, [self = shared_from_this(), trace, done](Opened o) {
        if (o.backend && self->m_source) {
            // A child of the source: never outlives what it forwards to.
            auto *tracing = new TracingMetricSource(self->m_source.get(), trace, self->m_source.get());
            o.backend = self->m_kind.createBackend(tracing);
            o.tracer = tracing;
        }
        done(o);
    });
}

void MetricSourceConnection::list(const CatalogQuery &query, QObject *context, ListCallback done)
{
    open(context, [self = shared_from_this(), query, context, done](const Opened &o) {
        if (!o.backend || !self->m_source) {
            done(SourceError{SourceError::Kind::Auth, 0, o.message});
            return;
        }
        // The continuation holds the connection, so the source outlives the call.
        whenFinished(self->m_source->catalog(query), context,
                     [self, done](const SourceResult<QStringList> &names) { done(names); });
    });
}

void MetricSourceConnection::createSource(const SourceSecret &secret)
{
    m_source.reset(m_kind.createSource(m_spec.config, secret));
    if (!m_environment.healthChanged)
        return;
    QObject *context = m_environment.owner ? m_environment.owner : m_source.get();
    QObject::connect(
        m_source.get(), &MetricSource::healthChanged, context,
        [report = m_environment.healthChanged, name = m_spec.name](const SourceHealth &h) { report(name, h); });
}

bool MetricSourceConnection::useFallback()
{
    if (!m_kind.fallbackSecret)
        return false;
    const std::optional<SourceSecret> secret = m_kind.fallbackSecret(m_spec);
    if (secret)
        createSource(*secret);
    return secret.has_value();
}

SourceConnection::Opened MetricSourceConnection::opened() const
{
    return {m_kind.createBackend(m_source.get()), SourceHealth::State::Unknown, {}};
}

} // namespace Sla::Core
