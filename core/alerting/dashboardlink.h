// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace Sla::Core::Alerting {

/// What a `sladesk://sla/NAME[/OBJECTIVE]` link names (Alert::dashboardUrl() writes them:
/// notifications, Alertmanager's `dashboard` annotation, the webhook body).
struct DashboardLink
{
    QString sla;
    QString objective; ///< empty: the SLA

    /// The link of `sla` (and `objective`), names percent-encoded.
    static QUrl toUrl(const QString &sla, const QString &objective = {});
    /// The names of a sladesk:// link; nullopt for anything else (another scheme, another
    /// host than "sla", no SLA name, more than two names).
    static std::optional<DashboardLink> parse(const QString &text);
};

} // namespace Sla::Core::Alerting
