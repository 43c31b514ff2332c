// SPDX-License-Identifier: Apache-2.0
#include "core/document/model.h"
#include "core/metrics/datadog/datadogsite.h"

#include <QTest>

using namespace Sla::Core;

class TestDatadogSite : public QObject
{
    Q_OBJECT
private slots:
    void everySite_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("api");
        QTest::addRow("US1") << "datadoghq.com"
                             << "US1"
                             << "https://api.datadoghq.com";
        QTest::addRow("US3") << "us3.datadoghq.com"
                             << "US3"
                             << "https://api.us3.datadoghq.com";
        QTest::addRow("US5") << "us5.datadoghq.com"
                             << "US5"
                             << "https://api.us5.datadoghq.com";
        QTest::addRow("EU1") << "datadoghq.eu"
                             << "EU1"
                             << "https://api.datadoghq.eu";
        QTest::addRow("US1-FED") << "ddog-gov.com"
                                 << "US1-FED"
                                 << "https://api.ddog-gov.com";
        QTest::addRow("US2-FED") << "us2.ddog-gov.com"
                                 << "US2-FED"
                                 << "https://api.us2.ddog-gov.com";
        QTest::addRow("AP1") << "ap1.datadoghq.com"
                             << "AP1"
                             << "https://api.ap1.datadoghq.com";
        QTest::addRow("AP2") << "ap2.datadoghq.com"
                             << "AP2"
                             << "https://api.ap2.datadoghq.com";
        QTest::addRow("UK1") << "uk1.datadoghq.com"
                             << "UK1"
                             << "https://api.uk1.datadoghq.com";
    }
    void everySite()
    {
        QFETCH(QString, site);
        QFETCH(QString, id);
        QFETCH(QString, api);
        const auto bySite = DatadogSite::find(site);
        QVERIFY(bySite);
        QCOMPARE(bySite->id, id);
        QCOMPARE(bySite->apiBaseUrl().toString(), api);
        QCOMPARE(DatadogSite::find(id.toLower()), bySite);
        QCOMPARE(DatadogSite::find(api + QLatin1Char('/')), bySite);
        QVERIFY(DatadogSite::all().contains(*bySite));

        DataSource ds;
        ds.metadata.name = QStringLiteral("dd");
        ds.type = DataSourceType::Datadog;
        ds.site = site;
        QCOMPARE(DatadogSite::apiBaseUrl(ds).value_or(QUrl()).toString(), api);
    }

    void siteCount() { QCOMPARE(DatadogSite::all().size(), 9); }

    void webAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("site");
        QTest::addRow("US1 app") << "https://app.datadoghq.com"
                                 << "datadoghq.com";
        QTest::addRow("EU1 app") << "app.datadoghq.eu"
                                 << "datadoghq.eu";
        QTest::addRow("US1-FED app") << "https://app.ddog-gov.com/"
                                     << "ddog-gov.com";
        QTest::addRow("US3 web") << "https://us3.datadoghq.com"
                                 << "us3.datadoghq.com";
        QTest::addRow("upper case") << "DATADOGHQ.EU"
                                    << "datadoghq.eu";
    }
    void webAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, site);
        const auto found = DatadogSite::find(text);
        QVERIFY(found);
        QCOMPARE(found->site, site);
    }

    void defaultIsUs1()
    {
        DataSource ds;
        ds.type = DataSourceType::Datadog;
        QCOMPARE(DatadogSite::apiBaseUrl(ds).value_or(QUrl()).toString(), QStringLiteral("https://api.datadoghq.com"));
    }

    void urlOverrides_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("base");
        QTest::addRow("stub") << "http://127.0.0.1:8126"
                              << "http://127.0.0.1:8126";
        QTest::addRow("proxy with path") << "https://proxy.example.com/datadog/"
                                         << "https://proxy.example.com/datadog";
    }
    void urlOverrides()
    {
        QFETCH(QString, url);
        QFETCH(QString, base);
        DataSource ds;
        ds.type = DataSourceType::Datadog;
        ds.site = QStringLiteral("datadoghq.eu"); // url wins
        ds.url = url;
        QString error;
        const auto got = DatadogSite::apiBaseUrl(ds, &error);
        QVERIFY2(got, qPrintable(error));
        QCOMPARE(got->toString(), base);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("needle");
        QTest::addRow("typo") << "datadoghq.ue"
                              << ""
                              << "did you mean \"datadoghq.eu\"";
        QTest::addRow("unknown") << "example.org"
                                 << ""
                                 << "expected one of datadoghq.com, us3.datadoghq.com";
        QTest::addRow("ftp url") << ""
                                 << "ftp://proxy.example.com"
                                 << "not an http or https URL";
        QTest::addRow("no host") << ""
                                 << "http://"
                                 << "not an http or https URL";
    }
    void rejects()
    {
        QFETCH(QString, site);
        QFETCH(QString, url);
        QFETCH(QString, needle);
        DataSource ds;
        ds.metadata.name = QStringLiteral("prod-datadog");
        ds.type = DataSourceType::Datadog;
        ds.site = site;
        ds.url = url;
        QString error;
        QVERIFY(!DatadogSite::apiBaseUrl(ds, &error));
        QVERIFY2(error.contains(needle), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("\"prod-datadog\"")), qPrintable(error));
        QVERIFY(!DatadogSite::find(QStringLiteral("datadoghq.org")));
    }
};

QTEST_GUILESS_MAIN(TestDatadogSite)
#include "tst_datadogsite.moc"
