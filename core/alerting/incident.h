// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the on-call console makes of the history (issue 10, README "The on-call
// console"): the breach checklist of the practice guide, history filters, the CSV export
// and the blameless post-mortem draft. Pure functions of history events.

#include "core/alerting/alert.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sla::Core::Alerting {

/// The breach-handling steps of the practice guide, in order: triage, communicate,
/// remediate, validate. The names are the `step` values of ChecklistTicked events.
QStringList checklistSteps();
/// The translated label of a step.
QString checklistLabel(const QString &step);

/// Who ticked a step of an incident, and when.
struct ChecklistTick
{
    QString step;
    QString by;
    QDateTime at;
    bool done = true; ///< false: unticked again
};
/// The checklist of the incident of `key` that began at `since` (its last state per step).
QList<ChecklistTick> checklistOf(const QList<HistoryEvent> &events, const AlertKey &key, const QDateTime &since);
HistoryEvent checklistEvent(const AlertKey &key, AlertSeverity severity, const QString &step, bool done,
                            const QString &by, const QDateTime &at, const QDateTime &incidentStart);

/// A filter over the history; empty fields match everything.
struct HistoryFilter
{
    QString sla;
    std::optional<AlertSeverity> severity;
    QDateTime from; ///< inclusive
    QDateTime to;   ///< exclusive
    QString text;   ///< case-insensitive, in key, actor, text and data
    bool matches(const HistoryEvent &event) const;
};

/// One line per event: at, type, sla, objective, rule, severity, actor, text, details
/// (the data as compact JSON). RFC 4180 quoting, header first.
QByteArray historyCsv(const QList<HistoryEvent> &events);

/// The first firing transition of the episode that contains `at` (or ended last before
/// it); invalid when the alert never fired.
QDateTime incidentStart(const QList<HistoryEvent> &events, const AlertKey &key, const QDateTime &at);

/// A firing episode of one alert: from its transition into firing to its transition out
/// of it; `end` is invalid while it still fires.
struct FiringSpan
{
    AlertKey key;
    AlertSeverity severity = AlertSeverity::Page;
    QDateTime start;
    QDateTime end;
    bool operator==(const FiringSpan &) const = default;
};

/// The firing episodes in `events` (any order) of SLA `sla` (empty: every SLA) and, when
/// not empty, `objective`, oldest first: what the detail charts mark.
QList<FiringSpan> firingSpans(const QList<HistoryEvent> &events, const QString &sla, const QString &objective = {});

/// Inputs of a post-mortem draft beyond the history.
struct IncidentContext
{
    Alert alert;                     ///< the alert as it is now
    QString slaTitle;                ///< display name of the SLA
    QList<Annotation> annotations;   ///< the workspace's annotations of the SLA
    std::optional<double> sliBefore; ///< the objective's SLI when the incident began, if known
    std::optional<double> budgetBefore;
    std::optional<double> sliNow; ///< the objective's SLI over its window now
};
/// A blameless post-mortem draft in Markdown: summary, impact, timeline (transitions,
/// acknowledgements, silences, escalations, notifications, remediation runs, checklist
/// ticks and annotations within the incident, in order), figures before and after, and
/// the sections a team fills in. Times in UTC, ISO 8601.
QString postMortemMarkdown(const IncidentContext &context, const QList<HistoryEvent> &events, const QDateTime &now);

} // namespace Sla::Core::Alerting
