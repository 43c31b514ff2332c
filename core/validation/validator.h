// SPDX-License-Identifier: Apache-2.0
#pragma once

// Semantic validation of a whole workspace: what the reader cannot see in one document.
//
// Checked: duplicate names per kind (and of objectives and alerts within an SLA);
// references (SLA tier, SLA and objective data source, alert objective) with a "did you
// mean"; objectives without a data source; data sources SLA Desk cannot query; selectors
// that do not parse in the data source's language; raw queries without `{{window}}`
// (a warning); indicators a source cannot serve; SLAs with no window; objectives weaker
// than their tier's minimums; tier `atRisk` outside (0,1). Corrections and annotations:
// unknown SLAs and objectives (with a "did you mean"), `end` not after `start` (`time`),
// a recurrence outside the RRULE subset (error at the column inside the rule), a
// correction longer than an objective's window (warning), and two corrections whose
// occurrences overlap on one objective within a year of the later start (warning).
//
// Diagnostics point at the Origin locations the reader recorded and come sorted by file,
// line and column. A selector error on a one-line selector adds the parser's 0-based
// column to the field's recorded column, so the reader should record selector fields at
// the first character of the text (one past the opening quote of a quoted scalar).

#include "core/document/diagnostic.h"
#include "core/document/model.h"

#include <QList>

namespace Sla::Core {

/// Validates `ws` against itself and the built-in tiers (builtInTiers()).
Diagnostics validateWorkspace(const Workspace &ws);

/// Same with an explicit set of built-in tiers. A workspace tier of the same name as a
/// built-in one replaces it (and is no duplicate).
Diagnostics validateWorkspace(const Workspace &ws, const QList<TierTemplate> &builtIns);

} // namespace Sla::Core
