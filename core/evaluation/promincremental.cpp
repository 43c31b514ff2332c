// SPDX-License-Identifier: Apache-2.0
#include "core/evaluation/promincremental.h"

#include "core/evaluation/gather.h"
#include "core/evaluation/logging.h"
#include "core/evaluation/promevaluation.h"
#include "core/metrics/futures.h"
#include "core/metrics/prometheus/prometheussource.h"
#include "core/query/querycompiler.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Sla::Core::PromIncremental {

namespace {

using Sample = Counters::Summary::Sample;
using Result = SourceResult<QueryResult>;
using Results = std::vector<Result>;

constexpr char Marker[] = "sladeskincrementalrange";

/// A window of the objective at the plan's time: its tag suffix (0: compliance, i + 1:
/// burn-rate window i) and range.
struct Window
{
    QString suffix;
    TimeRange range;
};

std::vector<Window> allWindows(const ObjectivePlan &plan)
{
    std::vector<Window> out{{QStringLiteral("0"), plan.range}};
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i)
        out.push_back({QString::number(i + 1), EvaluationPlan::burnRateWindow(plan, i)});
    return out;
}

/// The windows kept as state (long) or read in full (short).
std::vector<Window> windowsOf(const ObjectivePlan &plan, bool longOnes)
{
    std::vector<Window> out;
    for (const Window &w : allWindows(plan)) {
        if ((w.range.length() >= TrackFromMs) == longOnes)
            out.push_back(w);
    }
    return out;
}

struct WindowState
{
    QString suffix;
    qint64 start = 0;
    std::vector<SeriesSummaries> selectors; ///< per Shape::selectors entry
};

struct Entry
{
    QString signature;
    bool busy = false;     ///< an evaluation of the objective is reading
    bool valid = false;    ///< the state below can be refreshed
    bool disabled = false; ///< always read in full (the state disagreed with a full read)
    qint64 at = 0;         ///< the time of the last evaluation from or into the state
    qint64 cutoff = 0;     ///< the state holds the samples up to here
    std::vector<WindowState> windows;
};

/// Everything one evaluation of one objective carries through its reads.
struct Call
{
    std::shared_ptr<Store> store;
    QString key;
    MetricSource *source = nullptr;
    QString sourceName;
    ObjectivePlan plan;
    Shape shape;
    QString signature;
    ObjectiveResult base;
    QObject *context = nullptr;
    FullRead full;
    ResultCallback done;
};
using CallPtr = std::shared_ptr<const Call>;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QString rawRead(const QString &selector, qint64 lengthMs)
{
    return selector + u'[' + QueryCompiler::rangeText(Duration{lengthMs}) + u']';
}

void whenAll(QObject *context, std::vector<QFuture<Result>> futures, std::function<void(Results &)> done)
{
    const auto gather = Gather<Result>::create(futures.size(), std::move(done));
    for (std::size_t i = 0; i < futures.size(); ++i)
        futures[i].then(context, [gather, i](Result r) { gather->set(i, std::move(r)); });
}

const SourceError *firstFailure(const Results &results)
{
    for (const Result &r : results) {
        if (!r)
            return &r.error();
    }
    return nullptr;
}

QMap<QString, QString> withoutName(QMap<QString, QString> labels)
{
    labels.remove(QStringLiteral("__name__"));
    return labels;
}

std::vector<Sample> samplesOf(const Series &s)
{
    std::vector<Sample> out;
    out.reserve(s.t.size());
    for (std::size_t i = 0; i < s.t.size(); ++i) {
        if (!std::isnan(s.v[i]))
            out.push_back({s.t[i], s.v[i]});
    }
    return out;
}

SeriesSamples samplesByKey(const QueryResult &answer)
{
    SeriesSamples out;
    for (const Series &s : answer.series)
        out[seriesKey(s.labels)] = samplesOf(s);
    return out;
}

void putParts(QHash<QString, double> &parts, const Shape &shape, const QString &suffix,
              const std::vector<std::optional<double>> &sums)
{
    if (const std::optional<double> n = combine(shape.numerator, sums))
        parts.insert((shape.numeratorIsBad ? QStringLiteral("b") : QStringLiteral("g")) + suffix, *n);
    if (const std::optional<double> t = combine(shape.total, sums))
        parts.insert(QStringLiteral("t") + suffix, *t);
}

bool close(const std::optional<double> &a, const std::optional<double> &b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    return *a == *b || std::fabs(*a - *b) <= 1e-9 * std::max(std::fabs(*a), std::fabs(*b));
}

/// Whether the figures of the long windows agree between a full read and the state.
bool agrees(const ObjectiveResult &full, const ObjectiveResult &state, const std::vector<Window> &windows)
{
    for (const Window &w : windows) {
        const int i = w.suffix.toInt();
        if (i == 0 && !(close(full.sli, state.sli) && close(full.good, state.good) && close(full.total, state.total) &&
                        close(full.remaining, state.remaining)))
            return false;
        if (i > 0 && !close(full.burnRates[std::size_t(i - 1)], state.burnRates[std::size_t(i - 1)]))
            return false;
    }
    return true;
}

} // namespace

class Store
{
public:
    QHash<QString, Entry> entries;
    /// Whether the server computes `increase()` as Counters does; unknown until asked.
    std::optional<bool> compatible;
};

bool compatibleVersion(const QString &version)
{
    static const QRegularExpression number(QStringLiteral(R"(^v?(\d+)\.(\d+)\.)"));
    const QRegularExpressionMatch m = number.match(version);
    return m.hasMatch() && m.captured(1).toInt() == 2 && m.captured(2).toInt() < 52;
}

std::shared_ptr<Store> createStore()
{
    return std::make_shared<Store>();
}

QString seriesKey(const QMap<QString, QString> &labels)
{
    // NUL sorts before every character: a shorter name or value sorts first, as in Go.
    QString key;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        key += it.key() + QChar(0) + it.value() + QChar(0);
    return key;
}

std::optional<double> combine(const std::vector<Term> &terms, const std::vector<std::optional<double>> &sums)
{
    std::optional<double> acc;
    for (const Term &term : terms) {
        const std::optional<double> &v = sums.at(std::size_t(term.selector));
        if (!v)
            return std::nullopt;
        const double x = term.factor == 1 ? *v : term.factor * *v;
        acc = acc ? *acc + x : x;
    }
    return acc;
}

std::optional<double> windowSum(const SeriesSummaries &committed, const SeriesSamples &fresh, qint64 cutoff,
                                TimeRange range, bool *ok)
{
    std::optional<double> sum;
    const auto add = [&](Counters::Summary s, const std::vector<Sample> *more) {
        for (std::size_t i = 0; more && i < more->size(); ++i) {
            const Sample &x = (*more)[i];
            if (x.t > cutoff && x.t <= range.end && !s.append(x))
                *ok = false;
        }
        if (const std::optional<double> inc = s.increase(range))
            sum = sum ? *sum + *inc : *inc;
    };
    // Both maps are ordered by seriesKey: walk them side by side, in Prometheus' order.
    auto c = committed.begin();
    auto f = fresh.begin();
    while (c != committed.end() || f != fresh.end()) {
        if (f == fresh.end() || (c != committed.end() && c->first < f->first)) {
            add(c->second, nullptr);
            ++c;
        } else if (c == committed.end() || f->first < c->first) {
            add({}, &f->second);
            ++f;
        } else {
            add(c->second, &f->second);
            ++c;
            ++f;
        }
    }
    return sum;
}

void commitFresh(SeriesSummaries &committed, const SeriesSamples &fresh, qint64 from, qint64 upTo, bool *ok)
{
    for (const auto &[key, samples] : fresh) {
        for (const Sample &s : samples) {
            if (s.t > from && s.t <= upTo && !committed[key].append(s))
                *ok = false;
        }
    }
}

bool slideStart(SeriesSummaries &committed, const SeriesSamples &leaving, qint64 start, qint64 committedUpTo)
{
    // A series the state does not know must have no sample it should hold.
    for (const auto &[key, samples] : leaving) {
        if (committed.count(key) == 0 && !samples.empty() && samples.front().t <= committedUpTo)
            return false;
    }
    for (auto it = committed.begin(); it != committed.end();) {
        const auto read = leaving.find(it->first);
        const std::span<const Sample> samples =
            read == leaving.end() ? std::span<const Sample>() : std::span<const Sample>(read->second);
        if (!it->second.dropBefore(start, samples))
            return false;
        it = it->second.isEmpty() ? committed.erase(it) : std::next(it);
    }
    return true;
}

std::optional<Shape> shapeOf(const Objective &objective)
{
    const QString marker = QString::fromLatin1(Marker);
    const CompiledQueries q = QueryCompiler::compile(objective, marker);
    if (q.form != CompiledQueries::Form::Events)
        return std::nullopt;
    static const QRegularExpression term(QStringLiteral(R"(\G\s*(?:(\d+)\s*\*\s*)?sum\(increase\((.+?)\[)") + marker +
                                         QStringLiteral(R"(\]\)\)\s*(\+|$))"));
    Shape shape;
    const auto parse = [&](const QString &text, std::vector<Term> &out) {
        qsizetype at = 0;
        while (at < text.size()) {
            const QRegularExpressionMatch m = term.match(text, at);
            if (!m.hasMatch())
                return false;
            const QString selector = m.captured(2).trimmed();
            if (!shape.selectors.contains(selector))
                shape.selectors << selector;
            out.push_back(
                {m.captured(1).isEmpty() ? 1.0 : m.captured(1).toDouble(), int(shape.selectors.indexOf(selector))});
            at = m.capturedEnd(0);
            if (m.captured(3).isEmpty() && at < text.size())
                return false;
        }
        return !out.empty();
    };
    shape.numeratorIsBad = q.good.isEmpty();
    if (!parse(shape.numeratorIsBad ? q.bad : q.good, shape.numerator) || !parse(q.total, shape.total))
        return std::nullopt;
    return shape;
}

QString fullReadReason(const ObjectivePlan &plan)
{
    if (!plan.error.isEmpty())
        return plan.error;
    if (plan.isTimeslices())
        return QStringLiteral("timeslice budgeting");
    if (plan.labelDelayMs > 0)
        return QStringLiteral("a label delay");
    if (!EvaluationPlan::correctionRanges(plan).empty())
        return QStringLiteral("corrections apply");
    if (!shapeOf(plan.objective))
        return QStringLiteral("its queries are not sums of counter increases");
    return {};
}

namespace {

Entry &entryOf(const CallPtr &call)
{
    return call->store->entries[call->key];
}

/// Whether the state can be moved to the plan's time.
bool advances(const Entry &e, const ObjectivePlan &plan)
{
    const std::vector<Window> windows = windowsOf(plan, true);
    if (windows.size() != e.windows.size() || plan.at < e.at || plan.at - e.at > MaxStepMs)
        return false;
    for (std::size_t w = 0; w < windows.size(); ++w) {
        const qint64 start = windows[w].range.start;
        const WindowState &st = e.windows[w];
        if (windows[w].suffix != st.suffix || start < st.start || start - st.start > MaxStepMs || start > e.cutoff)
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------
// Building the state, beside a full read

/// What the first reads tell of one series of one window: its sample count and drops
/// (count_over_time, resets) and its raw samples at the window's two ends.
struct Found
{
    double count = 0;
    double resets = 0;
    QMap<QString, QString> labels; ///< without __name__
    QString key;                   ///< seriesKey of the full labels, when a raw read had it
    std::optional<Sample> first;
    std::optional<Sample> last;
};

/// A series that must be read raw over its whole window (drops, or ends not near the window's).
struct Odd
{
    std::size_t window = 0;
    std::size_t selector = 0;
    QString nameless; ///< seriesKey without __name__
    double count = 0;
};

struct Build
{
    CallPtr call;
    qint64 cutoff = 0;
    std::vector<Window> windows;
    std::vector<WindowState> state;
    std::vector<SeriesSamples> fresh; ///< per selector: the samples after the cutoff
    std::vector<Odd> odd;
    bool failed = false;
};

QString countQuery(const QString &selector, qint64 lengthMs)
{
    const QString range = rawRead(selector, lengthMs);
    return QStringLiteral("label_replace(count_over_time(%1), \"sladesk_part\", \"n\", \"\", \"\") or "
                          "label_replace(resets(%1), \"sladesk_part\", \"r\", \"\", \"\")")
        .arg(range);
}

/// The selector narrowed to one series' labels (a local filter drops series with more).
std::optional<QString> seriesSelector(QString selector, const QMap<QString, QString> &labels)
{
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QString value = it.value();
        value.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'"', QStringLiteral("\\\""))
            .replace(u'\n', QStringLiteral("\\n"));
        const std::optional<QString> narrowed =
            QueryCompiler::withMatcher(selector, QStringLiteral("%1=\"%2\"").arg(it.key(), value));
        if (!narrowed)
            return std::nullopt;
        selector = *narrowed;
    }
    return selector;
}

/// Per series (seriesKey without __name__), the counts and end samples of one window.
QMap<QString, Found> foundOf(const QueryResult &counts, const QueryResult &head, const QueryResult &tail,
                             TimeRange committed)
{
    QMap<QString, Found> out;
    for (const Series &s : counts.series) {
        QMap<QString, QString> labels = s.labels;
        const QString part = labels.take(QStringLiteral("sladesk_part"));
        if (s.v.empty() || std::isnan(s.v.back()))
            continue;
        Found &f = out[seriesKey(labels)];
        f.labels = labels;
        (part == QLatin1String("n") ? f.count : f.resets) = s.v.back();
    }
    for (const Series &s : head.series) {
        const auto it = out.find(seriesKey(withoutName(s.labels)));
        const std::vector<Sample> samples = samplesOf(s);
        if (it != out.end() && !samples.empty() && samples.front().t >= committed.start) {
            it->first = samples.front();
            it->key = seriesKey(s.labels);
        }
    }
    for (const Series &s : tail.series) {
        const auto it = out.find(seriesKey(withoutName(s.labels)));
        const std::vector<Sample> samples = samplesOf(s);
        const auto past = std::upper_bound(samples.begin(), samples.end(), committed.end,
                                           [](qint64 t, const Sample &x) { return t < x.t; });
        if (it != out.end() && past != samples.begin() && (!it->first || it->key == seriesKey(s.labels))) {
            it->last = *(past - 1);
            it->key = seriesKey(s.labels);
        }
    }
    return out;
}

/// Fills the state from the first reads; series that need a raw read go to build.odd.
void takeFirstReads(Build &build, const Results &results)
{
    const std::size_t k = std::size_t(build.call->shape.selectors.size());
    const std::size_t tails = 2 * build.windows.size() * k;
    for (std::size_t j = 0; j < k; ++j)
        build.fresh[j] = samplesByKey(results[tails + j].value());
    for (std::size_t w = 0; w < build.windows.size(); ++w) {
        const TimeRange committed{build.windows[w].range.start, build.cutoff};
        for (std::size_t j = 0; j < k; ++j) {
            const std::size_t at = 2 * (w * k + j);
            const QMap<QString, Found> found =
                foundOf(results[at].value(), results[at + 1].value(), results[tails + j].value(), committed);
            for (auto it = found.cbegin(); it != found.cend(); ++it) {
                const Found &f = *it;
                if (f.count < 1)
                    continue;
                const bool plain =
                    f.resets == 0 && f.first && f.last && (f.count == 1 ? *f.first == *f.last : f.first->t < f.last->t);
                if (plain)
                    build.state[w].selectors[j][f.key] =
                        Counters::Summary::fromParts(*f.first, *f.last, std::size_t(f.count));
                else
                    build.odd.push_back({w, j, it.key(), f.count});
            }
        }
    }
}

/// Reads each odd series raw over its window and adds its summary to the state.
void readOdd(const std::shared_ptr<Build> &build, std::function<void()> next)
{
    const Call &call = *build->call;
    std::vector<QFuture<Result>> futures;
    for (const Odd &o : build->odd) {
        QMap<QString, QString> labels;
        // The nameless key lists name, NUL, value, NUL, ...
        const QStringList parts = o.nameless.split(QChar(0));
        for (qsizetype i = 0; i + 1 < parts.size(); i += 2)
            labels.insert(parts[i], parts[i + 1]);
        const std::optional<QString> selector = seriesSelector(call.shape.selectors[qsizetype(o.selector)], labels);
        if (!selector) {
            build->failed = true;
            next();
            return;
        }
        const TimeRange w{build->windows[o.window].range.start, build->cutoff};
        futures.push_back(call.source->query(rawRead(*selector, w.length()), utc(w.end)));
    }
    whenAll(call.context, std::move(futures), [build, next](Results &results) {
        if (firstFailure(results)) {
            build->failed = true;
            next();
            return;
        }
        for (std::size_t i = 0; i < build->odd.size(); ++i) {
            const Odd &o = build->odd[i];
            const TimeRange w{build->windows[o.window].range.start, build->cutoff};
            int matched = 0;
            for (const Series &s : results[i].value().series) {
                if (seriesKey(withoutName(s.labels)) != o.nameless)
                    continue;
                const Counters::Summary summary = Counters::Summary::of(s, w);
                build->failed |= double(summary.count()) != o.count || ++matched > 1;
                build->state[o.window].selectors[o.selector][seriesKey(s.labels)] = summary;
            }
            build->failed |= matched == 0;
        }
        next();
    });
}

/// The figures of the state at the plan's time (the long windows only).
ObjectiveResult stateResult(const Build &build, bool *ok)
{
    const Call &call = *build.call;
    QHash<QString, double> parts;
    for (std::size_t w = 0; w < build.windows.size(); ++w) {
        std::vector<std::optional<double>> sums;
        for (std::size_t j = 0; j < build.fresh.size(); ++j)
            sums.push_back(
                windowSum(build.state[w].selectors[j], build.fresh[j], build.cutoff, build.windows[w].range, ok));
        putParts(parts, call.shape, build.windows[w].suffix, sums);
    }
    return PromEvaluation::countedResult(call.plan, {}, parts, call.sourceName);
}

/// Builds the state at the plan's time; `done(true)` when it agrees with `full`.
/// `done(built, permanent)`: permanent when the state cannot be trusted for this objective
/// (it disagrees with the full read), not when a read failed.
void build(const CallPtr &call, const ObjectiveResult &full, std::function<void(bool built, bool permanent)> done)
{
    auto b = std::make_shared<Build>();
    b->call = call;
    b->cutoff = call->plan.at - SettleMs;
    b->windows = windowsOf(call->plan, true);
    const std::size_t k = std::size_t(call->shape.selectors.size());
    b->fresh.resize(k);
    std::vector<QFuture<Result>> futures;
    for (const Window &w : b->windows) {
        if (b->cutoff - w.range.start <= LookAheadMs) {
            done(false, false);
            return;
        }
        b->state.push_back({w.suffix, w.range.start, std::vector<SeriesSummaries>(k)});
        for (const QString &sel : call->shape.selectors) {
            futures.push_back(call->source->query(countQuery(sel, b->cutoff - w.range.start), utc(b->cutoff)));
            futures.push_back(call->source->query(rawRead(sel, LookAheadMs), utc(w.range.start + LookAheadMs)));
        }
    }
    for (const QString &sel : call->shape.selectors)
        futures.push_back(call->source->query(rawRead(sel, SettleMs + LookAheadMs), utc(call->plan.at)));
    whenAll(call->context, std::move(futures), [b, full, done](Results &results) {
        if (const SourceError *e = firstFailure(results)) {
            qCDebug(lcEvaluation, "incremental state of %s: a read failed (%s)", qPrintable(b->call->key),
                    qPrintable(e->message));
            done(false, false);
            return;
        }
        takeFirstReads(*b, results);
        readOdd(b, [b, full, done] {
            bool ok = !b->failed;
            const ObjectiveResult mine = ok ? stateResult(*b, &ok) : ObjectiveResult();
            if (!ok || !agrees(full, mine, b->windows)) {
                qCWarning(lcEvaluation, "incremental refresh of %s disabled: its state %s a full read",
                          qPrintable(b->call->key), ok ? "disagrees with" : "could not be built beside");
                done(false, true);
                return;
            }
            Entry &e = entryOf(b->call);
            e.windows = std::move(b->state);
            e.at = b->call->plan.at;
            e.cutoff = b->cutoff;
            e.signature = b->call->signature;
            done(true, false);
        });
    });
}

/// A full read, building the state beside it (read: full).
void fullAndBuild(const CallPtr &call)
{
    Entry &e = entryOf(call);
    e.busy = true;
    e.valid = false;
    call->full(call->plan, call->base, call->context, [call](ObjectiveResult r, std::optional<SourceError> error) {
        if (error) {
            entryOf(call).busy = false;
            call->done(std::move(r), std::move(error));
            return;
        }
        build(call, r, [call, r](bool built, bool permanent) {
            Entry &e = entryOf(call);
            e.busy = false;
            e.valid = built;
            e.disabled = permanent;
            call->done(r, std::nullopt);
        });
    });
}

// ---------------------------------------------------------------------------------------
// Refreshing from the state

/// Moves the state to the plan's time and puts the long windows' parts; false when a read
/// does not fit it (the state is then left as it was).
bool advanceState(const CallPtr &call, const Results &results, const std::vector<int> &leaving,
                  QHash<QString, double> &parts)
{
    Entry &e = entryOf(call);
    const std::vector<Window> windows = windowsOf(call->plan, true);
    const std::size_t k = std::size_t(call->shape.selectors.size());
    const qint64 cutoff = std::max(e.cutoff, call->plan.at - SettleMs);
    std::vector<SeriesSamples> fresh;
    for (std::size_t j = 0; j < k; ++j)
        fresh.push_back(samplesByKey(results[j].value()));
    std::vector<WindowState> next = e.windows;
    bool ok = true;
    for (std::size_t w = 0; w < windows.size() && ok; ++w) {
        std::vector<std::optional<double>> sums;
        for (std::size_t j = 0; j < k && ok; ++j) {
            SeriesSummaries &state = next[w].selectors[j];
            if (leaving[w] >= 0)
                ok = slideStart(state, samplesByKey(results[std::size_t(leaving[w]) + j].value()),
                                windows[w].range.start, e.cutoff);
            sums.push_back(windowSum(state, fresh[j], e.cutoff, windows[w].range, &ok));
            commitFresh(state, fresh[j], e.cutoff, cutoff, &ok);
        }
        next[w].start = windows[w].range.start;
        putParts(parts, call->shape, windows[w].suffix, sums);
    }
    if (!ok)
        return false;
    e.windows = std::move(next);
    e.at = call->plan.at;
    e.cutoff = cutoff;
    return true;
}

void refresh(const CallPtr &call)
{
    Entry &e = entryOf(call);
    e.busy = true;
    const ObjectivePlan &plan = call->plan;
    std::vector<QFuture<Result>> futures;
    for (const QString &sel : call->shape.selectors)
        futures.push_back(call->source->query(rawRead(sel, plan.at - e.cutoff), utc(plan.at)));
    const std::vector<Window> windows = windowsOf(plan, true);
    std::vector<int> leaving(windows.size(), -1);
    for (std::size_t w = 0; w < windows.size(); ++w) {
        const qint64 from = e.windows[w].start;
        const qint64 to = windows[w].range.start;
        if (to == from)
            continue;
        leaving[w] = int(futures.size());
        for (const QString &sel : call->shape.selectors)
            futures.push_back(call->source->query(rawRead(sel, to - from + LookAheadMs), utc(to + LookAheadMs)));
    }
    std::vector<std::pair<qint64, QString>> shortWindows;
    for (const Window &w : windowsOf(plan, false))
        shortWindows.emplace_back(w.range.length(), w.suffix);
    const QString shortQuery = PromEvaluation::eventsQuery(plan.objective, shortWindows);
    if (!shortQuery.isEmpty())
        futures.push_back(call->source->query(shortQuery, utc(plan.at)));
    whenAll(call->context, std::move(futures), [call, leaving, shortQuery](Results &results) {
        Entry &e = entryOf(call);
        e.busy = false;
        if (const SourceError *error = firstFailure(results)) {
            e.valid = false;
            call->done(call->base, *error);
            return;
        }
        QHash<QString, double> parts;
        if (!shortQuery.isEmpty())
            parts = PromEvaluation::partValues(results.back().value());
        if (!advanceState(call, results, leaving, parts)) {
            qCDebug(lcEvaluation, "incremental refresh of %s: a read does not fit the state, reading in full",
                    qPrintable(call->key));
            fullAndBuild(call);
            return;
        }
        ObjectiveResult r = PromEvaluation::countedResult(call->plan, {}, parts, call->sourceName);
        r.read = ObjectiveResult::ReadPath::Incremental;
        call->done(std::move(r), std::nullopt);
    });
}

} // namespace

namespace {

/// Refreshes, builds or reads in full, once the server's version is known (a server of
/// unknown or other version is always read in full).
void proceed(const CallPtr &call)
{
    const ObjectivePlan &plan = call->plan;
    const Entry &e = call->store->entries[call->key];
    if (!call->store->compatible.value_or(false) || e.disabled || e.busy ||
        (e.valid && e.signature == call->signature && plan.at < e.at)) {
        // Read in full and leave the state alone: it stays right for the next refresh.
        call->full(plan, call->base, call->context, call->done);
        return;
    }
    if (e.valid && e.signature == call->signature && advances(e, plan))
        refresh(call);
    else
        fullAndBuild(call);
}

} // namespace

void occurrences(const std::shared_ptr<Store> &store, MetricSource *source, const QString &sourceName,
                 const ObjectivePlan &plan, ObjectiveResult base, QObject *context, const FullRead &full,
                 ResultCallback done)
{
    const QString why = fullReadReason(plan);
    if (!why.isEmpty()) {
        qCDebug(lcEvaluation, "%s/%s is read in full: %s", qPrintable(plan.sla), qPrintable(plan.objective.name),
                qPrintable(why));
        full(plan, std::move(base), context, std::move(done));
        return;
    }
    auto call = std::make_shared<Call>();
    call->store = store;
    call->key = plan.sla + u'/' + plan.objective.name;
    call->source = source;
    call->sourceName = sourceName;
    call->plan = plan;
    call->shape = *shapeOf(plan.objective);
    QStringList suffixes;
    for (const Window &w : windowsOf(plan, true))
        suffixes << w.suffix;
    call->signature =
        call->shape.selectors.join(u'\n') + u'|' + suffixes.join(u',') + (call->shape.numeratorIsBad ? u'b' : u'g');
    call->base = std::move(base);
    call->context = context;
    call->full = full;
    call->done = std::move(done);
    if (store->compatible) {
        proceed(call);
        return;
    }
    auto *prometheus = qobject_cast<PrometheusSource *>(source);
    if (!prometheus) {
        store->compatible = false;
        proceed(call);
        return;
    }
    // Asked once per connection: the server's version decides whether its `increase()` is
    // the one Counters reproduces.
    whenFinished(prometheus->serverVersion(), context, [call](const SourceResult<QString> &version) {
        if (version) {
            call->store->compatible = compatibleVersion(version.value());
            if (!*call->store->compatible)
                qCDebug(lcEvaluation, "server version '%s': every objective is read in full",
                        qPrintable(version.value()));
        }
        proceed(call);
    });
}

} // namespace Sla::Core::PromIncremental
