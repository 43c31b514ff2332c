// SPDX-License-Identifier: Apache-2.0
// End to end: the real sladesk binary on the real demo workspace, under Xvfb (xcb), with
// no arguments and a fresh HOME, as a new user would start it.
#include <QDir>
#include <QFile>
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
    void frenchLocale_translatesTheOverview();
    void languageChoice_overridesTheSystemLocale_data();
    void languageChoice_overridesTheSystemLocale();
    void help_withoutADisplay_inTheSystemLanguage();

private:
    struct Run
    {
        QString locale;     ///< LANG and LC_ALL, e.g. "fr_FR.UTF-8"; empty: the test's C.UTF-8
        QString settings;   ///< the contents of sladesk.conf, e.g. "[view]\nlanguage=fr\n"
        QString screenshot; ///< a file name under SLADESK_SCREENSHOT_DIR, when that is set
        bool withDisplay = true;
    };
    QString run(const QStringList &args, int *exitCode, const Run &how);
    QString run(const QStringList &args, int *exitCode, const QString &locale = QString())
    {
        return run(args, exitCode, Run{locale, {}, {}, true});
    }
};

QString TestSladeskE2e::run(const QStringList &args, int *exitCode, const Run &how)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The real platform of the X server xvfb-run started, not the offscreen one of unit tests.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    if (!how.locale.isEmpty()) {
        env.insert(QStringLiteral("LANG"), how.locale);
        env.insert(QStringLiteral("LC_ALL"), how.locale);
        env.remove(QStringLiteral("LANGUAGE"));
    }
    if (!how.withDisplay) {
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    if (!how.settings.isEmpty()) {
        QDir().mkpath(home.filePath(QStringLiteral("config/SLA Desk")));
        QFile conf(home.filePath(QStringLiteral("config/SLA Desk/sladesk.conf")));
        if (!conf.open(QIODevice::WriteOnly) || conf.write(how.settings.toUtf8()) < 0)
            qFatal("cannot write the settings");
    }
    QStringList all = args;
    if (how.withDisplay)
        all.prepend(QStringLiteral("--self-test-dump"));
    // SLADESK_SCREENSHOT_DIR=DIR keeps the window as a user sees it (the README's screenshots).
    if (const QString dir = qEnvironmentVariable("SLADESK_SCREENSHOT_DIR"); !dir.isEmpty() && !how.screenshot.isEmpty())
        all << QStringLiteral("--self-test-screenshot") << QDir(dir).filePath(how.screenshot)
            << QStringLiteral("--select") << QStringLiteral("fraud-detection-api/precision");
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SLADESK"), all);
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

// The precision row of the demo's overview with the numbers as `locale` writes them: the
// attained SLI, the target and the budget left, and the status in that language.
QRegularExpression precisionRow(const QString &status, QChar decimalPoint)
{
    const QString point = QRegularExpression::escape(QString(decimalPoint));
    return QRegularExpression(QStringLiteral("\\n    Precision \\| %1 \\| 9\\d%2\\d+[ \\x{00a0}\\x{202f}]% \\| "
                                             "95[ \\x{00a0}\\x{202f}]% \\| -\\d+(%2\\d)?[ \\x{00a0}\\x{202f}]% \\|")
                                  .arg(QRegularExpression::escape(status), point));
}

void TestSladeskE2e::germanLocale_translatesTheOverview()
{
    // The German catalogue is compiled into the app and chosen from the locale; numbers are
    // written as in German: "94,034 %".
    int code = -1;
    const QString out = run({}, &code, Run{QStringLiteral("de_DE.UTF-8"), {}, QStringLiteral("overview-de.png")});
    QCOMPARE(code, 0);
    QVERIFY2(precisionRow(QStringLiteral("Verletzt"), QLatin1Char(',')).match(out).hasMatch(), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("aufgebraucht")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("Breached")), qPrintable(out));
}

void TestSladeskE2e::frenchLocale_translatesTheOverview()
{
    int code = -1;
    const QString out = run({}, &code, Run{QStringLiteral("fr_FR.UTF-8"), {}, QStringLiteral("overview-fr.png")});
    QCOMPARE(code, 0);
    QVERIFY2(precisionRow(QStringLiteral("Non respecté"), QLatin1Char(',')).match(out).hasMatch(), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("épuisé")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("Breached")), qPrintable(out));
}

void TestSladeskE2e::languageChoice_overridesTheSystemLocale_data()
{
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QChar>("decimalPoint");
    // View > Language writes view/language; --language wins over it for one run.
    QTest::newRow("settings fr on a German system")
        << QStringLiteral("de_DE.UTF-8") << QStringLiteral("[view]\nlanguage=fr\n") << QStringList()
        << QStringLiteral("Non respecté") << QChar(u',');
    QTest::newRow("settings en on a French system")
        << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("[view]\nlanguage=en\n") << QStringList()
        << QStringLiteral("Breached") << QChar(u'.');
    QTest::newRow("--language de over settings fr")
        << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("[view]\nlanguage=fr\n")
        << QStringList{QStringLiteral("--language"), QStringLiteral("de")} << QStringLiteral("Verletzt") << QChar(u',');
    QTest::newRow("settings follow the system")
        << QStringLiteral("de_DE.UTF-8") << QStringLiteral("[view]\nlanguage=\n") << QStringList()
        << QStringLiteral("Verletzt") << QChar(u',');
}

void TestSladeskE2e::languageChoice_overridesTheSystemLocale()
{
    QFETCH(QString, systemLocale);
    QFETCH(QString, settings);
    QFETCH(QStringList, args);
    QFETCH(QString, status);
    QFETCH(QChar, decimalPoint);
    int code = -1;
    const QString out = run(args, &code, Run{systemLocale, settings, {}, true});
    QCOMPARE(code, 0);
    QVERIFY2(precisionRow(status, decimalPoint).match(out).hasMatch(), qPrintable(out));
}

void TestSladeskE2e::help_withoutADisplay_inTheSystemLanguage()
{
    int code = -1;
    const QString out = run({QStringLiteral("--help")}, &code, Run{QStringLiteral("de_DE.UTF-8"), {}, {}, false});
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(QStringLiteral("SLA-Compliance-Desk")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("--language <LANG>")), qPrintable(out));
    const QString version = run({QStringLiteral("--version")}, &code, Run{{}, {}, {}, false});
    QCOMPARE(code, 0);
    QVERIFY2(version.startsWith(QStringLiteral("sladesk ")), qPrintable(version));
}

QTEST_GUILESS_MAIN(TestSladeskE2e)
#include "tst_sladesk_e2e.moc"
