// SPDX-License-Identifier: Apache-2.0
#pragma once

// Guards for text that crosses a trust boundary: values that end up in an HTTP header or
// URL (no control characters, or a header could be injected), URLs shown to the user or
// exported (no password), and text a server sent that is quoted in a message (no
// terminal control sequences).

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Sla::Core::TextHygiene {

/// The index of the first C0 control character (U+0000-U+001F, including TAB, CR, LF and
/// NUL) or DEL in `text`, if any.
std::optional<qsizetype> firstControlCharacter(QStringView text);

/// A short name for a control character: "CR", "LF", "NUL", "TAB", "DEL" or "U+001B".
QString controlCharacterName(QChar c);

/// A message for a value with a control character, naming `what` (a field, a flag, a
/// variable) and the character, never the value.
QString controlCharacterMessage(const QString &what, QStringView value);

/// `url` without the password of its user information (`http://user:pw@host` ->
/// `http://user@host`), also when the rest of the text does not parse as a URL. Text
/// without "scheme://" is returned unchanged.
QString withoutPassword(const QString &url);

/// True when `url` holds a password in its user information.
bool hasPassword(const QString &url);

/// Text from a server made safe for a terminal or a one-line message: CR, LF and TAB become
/// spaces, the rest as printableText() escapes it (C0, DEL, C1, bidirectional overrides).
QString printable(const QString &text);

/// `text` with every occurrence of the non-empty `secrets` replaced by "***". Secrets
/// shorter than 4 characters are left alone: they would mangle every message.
QString redacted(QString text, const QStringList &secrets);

} // namespace Sla::Core::TextHygiene
