// SPDX-License-Identifier: Apache-2.0
#pragma once

// Turns Datadog SLO definitions (`GET /api/v1/slo` JSON) into SLA Desk SLAs. One SLA per
// Datadog SLO; one objective per threshold (timeframe). Metric SLOs become
// `query: {good: numerator, total: denominator}` indicators; time-slice SLOs become
// `query: {value, op, threshold}` with timeslice budgeting at the SLO's query interval.
// Targets are percentages in Datadog (99.9) and fractions here (0.999); timeframes
// 7d/30d/90d become rolling windows. Monitor SLOs have no metric query and are skipped
// with a warning.

#include "core/document/diagnostic.h"
#include "core/document/model.h"
#include "core/metrics/datadog/datadogresponse.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sla::Core {

class SloImport
{
public:
    struct Result
    {
        QList<Sla> slas;
        Diagnostics diagnostics;
    };

    /// Converts parsed SLOs. `dataSource` is the Datadog DataSource the SLAs read from;
    /// `file` names the origin in diagnostics.
    static Result fromSlos(const QList<DatadogSlo> &slos, const QString &dataSource, const QString &file = {});

    /// Reads a `GET /api/v1/slo` list answer or a `GET /api/v1/slo/{id}` answer.
    static Result fromJson(const QByteArray &json, const QString &dataSource, const QString &file = {});
};

} // namespace Sla::Core
