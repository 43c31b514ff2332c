// SPDX-License-Identifier: Apache-2.0
// The duration parser (`30d`, `1h30m`, `500ms`): what parses is positive and its
// canonical text parses back to the same length; what does not gives a message.
#include "core/document/duration.h"
#include "fuzzsupport.h"
#include "fuzztargets.h"

namespace Sla::Fuzz {

QString fuzzDuration(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<Core::Duration> parsed = Core::Duration::parse(text, &error);
    if (!parsed)
        return checkMessage(error, "duration");
    if (parsed->ms <= 0)
        return QStringLiteral("duration '%1' parsed as %2 ms").arg(text).arg(parsed->ms);
    const QString canonical = parsed->toString();
    const std::optional<Core::Duration> again = Core::Duration::parse(canonical, &error);
    if (!again || again->ms != parsed->ms)
        return QStringLiteral("duration '%1': canonical text '%2' does not read back").arg(text, canonical);
    return {};
}

} // namespace Sla::Fuzz
