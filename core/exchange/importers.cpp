// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/datadogsloimporter.h"
#include "core/exchange/opensloimporter.h"
#include "core/exchange/pyrraimporter.h"
#include "core/exchange/slothimporter.h"
#include "importer.h"

namespace Sla::Core {

std::vector<std::unique_ptr<Importer>> createImporters()
{
    // Order matters for finish(): the OpenSLO importer synthesizes missing data sources
    // first, so the Sloth and Pyrra importers see them and do not add a second one.
    std::vector<std::unique_ptr<Importer>> out;
    out.push_back(createOpenSloImporter());
    out.push_back(createSlothImporter());
    out.push_back(createPyrraImporter());
    // Last: it picks the set's Datadog DataSource, including one the OpenSLO importer added.
    out.push_back(createDatadogSloImporter());
    return out;
}

} // namespace Sla::Core
