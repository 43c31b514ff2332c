// SPDX-License-Identifier: Apache-2.0
#pragma once

// `slactl datadog-slos SOURCE WORKSPACE [--ids ID,...] [-o FILE] [--history FROM..TO]`:
// fetches the SLOs of a Datadog DataSource and writes them as sladesk/v1 SLA documents;
// with --history it prints Datadog's own SLI and error budget for a period, to compare with
// `slactl evaluate`. An addition to the command set of DESIGN.md section 5.

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QTextStream;

namespace Sla::Core {

int runDatadogSlosCommand(const QStringList &args, QTextStream &out, QTextStream &err);

namespace DatadogSlosOutput {

/// One line of the --history table: what Datadog reports for one SLO.
struct HistoryRow
{
    QString sla; ///< the imported SLA's name; empty (shown as -) when the SLO was not imported
    QString sloId;
    std::optional<double> sli;    ///< percent, as Datadog reports it
    QMap<QString, double> budget; ///< error budget remaining by timeframe, percent
    QString state;
    QStringList errors; ///< Datadog's "TYPE: message" notes
};

/// `FROM..TO`, each RFC 3339 or Unix seconds, FROM before TO. Nothing for anything else.
std::optional<std::pair<QDateTime, QDateTime>> parsePeriod(const QString &text);

/// The compact table: SLA, SLO ID, SLI, BUDGET LEFT (`30d:12.5000%`), STATE; percentages
/// with four decimals, `-` where Datadog gives none; Datadog's notes after it.
QString historyTable(const QList<HistoryRow> &rows, const QDateTime &from, const QDateTime &to);

} // namespace DatadogSlosOutput

} // namespace Sla::Core
