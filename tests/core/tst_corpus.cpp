// SPDX-License-Identifier: Apache-2.0
// Checks the importers against the public example corpus in ../shared/corpus: every file
// SOURCES.md lists as valid (or presumed valid) must load and validate without an error;
// every file marked INVALID must be rejected with an error that points at a line. Every file
// that loads and validates must also complete the full import/export trip (roundtrip.h), and
// so must every Datadog SLO answer recorded in the corpus's Datadog cassettes.
#include "core/exchange/loader.h"
#include "core/validation/validator.h"
#include "roundtrip.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <yaml-cpp/yaml.h>

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

QString corpusDir()
{
    return QStringLiteral(SLA_CORPUS_DIR);
}

/// Files whose label SLA Desk deliberately disagrees with, and why (see README, "Corpus").
QString knownDisagreement(const CorpusFile &c)
{
    if (c.file == QLatin1String("v1_alert_policies_invalid_condition.yaml") ||
        c.file == QLatin1String("v1_alert_policies_invalid_target.yaml"))
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

/// The Datadog SLO answers (`GET`/`POST /api/v1/slo[/{id}]`, status 200) recorded in the
/// corpus's cassettes, as (name, JSON body) pairs.
QList<QPair<QString, QByteArray>> datadogAnswers()
{
    QList<QPair<QString, QByteArray>> out;
    static const QRegularExpression sloUrl(QStringLiteral("/api/v1/slo(/[0-9a-f]{32})?(\\?ids=.*)?$"));
    const QDir dir(corpusDir() + QStringLiteral("/datadog"));
    for (const QString &file : dir.entryList({QStringLiteral("v1_slo__*.yaml")}, QDir::Files, QDir::Name)) {
        const YAML::Node cassette = YAML::LoadFile(dir.filePath(file).toStdString());
        int i = 0;
        for (const YAML::Node &interaction : cassette["interactions"]) {
            ++i;
            const YAML::Node request = interaction["request"], response = interaction["response"];
            const QString url = QString::fromStdString(request["url"].as<std::string>(""));
            const QString method = QString::fromStdString(request["method"].as<std::string>(""));
            const QByteArray body = QByteArray::fromStdString(response["body"].as<std::string>("")).trimmed();
            if (!sloUrl.match(url).hasMatch() || (method != u"GET" && method != u"POST") ||
                response["code"].as<int>(0) != 200 || !body.contains("\"type\":"))
                continue;
            out.append(
                {QFileInfo(file).completeBaseName() + u'-' + QString::number(i) + QStringLiteral(".json"), body});
        }
    }
    return out;
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
        const LoadResult loaded = DocumentLoader::loadPaths(setFor(c, m_files));
        Diagnostics ds = loaded.diagnostics;
        ds += validateWorkspace(loaded.workspace);
        if (!hasErrors(ds)) {
            // Whatever SLA Desk accepts must survive convert -> export -> import -> export.
            const RoundTrip::Trip trip = RoundTrip::fullTrip(loaded.workspace);
            ++m_accepted[c.folder];
            if (trip.ok())
                ++m_trips[c.folder];
            QVERIFY2(trip.ok(), qPrintable(trip.report()));
        }
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
            const bool located = std::any_of(ds.cbegin(), ds.cend(),
                                             [](const Diagnostic &d) { return d.isError() && d.location.line > 0; });
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

    void datadogAnswer_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("body");
        const auto answers = datadogAnswers();
        QVERIFY2(answers.size() >= 5, "the Datadog cassettes hold SLO answers");
        for (const auto &[name, body] : answers)
            QTest::newRow(qPrintable(name)) << name << body;
    }
    void datadogAnswer()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, body);
        const LoadResult loaded = DocumentLoader::loadData(body, name);
        Diagnostics ds = loaded.diagnostics;
        ds += validateWorkspace(loaded.workspace);
        QVERIFY2(!hasErrors(ds), qPrintable(errorsText(ds)));
        ++m_accepted[QStringLiteral("datadog")];
        const RoundTrip::Trip trip = RoundTrip::fullTrip(loaded.workspace);
        QVERIFY2(trip.ok(), qPrintable(trip.report()));
        ++m_trips[QStringLiteral("datadog")];
        if (!loaded.workspace.slas.isEmpty())
            ++m_datadogSlas;
    }

    void cleanupTestCase()
    {
        for (auto it = m_accepted.cbegin(); it != m_accepted.cend(); ++it)
            qInfo("full trip: %s %d/%d accepted files", qPrintable(it.key()), m_trips.value(it.key()), it.value());
        qInfo("full trip: %d Datadog answers with SLAs", m_datadogSlas);
        qInfo("corpus: valid %d/%d imported; INVALID %d/%d rejected; rule outputs %d/%d rejected; "
              "%d unspecified",
              m_validOk, m_valid, m_invalidOk, m_invalid, m_rulesOk, m_rules, m_unspecified);
    }

private:
    QList<CorpusFile> m_files;
    QMap<QString, int> m_accepted, m_trips; ///< per format folder
    int m_datadogSlas = 0;
    int m_valid = 0, m_validOk = 0, m_invalid = 0, m_invalidOk = 0, m_rules = 0, m_rulesOk = 0, m_unspecified = 0;
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
