// SPDX-License-Identifier: Apache-2.0
// End to end: the real sladesk binary on the real demo workspace, under Xvfb (xcb), with
// no arguments and a fresh HOME, as a new user would start it.
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestSladeskE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noArguments_opensDemo_listsBreachedPrecision();
    void pathArgument_opensThatWorkspace();
    void germanLocale_translatesTheOverview();

private:
    QString run(const QStringList &args, int *exitCode, const QString &locale = {});
};

QString TestSladeskE2e::run(const QStringList &args, int *exitCode, const QString &locale)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The real platform of the X server xvfb-run started, not the offscreen one of unit tests.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    if (!locale.isEmpty()) {
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QStringLiteral("LC_ALL"), locale);
    }
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SLADESK"), QStringList{QStringLiteral("--self-test-dump")} + args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (*exitCode != 0)
        qWarning("%s", p.readAllStandardError().constData());
    return out;
}

void TestSladeskE2e::noArguments_opensDemo_listsBreachedPrecision()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("DISPLAY"));
    int code = -1;
    const QString out = run({}, &code);
    QCOMPARE(code, 0);
    // The three SLAs of the demo, grouped by tier in tier order.
    const qsizetype t1 = out.indexOf(QStringLiteral("Tier 1"));
    const qsizetype t2 = out.indexOf(QStringLiteral("Tier 2"));
    const qsizetype t3 = out.indexOf(QStringLiteral("Tier 3"));
    QVERIFY2(t1 >= 0 && t1 < t2 && t2 < t3, qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("  Fraud detection API | Breached")), qPrintable(out));
    // The story of the demo: fraud-v3's precision is breached, its budget overspent.
    static const QRegularExpression precision(
        QStringLiteral("\\n    Precision \\| Breached \\| 9\\d\\.\\d+ % \\| 95 % \\| -\\d+(\\.\\d)? % \\|"));
    QVERIFY2(precision.match(out).hasMatch(), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("painted after")), qPrintable(out));
}

void TestSladeskE2e::pathArgument_opensThatWorkspace()
{
    int code = -1;
    const QString out = run({QStringLiteral(SLA_SOURCE_DIR "/tests/data/cli/good.yaml")}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(!out.contains(QStringLiteral("Fraud detection API")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("  Checkout API | ")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("painted after")), qPrintable(out));
}

void TestSladeskE2e::germanLocale_translatesTheOverview()
{
    // The German catalogue is compiled into the app and chosen from the locale.
    int code = -1;
    const QString out = run({}, &code, QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(QStringLiteral("    Precision | Verletzt | ")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("aufgebraucht")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestSladeskE2e)
#include "tst_sladesk_e2e.moc"
