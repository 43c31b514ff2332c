// SPDX-License-Identifier: Apache-2.0
#include "yamlsupport.h"

#include "core/document/printable.h"
#include "core/document/tr.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <sstream>
#include <yaml-cpp/eventhandler.h>

namespace Tr = Sla::Core::TrContext::Yaml;

namespace Sla::Core::Yaml {

namespace {

int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    QList<int> prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[m];
}

// Records where the last document started; ignores everything else.
class DocumentStarts final : public YAML::EventHandler
{
public:
    YAML::Mark start;
    void OnDocumentStart(const YAML::Mark &mark) override { start = mark; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};
} // namespace

std::vector<YAML::Node> loadAll(const std::string &text)
{
    // A first pass over the events only, to find a parser that does not advance before
    // LoadAll runs into it. It costs a fraction of building the nodes.
    std::istringstream in(text);
    YAML::Parser parser(in);
    DocumentStarts documents;
    int previous = -1;
    while (parser.HandleNextDocument(documents)) {
        if (documents.start.pos == previous)
            throw YAML::ParserException(documents.start,
                                        Tr::tr("the YAML parser cannot read on from here").toStdString());
        previous = documents.start.pos;
    }
    return YAML::LoadAll(text);
}

Context::Context(QString file, Diagnostics *sink) : m_file(std::move(file)), m_sink(sink) {}

SourceLocation Context::location(const YAML::Mark &mark) const
{
    if (mark.is_null() || mark.line < 0)
        return {m_file, 0, 0};
    return {m_file, mark.line + 1, mark.column + 1};
}

SourceLocation Context::location(const YAML::Node &node) const
{
    if (!node.IsDefined())
        return {m_file, 0, 0};
    return location(node.Mark());
}

void Context::error(const SourceLocation &where, const QString &message)
{
    ++m_errors;
    if (m_sink)
        m_sink->append({Diagnostic::Severity::Error, where, message});
}

void Context::warning(const SourceLocation &where, const QString &message)
{
    if (m_sink)
        m_sink->append({Diagnostic::Severity::Warning, where, message});
}

QString nearestName(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString &c : candidates) {
        const int d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    // Close enough: a third of the longer word, at least 2 edits; or a case-only difference.
    const int limit = std::max<int>(2, int(std::max(word.size(), best.size()) / 3));
    if (best.isEmpty() || bestDistance > limit)
        return {};
    return best;
}

QString scalarText(const YAML::Node &node)
{
    if (!node.IsDefined() || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar());
}

QString describeNode(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return Tr::tr("nothing");
    if (node.IsSequence())
        return Tr::tr("a list");
    if (node.IsMap())
        return Tr::tr("a mapping");
    // A short excerpt: a value may be megabytes long or carry terminal escapes.
    return QLatin1Char('\'') + quotedExcerpt(scalarText(node)) + QLatin1Char('\'');
}

QDateTime parseTimestamp(const QString &text)
{
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid()) {
        // OpenSLO examples write "2022-01-01 12:00:00"; read it as UTC.
        dt = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (dt.isValid())
            dt.setTimeZone(QTimeZone::utc());
    }
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QDateTime parseRfc3339(const QString &text)
{
    static const QRegularExpression kForm(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})$"));
    if (!kForm.match(text).hasMatch())
        return {};
    QString t = text;
    t[10] = u'T';
    if (t.endsWith(u'z'))
        t.back() = u'Z';
    return parseTimestamp(t);
}

QString formatNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral(".nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    QString s = QString::number(value, 'g', QLocale::FloatingPointShortest);
    return s;
}

MapReader::MapReader(Context &ctx, const YAML::Node &node, QString what, const QStringList &allowed)
    : m_ctx(ctx), m_node(node), m_what(std::move(what))
{
    if (!node.IsDefined() || !node.IsMap()) {
        m_ctx.error(node, Tr::tr("%1 must be a mapping, got %2").arg(m_what, describeNode(node)));
        return;
    }
    m_isMap = true;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = scalarText(it->first);
        if (m_keys.contains(key)) {
            m_ctx.error(it->first, Tr::tr("field '%1' is given twice in %2").arg(key, m_what));
            continue;
        }
        if (!allowed.contains(key)) {
            const QString hint = nearestName(key, allowed);
            if (hint.isEmpty())
                m_ctx.error(it->first, Tr::tr("unknown field '%1' in %2 (known fields: %3)")
                                           .arg(key, m_what, allowed.join(QStringLiteral(", "))));
            else
                m_ctx.error(it->first, Tr::tr("unknown field '%1' in %2; did you mean '%3'?").arg(key, m_what, hint));
            continue;
        }
        m_keys << key;
        m_keyNodes << it->first;
        m_values << it->second;
    }
}

bool MapReader::has(const QString &key) const
{
    return m_keys.contains(key);
}

bool MapReader::exactlyOneOf(const QString &first, const QString &second, const QString &both,
                             const QString &neither) const
{
    const bool hasFirst = has(first), hasSecond = has(second);
    if (hasFirst && hasSecond)
        m_ctx.error(keyLocationOf(second), both.arg(m_what));
    else if (!hasFirst && !hasSecond)
        m_ctx.error(location(), neither.arg(m_what));
    return hasFirst != hasSecond;
}

YAML::Node MapReader::get(const QString &key) const
{
    const qsizetype i = m_keys.indexOf(key);
    return i < 0 ? YAML::Node(YAML::NodeType::Undefined) : m_values.at(i);
}

SourceLocation MapReader::locationOf(const QString &key) const
{
    const qsizetype i = m_keys.indexOf(key);
    if (i < 0)
        return location();
    const SourceLocation loc = m_ctx.location(m_values.at(i));
    // A null value has no useful mark of its own; point at the key instead.
    return loc.isValid() && !m_values.at(i).IsNull() ? loc : m_ctx.location(m_keyNodes.at(i));
}

SourceLocation MapReader::keyLocationOf(const QString &key) const
{
    const qsizetype i = m_keys.indexOf(key);
    return i < 0 ? location() : m_ctx.location(m_keyNodes.at(i));
}

void MapReader::reportMissing(const QString &key)
{
    m_ctx.error(location(), Tr::tr("%1 is missing the required field '%2'").arg(m_what, key));
}

bool MapReader::present(const QString &key, Need need)
{
    if (!m_isMap)
        return false;
    if (!has(key) || get(key).IsNull()) {
        if (need == Need::Required)
            reportMissing(key);
        return false;
    }
    return true;
}

std::optional<QString> MapReader::string(const QString &key, Need need)
{
    if (!present(key, need))
        return std::nullopt;
    const YAML::Node v = get(key);
    if (!v.IsScalar()) {
        m_ctx.error(locationOf(key), Tr::tr("field '%1' of %2 must be text, got %3").arg(key, m_what, describeNode(v)));
        return std::nullopt;
    }
    return scalarText(v);
}

namespace {
/// `value` when `ok`; else reports `message` ("field '%1' of %2 must be ..., got %3") at the
/// value of `key` and gives nothing.
template <typename T>
std::optional<T> checked(const MapReader &m, const QString &key, bool ok, T value, const QString &message)
{
    if (ok)
        return value;
    m.context().error(m.locationOf(key), message.arg(key, m.what(), describeNode(m.get(key))));
    return std::nullopt;
}
} // namespace

std::optional<double> MapReader::number(const QString &key, Need need)
{
    if (!present(key, need))
        return std::nullopt;
    const YAML::Node v = get(key);
    bool ok = false;
    double d = 0;
    if (v.IsScalar()) {
        const QString text = scalarText(v).trimmed();
        d = text.toDouble(&ok);
        if (!ok && (text == QStringLiteral(".inf") || text == QStringLiteral("+.inf"))) {
            d = std::numeric_limits<double>::infinity();
            ok = true;
        }
    }
    return checked(*this, key, ok, d, Tr::tr("field '%1' of %2 must be a number, got %3"));
}

std::optional<qint64> MapReader::integer(const QString &key, Need need)
{
    if (!present(key, need))
        return std::nullopt;
    const YAML::Node v = get(key);
    bool ok = false;
    const qint64 n = v.IsScalar() ? scalarText(v).trimmed().toLongLong(&ok) : 0;
    return checked(*this, key, ok, n, Tr::tr("field '%1' of %2 must be a whole number, got %3"));
}

std::optional<bool> MapReader::boolean(const QString &key, Need need)
{
    if (!present(key, need))
        return std::nullopt;
    const YAML::Node v = get(key);
    const QString t = scalarText(v).toLower();
    const bool ok = v.IsScalar() && (t == QStringLiteral("true") || t == QStringLiteral("false"));
    return checked(*this, key, ok, t == QStringLiteral("true"),
                   Tr::tr("field '%1' of %2 must be true or false, got %3"));
}

std::optional<Duration> MapReader::duration(const QString &key, Need need)
{
    if (!present(key, need))
        return std::nullopt;
    const YAML::Node v = get(key);
    if (!v.IsScalar()) {
        m_ctx.error(
            locationOf(key),
            Tr::tr("field '%1' of %2 must be a duration such as 30d, got %3").arg(key, m_what, describeNode(v)));
        return std::nullopt;
    }
    QString why;
    const auto d = Duration::parse(scalarText(v), &why);
    if (!d)
        m_ctx.error(locationOf(key), Tr::tr("field '%1' of %2: %3").arg(key, m_what, why));
    return d;
}

std::optional<QDateTime> MapReader::timestamp(const QString &key, Need need)
{
    if (!present(key, need))
        return std::nullopt;
    const YAML::Node v = get(key);
    const QDateTime dt = v.IsScalar() ? parseTimestamp(scalarText(v)) : QDateTime();
    return checked(*this, key, dt.isValid(), dt,
                   Tr::tr("field '%1' of %2 must be an RFC 3339 time such as 2025-01-01T00:00:00Z, got %3"));
}

std::optional<QDateTime> MapReader::zonedTimestamp(const QString &key, Need need)
{
    if (!present(key, need))
        return std::nullopt;
    const YAML::Node v = get(key);
    const QDateTime dt = v.IsScalar() ? parseRfc3339(scalarText(v)) : QDateTime();
    if (!dt.isValid()) {
        m_ctx.error(
            locationOf(key),
            Tr::tr("field '%1' of %2 must be an RFC 3339 time with a zone such as 2025-06-09T10:00:00Z or "
                   "2025-06-09T12:00:00+02:00, got %3")
                .arg(key, m_what,
                     v.IsScalar() ? QStringLiteral("'%1'").arg(quotedExcerpt(scalarText(v))) : describeNode(v)));
        return std::nullopt;
    }
    return dt;
}

std::optional<QStringList> MapReader::stringList(const QString &key, Need need, bool allowScalar)
{
    if (!present(key, need))
        return std::nullopt;
    const YAML::Node v = get(key);
    if (allowScalar && v.IsScalar())
        return QStringList{scalarText(v)};
    if (!v.IsSequence()) {
        m_ctx.error(locationOf(key),
                    Tr::tr("field '%1' of %2 must be a list, got %3").arg(key, m_what, describeNode(v)));
        return std::nullopt;
    }
    QStringList out;
    for (const YAML::Node &item : v) {
        if (!item.IsScalar()) {
            m_ctx.error(item, Tr::tr("items of '%1' in %2 must be text, got %3").arg(key, m_what, describeNode(item)));
            continue;
        }
        out << scalarText(item);
    }
    return out;
}

std::optional<QMap<QString, QString>> MapReader::stringMap(const QString &key, Need need)
{
    if (!present(key, need))
        return std::nullopt;
    const YAML::Node v = get(key);
    if (!v.IsMap()) {
        m_ctx.error(locationOf(key),
                    Tr::tr("field '%1' of %2 must be a mapping, got %3").arg(key, m_what, describeNode(v)));
        return std::nullopt;
    }
    QMap<QString, QString> out;
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (!it->second.IsScalar() && !it->second.IsNull()) {
            m_ctx.error(it->second,
                        Tr::tr("values of '%1' in %2 must be text, got %3").arg(key, m_what, describeNode(it->second)));
            continue;
        }
        out.insert(scalarText(it->first), scalarText(it->second));
    }
    return out;
}

std::optional<QString> MapReader::oneOf(const QString &key, const QStringList &values, Need need)
{
    const auto s = string(key, need);
    if (!s)
        return std::nullopt;
    if (values.contains(*s))
        return s;
    const QString hint = nearestName(*s, values);
    QString msg = Tr::tr("field '%1' of %2 has the invalid value '%3' (allowed: %4)")
                      .arg(key, m_what, *s, values.join(QStringLiteral(", ")));
    if (!hint.isEmpty())
        msg += Tr::tr("; did you mean '%1'?").arg(hint);
    m_ctx.error(locationOf(key), msg);
    return std::nullopt;
}

void MapReader::recordLocation(Origin &origin, const QString &key, const QString &as) const
{
    origin.fields.insert(as.isEmpty() ? key : as, locationOf(key));
}

Metadata readMetadata(Context &ctx, const YAML::Node &node, const QString &kind, Origin &origin)
{
    Metadata md;
    MapReader m(ctx, node, Tr::tr("metadata of %1").arg(kind),
                {QStringLiteral("name"), QStringLiteral("displayName"), QStringLiteral("labels"),
                 QStringLiteral("annotations"), QStringLiteral("namespace")});
    if (!m.isMap())
        return md;
    md.name = m.string(QStringLiteral("name"), Need::Required).value_or(QString());
    md.displayName = m.string(QStringLiteral("displayName")).value_or(QString());
    m.recordLocation(origin, QStringLiteral("name"));
    if (m.has(QStringLiteral("labels"))) {
        const YAML::Node labels = m.get(QStringLiteral("labels"));
        if (!labels.IsMap()) {
            ctx.error(m.locationOf(QStringLiteral("labels")),
                      Tr::tr("field 'labels' of metadata must be a mapping, got %1").arg(describeNode(labels)));
        } else {
            for (auto it = labels.begin(); it != labels.end(); ++it) {
                QStringList values;
                // A copy of the node handle: `it->second` lives in a proxy that dies at the
                // end of the full expression, too early for a range-for over it.
                const YAML::Node value = it->second;
                if (value.IsSequence()) {
                    for (const YAML::Node &v : value)
                        values << scalarText(v);
                } else if (it->second.IsScalar()) {
                    values << scalarText(it->second);
                } else if (!it->second.IsNull()) {
                    ctx.error(it->second,
                              Tr::tr("label '%1' must be text or a list of text").arg(scalarText(it->first)));
                }
                md.labels.insert(scalarText(it->first), values);
            }
        }
    }
    md.annotations = m.stringMap(QStringLiteral("annotations")).value_or(QMap<QString, QString>());
    return md;
}

} // namespace Sla::Core::Yaml
