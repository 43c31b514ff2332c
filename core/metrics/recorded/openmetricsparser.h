// SPDX-License-Identifier: Apache-2.0
#pragma once

// A streaming parser for OpenMetrics text and the Prometheus text exposition format.
// Input is fed in chunks of any size (a line may span chunks); gzip input is recognised by
// its magic bytes and inflated on the fly. Samples are handed to a Sink as they are read,
// with zero-copy views into the input wherever possible. The parser stops at the first
// error and reports it as "line N, column M: message" (1-based; columns count characters).

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Sla::Core {

enum class OpenMetricsTimestampUnit { Seconds, Milliseconds };

/// Options of OpenMetricsParser (outside the class so it can be a default argument).
struct OpenMetricsOptions
{
    /// A sample without a timestamp is an error (recorded data needs one per sample).
    bool requireTimestamps = false;
    /// Input must end with `# EOF` (OpenMetrics); the Prometheus text format has none.
    bool requireEof = false;
    /// Drop `_created` samples of counters, histograms and summaries (as Prometheus does).
    bool skipCreated = true;
    /// OpenMetrics timestamps are seconds (floats allowed); the Prometheus text format
    /// uses integer milliseconds. With Seconds, a value above 1e11 (year 5138) is
    /// rejected as "looks like milliseconds".
    OpenMetricsTimestampUnit timestampUnit = OpenMetricsTimestampUnit::Seconds;
};

class OpenMetricsParser
{
public:
    enum class MetricType { Unknown, Counter, Gauge, Histogram, GaugeHistogram, Summary, Info, StateSet };

    /// One label of a sample. `value` is unescaped; both views live until the sink returns.
    struct Label
    {
        std::string_view name;
        std::string_view value;
    };

    struct Sample
    {
        std::string_view name;         ///< metric name as written, e.g. `http_requests_total`
        std::string_view seriesText;   ///< `name{labels}` exactly as written: equal text, same series
        std::span<const Label> labels; ///< in written order, without the metric name
        double value = 0;
        qint64 timestampMs = 0;
        bool hasTimestamp = false;
        MetricType type = MetricType::Unknown; ///< type of the family the sample belongs to
        qint64 line = 0;
    };

    class Sink
    {
    public:
        virtual ~Sink() = default;
        /// Called for every sample. Return false (and set *error) to stop with an error that
        /// is reported at the sample's line.
        virtual bool sample(const Sample &sample, QString *error) = 0;
        /// Called for every `# TYPE` line.
        virtual void typeDeclared(std::string_view family, MetricType type)
        {
            Q_UNUSED(family);
            Q_UNUSED(type);
        }
    };

    using TimestampUnit = OpenMetricsTimestampUnit;
    using Options = OpenMetricsOptions;

    explicit OpenMetricsParser(Sink *sink, Options options = {});
    ~OpenMetricsParser();
    OpenMetricsParser(const OpenMetricsParser &) = delete;
    OpenMetricsParser &operator=(const OpenMetricsParser &) = delete;

    /// Feeds raw input (text or gzip). Returns false once an error occurred.
    bool feed(QByteArrayView chunk);
    /// Ends the input: parses a last line without newline, checks gzip and `# EOF`.
    bool finish();
    /// feed() + finish() for input held in memory.
    bool parse(QByteArrayView input);
    /// Reads a file in chunks. I/O errors are reported with line 0.
    bool parseFile(const QString &path);

    bool hasError() const { return m_hasError; }
    QString errorMessage() const { return m_errorMessage; }
    qint64 errorLine() const { return m_errorLine; }  ///< 1-based; 0 when not tied to a line
    int errorColumn() const { return m_errorColumn; } ///< 1-based; 0 when not tied to a line
    /// "line 1234, column 17: expected '=' after label name" (or just the message).
    QString errorString() const;

    bool isGzip() const { return m_mode == Mode::Gzip; }
    bool sawEof() const { return m_sawEof; }
    qint64 lineCount() const { return m_line; }
    qint64 sampleCount() const { return m_samples; }
    qint64 textBytes() const { return m_textBytes; } ///< after inflating

    static QString typeName(MetricType type);

private:
    enum class Mode { Undecided, Text, Gzip };
    struct Family
    {
        MetricType type = MetricType::Unknown;
        qint64 line = 0;
    };
    struct Inflater;

    bool feedRaw(const char *data, size_t size);
    bool feedText(const char *data, size_t size);
    bool parseLine(const char *begin, const char *end);
    bool parseComment(const char *begin, const char *end);
    bool parseSample(const char *begin, const char *end);
    bool parseLabels(const char *lineBegin, const char *&p, const char *end);
    bool parseTimestamp(const char *lineBegin, const char *b, const char *e, qint64 *ms);
    MetricType typeOf(std::string_view name, bool *isCreated, bool *isBucket);
    bool fail(const char *lineBegin, const char *at, const char *lineEnd, const QString &message);
    bool failNoPosition(const QString &message);

    Sink *m_sink;
    Options m_options;
    Mode m_mode = Mode::Undecided;
    std::unique_ptr<Inflater> m_inflater;
    std::string m_head;    // first bytes while the mode is undecided
    std::string m_pending; // an incomplete line carried over to the next chunk
    std::string m_scratch; // unescaped label values of the current line
    std::vector<Label> m_labels;
    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, Family, StringHash, std::equal_to<>> m_families;
    std::string m_lastName; // type lookup cache
    MetricType m_lastType = MetricType::Unknown;
    bool m_lastCreated = false;
    bool m_lastBucket = false;
    bool m_lastValid = false;

    qint64 m_line = 0;
    qint64 m_samples = 0;
    qint64 m_textBytes = 0;
    bool m_sawEof = false;
    bool m_finished = false;
    bool m_hasError = false;
    QString m_errorMessage;
    qint64 m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace Sla::Core
