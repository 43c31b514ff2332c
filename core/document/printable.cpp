// SPDX-License-Identifier: Apache-2.0
#include "printable.h"

namespace Sla::Core {

QString printableText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\t') || (u >= 0x7f && u <= 0x9f);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (control)
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else if (bidi)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString quotedExcerpt(QStringView text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return printableText(text);
    return printableText(text.left(maxChars)) + QStringLiteral("...");
}

} // namespace Sla::Core
