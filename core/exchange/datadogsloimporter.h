// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core: imports saved Datadog SLO answers into the model.
//
// Accepted documents: a `.json` file holding what `GET /api/v1/slo` answers
// (`{"data": [SLO, ...], "error": null, "metadata": {...}}`) or what `GET /api/v1/slo/{id}`
// answers (`{"data": SLO}`), where every SLO object has `id`, `name` and `type`, and the
// top level has no keys besides `data`, `error`, `errors`, `metadata` and `links`. Nothing
// else is claimed: YAML files, documents with apiVersion or kind, other JSON shapes.
//
// Mapping: SloImport (core/exchange/sloimport.h), one SLA per SLO. Problems are
// reported at the SLO object (at `type` for monitor SLOs, at `query` or
// `sli_specification` when those are unusable, at a threshold's `timeframe` or `target`).
// The same SLO id found twice in the set (a list and a single answer) is imported once.
//
// Data source: the SLAs read from the set's only Datadog DataSource when it defines exactly
// one, else from `datadog`; when the set has no DataSource of that name finish() appends
// one of type datadog without connection details, with a warning.

#include "core/exchange/importer.h"

#include <QList>

namespace Sla::Core {

/// A new importer of this format, for createImporters().
std::unique_ptr<Importer> createDatadogSloImporter();

} // namespace Sla::Core
