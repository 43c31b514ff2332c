// SPDX-License-Identifier: Apache-2.0
#include "querycompiler.h"

#include "core/document/tr.h"
#include "core/document/yamlsupport.h"
#include "core/query/logging.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <functional>

namespace Tr = Sla::Core::TrContext::QueryCompiler;

namespace Sla::Core::QueryCompiler {

namespace {

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u':';
}
bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

bool isMetricName(const QString &s)
{
    if (s.isEmpty() || !isNameStart(s.front()))
        return false;
    return std::all_of(s.cbegin(), s.cend(), isNameChar);
}

/// Tracks PromQL string literals ("...", '...', `...`) while text is read one character at
/// a time.
struct QuoteState
{
    QChar quote;
    bool escaped = false;

    /// True when `c` belongs to a string literal, its quotes included.
    bool consume(QChar c)
    {
        if (!quote.isNull()) {
            if (escaped)
                escaped = false;
            else if (c == u'\\' && quote != u'`')
                escaped = true;
            else if (c == quote)
                quote = QChar();
            return true;
        }
        if (c == u'"' || c == u'\'' || c == u'`') {
            quote = c;
            return true;
        }
        return false;
    }
};

/// A selector split into its metric name and the text between its braces. This is
/// deliberately small text surgery (no full PromQL parse): it only has to find where the
/// name ends and where the matcher list closes, with quotes taken into account.
struct SelectorText
{
    QString name;
    QString body;
    bool hasBraces = false;

    QString join() const { return hasBraces ? name + u'{' + body + u'}' : name; }
};

std::optional<SelectorText> splitSelector(const QString &selector, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<SelectorText> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString text = selector.trimmed();
    SelectorText out;
    const qsizetype open = text.indexOf(u'{');
    if (open < 0) {
        if (!isMetricName(text))
            return fail(Tr::tr("'%1' is not a metric selector").arg(selector));
        out.name = text;
        return out;
    }
    out.name = text.left(open).trimmed();
    if (!out.name.isEmpty() && !isMetricName(out.name))
        return fail(Tr::tr("'%1' is not a metric selector: '%2' is not a metric name").arg(selector, out.name));
    QuoteState quotes;
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quotes.consume(c))
            continue;
        if (c == u'}') {
            if (i != text.size() - 1)
                return fail(Tr::tr("'%1' is not a plain selector: text follows the closing brace").arg(selector));
            out.body = text.mid(open + 1, i - open - 1);
            out.hasBraces = true;
            return out;
        }
    }
    return fail(Tr::tr("'%1' is not a metric selector: the closing brace is missing").arg(selector));
}

/// Applies `change` to the selector's metric name (or its `__name__="..."` matcher).
std::optional<QString> transformName(const QString &selector, const std::function<QString(const QString &)> &change,
                                     QString *error)
{
    auto parts = splitSelector(selector, error);
    if (!parts)
        return std::nullopt;
    if (!parts->name.isEmpty()) {
        parts->name = change(parts->name);
        return parts->join();
    }
    static const QRegularExpression nameMatcher(
        QStringLiteral(R"((^|,)(\s*__name__\s*=\s*)(["'`])([a-zA-Z_:][a-zA-Z0-9_:]*)\3)"));
    const QRegularExpressionMatch m = nameMatcher.match(parts->body);
    if (!m.hasMatch()) {
        if (error)
            *error =
                Tr::tr("'%1' has no single metric name (write it as name{...} or {__name__=\"name\"})").arg(selector);
        return std::nullopt;
    }
    parts->body.replace(m.capturedStart(4), m.capturedLength(4), change(m.captured(4)));
    return parts->join();
}

/// The histogram's series with `suffix` (`_bucket`, `_count`): a selector written with one
/// of the series suffixes already is accepted too.
std::optional<QString> histogramSeries(const QString &selector, const QString &suffix, QString *error)
{
    return transformName(
        selector,
        [&suffix](const QString &name) -> QString {
            for (const auto s : {QLatin1String("_bucket"), QLatin1String("_count"), QLatin1String("_sum")}) {
                if (name.endsWith(s))
                    return name.left(name.size() - s.size()) + suffix;
            }
            return name + suffix;
        },
        error);
}

/// True when `expr` needs no parentheses as an operand: no whitespace or operator outside
/// brackets (a selector, a function call, a number, or an already bracketed expression).
bool isSingleTerm(const QString &expr)
{
    int depth = 0;
    QuoteState quotes;
    for (const QChar c : expr) {
        if (quotes.consume(c))
            continue;
        if (c == u'(' || c == u'[' || c == u'{')
            ++depth;
        else if (c == u')' || c == u']' || c == u'}')
            --depth;
        else if (depth == 0 && (c.isSpace() || QStringView(u"+-*/%^<>=!").contains(c)))
            return false;
    }
    return true;
}

QString operand(const QString &expr)
{
    const QString t = expr.trimmed();
    return isSingleTerm(t) ? t : u'(' + t + u')';
}

/// Regex for a decimal mantissa: "2.5" gives `2[.]50*`, "1" gives `1([.]0*)?`.
QString mantissaRegex(const QString &digits)
{
    const qsizetype dot = digits.indexOf(u'.');
    if (dot < 0)
        return digits + QStringLiteral("([.]0*)?");
    return digits.left(dot) + QStringLiteral("[.]") + digits.mid(dot + 1) + QStringLiteral("0*");
}

CompiledQueries notCompilable(const QString &reason)
{
    CompiledQueries q;
    q.form = CompiledQueries::Form::NotCompilable;
    q.reason = reason;
    return q;
}

QString overTimeFunction(Aggregate aggregate)
{
    switch (aggregate) {
    case Aggregate::Avg:
        return QStringLiteral("avg_over_time");
    case Aggregate::Min:
        return QStringLiteral("min_over_time");
    case Aggregate::Max:
        return QStringLiteral("max_over_time");
    case Aggregate::Last:
        return QStringLiteral("last_over_time");
    }
    return QStringLiteral("avg_over_time");
}

CompiledQueries compileLatency(const LatencyIndicator &latency, const QString &range)
{
    QString error;
    const auto bucket = histogramSeries(latency.histogram, QStringLiteral("_bucket"), &error);
    if (!bucket)
        return notCompilable(error);
    CompiledQueries q;
    if (latency.percentile) {
        q.form = CompiledQueries::Form::Value;
        q.value = QStringLiteral("histogram_quantile(%1, sum by (le) (rate(%2[%3])))")
                      .arg(Yaml::formatNumber(*latency.percentile), *bucket, range);
        q.op = CompareOp::Lte;
        q.threshold = latency.threshold;
        return q;
    }
    const auto good = withMatcher(*bucket, QStringLiteral("le=~\"%1\"").arg(leRegex(latency.threshold)), &error);
    const auto count = histogramSeries(latency.histogram, QStringLiteral("_count"), &error);
    if (!good || !count)
        return notCompilable(error);
    q.form = CompiledQueries::Form::Events;
    q.good = sumIncrease(*good, range);
    q.total = sumIncrease(*count, range);
    return q;
}

CompiledQueries compileClassification(const ClassificationIndicator &c, const QString &range)
{
    const QHash<QString, QString> counters{{QStringLiteral("tp"), c.tp},
                                           {QStringLiteral("fp"), c.fp},
                                           {QStringLiteral("fn"), c.fn},
                                           {QStringLiteral("tn"), c.tn}};
    for (const QString &name : requiredCounters(c.measure)) {
        if (counters.value(name).trimmed().isEmpty()) {
            return notCompilable(
                Tr::tr("classification measure '%1' needs the '%2' counter").arg(toString(c.measure), name));
        }
    }
    const QString tp = sumIncrease(c.tp, range);
    CompiledQueries q;
    q.form = CompiledQueries::Form::Events;
    switch (c.measure) {
    case ClassificationMeasure::Precision:
        q.good = tp;
        q.total = tp + QStringLiteral(" + ") + sumIncrease(c.fp, range);
        break;
    case ClassificationMeasure::Recall:
        q.good = tp;
        q.total = tp + QStringLiteral(" + ") + sumIncrease(c.fn, range);
        break;
    case ClassificationMeasure::F1:
        q.good = QStringLiteral("2 * ") + tp;
        q.total = QStringLiteral("2 * ") + tp + QStringLiteral(" + ") + sumIncrease(c.fp, range) +
                  QStringLiteral(" + ") + sumIncrease(c.fn, range);
        break;
    case ClassificationMeasure::Accuracy: {
        const QString tn = sumIncrease(c.tn, range);
        q.good = tp + QStringLiteral(" + ") + tn;
        q.total = tp + QStringLiteral(" + ") + sumIncrease(c.fp, range) + QStringLiteral(" + ") +
                  sumIncrease(c.fn, range) + QStringLiteral(" + ") + tn;
        break;
    }
    }
    return q;
}

CompiledQueries compileQuery(const QueryIndicator &query, const QString &range)
{
    CompiledQueries q;
    if ((!query.good.isEmpty() || !query.bad.isEmpty()) && !query.total.isEmpty()) {
        q.form = CompiledQueries::Form::Events;
        if (!query.good.isEmpty())
            q.good = substituteWindow(query.good, range);
        else
            q.bad = substituteWindow(query.bad, range);
        q.total = substituteWindow(query.total, range);
    } else if (!query.errorRatio.isEmpty()) {
        q.form = CompiledQueries::Form::ErrorRatio;
        q.errorRatio = substituteWindow(query.errorRatio, range);
    } else if (!query.value.isEmpty()) {
        q.form = CompiledQueries::Form::Value;
        q.value = substituteWindow(query.value, range);
        q.op = query.op;
        q.threshold = query.threshold;
    } else {
        return notCompilable(Tr::tr("the query indicator needs good or bad and total, errorRatio, or value"));
    }
    return q;
}
} // namespace

QString rangeText(Duration range)
{
    return range.toString();
}

QString leRegex(double threshold)
{
    if (std::isnan(threshold))
        return QStringLiteral("NaN");
    if (std::isinf(threshold))
        return threshold > 0 ? QStringLiteral("[+]Inf") : QStringLiteral("-Inf");
    const QString sign = threshold < 0 ? QStringLiteral("-") : QString();
    const double magnitude = std::fabs(threshold);
    QString out = sign + mantissaRegex(QString::number(magnitude, 'f', QLocale::FloatingPointShortest));
    // Go's strconv 'g' (client_golang) switches to an exponent from 1e+06 and below 1e-04;
    // Java's Double.toString below 1e-03 and from 1e+07. Matching both covers the clients.
    if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e6)) {
        const QString e = QString::number(magnitude, 'e', QLocale::FloatingPointShortest);
        const qsizetype at = e.indexOf(u'e');
        const int exponent = e.mid(at + 1).toInt();
        out += u'|' + sign + mantissaRegex(e.left(at)) +
               (exponent < 0 ? QStringLiteral("[eE]-0*") : QStringLiteral("[eE][+]?0*")) +
               QString::number(std::abs(exponent));
    }
    return out;
}

std::optional<QString> withMatcher(const QString &selector, const QString &matcher, QString *error)
{
    auto parts = splitSelector(selector, error);
    if (!parts)
        return std::nullopt;
    QString body = parts->body;
    while (!body.isEmpty() && body.back().isSpace())
        body.chop(1);
    if (!body.trimmed().isEmpty() && !body.endsWith(u','))
        body += u',';
    else if (body.trimmed().isEmpty())
        body.clear();
    parts->body = body + matcher;
    parts->hasBraces = true;
    return parts->join();
}

std::optional<QString> withNameSuffix(const QString &selector, const QString &suffix, QString *error)
{
    return transformName(
        selector, [&suffix](const QString &name) { return name + suffix; }, error);
}

QString sumIncrease(const QString &selector, const QString &range)
{
    return QStringLiteral("sum(increase(%1[%2]))").arg(selector.trimmed(), range);
}

QString substituteWindow(const QString &query, const QString &range)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*\.?window\s*\}\})"));
    QString out = query;
    return out.replace(placeholder, range);
}

CompiledQueries compile(const Objective &objective, const QString &range)
{
    const Indicator &ind = objective.indicator;
    switch (ind.kind) {
    case IndicatorKind::Ratio: {
        CompiledQueries q;
        q.form = CompiledQueries::Form::Events;
        if (!ind.ratio.good.isEmpty())
            q.good = sumIncrease(ind.ratio.good, range);
        else
            q.bad = sumIncrease(ind.ratio.bad, range);
        q.total = sumIncrease(ind.ratio.total, range);
        return q;
    }
    case IndicatorKind::Latency:
        return compileLatency(ind.latency, range);
    case IndicatorKind::Classification:
        return compileClassification(ind.classification, range);
    case IndicatorKind::Drift: {
        CompiledQueries q =
            notCompilable(Tr::tr("drift is computed locally from histogram bucket increases, not by one query; "
                                 "use the bucket-increase query instead"));
        QString error;
        if (const auto bucket = histogramSeries(ind.drift.histogram, QStringLiteral("_bucket"), &error))
            q.bucketIncrease = QStringLiteral("sum by (le) (increase(%1[%2]))").arg(*bucket, range);
        else
            q.reason += QStringLiteral("; ") + error;
        return q;
    }
    case IndicatorKind::Threshold: {
        CompiledQueries q;
        q.form = CompiledQueries::Form::Value;
        q.value = QStringLiteral("%1(%2[%3])")
                      .arg(overTimeFunction(ind.threshold.aggregate), ind.threshold.metric.trimmed(), range);
        q.op = ind.threshold.op;
        q.threshold = ind.threshold.value;
        return q;
    }
    case IndicatorKind::Query:
        return compileQuery(ind.query, range);
    }
    return notCompilable(Tr::tr("unknown indicator kind"));
}

CompiledQueries compile(const Objective &objective, Duration range)
{
    CompiledQueries queries = compile(objective, rangeText(range));
    qCDebug(lcQuery, "objective %s over %s: %s", qPrintable(objective.name), qPrintable(rangeText(range)),
            queries.isCompilable() ? "compiled" : qPrintable(queries.reason));
    return queries;
}

QString errorRatio(const CompiledQueries &queries, QString *why)
{
    switch (queries.form) {
    case CompiledQueries::Form::Events:
        if (!queries.good.isEmpty())
            return QStringLiteral("1 - ") + operand(queries.good) + QStringLiteral(" / ") + operand(queries.total);
        return operand(queries.bad) + QStringLiteral(" / ") + operand(queries.total);
    case CompiledQueries::Form::ErrorRatio:
        return queries.errorRatio;
    case CompiledQueries::Form::Value:
        if (why)
            *why = Tr::tr("a value indicator's error ratio is the share of bad time slices, not one query");
        return {};
    case CompiledQueries::Form::NotCompilable:
        if (why)
            *why = queries.reason;
        return {};
    }
    return {};
}

QString errorRatio(const Objective &objective, const QString &range, QString *why)
{
    return errorRatio(compile(objective, range), why);
}

QString burnRate(const Objective &objective, const QString &range, QString *why)
{
    const QString ratio = errorRatio(objective, range, why);
    if (ratio.isEmpty())
        return {};
    return operand(ratio) + QStringLiteral(" / (1 - ") + Yaml::formatNumber(objective.target) + u')';
}

QString burnRate(const Objective &objective, Duration range, QString *why)
{
    return burnRate(objective, rangeText(range), why);
}

} // namespace Sla::Core::QueryCompiler
