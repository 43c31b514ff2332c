// SPDX-License-Identifier: Apache-2.0
// Document names made from foreign text: one slug() for every importer, and shortening that
// keeps names valid (at most 63 characters) and stable across repeated imports and exports.
#include "core/document/names.h"

#include <QRegularExpression>
#include <QTest>

using namespace Sla::Core;

class TestNames : public QObject
{
    Q_OBJECT
private slots:
    void slug_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("slug");
        QTest::addRow("spaces") << "Checkout availability"
                                << "checkout-availability";
        QTest::addRow("punctuation") << "Search latency (p95)"
                                     << "search-latency-p95";
        QTest::addRow("edges") << "  --Web / API--  "
                               << "web-api";
        QTest::addRow("runs of dashes") << "a--b__c"
                                        << "a-b-c";
        QTest::addRow("nothing usable") << "!!!"
                                        << "";
    }
    void slug()
    {
        QFETCH(QString, text);
        QFETCH(QString, slug);
        QCOMPARE(Names::slug(text), slug);
    }

    void shorten_keepsShortNames()
    {
        const QString name63(63, u'a');
        QCOMPARE(Names::shorten(name63), name63);
        QCOMPARE(Names::shorten(QStringLiteral("api")), QStringLiteral("api"));
    }

    void shorten_longNameGetsPrefixAndHash()
    {
        const QString longName =
            QStringLiteral("checkout-service-availability-of-the-payment-gateway-burn-6h-30m-condition");
        const QString shortName = Names::shorten(longName);
        QCOMPARE(shortName.size(), 63);
        // A readable prefix (no dash before the hash separator) and 8 hex digits.
        QCOMPARE(shortName.left(54), longName.left(54));
        QVERIFY2(QRegularExpression(QStringLiteral("-[0-9a-f]{8}$")).match(shortName).hasMatch(),
                 qPrintable(shortName));
        QVERIFY(Names::isLabel(shortName));
        // Stable: the same input gives the same name, and shortening again changes nothing.
        QCOMPARE(Names::shorten(longName), shortName);
        QCOMPARE(Names::shorten(shortName), shortName);
        // Names that share the prefix still differ.
        QVERIFY(Names::shorten(longName + QStringLiteral("-2")) != shortName);
    }

    void shorten_dropsDashBeforeHash()
    {
        // The prefix would end in '-': it is trimmed so that no "--" appears.
        const QString name = QString(53, u'a') + QStringLiteral("-") + QString(20, u'b');
        const QString shortName = Names::shorten(name);
        QVERIFY2(shortName.size() == 62 && !shortName.contains(QStringLiteral("--")), qPrintable(shortName));
        QVERIFY(Names::isLabel(shortName));
    }

    void label_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addRow("pyrra default alert") << "ErrorBudgetBurn"
                                             << "error-budget-burn";
        QTest::addRow("sloth name") << "MyService_HighErrorRate"
                                    << "my-service-high-error-rate";
        QTest::addRow("digits") << "Api2Latency"
                                << "api2-latency";
        QTest::addRow("valid label stays") << "a--b"
                                           << "a--b";
        QTest::addRow("dots") << "k8s.apiserver"
                              << "k8s-apiserver";
    }
    void label()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QCOMPARE(Names::label(text), label);
        QCOMPARE(Names::label(label), label);
    }
};

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
