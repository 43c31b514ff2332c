// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core: what every slactl command shares — argument parsing with --help,
// usage errors (exit 2), diagnostics printing, and waiting on futures.

#include "core/document/diagnostic.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QStringList>

class QTextStream;

namespace Sla::Core::Cli {

/// Parses a command's arguments, with -h/--help added. Returns false when the command
/// must stop: after printing --help (`*exitCode` 0) or a usage error (`*exitCode` 2).
bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args, QTextStream &out,
                  QTextStream &err, int *exitCode);

/// Prints `slactl COMMAND: MESSAGE` and the hint to --help; returns the usage exit code.
int usageError(QTextStream &err, const QString &command, const QString &message);

/// Prints diagnostics sorted by file, line and column, one per line.
void printDiagnostics(const Diagnostics &diagnostics, QTextStream &err);

int countErrors(const Diagnostics &diagnostics);

/// The synchronous CLI waits on a future with a local event loop (network and keychain
/// replies are delivered through it).
template <typename T> T wait(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace Sla::Core::Cli
