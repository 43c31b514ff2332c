// SPDX-License-Identifier: Apache-2.0
#include "slactlrunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>

namespace Sla::TestSupport {

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void start(QProcess &p, const QStringList &args, const SlactlOptions &options)
{
    p.setProcessEnvironment(options.env);
    if (!options.workDir.isEmpty())
        p.setWorkingDirectory(options.workDir);
    if (!options.stdoutFile.isEmpty())
        p.setStandardOutputFile(options.stdoutFile);
    if (!options.stderrFile.isEmpty())
        p.setStandardErrorFile(options.stderrFile);
    const QString slactl = options.program.isEmpty() ? qEnvironmentVariable("SLACTL") : options.program;
    if (options.wrapper.isEmpty())
        p.start(slactl, args);
    else
        p.start(options.wrapper.first(), options.wrapper.mid(1) + QStringList{slactl} + args);
}

} // namespace

SlactlResult<QByteArray> runSlactlBytes(const QStringList &args, const SlactlOptions &options)
{
    SlactlResult<QByteArray> r;
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    start(p, args, options);
    if (!p.waitForStarted(5000)) {
        r.err = QStringLiteral("slactl did not start: %1").arg(p.errorString());
        return r;
    }
    p.write(options.input);
    p.closeWriteChannel();
    // A sanitizer build is several times slower (SLA_TEST_TIMEOUT_SCALE, cmake/SlaHelpers.cmake).
    const int scale = std::max(1, qEnvironmentVariableIntValue("SLADESK_TEST_TIMEOUT_SCALE"));
    const int timeoutMs = options.timeoutMs < 0 ? -1 : options.timeoutMs * scale;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("slactl did not finish within %1 ms").arg(timeoutMs);
        return r;
    }
    r.ms = clock.elapsed();
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.code = r.crashed ? -1 : p.exitCode();
    r.out = options.stdoutFile.isEmpty() ? p.readAllStandardOutput() : readAll(options.stdoutFile);
    r.err = QString::fromUtf8(options.stderrFile.isEmpty() ? p.readAllStandardError() : readAll(options.stderrFile));
    return r;
}

SlactlResult<QString> runSlactl(const QStringList &args, const SlactlOptions &options)
{
    const SlactlResult<QByteArray> bytes = runSlactlBytes(args, options);
    return {bytes.code, bytes.crashed, bytes.ms, QString::fromUtf8(bytes.out), bytes.err};
}

} // namespace Sla::TestSupport
