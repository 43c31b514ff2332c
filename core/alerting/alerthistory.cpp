// SPDX-License-Identifier: Apache-2.0
#include "alerthistory.h"

#include "core/alerting/logging.h"
#include "core/document/tr.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QThread>

#include <algorithm>

namespace Sla::Core::Alerting {

namespace Tr = ::Sla::Core::TrContext::AlertHistory;

namespace {

using Type = HistoryEvent::Type;

// Columns every table has; `data` keeps the whole event's details (JSON), the typed
// columns after them repeat what reports filter and sort on.
constexpr const char *Common = "id INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, type TEXT NOT NULL, "
                               "sla TEXT NOT NULL, objective TEXT NOT NULL, rule TEXT NOT NULL, "
                               "severity TEXT NOT NULL, actor TEXT NOT NULL, text TEXT NOT NULL, data TEXT NOT NULL";

struct TableSpec
{
    const char *name;
    const char *columns; ///< the typed columns: name type, ...; values from `data` keys
    QList<std::pair<const char *, const char *>> fromData; ///< column <- data key
};

const QList<TableSpec> &tables()
{
    static const QList<TableSpec> specs = {
        {"transitions",
         "from_state TEXT NOT NULL, to_state TEXT NOT NULL, value REAL, threshold REAL",
         {{"from_state", "from"}, {"to_state", "to"}, {"value", "value"}, {"threshold", "threshold"}}},
        {"acks", "", {}},
        {"silences", "until_ms INTEGER", {{"until_ms", "until"}}},
        {"notifications",
         "target_kind TEXT, url TEXT, attempt INTEGER, next_attempt_ms INTEGER",
         {{"target_kind", "target"}, {"url", "url"}, {"attempt", "attempt"}, {"next_attempt_ms", "nextAttempt"}}},
        {"events", "", {}},
    };
    return specs;
}

const TableSpec &tableOf(Type type)
{
    switch (type) {
    case Type::Transition:
        return tables()[0];
    case Type::Acknowledged:
        return tables()[1];
    case Type::Silenced:
    case Type::Unsilenced:
        return tables()[2];
    case Type::NotificationSent:
    case Type::NotificationFailed:
        return tables()[3];
    default:
        return tables()[4];
    }
}

/// Schema steps: migrationSteps()[v - 1] brings version v - 1 to v.
QList<QStringList> migrationSteps()
{
    QStringList v1;
    for (const TableSpec &t : tables()) {
        QString sql = QStringLiteral("CREATE TABLE %1 (%2").arg(QLatin1String(t.name), QLatin1String(Common));
        if (*t.columns)
            sql += QStringLiteral(", ") + QLatin1String(t.columns);
        v1 << sql + QLatin1Char(')');
        v1 << QStringLiteral("CREATE INDEX %1_key ON %1 (sla, objective, rule, at_ms)").arg(QLatin1String(t.name));
    }
    v1 << QStringLiteral("CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, created_ms INTEGER NOT NULL, "
                         "next_attempt_ms INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
                         "last_error TEXT NOT NULL DEFAULT '', sla TEXT NOT NULL, objective TEXT NOT NULL, "
                         "rule TEXT NOT NULL, target_kind INTEGER NOT NULL, url TEXT NOT NULL, body BLOB NOT NULL, "
                         "expires_ms INTEGER, delivered_ms INTEGER)");
    v1 << QStringLiteral("CREATE INDEX outbox_due ON outbox (delivered_ms, next_attempt_ms)");
    return {v1};
}

/// The value of a typed column from `data`; `*_ms` columns hold ISO 8601 times as ms.
QVariant dataValue(const QJsonObject &data, const char *column, const char *key)
{
    const QJsonValue v = data.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (QByteArray(column).endsWith("_ms")) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
    }
    return v.toVariant();
}

/// Text columns are NOT NULL: a null QString binds as SQL NULL, so bind "" instead.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

int readVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

HistoryEvent eventFrom(const QSqlQuery &q)
{
    HistoryEvent e;
    e.id = q.value(QStringLiteral("id")).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(QStringLiteral("at_ms")).toLongLong(), Qt::UTC);
    e.type = eventTypeFromName(q.value(QStringLiteral("type")).toString()).value_or(Type::Note);
    e.key = AlertKey{q.value(QStringLiteral("sla")).toString(), q.value(QStringLiteral("objective")).toString(),
                     q.value(QStringLiteral("rule")).toString()};
    e.severity = severityFromString(q.value(QStringLiteral("severity")).toString()).value_or(AlertSeverity::Page);
    e.actor = q.value(QStringLiteral("actor")).toString();
    e.text = q.value(QStringLiteral("text")).toString();
    e.data = QJsonDocument::fromJson(q.value(QStringLiteral("data")).toByteArray()).object();
    return e;
}

} // namespace

AlertHistory::AlertHistory(const QString &path) : m_path(path)
{
    static QAtomicInteger<quint64> counter;
    m_connection = QStringLiteral("sladesk-history-%1").arg(counter.fetchAndAddRelaxed(1));
}

AlertHistory::~AlertHistory()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool AlertHistory::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"}) {
        if (!exec(q, QLatin1String(pragma), error)) {
            db.close();
            return false;
        }
    }
    if (!migrate(db, error)) {
        db.close();
        return false;
    }
    qCDebug(lcAlertHistory) << "opened" << m_path << "on thread" << QThread::currentThread();
    return true;
}

bool AlertHistory::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

int AlertHistory::schemaVersion() const
{
    return isOpen() ? readVersion(QSqlDatabase::database(m_connection, false)) : 0;
}

bool AlertHistory::migrate(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!exec(q,
              QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, "
                             "applied_ms INTEGER NOT NULL)"),
              error))
        return false;
    const int current = readVersion(db);
    if (current > SchemaVersion) {
        if (error)
            *error = Tr::tr("the alert history has schema version %1; this version of SLA Desk reads up to %2")
                         .arg(current)
                         .arg(SchemaVersion);
        return false;
    }
    const QList<QStringList> steps = migrationSteps();
    for (int v = current + 1; v <= SchemaVersion; ++v) {
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        QStringList sql = steps[v - 1];
        sql << QStringLiteral("INSERT INTO schema_version (version, applied_ms) VALUES (%1, %2)")
                   .arg(v)
                   .arg(QDateTime::currentMSecsSinceEpoch());
        for (const QString &statement : sql) {
            if (!exec(q, statement, error)) {
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        qCInfo(lcAlertHistory) << "history schema migrated to version" << v;
    }
    return true;
}

qint64 AlertHistory::record(const HistoryEvent &event)
{
    if (!isOpen()) {
        qCWarning(lcAlertHistory) << "record on a closed history" << m_path;
        return 0;
    }
    const TableSpec &table = tableOf(event.type);
    QStringList columns = {QStringLiteral("at_ms"),     QStringLiteral("type"), QStringLiteral("sla"),
                           QStringLiteral("objective"), QStringLiteral("rule"), QStringLiteral("severity"),
                           QStringLiteral("actor"),     QStringLiteral("text"), QStringLiteral("data")};
    QVariantList values = {event.at.toMSecsSinceEpoch(),
                           eventTypeName(event.type),
                           text(event.key.sla),
                           text(event.key.objective),
                           text(event.key.rule),
                           toString(event.severity),
                           text(event.actor),
                           text(event.text),
                           QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact))};
    for (const auto &[column, key] : table.fromData) {
        columns << QLatin1String(column);
        values << dataValue(event.data, column, key);
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (?%3)")
                  .arg(QLatin1String(table.name), columns.join(QLatin1Char(',')),
                       QStringLiteral(",?").repeated(columns.size() - 1)));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcAlertHistory) << "cannot record" << eventTypeName(event.type) << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QList<HistoryEvent> AlertHistory::events(const std::optional<AlertKey> &key) const
{
    QList<std::pair<int, HistoryEvent>> rows; // (table index, event)
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (int t = 0; t < tables().size(); ++t) {
        QSqlQuery q(db);
        QString sql = QStringLiteral("SELECT * FROM %1").arg(QLatin1String(tables()[t].name));
        if (key)
            sql += QStringLiteral(" WHERE sla = ? AND objective = ? AND rule = ?");
        q.prepare(sql + QStringLiteral(" ORDER BY at_ms, id"));
        if (key) {
            q.addBindValue(key->sla);
            q.addBindValue(key->objective);
            q.addBindValue(key->rule);
        }
        if (!q.exec())
            qCWarning(lcAlertHistory) << "cannot read" << tables()[t].name << q.lastError().text();
        while (q.next())
            rows.append({t, eventFrom(q)});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return std::tie(a.second.at, a.first, a.second.id) < std::tie(b.second.at, b.first, b.second.id);
    });
    QList<HistoryEvent> out;
    for (const auto &row : rows)
        out.append(row.second);
    return out;
}

qint64 AlertHistory::enqueue(const OutboxItem &item)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO outbox (created_ms, next_attempt_ms, attempts, last_error, sla, objective, "
                             "rule, target_kind, url, body, expires_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime next = item.nextAttempt.isValid() ? item.nextAttempt : item.created;
    for (const QVariant &v : QVariantList{
             item.created.toMSecsSinceEpoch(), next.toMSecsSinceEpoch(), item.attempts, text(item.lastError),
             text(item.key.sla), text(item.key.objective), text(item.key.rule), static_cast<int>(item.targetKind),
             text(item.url), item.body.isNull() ? QByteArray("") : item.body,
             item.expires.isValid() ? QVariant(item.expires.toMSecsSinceEpoch()) : QVariant()})
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcAlertHistory) << "cannot enqueue" << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

void AlertHistory::markDelivered(qint64 id, const QDateTime &at)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE outbox SET delivered_ms = ?, attempts = attempts + 1 WHERE id = ?"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec())
        qCWarning(lcAlertHistory) << "cannot mark delivered" << q.lastError().text();
}

void AlertHistory::markFailed(qint64 id, const QString &error, const QDateTime &nextAttempt)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("UPDATE outbox SET last_error = ?, next_attempt_ms = ?, attempts = attempts + 1 WHERE id = ?"));
    q.addBindValue(text(error));
    q.addBindValue(nextAttempt.toMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec())
        qCWarning(lcAlertHistory) << "cannot mark failed" << q.lastError().text();
}

QList<OutboxItem> AlertHistory::due(const QDateTime &now, int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT * FROM outbox WHERE delivered_ms IS NULL AND next_attempt_ms <= ? "
                             "AND (expires_ms IS NULL OR expires_ms > ?) ORDER BY created_ms, id LIMIT ?"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(limit);
    QList<OutboxItem> items;
    if (!q.exec())
        qCWarning(lcAlertHistory) << "cannot read the outbox" << q.lastError().text();
    const auto time = [&q](const char *column) {
        const QVariant v = q.value(QLatin1String(column));
        return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
    };
    while (q.next()) {
        OutboxItem item;
        item.id = q.value(QStringLiteral("id")).toLongLong();
        item.created = time("created_ms");
        item.nextAttempt = time("next_attempt_ms");
        item.attempts = q.value(QStringLiteral("attempts")).toInt();
        item.lastError = q.value(QStringLiteral("last_error")).toString();
        item.key = AlertKey{q.value(QStringLiteral("sla")).toString(), q.value(QStringLiteral("objective")).toString(),
                            q.value(QStringLiteral("rule")).toString()};
        item.targetKind = static_cast<NotifyTarget::Kind>(q.value(QStringLiteral("target_kind")).toInt());
        item.url = q.value(QStringLiteral("url")).toString();
        item.body = q.value(QStringLiteral("body")).toByteArray();
        item.expires = time("expires_ms");
        items.append(item);
    }
    return items;
}

QString workspaceStatePath(const QString &prefix, const QString &workspaceDir)
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty())
        state = QDir::homePath() + QStringLiteral("/.local/state");
    const QByteArray id =
        QCryptographicHash::hash(QFileInfo(workspaceDir).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return state + QStringLiteral("/sladesk/") + prefix + QLatin1Char('-') + QString::fromLatin1(id);
}

HistoryEvent transitionEvent(const Transition &t)
{
    HistoryEvent e;
    e.at = t.at;
    e.type = Type::Transition;
    e.key = t.key;
    e.severity = t.severity;
    e.data.insert(QStringLiteral("from"), stateName(t.from));
    e.data.insert(QStringLiteral("to"), stateName(t.to));
    if (t.value)
        e.data.insert(QStringLiteral("value"), *t.value);
    if (t.threshold)
        e.data.insert(QStringLiteral("threshold"), *t.threshold);
    return e;
}

namespace {
// An event of someone's: an acknowledgement or a silence.
HistoryEvent actorEvent(Type type, const AlertKey &key, AlertSeverity severity, const QDateTime &at,
                        const QString &actor, const QString &text)
{
    return HistoryEvent{
        .id = 0, .at = at, .type = type, .key = key, .severity = severity, .actor = actor, .text = text, .data = {}};
}
} // namespace

HistoryEvent ackEvent(const AlertKey &key, AlertSeverity severity, const Acknowledgement &ack)
{
    return actorEvent(Type::Acknowledged, key, severity, ack.at, ack.by, ack.note);
}

HistoryEvent silenceEvent(const AlertKey &key, AlertSeverity severity, const Silence &silence)
{
    HistoryEvent e = actorEvent(Type::Silenced, key, severity, silence.at, silence.by, silence.reason);
    e.data.insert(QStringLiteral("until"), silence.until.toUTC().toString(Qt::ISODateWithMs));
    return e;
}

} // namespace Sla::Core::Alerting
