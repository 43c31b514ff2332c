// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core: what every slactl command shares — argument parsing with --help,
// usage errors (exit 2), diagnostics printing, and waiting on futures.

#include "core/document/diagnostic.h"
#include "core/document/model.h"
#include "core/document/tr.h"
#include "core/secrets/credentialstore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QStringList>

#include <optional>

class QTextStream;

/// Every message of slactl translates in the context "slactl".
namespace Tr = Sla::Core::TrContext::Slactl;

namespace Sla::Core::Cli {

/// Parses a command's arguments, with -h/--help added. Returns false when the command
/// must stop: after printing --help (`*exitCode` 0) or a usage error (`*exitCode` 2).
bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args, QTextStream &out,
                  QTextStream &err, int *exitCode);

/// A positional argument of a command: its name, help text, and the usage syntax
/// (`PATH...`; empty: the name).
struct Positional
{
    QString name;
    QString help;
    QString syntax = {};
};

/// Sets a command's description (shown by --help) and its positional arguments.
void describeCommand(QCommandLineParser &parser, const QString &description, const QList<Positional> &positionals);

/// The PATH... arguments into `*paths`; when there are none, prints a usage error, sets
/// `*exitCode` and returns false.
bool requirePaths(const QCommandLineParser &parser, const QString &command, QTextStream &err, QStringList *paths,
                  int *exitCode);

/// Prints `slactl COMMAND: MESSAGE` and the hint to --help; returns the usage exit code.
int usageError(QTextStream &err, const QString &command, const QString &message);

/// Prints diagnostics sorted by file, line and column, one per line.
void printDiagnostics(const Diagnostics &diagnostics, QTextStream &err);

int countErrors(const Diagnostics &diagnostics);

/// A plain-text table: the columns left-aligned to their widest cell, two spaces apart,
/// without trailing blanks, one line per row (the first row is the header); then each
/// note on a line of its own after "! ".
QString textTable(const QList<QStringList> &rows, const QStringList &notes);

/// A workspace loaded and validated for a command that uses it.
struct LoadedWorkspace
{
    Workspace workspace;
    QString dir; ///< absolute folder of the workspace (of the file, for a single file)
    bool ok = false;
};

/// Checks that `positional` holds exactly one WORKSPACE; returns the usage error's exit
/// code (>= 0) when it does not, else -1.
int checkOneWorkspace(const QStringList &positional, const QString &command, QTextStream &err);

/// Loads and validates the workspace at `path`; prints its errors and a hint to
/// `slactl validate` when there are any (`ok` is then false).
LoadedWorkspace loadWorkspace(const QString &path, const QString &command, QTextStream &err);

/// Why a finished future holds no result: the task's exception ("out of memory" for
/// std::bad_alloc), or that it was cancelled. Empty when it holds one.
QString missingResult(QFuture<void> future);

/// The synchronous CLI waits on a future with a local event loop (network and keychain
/// replies are delivered through it). Nothing, with `*error` set, when the future ends
/// without a result (an exception in the task, a cancellation): never reads what is not
/// there.
template <typename T> std::optional<T> wait(QFuture<T> future, QString *error)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    *error = missingResult(QFuture<void>(future));
    if (!error->isEmpty())
        return std::nullopt;
    return future.result();
}

/// A keychain job's result; a job that ended without one is a failed keychain result.
CredentialResult waitForKeychain(QFuture<CredentialResult> future);

/// Writes `bytes` to the file `path` for an -o or --junit option. A regular file (or a new
/// one) is replaced atomically; a character device or FIFO (/dev/stdout, /dev/null, a
/// pipe to another process) is written into directly, never replaced. False with
/// `*error` (the system's reason, e.g. "No space left on device") when it fails.
bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *error);

/// writeOutputFile(); on failure prints "slactl COMMAND: cannot write PATH: REASON".
/// Returns the exit code: ExitOk, or ExitFailed.
int writeOutput(const QString &command, const QString &path, const QByteArray &bytes, QTextStream &err);

/// Standard input, read up to `limit` bytes (a secret, not a stream: `< /dev/zero` must
/// not exhaust memory). Sets `*tooLarge` when there was more.
QByteArray readStandardInput(qint64 limit, bool *tooLarge);

/// " (it has: a, b)", or " (did you mean 'x'?)" when one name is close to `name`.
QString namesHint(const QString &name, const QStringList &names);

} // namespace Sla::Core::Cli
