// SPDX-License-Identifier: Apache-2.0
#include "explanation.h"

#include "core/document/tr.h"
#include "core/engine/budget.h"

#include <QJsonArray>
#include <QTimeZone>

#include <cmath>

namespace Tr = Sla::Core::TrContext::Explanation;

namespace Sla::Core::Explain {

namespace {

using Step = Explanation::Step;
using Value = std::optional<double>;

/// `a op b` when both are there.
Value combine(Value a, Value b, double (*op)(double, double))
{
    return a && b ? Value(op(*a, *b)) : std::nullopt;
}

/// The formula's numbers, or nothing when one of them is missing.
QString numbers(const QString &pattern, std::initializer_list<Value> values)
{
    QString text = pattern;
    for (const Value &v : values) {
        if (!v)
            return {};
        text = text.arg(formatNumber(v));
    }
    return text;
}

Step input(const QString &name, const QString &label, Value value, const QString &formula = {})
{
    return {name, label, formula, {}, value};
}

/// The corrected and raw events, and what the corrections left out.
void eventSteps(QList<Step> &out, const ObjectiveResult &r, bool corrected)
{
    const QString note = corrected ? Tr::tr("over the window, less the events inside the corrections") : QString();
    out << input(QStringLiteral("good"), Tr::tr("good events"), r.good, note);
    out << input(QStringLiteral("total"), Tr::tr("total events"), r.total, note);
    if (!r.raw)
        return;
    out << input(QStringLiteral("rawGood"), Tr::tr("good events without corrections"), r.raw->good);
    out << input(QStringLiteral("rawTotal"), Tr::tr("total events without corrections"), r.raw->total);
    const Value left = combine(r.raw->total, r.total, [](double a, double b) { return a - b; });
    out << Step{QStringLiteral("correctedEvents"), Tr::tr("events left out by corrections"),
                Tr::tr("total without corrections - total"),
                numbers(QStringLiteral("%1 - %2"), {r.raw->total, r.total}), left};
}

QList<Step> occurrenceSteps(const ObjectivePlan &plan, const ObjectiveResult &r)
{
    QList<Step> out;
    const double target = r.target;
    out << input(QStringLiteral("target"), Tr::tr("target"), target);
    eventSteps(out, r, !plan.corrections.empty());
    const Value bad = combine(r.total, r.good, [](double t, double g) { return t - g; });
    const Value allowed = r.total ? Value((1 - target) * *r.total) : std::nullopt;
    out << Step{QStringLiteral("bad"), Tr::tr("bad events"), Tr::tr("total - good"),
                numbers(QStringLiteral("%1 - %2"), {r.total, r.good}), bad};
    out << Step{QStringLiteral("allowedBad"), Tr::tr("allowed bad events"), Tr::tr("(1 - target) × total"),
                numbers(QStringLiteral("(1 - %1) × %2"), {target, r.total}), allowed};
    out << Step{QStringLiteral("sli"), Tr::tr("SLI"), Tr::tr("good / total"),
                numbers(QStringLiteral("%1 / %2"), {r.good, r.total}), r.sli};
    // Budget::occurrences() computes (1 - SLI) / (1 - target), which is bad / allowed.
    const QString consumed = bad && allowed ? numbers(QStringLiteral("%1 / %2"), {bad, allowed})
                                            : numbers(QStringLiteral("(1 - %1) / (1 - %2)"), {r.sli, target});
    out << Step{QStringLiteral("consumed"), Tr::tr("error budget consumed"),
                Tr::tr("bad / allowed bad = (1 - SLI) / (1 - target)"), consumed, r.consumed};
    out << Step{QStringLiteral("remaining"), Tr::tr("error budget remaining"), Tr::tr("1 - consumed"),
                numbers(QStringLiteral("1 - %1"), {r.consumed}), r.remaining};
    out << Step{QStringLiteral("remainingEvents"), Tr::tr("bad events still allowed"), Tr::tr("allowed bad - bad"),
                numbers(QStringLiteral("%1 - %2"), {allowed, bad}), r.remainingEvents};
    const Value windowSeconds = plan.range.length() > 0 ? Value(plan.range.length() / 1000.0) : std::nullopt;
    out << Step{QStringLiteral("remainingTime"), Tr::tr("budget in time (seconds)"),
                Tr::tr("bad events still allowed / (total / window length in seconds)"),
                numbers(QStringLiteral("%1 / (%2 / %3)"), {r.remainingEvents, r.total, windowSeconds}),
                r.remainingTime};
    return out;
}

QList<Step> timesliceSteps(const ObjectivePlan &plan, const ObjectiveResult &r)
{
    QList<Step> out;
    const double target = r.target;
    const bool hasData = r.goodSlices + r.badSlices > 0;
    out << input(QStringLiteral("target"), Tr::tr("target"), target);
    out << input(QStringLiteral("goodSlices"), Tr::tr("good slices"), r.goodSlices);
    out << input(QStringLiteral("badSlices"), Tr::tr("bad slices"), r.badSlices);
    out << input(QStringLiteral("gapSlices"), Tr::tr("slices without data (gaps)"), r.gapSlices);
    const int excluded = excludedSlices(plan);
    if (!plan.corrections.empty())
        out << input(QStringLiteral("excludedSlices"), Tr::tr("slices left out by corrections"), excluded,
                     Tr::tr("slices that overlap a correction interval"));
    out << input(QStringLiteral("slicesInWindow"), Tr::tr("slices in the window"), plan.slicesInWindow);
    const double counted = plan.slicesInWindow - excluded;
    const Value allowed = Value((1 - target) * counted);
    out << Step{QStringLiteral("allowedBad"), Tr::tr("allowed bad slices"),
                Tr::tr("(1 - target) × (slices in the window - slices left out)"),
                QStringLiteral("(1 - %1) × (%2 - %3)")
                    .arg(formatNumber(target), QString::number(plan.slicesInWindow), QString::number(excluded)),
                allowed};
    out << Step{QStringLiteral("sli"), Tr::tr("SLI"), Tr::tr("good slices / (good + bad slices)"),
                hasData ? QStringLiteral("%1 / (%1 + %2)").arg(r.goodSlices).arg(r.badSlices) : QString(), r.sli};
    out << Step{QStringLiteral("consumed"), Tr::tr("error budget consumed"), Tr::tr("bad slices / allowed bad slices"),
                hasData ? numbers(QStringLiteral("%1 / %2"), {double(r.badSlices), allowed}) : QString(), r.consumed};
    out << Step{QStringLiteral("remaining"), Tr::tr("error budget remaining"), Tr::tr("1 - consumed"),
                numbers(QStringLiteral("1 - %1"), {r.consumed}), r.remaining};
    out << Step{QStringLiteral("remainingEvents"), Tr::tr("bad slices still allowed"),
                Tr::tr("allowed bad slices - bad slices"),
                hasData ? numbers(QStringLiteral("%1 - %2"), {allowed, double(r.badSlices)}) : QString(),
                r.remainingEvents};
    out << Step{QStringLiteral("remainingTime"), Tr::tr("budget in time (seconds)"),
                Tr::tr("bad slices still allowed × slice length in seconds"),
                numbers(QStringLiteral("%1 × %2"), {r.remainingEvents, double(plan.sliceMs()) / 1000.0}),
                r.remainingTime};
    return out;
}

} // namespace

QString formatNumber(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return Tr::tr("not available");
    return QString::number(*value, 'g', 12);
}

QString formatTime(qint64 ms)
{
    // toUTC(): "Z" rather than "+00:00"; milliseconds only when there are any.
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toUTC()
        .toString(ms % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

int excludedSlices(const ObjectivePlan &plan)
{
    int n = 0;
    for (const TimeRange &slice : plan.slices) {
        n += std::any_of(plan.excluded.begin(), plan.excluded.end(),
                         [&slice](const TimeRange &c) { return c.start < slice.end && c.end > slice.start; });
    }
    return n;
}

QList<Explanation::Step> steps(const ObjectivePlan &plan, const ObjectiveResult &result)
{
    return plan.isTimeslices() ? timesliceSteps(plan, result) : occurrenceSteps(plan, result);
}

Explanation build(const ObjectivePlan &plan, const ObjectiveResult &result, QList<TracedRead> reads,
                  bool correctionsApplied)
{
    Explanation x;
    x.sla = plan.sla;
    x.objective = plan.objective.name;
    x.dataSource = plan.sourceName;
    x.at = QDateTime::fromMSecsSinceEpoch(plan.at, QTimeZone::utc());
    x.correctionsApplied = correctionsApplied;
    x.result = result;
    if (plan.isTimeslices()) {
        x.sliceMs = plan.sliceMs();
        x.slicesInWindow = plan.slicesInWindow;
    }
    x.corrections = plan.corrections;
    if (plan.error.isEmpty())
        x.steps = steps(plan, result);
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i) {
        if (plan.isTimeslices() && !result.burnRates[i])
            continue; // timeslice objectives have no burn rates
        x.burnRates << Explanation::BurnRate{Budget::burnRateWindowName(i), plan.at - Budget::BurnRateWindows[i],
                                             plan.at, result.burnRates[i]};
    }
    for (TracedRead &read : reads) {
        if (read.source.isEmpty())
            read.source = plan.sourceName;
    }
    x.reads = std::move(reads);
    return x;
}

namespace {

QString budgetingName(Budgeting::Method method)
{
    return method == Budgeting::Method::Timeslices ? QStringLiteral("timeslices") : QStringLiteral("occurrences");
}

QJsonValue jsonNumber(std::optional<double> v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject jsonRange(qint64 start, qint64 end)
{
    return {{QStringLiteral("start"), formatTime(start)}, {QStringLiteral("end"), formatTime(end)}};
}

QJsonObject readJson(const TracedRead &read)
{
    QJsonArray series;
    for (const TracedRead::Answer &a : read.answer) {
        QJsonArray points;
        for (const auto &[t, v] : a.points)
            points.append(QJsonArray{formatTime(t), jsonNumber(v)});
        series.append(QJsonObject{{QStringLiteral("labels"), a.series}, {QStringLiteral("points"), points}});
    }
    QJsonObject o{{QStringLiteral("kind"), kindName(read.kind)},
                  {QStringLiteral("source"), read.source},
                  {QStringLiteral("query"), read.query},
                  {QStringLiteral("series"), series},
                  {QStringLiteral("error"), jsonText(read.error)}};
    if (read.kind == TracedRead::Kind::Instant) {
        o.insert(QStringLiteral("time"), formatTime(read.end));
    } else {
        o.insert(QStringLiteral("start"), formatTime(read.start));
        o.insert(QStringLiteral("end"), formatTime(read.end));
    }
    if (read.kind == TracedRead::Kind::Range)
        o.insert(QStringLiteral("step"), double(read.stepMs) / 1000.0);
    return o;
}

QJsonArray stepsJson(const QList<Explanation::Step> &steps)
{
    QJsonArray out;
    for (const Explanation::Step &s : steps) {
        out.append(QJsonObject{{QStringLiteral("name"), s.name},
                               {QStringLiteral("label"), s.label},
                               {QStringLiteral("formula"), jsonText(s.formula)},
                               {QStringLiteral("numbers"), jsonText(s.numbers)},
                               {QStringLiteral("value"), jsonNumber(s.value)}});
    }
    return out;
}

QJsonArray correctionsJson(const std::vector<ObjectivePlan::PlannedCorrection> &corrections)
{
    QJsonArray out;
    for (const ObjectivePlan::PlannedCorrection &c : corrections) {
        QJsonArray intervals;
        for (const TimeRange &r : c.intervals)
            intervals.append(jsonRange(r.start, r.end));
        out.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("intervals"), intervals}});
    }
    return out;
}

} // namespace

QJsonObject toJson(const Explanation &x)
{
    const ObjectiveResult &r = x.result;
    QJsonArray burn;
    for (const Explanation::BurnRate &b : x.burnRates) {
        QJsonObject o = jsonRange(b.start, b.end);
        o.insert(QStringLiteral("window"), b.window);
        o.insert(QStringLiteral("value"), jsonNumber(b.value));
        burn.append(o);
    }
    QJsonArray reads;
    for (const TracedRead &read : x.reads)
        reads.append(readJson(read));
    const bool window = r.windowStart.isValid() && r.windowEnd.isValid();
    return QJsonObject{
        {QStringLiteral("sla"), x.sla},
        {QStringLiteral("objective"), x.objective},
        {QStringLiteral("dataSource"), jsonText(x.dataSource)},
        {QStringLiteral("at"), x.at.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("window"),
         window ? QJsonValue(jsonRange(r.windowStart.toMSecsSinceEpoch(), r.windowEnd.toMSecsSinceEpoch()))
                : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("budgeting"), budgetingName(r.budgeting)},
        {QStringLiteral("target"), r.target},
        {QStringLiteral("status"), Budget::statusName(r.status)},
        {QStringLiteral("sli"), jsonNumber(r.sli)},
        {QStringLiteral("errorBudget"), QJsonObject{{QStringLiteral("consumed"), jsonNumber(r.consumed)},
                                                    {QStringLiteral("remaining"), jsonNumber(r.remaining)},
                                                    {QStringLiteral("remainingEvents"), jsonNumber(r.remainingEvents)},
                                                    {QStringLiteral("remainingTime"), jsonNumber(r.remainingTime)}}},
        {QStringLiteral("correctionsApplied"), x.correctionsApplied},
        {QStringLiteral("steps"), stepsJson(x.steps)},
        {QStringLiteral("burnRates"), burn},
        {QStringLiteral("corrections"), correctionsJson(x.corrections)},
        {QStringLiteral("reads"), reads},
        {QStringLiteral("error"), jsonText(!x.error.isEmpty() ? x.error : r.error)},
    };
}

namespace {

/// Left-aligned columns, two spaces apart, each line indented by `indent`.
QString columns(const QList<QStringList> &rows, int indent = 2)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line(indent, u' ');
        for (qsizetype i = 0; i < row.size(); ++i)
            line += (i == 0 ? QString() : QStringLiteral("  ")) + row.at(i).leftJustified(widths[i]);
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    return text;
}

QString readText(const TracedRead &read)
{
    QString head;
    switch (read.kind) {
    case TracedRead::Kind::Instant:
        head = Tr::tr("instant query on %1 at %2:").arg(read.source, formatTime(read.end));
        break;
    case TracedRead::Kind::Range:
        head = Tr::tr("range query on %1 from %2 to %3, step %4 s:")
                   .arg(read.source, formatTime(read.start), formatTime(read.end))
                   .arg(double(read.stepMs) / 1000.0);
        break;
    case TracedRead::Kind::Recorded:
        head = Tr::tr("recorded selector on %1, increase from %2 to %3:")
                   .arg(read.source, formatTime(read.start), formatTime(read.end));
        break;
    }
    QString text = QStringLiteral("  ") + head + u'\n' + QStringLiteral("    ") + read.query + u'\n';
    if (!read.error.isEmpty())
        return text + QStringLiteral("    ") + Tr::tr("error: %1").arg(read.error) + u'\n';
    if (read.answer.isEmpty())
        return text + QStringLiteral("    ") + Tr::tr("answer: no series") + u'\n';
    QList<QStringList> rows;
    for (const TracedRead::Answer &a : read.answer) {
        QStringList values;
        for (const auto &[t, v] : a.points)
            values << (read.kind == TracedRead::Kind::Range
                           ? QStringLiteral("%1 @ %2").arg(formatNumber(v), formatTime(t))
                           : formatNumber(v));
        rows << QStringList{a.series, values.isEmpty() ? Tr::tr("not available") : values.join(QStringLiteral(", "))};
    }
    return text + columns(rows, 4);
}

} // namespace

QString toText(const Explanation &x)
{
    const ObjectiveResult &r = x.result;
    QString text = Tr::tr("%1 / %2 at %3").arg(x.sla, x.objective, x.at.toUTC().toString(Qt::ISODate)) + u'\n';
    if (!x.error.isEmpty())
        return text + Tr::tr("error: %1").arg(x.error) + u'\n';
    text += Tr::tr("data source: %1; budgeting: %2; status: %3")
                .arg(x.dataSource, budgetingName(r.budgeting), Budget::statusName(r.status)) +
            u'\n';
    if (r.windowStart.isValid())
        text += Tr::tr("window: %1 to %2")
                    .arg(r.windowStart.toUTC().toString(Qt::ISODate), r.windowEnd.toUTC().toString(Qt::ISODate)) +
                u'\n';
    if (!r.error.isEmpty())
        text += Tr::tr("error: %1").arg(r.error) + u'\n';
    if (!x.correctionsApplied)
        text += Tr::tr("corrections: not applied (--no-corrections)") + u'\n';
    QList<QStringList> rows;
    for (const Explanation::Step &s : x.steps) {
        QString how = s.formula;
        if (!s.numbers.isEmpty())
            how += QStringLiteral(" = ") + s.numbers;
        rows << QStringList{s.label, how.isEmpty() ? QString() : QStringLiteral("= ") + how,
                            QStringLiteral("= ") + formatNumber(s.value)};
    }
    text += u'\n' + Tr::tr("Arithmetic") + u'\n' + columns(rows);
    if (!x.corrections.empty()) {
        text += u'\n' + Tr::tr("Corrections") + u'\n';
        for (const ObjectivePlan::PlannedCorrection &c : x.corrections) {
            for (const TimeRange &i : c.intervals)
                text += QStringLiteral("  %1: %2 to %3\n").arg(c.name, formatTime(i.start), formatTime(i.end));
        }
    }
    if (!x.burnRates.isEmpty()) {
        rows.clear();
        for (const Explanation::BurnRate &b : x.burnRates)
            rows << QStringList{b.window, Tr::tr("%1 to %2").arg(formatTime(b.start), formatTime(b.end)),
                                formatNumber(b.value)};
        text += u'\n' + Tr::tr("Burn rates (error ratio over the window / (1 - target))") + u'\n' + columns(rows);
    }
    return text + u'\n' + Tr::tr("Queries and answers") + u'\n' + readsText(x.reads);
}

QString readsText(const QList<TracedRead> &reads)
{
    if (reads.isEmpty())
        return QStringLiteral("  ") + Tr::tr("none") + u'\n';
    QString text;
    for (const TracedRead &read : reads)
        text += readText(read);
    return text;
}

} // namespace Sla::Core::Explain
