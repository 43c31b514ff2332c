// SPDX-License-Identifier: Apache-2.0
// Datadog API answers: the same body through every parser (v1 query, v2 timeseries, SLO
// list, details and history, error envelopes), and its lines as X-RateLimit-* headers.
#include "core/metrics/datadog/datadogresponse.h"
#include "fuzzsupport.h"
#include "fuzztargets.h"

namespace Sla::Fuzz {

namespace {

using Core::DatadogResponse;

// A parser that returns nothing must say why.
template <typename T> QString checkParsed(const std::optional<T> &parsed, const QString &error, const char *what)
{
    return parsed ? QString() : checkMessage(error, what);
}

QString checkQuery(const QByteArray &body)
{
    QString error;
    const auto query = DatadogResponse::parseQuery(body, &error);
    for (const Core::DatadogSeries &s : query ? query->series : QList<Core::DatadogSeries>()) {
        if (s.timesMs.size() != s.values.size())
            return QStringLiteral("v1 query: a series with %1 times and %2 values")
                .arg(s.timesMs.size())
                .arg(s.values.size());
    }
    return checkParsed(query, error, "v1 query");
}

QString checkTimeseries(const QByteArray &body)
{
    QString error;
    const auto answer = DatadogResponse::parseTimeseries(body, &error);
    if (answer && answer->values.size() != size_t(answer->series.size()))
        return QStringLiteral("v2 timeseries: %1 series, %2 value rows")
            .arg(answer->series.size())
            .arg(answer->values.size());
    for (const std::vector<double> &row : answer ? answer->values : std::vector<std::vector<double>>()) {
        if (row.size() != answer->timesMs.size())
            return QStringLiteral("v2 timeseries: a row of %1 values for %2 times")
                .arg(row.size())
                .arg(answer->timesMs.size());
    }
    return checkParsed(answer, error, "v2 timeseries");
}

QString checkSlos(const QByteArray &body)
{
    QString error;
    if (QString bad = checkParsed(DatadogResponse::parseSloList(body, &error), error, "SLO list"); !bad.isEmpty())
        return bad;
    error.clear();
    if (QString bad = checkParsed(DatadogResponse::parseSlo(body, &error), error, "SLO"); !bad.isEmpty())
        return bad;
    error.clear();
    return checkParsed(DatadogResponse::parseSloHistory(body, &error), error, "SLO history");
}

} // namespace

QString fuzzDatadogResponse(const uint8_t *data, size_t size)
{
    const QByteArray body = toBytes(data, size);
    QString bad = checkQuery(body);
    if (bad.isEmpty())
        bad = checkTimeseries(body);
    if (bad.isEmpty())
        bad = checkSlos(body);
    for (const QString &message : DatadogResponse::parseErrors(body)) {
        if (bad.isEmpty())
            bad = checkMessage(message, "error envelope");
    }
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line : body.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        headers.append({line.left(colon), colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed()});
    }
    DatadogResponse::parseRateLimit(headers);
    return bad;
}

} // namespace Sla::Fuzz
