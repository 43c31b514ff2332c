// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

namespace Sla::Core {

Q_LOGGING_CATEGORY(lcSecrets, "sladesk.secrets", QtWarningMsg)

} // namespace Sla::Core
