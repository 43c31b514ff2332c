// SPDX-License-Identifier: Apache-2.0
#include "instancechannel.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#include <memory>

namespace Sla::Ui {

namespace {
constexpr qint64 MaxMessage = 64 * 1024; ///< a link or a path; anything longer is dropped
}

InstanceChannel::InstanceChannel(const QString &name, QObject *parent) : QObject(parent), m_name(name) {}

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::defaultName()
{
    // In the user's own runtime folder (mode 0700) where there is one: a socket in /tmp could
    // be taken first by another user.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(QStringLiteral("sladesk.socket"));
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("user")));
    return QStringLiteral("sladesk-") + user;
}

bool InstanceChannel::forward(const QString &message, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(message.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers "ok" once it took the message.
    return socket.waitForReadyRead(timeoutMs) && socket.readAll().startsWith("ok");
}

bool InstanceChannel::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket left by a crashed instance: nobody answers on it, so take it over.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *s = m_server->nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(s, &QLocalSocket::readyRead, s, [this, s, buffer] {
                *buffer += s->readAll();
                if (buffer->size() > MaxMessage) {
                    s->abort();
                    return;
                }
                const qsizetype end = buffer->indexOf('\n');
                if (end < 0)
                    return;
                s->write("ok\n");
                s->flush();
                Q_EMIT received(QString::fromUtf8(buffer->left(end)));
                s->disconnectFromServer();
            });
            connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    return true;
}

} // namespace Sla::Ui
