// SPDX-License-Identifier: Apache-2.0
#include "alert.h"

#include <QHashFunctions>
#include <QUrl>

#include <array>

namespace Sla::Core::Alerting {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const QString &name, const std::array<const char *, N> &names)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

constexpr std::array<const char *, 4> StateNames = {"inactive", "pending", "firing", "resolved"};
constexpr std::array<const char *, 10> EventNames = {
    "transition",          "acknowledged", "silenced",        "unsilenced",       "notification_sent",
    "notification_failed", "escalated",    "remediation_run", "checklist_ticked", "note"};

} // namespace

QString stateName(AlertState state)
{
    return QLatin1String(StateNames[static_cast<std::size_t>(state)]);
}

std::optional<AlertState> stateFromName(const QString &name)
{
    return fromName<AlertState>(name, StateNames);
}

QString eventTypeName(HistoryEvent::Type type)
{
    return QLatin1String(EventNames[static_cast<std::size_t>(type)]);
}

std::optional<HistoryEvent::Type> eventTypeFromName(const QString &name)
{
    return fromName<HistoryEvent::Type>(name, EventNames);
}

QString AlertKey::fingerprint() const
{
    return sla + QLatin1Char('/') + objective + QLatin1Char('/') + rule;
}

std::optional<AlertKey> AlertKey::fromFingerprint(const QString &fingerprint)
{
    const QStringList parts = fingerprint.split(QLatin1Char('/'));
    if (parts.size() != 3 || parts[0].isEmpty() || parts[2].isEmpty())
        return std::nullopt;
    return AlertKey{parts[0], parts[1], parts[2]};
}

size_t qHash(const AlertKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.sla, key.objective, key.rule);
}

QString Alert::dashboardUrl() const
{
    QString url = QStringLiteral("sladesk://sla/") + QString::fromLatin1(QUrl::toPercentEncoding(key.sla));
    if (!key.objective.isEmpty())
        url += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(key.objective));
    return url;
}

QList<QPair<QString, QString>> alertLabels(const QString &sla, const QString &objective, AlertSeverity severity,
                                           const QString &tier, const QString &window)
{
    QList<QPair<QString, QString>> labels{{QStringLiteral("sla"), sla}};
    if (!objective.isEmpty())
        labels.append({QStringLiteral("objective"), objective});
    labels.append({QStringLiteral("severity"), toString(severity)});
    if (!tier.isEmpty())
        labels.append({QStringLiteral("tier"), tier});
    if (!window.isEmpty())
        labels.append({QString::fromLatin1(WindowLabel), window});
    return labels;
}

QList<QPair<QString, QString>> alertLabels(const Alert &alert)
{
    return alertLabels(alert.key.sla, alert.key.objective, alert.severity, alert.tier, alert.window);
}

} // namespace Sla::Core::Alerting
