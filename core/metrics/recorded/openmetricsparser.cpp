// SPDX-License-Identifier: Apache-2.0
#include "openmetricsparser.h"

#include "core/document/printable.h"
#include "core/document/tr.h"
#include "core/metrics/gzipinflater.h"

#include <QFile>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <string_view>
#include <utility>
#include <zlib.h>

namespace Tr = Sla::Core::TrContext::OpenMetricsParser;

namespace Sla::Core {

namespace {

// A line held across chunks may not grow beyond this; longer "lines" are binary garbage.
constexpr size_t MaxLineLength = 16 * 1024 * 1024;

inline bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}
inline bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}
inline bool isLabelStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
inline bool isLabelChar(char c)
{
    return isLabelStart(c) || (c >= '0' && c <= '9');
}

/// The name at `p` (a start character, then name characters), with `p` moved past it; nothing,
/// and `p` unmoved, when `p` is at the end or holds no start character.
std::optional<std::string_view> scanName(const char *&p, const char *end, bool (*isStart)(char), bool (*isChar)(char))
{
    if (p == end || !isStart(*p))
        return std::nullopt;
    const char *begin = p;
    while (p < end && isChar(*p))
        ++p;
    return std::string_view(begin, size_t(p - begin));
}

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

inline const char *skipBlanks(const char *p, const char *e)
{
    while (p < e && isBlank(*p))
        ++p;
    return p;
}

inline const char *tokenEnd(const char *p, const char *e)
{
    while (p < e && !isBlank(*p))
        ++p;
    return p;
}

/// A short excerpt (label names, escapes, numbers that parsed): at most 40 characters,
/// control characters escaped. Text of a line that does not parse as a metric is never
/// quoted: `file:` may name any file, such as one holding a token.
QString quoted(const char *b, const char *e)
{
    return QLatin1Char('\'') + quotedExcerpt(QString::fromUtf8(b, e - b), 40) + QLatin1Char('\'');
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}
bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Parses an OpenMetrics number: decimal floats plus NaN and [+-]Inf (case-insensitive, as
// ABNF strings are). std::from_chars takes no leading '+', so the sign is handled here.
bool parseNumber(const char *b, const char *e, double *out)
{
    if (b == e)
        return false;
    bool negative = false;
    if (*b == '+' || *b == '-') {
        negative = *b == '-';
        ++b;
        if (b == e || *b == '+' || *b == '-')
            return false;
    }
    double v = 0;
    const auto [ptr, ec] = std::from_chars(b, e, v, std::chars_format::general);
    if (ec != std::errc() || ptr != e)
        return false;
    *out = negative ? -v : v;
    return true;
}

/// The TYPE names of the exposition formats; "untyped" (Prometheus text) reads as unknown.
constexpr std::pair<OpenMetricsParser::MetricType, std::string_view> kTypeNames[] = {
    {OpenMetricsParser::MetricType::Counter, "counter"},
    {OpenMetricsParser::MetricType::Gauge, "gauge"},
    {OpenMetricsParser::MetricType::Histogram, "histogram"},
    {OpenMetricsParser::MetricType::GaugeHistogram, "gaugehistogram"},
    {OpenMetricsParser::MetricType::Summary, "summary"},
    {OpenMetricsParser::MetricType::Info, "info"},
    {OpenMetricsParser::MetricType::StateSet, "stateset"},
    {OpenMetricsParser::MetricType::Unknown, "unknown"},
    {OpenMetricsParser::MetricType::Unknown, "untyped"}};

OpenMetricsParser::MetricType typeFromName(std::string_view s, bool *ok)
{
    for (const auto &[type, name] : kTypeNames) {
        if (s == name) {
            *ok = true;
            return type;
        }
    }
    *ok = false;
    return OpenMetricsParser::MetricType::Unknown;
}
} // namespace

struct OpenMetricsParser::Inflater
{
    GzipInflater gzip;
};

OpenMetricsParser::OpenMetricsParser(Sink *sink, Options options) : m_sink(sink), m_options(options) {}

OpenMetricsParser::~OpenMetricsParser() = default;

QString OpenMetricsParser::typeName(MetricType type)
{
    // The first name of a type in the table is its own (Unknown: "unknown").
    for (const auto &[value, name] : kTypeNames) {
        if (value == type)
            return QString::fromLatin1(name.data(), qsizetype(name.size()));
    }
    return QStringLiteral("unknown");
}

QString OpenMetricsParser::errorString() const
{
    if (!m_hasError)
        return {};
    if (m_errorLine <= 0)
        return m_errorMessage;
    return Tr::tr("line %1, column %2: %3").arg(m_errorLine).arg(m_errorColumn).arg(m_errorMessage);
}

bool OpenMetricsParser::fail(const char *lineBegin, const char *at, const char *lineEnd, const QString &message)
{
    m_hasError = true;
    m_errorMessage = message;
    m_errorLine = m_line;
    // Columns count characters, not bytes: skip UTF-8 continuation bytes.
    int column = 1;
    for (const char *p = lineBegin; p < at && p < lineEnd; ++p) {
        if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80)
            ++column;
    }
    m_errorColumn = column;
    return false;
}

bool OpenMetricsParser::failNoPosition(const QString &message)
{
    m_hasError = true;
    m_errorMessage = message;
    m_errorLine = 0;
    m_errorColumn = 0;
    return false;
}

bool OpenMetricsParser::parse(QByteArrayView input)
{
    return feed(input) && finish();
}

bool OpenMetricsParser::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failNoPosition(Tr::tr("cannot open %1: %2").arg(path, file.errorString()));
    std::vector<char> buffer(4 * 1024 * 1024);
    for (;;) {
        const qint64 n = file.read(buffer.data(), qint64(buffer.size()));
        if (n < 0)
            return failNoPosition(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        if (!feed(QByteArrayView(buffer.data(), n)))
            return false;
    }
    return finish();
}

bool OpenMetricsParser::feed(QByteArrayView chunk)
{
    if (m_hasError)
        return false;
    if (m_finished)
        return failNoPosition(Tr::tr("input fed after the end"));
    const char *data = chunk.data();
    size_t size = size_t(chunk.size());
    if (m_mode == Mode::Undecided) {
        // Two bytes decide between gzip (1f 8b) and text.
        m_head.append(data, size);
        if (m_head.size() < 2)
            return true;
        const bool gzip =
            static_cast<unsigned char>(m_head[0]) == 0x1f && static_cast<unsigned char>(m_head[1]) == 0x8b;
        m_mode = gzip ? Mode::Gzip : Mode::Text;
        if (gzip)
            m_inflater = std::make_unique<Inflater>();
        std::string head;
        head.swap(m_head);
        return feedRaw(head.data(), head.size());
    }
    return feedRaw(data, size);
}

bool OpenMetricsParser::feedRaw(const char *data, size_t size)
{
    if (m_mode == Mode::Text)
        return feedText(data, size);

    const bool ok =
        m_inflater->gzip.feed(data, size, [this](const char *text, size_t length) { return feedText(text, length); });
    if (!ok && !m_inflater->gzip.error().isEmpty())
        return failNoPosition(m_inflater->gzip.error());
    return ok;
}

bool OpenMetricsParser::feedText(const char *data, size_t size)
{
    m_textBytes += qint64(size);
    const char *p = data;
    const char *end = data + size;
    if (!m_pending.empty()) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size));
        if (!nl) {
            m_pending.append(p, size);
            if (m_pending.size() > MaxLineLength)
                return failNoPosition(
                    Tr::tr("line %1 is longer than 16 MiB: this is not OpenMetrics text").arg(m_line + 1));
            return true;
        }
        m_pending.append(p, nl);
        std::string line;
        line.swap(m_pending);
        if (!parseLine(line.data(), line.data() + line.size()))
            return false;
        p = nl + 1;
    }
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!nl)
            break;
        if (!parseLine(p, nl))
            return false;
        p = nl + 1;
    }
    if (p < end) {
        m_pending.assign(p, end);
        if (m_pending.size() > MaxLineLength)
            return failNoPosition(
                Tr::tr("line %1 is longer than 16 MiB: this is not OpenMetrics text").arg(m_line + 1));
    }
    return true;
}

bool OpenMetricsParser::finish()
{
    if (m_hasError)
        return false;
    if (m_finished)
        return true;
    m_finished = true;
    if (m_mode == Mode::Undecided) {
        m_mode = Mode::Text;
        std::string head;
        head.swap(m_head);
        if (!feedText(head.data(), head.size()))
            return false;
    }
    if (m_mode == Mode::Gzip && !m_inflater->gzip.complete())
        return failNoPosition(Tr::tr("gzip data is truncated (the stream ends before its trailer)"));
    if (!m_pending.empty()) {
        std::string line;
        line.swap(m_pending);
        if (!parseLine(line.data(), line.data() + line.size()))
            return false;
    }
    if (m_options.requireEof && !m_sawEof) {
        m_hasError = true;
        m_errorLine = m_line + 1;
        m_errorColumn = 1;
        m_errorMessage = Tr::tr("missing '# EOF' at the end of the input (OpenMetrics requires it)");
        return false;
    }
    return true;
}

bool OpenMetricsParser::parseLine(const char *begin, const char *end)
{
    ++m_line;
    if (end > begin && end[-1] == '\r')
        --end;
    if (begin == end)
        return true; // blank lines are allowed by the Prometheus text format
    if (m_sawEof)
        return fail(begin, begin, end, Tr::tr("unexpected content after '# EOF'"));
    if (*begin == '#')
        return parseComment(begin, end);
    return parseSample(begin, end);
}

bool OpenMetricsParser::parseComment(const char *begin, const char *end)
{
    const std::string_view line(begin, size_t(end - begin));
    if (line == "# EOF") {
        m_sawEof = true;
        return true;
    }
    if (startsWith(line, "# EOF"))
        return fail(begin, begin + 5, end, Tr::tr("unexpected text after '# EOF'"));
    const bool isType = startsWith(line, "# TYPE ");
    const bool isHelp = startsWith(line, "# HELP ");
    const bool isUnit = startsWith(line, "# UNIT ");
    if (!isType && !isHelp && !isUnit)
        return true; // any other comment (Prometheus text format)

    const char *p = skipBlanks(begin + 7, end);
    const char *nameBegin = p;
    if (p == end || !isNameStart(*p))
        return fail(begin, p, end,
                    Tr::tr("expected a metric family name after '%1'").arg(QString::fromUtf8(begin + 2, 4)));
    while (p < end && isNameChar(*p))
        ++p;
    const std::string_view family(nameBegin, size_t(p - nameBegin));
    if (p < end && !isBlank(*p))
        return fail(begin, p, end, Tr::tr("expected a space after the metric family name"));
    p = skipBlanks(p, end);

    if (isType) {
        const char *typeBegin = p;
        const char *typeEnd = tokenEnd(p, end);
        if (typeBegin == typeEnd)
            return fail(begin, p, end, Tr::tr("expected a metric type after the family name"));
        bool ok = false;
        const MetricType type = typeFromName(std::string_view(typeBegin, size_t(typeEnd - typeBegin)), &ok);
        if (!ok) {
            return fail(begin, typeBegin, end,
                        Tr::tr("unknown metric type %1 (expected counter, gauge, histogram, gaugehistogram, "
                               "summary, info, stateset or unknown)")
                            .arg(quoted(typeBegin, typeEnd)));
        }
        if (skipBlanks(typeEnd, end) != end)
            return fail(begin, skipBlanks(typeEnd, end), end, Tr::tr("unexpected text after the metric type"));
        const auto it = m_families.find(family);
        if (it != m_families.end() && it->second.type != type) {
            return fail(begin, nameBegin, end,
                        Tr::tr("metric family %1 was declared as %2 on line %3")
                            .arg(quoted(nameBegin, nameBegin + family.size()), typeName(it->second.type))
                            .arg(it->second.line));
        }
        m_families[std::string(family)] = Family{type, m_line};
        m_lastValid = false;
        if (m_sink)
            m_sink->typeDeclared(family, type);
        return true;
    }
    if (isHelp) {
        // HELP text knows the escapes \\ and \n; anything else is an error in OpenMetrics.
        for (const char *q = p; q < end; ++q) {
            if (*q != '\\')
                continue;
            if (q + 1 == end || (q[1] != '\\' && q[1] != 'n' && q[1] != '"'))
                return fail(begin, q, end, Tr::tr("invalid escape sequence in HELP text (expected \\\\, \\\" or \\n)"));
            ++q;
        }
    }
    return true;
}

OpenMetricsParser::MetricType OpenMetricsParser::typeOf(std::string_view name, bool *isCreated, bool *isBucket)
{
    if (m_lastValid && name == m_lastName) {
        *isCreated = m_lastCreated;
        *isBucket = m_lastBucket;
        return m_lastType;
    }
    MetricType type = MetricType::Unknown;
    bool created = false;
    bool bucket = false;
    if (const auto it = m_families.find(name); it != m_families.end()) {
        type = it->second.type;
    } else {
        static constexpr std::string_view Suffixes[] = {"_total", "_created", "_bucket", "_count",
                                                        "_sum",   "_gcount",  "_gsum",   "_info"};
        for (std::string_view suffix : Suffixes) {
            if (!endsWith(name, suffix))
                continue;
            const auto it = m_families.find(name.substr(0, name.size() - suffix.size()));
            if (it == m_families.end())
                continue;
            type = it->second.type;
            created = suffix == "_created";
            bucket = suffix == "_bucket";
            break;
        }
    }
    m_lastName.assign(name);
    m_lastType = type;
    m_lastCreated = created;
    m_lastBucket = bucket;
    m_lastValid = true;
    *isCreated = created;
    *isBucket = bucket;
    return type;
}

bool OpenMetricsParser::parseLabels(const char *lineBegin, const char *&p, const char *end)
{
    ++p; // '{'
    bool scratchReady = false;
    p = skipBlanks(p, end);
    for (;;) {
        if (p == end)
            return fail(lineBegin, p, end, Tr::tr("expected a label name or '}'"));
        if (*p == '}') {
            ++p;
            return true;
        }
        const char *nameBegin = p;
        const std::optional<std::string_view> label = scanName(p, end, isLabelStart, isLabelChar);
        if (!label)
            return fail(lineBegin, p, end, Tr::tr("expected a label name or '}'"));
        const std::string_view name = *label;
        p = skipBlanks(p, end);
        if (p == end || *p != '=')
            return fail(lineBegin, p, end, Tr::tr("expected '=' after label name"));
        p = skipBlanks(p + 1, end);
        if (p == end || *p != '"')
            return fail(
                lineBegin, p, end,
                Tr::tr("expected '\"' to start the value of label %1").arg(quoted(nameBegin, nameBegin + name.size())));
        const char *quote = p;
        ++p;
        const char *valueBegin = p;
        while (p < end && *p != '"' && *p != '\\')
            ++p;
        std::string_view value;
        if (p < end && *p == '"') {
            value = std::string_view(valueBegin, size_t(p - valueBegin));
        } else {
            // Escapes: unescape into scratch, reserved once per line for the whole line so the
            // views handed out earlier never move.
            if (!scratchReady) {
                m_scratch.clear();
                m_scratch.reserve(size_t(end - lineBegin));
                scratchReady = true;
            }
            const size_t start = m_scratch.size();
            m_scratch.append(valueBegin, p);
            while (p < end && *p != '"') {
                if (*p != '\\') {
                    m_scratch.push_back(*p++);
                    continue;
                }
                if (p + 1 == end)
                    break;
                switch (p[1]) {
                case '\\':
                    m_scratch.push_back('\\');
                    break;
                case '"':
                    m_scratch.push_back('"');
                    break;
                case 'n':
                    m_scratch.push_back('\n');
                    break;
                default:
                    return fail(lineBegin, p, end,
                                Tr::tr("invalid escape sequence %1 in label value (expected \\\\, \\\" or \\n)")
                                    .arg(quoted(p, p + 2)));
                }
                p += 2;
            }
            value = std::string_view(m_scratch.data() + start, m_scratch.size() - start);
        }
        if (p == end || *p != '"')
            return fail(lineBegin, quote, end,
                        Tr::tr("unterminated value of label %1 (missing closing '\"')")
                            .arg(quoted(nameBegin, nameBegin + name.size())));
        ++p; // closing quote
        for (const Label &l : m_labels) {
            if (l.name == name)
                return fail(lineBegin, nameBegin, end,
                            Tr::tr("duplicate label %1").arg(quoted(nameBegin, nameBegin + name.size())));
        }
        m_labels.push_back(Label{name, value});
        p = skipBlanks(p, end);
        if (p < end && *p == ',') {
            p = skipBlanks(p + 1, end); // a trailing comma before '}' is allowed
            continue;
        }
        if (p < end && *p == '}') {
            ++p;
            return true;
        }
        return fail(lineBegin, p, end, Tr::tr("expected ',' or '}' after label value"));
    }
}

bool OpenMetricsParser::parseTimestamp(const char *lineBegin, const char *b, const char *e, qint64 *ms)
{
    const bool seconds = m_options.timestampUnit == TimestampUnit::Seconds;
    // Fast path: plain integers (the common case).
    const char *p = b;
    bool negative = false;
    if (p < e && *p == '-') {
        negative = true;
        ++p;
    }
    if (p < e && e - p <= 15) {
        qint64 v = 0;
        const char *q = p;
        while (q < e && *q >= '0' && *q <= '9')
            v = v * 10 + (*q++ - '0');
        if (q == e) {
            if (negative)
                v = -v;
            if (seconds && (v > 100000000000LL || v < -100000000000LL))
                return fail(lineBegin, b, e,
                            Tr::tr("timestamp %1 is too large: OpenMetrics timestamps are seconds since the epoch, "
                                   "this looks like milliseconds")
                                .arg(quoted(b, e)));
            *ms = seconds ? v * 1000 : v;
            return true;
        }
    }
    double v = 0;
    if (!parseNumber(b, e, &v) || !std::isfinite(v))
        return fail(lineBegin, b, e, Tr::tr("invalid timestamp (expected seconds since the epoch)"));
    if (seconds && std::fabs(v) > 1e11)
        return fail(lineBegin, b, e,
                    Tr::tr("timestamp %1 is too large: OpenMetrics timestamps are seconds since the epoch, "
                           "this looks like milliseconds")
                        .arg(quoted(b, e)));
    const double scaled = seconds ? v * 1000.0 : v;
    if (std::fabs(scaled) > 9.0e15)
        return fail(lineBegin, b, e, Tr::tr("timestamp %1 is out of range").arg(quoted(b, e)));
    *ms = std::llround(scaled);
    return true;
}

bool OpenMetricsParser::parseSample(const char *begin, const char *end)
{
    const char *p = begin;
    const std::optional<std::string_view> metric = scanName(p, end, isNameStart, isNameChar);
    if (!metric)
        return fail(begin, p, end, Tr::tr("expected a metric name, a comment or '# EOF'"));
    const std::string_view name = *metric;
    m_labels.clear();
    if (p < end && *p == '{' && !parseLabels(begin, p, end))
        return false;
    const std::string_view seriesText(begin, size_t(p - begin));
    if (p == end || !isBlank(*p)) {
        if (p < end && !m_labels.empty())
            return fail(begin, p, end, Tr::tr("expected a space after the labels"));
        if (p < end && *p != '{' && seriesText.size() == name.size())
            return fail(begin, p, end, Tr::tr("invalid character in metric name"));
        return fail(begin, p, end, Tr::tr("expected a space and a value after the metric name"));
    }
    p = skipBlanks(p, end);
    const char *valueBegin = p;
    const char *valueEnd = tokenEnd(p, end);
    double value = 0;
    if (valueBegin == valueEnd)
        return fail(begin, p, end, Tr::tr("expected a value after the metric name and labels"));
    if (!parseNumber(valueBegin, valueEnd, &value))
        return fail(begin, valueBegin, end, Tr::tr("invalid value (expected a number, NaN, +Inf or -Inf)"));
    p = skipBlanks(valueEnd, end);

    qint64 ts = 0;
    bool hasTimestamp = false;
    if (p < end && *p != '#') {
        const char *tsEnd = tokenEnd(p, end);
        if (!parseTimestamp(begin, p, tsEnd, &ts))
            return false;
        hasTimestamp = true;
        p = skipBlanks(tsEnd, end);
    }
    if (p < end) {
        // Only an exemplar may follow: ` # {labels} value [timestamp]`. It is not kept.
        if (*p != '#')
            return fail(begin, p, end, Tr::tr("unexpected text after the timestamp"));
        const char *q = skipBlanks(p + 1, end);
        if (q == end || *q != '{')
            return fail(begin, q, end, Tr::tr("expected '{' to start an exemplar"));
    }
    if (!hasTimestamp && m_options.requireTimestamps)
        return fail(begin, valueEnd, end,
                    Tr::tr("expected a timestamp after the value (recorded data needs one per sample)"));

    bool isCreated = false;
    bool isBucket = false;
    const MetricType type = typeOf(name, &isCreated, &isBucket);
    if (isBucket && (type == MetricType::Histogram || type == MetricType::GaugeHistogram)) {
        const Label *le = nullptr;
        for (const Label &l : m_labels) {
            if (l.name == "le")
                le = &l;
        }
        if (!le)
            return fail(begin, begin + name.size(), end, Tr::tr("histogram bucket without an 'le' label"));
        double bound = 0;
        if (!parseNumber(le->value.data(), le->value.data() + le->value.size(), &bound))
            return fail(begin, begin + name.size(), end, Tr::tr("the 'le' label value is not a number"));
    }
    ++m_samples;
    if (isCreated && m_options.skipCreated && type != MetricType::Unknown && type != MetricType::Gauge)
        return true;
    if (!m_sink)
        return true;
    Sample s;
    s.name = name;
    s.seriesText = seriesText;
    s.labels = std::span<const Label>(m_labels.data(), m_labels.size());
    s.value = value;
    s.timestampMs = ts;
    s.hasTimestamp = hasTimestamp;
    s.type = type;
    s.line = m_line;
    QString error;
    if (!m_sink->sample(s, &error))
        return fail(begin, begin, end, error.isEmpty() ? Tr::tr("sample rejected") : error);
    return true;
}

} // namespace Sla::Core
