// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/datadog/datadogquery.h"

#include "core/document/tr.h"

#include <algorithm>
#include <array>

namespace Tr = Sla::Core::TrContext::DatadogQuery;

namespace Sla::Core {

namespace {

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}
bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.');
}

template <typename T> std::optional<T> failAt(QString *error, int *column, int at, const QString &message)
{
    if (error)
        *error = message;
    if (column)
        *column = at;
    return std::nullopt;
}

void skipSpaces(const QString &s, int &i)
{
    while (i < s.size() && s.at(i).isSpace())
        ++i;
}

/// Reads `{a,b,...}` starting at s[i] == '{'; returns the trimmed items.
std::optional<QStringList> readBraces(const QString &s, int &i, QString *error, int *column)
{
    const int open = i;
    const int close = s.indexOf(QLatin1Char('}'), i);
    if (close < 0)
        return failAt<QStringList>(error, column, open, Tr::tr("'{' at column %1 is never closed").arg(open + 1));
    QStringList items;
    const QString inner = s.mid(i + 1, close - i - 1);
    int pos = i + 1;
    for (const QString &raw : inner.split(QLatin1Char(','))) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            return failAt<QStringList>(error, column, pos,
                                       Tr::tr("empty tag in '{...}'; write key:value, !key:value or *"));
        if (item.contains(QLatin1Char('{')) || item.contains(QLatin1Char('(')))
            return failAt<QStringList>(error, column, pos, Tr::tr("unexpected '%1' in a tag list").arg(item));
        items << item;
        pos += int(raw.size()) + 1;
    }
    i = close + 1;
    return items;
}

} // namespace

std::optional<DatadogQuery::Parts> DatadogQuery::parse(const QString &selector, QString *error, int *errorColumn)
{
    Parts parts;
    const QString &s = selector;
    int i = 0;
    skipSpaces(s, i);
    // Optional space aggregator.
    static const std::array<QLatin1String, 4> aggregators = {QLatin1String("sum"), QLatin1String("avg"),
                                                             QLatin1String("min"), QLatin1String("max")};
    for (const QLatin1String agg : aggregators) {
        const int n = int(agg.size());
        if (s.mid(i, n) == agg && i + n < s.size() && s.at(i + n) == QLatin1Char(':')) {
            parts.aggregator = agg;
            i += int(agg.size()) + 1;
            break;
        }
    }
    if (i >= s.size() || !isNameStart(s.at(i)))
        return failAt<Parts>(error, errorColumn, i, Tr::tr("expected a metric name such as trace.http.request.hits"));
    const int nameStart = i;
    while (i < s.size() && isNameChar(s.at(i)))
        ++i;
    parts.metric = s.mid(nameStart, i - nameStart);
    skipSpaces(s, i);
    if (i < s.size() && s.at(i) == QLatin1Char('{')) {
        const auto scope = readBraces(s, i, error, errorColumn);
        if (!scope)
            return std::nullopt;
        parts.scope = *scope;
    } else {
        parts.scope = {QStringLiteral("*")};
    }
    skipSpaces(s, i);
    if (s.mid(i, 2) == QLatin1String("by")) {
        i += 2;
        skipSpaces(s, i);
        if (i >= s.size() || s.at(i) != QLatin1Char('{'))
            return failAt<Parts>(error, errorColumn, i, Tr::tr("expected '{' after 'by'"));
        const auto by = readBraces(s, i, error, errorColumn);
        if (!by)
            return std::nullopt;
        parts.groupBy = *by;
        skipSpaces(s, i);
    }
    while (i < s.size()) {
        if (s.at(i) != QLatin1Char('.'))
            return failAt<Parts>(error, errorColumn, i,
                                 Tr::tr("unexpected '%1'; a selector ends after its tags, 'by {...}' "
                                        "and .as_count() or .as_rate()")
                                     .arg(s.at(i)));
        const int fn = i;
        if (s.mid(i, 11) == QLatin1String(".as_count()") || s.mid(i, 10) == QLatin1String(".as_rate()")) {
            if (!parts.modifier.isEmpty())
                return failAt<Parts>(error, errorColumn, fn,
                                     Tr::tr("only one of .as_count() and .as_rate() may be given"));
            const bool count = s.at(i + 4) == QLatin1Char('c');
            parts.modifier = count ? QStringLiteral("as_count") : QStringLiteral("as_rate");
            i += count ? 11 : 10;
            skipSpaces(s, i);
            continue;
        }
        const int paren = s.indexOf(QLatin1Char('('), i);
        const QString name = s.mid(i + 1, paren < 0 ? -1 : paren - i - 1);
        return failAt<Parts>(error, errorColumn, fn,
                             Tr::tr("function .%1() is not allowed in a selector; "
                                    "SLA Desk chooses the rollup itself")
                                 .arg(name));
    }
    return parts;
}

QString DatadogQuery::toString(const Parts &parts)
{
    QString out;
    if (!parts.aggregator.isEmpty())
        out += parts.aggregator + QLatin1Char(':');
    out += parts.metric + QLatin1Char('{') + parts.scope.join(QLatin1Char(',')) + QLatin1Char('}');
    if (!parts.groupBy.isEmpty())
        out += QLatin1String(" by {") + parts.groupBy.join(QLatin1Char(',')) + QLatin1Char('}');
    if (!parts.modifier.isEmpty())
        out += QLatin1Char('.') + parts.modifier + QLatin1String("()");
    return out;
}

std::optional<DatadogQuery::Parts> DatadogQuery::parseWithPosition(const QString &selector, QString *error)
{
    QString why;
    int column = 0;
    auto parts = parse(selector, &why, &column);
    if (!parts && error)
        *error = Tr::tr("selector \"%1\", column %2: %3").arg(selector).arg(column + 1).arg(why);
    return parts;
}

std::optional<QString> DatadogQuery::countQuery(const QString &selector, QString *error)
{
    auto parts = parseWithPosition(selector, error);
    if (!parts)
        return std::nullopt;
    if (!parts->aggregator.isEmpty() && parts->aggregator != QLatin1String("sum")) {
        if (error)
            *error = Tr::tr("selector \"%1\": counters are summed across series; remove \"%2:\" or write \"sum:\"")
                         .arg(selector, parts->aggregator);
        return std::nullopt;
    }
    if (parts->modifier == QLatin1String("as_rate")) {
        if (error)
            *error = Tr::tr("selector \"%1\": a counter is read as a count of events; remove .as_rate()").arg(selector);
        return std::nullopt;
    }
    parts->aggregator = QStringLiteral("sum");
    parts->modifier = QStringLiteral("as_count");
    return toString(*parts);
}

std::optional<QString> DatadogQuery::valueQuery(const QString &selector, Aggregate aggregate, QString *error)
{
    auto parts = parseWithPosition(selector, error);
    if (!parts)
        return std::nullopt;
    if (parts->aggregator.isEmpty()) {
        switch (aggregate) {
        case Aggregate::Min:
            parts->aggregator = QStringLiteral("min");
            break;
        case Aggregate::Max:
            parts->aggregator = QStringLiteral("max");
            break;
        case Aggregate::Avg:
        case Aggregate::Last:
            parts->aggregator = QStringLiteral("avg");
            break;
        }
    }
    return toString(*parts);
}

qint64 DatadogQuery::enforcedInterval(Duration span)
{
    const qint64 s = span.toSeconds();
    struct Step
    {
        qint64 upTo;
        qint64 interval;
    };
    static constexpr std::array<Step, 6> steps = {
        {{3600, 20}, {4 * 3600, 60}, {86400, 300}, {2 * 86400, 600}, {7 * 86400, 3600}, {31 * 86400, 14400}}};
    for (const Step &step : steps) {
        if (s <= step.upTo)
            return step.interval;
    }
    return 86400;
}

qint64 DatadogQuery::rollupInterval(Duration span, Duration wanted)
{
    return std::max(enforcedInterval(span), wanted.toSeconds());
}

QString DatadogQuery::withRollup(const QString &query, qint64 intervalSeconds, const QString &method)
{
    return query + QLatin1String(".rollup(") + method + QLatin1Char(',') + QString::number(intervalSeconds) +
           QLatin1Char(')');
}

QString DatadogQuery::expandWindow(const QString &query, Duration window)
{
    QString out = query;
    return out.replace(QLatin1String("{{window}}"), QString::number(window.toSeconds()));
}

DatadogQuery::Plan DatadogQuery::windowPlan(const QString &query, const QDateTime &end, Duration window,
                                            Duration wanted)
{
    Plan plan;
    plan.query = query;
    plan.to = end.toSecsSinceEpoch();
    plan.interval = rollupInterval(window, wanted);
    const qint64 start = plan.to - window.toSeconds();
    // Floor to the grid (also for negative times).
    plan.from = start >= 0 ? start / plan.interval * plan.interval
                           : -((-start + plan.interval - 1) / plan.interval) * plan.interval;
    return plan;
}

} // namespace Sla::Core
