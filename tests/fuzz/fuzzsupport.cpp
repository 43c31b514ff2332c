// SPDX-License-Identifier: Apache-2.0
#include "fuzzsupport.h"

namespace Sla::Fuzz {

using namespace Sla::Core;

QByteArray toBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QString checkMessage(const QString &message, const char *what)
{
    if (message.trimmed().isEmpty())
        return QStringLiteral("%1: an error without a message").arg(QLatin1String(what));
    return {};
}

QString checkDiagnostics(const Diagnostics &diagnostics, const QString &file, Lines lines)
{
    for (const Diagnostic &d : diagnostics) {
        if (const QString bad = checkMessage(d.message, "diagnostic"); !bad.isEmpty())
            return bad + QStringLiteral(" at ") + d.toString();
        if (d.location.file != file)
            return QStringLiteral("diagnostic names another file: ") + d.toString();
        if (lines == Lines::Required && d.isError() && !d.location.isValid())
            return QStringLiteral("error without a line: ") + d.toString();
    }
    return {};
}

} // namespace Sla::Fuzz
