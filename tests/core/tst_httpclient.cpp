// SPDX-License-Identifier: Apache-2.0
// Each rule of the HTTP client once, against stub servers on 127.0.0.1: deadline,
// transfer timeout, concurrency cap, size caps (announced, streamed, compressed,
// decompressed), retries with backoff and jitter, 429 with Retry-After and
// X-RateLimit-*, gzip decoding, same-origin redirects only (credentials never reach
// another origin), redirect loops, background tasks and scrubbing of server text.

#include "core/metrics/gzipinflater.h"
#include "core/metrics/httpclient.h"
#include "tests/stubserver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QTest>

#include <optional>

using namespace Sla::Core;
using namespace std::chrono_literals;
using Kind = SourceError::Kind;

namespace {

HttpClient::Options fastOptions()
{
    HttpClient::Options o;
    o.transferTimeout = 3000ms;
    o.requestDeadline = 8000ms;
    o.retryBaseDelay = 100ms;
    o.maxRetries = 2;
    return o;
}

/// Sends one GET of `url` and waits for its reply.
HttpClient::Reply fetch(HttpClient &client, const QString &url, int timeoutMs = 10000)
{
    std::optional<HttpClient::Reply> reply;
    HttpClient::Request request;
    request.url = QUrl(url);
    client.send(request, [&reply](HttpClient::Reply r) { reply = std::move(r); });
    QElapsedTimer clock;
    clock.start();
    while (!reply && clock.elapsed() < timeoutMs)
        QTest::qWait(10);
    return reply.value_or(HttpClient::Reply{});
}

QByteArray gzip(const QByteArray &data)
{
    QProcess p;
    p.start(QStringLiteral("gzip"), {QStringLiteral("-c")});
    p.write(data);
    p.closeWriteChannel();
    p.waitForFinished(10000);
    return p.readAllStandardOutput();
}

QString message(const HttpClient::Reply &reply)
{
    return reply.error ? reply.error->message : QString();
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deadline_endsATrickle();
    void transferTimeout_whenNothingArrives();
    void concurrencyCap_honoured();
    void sizeCap_data();
    void sizeCap();
    void gzip_decodedWithinTheCap();
    void gzip_bombStopsAtTheCap();
    void gzip_corruptNamesTheCause();
    void retry_backoffWithJitterThenSuccess();
    void retry_neverAfterOther4xx();
    void rateLimit_retryAfterIsHonoured_data();
    void rateLimit_retryAfterIsHonoured();
    void rateLimit_waitBeyondTheBoundFailsAtOnce();
    void rateLimit_exhaustedBudgetHoldsTheNextRequest();
    void redirect_sameOriginKeepsCredentials();
    void redirect_crossOriginIsRefusedWithoutCredentials();
    void redirect_loopIsNamed();
    void background_finishedTasksAreDropped();
    void scrub_redactsSecretsAndControlCharacters();
    void abortGroup_cancelsQueuedAndRunning();
    void inflater_concatenatedMembersAndTruncation();
};

void TestHttpClient::deadline_endsATrickle()
{
    StubServer server;
    // One byte every 100 ms never trips the 3 s transfer timeout; only the deadline ends it.
    server.handler = [](const StubRequest &) {
        StubReply r{200, QByteArray(200, 'x')};
        r.trickleMs = 100;
        return r;
    };
    HttpClient::Options o = fastOptions();
    o.requestDeadline = 1000ms;
    HttpClient client(QStringLiteral("data source 'stub'"), o);
    QElapsedTimer clock;
    clock.start();
    const HttpClient::Reply reply = fetch(client, server.url() + QStringLiteral("/x"));
    QVERIFY(reply.error);
    QCOMPARE(int(reply.error->kind), int(Kind::Timeout));
    QCOMPARE(message(reply),
             QStringLiteral("data source 'stub' at %1/x did not finish its answer within 1.0 s").arg(server.url()));
    QVERIFY2(clock.elapsed() >= 950 && clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(server.requests.size(), 1); // a timeout is not retried
}

void TestHttpClient::transferTimeout_whenNothingArrives()
{
    StubServer server;
    server.handler = [](const StubRequest &) { return StubReply{200, {}, 0, true}; };
    HttpClient::Options o = fastOptions();
    o.transferTimeout = 400ms;
    HttpClient client(QStringLiteral("data source 'stub'"), o);
    const HttpClient::Reply reply = fetch(client, server.url());
    QVERIFY(reply.error);
    QCOMPARE(int(reply.error->kind), int(Kind::Timeout));
    QVERIFY2(message(reply).endsWith(QStringLiteral(" sent nothing for 0.4 s")), qPrintable(message(reply)));
}

void TestHttpClient::concurrencyCap_honoured()
{
    StubServer server;
    server.handler = [](const StubRequest &) { return StubReply{200, "ok", 150}; };
    HttpClient::Options o = fastOptions();
    o.maxConcurrentRequests = 2;
    HttpClient client(QStringLiteral("stub"), o);
    int done = 0;
    for (int i = 0; i < 7; ++i) {
        HttpClient::Request request;
        request.url = QUrl(server.url() + QStringLiteral("/n%1").arg(i));
        client.send(request, [&done](const HttpClient::Reply &r) { done += r.status == 200 ? 1 : 0; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 7, 10000);
    QCOMPARE(server.maxInFlight, 2);
    // Sent in the order given.
    QCOMPARE(server.requests.first().path, QByteArray("/n0"));
    QCOMPARE(server.requests.last().path, QByteArray("/n6"));
}

void TestHttpClient::sizeCap_data()
{
    QTest::addColumn<bool>("announced");
    QTest::addColumn<bool>("compressed");
    QTest::addRow("announced") << true << false;
    QTest::addRow("streamed") << false << false;
    QTest::addRow("compressed, announced") << true << true;
}

void TestHttpClient::sizeCap()
{
    QFETCH(bool, announced);
    QFETCH(bool, compressed);
    StubServer server;
    // Random bytes do not compress: the gzip body itself is over the cap.
    QByteArray big(300 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char(QRandomGenerator::global()->bounded(256));
    const QByteArray body = compressed ? gzip(big) : big;
    QVERIFY(body.size() > 200 * 1024);
    server.handler = [&](const StubRequest &) {
        StubReply r{200, body, 0, false, announced};
        if (compressed)
            r.headers.push_back({"Content-Encoding", "gzip"});
        return r;
    };
    HttpClient::Options o = fastOptions();
    o.maxResponseBytes = 200 * 1024;
    HttpClient client(QStringLiteral("data source 'stub'"), o);
    const HttpClient::Reply reply = fetch(client, server.url());
    QVERIFY(reply.error);
    QCOMPARE(int(reply.error->kind), int(Kind::TooLarge));
    QCOMPARE(message(reply), QStringLiteral("the response of data source 'stub' exceeds the limit of 0.2 MB"));
}

void TestHttpClient::gzip_decodedWithinTheCap()
{
    StubServer server;
    const QByteArray text = QByteArray("{\"status\":\"success\"}\n").repeated(1000);
    server.handler = [&](const StubRequest &request) {
        StubReply r{200, gzip(text)};
        r.headers.push_back({"Content-Encoding", "gzip"});
        // The client asks for gzip itself (so that it, not Qt, applies the size cap).
        if (request.headers.value("accept-encoding") != "gzip")
            r = StubReply{400, request.headers.value("accept-encoding")};
        return r;
    };
    HttpClient client(QStringLiteral("stub"), fastOptions());
    const HttpClient::Reply reply = fetch(client, server.url());
    QVERIFY2(!reply.error, qPrintable(message(reply)));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, text);
    QVERIFY(reply.body.capacity() >= reply.body.size() + 64); // the parsers' padding
}

void TestHttpClient::gzip_bombStopsAtTheCap()
{
    StubServer server;
    // 20 MB of zeros compress to about 20 KB: far below the cap as sent, far above it inflated.
    const QByteArray bomb = gzip(QByteArray(20 << 20, '\0'));
    QVERIFY(bomb.size() < 100 * 1024);
    server.handler = [&](const StubRequest &) {
        StubReply r{200, bomb};
        r.headers.push_back({"Content-Encoding", "gzip"});
        return r;
    };
    HttpClient::Options o = fastOptions();
    o.maxResponseBytes = 1 << 20;
    HttpClient client(QStringLiteral("data source 'stub'"), o);
    const HttpClient::Reply reply = fetch(client, server.url());
    QVERIFY(reply.error);
    QCOMPARE(int(reply.error->kind), int(Kind::TooLarge));
    QCOMPARE(message(reply),
             QStringLiteral(
                 "the gzip-compressed response of data source 'stub' exceeds the limit of 1.0 MB once decompressed"));
}

void TestHttpClient::gzip_corruptNamesTheCause()
{
    StubServer server;
    QByteArray broken = gzip(QByteArray("hello, world\n").repeated(100));
    broken[12] = char(broken[12] ^ 0x55);
    const QByteArray truncated = gzip(QByteArray("hello, world\n").repeated(100)).left(20);
    server.handler = [&](const StubRequest &request) {
        StubReply r{200, request.path == "/broken" ? broken : truncated};
        r.headers.push_back({"Content-Encoding", "gzip"});
        return r;
    };
    HttpClient client(QStringLiteral("data source 'stub'"), fastOptions());
    const HttpClient::Reply corrupt = fetch(client, server.url() + QStringLiteral("/broken"));
    QVERIFY(corrupt.error);
    QCOMPARE(int(corrupt.error->kind), int(Kind::Malformed));
    QVERIFY2(message(corrupt).startsWith(QStringLiteral(
                 "data source 'stub' sent a gzip-compressed body that cannot be decompressed: gzip data is corrupt: ")),
             qPrintable(message(corrupt)));
    const HttpClient::Reply cut = fetch(client, server.url() + QStringLiteral("/cut"));
    QCOMPARE(message(cut),
             QStringLiteral("data source 'stub' sent a gzip-compressed body that ends before its trailer"));
}

void TestHttpClient::retry_backoffWithJitterThenSuccess()
{
    StubServer server;
    int calls = 0;
    server.handler = [&](const StubRequest &) {
        ++calls;
        return calls <= 2 ? StubReply{calls == 1 ? 503 : 502, "busy"} : StubReply{200, "ok"};
    };
    HttpClient client(QStringLiteral("stub"), fastOptions()); // base 100 ms, 2 retries
    const HttpClient::Reply reply = fetch(client, server.url());
    QVERIFY2(!reply.error, qPrintable(message(reply)));
    QCOMPARE(reply.body, QByteArray("ok"));
    QCOMPARE(server.requests.size(), 3);
    // Retry n waits 100 ms * 2^n plus up to half of that again.
    const qint64 first = server.arrivals.at(1) - server.arrivals.at(0);
    const qint64 second = server.arrivals.at(2) - server.arrivals.at(1);
    QVERIFY2(first >= 95 && first < 150 + 100, qPrintable(QString::number(first)));
    QVERIFY2(second >= 195 && second < 300 + 100, qPrintable(QString::number(second)));

    // Given up after maxRetries: the last answer is delivered as it is.
    calls = -10;
    const HttpClient::Reply failed = fetch(client, server.url());
    QVERIFY(!failed.error);
    QCOMPARE(failed.status, 502);
    QCOMPARE(server.requests.size(), 3 + 3);
}

void TestHttpClient::retry_neverAfterOther4xx()
{
    StubServer server;
    server.handler = [](const StubRequest &) { return StubReply{400, "bad"}; };
    HttpClient client(QStringLiteral("stub"), fastOptions());
    const HttpClient::Reply reply = fetch(client, server.url());
    QCOMPARE(reply.status, 400);
    QTest::qWait(300); // a retry would have arrived by now
    QCOMPARE(server.requests.size(), 1);
}

void TestHttpClient::rateLimit_retryAfterIsHonoured_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addRow("Retry-After seconds") << QByteArray("Retry-After") << QByteArray("1");
    QTest::addRow("Retry-After date")
        << QByteArray("Retry-After") << QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::RFC2822Date).toLatin1();
    QTest::addRow("X-RateLimit-Reset") << QByteArray("X-RateLimit-Reset") << QByteArray("1");
}

void TestHttpClient::rateLimit_retryAfterIsHonoured()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    StubServer server;
    server.handler = [&](const StubRequest &) {
        if (server.requests.size() > 1)
            return StubReply{200, "ok"};
        StubReply r{429, "slow down"};
        r.headers.push_back({header, value});
        return r;
    };
    HttpClient client(QStringLiteral("stub"), fastOptions());
    const HttpClient::Reply reply = fetch(client, server.url());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.rateLimitRetries, 1);
    QCOMPARE(server.requests.size(), 2);
    const qint64 waited = server.arrivals.at(1) - server.arrivals.at(0);
    QVERIFY2(waited >= 950 && waited < 3500, qPrintable(QString::number(waited)));
}

void TestHttpClient::rateLimit_waitBeyondTheBoundFailsAtOnce()
{
    StubServer server;
    server.handler = [](const StubRequest &) {
        StubReply r{429, "slow down"};
        r.headers.push_back({"Retry-After", "3600"});
        return r;
    };
    HttpClient client(QStringLiteral("stub"), fastOptions()); // waits 120 s at most
    QElapsedTimer clock;
    clock.start();
    const HttpClient::Reply reply = fetch(client, server.url());
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.rateLimitRetries, 0);
    QVERIFY(clock.elapsed() < 2000);
    QCOMPARE(server.requests.size(), 1);
}

void TestHttpClient::rateLimit_exhaustedBudgetHoldsTheNextRequest()
{
    StubServer server;
    server.handler = [](const StubRequest &) {
        StubReply r{200, "ok"};
        r.headers.push_back({"X-RateLimit-Remaining", "0"});
        r.headers.push_back({"X-RateLimit-Reset", "1"});
        return r;
    };
    HttpClient client(QStringLiteral("stub"), fastOptions());
    QCOMPARE(fetch(client, server.url()).status, 200);
    QCOMPARE(fetch(client, server.url()).status, 200);
    const qint64 held = server.arrivals.at(1) - server.arrivals.at(0);
    QVERIFY2(held >= 950, qPrintable(QString::number(held)));

    // A reset further away than maxRateLimitWait: the next request fails unsent.
    HttpClient::Options o = fastOptions();
    o.maxRateLimitWait = 500ms;
    HttpClient strict(QStringLiteral("data source 'stub'"), o);
    QCOMPARE(fetch(strict, server.url()).status, 200);
    const HttpClient::Reply refused = fetch(strict, server.url());
    QVERIFY(refused.error);
    QCOMPARE(refused.error->httpStatus, 429);
    QVERIFY(refused.rateLimitWaitMs > 500);
    QCOMPARE(message(refused),
             QStringLiteral(
                 "data source 'stub' is rate limited until a reset in 1 s, longer than the 0.5 s SLA Desk waits"));
    QCOMPARE(server.requests.size(), 3);
}

void TestHttpClient::redirect_sameOriginKeepsCredentials()
{
    StubServer server;
    server.handler = [](const StubRequest &request) {
        if (request.path == "/old") {
            StubReply r{307, {}};
            r.headers.push_back({"Location", "/new?x=1"});
            return r;
        }
        return StubReply{200, "moved"};
    };
    HttpClient client(QStringLiteral("stub"), fastOptions());
    client.setCredentialHeaders({{"Authorization", "Bearer canary-token-1234"}});
    const HttpClient::Reply reply = fetch(client, server.url() + QStringLiteral("/old"));
    QVERIFY2(!reply.error, qPrintable(message(reply)));
    QCOMPARE(reply.body, QByteArray("moved"));
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.requests.at(1).path, QByteArray("/new"));
    QCOMPARE(server.requests.at(1).headers.value("authorization"), QByteArray("Bearer canary-token-1234"));
}

void TestHttpClient::redirect_crossOriginIsRefusedWithoutCredentials()
{
    StubServer elsewhere; // another port: another origin
    StubServer server;
    const QByteArray target = (elsewhere.url() + QStringLiteral("/steal")).toUtf8();
    server.handler = [&](const StubRequest &) {
        StubReply r{302, {}};
        r.headers.push_back({"Location", target});
        return r;
    };
    HttpClient client(QStringLiteral("data source 'stub'"), fastOptions());
    client.setCredentialHeaders({{"Authorization", "Bearer canary-token-1234"}, {"DD-API-KEY", "canary-api-key"}});
    const HttpClient::Reply reply = fetch(client, server.url() + QStringLiteral("/api"));
    QVERIFY(reply.error);
    QCOMPARE(int(reply.error->kind), int(Kind::Unreachable));
    QCOMPARE(message(reply),
             QStringLiteral("data source 'stub' at %1/api redirected to another origin, %2/steal; SLA Desk follows "
                            "redirects only within the same scheme, host and port, so that credentials never reach "
                            "another server: set the url to the server that answers")
                 .arg(server.url(), elsewhere.url()));
    QTest::qWait(100);
    QCOMPARE(elsewhere.requests.size(), 0);
    QCOMPARE(server.requests.size(), 1);
}

void TestHttpClient::redirect_loopIsNamed()
{
    StubServer server;
    server.handler = [](const StubRequest &request) {
        StubReply r{301, {}};
        r.headers.push_back({"Location", request.path == "/a" ? "/b" : "/a"});
        return r;
    };
    HttpClient client(QStringLiteral("data source 'stub'"), fastOptions());
    const HttpClient::Reply reply = fetch(client, server.url() + QStringLiteral("/a"));
    QVERIFY(reply.error);
    QCOMPARE(message(reply),
             QStringLiteral("data source 'stub' at %1/a redirects in a loop (back to %1/a)").arg(server.url()));
    QCOMPARE(server.requests.size(), 2);

    // Without a loop, the number of hops is bounded.
    server.handler = [](const StubRequest &request) {
        StubReply r{302, {}};
        r.headers.push_back({"Location", "/n" + QByteArray::number(request.path.mid(2).toInt() + 1)});
        return r;
    };
    const HttpClient::Reply endless = fetch(client, server.url() + QStringLiteral("/n0"));
    QCOMPARE(message(endless),
             QStringLiteral("data source 'stub' at %1/n0 redirected more than 5 times").arg(server.url()));
}

void TestHttpClient::background_finishedTasksAreDropped()
{
    HttpClient client(QStringLiteral("stub"), fastOptions());
    QSemaphore gate;
    QList<QFuture<int>> futures;
    for (int i = 0; i < 5; ++i)
        futures.append(client.run([&gate, i] {
            gate.acquire();
            return i * i;
        }));
    QCOMPARE(client.backgroundTasks(), 5); // none finished yet
    gate.release(5);
    for (QFuture<int> &f : futures)
        f.waitForFinished();
    QCOMPARE(futures.at(4).result(), 16);
    QFuture<int> last = client.run([] { return 7; });
    QCOMPARE(client.backgroundTasks(), 1); // the five finished ones were dropped
    QCOMPARE(last.result(), 7);
}

void TestHttpClient::scrub_redactsSecretsAndControlCharacters()
{
    HttpClient client(QStringLiteral("stub"), fastOptions());
    client.setCredentialHeaders({{"Authorization", "Bearer canary-token-1234"}});
    client.addSecrets({QStringLiteral("canary-token-1234"), QStringLiteral("abc")});
    QCOMPARE(client.scrub(QStringLiteral("bad header 'Bearer canary-token-1234'\r\n\x1b[31mred\x07 abc")),
             QStringLiteral("bad header '***'  \\x1b[31mred\\x07 abc"));
    QCOMPARE(client.scrub(QStringLiteral("token canary-token-1234 again")), QStringLiteral("token *** again"));
}

void TestHttpClient::abortGroup_cancelsQueuedAndRunning()
{
    StubServer server;
    server.handler = [](const StubRequest &) { return StubReply{200, "late", 2000}; };
    HttpClient::Options o = fastOptions();
    o.maxConcurrentRequests = 1;
    HttpClient client(QStringLiteral("stub"), o);
    QList<HttpClient::Reply> replies;
    for (quint64 group : {1, 1, 2}) {
        HttpClient::Request request;
        request.url = QUrl(server.url());
        request.group = group;
        client.send(request, [&replies](HttpClient::Reply r) { replies.append(std::move(r)); });
    }
    QTRY_COMPARE(server.requests.size(), 1);
    client.abortGroup(1);
    QCOMPARE(replies.size(), 2);
    for (const HttpClient::Reply &r : std::as_const(replies))
        QCOMPARE(int(r.error->kind), int(Kind::Cancelled));
    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 3, 5000); // group 2 still runs
    QCOMPARE(replies.last().body, QByteArray("late"));
}

void TestHttpClient::inflater_concatenatedMembersAndTruncation()
{
    const QByteArray two = gzip("first\n") + gzip("second\n");
    const GzipInflater::Result both = GzipInflater::inflateAll(two, 1000);
    QCOMPARE(int(both.status), int(GzipInflater::Status::Ok));
    QCOMPARE(both.data, QByteArray("first\nsecond\n"));
    QCOMPARE(int(GzipInflater::inflateAll(two, 8).status), int(GzipInflater::Status::TooLarge));
    QCOMPARE(int(GzipInflater::inflateAll(two.left(two.size() - 3), 1000).status),
             int(GzipInflater::Status::Truncated));
    // Fed a byte at a time, the output is the same.
    GzipInflater inflater;
    QByteArray out;
    for (const char c : two)
        QVERIFY(inflater.feed(&c, 1, [&out](const char *d, std::size_t n) {
            out.append(d, qsizetype(n));
            return true;
        }));
    QVERIFY(inflater.complete());
    QCOMPARE(out, QByteArray("first\nsecond\n"));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
