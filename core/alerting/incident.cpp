// SPDX-License-Identifier: Apache-2.0
#include "incident.h"

#include "core/document/tr.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <tuple>

namespace Sla::Core::Alerting {

namespace Tr = TrContext::AlertEngine;

namespace {

const QString StepKey = QStringLiteral("step");
const QString DoneKey = QStringLiteral("done");
const QString IncidentKey = QStringLiteral("incident");

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString csvField(const QString &s)
{
    // Quote every field; a leading =, +, - or @ is prefixed with ' so that a spreadsheet
    // never runs a formula from a server's text.
    QString v = s;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString pct(const std::optional<double> &v)
{
    return v ? QLocale::c().toString(*v * 100.0, 'f', 3) + QStringLiteral(" %") : Tr::tr("unknown");
}

/// One line of the post-mortem timeline for `e`.
QString timelineLine(const HistoryEvent &e)
{
    const QString who = e.actor.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.actor);
    switch (e.type) {
    case HistoryEvent::Type::Transition:
        return Tr::tr("%1 → %2 (%3 %4, threshold %5)")
            .arg(e.data.value(QStringLiteral("from")).toString(), e.data.value(QStringLiteral("to")).toString(),
                 e.key.rule, e.data.value(QStringLiteral("value")).toVariant().toString(),
                 e.data.value(QStringLiteral("threshold")).toVariant().toString());
    case HistoryEvent::Type::Acknowledged:
        return Tr::tr("Acknowledged%1: %2").arg(who, e.text);
    case HistoryEvent::Type::Silenced:
        return Tr::tr("Silenced%1 until %2: %3").arg(who, e.data.value(QStringLiteral("until")).toString(), e.text);
    case HistoryEvent::Type::Unsilenced:
        return Tr::tr("Silence ended%1").arg(who);
    case HistoryEvent::Type::NotificationSent:
        return Tr::tr("Notification sent (%1)").arg(e.data.value(QStringLiteral("target")).toString());
    case HistoryEvent::Type::NotificationFailed:
        return Tr::tr("Notification failed (%1): %2").arg(e.data.value(QStringLiteral("target")).toString(), e.text);
    case HistoryEvent::Type::Escalated:
        return Tr::tr("Escalated: not acknowledged in time");
    case HistoryEvent::Type::RemediationRun:
        return e.text.isEmpty()
                   ? Tr::tr("Remediation run%1: HTTP %2").arg(who).arg(e.data.value(QStringLiteral("status")).toInt())
                   : Tr::tr("Remediation run%1 failed: %2").arg(who, e.text);
    case HistoryEvent::Type::ChecklistTicked:
        return (e.data.value(DoneKey).toBool(true) ? Tr::tr("Checklist: %1 done%2") : Tr::tr("Checklist: %1 undone%2"))
            .arg(checklistLabel(e.data.value(StepKey).toString()), who);
    case HistoryEvent::Type::Note:
        break;
    }
    return Tr::tr("Note%1: %2").arg(who, e.text);
}

} // namespace

QStringList checklistSteps()
{
    return {QStringLiteral("triage"), QStringLiteral("communicate"), QStringLiteral("remediate"),
            QStringLiteral("validate")};
}

QString checklistLabel(const QString &step)
{
    if (step == QLatin1String("triage"))
        return Tr::tr("Triage: confirm the breach and its impact");
    if (step == QLatin1String("communicate"))
        return Tr::tr("Communicate: tell stakeholders and customers");
    if (step == QLatin1String("remediate"))
        return Tr::tr("Remediate: roll back, fall back or retrain");
    if (step == QLatin1String("validate"))
        return Tr::tr("Validate: the SLI is back within target");
    return step;
}

HistoryEvent checklistEvent(const AlertKey &key, AlertSeverity severity, const QString &step, bool done,
                            const QString &by, const QDateTime &at, const QDateTime &incidentStart)
{
    HistoryEvent e;
    e.at = at;
    e.type = HistoryEvent::Type::ChecklistTicked;
    e.key = key;
    e.severity = severity;
    e.actor = by;
    e.data.insert(StepKey, step);
    e.data.insert(DoneKey, done);
    e.data.insert(IncidentKey, iso(incidentStart));
    return e;
}

QList<ChecklistTick> checklistOf(const QList<HistoryEvent> &events, const AlertKey &key, const QDateTime &since)
{
    QList<ChecklistTick> ticks;
    const QString incident = iso(since);
    for (const HistoryEvent &e : events) {
        if (e.type != HistoryEvent::Type::ChecklistTicked || !(e.key == key) ||
            e.data.value(IncidentKey).toString() != incident)
            continue;
        const QString step = e.data.value(StepKey).toString();
        ticks.removeIf([&](const ChecklistTick &t) { return t.step == step; });
        ticks.append(ChecklistTick{step, e.actor, e.at, e.data.value(DoneKey).toBool(true)});
    }
    return ticks;
}

bool HistoryFilter::matches(const HistoryEvent &e) const
{
    if (!sla.isEmpty() && e.key.sla != sla)
        return false;
    if (severity && e.severity != *severity)
        return false;
    if (from.isValid() && e.at < from)
        return false;
    if (to.isValid() && e.at >= to)
        return false;
    if (text.isEmpty())
        return true;
    const QString hay = e.key.fingerprint() + QLatin1Char(' ') + e.actor + QLatin1Char(' ') + e.text +
                        QLatin1Char(' ') + eventTypeName(e.type) + QLatin1Char(' ') +
                        QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact));
    return hay.contains(text, Qt::CaseInsensitive);
}

QByteArray historyCsv(const QList<HistoryEvent> &events)
{
    QStringList lines{QStringLiteral("at,type,sla,objective,rule,severity,actor,text,details")};
    for (const HistoryEvent &e : events) {
        const QStringList fields{
            iso(e.at),
            eventTypeName(e.type),
            e.key.sla,
            e.key.objective,
            e.key.rule,
            toString(e.severity),
            e.actor,
            e.text,
            e.data.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact))};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        lines << quoted.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QDateTime incidentStart(const QList<HistoryEvent> &events, const AlertKey &key, const QDateTime &at)
{
    QDateTime start;
    for (const HistoryEvent &e : events) {
        if (e.type != HistoryEvent::Type::Transition || !(e.key == key) || e.at > at)
            continue;
        const QString to = e.data.value(QStringLiteral("to")).toString();
        const QString from = e.data.value(QStringLiteral("from")).toString();
        if (to == QLatin1String("firing") && from != QLatin1String("firing"))
            start = e.at;
    }
    return start;
}

QList<FiringSpan> firingSpans(const QList<HistoryEvent> &events, const QString &sla, const QString &objective)
{
    QList<const HistoryEvent *> transitions;
    for (const HistoryEvent &e : events) {
        if (e.type == HistoryEvent::Type::Transition && (sla.isEmpty() || e.key.sla == sla) &&
            (objective.isEmpty() || e.key.objective == objective))
            transitions << &e;
    }
    std::stable_sort(transitions.begin(), transitions.end(), [](const HistoryEvent *a, const HistoryEvent *b) {
        return std::tie(a->at, a->id) < std::tie(b->at, b->id);
    });
    QList<FiringSpan> spans;
    QHash<QString, qsizetype> open; // fingerprint -> index in spans
    for (const HistoryEvent *e : std::as_const(transitions)) {
        const bool firing = e->data.value(QStringLiteral("to")).toString() == QLatin1String("firing");
        const QString id = e->key.fingerprint();
        const auto it = open.constFind(id);
        if (firing && it == open.constEnd()) {
            open.insert(id, spans.size());
            spans.append(FiringSpan{e->key, e->severity, e->at, QDateTime()});
        } else if (!firing && it != open.constEnd()) {
            spans[*it].end = e->at;
            open.erase(it);
        }
    }
    return spans;
}

QString postMortemMarkdown(const IncidentContext &c, const QList<HistoryEvent> &events, const QDateTime &now)
{
    const Alert &a = c.alert;
    const QDateTime start = incidentStart(events, a.key, now);
    const QDateTime begin =
        a.activeSince.isValid() && (!start.isValid() || a.activeSince < start) ? a.activeSince : start;
    const QDateTime end = a.state == AlertState::Resolved ? a.resolvedAt : QDateTime();
    QStringList md;
    md << Tr::tr("# Post-mortem (draft): %1 — %2").arg(c.slaTitle.isEmpty() ? a.key.sla : c.slaTitle, a.key.objective)
       << QString() << Tr::tr("*Blameless: this describes what happened and what we learn, not who is at fault.*")
       << QString() << Tr::tr("## Summary") << QString()
       << Tr::tr("- Alert: `%1` (%2, tier %3)").arg(a.key.fingerprint(), toString(a.severity), a.tier)
       << Tr::tr("- Started: %1").arg(iso(start.isValid() ? start : begin))
       << Tr::tr("- Ended: %1").arg(end.isValid() ? iso(end) : Tr::tr("ongoing at %1").arg(iso(now)))
       << Tr::tr("- Runbook: %1").arg(a.runbookUrl.isEmpty() ? Tr::tr("none") : a.runbookUrl) << QString()
       << Tr::tr("## Impact") << QString() << Tr::tr("| Figure | Before | Now |") << QStringLiteral("|---|---|---|")
       << Tr::tr("| SLI | %1 | %2 |").arg(pct(c.sliBefore), pct(c.sliNow))
       << Tr::tr("| Error budget left | %1 | %2 |").arg(pct(c.budgetBefore), pct(a.budgetRemaining))
       << Tr::tr("| Target | %1 | %1 |").arg(pct(a.target)) << QString() << Tr::tr("## Timeline (UTC)") << QString();
    QList<std::pair<QDateTime, QString>> timeline;
    const QDateTime from = begin.isValid() ? begin : start;
    for (const HistoryEvent &e : events) {
        if (e.key == a.key && (!from.isValid() || e.at >= from) && (!end.isValid() || e.at <= end.addSecs(3600)))
            timeline.append({e.at, timelineLine(e)});
    }
    for (const Annotation &an : c.annotations) {
        if ((!from.isValid() || an.time >= from.addDays(-1)) && an.time <= (end.isValid() ? end : now))
            timeline.append({an.time, Tr::tr("Annotation: %1").arg(an.text)});
    }
    std::stable_sort(timeline.begin(), timeline.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    for (const auto &[t, line] : timeline)
        md << QStringLiteral("- %1 — %2").arg(iso(t), line);
    if (timeline.isEmpty())
        md << Tr::tr("- (nothing recorded)");
    md << QString() << Tr::tr("## Root cause") << QString() << Tr::tr("_To be written._") << QString()
       << Tr::tr("## What went well") << QString() << Tr::tr("_To be written._") << QString()
       << Tr::tr("## What went wrong") << QString() << Tr::tr("_To be written._") << QString()
       << Tr::tr("## Action items") << QString() << Tr::tr("| Action | Owner | Due |")
       << QStringLiteral("|---|---|---|") << QStringLiteral("| | | |") << QString();
    return md.join(QLatin1Char('\n'));
}

} // namespace Sla::Core::Alerting
