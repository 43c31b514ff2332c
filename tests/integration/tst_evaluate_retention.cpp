// SPDX-License-Identifier: Apache-2.0
// `slactl evaluate --prometheus` against a real Prometheus 2.42 started by
// with-prometheus.sh with `--storage.tsdb.retention.time=15d`: the server names its
// retention in /api/v1/status/runtimeinfo, and every 30-day window of the demo reaches
// further back than 15 days before now, so each objective is marked partial and the report
// carries one warning for the source (in JSON and as a note of the table). A recording of
// the same data, which covers its windows, gives no warning.

#include "tests/support/slactlrunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const QString DemoWorkspace = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
const QString End = QStringLiteral("2025-01-31T00:00:00Z");

Sla::TestSupport::SlactlResult<QByteArray> run(const QStringList &extra)
{
    Sla::TestSupport::SlactlOptions options;
    options.timeoutMs = 120000;
    return Sla::TestSupport::runSlactlBytes(
        QStringList{QStringLiteral("evaluate"), DemoWorkspace, QStringLiteral("--at"), End} + extra, options);
}
} // namespace

class TestEvaluateRetention : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void shortRetentionMarksWindowsPartial();
    void tableNotesTheWarning();
    void recordingCoversItsWindows();
};

void TestEvaluateRetention::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("PROM_URL").isEmpty(), "run under with-prometheus.sh --retention 15d");
}

void TestEvaluateRetention::shortRetentionMarksWindowsPartial()
{
    const QString url = qEnvironmentVariable("PROM_URL");
    const auto r = run({QStringLiteral("--prometheus"), url, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0 || r.code == 3, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    const QJsonArray warnings = json.value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 1); // one line per source, however many objectives it serves
    const QString line = warnings.at(0).toString();
    QVERIFY2(line.startsWith(QStringLiteral("data source '%1' keeps 15d of data (retention)").arg(url)),
             qPrintable(line));
    // The longest window of the demo: a 30-day window (or the drift reference, which starts
    // on the same day).
    QVERIFY2(line.contains(QStringLiteral("30d of ")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("reads from 2025-01-01T00:00:00Z")), qPrintable(line));
    int partial = 0;
    int objectives = 0;
    for (const QJsonValue &sla : json.value(QStringLiteral("slas")).toArray()) {
        for (const QJsonValue &o : sla.toObject().value(QStringLiteral("objectives")).toArray()) {
            ++objectives;
            if (o.toObject().value(QStringLiteral("error")).isNull())
                partial += o.toObject().value(QStringLiteral("partial")).toBool() ? 1 : 0;
            else
                QVERIFY(!o.toObject().value(QStringLiteral("partial")).toBool());
        }
    }
    QCOMPARE(objectives, 11);
    QVERIFY2(partial > 0, "no objective marked partial");
}

void TestEvaluateRetention::tableNotesTheWarning()
{
    const QString url = qEnvironmentVariable("PROM_URL");
    const auto r = run({QStringLiteral("--prometheus"), url});
    const QString table = QString::fromUtf8(r.out);
    QVERIFY2(table.contains(QStringLiteral("! warning: data source '%1' keeps 15d of data").arg(url)),
             qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("partial:")), qPrintable(table));
}

void TestEvaluateRetention::recordingCoversItsWindows()
{
    // The demo recording starts 2025-01-01T00:00:00Z, exactly 30 days before End.
    const auto r = run({QStringLiteral("--recorded"), qEnvironmentVariable("DEMO_OM"), QStringLiteral("--format"),
                        QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("warnings")).toArray(), QJsonArray());
}

QTEST_GUILESS_MAIN(TestEvaluateRetention)
#include "tst_evaluate_retention.moc"
