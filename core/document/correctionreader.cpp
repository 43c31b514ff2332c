// SPDX-License-Identifier: Apache-2.0
#include "correctionreader.h"

#include "core/document/printable.h"
#include "core/document/texthygiene.h"
#include "core/document/tr.h"

#include <QTimeZone>
#include <QUrl>

namespace Tr = Sla::Core::TrContext::SlaReader;

namespace Sla::Core {

namespace {
using Yaml::MapReader;
using Yaml::Need;

/// `slas` (required, one or more) and `objectives` (optional), each item's location kept
/// as "slas.N" / "objectives.N" so that the validator points at the name it reports.
void readTargets(MapReader &m, QStringList &slas, QStringList &objectives, Origin &origin)
{
    Yaml::Context &ctx = m.context();
    const QString slasKey = QStringLiteral("slas");
    if (const auto list = m.stringList(slasKey, Need::Required)) {
        slas = *list;
        if (slas.isEmpty())
            ctx.error(m.locationOf(slasKey), Tr::tr("field 'slas' of %1 needs at least one SLA name").arg(m.what()));
    }
    objectives = m.stringList(QStringLiteral("objectives")).value_or(QStringList());
    for (const QString &key : {slasKey, QStringLiteral("objectives")}) {
        if (!m.has(key))
            continue;
        m.recordLocation(origin, key);
        const YAML::Node list = m.get(key);
        if (!list.IsSequence())
            continue;
        for (std::size_t i = 0; i < list.size(); ++i)
            origin.fields.insert(key + u'.' + QString::number(i), ctx.location(list[i]));
    }
}

/// Records where the text of `key` starts: one past the opening quote of a quoted scalar.
void recordTextStart(const MapReader &m, const QString &key, Origin &origin)
{
    SourceLocation loc = m.locationOf(key);
    const YAML::Node v = m.get(key);
    if (v.IsScalar() && v.Tag() == "!" && loc.isValid())
        ++loc.column;
    origin.fields.insert(key, loc);
}

void readTimeZone(MapReader &m, QString &into)
{
    const QString key = QStringLiteral("timeZone");
    const auto tz = m.string(key);
    if (!tz)
        return;
    if (!QTimeZone::isTimeZoneIdAvailable(tz->toUtf8())) {
        m.context().error(m.locationOf(key),
                          Tr::tr("field 'timeZone' of %1: '%2' is not a known IANA time zone such as Europe/Berlin "
                                 "or UTC")
                              .arg(m.what(), quotedExcerpt(*tz)));
        return;
    }
    into = *tz;
}

/// `duration` xor `end`.
void readLength(MapReader &m, Correction &c)
{
    const QString durationKey = QStringLiteral("duration"), endKey = QStringLiteral("end");
    if (!m.exactlyOneOf(durationKey, endKey, Tr::tr("%1 has both 'duration' and 'end'; give exactly one of them"),
                        Tr::tr("%1 needs 'duration' (such as 2h) or 'end' (an RFC 3339 time)")))
        return;
    if (m.has(durationKey))
        c.duration = m.duration(durationKey);
    else
        c.end = m.zonedTimestamp(endKey);
}

QString documentWhat(const QString &kind, const Metadata &md)
{
    return md.name.isEmpty() ? Tr::tr("%1 spec").arg(kind) : Tr::tr("%1 '%2'").arg(kind, md.name);
}

QStringList keys(std::initializer_list<const char16_t *> names)
{
    QStringList out;
    for (const char16_t *n : names)
        out << QString::fromUtf16(n);
    return out;
}
} // namespace

void readCorrectionSpec(Yaml::Context &ctx, const YAML::Node &spec, Correction &c)
{
    MapReader m(ctx, spec, documentWhat(QStringLiteral("Correction"), c.metadata),
                keys({u"slas", u"objectives", u"start", u"duration", u"end", u"recurrence", u"timeZone", u"category",
                      u"description", u"approvedBy"}));
    if (!m.isMap())
        return;
    readTargets(m, c.slas, c.objectives, c.origin);
    if (const auto start = m.zonedTimestamp(QStringLiteral("start"), Need::Required))
        c.start = *start;
    readLength(m, c);
    c.recurrence = m.string(QStringLiteral("recurrence")).value_or(QString());
    readTimeZone(m, c.timeZone);
    if (const auto category = m.oneOf(QStringLiteral("category"), correctionCategoryNames()))
        c.category = correctionCategoryFromString(*category).value_or(Correction::Category::Other);
    c.description = m.string(QStringLiteral("description")).value_or(QString());
    c.approvedBy = m.string(QStringLiteral("approvedBy")).value_or(QString());
    for (const char16_t *f : {u"start", u"duration", u"end", u"timeZone"}) {
        if (m.has(QString::fromUtf16(f)))
            m.recordLocation(c.origin, QString::fromUtf16(f));
    }
    if (m.has(QStringLiteral("recurrence")))
        recordTextStart(m, QStringLiteral("recurrence"), c.origin);
}

void readAnnotationSpec(Yaml::Context &ctx, const YAML::Node &spec, Annotation &a)
{
    MapReader m(ctx, spec, documentWhat(QStringLiteral("Annotation"), a.metadata),
                keys({u"slas", u"objectives", u"time", u"end", u"text", u"kind", u"url"}));
    if (!m.isMap())
        return;
    readTargets(m, a.slas, a.objectives, a.origin);
    if (const auto time = m.zonedTimestamp(QStringLiteral("time"), Need::Required))
        a.time = *time;
    a.end = m.zonedTimestamp(QStringLiteral("end"));
    if (const auto text = m.string(QStringLiteral("text"), Need::Required)) {
        a.text = *text;
        if (a.text.trimmed().isEmpty())
            ctx.error(m.locationOf(QStringLiteral("text")), Tr::tr("field 'text' of %1 is empty").arg(m.what()));
    }
    if (const auto kind = m.oneOf(QStringLiteral("kind"), annotationKindNames()))
        a.kind = annotationKindFromString(*kind).value_or(Annotation::Kind::Note);
    if (const auto url = m.string(QStringLiteral("url"))) {
        const QString what = Tr::tr("field 'url' of %1").arg(m.what());
        if (checkDocumentUrl(ctx, m.locationOf(QStringLiteral("url")), *url, what))
            a.url = *url;
    }
    for (const char16_t *f : {u"time", u"end"}) {
        if (m.has(QString::fromUtf16(f)))
            m.recordLocation(a.origin, QString::fromUtf16(f));
    }
}

bool checkDocumentUrl(Yaml::Context &ctx, const SourceLocation &at, const QString &url, const QString &what)
{
    if (TextHygiene::firstControlCharacter(url)) {
        ctx.error(at, TextHygiene::controlCharacterMessage(what, url));
        return false;
    }
    const QUrl u(url, QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (u.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !u.host().isEmpty()) {
        if (TextHygiene::hasPassword(url))
            ctx.warning(at, Tr::tr("%1 holds a password (user:password@host): SLA Desk neither sends nor "
                                   "shows nor exports it; store credentials in the keychain with `slactl credentials "
                                   "set`")
                                .arg(what));
        return true;
    }
    ctx.error(at, Tr::tr("%1 must be an http or https URL such as https://example.com, got '%2'")
                      .arg(what, TextHygiene::withoutPassword(url)));
    return false;
}

} // namespace Sla::Core
