// SPDX-License-Identifier: Apache-2.0
#include "importer.h"
#include "opensloimporter.h"

namespace Sla::Core {

std::vector<std::unique_ptr<Importer>> createImporters()
{
    std::vector<std::unique_ptr<Importer>> out;
    out.push_back(std::make_unique<OpenSloImporter>());
    return out;
}

} // namespace Sla::Core
