// SPDX-License-Identifier: Apache-2.0
#pragma once

// Logging categories of the exchange layer. Debug and info messages are off by default:
// turn them on with QT_LOGGING_RULES (e.g. "sladesk.*=true") or `slactl --verbose`. Log
// text is for developers and is not translated; it never holds a credential.

#include <QLoggingCategory>

namespace Sla::Core {

/// `sladesk.exchange`: loading workspaces, import and export.
Q_DECLARE_LOGGING_CATEGORY(lcExchange)

} // namespace Sla::Core
