// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/datadog/datadogsite.h"

#include "core/document/model.h"
#include "core/document/texthygiene.h"
#include "core/document/tr.h"
#include "core/document/yamlsupport.h"

#include <QStringList>

namespace Tr = Sla::Core::TrContext::DatadogSite;

namespace Sla::Core {

namespace {

DatadogSite makeSite(const char *id, const char *site)
{
    return DatadogSite{QString::fromLatin1(id), QString::fromLatin1(site)};
}

} // namespace

QUrl DatadogSite::apiBaseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("api.") + site);
    return url;
}

const QList<DatadogSite> &DatadogSite::all()
{
    static const QList<DatadogSite> sites = {
        makeSite("US1", "datadoghq.com"),     makeSite("US3", "us3.datadoghq.com"),
        makeSite("US5", "us5.datadoghq.com"), makeSite("EU1", "datadoghq.eu"),
        makeSite("US1-FED", "ddog-gov.com"),  makeSite("US2-FED", "us2.ddog-gov.com"),
        makeSite("AP1", "ap1.datadoghq.com"), makeSite("AP2", "ap2.datadoghq.com"),
        makeSite("UK1", "uk1.datadoghq.com"),
    };
    return sites;
}

DatadogSite DatadogSite::defaultSite()
{
    return all().constFirst();
}

std::optional<DatadogSite> DatadogSite::find(const QString &text)
{
    QString key = text.trimmed().toLower();
    if (key.startsWith(QLatin1String("https://")))
        key = key.mid(8);
    else if (key.startsWith(QLatin1String("http://")))
        key = key.mid(7);
    while (key.endsWith(QLatin1Char('/')))
        key.chop(1);
    for (const DatadogSite &s : all()) {
        if (key == s.site || key == s.id.toLower() || key == QLatin1String("api.") + s.site ||
            key == QLatin1String("app.") + s.site)
            return s;
    }
    // Sites whose web address has no "app." (us3.datadoghq.com is both) are covered
    // above; nothing else matches.
    return std::nullopt;
}

std::optional<QUrl> DatadogSite::apiBaseUrl(const DataSource &source, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<QUrl> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // Both end up in the request URL: a control character there could inject a header.
    for (const auto &[field, value] :
         {std::pair(QStringLiteral("url"), source.url), std::pair(QStringLiteral("site"), source.site)}) {
        if (TextHygiene::firstControlCharacter(value))
            return fail(TextHygiene::controlCharacterMessage(
                Tr::tr("the %1 of data source \"%2\"").arg(field, source.metadata.name), value));
    }
    if (!source.url.isEmpty()) {
        const QUrl url(source.url, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return fail(Tr::tr("data source \"%1\": url \"%2\" is not an http or https URL; "
                               "expected e.g. https://datadog-proxy.example.com")
                            .arg(source.metadata.name, TextHygiene::withoutPassword(source.url)));
        QUrl base = url;
        // Credentials belong in the keychain, never in the URL (where they would be logged).
        base.setUserInfo(QString());
        QString path = base.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        base.setPath(path);
        base.setQuery(QString());
        base.setFragment(QString());
        return base;
    }
    if (source.site.isEmpty())
        return defaultSite().apiBaseUrl();
    if (const auto site = find(source.site))
        return site->apiBaseUrl();
    QStringList names;
    for (const DatadogSite &s : all())
        names << s.site;
    QString message = Tr::tr("data source \"%1\": unknown Datadog site \"%2\"; expected one of %3")
                          .arg(source.metadata.name, source.site, names.join(QLatin1String(", ")));
    const QString near = Yaml::nearestName(source.site.trimmed().toLower(), names);
    if (!near.isEmpty())
        message += Tr::tr(" (did you mean \"%1\"?)").arg(near);
    return fail(message);
}

} // namespace Sla::Core
