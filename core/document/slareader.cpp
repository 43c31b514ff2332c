// SPDX-License-Identifier: Apache-2.0
#include "slareader.h"

namespace Sla::Core {

bool isNativeDocument(const ParsedDocument &doc)
{
    if (doc.apiVersion == QLatin1String("sladesk/v1"))
        return true;
    return doc.apiVersion == QLatin1String("openslo/v1")
        && (doc.kind == QLatin1String("DataSource") || doc.kind == QLatin1String("Service"));
}

void readNativeDocument(const ParsedDocument &doc, Yaml::Context &ctx, Workspace &out)
{
    Q_UNUSED(doc);
    Q_UNUSED(ctx);
    Q_UNUSED(out);
}

} // namespace Sla::Core
