// SPDX-License-Identifier: Apache-2.0
#pragma once

// Document names made from foreign text. SLA Desk names (SLAs, objectives, alerts, and the
// OpenSLO objects the export writes) are lowercase RFC 1123 labels of at most 63 characters;
// importers and the export build them from free text, and these helpers do it the same way
// everywhere so that an import of an export gives the same names again.

#include <QString>

namespace Sla::Core::Names {

/// The longest name a document may have (an RFC 1123 label).
constexpr qsizetype kMaxLength = 63;

/// Lower case, every run of other characters than a-z and 0-9 replaced by one '-', no '-' at
/// either end: "Web availability (EU)" -> "web-availability-eu". May be empty.
QString slug(const QString &text);

/// `name` itself when it has at most `maxLength` characters; else a readable prefix of it and
/// '-' and 8 hex digits of a hash of the whole name, `maxLength` characters in all. The result
/// depends on `name` only, and shortening a short name changes nothing, so names stay stable
/// across repeated imports and exports.
QString shorten(const QString &name, qsizetype maxLength = kMaxLength);

/// A valid name from any text: `text` itself when it is one already (see isLabel()), else
/// camelCase words split ("ErrorBudgetBurn" -> "error-budget-burn"), then slug() and
/// shorten(). Empty when `text` has no letter or digit.
QString label(const QString &text);

/// Annotations the OpenSLO export writes on each SLO (and notification target) so that an
/// import of the export gives back the SLA Desk names and fields.
inline const QString kAnnotationSla = QStringLiteral("sladesk.io/sla");
inline const QString kAnnotationObjective = QStringLiteral("sladesk.io/objective");
inline const QString kAnnotationTier = QStringLiteral("sladesk.io/tier");
inline const QString kAnnotationOwner = QStringLiteral("sladesk.io/owner");
inline const QString kAnnotationWeight = QStringLiteral("sladesk.io/weight"); ///< the SLA's `weight`
inline const QString kAnnotationNotify = QStringLiteral("sladesk.io/notify"); ///< "alertmanager"
/// On an AlertPolicy: "sla" when the rule it comes from applies to every objective of the
/// SLA (no `objective`), so that an SLA of one objective imports it back without one.
inline const QString kAnnotationScope = QStringLiteral("sladesk.io/scope");
/// SLA annotation prefix: `sladesk.io/alertname.<rule>` holds the alert's name in the imported
/// format when that was not a valid name (Pyrra's `ErrorBudgetBurn`), for the alertname of
/// generated rules.
inline const QString kAnnotationAlertName = QStringLiteral("sladesk.io/alertname.");

/// Whether `name` is a lowercase RFC 1123 label of at most 63 characters.
bool isLabel(const QString &name);

} // namespace Sla::Core::Names
