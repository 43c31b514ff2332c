// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace Sla::Ui {

/// One SLA Desk per user session: a second start (a sladesk:// link clicked in a
/// notification or a browser, a file opened from the file manager) hands its argument to
/// the running instance over a local socket and exits; the running one raises its window
/// and shows what was asked.
class InstanceChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceChannel)

public:
    /// `name`: the socket name (default: per user, see defaultName()).
    explicit InstanceChannel(const QString &name = defaultName(), QObject *parent = nullptr);
    ~InstanceChannel() override;

    static QString defaultName();
    /// Hands `message` to a running instance; true when one took it (waits at most
    /// `timeoutMs`: only ever called at start-up, before a window exists).
    bool forward(const QString &message, int timeoutMs = 1000) const;
    /// Becomes the running instance: receives what later starts forward().
    bool listen();

Q_SIGNALS:
    void received(const QString &message);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Sla::Ui
