// SPDX-License-Identifier: Apache-2.0
#include "selector.h"

#include "core/document/tr.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>
#include <utility>

namespace Tr = Sla::Core::TrContext::Selector;

namespace Sla::Core {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool isMetricStart(QChar c)
{
    return isAsciiLetter(c) || c == u'_' || c == u':';
}
bool isMetricChar(QChar c)
{
    return isMetricStart(c) || isAsciiDigit(c);
}
bool isLabelStart(QChar c)
{
    return isAsciiLetter(c) || c == u'_';
}
bool isLabelChar(QChar c)
{
    return isLabelStart(c) || isAsciiDigit(c);
}

/// Describes the character at `pos` for messages: "'x'" or "the end of the selector".
QString describeAt(const QString &text, qsizetype pos)
{
    if (pos >= text.size())
        return Tr::tr("end of the selector");
    return u'\'' + text.at(pos) + u'\'';
}

} // namespace

QString LabelMatcher::opText(Op op)
{
    switch (op) {
    case LabelMatcher::Op::Equal:
        return QStringLiteral("=");
    case LabelMatcher::Op::NotEqual:
        return QStringLiteral("!=");
    case LabelMatcher::Op::RegexMatch:
        return QStringLiteral("=~");
    case LabelMatcher::Op::RegexNoMatch:
        return QStringLiteral("!~");
    }
    return {};
}

namespace {

// Words the PromQL lexer reads as keywords, never as metric names: a selector starting
// with one would not survive being wrapped into `sum(increase(SEL[w]))`.
bool isPromKeyword(const QString &word)
{
    static const QStringList keywords = {
        QStringLiteral("sum"),        QStringLiteral("avg"),          QStringLiteral("count"),
        QStringLiteral("min"),        QStringLiteral("max"),          QStringLiteral("group"),
        QStringLiteral("stddev"),     QStringLiteral("stdvar"),       QStringLiteral("topk"),
        QStringLiteral("bottomk"),    QStringLiteral("count_values"), QStringLiteral("quantile"),
        QStringLiteral("and"),        QStringLiteral("or"),           QStringLiteral("unless"),
        QStringLiteral("atan2"),      QStringLiteral("offset"),       QStringLiteral("by"),
        QStringLiteral("without"),    QStringLiteral("on"),           QStringLiteral("ignoring"),
        QStringLiteral("group_left"), QStringLiteral("group_right"),  QStringLiteral("bool")};
    return keywords.contains(word.toLower());
}

/// True when the matcher cannot match the empty label value, so that a selector without a
/// metric name that has one does not select every series.
bool matchesOnlyNonEmpty(const LabelMatcher &m)
{
    switch (m.op) {
    case LabelMatcher::Op::Equal:
        return !m.value.isEmpty();
    case LabelMatcher::Op::NotEqual:
        return m.value.isEmpty();
    case LabelMatcher::Op::RegexMatch:
    case LabelMatcher::Op::RegexNoMatch: {
        const QRegularExpression re(QStringLiteral("^(?:") + m.value + QStringLiteral(")$"));
        const bool matchesEmpty = re.match(QString()).hasMatch();
        return m.op == LabelMatcher::Op::RegexMatch ? !matchesEmpty : matchesEmpty;
    }
    }
    return false;
}

/// What the selector parsers share: the text, the read position and the first error,
/// with its 0-based column.
class TextParser
{
public:
    explicit TextParser(const QString &text) : m_text(text) {}
    QString error() const { return m_error; }
    int errorColumn() const { return m_errorColumn; }

protected:
    bool fail(qsizetype column, const QString &message)
    {
        m_error = message;
        m_errorColumn = int(column);
        return false;
    }
    QChar peek(qsizetype ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar(); }
    bool atEnd() const { return m_pos >= m_text.size(); }
    void skipSpace()
    {
        while (!atEnd() && isSpace(peek()))
            ++m_pos;
    }
    /// Skips leading blanks; false, with `emptyMessage` at the end, when nothing else is left.
    bool skipToStart(const QString &emptyMessage)
    {
        skipSpace();
        return !atEnd() || fail(m_pos, emptyMessage);
    }

    const QString &m_text;
    qsizetype m_pos = 0;

private:
    QString m_error;
    int m_errorColumn = 0;
};

/// Runs `Parser` over `text`; on failure sets *error and *errorColumn when given.
template <typename Parser> auto runParser(const QString &text, QString *error, int *errorColumn)
{
    Parser parser(text);
    auto result = parser.parse();
    if (!result) {
        if (error)
            *error = parser.error();
        if (errorColumn)
            *errorColumn = parser.errorColumn();
    }
    return result;
}

/// Recursive-descent parser over one PromQL selector.
class PromParser : public TextParser
{
public:
    using TextParser::TextParser;
    std::optional<PromSelector> parse();

private:
    bool parseMetricName(PromSelector &sel);
    bool parseMatchers(PromSelector &sel);
    bool checkTrailing();
    bool parseMatcher(PromSelector &sel);
    /// Reads a quoted value; `sourceIndex` maps each decoded character to its column.
    bool parseString(QString *value, QList<qsizetype> *sourceIndex);
    bool parseEscape(QChar quote, QString *value, QList<qsizetype> *sourceIndex);
    bool parseNumericEscape(qsizetype start, char32_t *code);
    bool checkRegex(const QString &label, const QString &pattern, const QList<qsizetype> &sourceIndex,
                    qsizetype closingQuote);
};

std::optional<PromSelector> PromParser::parse()
{
    PromSelector sel;
    if (!skipToStart(Tr::tr("empty selector: expected a metric name or '{'")) || !parseMetricName(sel))
        return std::nullopt;
    const qsizetype braceColumn = peek() == u'{' ? m_pos : -1;
    if (!parseMatchers(sel) || !checkTrailing())
        return std::nullopt;
    if (sel.metric.isEmpty() && !std::any_of(sel.matchers.cbegin(), sel.matchers.cend(), matchesOnlyNonEmpty)) {
        // Prometheus refuses selectors that could match every series.
        fail(std::max<qsizetype>(braceColumn, 0),
             Tr::tr("a selector without a metric name needs at least one label matcher that does not match "
                    "the empty string, e.g. {job=\"api\"}"));
        return std::nullopt;
    }
    return sel;
}

/// The metric name, when the selector starts with one; else the selector must start with '{'.
bool PromParser::parseMetricName(PromSelector &sel)
{
    if (isMetricStart(peek())) {
        const qsizetype start = m_pos;
        while (!atEnd() && isMetricChar(peek()))
            ++m_pos;
        sel.metric = m_text.mid(start, m_pos - start);
        if (isPromKeyword(sel.metric)) {
            return fail(start, Tr::tr("'%1' is a PromQL keyword, not a metric name; write only the series selector, "
                                      "e.g. http_requests_total{job=\"api\"}")
                                   .arg(sel.metric));
        }
        sel.matchers << LabelMatcher{QStringLiteral("__name__"), LabelMatcher::Op::Equal, sel.metric};
        skipSpace();
    } else if (peek() != u'{') {
        return fail(m_pos, Tr::tr("unexpected %1: expected a metric name or '{'").arg(describeAt(m_text, m_pos)));
    }
    return true;
}

/// `{matcher, ...}` when the selector has braces.
bool PromParser::parseMatchers(PromSelector &sel)
{
    if (peek() != u'{')
        return true;
    ++m_pos;
    skipSpace();
    while (peek() != u'}') {
        if (atEnd())
            return fail(m_pos, Tr::tr("unterminated label matchers: expected '}'"));
        if (!parseMatcher(sel))
            return false;
        skipSpace();
        if (peek() == u',') {
            ++m_pos;
            skipSpace();
        } else if (peek() != u'}') {
            return fail(
                m_pos,
                Tr::tr("unexpected %1 after a label matcher: expected ',' or '}'").arg(describeAt(m_text, m_pos)));
        }
    }
    ++m_pos; // '}'
    skipSpace();
    return true;
}

/// Nothing may follow the selector: ranges, offsets and functions are added per window.
bool PromParser::checkTrailing()
{
    if (atEnd())
        return true;
    const QChar c = peek();
    if (c == u'[' || c == u'@' || c == u'(' || isLabelStart(c))
        return fail(m_pos, Tr::tr("unexpected %1: write only the series selector; ranges, offsets and functions "
                                  "are added per objective window")
                               .arg(describeAt(m_text, m_pos)));
    return fail(m_pos, Tr::tr("unexpected %1 after the selector").arg(describeAt(m_text, m_pos)));
}

bool PromParser::parseMatcher(PromSelector &sel)
{
    if (!isLabelStart(peek()))
        return fail(m_pos, Tr::tr("unexpected %1: expected a label name").arg(describeAt(m_text, m_pos)));
    const qsizetype nameStart = m_pos;
    while (!atEnd() && isLabelChar(peek()))
        ++m_pos;
    LabelMatcher matcher;
    matcher.name = m_text.mid(nameStart, m_pos - nameStart);
    skipSpace();

    const qsizetype opStart = m_pos;
    if (peek() == u'=' && peek(1) == u'~') {
        matcher.op = LabelMatcher::Op::RegexMatch;
        m_pos += 2;
    } else if (peek() == u'!' && peek(1) == u'~') {
        matcher.op = LabelMatcher::Op::RegexNoMatch;
        m_pos += 2;
    } else if (peek() == u'!' && peek(1) == u'=') {
        matcher.op = LabelMatcher::Op::NotEqual;
        m_pos += 2;
    } else if (peek() == u'=') {
        matcher.op = LabelMatcher::Op::Equal;
        ++m_pos;
    } else {
        return fail(opStart, Tr::tr("unexpected %1 after label '%2': expected =, !=, =~ or !~")
                                 .arg(describeAt(m_text, m_pos), matcher.name));
    }
    skipSpace();

    QList<qsizetype> sourceIndex;
    if (!parseString(&matcher.value, &sourceIndex))
        return false;

    if (matcher.op == LabelMatcher::Op::RegexMatch || matcher.op == LabelMatcher::Op::RegexNoMatch) {
        if (!checkRegex(matcher.name, matcher.value, sourceIndex, m_pos - 1))
            return false;
    }
    if (matcher.name == QLatin1String("__name__") && !sel.metric.isEmpty())
        return fail(nameStart, Tr::tr("metric name given twice: '%1' and a __name__ matcher").arg(sel.metric));
    sel.matchers << matcher;
    return true;
}

bool PromParser::parseString(QString *value, QList<qsizetype> *sourceIndex)
{
    const QChar quote = peek();
    if (quote != u'"' && quote != u'\'' && quote != u'`') {
        return fail(m_pos, Tr::tr("unexpected %1: expected a quoted label value (\"...\", '...' or `...`)")
                               .arg(describeAt(m_text, m_pos)));
    }
    const qsizetype open = m_pos;
    ++m_pos;
    while (true) {
        if (atEnd())
            return fail(open, Tr::tr("unterminated quoted string"));
        const QChar c = peek();
        if (c == quote) {
            ++m_pos;
            return true;
        }
        if (quote != u'`' && c == u'\n')
            return fail(m_pos, Tr::tr("line break inside a quoted string"));
        if (quote != u'`' && c == u'\\') {
            if (!parseEscape(quote, value, sourceIndex))
                return false;
            continue;
        }
        value->append(c);
        sourceIndex->append(m_pos);
        ++m_pos;
    }
}

/// The character of a one-character Go escape (`\n` gives a line feed), or nothing.
std::optional<char32_t> simpleEscape(QChar c)
{
    static const QHash<char16_t, char32_t> codes = {{u'a', 0x07}, {u'b', 0x08}, {u'f', 0x0c}, {u'n', 0x0a},
                                                    {u'r', 0x0d}, {u't', 0x09}, {u'v', 0x0b}, {u'\\', u'\\'}};
    const auto it = codes.constFind(c.unicode());
    return it == codes.constEnd() ? std::nullopt : std::optional<char32_t>(*it);
}

// Go string escapes, as the PromQL lexer accepts them: the single-character escapes, the
// quote that opened the string, octal \ooo, \xHH, \uHHHH and \UHHHHHHHH.
bool PromParser::parseEscape(QChar quote, QString *value, QList<qsizetype> *sourceIndex)
{
    const qsizetype start = m_pos;
    ++m_pos; // backslash
    if (atEnd())
        return fail(start, Tr::tr("escape sequence not terminated"));
    const QChar c = peek();
    std::optional<char32_t> code = c == quote ? std::optional<char32_t>(quote.unicode()) : simpleEscape(c);
    if (code) {
        ++m_pos;
    } else {
        code = 0;
        if (!parseNumericEscape(start, &*code))
            return false;
    }
    const QString s = QString::fromUcs4(&*code, 1);
    for (QChar ch : s) {
        value->append(ch);
        sourceIndex->append(start);
    }
    return true;
}

/// Octal \ooo, \xHH, \uHHHH or \UHHHHHHHH, from the character after the backslash.
bool PromParser::parseNumericEscape(qsizetype start, char32_t *code)
{
    const QChar c = peek();
    int digits = 0;
    int base = 16;
    char32_t max = 0x10ffff;
    if (c >= u'0' && c <= u'7') {
        digits = 3;
        base = 8;
        max = 255;
    } else if (c == u'x') {
        digits = 2;
        max = 255;
        ++m_pos;
    } else if (c == u'u') {
        digits = 4;
        ++m_pos;
    } else if (c == u'U') {
        digits = 8;
        ++m_pos;
    } else {
        return fail(start, Tr::tr("unknown escape sequence '\\%1'").arg(c));
    }
    for (int i = 0; i < digits; ++i) {
        if (atEnd())
            return fail(start, Tr::tr("escape sequence not terminated"));
        const int d = QStringView(m_text).mid(m_pos, 1).toInt(nullptr, base);
        const bool ok = base == 8 ? (peek() >= u'0' && peek() <= u'7')
                                  : (isAsciiDigit(peek()) || (peek().toLower() >= u'a' && peek().toLower() <= u'f'));
        if (!ok)
            return fail(m_pos, Tr::tr("illegal character %1 in escape sequence").arg(describeAt(m_text, m_pos)));
        *code = *code * char32_t(base) + char32_t(d);
        ++m_pos;
    }
    if (*code > max || (*code >= 0xd800 && *code < 0xe000))
        return fail(start, Tr::tr("escape sequence is an invalid Unicode code point"));
    return true;
}

bool PromParser::checkRegex(const QString &label, const QString &pattern, const QList<qsizetype> &sourceIndex,
                            qsizetype closingQuote)
{
    auto columnOf = [&](qsizetype offset) {
        return offset >= 0 && offset < sourceIndex.size() ? sourceIndex.at(offset) : closingQuote;
    };
    const QRegularExpression re(pattern);
    if (!re.isValid()) {
        return fail(columnOf(re.patternErrorOffset()),
                    Tr::tr("invalid regular expression for label '%1': %2").arg(label, re.errorString()));
    }
    // Prometheus uses RE2, which has no lookaround, backreferences or atomic groups; PCRE
    // (behind QRegularExpression) accepts them, so refuse them here explicitly.
    for (qsizetype i = 0; i + 1 < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\') {
            if (pattern.at(i + 1) >= u'1' && pattern.at(i + 1) <= u'9')
                return fail(columnOf(i), Tr::tr("invalid regular expression for label '%1': backreferences are not "
                                                "supported by Prometheus (RE2)")
                                             .arg(label));
            ++i;
            continue;
        }
        if (c == u'(' && pattern.at(i + 1) == u'?' && i + 2 < pattern.size()) {
            const QChar k = pattern.at(i + 2);
            const bool lookbehind =
                k == u'<' && i + 3 < pattern.size() && (pattern.at(i + 3) == u'=' || pattern.at(i + 3) == u'!');
            if (k == u'=' || k == u'!' || k == u'>' || lookbehind)
                return fail(columnOf(i), Tr::tr("invalid regular expression for label '%1': lookaround and atomic "
                                                "groups are not supported by Prometheus (RE2)")
                                             .arg(label));
        }
    }
    return true;
}

QString quotePromValue(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    // The characters PromQL string literals escape, and the letter after the backslash.
    static constexpr std::pair<char16_t, char16_t> kEscapes[] = {
        {u'"', u'"'}, {u'\\', u'\\'}, {u'\n', u'n'}, {u'\r', u'r'}, {u'\t', u't'}};
    for (QChar c : value) {
        const auto *escape = std::find_if(std::begin(kEscapes), std::end(kEscapes),
                                          [c](const auto &e) { return e.first == c.unicode(); });
        if (escape == std::end(kEscapes)) {
            out += c;
        } else {
            out += u'\\';
            out += QChar(escape->second);
        }
    }
    out += u'"';
    return out;
}

// ---------------------------------------------------------------------------------------
// Datadog

bool isDatadogMetricChar(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_' || c == u'.';
}
bool isDatadogTagChar(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_' || c == u'-' || c == u'.' || c == u'/' || c == u':' ||
           c == u'*';
}

/// Parser of one Datadog metric query.
class DatadogParser : public TextParser
{
public:
    using TextParser::TextParser;
    std::optional<DatadogSelector> parse();

private:
    void skipWord()
    {
        while (!atEnd() && isDatadogMetricChar(peek()))
            ++m_pos;
    }
    bool parseMetric(DatadogSelector &sel);
    bool parseScope(DatadogSelector &sel);
    bool checkTag(const QString &tag, qsizetype tagStart);
    bool parseModifier(DatadogSelector &sel);
};

std::optional<DatadogSelector> DatadogParser::parse()
{
    DatadogSelector sel;
    if (!skipToStart(Tr::tr("empty selector: expected a metric name, e.g. trace.http.request.hits{service:web}")) ||
        !parseMetric(sel) || !parseScope(sel) || !parseModifier(sel))
        return std::nullopt;
    return sel;
}

/// `[aggregator:]metric`: an aggregator is a word followed by ':' before the metric name;
/// metric names themselves never contain ':'.
bool DatadogParser::parseMetric(DatadogSelector &sel)
{
    qsizetype wordStart = m_pos;
    skipWord();
    if (peek() == u':') {
        const QString agg = m_text.mid(wordStart, m_pos - wordStart);
        static const QStringList aggregators = {QStringLiteral("sum"), QStringLiteral("avg"), QStringLiteral("min"),
                                                QStringLiteral("max")};
        if (!aggregators.contains(agg))
            return fail(wordStart, Tr::tr("unknown aggregator '%1': expected sum, avg, min or max").arg(agg));
        sel.aggregator = agg;
        ++m_pos;
        skipSpace();
        wordStart = m_pos;
        skipWord();
    }
    if (wordStart == m_pos)
        return fail(m_pos, Tr::tr("unexpected %1: expected a metric name").arg(describeAt(m_text, m_pos)));
    if (!isAsciiLetter(m_text.at(wordStart)))
        return fail(wordStart, Tr::tr("a Datadog metric name must start with a letter"));
    sel.metric = m_text.mid(wordStart, m_pos - wordStart);
    if (sel.metric.endsWith(u'.') || sel.metric.contains(QStringLiteral("..")))
        return fail(wordStart + (sel.metric.endsWith(u'.') ? sel.metric.size() - 1
                                                           : sel.metric.indexOf(QStringLiteral("..")) + 1),
                    Tr::tr("metric name '%1' has an empty segment").arg(sel.metric));
    skipSpace();
    return true;
}

/// `{tag, ...}`: `*`, `key:value` or `!key:value`.
bool DatadogParser::parseScope(DatadogSelector &sel)
{
    if (peek() != u'{')
        return fail(m_pos,
                    Tr::tr("unexpected %1: expected '{' and a scope after the metric name, e.g. {*} for all series")
                        .arg(describeAt(m_text, m_pos)));
    const qsizetype brace = m_pos;
    ++m_pos;
    while (true) {
        skipSpace();
        const qsizetype tagStart = m_pos;
        while (!atEnd() && peek() != u',' && peek() != u'}' && !isSpace(peek()))
            ++m_pos;
        const QString tag = m_text.mid(tagStart, m_pos - tagStart);
        skipSpace();
        if (tag.isEmpty()) {
            if (atEnd())
                return fail(m_pos, Tr::tr("unterminated scope: expected '}'"));
            if (peek() == u'}' && sel.tags.isEmpty())
                return fail(brace, Tr::tr("empty scope: write {*} for all series"));
            return fail(m_pos, Tr::tr("empty tag in scope: expected key:value, !key:value or *"));
        }
        if (!checkTag(tag, tagStart))
            return false;
        sel.tags << tag;
        if (atEnd())
            return fail(m_pos, Tr::tr("unterminated scope: expected '}'"));
        if (peek() == u'}') {
            ++m_pos;
            break;
        }
        if (peek() != u',')
            return fail(m_pos, Tr::tr("unexpected %1 in scope: expected ',' or '}'").arg(describeAt(m_text, m_pos)));
        ++m_pos;
    }
    if (sel.tags.size() > 1 && sel.tags.contains(QStringLiteral("*")))
        return fail(brace + 1 + m_text.mid(brace + 1).indexOf(u'*'),
                    Tr::tr("'*' (all series) cannot be combined with other tags"));
    return true;
}

bool DatadogParser::checkTag(const QString &tag, qsizetype tagStart)
{
    if (tag == QLatin1String("*"))
        return true;
    const QStringView body = tag.startsWith(u'!') ? QStringView(tag).mid(1) : QStringView(tag);
    const qsizetype bodyStart = tagStart + (tag.size() - body.size());
    if (body.isEmpty() || !isAsciiLetter(body.front()))
        return fail(bodyStart, Tr::tr("tag '%1' must start with a letter").arg(tag));
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (!isDatadogTagChar(body.at(i)))
            return fail(bodyStart + i, Tr::tr("invalid character '%1' in tag '%2'").arg(body.at(i)).arg(tag));
    }
    if (body.endsWith(u':'))
        return fail(bodyStart + body.size() - 1, Tr::tr("tag '%1' has no value after ':'").arg(tag));
    return true;
}

/// Nothing, `.as_count()` or `.as_rate()` after the scope.
bool DatadogParser::parseModifier(DatadogSelector &sel)
{
    skipSpace();
    if (atEnd())
        return true;
    const QStringView rest = QStringView(m_text).mid(m_pos).trimmed();
    if (rest == QLatin1String(".as_count()"))
        sel.modifier = QStringLiteral("as_count");
    else if (rest == QLatin1String(".as_rate()"))
        sel.modifier = QStringLiteral("as_rate");
    else
        return fail(
            m_pos,
            Tr::tr("unexpected '%1' after the scope: only .as_count() or .as_rate() may follow").arg(rest.toString()));
    return true;
}

} // namespace

QString PromSelector::toString() const
{
    QStringList parts;
    for (const LabelMatcher &m : matchers) {
        if (!metric.isEmpty() && m.name == QLatin1String("__name__") && m.op == LabelMatcher::Op::Equal &&
            m.value == metric)
            continue;
        parts << m.name + LabelMatcher::opText(m.op) + quotePromValue(m.value);
    }
    if (parts.isEmpty())
        return metric.isEmpty() ? QStringLiteral("{}") : metric;
    return metric + u'{' + parts.join(u',') + u'}';
}

std::optional<PromSelector> parsePromSelector(const QString &text, QString *error, int *errorColumn)
{
    return runParser<PromParser>(text, error, errorColumn);
}

QString DatadogSelector::toString() const
{
    QString out;
    if (!aggregator.isEmpty())
        out += aggregator + u':';
    out += metric + u'{' + tags.join(u',') + u'}';
    if (!modifier.isEmpty())
        out += u'.' + modifier + QStringLiteral("()");
    return out;
}

std::optional<DatadogSelector> parseDatadogSelector(const QString &text, QString *error, int *errorColumn)
{
    return runParser<DatadogParser>(text, error, errorColumn);
}

} // namespace Sla::Core
