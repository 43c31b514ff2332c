// SPDX-License-Identifier: Apache-2.0
#include "core/document/model.h"
#include "core/document/yamlwriter.h"
#include "core/exchange/loader.h"
#include "tests/support/testutils.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Sla::Core;
using namespace Sla::Core::TestUtils;

namespace {
QString fixture()
{
    return QStringLiteral(SLA_TEST_DATA_DIR "/document/full.yaml");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// A small SLA built in code, so the golden text does not depend on the reader.
Workspace smallWorkspace()
{
    Sla::Core::Sla sla;
    sla.metadata.name = QStringLiteral("checkout");
    sla.service = QStringLiteral("checkout");
    sla.tier = QStringLiteral("tier-2");
    sla.dataSource = QStringLiteral("prom");
    sla.window = Window::rollingWindow(Duration::days(28));
    Objective avail;
    avail.name = QStringLiteral("availability");
    avail.indicator.kind = IndicatorKind::Ratio;
    avail.indicator.ratio.bad = QStringLiteral("http_requests_total{job=\"checkout\",code=~\"5..\"}");
    avail.indicator.ratio.total = QStringLiteral("http_requests_total{job=\"checkout\"}");
    avail.target = 0.9995; // the nearest double is 0.99950000000000005507...
    Objective latency;
    latency.name = QStringLiteral("p99");
    latency.indicator.kind = IndicatorKind::Latency;
    latency.indicator.latency.histogram = QStringLiteral("http_request_duration_seconds");
    latency.indicator.latency.percentile = 0.99;
    latency.indicator.latency.threshold = 0.25;
    latency.budgeting = {Budgeting::Method::Timeslices, Duration::minutes(90)};
    latency.target = 0.1 + 0.2; // 0.30000000000000004: not the same double as 0.3
    Window calendar;
    calendar.kind = Window::Kind::Calendar;
    calendar.calendar = CalendarUnit::Month;
    calendar.timeZone = QStringLiteral("Europe/Berlin");
    latency.window = calendar;
    sla.objectives = {avail, latency};
    AlertRule burn;
    burn.kind = AlertRule::Kind::BurnRate;
    burn.burnRateDefault = true;
    AlertRule noData;
    noData.kind = AlertRule::Kind::NoData;
    noData.name = QStringLiteral("silent");
    noData.objective = QStringLiteral("availability");
    noData.noData = Duration::minutes(10);
    noData.severity = AlertSeverity::Ticket;
    sla.alerts = {burn, noData};
    sla.notify = {NotifyTarget{NotifyTarget::Kind::Desktop, {}, {}}};
    Workspace ws;
    ws.slas << sla;
    return ws;
}

const char *const kGolden = R"(apiVersion: sladesk/v1
kind: SLA
metadata:
  name: checkout
spec:
  service: checkout
  tier: tier-2
  dataSource: prom
  window: 28d
  objectives:
    - name: availability
      indicator:
        ratio:
          bad: 'http_requests_total{job="checkout",code=~"5.."}'
          total: 'http_requests_total{job="checkout"}'
      target: 0.9995
    - name: p99
      indicator:
        latency:
          histogram: http_request_duration_seconds
          percentile: 0.99
          threshold: 0.25
      budgeting:
        timeslices: 1h30m
      target: 0.30000000000000004
      window:
        calendar: month
        timeZone: Europe/Berlin
  alerts:
    - burnRate: default
    - name: silent
      objective: availability
      noData: 10m
      severity: ticket
  notify:
    - desktop
)";
} // namespace

class TestYamlWriter : public QObject
{
    Q_OBJECT
private slots:
    void fullFixture_loadsCleanly();
    void roundTrip_fullFixture_givesEqualWorkspace();
    void save_twice_givesIdenticalBytes();
    void golden_smallSla();
    void documents_inKindOrder_builtInTiersSkipped();
    void defaults_areOmitted();
    void strings_quotedOnlyWhenNeeded_data();
    void strings_quotedOnlyWhenNeeded();
    void saveDocuments_writesFile();
    void saveDocuments_failure_leavesOldFileIntact();
};

void TestYamlWriter::fullFixture_loadsCleanly()
{
    const LoadResult r = DocumentLoader::loadPaths({fixture()});
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    const Workspace &ws = r.workspace;
    QCOMPARE(ws.dataSources.size(), 4);
    QCOMPARE(ws.services.size(), 2);
    QCOMPARE(ws.tiers.size(), 1);
    QCOMPARE(ws.slas.size(), 1);
    QCOMPARE(ws.corrections.size(), 1);
    QCOMPARE(ws.annotations.size(), 1);
    QCOMPARE(ws.corrections.constFirst().start, QDateTime(QDate(2025, 1, 5), QTime(1, 0), Qt::UTC));
    QCOMPARE(ws.tiers.constFirst().minSamples, std::optional<double>(50));
    const Sla::Core::Sla &sla = ws.slas.constFirst();
    QCOMPARE(sla.objectives.size(), 11);
    QCOMPARE(sla.weight, std::optional<double>(2.5));
    QCOMPARE(sla.alerts.size(), 8);
    QCOMPARE(sla.alerts.at(6).kind, AlertRule::Kind::Drift);
    QCOMPARE(sla.alerts.at(6).driftAbove, std::optional<double>(0.25));
    QCOMPARE(sla.alerts.at(6).keepFiring, std::optional<Duration>(Duration::hours(1)));
    QCOMPARE(sla.alerts.at(6).forDuration, std::optional<Duration>(Duration::minutes(30)));
    QVERIFY(!sla.alerts.at(7).driftAbove); // the objective's threshold
    QCOMPARE(sla.notify.size(), 3);
    // Every indicator kind is present.
    QSet<IndicatorKind> kinds;
    for (const Objective &o : sla.objectives)
        kinds.insert(o.indicator.kind);
    QCOMPARE(kinds.size(), 6);
    QCOMPARE(toString(ws.dataSources.at(3).type), toString(DataSourceType::Other));
    QCOMPARE(ws.dataSources.at(3).otherDetails.value(QStringLiteral("roleArn")),
             QStringLiteral("arn:aws:iam::123456789012:role/sla"));
}

void TestYamlWriter::roundTrip_fullFixture_givesEqualWorkspace()
{
    const LoadResult first = DocumentLoader::loadPaths({fixture()});
    QVERIFY(first.ok());
    const QByteArray text = writeDocuments(first.workspace);
    const LoadResult second = DocumentLoader::loadData(text, QStringLiteral("saved.yaml"));
    QVERIFY2(second.diagnostics.isEmpty(), qPrintable(dump(second.diagnostics) + u'\n' + QString::fromUtf8(text)));
    QVERIFY(second.workspace == first.workspace);
    // Spot checks that equality is not vacuous.
    QCOMPARE(second.workspace.slas.constFirst().objectives.at(6).indicator.drift.referenceTo,
             QDateTime(QDate(2025, 1, 15), QTime(12, 30), Qt::UTC));
    QCOMPARE(second.workspace.tiers.constFirst().atRisk, 0.3);
    QCOMPARE(second.workspace.slas.constFirst().objectives.at(4).labelDelay,
             std::optional<Duration>(Duration::days(3)));
    QCOMPARE(second.workspace.corrections.constFirst().recurrence,
             QStringLiteral("FREQ=MONTHLY;BYDAY=1SU,-1SU;UNTIL=20251231T235959Z"));
    QCOMPARE(toString(second.workspace.annotations.constFirst().kind), QStringLiteral("deploy"));
    QCOMPARE(second.workspace.slas.constFirst().alerts.at(5).keepFiring,
             std::optional<Duration>(Duration::minutes(10)));
    QCOMPARE(second.workspace.slas.constFirst().weight, std::optional<double>(2.5));
    QVERIFY(!(second.workspace == Workspace()));
}

void TestYamlWriter::save_twice_givesIdenticalBytes()
{
    const LoadResult r = DocumentLoader::loadPaths({fixture()});
    const QByteArray once = writeDocuments(r.workspace);
    QCOMPARE(writeDocuments(r.workspace), once);
    // And writing what was read back from the output changes nothing.
    const LoadResult again = DocumentLoader::loadData(once, QStringLiteral("saved.yaml"));
    QCOMPARE(writeDocuments(again.workspace), once);
    QCOMPARE(once.count("---\n"), 9); // ten documents
}

void TestYamlWriter::golden_smallSla()
{
    const QByteArray text = writeDocuments(smallWorkspace());
    QCOMPARE(QString::fromUtf8(text), QString::fromUtf8(kGolden));
    const LoadResult r = DocumentLoader::loadData(text, QStringLiteral("golden.yaml"));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    QVERIFY(r.workspace == smallWorkspace());
}

void TestYamlWriter::documents_inKindOrder_builtInTiersSkipped()
{
    Workspace ws;
    ws.slas = smallWorkspace().slas;
    TierTemplate builtIn;
    builtIn.metadata.name = QStringLiteral("tier-1");
    builtIn.builtIn = true;
    TierTemplate own;
    own.metadata.name = QStringLiteral("tier-own");
    ws.tiers = {builtIn, own};
    Service svc;
    svc.metadata.name = QStringLiteral("checkout");
    ws.services = {svc};
    DataSource ds;
    ds.metadata.name = QStringLiteral("rec");
    ds.type = DataSourceType::Recorded;
    ds.file = QStringLiteral("demo.om");
    ws.dataSources = {ds};

    const QString text = QString::fromUtf8(writeDocuments(ws));
    const qsizetype pDs = text.indexOf(QLatin1String("kind: DataSource"));
    const qsizetype pSvc = text.indexOf(QLatin1String("kind: Service"));
    const qsizetype pTier = text.indexOf(QLatin1String("kind: TierTemplate"));
    const qsizetype pSla = text.indexOf(QLatin1String("kind: SLA"));
    QCOMPARE(pDs, 23); // right after "apiVersion: openslo/v1\n" (no leading separator)
    QVERIFY(pDs < pSvc && pSvc < pTier && pTier < pSla);
    QVERIFY(!text.contains(QLatin1String("tier-1")));
    QVERIFY(text.contains(QLatin1String("name: tier-own\nspec: {}\n")));
    QVERIFY(text.contains(QLatin1String("name: checkout\nspec: {}\n---\n")));
    QVERIFY(text.contains(QLatin1String("  type: recorded\n  connectionDetails:\n    file: demo.om\n---\n")));
}

void TestYamlWriter::defaults_areOmitted()
{
    const QByteArray yaml = "apiVersion: sladesk/v1\nkind: TierTemplate\nmetadata: {name: t}\n"
                            "spec: {atRisk: 0.25, gate: warn, displayName: T}\n"
                            "---\n"
                            "apiVersion: sladesk/v1\nkind: SLA\nmetadata: {name: s}\nspec:\n"
                            "  contract: {credits: [{below: 0.99, credit: 0.1}], period: month}\n"
                            "  objectives:\n"
                            "    - {name: o, indicator: {threshold: {metric: m, op: gte, value: 1, aggregate: avg}},\n"
                            "       budgeting: {timeslices: 5m}, target: 0.9}\n"
                            "    - {name: p, indicator: {ratio: {good: g, total: t}}, budgeting: occurrences, "
                            "target: 0.9}\n"
                            "---\n"
                            "apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: p}\n"
                            "spec: {type: prometheus, connectionDetails: {url: 'http://p', auth: none, "
                            "insecureSkipVerify: false}}\n";
    const LoadResult r = DocumentLoader::loadData(yaml, QStringLiteral("d.yaml"));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    const QString text = QString::fromUtf8(writeDocuments(r.workspace));
    for (const char *absent : {"atRisk", "gate", "period", "aggregate", "occurrences", "auth", "insecureSkipVerify"})
        QVERIFY2(!text.contains(QLatin1String(absent)), absent);
    QCOMPARE(text.count(QLatin1String("budgeting:")), 1);
    QVERIFY(text.contains(QLatin1String("      budgeting:\n        timeslices: 5m\n")));
    QVERIFY(text.contains(QLatin1String("  connectionDetails:\n    url: http://p\n")));
}

void TestYamlWriter::strings_quotedOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::addRow("plain") << "risk-ml-oncall"
                           << "risk-ml-oncall";
    QTest::addRow("spaces") << "Fraud detection API"
                            << "Fraud detection API";
    QTest::addRow("selector") << "up{job=\"a\"}"
                              << "'up{job=\"a\"}'";
    QTest::addRow("single quote doubled") << "it's"
                                          << "'it''s'";
    QTest::addRow("looks like a number") << "1234"
                                         << "'1234'";
    QTest::addRow("looks like a bool") << "yes"
                                       << "'yes'";
    QTest::addRow("colon space") << "a: b"
                                 << "'a: b'";
    QTest::addRow("comment") << "a #b"
                             << "'a #b'";
    QTest::addRow("leading dash") << "-x"
                                  << "'-x'";
    QTest::addRow("url") << "https://a.example/x?y=1"
                         << "https://a.example/x?y=1";
    QTest::addRow("non-ASCII") << QStringLiteral("Z\u00fcrich \u2192 Bern")
                               << QStringLiteral("Z\u00fcrich \u2192 Bern");
    QTest::addRow("newline") << "two\nlines"
                             << "\"two\\nlines\"";
}

void TestYamlWriter::strings_quotedOnlyWhenNeeded()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    Workspace ws;
    Service svc;
    svc.metadata.name = QStringLiteral("s");
    svc.description = value;
    ws.services << svc;
    const QByteArray text = writeDocuments(ws);
    QCOMPARE(QString::fromUtf8(text), QStringLiteral("apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: s\n"
                                                     "spec:\n  description: ") +
                                          written + u'\n');
    const LoadResult r = DocumentLoader::loadData(text, QStringLiteral("s.yaml"));
    QCOMPARE(r.workspace.services.constFirst().description, value);
}

void TestYamlWriter::saveDocuments_writesFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sla.yaml"));
    QString error;
    QVERIFY(saveDocuments(path, smallWorkspace(), &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(readAll(path), QByteArray(kGolden));
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("sla.yaml")});
}

void TestYamlWriter::saveDocuments_failure_leavesOldFileIntact()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A name of 250 characters is allowed, but the temporary file QSaveFile writes next to
    // it (the name plus a random suffix) exceeds NAME_MAX, so the save fails before the
    // old file could be touched. Unlike a read-only folder this fails for root too.
    const QString path = dir.filePath(QString(250, u'a'));
    const QByteArray old = "apiVersion: openslo/v1\nkind: Service\nmetadata: {name: old}\nspec: {}\n";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(old), old.size());
    }
    QString error;
    QVERIFY(!saveDocuments(path, smallWorkspace(), &error));
    QVERIFY2(error.contains(QString(250, u'a')), qPrintable(error));
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);

    // A missing folder fails the same way and creates nothing.
    const QString missing = dir.filePath(QStringLiteral("no/such/dir/sla.yaml"));
    QVERIFY(!saveDocuments(missing, smallWorkspace(), &error));
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
