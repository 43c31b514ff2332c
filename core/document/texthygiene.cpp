// SPDX-License-Identifier: Apache-2.0
#include "core/document/texthygiene.h"

#include "core/document/printable.h"
#include "core/document/tr.h"

#include <algorithm>

namespace Tr = Sla::Core::TrContext::TextHygiene;

namespace Sla::Core::TextHygiene {

namespace {
bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7f;
}
} // namespace

std::optional<qsizetype> firstControlCharacter(QStringView text)
{
    const auto it = std::find_if(text.begin(), text.end(), [](QChar c) { return isControl(c.unicode()); });
    if (it == text.end())
        return std::nullopt;
    return qsizetype(it - text.begin());
}

QString controlCharacterName(QChar c)
{
    switch (c.unicode()) {
    case 0x00:
        return QStringLiteral("NUL");
    case 0x09:
        return QStringLiteral("TAB");
    case 0x0a:
        return QStringLiteral("LF");
    case 0x0d:
        return QStringLiteral("CR");
    case 0x7f:
        return QStringLiteral("DEL");
    default:
        return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    }
}

QString controlCharacterMessage(const QString &what, QStringView value)
{
    const qsizetype at = firstControlCharacter(value).value_or(0);
    return Tr::tr("%1 contains the control character %2 at position %3; control characters "
                  "(CR, LF, NUL, TAB, other C0, DEL) could inject HTTP headers and are not allowed")
        .arg(what, controlCharacterName(value.at(at)))
        .arg(at + 1);
}

namespace {
/// The [start, end) range of the password in `url` (after "user:"), if there is one.
std::optional<std::pair<qsizetype, qsizetype>> passwordRange(const QString &url)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return std::nullopt;
    const qsizetype authority = scheme + 3;
    qsizetype end = authority;
    while (end < url.size() && url.at(end) != u'/' && url.at(end) != u'?' && url.at(end) != u'#')
        ++end;
    const qsizetype at = url.lastIndexOf(u'@', end - 1);
    if (at < authority)
        return std::nullopt;
    const qsizetype colon = url.indexOf(u':', authority);
    if (colon < 0 || colon > at)
        return std::nullopt;
    return std::make_pair(colon, at);
}
} // namespace

QString withoutPassword(const QString &url)
{
    const auto range = passwordRange(url);
    if (!range)
        return url;
    QString out = url;
    out.remove(range->first, range->second - range->first);
    return out;
}

bool hasPassword(const QString &url)
{
    return passwordRange(url).has_value();
}

QString printable(const QString &text)
{
    // One line: line breaks and tabs become spaces; the rest as printableText() escapes it.
    QString line = text;
    for (QChar &c : line) {
        if (c == u'\r' || c == u'\n' || c == u'\t')
            c = u' ';
    }
    return printableText(line);
}

QString redacted(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() >= 4)
            text.replace(secret, QStringLiteral("***"));
    }
    return text;
}

} // namespace Sla::Core::TextHygiene
