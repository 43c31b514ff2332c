// SPDX-License-Identifier: Apache-2.0
#pragma once

// Logging categories of the alerting layer (off by default; QT_LOGGING_RULES or
// `slactl --verbose`). Log text is for developers, not translated, never a credential.

#include <QLoggingCategory>

namespace Sla::Core {

/// `sladesk.alerting`: rule evaluation, state transitions, escalation.
Q_DECLARE_LOGGING_CATEGORY(lcAlerting)
/// `sladesk.alerting.history`: the SQLite history and outbox.
Q_DECLARE_LOGGING_CATEGORY(lcAlertHistory)
/// `sladesk.alerting.delivery`: desktop notifications, Alertmanager, webhooks, remediation.
Q_DECLARE_LOGGING_CATEGORY(lcAlertDelivery)

} // namespace Sla::Core
