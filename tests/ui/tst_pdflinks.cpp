// SPDX-License-Identifier: Apache-2.0
// PdfLinks: internal links appended to a QPdfWriter file as an incremental update. The
// writer's bytes are kept; the new cross-reference section points to the old one; a file
// of another shape or a page out of range is refused with a message, never a crash.
#include "ui/report/pdflinks.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>

using namespace Sla::Ui;

namespace {

QByteArray threePages()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    QPainter p(&pdf);
    for (int i = 1; i <= 3; ++i) {
        if (i > 1)
            pdf.newPage();
        p.drawText(QPointF(100, 100), QStringLiteral("Page %1").arg(i));
    }
    p.end();
    return bytes;
}

} // namespace

class TestPdfLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void links_appendedAsAnIncrementalUpdate()
    {
        const QByteArray original = threePages();
        QString error;
        const QByteArray linked = PdfLinks::addInternalLinks(
            original, {{1, QRectF(50, 700, 200, 20), 3}, {1, QRectF(50, 670, 200, 20), 2}}, &error);
        QVERIFY2(!linked.isEmpty(), qPrintable(error));
        QVERIFY(linked.startsWith(original)); // the writer's bytes stay as they are
        const QByteArray update = linked.mid(original.size());
        QCOMPARE(update.count("/Subtype /Link"), 2);
        QVERIFY(update.contains("/Rect [50.00 700.00 250.00 720.00]"));
        // The new trailer points to the writer's cross-reference table.
        const qsizetype oldXref =
            original.mid(original.lastIndexOf("startxref") + 9).trimmed().split('\n')[0].toLongLong();
        QVERIFY(update.contains(QByteArray("/Prev " + QByteArray::number(oldXref) + '\n')));
        // Each offset of the new section points at its object.
        const QByteArray xref = update.mid(update.indexOf("xref\n"));
        static const QRegularExpression entry(QStringLiteral("(\\d+) 1\\n(\\d{10}) 00000 n \\n"));
        int entries = 0;
        for (auto it = entry.globalMatch(QString::fromLatin1(xref)); it.hasNext(); ++entries) {
            const QRegularExpressionMatch m = it.next();
            QVERIFY(linked.mid(m.captured(2).toLongLong()).startsWith(QByteArray(m.captured(1).toLatin1() + " 0 obj")));
        }
        QCOMPARE(entries, 3); // two links and page 1's /Annots
        const qsizetype start = linked.mid(linked.lastIndexOf("startxref") + 9).trimmed().split('\n')[0].toLongLong();
        QVERIFY(linked.mid(start).startsWith("xref\n"));
        // Linking the linked file again builds on the newest versions.
        const QByteArray twice = PdfLinks::addInternalLinks(linked, {{2, QRectF(0, 0, 10, 10), 1}}, &error);
        QVERIFY2(!twice.isEmpty(), qPrintable(error));
    }

    void otherShapes_refusedWithAMessage_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<int>("toPage");
        QTest::addColumn<QString>("message");
        QTest::addRow("not a pdf") << QByteArray("hello") << 1 << QStringLiteral("no cross-reference trailer");
        QTest::addRow("empty") << QByteArray() << 1 << QStringLiteral("no cross-reference trailer");
        QTest::addRow("no size") << QByteArray("trailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n") << 1
                                 << QStringLiteral("no /Size");
        QTest::addRow("no pages") << QByteArray("1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                                                "trailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n")
                                  << 1 << QStringLiteral("no page tree");
        QTest::addRow("page out of range") << threePages() << 4 << QStringLiteral("of a PDF of 3 pages");
    }

    void otherShapes_refusedWithAMessage()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(int, toPage);
        QFETCH(QString, message);
        QString error;
        QVERIFY(PdfLinks::addInternalLinks(pdf, {{1, QRectF(0, 0, 10, 10), toPage}}, &error).isEmpty());
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_MAIN(TestPdfLinks)
#include "tst_pdflinks.moc"
