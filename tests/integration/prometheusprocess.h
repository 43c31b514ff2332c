// SPDX-License-Identifier: Apache-2.0
#pragma once

// A real Prometheus that a test controls: started on 127.0.0.1 over a copy of the promtool
// backfill that with-prometheus.sh caches (--fixture-only), then killed (SIGKILL), paused
// (SIGSTOP) and resumed (SIGCONT), and restarted on the same port and data folder, as a
// crashed or restarted server would come back. The destructor stops it.

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/types.h>

class PrometheusProcess
{
public:
    /// Prepares the data folder from the cached backfill of `openMetricsFile`; false (with
    /// error()) when the backfill or the copy fails.
    bool prepare(const QString &openMetricsFile)
    {
        QProcess script;
        script.start(QStringLiteral(SLA_SOURCE_DIR "/tests/integration/with-prometheus.sh"),
                     {QStringLiteral("--fixture-only"), openMetricsFile});
        if (!script.waitForFinished(300000) || script.exitCode() != 0)
            return fail(QStringLiteral("with-prometheus.sh --fixture-only failed: ") +
                        QString::fromUtf8(script.readAllStandardError()));
        const QString fixture = QString::fromUtf8(script.readAllStandardOutput()).trimmed();
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        QProcess copy;
        copy.start(QStringLiteral("cp"), {QStringLiteral("-a"), fixture, m_dir.filePath(QStringLiteral("data"))});
        if (!copy.waitForFinished(60000) || copy.exitCode() != 0)
            return fail(QStringLiteral("cannot copy ") + fixture);
        QFile config(m_dir.filePath(QStringLiteral("prometheus.yml")));
        if (!config.open(QIODevice::WriteOnly) ||
            config.write("global:\n  scrape_interval: 60s\n  evaluation_interval: 60s\n") <= 0)
            return fail(QStringLiteral("cannot write prometheus.yml"));
        QTcpServer probe; // a free port, kept for every restart
        if (!probe.listen(QHostAddress::LocalHost))
            return fail(QStringLiteral("no free port"));
        m_port = probe.serverPort();
        return true;
    }

    /// Starts Prometheus (again) on the same port and data folder and waits until it is
    /// ready; `extraArgs` are added to the command line (e.g. --query.timeout=...).
    bool start(const QStringList &extraArgs = {})
    {
        stop();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("prometheus.log")), QIODevice::Append);
        m_process->start(
            QStringLiteral("prometheus"),
            QStringList{QStringLiteral("--config.file=") + m_dir.filePath(QStringLiteral("prometheus.yml")),
                        QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("data")),
                        QStringLiteral("--storage.tsdb.retention.time=10y"),
                        QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port)} +
                extraArgs);
        if (!m_process->waitForStarted(10000))
            return fail(QStringLiteral("prometheus does not start: ") + m_process->errorString());
        // A loaded machine may take a while to open the TSDB: poll, never a fixed sleep.
        const bool ready = QTest::qWaitFor(
            [this] { return m_process->state() == QProcess::Running && httpStatus("/-/ready") == 200; }, 60000);
        return ready ? true : fail(QStringLiteral("prometheus did not get ready; see ") + logFile());
    }

    /// SIGKILL: the process dies at once, open connections are reset.
    void kill()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(10000);
    }
    /// SIGSTOP / SIGCONT: the kernel still accepts connections and requests, nobody answers.
    void pause() { sendSignal(SIGSTOP); }
    void resume() { sendSignal(SIGCONT); }

    void stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        resume();
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            kill();
    }
    ~PrometheusProcess() { stop(); }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    QString logFile() const { return m_dir.filePath(QStringLiteral("prometheus.log")); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    /// Whether a request sent to the port waits unread in the kernel (a socket of the port
    /// with bytes in its receive queue, /proc/net/tcp): the client has asked, nobody read it.
    bool requestWaiting() const
    {
        QFile tcp(QStringLiteral("/proc/net/tcp"));
        if (!tcp.open(QIODevice::ReadOnly))
            return false;
        const QByteArray local = ':' + QByteArray::number(m_port, 16).toUpper().rightJustified(4, '0');
        for (const QByteArray &line : tcp.readAll().split('\n')) {
            // sl local_address rem_address st tx_queue:rx_queue ...
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() < 5 || !f[1].endsWith(local) || f[3] != "01")
                continue;
            if (f[4].split(':').value(1).toULongLong(nullptr, 16) > 0)
                return true;
        }
        return false;
    }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    void sendSignal(int sig)
    {
        if (m_process && m_process->state() == QProcess::Running)
            ::kill(pid_t(m_process->processId()), sig);
    }

    /// The status of a GET on the server, 0 when it does not answer within 2 s.
    int httpStatus(const char *path) const
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_port);
        if (!s.waitForConnected(2000))
            return 0;
        s.write(QByteArray("GET ") + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
        if (!s.waitForBytesWritten(2000))
            return 0;
        QByteArray head;
        while (!head.contains("\r\n") && s.waitForReadyRead(2000))
            head += s.readAll();
        const QList<QByteArray> status = head.left(head.indexOf("\r\n")).split(' ');
        return status.size() >= 2 ? status[1].toInt() : 0;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};
