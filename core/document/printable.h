// SPDX-License-Identifier: Apache-2.0
#pragma once

// Input quoted in messages: made safe for a terminal and kept short.

#include <QString>
#include <QStringView>

namespace Sla::Core {

/// `text` safe to print on a terminal: control characters (C0 but tab, DEL, C1) and
/// bidirectional overrides become `\xHH` / `\uHHHH` escapes, so input quoted in a message
/// can neither move the cursor, recolour the terminal nor reorder the line.
QString printableText(QStringView text);

/// A short, printable excerpt of `text` to quote in a message: printableText() of at most
/// `maxChars` characters, with "..." where it was cut.
QString quotedExcerpt(QStringView text, qsizetype maxChars = 60);

} // namespace Sla::Core
