// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs tests/integration/datadog_stub.py (/usr/bin/python3) on the fixtures in
// tests/data/datadog for one test: start() waits for the port on its first stdout line;
// the destructor stops the process.

#include "stubprocess.h"

class DatadogStubProcess : public PythonStubProcess
{
public:
    bool start(const QStringList &extra = {})
    {
        const QString dir = QStringLiteral(SLA_SOURCE_DIR "/tests");
        const QStringList args = {QStringLiteral("--metrics"), dir + QStringLiteral("/data/datadog/stub.om"),
                                  QStringLiteral("--slos"),    dir + QStringLiteral("/data/datadog/stub-slos.json"),
                                  QStringLiteral("--port"),    QStringLiteral("0")};
        return startScript(dir + QStringLiteral("/integration/datadog_stub.py"), args + extra);
    }
};
