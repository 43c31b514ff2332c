// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/prometheus/prometheusresponse.h"

#include "core/document/tr.h"
#include "core/metrics/logging.h"

#include <QElapsedTimer>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <limits>
#include <simdjson.h>
#include <string_view>
#include <utility>

namespace Tr = Sla::Core::TrContext::Prometheus;

namespace Sla::Core::Prometheus {

namespace {

namespace od = simdjson::ondemand;

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// Thrown inside this file only; every public function catches it.
struct ParseFailure
{
    SourceError error;
};

[[noreturn]] void malformed(const QString &message)
{
    throw ParseFailure{SourceError{SourceError::Kind::Malformed, 0, message}};
}

std::string_view trimTrailingSpace(std::string_view token)
{
    while (!token.empty() &&
           (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
        token.remove_suffix(1);
    return token;
}

/// A sample time in seconds, as a JSON number token, to milliseconds. Decimal tokens
/// are converted exactly (no binary floating point); exponents take the slow path.
qint64 timeTokenToMillis(std::string_view token)
{
    token = trimTrailingSpace(token);
    const char *p = token.data();
    const char *end = p + token.size();
    const bool negative = p != end && *p == '-';
    if (negative)
        ++p;
    qint64 seconds = 0;
    int intDigits = 0;
    for (; p != end && *p >= '0' && *p <= '9' && intDigits < 13; ++p, ++intDigits)
        seconds = seconds * 10 + (*p - '0');
    qint64 millis = 0;
    bool exact = intDigits > 0;
    if (exact && p != end && *p == '.') {
        ++p;
        int fractionDigits = 0;
        for (; p != end && *p >= '0' && *p <= '9'; ++p, ++fractionDigits) {
            if (fractionDigits < 3)
                millis = millis * 10 + (*p - '0');
            else if (fractionDigits == 3 && *p >= '5')
                millis += 1; // round half up on the fourth decimal
        }
        exact = fractionDigits > 0;
        for (int i = fractionDigits; i < 3; ++i)
            millis *= 10;
    }
    if (exact && p == end) {
        const qint64 value = seconds * 1000 + millis;
        return negative ? -value : value;
    }
    double parsed = 0;
    const auto [ptr, ec] = std::from_chars(token.data(), end, parsed);
    if (ec != std::errc() || ptr != end || !std::isfinite(parsed) || std::fabs(parsed) > 9.0e12)
        malformed(Tr::tr("sample time %1 is not a number of seconds").arg(fromView(token.substr(0, 40))));
    return std::llround(parsed * 1000.0);
}

/// The text of a JSON string token without its quotes. Sample values never contain
/// escapes, so the raw token is the value; anything else is rejected.
std::string_view stringTokenText(std::string_view token)
{
    token = trimTrailingSpace(token);
    if (token.size() < 2 || token.front() != '"' || token.back() != '"')
        malformed(Tr::tr("a sample value must be a string, got %1").arg(fromView(token.substr(0, 40))));
    token.remove_prefix(1);
    token.remove_suffix(1);
    return token;
}

double toValue(std::string_view text)
{
    const std::optional<double> v = parseSampleValue(text);
    if (!v)
        malformed(Tr::tr("sample value \"%1\" is not a number").arg(fromView(text.substr(0, 40))));
    return *v;
}

/// One `[time, "value"]` pair.
template <typename Element> std::pair<qint64, std::string_view> readPair(Element &&element)
{
    od::array pair = element.get_array();
    qint64 t = 0;
    std::string_view text;
    int index = 0;
    for (auto item : pair) {
        if (index == 0)
            t = timeTokenToMillis(item.raw_json_token());
        else if (index == 1)
            text = stringTokenText(item.raw_json_token());
        ++index;
    }
    if (index != 2)
        malformed(Tr::tr("a sample must be a [time, \"value\"] pair, got %1 elements").arg(index));
    return {t, text};
}

SeriesLabels readLabels(od::object object)
{
    SeriesLabels labels;
    for (auto field : object) {
        const std::string_view key = field.unescaped_key();
        const std::string_view value = field.value().get_string();
        labels.insert(fromView(key), fromView(value));
    }
    return labels;
}

/// One element of a vector or matrix result: {"metric": {...}, "value": [..]} or
/// {"metric": {...}, "values": [[..], ..]}. Native histograms are skipped.
SampleSeries readSeries(od::object object, bool *sawValue, bool *sawValues)
{
    SampleSeries series;
    for (auto field : object) {
        const std::string_view key = field.unescaped_key();
        if (key == "metric") {
            series.labels = readLabels(field.value().get_object());
        } else if (key == "value") {
            *sawValue = true;
            const auto [t, text] = readPair(field.value());
            series.t.push_back(t);
            series.v.push_back(toValue(text));
        } else if (key == "values") {
            *sawValues = true;
            for (auto element : field.value().get_array()) {
                const auto [t, text] = readPair(element);
                series.t.push_back(t);
                series.v.push_back(toValue(text));
            }
        }
    }
    return series;
}

/// Names of the answer's `resultType`, and of the `errorType`s that are not server errors.
constexpr std::pair<std::string_view, QueryResult::Type> kResultTypes[] = {{"vector", QueryResult::Type::Vector},
                                                                           {"matrix", QueryResult::Type::Matrix},
                                                                           {"scalar", QueryResult::Type::Scalar},
                                                                           {"string", QueryResult::Type::String}};
constexpr std::pair<std::string_view, SourceError::Kind> kErrorKinds[] = {{"bad_data", SourceError::Kind::BadQuery},
                                                                          {"timeout", SourceError::Kind::Timeout},
                                                                          {"canceled", SourceError::Kind::Cancelled}};

template <typename E, size_t N>
std::optional<E> valueOfName(std::string_view name, const std::pair<std::string_view, E> (&table)[N])
{
    for (const auto &[n, value] : table) {
        if (n == name)
            return value;
    }
    return std::nullopt;
}

std::optional<QueryResult::Type> resultTypeFromName(std::string_view name)
{
    return valueOfName(name, kResultTypes);
}

/// The `data` member of a query response.
void readQueryData(od::value data, QueryResult &out)
{
    std::optional<QueryResult::Type> type;
    bool haveResult = false;
    bool sawValue = false;
    bool sawValues = false;
    bool scalarShaped = false;
    std::string_view scalarText;
    for (auto field : data.get_object()) {
        const std::string_view key = field.unescaped_key();
        if (key == "resultType") {
            const std::string_view name = field.value().get_string();
            type = resultTypeFromName(name);
            if (!type)
                malformed(Tr::tr("unknown resultType \"%1\"").arg(fromView(name.substr(0, 40))));
        } else if (key == "result") {
            haveResult = true;
            od::value result = field.value();
            // Decide by shape when resultType has not been seen yet (Prometheus writes it
            // first, but JSON does not promise member order).
            const bool pairShaped =
                type ? (*type == QueryResult::Type::Scalar || *type == QueryResult::Type::String) : false;
            if (pairShaped) {
                scalarShaped = true;
                const auto [t, text] = readPair(result);
                SampleSeries s;
                s.t.push_back(t);
                out.series.push_back(std::move(s));
                scalarText = text;
                out.text = fromView(text);
            } else {
                od::array elements = result.get_array();
                for (auto element : elements) {
                    if (element.type() == od::json_type::number && !type) {
                        // A bare [time, "value"] pair: scalar or string.
                        malformed(Tr::tr("data.resultType must come before a scalar result"));
                    }
                    out.series.push_back(readSeries(element.get_object(), &sawValue, &sawValues));
                }
            }
        }
    }
    if (!type)
        malformed(Tr::tr("data.resultType is missing"));
    if (!haveResult)
        malformed(Tr::tr("data.result is missing"));
    out.type = *type;
    switch (*type) {
    case QueryResult::Type::Vector:
        if (sawValues || scalarShaped)
            malformed(Tr::tr("a vector result holds \"values\"; expected one \"value\" per series"));
        break;
    case QueryResult::Type::Matrix:
        if (sawValue || scalarShaped)
            malformed(Tr::tr("a matrix result holds \"value\"; expected \"values\" per series"));
        break;
    case QueryResult::Type::Scalar:
        out.series.front().v.push_back(toValue(scalarText));
        out.text.clear();
        break;
    case QueryResult::Type::String:
        out.series.clear();
        break;
    }
}

SourceError errorForStatus(int httpStatus, const QByteArray &body)
{
    SourceError::Kind kind = SourceError::Kind::Server;
    if (httpStatus == 400 || httpStatus == 422)
        kind = SourceError::Kind::BadQuery;
    else if (httpStatus == 401 || httpStatus == 403)
        kind = SourceError::Kind::Auth;
    else if (httpStatus == 408 || httpStatus == 504)
        kind = SourceError::Kind::Timeout;
    const QString snippet = QString::fromUtf8(body.left(200)).simplified();
    return SourceError{kind, httpStatus,
                       snippet.isEmpty() ? Tr::tr("HTTP status %1").arg(httpStatus)
                                         : Tr::tr("HTTP status %1: %2").arg(httpStatus).arg(snippet)};
}

/// Walks the envelope `{"status", "data", "errorType", "error", "warnings"}` and hands
/// `data` to `readData`. Returns the error of an error envelope or of malformed input.
template <typename ReadData>
std::optional<SourceError> walkEnvelope(const QByteArray &body, int httpStatus, QStringList *warnings,
                                        ReadData &&readData)
{
    try {
        od::parser parser;
        simdjson::padded_string copy;
        simdjson::padded_string_view view;
        const auto size = size_t(body.size());
        if (body.capacity() - body.size() >= kParsePadding) {
            view = simdjson::padded_string_view(body.constData(), size, size_t(body.capacity()));
        } else {
            copy = simdjson::padded_string(body.constData(), size);
            view = copy;
        }
        od::document doc = parser.iterate(view);
        std::string_view status;
        std::string_view errorType;
        QString errorText;
        bool sawData = false;
        for (auto field : doc.get_object()) {
            const std::string_view key = field.unescaped_key();
            if (key == "status") {
                status = field.value().get_string();
            } else if (key == "data") {
                if (status == "error")
                    continue; // error envelopes may carry partial data: ignore it
                sawData = true;
                readData(field.value());
            } else if (key == "errorType") {
                errorType = field.value().get_string();
            } else if (key == "error") {
                errorText = fromView(field.value().get_string());
            } else if (key == "warnings" && warnings) {
                for (auto w : field.value().get_array())
                    warnings->append(fromView(w.get_string()));
            }
        }
        if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS)
            malformed(Tr::tr("unexpected content after the JSON object"));
        if (status == "error") {
            SourceError error{errorKindForType(errorType), httpStatus, errorText};
            if (error.message.isEmpty())
                error.message = Tr::tr("the server reported an error of type \"%1\"").arg(fromView(errorType));
            // A server-side failure says which: the envelope text alone can read like a bad query.
            if (httpStatus >= 500)
                error.message = Tr::tr("%1 (HTTP %2)").arg(error.message).arg(httpStatus);
            return error;
        }
        if (status != "success")
            malformed(status.empty() ? Tr::tr("the response has no \"status\"")
                                     : Tr::tr("unknown status \"%1\"").arg(fromView(status.substr(0, 40))));
        if (!sawData)
            malformed(Tr::tr("the response has no \"data\""));
        return std::nullopt;
    } catch (const ParseFailure &failure) {
        if (httpStatus >= 400)
            return errorForStatus(httpStatus, body);
        SourceError error = failure.error;
        error.httpStatus = httpStatus;
        return error;
    } catch (const simdjson::simdjson_error &e) {
        if (httpStatus >= 400)
            return errorForStatus(httpStatus, body);
        // An HTML page (a proxy's error or login page) is the usual culprit: say so.
        const QByteArray head = body.left(64).trimmed();
        const QString what =
            e.error() == simdjson::EMPTY ? Tr::tr("the response is empty")
            : head.startsWith('<')
                ? Tr::tr("the answer is HTML, not JSON (it starts with '%1')").arg(QString::fromUtf8(head.left(20)))
                : QString::fromUtf8(simdjson::error_message(e.error()));
        return SourceError{SourceError::Kind::Malformed, httpStatus, Tr::tr("invalid JSON: %1").arg(what)};
    }
}

} // namespace

std::optional<double> parseSampleValue(std::string_view text)
{
    double value = 0;
    if (!text.empty() && text.front() >= '0' && text.front() <= '9') { // the common case
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || ptr != text.data() + text.size())
            return std::nullopt;
        return value;
    }
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "+Inf" || text == "Inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf")
        return -std::numeric_limits<double>::infinity();
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    // std::from_chars also accepts "inf", "nan" and friends: only digits may start a number.
    std::string_view digits = text;
    if (!digits.empty() && digits.front() == '-')
        digits.remove_prefix(1);
    if (digits.empty() || !((digits.front() >= '0' && digits.front() <= '9') || digits.front() == '.'))
        return std::nullopt;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

SourceError::Kind errorKindForType(std::string_view errorType)
{
    // execution, internal, unavailable, not_found and anything newer: server errors
    return valueOfName(errorType, kErrorKinds).value_or(SourceError::Kind::Server);
}

SourceResult<QueryResult> parseQueryResponse(const QByteArray &body, int httpStatus)
{
    QElapsedTimer timer;
    timer.start();
    QueryResult result;
    if (auto error =
            walkEnvelope(body, httpStatus, &result.warnings, [&](od::value data) { readQueryData(data, result); }))
        return *error;
    qCDebug(lcPrometheus, "parsed a %lld-byte answer into %zu series in %.3f ms", qint64(body.size()),
            result.series.size(), double(timer.nsecsElapsed()) / 1e6);
    return result;
}

SourceResult<QueryResult> parseRangeResponse(const QByteArray &body, int httpStatus)
{
    SourceResult<QueryResult> result = parseQueryResponse(body, httpStatus);
    if (!result || result.value().type == QueryResult::Type::Matrix)
        return result;
    const auto named = std::find_if(std::begin(kResultTypes), std::end(kResultTypes),
                                    [&](const auto &entry) { return entry.second == result.value().type; });
    return SourceError{SourceError::Kind::Malformed, httpStatus,
                       Tr::tr("the range query was answered with a %1 result, not a matrix; is "
                              "this a Prometheus-compatible query API?")
                           .arg(QLatin1String(named->first.data(), qsizetype(named->first.size())))};
}

namespace {
/// The `data` of a successful answer read into a T by `read(data, value)`, or the answer's error.
template <typename T, typename Read> SourceResult<T> parseData(const QByteArray &body, int httpStatus, Read &&read)
{
    T value;
    if (auto error = walkEnvelope(body, httpStatus, nullptr, [&](od::value data) { read(data, value); }))
        return *error;
    return value;
}
} // namespace

SourceResult<QList<SeriesLabels>> parseSeriesResponse(const QByteArray &body, int httpStatus)
{
    return parseData<QList<SeriesLabels>>(body, httpStatus, [](od::value data, QList<SeriesLabels> &list) {
        for (auto element : data.get_array())
            list.append(readLabels(element.get_object()));
    });
}

SourceResult<QStringList> parseStringListResponse(const QByteArray &body, int httpStatus)
{
    return parseData<QStringList>(body, httpStatus, [](od::value data, QStringList &list) {
        for (auto element : data.get_array())
            list.append(fromView(element.get_string()));
    });
}

SourceResult<QString> parseBuildInfoResponse(const QByteArray &body, int httpStatus)
{
    return parseData<QString>(body, httpStatus, [](od::value data, QString &version) {
        for (auto field : data.get_object()) {
            if (std::string_view(field.unescaped_key()) == "version")
                version = fromView(field.value().get_string());
        }
    });
}

SourceResult<QString> parseRuntimeInfoResponse(const QByteArray &body, int httpStatus)
{
    // Thanos, Mimir and older servers have no such endpoint: no retention, not an error.
    if (httpStatus == 404)
        return QString();
    QString retention;
    if (auto error = walkEnvelope(body, httpStatus, nullptr, [&](od::value data) {
            for (auto field : data.get_object()) {
                if (std::string_view(field.unescaped_key()) == "storageRetention")
                    retention = fromView(field.value().get_string());
            }
        }))
        return *error;
    return retention;
}

} // namespace Sla::Core::Prometheus
