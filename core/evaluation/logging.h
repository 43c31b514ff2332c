// SPDX-License-Identifier: Apache-2.0
#pragma once

// Logging categories of the evaluation layer. Debug and info messages are off by default:
// turn them on with QT_LOGGING_RULES (e.g. "sladesk.*=true") or `slactl --verbose`. Log
// text is for developers and is not translated; it never holds a credential.

#include <QLoggingCategory>

namespace Sla::Core {

/// `sladesk.evaluation`: evaluation plans, requests, cache hits.
Q_DECLARE_LOGGING_CATEGORY(lcEvaluation)

} // namespace Sla::Core
