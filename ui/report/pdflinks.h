// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal links for the PDF that QPdfWriter writes. Qt 6.4's PDF engine links to URIs
// only (a text anchor with an href); a table of contents needs links to pages of the same
// file. These are added afterwards as a PDF incremental update (ISO 32000-1, 7.5.6): new
// Link annotations with a /Dest, and new versions of the pages' /Annots arrays, appended
// after the writer's bytes with their own cross-reference section whose trailer points to
// the writer's (/Prev). The writer's bytes stay as they are.

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

namespace Sla::Ui::PdfLinks {

/// A link on page `fromPage` (1-based) over `rect` (PDF user space: points, origin at the
/// bottom left) to the top of page `toPage` (1-based).
struct Link
{
    int fromPage = 0;
    QRectF rect;
    int toPage = 0;
};

/// `pdf` (as QPdfWriter writes it: a classic cross-reference table, one page tree, every
/// page with an /Annots array object) with `links` added. Empty, with `error` set, when
/// the file does not have that shape or a page is out of range.
QByteArray addInternalLinks(const QByteArray &pdf, const QList<Link> &links, QString *error);

} // namespace Sla::Ui::PdfLinks
