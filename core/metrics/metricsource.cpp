// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/metricsource.h"

namespace Sla::Core {

QString toString(SourceError::Kind kind)
{
    switch (kind) {
    case SourceError::Kind::Unreachable:
        return QStringLiteral("unreachable");
    case SourceError::Kind::Timeout:
        return QStringLiteral("timeout");
    case SourceError::Kind::Auth:
        return QStringLiteral("auth");
    case SourceError::Kind::BadQuery:
        return QStringLiteral("bad-query");
    case SourceError::Kind::Server:
        return QStringLiteral("server");
    case SourceError::Kind::Malformed:
        return QStringLiteral("malformed");
    case SourceError::Kind::TooLarge:
        return QStringLiteral("too-large");
    case SourceError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString toString(SourceHealth::State state)
{
    switch (state) {
    case SourceHealth::State::Unknown:
        return QStringLiteral("unknown");
    case SourceHealth::State::Ok:
        return QStringLiteral("ok");
    case SourceHealth::State::Unreachable:
        return QStringLiteral("unreachable");
    case SourceHealth::State::AuthFailed:
        return QStringLiteral("auth-failed");
    case SourceHealth::State::Error:
        return QStringLiteral("error");
    }
    return QString();
}

MetricSource::MetricSource(QObject *parent) : QObject(parent) {}

MetricSource::~MetricSource() = default;

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
