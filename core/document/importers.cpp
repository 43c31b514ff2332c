// SPDX-License-Identifier: Apache-2.0
#include "importer.h"

#include "core/document/pyrraimporter.h"
#include "core/document/slothimporter.h"

namespace Sla::Core {

std::vector<std::unique_ptr<Importer>> createImporters()
{
    std::vector<std::unique_ptr<Importer>> out;
    out.push_back(std::make_unique<SlothImporter>());
    out.push_back(std::make_unique<PyrraImporter>());
    return out;
}

} // namespace Sla::Core
