// SPDX-License-Identifier: Apache-2.0
// Prometheus HTTP API answers: the same body through every parser (query, series, label
// values, build info). The HTTP status comes from the body's length, so the error paths
// of 4xx/5xx answers are fuzzed as well as the 200 ones.
#include "core/metrics/prometheus/prometheusresponse.h"
#include "fuzzsupport.h"
#include "fuzztargets.h"

namespace Sla::Fuzz {

namespace {

template <typename T> QString checkResult(const Core::SourceResult<T> &result, const char *what)
{
    return result.isOk() ? QString() : checkMessage(result.error().message, what);
}

} // namespace

QString fuzzPrometheusResponse(const uint8_t *data, size_t size)
{
    namespace P = Core::Prometheus;
    static constexpr int kStatuses[] = {200, 200, 200, 400, 422, 503};
    const int status = kStatuses[size % std::size(kStatuses)];
    const QByteArray body = toBytes(data, size);
    const auto query = P::parseQueryResponse(body, status);
    if (query.isOk()) {
        for (const Core::SampleSeries &series : query.value().series) {
            if (series.t.size() != series.v.size())
                return QStringLiteral("query: a series with %1 times and %2 values")
                    .arg(series.t.size())
                    .arg(series.v.size());
        }
    }
    QString bad = checkResult(query, "query");
    if (bad.isEmpty())
        bad = checkResult(P::parseSeriesResponse(body, status), "series");
    if (bad.isEmpty())
        bad = checkResult(P::parseStringListResponse(body, status), "labels");
    if (bad.isEmpty())
        bad = checkResult(P::parseBuildInfoResponse(body, status), "buildinfo");
    return bad;
}

} // namespace Sla::Fuzz
