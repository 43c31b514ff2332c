// SPDX-License-Identifier: Apache-2.0
#pragma once

// AWS Signature Version 4 (header signing), written from AWS's description of the
// process ("Create a signed AWS API request", AWS General Reference) and tested against
// the published aws-sig-v4-test-suite vectors (tests/core/tst_sigv4.cpp):
//
//  1. the canonical request: method, canonical URI (each path segment URI-encoded once;
//     dot segments and repeated slashes removed when normalising), canonical query
//     (names and values decoded, URI-encoded, sorted), the canonical headers (lower-case
//     names sorted, values trimmed with inner whitespace runs folded into one space,
//     repeated headers joined with commas), the signed header names and the hex SHA-256
//     of the body;
//  2. the string to sign: `AWS4-HMAC-SHA256`, the time, the scope
//     `DATE/REGION/SERVICE/aws4_request` and the hex SHA-256 of the canonical request;
//  3. the signing key: HMAC-SHA256 chained over the date, region, service and
//     `aws4_request`, starting from `AWS4` + the secret access key;
//  4. the Authorization header and the headers to add (X-Amz-Date, the session token's
//     X-Amz-Security-Token, X-Amz-Content-Sha256 when the body hash is sent).
//
// Pure functions: no I/O, no logging. The secret access key appears only in the key
// derivation; nothing returned contains it.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace Sla::Core::SigV4 {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

/// Static or temporary credentials (a session token comes with temporary ones).
struct Credentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};

/// The request as it will be sent.
struct Request
{
    QByteArray method = "POST";
    QString path = QStringLiteral("/"); ///< decoded; encoded here
    QByteArray query;                   ///< as in the URL, without `?` (encoded or not)
    Headers headers;                    ///< every header to sign, `Host` included
    QByteArray body;
};

struct Options
{
    QString region;
    QString service;
    QDateTime time;                ///< the signing time (UTC)
    bool normalizePath = true;     ///< remove dot segments and repeated slashes (all but S3)
    bool signBody = false;         ///< send and sign X-Amz-Content-Sha256
    bool omitSessionToken = false; ///< add X-Amz-Security-Token after signing (unsigned)
};

/// Everything the signing produced; `headers` are the ones to add to the request.
struct Signed
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature; ///< hex
    QByteArray authorization;
    Headers headers; ///< X-Amz-Date, [X-Amz-Security-Token], [X-Amz-Content-Sha256], Authorization
};

/// `20150830T123600Z`.
QByteArray amzDate(const QDateTime &time);
/// URI-encodes `bytes`: every byte but A-Z a-z 0-9 - . _ ~ as %XX (upper-case hex);
/// `/` stays when `keepSlash`.
QByteArray uriEncode(const QByteArray &bytes, bool keepSlash = false);
QByteArray canonicalUri(const QString &path, bool normalize);
QByteArray canonicalQuery(const QByteArray &query);
/// The canonical header block (each `name:value\n`) and the signed header names.
std::pair<QByteArray, QByteArray> canonicalHeaders(const Headers &headers);
QByteArray canonicalRequest(const Request &request, bool normalizePath);
QByteArray credentialScope(const QDateTime &time, const QString &region, const QString &service);
QByteArray stringToSign(const QByteArray &canonicalRequest, const QDateTime &time, const QString &region,
                        const QString &service);
QByteArray signingKey(const QString &secretAccessKey, const QDateTime &time, const QString &region,
                      const QString &service);

/// Signs `request` (whose headers must hold Host) with `credentials`.
Signed sign(const Request &request, const Credentials &credentials, const Options &options);

} // namespace Sla::Core::SigV4
