// SPDX-License-Identifier: Apache-2.0
#include "evaluator.h"

#include "core/document/builtintiers.h"
#include "core/document/tierresolver.h"
#include "core/evaluation/datadogevaluation.h"
#include "core/evaluation/evaluationplan.h"
#include "core/evaluation/promevaluation.h"
#include "core/evaluation/recordedevaluation.h"
#include "core/metrics/datadog/datadogsource.h"
#include "core/metrics/futures.h"
#include "core/document/texthygiene.h"
#include "core/metrics/prometheus/prometheussource.h"
#include "core/secrets/credentialstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace Sla::Core {

namespace {
/// Where an objective's data comes from, after the --prometheus / --recorded overrides.
struct SourceSpec
{
    enum class Kind { Recorded, Prometheus, Datadog, Invalid };
    Kind kind = Kind::Invalid;
    QString name;      ///< shown in messages and used for health and secrets
    DataSource config; ///< Prometheus, Datadog: the connection details
    QString file;      ///< Recorded: absolute path
    bool alignToNow = false;
    QString error; ///< Invalid: why the objective has no usable source

    QString key() const { return QString::number(int(kind)) + u'\x1f' + name + u'\x1f' + file + u'\x1f' + config.url; }
};

QString resultKey(const QString &sla, const QString &objective)
{
    return sla + u'\x1f' + objective;
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
    QHash<QString, QFuture<RecordedEvaluation::LoadOutcome>> recordings;
    QHash<QString, MetricSource *> sources; ///< by SourceSpec::key(); children of q
    QHash<QString, ObjectiveResult> lastGood;
    QMap<QString, SourceHealth> health;
    CredentialStore *credentials = nullptr;
    QList<QFuture<void>> background;

    /// One running evaluation.
    struct Job
    {
        quint64 id = 0;
        EvaluationReport report;
        QPromise<EvaluationReport> promise;
        int pending = 0;
        QSet<QString> failedKeys; ///< objectives whose source failed (stale carry-over)
    };
    /// A planned objective and where its result goes in the report.
    struct Slot
    {
        ObjectivePlan plan;
        int sla = 0;
        int objective = 0;
    };

    SourceSpec resolveSource(const QString &name) const;
    const TierTemplate *tierOf(const Sla &sla) const { return findTierTemplate(workspace, builtIns, sla.tier); }
    std::optional<ObjectivePlan> planFor(const QString &sla, const QString &objective, qint64 at) const;

    void setHealth(const QString &source, SourceHealth::State state, const QString &message);
    QFuture<RecordedEvaluation::LoadOutcome> recording(const SourceSpec &spec);
    void withSource(const SourceSpec &spec, std::function<void(MetricSource *, QString)> then);
    void track(const QFuture<void> &f)
    {
        background.removeIf([](const QFuture<void> &b) { return b.isFinished(); });
        background << f;
    }

    void runGroup(const std::shared_ptr<Job> &job, const SourceSpec &spec, const QList<Slot> &items);
    void deliver(const std::shared_ptr<Job> &job, const Slot &slot, ObjectiveResult result, bool sourceFailed);
    void groupDone(const std::shared_ptr<Job> &job);
    void finish(const std::shared_ptr<Job> &job);
};

SourceSpec Evaluator::Private::resolveSource(const QString &name) const
{
    SourceSpec spec;
    if (!options.recordedFile.isEmpty()) {
        spec.kind = SourceSpec::Kind::Recorded;
        spec.file = QFileInfo(options.recordedFile).absoluteFilePath();
        spec.name = QFileInfo(options.recordedFile).fileName();
        return spec;
    }
    if (!options.prometheusUrl.isEmpty()) {
        spec.kind = SourceSpec::Kind::Prometheus;
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
    switch (ds->type) {
    case DataSourceType::Recorded: {
        spec.kind = SourceSpec::Kind::Recorded;
        spec.alignToNow = ds->alignToNow;
        if (QFileInfo(ds->file).isAbsolute()) {
            spec.file = ds->file;
        } else {
            // Relative to the workspace folder; failing that, to the DataSource's own file.
            const QString inWorkspace =
                QDir(options.workspaceDir.isEmpty() ? QStringLiteral(".") : options.workspaceDir)
                    .absoluteFilePath(ds->file);
            const QString besideDocument =
                ds->origin.self.file.isEmpty()
                    ? QString()
                    : QFileInfo(ds->origin.self.file).absoluteDir().absoluteFilePath(ds->file);
            spec.file = QFileInfo::exists(inWorkspace) || besideDocument.isEmpty() || !QFileInfo::exists(besideDocument)
                            ? inWorkspace
                            : besideDocument;
        }
        break;
    }
    case DataSourceType::Prometheus:
        spec.kind = SourceSpec::Kind::Prometheus;
        break;
    case DataSourceType::Datadog:
        spec.kind = SourceSpec::Kind::Datadog;
        break;
    case DataSourceType::Other:
        spec.error = tr("data source '%1' has type '%2', which SLA Desk cannot query").arg(name, ds->typeName);
        break;
    }
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
            if (resolved.objectives.at(j).name == objective)
                return EvaluationPlan::plan(resolved, i, j, tier ? tier->atRisk : Budget::DefaultAtRisk, at);
        }
    }
    return std::nullopt;
}

void Evaluator::Private::setHealth(const QString &source, SourceHealth::State state, const QString &message)
{
    SourceHealth h{state, message, QDateTime::currentDateTimeUtc()};
    const SourceHealth old = health.value(source);
    health.insert(source, h);
    if (old.state != h.state || old.message != h.message)
        Q_EMIT q->sourceHealthChanged(source, h);
}

QFuture<RecordedEvaluation::LoadOutcome> Evaluator::Private::recording(const SourceSpec &spec)
{
    const qint64 now = options.alignTo.isValid() ? options.alignTo.toMSecsSinceEpoch()
        : options.clock                              ? options.clock().toMSecsSinceEpoch()
                                                     : QDateTime::currentMSecsSinceEpoch();
    const QString key = spec.file + (spec.alignToNow ? QStringLiteral("#aligned") : QStringLiteral("#asis"));
    auto it = recordings.find(key);
    if (it != recordings.end()) {
        // A failed load is retried (the file may have been fixed).
        if (!it->isFinished())
            return *it;
        if (const std::shared_ptr<const RecordedEvaluation::Recording> old = it->result().recording) {
            const qint64 delta = spec.alignToNow ? old->store.alignToNowOffset(now) : 0;
            if (delta == 0)
                return *it;
            // The clock moved on by a step or more: replay the recording so that it ends now
            // again (a dashboard left open all day must not drift into "no data"). The
            // cached recording is shared and immutable; shift a copy off the GUI thread.
            QFuture<RecordedEvaluation::LoadOutcome> f = QtConcurrent::run([old, delta] {
                auto moved = std::make_shared<RecordedEvaluation::Recording>(*old);
                moved->store.shift(delta);
                moved->offsetMs += delta;
                return RecordedEvaluation::LoadOutcome{std::shared_ptr<const RecordedEvaluation::Recording>(moved), {}};
            });
            track(QFuture<void>(f));
            recordings.insert(key, f);
            return f;
        }
    }
    const QString file = spec.file;
    const bool align = spec.alignToNow;
    const QString name = spec.name;
    QFuture<RecordedEvaluation::LoadOutcome> f =
        QtConcurrent::run([file, align, now, name] { return RecordedEvaluation::load(file, align, now, name); });
    // Awaited by the destructor: continuations with this evaluator as context must not
    // outlive it.
    track(QFuture<void>(f));
    recordings.insert(key, f);
    return f;
}

void Evaluator::Private::withSource(const SourceSpec &spec, std::function<void(MetricSource *, QString)> then)
{
    if (MetricSource *s = sources.value(spec.key())) {
        then(s, {});
        return;
    }
    auto create = [this, spec, then](const SourceSecret &secret) {
        MetricSource *source = nullptr;
        if (spec.kind == SourceSpec::Kind::Datadog)
            source = new DatadogSource(spec.config, secret.apiKey, secret.appKey, q);
        else
            source = new PrometheusSource(spec.config, secret.secret, q);
        const QString name = spec.name;
        QObject::connect(source, &MetricSource::healthChanged, q,
                         [this, name](const SourceHealth &h) { setHealth(name, h.state, h.message); });
        sources.insert(spec.key(), source);
        then(source, {});
    };
    const bool datadog = spec.kind == SourceSpec::Kind::Datadog;
    if (!datadog && spec.config.auth == AuthType::None) {
        create({});
        return;
    }
    if (const auto env = CredentialStore::fromEnvironment(spec.name, spec.config.type)) {
        create(*env);
        return;
    }
    const QString missing =
        datadog ? tr("Datadog data source '%1' needs an API key and an application key: store them with "
                     "`slactl credentials set %1` (two lines: API key, then application key) or set %2 "
                     "(the same two lines) or DD_API_KEY and DD_APP_KEY")
                      .arg(spec.name, CredentialStore::environmentVariable(spec.name))
                : tr("data source '%1' needs a secret (auth %2): store it with `slactl credentials set %1` "
                     "or set %3")
                      .arg(spec.name, toString(spec.config.auth), CredentialStore::environmentVariable(spec.name));
    if (!options.useKeychain) {
        then(nullptr, missing);
        return;
    }
    if (!credentials) {
        credentials = new CredentialStore(q);
        credentials->setServiceName(options.keychainService);
    }
    whenFinished(credentials->read(options.workspaceDir, spec.name), q,
                 [create, then, missing, spec](const CredentialResult &r) {
            if (r.ok())
                create(CredentialStore::parse(r.secret, spec.config.type));
            else
                then(nullptr, r.status == CredentialResult::Status::NotFound
                                  ? missing
                                  : tr("data source '%1': %2").arg(spec.name, r.message));
        });
}

void Evaluator::Private::deliver(const std::shared_ptr<Job> &job, const Slot &slot, ObjectiveResult result,
                                 bool sourceFailed)
{
    if (sourceFailed)
        job->failedKeys.insert(resultKey(slot.plan.sla, slot.plan.objective.name));
    job->report.slas[slot.sla].objectives[slot.objective] = std::move(result);
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
    for (SlaResult &sla : job->report.slas) {
        for (ObjectiveResult &o : sla.objectives) {
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

void Evaluator::Private::runGroup(const std::shared_ptr<Job> &job, const SourceSpec &spec, const QList<Slot> &items)
{
    auto failAll = [this, job, items, spec](const QString &message) {
        job->report.sourceErrors.insert(spec.name, message);
        for (const Slot &s : items) {
            ObjectiveResult r = EvaluationPlan::emptyResult(s.plan);
            r.error = message;
            deliver(job, s, r, true);
        }
        groupDone(job);
    };

    switch (spec.kind) {
    case SourceSpec::Kind::Invalid:
        for (const Slot &s : items) {
            ObjectiveResult r = EvaluationPlan::emptyResult(s.plan);
            r.error = spec.error;
            deliver(job, s, r, false);
        }
        groupDone(job);
        return;
    case SourceSpec::Kind::Recorded: {
        whenFinished(recording(spec), q, [this, job, items, spec, failAll](const RecordedEvaluation::LoadOutcome &loaded) {
            if (!loaded.recording) {
                setHealth(spec.name, SourceHealth::State::Error, loaded.error);
                failAll(loaded.error);
                return;
            }
            setHealth(spec.name, SourceHealth::State::Ok, tr("recording loaded"));
            QList<ObjectivePlan> plans;
            for (const Slot &s : items)
                plans << s.plan;
            const std::shared_ptr<const RecordedEvaluation::Recording> rec = loaded.recording;
            QFuture<QList<ObjectiveResult>> computed = QtConcurrent::run([rec, plans] {
                QList<ObjectiveResult> out;
                for (const ObjectivePlan &p : plans)
                    out << RecordedEvaluation::evaluate(*rec, p);
                return out;
            });
            track(QFuture<void>(computed));
            whenFinished(computed, q, [this, job, items](const QList<ObjectiveResult> &results) {
                for (int i = 0; i < items.size(); ++i)
                    deliver(job, items.at(i), results.at(i), false);
                groupDone(job);
            });
        });
        return;
    }
    case SourceSpec::Kind::Prometheus:
    case SourceSpec::Kind::Datadog:
        withSource(spec, [this, job, items, spec, failAll](MetricSource *source, const QString &error) {
            if (!source) {
                setHealth(spec.name, SourceHealth::State::AuthFailed, error);
                failAll(error);
                return;
            }
            auto pending = std::make_shared<int>(int(items.size()));
            // Datadog: the objectives of one evaluation share identical requests.
            auto cache = std::make_shared<DatadogEvaluation::RequestCache>();
            for (const Slot &slot : items) {
                auto onResult = [this, job, slot, spec, pending](ObjectiveResult r, std::optional<SourceError> e) {
                    if (e) {
                        if (!job->report.sourceErrors.contains(spec.name))
                            job->report.sourceErrors.insert(spec.name, r.error);
                        setHealth(spec.name, healthState(*e), r.error);
                    }
                    deliver(job, slot, std::move(r), e.has_value());
                    if (--*pending == 0) {
                        if (!job->report.sourceErrors.contains(spec.name))
                            setHealth(spec.name, SourceHealth::State::Ok, tr("queries answered"));
                        groupDone(job);
                    }
                };
                if (spec.kind == SourceSpec::Kind::Datadog)
                    DatadogEvaluation::evaluate(source, slot.plan, q, onResult, cache);
                else
                    PromEvaluation::evaluate(source, slot.plan, q, onResult);
            }
            if (items.isEmpty())
                groupDone(job);
        });
        return;
    }
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
    qDeleteAll(d->sources);
    d->sources.clear();
    for (QFuture<void> &f : d->background)
        f.waitForFinished();
}

void Evaluator::setWorkspace(const Workspace &workspace, const EvaluatorOptions &options)
{
    d->workspace = workspace;
    d->options = options;
    d->recordings.clear();
    qDeleteAll(d->sources);
    d->sources.clear();
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

    QFuture<EvaluationReport> future = job->promise.future();
    job->pending = int(order.size()) + 1; // +1: released below, after every group has started
    for (const QString &key : order) {
        const auto &[spec, items] = groups.value(key);
        d->runGroup(job, spec, items);
    }
    d->groupDone(job);
    return future;
}

QFuture<ObjectiveSeries> Evaluator::series(const QString &sla, const QString &objective, const QDateTime &from,
                                           const QDateTime &to, qint64 stepMs)
{
    const qint64 toMs = to.isValid() ? to.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    const std::optional<ObjectivePlan> plan = d->planFor(sla, objective, toMs);
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
    const SourceSpec spec = d->resolveSource(plan->sourceName);
    auto promise = std::make_shared<QPromise<ObjectiveSeries>>();
    promise->start();
    auto deliver = [promise](const ObjectiveSeries &s) {
        promise->addResult(s);
        promise->finish();
    };
    switch (spec.kind) {
    case SourceSpec::Kind::Invalid:
        failed.error = spec.error;
        deliver(failed);
        break;
    case SourceSpec::Kind::Recorded:
        whenFinished(
            d->recording(spec), this, [this, plan = *plan, range, stepMs, deliver](const RecordedEvaluation::LoadOutcome &loaded) {
                if (!loaded.recording) {
                    ObjectiveSeries s;
                    s.error = loaded.error;
                    deliver(s);
                    return;
                }
                const auto rec = loaded.recording;
                QFuture<ObjectiveSeries> f = QtConcurrent::run(
                    [rec, plan, range, stepMs] { return RecordedEvaluation::series(*rec, plan, range, stepMs); });
                d->track(QFuture<void>(f));
                whenFinished(f, this, deliver);
            });
        break;
    case SourceSpec::Kind::Prometheus:
    case SourceSpec::Kind::Datadog:
        d->withSource(spec, [this, plan = *plan, range, stepMs, deliver, kind = spec.kind](MetricSource *source,
                                                                                           const QString &error) {
            if (!source) {
                ObjectiveSeries s;
                s.error = error;
                deliver(s);
                return;
            }
            if (kind == SourceSpec::Kind::Datadog)
                DatadogEvaluation::series(source, plan, range, stepMs, this, deliver);
            else
                PromEvaluation::series(source, plan, range, stepMs, this, deliver);
        });
        break;
    }
    return promise->future();
}

QMap<QString, SourceHealth> Evaluator::sourceHealth() const
{
    return d->health;
}

} // namespace Sla::Core
