// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

namespace Sla::Core {

Q_LOGGING_CATEGORY(lcQuery, "sladesk.query", QtWarningMsg)

} // namespace Sla::Core
