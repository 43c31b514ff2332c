// SPDX-License-Identifier: Apache-2.0
#include "core/engine/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Sla::Core::Translations {

namespace {

/// Loads `name` for `locale` from `dir` into a translator owned by the application; the
/// catalogue's language ("de"), or empty when none matched.
QString installCatalogue(const QLocale &locale, const QString &name, const QString &dir)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), dir)) {
        delete translator;
        return QString();
    }
    QCoreApplication::installTranslator(translator);
    const QString loaded = translator->language().section(QLatin1Char('_'), 0, 0);
    return loaded.isEmpty() ? QLocale::languageToCode(locale.language()) : loaded;
}

} // namespace

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    if (language == QLatin1String("en"))
        return QStringLiteral("en");
    const QString loaded = installCatalogue(locale, QStringLiteral("sladesk"), QStringLiteral(":/i18n"));
    if (loaded.isEmpty())
        return QStringLiteral("en");
    // Qt's standard buttons and dialogs (Debian's qt6-translations-l10n), when installed.
    installCatalogue(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return loaded;
}

} // namespace Sla::Core::Translations
