// SPDX-License-Identifier: Apache-2.0
// Signature Version 4 against AWS's published test vectors. tests/data/sigv4/vectors.json
// holds, per case, the request and the expected canonical request, string to sign and
// signature of the aws-sig-v4-test-suite as published in awslabs/aws-c-auth
// (tests/aws-signing-test-suite/v4/<case>/: request.txt, context.json,
// header-canonical-request.txt, header-string-to-sign.txt, header-signature.txt), the
// header-signing variant. Every case is asserted exactly.

#include "core/metrics/cloudwatch/sigv4.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sla::Core;

namespace {

const QString Vectors = QStringLiteral(SLA_TEST_DATA_DIR "/sigv4/vectors.json");

/// The test suite's request.txt: request line, headers (a line starting with whitespace
/// continues the previous header), a blank line, the body.
SigV4::Request parseRequest(const QString &text)
{
    SigV4::Request r;
    const QByteArray raw = text.toUtf8();
    const qsizetype bodyAt = raw.indexOf("\n\n");
    const QByteArray head = bodyAt < 0 ? raw : raw.left(bodyAt);
    r.body = bodyAt < 0 ? QByteArray() : raw.mid(bodyAt + 2);
    QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.takeFirst();
    const qsizetype space = requestLine.indexOf(' ');
    r.method = requestLine.left(space);
    QByteArray target = requestLine.mid(space + 1);
    target.chop(target.size() - target.lastIndexOf(" HTTP/"));
    const qsizetype question = target.indexOf('?');
    r.path = QString::fromUtf8(question < 0 ? target : target.left(question));
    r.query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !r.headers.isEmpty()) {
            r.headers.last().second += '\n' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        r.headers << std::pair<QByteArray, QByteArray>(line.left(colon), line.mid(colon + 1));
    }
    return r;
}

QJsonArray cases()
{
    QFile f(Vectors);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the SigV4 vectors");
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cases")).toArray();
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT

private slots:
    void publishedVectors_data();
    void publishedVectors();
    void authorizationHeaderOfGetVanilla();
    void signingKeyOfTheDocumentedExample();
    void sessionTokenIsSentAndSigned();
    void uriEncodingKeepsOnlyUnreserved();
};

void TestSigV4::publishedVectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    const QJsonArray all = cases();
    QVERIFY(all.size() >= 30);
    for (const QJsonValue &v : all)
        QTest::addRow("%s", qPrintable(text(v.toObject(), "name"))) << v.toObject();
}

void TestSigV4::publishedVectors()
{
    QFETCH(QJsonObject, vector);
    const SigV4::Request request = parseRequest(text(vector, "request"));
    SigV4::Credentials credentials{text(vector, "accessKeyId"), text(vector, "secretAccessKey"),
                                   text(vector, "sessionToken")};
    SigV4::Options options;
    options.region = text(vector, "region");
    options.service = text(vector, "service");
    options.time = QDateTime::fromString(text(vector, "timestamp"), Qt::ISODate);
    options.normalizePath = vector.value(QStringLiteral("normalize")).toBool();
    options.signBody = vector.value(QStringLiteral("signBody")).toBool();
    options.omitSessionToken = vector.value(QStringLiteral("omitSessionToken")).toBool();

    const SigV4::Signed s = SigV4::sign(request, credentials, options);
    QCOMPARE(QString::fromUtf8(s.canonicalRequest), text(vector, "canonicalRequest"));
    QCOMPARE(QString::fromUtf8(s.stringToSign), text(vector, "stringToSign"));
    QCOMPARE(QString::fromUtf8(s.signature), text(vector, "signature"));
    // The secret never leaves the key derivation.
    for (const auto &[name, value] : s.headers)
        QVERIFY(!value.contains(credentials.secretAccessKey.toUtf8()));
}

void TestSigV4::authorizationHeaderOfGetVanilla()
{
    // header-signed-request.txt of get-vanilla.
    SigV4::Request r;
    r.method = "GET";
    r.headers << std::pair<QByteArray, QByteArray>("Host", "example.amazonaws.com");
    SigV4::Options o{QStringLiteral("us-east-1"), QStringLiteral("service"),
                     QDateTime::fromString(QStringLiteral("2015-08-30T12:36:00Z"), Qt::ISODate)};
    const SigV4::Signed s = SigV4::sign(
        r, {QStringLiteral("AKIDEXAMPLE"), QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), {}}, o);
    QCOMPARE(s.authorization, QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/"
                                         "aws4_request, SignedHeaders=host;x-amz-date, "
                                         "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
    QCOMPARE(s.headers.size(), 2);
    QCOMPARE(s.headers.at(0), (std::pair<QByteArray, QByteArray>("X-Amz-Date", "20150830T123600Z")));
    QCOMPARE(s.headers.at(1).first, QByteArray("Authorization"));
}

void TestSigV4::signingKeyOfTheDocumentedExample()
{
    // AWS General Reference, "Examples of how to derive a signing key for Signature
    // Version 4": secret wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, 20120215, us-east-1, iam.
    const QByteArray key = SigV4::signingKey(QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                                             QDateTime::fromString(QStringLiteral("2012-02-15T00:00:00Z"), Qt::ISODate),
                                             QStringLiteral("us-east-1"), QStringLiteral("iam"));
    QCOMPARE(key.toHex(), QByteArray("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"));
}

void TestSigV4::sessionTokenIsSentAndSigned()
{
    SigV4::Request r;
    r.headers << std::pair<QByteArray, QByteArray>("Host", "monitoring.eu-west-1.amazonaws.com");
    SigV4::Options o{QStringLiteral("eu-west-1"), QStringLiteral("monitoring"), QDateTime::currentDateTimeUtc()};
    const SigV4::Signed s =
        SigV4::sign(r, {QStringLiteral("AKID"), QStringLiteral("secret"), QStringLiteral("tok")}, o);
    QVERIFY(s.canonicalRequest.contains("x-amz-security-token:tok\n"));
    QVERIFY(s.authorization.contains("SignedHeaders=host;x-amz-date;x-amz-security-token,"));
    QVERIFY(s.headers.contains(std::pair<QByteArray, QByteArray>("X-Amz-Security-Token", "tok")));
}

void TestSigV4::uriEncodingKeepsOnlyUnreserved()
{
    QCOMPARE(SigV4::uriEncode("a b/c~-._+=&"), QByteArray("a%20b%2Fc~-._%2B%3D%26"));
    QCOMPARE(SigV4::uriEncode("/a b/", true), QByteArray("/a%20b/"));
    QCOMPARE(SigV4::canonicalQuery("b=2&a=1&a=0&c"), QByteArray("a=0&a=1&b=2&c="));
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
