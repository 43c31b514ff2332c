// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

namespace Sla::Core {

Q_LOGGING_CATEGORY(lcAlerting, "sladesk.alerting", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAlertHistory, "sladesk.alerting.history", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAlertDelivery, "sladesk.alerting.delivery", QtWarningMsg)

} // namespace Sla::Core
