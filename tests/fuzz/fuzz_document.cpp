// SPDX-License-Identifier: Apache-2.0
// The YAML document reader as `slactl validate` runs it: every kind the loader knows
// (sladesk/v1 SLA and TierTemplate, OpenSLO DataSource and Service, and whatever the
// importers claim), then the validator over the workspace read.
#include "core/exchange/loader.h"
#include "core/validation/validator.h"
#include "fuzzsupport.h"
#include "fuzztargets.h"

namespace Sla::Fuzz {

QString fuzzDocument(const uint8_t *data, size_t size)
{
    const QString file = QStringLiteral("fuzz.yaml");
    Core::LoadResult result = Core::DocumentLoader::loadData(toBytes(data, size), file);
    result.diagnostics += Core::validateWorkspace(result.workspace);
    return checkDiagnostics(result.diagnostics, file);
}

} // namespace Sla::Fuzz
