// SPDX-License-Identifier: Apache-2.0
#pragma once

// Logging categories of the metric sources. Debug and info messages are off by default:
// turn them on with QT_LOGGING_RULES (e.g. "sladesk.*=true") or `slactl --verbose`. Log
// text is for developers and is not translated; it never holds a credential.

#include <QLoggingCategory>

namespace Sla::Core {

/// `sladesk.metrics.prometheus`: Prometheus requests and answers.
Q_DECLARE_LOGGING_CATEGORY(lcPrometheus)
/// `sladesk.metrics.datadog`: Datadog requests and answers.
Q_DECLARE_LOGGING_CATEGORY(lcDatadog)
/// `sladesk.metrics.cloudwatch`: CloudWatch and STS requests (never a signature or key).
Q_DECLARE_LOGGING_CATEGORY(lcCloudWatch)
/// `sladesk.metrics.recorded`: recorded OpenMetrics files.
Q_DECLARE_LOGGING_CATEGORY(lcRecorded)

} // namespace Sla::Core
