// SPDX-License-Identifier: Apache-2.0
#pragma once

// Builds a ComplianceReport with the evaluator: one truth. Every objective's window is
// set to the report period (a rolling window of the period's length) and the workspace is
// evaluated at the period's end, exactly as `slactl evaluate --at END` evaluates a
// workspace whose windows have that length; the chart series, the previous period and the
// calendar months come from the same evaluator and back-ends.
//
// buildReport() is synchronous: it waits on the evaluator's futures with a local event
// loop, so it runs on any thread that may spin one (the CLI's main thread, or a worker
// QThread of the GUI; never the GUI thread itself).

#include "core/document/model.h"
#include "core/evaluation/evaluator.h"
#include "core/report/compliancereport.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace Sla::Core::Report {

/// `2025-06` (a calendar month) or `2025-Q2` (a quarter) in `zone`; nothing with `*error`
/// set for anything else.
std::optional<Period> parsePeriod(const QString &spec, const QTimeZone &zone, QString *error);
/// [from, to) as a period; the label shows both ends in `zone`.
Period periodBetween(const QDateTime &from, const QDateTime &to, const QTimeZone &zone);
/// The calendar months of `zone` overlapping the period, clipped to it.
QList<std::pair<QDateTime, QDateTime>> monthsIn(const Period &period, const QTimeZone &zone);

struct ReportRequest
{
    Workspace workspace;
    EvaluatorOptions options; ///< alignTo is set to the period's end when invalid
    QString workspaceLabel;
    Period period;
    QStringList slas;    ///< empty: every SLA
    QString historyFile; ///< an alert history (SQLite) to read, empty: none
};

struct ReportCallbacks
{
    /// Progress: steps done of total, and what is under way.
    std::function<void(int done, int total, const QString &what)> progress;
    /// Polled between steps: true stops the build (buildReport() returns nothing).
    std::function<bool()> cancelled;
};

/// The workspace with every objective's window set to a rolling window of `lengthMs`
/// (what the report evaluates; `slactl evaluate` on it gives the same figures).
Workspace withWindow(const Workspace &workspace, qint64 lengthMs);

/// Builds the report; nothing with `*error` set when it cannot (unknown SLA, a failed
/// evaluation, an unreadable history, cancelled).
std::optional<ComplianceReport> buildReport(const ReportRequest &request, const ReportCallbacks &callbacks,
                                            QString *error);

/// The credit the schedule gives for `sli` when an objective missed `target`: the row
/// with the largest credit whose `below` is above the SLI.
Credit creditFor(const Contract &contract, double sli, double target);

} // namespace Sla::Core::Report
