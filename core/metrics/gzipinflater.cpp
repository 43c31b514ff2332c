// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/gzipinflater.h"

#include "core/document/tr.h"

#include <algorithm>
#include <vector>
#include <zlib.h>

namespace Tr = Sla::Core::TrContext::GzipInflater;

namespace Sla::Core {

namespace {
constexpr std::size_t OutputChunk = 256 * 1024;
/// zlib counts in uInt: larger inputs are fed in pieces of this size.
constexpr std::size_t InputPiece = std::size_t(1) << 30;
} // namespace

struct GzipInflater::Stream
{
    z_stream zs{};
    bool ended = false; ///< the current gzip member is complete
    std::vector<char> out = std::vector<char>(OutputChunk);

    Stream() { inflateInit2(&zs, 16 + MAX_WBITS); }
    ~Stream() { inflateEnd(&zs); }
};

GzipInflater::GzipInflater() : m_stream(std::make_unique<Stream>()) {}

GzipInflater::~GzipInflater() = default;

bool GzipInflater::complete() const
{
    return m_stream->ended;
}

bool GzipInflater::step(const Sink &sink, int *rc, std::size_t *produced)
{
    z_stream &zs = m_stream->zs;
    zs.next_out = reinterpret_cast<Bytef *>(m_stream->out.data());
    zs.avail_out = uInt(m_stream->out.size());
    *rc = inflate(&zs, Z_NO_FLUSH);
    if (*rc != Z_OK && *rc != Z_STREAM_END && *rc != Z_BUF_ERROR) {
        m_error = Tr::tr("gzip data is corrupt: %1").arg(QString::fromUtf8(zs.msg ? zs.msg : "inflate failed"));
        return false;
    }
    *produced = m_stream->out.size() - zs.avail_out;
    if (*rc == Z_STREAM_END)
        m_stream->ended = true;
    return *produced == 0 || sink(m_stream->out.data(), *produced);
}

bool GzipInflater::feed(const char *data, std::size_t size, const Sink &sink)
{
    z_stream &zs = m_stream->zs;
    int rc = Z_OK;
    std::size_t produced = 0;
    while (size > 0) {
        const std::size_t piece = std::min(size, InputPiece);
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        zs.avail_in = uInt(piece);
        data += piece;
        size -= piece;
        while (zs.avail_in > 0) {
            if (m_stream->ended) {
                // Concatenated gzip members form one stream.
                inflateReset(&zs);
                m_stream->ended = false;
            }
            if (!step(sink, &rc, &produced))
                return false;
            if (rc == Z_BUF_ERROR && produced == 0)
                break; // needs more input
        }
    }
    // Drain output that zlib still holds although all input was consumed.
    while (!m_stream->ended) {
        if (!step(sink, &rc, &produced))
            return false;
        if (produced == 0)
            break;
    }
    return true;
}

GzipInflater::Result GzipInflater::inflateAll(const QByteArray &gzip, qint64 maxBytes)
{
    Result result;
    GzipInflater inflater;
    const bool ok = inflater.feed(gzip.constData(), std::size_t(gzip.size()), [&](const char *data, std::size_t size) {
        if (result.data.size() + qint64(size) > maxBytes) {
            result.status = Status::TooLarge;
            return false;
        }
        result.data.append(data, qsizetype(size));
        return true;
    });
    if (result.status == Status::TooLarge)
        result.data.clear();
    else if (!ok)
        result.status = Status::Corrupt;
    else if (!inflater.complete())
        result.status = Status::Truncated;
    result.error = inflater.error();
    return result;
}

} // namespace Sla::Core
