// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core: reads the native kinds into the model: `sladesk/v1` SLA and
// TierTemplate, and OpenSLO v1 DataSource and Service (used as-is).

#include "core/document/documentparser.h"
#include "core/document/model.h"
#include "core/document/yamlsupport.h"

namespace Sla::Core {

/// True when `doc` is one of the native kinds (whether or not it reads cleanly).
bool isNativeDocument(const ParsedDocument &doc);

/// Reads a native document into `out`, reporting problems through `ctx`. A document with
/// errors is still appended when its name could be read, so later checks (duplicates,
/// references) see it.
void readNativeDocument(const ParsedDocument &doc, Yaml::Context &ctx, Workspace &out);

} // namespace Sla::Core
