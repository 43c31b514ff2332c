// SPDX-License-Identifier: Apache-2.0
#pragma once

// Recorded metric data held in process: series loaded from OpenMetrics text (optionally
// gzip), selected with PromQL label matchers exactly as Prometheus selects them.
//
// Storage: every series keeps its label set as pairs of interned string ids (sorted by
// label name, `__name__` included, empty values dropped as Prometheus does) and its
// samples in time order as two vectors, millisecond timestamps and doubles: 16 bytes per
// sample after loading (vectors are shrunk to fit).

#include "core/document/diagnostic.h"
#include "core/metrics/recorded/openmetricsparser.h"
#include "core/query/selector.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <functional>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Sla::Core {

/// What one store may hold (README, "Limits"). Loading more is an error that names the
/// line where the limit was passed, never an out-of-memory abort.
struct RecordedLimits
{
    static constexpr qint64 MaxSeries = 200'000;
    /// Estimated heap bytes: 16 per sample, and per series five times its text plus 128
    /// (interned labels, indexes), as measured for 1 KB series names.
    static constexpr qint64 MaxBytes = qint64(1) << 30;
};

/// Options of RecordedStore::loadFile() (outside the class so it can be a default argument).
struct RecordedLoadOptions
{
    qint64 maxSeries = RecordedLimits::MaxSeries;
    qint64 maxBytes = RecordedLimits::MaxBytes;
    /// Move every timestamp so the newest sample lands on `now` rounded down to the step.
    bool alignToNow = false;
    qint64 nowMs = -1; ///< -1: the current time
    qint64 stepMs = 0; ///< 0: the smallest interval between two samples of any series
    /// Keep only samples in [fromMs, toMs] (as read, before aligning).
    qint64 fromMs = std::numeric_limits<qint64>::min();
    qint64 toMs = std::numeric_limits<qint64>::max();
};

class RecordedStore
{
public:
    struct Series
    {
        std::vector<std::pair<quint32, quint32>> labelIds; ///< (name id, value id), sorted by name
        std::vector<qint64> timestampsMs;                  ///< ascending, unique
        std::vector<double> values;
    };

    /// A series restricted to a time range: views into the store (valid while it lives
    /// unchanged).
    struct SeriesView
    {
        const Series *series = nullptr;
        std::span<const qint64> timestampsMs;
        std::span<const double> values;
    };

    using LoadOptions = RecordedLoadOptions;

    struct LoadStats
    {
        qint64 textBytes = 0; ///< after inflating
        qint64 lines = 0;
        qint64 samples = 0;          ///< stored
        qint64 outOfOrderSeries = 0; ///< series whose samples had to be sorted
        qint64 duplicateSamples = 0; ///< same series and timestamp: the later one wins
        qint64 droppedSamples = 0;   ///< NaN, +Inf, -Inf or negative counter values: not stored
        bool gzip = false;
        /// One warning per kind of doubtful sample (dropped values, samples out of time
        /// order), at the line of the first one, with the count.
        Diagnostics warnings;
    };

    /// Loads (and adds to what is already held) a file; `Diagnostic` names file, line and
    /// column. Returns false on error; the store then holds what it held before.
    bool loadFile(const QString &path, const LoadOptions &options = {}, Diagnostic *error = nullptr);
    /// The same for input in memory; `fileName` is used in the diagnostic only.
    bool loadData(QByteArrayView data, const QString &fileName, const LoadOptions &options = {},
                  Diagnostic *error = nullptr);
    LoadStats lastLoadStats() const { return m_stats; }

    qsizetype seriesCount() const { return qsizetype(m_series.size()); }
    qint64 sampleCount() const;
    const std::vector<Series> &series() const { return m_series; }

    /// Series matching every matcher. `__name__` selects by metric name; a missing label
    /// counts as the empty string (so `l=""` matches series without `l`); regexes are fully
    /// anchored and `.` matches newlines, as in Prometheus. An invalid regex gives an empty
    /// result and *error.
    std::vector<SeriesView> select(const QList<LabelMatcher> &matchers, QString *error = nullptr) const;
    /// As select(), with each series restricted to samples in [fromMs, toMs]; series without
    /// samples there are left out.
    std::vector<SeriesView> select(const QList<LabelMatcher> &matchers, qint64 fromMs, qint64 toMs,
                                   QString *error = nullptr) const;
    /// The index range [first, last) of samples in [fromMs, toMs].
    static std::pair<size_t, size_t> indexRange(const Series &series, qint64 fromMs, qint64 toMs);

    /// Sorted label names (`__name__` included), optionally only of series matching.
    QStringList labelNames(const QList<LabelMatcher> &matchers = {}) const;
    /// Sorted distinct values of one label, optionally only of series matching.
    QStringList labelValues(const QString &name, const QList<LabelMatcher> &matchers = {}) const;
    QStringList metricNames() const { return labelValues(QStringLiteral("__name__")); }

    QString labelValue(const Series &series, QStringView name) const;
    QString metricName(const Series &series) const { return labelValue(series, u"__name__"); }
    QList<std::pair<QString, QString>> labels(const Series &series) const; ///< without __name__
    /// `name{a="x",b="y"}` with escaped values.
    QString seriesText(const Series &series) const;

    /// Time span of all samples; {0, -1} when empty.
    qint64 minTimestampMs() const;
    qint64 maxTimestampMs() const;
    /// Smallest positive interval between consecutive samples of any series (0 if none).
    qint64 detectedStepMs() const;

    /// Adds offsetMs to every timestamp.
    void shift(qint64 offsetMs);
    RecordedStore shifted(qint64 offsetMs) const;
    /// The offset that moves the newest sample to `nowMs` rounded down to `stepMs`
    /// (stepMs 0: detectedStepMs()).
    qint64 alignToNowOffset(qint64 nowMs, qint64 stepMs = 0) const;

    /// Approximate heap bytes held (samples, label ids, interned strings, indexes).
    qint64 memoryBytes() const;

    void clear();

private:
    class Loader;
    friend class Loader;

    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using Index = std::unordered_map<std::string, quint32, StringHash, std::equal_to<>>;

    bool load(const std::function<bool(OpenMetricsParser &)> &run, const QString &fileName, const LoadOptions &options,
              Diagnostic *error);
    void mergeFrom(const RecordedStore &loaded, LoadStats *stats);
    quint32 intern(std::string_view utf8);
    quint32 findString(const QString &text) const; ///< NoId when not interned
    static constexpr quint32 NoId = std::numeric_limits<quint32>::max();

    std::vector<Series> m_series;
    std::vector<QString> m_strings; // interned label names and values
    Index m_stringIndex;            // UTF-8 -> id
    Index m_seriesIndex;            // packed label ids -> series
    LoadStats m_stats;
};

} // namespace Sla::Core
