// SPDX-License-Identifier: Apache-2.0
#pragma once

// Searching a test session for a secret: every form the secret could take in a file, the
// files a run wrote (strace's log of file syscalls) or that lie under given folders, the
// files that hold a form, and a watch over the command lines of every process
// (/proc/*/cmdline) while the session runs.

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <thread>

namespace Sla::TestSupport {

/// The forms `secret` could take in a file: as typed, as UTF-16 (a QString dumped raw),
/// base64 of itself, and base64 of `user:secret` when `user` is given (a basic-auth header).
QList<QByteArray> secretForms(const QString &secret, const QString &user = {});

/// Whether `data` contains any of `needles`.
bool holdsAny(const QByteArray &data, const QList<QByteArray> &needles);

/// strace in front of a command: follows children, logs only file syscalls (paths, never
/// data) to `logFile`.
QStringList straceWrapper(const QString &logFile);

/// The files a strace log (of straceWrapper()) shows opened for writing, created, or renamed
/// or linked into place; relative paths resolve against `workDir`. /dev, /proc and /sys
/// are left out.
QSet<QString> filesWritten(const QString &straceLog, const QString &workDir);

/// Every file (hidden ones included) below each of `roots`.
QSet<QString> filesUnder(const QStringList &roots);

/// The files of `files` that hold any of `needles` (files gone again are skipped);
/// `searched` receives how many could be read.
QStringList filesHolding(const QSet<QString> &files, const QList<QByteArray> &needles, int *searched = nullptr);

/// Watches the command line of every process (/proc/<pid>/cmdline) on a thread from
/// construction to stop(), every few milliseconds, for any of the needles.
class CommandLineWatch
{
public:
    explicit CommandLineWatch(QList<QByteArray> needles);
    ~CommandLineWatch();
    CommandLineWatch(const CommandLineWatch &) = delete;
    CommandLineWatch &operator=(const CommandLineWatch &) = delete;

    void stop();
    /// Command lines (arguments joined by spaces) that held a needle.
    QStringList hits() const;
    /// How many full passes over /proc were made.
    int passes() const { return m_passes.load(); }
    /// Distinct command lines seen that contain `fragment` (e.g. "slactl"), to prove the
    /// watch saw the processes it was meant to see.
    int seen(const QByteArray &fragment) const;

private:
    void run();

    const QList<QByteArray> m_needles;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_passes{0};
    struct Found;
    std::unique_ptr<Found> m_found;
    std::thread m_thread;
};

} // namespace Sla::TestSupport
