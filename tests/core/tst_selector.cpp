// SPDX-License-Identifier: Apache-2.0
#include "core/query/selector.h"

#include <QObject>
#include <QTest>

using namespace Sla::Core;

namespace {
/// Matchers as `name op [value]` joined by spaces, for whole-value comparison.
QString dump(const QList<LabelMatcher> &matchers)
{
    QStringList parts;
    for (const LabelMatcher &m : matchers)
        parts << m.name + LabelMatcher::opText(m.op) + u'[' + m.value + u']';
    return parts.join(u' ');
}
} // namespace

class TestSelector : public QObject
{
    Q_OBJECT

private slots:
    void promValid_data();
    void promValid();
    void promInvalid_data();
    void promInvalid();
    void promToString_roundTrips_data() { promValid_data(); }
    void promToString_roundTrips();
    void promToString_escapesValues();
    void datadogValid_data();
    void datadogValid();
    void datadogInvalid_data();
    void datadogInvalid();
    void datadogToString_roundTrips_data() { datadogValid_data(); }
    void datadogToString_roundTrips();
};

void TestSelector::promValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("matchers");
    QTest::addColumn<QString>("canonical");

    QTest::addRow("bare metric") << QStringLiteral("http_requests_total") << QStringLiteral("http_requests_total")
                                 << QStringLiteral("__name__=[http_requests_total]")
                                 << QStringLiteral("http_requests_total");
    QTest::addRow("empty braces") << QStringLiteral("up{}") << QStringLiteral("up") << QStringLiteral("__name__=[up]")
                                  << QStringLiteral("up");
    QTest::addRow("design example") << QStringLiteral("http_requests_total{service=\"fraud\",code!~\"5..\"}")
                                    << QStringLiteral("http_requests_total")
                                    << QStringLiteral("__name__=[http_requests_total] service=[fraud] code!~[5..]")
                                    << QStringLiteral("http_requests_total{service=\"fraud\",code!~\"5..\"}");
    QTest::addRow("all four operators") << QStringLiteral("m{a=\"1\",b!=\"2\",c=~\"3|4\",d!~\"5.*\"}")
                                        << QStringLiteral("m")
                                        << QStringLiteral("__name__=[m] a=[1] b!=[2] c=~[3|4] d!~[5.*]")
                                        << QStringLiteral("m{a=\"1\",b!=\"2\",c=~\"3|4\",d!~\"5.*\"}");
    QTest::addRow("name matcher only") << QStringLiteral("{__name__=~\"http_.*\"}") << QString()
                                       << QStringLiteral("__name__=~[http_.*]")
                                       << QStringLiteral("{__name__=~\"http_.*\"}");
    QTest::addRow("single quotes") << QStringLiteral("up{job='api'}") << QStringLiteral("up")
                                   << QStringLiteral("__name__=[up] job=[api]") << QStringLiteral("up{job=\"api\"}");
    QTest::addRow("backticks are raw") << QStringLiteral("up{path=~`/api/v[0-9]+\\.json`}") << QStringLiteral("up")
                                       << QStringLiteral("__name__=[up] path=~[/api/v[0-9]+\\.json]")
                                       << QStringLiteral("up{path=~\"/api/v[0-9]+\\\\.json\"}");
    QTest::addRow("trailing comma") << QStringLiteral("up{a=\"1\",}") << QStringLiteral("up")
                                    << QStringLiteral("__name__=[up] a=[1]") << QStringLiteral("up{a=\"1\"}");
    QTest::addRow("whitespace everywhere")
        << QStringLiteral(" up { a = \"1\" , b != \"2\" } ") << QStringLiteral("up")
        << QStringLiteral("__name__=[up] a=[1] b!=[2]") << QStringLiteral("up{a=\"1\",b!=\"2\"}");
    QTest::addRow("escapes in double quotes")
        << QStringLiteral("up{a=\"say \\\"hi\\\"\\n\",b='it\\'s'}") << QStringLiteral("up")
        << QStringLiteral("__name__=[up] a=[say \"hi\"\n] b=[it's]")
        << QStringLiteral("up{a=\"say \\\"hi\\\"\\n\",b=\"it's\"}");
    QTest::addRow("numeric escapes") << QStringLiteral("up{a=\"\\x41\\u00e9\\101\\U0001F600\"}") << QStringLiteral("up")
                                     << QStringLiteral("__name__=[up] a=[A\u00e9A") +
                                            QString::fromUtf8("\xF0\x9F\x98\x80") + u']'
                                     << QStringLiteral("up{a=\"A\u00e9A") + QString::fromUtf8("\xF0\x9F\x98\x80") +
                                            QStringLiteral("\"}");
    QTest::addRow("recording rule name") << QStringLiteral("job:http_requests:rate5m{job=\"api\"}")
                                         << QStringLiteral("job:http_requests:rate5m")
                                         << QStringLiteral("__name__=[job:http_requests:rate5m] job=[api]")
                                         << QStringLiteral("job:http_requests:rate5m{job=\"api\"}");
    QTest::addRow("no name, one matcher") << QStringLiteral("{job=\"api\"}") << QString() << QStringLiteral("job=[api]")
                                          << QStringLiteral("{job=\"api\"}");
    QTest::addRow("no name, non-empty regex")
        << QStringLiteral("{a=~\".+\"}") << QString() << QStringLiteral("a=~[.+]") << QStringLiteral("{a=~\".+\"}");
    QTest::addRow("no name, not-empty") << QStringLiteral("{a!=\"\"}") << QString() << QStringLiteral("a!=[]")
                                        << QStringLiteral("{a!=\"\"}");
    QTest::addRow("no name, negated empty regex")
        << QStringLiteral("{a!~\"\"}") << QString() << QStringLiteral("a!~[]") << QStringLiteral("{a!~\"\"}");
    QTest::addRow("no name, one of two non-empty")
        << QStringLiteral("{a=\"\",b=\"x\"}") << QString() << QStringLiteral("a=[] b=[x]")
        << QStringLiteral("{a=\"\",b=\"x\"}");
    QTest::addRow("label with digits") << QStringLiteral("m{_a1=\"x\"}") << QStringLiteral("m")
                                       << QStringLiteral("__name__=[m] _a1=[x]") << QStringLiteral("m{_a1=\"x\"}");
    QTest::addRow("keyword prefix is a name")
        << QStringLiteral("summary_total") << QStringLiteral("summary_total")
        << QStringLiteral("__name__=[summary_total]") << QStringLiteral("summary_total");
}

void TestSelector::promValid()
{
    QFETCH(QString, text);
    QFETCH(QString, metric);
    QFETCH(QString, matchers);
    QFETCH(QString, canonical);

    QString error;
    int column = -1;
    const std::optional<PromSelector> sel = parsePromSelector(text, &error, &column);
    QVERIFY2(sel.has_value(), qPrintable(error + QStringLiteral(" at ") + QString::number(column)));
    QCOMPARE(sel->metric, metric);
    QCOMPARE(dump(sel->matchers), matchers);
    QCOMPARE(sel->toString(), canonical);
    QVERIFY(error.isEmpty());
    QCOMPARE(column, -1);
}

void TestSelector::promInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::addRow("empty") << QString() << 0 << QStringLiteral("empty selector: expected a metric name or '{'");
    QTest::addRow("blank") << QStringLiteral("   ") << 3
                           << QStringLiteral("empty selector: expected a metric name or '{'");
    QTest::addRow("digit first") << QStringLiteral("1metric") << 0
                                 << QStringLiteral("unexpected '1': expected a metric name or '{'");
    QTest::addRow("unclosed braces")
        << QStringLiteral("http_requests_total{service=\"fraud\"") << 35
        << QStringLiteral("unexpected end of the selector after a label matcher: expected ',' or '}'");
    QTest::addRow("unclosed braces after comma")
        << QStringLiteral("up{a=\"1\",") << 9 << QStringLiteral("unterminated label matchers: expected '}'");
    QTest::addRow("unterminated string") << QStringLiteral("up{job=\"api}") << 7
                                         << QStringLiteral("unterminated quoted string");
    QTest::addRow("unquoted value") << QStringLiteral("up{job=api}") << 7
                                    << QStringLiteral(
                                           "unexpected 'a': expected a quoted label value (\"...\", '...' or `...`)");
    QTest::addRow("double equals") << QStringLiteral("up{job==\"api\"}") << 7
                                   << QStringLiteral(
                                          "unexpected '=': expected a quoted label value (\"...\", '...' or `...`)");
    QTest::addRow("bad operator") << QStringLiteral("up{job~\"api\"}") << 6
                                  << QStringLiteral("unexpected '~' after label 'job': expected =, !=, =~ or !~");
    QTest::addRow("dash in label") << QStringLiteral("up{a-b=\"x\"}") << 4
                                   << QStringLiteral("unexpected '-' after label 'a': expected =, !=, =~ or !~");
    QTest::addRow("label starts with digit")
        << QStringLiteral("up{9job=\"x\"}") << 3 << QStringLiteral("unexpected '9': expected a label name");
    QTest::addRow("missing comma") << QStringLiteral("up{job=\"a\" env=\"b\"}") << 11
                                   << QStringLiteral("unexpected 'e' after a label matcher: expected ',' or '}'");
    QTest::addRow("lone comma") << QStringLiteral("up{,}") << 3
                                << QStringLiteral("unexpected ',': expected a label name");
    QTest::addRow("double comma") << QStringLiteral("up{a=\"1\",,}") << 9
                                  << QStringLiteral("unexpected ',': expected a label name");
    const QString emptyMatch = QStringLiteral("a selector without a metric name needs at least one label matcher that "
                                              "does not match the empty string, e.g. {job=\"api\"}");
    QTest::addRow("empty braces only") << QStringLiteral("{}") << 0 << emptyMatch;
    QTest::addRow("only empty equality") << QStringLiteral("{a=\"\"}") << 0 << emptyMatch;
    QTest::addRow("only match-all regex") << QStringLiteral("{a=~\".*\"}") << 0 << emptyMatch;
    QTest::addRow("negated non-empty regex") << QStringLiteral(" {a!~\".+\"}") << 1 << emptyMatch;
    QTest::addRow("regex syntax") << QStringLiteral("up{a=~\"(foo\"}") << 11
                                  << QStringLiteral(
                                         "invalid regular expression for label 'a': missing closing parenthesis");
    QTest::addRow("regex error inside") << QStringLiteral("up{a=~\"x[\"}") << 9
                                        << QStringLiteral(
                                               "invalid regular expression for label 'a': missing terminating ] "
                                               "for character class");
    QTest::addRow("regex lookahead") << QStringLiteral("up{a=~\"x(?=y)\"}") << 8
                                     << QStringLiteral(
                                            "invalid regular expression for label 'a': lookaround and atomic "
                                            "groups are not supported by Prometheus (RE2)");
    QTest::addRow("regex lookbehind") << QStringLiteral("up{a!~'(?<!x)y'}") << 7
                                      << QStringLiteral(
                                             "invalid regular expression for label 'a': lookaround and atomic "
                                             "groups are not supported by Prometheus (RE2)");
    QTest::addRow("regex backreference") << QStringLiteral("up{a=~`(a)\\1`}") << 10
                                         << QStringLiteral(
                                                "invalid regular expression for label 'a': backreferences are "
                                                "not supported by Prometheus (RE2)");
    QTest::addRow("unknown escape") << QStringLiteral("up{a=\"\\q\"}") << 6
                                    << QStringLiteral("unknown escape sequence '\\q'");
    QTest::addRow("short hex escape") << QStringLiteral("up{a=\"\\x4\"}") << 9
                                      << QStringLiteral("illegal character '\"' in escape sequence");
    QTest::addRow("surrogate escape") << QStringLiteral("up{a=\"\\uD800\"}") << 6
                                      << QStringLiteral("escape sequence is an invalid Unicode code point");
    QTest::addRow("octal out of range") << QStringLiteral("up{a=\"\\777\"}") << 6
                                        << QStringLiteral("escape sequence is an invalid Unicode code point");
    QTest::addRow("double quote escape in single quotes")
        << QStringLiteral("up{a='\\\"'}") << 6 << QStringLiteral("unknown escape sequence '\\\"'");
    QTest::addRow("line break in string")
        << QStringLiteral("up{a=\"x\ny\"}") << 7 << QStringLiteral("line break inside a quoted string");
    const QString onlySelector = QStringLiteral("write only the series selector; ranges, offsets and functions are "
                                                "added per objective window");
    QTest::addRow("range") << QStringLiteral("up[5m]") << 2 << QStringLiteral("unexpected '[': ") + onlySelector;
    QTest::addRow("function") << QStringLiteral("rate(up[5m])") << 4
                              << QStringLiteral("unexpected '(': ") + onlySelector;
    QTest::addRow("offset") << QStringLiteral("up offset 5m") << 3 << QStringLiteral("unexpected 'o': ") + onlySelector;
    QTest::addRow("at modifier") << QStringLiteral("up{a=\"1\"} @ 100") << 10
                                 << QStringLiteral("unexpected '@': ") + onlySelector;
    QTest::addRow("binary operator") << QStringLiteral("up{a=\"1\"} + 1") << 10
                                     << QStringLiteral("unexpected '+' after the selector");
    QTest::addRow("aggregation keyword")
        << QStringLiteral("sum{a=\"b\"}") << 0
        << QStringLiteral("'sum' is a PromQL keyword, not a metric name; write only the series selector, e.g. "
                          "http_requests_total{job=\"api\"}");
    QTest::addRow("name twice") << QStringLiteral("up{__name__=\"x\"}") << 3
                                << QStringLiteral("metric name given twice: 'up' and a __name__ matcher");
}

void TestSelector::promInvalid()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, message);

    QString error;
    int errorColumn = -1;
    const std::optional<PromSelector> sel = parsePromSelector(text, &error, &errorColumn);
    QVERIFY2(!sel.has_value(), qPrintable(sel ? sel->toString() : QString()));
    QCOMPARE(error, message);
    QCOMPARE(errorColumn, column);
    // The error pointers are optional.
    QVERIFY(!parsePromSelector(text).has_value());
}

void TestSelector::promToString_escapesValues()
{
    // PromQL string escapes in the canonical text: quote, backslash, newline, CR and tab;
    // everything else (here a space, an apostrophe and a non-ASCII letter) stays as it is.
    PromSelector sel;
    sel.metric = QStringLiteral("m");
    sel.matchers << LabelMatcher{QStringLiteral("a"), LabelMatcher::Op::Equal, QStringLiteral("q\"b\\n\nr\rt\t 'é")};
    QCOMPARE(sel.toString(), QStringLiteral("m{a=\"q\\\"b\\\\n\\nr\\rt\\t 'é\"}"));
    const std::optional<PromSelector> back = parsePromSelector(sel.toString());
    QVERIFY(back);
    QCOMPARE(back->matchers.constLast().value, sel.matchers.constFirst().value);
}

void TestSelector::promToString_roundTrips()
{
    QFETCH(QString, text);
    const std::optional<PromSelector> first = parsePromSelector(text);
    QVERIFY(first);
    QString error;
    const std::optional<PromSelector> second = parsePromSelector(first->toString(), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(*second, *first);
}

void TestSelector::datadogValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("aggregator");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("modifier");
    QTest::addColumn<QString>("canonical");

    QTest::addRow("metric and tags") << QStringLiteral("trace.http.request.hits{service:web,env:prod}") << QString()
                                     << QStringLiteral("trace.http.request.hits")
                                     << QStringList{QStringLiteral("service:web"), QStringLiteral("env:prod")}
                                     << QString() << QStringLiteral("trace.http.request.hits{service:web,env:prod}");
    QTest::addRow("aggregator, negation and as_count")
        << QStringLiteral("sum:trace.http.request.hits{service:web,!env:staging}.as_count()") << QStringLiteral("sum")
        << QStringLiteral("trace.http.request.hits")
        << QStringList{QStringLiteral("service:web"), QStringLiteral("!env:staging")} << QStringLiteral("as_count")
        << QStringLiteral("sum:trace.http.request.hits{service:web,!env:staging}.as_count()");
    QTest::addRow("all series") << QStringLiteral("avg:system.cpu.user{*}") << QStringLiteral("avg")
                                << QStringLiteral("system.cpu.user") << QStringList{QStringLiteral("*")} << QString()
                                << QStringLiteral("avg:system.cpu.user{*}");
    QTest::addRow("as_rate") << QStringLiteral("requests{*}.as_rate()") << QString() << QStringLiteral("requests")
                             << QStringList{QStringLiteral("*")} << QStringLiteral("as_rate")
                             << QStringLiteral("requests{*}.as_rate()");
    QTest::addRow("spaces after commas")
        << QStringLiteral("max:my_metric.v2{host:web-01.example.com, region:eu-west-1}") << QStringLiteral("max")
        << QStringLiteral("my_metric.v2")
        << QStringList{QStringLiteral("host:web-01.example.com"), QStringLiteral("region:eu-west-1")} << QString()
        << QStringLiteral("max:my_metric.v2{host:web-01.example.com,region:eu-west-1}");
    QTest::addRow("simple tag") << QStringLiteral("min:requests{production}") << QStringLiteral("min")
                                << QStringLiteral("requests") << QStringList{QStringLiteral("production")} << QString()
                                << QStringLiteral("min:requests{production}");
    QTest::addRow("wildcard value and path")
        << QStringLiteral("requests{service:web-*,path:/api/v1}") << QString() << QStringLiteral("requests")
        << QStringList{QStringLiteral("service:web-*"), QStringLiteral("path:/api/v1")} << QString()
        << QStringLiteral("requests{service:web-*,path:/api/v1}");
}

void TestSelector::datadogValid()
{
    QFETCH(QString, text);
    QFETCH(QString, aggregator);
    QFETCH(QString, metric);
    QFETCH(QStringList, tags);
    QFETCH(QString, modifier);
    QFETCH(QString, canonical);

    QString error;
    int column = -1;
    const std::optional<DatadogSelector> sel = parseDatadogSelector(text, &error, &column);
    QVERIFY2(sel.has_value(), qPrintable(error + QStringLiteral(" at ") + QString::number(column)));
    QCOMPARE(sel->aggregator, aggregator);
    QCOMPARE(sel->metric, metric);
    QCOMPARE(sel->tags, tags);
    QCOMPARE(sel->modifier, modifier);
    QCOMPARE(sel->toString(), canonical);
}

void TestSelector::datadogInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::addRow("empty") << QString() << 0
                           << QStringLiteral(
                                  "empty selector: expected a metric name, e.g. trace.http.request.hits{service:web}");
    QTest::addRow("unknown aggregator") << QStringLiteral("count:requests{*}") << 0
                                        << QStringLiteral("unknown aggregator 'count': expected sum, avg, min or max");
    QTest::addRow("no scope") << QStringLiteral("requests") << 8
                              << QStringLiteral(
                                     "unexpected end of the selector: expected '{' and a scope after the metric "
                                     "name, e.g. {*} for all series");
    QTest::addRow("empty scope") << QStringLiteral("requests{}") << 8
                                 << QStringLiteral("empty scope: write {*} for all series");
    QTest::addRow("unterminated scope") << QStringLiteral("requests{service:web") << 20
                                        << QStringLiteral("unterminated scope: expected '}'");
    QTest::addRow("tag without value") << QStringLiteral("requests{service:}") << 16
                                       << QStringLiteral("tag 'service:' has no value after ':'");
    QTest::addRow("star with tags") << QStringLiteral("requests{*,env:prod}") << 9
                                    << QStringLiteral("'*' (all series) cannot be combined with other tags");
    QTest::addRow("rollup") << QStringLiteral("requests{env:prod}.rollup(sum, 60)") << 18
                            << QStringLiteral("unexpected '.rollup(sum, 60)' after the scope: only .as_count() or "
                                              ".as_rate() may follow");
    QTest::addRow("digit first") << QStringLiteral("1requests{*}") << 0
                                 << QStringLiteral("a Datadog metric name must start with a letter");
    QTest::addRow("space in tag") << QStringLiteral("requests{env:pr od}") << 16
                                  << QStringLiteral("unexpected 'o' in scope: expected ',' or '}'");
    QTest::addRow("empty tag") << QStringLiteral("requests{env:prod,,}") << 18
                               << QStringLiteral("empty tag in scope: expected key:value, !key:value or *");
    QTest::addRow("equals in tag") << QStringLiteral("requests{env=prod}") << 12
                                   << QStringLiteral("invalid character '=' in tag 'env=prod'");
    QTest::addRow("aggregator without metric")
        << QStringLiteral("sum:{*}") << 4 << QStringLiteral("unexpected '{': expected a metric name");
    QTest::addRow("empty segment") << QStringLiteral("requests..hits{*}") << 9
                                   << QStringLiteral("metric name 'requests..hits' has an empty segment");
    QTest::addRow("negated star") << QStringLiteral("requests{!*}") << 10
                                  << QStringLiteral("tag '!*' must start with a letter");
    QTest::addRow("promql selector") << QStringLiteral("http_requests_total{code=\"500\"}") << 24
                                     << QStringLiteral("invalid character '=' in tag 'code=\"500\"'");
}

void TestSelector::datadogInvalid()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, message);

    QString error;
    int errorColumn = -1;
    const std::optional<DatadogSelector> sel = parseDatadogSelector(text, &error, &errorColumn);
    QVERIFY2(!sel.has_value(), qPrintable(sel ? sel->toString() : QString()));
    QCOMPARE(error, message);
    QCOMPARE(errorColumn, column);
}

void TestSelector::datadogToString_roundTrips()
{
    QFETCH(QString, text);
    const std::optional<DatadogSelector> first = parseDatadogSelector(text);
    QVERIFY(first);
    const std::optional<DatadogSelector> second = parseDatadogSelector(first->toString());
    QVERIFY(second);
    QCOMPARE(*second, *first);
}

QTEST_GUILESS_MAIN(TestSelector)
#include "tst_selector.moc"
