// SPDX-License-Identifier: Apache-2.0
// Issue 10: the SQLite alert history. Writes and reads back across a reopen, migrates an
// empty file, refuses a newer schema, takes writes from a worker thread, and keeps every
// committed row (event or queued notification) while a writer process is killed (SIGKILL)
// again and again.
//
// Run as `tst_alerthistory --write-loop FILE` it is that writer: it records events for
// ever and prints "table:id" after each one that record() reported as written.
#include "core/alerting/alerthistory.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace Sla::Core;
using namespace Sla::Core::Alerting;
using Type = HistoryEvent::Type;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
const AlertKey Key{QStringLiteral("fraud"), QStringLiteral("precision"), QStringLiteral("precision-drop")};

HistoryEvent makeEvent(Type type, qint64 minute, const QString &actor = {}, const QString &text = {})
{
    HistoryEvent e;
    e.type = type;
    e.at = T0.addSecs(minute * 60);
    e.key = Key;
    e.actor = actor;
    e.text = text;
    return e;
}

QList<HistoryEvent> sample()
{
    QList<HistoryEvent> events;
    events << transitionEvent(
        Transition{Key, AlertSeverity::Page, AlertState::Inactive, AlertState::Pending, T0, 0.91, 0.93});
    events << transitionEvent(
        Transition{Key, AlertSeverity::Page, AlertState::Pending, AlertState::Firing, T0.addSecs(3600), 0.9, 0.93});
    HistoryEvent sent = makeEvent(Type::NotificationSent, 60);
    sent.data = {{QStringLiteral("target"), QStringLiteral("alertmanager")},
                 {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9093")},
                 {QStringLiteral("attempt"), 1}};
    HistoryEvent failed = makeEvent(Type::NotificationFailed, 60, {}, QStringLiteral("connection refused"));
    failed.data = {{QStringLiteral("target"), QStringLiteral("webhook")},
                   {QStringLiteral("url"), QStringLiteral("https://hooks.example.com/x")},
                   {QStringLiteral("attempt"), 2},
                   {QStringLiteral("nextAttempt"), QStringLiteral("2026-12-04T13:05:00.000Z")}};
    HistoryEvent silenced = makeEvent(Type::Silenced, 70, QStringLiteral("bob"), QStringLiteral("known issue"));
    silenced.data = {{QStringLiteral("until"), QStringLiteral("2026-12-04T15:10:00.000Z")}};
    events << sent << failed << makeEvent(Type::Acknowledged, 65, QStringLiteral("alice"), QStringLiteral("on it"))
           << silenced << makeEvent(Type::Unsilenced, 80, QStringLiteral("bob"))
           << makeEvent(Type::Note, 90, QStringLiteral("alice"), QStringLiteral("retrained"));
    events.last().key.objective = QStringLiteral("recall");
    return events;
}

bool sameEvent(const HistoryEvent &a, const HistoryEvent &b)
{
    return a.at == b.at && a.type == b.type && a.key == b.key && a.severity == b.severity && a.actor == b.actor &&
           a.text == b.text && a.data == b.data;
}

QString pragma(const QString &path, const QString &name)
{
    const QString connection = QStringLiteral("probe");
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
                value = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

int writeLoop(const QString &path)
{
    AlertHistory history(path);
    QString error;
    if (!history.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    for (qint64 i = 0;; ++i) {
        // Transitions, acknowledgements and queued notifications, each reported once written.
        if (i % 4 == 3) {
            OutboxItem item;
            item.created = T0.addSecs(i);
            item.nextAttempt = item.created;
            item.key = Key;
            item.url = QStringLiteral("http://127.0.0.1:9/hook");
            item.body = QByteArray::number(i);
            const qint64 id = history.enqueue(item);
            if (id <= 0)
                return 3;
            std::printf("outbox:%lld\n", static_cast<long long>(id));
            std::fflush(stdout);
            continue;
        }
        const bool ack = i % 4 == 2;
        HistoryEvent e = ack ? makeEvent(Type::Acknowledged, i, QStringLiteral("writer"), QString::number(i))
                             : transitionEvent(Transition{Key, AlertSeverity::Page, AlertState::Pending,
                                                          AlertState::Firing, T0.addSecs(i), double(i), 0.93});
        const qint64 id = history.record(e);
        if (id <= 0)
            return 3;
        std::printf("%s:%lld\n", ack ? "acks" : "transitions", static_cast<long long>(id));
        std::fflush(stdout);
    }
}

} // namespace

class TestAlertHistory : public QObject
{
    Q_OBJECT

private slots:
    void emptyFileIsMigrated();
    void newerSchemaIsRefused();
    void writeReopenReadBack();
    void workerThreadWrites();
    void restartRestoresAlerts();
    void outboxKeepsUndelivered();
    void killedWriterLosesNothing();
};

void TestAlertHistory::emptyFileIsMigrated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    QFile empty(path);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    {
        AlertHistory history(path);
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QCOMPARE(history.schemaVersion(), AlertHistory::SchemaVersion);
        QVERIFY(history.events().isEmpty());
    }
    QCOMPARE(pragma(path, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    // Reopening does not migrate again: still one schema_version row.
    AlertHistory again(path);
    QVERIFY(again.open());
    QCOMPARE(again.schemaVersion(), 1);
    const QString connection = QStringLiteral("rows");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        names.removeAll(QStringLiteral("sqlite_sequence"));
        QCOMPARE(names, (QStringList{QStringLiteral("acks"), QStringLiteral("events"), QStringLiteral("notifications"),
                                     QStringLiteral("outbox"), QStringLiteral("schema_version"),
                                     QStringLiteral("silences"), QStringLiteral("transitions")}));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestAlertHistory::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    {
        AlertHistory history(path);
        QVERIFY(history.open());
    }
    const QString connection = QStringLiteral("future");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (99, 0)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    AlertHistory history(path);
    QString error;
    QVERIFY(!history.open(&error));
    QVERIFY2(error.contains(QStringLiteral("99")), qPrintable(error));
}

void TestAlertHistory::writeReopenReadBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    const QList<HistoryEvent> written = sample();
    {
        AlertHistory history(path);
        QVERIFY(history.open());
        for (const HistoryEvent &e : written)
            QVERIFY(history.record(e) > 0);
    }
    AlertHistory history(path);
    QVERIFY(history.open());
    const QList<HistoryEvent> read = history.events();
    QCOMPARE(read.size(), written.size());
    // Oldest first: the order of sample() is by time except the notifications (both at
    // 60 min, after the transition at 60 min: tables in schema order).
    const QList<int> order = {0, 1, 2, 3, 4, 5, 6, 7};
    for (int i = 0; i < read.size(); ++i)
        QVERIFY2(sameEvent(read[i], written[order[i]]), qPrintable(QString::number(i)));
    QCOMPARE(read[1].data.value(QStringLiteral("to")).toString(), QStringLiteral("firing"));
    QCOMPARE(read[1].data.value(QStringLiteral("value")).toDouble(), 0.9);
    QCOMPARE(history.events(Key).size(), written.size() - 1); // the note is on another objective
}

void TestAlertHistory::workerThreadWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    AlertHistory mine(path);
    QVERIFY(mine.open());
    int workerWrote = 0;
    QThread *worker = QThread::create([&] {
        AlertHistory theirs(path); // its own connection, on the worker thread
        if (!theirs.open())
            return;
        for (int i = 0; i < 20; ++i)
            workerWrote += theirs.record(makeEvent(Type::Note, i, QStringLiteral("worker"))) > 0;
    });
    worker->start();
    for (int i = 0; i < 20; ++i)
        QVERIFY(mine.record(makeEvent(Type::Note, i, QStringLiteral("main"))) > 0);
    QVERIFY(worker->wait(30000));
    delete worker;
    QCOMPARE(workerWrote, 20);
    const QList<HistoryEvent> all = mine.events();
    QCOMPARE(all.size(), 40);
    QCOMPARE(std::count_if(all.begin(), all.end(), [](const HistoryEvent &e) { return e.actor == u"worker"; }), 20);
}

void TestAlertHistory::restartRestoresAlerts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    const AlertKey other{Key.sla, QStringLiteral("recall"), Key.rule};
    Rule rule;
    rule.forMs = 60000;
    Condition yes;
    yes.verdict = Condition::Verdict::True;
    yes.value = 0.9;
    yes.threshold = 0.93;
    Condition no = yes;
    no.verdict = Condition::Verdict::False;
    no.value = 0.95;
    const auto at = [](int minute) { return T0.addSecs(minute * 60); };
    const Acknowledgement ack{at(2), QStringLiteral("alice"), QStringLiteral("on it")};
    const Silence silence{at(3), at(63), QStringLiteral("bob"), QStringLiteral("known issue")};
    {
        AlertHistory history(path);
        QVERIFY(history.open());
        AlertTracker tracker;
        const auto step = [&](const AlertKey &key, const Condition &c, int minute) {
            if (const std::optional<Transition> t = tracker.update(key, rule, c, at(minute)))
                QVERIFY(history.record(transitionEvent(*t)) > 0);
        };
        step(Key, yes, 0);
        step(other, yes, 0);
        step(Key, yes, 1);
        step(other, yes, 1);
        QVERIFY(tracker.acknowledge(Key, ack));
        QVERIFY(history.record(ackEvent(Key, AlertSeverity::Page, ack)) > 0);
        QVERIFY(tracker.acknowledge(other, ack));
        QVERIFY(history.record(ackEvent(other, AlertSeverity::Page, ack)) > 0);
        tracker.silence(Key, silence);
        QVERIFY(history.record(silenceEvent(Key, AlertSeverity::Page, silence)) > 0);
        step(other, no, 4);
    } // the process ends

    AlertHistory history(path);
    QVERIFY(history.open());
    AlertTracker tracker;
    tracker.restore(history.events());
    QCOMPARE(tracker.alerts().size(), 2);
    const Alert *firing = tracker.find(Key);
    QVERIFY(firing);
    QCOMPARE(firing->state, AlertState::Firing);
    QCOMPARE(firing->activeSince, at(0));
    QCOMPARE(firing->firingSince, at(1));
    QCOMPARE(firing->value, std::optional<double>(0.9));
    QVERIFY(firing->ack == ack);
    QVERIFY(firing->silence == silence);
    QVERIFY(firing->isSuppressed(at(10)));
    const Alert *resolved = tracker.find(other);
    QCOMPARE(resolved->state, AlertState::Resolved);
    QCOMPARE(resolved->resolvedAt, at(4));
    QVERIFY(!resolved->ack); // cleared when it resolved
    // Evaluation carries on where it stopped: no second firing, then a resolve.
    QVERIFY(!tracker.update(Key, rule, yes, at(5)));
    const std::optional<Transition> end = tracker.update(Key, rule, no, at(6));
    QVERIFY(end);
    QCOMPARE(end->from, AlertState::Firing);
    QCOMPARE(end->to, AlertState::Resolved);
}

void TestAlertHistory::outboxKeepsUndelivered()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    const auto at = [](int minute) { return T0.addSecs(minute * 60); };
    OutboxItem item;
    item.created = at(0);
    item.key = Key;
    item.targetKind = NotifyTarget::Kind::Alertmanager;
    item.url = QStringLiteral("http://127.0.0.1:9093/api/v2/alerts");
    item.body = QByteArrayLiteral("[{\"labels\":{}}]");
    qint64 first = 0;
    qint64 second = 0;
    {
        AlertHistory history(path);
        QVERIFY(history.open());
        first = history.enqueue(item);
        item.created = at(1);
        item.targetKind = NotifyTarget::Kind::Webhook;
        second = history.enqueue(item);
        item.created = at(2);
        item.expires = at(5);
        QVERIFY(history.enqueue(item) > 0); // expires before it is tried below
        QVERIFY(first > 0 && second > first);
        QCOMPARE(history.due(at(0)).size(), 1); // the second is not due before it was made
        history.markFailed(first, QStringLiteral("connection refused"), at(10));
    } // restart
    AlertHistory history(path);
    QVERIFY(history.open());
    QList<OutboxItem> due = history.due(at(6));
    QCOMPARE(due.size(), 1); // the first waits for its retry, the third expired
    QCOMPARE(due[0].id, second);
    QVERIFY(due[0].targetKind == NotifyTarget::Kind::Webhook);
    QCOMPARE(due[0].body, item.body);
    QCOMPARE(due[0].key, Key);
    history.markDelivered(second, at(7));
    due = history.due(at(10));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due[0].id, first);
    QCOMPARE(due[0].attempts, 1);
    QCOMPARE(due[0].lastError, QStringLiteral("connection refused"));
    QCOMPARE(due[0].nextAttempt, at(10));
    QCOMPARE(due[0].url, item.url);
    QVERIFY(!due[0].expires.isValid());
}

void TestAlertHistory::killedWriterLosesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    QSet<QString> committed;
    constexpr int Rounds = 50; // issue 14: at least 50 kills
    for (int round = 0; round < Rounds; ++round) {
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-loop"), path});
        QVERIFY(writer.waitForStarted());
        const int want = 1 + (round * 37) % 120; // rows to see before the kill
        QByteArray out;
        while (out.count('\n') < want && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(10000);
            out += writer.readAllStandardOutput();
        }
        writer.kill(); // SIGKILL, in the middle of the loop
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        out += writer.readAllStandardOutput();
        const QList<QByteArray> lines = out.left(out.lastIndexOf('\n')).split('\n');
        for (const QByteArray &line : lines)
            committed.insert(QString::fromLatin1(line));
        QVERIFY2(lines.size() >= want, writer.readAllStandardError().constData());

        QCOMPARE(pragma(path, QStringLiteral("integrity_check")), QStringLiteral("ok"));
        AlertHistory history(path);
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QSet<QString> stored;
        for (const HistoryEvent &e : history.events())
            stored.insert((e.type == Type::Acknowledged ? QStringLiteral("acks:") : QStringLiteral("transitions:")) +
                          QString::number(e.id));
        for (const OutboxItem &item : history.due(T0.addYears(10), 1000000))
            stored.insert(QStringLiteral("outbox:") + QString::number(item.id));
        for (const QString &row : std::as_const(committed))
            QVERIFY2(stored.contains(row), qPrintable(QStringLiteral("round %1 lost %2").arg(round).arg(row)));
    }
    QVERIFY(committed.size() >= Rounds);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--write-loop") == 0)
        return writeLoop(QString::fromLocal8Bit(argv[2]));
    TestAlertHistory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_alerthistory.moc"
