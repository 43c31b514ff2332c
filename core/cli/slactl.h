// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

class QTextStream;

namespace Sla::Core {

/// Exit codes shared by every slactl command (DESIGN.md section 5).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1, ///< invalid documents, gate failed
    ExitUsage = 2,  ///< bad command line
    ExitSource = 3, ///< a metric source or the keychain could not be used
};

/// Runs slactl with `args` (without the program name). Normal output goes to `out`,
/// diagnostics and errors to `err`. Returns the process exit code.
int runSlactl(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Sla::Core
