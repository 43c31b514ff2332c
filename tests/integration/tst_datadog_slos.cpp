// SPDX-License-Identifier: Apache-2.0
// `slactl datadog-slos` (the real binary from SLACTL) and DatadogSource's SLO calls against
// the local Datadog stub serving tests/data/datadog/cli-slos.json: the documents it writes
// validate and carry the SLOs' targets, windows and queries; the --history table shows the
// stub's figures; a wrong key exits with 3 and never shows the key; usage errors exit with 2.

#include "core/exchange/loader.h"
#include "core/metrics/datadog/datadogsource.h"
#include "datadogstubprocess.h"
#include "tests/support/slactlrunner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Sla::Core;
using SlaDoc = Sla::Core::Sla;

namespace {
const QString Fixture = QStringLiteral(SLA_TEST_DATA_DIR "/datadog/cli-slos.json");
const QString MetricId = QStringLiteral("c0ffee00c0ffee00c0ffee00c0ffee01");
const QString SliceId = QStringLiteral("c0ffee00c0ffee00c0ffee00c0ffee02");
const QString MonitorId = QStringLiteral("c0ffee00c0ffee00c0ffee00c0ffee03");
// The span of tests/data/datadog/stub.om.
constexpr qint64 From = 1699999200;
constexpr qint64 To = 1700002800;

using Run = Sla::TestSupport::SlactlResult<QString>;

QProcessEnvironment keysEnvironment(const QString &apiKey = QStringLiteral("stub-api-key"))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SLADESK_SECRET_DD"));
    env.insert(QStringLiteral("DD_API_KEY"), apiKey);
    env.insert(QStringLiteral("DD_APP_KEY"), QStringLiteral("stub-app-key"));
    return env;
}

Run slactl(const QStringList &args, const QProcessEnvironment &env = keysEnvironment())
{
    Sla::TestSupport::SlactlOptions options;
    options.env = env;
    return Sla::TestSupport::runSlactl(args, options);
}

template <typename T> bool waitFor(const QFuture<T> &future, int ms = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < ms)
        QTest::qWait(10);
    return future.isFinished();
}

QString percent(double v)
{
    return QString::number(v, 'f', 4) + u'%';
}
} // namespace

class TestDatadogSlos : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void import_writesDocumentsThatValidate();
    void import_withoutOutputPrintsTheSameDocuments();
    void import_onlyTheGivenIds();
    void history_tableShowsTheStubsFigures();
    void wrongKey_exitsWithThreeAndHidesTheKey();
    void errors_exitCodes_data();
    void errors_exitCodes();
    void source_listsEveryPage();
    void source_oneSloAndItsHistory();

private:
    DataSource config() const;
    QJsonObject stubHistory(const QString &id);

    DatadogStubProcess m_stub;
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestDatadogSlos::initTestCase()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("SLACTL")));
    QVERIFY(m_stub.start({QStringLiteral("--slos"), Fixture})); // the last --slos wins
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("ws"));
    QVERIFY(QDir().mkpath(m_workspace));
    QFile sources(m_workspace + QStringLiteral("/data-sources.yaml"));
    QVERIFY(sources.open(QIODevice::WriteOnly));
    sources.write(QStringLiteral("apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: dd}\nspec:\n"
                                 "  type: datadog\n  connectionDetails: {url: 'http://127.0.0.1:%1'}\n---\n"
                                 "apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: prom}\nspec:\n"
                                 "  type: prometheus\n  connectionDetails: {url: 'http://127.0.0.1:9'}\n")
                      .arg(m_stub.port())
                      .toUtf8());
}

DataSource TestDatadogSlos::config() const
{
    DataSource ds;
    ds.metadata.name = QStringLiteral("dd");
    ds.type = DataSourceType::Datadog;
    ds.typeName = QStringLiteral("datadog");
    ds.url = QStringLiteral("http://127.0.0.1:%1").arg(m_stub.port());
    return ds;
}

/// The stub's own history answer, fetched without SLA Desk code.
QJsonObject TestDatadogSlos::stubHistory(const QString &id)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_stub.url(
        QStringLiteral("/api/v1/slo/%1/history").arg(id),
        {{QStringLiteral("from_ts"), QString::number(From)}, {QStringLiteral("to_ts"), QString::number(To)}}));
    request.setRawHeader("DD-API-KEY", "stub-api-key");
    request.setRawHeader("DD-APPLICATION-KEY", "stub-app-key");
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data")).toObject();
}

void TestDatadogSlos::import_writesDocumentsThatValidate()
{
    const QString file = m_workspace + QStringLiteral("/datadog-slos.yaml");
    const Run r =
        slactl({QStringLiteral("datadog-slos"), QStringLiteral("dd"), m_workspace, QStringLiteral("-o"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("\"API monitors\": monitor SLOs are computed from monitors")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("3 SLO(s) from Datadog source 'dd', 2 imported")), qPrintable(r.err));

    const Run valid = slactl({QStringLiteral("validate"), m_workspace});
    QVERIFY2(valid.code == 0, qPrintable(valid.out + valid.err));
    QVERIFY(valid.out.contains(QStringLiteral("4 document(s)"))); // two sources, two SLAs

    const LoadResult loaded = DocumentLoader::loadPaths({m_workspace});
    QCOMPARE(loaded.workspace.slas.size(), 2);
    const SlaDoc *web = loaded.workspace.findSla(QStringLiteral("web-success-rate"));
    QVERIFY(web);
    QCOMPARE(web->dataSource, QStringLiteral("dd"));
    QCOMPARE(web->metadata.annotations.value(QStringLiteral("datadoghq.com/slo-id")), MetricId);
    QVERIFY(web->window && web->window->rolling == Duration::days(30));
    QCOMPARE(web->objectives.size(), 2);
    QCOMPARE(web->objectives.at(0).name, QStringLiteral("web-success-rate-30d"));
    QCOMPARE(web->objectives.at(0).target, 0.99);
    QVERIFY(!web->objectives.at(0).window);
    QCOMPARE(web->objectives.at(0).indicator.query.good,
             QStringLiteral("sum:http_requests{service:web,!code:500}.as_count()"));
    QCOMPARE(web->objectives.at(0).indicator.query.total, QStringLiteral("sum:http_requests{service:web}.as_count()"));
    QCOMPARE(web->objectives.at(1).name, QStringLiteral("web-success-rate-7d"));
    QCOMPARE(web->objectives.at(1).target, 0.95);
    QVERIFY(web->objectives.at(1).window && web->objectives.at(1).window->rolling == Duration::days(7));

    const SlaDoc *queue = loaded.workspace.findSla(QStringLiteral("web-queue-depth"));
    QVERIFY(queue);
    QVERIFY(queue->window && queue->window->rolling == Duration::days(7));
    QCOMPARE(queue->objectives.size(), 1);
    const Objective &slice = queue->objectives.constFirst();
    QCOMPARE(slice.target, 0.75);
    QCOMPARE(slice.indicator.query.value, QStringLiteral("max:queue_depth{service:web}"));
    QVERIFY(slice.indicator.query.op == CompareOp::Lte);
    QCOMPARE(slice.indicator.query.threshold, std::optional<double>(6));
    QVERIFY(slice.budgeting.method == Budgeting::Method::Timeslices);
    QVERIFY(slice.budgeting.slice == Duration::minutes(5));
    QVERIFY(QFile::remove(file)); // the other tests load the workspace without it
}

void TestDatadogSlos::import_withoutOutputPrintsTheSameDocuments()
{
    const QString file = m_dir.filePath(QStringLiteral("out.yaml"));
    const Run toFile =
        slactl({QStringLiteral("datadog-slos"), QStringLiteral("dd"), m_workspace, QStringLiteral("-o"), file});
    QVERIFY2(toFile.code == 0, qPrintable(toFile.err));
    const Run toStdout = slactl({QStringLiteral("datadog-slos"), QStringLiteral("dd"), m_workspace});
    QVERIFY2(toStdout.code == 0, qPrintable(toStdout.err));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(toStdout.out, QString::fromUtf8(f.readAll()));
    QVERIFY(toStdout.out.startsWith(QStringLiteral("apiVersion: sladesk/v1\nkind: SLA\n")));
}

void TestDatadogSlos::import_onlyTheGivenIds()
{
    const Run r =
        slactl({QStringLiteral("datadog-slos"), QStringLiteral("dd"), m_workspace, QStringLiteral("--ids"), SliceId});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const LoadResult loaded = DocumentLoader::loadData(r.out.toUtf8(), QStringLiteral("out.yaml"));
    QCOMPARE(loaded.workspace.slas.size(), 1);
    QCOMPARE(loaded.workspace.slas.constFirst().metadata.name, QStringLiteral("web-queue-depth"));
    QVERIFY(!r.err.contains(QStringLiteral("monitor"))); // the monitor SLO was not asked for
}

void TestDatadogSlos::history_tableShowsTheStubsFigures()
{
    const QString file = m_dir.filePath(QStringLiteral("history.yaml"));
    const Run r =
        slactl({QStringLiteral("datadog-slos"), QStringLiteral("dd"), m_workspace, QStringLiteral("--history"),
                QStringLiteral("%1..%2").arg(From).arg(To), QStringLiteral("-o"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(file)); // documents to the file, the table to stdout
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("Datadog SLO history from 2023-11-14T22:00:00Z to 2023-11-14T23:00:00Z"));
    QCOMPARE(lines.value(1).split(u' ', Qt::SkipEmptyParts),
             (QStringList{QStringLiteral("SLA"), QStringLiteral("SLO"), QStringLiteral("ID"), QStringLiteral("SLI"),
                          QStringLiteral("BUDGET"), QStringLiteral("LEFT"), QStringLiteral("STATE")}));
    QCOMPARE(lines.size(), 6); // title, header, three SLOs, the monitor SLO's note

    const QList<std::pair<QString, QString>> slos = {{QStringLiteral("web-success-rate"), MetricId},
                                                     {QStringLiteral("web-queue-depth"), SliceId}};
    for (qsizetype i = 0; i < slos.size(); ++i) {
        const QStringList cells = lines.at(2 + i).split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(cells.size(), 5);
        QCOMPARE(cells.at(0), slos.at(i).first);
        QCOMPARE(cells.at(1), slos.at(i).second);
        const QJsonObject overall = stubHistory(slos.at(i).second).value(QStringLiteral("overall")).toObject();
        QVERIFY(overall.value(QStringLiteral("sli_value")).isDouble());
        QCOMPARE(cells.at(2), percent(overall.value(QStringLiteral("sli_value")).toDouble()));
        const QJsonObject budget = overall.value(QStringLiteral("error_budget_remaining")).toObject();
        QCOMPARE(budget.size(), 1);
        QCOMPARE(cells.at(3), budget.keys().constFirst() + u':' + percent(budget.begin()->toDouble()));
        QCOMPARE(cells.at(4), overall.value(QStringLiteral("state")).toString());
    }
    // The queue in stub.om never exceeds 6 in a 5-minute slice: every slice is good.
    QVERIFY(lines.at(3).contains(QStringLiteral("100.0000%")));
    const QStringList monitor = lines.at(4).split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(monitor, (QStringList{QStringLiteral("-"), MonitorId, QStringLiteral("-"), QStringLiteral("-"),
                                   QStringLiteral("-")}));
    QCOMPARE(lines.at(5), QStringLiteral("! %1: NO_RESULTS: No results found for this monitor").arg(MonitorId));
}

void TestDatadogSlos::wrongKey_exitsWithThreeAndHidesTheKey()
{
    const QString key = QStringLiteral("wrong-api-key-4f2a9c");
    const Run r = slactl({QStringLiteral("datadog-slos"), QStringLiteral("dd"), m_workspace}, keysEnvironment(key));
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("Datadog source \"dd\" rejected the API key or application key (HTTP 403")),
             qPrintable(r.err));
    QVERIFY(!r.err.contains(key));
    QVERIFY(!r.out.contains(key));
    QVERIFY(!r.err.contains(QStringLiteral("stub-app-key")));
    QVERIFY(r.out.isEmpty());
}

void TestDatadogSlos::errors_exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString cmd = QStringLiteral("datadog-slos");
    const QString ws = QStringLiteral("@ws"); // replaced by the workspace
    QTest::addRow("no arguments") << QStringList{cmd} << 2 << "expected SOURCE and WORKSPACE";
    QTest::addRow("unknown option") << QStringList{cmd, QStringLiteral("dd"), ws, QStringLiteral("--frob")} << 2
                                    << "Unknown option 'frob'";
    QTest::addRow("unknown source") << QStringList{cmd, QStringLiteral("prod"), ws} << 2
                                    << "no Datadog data source 'prod' in the workspace (it has: dd)";
    QTest::addRow("not a datadog source")
        << QStringList{cmd, QStringLiteral("prom"), ws} << 2 << "data source 'prom' has type prometheus, not datadog";
    QTest::addRow("bad period") << QStringList{cmd, QStringLiteral("dd"), ws, QStringLiteral("--history"),
                                               QStringLiteral("1700002800..1699999200")}
                                << 2 << "is not a period";
    QTest::addRow("empty ids") << QStringList{cmd, QStringLiteral("dd"), ws, QStringLiteral("--ids"),
                                              QStringLiteral(",")}
                               << 2 << "--ids needs at least one SLO id";
    QTest::addRow("invalid workspace") << QStringList{cmd, QStringLiteral("dd"),
                                                      QStringLiteral(SLA_TEST_DATA_DIR "/cli/broken.yaml")}
                                       << 1 << "the workspace has";
    QTest::addRow("unknown id") << QStringList{cmd, QStringLiteral("dd"), ws, QStringLiteral("--ids"),
                                               MetricId + QStringLiteral(",deadbeef")}
                                << 3 << "Datadog source 'dd' has no SLO with id deadbeef; nothing written";
    QTest::addRow("id that is no id") << QStringList{cmd, QStringLiteral("dd"), ws, QStringLiteral("--ids"),
                                                     QStringLiteral("../validate")}
                                      << 3 << "\"../validate\" is not an SLO id";
}

void TestDatadogSlos::errors_exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    args.replaceInStrings(QStringLiteral("@ws"), m_workspace);
    const Run r = slactl(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestDatadogSlos::source_listsEveryPage()
{
    DatadogSource::Options options;
    options.sloPageSize = 2; // three SLOs: a full page, then one of one
    DatadogSource source(config(), QStringLiteral("stub-api-key"), QStringLiteral("stub-app-key"), options);
    const auto all = source.listSlos();
    QVERIFY(waitFor(all));
    const SourceResult<QList<DatadogSlo>> listed = all.result();
    QVERIFY(listed.isOk());
    QStringList ids;
    for (const DatadogSlo &s : listed.value())
        ids << s.id;
    QCOMPARE(ids, (QStringList{MetricId, SliceId, MonitorId}));

    const auto named = source.listSlos({}, QStringLiteral("queue"));
    QVERIFY(waitFor(named));
    QCOMPARE(named.result().value().size(), 1);
    QCOMPARE(named.result().value().constFirst().id, SliceId);
}

void TestDatadogSlos::source_oneSloAndItsHistory()
{
    DatadogSource source(config(), QStringLiteral("stub-api-key"), QStringLiteral("stub-app-key"));
    const auto one = source.slo(SliceId);
    QVERIFY(waitFor(one));
    QVERIFY(one.result().isOk());
    QCOMPARE(one.result().value().name, QStringLiteral("Web queue depth"));
    QCOMPARE(one.result().value().sliceThreshold, std::optional<double>(6));

    const auto history = source.sloHistory(MetricId, QDateTime::fromSecsSinceEpoch(From, Qt::UTC),
                                           QDateTime::fromSecsSinceEpoch(To, Qt::UTC));
    QVERIFY(waitFor(history));
    QVERIFY(history.result().isOk());
    const QJsonObject overall = stubHistory(MetricId).value(QStringLiteral("overall")).toObject();
    QCOMPARE(history.result().value().sliValue,
             std::optional<double>(overall.value(QStringLiteral("sli_value")).toDouble()));
    QCOMPARE(history.result().value().state, overall.value(QStringLiteral("state")).toString());

    const auto missing = source.slo(QStringLiteral("0123abcd"));
    QVERIFY(waitFor(missing));
    QVERIFY(!missing.result().isOk());
    QVERIFY(missing.result().error().kind == SourceError::Kind::BadQuery);
    QCOMPARE(missing.result().error().httpStatus, 404);
    QVERIFY(missing.result().error().message.contains(QStringLiteral("SLO not found")));
}

QTEST_GUILESS_MAIN(TestDatadogSlos)
#include "tst_datadog_slos.moc"
