// SPDX-License-Identifier: Apache-2.0
#pragma once

// A real prometheus-alertmanager on 127.0.0.1 for the tests (a free port kept across a
// restart, a webhook receiver as its only receiver), and that receiver.

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace AlertmanagerTest {

/// A minimal HTTP receiver for Alertmanager's webhook: keeps every JSON body, answers 200.
class WebhookReceiver : public QObject
{
public:
    QList<QJsonObject> bodies;
    int failFirst = 0; ///< answer this many requests with 503 first

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }

    WebhookReceiver()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    bodies << QJsonDocument::fromJson(buffer->mid(end + 4, length)).object();
                    const bool fail = failFirst > 0 && failFirst-- > 0;
                    s->write(fail ? "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                                  : "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    s->disconnectFromHost();
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

private:
    QTcpServer m_server;
};

class AlertmanagerProcess
{
public:
    bool prepare(quint16 webhookPort)
    {
        QTcpServer probe; // a free port, kept for the restart
        if (!m_dir.isValid() || !probe.listen(QHostAddress::LocalHost))
            return false;
        m_port = probe.serverPort();
        QFile config(m_dir.filePath(QStringLiteral("alertmanager.yml")));
        const QByteArray yaml = "route:\n  receiver: hook\n  group_by: [alertname, sla, objective]\n"
                                "  group_wait: 1s\n  group_interval: 1s\n  repeat_interval: 1h\n"
                                "receivers:\n  - name: hook\n    webhook_configs:\n      - url: http://127.0.0.1:" +
                                QByteArray::number(webhookPort) + "/hook\n        send_resolved: true\n";
        return config.open(QIODevice::WriteOnly) && config.write(yaml) == yaml.size();
    }

    bool start()
    {
        stop();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("am.log")), QIODevice::Append);
        m_process->start(QStringLiteral("prometheus-alertmanager"),
                         {QStringLiteral("--config.file=") + m_dir.filePath(QStringLiteral("alertmanager.yml")),
                          QStringLiteral("--storage.path=") + m_dir.filePath(QStringLiteral("data")),
                          QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                          QStringLiteral("--cluster.listen-address=")});
        if (!m_process->waitForStarted(10000))
            return false;
        return QTest::qWaitFor([this] { return get(QStringLiteral("/-/ready")).first == 200; }, 30000);
    }

    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
        m_process.reset();
    }

    ~AlertmanagerProcess() { stop(); }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    /// GET on the API, waiting in an event loop (the test's own reads; the sender never blocks).
    std::pair<int, QByteArray> get(const QString &path)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url().toString() + path)));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return {status, body};
    }

    /// The alerts Alertmanager holds (GET /api/v2/alerts).
    QJsonArray alerts() { return QJsonDocument::fromJson(get(QStringLiteral("/api/v2/alerts")).second).array(); }

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

} // namespace AlertmanagerTest
