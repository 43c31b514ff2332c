// SPDX-License-Identifier: Apache-2.0
#include "evaluator.h"

#include "core/document/builtintiers.h"
#include "core/document/texthygiene.h"
#include "core/document/tierresolver.h"
#include "core/evaluation/evaluationplan.h"
#include "core/evaluation/logging.h"
#include "core/evaluation/promevaluation.h"
#include "core/evaluation/readtrace.h"
#include "core/evaluation/recordedevaluation.h"
#include "core/evaluation/retention.h"
#include "core/evaluation/sourceconnection.h"
#include "core/metrics/datadog/datadogsource.h"
#include "core/metrics/futures.h"
#include "core/metrics/prometheus/prometheussource.h"
#include "core/secrets/credentialstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <functional>
#include <limits>

namespace Sla::Core {

namespace {
QString resultKey(const QString &sla, const QString &objective)
{
    return sla + u'\x1f' + objective;
}

void addWarning(EvaluationReport &report, const QString &warning)
{
    if (!report.warnings.contains(warning))
        report.warnings << warning;
}

// How many evaluations a chart's window series may take: a recording is read in process,
// a server answers each evaluation with several queries.
constexpr qint64 RecordedWindowPoints = 241;
constexpr qint64 NetworkWindowPoints = 25;

// The evaluation times of the window series: every step (or coarser, to stay within
// `points`) back from the range's end, so that the last one is exactly the range's end.
std::vector<qint64> windowSeriesTimes(TimeRange range, qint64 stepMs, qint64 points)
{
    const qint64 span = range.end - range.start;
    const qint64 dt = std::max(stepMs, (span + points - 2) / (points - 1));
    std::vector<qint64> times;
    for (qint64 t = range.end; t >= range.start && qint64(times.size()) < points; t -= dt)
        times.push_back(t);
    std::reverse(times.begin(), times.end());
    return times;
}

SourceHealth::State healthState(const SourceError &e)
{
    switch (e.kind) {
    case SourceError::Kind::Unreachable:
    case SourceError::Kind::Timeout:
        return SourceHealth::State::Unreachable;
    case SourceError::Kind::Auth:
        return SourceHealth::State::AuthFailed;
    default:
        return SourceHealth::State::Error;
    }
}
} // namespace

struct Evaluator::Private
{
    Evaluator *q = nullptr;
    Workspace workspace;
    EvaluatorOptions options;
    QList<TierTemplate> builtIns = builtInTiers();
    quint64 job = 0;
    QHash<QString, std::shared_ptr<SourceConnection>> connections; ///< by SourceSpec::key()
    QHash<QString, ObjectiveResult> lastGood;
    QMap<QString, SourceHealth> health;
    CredentialStore *credentials = nullptr;
    QList<QFuture<void>> background;

    /// A planned objective and where its result goes in the report.
    struct Slot
    {
        ObjectivePlan plan;
        int sla = 0;
        int objective = 0;
    };
    /// One running evaluation.
    struct Job
    {
        quint64 id = 0;
        EvaluationReport report;
        QPromise<EvaluationReport> promise;
        int pending = 0;
        QSet<QString> failedKeys; ///< objectives whose source failed (stale carry-over)
        /// How far back each source's data reaches, asked beside its objectives, and the
        /// objectives to check against it when the evaluation finishes.
        QHash<QString, Retention::Horizon> horizons;
        QList<std::pair<QString, Slot>> checks;
        /// The sources' own warnings (a recording's doubtful samples) by SourceSpec::key(),
        /// and the keys in the order the groups were planned, so that the report lists
        /// warnings in the same order whichever source answers first.
        QHash<QString, QStringList> sourceWarnings;
        QStringList groupOrder;
    };

    SourceSpec resolveSource(const QString &name) const;
    const TierTemplate *tierOf(const Sla &sla) const { return findTierTemplate(workspace, builtIns, sla.tier); }
    std::optional<ObjectivePlan> planFor(const QString &sla, const QString &objective, qint64 at) const;
    /// Plans the corrections of `plan` (when they apply) over its window, or over a chart's
    /// `range`, which may reach further back than the window.
    void correct(ObjectivePlan &plan, std::optional<TimeRange> range = std::nullopt) const;
    /// Moves the documents' times of `plan` onto the opened back-end's time line
    /// (ObjectivePlan::timeShiftMs), re-planning its corrections when they moved.
    void rebase(ObjectivePlan &plan, const EvaluationBackend &backend,
                std::optional<TimeRange> range = std::nullopt) const;
    /// SlaResult::annotations of every SLA of the report.
    void addAnnotations(EvaluationReport &report) const;

    /// Fills the window series of `s` (ObjectiveSeries::windowT, windowSli, windowRemaining):
    /// the objective planned and evaluated at each time exactly as evaluate() does, on the
    /// same back-end; then `deliver`.
    void addWindowSeries(ObjectiveSeries s, const QString &sla, const QString &objective, TimeRange range,
                         qint64 stepMs, qint64 points, const std::shared_ptr<EvaluationBackend> &backend,
                         const std::function<void(const ObjectiveSeries &)> &deliver);
    /// The objective planned as evaluate() does at the range's end, with the chart's range
    /// as its window (ObjectiveSeries::rangeSli, rangeBudgetSpent).
    std::optional<ObjectivePlan> rangePlan(const QString &sla, const QString &objective, TimeRange range,
                                           const EvaluationBackend &backend) const;

    void setHealth(const QString &source, SourceHealth::State state, const QString &message);
    std::shared_ptr<SourceConnection> connection(const SourceSpec &spec);
    void track(const QFuture<void> &f)
    {
        background.removeIf([](const QFuture<void> &b) { return b.isFinished(); });
        background << f;
    }

    void runGroup(const std::shared_ptr<Job> &job, const SourceSpec &spec, const QList<Slot> &items);
    void evaluateGroup(const std::shared_ptr<Job> &job, const SourceSpec &spec, const QList<Slot> &items,
                       const std::shared_ptr<EvaluationBackend> &backend, bool reportAnswered);
    void askHorizon(const std::shared_ptr<Job> &job, const SourceSpec &spec, const QList<Slot> &items,
                    const std::shared_ptr<EvaluationBackend> &backend);
    void markPartial(const std::shared_ptr<Job> &job) const;
    qint64 nowMs() const
    {
        return options.clock ? options.clock().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    }
    void failGroup(const std::shared_ptr<Job> &job, const SourceSpec &spec, const QList<Slot> &items,
                   const QString &message, bool sourceFailed);
    void deliver(const std::shared_ptr<Job> &job, const Slot &slot, ObjectiveResult result, bool sourceFailed);
    void groupDone(const std::shared_ptr<Job> &job);
    void finish(const std::shared_ptr<Job> &job);
};

SourceSpec Evaluator::Private::resolveSource(const QString &name) const
{
    SourceSpec spec;
    if (!options.recordedFile.isEmpty()) {
        spec.name = QFileInfo(options.recordedFile).fileName();
        spec.config.type = DataSourceType::Recorded;
        spec.config.file = QFileInfo(options.recordedFile).absoluteFilePath();
        return spec;
    }
    if (!options.prometheusUrl.isEmpty()) {
        // The URL names the source in messages and reports: never with its password.
        spec.name = TextHygiene::withoutPassword(options.prometheusUrl);
        spec.config.metadata.name = spec.name;
        spec.config.type = DataSourceType::Prometheus;
        spec.config.url = options.prometheusUrl;
        return spec;
    }
    spec.name = name;
    if (name.isEmpty()) {
        spec.error = tr("the objective has no data source; set `dataSource` on the SLA or the objective");
        return spec;
    }
    const DataSource *ds = workspace.findDataSource(name);
    if (!ds) {
        spec.error = tr("no DataSource named '%1' in the workspace").arg(name);
        return spec;
    }
    spec.config = *ds;
    if (!SourceConnection::supports(ds->type))
        spec.error = tr("data source '%1' has type '%2', which SLA Desk cannot query").arg(name, ds->typeName);
    return spec;
}

std::optional<ObjectivePlan> Evaluator::Private::planFor(const QString &slaName, const QString &objective,
                                                         qint64 at) const
{
    for (int i = 0; i < workspace.slas.size(); ++i) {
        const Sla &sla = workspace.slas.at(i);
        if (sla.metadata.name != slaName)
            continue;
        const TierTemplate *tier = tierOf(sla);
        const Sla resolved = resolveSla(sla, tier);
        for (int j = 0; j < resolved.objectives.size(); ++j) {
            if (resolved.objectives.at(j).name != objective)
                continue;
            ObjectivePlan plan = EvaluationPlan::plan(resolved, i, j, tier ? tier->atRisk : Budget::DefaultAtRisk, at);
            correct(plan);
            return plan;
        }
    }
    return std::nullopt;
}

void Evaluator::Private::correct(ObjectivePlan &plan, std::optional<TimeRange> range) const
{
    if (!options.applyCorrections || !plan.error.isEmpty())
        return;
    const TimeRange window = plan.range;
    plan.range = range.value_or(window);
    EvaluationPlan::applyCorrections(plan, workspace.corrections);
    plan.range = window;
}

void Evaluator::Private::rebase(ObjectivePlan &plan, const EvaluationBackend &backend,
                                std::optional<TimeRange> range) const
{
    const qint64 shift = backend.documentTimeShiftMs();
    if (shift == plan.timeShiftMs)
        return;
    plan.timeShiftMs = shift;
    correct(plan, range);
}

void Evaluator::Private::addAnnotations(EvaluationReport &report) const
{
    for (SlaResult &sla : report.slas) {
        for (const Annotation &a : workspace.annotations) {
            if (!a.time.isValid() || !a.slas.contains(sla.name))
                continue;
            for (const ObjectiveResult &o : std::as_const(sla.objectives)) {
                if (!o.windowStart.isValid() || (!a.objectives.isEmpty() && !a.objectives.contains(o.name)))
                    continue;
                Annotation placed = a;
                placed.time = a.time.addMSecs(o.timeShiftMs);
                if (a.end)
                    placed.end = a.end->addMSecs(o.timeShiftMs);
                const QDateTime last = placed.end ? std::max(*placed.end, placed.time) : placed.time;
                if (last < o.windowStart || placed.time > o.windowEnd)
                    continue;
                sla.annotations << placed;
                break;
            }
        }
    }
}

std::optional<ObjectivePlan> Evaluator::Private::rangePlan(const QString &sla, const QString &objective,
                                                           TimeRange range, const EvaluationBackend &backend) const
{
    std::optional<ObjectivePlan> plan = planFor(sla, objective, range.end);
    if (!plan || !plan->error.isEmpty())
        return std::nullopt;
    plan->range = range;
    if (plan->isTimeslices()) {
        plan->slices = EvaluationBackend::chartSlices(*plan, range);
        plan->slicesInWindow = int(plan->slices.size());
    }
    correct(*plan);
    rebase(*plan, backend);
    return plan;
}

namespace {
// The share of the SLA window's error budget (at the range's end) that the range's bad
// events or slices used: the range's own consumption scaled by its allowance over the
// window's (events for occurrences, slices for timeslices).
std::optional<double> budgetSpentIn(const ObjectiveResult &inRange, const ObjectivePlan &rangePlan,
                                    const ObjectiveResult &window, const ObjectivePlan &windowPlan)
{
    if (!inRange.consumed)
        return std::nullopt;
    if (rangePlan.isTimeslices()) {
        if (windowPlan.slicesInWindow <= 0)
            return std::nullopt;
        return *inRange.consumed * double(rangePlan.slicesInWindow) / double(windowPlan.slicesInWindow);
    }
    if (!inRange.total || !window.total || *window.total <= 0)
        return std::nullopt;
    return *inRange.consumed * *inRange.total / *window.total;
}
} // namespace

void Evaluator::Private::addWindowSeries(ObjectiveSeries s, const QString &sla, const QString &objective,
                                         TimeRange range, qint64 stepMs, qint64 points,
                                         const std::shared_ptr<EvaluationBackend> &backend,
                                         const std::function<void(const ObjectiveSeries &)> &deliver)
{
    std::vector<ObjectivePlan> plans;
    for (const qint64 t : windowSeriesTimes(range, stepMs, points)) {
        std::optional<ObjectivePlan> plan = planFor(sla, objective, t);
        if (!plan)
            continue;
        rebase(*plan, *backend);
        s.windowT.push_back(double(t));
        plans.push_back(std::move(*plan));
    }
    if (plans.empty()) {
        deliver(s);
        return;
    }
    // The last window plan is at the range's end; one more evaluates the range itself.
    const std::size_t windows = plans.size();
    if (std::optional<ObjectivePlan> own = rangePlan(sla, objective, range, *backend))
        plans.push_back(std::move(*own));
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    s.windowSli.assign(plans.size(), nan);
    s.windowRemaining.assign(plans.size(), nan);
    struct State
    {
        ObjectiveSeries series;
        std::size_t pending = 0;
        ObjectiveResult last;    ///< the window as of the range's end
        ObjectiveResult inRange; ///< the range as the window
    };
    auto state = std::make_shared<State>(State{std::move(s), plans.size(), {}, {}});
    auto shared = std::make_shared<std::vector<ObjectivePlan>>(plans);
    backend->evaluateAll(
        plans, q, [state, shared, windows, deliver](std::size_t i, ObjectiveResult r, std::optional<SourceError>) {
            ObjectiveSeries &out = state->series;
            if (i < windows && i < out.windowT.size()) {
                out.windowSli[i] = r.sli.value_or(std::numeric_limits<double>::quiet_NaN());
                out.windowRemaining[i] = r.remaining.value_or(std::numeric_limits<double>::quiet_NaN());
            }
            if (i + 1 == windows)
                state->last = r;
            else if (i == windows)
                state->inRange = std::move(r);
            if (--state->pending != 0)
                return;
            if (shared->size() > windows) {
                out.rangeSli = state->inRange.sli;
                out.rangeBudgetSpent =
                    budgetSpentIn(state->inRange, (*shared)[windows], state->last, (*shared)[windows - 1]);
            }
            deliver(out);
        });
}

void Evaluator::Private::setHealth(const QString &source, SourceHealth::State state, const QString &message)
{
    SourceHealth h{state, message, QDateTime::currentDateTimeUtc()};
    const SourceHealth old = health.value(source);
    health.insert(source, h);
    if (old.state != h.state || old.message != h.message)
        Q_EMIT q->sourceHealthChanged(source, h);
}

std::shared_ptr<SourceConnection> Evaluator::Private::connection(const SourceSpec &spec)
{
    std::shared_ptr<SourceConnection> &c = connections[spec.key()];
    if (!c) {
        BackendEnvironment environment;
        environment.options = options;
        environment.owner = q;
        environment.credentials = [this] {
            if (!credentials) {
                credentials = new CredentialStore(q);
                credentials->setServiceName(options.keychainService);
            }
            return credentials;
        };
        environment.healthChanged = [this](const QString &source, const SourceHealth &h) {
            setHealth(source, h.state, h.message);
        };
        environment.track = [this](const QFuture<void> &f) { track(f); };
        c = SourceConnection::create(spec, environment);
    }
    return c;
}

void Evaluator::Private::deliver(const std::shared_ptr<Job> &job, const Slot &slot, ObjectiveResult result,
                                 bool sourceFailed)
{
    if (sourceFailed)
        job->failedKeys.insert(resultKey(slot.plan.sla, slot.plan.objective.name));
    job->report.slas[slot.sla].objectives[slot.objective] = std::move(result);
}

void Evaluator::Private::askHorizon(const std::shared_ptr<Job> &job, const SourceSpec &spec, const QList<Slot> &items,
                                    const std::shared_ptr<EvaluationBackend> &backend)
{
    for (const Slot &slot : items)
        job->checks << std::pair{spec.name, slot};
    // Asked once the objectives are answered, never before or beside their queries: a
    // failing server costs no second request (and a misbehaving one cannot stall the
    // queries). The job waits for the answer as for a group.
    ++job->pending;
    backend->dataHorizon(q, [this, job, name = spec.name](const Retention::Horizon &horizon) {
        job->horizons.insert(name, horizon);
        groupDone(job);
    });
}

void Evaluator::Private::markPartial(const std::shared_ptr<Job> &job) const
{
    // Per source, the objective reading furthest back names the source's one warning.
    QMap<QString, const Slot *> furthest;
    for (const auto &[source, slot] : std::as_const(job->checks)) {
        ObjectiveResult &result = job->report.slas[slot.sla].objectives[slot.objective];
        const Retention::Horizon horizon = job->horizons.value(source);
        if (!result.error.isEmpty() || !Retention::isPartial(slot.plan, horizon, nowMs()))
            continue;
        result.partial = true;
        const Slot *&named = furthest[source];
        if (!named || Retention::readsFurther(slot.plan, named->plan, horizon.referenceShiftMs))
            named = &slot;
    }
    for (auto it = furthest.cbegin(); it != furthest.cend(); ++it)
        job->report.warnings << Retention::warning(it.key(), job->horizons.value(it.key()), nowMs(), it.value()->plan);
}

void Evaluator::Private::groupDone(const std::shared_ptr<Job> &job)
{
    // Always finish from the event loop, never inside evaluate() itself: a caller that
    // starts two evaluations back to back sees the first one superseded, deterministically.
    if (--job->pending == 0)
        QMetaObject::invokeMethod(
            q, [this, job] { finish(job); }, Qt::QueuedConnection);
}

void Evaluator::Private::finish(const std::shared_ptr<Job> &job)
{
    const bool current = job->id == this->job;
    job->report.superseded = !current;
    markPartial(job);
    addAnnotations(job->report);
    for (const QString &key : std::as_const(job->groupOrder)) {
        for (const QString &w : job->sourceWarnings.value(key))
            addWarning(job->report, w);
    }
    for (SlaResult &sla : job->report.slas) {
        for (ObjectiveResult &o : sla.objectives) {
            for (const QString &w : std::as_const(o.warnings)) // this evaluation's, before any carry-over
                addWarning(job->report, w);
            const QString key = resultKey(sla.name, o.name);
            if (job->failedKeys.contains(key)) {
                // The source failed: show the last good figures, marked stale, never as current.
                const auto old = lastGood.constFind(key);
                if (old != lastGood.constEnd()) {
                    const QString error = o.error;
                    o = *old;
                    o.error = error;
                    o.stale = true;
                }
            } else if (current && o.error.isEmpty()) {
                lastGood.insert(key, o);
            }
        }
    }
    job->promise.addResult(job->report);
    job->promise.finish();
}

void Evaluator::Private::failGroup(const std::shared_ptr<Job> &job, const SourceSpec &spec, const QList<Slot> &items,
                                   const QString &message, bool sourceFailed)
{
    if (sourceFailed)
        job->report.sourceErrors.insert(spec.name, message);
    for (const Slot &s : items) {
        ObjectiveResult r = EvaluationPlan::emptyResult(s.plan);
        r.error = message;
        deliver(job, s, r, sourceFailed);
    }
    groupDone(job);
}

void Evaluator::Private::runGroup(const std::shared_ptr<Job> &job, const SourceSpec &spec, const QList<Slot> &items)
{
    if (!spec.error.isEmpty()) {
        failGroup(job, spec, items, spec.error, false);
        return;
    }
    connection(spec)->open(q, [this, job, spec, items](const SourceConnection::Opened &opened) {
        if (!opened.backend) {
            setHealth(spec.name, opened.health, opened.message);
            failGroup(job, spec, items, opened.message, true);
            return;
        }
        job->sourceWarnings.insert(spec.key(), opened.backend->warnings());
        const bool reportAnswered = opened.health == SourceHealth::State::Unknown;
        if (!reportAnswered)
            setHealth(spec.name, opened.health, opened.message);
        QList<Slot> placed = items;
        for (Slot &slot : placed)
            rebase(slot.plan, *opened.backend);
        evaluateGroup(job, spec, placed, opened.backend, reportAnswered);
    });
}

void Evaluator::Private::evaluateGroup(const std::shared_ptr<Job> &job, const SourceSpec &spec,
                                       const QList<Slot> &items, const std::shared_ptr<EvaluationBackend> &backend,
                                       bool reportAnswered)
{
    if (items.isEmpty()) {
        groupDone(job);
        return;
    }
    std::vector<ObjectivePlan> plans;
    for (const Slot &s : items)
        plans.push_back(s.plan);
    auto pending = std::make_shared<qsizetype>(items.size());
    backend->evaluateAll(plans, q,
                         [this, job, items, spec, pending, reportAnswered, backend](std::size_t i, ObjectiveResult r,
                                                                                    std::optional<SourceError> e) {
                             if (e) {
                                 if (!job->report.sourceErrors.contains(spec.name))
                                     job->report.sourceErrors.insert(spec.name, r.error);
                                 setHealth(spec.name, healthState(*e), r.error);
                             }
                             deliver(job, items.at(qsizetype(i)), std::move(r), e.has_value());
                             if (--*pending > 0)
                                 return;
                             const bool answered = !job->report.sourceErrors.contains(spec.name);
                             if (reportAnswered && answered)
                                 setHealth(spec.name, SourceHealth::State::Ok, tr("queries answered"));
                             if (answered)
                                 askHorizon(job, spec, items, backend);
                             groupDone(job);
                         });
}

Evaluator::Evaluator(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
}

Evaluator::~Evaluator()
{
    // Delete the sources while this object is still whole: their pending calls finish
    // with Cancelled, and the continuations registered with this object as context must
    // find it alive (Qt asserts on a destroyed context). Their queued deliveries are
    // dropped with this object. The in-process computations hold their own copies and are
    // awaited here.
    d->connections.clear();
    for (QFuture<void> &f : d->background)
        f.waitForFinished();
}

void Evaluator::setWorkspace(const Workspace &workspace, const EvaluatorOptions &options)
{
    d->workspace = workspace;
    d->options = options;
    d->connections.clear();
    d->lastGood.clear();
    ++d->job; // results of evaluations still running belong to the old workspace
}

const Workspace &Evaluator::workspace() const
{
    return d->workspace;
}

QFuture<EvaluationReport> Evaluator::evaluate(const QDateTime &at)
{
    auto job = std::make_shared<Private::Job>();
    job->id = ++d->job;
    job->promise.start();
    const QDateTime when = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 atMs = when.toMSecsSinceEpoch();
    job->report.at = when;

    QHash<QString, std::pair<SourceSpec, QList<Private::Slot>>> groups;
    QStringList order;
    for (int i = 0; i < d->workspace.slas.size(); ++i) {
        const Sla &sla = d->workspace.slas.at(i);
        const TierTemplate *tier = d->tierOf(sla);
        const Sla resolved = resolveSla(sla, tier);
        SlaResult s;
        s.name = sla.metadata.name;
        s.displayName = sla.metadata.displayName;
        s.service = sla.service;
        s.tier = sla.tier;
        s.owner = sla.owner;
        s.atRisk = tier ? tier->atRisk : Budget::DefaultAtRisk;
        QList<Private::Slot> items;
        for (int j = 0; j < resolved.objectives.size(); ++j) {
            ObjectivePlan plan = EvaluationPlan::plan(resolved, i, j, s.atRisk, atMs);
            d->correct(plan);
            plan.incremental = d->options.incremental;
            if (!d->options.onlySource.isEmpty() && plan.sourceName != d->options.onlySource)
                continue;
            s.objectives << EvaluationPlan::emptyResult(plan);
            items << Private::Slot{plan, int(job->report.slas.size()), int(s.objectives.size() - 1)};
        }
        if (!d->options.onlySource.isEmpty() && s.objectives.isEmpty())
            continue;
        job->report.slas << s;
        for (const Private::Slot &slot : items) {
            const SourceSpec spec = d->resolveSource(slot.plan.sourceName);
            auto it = groups.find(spec.key());
            if (it == groups.end()) {
                it = groups.insert(spec.key(), {spec, {}});
                order << spec.key();
            }
            it->second << slot;
        }
    }

    qCDebug(lcEvaluation, "evaluation %llu at %s: %lld SLAs, %lld data sources", qulonglong(job->id),
            qPrintable(when.toString(Qt::ISODate)), qint64(job->report.slas.size()), qint64(order.size()));
    QFuture<EvaluationReport> future = job->promise.future();
    job->groupOrder = order;
    job->pending = int(order.size()) + 1; // +1: released below, after every group has started
    for (const QString &key : order) {
        const auto &[spec, items] = groups.value(key);
        d->runGroup(job, spec, items);
    }
    d->groupDone(job);
    return future;
}

QFuture<ObjectiveSeries> Evaluator::series(const QString &sla, const QString &objective, const QDateTime &from,
                                           const QDateTime &to, qint64 stepMs, bool windowSeries)
{
    const qint64 toMs = to.isValid() ? to.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    std::optional<ObjectivePlan> plan = d->planFor(sla, objective, toMs);
    ObjectiveSeries failed;
    if (!plan) {
        failed.error = tr("no objective '%1' in SLA '%2'").arg(objective, sla);
        return readyFuture(failed);
    }
    const TimeRange range{from.isValid() ? from.toMSecsSinceEpoch() : plan->range.start, toMs};
    if (stepMs <= 0 || range.end <= range.start) {
        failed.error = tr("a chart needs a start before its end and a positive step");
        return readyFuture(failed);
    }
    // The chart leaves out the corrections inside its own range, which may reach further
    // back than the window ending at `to`.
    d->correct(*plan, range);
    const SourceSpec spec = d->resolveSource(plan->sourceName);
    if (!spec.error.isEmpty()) {
        failed.error = spec.error;
        return readyFuture(failed);
    }
    auto promise = std::make_shared<QPromise<ObjectiveSeries>>();
    promise->start();
    auto deliver = [promise](const ObjectiveSeries &s) {
        promise->addResult(s);
        promise->finish();
    };
    const qint64 points = !windowSeries                                  ? 0
                          : spec.config.type == DataSourceType::Recorded ? RecordedWindowPoints
                                                                         : NetworkWindowPoints;
    d->connection(spec)->open(this, [this, plan = *plan, range, stepMs, points, sla, objective,
                                     deliver](const SourceConnection::Opened &opened) {
        if (!opened.backend) {
            ObjectiveSeries s;
            s.error = opened.message;
            deliver(s);
            return;
        }
        ObjectivePlan placed = plan;
        d->rebase(placed, *opened.backend, range);
        const std::shared_ptr<EvaluationBackend> backend = opened.backend;
        backend->series(placed, range, stepMs, this,
                        [this, deliver, shift = placed.timeShiftMs, sla, objective, range, stepMs, points,
                         backend](ObjectiveSeries s) {
                            s.timeShiftMs = shift;
                            if (!s.error.isEmpty() || points == 0) {
                                deliver(s);
                                return;
                            }
                            d->addWindowSeries(std::move(s), sla, objective, range, stepMs, points, backend, deliver);
                        });
    });
    return promise->future();
}

namespace {

// What recorded counters report their increase over in a trace: the window, then each
// correction interval.
std::vector<TimeRange> traceRanges(const ObjectivePlan &plan)
{
    std::vector<TimeRange> ranges{plan.range};
    for (const ObjectivePlan::PlannedCorrection &c : plan.corrections)
        ranges.insert(ranges.end(), c.intervals.begin(), c.intervals.end());
    return ranges;
}

} // namespace

QFuture<Explanation> Evaluator::explain(const QString &sla, const QString &objective, const QDateTime &at)
{
    const QDateTime when = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    std::optional<ObjectivePlan> plan = d->planFor(sla, objective, when.toMSecsSinceEpoch());
    if (!plan) {
        Explanation failed;
        failed.sla = sla;
        failed.objective = objective;
        failed.at = when;
        failed.error = tr("no objective '%1' in SLA '%2'").arg(objective, sla);
        return readyFuture(failed);
    }
    const auto trace = std::make_shared<ReadTrace>(traceRanges(*plan));
    plan->trace = trace;
    const bool corrections = d->options.applyCorrections;
    auto promise = std::make_shared<QPromise<Explanation>>();
    promise->start();
    auto deliver = [promise, trace, corrections](const ObjectivePlan &p, const ObjectiveResult &r, bool failed) {
        Explanation x = Explain::build(p, r, trace->reads(), corrections);
        x.sourceFailed = failed;
        promise->addResult(std::move(x));
        promise->finish();
    };
    const SourceSpec spec = d->resolveSource(plan->sourceName);
    if (!spec.error.isEmpty()) {
        ObjectiveResult r = EvaluationPlan::emptyResult(*plan);
        r.error = spec.error;
        deliver(*plan, r, false);
        return promise->future();
    }
    d->connection(spec)->openTraced(this, trace, [this, plan = *plan, deliver](const SourceConnection::Opened &opened) {
        if (!opened.backend) {
            ObjectiveResult r = EvaluationPlan::emptyResult(plan);
            r.error = opened.message;
            deliver(plan, r, true);
            return;
        }
        ObjectivePlan placed = plan;
        d->rebase(placed, *opened.backend);
        placed.trace->setRanges(traceRanges(placed));
        // evaluateAll(), as evaluate() uses: recorded data is computed off this thread.
        opened.backend->evaluateAll(
            {placed}, this,
            [placed, deliver, tracer = opened.tracer](std::size_t, ObjectiveResult r, std::optional<SourceError> e) {
                if (tracer)
                    tracer->deleteLater();
                deliver(placed, r, e.has_value());
            });
    });
    return promise->future();
}

QMap<QString, SourceHealth> Evaluator::sourceHealth() const
{
    return d->health;
}

} // namespace Sla::Core
