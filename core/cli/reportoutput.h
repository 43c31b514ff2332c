// SPDX-License-Identifier: Apache-2.0
#pragma once

// The compliance report (core/report) as CSV (one row per objective per period: the report
// period, then each calendar month of the budget history; columns in csvColumns(),
// documented in the README "Reports") and as JSON (the same data, nested; each objective
// carries the `slactl evaluate --format json` object of the period as "evaluation").
// Numbers are plain (C locale, full precision), times RFC 3339 UTC: files for machines.

#include "core/report/compliancereport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace Sla::Core::Report {

QStringList csvColumns();
QByteArray toCsv(const ComplianceReport &report);
QJsonObject toJson(const ComplianceReport &report);

} // namespace Sla::Core::Report
