// SPDX-License-Identifier: Apache-2.0
// The credential store against a real gnome-keyring ("keyring" mode) and against a
// session bus without any Secret Service ("nokeyring" mode).
#include "core/secrets/credentialstore.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sla::Core;

namespace {
QString g_mode;

CredentialResult wait(QFuture<CredentialResult> f)
{
    QFutureWatcher<CredentialResult> w;
    QSignalSpy spy(&w, &QFutureWatcher<CredentialResult>::finished);
    w.setFuture(f);
    if (!f.isFinished())
        spy.wait(10000);
    return f.result();
}
} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT
private slots:
    void environmentVariableName_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("variable");
        QTest::addRow("plain") << "prod"
                               << "SLADESK_SECRET_PROD";
        QTest::addRow("dashes") << "prod-prometheus"
                                << "SLADESK_SECRET_PROD_PROMETHEUS";
        QTest::addRow("dots and digits") << "eu.mimir2"
                                         << "SLADESK_SECRET_EU_MIMIR2";
    }
    void environmentVariableName()
    {
        QFETCH(QString, source);
        QFETCH(QString, variable);
        QCOMPARE(CredentialStore::environmentVariable(source), variable);
    }

    void environmentOverridesKeychain()
    {
        qputenv("SLADESK_SECRET_ENV_SOURCE", "from-env");
        const auto s = CredentialStore::fromEnvironment(QStringLiteral("env-source"), DataSourceType::Prometheus);
        QVERIFY(s.has_value());
        QCOMPARE(s->secret, QStringLiteral("from-env"));
        qunsetenv("SLADESK_SECRET_ENV_SOURCE");
        QVERIFY(!CredentialStore::fromEnvironment(QStringLiteral("env-source"), DataSourceType::Prometheus));

        qputenv("DD_API_KEY", "api");
        qputenv("DD_APP_KEY", "app");
        const auto dd = CredentialStore::fromEnvironment(QStringLiteral("dd"), DataSourceType::Datadog);
        QVERIFY(dd.has_value());
        QCOMPARE(dd->apiKey, QStringLiteral("api"));
        QCOMPARE(dd->appKey, QStringLiteral("app"));
        qunsetenv("DD_API_KEY");
        qunsetenv("DD_APP_KEY");
    }

    void datadogSecretIsTwoLines()
    {
        const SourceSecret s = CredentialStore::parse(QStringLiteral("key-1\nappkey-2\n"), DataSourceType::Datadog);
        QCOMPARE(s.apiKey, QStringLiteral("key-1"));
        QCOMPARE(s.appKey, QStringLiteral("appkey-2"));
    }

    void writeReadDeleteRoundTrip()
    {
        if (g_mode != QLatin1String("keyring"))
            QSKIP("needs the gnome-keyring session");
        QTemporaryDir ws;
        CredentialStore store;
        store.setServiceName(QStringLiteral("org.sladesk.SlaDesk.test"));
        const QString secret = QStringLiteral("s3cr3t-%1").arg(QCoreApplication::applicationPid());
        QVERIFY2(wait(store.write(ws.path(), QStringLiteral("prod"), secret)).ok(), "write");
        const CredentialResult r = wait(store.read(ws.path(), QStringLiteral("prod")));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.secret, secret);
        // Another workspace with a source of the same name has its own entry.
        QTemporaryDir other;
        QCOMPARE(wait(store.read(other.path(), QStringLiteral("prod"))).status, CredentialResult::Status::NotFound);
        QVERIFY(wait(store.remove(ws.path(), QStringLiteral("prod"))).ok());
        const CredentialResult gone = wait(store.read(ws.path(), QStringLiteral("prod")));
        QCOMPARE(gone.status, CredentialResult::Status::NotFound);
        QVERIFY(gone.message.contains(QStringLiteral("slactl credentials set prod")));
        QVERIFY(!gone.message.contains(secret));
    }

    void noSecretServiceSaysSoAndPointsToTheEnvironment()
    {
        if (g_mode != QLatin1String("nokeyring"))
            QSKIP("needs a session bus without Secret Service");
        QTemporaryDir ws;
        CredentialStore store;
        store.setServiceName(QStringLiteral("org.sladesk.SlaDesk.test"));
        const CredentialResult r = wait(store.write(ws.path(), QStringLiteral("prod-prometheus"), QStringLiteral("x")));
        QCOMPARE(r.status, CredentialResult::Status::Unavailable);
        QVERIFY2(r.message.contains(QStringLiteral("SLADESK_SECRET_PROD_PROMETHEUS")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("Secret Service")), qPrintable(r.message));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.size() > 1 && !args.at(1).startsWith(u'-'))
        g_mode = args.takeAt(1);
    TestCredentials t;
    return QTest::qExec(&t, args);
}
#include "tst_credentials.moc"
