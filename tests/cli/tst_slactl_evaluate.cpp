// SPDX-License-Identifier: Apache-2.0
// The real slactl binary: evaluate, gate and credentials exit codes, the JSON shape, the
// JUnit report, an unreachable source (a closed port) and usage errors.
#include "tests/fiforeader.h"
#include "tests/support/slactlrunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
using Run = Sla::TestSupport::SlactlResult<QString>;

const QString Demo = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
const QString End = QStringLiteral("2025-01-31T00:00:00Z");

Run slactl(const QStringList &args, const QByteArray &input = {},
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    Sla::TestSupport::SlactlOptions options;
    options.env = env;
    options.input = input;
    return Sla::TestSupport::runSlactl(args, options);
}

/// A port nothing listens on.
quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}
} // namespace

class TestSlactlEvaluate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("SLACTL"))); }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("evaluate without workspace") << QStringList{QStringLiteral("evaluate")} << "no WORKSPACE given";
        QTest::addRow("bad format") << QStringList{QStringLiteral("evaluate"), Demo, QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << "unknown format 'xml'";
        QTest::addRow("bad time") << QStringList{QStringLiteral("evaluate"), Demo, QStringLiteral("--at"),
                                                 QStringLiteral("yesterday")}
                                  << "--at 'yesterday' is not a time";
        QTest::addRow("time without zone") << QStringList{QStringLiteral("evaluate"), Demo, QStringLiteral("--at"),
                                                          QStringLiteral("2025-01-31T00:00:00")}
                                           << "is not a time";
        QTest::addRow("two overrides") << QStringList{QStringLiteral("evaluate"),     Demo,
                                                      QStringLiteral("--prometheus"), QStringLiteral("http://x"),
                                                      QStringLiteral("--recorded"),   QStringLiteral("f.om")}
                                       << "cannot be combined";
        QTest::addRow("unknown source") << QStringList{QStringLiteral("evaluate"), Demo, QStringLiteral("--source"),
                                                       QStringLiteral("prod")}
                                        << "no data source 'prod' in the workspace (it has: demo-recording)";
        QTest::addRow("unknown option") << QStringList{QStringLiteral("gate"), Demo, QStringLiteral("--frob")}
                                        << "Unknown option 'frob'";
        QTest::addRow("unknown tier") << QStringList{QStringLiteral("gate"),   Demo,
                                                     QStringLiteral("--at"),   End,
                                                     QStringLiteral("--tier"), QStringLiteral("gold")}
                                      << "no tier template 'gold'";
        QTest::addRow("credentials action")
            << QStringList{QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("prod")}
            << "expected 'set SOURCE' or 'delete SOURCE'";
        QTest::addRow("credentials no source") << QStringList{QStringLiteral("credentials"), QStringLiteral("set")}
                                               << "expected 'set SOURCE' or 'delete SOURCE'";
        QTest::addRow("credentials empty stdin")
            << QStringList{QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("prod")}
            << "no secret on standard input";
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = slactl(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void evaluateJsonShape()
    {
        const Run r = slactl({QStringLiteral("evaluate"), Demo, QStringLiteral("--at"), QStringLiteral("1738281600"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("at")).toString(), End);
        const QJsonArray slas = json.value(QStringLiteral("slas")).toArray();
        QCOMPARE(slas.size(), 3);
        int objectives = 0;
        int corrected = 0;
        // The demo's deploy annotation (fraud-detection-api, Jan 10) lies in the 30-day window.
        QCOMPARE(slas.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("fraud-detection-api"));
        const QJsonArray annotations = slas.at(1).toObject().value(QStringLiteral("annotations")).toArray();
        QCOMPARE(annotations.size(), 1);
        QVERIFY(slas.at(0).toObject().value(QStringLiteral("annotations")).toArray().isEmpty());
        const QJsonObject deploy = annotations.at(0).toObject();
        QCOMPARE(deploy.keys(), (QStringList{QStringLiteral("end"), QStringLiteral("kind"), QStringLiteral("name"),
                                             QStringLiteral("objectives"), QStringLiteral("text"),
                                             QStringLiteral("time"), QStringLiteral("url")}));
        QCOMPARE(deploy.value(QStringLiteral("name")).toString(), QStringLiteral("fraud-api-deploy-3-4-0"));
        QCOMPARE(deploy.value(QStringLiteral("time")).toString(), QStringLiteral("2025-01-10T14:00:00Z"));
        QCOMPARE(deploy.value(QStringLiteral("end")).toString(), QStringLiteral("2025-01-10T16:00:00Z"));
        QCOMPARE(deploy.value(QStringLiteral("kind")).toString(), QStringLiteral("deploy"));
        for (const QJsonValue &s : slas) {
            QCOMPARE(s.toObject().keys(), (QStringList{QStringLiteral("annotations"), QStringLiteral("name"),
                                                       QStringLiteral("objectives"), QStringLiteral("tier")}));
            QVERIFY(s.toObject().value(QStringLiteral("tier")).toString().startsWith(QStringLiteral("tier-")));
            for (const QJsonValue &v : s.toObject().value(QStringLiteral("objectives")).toArray()) {
                ++objectives;
                const QJsonObject o = v.toObject();
                // The demo's classification objectives (precision, recall, relevance) add n and interval.
                const QString name = o.value(QStringLiteral("name")).toString();
                const bool classification = name == QLatin1String("precision") || name == QLatin1String("recall") ||
                                            name == QLatin1String("relevance");
                QStringList keys{QStringLiteral("burnRates"), QStringLiteral("error"), QStringLiteral("errorBudget"),
                                 QStringLiteral("latest"),    QStringLiteral("name"),  QStringLiteral("partial"),
                                 QStringLiteral("read"),      QStringLiteral("sli"),   QStringLiteral("stale"),
                                 QStringLiteral("status"),    QStringLiteral("target")};
                if (classification)
                    keys << QStringLiteral("interval") << QStringLiteral("n");
                // The demo's maintenance correction applies to recommendation-api/availability only.
                if (o.contains(QStringLiteral("raw"))) {
                    ++corrected;
                    keys << QStringLiteral("corrections") << QStringLiteral("raw");
                }
                keys.sort();
                QCOMPARE(o.keys(), keys);
                QCOMPARE(o.value(QStringLiteral("partial")), QJsonValue(false));
                if (classification) {
                    QVERIFY(o.value(QStringLiteral("n")).toDouble() > 0);
                    const QJsonArray interval = o.value(QStringLiteral("interval")).toArray();
                    QCOMPARE(interval.size(), 2);
                    QVERIFY(interval.at(0).toDouble() <= o.value(QStringLiteral("sli")).toDouble());
                    QVERIFY(o.value(QStringLiteral("sli")).toDouble() <= interval.at(1).toDouble());
                }
                QVERIFY(o.value(QStringLiteral("sli")).isDouble());
                QVERIFY(o.value(QStringLiteral("target")).isDouble());
                QVERIFY(o.value(QStringLiteral("error")).isNull());
                QCOMPARE(o.value(QStringLiteral("stale")), QJsonValue(false));
                // A one-shot evaluation of recorded data reads every window in full.
                QCOMPARE(o.value(QStringLiteral("read")), QJsonValue(QStringLiteral("full")));
                QCOMPARE(o.value(QStringLiteral("burnRates")).toObject().keys(),
                         (QStringList{QStringLiteral("1d"), QStringLiteral("1h"), QStringLiteral("2h"),
                                      QStringLiteral("30m"), QStringLiteral("3d"), QStringLiteral("5m"),
                                      QStringLiteral("6h")}));
                QVERIFY(
                    o.value(QStringLiteral("errorBudget")).toObject().value(QStringLiteral("remaining")).isDouble());
            }
        }
        QCOMPARE(objectives, 11);
        QCOMPARE(corrected, 1);
        QCOMPARE(json.value(QStringLiteral("warnings")), QJsonValue(QJsonArray())); // the recording covers its windows
        QJsonObject precision;
        QJsonObject drift;
        for (const QJsonValue &v : slas.at(1).toObject().value(QStringLiteral("objectives")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")) == QStringLiteral("precision"))
                precision = v.toObject();
            if (v.toObject().value(QStringLiteral("name")) == QStringLiteral("amount-drift"))
                drift = v.toObject();
        }
        QCOMPARE(precision.value(QStringLiteral("status")).toString(), QStringLiteral("breached"));
        QVERIFY(precision.value(QStringLiteral("latest")).isNull());
        QVERIFY(qAbs(precision.value(QStringLiteral("sli")).toDouble() - 0.940338873821863) < 1e-12);
        QVERIFY(drift.value(QStringLiteral("burnRates")).toObject().value(QStringLiteral("1h")).isNull());
        QVERIFY(qAbs(drift.value(QStringLiteral("latest")).toDouble() - 0.2540661253432197) < 1e-9);
    }

    void noCorrectionsFlagAndBudgetInEventsAndTime()
    {
        for (const QString &command : {QStringLiteral("evaluate"), QStringLiteral("gate")}) {
            QStringList args{command, Demo, QStringLiteral("--at"), End, QStringLiteral("--no-corrections")};
            const Run r = slactl(command == QLatin1String("evaluate")
                                     ? args + QStringList{QStringLiteral("--format"), QStringLiteral("json")}
                                     : args);
            QVERIFY2(r.code != 2, qPrintable(r.err)); // the flag is known to both commands
            if (command != QLatin1String("evaluate"))
                continue;
            QCOMPARE(r.code, 0);
            const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(json.keys(),
                     (QStringList{QStringLiteral("at"), QStringLiteral("slas"), QStringLiteral("warnings")}));
            QCOMPARE(json.value(QStringLiteral("warnings")).toArray().size(), 0);
            const QJsonObject o = json[u"slas"][0][u"objectives"][0].toObject();
            QVERIFY(!o.contains(QStringLiteral("raw")));
            QVERIFY(!o.contains(QStringLiteral("corrections")));
            const QJsonObject budget = o.value(QStringLiteral("errorBudget")).toObject();
            QCOMPARE(budget.keys(), (QStringList{QStringLiteral("consumed"), QStringLiteral("remaining"),
                                                 QStringLiteral("remainingEvents"), QStringLiteral("remainingTime")}));
            QVERIFY(budget.value(QStringLiteral("remainingEvents")).isDouble());
            QVERIFY(budget.value(QStringLiteral("remainingTime")).isDouble());
            // Precision over 30 days: 2,626,437 tp and 166,638 fp in the recording, so
            // 5 % of 2,793,075 = 139,653.75 bad allowed, 166,638 bad: 26,984.25 too many,
            // 25,041.6 s at the window's average rate (30 d x (SLI - target)).
            int found = 0;
            for (const QJsonValue &v : json[u"slas"][1][u"objectives"].toArray()) {
                if (v[u"name"].toString() != QLatin1String("precision"))
                    continue;
                ++found;
                QVERIFY(qAbs(v[u"errorBudget"][u"remainingEvents"].toDouble() + 26984.25) < 1e-6);
                QVERIFY(qAbs(v[u"errorBudget"][u"remainingTime"].toDouble() + 2592000 * (0.95 - 0.940338873821863)) <
                        1e-6);
            }
            QCOMPARE(found, 1);
        }
    }

    void evaluateTable()
    {
        const Run r = slactl({QStringLiteral("evaluate"), Demo, QStringLiteral("--at"), End});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Evaluated at 2025-01-31T00:00:00Z")));
        QVERIFY2(r.out.contains(QStringLiteral("80.00% (24/30)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("breached")));
    }

    void verboseTurnsOnDebugLinesOnStderr()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        const QStringList evaluate{QStringLiteral("evaluate"), Demo, QStringLiteral("--at"), End};
        const Run quiet = slactl(evaluate, {}, env);
        QCOMPARE(quiet.code, 0);
        QVERIFY2(!quiet.err.contains(QStringLiteral("sladesk.")), qPrintable(quiet.err));

        const Run verbose = slactl(QStringList{QStringLiteral("--verbose")} + evaluate, {}, env);
        QCOMPARE(verbose.code, 0);
        QCOMPARE(verbose.out, quiet.out); // log lines go to stderr only
        const QRegularExpression loaded(
            QStringLiteral(
                R"(^sladesk\.metrics\.recorded: loaded \S*demo\.om(\.gz)?: \d+ bytes, \d+ series, \d+ samples$)"),
            QRegularExpression::MultilineOption);
        QVERIFY2(verbose.err.contains(loaded), qPrintable(verbose.err));
        const QRegularExpression planned(
            QStringLiteral(R"(^sladesk\.evaluation: evaluation \d+ at 2025-01-31T00:00:00Z: 3 SLAs, 1 data sources$)"),
            QRegularExpression::MultilineOption);
        QVERIFY2(verbose.err.contains(planned), qPrintable(verbose.err));
        QVERIFY2(verbose.err.contains(QStringLiteral("sladesk.cli: slactl evaluate: 3 arguments\n")),
                 qPrintable(verbose.err));

        // QT_LOGGING_RULES still switches single categories off.
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sladesk.metrics.*=false"));
        const Run filtered = slactl(QStringList{QStringLiteral("--verbose")} + evaluate, {}, env);
        QCOMPARE(filtered.code, 0);
        QVERIFY2(!filtered.err.contains(QStringLiteral("sladesk.metrics.")), qPrintable(filtered.err));
        QVERIFY2(filtered.err.contains(planned), qPrintable(filtered.err));
    }

    void invalidDocumentsExitWithOne()
    {
        const Run r = slactl({QStringLiteral("evaluate"), QStringLiteral(SLA_TEST_DATA_DIR "/cli/broken.yaml")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("error")));
    }

    void unreachableSourceExitsWithThree_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addRow("evaluate") << "evaluate";
        QTest::addRow("gate") << "gate";
    }
    void unreachableSourceExitsWithThree()
    {
        QFETCH(QString, command);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("ws.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"(apiVersion: openslo/v1
kind: DataSource
metadata: {name: prod-prometheus}
spec:
  type: prometheus
  connectionDetails: {url: 'http://127.0.0.1:%1', auth: bearer}
---
apiVersion: sladesk/v1
kind: SLA
metadata: {name: api}
spec:
  service: api
  tier: tier-3
  dataSource: prod-prometheus
  window: 30d
  objectives:
    - name: availability
      indicator:
        ratio: {bad: 'http_requests_total{code=~"5.."}', total: 'http_requests_total'}
      target: 0.999
)")
                    .arg(closedPort())
                    .toUtf8());
        f.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SLADESK_SECRET_PROD_PROMETHEUS"), QStringLiteral("s3cr3t-token-value"));
        const Run r = slactl({command, dir.path(), QStringLiteral("--at"), End}, {}, env);
        QVERIFY2(r.code == 3, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("prod-prometheus")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("check the data source's url")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("s3cr3t")));
        QVERIFY(!r.out.contains(QStringLiteral("s3cr3t")));
    }

    void gateFailsOnBlockingBreachesAndWritesJUnit()
    {
        QTemporaryDir dir;
        const QString junit = dir.filePath(QStringLiteral("gate.xml"));
        const Run r =
            slactl({QStringLiteral("gate"), Demo, QStringLiteral("--at"), End, QStringLiteral("--junit"), junit});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("FAIL   fraud-detection-api/precision is breached")));
        QVERIFY(r.out.contains(QStringLiteral("gate: FAILED, 2 breached objective(s)")));
        QFile f(junit);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int suites = 0, cases = 0, failures = 0;
        QString failureText;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("testsuite"))
                ++suites;
            else if (xml.name() == QLatin1String("testcase"))
                ++cases;
            else if (xml.name() == QLatin1String("failure")) {
                ++failures;
                if (failureText.isEmpty())
                    failureText = xml.readElementText();
            }
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(suites, 3);
        QCOMPARE(cases, 11);
        QCOMPARE(failures, 2);
        QVERIFY2(failureText.contains(QStringLiteral("SLI 94.0339% against target 95.0000%")), qPrintable(failureText));
        QVERIFY(failureText.contains(QStringLiteral("remaining -19.3%")));
    }

    void gateWithoutObjectivesFails()
    {
        // Issue 14: a workspace with nothing to check passed the gate.
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("ds.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: rec}\n"
                "spec: {type: recorded, connectionDetails: {file: x.om}}\n");
        f.close();
        const Run r = slactl({QStringLiteral("gate"), dir.path(), QStringLiteral("--at"), End});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QStringLiteral("gate: FAILED, the workspace has no objectives to check\n"));
        const Run tier =
            slactl({QStringLiteral("gate"), Demo, QStringLiteral("--at"), End, QStringLiteral("--tier"),
                    QStringLiteral("tier-1"), QStringLiteral("--recorded"), QStringLiteral("/nonexistent.om")});
        QCOMPARE(tier.code, 3); // a source error still wins
    }

    void gateWritesJUnitIntoAFifo()
    {
        // Issue 14 item 3: --junit replaced a FIFO (or a device) with a regular file.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("junit.pipe"));
        Sla::Core::TestUtils::FifoReader reader(fifo);
        QVERIFY(reader.created());
        const Run r =
            slactl({QStringLiteral("gate"), Demo, QStringLiteral("--at"), End, QStringLiteral("--junit"), fifo});
        QCOMPARE(r.code, 1);
        const QByteArray received = reader.received();
        QVERIFY2(received.startsWith("<?xml"), received.constData());
        QCOMPARE(received.count("<testcase "), 11);
        QVERIFY(reader.isStillFifo());
    }

    void credentialsFromEndlessInputIsRefused()
    {
        // `credentials set < /dev/zero` read until bad_alloc.
        QProcess p;
        p.setStandardInputFile(QStringLiteral("/dev/zero"));
        p.start(qEnvironmentVariable("SLACTL"),
                {QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("prod")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().startsWith("slactl credentials: the secret on standard input is longer than "
                                                     "64 KiB; pipe in only the secret\n"),
                 "a clear usage error");
    }

    void gatePassesOnOtherTiers_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addRow("tier-2") << "tier-2";
        QTest::addRow("tier-3") << "tier-3";
    }
    void gatePassesOnOtherTiers()
    {
        QFETCH(QString, tier);
        const Run r =
            slactl({QStringLiteral("gate"), Demo, QStringLiteral("--at"), End, QStringLiteral("--tier"), tier});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("gate: passed, 3 objective(s) checked")));
    }

    void credentialsWithoutSecretService()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        const Run set =
            slactl({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("prod")}, "token\n", env);
        QCOMPARE(set.code, 3);
        QVERIFY2(set.err.contains(QStringLiteral("no keychain (Secret Service) is reachable")), qPrintable(set.err));
        QVERIFY(set.err.contains(QStringLiteral("SLADESK_SECRET_PROD")));
        QVERIFY(!set.err.contains(QStringLiteral("token\n")));
        const Run del =
            slactl({QStringLiteral("credentials"), QStringLiteral("delete"), QStringLiteral("prod")}, {}, env);
        QCOMPARE(del.code, 3);
    }

    void datadogCredentialsNeedTwoLines()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("dd.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: dd}\nspec:\n  type: datadog\n"
                "  connectionDetails: {site: datadoghq.eu}\n");
        f.close();
        const Run r = slactl({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("dd"),
                              QStringLiteral("--workspace"), dir.path()},
                             "only-the-api-key\n");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("two lines")));
    }
    void prometheusFlagNeverEchoesItsPassword()
    {
        const QString url = QStringLiteral("http://alice:canary-pass-4e1f@127.0.0.1:%1").arg(closedPort());
        const Run r = slactl({QStringLiteral("evaluate"), Demo, QStringLiteral("--at"), End,
                              QStringLiteral("--prometheus"), url, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("http://alice@127.0.0.1:")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("canary-pass-4e1f")));
        QVERIFY(!r.out.contains(QStringLiteral("canary-pass-4e1f")));
    }

    void controlCharactersInFlagsAndSecretsAreRefused()
    {
        // --prometheus: a usage error that names the flag, never the value.
        const Run flag = slactl({QStringLiteral("evaluate"), Demo, QStringLiteral("--prometheus"),
                                 QStringLiteral("http://127.0.0.1:1/\r\nX-Evil: injected")});
        QCOMPARE(flag.code, 2);
        QVERIFY2(flag.err.contains(QStringLiteral("--prometheus contains the control character CR at position 20")),
                 qPrintable(flag.err));
        QVERIFY(!flag.err.contains(QStringLiteral("X-Evil")));

        // The environment override: the source refuses it before sending anything.
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("ws.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: prod-prometheus}\nspec:\n"
                               "  type: prometheus\n  connectionDetails: {url: 'http://127.0.0.1:%1', auth: bearer}\n"
                               "---\napiVersion: sladesk/v1\nkind: SLA\nmetadata: {name: api}\nspec:\n  service: api\n"
                               "  tier: tier-3\n  dataSource: prod-prometheus\n  window: 30d\n  objectives:\n"
                               "    - name: availability\n      indicator:\n"
                               "        ratio: {bad: 'x_total{code=\"5\"}', total: 'x_total'}\n      target: 0.999\n")
                    .arg(closedPort())
                    .toUtf8());
        f.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SLADESK_SECRET_PROD_PROMETHEUS"), QStringLiteral("tok\r\nX-Evil: injected"));
        const Run secret = slactl({QStringLiteral("evaluate"), dir.path(), QStringLiteral("--at"), End}, {}, env);
        QCOMPARE(secret.code, 3);
        QVERIFY2(secret.err.contains(QStringLiteral(
                     "the secret of data source 'prod-prometheus' contains the control character CR at position 4")),
                 qPrintable(secret.err));
        QVERIFY(!secret.err.contains(QStringLiteral("X-Evil")) && !secret.out.contains(QStringLiteral("X-Evil")));

        // credentials set: refused before the keychain is asked.
        const Run set = slactl({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("prod-prometheus"),
                                QStringLiteral("--workspace"), dir.path()},
                               "tok\r\nX-Evil: injected\n");
        QCOMPARE(set.code, 2);
        QVERIFY2(set.err.contains(QStringLiteral("the secret on standard input contains the control character CR")),
                 qPrintable(set.err));
        QVERIFY(!set.err.contains(QStringLiteral("X-Evil")));
    }
};

QTEST_GUILESS_MAIN(TestSlactlEvaluate)
#include "tst_slactl_evaluate.moc"
