// SPDX-License-Identifier: Apache-2.0
// `slactl watch` (issues 10 and 11): the desktop's alert engine headless on the demo
// workspace. One line per transition; the precision breach fires on the first evaluation
// (after the warm-up replay); a second run on the same state resumes without firing again;
// SIGTERM ends it cleanly; bad options are usage errors.
#include "tests/support/slactlrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = Sla::TestSupport::SlactlResult<QString>;
const QString Demo = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
const QString Drop = QStringLiteral("fraud-detection-api/precision/precision-drop");

Run slactl(const QStringList &args)
{
    Sla::TestSupport::SlactlOptions options;
    options.timeoutMs = 120000;
    return Sla::TestSupport::runSlactl(args, options);
}

QList<QJsonObject> lines(const QString &out)
{
    QList<QJsonObject> result;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        result << QJsonDocument::fromJson(line.toUtf8()).object();
    return result;
}

bool fired(const QList<QJsonObject> &log, const QString &alert)
{
    return std::any_of(log.begin(), log.end(), [&](const QJsonObject &o) {
        return o.value(QStringLiteral("alert")).toString() == alert &&
               o.value(QStringLiteral("to")).toString() == QLatin1String("firing");
    });
}

} // namespace

class TestSlactlWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(qEnvironmentVariable("SLACTL")), "SLACTL points at the binary"); }
    void once_firesTheBreach_thenResumesWithoutFiringAgain();
    void sigterm_endsCleanly();
    void badOptions_areUsageErrors_data();
    void badOptions_areUsageErrors();
};

void TestSlactlWatch::once_firesTheBreach_thenResumesWithoutFiringAgain()
{
    QTemporaryDir state;
    QVERIFY(state.isValid());
    const QString at = QStringLiteral("2026-06-01T12:00:00Z");
    const Run first =
        slactl({QStringLiteral("watch"), Demo, QStringLiteral("--once"), QStringLiteral("--at"), at,
                QStringLiteral("--state"), state.path(), QStringLiteral("--log-format"), QStringLiteral("json")});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    const QList<QJsonObject> log = lines(first.out);
    QVERIFY2(fired(log, Drop), qPrintable(first.out));
    int evaluated = 0;
    for (const QJsonObject &o : log) {
        if (o.value(QStringLiteral("event")).toString() == QLatin1String("evaluated")) {
            // One line per evaluation says how each objective was read: --once reads in full.
            const QJsonArray objectives = o.value(QStringLiteral("objectives")).toArray();
            QVERIFY(!objectives.isEmpty());
            for (const QJsonValue &x : objectives)
                QCOMPARE(x.toObject().value(QStringLiteral("read")).toString(), QStringLiteral("full"));
            ++evaluated;
            continue;
        }
        QVERIFY(!o.value(QStringLiteral("alert")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("severity")).toString().isEmpty());
        const QDateTime t = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        QVERIFY(t.isValid() && t <= QDateTime::fromString(at, Qt::ISODate));
    }
    QCOMPARE(evaluated, 1);
    QVERIFY(QFile::exists(state.filePath(QStringLiteral("alerts.sqlite"))));

    // A minute later on the same state: the alert is still firing, and nothing fires again.
    const Run second = slactl({QStringLiteral("watch"), Demo, QStringLiteral("--once"), QStringLiteral("--at"),
                               QStringLiteral("2026-06-01T12:01:00Z"), QStringLiteral("--state"), state.path(),
                               QStringLiteral("--log-format"), QStringLiteral("json")});
    QVERIFY2(second.code == 0, qPrintable(second.err));
    QVERIFY2(!fired(lines(second.out), Drop), qPrintable(second.out));

    // The text format: one line per transition with the alert and both states.
    QTemporaryDir other;
    const Run text = slactl({QStringLiteral("watch"), Demo, QStringLiteral("--once"), QStringLiteral("--at"), at,
                             QStringLiteral("--state"), other.path()});
    QVERIFY2(text.code == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(Drop + QStringLiteral(" pending -> firing")), qPrintable(text.out));
}

void TestSlactlWatch::sigterm_endsCleanly()
{
    QTemporaryDir state;
    QProcess p;
    p.start(qEnvironmentVariable("SLACTL"), {QStringLiteral("watch"), Demo, QStringLiteral("--interval"),
                                             QStringLiteral("2s"), QStringLiteral("--state"), state.path()});
    QVERIFY(p.waitForStarted());
    // Running: the history exists once the service has started.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(state.filePath(QStringLiteral("alerts.sqlite"))), 60000);
    QTest::qWait(3000);
    p.terminate();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
}

void TestSlactlWatch::badOptions_areUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("interval too short") << QStringList{QStringLiteral("--interval"), QStringLiteral("0s")};
    QTest::newRow("log format") << QStringList{QStringLiteral("--log-format"), QStringLiteral("xml")};
    QTest::newRow("bad time") << QStringList{QStringLiteral("--at"), QStringLiteral("yesterday")};
}

void TestSlactlWatch::badOptions_areUsageErrors()
{
    QFETCH(QStringList, args);
    const Run r = slactl(QStringList{QStringLiteral("watch"), Demo, QStringLiteral("--once")} + args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("slactl watch")));
}

QTEST_GUILESS_MAIN(TestSlactlWatch)
#include "tst_slactl_watch.moc"
