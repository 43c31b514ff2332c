// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

namespace Sla::Ui {

Q_LOGGING_CATEGORY(lcUi, "sladesk.ui", QtWarningMsg)

} // namespace Sla::Ui
