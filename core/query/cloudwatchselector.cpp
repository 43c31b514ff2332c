// SPDX-License-Identifier: Apache-2.0
#include "core/query/cloudwatchselector.h"

#include "core/document/tr.h"

#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <vector>

namespace Tr = Sla::Core::TrContext::Selector;

namespace Sla::Core {

namespace {

/// A value of the flow mapping: text, or a mapping of its own (its fields, each a Node
/// with its `key`).
struct Node
{
    QString key;
    QString text;
    std::vector<Node> map;
    bool isMap = false;
    int column = 0;
};

class FlowParser
{
public:
    explicit FlowParser(const QString &text) : m_text(text) {}

    std::optional<Node> parseTop()
    {
        skipSpace();
        if (peek() != u'{')
            return fail(Tr::tr("a CloudWatch selector is a mapping in braces: {namespace: ..., metric: ...}"));
        auto node = parseMap();
        if (!node)
            return std::nullopt;
        skipSpace();
        if (m_pos < m_text.size())
            return fail(Tr::tr("unexpected text after the closing brace"));
        return node;
    }

    QString error;
    int errorColumn = 0;

private:
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    std::nullopt_t fail(const QString &message)
    {
        if (error.isEmpty()) {
            error = message;
            errorColumn = int(m_pos);
        }
        return std::nullopt;
    }

    std::optional<Node> parseMap()
    {
        Node node;
        node.isMap = true;
        node.column = int(m_pos);
        ++m_pos; // {
        skipSpace();
        if (peek() == u'}') {
            ++m_pos;
            return node;
        }
        while (true) {
            skipSpace();
            const int keyColumn = int(m_pos);
            const std::optional<QString> key = parseKey();
            if (!key)
                return std::nullopt;
            for (const Node &existing : node.map) {
                if (existing.key == *key) {
                    m_pos = keyColumn;
                    return fail(Tr::tr("field '%1' is given twice").arg(*key));
                }
            }
            auto value = parseValue();
            if (!value)
                return std::nullopt;
            value->key = *key;
            node.map.push_back(std::move(*value));
            skipSpace();
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (peek() == u'}') {
                ++m_pos;
                return node;
            }
            return fail(Tr::tr("expected ',' or '}'"));
        }
    }

    /// A field name and its ':': quoted (any text), or plain up to the ':'.
    std::optional<QString> parseKey()
    {
        const QChar quote = peek();
        if (quote == u'\'' || quote == u'"') {
            auto name = parseQuoted(quote);
            if (!name)
                return std::nullopt;
            skipSpace();
            if (peek() != u':')
                return fail(Tr::tr("expected 'name: value'"));
            ++m_pos;
            return name->text;
        }
        const qsizetype colon = m_text.indexOf(u':', m_pos);
        if (colon < 0)
            return fail(Tr::tr("expected 'name: value'"));
        const QString key = m_text.mid(m_pos, colon - m_pos).trimmed();
        static const QString forbidden = QStringLiteral(",{}'\"");
        if (key.isEmpty() || std::any_of(key.begin(), key.end(), [](QChar c) { return forbidden.contains(c); }))
            return fail(Tr::tr("expected a field name before ':'"));
        m_pos = colon + 1;
        return key;
    }

    std::optional<Node> parseValue()
    {
        skipSpace();
        if (peek() == u'{')
            return parseMap();
        Node node;
        node.column = int(m_pos);
        const QChar quote = peek();
        if (quote == u'\'' || quote == u'"')
            return parseQuoted(quote);
        while (m_pos < m_text.size() && peek() != u',' && peek() != u'}' && peek() != u'{')
            node.text += m_text.at(m_pos++);
        node.text = node.text.trimmed();
        if (node.text.isEmpty())
            return fail(Tr::tr("expected a value"));
        return node;
    }

    std::optional<Node> parseQuoted(QChar quote)
    {
        Node node;
        node.column = int(m_pos);
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c != quote) {
                node.text += c;
                continue;
            }
            if (peek() == quote) { // a doubled quote stands for itself
                node.text += c;
                ++m_pos;
                continue;
            }
            return node;
        }
        m_pos = node.column;
        return fail(Tr::tr("unterminated quoted value"));
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

struct Failure
{
    QString message;
    int column = 0;
};

const QStringList MetricFields = {QStringLiteral("namespace"), QStringLiteral("metric"), QStringLiteral("dimensions"),
                                  QStringLiteral("stat"), QStringLiteral("unit")};

std::optional<CloudWatchMetric> readMetric(const Node &node, bool allowPeriod, Failure *failure)
{
    CloudWatchMetric m;
    for (const Node &value : node.map) {
        const QString &key = value.key;
        const bool known = MetricFields.contains(key) || (allowPeriod && key == QLatin1String("period"));
        if (!known) {
            *failure = {Tr::tr("unknown field '%1' (known: %2)").arg(key, MetricFields.join(QStringLiteral(", "))),
                        value.column};
            return std::nullopt;
        }
        if (key == QLatin1String("period"))
            continue;
        if ((key == QLatin1String("dimensions")) != value.isMap) {
            *failure = {key == QLatin1String("dimensions")
                            ? Tr::tr("'dimensions' is a mapping: {Name: value, ...}")
                            : Tr::tr("'%1' takes a single value, not a mapping").arg(key),
                        value.column};
            return std::nullopt;
        }
        if (key == QLatin1String("namespace"))
            m.nameSpace = value.text;
        else if (key == QLatin1String("metric"))
            m.metric = value.text;
        else if (key == QLatin1String("stat"))
            m.stat = value.text;
        else if (key == QLatin1String("unit"))
            m.unit = value.text;
        else {
            for (const Node &dim : value.map) {
                const QString &name = dim.key;
                if (dim.isMap) {
                    *failure = {Tr::tr("dimension '%1' takes a single value").arg(name), dim.column};
                    return std::nullopt;
                }
                m.dimensions.append({name, dim.text});
            }
            if (m.dimensions.size() > 30) {
                *failure = {Tr::tr("CloudWatch metrics have at most 30 dimensions"), value.column};
                return std::nullopt;
            }
        }
    }
    if (m.nameSpace.isEmpty() || m.metric.isEmpty()) {
        *failure = {Tr::tr("a CloudWatch metric needs 'namespace' and 'metric'"), node.column};
        return std::nullopt;
    }
    if (!m.stat.isEmpty() && !isCloudWatchStat(m.stat)) {
        *failure = {Tr::tr("unknown statistic '%1' (Sum, SampleCount, Average, Minimum, Maximum or a percentile "
                           "such as p95)")
                        .arg(m.stat),
                    node.column};
        return std::nullopt;
    }
    return m;
}

/// `period`, when given: seconds, a positive multiple of 60.
bool readPeriod(const Node &node, int *period, Failure *failure)
{
    for (const Node &value : node.map) {
        const QString &key = value.key;
        if (key != QLatin1String("period"))
            continue;
        bool ok = false;
        const int p = value.text.toInt(&ok);
        if (!ok || p <= 0 || p % 60 != 0) {
            *failure = {Tr::tr("'period' is a number of seconds, a multiple of 60"), value.column};
            return false;
        }
        *period = p;
    }
    return true;
}

std::optional<CloudWatchSelector> readExpression(const Node &top, Failure *failure)
{
    CloudWatchSelector s;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-zA-Z0-9_]*$"));
    for (const Node &value : top.map) {
        const QString &key = value.key;
        if (key == QLatin1String("expression")) {
            s.expression = value.text;
        } else if (key == QLatin1String("metrics") && value.isMap) {
            for (const Node &input : value.map) {
                const QString &id = input.key;
                if (!idPattern.match(id).hasMatch() || !input.isMap) {
                    *failure = {Tr::tr("metric math inputs are named with a lower-case letter, then letters, digits "
                                       "or '_', each a mapping {namespace: ..., metric: ..., stat: ...}"),
                                input.column};
                    return std::nullopt;
                }
                const auto metric = readMetric(input, false, failure);
                if (!metric)
                    return std::nullopt;
                s.inputs.append({id, *metric});
            }
        } else if (key != QLatin1String("period")) {
            *failure = {
                Tr::tr("unknown field '%1' of a metric math selector (known: expression, metrics, period)").arg(key),
                value.column};
            return std::nullopt;
        }
    }
    if (s.expression.isEmpty() || s.inputs.isEmpty()) {
        *failure = {Tr::tr("a metric math selector needs 'expression' and 'metrics'"), top.column};
        return std::nullopt;
    }
    return s;
}

/// `v` as a value (plain when it reads back as itself), or as a field name (`key`: no ':'
/// unquoted).
QString quoted(const QString &v, bool key = false)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@*#-][A-Za-z0-9_./:@*# -]*$"));
    static const QRegularExpression plainKey(QStringLiteral("^[A-Za-z0-9_./@*#-]+$"));
    if ((key ? plainKey : plain).match(v).hasMatch() && !v.endsWith(u' '))
        return v;
    QString q = v;
    q.replace(u'\'', QStringLiteral("''"));
    return u'\'' + q + u'\'';
}

QString metricText(const CloudWatchMetric &m)
{
    QString out = QStringLiteral("namespace: ") + quoted(m.nameSpace) + QStringLiteral(", metric: ") + quoted(m.metric);
    if (!m.dimensions.isEmpty()) {
        QStringList dims;
        for (const auto &[name, value] : m.dimensions)
            dims << quoted(name, true) + QStringLiteral(": ") + quoted(value);
        out += QStringLiteral(", dimensions: {") + dims.join(QStringLiteral(", ")) + u'}';
    }
    if (!m.stat.isEmpty())
        out += QStringLiteral(", stat: ") + m.stat;
    if (!m.unit.isEmpty())
        out += QStringLiteral(", unit: ") + quoted(m.unit);
    return out;
}

} // namespace

QString CloudWatchSelector::toString() const
{
    QString out;
    if (isExpression()) {
        QStringList ins;
        for (const auto &[id, m] : inputs)
            ins << id + QStringLiteral(": {") + metricText(m) + u'}';
        out = QStringLiteral("expression: ") + quoted(expression) + QStringLiteral(", metrics: {") +
              ins.join(QStringLiteral(", ")) + u'}';
    } else {
        out = metricText(metric);
    }
    if (period > 0)
        out += QStringLiteral(", period: ") + QString::number(period);
    return u'{' + out + u'}';
}

std::optional<CloudWatchSelector> parseCloudWatchSelector(const QString &text, QString *error, int *errorColumn)
{
    FlowParser parser(text);
    const std::optional<Node> top = parser.parseTop();
    Failure failure;
    std::optional<CloudWatchSelector> out;
    if (!top) {
        failure = {parser.error, parser.errorColumn};
    } else {
        const bool expression =
            std::any_of(top->map.begin(), top->map.end(), [](const Node &f) { return f.key == u"expression"; });
        if (expression) {
            out = readExpression(*top, &failure);
        } else if (auto metric = readMetric(*top, true, &failure)) {
            out = CloudWatchSelector{};
            out->metric = *metric;
        }
        if (out && !readPeriod(*top, &out->period, &failure))
            out.reset();
    }
    if (!out) {
        if (error)
            *error = failure.message;
        if (errorColumn)
            *errorColumn = failure.column;
    }
    return out;
}

bool isCloudWatchStat(const QString &stat)
{
    static const QStringList plain = {QStringLiteral("Sum"), QStringLiteral("SampleCount"), QStringLiteral("Average"),
                                      QStringLiteral("Minimum"), QStringLiteral("Maximum")};
    if (plain.contains(stat))
        return true;
    static const QRegularExpression percentile(QStringLiteral("^p(\\d{1,2})(\\.\\d+)?$"));
    const QRegularExpressionMatch m = percentile.match(stat);
    return m.hasMatch() && (m.captured(1).toInt() > 0 || !m.captured(2).isEmpty());
}

QString cloudWatchPercentileStat(double percentile)
{
    return u'p' + QString::number(percentile * 100, 'g', 10);
}

} // namespace Sla::Core
