// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs a local API stub written in Python (/usr/bin/python3 SCRIPT ARGS...) for one test:
// start() waits for the port on its first stdout line; the destructor stops the process.
// The Datadog and CloudWatch stubs' helpers (datadogstubprocess.h, cloudwatchstubprocess.h)
// name their script and fixtures.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <utility>

class PythonStubProcess
{
public:
    PythonStubProcess() = default;
    PythonStubProcess(const PythonStubProcess &) = delete;
    PythonStubProcess &operator=(const PythonStubProcess &) = delete;

    /// Starts `script` with `args`; `env` (none: this process's) is its environment.
    bool startScript(const QString &script, const QStringList &args,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->setProcessEnvironment(env);
        m_process->start(QStringLiteral("/usr/bin/python3"), QStringList{script} + args);
        if (!m_process->waitForStarted(5000))
            return false;
        QByteArray line;
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        while (!line.contains('\n') && QDateTime::currentMSecsSinceEpoch() - started < 10000) {
            if (!m_process->waitForReadyRead(200) && m_process->state() != QProcess::Running)
                break;
            line += m_process->readAllStandardOutput();
        }
        bool ok = false;
        m_port = line.trimmed().toInt(&ok);
        if (!ok)
            qWarning("stub did not start: %s %s", line.constData(), m_process->readAllStandardError().constData());
        return ok && m_port > 0;
    }
    ~PythonStubProcess()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(3000))
                m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    int port() const { return m_port; }
    QUrl url(const QString &path, const QList<QPair<QString, QString>> &query = {}) const
    {
        QUrl u;
        u.setScheme(QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(m_port);
        u.setPath(path);
        QUrlQuery q;
        for (const auto &[k, v] : query)
            q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
        if (!query.isEmpty())
            u.setQuery(q);
        return u;
    }

private:
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};
