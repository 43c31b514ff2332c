// SPDX-License-Identifier: Apache-2.0
#pragma once

// The compliance report painted with QPainter: on a QPdfWriter (vector, fonts embedded)
// or, for the export dialog's preview, on images of the same pages. The charts are the
// dashboard's TimeChart filled by ObjectiveCharts, painted with TimeChart::paintTo().
// Needs a QApplication (the charts are widgets, never shown).

#include "core/document/model.h"
#include "core/report/compliancereport.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QString>

#include <functional>

class QIODevice;

namespace Sla::Ui::ReportPdf {

enum class Paper { A4, Letter };

struct Options
{
    Paper paper = Paper::A4;
    QLocale locale;
    /// Called before each page is painted (page counts from 1); false cancels.
    std::function<bool(int page, int pages)> progress;
};

/// Writes the PDF to `device`; false with `*error` set (cancelled, or the device failed).
bool write(QIODevice *device, const Core::Report::ComplianceReport &report, const Core::Workspace &workspace,
           const Options &options, QString *error);

/// The PDF as bytes (slactl's renderer); "a4" or "letter".
bool toPdf(const Core::Report::ComplianceReport &report, const Core::Workspace &workspace, const QString &paper,
           QByteArray *pdf, QString *error);

/// The pages as images at `scale` x 96 dpi (the preview), at most `maxPages`.
QList<QImage> renderPages(const Core::Report::ComplianceReport &report, const Core::Workspace &workspace,
                          const Options &options, double scale, int maxPages);

} // namespace Sla::Ui::ReportPdf
