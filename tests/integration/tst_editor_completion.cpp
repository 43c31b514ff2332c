// SPDX-License-Identifier: Apache-2.0
// The editor's selector completion against a real Prometheus (started by the test over the
// demo recording's backfill): metric names, label names of a metric, label values, each
// asked once and then answered from the cache.
#include "prometheusprocess.h"
#include "ui/editor/metriccompleter.h"

#include <QSignalSpy>
#include <QTest>

using namespace Sla;

class TestEditorCompletion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_prom.prepare(qEnvironmentVariable("DEMO_OM")), qPrintable(m_prom.error()));
        QVERIFY2(m_prom.start(), qPrintable(m_prom.error()));
    }

    void completes_names_labels_values()
    {
        Core::DataSource source;
        source.metadata.name = QStringLiteral("prom");
        source.type = Core::DataSourceType::Prometheus;
        source.url = m_prom.url();
        Ui::MetricCompleter completer;
        completer.setSource(source);
        QSignalSpy answers(&completer, &Ui::MetricCompleter::candidatesChanged);

        QVERIFY(completer.candidates(QStringLiteral("http_req")).isEmpty()); // asked, not yet known
        QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 1, 30000);
        const QStringList names = completer.candidates(QStringLiteral("http_req"));
        QVERIFY2(names.contains(QStringLiteral("http_requests_total")), qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY(names.contains(QStringLiteral("http_request_duration_seconds_bucket")));
        QVERIFY(!names.contains(QStringLiteral("model_predictions_total")));

        QVERIFY(completer.candidates(QStringLiteral("http_requests_total{")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 2, 30000);
        const QStringList labels = completer.candidates(QStringLiteral("http_requests_total{se"));
        QCOMPARE(labels, QStringList{QStringLiteral("http_requests_total{service")});

        const QString value = QStringLiteral("http_requests_total{service=\"fr");
        QVERIFY(completer.candidates(value).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 3, 30000);
        QCOMPARE(completer.candidates(value),
                 QStringList{QStringLiteral("http_requests_total{service=\"fraud-detection\"")});
        // From the cache now: no further request.
        completer.candidates(QStringLiteral("http_"));
        QTest::qWait(200);
        QCOMPARE(answers.count(), 3);
    }

private:
    PrometheusProcess m_prom;
};

QTEST_MAIN(TestEditorCompletion)
#include "tst_editor_completion.moc"
