// SPDX-License-Identifier: Apache-2.0
// What every slactl command shares (issue 14, items 3 and 5): waiting on futures that may
// end without a result, and writing -o / --junit files that may be special files.
#include "core/cli/clisupport.h"
#include "tests/fiforeader.h"

#include <QException>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Sla::Core;

class TestCliSupport : public QObject
{
    Q_OBJECT
private slots:
    void wait_returnsTheResult()
    {
        QPromise<int> promise;
        promise.start();
        promise.addResult(42);
        promise.finish();
        QString error = QStringLiteral("stale");
        const std::optional<int> r = Cli::wait(promise.future(), &error);
        QCOMPARE(r, std::optional<int>(42));
        QCOMPARE(error, QString());
    }

    void wait_onAFutureWithoutResult_reportsInsteadOfReading()
    {
        // The wait helper used to call result() here: a segfault instead of exit 3.
        QPromise<int> promise;
        QFuture<int> future = promise.future();
        promise.start();
        promise.finish();
        QString error;
        QCOMPARE(Cli::wait(future, &error), std::nullopt);
        QCOMPARE(error, QStringLiteral("the task ended without a result"));
    }

    void wait_onAFailedAllocation_saysOutOfMemory_data()
    {
        QTest::addColumn<bool>("wrapped");
        QTest::addRow("as thrown") << false;
        // QtConcurrent::run wraps what is not a QException this way.
        QTest::addRow("in QUnhandledException") << true;
    }
    void wait_onAFailedAllocation_saysOutOfMemory()
    {
        QFETCH(bool, wrapped);
        QPromise<int> promise;
        promise.start();
        const std::exception_ptr badAlloc = std::make_exception_ptr(std::bad_alloc());
        promise.setException(wrapped ? std::make_exception_ptr(QUnhandledException(badAlloc)) : badAlloc);
        promise.finish();
        QString error;
        QCOMPARE(Cli::wait(promise.future(), &error), std::nullopt);
        QCOMPARE(error, QStringLiteral("out of memory"));
    }

    void wait_onACancelledFuture_reports()
    {
        QPromise<QString> promise;
        QFuture<QString> future = promise.future();
        promise.start();
        future.cancel();
        promise.finish();
        QString error;
        QCOMPARE(Cli::wait(future, &error), std::nullopt);
        QCOMPARE(error, QStringLiteral("the task ended without a result"));
    }

    void textTable_alignsColumnsAndTrimsTrailingBlanks()
    {
        // The layout of `slactl evaluate` and `datadog-slos --history` tables: columns as wide
        // as their widest cell, two spaces apart, no trailing blanks, notes after "! ".
        const QList<QStringList> rows{{QStringLiteral("SLA"), QStringLiteral("SLI"), QStringLiteral("STATE")},
                                      {QStringLiteral("checkout-api"), QStringLiteral("99.95%"), QString()},
                                      {QStringLiteral("a"), QStringLiteral("-"), QStringLiteral("ok")}};
        QCOMPARE(Cli::textTable(rows, {QStringLiteral("a: no data"), QStringLiteral("b: stale")}),
                 QStringLiteral("SLA           SLI     STATE\n"
                                "checkout-api  99.95%\n"
                                "a             -       ok\n"
                                "! a: no data\n"
                                "! b: stale\n"));
        QCOMPARE(Cli::textTable({}, {}), QString());
    }

    void writeOutputFile_replacesARegularFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.yaml"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content that is longer");
        old.close();
        QString error;
        QVERIFY(Cli::writeOutputFile(path, "new", &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("new"));
    }

    void writeOutputFile_writesIntoAFifoWithoutReplacingIt()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        TestUtils::FifoReader reader(fifo);
        QVERIFY(reader.created());
        QString error;
        QVERIFY2(Cli::writeOutputFile(fifo, "through the pipe\n", &error), qPrintable(error));
        QCOMPARE(reader.received(), QByteArray("through the pipe\n"));
        QVERIFY2(reader.isStillFifo(), "the FIFO is still a FIFO, not a regular file put in its place");
    }

    void writeOutputFile_reportsAFullDevice()
    {
        // A full device answers every write with ENOSPC. Before, QSaveFile replaced it with a
        // regular file when run as root. The test writes to a private node of the "full"
        // device (char 1:7), never to /dev/full: a regression replaces only that node.
        QTemporaryDir dir;
        const QByteArray node = QFile::encodeName(dir.filePath(QStringLiteral("full")));
        if (::mknod(node.constData(), S_IFCHR | 0666, makedev(1, 7)) != 0)
            QSKIP("cannot make a device node here (not root)");
        const int fd = ::open(node.constData(), O_WRONLY);
        const bool full = fd >= 0 && ::write(fd, "x", 1) < 0 && errno == ENOSPC;
        if (fd >= 0)
            ::close(fd);
        if (!full)
            QSKIP("device nodes do not work in the temporary folder (nodev)");
        QString error;
        QVERIFY(!Cli::writeOutputFile(QString::fromLocal8Bit(node), "x", &error));
        QCOMPARE(error, QStringLiteral("No space left on device"));
        struct stat st = {};
        QCOMPARE(::stat(node.constData(), &st), 0);
        QVERIFY(S_ISCHR(st.st_mode));
    }

    void writeOutputFile_refusesAFolder()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!Cli::writeOutputFile(dir.path(), "x", &error));
        QCOMPARE(error, QStringLiteral("it is a folder"));
    }
};

QTEST_GUILESS_MAIN(TestCliSupport)
#include "tst_clisupport.moc"
