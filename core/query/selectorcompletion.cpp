// SPDX-License-Identifier: Apache-2.0
#include "core/query/selectorcompletion.h"

#include <QHash>
#include <QList>

#include <algorithm>

namespace Sla::Core {

namespace {

using Kind = CompletionContext::Kind;

CompletionContext promqlContext(const QString &text)
{
    CompletionContext c;
    const qsizetype brace = text.indexOf(QLatin1Char('{'));
    if (brace < 0) {
        c.kind = Kind::Metric;
        c.word = text.trimmed();
        return c;
    }
    c.metric = text.left(brace).trimmed();
    if (text.indexOf(QLatin1Char('}'), brace) >= 0)
        return {};
    // Inside the braces: the last matcher decides, a quote still open means a value.
    if (text.count(QLatin1Char('"')) % 2 == 1) {
        const qsizetype open = text.lastIndexOf(QLatin1Char('"'));
        qsizetype nameEnd = open;
        while (nameEnd > brace && QStringLiteral("=!~").contains(text.at(nameEnd - 1)))
            --nameEnd;
        qsizetype nameStart = nameEnd;
        while (nameStart > brace + 1 && text.at(nameStart - 1) != QLatin1Char(',') &&
               text.at(nameStart - 1) != QLatin1Char('{'))
            --nameStart;
        c.kind = Kind::LabelValue;
        c.label = text.mid(nameStart, nameEnd - nameStart).trimmed();
        c.head = text.left(open + 1);
        c.word = text.mid(open + 1);
        c.tail = QStringLiteral("\"");
        return c;
    }
    const qsizetype start = std::max(text.lastIndexOf(QLatin1Char(',')), brace) + 1;
    if (text.indexOf(QLatin1Char('='), start) >= 0)
        return {};
    c.kind = Kind::LabelName;
    qsizetype wordStart = start;
    while (wordStart < text.size() && text.at(wordStart) == QLatin1Char(' '))
        ++wordStart;
    c.head = text.left(wordStart);
    c.word = text.mid(wordStart);
    return c;
}

/// `[aggregator:]metric{tag:value,!tag:value,...}`: Datadog's metric query scope.
CompletionContext datadogContext(const QString &text)
{
    CompletionContext c;
    const qsizetype brace = text.indexOf(QLatin1Char('{'));
    if (brace < 0) {
        // After an aggregator (`sum:`) the metric starts; metric names hold no colon.
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        qsizetype start = colon + 1;
        while (start < text.size() && text.at(start) == QLatin1Char(' '))
            ++start;
        c.kind = Kind::Metric;
        c.head = text.left(start);
        c.word = text.mid(start).trimmed();
        return c;
    }
    if (text.indexOf(QLatin1Char('}'), brace) >= 0)
        return {};
    const QString beforeBrace = text.left(brace);
    c.metric = beforeBrace.mid(beforeBrace.lastIndexOf(QLatin1Char(':')) + 1).trimmed();
    qsizetype start = std::max(text.lastIndexOf(QLatin1Char(',')), brace) + 1;
    while (start < text.size() && (text.at(start) == QLatin1Char(' ') || text.at(start) == QLatin1Char('!')))
        ++start;
    const qsizetype colon = text.indexOf(QLatin1Char(':'), start);
    if (colon >= 0) {
        c.kind = Kind::LabelValue;
        c.label = text.mid(start, colon - start).trimmed();
        c.head = text.left(colon + 1);
        c.word = text.mid(colon + 1);
        return c;
    }
    c.kind = Kind::LabelName;
    c.head = text.left(start);
    c.word = text.mid(start);
    return c;
}

/// One mapping of a CloudWatch selector while it is read: the key of the entry being
/// read, whether its value has begun, and the plain values read so far.
struct Frame
{
    QString parentKey; ///< the key whose value this mapping is (`dimensions`, ...)
    QString key;
    bool inValue = false;
    QHash<QString, QString> scalars;
};

/// The token at `i`: quoted (doubled quote inside) or plain up to a delimiter. Sets
/// *open when the text ends inside it.
QString readToken(const QString &text, qsizetype &i, bool inValue, bool *open, QChar *quote)
{
    QString out;
    const QChar first = text.at(i);
    if (first == QLatin1Char('\'') || first == QLatin1Char('"')) {
        *quote = first;
        for (++i; i < text.size(); ++i) {
            if (text.at(i) != first) {
                out += text.at(i);
            } else if (i + 1 < text.size() && text.at(i + 1) == first) {
                out += first;
                ++i;
            } else {
                ++i;
                *open = false;
                return out;
            }
        }
        *open = true;
        return out;
    }
    *quote = QChar();
    const QString stops = inValue ? QStringLiteral(",}{") : QStringLiteral(":,}{");
    while (i < text.size() && !stops.contains(text.at(i)))
        out += text.at(i++);
    *open = i >= text.size();
    return out.trimmed();
}

/// The context once the frames are known: what the key of the innermost mapping asks for.
CompletionContext cloudWatchFromFrames(const QList<Frame> &frames)
{
    CompletionContext c;
    const Frame &top = frames.back();
    if (top.parentKey == QLatin1String("dimensions")) {
        const Frame *owner = frames.size() > 1 ? &frames.at(frames.size() - 2) : nullptr;
        c.nameSpace = owner ? owner->scalars.value(QStringLiteral("namespace")) : QString();
        c.metric = owner ? owner->scalars.value(QStringLiteral("metric")) : QString();
        if (c.nameSpace.isEmpty() || c.metric.isEmpty())
            return {};
        c.kind = top.inValue ? Kind::LabelValue : Kind::LabelName;
        c.label = top.inValue ? top.key : QString();
        return c;
    }
    if (!top.inValue)
        return {};
    if (top.key == QLatin1String("namespace")) {
        c.kind = Kind::Namespace;
    } else if (top.key == QLatin1String("metric")) {
        c.kind = Kind::Metric;
        c.nameSpace = top.scalars.value(QStringLiteral("namespace"));
        if (c.nameSpace.isEmpty())
            return {};
    }
    return c;
}

/// `{namespace: NS, metric: M, dimensions: {NAME: VALUE, ...}, ...}`, inputs of metric math
/// included (`metrics: {m1: {namespace: ...}}`).
CompletionContext cloudWatchContext(const QString &text)
{
    QList<Frame> frames;
    qsizetype wordStart = text.size();
    QString word;
    QChar quote;
    bool settled = false; ///< a value or key was read whole and nothing followed yet
    bool inToken = false; ///< the text ends inside a key or value
    for (qsizetype i = 0; i < text.size();) {
        const QChar ch = text.at(i);
        if (!ch.isSpace())
            settled = false;
        if (ch.isSpace()) {
            ++i;
        } else if (ch == QLatin1Char('{')) {
            Frame f;
            if (!frames.isEmpty() && frames.back().inValue)
                f.parentKey = frames.back().key;
            frames.append(f);
            ++i;
        } else if (ch == QLatin1Char('}')) {
            if (frames.isEmpty())
                return {};
            frames.removeLast();
            ++i;
        } else if (frames.isEmpty()) {
            return {};
        } else if (ch == QLatin1Char(',')) {
            frames.back().key.clear();
            frames.back().inValue = false;
            ++i;
        } else if (ch == QLatin1Char(':') && !frames.back().inValue) {
            frames.back().inValue = true;
            ++i;
        } else {
            const qsizetype start = i;
            bool open = false;
            const QString token = readToken(text, i, frames.back().inValue, &open, &quote);
            if (open) {
                inToken = true;
                wordStart = quote.isNull() ? start : start + 1;
                word = token;
                break;
            }
            settled = true;
            Frame &f = frames.back();
            if (f.inValue)
                f.scalars.insert(f.key, token);
            else
                f.key = token;
        }
    }
    if (frames.isEmpty() || (settled && !inToken))
        return {};
    if (!inToken)
        quote = QChar();
    CompletionContext c = cloudWatchFromFrames(frames);
    if (c.kind == Kind::None)
        return {};
    c.head = text.left(wordStart);
    c.word = word;
    c.tail = quote.isNull() ? QString() : QString(quote);
    return c;
}

} // namespace

CompletionContext completionContext(const QString &text, DataSourceType type)
{
    switch (type) {
    case DataSourceType::Prometheus:
    case DataSourceType::Recorded:
        return promqlContext(text);
    case DataSourceType::Datadog:
        return datadogContext(text);
    case DataSourceType::CloudWatch:
        return cloudWatchContext(text);
    case DataSourceType::Other:
        break;
    }
    return {};
}

} // namespace Sla::Core
