// SPDX-License-Identifier: Apache-2.0
#pragma once

// `slactl watch` (issue 11, README "slactl watch"): the desktop's alert engine headless.

#include <QStringList>
class QTextStream;

namespace Sla::Core {

int runWatchCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Sla::Core
