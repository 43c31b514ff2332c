// SPDX-License-Identifier: Apache-2.0
#pragma once

// `slactl evaluate`, `slactl gate`, `slactl explain` and `slactl credentials` (DESIGN.md section 5), and the
// pure formatting they print (JSON, table, JUnit), kept testable without a process.

#include "core/evaluation/evaluation.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace Sla::Core {

int runEvaluateCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runGateCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runExplainCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runCredentialsCommand(const QStringList &args, QTextStream &out, QTextStream &err);

namespace EvaluateOutput {

/// RFC 3339 (`2025-01-31T00:00:00Z`, offsets allowed) or Unix seconds (`1738281600`,
/// decimals allowed). Nothing for anything else.
std::optional<QDateTime> parseTime(const QString &text);

/// The `slactl evaluate --format json` object: {"at", "slas": [{"name", "tier",
/// "objectives": [{"name", "target", "sli", "status", "errorBudget": {"consumed",
/// "remaining", "remainingEvents", "remainingTime"}, "burnRates": {"5m" ... "3d"},
/// "latest", "error", "stale", "read" (readName()), "partial", classification: "interval": [low, high], "n";
/// label delay: "provisional": {"start", "end", "sli", "n"}}]}], "warnings": [...]};
/// numbers as JSON numbers, null where there is no figure (and "error": null when none).
/// An objective a correction applied to also has "raw": {"sli", "errorBudget": {...}}
/// and "corrections": [names].
QJsonObject toJson(const EvaluationReport &report);
/// The JSON name of how an objective was read: "full", "incremental", "recording_rules".
QString readName(ObjectiveResult::ReadPath read);
/// One objective of toJson()'s "objectives" (the report's JSON embeds it as is).
QJsonObject objectiveToJson(const ObjectiveResult &objective);

/// The readable table of `slactl evaluate`.
QString toTable(const EvaluationReport &report);

} // namespace EvaluateOutput

} // namespace Sla::Core
