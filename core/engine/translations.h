// SPDX-License-Identifier: Apache-2.0
#pragma once

// The language of the user interface, for sladesk and slactl alike. The catalogues
// (translations/sladesk_de.ts, sladesk_fr.ts) are compiled into both executables under
// ":/i18n"; English is the source language and needs none.

#include <QString>
#include <QStringList>

namespace Sla::Core::Translations {

/// The languages a user can choose besides following the system: "en", "de", "fr".
QStringList languages();

/// Installs the catalogue of `language` ("en", "de", "fr"), or of the system's UI languages
/// when it is empty (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), and Qt's own catalogue when the
/// system has one. An explicit choice also becomes the default QLocale, so numbers and dates
/// follow the language chosen. Returns the language in effect: "en" when no catalogue matched.
/// Call once, after the QCoreApplication exists.
QString install(const QString &language = {});

} // namespace Sla::Core::Translations
