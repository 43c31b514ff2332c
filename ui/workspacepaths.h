// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Sla::Ui::WorkspacePaths {

/// Where the bundled demo workspace may be, in lookup order (see README, "The demo"):
/// $SLADESK_DEMO_WORKSPACE; <prefix>/share/sladesk/demo next to the installed binary;
/// sladesk/demo in the XDG data directories; the source tree the binary was built from.
QStringList demoCandidates();
/// The first candidate that holds YAML documents, or empty.
QString demoWorkspace();

} // namespace Sla::Ui::WorkspacePaths
