// SPDX-License-Identifier: Apache-2.0
#pragma once

// `slactl report` (README "Reports"): a compliance report of a workspace for a period as
// PDF, CSV or JSON. CSV and JSON are written here; the PDF is painted by the Widgets
// layer (ui/report), which the slactl binary registers with setReportPdfRenderer() (core
// never links QtGui).

#include "core/document/model.h"
#include "core/report/compliancereport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;

namespace Sla::Core {

int runReportCommand(const QStringList &args, QTextStream &out, QTextStream &err);

/// Paints `report` as PDF bytes on `paper` ("a4" or "letter"); false with `*error` set.
using ReportPdfRenderer = std::function<bool(const Report::ComplianceReport &report, const Workspace &workspace,
                                             const QString &paper, QByteArray *pdf, QString *error)>;
/// Set by the slactl binary when it is built with the UI; without one `-o FILE.pdf` is a
/// usage error saying so.
void setReportPdfRenderer(ReportPdfRenderer renderer);

/// True when `args` (slactl's arguments without the program name) ask for a PDF report:
/// the binary then needs a QGuiApplication (fonts, painting), created before runSlactl().
bool wantsPdfReport(const QStringList &args);

} // namespace Sla::Core
