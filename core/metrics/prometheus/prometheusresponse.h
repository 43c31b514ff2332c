// SPDX-License-Identifier: Apache-2.0
#pragma once

// Pure parsing of Prometheus HTTP API (v1) response bodies, shared by every server that
// speaks that API (Prometheus, Thanos, Mimir, Cortex, VictoriaMetrics). Each function
// takes the body and the HTTP status and returns data or a SourceError; malformed or
// truncated input gives SourceError::Kind::Malformed, never a crash or an exception.
// Thread-safe: the functions share no state, so they run on worker threads.

#include "core/metrics/metricsource.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace Sla::Core::Prometheus {

/// `/api/v1/query` and `/api/v1/query_range`: vector, matrix, scalar or string results.
/// Parsing is fastest when `body` has at least 64 bytes of spare capacity (simdjson
/// padding); otherwise the body is copied once.
SourceResult<QueryResult> parseQueryResponse(const QByteArray &body, int httpStatus = 200);

/// `/api/v1/query_range`: as parseQueryResponse(), but any result other than a matrix is a
/// malformed answer (a proxy or an incompatible server answering the instant query), never
/// an empty range that would read as "no data".
SourceResult<QueryResult> parseRangeResponse(const QByteArray &body, int httpStatus = 200);

/// `/api/v1/series`: a list of label sets.
SourceResult<QList<SeriesLabels>> parseSeriesResponse(const QByteArray &body, int httpStatus = 200);

/// `/api/v1/labels` and `/api/v1/label/NAME/values`: a list of strings.
SourceResult<QStringList> parseStringListResponse(const QByteArray &body, int httpStatus = 200);

/// `/api/v1/status/buildinfo`: the server's version string (may be empty).
SourceResult<QString> parseBuildInfoResponse(const QByteArray &body, int httpStatus = 200);

/// `/api/v1/status/runtimeinfo`: `data.storageRetention` ("15d", "15d or 10GiB"); empty
/// when the field is absent or the server has no such endpoint (404: Thanos, Mimir).
SourceResult<QString> parseRuntimeInfoResponse(const QByteArray &body, int httpStatus = 200);

/// A sample value as Prometheus writes it: a decimal number, "NaN", "+Inf" or "-Inf".
std::optional<double> parseSampleValue(std::string_view text);

/// The error kind for a Prometheus `errorType` (`bad_data` -> BadQuery, ...).
SourceError::Kind errorKindForType(std::string_view errorType);

/// Extra bytes parseQueryResponse() wants behind the body to avoid copying it.
constexpr qsizetype kParsePadding = 64;

} // namespace Sla::Core::Prometheus
