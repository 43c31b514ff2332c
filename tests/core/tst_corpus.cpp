// SPDX-License-Identifier: Apache-2.0
// Checks the importers against the public example corpus in ../shared/corpus: every file
// SOURCES.md lists as valid (or presumed valid) must load and validate without an error;
// every file marked INVALID must be rejected with an error that points at a line.
#include "core/exchange/loader.h"
#include "core/validation/validator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Sla::Core;

namespace {
enum class Expect { Valid, Invalid, RulesOutput, Unspecified };

struct CorpusFile
{
    QString folder;   // openslo, sloth, pyrra
    QString file;     // local file name
    QString upstream; // path in the source repository
    Expect expect = Expect::Valid;
};

QList<CorpusFile> readSources(const QString &corpus)
{
    QList<CorpusFile> out;
    QFile f(corpus + QStringLiteral("/SOURCES.md"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QString section;
    static const QRegularExpression heading(QStringLiteral("^## (\\w+)/"));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (const auto m = heading.match(line); m.hasMatch()) {
            section = m.captured(1);
            continue;
        }
        if (!line.startsWith(QStringLiteral("| `")) || section.isEmpty())
            continue;
        const QStringList cells = line.split(u'|');
        if (cells.size() < 8)
            continue;
        CorpusFile c;
        c.folder = section;
        c.file = cells.at(1).trimmed().remove(u'`');
        c.upstream = cells.at(3).trimmed().remove(u'`');
        const QString expected = cells.at(7).trimmed();
        if (expected.contains(QStringLiteral("INVALID")))
            c.expect = Expect::Invalid;
        else if (expected.startsWith(QStringLiteral("generated output")))
            c.expect = Expect::RulesOutput;
        else if (expected.startsWith(QStringLiteral("not referenced")))
            c.expect = Expect::Unspecified;
        else
            c.expect = Expect::Valid;
        out << c;
    }
    return out;
}

QString corpusDir() { return QStringLiteral(SLA_CORPUS_DIR); }

/// Files whose label SLA Desk deliberately disagrees with, and why (see README, "Corpus").
QString knownDisagreement(const CorpusFile &c)
{
    if (c.file == QLatin1String("v1_alert_policies_invalid_condition.yaml")
        || c.file == QLatin1String("v1_alert_policies_invalid_target.yaml"))
        return QStringLiteral("invalid only for the OpenSLO SDK's inline operation; an unresolved alert "
                              "reference is a warning here because sets may span files");
    if (c.folder == QLatin1String("sloth") && c.file == QLatin1String("bad-openslo.yaml"))
        return QStringLiteral("invalid only for Sloth, which supports 30-day windows alone; a 28-day OpenSLO "
                              "window is valid OpenSLO and valid for SLA Desk");
    return {};
}

/// The files loaded together with `c`: Sloth's duplicate fixtures are only invalid as a set.
QStringList setFor(const CorpusFile &c, const QList<CorpusFile> &all)
{
    const QString dir = QFileInfo(c.upstream).path();
    QStringList paths{corpusDir() + u'/' + c.folder + u'/' + c.file};
    if (!dir.contains(QStringLiteral("validate_with_duplicates")))
        return paths;
    for (const CorpusFile &o : all) {
        if (o.file != c.file && o.folder == c.folder && QFileInfo(o.upstream).path() == dir)
            paths << corpusDir() + u'/' + o.folder + u'/' + o.file;
    }
    return paths;
}

Diagnostics check(const QStringList &paths)
{
    LoadResult r = DocumentLoader::loadPaths(paths);
    Diagnostics all = r.diagnostics;
    all += validateWorkspace(r.workspace);
    return all;
}

QString errorsText(const Diagnostics &ds)
{
    QStringList out;
    for (const Diagnostic &d : ds) {
        if (d.isError())
            out << d.toString();
    }
    return out.join(u'\n');
}
} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(corpusDir() + QStringLiteral("/SOURCES.md")))
            QSKIP("the shared corpus is not beside the source tree");
        m_files = readSources(corpusDir());
        QVERIFY2(m_files.size() > 200, "SOURCES.md lists the corpus files");
    }

    void corpusFile_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_files.size(); ++i)
            QTest::addRow("%s/%s", qPrintable(m_files.at(i).folder), qPrintable(m_files.at(i).file)) << i;
    }

    void corpusFile()
    {
        QFETCH(int, index);
        const CorpusFile &c = m_files.at(index);
        const Diagnostics ds = check(setFor(c, m_files));
        const QString errors = errorsText(ds);
        bool asExpected = false;
        switch (c.expect) {
        case Expect::Valid:
            asExpected = !hasErrors(ds);
            if (asExpected)
                ++m_validOk;
            ++m_valid;
            QVERIFY2(asExpected, qPrintable(QStringLiteral("expected valid, got:\n") + errors));
            break;
        case Expect::Invalid:
        case Expect::RulesOutput: {
            // Rejected, and at least one error names a line of a file of the set.
            const bool located = std::any_of(ds.cbegin(), ds.cend(), [](const Diagnostic &d) {
                return d.isError() && d.location.line > 0;
            });
            asExpected = hasErrors(ds) && located;
            ++(c.expect == Expect::Invalid ? m_invalid : m_rules);
            if (asExpected)
                ++(c.expect == Expect::Invalid ? m_invalidOk : m_rulesOk);
            if (const QString why = knownDisagreement(c); !why.isEmpty())
                QEXPECT_FAIL("", qPrintable(why), Abort);
            QVERIFY2(asExpected, qPrintable(QStringLiteral("expected an error with a line, got:\n") + errors));
            break;
        }
        case Expect::Unspecified:
            ++m_unspecified;
            qInfo().noquote() << c.file << (hasErrors(ds) ? "rejected:" : "accepted") << errors;
            break;
        }
    }

    void cleanupTestCase()
    {
        qInfo("corpus: valid %d/%d imported; INVALID %d/%d rejected; rule outputs %d/%d rejected; "
              "%d unspecified",
              m_validOk, m_valid, m_invalidOk, m_invalid, m_rulesOk, m_rules, m_unspecified);
    }

private:
    QList<CorpusFile> m_files;
    int m_valid = 0, m_validOk = 0, m_invalid = 0, m_invalidOk = 0, m_rules = 0, m_rulesOk = 0, m_unspecified = 0;
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
