// SPDX-License-Identifier: Apache-2.0
// What slactl evaluate and gate say on stderr about figures that stand but deserve a doubt
// (issue 14): a recording's NaN/Inf, negative counter and out-of-order samples (file:line,
// once per file however many data sources and objectives read it), and a source that
// reports more good events than total. stdout (table, JSON) is unchanged by them.

#include "tests/support/slactlrunner.h"
#include "tests/support/tempworkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
using Run = Sla::TestSupport::SlactlResult<QString>;

const QString At = QStringLiteral("2023-11-15T00:00:00Z");

/// Line 3: NaN; line 5: a negative counter value; line 8: out of time order.
const QByteArray Doubtful = "# TYPE req counter\n"
                            "req_total{kind=\"all\"} 0 1700006000\n"
                            "req_total{kind=\"all\"} NaN 1700006060\n"
                            "req_total{kind=\"all\"} 10 1700006120\n"
                            "req_total{kind=\"good\"} -1 1700006000\n"
                            "req_total{kind=\"good\"} 0 1700006060\n"
                            "req_total{kind=\"good\"} 9 1700006400\n"
                            "req_total{kind=\"good\"} 5 1700006120\n"
                            "req_total{kind=\"all\"} 20 1700006400\n"
                            "# EOF\n";

/// Two data sources on one file and two SLAs reading it.
QByteArray workspaceYaml(const QString &file)
{
    QByteArray yaml;
    for (const char *source : {"rec-a", "rec-b"}) {
        yaml += QStringLiteral(R"(---
apiVersion: openslo/v1
kind: DataSource
metadata: {name: %1}
spec:
  type: recorded
  connectionDetails: {file: %2}
---
apiVersion: sladesk/v1
kind: SLA
metadata: {name: api-%1}
spec:
  service: api
  dataSource: %1
  window: 1d
  objectives:
    - name: availability
      indicator:
        ratio: {good: 'req_total{kind="good"}', total: 'req_total{kind="all"}'}
      target: 0.4
)")
                    .arg(QLatin1String(source), file)
                    .toUtf8();
    }
    return yaml;
}

/// The lines of stderr less the retention warning: the 1d windows reach further back than
/// the short recording, which slactl rightly reports too.
QStringList lines(const QString &err)
{
    QStringList out;
    for (const QString &l : err.split(u'\n', Qt::SkipEmptyParts)) {
        if (!l.contains(QLatin1String("the longest window")))
            out << l;
    }
    return out;
}

Run slactl(const QStringList &args)
{
    return Sla::TestSupport::runSlactl(args);
}
} // namespace

class TestSlactlWarnings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void evaluate_printsRecordingWarningsOncePerFile_data();
    void evaluate_printsRecordingWarningsOncePerFile();
    void gate_printsThemToo();
    void goodAboveTotal_isWarnedWithTheCounts();
    void cleanRecording_noWarning();

private:
    Sla::TestSupport::TempWorkspace m_ws;
    QString m_file;
    QStringList m_expected;
};

void TestSlactlWarnings::initTestCase()
{
    QVERIFY(m_ws.isValid());
    QVERIFY(m_ws.write(QStringLiteral("data/doubtful.om"), Doubtful));
    QVERIFY(m_ws.write(QStringLiteral("slas.yaml"), workspaceYaml(QStringLiteral("data/doubtful.om"))));
    m_file = m_ws.filePath(QStringLiteral("data/doubtful.om"));
    m_expected = QStringList{
        QStringLiteral("slactl %1: warning: ") + m_file +
            QStringLiteral(":3: 1 sample(s) with the value NaN, +Inf or -Inf (the first here) are left out: they are "
                           "gaps, not measurements"),
        QStringLiteral("slactl %1: warning: ") + m_file +
            QStringLiteral(":5: 1 negative counter sample(s) (the first here) are left out: counters only grow"),
        QStringLiteral("slactl %1: warning: ") + m_file +
            QStringLiteral(":8: 1 sample(s) out of time order (the first here) are sorted; of two with the same "
                           "timestamp the later one is kept")};
}

void TestSlactlWarnings::evaluate_printsRecordingWarningsOncePerFile_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addRow("table") << QStringList{};
    QTest::addRow("json") << QStringList{QStringLiteral("--format"), QStringLiteral("json")};
    QTest::addRow("--recorded") << QStringList{QStringLiteral("--recorded"), QStringLiteral("data/doubtful.om")};
}

void TestSlactlWarnings::evaluate_printsRecordingWarningsOncePerFile()
{
    QFETCH(QStringList, extra);
    Sla::TestSupport::SlactlOptions options;
    options.workDir = m_ws.path(); // --recorded is relative to it
    const auto r = Sla::TestSupport::runSlactl(
        QStringList{QStringLiteral("evaluate"), m_ws.path(), QStringLiteral("--at"), At} + extra, options);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QStringList expected;
    for (const QString &line : std::as_const(m_expected))
        expected << line.arg(QStringLiteral("evaluate"));
    // --recorded names the same file (relative to the working folder): the same lines.
    QCOMPARE(lines(r.err), expected);
    // stdout carries the figures (good 9 of 20 in each SLA) and stays parseable.
    if (extra.contains(QStringLiteral("json"))) {
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isObject());
    } else {
        // The table repeats the report's warnings as notes after its rows (README).
        QCOMPARE(r.out.count(QStringLiteral("45.0000%")), 2);
    }
}

void TestSlactlWarnings::gate_printsThemToo()
{
    const Run r = slactl({QStringLiteral("gate"), m_ws.path(), QStringLiteral("--at"), At});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QStringList expected;
    for (const QString &line : std::as_const(m_expected))
        expected << line.arg(QStringLiteral("gate"));
    QCOMPARE(lines(r.err), expected);
    QVERIFY(r.out.contains(QStringLiteral("gate: passed, 2 objective(s) checked")));
}

void TestSlactlWarnings::goodAboveTotal_isWarnedWithTheCounts()
{
    Sla::TestSupport::TempWorkspace ws;
    QByteArray om = "# TYPE req counter\n";
    for (const auto &[kind, perMinute] : {std::pair{"good", 12}, std::pair{"all", 10}}) {
        for (int k = 0; k <= 10; ++k)
            om += "req_total{kind=\"" + QByteArray(kind) + "\"} " + QByteArray::number(k * perMinute) + ' ' +
                  QByteArray::number(1700006400 - 600 + 60 * k) + '\n';
    }
    QVERIFY(ws.write(QStringLiteral("data/doubtful.om"), om + "# EOF\n"));
    QVERIFY(ws.write(QStringLiteral("slas.yaml"), workspaceYaml(QStringLiteral("data/doubtful.om"))));
    const Run r = slactl({QStringLiteral("evaluate"), ws.path(), QStringLiteral("--at"), At});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList got = lines(r.err);
    QCOMPARE(got.size(), 2); // one per objective: each SLA's objective is its own
    QVERIFY2(got.at(0).startsWith(QStringLiteral(
                 "slactl evaluate: warning: SLA 'api-rec-a', objective 'availability': data source 'rec-a' reports "
                 "more events in a part than in the total (compliance window: good 120 > total 100, 5m window: good "
                 "60 > total 50,")),
             qPrintable(got.at(0)));
    QVERIFY(got.at(1).contains(QStringLiteral("SLA 'api-rec-b'")));
    QCOMPARE(r.out.count(QStringLiteral("100.0000%")), 2); // clamped, and said so above
}

void TestSlactlWarnings::cleanRecording_noWarning()
{
    Sla::TestSupport::TempWorkspace ws;
    QVERIFY(ws.write(QStringLiteral("data/doubtful.om"), "# TYPE req counter\n"
                                                         "req_total{kind=\"all\"} 0 1700006000\n"
                                                         "req_total{kind=\"all\"} 20 1700006400\n"
                                                         "req_total{kind=\"good\"} 0 1700006000\n"
                                                         "req_total{kind=\"good\"} 19 1700006400\n"
                                                         "# EOF\n"));
    QVERIFY(ws.write(QStringLiteral("slas.yaml"), workspaceYaml(QStringLiteral("data/doubtful.om"))));
    const Run r = slactl({QStringLiteral("evaluate"), ws.path(), QStringLiteral("--at"), At});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(lines(r.err), QStringList());
    QCOMPARE(r.out.count(QStringLiteral("95.0000%")), 2);
}

QTEST_GUILESS_MAIN(TestSlactlWarnings)
#include "tst_slactl_warnings.moc"
