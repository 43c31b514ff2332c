// SPDX-License-Identifier: Apache-2.0
#pragma once

// The one gzip decoder of the core: recorded OpenMetrics files and HTTP bodies sent with
// `Content-Encoding: gzip` both inflate through it. Input may arrive in chunks of any size
// and may hold several concatenated gzip members (as `cat a.gz b.gz` produces).

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <functional>
#include <memory>

namespace Sla::Core {

class GzipInflater
{
public:
    /// Receives each piece of inflated output; returns false to stop inflating.
    using Sink = std::function<bool(const char *data, std::size_t size)>;

    GzipInflater();
    ~GzipInflater();
    GzipInflater(const GzipInflater &) = delete;
    GzipInflater &operator=(const GzipInflater &) = delete;

    /// Inflates `size` bytes of input and hands all output zlib can produce from it to
    /// `sink`. Returns false when the data is corrupt (error() says why) or the sink
    /// returned false (error() stays empty).
    bool feed(const char *data, std::size_t size, const Sink &sink);
    /// True when the input so far ends exactly after a complete gzip member.
    bool complete() const;
    /// Why feed() failed on corrupt data; empty otherwise.
    QString error() const { return m_error; }

    enum class Status { Ok, Corrupt, Truncated, TooLarge };
    struct Result
    {
        Status status = Status::Ok;
        QByteArray data;
        QString error; ///< zlib's reason when Corrupt
    };
    /// Inflates a whole gzip buffer; stops with TooLarge once the output would exceed
    /// `maxBytes`, before allocating more than that.
    static Result inflateAll(const QByteArray &gzip, qint64 maxBytes);

private:
    bool step(const Sink &sink, int *rc, std::size_t *produced);

    struct Stream;
    std::unique_ptr<Stream> m_stream;
    QString m_error;
};

} // namespace Sla::Core
