// SPDX-License-Identifier: Apache-2.0
// The OpenSLO importer alone, over one YAML file, then the validator over what it imported.
#include "core/exchange/opensloimporter.h"
#include "fuzzsupport.h"
#include "fuzztargets.h"

namespace Sla::Fuzz {

QString fuzzOpenSlo(const uint8_t *data, size_t size)
{
    const std::unique_ptr<Core::Importer> importer = Core::createOpenSloImporter();
    return runImporter(*importer, toBytes(data, size), QStringLiteral("fuzz.yaml"));
}

} // namespace Sla::Fuzz
