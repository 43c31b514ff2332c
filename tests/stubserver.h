// SPDX-License-Identifier: Apache-2.0
#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for the tests of the HTTP client and the metric
// sources: it answers every request through a handler and records what it received.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

namespace {

/// One request as the stub server saw it. Header names are lower-case.
struct StubRequest
{
    QByteArray method;
    QByteArray path;                           ///< without the query string
    QList<std::pair<QString, QString>> params; ///< from the query string and a form body
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QString param(const QString &name) const
    {
        for (const auto &[key, value] : params) {
            if (key == name)
                return value;
        }
        return QString();
    }
    QStringList all(const QString &name) const
    {
        QStringList values;
        for (const auto &[key, value] : params) {
            if (key == name)
                values.append(value);
        }
        return values;
    }
};

struct StubReply
{
    int status = 200;
    QByteArray body;
    int delayMs = 0;
    bool never = false;                               ///< accept the request, never answer
    bool contentLength = true;                        ///< false: the body ends when the connection closes
    QList<std::pair<QByteArray, QByteArray>> headers; ///< more response headers
    int trickleMs = 0;                                ///< > 0: the body goes out one byte per trickleMs
};

QList<std::pair<QString, QString>> decodeForm(const QByteArray &form)
{
    QList<std::pair<QString, QString>> out;
    for (const QByteArray &pair : form.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        auto decode = [](QByteArray s) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(s.replace('+', ' ')));
        };
        out.append({decode(pair.left(eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1))});
    }
    return out;
}

/// A tiny HTTP/1.1 server on 127.0.0.1 that answers every request through `handler`
/// and records what it received. One request per connection (Connection: close).
class StubServer : public QObject
{
public:
    std::function<StubReply(const StubRequest &)> handler;
    QList<StubRequest> requests;
    QList<qint64> arrivals; ///< when each request arrived (ms since the epoch)
    int inFlight = 0;
    int maxInFlight = 0;

    StubServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    tryHandle(socket, *buffer);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

private:
    void tryHandle(QTcpSocket *socket, QByteArray &buffer)
    {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        StubRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const qsizetype q = target.indexOf('?');
        request.path = q < 0 ? target : target.left(q);
        if (q >= 0)
            request.params = decodeForm(target.mid(q + 1));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.clear();
        if (request.headers.value("content-type").startsWith("application/x-www-form-urlencoded"))
            request.params += decodeForm(request.body);
        requests.append(request);
        arrivals.append(QDateTime::currentMSecsSinceEpoch());
        ++inFlight;
        maxInFlight = std::max(maxInFlight, inFlight);

        const StubReply reply = handler ? handler(request) : StubReply{200, QByteArray(), 0, false, true};
        if (reply.never)
            return; // keep the connection open and silent
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
            --inFlight;
            if (!guard)
                return;
            QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) +
                              " Stub\r\n"
                              "Content-Type: application/json\r\nConnection: close\r\n";
            if (reply.contentLength)
                head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
            for (const auto &[name, value] : reply.headers)
                head += name + ": " + value + "\r\n";
            if (reply.trickleMs <= 0) {
                guard->write(head + "\r\n" + reply.body);
                guard->disconnectFromHost();
                return;
            }
            guard->write(head + "\r\n");
            trickle(guard, reply.body, reply.trickleMs);
        });
    }

    void trickle(QPointer<QTcpSocket> socket, QByteArray rest, int everyMs)
    {
        if (!socket)
            return;
        if (rest.isEmpty()) {
            socket->disconnectFromHost();
            return;
        }
        socket->write(rest.left(1));
        QTimer::singleShot(everyMs, this, [this, socket, rest, everyMs] { trickle(socket, rest.mid(1), everyMs); });
    }

    QTcpServer m_server;
};

} // namespace
