// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs tests/integration/cloudwatch_stub.py (/usr/bin/python3) on a recording written by
// tests/data/cloudwatch/generate.py for one test: start() waits for the port on its first
// stdout line; the destructor stops the process.

#include "stubprocess.h"

class CloudWatchStubProcess : public PythonStubProcess
{
public:
    bool start(const QString &metrics, const QStringList &extra = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        const QString script = QStringLiteral(SLA_SOURCE_DIR "/tests/integration/cloudwatch_stub.py");
        return startScript(
            script,
            QStringList{QStringLiteral("--metrics"), metrics, QStringLiteral("--port"), QStringLiteral("0")} + extra,
            env);
    }
    /// The stub's address, for `endpoint`.
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
};
