// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the New SLA wizard builds: an SLA from the few answers that matter (service, tier,
// data source, which SLIs), with targets and thresholds taken from the tier's minimums, so
// that the result validates under its tier. Plain functions, tested without widgets.

#include "core/document/model.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Sla::Ui {

/// The answers of the wizard.
struct NewSlaRequest
{
    QString name;
    QString displayName;
    QString service;
    QString tier;
    QString owner;
    QString dataSource;
    bool availability = true;
    bool latency = true;
    bool precision = false;
    bool drift = false;
    /// A platform template (platformTemplates()) to start from, as a resource path; empty:
    /// the objectives are built from the SLI choices above.
    QString templateResource;
};

/// A built-in example: a title and the answers it fills in.
struct SlaExample
{
    QString title;
    NewSlaRequest request;
};

/// Fraud detection API, recommendation API, content moderation model.
QList<SlaExample> slaExamples();

/// The model-serving platform templates (Seldon Core 1 and 2, KServe, KServe on MLServer,
/// Evidently, WhyLabs, Arize): the SLAs of the example workspaces under examples/, built
/// into the app. The request holds the template's own answers and its resource.
QList<SlaExample> platformTemplates();

/// The SLA document of platform template `request.templateResource` with the answers of
/// `request`: its name, display name, service, tier, owner and data source; the template's
/// `window` dropped so the tier's applies; label values in the selectors that name the
/// template's service (`deployment_name="iris"`, `/models/iris/`) renamed to the new
/// service. Edited in place (YamlPatcher): the template's comments stay. Empty, with
/// `error` set, when the template cannot be read.
QByteArray platformSlaYaml(const NewSlaRequest &request, QString *error = nullptr);

/// The SLA for `request` under `tier` (may be null). Drift objectives get a reference
/// fortnight that ends 30 days before `now`.
Core::Sla makeSla(const NewSlaRequest &request, const Core::TierTemplate *tier, const QDateTime &now);

/// One objective of `kind` for `service` (used by the wizard and by "Add objective").
Core::Objective makeObjective(Core::IndicatorKind kind, const QString &service, const Core::TierTemplate *tier,
                              const QDateTime &now);

/// `sla` as the YAML of one document.
QByteArray slaYaml(const Core::Sla &sla);

/// The YAML of one item of `spec.objectives` (block text without the dash).
QString objectiveYaml(const Core::Objective &objective);

/// The YAML of the `indicator` mapping of `objective` (flow text on one line).
QString indicatorYaml(const Core::Objective &objective);

/// A weekly maintenance correction of `sla`: Sundays 02:00 for an hour, UTC.
Core::Correction weeklyMaintenance(const QString &sla, const QDateTime &now);

/// `correction` as the YAML of one document.
QByteArray correctionYaml(const Core::Correction &correction);

} // namespace Sla::Ui
