// SPDX-License-Identifier: Apache-2.0
#pragma once

// Grafana dashboards for a workspace (issue 13, README "Grafana dashboards"): what
// `slactl grafana` writes. One dashboard per SLA in Grafana's classic dashboard JSON model
// (schemaVersion 39: Grafana 10.3 to 11), reading the series that `slactl rules` records
// (prometheusrules.h names them; nothing here spells a rule name), and a file-provisioning
// file for the folder. Per objective with recording rules: the SLI against the target,
// the error budget left (stat and time series), the status and tier, and the burn rates
// with the alert rules' factors as threshold steps. Timeslice objectives get their
// per-slice value in raw PromQL against its threshold; what has no PromQL form (drift,
// Datadog sources) is listed in `warnings` and on the dashboard, never left out silently.
// Pure: documents in, JSON out.

#include "core/document/model.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sla::Core::Rules {

/// The dashboard JSON model's version the dashboards are written in (Grafana 10.3 and later).
inline constexpr int GrafanaSchemaVersion = 39;

struct GrafanaOptions
{
    /// The Prometheus data source's uid; empty: a `datasource` template variable.
    QString datasourceUid;
    /// Only this SLA; empty: every SLA.
    QString onlySla;
};

struct GrafanaDashboard
{
    QString sla;
    QString fileName; ///< `sladesk-NAME.json` (other characters than [A-Za-z0-9._-] as `_`)
    QJsonObject json;
};

struct GrafanaSet
{
    QList<GrafanaDashboard> dashboards;
    /// One line per objective, or part of one, that no panel shows (translated).
    QStringList warnings;
};

/// The dashboards of the SLAs of `workspace`.
GrafanaSet grafanaDashboards(const Workspace &workspace, const GrafanaOptions &options);

/// The dashboard uid of SLA `name`: `sladesk-` and the first 24 hex digits of the SHA-256
/// of the name; stable across runs, within Grafana's 40 characters, whatever the name.
QString grafanaUid(const QString &slaName);

/// The file-provisioning configuration (`apiVersion: 1`, one `type: file` provider) that
/// loads the dashboards in `dashboardsPath` into the folder `folder`.
QByteArray grafanaProvisioning(const QString &dashboardsPath, const QString &folder);

/// The file name of the provisioning configuration in the output folder.
inline constexpr const char *GrafanaProvisioningFile = "sladesk-dashboards.yaml";

} // namespace Sla::Core::Rules
