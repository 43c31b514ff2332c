// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/document/model.h"

#include <QList>

namespace Sla::Core {

/// The tier templates shipped with SLA Desk (`tier-1`, `tier-2`, `tier-3`), read once
/// from the `:/sladesk/tiers/` resources, each marked `builtIn`. A workspace tier of the
/// same name takes precedence over a built-in one (see findTierTemplate()).
QList<TierTemplate> builtInTiers();

} // namespace Sla::Core
