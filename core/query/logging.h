// SPDX-License-Identifier: Apache-2.0
#pragma once

// Logging categories of the query layer. Debug and info messages are off by default:
// turn them on with QT_LOGGING_RULES (e.g. "sladesk.*=true") or `slactl --verbose`. Log
// text is for developers and is not translated; it never holds a credential.

#include <QLoggingCategory>

namespace Sla::Core {

/// `sladesk.query`: query compilation.
Q_DECLARE_LOGGING_CATEGORY(lcQuery)

} // namespace Sla::Core
