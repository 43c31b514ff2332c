// SPDX-License-Identifier: Apache-2.0
// The OpenMetrics / Prometheus text reader behind recorded sources: the input as plain
// text, and the same input gzip-compressed (whole and cut short). The input's length picks
// the parser options; its first byte the size of the chunks it is fed in, so lines span
// chunk boundaries the way they do when a file is read in blocks.
#include "core/metrics/recorded/openmetricsparser.h"
#include "fuzzsupport.h"
#include "fuzztargets.h"

#include <string>
#include <zlib.h>

namespace Sla::Fuzz {

namespace {

using Core::OpenMetricsParser;

// Counts samples and records the first one that breaks the parser's promises.
class CheckingSink final : public OpenMetricsParser::Sink
{
public:
    bool sample(const OpenMetricsParser::Sample &s, QString *) override
    {
        if (problem.isEmpty() && (s.line < 1 || s.name.empty() || s.seriesText.substr(0, s.name.size()) != s.name))
            problem = QStringLiteral("sample at line %1 with a bad name or series text").arg(s.line);
        for (const OpenMetricsParser::Label &label : s.labels) {
            if (problem.isEmpty() && label.name.empty())
                problem = QStringLiteral("sample at line %1 with an empty label name").arg(s.line);
        }
        return true;
    }
    QString problem;
};

Core::OpenMetricsOptions optionsFor(size_t size)
{
    Core::OpenMetricsOptions options;
    options.requireTimestamps = size & 1;
    options.requireEof = size & 2;
    options.skipCreated = size & 4;
    options.timestampUnit =
        (size & 8) ? Core::OpenMetricsTimestampUnit::Milliseconds : Core::OpenMetricsTimestampUnit::Seconds;
    return options;
}

struct Outcome
{
    bool ok = false;
    qint64 samples = 0;
    QString problem;
};

Outcome parseChunked(const char *data, size_t size, size_t chunk, const Core::OpenMetricsOptions &options)
{
    CheckingSink sink;
    OpenMetricsParser parser(&sink, options);
    bool ok = true;
    for (size_t at = 0; ok && at < size; at += chunk)
        ok = parser.feed(QByteArrayView(data + at, qsizetype(std::min(chunk, size - at))));
    ok = ok && parser.finish();
    Outcome out{ok, parser.sampleCount(), sink.problem};
    if (out.problem.isEmpty() && !ok)
        out.problem = checkMessage(parser.errorString(), "OpenMetrics");
    if (out.problem.isEmpty() && (parser.errorLine() < 0 || parser.errorLine() > parser.lineCount() + 1))
        out.problem = QStringLiteral("error at line %1 of %2").arg(parser.errorLine()).arg(parser.lineCount());
    return out;
}

size_t chunkFor(const uint8_t *data, size_t size)
{
    return size == 0 ? 1 : 1 + data[0] % 97;
}

std::string gzip(const uint8_t *data, size_t size)
{
    z_stream z{};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&z, uLong(size)), '\0');
    z.next_in = const_cast<Bytef *>(data);
    z.avail_in = uInt(size);
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

} // namespace

QString fuzzOpenMetrics(const uint8_t *data, size_t size)
{
    return parseChunked(reinterpret_cast<const char *>(data), size, chunkFor(data, size), optionsFor(size)).problem;
}

QString fuzzOpenMetricsGzip(const uint8_t *data, size_t size)
{
    const Core::OpenMetricsOptions options = optionsFor(size);
    const Outcome plain = parseChunked(reinterpret_cast<const char *>(data), size, size + 1, options);
    const std::string packed = gzip(data, size);
    const Outcome whole = parseChunked(packed.data(), packed.size(), chunkFor(data, size), options);
    if (!whole.problem.isEmpty())
        return QStringLiteral("gzip: ") + whole.problem;
    // Plain input that is itself gzip is inflated by the plain run and read as text here.
    const bool plainIsGzip = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
    if (!plainIsGzip && (whole.ok != plain.ok || whole.samples != plain.samples))
        return QStringLiteral("gzip gives %1 (%2 samples), plain text %3 (%4 samples)")
            .arg(whole.ok ? QStringLiteral("ok") : QStringLiteral("an error"))
            .arg(whole.samples)
            .arg(plain.ok ? QStringLiteral("ok") : QStringLiteral("an error"))
            .arg(plain.samples);
    // Cut behind the magic bytes, so the parser knows it reads gzip, and before the trailer.
    const size_t cut = 2 + (size == 0 ? 0 : (size_t(data[0]) * 131) % (packed.size() - 2));
    const Outcome truncated = parseChunked(packed.data(), cut, chunkFor(data, size), options);
    if (!truncated.problem.isEmpty())
        return QStringLiteral("truncated gzip: ") + truncated.problem;
    if (truncated.ok)
        return QStringLiteral("gzip cut after %1 of %2 bytes was accepted").arg(cut).arg(packed.size());
    return {};
}

} // namespace Sla::Fuzz
