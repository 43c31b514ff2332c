// SPDX-License-Identifier: Apache-2.0
#include "core/cli/reportoutput.h"

#include "core/cli/evaluatecommands.h"

#include <QJsonArray>

#include <cmath>

namespace Sla::Core::Report {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString num(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? QString::number(*v, 'g', 12) : QString();
}

QJsonValue jsonNumber(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonTime(const std::optional<QDateTime> &t)
{
    return t && t->isValid() ? QJsonValue(iso(*t)) : QJsonValue(QJsonValue::Null);
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QStringList approvers(const ObjectiveFigures &o)
{
    QStringList out;
    for (const CorrectionApplied &c : o.corrections)
        out << c.approvedBy;
    return out;
}

QStringList correctionNames(const ObjectiveFigures &o)
{
    QStringList out;
    for (const CorrectionApplied &c : o.corrections)
        out << c.name;
    return out;
}

/// The CSV row of an objective over the report period (csvColumns() order).
QStringList periodRow(const ComplianceReport &report, const SlaFigures &s, const ObjectiveFigures &o)
{
    const ObjectiveResult &r = o.result;
    const bool hasInterval = r.interval.has_value();
    return {report.period.label,
            iso(report.period.from),
            iso(report.period.to),
            report.period.timeZone,
            QStringLiteral("period"),
            QString(),
            s.name,
            s.tier,
            r.name,
            o.kind,
            o.budgeting,
            num(r.target),
            Budget::statusName(r.status),
            num(r.sli),
            r.raw ? num(r.raw->sli) : QString(),
            num(r.consumed),
            r.raw ? num(r.raw->consumed) : QString(),
            num(r.remaining),
            num(o.consumedEvents),
            num(o.consumedTime),
            num(r.remainingEvents),
            num(r.remainingTime),
            num(r.good),
            num(r.total),
            QString::number(o.breaches.size()),
            QString::number(o.breachMs / 1000),
            o.worstDay ? iso(*o.worstDay) : QString(),
            num(o.worstDaySli),
            num(r.sampleSize),
            hasInterval ? num(r.interval->first) : QString(),
            hasInterval ? num(r.interval->second) : QString(),
            num(o.drift),
            r.provisional ? QStringLiteral("true") : QStringLiteral("false"),
            correctionNames(o).join(QLatin1Char(';')),
            approvers(o).join(QLatin1Char(';')),
            o.credit.row >= 0 ? QString::number(o.credit.row + 1) : QString(),
            o.credit.row >= 0 ? num(o.credit.below) : QString(),
            num(o.credit.credit),
            num(o.withinTarget),
            num(o.previousSli),
            num(o.previousConsumed)};
}

QStringList monthRow(const ComplianceReport &report, const SlaFigures &s, const ObjectiveFigures &o,
                     const HistoryRow &h)
{
    QStringList row(csvColumns().size());
    const QStringList filled = {h.label,
                                iso(h.from),
                                iso(h.to),
                                report.period.timeZone,
                                QStringLiteral("month"),
                                h.partial ? QStringLiteral("true") : QStringLiteral("false"),
                                s.name,
                                s.tier,
                                o.result.name,
                                o.kind,
                                o.budgeting,
                                num(o.result.target),
                                Budget::statusName(h.status),
                                num(h.sli),
                                QString(),
                                num(h.consumed)};
    for (int i = 0; i < filled.size(); ++i)
        row[i] = filled.at(i);
    return row;
}

QJsonArray breachesJson(const ObjectiveFigures &o)
{
    QJsonArray out;
    for (const Breach &b : o.breaches) {
        out.append(QJsonObject{{QStringLiteral("start"), iso(b.start)},
                               {QStringLiteral("end"), iso(b.end)},
                               {QStringLiteral("durationSeconds"), double(b.durationMs) / 1000.0},
                               {QStringLiteral("severity"), b.severity.isEmpty() ? QJsonValue() : b.severity},
                               {QStringLiteral("alert"), b.alert.isEmpty() ? QJsonValue() : b.alert},
                               {QStringLiteral("ackBy"), b.ackBy.isEmpty() ? QJsonValue() : b.ackBy},
                               {QStringLiteral("ackAt"), jsonTime(b.ackAt)},
                               {QStringLiteral("ackNote"), b.ackNote.isEmpty() ? QJsonValue() : b.ackNote}});
    }
    return out;
}

QJsonArray correctionsJson(const ObjectiveFigures &o)
{
    QJsonArray out;
    for (const CorrectionApplied &c : o.corrections) {
        QJsonArray periods;
        for (const auto &[from, to] : c.periods)
            periods.append(QJsonArray{iso(from), iso(to)});
        out.append(QJsonObject{{QStringLiteral("name"), c.name},
                               {QStringLiteral("category"), c.category},
                               {QStringLiteral("description"), c.description},
                               {QStringLiteral("approvedBy"), c.approvedBy},
                               {QStringLiteral("periods"), periods}});
    }
    return out;
}

QJsonArray historyJson(const ObjectiveFigures &o)
{
    QJsonArray out;
    for (const HistoryRow &h : o.history) {
        out.append(QJsonObject{{QStringLiteral("label"), h.label},
                               {QStringLiteral("from"), iso(h.from)},
                               {QStringLiteral("to"), iso(h.to)},
                               {QStringLiteral("partial"), h.partial},
                               {QStringLiteral("sli"), jsonNumber(h.sli)},
                               {QStringLiteral("consumed"), jsonNumber(h.consumed)},
                               {QStringLiteral("status"), Budget::statusName(h.status)}});
    }
    return out;
}

QJsonObject objectiveJson(const ObjectiveFigures &o)
{
    const Credit &c = o.credit;
    return QJsonObject{
        {QStringLiteral("name"), o.result.name},
        {QStringLiteral("kind"), o.kind},
        {QStringLiteral("budgeting"), o.budgeting},
        {QStringLiteral("evaluation"), EvaluateOutput::objectiveToJson(o.result)},
        {QStringLiteral("budgetConsumed"), QJsonObject{{QStringLiteral("fraction"), jsonNumber(o.result.consumed)},
                                                       {QStringLiteral("events"), jsonNumber(o.consumedEvents)},
                                                       {QStringLiteral("seconds"), jsonNumber(o.consumedTime)}}},
        {QStringLiteral("breaches"), breachesJson(o)},
        {QStringLiteral("breachSeconds"), double(o.breachMs) / 1000.0},
        {QStringLiteral("worstDay"), QJsonObject{{QStringLiteral("start"), jsonTime(o.worstDay)},
                                                 {QStringLiteral("sli"), jsonNumber(o.worstDaySli)}}},
        {QStringLiteral("drift"), jsonNumber(o.drift)},
        {QStringLiteral("withinTarget"), jsonNumber(o.withinTarget)},
        {QStringLiteral("corrections"), correctionsJson(o)},
        {QStringLiteral("credit"),
         QJsonObject{{QStringLiteral("applies"), c.applies},
                     {QStringLiteral("sli"), c.applies ? QJsonValue(c.sli) : QJsonValue()},
                     {QStringLiteral("row"), c.row >= 0 ? QJsonValue(c.row + 1) : QJsonValue()},
                     {QStringLiteral("below"), c.row >= 0 ? QJsonValue(c.below) : QJsonValue()},
                     {QStringLiteral("credit"), c.credit},
                     {QStringLiteral("contractPeriod"), c.contractPeriod},
                     {QStringLiteral("matchesContractPeriod"), c.matchesContractPeriod}}},
        {QStringLiteral("previous"), QJsonObject{{QStringLiteral("sli"), jsonNumber(o.previousSli)},
                                                 {QStringLiteral("consumed"), jsonNumber(o.previousConsumed)}}},
        {QStringLiteral("history"), historyJson(o)},
    };
}

QJsonObject slaJson(const SlaFigures &s)
{
    QJsonArray objectives;
    for (const ObjectiveFigures &o : s.objectives)
        objectives.append(objectiveJson(o));
    QJsonArray runs;
    for (const RemediationRun &r : s.remediations) {
        runs.append(QJsonObject{{QStringLiteral("at"), iso(r.at)},
                                {QStringLiteral("objective"), r.objective},
                                {QStringLiteral("actor"), r.actor},
                                {QStringLiteral("status"), r.status},
                                {QStringLiteral("url"), r.url},
                                {QStringLiteral("error"), r.error}});
    }
    return QJsonObject{{QStringLiteral("name"), s.name},           {QStringLiteral("displayName"), s.displayName},
                       {QStringLiteral("tier"), s.tier},           {QStringLiteral("owner"), s.owner},
                       {QStringLiteral("weight"), s.weight},       {QStringLiteral("creditOwed"), s.creditOwed},
                       {QStringLiteral("objectives"), objectives}, {QStringLiteral("remediationRuns"), runs}};
}

} // namespace

QStringList csvColumns()
{
    return {QStringLiteral("period"),
            QStringLiteral("start"),
            QStringLiteral("end"),
            QStringLiteral("time_zone"),
            QStringLiteral("row"),
            QStringLiteral("partial_month"),
            QStringLiteral("sla"),
            QStringLiteral("tier"),
            QStringLiteral("objective"),
            QStringLiteral("kind"),
            QStringLiteral("budgeting"),
            QStringLiteral("target"),
            QStringLiteral("status"),
            QStringLiteral("sli"),
            QStringLiteral("raw_sli"),
            QStringLiteral("budget_consumed"),
            QStringLiteral("raw_budget_consumed"),
            QStringLiteral("budget_remaining"),
            QStringLiteral("consumed_events"),
            QStringLiteral("consumed_seconds"),
            QStringLiteral("remaining_events"),
            QStringLiteral("remaining_seconds"),
            QStringLiteral("good"),
            QStringLiteral("total"),
            QStringLiteral("breaches"),
            QStringLiteral("breach_seconds"),
            QStringLiteral("worst_day"),
            QStringLiteral("worst_day_sli"),
            QStringLiteral("n"),
            QStringLiteral("interval_low"),
            QStringLiteral("interval_high"),
            QStringLiteral("drift"),
            QStringLiteral("provisional"),
            QStringLiteral("corrections"),
            QStringLiteral("approved_by"),
            QStringLiteral("credit_row"),
            QStringLiteral("credit_below"),
            QStringLiteral("credit"),
            QStringLiteral("within_target"),
            QStringLiteral("previous_sli"),
            QStringLiteral("previous_budget_consumed")};
}

QByteArray toCsv(const ComplianceReport &report)
{
    QList<QStringList> rows{csvColumns()};
    for (const SlaFigures &s : report.slas) {
        for (const ObjectiveFigures &o : s.objectives)
            rows << periodRow(report, s, o);
    }
    for (const SlaFigures &s : report.slas) {
        for (const ObjectiveFigures &o : s.objectives) {
            for (const HistoryRow &h : o.history)
                rows << monthRow(report, s, o, h);
        }
    }
    QByteArray out;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &f : row)
            fields << csvField(f);
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

QJsonObject toJson(const ComplianceReport &report)
{
    QJsonArray slas;
    for (const SlaFigures &s : report.slas)
        slas.append(slaJson(s));
    QJsonArray tiers;
    for (const TierSummary &t : report.tiers) {
        tiers.append(QJsonObject{{QStringLiteral("tier"), t.tier},
                                 {QStringLiteral("met"), t.met},
                                 {QStringLiteral("atRisk"), t.atRisk},
                                 {QStringLiteral("breached"), t.breached},
                                 {QStringLiteral("insufficientData"), t.insufficientData},
                                 {QStringLiteral("noData"), t.noData},
                                 {QStringLiteral("score"), jsonNumber(t.score)}});
    }
    QJsonArray changes;
    for (const Change &c : report.changes) {
        changes.append(QJsonObject{{QStringLiteral("sla"), c.sla},
                                   {QStringLiteral("objective"), c.objective},
                                   {QStringLiteral("previousConsumed"), c.previous},
                                   {QStringLiteral("consumed"), c.current}});
    }
    return QJsonObject{
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("label"), report.period.label},
                                               {QStringLiteral("from"), iso(report.period.from)},
                                               {QStringLiteral("to"), iso(report.period.to)},
                                               {QStringLiteral("timeZone"), report.period.timeZone}}},
        {QStringLiteral("workspace"), report.workspace},
        {QStringLiteral("generated"), iso(report.generated)},
        {QStringLiteral("at"), iso(report.evaluatedAt)},
        {QStringLiteral("history"), report.historyFile.isEmpty() ? QJsonValue() : report.historyFile},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("tiers"), tiers},
                                                {QStringLiteral("score"), jsonNumber(report.overallScore)},
                                                {QStringLiteral("changes"), changes}}},
        {QStringLiteral("slas"), slas},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
    };
}

} // namespace Sla::Core::Report
