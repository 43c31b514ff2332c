// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs tests/integration/datadog_stub.py (/usr/bin/python3) on the fixtures in
// tests/data/datadog for one test: start() waits for the port on its first stdout line;
// the destructor stops the process.

#include <QDateTime>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <utility>

class DatadogStubProcess
{
public:
    bool start(const QStringList &extra = {})
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        const QString dir = QStringLiteral(SLA_SOURCE_DIR "/tests");
        QStringList args = {dir + QStringLiteral("/integration/datadog_stub.py"),
                            QStringLiteral("--metrics"),
                            dir + QStringLiteral("/data/datadog/stub.om"),
                            QStringLiteral("--slos"),
                            dir + QStringLiteral("/data/datadog/stub-slos.json"),
                            QStringLiteral("--port"),
                            QStringLiteral("0")};
        args << extra;
        m_process->start(QStringLiteral("/usr/bin/python3"), args);
        if (!m_process->waitForStarted(5000))
            return false;
        QByteArray line;
        QElapsedTimerLite timer;
        while (!line.contains('\n') && timer.elapsedMs() < 10000) {
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
    ~DatadogStubProcess()
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
    struct QElapsedTimerLite
    {
        qint64 start = QDateTime::currentMSecsSinceEpoch();
        qint64 elapsedMs() const { return QDateTime::currentMSecsSinceEpoch() - start; }
    };
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};
