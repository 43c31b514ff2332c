// SPDX-License-Identifier: Apache-2.0
#include "secretscan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>
#include <mutex>

namespace Sla::TestSupport {

QList<QByteArray> secretForms(const QString &secret, const QString &user)
{
    const QByteArray plain = secret.toUtf8();
    QList<QByteArray> forms{plain, plain.toBase64(),
                            QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)};
    if (!user.isEmpty())
        forms << (user + u':' + secret).toUtf8().toBase64();
    return forms;
}

bool holdsAny(const QByteArray &data, const QList<QByteArray> &needles)
{
    return std::any_of(needles.cbegin(), needles.cend(), [&data](const QByteArray &n) { return data.contains(n); });
}

QStringList straceWrapper(const QString &logFile)
{
    return {QStringLiteral("strace"),
            QStringLiteral("-f"),
            QStringLiteral("-qq"),
            QStringLiteral("-s"),
            QStringLiteral("4096"),
            QStringLiteral("-e"),
            QStringLiteral("trace=open,openat,openat2,creat,rename,renameat,renameat2,link,linkat,truncate"),
            QStringLiteral("-o"),
            logFile};
}

namespace {
/// The path a strace line writes to, or nothing.
QString writtenPath(const QString &line)
{
    static const QRegularExpression openRe(
        QStringLiteral(R"re(\b(?:open|openat|openat2|creat)\((?:AT_FDCWD, )?"([^"]*)"(?:, ([A-Z0-9_|]+))?)re"));
    static const QRegularExpression renameRe(
        QStringLiteral(R"re(\b(?:rename|renameat2?|link|linkat)\(.*"([^"]*)"[^"]*\)\s*=\s*0)re"));
    if (const auto m = openRe.match(line); m.hasMatch()) {
        const QString flags = m.captured(2);
        const bool writes = flags.isEmpty() || flags.contains(QStringLiteral("O_WRONLY")) ||
                            flags.contains(QStringLiteral("O_RDWR")) || flags.contains(QStringLiteral("O_CREAT")) ||
                            flags.contains(QStringLiteral("O_TRUNC"));
        return writes ? m.captured(1) : QString();
    }
    if (const auto r = renameRe.match(line); r.hasMatch())
        return r.captured(1);
    return {};
}
} // namespace

QSet<QString> filesWritten(const QString &straceLog, const QString &workDir)
{
    QSet<QString> files;
    QFile log(straceLog);
    if (!log.open(QIODevice::ReadOnly))
        return files;
    for (const QByteArray &raw : log.readAll().split('\n')) {
        const QString path = writtenPath(QString::fromUtf8(raw));
        if (path.isEmpty() || path.startsWith(QStringLiteral("/dev/")) || path.startsWith(QStringLiteral("/proc/")) ||
            path.startsWith(QStringLiteral("/sys/")))
            continue;
        files.insert(QFileInfo(QDir(workDir), path).absoluteFilePath());
    }
    return files;
}

QSet<QString> filesUnder(const QStringList &roots)
{
    QSet<QString> files;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.insert(it.next());
    }
    return files;
}

QStringList filesHolding(const QSet<QString> &files, const QList<QByteArray> &needles, int *searched)
{
    QStringList found;
    int read = 0;
    for (const QString &path : files) {
        if (!QFileInfo(path).isFile())
            continue; // gone again (a temporary renamed away), or a socket
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++read;
        if (holdsAny(f.readAll(), needles))
            found << path;
    }
    if (searched)
        *searched = read;
    found.sort();
    return found;
}

struct CommandLineWatch::Found
{
    mutable std::mutex mutex;
    QStringList hits;
    QSet<QByteArray> seen;
};

CommandLineWatch::CommandLineWatch(QList<QByteArray> needles)
    : m_needles(std::move(needles)), m_found(std::make_unique<Found>()), m_thread([this] { run(); })
{
}

CommandLineWatch::~CommandLineWatch()
{
    stop();
}

void CommandLineWatch::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void CommandLineWatch::run()
{
    while (!m_stop) {
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList({}, QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : pids) {
            if (!pid.front().isDigit())
                continue;
            QFile f(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
            if (!f.open(QIODevice::ReadOnly))
                continue; // gone meanwhile
            const QByteArray line = f.readAll().replace('\0', ' ').trimmed();
            if (line.isEmpty())
                continue;
            const std::lock_guard<std::mutex> lock(m_found->mutex);
            m_found->seen.insert(line);
            if (holdsAny(line, m_needles) && !m_found->hits.contains(QString::fromUtf8(line)))
                m_found->hits << QString::fromUtf8(line);
        }
        ++m_passes;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

QStringList CommandLineWatch::hits() const
{
    const std::lock_guard<std::mutex> lock(m_found->mutex);
    return m_found->hits;
}

int CommandLineWatch::seen(const QByteArray &fragment) const
{
    const std::lock_guard<std::mutex> lock(m_found->mutex);
    return int(std::count_if(m_found->seen.cbegin(), m_found->seen.cend(),
                             [&fragment](const QByteArray &l) { return l.contains(fragment); }));
}

} // namespace Sla::TestSupport
