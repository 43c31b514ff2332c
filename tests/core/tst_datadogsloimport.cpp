// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/sloimport.h"

#include <QFile>
#include <QTest>

using namespace Sla::Core;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(SLA_TEST_DATA_DIR "/datadog/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

const Sla::Core::Sla *findSla(const QList<Sla::Core::Sla> &slas, const QString &name)
{
    for (const Sla::Core::Sla &s : slas) {
        if (s.metadata.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestDatadogSloImport : public QObject
{
    Q_OBJECT
private slots:
    void metricSlo()
    {
        const auto r = SloImport::fromJson(fixture(QStringLiteral("slo-list.json")), QStringLiteral("prod-datadog"),
                                           QStringLiteral("slos.json"));
        const Sla::Core::Sla *sla = findSla(r.slas, QStringLiteral("checkout-availability"));
        QVERIFY(sla);
        QCOMPARE(sla->metadata.displayName, QStringLiteral("Checkout availability"));
        QCOMPARE(sla->metadata.annotations.value(QStringLiteral("datadoghq.com/slo-id")),
                 QStringLiteral("3b9f1c0e7d2a4f6b8c1d2e3f4a5b6c7d"));
        QCOMPARE(sla->service, QStringLiteral("checkout"));
        QCOMPARE(sla->dataSource, QStringLiteral("prod-datadog"));
        QCOMPARE(sla->description, QStringLiteral("Checkout requests that did not fail"));
        QCOMPARE(sla->metadata.labels.value(QStringLiteral("env")), QStringList{QStringLiteral("prod")});
        QCOMPARE(sla->metadata.labels.value(QStringLiteral("kpi")), QStringList{QString()});
        QVERIFY(sla->window);
        QVERIFY(sla->window->rolling == Duration::days(30));
        // One objective per threshold; the 7d one overrides the window.
        QCOMPARE(sla->objectives.size(), 2);
        const Objective &o30 = sla->objectives.at(0);
        QCOMPARE(o30.name, QStringLiteral("checkout-availability-30d"));
        QCOMPARE(o30.target, 0.999);
        QVERIFY(!o30.window);
        QVERIFY(o30.indicator.kind == IndicatorKind::Query);
        QCOMPARE(o30.indicator.query.total,
                 QStringLiteral("sum:trace.http.request.hits{service:checkout,env:prod}.as_count()"));
        QVERIFY(o30.indicator.query.good.startsWith(QLatin1String("sum:trace.http.request.hits")));
        QVERIFY(o30.budgeting.method == Budgeting::Method::Occurrences);
        const Objective &o7 = sla->objectives.at(1);
        QCOMPARE(o7.name, QStringLiteral("checkout-availability-7d"));
        QCOMPARE(o7.target, 0.995);
        QVERIFY(o7.window);
        QVERIFY(o7.window->rolling == Duration::days(7));
    }

    void timeSliceSlo()
    {
        const auto r = SloImport::fromJson(fixture(QStringLiteral("slo-list.json")), QStringLiteral("dd"));
        const Sla::Core::Sla *sla = findSla(r.slas, QStringLiteral("search-latency-p95"));
        QVERIFY(sla);
        QVERIFY(sla->window->rolling == Duration::days(90));
        QCOMPARE(sla->objectives.size(), 1);
        const Objective &o = sla->objectives.constFirst();
        QCOMPARE(o.name, QStringLiteral("search-latency-p95"));
        QCOMPARE(o.target, 0.95);
        QVERIFY(o.indicator.kind == IndicatorKind::Query);
        QCOMPARE(o.indicator.query.value, QStringLiteral("p95:trace.http.request.duration{service:search}"));
        QVERIFY(o.indicator.query.op == std::optional<CompareOp>(CompareOp::Lte));
        QCOMPARE(o.indicator.query.threshold, std::optional<double>(0.3));
        QVERIFY(o.budgeting.method == Budgeting::Method::Timeslices);
        QVERIFY(o.budgeting.slice == Duration::minutes(1));
    }

    void skippedWithWarnings()
    {
        const auto r = SloImport::fromJson(fixture(QStringLiteral("slo-list.json")), QStringLiteral("dd"),
                                           QStringLiteral("slos.json"));
        QCOMPARE(r.slas.size(), 2); // the monitor SLO and the custom-timeframe SLO are left out
        QVERIFY(!findSla(r.slas, QStringLiteral("ingest-monitor")));
        QVERIFY(!findSla(r.slas, QStringLiteral("batch-jobs")));
        QCOMPARE(r.diagnostics.size(), 2);
        for (const Diagnostic &d : r.diagnostics) {
            QVERIFY(d.severity == Diagnostic::Severity::Warning);
            QCOMPARE(d.location.file, QStringLiteral("slos.json"));
        }
        QVERIFY(r.diagnostics.at(0).message.contains(QLatin1String("\"Ingest monitor\": monitor SLOs")));
        QVERIFY(r.diagnostics.at(1).message.contains(QLatin1String("timeframe \"custom\"")));
    }

    void details()
    {
        const auto r = SloImport::fromJson(fixture(QStringLiteral("slo-details.json")), QStringLiteral("dd"));
        QVERIFY(r.diagnostics.isEmpty());
        QCOMPARE(r.slas.size(), 1);
        QCOMPARE(r.slas.at(0).objectives.at(0).name, QStringLiteral("checkout-availability"));
        QCOMPARE(r.slas.at(0).objectives.at(0).target, 0.99);
        QVERIFY(r.slas.at(0).window->rolling == Duration::days(7));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("needle");
        QTest::addRow("not SLOs") << R"({"errors":["Forbidden"]})"
                                  << "not a Datadog SLO answer";
        QTest::addRow("bad target")
            << R"({"data":{"id":"x","name":"A","type":"metric","thresholds":[{"timeframe":"7d","target":100}],"query":{"numerator":"a{*}","denominator":"b{*}"}}})"
            << "target 100 for 7d";
        QTest::addRow("no denominator")
            << R"({"data":{"id":"x","name":"A","type":"metric","thresholds":[{"timeframe":"7d","target":99}],"query":{"numerator":"a{*}"}}})"
            << "needs query.numerator and query.denominator";
        QTest::addRow("formula of two queries")
            << R"({"data":{"id":"x","name":"A","type":"time_slice","thresholds":[{"timeframe":"7d","target":99}],"sli_specification":{"time_slice":{"comparator":">","threshold":1,"query_interval_seconds":300,"query":{"formulas":[{"formula":"q1/q2"}],"queries":[{"data_source":"metrics","name":"q1","query":"a{*}"},{"data_source":"metrics","name":"q2","query":"b{*}"}]}}}}})"
            << "formula \"q1/q2\" combines several queries";
        QTest::addRow("bad comparator")
            << R"({"data":{"id":"x","name":"A","type":"time_slice","thresholds":[{"timeframe":"7d","target":99}],"sli_specification":{"time_slice":{"comparator":"==","threshold":1,"query":{"queries":[{"name":"q","query":"a{*}"}]}}}}})"
            << "needs a comparator";
    }
    void errors()
    {
        QFETCH(QString, json);
        QFETCH(QString, needle);
        const auto r = SloImport::fromJson(json.toUtf8(), QStringLiteral("dd"), QStringLiteral("in.json"));
        QVERIFY(r.slas.isEmpty());
        QCOMPARE(r.diagnostics.size(), 1);
        QVERIFY(r.diagnostics.at(0).isError());
        QVERIFY2(r.diagnostics.at(0).message.contains(needle), qPrintable(r.diagnostics.at(0).message));
    }
};

QTEST_GUILESS_MAIN(TestDatadogSloImport)
#include "tst_datadogsloimport.moc"
