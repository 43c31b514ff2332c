// SPDX-License-Identifier: Apache-2.0
#pragma once

// Canonical YAML for a workspace: what the editor saves and `slactl convert --to sladesk`
// prints. The output is stable (saving an unchanged model twice gives the same bytes) and
// reads back into an equal model.

#include "core/document/model.h"

#include <QByteArray>
#include <QString>

namespace Sla::Core {

/// Every document of `ws` as YAML, separated by `---`: DataSources, Services, TierTemplates
/// (built-in ones skipped), SLAs, Corrections and Annotations, each kind in list order.
/// Keys come in a fixed order, fields at their default value are left out, numbers are
/// written in their shortest form.
QByteArray writeDocuments(const Workspace &ws);

/// Writes writeDocuments(ws) to `path` atomically: on failure the old file is untouched,
/// false is returned and *error (when given) says why.
bool saveDocuments(const QString &path, const Workspace &ws, QString *error = nullptr);

} // namespace Sla::Core
