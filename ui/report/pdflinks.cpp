// SPDX-License-Identifier: Apache-2.0
#include "ui/report/pdflinks.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

#include <optional>

namespace Sla::Ui::PdfLinks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sla::Ui::PdfLinks)
};

/// The object numbers of the references "N 0 R" in `text`, in order.
QList<int> references(const QByteArray &text)
{
    QList<int> refs;
    static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+0\\s+R"));
    for (auto it = ref.globalMatch(QString::fromLatin1(text)); it.hasNext();)
        refs << it.next().captured(1).toInt();
    return refs;
}

/// The dictionary or array text of object `number` ("N 0 obj ... endobj"), its last
/// version in the file; empty when there is none.
QByteArray objectText(const QByteArray &pdf, int number)
{
    const QByteArray head = QByteArray::number(number) + " 0 obj";
    qsizetype at = -1;
    for (qsizetype from = 0;;) {
        const qsizetype found = pdf.indexOf(head, from);
        if (found < 0)
            break;
        // A whole object number: at the start of a line.
        if (found == 0 || pdf.at(found - 1) == '\n' || pdf.at(found - 1) == '\r')
            at = found;
        from = found + head.size();
    }
    if (at < 0)
        return {};
    const qsizetype end = pdf.indexOf("endobj", at);
    return end < 0 ? QByteArray() : pdf.mid(at + head.size(), end - at - head.size());
}

/// The value of `key` (a reference or a number) in the last trailer of `pdf`.
std::optional<QByteArray> trailerValue(const QByteArray &trailer, const QByteArray &key)
{
    const QRegularExpression re(QStringLiteral("/%1\\s+(\\d+(?:\\s+0\\s+R)?)").arg(QString::fromLatin1(key)));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(trailer));
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLatin1();
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 2);
}

struct Shape
{
    QList<int> pages; ///< page object numbers, in page order
    int size = 0;     ///< the trailer's /Size
    QByteArray root;  ///< "R 0 R"
    std::optional<QByteArray> info;
    qsizetype previousXref = 0;
};

std::optional<Shape> readShape(const QByteArray &pdf, QString *error)
{
    Shape s;
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startAt < trailerAt) {
        *error = Tr::tr("the PDF has no cross-reference trailer");
        return std::nullopt;
    }
    const QByteArray trailer = pdf.mid(trailerAt, startAt - trailerAt);
    const auto size = trailerValue(trailer, "Size");
    const auto root = trailerValue(trailer, "Root");
    s.info = trailerValue(trailer, "Info");
    bool ok = false;
    s.previousXref = pdf.mid(startAt + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!size || !root || !ok) {
        *error = Tr::tr("the PDF's trailer has no /Size, /Root or start of the cross-reference table");
        return std::nullopt;
    }
    s.size = size->toInt();
    s.root = *root;
    const QByteArray catalog = objectText(pdf, references(s.root).value(0, -1));
    const qsizetype pagesKey = catalog.indexOf("/Pages");
    const QByteArray pageTree = objectText(pdf, references(catalog.mid(pagesKey)).value(0, -1));
    const qsizetype kids = pageTree.indexOf("/Kids");
    const qsizetype close = pageTree.indexOf(']', kids);
    if (pagesKey < 0 || kids < 0 || close < 0) {
        *error = Tr::tr("the PDF has no page tree");
        return std::nullopt;
    }
    s.pages = references(pageTree.mid(kids, close - kids));
    return s;
}

} // namespace

QByteArray addInternalLinks(const QByteArray &pdf, const QList<Link> &links, QString *error)
{
    const std::optional<Shape> shape = readShape(pdf, error);
    if (!shape)
        return {};
    const auto pageObject = [&](int page) { return shape->pages.value(page - 1, -1); };
    // The new Link annotations, by the page they are on.
    QMap<int, QList<int>> added;
    QByteArray update = "\n";
    QList<std::pair<int, qsizetype>> offsets;
    int next = shape->size;
    for (const Link &l : links) {
        if (pageObject(l.fromPage) < 0 || pageObject(l.toPage) < 0) {
            *error = Tr::tr("a link from page %1 to page %2 of a PDF of %3 pages")
                         .arg(l.fromPage)
                         .arg(l.toPage)
                         .arg(shape->pages.size());
            return {};
        }
        offsets.append({next, pdf.size() + update.size()});
        const QRectF r = l.rect.normalized();
        update += QByteArray::number(next) + " 0 obj\n<<\n/Type /Annot\n/Subtype /Link\n/Rect [" + number(r.left()) +
                  ' ' + number(r.top()) + ' ' + number(r.right()) + ' ' + number(r.bottom()) +
                  "]\n/Border [0 0 0]\n/Dest [" + QByteArray::number(pageObject(l.toPage)) +
                  " 0 R /XYZ null null null]\n>>\nendobj\n";
        added[l.fromPage].append(next++);
    }
    // New versions of the /Annots arrays of the pages with links: their old entries first.
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        const QByteArray page = objectText(pdf, pageObject(it.key()));
        const qsizetype key = page.indexOf("/Annots");
        const int annots = key < 0 ? -1 : references(page.mid(key, 24)).value(0, -1);
        const QByteArray old = annots < 0 ? QByteArray() : objectText(pdf, annots).trimmed();
        if (!old.startsWith('[') || !old.endsWith(']')) {
            *error = Tr::tr("page %1 of the PDF has no /Annots array").arg(it.key());
            return {};
        }
        QByteArray array = old.chopped(1).trimmed();
        for (const int link : it.value())
            array += ' ' + QByteArray::number(link) + " 0 R";
        offsets.append({annots, pdf.size() + update.size()});
        update += QByteArray::number(annots) + " 0 obj\n" + array + " ]\nendobj\n";
    }
    const qsizetype xrefAt = pdf.size() + update.size();
    update += "xref\n0 1\n0000000000 65535 f \n";
    for (const auto &[object, offset] : offsets)
        update +=
            QByteArray::number(object) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root " + shape->root + '\n';
    if (shape->info)
        update += "/Info " + *shape->info + '\n';
    update += "/Prev " + QByteArray::number(shape->previousXref) + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) +
              "\n%%EOF\n";
    return pdf + update;
}

} // namespace Sla::Ui::PdfLinks
