// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/cloudwatch/sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace Sla::Core::SigV4 {

namespace {

const QByteArray Algorithm = "AWS4-HMAC-SHA256";

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

/// Trims and folds every run of whitespace (spaces, tabs, folded line breaks) into one space.
QByteArray foldWhitespace(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    bool space = false;
    for (const char c : value) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

QByteArray dateStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

} // namespace

QByteArray amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray uriEncode(const QByteArray &bytes, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out += c;
            continue;
        }
        const auto u = static_cast<unsigned char>(c);
        out += '%';
        out += hex[u >> 4];
        out += hex[u & 0xf];
    }
    return out;
}

QByteArray canonicalUri(const QString &path, bool normalize)
{
    const QByteArray raw = path.isEmpty() ? QByteArray("/") : path.toUtf8();
    if (!normalize)
        return uriEncode(raw, true);
    // RFC 3986 dot-segment removal; empty segments (repeated slashes) go as well.
    QList<QByteArray> kept;
    for (const QByteArray &segment : raw.split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        kept << uriEncode(segment);
    }
    QByteArray out = '/' + kept.join('/');
    if (!kept.isEmpty() && raw.endsWith('/'))
        out += '/';
    return out;
}

QByteArray canonicalQuery(const QByteArray &query)
{
    std::vector<std::pair<QByteArray, QByteArray>> params;
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        params.emplace_back(uriEncode(QByteArray::fromPercentEncoding(name)),
                            uriEncode(QByteArray::fromPercentEncoding(value)));
    }
    std::sort(params.begin(), params.end());
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

std::pair<QByteArray, QByteArray> canonicalHeaders(const Headers &headers)
{
    std::map<QByteArray, QByteArray> byName; // sorted by the lower-case name
    for (const auto &[name, value] : headers) {
        QByteArray &joined = byName[name.trimmed().toLower()];
        if (!joined.isNull())
            joined += ',';
        joined += foldWhitespace(value);
        if (joined.isNull())
            joined = QByteArray("");
    }
    QByteArray block;
    QByteArray names;
    for (const auto &[name, value] : byName) {
        block += name + ':' + value + '\n';
        if (!names.isEmpty())
            names += ';';
        names += name;
    }
    return {block, names};
}

QByteArray canonicalRequest(const Request &request, bool normalizePath)
{
    const auto [block, names] = canonicalHeaders(request.headers);
    return request.method + '\n' + canonicalUri(request.path, normalizePath) + '\n' + canonicalQuery(request.query) +
           '\n' + block + '\n' + names + '\n' + sha256Hex(request.body);
}

QByteArray credentialScope(const QDateTime &time, const QString &region, const QString &service)
{
    return dateStamp(time) + '/' + region.toUtf8() + '/' + service.toUtf8() + "/aws4_request";
}

QByteArray stringToSign(const QByteArray &canonicalRequest, const QDateTime &time, const QString &region,
                        const QString &service)
{
    return Algorithm + '\n' + amzDate(time) + '\n' + credentialScope(time, region, service) + '\n' +
           sha256Hex(canonicalRequest);
}

QByteArray signingKey(const QString &secretAccessKey, const QDateTime &time, const QString &region,
                      const QString &service)
{
    const QByteArray date = hmac("AWS4" + secretAccessKey.toUtf8(), dateStamp(time));
    const QByteArray inRegion = hmac(date, region.toUtf8());
    const QByteArray inService = hmac(inRegion, service.toUtf8());
    return hmac(inService, "aws4_request");
}

Signed sign(const Request &request, const Credentials &credentials, const Options &options)
{
    Signed out;
    const QDateTime time = options.time.toUTC();
    Request toSign = request;
    out.headers << std::pair<QByteArray, QByteArray>("X-Amz-Date", amzDate(time));
    if (options.signBody)
        out.headers << std::pair<QByteArray, QByteArray>("X-Amz-Content-Sha256", sha256Hex(request.body));
    const QByteArray token = credentials.sessionToken.toUtf8();
    if (!token.isEmpty() && !options.omitSessionToken)
        out.headers << std::pair<QByteArray, QByteArray>("X-Amz-Security-Token", token);
    toSign.headers << out.headers;

    out.canonicalRequest = canonicalRequest(toSign, options.normalizePath);
    out.stringToSign = stringToSign(out.canonicalRequest, time, options.region, options.service);
    const QByteArray key = signingKey(credentials.secretAccessKey, time, options.region, options.service);
    out.signature = hmac(key, out.stringToSign).toHex();
    out.authorization = Algorithm + " Credential=" + credentials.accessKeyId.toUtf8() + '/' +
                        credentialScope(time, options.region, options.service) +
                        ", SignedHeaders=" + canonicalHeaders(toSign.headers).second + ", Signature=" + out.signature;
    if (!token.isEmpty() && options.omitSessionToken)
        out.headers << std::pair<QByteArray, QByteArray>("X-Amz-Security-Token", token);
    out.headers << std::pair<QByteArray, QByteArray>("Authorization", out.authorization);
    return out;
}

} // namespace Sla::Core::SigV4
