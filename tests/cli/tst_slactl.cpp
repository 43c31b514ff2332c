// SPDX-License-Identifier: Apache-2.0
// Runs the real slactl binary and checks exit codes, diagnostics and outputs.
#include "tests/fiforeader.h"
#include "tests/support/slactlrunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = Sla::TestSupport::SlactlResult<QString>;

QString dataFile(const QString &name)
{
    return QStringLiteral(SLA_TEST_DATA_DIR "/cli/") + name;
}

Run slactl(const QStringList &args, const QString &workDir = {})
{
    Sla::TestSupport::SlactlOptions options;
    options.workDir = workDir;
    options.timeoutMs = 30000;
    return Sla::TestSupport::runSlactl(args, options);
}
} // namespace

class TestSlactl : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(QFile::exists(qEnvironmentVariable("SLACTL")), "SLACTL points at the binary"); }

    void helpAndVersion()
    {
        const Run help = slactl({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("validate")));
        QVERIFY(help.out.contains(QStringLiteral("convert")));
        const Run version = slactl({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("slactl ")));
        const Run cmdHelp = slactl({QStringLiteral("convert"), QStringLiteral("--help")});
        QCOMPARE(cmdHelp.code, 0);
        QVERIFY(cmdHelp.out.contains(QStringLiteral("--to")));
    }

    // slactl speaks the system's language (the catalogues are compiled in): its help, its
    // diagnostics and their plurals; the figures of its tables stay machine-readable.
    void messagesFollowTheSystemLanguage()
    {
        auto inLocale = [](const QStringList &args, const QString &locale) {
            Sla::TestSupport::SlactlOptions options;
            options.env.insert(QStringLiteral("LC_ALL"), locale);
            options.env.insert(QStringLiteral("LANG"), locale);
            options.env.remove(QStringLiteral("LANGUAGE"));
            options.timeoutMs = 30000;
            return Sla::TestSupport::runSlactl(args, options);
        };
        const Run de = inLocale({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(de.code, 0);
        QVERIFY2(!de.out.contains(QStringLiteral("Usage: slactl")) && de.out.contains(QStringLiteral("slactl")),
                 qPrintable(de.out));
        const QString misspelt = dataFile(QStringLiteral("misspelt.yaml"));
        const Run fr = inLocale({QStringLiteral("validate"), dataFile(QStringLiteral("good.yaml")), misspelt},
                                QStringLiteral("fr_FR.UTF-8"));
        QCOMPARE(fr.code, 1);
        QVERIFY2(fr.err.contains(misspelt + QStringLiteral(":16:7: ")), qPrintable(fr.err));
        QVERIFY2(fr.err.contains(QStringLiteral("champ inconnu 'tagret'")), qPrintable(fr.err));
        QVERIFY2(fr.err.contains(QStringLiteral("vouliez-vous dire 'target'")), qPrintable(fr.err));
        QVERIFY2(fr.out.contains(QStringLiteral(" erreurs, 2 fichiers vérifiés")), qPrintable(fr.out)); // plurals
        const Run c = inLocale({QStringLiteral("validate"), misspelt}, QStringLiteral("C.UTF-8"));
        QVERIFY2(c.err.contains(QStringLiteral("unknown field 'tagret'")), qPrintable(c.err));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("no command") << QStringList{} << "Usage: slactl";
        QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command 'frobnicate'";
        QTest::addRow("validate without path") << QStringList{QStringLiteral("validate")} << "no PATH given";
        QTest::addRow("unknown option") << QStringList{QStringLiteral("validate"), QStringLiteral("--frob"),
                                                       dataFile(QStringLiteral("good.yaml"))}
                                        << "Unknown option 'frob'";
        QTest::addRow("convert without --to")
            << QStringList{QStringLiteral("convert"), dataFile(QStringLiteral("good.yaml"))} << "--to is required";
        QTest::addRow("convert bad format")
            << QStringList{QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("yaml"),
                           dataFile(QStringLiteral("good.yaml"))}
            << "unknown format 'yaml'";
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = slactl(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void validateAcceptsAValidWorkspace()
    {
        const Run r = slactl({QStringLiteral("validate"), dataFile(QStringLiteral("good.yaml"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("valid")));
    }

    void validateReportsFileLineColumn()
    {
        const QString file = dataFile(QStringLiteral("misspelt.yaml"));
        const Run r = slactl({QStringLiteral("validate"), dataFile(QStringLiteral("good.yaml")), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(file + QStringLiteral(":16:7: error: unknown field 'tagret'")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("did you mean 'target'?")), qPrintable(r.err));
    }

    void validateReportsSyntaxErrors()
    {
        const QString file = dataFile(QStringLiteral("broken.yaml"));
        const Run r = slactl({QStringLiteral("validate"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(file + QStringLiteral(":")) && r.err.contains(QStringLiteral("YAML syntax error")),
                 qPrintable(r.err));
    }

    void validateChecksFilesAsOneSet()
    {
        // Each file alone defines checkout-api once; together the second definition is an error.
        const QString second = dataFile(QStringLiteral("second.yaml"));
        const Run r = slactl({QStringLiteral("validate"), dataFile(QStringLiteral("good.yaml")), second});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(second + QStringLiteral(":4:")) && r.err.contains(QStringLiteral("checkout-api")),
                 qPrintable(r.err));
    }

    void validateEndlessDeviceIsRefusedBySize()
    {
        // Issue 14 item 9: read until bad_alloc.
        const Run r = slactl({QStringLiteral("validate"), QStringLiteral("/dev/zero")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("/dev/zero: error: the file is larger than 16 MiB")),
                 qPrintable(r.err));
    }

    void validateAliasBombIsRefusedQuickly()
    {
        // Issue 14 item 1: 9 levels of 10 aliases took 3.8 GB in validate and aborted convert.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bomb.yaml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: cw}\nspec:\n  type: CloudWatch\n"
                "  connectionDetails:\n    a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char level = 'b'; level <= 'j'; ++level) {
            const char prev = char(level - 1);
            f.write(QByteArray("    ") + level + ": &" + level + " [");
            for (int k = 0; k < 10; ++k)
                f.write(QByteArray(k ? ", *" : "*") + prev);
            f.write("]\n");
        }
        f.close();
        for (const char *command : {"validate", "convert"}) {
            QStringList args{QString::fromLatin1(command), file};
            if (args.first() == QLatin1String("convert"))
                args << QStringLiteral("--to") << QStringLiteral("sladesk");
            const Run r = slactl(args);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("bomb.yaml:11:")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("more than 100000 YAML nodes")), qPrintable(r.err));
        }
    }

    void convertWritesIntoAFifoWithoutReplacingIt()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("out.pipe"));
        Sla::Core::TestUtils::FifoReader reader(fifo);
        QVERIFY(reader.created());
        const QStringList convert{QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("sladesk"),
                                  dataFile(QStringLiteral("sloth.yaml"))};
        const Run r = slactl(convert + QStringList{QStringLiteral("-o"), fifo});
        QCOMPARE(r.code, 0);
        const QByteArray received = reader.received();
        QVERIFY2(received.contains("apiVersion: sladesk/v1\nkind: SLA\n"), received.constData());
        QCOMPARE(QString::fromUtf8(received), slactl(convert).out);
        QVERIFY(reader.isStillFifo());
    }

    void convertToAFullStandardOutputFails()
    {
        // `slactl convert ... > /dev/full` exited 0 although nothing was written.
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(qEnvironmentVariable("SLACTL"), {QStringLiteral("convert"), QStringLiteral("--to"),
                                                 QStringLiteral("sladesk"), dataFile(QStringLiteral("sloth.yaml"))});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.endsWith(QStringLiteral("\nslactl: cannot write standard output: No space left on device\n")),
                 qPrintable(err));
    }

    void validateMissingFile()
    {
        const Run r = slactl({QStringLiteral("validate"), QStringLiteral("/nonexistent/sla.yaml")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent/sla.yaml: error: no such file or folder")));
    }

    void convertImportsSlothToSladesk()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("search.yaml"));
        const Run r = slactl({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("sladesk"),
                              dataFile(QStringLiteral("sloth.yaml")), QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("apiVersion: sladesk/v1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("requests-availability")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("target: 0.995")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("{{window}}")), qPrintable(text));
        // What convert wrote validates, and converting it again gives the same bytes.
        const Run again = slactl({QStringLiteral("validate"), out});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        const Run twice = slactl({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("sladesk"), out});
        QCOMPARE(twice.code, 0);
        QCOMPARE(twice.out, text);
    }

    void convertExportsOpenSlo()
    {
        const Run r = slactl({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("openslo"),
                              dataFile(QStringLiteral("good.yaml"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("apiVersion: openslo/v1")));
        QVERIFY(r.out.contains(QStringLiteral("kind: SLO")));
        QVERIFY(r.out.contains(QStringLiteral("increase(http_requests_total{service=\"checkout\"")));
        QVERIFY(!r.out.contains(QStringLiteral("sladesk/v1")));
    }

    void convertRefusesInvalidInputAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.yaml"));
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous contents\n");
        old.close();
        const Run r = slactl({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("sladesk"),
                              dataFile(QStringLiteral("broken.yaml")), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("nothing written")));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous contents\n"));
    }

    void convertRefusesWhatValidateRejects_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("sladesk") << "sladesk";
        QTest::addRow("openslo") << "openslo";
    }
    void convertRefusesWhatValidateRejects()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.yaml"));
        const Run r = slactl({QStringLiteral("convert"), QStringLiteral("--to"), format,
                              dataFile(QStringLiteral("unknown-tier.yaml")), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 1);
        // The input is validated as `slactl validate` would: the error at its line, nothing written.
        QVERIFY2(r.err.contains(QStringLiteral("unknown-tier.yaml:7:")) && r.err.contains(QStringLiteral("tier-9")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing written: the input has 1 error")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestSlactl)
#include "tst_slactl.moc"
