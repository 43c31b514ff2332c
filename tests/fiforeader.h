// SPDX-License-Identifier: Apache-2.0
#pragma once

// A named pipe that a test writes output into, read to its end by a thread.

#include <QFile>
#include <QThread>

#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace Sla::Core::TestUtils {

/// A FIFO at `path` and a thread that reads it to its end, for tests that write output
/// into a named pipe (opening a FIFO blocks until both ends are open, hence the thread).
class FifoReader
{
public:
    explicit FifoReader(const QString &path) : m_path(QFile::encodeName(path))
    {
        m_created = ::mkfifo(m_path.constData(), 0600) == 0;
        m_thread.reset(QThread::create([this] {
            QFile f(QFile::decodeName(m_path));
            if (f.open(QIODevice::ReadOnly))
                m_data = f.readAll();
        }));
        m_thread->start();
    }
    ~FifoReader()
    {
        // A writer that never came: open the other end so that the reader's open returns.
        if (!m_thread->isFinished()) {
            const int fd = ::open(m_path.constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
        }
        m_thread->wait();
    }
    FifoReader(const FifoReader &) = delete;
    FifoReader &operator=(const FifoReader &) = delete;

    bool created() const { return m_created; }
    /// Everything written, once the writer has closed its end.
    QByteArray received()
    {
        m_thread->wait();
        return m_data;
    }
    /// Whether the path is still a FIFO (not a regular file put in its place).
    bool isStillFifo() const
    {
        struct stat st = {};
        return ::stat(m_path.constData(), &st) == 0 && S_ISFIFO(st.st_mode);
    }

private:
    QByteArray m_path;
    bool m_created = false;
    QByteArray m_data;
    std::unique_ptr<QThread> m_thread;
};

} // namespace Sla::Core::TestUtils
