// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/recorded/openmetricsparser.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace Sla::Core;

namespace {

QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (v == 0 && std::signbit(v))
        return QStringLiteral("-0");
    return QString::number(v, 'g', 17);
}

// Renders every sample as `name{a="v",...} value [tsMs] <type>` with label values raw
// (unescaped), one per line, so whole results compare as text.
class CollectingSink final : public OpenMetricsParser::Sink
{
public:
    bool sample(const OpenMetricsParser::Sample &s, QString *error) override
    {
        Q_UNUSED(error);
        QString text = QString::fromUtf8(s.name.data(), qsizetype(s.name.size()));
        if (!s.labels.empty()) {
            text += QLatin1Char('{');
            bool first = true;
            for (const auto &l : s.labels) {
                if (!first)
                    text += QLatin1Char(',');
                first = false;
                text += QString::fromUtf8(l.name.data(), qsizetype(l.name.size())) + QStringLiteral("=\"") +
                        QString::fromUtf8(l.value.data(), qsizetype(l.value.size())) + QLatin1Char('"');
            }
            text += QLatin1Char('}');
        }
        text += QLatin1Char(' ') + number(s.value);
        if (s.hasTimestamp)
            text += QLatin1Char(' ') + QString::number(s.timestampMs);
        text += QLatin1Char(' ') + OpenMetricsParser::typeName(s.type);
        lines.append(text);
        seriesTexts.append(QString::fromUtf8(s.seriesText.data(), qsizetype(s.seriesText.size())));
        return true;
    }
    QStringList lines;
    QStringList seriesTexts;
};

QByteArray readFixture(const char *name)
{
    QFile f(QStringLiteral(SLA_TEST_DATA_DIR "/recorded/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestOpenMetricsParser : public QObject
{
    Q_OBJECT

private slots:
    void validInput_data();
    void validInput();
    void invalidInput_data();
    void invalidInput();
    void requireTimestampsAndEof();
    void millisecondTimestamps();
    void seriesTextIsVerbatim();
    void chunkedFeeding_givesSameSamples();
    void gzip_roundTripMatchesText();
    void gzip_concatenatedMembers();
    void gzip_truncatedOrCorrupt();
    void garbage_neverCrashes();
    void parseFile_missingFile();
    void typeName_namesEveryType();
};

void TestOpenMetricsParser::validInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::addRow("counter family with _total")
        << QByteArray("# TYPE http_requests counter\n# HELP http_requests Requests.\n"
                      "http_requests_total{service=\"a\",code=\"200\"} 17 1735689600\n"
                      "http_requests_total{service=\"a\",code=\"200\"} 20 1735689660\n# EOF\n")
        << QStringLiteral("http_requests_total{service=\"a\",code=\"200\"} 17 1735689600000 counter\n"
                          "http_requests_total{service=\"a\",code=\"200\"} 20 1735689660000 counter");
    QTest::addRow("gauge without labels or timestamp")
        << QByteArray("# TYPE temp gauge\ntemp 21.5\n") << QStringLiteral("temp 21.5 gauge");
    QTest::addRow("no TYPE: unknown") << QByteArray("x{a=\"1\"} 2 3\n") << QStringLiteral("x{a=\"1\"} 2 3000 unknown");
    QTest::addRow("escapes in label values")
        << QByteArray("m{a=\"back\\\\slash\",b=\"say \\\"hi\\\"\",c=\"two\\nlines\"} 1\n")
        << QStringLiteral("m{a=\"back\\slash\",b=\"say \"hi\"\",c=\"two\nlines\"} 1 unknown");
    QTest::addRow("escape after plain label") << QByteArray("m{a=\"plain\",b=\"x\\\\\",c=\"\"} 1\n")
                                              << QStringLiteral("m{a=\"plain\",b=\"x\\\",c=\"\"} 1 unknown");
    QTest::addRow("special values")
        << QByteArray("v{k=\"1\"} NaN\nv{k=\"2\"} +Inf\nv{k=\"3\"} -Inf\nv{k=\"4\"} inf\nv{k=\"5\"} -0\n"
                      "v{k=\"6\"} +1.5\nv{k=\"7\"} 1e3\nv{k=\"8\"} .5\nv{k=\"9\"} -2.5E-3\n")
        << QStringLiteral("v{k=\"1\"} NaN unknown\nv{k=\"2\"} +Inf unknown\nv{k=\"3\"} -Inf unknown\n"
                          "v{k=\"4\"} +Inf unknown\nv{k=\"5\"} -0 unknown\nv{k=\"6\"} 1.5 unknown\n"
                          "v{k=\"7\"} 1000 unknown\nv{k=\"8\"} 0.5 unknown\nv{k=\"9\"} -0.0025000000000000001 unknown");
    QTest::addRow("float and negative timestamps")
        << QByteArray("a 1 1735689600.123\na 2 1735689600.5\na 3 -1\na 4 1.5e9\n")
        << QStringLiteral("a 1 1735689600123 unknown\na 2 1735689600500 unknown\na 3 -1000 unknown\n"
                          "a 4 1500000000000 unknown");
    QTest::addRow("histogram")
        << QByteArray("# TYPE lat histogram\n# UNIT lat seconds\nlat_bucket{le=\"0.1\"} 3 10\n"
                      "lat_bucket{le=\"+Inf\"} 5 10\nlat_count 5 10\nlat_sum 0.75 10\nlat_created 1 10\n# EOF\n")
        << QStringLiteral("lat_bucket{le=\"0.1\"} 3 10000 histogram\nlat_bucket{le=\"+Inf\"} 5 10000 histogram\n"
                          "lat_count 5 10000 histogram\nlat_sum 0.75 10000 histogram");
    QTest::addRow("counter _created dropped") << QByteArray("# TYPE c counter\nc_total 1 5\nc_created 4 5\n# EOF\n")
                                              << QStringLiteral("c_total 1 5000 counter");
    QTest::addRow("prometheus text format niceties")
        << QByteArray("# a free comment\n\n# TYPE up gauge\nup{ job = \"x\" , } 1 2\r\nup{}  0\t\t3\n")
        << QStringLiteral("up{job=\"x\"} 1 2000 gauge\nup 0 3000 gauge");
    QTest::addRow("exemplars are skipped")
        << QByteArray("# TYPE c counter\nc_total 3 7 # {trace_id=\"abc\"} 1.0 7\nc_total 4 # {trace_id=\"d\"} 1\n")
        << QStringLiteral("c_total 3 7000 counter\nc_total 4 counter");
    QTest::addRow("utf-8 values") << QByteArray("m{model=\"straße-v1\",emoji=\"✓\"} 1 1\n")
                                  << QStringLiteral("m{model=\"straße-v1\",emoji=\"✓\"} 1 1000 unknown");
    QTest::addRow("no trailing newline") << QByteArray("a 1 2") << QStringLiteral("a 1 2000 unknown");
    QTest::addRow("empty input") << QByteArray() << QString();
    QTest::addRow("only EOF") << QByteArray("# EOF\n") << QString();
    QTest::addRow("colons in metric names")
        << QByteArray("slo:sli_error:ratio_rate5m{service=\"a\"} 0.001 60\n")
        << QStringLiteral("slo:sli_error:ratio_rate5m{service=\"a\"} 0.001 60000 unknown");
}

void TestOpenMetricsParser::validInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    CollectingSink sink;
    OpenMetricsParser parser(&sink);
    QVERIFY2(parser.parse(input), qPrintable(parser.errorString()));
    QCOMPARE(sink.lines.join(QLatin1Char('\n')), expected);
    QVERIFY(!parser.hasError());
}

void TestOpenMetricsParser::invalidInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::addRow("missing '='") << QByteArray("ok{a=\"b\"} 1 2\nfoo{a \"b\"} 1\n") << 2 << 7
                                 << QStringLiteral("expected '=' after label name");
    QTest::addRow("label name with dash")
        << QByteArray("foo{a-b=\"1\"} 1\n") << 1 << 6 << QStringLiteral("expected '=' after label name");
    QTest::addRow("value not quoted") << QByteArray("foo{a=1} 1\n") << 1 << 7
                                      << QStringLiteral("expected '\"' to start the value of label 'a'");
    QTest::addRow("unterminated value") << QByteArray("foo{a=\"b} 1\n") << 1 << 7
                                        << QStringLiteral("unterminated value of label 'a' (missing closing '\"')");
    QTest::addRow("backslash at end") << QByteArray("foo{a=\"b\\") << 1 << 7
                                      << QStringLiteral("unterminated value of label 'a' (missing closing '\"')");
    QTest::addRow("invalid escape") << QByteArray("foo{a=\"x\\qy\"} 1\n") << 1 << 9
                                    << QStringLiteral(
                                           "invalid escape sequence '\\q' in label value (expected \\\\, \\\" or \\n)");
    QTest::addRow("duplicate label") << QByteArray("foo{a=\"1\",a=\"2\"} 1\n") << 1 << 11
                                     << QStringLiteral("duplicate label 'a'");
    QTest::addRow("missing separator") << QByteArray("foo{a=\"1\" b=\"2\"} 1\n") << 1 << 11
                                       << QStringLiteral("expected ',' or '}' after label value");
    QTest::addRow("label name expected") << QByteArray("foo{,} 1\n") << 1 << 5
                                         << QStringLiteral("expected a label name or '}'");
    QTest::addRow("unclosed labels") << QByteArray("foo{a=\"1\",") << 1 << 11
                                     << QStringLiteral("expected a label name or '}'");
    QTest::addRow("bad value") << QByteArray("# TYPE foo gauge\nfoo 1x 5\n") << 2 << 5
                               << QStringLiteral("invalid value (expected a number, NaN, +Inf or -Inf)");
    QTest::addRow("double sign") << QByteArray("foo --1\n") << 1 << 5
                                 << QStringLiteral("invalid value (expected a number, NaN, +Inf or -Inf)");
    QTest::addRow("hex value") << QByteArray("foo 0x10\n") << 1 << 5
                               << QStringLiteral("invalid value (expected a number, NaN, +Inf or -Inf)");
    QTest::addRow("missing value") << QByteArray("foo{a=\"1\"}\n") << 1 << 11
                                   << QStringLiteral("expected a space and a value after the metric name");
    QTest::addRow("no space after labels")
        << QByteArray("foo{a=\"1\"}1\n") << 1 << 11 << QStringLiteral("expected a space after the labels");
    QTest::addRow("bad name char") << QByteArray("foo-bar 1\n") << 1 << 4
                                   << QStringLiteral("invalid character in metric name");
    QTest::addRow("name starts with digit")
        << QByteArray("\n1foo 1\n") << 2 << 1 << QStringLiteral("expected a metric name, a comment or '# EOF'");
    QTest::addRow("bad timestamp") << QByteArray("foo 1 12:00\n") << 1 << 7
                                   << QStringLiteral("invalid timestamp (expected seconds since the epoch)");
    QTest::addRow("NaN timestamp") << QByteArray("foo 1 NaN\n") << 1 << 7
                                   << QStringLiteral("invalid timestamp (expected seconds since the epoch)");
    QTest::addRow("milliseconds timestamp")
        << QByteArray("foo 1 1735689600000\n") << 1 << 7
        << QStringLiteral("timestamp '1735689600000' is too large: OpenMetrics timestamps are seconds since the "
                          "epoch, this looks like milliseconds");
    QTest::addRow("text after timestamp")
        << QByteArray("foo 1 2 3\n") << 1 << 9 << QStringLiteral("unexpected text after the timestamp");
    QTest::addRow("exemplar without labels")
        << QByteArray("foo 1 2 # x\n") << 1 << 11 << QStringLiteral("expected '{' to start an exemplar");
    QTest::addRow("unknown type") << QByteArray("# TYPE foo countr\n") << 1 << 12
                                  << QStringLiteral("unknown metric type 'countr' (expected counter, gauge, histogram, "
                                                    "gaugehistogram, summary, info, stateset or unknown)");
    QTest::addRow("type without name") << QByteArray("# TYPE \n") << 1 << 8
                                       << QStringLiteral("expected a metric family name after 'TYPE'");
    QTest::addRow("conflicting type") << QByteArray("# TYPE foo counter\n# TYPE foo gauge\n") << 2 << 8
                                      << QStringLiteral("metric family 'foo' was declared as counter on line 1");
    QTest::addRow("bad HELP escape") << QByteArray("# HELP foo a\\tb\n") << 1 << 13
                                     << QStringLiteral(
                                            "invalid escape sequence in HELP text (expected \\\\, \\\" or \\n)");
    QTest::addRow("content after EOF") << QByteArray("# EOF\nfoo 1\n") << 2 << 1
                                       << QStringLiteral("unexpected content after '# EOF'");
    QTest::addRow("text after EOF marker")
        << QByteArray("# EOF now\n") << 1 << 6 << QStringLiteral("unexpected text after '# EOF'");
    QTest::addRow("bucket without le") << QByteArray("# TYPE h histogram\nh_bucket{a=\"1\"} 1 1\n") << 2 << 9
                                       << QStringLiteral("histogram bucket without an 'le' label");
    QTest::addRow("le not a number") << QByteArray("# TYPE h histogram\nh_bucket{le=\"fast\"} 1 1\n") << 2 << 9
                                     << QStringLiteral("the 'le' label value is not a number");
    QTest::addRow("column counts characters")
        << QByteArray("m{model=\"straße\",x y} 1\n") << 1 << 20 << QStringLiteral("expected '=' after label name");
    // Issue 14 item 7: `file:` may name any file; its lines are never quoted back.
    QTest::addRow("token file") << QByteArray("ghp_S3cretT0ken\n") << 1 << 16
                                << QStringLiteral("expected a space and a value after the metric name");
    QTest::addRow("key=value file") << QByteArray("API_KEY=s3cret\n") << 1 << 8
                                    << QStringLiteral("invalid character in metric name");
    QTest::addRow("password file") << QByteArray("password hunter2\n") << 1 << 10
                                   << QStringLiteral("invalid value (expected a number, NaN, +Inf or -Inf)");
    QTest::addRow("secret as timestamp") << QByteArray("up 1 hunter2\n") << 1 << 6
                                         << QStringLiteral("invalid timestamp (expected seconds since the epoch)");
    QTest::addRow("an escape sequence is quoted with its control character escaped")
        << QByteArray("m{a=\"\\\x1b\"} 1 1\n") << 1 << 6
        << QStringLiteral("invalid escape sequence '\\\\x1b' in label value (expected \\\\, \\\" or \\n)");
    QTest::addRow("binary garbage") << QByteArray("\x01\x02\x03 1\n", 6) << 1 << 1
                                    << QStringLiteral("expected a metric name, a comment or '# EOF'");
}

void TestOpenMetricsParser::invalidInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    CollectingSink sink;
    OpenMetricsParser parser(&sink);
    QVERIFY(!parser.parse(input));
    QVERIFY(parser.hasError());
    QCOMPARE(parser.errorMessage(), message);
    QCOMPARE(parser.errorLine(), qint64(line));
    QCOMPARE(parser.errorColumn(), column);
    QCOMPARE(parser.errorString(), QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(message));
    // Once failed, the parser stays failed.
    QVERIFY(!parser.feed("ok 1\n"));
}

void TestOpenMetricsParser::requireTimestampsAndEof()
{
    OpenMetricsOptions options;
    options.requireTimestamps = true;
    options.requireEof = true;
    {
        OpenMetricsParser parser(nullptr, options);
        QVERIFY(!parser.parse("a 1 2\na{b=\"c\"} 3\n# EOF\n"));
        QCOMPARE(parser.errorString(),
                 QStringLiteral(
                     "line 2, column 11: expected a timestamp after the value (recorded data needs one per sample)"));
    }
    {
        OpenMetricsParser parser(nullptr, options);
        QVERIFY(!parser.parse("a 1 2\na 3 4\n"));
        QCOMPARE(parser.errorString(),
                 QStringLiteral("line 3, column 1: missing '# EOF' at the end of the input (OpenMetrics requires it)"));
    }
    {
        OpenMetricsParser parser(nullptr, options);
        QVERIFY2(parser.parse("a 1 2\na 3 4\n# EOF\n"), qPrintable(parser.errorString()));
        QVERIFY(parser.sawEof());
        QCOMPARE(parser.sampleCount(), qint64(2));
        QCOMPARE(parser.lineCount(), qint64(3));
    }
}

void TestOpenMetricsParser::millisecondTimestamps()
{
    OpenMetricsOptions options;
    options.timestampUnit = OpenMetricsTimestampUnit::Milliseconds;
    CollectingSink sink;
    OpenMetricsParser parser(&sink, options);
    QVERIFY2(parser.parse("up 1 1735689600123\n"), qPrintable(parser.errorString()));
    QCOMPARE(sink.lines, QStringList{QStringLiteral("up 1 1735689600123 unknown")});
}

void TestOpenMetricsParser::seriesTextIsVerbatim()
{
    CollectingSink sink;
    OpenMetricsParser parser(&sink);
    QVERIFY(parser.parse("m{ b=\"x\\\"y\" ,a=\"1\"} 1 2\nn 1\n"));
    QCOMPARE(sink.seriesTexts, (QStringList{QStringLiteral("m{ b=\"x\\\"y\" ,a=\"1\"}"), QStringLiteral("n")}));
}

void TestOpenMetricsParser::chunkedFeeding_givesSameSamples()
{
    const QByteArray input = readFixture("small.om");
    QVERIFY(!input.isEmpty());
    CollectingSink whole;
    OpenMetricsParser reference(&whole, OpenMetricsOptions{true, true});
    QVERIFY2(reference.parse(input), qPrintable(reference.errorString()));
    QCOMPARE(whole.lines.size(), 11);
    for (int chunk : {1, 2, 3, 7, 64}) {
        CollectingSink sink;
        OpenMetricsParser parser(&sink, OpenMetricsOptions{true, true});
        for (qsizetype i = 0; i < input.size(); i += chunk)
            QVERIFY2(parser.feed(QByteArrayView(input).sliced(i, std::min<qsizetype>(chunk, input.size() - i))),
                     qPrintable(parser.errorString()));
        QVERIFY2(parser.finish(), qPrintable(parser.errorString()));
        QCOMPARE(sink.lines, whole.lines);
    }
}

void TestOpenMetricsParser::gzip_roundTripMatchesText()
{
    const QByteArray text = readFixture("small.om");
    const QByteArray gz = readFixture("small.om.gz");
    QVERIFY(!gz.isEmpty());
    QCOMPARE(quint8(gz[0]), quint8(0x1f));

    CollectingSink plain;
    OpenMetricsParser textParser(&plain);
    QVERIFY(textParser.parse(text));
    QVERIFY(!textParser.isGzip());

    CollectingSink inflated;
    OpenMetricsParser gzParser(&inflated);
    QVERIFY2(gzParser.parse(gz), qPrintable(gzParser.errorString()));
    QVERIFY(gzParser.isGzip());
    QCOMPARE(gzParser.textBytes(), qint64(text.size()));
    QCOMPARE(inflated.lines, plain.lines);
    QVERIFY(inflated.lines.contains(QStringLiteral(
        "queue_depth{queue=\"a \"quoted\" \\ name\nwith newline\",model=\"straße-v1\"} NaN 1735689660500 gauge")));

    // Byte-wise feeding exercises the magic-byte decision and zlib's partial input.
    CollectingSink bytewise;
    OpenMetricsParser byteParser(&bytewise);
    for (qsizetype i = 0; i < gz.size(); ++i)
        QVERIFY2(byteParser.feed(QByteArrayView(gz).sliced(i, 1)), qPrintable(byteParser.errorString()));
    QVERIFY2(byteParser.finish(), qPrintable(byteParser.errorString()));
    QCOMPARE(bytewise.lines, plain.lines);

    // From a file, too.
    CollectingSink fromFile;
    OpenMetricsParser fileParser(&fromFile);
    QVERIFY(fileParser.parseFile(QStringLiteral(SLA_TEST_DATA_DIR "/recorded/small.om.gz")));
    QCOMPARE(fromFile.lines, plain.lines);
}

void TestOpenMetricsParser::gzip_concatenatedMembers()
{
    // `cat part1.om.gz part2.om.gz` is one valid gzip stream: the text without and with # EOF.
    const QByteArray joined = readFixture("part1.om.gz") + readFixture("part2.om.gz");
    CollectingSink sink;
    OpenMetricsParser parser(&sink, OpenMetricsOptions{true, true});
    QVERIFY2(parser.parse(joined), qPrintable(parser.errorString()));
    QVERIFY(parser.sawEof());
    CollectingSink plain;
    OpenMetricsParser textParser(&plain);
    QVERIFY(textParser.parse(readFixture("small.om")));
    QCOMPARE(sink.lines, plain.lines);
}

void TestOpenMetricsParser::gzip_truncatedOrCorrupt()
{
    const QByteArray gz = readFixture("small.om.gz");
    {
        OpenMetricsParser parser(nullptr);
        QVERIFY(!parser.parse(gz.left(gz.size() - 10)));
        QCOMPARE(parser.errorString(), QStringLiteral("gzip data is truncated (the stream ends before its trailer)"));
        QCOMPARE(parser.errorLine(), qint64(0));
    }
    {
        QByteArray broken = gz;
        broken[broken.size() - 6] = char(broken[broken.size() - 6] ^ 0x55); // inside the CRC32
        OpenMetricsParser parser(nullptr);
        QVERIFY(!parser.parse(broken));
        QCOMPARE(parser.errorString(), QStringLiteral("gzip data is corrupt: incorrect data check"));
    }
    {
        OpenMetricsParser parser(nullptr);
        QVERIFY(!parser.parse(QByteArray(gz + QByteArray("trailing junk"))));
        QVERIFY2(parser.errorString().startsWith(QStringLiteral("gzip data is corrupt: ")),
                 qPrintable(parser.errorString()));
    }
}

void TestOpenMetricsParser::garbage_neverCrashes()
{
    // Every prefix and many single-byte corruptions of valid input, text and gzip: the
    // parser either accepts or reports an error with a message, and never crashes.
    const QByteArray text = readFixture("small.om");
    const QByteArray gz = readFixture("small.om.gz");
    int failures = 0;
    int accepted = 0;
    for (const QByteArray &base : {text, gz}) {
        for (qsizetype cut = 0; cut <= base.size(); ++cut) {
            OpenMetricsParser parser(nullptr, OpenMetricsOptions{true, true});
            const bool ok = parser.parse(base.left(cut));
            ok ? ++accepted : ++failures;
            QVERIFY(ok || !parser.errorMessage().isEmpty());
        }
        quint32 state = 12345;
        for (int round = 0; round < 2000; ++round) {
            QByteArray mutated = base;
            state = state * 1664525u + 1013904223u;
            const auto pos = qsizetype(state % quint32(mutated.size()));
            state = state * 1664525u + 1013904223u;
            mutated[pos] = char(state >> 24);
            CollectingSink sink;
            OpenMetricsParser parser(&sink);
            const bool ok = parser.parse(mutated);
            QVERIFY(ok || !parser.errorMessage().isEmpty());
        }
    }
    QVERIFY(failures > 0);
    QVERIFY(accepted > 0);
}

void TestOpenMetricsParser::parseFile_missingFile()
{
    OpenMetricsParser parser(nullptr);
    QVERIFY(!parser.parseFile(QStringLiteral("/nonexistent/x.om")));
    QVERIFY2(parser.errorString().startsWith(QStringLiteral("cannot open /nonexistent/x.om: ")),
             qPrintable(parser.errorString()));
}

QTEST_GUILESS_MAIN(TestOpenMetricsParser)
void TestOpenMetricsParser::typeName_namesEveryType()
{
    // The names are those of the TYPE lines; Unknown (also what "untyped" reads as) is "unknown".
    using T = OpenMetricsParser::MetricType;
    const QList<std::pair<T, QString>> expected{{T::Unknown, QStringLiteral("unknown")},
                                                {T::Counter, QStringLiteral("counter")},
                                                {T::Gauge, QStringLiteral("gauge")},
                                                {T::Histogram, QStringLiteral("histogram")},
                                                {T::GaugeHistogram, QStringLiteral("gaugehistogram")},
                                                {T::Summary, QStringLiteral("summary")},
                                                {T::Info, QStringLiteral("info")},
                                                {T::StateSet, QStringLiteral("stateset")}};
    for (const auto &[type, name] : expected)
        QCOMPARE(OpenMetricsParser::typeName(type), name);
}

#include "tst_openmetricsparser.moc"
