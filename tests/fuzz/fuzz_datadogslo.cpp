// SPDX-License-Identifier: Apache-2.0
// Saved Datadog SLO answers (`GET /api/v1/slo[/{id}]`) both ways they are read: as a
// `.json` file of a document set (yaml-cpp, DatadogSloImporter) and as the JSON body
// `slactl datadog-slos` receives (simdjson, SloImport::fromJson).
#include "core/exchange/datadogsloimporter.h"
#include "core/exchange/sloimport.h"
#include "fuzzsupport.h"
#include "fuzztargets.h"

namespace Sla::Fuzz {

QString fuzzDatadogSlo(const uint8_t *data, size_t size)
{
    const QByteArray bytes = toBytes(data, size);
    const QString file = QStringLiteral("fuzz.json");
    const std::unique_ptr<Core::Importer> importer = Core::createDatadogSloImporter();
    if (QString bad = runImporter(*importer, bytes, file); !bad.isEmpty())
        return bad;
    const Core::SloImport::Result answer = Core::SloImport::fromJson(bytes, QStringLiteral("datadog"), file);
    return checkDiagnostics(answer.diagnostics, file, Lines::Optional);
}

} // namespace Sla::Fuzz
