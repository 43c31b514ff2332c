// SPDX-License-Identifier: Apache-2.0
#include "dashboardlink.h"

#include <QStringList>

namespace Sla::Core::Alerting {

QUrl DashboardLink::toUrl(const QString &sla, const QString &objective)
{
    QString text = QStringLiteral("sladesk://sla/") + QString::fromLatin1(QUrl::toPercentEncoding(sla));
    if (!objective.isEmpty())
        text += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(objective));
    return QUrl(text, QUrl::StrictMode);
}

std::optional<DashboardLink> DashboardLink::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::TolerantMode); // a browser may hand it over decoded
    if (!url.isValid() || url.scheme() != QLatin1String("sladesk") || url.host() != QLatin1String("sla"))
        return std::nullopt;
    QStringList parts = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > 2)
        return std::nullopt;
    DashboardLink link;
    link.sla = QUrl::fromPercentEncoding(parts.at(0).toLatin1());
    if (parts.size() == 2)
        link.objective = QUrl::fromPercentEncoding(parts.at(1).toLatin1());
    if (link.sla.isEmpty())
        return std::nullopt;
    return link;
}

} // namespace Sla::Core::Alerting
