// SPDX-License-Identifier: Apache-2.0
#include "readtrace.h"

#include <QMutexLocker>

#include <algorithm>

namespace Sla::Core {

QString kindName(TracedRead::Kind kind)
{
    switch (kind) {
    case TracedRead::Kind::Instant:
        return QStringLiteral("instant");
    case TracedRead::Kind::Range:
        return QStringLiteral("range");
    case TracedRead::Kind::Recorded:
        return QStringLiteral("recorded");
    }
    return {};
}

QString seriesLabelsText(const SeriesLabels &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() == QLatin1String("__name__"))
            continue;
        QString value = it.value();
        value.replace(u'\\', QLatin1String("\\\\"))
            .replace(u'"', QLatin1String("\\\""))
            .replace(u'\n', QLatin1String("\\n"));
        parts << QStringLiteral("%1=\"%2\"").arg(it.key(), value);
    }
    return labels.value(QStringLiteral("__name__")) + u'{' + parts.join(u',') + u'}';
}

ReadTrace::ReadTrace(std::vector<TimeRange> ranges) : m_ranges(std::move(ranges)) {}

void ReadTrace::setRanges(std::vector<TimeRange> ranges)
{
    QMutexLocker lock(&m_mutex);
    m_ranges = std::move(ranges);
}

void ReadTrace::add(TracedRead read)
{
    const QMutexLocker lock(&m_mutex);
    m_reads << std::move(read);
}

void ReadTrace::addQuery(TracedRead::Kind kind, const QString &source, const QString &query, qint64 start, qint64 end,
                         qint64 stepMs, const SourceResult<QueryResult> &result)
{
    TracedRead read{kind, source, query, start, end, stepMs, {}, {}};
    if (!result.isOk()) {
        read.error = result.error().message;
    } else {
        for (const SampleSeries &s : result.value().series) {
            TracedRead::Answer a{seriesLabelsText(s.labels), {}};
            for (std::size_t i = 0; i < s.t.size() && i < s.v.size(); ++i)
                a.points.emplace_back(s.t[i], s.v[i]);
            read.answer << a;
        }
    }
    add(std::move(read));
}

void ReadTrace::addCounter(const QString &source, const QString &selector, const QString &series,
                           const Counters::CounterView &counter)
{
    const Counters::CounterPrefix prefix(counter);
    const QMutexLocker lock(&m_mutex);
    for (const TimeRange &range : m_ranges) {
        TracedRead::Answer a{series, {}};
        if (const std::optional<double> inc = prefix.increase(range))
            a.points.emplace_back(range.end, *inc);
        auto it = std::find_if(m_reads.begin(), m_reads.end(), [&](const TracedRead &r) {
            return r.kind == TracedRead::Kind::Recorded && r.query == selector && r.start == range.start &&
                   r.end == range.end;
        });
        if (it == m_reads.end())
            it = m_reads.insert(
                m_reads.end(),
                TracedRead{TracedRead::Kind::Recorded, source, selector, range.start, range.end, 0, {}, {}});
        if (!it->answer.contains(a))
            it->answer << a;
    }
}

QList<TracedRead> ReadTrace::reads() const
{
    const QMutexLocker lock(&m_mutex);
    return m_reads;
}

} // namespace Sla::Core
