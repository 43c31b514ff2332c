// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

namespace Sla::Core {

Q_LOGGING_CATEGORY(lcPrometheus, "sladesk.metrics.prometheus", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDatadog, "sladesk.metrics.datadog", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCloudWatch, "sladesk.metrics.cloudwatch", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRecorded, "sladesk.metrics.recorded", QtWarningMsg)

} // namespace Sla::Core
