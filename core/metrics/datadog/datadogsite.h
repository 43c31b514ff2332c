// SPDX-License-Identifier: Apache-2.0
#pragma once

// Datadog sites (regions) and the API base URL of each. Every site is a separate
// Datadog installation; the `site` parameter ("datadoghq.eu") picks one, and the API
// lives at `https://api.<site>`. A DataSource's `url` overrides the site for a proxy
// or a local test server.

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Sla::Core {

struct DataSource;

struct DatadogSite
{
    QString id;   ///< Datadog's short name: "US1", "EU1", "US1-FED", ...
    QString site; ///< the site parameter: "datadoghq.com", "datadoghq.eu", ...

    /// `https://api.<site>`, where the v1 and v2 APIs live.
    QUrl apiBaseUrl() const;

    bool operator==(const DatadogSite &) const = default;

    /// Every documented site (docs.datadoghq.com "Getting Started with Datadog Sites" and
    /// the API reference's server list), US1 first.
    static const QList<DatadogSite> &all();

    /// The default site when a data source names none: US1, `datadoghq.com`.
    static DatadogSite defaultSite();

    /// Finds a site by its parameter ("us5.datadoghq.com"), its id ("US5", any case), or
    /// its web or API address ("https://app.datadoghq.eu", "api.datadoghq.eu").
    static std::optional<DatadogSite> find(const QString &text);

    /// The API base URL for a data source: its `url` when set (must be http or https),
    /// else its `site` (default US1). On failure returns nothing and sets *error to a
    /// message naming the data source and what is expected.
    static std::optional<QUrl> apiBaseUrl(const DataSource &source, QString *error = nullptr);
};

} // namespace Sla::Core
