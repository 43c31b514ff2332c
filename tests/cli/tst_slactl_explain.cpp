// SPDX-License-Identifier: Apache-2.0
// The real slactl binary: `slactl explain` on the demo recording as text and JSON, its
// figures equal to `slactl evaluate`'s at the same time, the traced increases summing to
// the generator's event counts, usage errors (exit 2), an unreachable source (exit 3) and
// --no-corrections.
#include "tests/support/slactlrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

namespace {
using Run = Sla::TestSupport::SlactlResult<QString>;

const QString Demo = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
const QString TruthFile = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/demo-truth.json");
const QString End = QStringLiteral("2025-01-31T00:00:00Z");

Run slactl(const QStringList &args)
{
    return Sla::TestSupport::runSlactl(args);
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QJsonObject objectiveOf(const QJsonObject &report, const QString &sla, const QString &name)
{
    for (const QJsonValue &s : report.value(u"slas").toArray()) {
        if (s.toObject().value(u"name").toString() != sla)
            continue;
        for (const QJsonValue &o : s.toObject().value(u"objectives").toArray()) {
            if (o.toObject().value(u"name").toString() == name)
                return o.toObject();
        }
    }
    return {};
}

QJsonObject stepOf(const QJsonObject &x, const QString &name)
{
    for (const QJsonValue &s : x.value(u"steps").toArray()) {
        if (s.toObject().value(u"name").toString() == name)
            return s.toObject();
    }
    return {};
}

} // namespace

class TestSlactlExplain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void textShowsArithmeticAndReads();
    void jsonEqualsEvaluate_data();
    void jsonEqualsEvaluate();
    void readsSumToTheEventCounts();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void unreachableSourceExitsWithThree();
    void noCorrectionsIsReported();

private:
    QJsonObject m_evaluated;
    QJsonObject m_truth;
};

void TestSlactlExplain::initTestCase()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("SLACTL")));
    const Run r = slactl({QStringLiteral("evaluate"), Demo, QStringLiteral("--at"), End, QStringLiteral("--format"),
                          QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    m_evaluated = json(r);
    QFile truth(TruthFile);
    QVERIFY(truth.open(QIODevice::ReadOnly));
    m_truth = QJsonDocument::fromJson(truth.readAll()).object();
}

void TestSlactlExplain::textShowsArithmeticAndReads()
{
    const Run r = slactl({QStringLiteral("explain"), Demo, QStringLiteral("fraud-detection-api"),
                          QStringLiteral("availability"), QStringLiteral("--at"), End});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    QVERIFY2(r.out.startsWith(QStringLiteral("fraud-detection-api / availability at 2025-01-31T00:00:00Z\n"
                                             "data source: demo-recording; budgeting: occurrences; status: at_risk\n"
                                             "window: 2025-01-01T00:00:00Z to 2025-01-31T00:00:00Z\n")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("allowed bad events")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral(R"(\n  allowed bad events +\= \(1 - target\) × total)"))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("1h   2025-01-30T23:00:00Z to 2025-01-31T00:00:00Z")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("recorded selector on demo-recording, increase from "
                                           "2025-01-01T00:00:00Z to 2025-01-31T00:00:00Z:\n"
                                           "    http_requests_total{service=\"fraud-detection\"}\n")),
             qPrintable(r.out));
}

void TestSlactlExplain::jsonEqualsEvaluate_data()
{
    QTest::addColumn<QString>("sla");
    QTest::addColumn<QString>("objective");
    QTest::addRow("ratio") << "fraud-detection-api"
                           << "availability";
    QTest::addRow("latency share") << "recommendation-api"
                                   << "latency";
    QTest::addRow("classification") << "fraud-detection-api"
                                    << "precision";
    QTest::addRow("drift timeslices") << "fraud-detection-api"
                                      << "amount-drift";
}

void TestSlactlExplain::jsonEqualsEvaluate()
{
    QFETCH(QString, sla);
    QFETCH(QString, objective);
    const Run r = slactl({QStringLiteral("explain"), Demo, sla, objective, QStringLiteral("--at"), End,
                          QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject x = json(r);
    const QJsonObject evaluated = objectiveOf(m_evaluated, sla, objective);
    QVERIFY(!evaluated.isEmpty());
    QCOMPARE(x.value(u"sla").toString(), sla);
    QCOMPARE(x.value(u"objective").toString(), objective);
    QCOMPARE(x.value(u"at").toString(), End);
    QCOMPARE(x.value(u"sli"), evaluated.value(u"sli"));
    QCOMPARE(x.value(u"status"), evaluated.value(u"status"));
    const QJsonObject budget = x.value(u"errorBudget").toObject();
    const QJsonObject evaluatedBudget = evaluated.value(u"errorBudget").toObject();
    QCOMPARE(budget.value(u"consumed"), evaluatedBudget.value(u"consumed"));
    QCOMPARE(budget.value(u"remaining"), evaluatedBudget.value(u"remaining"));
    QCOMPARE(stepOf(x, QStringLiteral("consumed")).value(u"value"), evaluatedBudget.value(u"consumed"));
    QCOMPARE(stepOf(x, QStringLiteral("remaining")).value(u"value"), evaluatedBudget.value(u"remaining"));
    QCOMPARE(stepOf(x, QStringLiteral("sli")).value(u"value"), evaluated.value(u"sli"));
    QVERIFY(x.value(u"error").isNull());
    QVERIFY(x.value(u"correctionsApplied").toBool());
    const QJsonArray burn = x.value(u"burnRates").toArray();
    if (x.value(u"budgeting").toString() == QLatin1String("occurrences")) {
        QCOMPARE(burn.size(), 7);
        QCOMPARE(burn.at(2).toObject().value(u"value"), evaluated.value(u"burnRates").toObject().value(u"1h"));
    } else {
        QVERIFY(burn.isEmpty());
        QCOMPARE(stepOf(x, QStringLiteral("goodSlices")).value(u"value").toDouble(), 24.0);
    }
}

void TestSlactlExplain::readsSumToTheEventCounts()
{
    const Run r =
        slactl({QStringLiteral("explain"), Demo, QStringLiteral("recommendation-api"), QStringLiteral("availability"),
                QStringLiteral("--at"), End, QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--no-corrections")}); // the demo's correction adds reads of its period
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray reads = json(r).value(u"reads").toArray();
    // A bad/total ratio: the 5xx selector and the total selector, each over the window.
    QCOMPARE(reads.size(), 2);
    QMap<QString, double> sums;
    for (const QJsonValue &v : reads) {
        const QJsonObject read = v.toObject();
        QCOMPARE(read.value(u"kind").toString(), QStringLiteral("recorded"));
        QCOMPARE(read.value(u"start").toString(), QStringLiteral("2025-01-01T00:00:00Z"));
        for (const QJsonValue &s : read.value(u"series").toArray())
            sums[read.value(u"query").toString()] +=
                s.toObject().value(u"points").toArray().at(0).toArray().at(1).toDouble();
    }
    const QJsonObject truth = m_truth.value(u"recommendation-api").toObject().value(u"availability").toObject();
    const double total = sums.value(QStringLiteral("http_requests_total{service=\"recommendation\"}"));
    const double bad = sums.value(QStringLiteral("http_requests_total{service=\"recommendation\",code=~\"5..\"}"));
    const double good = truth.value(u"good").toDouble();
    QVERIFY2(std::abs(total - truth.value(u"total").toDouble()) <= 1e-9 * total, qPrintable(QString::number(total)));
    QVERIFY2(std::abs(total - bad - good) <= 1e-9 * total, qPrintable(QString::number(bad)));
}

void TestSlactlExplain::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString explain = QStringLiteral("explain");
    QTest::addRow("no objective") << QStringList{explain, Demo, QStringLiteral("fraud-detection-api")}
                                  << "give a WORKSPACE, an SLA and an OBJECTIVE";
    QTest::addRow("unknown SLA, near") << QStringList{explain, Demo, QStringLiteral("fraud-detection"),
                                                      QStringLiteral("availability")}
                                       << "no SLA 'fraud-detection' in the workspace (did you mean "
                                          "'fraud-detection-api'?)";
    QTest::addRow("unknown objective") << QStringList{explain, Demo, QStringLiteral("analytics-model"),
                                                      QStringLiteral("zzz")}
                                       << "SLA 'analytics-model' has no objective 'zzz' (it has: ";
    QTest::addRow("bad format") << QStringList{explain,
                                               Demo,
                                               QStringLiteral("analytics-model"),
                                               QStringLiteral("availability"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("table")}
                                << "unknown format 'table' for --format (use text or json)";
    QTest::addRow("bad time") << QStringList{explain,
                                             Demo,
                                             QStringLiteral("analytics-model"),
                                             QStringLiteral("availability"),
                                             QStringLiteral("--at"),
                                             QStringLiteral("yesterday")}
                              << "--at 'yesterday' is not a time";
}

void TestSlactlExplain::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = slactl(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("slactl explain: ") + message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestSlactlExplain::unreachableSourceExitsWithThree()
{
    // Nothing listens on port 9 (discard) of 127.0.0.1.
    const QString url = QStringLiteral("http://127.0.0.1:9");
    const Run r =
        slactl({QStringLiteral("explain"), Demo, QStringLiteral("fraud-detection-api"), QStringLiteral("availability"),
                QStringLiteral("--at"), End, QStringLiteral("--prometheus"), url});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.startsWith(QStringLiteral("slactl explain: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("data source '") + url + u'\''), qPrintable(r.err));
    // The query that failed is still shown, with its error: the check for the recording
    // rules, after which the window is not asked for.
    QVERIFY2(r.out.contains(QStringLiteral("instant query on ") + url), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("sladesk:sli_total:increase5m")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("    error: ")), qPrintable(r.out));
}

void TestSlactlExplain::noCorrectionsIsReported()
{
    const Run r = slactl({QStringLiteral("explain"), Demo, QStringLiteral("analytics-model"),
                          QStringLiteral("availability"), QStringLiteral("--at"), End, QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--no-corrections")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(json(r).value(u"correctionsApplied").toBool(), false);
    QCOMPARE(json(r).value(u"sli"),
             objectiveOf(m_evaluated, QStringLiteral("analytics-model"), QStringLiteral("availability")).value(u"sli"));
}

QTEST_GUILESS_MAIN(TestSlactlExplain)
#include "tst_slactl_explain.moc"
