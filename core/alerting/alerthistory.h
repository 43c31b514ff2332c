// SPDX-License-Identifier: Apache-2.0
#pragma once

// The alert history in SQLite (README "Alerting", history schema): every transition,
// acknowledgement, silence and notification (sent or failed), with times, and the outbox
// of undelivered notifications. WAL journal,
// synchronous=FULL: a row that record() returned an id for survives a killed process.
// The schema is versioned; migrate() brings any older file (or an empty one) up to date.
//
// Threads: an AlertHistory opens its own QSqlDatabase connection (a name unique to the
// instance) and must be used on the thread that called open(); another thread opens its
// own AlertHistory on the same file (SQLite serialises the writers; busy_timeout 5 s).

#include "core/alerting/alert.h"
#include "core/alerting/alerttracker.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace Sla::Core::Alerting {

class AlertHistory final : public HistorySink, public Outbox
{
public:
    /// The schema this build writes (schema_version's highest row after migrate()).
    static constexpr int SchemaVersion = 1;

    explicit AlertHistory(const QString &path);
    ~AlertHistory() override;
    Q_DISABLE_COPY_MOVE(AlertHistory)

    /// Opens (creating) the file, sets the pragmas and migrates; false with `*error` set
    /// when the file cannot be opened or was written by a newer schema.
    bool open(QString *error = nullptr);
    bool isOpen() const;
    /// The schema version of the open file (0: none).
    int schemaVersion() const;

    /// Writes one event in its own transaction (durable when it returns); its row id in
    /// the event type's table, or 0 when it could not be written (logged).
    qint64 record(const HistoryEvent &event) override;
    /// Every event, oldest first (by time, then table, then id); only `key`'s when given.
    QList<HistoryEvent> events(const std::optional<AlertKey> &key = std::nullopt) const;

    // Outbox: the `outbox` table, kept until delivered (survives a restart).
    qint64 enqueue(const OutboxItem &item) override;
    void markDelivered(qint64 id, const QDateTime &at) override;
    void markFailed(qint64 id, const QString &error, const QDateTime &nextAttempt) override;
    QList<OutboxItem> due(const QDateTime &now, int limit = 100) override;

    /// Creates or upgrades the schema of `db` to SchemaVersion, one transaction per step.
    static bool migrate(QSqlDatabase &db, QString *error = nullptr);

private:
    QString m_path;
    QString m_connection;
};

/// A transition as a history event (data: from, to, value, threshold).
/// `$XDG_STATE_HOME/sladesk/PREFIX-HASH` (default `~/.local/state`), HASH the first 16 hex
/// digits of the SHA-256 of the workspace folder's absolute path: one history per
/// workspace. The desktop appends `.sqlite`; `slactl watch` uses it as its state folder.
QString workspaceStatePath(const QString &prefix, const QString &workspaceDir);

HistoryEvent transitionEvent(const Transition &transition);
/// An acknowledgement as a history event (actor = by, text = note).
HistoryEvent ackEvent(const AlertKey &key, AlertSeverity severity, const Acknowledgement &ack);
/// A silence as a history event (actor = by, text = reason, data: until as ISO 8601 UTC).
HistoryEvent silenceEvent(const AlertKey &key, AlertSeverity severity, const Silence &silence);

} // namespace Sla::Core::Alerting
