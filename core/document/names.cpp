// SPDX-License-Identifier: Apache-2.0
#include "names.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace Sla::Core::Names {

namespace {
bool isLabelChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}
} // namespace

QString slug(const QString &text)
{
    QString out;
    bool dash = false;
    for (const QChar c : text.toLower()) {
        if (!isLabelChar(c)) {
            dash = true;
            continue;
        }
        if (dash && !out.isEmpty())
            out += u'-';
        out += c;
        dash = false;
    }
    return out;
}

QString shorten(const QString &name, qsizetype maxLength)
{
    if (name.size() <= maxLength)
        return name;
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    QString prefix = name.left(maxLength - hash.size() - 1);
    while (prefix.endsWith(u'-'))
        prefix.chop(1);
    return prefix + u'-' + QString::fromLatin1(hash);
}

QString label(const QString &text)
{
    if (isLabel(text))
        return text;
    QString words;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A capital after a lower-case letter or digit starts a word: "ErrorBudgetBurn".
        if (i > 0 && text.at(i).isUpper() && (text.at(i - 1).isLower() || text.at(i - 1).isDigit()))
            words += u'-';
        words += text.at(i);
    }
    return shorten(slug(words));
}

bool isLabel(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return name.size() <= kMaxLength && re.match(name).hasMatch();
}

} // namespace Sla::Core::Names
