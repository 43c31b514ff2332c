// SPDX-License-Identifier: Apache-2.0
#pragma once

// The one way the tests run the slactl binary (its path comes from $SLACTL, set by CMake).

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Sla::TestSupport {

/// How to start slactl.
struct SlactlOptions
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString workDir;  ///< empty: the test's own working folder
    QByteArray input; ///< written to stdin, which is closed then
    int timeoutMs = 60000;
    /// Starts this program with these arguments in front of slactl's path and arguments
    /// (e.g. strace), instead of slactl itself.
    QStringList wrapper;
    /// Runs this program instead of $SLACTL (e.g. sladesk), the same way.
    QString program;
    /// Non-empty: stdout and stderr go to these files, and are read back from them.
    QString stdoutFile;
    QString stderrFile;
};

/// How one run ended. `code` is -1 when slactl crashed, did not start or did not finish in
/// time; `err` then says which.
template <typename Out> struct SlactlResult
{
    int code = -1;
    bool crashed = false;
    qint64 ms = 0; ///< from the start to the end of the run
    Out out;
    QString err;
};

/// Runs slactl with `args`; stdout as bytes.
SlactlResult<QByteArray> runSlactlBytes(const QStringList &args, const SlactlOptions &options = {});

/// Runs slactl with `args`; stdout as UTF-8 text.
SlactlResult<QString> runSlactl(const QStringList &args, const SlactlOptions &options = {});

} // namespace Sla::TestSupport
