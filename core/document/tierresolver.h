// SPDX-License-Identifier: Apache-2.0
#pragma once

// How an SLA inherits from its tier template.
//
// Inheritance rules (resolveSla):
// - window: the SLA's own `window`; when it has none, the tier's `window`. Objective
//   windows override either and are left as they are.
// - alerts: the tier's alerts first, then the SLA's own. An SLA alert equal to a tier
//   alert (same rule, same values) is not repeated, so writing `{burnRate: default}` in
//   both places gives one set. Tier alerts without an objective apply to every objective.
// - notify: the SLA's `notify` when it lists any target; otherwise the tier's.
// - minEvents, minSamples: each objective's own; when it has none, the tier's.
// - everything else (objectives, data source, contract, remediation) is the SLA's own.
//   The tier's atRisk, escalation and gate are read from the tier itself; the minimums
//   are not applied but checked by the validator (an SLA may only tighten them).

#include "core/document/model.h"

#include <QList>

namespace Sla::Core {

/// The effective SLA under `tier` (which may be null: the SLA is returned unchanged).
Sla resolveSla(const Sla &sla, const TierTemplate *tier);

/// The tier template called `name`: the workspace's when it defines one, else the
/// built-in one from `builtIns` (usually builtInTiers()), else null. The pointer is into
/// `ws` or `builtIns`, which must outlive its use.
const TierTemplate *findTierTemplate(const Workspace &ws, const QList<TierTemplate> &builtIns, const QString &name);

} // namespace Sla::Core
