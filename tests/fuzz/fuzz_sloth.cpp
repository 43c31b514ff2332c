// SPDX-License-Identifier: Apache-2.0
// The Sloth (prometheus/v1 and the PrometheusServiceLevel CRD) importer alone, over one YAML file, then the validator
// over what it imported.
#include "core/exchange/slothimporter.h"
#include "fuzzsupport.h"
#include "fuzztargets.h"

namespace Sla::Fuzz {

QString fuzzSloth(const uint8_t *data, size_t size)
{
    const std::unique_ptr<Core::Importer> importer = Core::createSlothImporter();
    return runImporter(*importer, toBytes(data, size), QStringLiteral("fuzz.yaml"));
}

} // namespace Sla::Fuzz
