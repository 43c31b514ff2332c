// SPDX-License-Identifier: Apache-2.0
#include "recordedstore.h"

#include "core/document/tr.h"
#include "core/metrics/logging.h"
#include "openmetricsparser.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <numeric>

namespace Tr = Sla::Core::TrContext::RecordedStore;

namespace Sla::Core {

namespace {

const std::string_view NameLabel = "__name__";

void appendId(std::string &key, quint32 id)
{
    char bytes[sizeof id];
    std::memcpy(bytes, &id, sizeof id);
    key.append(bytes, sizeof id);
}

std::string packKey(const std::vector<std::pair<quint32, quint32>> &labelIds)
{
    std::string key;
    key.reserve(labelIds.size() * 8);
    for (const auto &[n, v] : labelIds) {
        appendId(key, n);
        appendId(key, v);
    }
    return key;
}

// Sorts a series by time if needed and drops duplicate timestamps (the later sample in
// input order wins). Returns the number of samples dropped.
qint64 normalise(RecordedStore::Series &s, bool needsSort)
{
    qint64 dropped = 0;
    if (needsSort) {
        std::vector<size_t> order(s.timestampsMs.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return s.timestampsMs[a] < s.timestampsMs[b]; });
        std::vector<qint64> ts;
        std::vector<double> vs;
        ts.reserve(order.size());
        vs.reserve(order.size());
        for (size_t i : order) {
            if (!ts.empty() && ts.back() == s.timestampsMs[i]) {
                vs.back() = s.values[i];
                ++dropped;
                continue;
            }
            ts.push_back(s.timestampsMs[i]);
            vs.push_back(s.values[i]);
        }
        s.timestampsMs = std::move(ts);
        s.values = std::move(vs);
    }
    s.timestampsMs.shrink_to_fit();
    s.values.shrink_to_fit();
    return dropped;
}

QString escapeLabelValue(const QString &v)
{
    QString out;
    out.reserve(v.size());
    for (QChar c : v) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('"'))
            out += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}
} // namespace

// Receives samples from the parser and files them into series. Series are found by the
// text `name{labels}` as written first (no label work at all for repeated text); only new
// text is turned into a canonical, interned label set.
class RecordedStore::Loader final : public OpenMetricsParser::Sink
{
public:
    Loader(RecordedStore *store, const LoadOptions &options) : m_store(store), m_options(options) {}

    bool sample(const OpenMetricsParser::Sample &s, QString *error) override
    {
        if (s.timestampMs < m_options.fromMs || s.timestampMs > m_options.toMs)
            return true;
        // Not a measurement: a gap is reported, never counted (as good or otherwise).
        if (!std::isfinite(s.value)) {
            m_nonFinite.note(s.line);
            return true;
        }
        if (s.value < 0 && isCounterLike(s)) {
            m_negativeCounter.note(s.line);
            return true;
        }
        quint32 id;
        if (m_lastValid && s.seriesText == m_lastText) {
            id = m_lastId;
        } else {
            const auto it = m_textIndex.find(s.seriesText);
            if (it != m_textIndex.end()) {
                id = it->second;
            } else {
                m_bytes += SeriesBytesFactor * qint64(s.seriesText.size()) + SeriesBytesBase;
                if (!roomForSeries(error) || !withinLimits(error))
                    return false;
                id = resolve(s);
            }
            m_lastText.assign(s.seriesText);
            m_lastId = id;
            m_lastValid = true;
        }
        m_bytes += SampleBytes;
        if (!withinLimits(error))
            return false;
        Series &series = m_store->m_series[id];
        if (!series.timestampsMs.empty() && s.timestampMs <= series.timestampsMs.back()) {
            m_unsorted[id] = true;
            m_outOfOrder.note(s.line);
        }
        series.timestampsMs.push_back(s.timestampMs);
        series.values.push_back(s.value);
        return true;
    }

    /// Warnings about doubtful samples, for `fileName`.
    void warn(const QString &fileName, LoadStats *stats) const
    {
        stats->droppedSamples = m_nonFinite.count + m_negativeCounter.count;
        const auto add = [&](const Doubt &d, const char *text) {
            if (d.count > 0)
                stats->warnings << Diagnostic{Diagnostic::Severity::Warning,
                                              SourceLocation{fileName, int(d.firstLine), 0},
                                              Tr::tr(text, nullptr, int(d.count))};
        };
        add(m_nonFinite,
            QT_TRANSLATE_NOOP("Sla::Core::RecordedStore",
                              "%n sample(s) with the value NaN, +Inf or -Inf (the first here) are left out: "
                              "they are gaps, not measurements"));
        add(m_negativeCounter,
            QT_TRANSLATE_NOOP("Sla::Core::RecordedStore",
                              "%n negative counter sample(s) (the first here) are left out: counters "
                              "only grow"));
        add(m_outOfOrder,
            QT_TRANSLATE_NOOP("Sla::Core::RecordedStore",
                              "%n sample(s) out of time order (the first here) are sorted; of two with the "
                              "same timestamp the later one is kept"));
    }

    void finalise(LoadStats *stats)
    {
        for (size_t i = 0; i < m_store->m_series.size(); ++i) {
            const bool unsorted = i < m_unsorted.size() && m_unsorted[i];
            if (unsorted)
                ++stats->outOfOrderSeries;
            stats->duplicateSamples += normalise(m_store->m_series[i], unsorted);
        }
    }

private:
    /// A kind of doubtful sample: how many, and the line of the first.
    struct Doubt
    {
        qint64 count = 0;
        qint64 firstLine = 0;
        void note(qint64 line)
        {
            if (count++ == 0)
                firstLine = line;
        }
    };

    /// Counters, and the bucket and count series of histograms and summaries.
    static bool isCounterLike(const OpenMetricsParser::Sample &s)
    {
        using Type = OpenMetricsParser::MetricType;
        if (s.type == Type::Counter)
            return true;
        const bool perEvent = s.type == Type::Histogram || s.type == Type::Summary;
        return perEvent && (s.name.ends_with("_bucket") || s.name.ends_with("_count"));
    }

    static constexpr qint64 SampleBytes = 16;
    static constexpr qint64 SeriesBytesFactor = 5;
    static constexpr qint64 SeriesBytesBase = 128;

    bool withinLimits(QString *error) const
    {
        if (m_bytes > m_options.maxBytes) {
            *error = Tr::tr("the recording needs more than %1 MiB in memory; SLA Desk holds at most that "
                            "much: keep fewer series or a shorter span in the file")
                         .arg(m_options.maxBytes / (1024 * 1024));
            return false;
        }
        return true;
    }
    bool roomForSeries(QString *error) const
    {
        if (qint64(m_store->m_series.size()) >= m_options.maxSeries) {
            *error = Tr::tr("the recording has more than %1 series; SLA Desk holds at most that many: "
                            "split the file or keep only the series the documents select")
                         .arg(m_options.maxSeries);
            return false;
        }
        return true;
    }

    quint32 resolve(const OpenMetricsParser::Sample &s)
    {
        std::vector<std::pair<quint32, quint32>> ids;
        ids.reserve(s.labels.size() + 1);
        ids.emplace_back(m_store->intern(NameLabel), m_store->intern(s.name));
        for (const OpenMetricsParser::Label &l : s.labels) {
            if (l.value.empty())
                continue; // an empty label value is the same as no label (Prometheus)
            ids.emplace_back(m_store->intern(l.name), m_store->intern(l.value));
        }
        const auto &strings = m_store->m_strings;
        std::sort(ids.begin(), ids.end(),
                  [&](const auto &a, const auto &b) { return strings[a.first] < strings[b.first]; });
        const std::string key = packKey(ids);
        quint32 id;
        if (const auto it = m_store->m_seriesIndex.find(key); it != m_store->m_seriesIndex.end()) {
            id = it->second; // same labels written differently (order, empty labels)
        } else {
            id = quint32(m_store->m_series.size());
            Series series;
            series.labelIds = std::move(ids);
            m_store->m_series.push_back(std::move(series));
            m_store->m_seriesIndex.emplace(key, id);
            m_unsorted.resize(m_store->m_series.size(), false);
        }
        m_textIndex.emplace(std::string(s.seriesText), id);
        return id;
    }

    RecordedStore *m_store;
    LoadOptions m_options;
    qint64 m_bytes = 0; ///< estimated, see RecordedLimits
    Doubt m_nonFinite;
    Doubt m_negativeCounter;
    Doubt m_outOfOrder;
    Index m_textIndex;
    std::string m_lastText;
    quint32 m_lastId = 0;
    bool m_lastValid = false;
    std::vector<bool> m_unsorted;
};

quint32 RecordedStore::intern(std::string_view utf8)
{
    if (const auto it = m_stringIndex.find(utf8); it != m_stringIndex.end())
        return it->second;
    const auto id = quint32(m_strings.size());
    m_strings.push_back(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    m_stringIndex.emplace(std::string(utf8), id);
    return id;
}

quint32 RecordedStore::findString(const QString &text) const
{
    const QByteArray utf8 = text.toUtf8();
    const auto it = m_stringIndex.find(std::string_view(utf8.constData(), size_t(utf8.size())));
    return it == m_stringIndex.end() ? NoId : it->second;
}

bool RecordedStore::loadFile(const QString &path, const LoadOptions &options, Diagnostic *error)
{
    return load([&](OpenMetricsParser &parser) { return parser.parseFile(path); }, path, options, error);
}

bool RecordedStore::loadData(QByteArrayView data, const QString &fileName, const LoadOptions &options,
                             Diagnostic *error)
{
    return load([&](OpenMetricsParser &parser) { return parser.parse(data); }, fileName, options, error);
}

bool RecordedStore::load(const std::function<bool(OpenMetricsParser &)> &run, const QString &fileName,
                         const LoadOptions &options, Diagnostic *error)
{
    // Parse into a fresh store so that a failed load leaves this one untouched.
    RecordedStore loaded;
    // The limits hold for the whole store: what it already has counts against them.
    LoadOptions bounded = options;
    bounded.maxSeries -= seriesCount();
    bounded.maxBytes -= memoryBytes();
    Loader loader(&loaded, bounded);
    OpenMetricsParser::Options parserOptions;
    parserOptions.requireTimestamps = true;
    OpenMetricsParser parser(&loader, parserOptions);
    if (!run(parser)) {
        if (error) {
            *error = Diagnostic{Diagnostic::Severity::Error,
                                SourceLocation{fileName, int(parser.errorLine()), parser.errorColumn()},
                                parser.errorMessage()};
        }
        return false;
    }
    LoadStats stats;
    stats.textBytes = parser.textBytes();
    stats.lines = parser.lineCount();
    stats.gzip = parser.isGzip();
    loader.finalise(&stats);
    loader.warn(fileName, &stats);

    if (m_series.empty())
        *this = std::move(loaded); // the common case: one input
    else
        mergeFrom(loaded, &stats);
    m_stats = stats;
    m_stats.samples = sampleCount();
    qCDebug(lcRecorded, "loaded %s: %lld bytes, %zu series, %lld samples", qPrintable(fileName),
            qint64(stats.textBytes), m_series.size(), qint64(m_stats.samples));
    if (options.alignToNow && !m_series.empty()) {
        const qint64 now = options.nowMs >= 0 ? options.nowMs : QDateTime::currentMSecsSinceEpoch();
        shift(alignToNowOffset(now, options.stepMs));
    }
    return true;
}

void RecordedStore::mergeFrom(const RecordedStore &loaded, LoadStats *stats)
{
    std::vector<bool> touched(m_series.size(), false);
    for (const Series &s : loaded.m_series) {
        std::vector<std::pair<quint32, quint32>> ids;
        for (const auto &[n, v] : s.labelIds) {
            const QByteArray name = loaded.m_strings[n].toUtf8();
            const QByteArray value = loaded.m_strings[v].toUtf8();
            ids.emplace_back(intern(std::string_view(name.constData(), size_t(name.size()))),
                             intern(std::string_view(value.constData(), size_t(value.size()))));
        }
        // Interned ids differ between the stores, the name order does not: ids stay sorted.
        const std::string key = packKey(ids);
        if (const auto it = m_seriesIndex.find(key); it != m_seriesIndex.end()) {
            Series &target = m_series[it->second];
            target.timestampsMs.insert(target.timestampsMs.end(), s.timestampsMs.begin(), s.timestampsMs.end());
            target.values.insert(target.values.end(), s.values.begin(), s.values.end());
            touched[it->second] = true;
        } else {
            m_seriesIndex.emplace(key, quint32(m_series.size()));
            Series copy = s;
            copy.labelIds = std::move(ids);
            m_series.push_back(std::move(copy));
            touched.push_back(false);
        }
    }
    for (size_t i = 0; i < m_series.size(); ++i) {
        if (touched[i])
            stats->duplicateSamples += normalise(m_series[i], true);
    }
}

qint64 RecordedStore::sampleCount() const
{
    qint64 n = 0;
    for (const Series &s : m_series)
        n += qint64(s.timestampsMs.size());
    return n;
}

void RecordedStore::clear()
{
    *this = RecordedStore();
}

// ---- selection -------------------------------------------------------------------------

namespace {
struct CompiledMatcher
{
    quint32 nameId;
    LabelMatcher::Op op;
    quint32 valueId; // Equal/NotEqual: NoId when the value occurs nowhere
    bool valueEmpty;
    int regexIndex = -1; // into the compiled regexes
};
} // namespace

std::vector<RecordedStore::SeriesView> RecordedStore::select(const QList<LabelMatcher> &matchers, QString *error) const
{
    return select(matchers, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), error);
}

std::vector<RecordedStore::SeriesView> RecordedStore::select(const QList<LabelMatcher> &matchers, qint64 fromMs,
                                                             qint64 toMs, QString *error) const
{
    std::vector<SeriesView> result;
    std::vector<CompiledMatcher> compiled;
    std::vector<QRegularExpression> regexes;
    for (const LabelMatcher &m : matchers) {
        CompiledMatcher c{findString(m.name), m.op, NoId, m.value.isEmpty()};
        if (m.op == LabelMatcher::Op::Equal || m.op == LabelMatcher::Op::NotEqual) {
            c.valueId = m.value.isEmpty() ? NoId : findString(m.value);
        } else {
            // Fully anchored and dot-matches-newline, as Prometheus compiles `^(?s:re)$`.
            QRegularExpression re(QRegularExpression::anchoredPattern(m.value),
                                  QRegularExpression::DotMatchesEverythingOption);
            if (!re.isValid()) {
                if (error) {
                    *error =
                        Tr::tr("invalid regular expression %1 for label %2: %3").arg(m.value, m.name, re.errorString());
                }
                return {};
            }
            re.optimize();
            c.regexIndex = int(regexes.size());
            regexes.push_back(std::move(re));
        }
        compiled.push_back(c);
    }
    // Regex results per interned value id, computed once per select (-1 unknown).
    std::vector<std::vector<signed char>> regexCache(regexes.size());
    std::vector<signed char> regexOnEmpty(regexes.size());
    for (size_t i = 0; i < regexes.size(); ++i) {
        regexCache[i].assign(m_strings.size(), -1);
        regexOnEmpty[i] = regexes[i].match(QString()).hasMatch() ? 1 : 0;
    }

    for (const Series &s : m_series) {
        bool ok = true;
        for (const CompiledMatcher &c : compiled) {
            quint32 valueId = NoId; // NoId: the label is absent, i.e. ""
            if (c.nameId != NoId) {
                for (const auto &[n, v] : s.labelIds) {
                    if (n == c.nameId) {
                        valueId = v;
                        break;
                    }
                }
            }
            bool hit = false;
            switch (c.op) {
            case LabelMatcher::Op::Equal:
            case LabelMatcher::Op::NotEqual:
                hit = c.valueEmpty ? valueId == NoId : (valueId != NoId && valueId == c.valueId);
                if (c.op == LabelMatcher::Op::NotEqual)
                    hit = !hit;
                break;
            case LabelMatcher::Op::RegexMatch:
            case LabelMatcher::Op::RegexNoMatch: {
                const auto ri = size_t(c.regexIndex);
                if (valueId == NoId) {
                    hit = regexOnEmpty[ri] != 0;
                } else {
                    signed char &cached = regexCache[ri][valueId];
                    if (cached < 0)
                        cached = regexes[ri].match(m_strings[valueId]).hasMatch() ? 1 : 0;
                    hit = cached != 0;
                }
                if (c.op == LabelMatcher::Op::RegexNoMatch)
                    hit = !hit;
                break;
            }
            }
            if (!hit) {
                ok = false;
                break;
            }
        }
        if (!ok)
            continue;
        const auto [first, last] = indexRange(s, fromMs, toMs);
        if (first == last)
            continue; // no sample in range
        result.push_back(SeriesView{&s, std::span<const qint64>(s.timestampsMs.data() + first, last - first),
                                    std::span<const double>(s.values.data() + first, last - first)});
    }
    return result;
}

std::pair<size_t, size_t> RecordedStore::indexRange(const Series &series, qint64 fromMs, qint64 toMs)
{
    const auto &ts = series.timestampsMs;
    if (fromMs > toMs)
        return {0, 0};
    const auto first = std::lower_bound(ts.begin(), ts.end(), fromMs);
    const auto last = std::upper_bound(first, ts.end(), toMs);
    return {size_t(first - ts.begin()), size_t(last - ts.begin())};
}

namespace {
/// The interned strings whose ids are marked in `seen`, sorted.
QStringList sortedStrings(const std::vector<QString> &strings, const std::vector<bool> &seen)
{
    QStringList out;
    for (size_t i = 0; i < seen.size(); ++i) {
        if (seen[i])
            out.append(strings[i]);
    }
    out.sort();
    return out;
}
} // namespace

QStringList RecordedStore::labelNames(const QList<LabelMatcher> &matchers) const
{
    std::vector<bool> seen(m_strings.size(), false);
    for (const SeriesView &v : select(matchers)) {
        for (const auto &[n, value] : v.series->labelIds)
            seen[n] = true;
    }
    return sortedStrings(m_strings, seen);
}

QStringList RecordedStore::labelValues(const QString &name, const QList<LabelMatcher> &matchers) const
{
    const quint32 nameId = findString(name);
    if (nameId == NoId)
        return {};
    std::vector<bool> seen(m_strings.size(), false);
    for (const SeriesView &v : select(matchers)) {
        for (const auto &[n, value] : v.series->labelIds) {
            if (n == nameId)
                seen[value] = true;
        }
    }
    return sortedStrings(m_strings, seen);
}

QString RecordedStore::labelValue(const Series &series, QStringView name) const
{
    for (const auto &[n, v] : series.labelIds) {
        if (m_strings[n] == name)
            return m_strings[v];
    }
    return {};
}

QList<std::pair<QString, QString>> RecordedStore::labels(const Series &series) const
{
    QList<std::pair<QString, QString>> out;
    for (const auto &[n, v] : series.labelIds) {
        if (m_strings[n] != QLatin1String("__name__"))
            out.append({m_strings[n], m_strings[v]});
    }
    return out;
}

QString RecordedStore::seriesText(const Series &series) const
{
    QString text = metricName(series);
    const auto pairs = labels(series);
    if (pairs.isEmpty())
        return text;
    text += QLatin1Char('{');
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        text += pairs[i].first + QStringLiteral("=\"") + escapeLabelValue(pairs[i].second) + QLatin1Char('"');
    }
    text += QLatin1Char('}');
    return text;
}

// ---- time ------------------------------------------------------------------------------

qint64 RecordedStore::minTimestampMs() const
{
    qint64 result = std::numeric_limits<qint64>::max();
    for (const Series &s : m_series) {
        if (!s.timestampsMs.empty())
            result = std::min(result, s.timestampsMs.front());
    }
    return result == std::numeric_limits<qint64>::max() ? 0 : result;
}

qint64 RecordedStore::maxTimestampMs() const
{
    qint64 result = std::numeric_limits<qint64>::min();
    for (const Series &s : m_series) {
        if (!s.timestampsMs.empty())
            result = std::max(result, s.timestampsMs.back());
    }
    return result == std::numeric_limits<qint64>::min() ? -1 : result;
}

qint64 RecordedStore::detectedStepMs() const
{
    qint64 step = 0;
    for (const Series &s : m_series) {
        for (size_t i = 1; i < s.timestampsMs.size(); ++i) {
            const qint64 d = s.timestampsMs[i] - s.timestampsMs[i - 1];
            if (d > 0 && (step == 0 || d < step))
                step = d;
        }
    }
    return step;
}

void RecordedStore::shift(qint64 offsetMs)
{
    if (offsetMs == 0)
        return;
    for (Series &s : m_series) {
        for (qint64 &t : s.timestampsMs)
            t += offsetMs;
    }
}

RecordedStore RecordedStore::shifted(qint64 offsetMs) const
{
    RecordedStore copy = *this;
    copy.shift(offsetMs);
    return copy;
}

qint64 RecordedStore::alignToNowOffset(qint64 nowMs, qint64 stepMs) const
{
    if (m_series.empty())
        return 0;
    if (stepMs <= 0)
        stepMs = detectedStepMs();
    if (stepMs <= 0)
        stepMs = 1;
    // Round down, also for (unusual) negative times.
    qint64 aligned = nowMs / stepMs * stepMs;
    if (nowMs < 0 && aligned != nowMs)
        aligned -= stepMs;
    return aligned - maxTimestampMs();
}

qint64 RecordedStore::memoryBytes() const
{
    qint64 bytes = qint64(m_series.capacity() * sizeof(Series));
    for (const Series &s : m_series) {
        bytes += qint64(s.timestampsMs.capacity() * sizeof(qint64) + s.values.capacity() * sizeof(double) +
                        s.labelIds.capacity() * sizeof(s.labelIds[0]));
    }
    // Interned strings: QString data plus header, and the UTF-8 index entry (node, key).
    constexpr qint64 NodeOverhead = 48;
    for (const QString &str : m_strings)
        bytes += qint64(sizeof(QString)) + 32 + str.size() * 2;
    for (const auto &[key, id] : m_stringIndex)
        bytes += NodeOverhead + qint64(key.capacity());
    for (const auto &[key, id] : m_seriesIndex)
        bytes += NodeOverhead + qint64(key.capacity());
    return bytes;
}

} // namespace Sla::Core
