// SPDX-License-Identifier: Apache-2.0
#pragma once

// The entry functions of the fuzz targets. Each runs one input through one parser and
// checks how the parser treated it: an input may be accepted or rejected, but a rejection
// must come as a clean error (a message, and a position or field where the parser has one).
// The libFuzzer main (fuzzmain.cpp) and the regression test (tst_fuzzregressions.cpp)
// call the same functions, so a saved finding replays exactly what the fuzzer ran.

#include <QString>

#include <cstddef>
#include <cstdint>

namespace Sla::Fuzz {

/// Returns an empty string when the parser behaved, else what was wrong. A crash, a
/// sanitizer report or an exception escaping the parser is a finding as well.
using Entry = QString (*)(const uint8_t *data, size_t size);

QString fuzzDocument(const uint8_t *data, size_t size);   ///< sladesk/v1 + OpenSLO DataSource reader, validator
QString fuzzOpenSlo(const uint8_t *data, size_t size);    ///< OpenSLO importer
QString fuzzSloth(const uint8_t *data, size_t size);      ///< Sloth importer
QString fuzzPyrra(const uint8_t *data, size_t size);      ///< Pyrra importer
QString fuzzDatadogSlo(const uint8_t *data, size_t size); ///< saved Datadog SLO answers
QString fuzzPrometheusResponse(const uint8_t *data, size_t size);
QString fuzzDatadogResponse(const uint8_t *data, size_t size);
QString fuzzOpenMetrics(const uint8_t *data, size_t size);     ///< plain text, fed in chunks
QString fuzzOpenMetricsGzip(const uint8_t *data, size_t size); ///< the input gzip-compressed
QString fuzzPromSelector(const uint8_t *data, size_t size);
QString fuzzDatadogSelector(const uint8_t *data, size_t size);
QString fuzzDuration(const uint8_t *data, size_t size);
QString fuzzCloudWatchSelector(const uint8_t *data, size_t size);
QString fuzzCloudWatchResponse(const uint8_t *data, size_t size); ///< pages, errors, AssumeRole

} // namespace Sla::Fuzz
