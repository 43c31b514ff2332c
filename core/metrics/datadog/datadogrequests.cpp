// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/datadog/datadogrequests.h"

#include "core/document/tr.h"
#include "core/metrics/datadog/datadogquery.h"
#include "core/metrics/datadog/datadogsource.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace Tr = Sla::Core::TrContext::Evaluator;

namespace Sla::Core::DatadogRequests {

namespace {

using Result = RequestCache::Result;

QDateTime utcSeconds(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc());
}

} // namespace

qint64 gridStep(const QString &query, qint64 from, qint64 to)
{
    const qint64 enforced = DatadogQuery::enforcedInterval(Duration::seconds(std::max<qint64>(0, to - from)));
    const qsizetype at = query.lastIndexOf(QLatin1String(".rollup("));
    if (at < 0)
        return enforced;
    const qsizetype open = at + QLatin1String(".rollup(").size();
    const qsizetype close = query.indexOf(QLatin1Char(')'), open);
    if (close < 0)
        return 0;
    const QStringList args = query.mid(open, close - open).split(QLatin1Char(','));
    const QString last = args.constLast().trimmed();
    bool number = false;
    const qint64 seconds = last.toLongLong(&number);
    if (number)
        return seconds > 0 ? std::max(enforced, seconds) : 0;
    // `.rollup(method)` alone keeps the enforced interval; anything else is unknown.
    return args.size() == 1 && !last.isEmpty() ? enforced : 0;
}

std::vector<std::vector<std::size_t>> batches(const std::vector<RangeQuery> &queries, int maxPerRequest)
{
    std::vector<std::vector<std::size_t>> out;
    QHash<QString, std::size_t> open; // (from, to, step) -> the batch still taking queries
    const std::size_t limit = std::size_t(std::max(1, maxPerRequest));
    for (std::size_t i = 0; i < queries.size(); ++i) {
        const RangeQuery &q = queries[i];
        const qint64 step = gridStep(q.query, q.from, q.to);
        if (step <= 0) {
            out.push_back({i});
            continue;
        }
        const QString key = QString::number(q.from) + u'/' + QString::number(q.to) + u'/' + QString::number(step);
        const auto it = open.constFind(key);
        if (it != open.constEnd() && out[*it].size() < limit) {
            out[*it].push_back(i);
            continue;
        }
        open.insert(key, out.size());
        out.push_back({i});
    }
    return out;
}

struct RequestCache::State
{
    struct Entry
    {
        bool finished = false;
        Result result;
        std::vector<std::function<void(const Result &)>> waiters;
    };
    struct Queued
    {
        QPointer<DatadogSource> source;
        QPointer<QObject> context;
        RangeQuery query;
        std::shared_ptr<Entry> entry;
    };
    QHash<QString, std::shared_ptr<Entry>> entries;
    std::vector<Queued> queue; ///< waiting for the batch flush
    bool flushScheduled = false;
    int sent = 0;
    int queries = 0;

    static void resolve(const std::shared_ptr<Entry> &entry, Result result)
    {
        entry->finished = true;
        entry->result = std::move(result);
        const auto waiters = std::move(entry->waiters);
        entry->waiters.clear();
        for (const auto &w : waiters)
            w(entry->result);
    }

    /// One `GET /api/v1/query` for one query.
    static void sendV1(const std::shared_ptr<State> &d, MetricSource *source, const RangeQuery &q, QObject *context,
                       const std::shared_ptr<Entry> &entry)
    {
        ++d->sent;
        // Step 0: the source sends the query as it is (it carries its own rollup).
        source->queryRange(q.query, utcSeconds(q.from), utcSeconds(q.to), std::chrono::milliseconds(0))
            .then(context, [entry](Result r) { resolve(entry, std::move(r)); });
    }

    static void flush(const std::shared_ptr<State> &d)
    {
        d->flushScheduled = false;
        std::vector<Queued> queue = std::move(d->queue);
        d->queue.clear();
        // Per source, in the order asked.
        std::vector<DatadogSource *> sources;
        QHash<DatadogSource *, std::vector<Queued>> bySource;
        for (Queued &q : queue) {
            if (!q.source) {
                resolve(q.entry,
                        Result(SourceError{SourceError::Kind::Cancelled, 0, Tr::tr("the data source went away")}));
                continue;
            }
            if (!bySource.contains(q.source.data()))
                sources.push_back(q.source.data());
            bySource[q.source.data()].push_back(std::move(q));
        }
        for (DatadogSource *source : sources) {
            const std::vector<Queued> items = bySource.value(source);
            std::vector<RangeQuery> ranges;
            for (const Queued &q : items)
                ranges.push_back(q.query);
            for (const std::vector<std::size_t> &batch : batches(ranges)) {
                std::vector<Queued> members;
                for (const std::size_t i : batch)
                    members.push_back(items[i]);
                QObject *context = members.front().context ? members.front().context.data() : source;
                if (!source->timeseriesAvailable()) {
                    for (const Queued &m : members)
                        sendV1(d, source, m.query, context, m.entry);
                    continue;
                }
                DatadogSource::NamedQueries named;
                for (std::size_t k = 0; k < members.size(); ++k)
                    named.append({QStringLiteral("q%1").arg(k), members[k].query.query});
                const RangeQuery &first = members.front().query;
                const qint64 step = gridStep(first.query, first.from, first.to);
                ++d->sent;
                source
                    ->queryTimeseries(named, utcSeconds(first.from), utcSeconds(first.to),
                                      std::chrono::milliseconds(step * 1000))
                    .then(context, [d, members, named, guard = QPointer<DatadogSource>(source),
                                    context](SourceResult<QMap<QString, QueryResult>> r) {
                        if (r.isOk()) {
                            for (std::size_t k = 0; k < members.size(); ++k)
                                resolve(members[k].entry, Result(r.value().value(named.at(qsizetype(k)).first)));
                            return;
                        }
                        // A server without v2 (a proxy): the same queries on v1.
                        const int status = r.error().httpStatus;
                        if (guard && !guard->timeseriesAvailable() && (status == 404 || status == 405)) {
                            for (const Queued &m : members)
                                sendV1(d, guard.data(), m.query, context, m.entry);
                            return;
                        }
                        for (const Queued &m : members)
                            resolve(m.entry, Result(r.error()));
                    });
            }
        }
    }
};

RequestCache::RequestCache() : d(std::make_shared<State>()) {}

int RequestCache::requestsSent() const
{
    return d->sent;
}

int RequestCache::queriesSent() const
{
    return d->queries;
}

void RequestCache::fetch(MetricSource *source, const QString &query, qint64 from, qint64 to, QObject *context,
                         std::function<void(const Result &)> done)
{
    const QString key = QString::number(quintptr(source)) + u'\x1f' + query + u'\x1f' + QString::number(from) +
                        u'\x1f' + QString::number(to);
    auto it = d->entries.find(key);
    if (it != d->entries.end()) {
        const std::shared_ptr<State::Entry> entry = *it;
        if (entry->finished)
            done(entry->result);
        else
            entry->waiters.push_back(std::move(done));
        return;
    }
    auto entry = std::make_shared<State::Entry>();
    entry->waiters.push_back(std::move(done));
    d->entries.insert(key, entry);
    ++d->queries;
    auto *datadog = qobject_cast<DatadogSource *>(source);
    if (!datadog || !datadog->timeseriesAvailable()) {
        State::sendV1(d, source, {query, from, to}, context, entry);
        return;
    }
    d->queue.push_back({datadog, context, {query, from, to}, entry});
    if (!d->flushScheduled) {
        d->flushScheduled = true;
        // After the current event-loop turn: every objective of an evaluation has asked.
        QTimer::singleShot(0, datadog, [d = d] { State::flush(d); });
    }
}

} // namespace Sla::Core::DatadogRequests
