// SPDX-License-Identifier: Apache-2.0
// Hostile documents (issue 14, items 1, 9 and 10): every guard reports at file:line:column
// and nothing ends in bad_alloc, a timeout or a misleading message.
#include "core/document/diagnostic.h"
#include "core/document/printable.h"
#include "core/document/yamlguard.h"
#include "core/exchange/loader.h"
#include "tests/support/testutils.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace Sla::Core;
using namespace Sla::Core::TestUtils;

namespace {
const QString kFile = QStringLiteral("t.yaml");

/// A DataSource of a type SLA Desk does not interpret (its connectionDetails are flattened)
/// whose details hold `levels` levels of anchors, each a list of ten aliases of the one
/// below: 10^levels nodes once expanded, in under 1 KB. Line 7 holds level 1.
QByteArray aliasBomb(int levels)
{
    QByteArray text = "apiVersion: openslo/v1\n" // 1
                      "kind: DataSource\n"       // 2
                      "metadata: {name: cw}\n"   // 3
                      "spec:\n"                  // 4
                      "  type: CloudWatch\n"     // 5
                      "  connectionDetails:\n"   // 6
                      "    l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i <= levels; ++i) {
        const QByteArray prev = "*l" + QByteArray::number(i - 1);
        text += "    l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [";
        for (int k = 0; k < 10; ++k)
            text += (k ? ", " : "") + prev;
        text += "]\n";
    }
    return text;
}

Diagnostics errorsOf(const QByteArray &data)
{
    return only(DocumentLoader::loadData(data, kFile).diagnostics, Diagnostic::Severity::Error);
}
} // namespace

class TestYamlGuard : public QObject
{
    Q_OBJECT
private slots:
    void aliasBomb_isRefusedAtTheAliasThatPassesTheLimit()
    {
        // Nine levels: 10^9 nodes once expanded; before the guard `validate` took 3.8 GB.
        QElapsedTimer timer;
        timer.start();
        const Diagnostics errors = errorsOf(aliasBomb(9));
        QVERIFY2(timer.elapsed() < 5000, "the guard counts, it does not expand");
        QCOMPARE(errors.size(), 1);
        // The header is 15 nodes, level n (line 7 + n) adds 2 + 10 * (10^n + ... + 1), so
        // level 4 on line 11 passes 100,000 at its eighth alias: 12,365 + 8 * 11,111.
        // `    l4: &l4 [` is 13 characters, each `*l3, ` 5 more.
        QCOMPARE(dump(errors), QStringLiteral("t.yaml:11:49: error: the file has more than 100000 YAML nodes "
                                              "(aliases count as the nodes they repeat); split it or remove "
                                              "repeated aliases"));
    }

    void aliasesWithinTheLimit_areExpanded()
    {
        const LoadResult r = DocumentLoader::loadData(aliasBomb(2), kFile);
        QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
        QCOMPARE(r.workspace.dataSources.size(), 1);
        // l0: 10 values, l1: 100, l2: 1,000, flattened with dotted keys.
        QCOMPARE(r.workspace.dataSources.first().otherDetails.size(), 1110);
        QCOMPARE(r.workspace.dataSources.first().otherDetails.value(QStringLiteral("l2.9.9.9")), QStringLiteral("x"));
    }

    void aliasInsideItsOwnAnchor_isACycle()
    {
        // yaml-cpp links such a node into itself; a walk over it overflowed the stack.
        const QByteArray text = "apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: cw}\n"
                                "spec: {type: CloudWatch, connectionDetails: &self {loop: [*self]}}\n";
        QCOMPARE(dump(errorsOf(text)), QStringLiteral("t.yaml:4:59: error: an alias refers to a mapping or list that "
                                                      "contains it: a cycle"));
    }

    void manyNodesWithoutAliases_areRefused()
    {
        QByteArray text = "items:\n";
        for (int i = 0; i < 100'001; ++i)
            text += "- a\n";
        // The mapping, its key and its list are three nodes: item 99,998 (line 99,999) is the
        // 100,001st node.
        QCOMPARE(dump(errorsOf(text)).section(QLatin1String(": error"), 0, 0), QStringLiteral("t.yaml:99999:3"));
    }

    void deepNesting_namesTheNestingAtItsPlace()
    {
        // 100k `[` gave yaml-cpp's "bad file". yaml-cpp reads each inner `[` as a list
        // holding a single-pair mapping candidate, two levels per bracket: the 65th level
        // opens at the 33rd `[`, column 36.
        const QByteArray text = "a: " + QByteArray(100'000, '[') + "\n";
        QCOMPARE(dump(errorsOf(text)),
                 QStringLiteral("t.yaml:1:36: error: mappings and lists are nested more than 64 levels deep"));
    }

    void deepBlockNesting_namesTheNesting()
    {
        QByteArray text;
        for (int i = 0; i < 3000; ++i)
            text += QByteArray(2 * i, ' ') + "a:\n";
        const Diagnostics errors = errorsOf(text);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().message.contains(QLatin1String("nested more than 64 levels")),
                 qPrintable(dump(errors)));
        QCOMPARE(errors.first().location.line, 65);
    }

    void nulByte_isNamedAtItsPlace()
    {
        // yaml-cpp said "unknown escape character: o" for this.
        QByteArray text = "apiVersion: sladesk/v1\nkind: x";
        text += '\0';
        text += "o\n";
        QCOMPARE(dump(errorsOf(text)), QStringLiteral("t.yaml:2:8: error: the file contains a NUL byte: YAML documents "
                                                      "are text (is this a binary file?)"));
    }

    void fileOverTheSizeLimit_isRefused()
    {
        QByteArray text = "a: '" + QByteArray(Yaml::Limits::MaxBytes, 'x') + "'\n";
        QCOMPARE(
            dump(errorsOf(text)),
            QStringLiteral("t.yaml: error: the file is larger than 16 MiB; SLA Desk reads documents up to that size"));
    }

    void readAtMost_stopsOneByteAfterTheLimit_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("read");
        QTest::addColumn<bool>("tooLarge");
        QTest::addRow("under") << 10 << 100 << 10 << false;
        QTest::addRow("exactly") << 100 << 100 << 100 << false;
        QTest::addRow("one over") << 101 << 100 << 101 << true;
        QTest::addRow("far over, several chunks") << 1'000'000 << 100'000 << 100'001 << true;
    }
    void readAtMost_stopsOneByteAfterTheLimit()
    {
        QFETCH(int, size);
        QFETCH(int, limit);
        QFETCH(int, read);
        QFETCH(bool, tooLarge);
        QByteArray data(size, 'z');
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        bool over = !tooLarge;
        QCOMPARE(Yaml::readAtMost(buffer, limit, &over).size(), read);
        QCOMPARE(over, tooLarge);
    }

    void endlessDevice_isRefusedBySize()
    {
        // `slactl validate /dev/zero` read until bad_alloc.
        const LoadResult r = DocumentLoader::loadPaths({QStringLiteral("/dev/zero")});
        QCOMPARE(dump(r.diagnostics),
                 QStringLiteral(
                     "/dev/zero: error: the file is larger than 16 MiB; SLA Desk reads documents up to that size"));
    }

    void namedPipe_isReadAsADocument()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("in.yaml"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // The writer runs beside the reader: opening a FIFO blocks until both ends are open.
        QThread *writer = QThread::create([fifo] {
            QFile f(fifo);
            if (f.open(QIODevice::WriteOnly))
                f.write("apiVersion: sladesk/v1\nkind: TierTemplate\nmetadata: {name: piped}\nspec: {}\n");
        });
        writer->start();
        const LoadResult r = DocumentLoader::loadPaths({fifo});
        writer->wait();
        delete writer;
        QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
        QCOMPARE(r.workspace.tiers.size(), 1);
        QCOMPARE(r.workspace.tiers.first().metadata.name, QStringLiteral("piped"));
    }

    void controlCharacters_areEscapedInMessages()
    {
        // An unknown field whose name moves the cursor and recolours the terminal.
        const QByteArray text = "apiVersion: sladesk/v1\nkind: TierTemplate\nmetadata: {name: t}\n"
                                "spec: {\"x\\e[2J\\e[31m\\u202e\": 1}\n";
        const QString shown = dump(errorsOf(text));
        QVERIFY2(shown.contains(QLatin1String("unknown field 'x\\x1b[2J\\x1b[31m\\u202e'")), qPrintable(shown));
        for (const QChar c : shown)
            QVERIFY2(c.unicode() >= 0x20 || c == u'\n', qPrintable(shown));
    }

    void printableText_escapesEveryControlCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("printable");
        QTest::addRow("plain") << QStringLiteral("ab c") << QStringLiteral("ab c");
        QTest::addRow("tab kept") << QStringLiteral("a\tb") << QStringLiteral("a\tb");
        QTest::addRow("escape") << QStringLiteral("a\x1b[0m") << QStringLiteral("a\\x1b[0m");
        QTest::addRow("newline and CR") << QStringLiteral("a\r\nb") << QStringLiteral("a\\x0d\\x0ab");
        QTest::addRow("DEL and C1 CSI") << QString(QChar(0x7f)) + QChar(0x9b) << QStringLiteral("\\x7f\\x9b");
        QTest::addRow("bidi override") << QString(QChar(0x202e)) << QStringLiteral("\\u202e");
        QTest::addRow("umlaut kept") << QStringLiteral("für") << QStringLiteral("für");
    }
    void printableText_escapesEveryControlCharacter()
    {
        QFETCH(QString, text);
        QFETCH(QString, printable);
        QCOMPARE(printableText(text), printable);
    }

    void longValues_areQuotedAsAShortExcerpt()
    {
        const QByteArray text = "apiVersion: sladesk/v1\nkind: TierTemplate\nmetadata: {name: t}\n"
                                "spec: {atRisk: " +
                                QByteArray(100'000, 'k') + "}\n";
        const Diagnostics errors = errorsOf(text);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().message, QStringLiteral("field 'atRisk' of TierTemplate 't' must be a number, got '") +
                                             QString(60, u'k') + QStringLiteral("...'"));
    }
};

QTEST_GUILESS_MAIN(TestYamlGuard)
#include "tst_yamlguard.moc"
