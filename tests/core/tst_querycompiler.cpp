// SPDX-License-Identifier: Apache-2.0
#include "core/query/querycompiler.h"

#include <QRegularExpression>
#include <QTest>

using namespace Sla::Core;
using Form = CompiledQueries::Form;

Q_DECLARE_METATYPE(Sla::Core::Indicator)

namespace {
Objective objective(const Indicator &indicator, double target = 0.99)
{
    Objective o;
    o.name = QStringLiteral("obj");
    o.indicator = indicator;
    o.target = target;
    return o;
}

Indicator ratio(const QString &good, const QString &bad, const QString &total)
{
    Indicator i;
    i.kind = IndicatorKind::Ratio;
    i.ratio = {good, bad, total};
    return i;
}

Indicator latency(const QString &histogram, double threshold, std::optional<double> percentile = std::nullopt)
{
    Indicator i;
    i.kind = IndicatorKind::Latency;
    i.latency = {histogram, threshold, percentile};
    return i;
}

Indicator classification(ClassificationMeasure measure)
{
    Indicator i;
    i.kind = IndicatorKind::Classification;
    i.classification.measure = measure;
    const QStringList needed = requiredCounters(measure);
    auto sel = [](const char *outcome) {
        return QStringLiteral("preds_total{model=\"m\",outcome=\"%1\"}").arg(QLatin1String(outcome));
    };
    if (needed.contains(QStringLiteral("tp")))
        i.classification.tp = sel("tp");
    if (needed.contains(QStringLiteral("fp")))
        i.classification.fp = sel("fp");
    if (needed.contains(QStringLiteral("fn")))
        i.classification.fn = sel("fn");
    if (needed.contains(QStringLiteral("tn")))
        i.classification.tn = sel("tn");
    return i;
}

Indicator threshold(Aggregate aggregate, CompareOp op, double value)
{
    Indicator i;
    i.kind = IndicatorKind::Threshold;
    i.threshold = {QStringLiteral("gpu_util{pool=\"a\"}"), op, value, aggregate};
    return i;
}

QString tp(const QString &w)
{
    return QStringLiteral("sum(increase(preds_total{model=\"m\",outcome=\"tp\"}[%1]))").arg(w);
}
QString fp(const QString &w)
{
    return QStringLiteral("sum(increase(preds_total{model=\"m\",outcome=\"fp\"}[%1]))").arg(w);
}
QString fn(const QString &w)
{
    return QStringLiteral("sum(increase(preds_total{model=\"m\",outcome=\"fn\"}[%1]))").arg(w);
}
QString tn(const QString &w)
{
    return QStringLiteral("sum(increase(preds_total{model=\"m\",outcome=\"tn\"}[%1]))").arg(w);
}
} // namespace

class TestQueryCompiler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leRegex_matchesEverySpelling_data();
    void leRegex_matchesEverySpelling();
    void withMatcher_appendsInsideBraces_data();
    void withMatcher_appendsInsideBraces();
    void withNameSuffix_changesMetricName_data();
    void withNameSuffix_changesMetricName();
    void compile_givesExactPromQl_data();
    void compile_givesExactPromQl();
    void compile_driftIsNotCompilable();
    void compile_classificationWithoutNeededCounter_isNotCompilable();
    void compile_latencyWithRegexName_isNotCompilable();
    void errorRatioAndBurnRate_data();
    void errorRatioAndBurnRate();
    void errorRatio_valueFormHasNone();
    void substituteWindow_replacesEveryPlaceholderSpelling_data();
    void substituteWindow_replacesEveryPlaceholderSpelling();
};

void TestQueryCompiler::leRegex_matchesEverySpelling_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<QString>("regex");
    QTest::addColumn<QStringList>("matches");
    QTest::addColumn<QStringList>("rejects");

    QTest::addRow("0.2") << 0.2 << QStringLiteral("0[.]20*")
                         << QStringList{QStringLiteral("0.2"), QStringLiteral("0.20"), QStringLiteral("0.200")}
                         << QStringList{QStringLiteral("0.25"), QStringLiteral("0.02"), QStringLiteral("2"),
                                        QStringLiteral("0"), QStringLiteral("0x2")};
    QTest::addRow("1") << 1.0 << QStringLiteral("1([.]0*)?")
                       << QStringList{QStringLiteral("1"), QStringLiteral("1.0"), QStringLiteral("1.000"),
                                      QStringLiteral("1.")}
                       << QStringList{QStringLiteral("10"), QStringLiteral("1.5"), QStringLiteral("0.1"),
                                      QStringLiteral("1.01")};
    QTest::addRow("2.5") << 2.5 << QStringLiteral("2[.]50*")
                         << QStringList{QStringLiteral("2.5"), QStringLiteral("2.50")}
                         << QStringList{QStringLiteral("2"), QStringLiteral("25"), QStringLiteral("2.05")};
    QTest::addRow("10") << 10.0 << QStringLiteral("10([.]0*)?")
                        << QStringList{QStringLiteral("10"), QStringLiteral("10.0")}
                        << QStringList{QStringLiteral("1"), QStringLiteral("100"), QStringLiteral("1e+01")};
    QTest::addRow("0.005") << 0.005 << QStringLiteral("0[.]0050*")
                           << QStringList{QStringLiteral("0.005"), QStringLiteral("0.0050")}
                           << QStringList{QStringLiteral("0.05"), QStringLiteral("5e-03")};
    QTest::addRow("0") << 0.0 << QStringLiteral("0([.]0*)?") << QStringList{QStringLiteral("0"), QStringLiteral("0.0")}
                       << QStringList{QStringLiteral("00"), QStringLiteral("0.01")};
    QTest::addRow("1e-05") << 1e-5 << QStringLiteral("0[.]000010*|1([.]0*)?[eE]-0*5")
                           << QStringList{QStringLiteral("0.00001"), QStringLiteral("1e-05"), QStringLiteral("1.0E-5")}
                           << QStringList{QStringLiteral("1e-5x"), QStringLiteral("1e-06"), QStringLiteral("1e5")};
    QTest::addRow("2.5e6") << 2.5e6 << QStringLiteral("2500000([.]0*)?|2[.]50*[eE][+]?0*6")
                           << QStringList{QStringLiteral("2500000"), QStringLiteral("2.5e+06"), QStringLiteral("2.5E6"),
                                          QStringLiteral("2500000.0")}
                           << QStringList{QStringLiteral("25e+06"), QStringLiteral("2.5e+07")};
    QTest::addRow("+Inf") << qInf() << QStringLiteral("[+]Inf") << QStringList{QStringLiteral("+Inf")}
                          << QStringList{QStringLiteral("Inf"), QStringLiteral("-Inf")};
}

void TestQueryCompiler::leRegex_matchesEverySpelling()
{
    QFETCH(double, threshold);
    QFETCH(QString, regex);
    QFETCH(QStringList, matches);
    QFETCH(QStringList, rejects);

    QCOMPARE(QueryCompiler::leRegex(threshold), regex);
    // Prometheus anchors label regexes at both ends.
    const QRegularExpression re(QRegularExpression::anchoredPattern(regex));
    QVERIFY2(re.isValid(), qPrintable(re.errorString()));
    for (const QString &s : matches)
        QVERIFY2(re.match(s).hasMatch(), qPrintable(s));
    for (const QString &s : rejects)
        QVERIFY2(!re.match(s).hasMatch(), qPrintable(s));
}

void TestQueryCompiler::withMatcher_appendsInsideBraces_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("expected"); // empty: not a selector

    QTest::addRow("bare name") << QStringLiteral("up") << QStringLiteral("up{le=\"1\"}");
    QTest::addRow("empty braces") << QStringLiteral("up{}") << QStringLiteral("up{le=\"1\"}");
    QTest::addRow("braces with space") << QStringLiteral("up{ }") << QStringLiteral("up{le=\"1\"}");
    QTest::addRow("one matcher") << QStringLiteral("up{job=\"a\"}") << QStringLiteral("up{job=\"a\",le=\"1\"}");
    QTest::addRow("trailing comma") << QStringLiteral("up{job=\"a\",}") << QStringLiteral("up{job=\"a\",le=\"1\"}");
    QTest::addRow("surrounding space") << QStringLiteral("  up{job=\"a\" }  ")
                                       << QStringLiteral("up{job=\"a\",le=\"1\"}");
    QTest::addRow("brace inside quotes") << QStringLiteral("up{path=~\"/a/{id}\"}")
                                         << QStringLiteral("up{path=~\"/a/{id}\",le=\"1\"}");
    QTest::addRow("escaped quote") << QStringLiteral("up{q=\"a\\\"}\"}") << QStringLiteral("up{q=\"a\\\"}\",le=\"1\"}");
    QTest::addRow("name matcher only") << QStringLiteral("{__name__=\"up\"}")
                                       << QStringLiteral("{__name__=\"up\",le=\"1\"}");
    QTest::addRow("missing brace") << QStringLiteral("up{job=\"a\"") << QString();
    QTest::addRow("range vector") << QStringLiteral("up{job=\"a\"}[5m]") << QString();
    QTest::addRow("function") << QStringLiteral("rate(up[5m])") << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestQueryCompiler::withMatcher_appendsInsideBraces()
{
    QFETCH(QString, selector);
    QFETCH(QString, expected);
    QString error;
    const auto out = QueryCompiler::withMatcher(selector, QStringLiteral("le=\"1\""), &error);
    if (expected.isEmpty()) {
        QVERIFY(!out);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(out, qPrintable(error));
        QCOMPARE(*out, expected);
    }
}

void TestQueryCompiler::withNameSuffix_changesMetricName_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("expected"); // empty: cannot

    QTest::addRow("bare") << QStringLiteral("h") << QStringLiteral("h_bucket");
    QTest::addRow("with matchers") << QStringLiteral("h{a=\"b\"}") << QStringLiteral("h_bucket{a=\"b\"}");
    QTest::addRow("name matcher") << QStringLiteral("{a=\"b\", __name__=\"h\"}")
                                  << QStringLiteral("{a=\"b\", __name__=\"h_bucket\"}");
    QTest::addRow("name regex") << QStringLiteral("{__name__=~\"h.*\"}") << QString();
    QTest::addRow("name not-equal") << QStringLiteral("{__name__!=\"h\"}") << QString();
    QTest::addRow("no name") << QStringLiteral("{a=\"b\"}") << QString();
}

void TestQueryCompiler::withNameSuffix_changesMetricName()
{
    QFETCH(QString, selector);
    QFETCH(QString, expected);
    QString error;
    const auto out = QueryCompiler::withNameSuffix(selector, QStringLiteral("_bucket"), &error);
    if (expected.isEmpty()) {
        QVERIFY(!out);
        QVERIFY(error.contains(selector));
    } else {
        QVERIFY2(out, qPrintable(error));
        QCOMPARE(*out, expected);
    }
}

void TestQueryCompiler::compile_givesExactPromQl_data()
{
    QTest::addColumn<Indicator>("indicator");
    QTest::addColumn<QString>("range");
    QTest::addColumn<int>("form");
    QTest::addColumn<QString>("good");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("errorRatio");
    QTest::addColumn<QString>("value");

    const QString none;
    const QString w = QStringLiteral("30d");

    QTest::addRow("ratio good") << ratio(QStringLiteral("http_requests_total{service=\"fraud\",code!~\"5..\"}"), none,
                                         QStringLiteral("http_requests_total{service=\"fraud\"}"))
                                << w << int(Form::Events)
                                << QStringLiteral(
                                       "sum(increase(http_requests_total{service=\"fraud\",code!~\"5..\"}[30d]))")
                                << none << QStringLiteral("sum(increase(http_requests_total{service=\"fraud\"}[30d]))")
                                << none << none;
    QTest::addRow("ratio bad, placeholder range")
        << ratio(none, QStringLiteral("errors_total"), QStringLiteral("requests_total")) << QStringLiteral("{{window}}")
        << int(Form::Events) << none << QStringLiteral("sum(increase(errors_total[{{window}}]))")
        << QStringLiteral("sum(increase(requests_total[{{window}}]))") << none << none;
    QTest::addRow("latency threshold")
        << latency(QStringLiteral("http_request_duration_seconds{service=\"fraud\"}"), 0.2) << w << int(Form::Events)
        << QStringLiteral("sum(increase(http_request_duration_seconds_bucket{service=\"fraud\",le=~\"0[.]20*\"}[30d]))")
        << none << QStringLiteral("sum(increase(http_request_duration_seconds_count{service=\"fraud\"}[30d]))") << none
        << none;
    QTest::addRow("latency threshold, bare name, 1s")
        << latency(QStringLiteral("rpc_seconds"), 1) << QStringLiteral("{{.window}}") << int(Form::Events)
        << QStringLiteral("sum(increase(rpc_seconds_bucket{le=~\"1([.]0*)?\"}[{{.window}}]))") << none
        << QStringLiteral("sum(increase(rpc_seconds_count[{{.window}}]))") << none << none;
    QTest::addRow("latency written as _bucket")
        << latency(QStringLiteral("rpc_seconds_bucket{job=\"x\"}"), 0.5) << QStringLiteral("1h") << int(Form::Events)
        << QStringLiteral("sum(increase(rpc_seconds_bucket{job=\"x\",le=~\"0[.]50*\"}[1h]))") << none
        << QStringLiteral("sum(increase(rpc_seconds_count{job=\"x\"}[1h]))") << none << none;
    QTest::addRow("latency percentile")
        << latency(QStringLiteral("http_request_duration_seconds{service=\"fraud\"}"), 0.3, 0.95)
        << QStringLiteral("5m") << int(Form::Value) << none << none << none << none
        << QStringLiteral("histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket"
                          "{service=\"fraud\"}[5m])))");
    QTest::addRow("precision") << classification(ClassificationMeasure::Precision) << w << int(Form::Events) << tp(w)
                               << none << tp(w) + QStringLiteral(" + ") + fp(w) << none << none;
    QTest::addRow("recall") << classification(ClassificationMeasure::Recall) << w << int(Form::Events) << tp(w) << none
                            << tp(w) + QStringLiteral(" + ") + fn(w) << none << none;
    QTest::addRow("f1") << classification(ClassificationMeasure::F1) << w << int(Form::Events)
                        << QStringLiteral("2 * ") + tp(w) << none
                        << QStringLiteral("2 * ") + tp(w) + QStringLiteral(" + ") + fp(w) + QStringLiteral(" + ") +
                               fn(w)
                        << none << none;
    QTest::addRow("accuracy") << classification(ClassificationMeasure::Accuracy) << w << int(Form::Events)
                              << tp(w) + QStringLiteral(" + ") + tn(w) << none
                              << tp(w) + QStringLiteral(" + ") + fp(w) + QStringLiteral(" + ") + fn(w) +
                                     QStringLiteral(" + ") + tn(w)
                              << none << none;
    QTest::addRow("threshold avg") << threshold(Aggregate::Avg, CompareOp::Gte, 0.5) << QStringLiteral("1d")
                                   << int(Form::Value) << none << none << none << none
                                   << QStringLiteral("avg_over_time(gpu_util{pool=\"a\"}[1d])");
    QTest::addRow("threshold min") << threshold(Aggregate::Min, CompareOp::Gt, 0.5) << QStringLiteral("1d")
                                   << int(Form::Value) << none << none << none << none
                                   << QStringLiteral("min_over_time(gpu_util{pool=\"a\"}[1d])");
    QTest::addRow("threshold max") << threshold(Aggregate::Max, CompareOp::Lte, 0.5) << QStringLiteral("1d")
                                   << int(Form::Value) << none << none << none << none
                                   << QStringLiteral("max_over_time(gpu_util{pool=\"a\"}[1d])");
    QTest::addRow("threshold last") << threshold(Aggregate::Last, CompareOp::Lt, 0.5) << QStringLiteral("1d")
                                    << int(Form::Value) << none << none << none << none
                                    << QStringLiteral("last_over_time(gpu_util{pool=\"a\"}[1d])");

    Indicator events;
    events.kind = IndicatorKind::Query;
    events.query.good = QStringLiteral("sum(rate(ok_total[{{window}}])) * {{ window }}");
    events.query.total = QStringLiteral("sum(increase(all_total[{{window}}]))");
    QTest::addRow("query good/total") << events << QStringLiteral("6h") << int(Form::Events)
                                      << QStringLiteral("sum(rate(ok_total[6h])) * 6h") << none
                                      << QStringLiteral("sum(increase(all_total[6h]))") << none << none;
    Indicator raw;
    raw.kind = IndicatorKind::Query;
    raw.query.errorRatio = QStringLiteral("1 - avg_over_time(ratio[{{.window}}])");
    QTest::addRow("query errorRatio") << raw << QStringLiteral("7d") << int(Form::ErrorRatio) << none << none << none
                                      << QStringLiteral("1 - avg_over_time(ratio[7d])") << none;
    Indicator value;
    value.kind = IndicatorKind::Query;
    value.query.value = QStringLiteral("max(lag[{{window}}])");
    value.query.op = CompareOp::Lt;
    value.query.threshold = 100;
    QTest::addRow("query value") << value << QStringLiteral("1m") << int(Form::Value) << none << none << none << none
                                 << QStringLiteral("max(lag[1m])");
}

void TestQueryCompiler::compile_givesExactPromQl()
{
    QFETCH(Indicator, indicator);
    QFETCH(QString, range);
    QFETCH(int, form);
    QFETCH(QString, good);
    QFETCH(QString, bad);
    QFETCH(QString, total);
    QFETCH(QString, errorRatio);
    QFETCH(QString, value);

    const CompiledQueries q = QueryCompiler::compile(objective(indicator), range);
    QVERIFY2(q.reason.isEmpty(), qPrintable(q.reason));
    QCOMPARE(int(q.form), form);
    QCOMPARE(q.good, good);
    QCOMPARE(q.bad, bad);
    QCOMPARE(q.total, total);
    QCOMPARE(q.errorRatio, errorRatio);
    QCOMPARE(q.value, value);
    QVERIFY(q.bucketIncrease.isEmpty());
    if (q.form == Form::Value) {
        QVERIFY(q.op.has_value());
        QVERIFY(q.threshold.has_value());
        if (indicator.kind == IndicatorKind::Latency) {
            QCOMPARE(int(*q.op), int(CompareOp::Lte));
            QCOMPARE(*q.threshold, indicator.latency.threshold);
        } else if (indicator.kind == IndicatorKind::Threshold) {
            QCOMPARE(int(*q.op), int(indicator.threshold.op));
            QCOMPARE(*q.threshold, indicator.threshold.value);
        } else {
            QCOMPARE(int(*q.op), int(CompareOp::Lt));
            QCOMPARE(*q.threshold, 100.0);
        }
    }
}

void TestQueryCompiler::compile_driftIsNotCompilable()
{
    Indicator i;
    i.kind = IndicatorKind::Drift;
    i.drift.histogram = QStringLiteral("model_feature_value{model=\"fraud\",feature=\"amount\"}");
    const CompiledQueries q = QueryCompiler::compile(objective(i), Duration::days(1));
    QVERIFY(!q.isCompilable());
    QVERIFY(q.reason.contains(QStringLiteral("drift")));
    QVERIFY(q.good.isEmpty() && q.total.isEmpty() && q.value.isEmpty());
    QCOMPARE(
        q.bucketIncrease,
        QStringLiteral("sum by (le) (increase(model_feature_value_bucket{model=\"fraud\",feature=\"amount\"}[1d]))"));
    QString why;
    QVERIFY(QueryCompiler::burnRate(objective(i), QStringLiteral("1h"), &why).isEmpty());
    QCOMPARE(why, q.reason);
}

void TestQueryCompiler::compile_classificationWithoutNeededCounter_isNotCompilable()
{
    Indicator i = classification(ClassificationMeasure::Precision);
    i.classification.measure = ClassificationMeasure::F1; // f1 also needs fn
    const CompiledQueries q = QueryCompiler::compile(objective(i), QStringLiteral("1d"));
    QVERIFY(!q.isCompilable());
    QVERIFY2(q.reason.contains(QStringLiteral("'fn'")), qPrintable(q.reason));
}

void TestQueryCompiler::compile_latencyWithRegexName_isNotCompilable()
{
    const CompiledQueries q =
        QueryCompiler::compile(objective(latency(QStringLiteral("{__name__=~\"rpc_.*\"}"), 0.1)), QStringLiteral("1d"));
    QVERIFY(!q.isCompilable());
    QVERIFY2(q.reason.contains(QStringLiteral("metric name")), qPrintable(q.reason));
}

void TestQueryCompiler::errorRatioAndBurnRate_data()
{
    QTest::addColumn<Indicator>("indicator");
    QTest::addColumn<double>("target");
    QTest::addColumn<QString>("errorRatio");
    QTest::addColumn<QString>("burnRate");

    QTest::addRow("ratio good") << ratio(QStringLiteral("ok_total"), {}, QStringLiteral("all_total")) << 0.9995
                                << QStringLiteral("1 - sum(increase(ok_total[1h])) / sum(increase(all_total[1h]))")
                                << QStringLiteral("(1 - sum(increase(ok_total[1h])) / sum(increase(all_total[1h])))"
                                                  " / (1 - 0.9995)");
    QTest::addRow("ratio bad") << ratio({}, QStringLiteral("err_total"), QStringLiteral("all_total")) << 0.99
                               << QStringLiteral("sum(increase(err_total[1h])) / sum(increase(all_total[1h]))")
                               << QStringLiteral("(sum(increase(err_total[1h])) / sum(increase(all_total[1h])))"
                                                 " / (1 - 0.99)");
    const QString h = QStringLiteral("1h");
    QTest::addRow("f1") << classification(ClassificationMeasure::F1) << 0.9
                        << QStringLiteral("1 - (2 * ") + tp(h) + QStringLiteral(") / (2 * ") + tp(h) +
                               QStringLiteral(" + ") + fp(h) + QStringLiteral(" + ") + fn(h) + u')'
                        << QStringLiteral("(1 - (2 * ") + tp(h) + QStringLiteral(") / (2 * ") + tp(h) +
                               QStringLiteral(" + ") + fp(h) + QStringLiteral(" + ") + fn(h) +
                               QStringLiteral(")) / (1 - 0.9)");
    Indicator raw;
    raw.kind = IndicatorKind::Query;
    raw.query.errorRatio = QStringLiteral("job:error_ratio:rate{{window}}");
    QTest::addRow("raw single term") << raw << 0.95 << QStringLiteral("job:error_ratio:rate1h")
                                     << QStringLiteral("job:error_ratio:rate1h / (1 - 0.95)");
}

void TestQueryCompiler::errorRatioAndBurnRate()
{
    QFETCH(Indicator, indicator);
    QFETCH(double, target);
    QFETCH(QString, errorRatio);
    QFETCH(QString, burnRate);

    const Objective o = objective(indicator, target);
    QCOMPARE(QueryCompiler::errorRatio(o, QStringLiteral("1h")), errorRatio);
    QCOMPARE(QueryCompiler::burnRate(o, Duration::hours(1)), burnRate);
}

void TestQueryCompiler::errorRatio_valueFormHasNone()
{
    QString why;
    const Objective o = objective(threshold(Aggregate::Avg, CompareOp::Gte, 1));
    QVERIFY(QueryCompiler::errorRatio(o, QStringLiteral("1h"), &why).isEmpty());
    QVERIFY(why.contains(QStringLiteral("slices")));
    why.clear();
    QVERIFY(QueryCompiler::burnRate(o, QStringLiteral("1h"), &why).isEmpty());
    QVERIFY(!why.isEmpty());
}

void TestQueryCompiler::substituteWindow_replacesEveryPlaceholderSpelling_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << QStringLiteral("rate(x[{{window}}])") << QStringLiteral("rate(x[5m])");
    QTest::addRow("spaces") << QStringLiteral("rate(x[{{ window }}])") << QStringLiteral("rate(x[5m])");
    QTest::addRow("sloth") << QStringLiteral("rate(x[{{.window}}]) / rate(y[{{.window}}])")
                           << QStringLiteral("rate(x[5m]) / rate(y[5m])");
    QTest::addRow("other placeholder") << QStringLiteral("rate(x[{{windows}}])")
                                       << QStringLiteral("rate(x[{{windows}}])");
}

void TestQueryCompiler::substituteWindow_replacesEveryPlaceholderSpelling()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QCOMPARE(QueryCompiler::substituteWindow(query, QStringLiteral("5m")), expected);
}

QTEST_GUILESS_MAIN(TestQueryCompiler)
#include "tst_querycompiler.moc"
