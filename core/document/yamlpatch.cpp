// SPDX-License-Identifier: Apache-2.0
#include "core/document/yamlpatch.h"

#include "core/document/tr.h"
#include "core/document/yamlsupport.h"

#include <QList>

#include <algorithm>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace Sla::Core {

namespace Tr = TrContext::YamlPatch;

namespace {

/// Byte offsets of the line starts of a text, and the small scanners the edits need.
class Text
{
public:
    explicit Text(const QByteArray &t) : m_t(t)
    {
        m_starts.append(0);
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (t.at(i) == '\n')
                m_starts.append(i + 1);
        }
    }

    qsizetype size() const { return m_t.size(); }
    char at(qsizetype i) const { return i < m_t.size() ? m_t.at(i) : '\0'; }
    qsizetype lineStart(int line) const { return line < m_starts.size() ? m_starts.at(line) : m_t.size(); }
    qsizetype offset(const YAML::Mark &m) const { return lineStart(m.line) + m.column; }
    int lineOf(qsizetype pos) const
    {
        const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), pos);
        return int(it - m_starts.cbegin()) - 1;
    }
    int columnOf(qsizetype pos) const { return int(pos - lineStart(lineOf(pos))); }
    int indent(int line) const
    {
        qsizetype i = lineStart(line);
        while (at(i) == ' ')
            ++i;
        return int(i - lineStart(line));
    }
    bool isBlankOrComment(int line) const
    {
        const char c = at(lineStart(line) + indent(line));
        return c == '\n' || c == '#' || c == '\0' || c == '\r';
    }
    bool isDocumentMarker(int line) const
    {
        const QByteArray head = m_t.mid(lineStart(line), 4);
        return (head.startsWith("---") || head.startsWith("...")) &&
               (head.size() == 3 || head.at(3) == ' ' || head.at(3) == '\n' || head.at(3) == '\r');
    }
    int lineCount() const { return int(m_starts.size()); }

    /// The offset just past the last content line of the block that starts on
    /// `firstLine`: following lines belong while they are blank, comments, indented by at
    /// least `minIndent`, or (for a sequence under a key) list items at `dashIndent`.
    qsizetype blockEnd(int firstLine, int minIndent, int dashIndent = -1) const
    {
        int last = firstLine;
        for (int line = firstLine + 1; line < lineCount() && lineStart(line) < size(); ++line) {
            if (isDocumentMarker(line))
                break;
            if (isBlankOrComment(line))
                continue;
            const int ind = indent(line);
            const bool dashItem = ind == dashIndent && at(lineStart(line) + ind) == '-';
            if (ind < minIndent && !dashItem)
                break;
            last = line;
        }
        return lineStart(last + 1);
    }

    /// The end of the quoted, flow or plain scalar starting at `s`.
    qsizetype scalarEnd(qsizetype s, bool inFlow) const
    {
        const char c = at(s);
        if (c == '\'' || c == '"') {
            for (qsizetype i = s + 1; i < size(); ++i) {
                if (c == '"' && at(i) == '\\')
                    ++i;
                else if (at(i) == c && c == '\'' && at(i + 1) == '\'')
                    ++i;
                else if (at(i) == c)
                    return i + 1;
            }
            return size();
        }
        if (c == '{' || c == '[')
            return flowEnd(s);
        qsizetype i = s;
        while (i < size() && at(i) != '\n') {
            if (at(i) == '#' && i > s && (at(i - 1) == ' ' || at(i - 1) == '\t'))
                break;
            if (inFlow && (at(i) == ',' || at(i) == ']' || at(i) == '}'))
                break;
            ++i;
        }
        while (i > s && (at(i - 1) == ' ' || at(i - 1) == '\t' || at(i - 1) == '\r'))
            --i;
        return i;
    }

    /// The `:` that ends the mapping key starting at `s`.
    qsizetype colonAfterKey(qsizetype s, bool inFlow) const
    {
        qsizetype i = at(s) == '\'' || at(s) == '"' ? scalarEnd(s, inFlow) : s;
        for (; i < size(); ++i) {
            const char next = at(i + 1);
            if (at(i) == ':' && (next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '\0' ||
                                 (inFlow && (next == ',' || next == '}'))))
                return i;
        }
        return size();
    }

    /// The end (past the closing bracket) of the flow collection starting at `s`.
    qsizetype flowEnd(qsizetype s) const
    {
        int depth = 0;
        for (qsizetype i = s; i < size(); ++i) {
            const char c = at(i);
            if (c == '\'' || c == '"') {
                i = scalarEnd(i, true) - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return size();
    }

private:
    const QByteArray &m_t;
    QList<qsizetype> m_starts;
};

bool isFlow(const YAML::Node &n)
{
    return n.Style() == YAML::EmitterStyle::Flow;
}

/// The value of `key` in mapping `map` (an invalid node when absent), and its key node.
YAML::Node child(const YAML::Node &map, const QString &key, YAML::Node *keyNode = nullptr)
{
    if (map.IsMap()) {
        const std::string k = key.toStdString();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it->first.IsScalar() && it->first.Scalar() == k) {
                if (keyNode)
                    *keyNode = it->first;
                return it->second;
            }
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

QString scalarOf(const YAML::Node &n)
{
    return n.IsDefined() && n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
}

/// Where a path leads: the container holding the last step and, when present, its value.
struct Location
{
    YAML::Node parent;
    YAML::Node key; ///< for a mapping step
    YAML::Node value;
    bool present = false;
};

/// A value written as a block under its key: several lines, or a list item.
bool isBlock(const QStringList &ls)
{
    return ls.size() > 1 || (!ls.isEmpty() && ls.constFirst().startsWith(QLatin1String("- ")));
}

QStringList lines(const QString &text)
{
    QStringList out = text.split(QLatin1Char('\n'));
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

QString indented(const QStringList &ls, int indent, const QString &firstPrefix = {})
{
    QString out;
    const QString pad(indent, QLatin1Char(' '));
    for (int i = 0; i < ls.size(); ++i) {
        out += pad;
        out += (i == 0 ? firstPrefix : QString(firstPrefix.size(), QLatin1Char(' '))) + ls.at(i) + QLatin1Char('\n');
    }
    return out;
}

/// One edit operation: the parsed documents of the text and the helpers that find values.
class Edit
{
public:
    Edit(QByteArray &text, QString &error) : m_text(text), m_error(error), m_t(text) {}

    bool parse(const DocumentKey &doc)
    {
        try {
            m_docs = Yaml::loadAll(m_text.toStdString());
        } catch (const YAML::Exception &e) {
            return fail(Tr::tr("the YAML does not parse: %1").arg(QString::fromStdString(e.msg)));
        }
        for (const YAML::Node &d : m_docs) {
            if (scalarOf(child(d, QStringLiteral("kind"))) == doc.kind &&
                scalarOf(child(child(d, QStringLiteral("metadata")), QStringLiteral("name"))) == doc.name) {
                m_root = d;
                return true;
            }
        }
        return fail(Tr::tr("no %1 '%2' in the text").arg(doc.kind, doc.name));
    }

    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    std::optional<Location> locate(const QStringList &path)
    {
        // yaml-cpp nodes are references: assigning one to another rewrites the tree, so
        // the walk only ever copy-constructs nodes.
        std::vector<YAML::Node> chain{m_root};
        std::vector<YAML::Node> keys{YAML::Node()};
        for (int i = 0; i < path.size(); ++i) {
            const YAML::Node &cur = chain.back();
            YAML::Node key;
            bool isIndex = false;
            const int index = path.at(i).toInt(&isIndex);
            if (cur.IsSequence() && isIndex && index >= 0 && index < int(cur.size()))
                chain.push_back(cur[std::size_t(index)]);
            else
                chain.push_back(child(cur, path.at(i), &key));
            keys.push_back(key);
            if (!chain.back().IsDefined() && i + 1 < path.size()) {
                fail(Tr::tr("nothing at %1").arg(path.mid(0, i + 1).join(QLatin1Char('.'))));
                return std::nullopt;
            }
        }
        if (path.isEmpty())
            return std::nullopt;
        return Location{chain.at(chain.size() - 2), keys.back(), chain.back(), chain.back().IsDefined()};
    }

    /// [start, end) of the value of a mapping key, and whether a replacement needs a
    /// leading space (the value was empty or a block on the following lines).
    std::tuple<qsizetype, qsizetype, bool> valueExtent(const Location &loc) const
    {
        const qsizetype keyStart = m_t.offset(loc.key.Mark());
        const qsizetype colon = m_t.colonAfterKey(keyStart, isFlow(loc.parent));
        qsizetype p = colon + 1;
        while (m_t.at(p) == ' ' || m_t.at(p) == '\t')
            ++p;
        const char c = m_t.at(p);
        const int keyLine = m_t.lineOf(keyStart);
        const int keyCol = m_t.columnOf(keyStart);
        if (c == '|' || c == '>')
            return {p, m_t.blockEnd(keyLine, keyCol + 1) - 1, false};
        if (c == '\n' || c == '#' || c == '\0' || c == '\r') {
            if (loc.value.IsNull())
                return {colon + 1, colon + 1, true};
            const qsizetype end = m_t.blockEnd(keyLine, keyCol + 1, loc.value.IsSequence() ? keyCol : -1);
            return {colon + 1, end - 1, true};
        }
        return {p, m_t.scalarEnd(p, isFlow(loc.parent)), false};
    }

    /// The offset of the dash of block sequence item `item`.
    qsizetype dashOf(const YAML::Node &item) const
    {
        qsizetype i = m_t.offset(item.Mark());
        while (i > 0 && m_t.at(i) != '-')
            --i;
        return i;
    }

    void replace(qsizetype start, qsizetype end, const QString &with)
    {
        m_text.replace(start, end - start, with.toUtf8());
    }

    bool setValue(const QStringList &path, const QString &value);
    bool insertKey(const YAML::Node &map, const QString &key, const QString &value);
    bool removeKey(const QStringList &path);
    bool removeItem(const QStringList &listPath, int index);
    bool appendItem(const QStringList &listPath, const QString &item);
    bool replaceDocument(const QByteArray &yaml);
    bool removeDocument();

private:
    QByteArray &m_text;
    QString &m_error;
    Text m_t;
    std::vector<YAML::Node> m_docs;
    YAML::Node m_root;
};

bool Edit::setValue(const QStringList &path, const QString &value)
{
    const auto loc = locate(path);
    if (!loc)
        return false;
    if (!loc->present)
        return insertKey(loc->parent, path.last(), value);
    if (!loc->parent.IsMap())
        return fail(Tr::tr("%1 is a list item, not a field").arg(path.join(QLatin1Char('.'))));
    const auto [start, end, space] = valueExtent(*loc);
    const QStringList ls = lines(value);
    if (isBlock(ls)) {
        if (isFlow(loc->parent))
            return fail(Tr::tr("a block value cannot go into a flow mapping"));
        QString block = QStringLiteral("\n") + indented(ls, m_t.columnOf(m_t.offset(loc->key.Mark())) + 2);
        block.chop(1);
        replace(start, end, block);
        return true;
    }
    replace(start, end, (space ? QStringLiteral(" ") : QString()) + value);
    return true;
}

bool Edit::insertKey(const YAML::Node &map, const QString &key, const QString &value)
{
    if (!map.IsMap())
        return fail(Tr::tr("cannot add '%1': its parent is not a mapping").arg(key));
    const QStringList ls = lines(value);
    const qsizetype mapStart = m_t.offset(map.Mark());
    if (isFlow(map)) {
        if (isBlock(ls))
            return fail(Tr::tr("a block value cannot go into a flow mapping"));
        qsizetype close = m_t.flowEnd(mapStart) - 1;
        while (close > mapStart + 1 && m_t.at(close - 1) == ' ')
            --close;
        replace(close, close, (map.size() > 0 ? QStringLiteral(", ") : QString()) + key + QStringLiteral(": ") + value);
        return true;
    }
    const int col = m_t.columnOf(mapStart);
    const qsizetype at = m_t.blockEnd(m_t.lineOf(mapStart), col);
    QString add = at > 0 && m_t.at(at - 1) != '\n' ? QStringLiteral("\n") : QString();
    add += QString(col, QLatin1Char(' ')) + key + QLatin1Char(':');
    if (isBlock(ls))
        add += QStringLiteral("\n") + indented(ls, col + 2);
    else
        add += QLatin1Char(' ') + value + QLatin1Char('\n');
    replace(at, at, add);
    return true;
}

bool Edit::removeKey(const QStringList &path)
{
    const auto loc = locate(path);
    if (!loc)
        return false;
    if (!loc->present)
        return true;
    const qsizetype keyStart = m_t.offset(loc->key.Mark());
    if (isFlow(loc->parent)) {
        qsizetype end = std::get<1>(valueExtent(*loc));
        qsizetype start = keyStart;
        while (m_t.at(end) == ' ')
            ++end;
        if (m_t.at(end) == ',') {
            ++end;
            while (m_t.at(end) == ' ')
                ++end;
        } else {
            while (start > 0 && m_t.at(start - 1) == ' ')
                --start;
            if (m_t.at(start - 1) == ',')
                --start;
        }
        replace(start, end, {});
        return true;
    }
    const int line = m_t.lineOf(keyStart);
    if (m_t.indent(line) != m_t.columnOf(keyStart))
        return fail(Tr::tr("cannot remove the first field of a list item"));
    const qsizetype end =
        m_t.blockEnd(line, m_t.columnOf(keyStart) + 1, loc->value.IsSequence() ? m_t.columnOf(keyStart) : -1);
    replace(m_t.lineStart(line), end, {});
    return true;
}

bool Edit::removeItem(const QStringList &listPath, int index)
{
    const auto loc = locate(listPath);
    if (!loc)
        return false;
    const YAML::Node list = loc->value;
    if (!list.IsSequence() || index < 0 || index >= int(list.size()))
        return fail(Tr::tr("no item %1 in %2").arg(index).arg(listPath.join(QLatin1Char('.'))));
    if (list.size() == 1)
        return setValue(listPath, QStringLiteral("[]"));
    const YAML::Node item = list[std::size_t(index)];
    if (isFlow(list)) {
        const qsizetype s = m_t.offset(item.Mark());
        const qsizetype e = m_t.scalarEnd(s, true);
        if (index + 1 < int(list.size()))
            replace(s, m_t.offset(list[std::size_t(index + 1)].Mark()), {});
        else
            replace(m_t.scalarEnd(m_t.offset(list[std::size_t(index - 1)].Mark()), true), e, {});
        return true;
    }
    const qsizetype dash = dashOf(item);
    const int line = m_t.lineOf(dash);
    replace(m_t.lineStart(line), m_t.blockEnd(line, m_t.columnOf(dash) + 1), {});
    return true;
}

bool Edit::appendItem(const QStringList &listPath, const QString &item)
{
    const auto loc = locate(listPath);
    if (!loc)
        return false;
    const QStringList ls = lines(item);
    if (!loc->present || loc->value.IsNull())
        return setValue(listPath, indented(ls, 0, QStringLiteral("- ")));
    const YAML::Node list = loc->value;
    if (!list.IsSequence())
        return fail(Tr::tr("%1 is not a list").arg(listPath.join(QLatin1Char('.'))));
    if (isFlow(list) || list.size() == 0) {
        YAML::Node node = YAML::Load(item.toStdString());
        node.SetStyle(YAML::EmitterStyle::Flow);
        YAML::Emitter flow;
        flow << node;
        const qsizetype close = m_t.flowEnd(m_t.offset(list.Mark())) - 1;
        replace(close, close, (list.size() > 0 ? QStringLiteral(", ") : QString()) + QString::fromUtf8(flow.c_str()));
        return true;
    }
    const qsizetype dash = dashOf(list[list.size() - 1]);
    const qsizetype at = m_t.blockEnd(m_t.lineOf(dash), m_t.columnOf(dash) + 1);
    const QString add = (at > 0 && m_t.at(at - 1) != '\n' ? QStringLiteral("\n") : QString()) +
                        indented(ls, m_t.columnOf(dash), QStringLiteral("- "));
    replace(at, at, add);
    return true;
}

bool Edit::replaceDocument(const QByteArray &yaml)
{
    const int line = m_t.lineOf(m_t.offset(m_root.Mark()));
    QByteArray body = yaml;
    if (body.startsWith("---\n"))
        body.remove(0, 4);
    if (!body.endsWith('\n'))
        body.append('\n');
    m_text.replace(m_t.lineStart(line), m_t.blockEnd(line, 0) - m_t.lineStart(line), body);
    return true;
}

bool Edit::removeDocument()
{
    const int line = m_t.lineOf(m_t.offset(m_root.Mark()));
    qsizetype start = m_t.lineStart(line);
    qsizetype end = m_t.blockEnd(line, 0);
    // One `---` goes with the document: the one above it, else (the first document) the one below.
    if (line > 0 && m_t.isDocumentMarker(line - 1))
        start = m_t.lineStart(line - 1);
    else if (const int next = m_t.lineOf(end); end < m_t.size() && m_t.isDocumentMarker(next))
        end = m_t.lineStart(next + 1);
    m_text.remove(start, end - start);
    return true;
}

} // namespace

QString yamlScalar(const QString &value)
{
    YAML::Emitter e;
    e << value.toStdString();
    const QString emitted = QString::fromUtf8(e.c_str());
    // Single quotes read better than yaml-cpp's double quotes for selectors such as
    // `http_requests_total{code!~"5.."}`, and keep every printable character as it is.
    const bool printable = std::none_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() < 0x20; });
    // Text that a reader would take for a boolean, null or number stays text only quoted.
    static const QStringList special = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
                                        QStringLiteral("no"),   QStringLiteral("on"),    QStringLiteral("off"),
                                        QStringLiteral("null"), QStringLiteral("~"),     QString()};
    bool number = false;
    value.toDouble(&number);
    const bool ambiguous = number || special.contains(value.toLower());
    if ((emitted == value && !ambiguous) || !printable)
        return emitted;
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

template <typename Op> bool YamlPatcher::apply(const DocumentKey &doc, Op op)
{
    QByteArray text = m_text;
    Edit edit(text, m_error);
    if (!edit.parse(doc) || !op(edit))
        return false;
    m_text = text;
    return true;
}

bool YamlPatcher::setValue(const DocumentKey &doc, const QStringList &path, const QString &value)
{
    return !path.isEmpty() && apply(doc, [&](Edit &e) { return e.setValue(path, value); });
}

bool YamlPatcher::removeKey(const DocumentKey &doc, const QStringList &path)
{
    return !path.isEmpty() && apply(doc, [&](Edit &e) { return e.removeKey(path); });
}

bool YamlPatcher::removeItem(const DocumentKey &doc, const QStringList &listPath, int index)
{
    return apply(doc, [&](Edit &e) { return e.removeItem(listPath, index); });
}

bool YamlPatcher::appendItem(const DocumentKey &doc, const QStringList &listPath, const QString &item)
{
    return apply(doc, [&](Edit &e) { return e.appendItem(listPath, item); });
}

bool YamlPatcher::replaceDocument(const DocumentKey &doc, const QByteArray &yaml)
{
    return apply(doc, [&](Edit &e) { return e.replaceDocument(yaml); });
}

bool YamlPatcher::removeDocument(const DocumentKey &doc)
{
    return apply(doc, [&](Edit &e) { return e.removeDocument(); });
}

void YamlPatcher::appendDocument(const QByteArray &yaml)
{
    if (!m_text.trimmed().isEmpty()) {
        if (!m_text.endsWith('\n'))
            m_text.append('\n');
        m_text.append("---\n");
    }
    m_text.append(yaml.startsWith("---\n") ? yaml.mid(4) : yaml);
    if (!m_text.endsWith('\n'))
        m_text.append('\n');
}

} // namespace Sla::Core
