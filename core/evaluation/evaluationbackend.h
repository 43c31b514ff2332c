// SPDX-License-Identifier: Apache-2.0
#pragma once

// The interface every evaluation back-end implements, one per source kind (as Importer is
// for importers). A back-end reads one opened source (a MetricSource, a loaded recording,
// ...) for ONE evaluation or ONE chart; the SourceConnection of its kind hands out a fresh
// one for each (sourceconnection.h), so state shared by the objectives of one evaluation
// (Datadog's request cache) lives in the back-end and is never reused by the next call.
//
// What every back-end shares is written here once: the plan's error, the timeslice path
// (slice values -> EvaluationPlan::finishSliceValues / fillTimesliceSeries), the wording of
// source errors (describe()), and the chart of an occurrences objective from per-step event
// counts (chartFromSteps()). A back-end implements only what is its own:
//  - sliceValues(): the raw value of each timeslice (nothing: a gap);
//  - occurrences(): the figures of an occurrences objective at plan.at;
//  - occurrencesSeries(): the chart of an occurrences objective;
//  - unsupported() and advice(), when some indicators cannot run on it or its errors want
//    a hint.
//
// Contract for implementers (CloudWatch, the alert engine's reads, ...):
//  - Every callback runs exactly once, on `context`'s thread, never before the read it
//    reports has finished (a back-end that reads synchronously calls it inline, and then
//    `context` may be null: see the recorded back-end, which runs off the GUI thread).
//  - A source failure (unreachable, auth, bad query, ...) is handed over as the
//    SourceError; the text the user sees comes from describe(). A problem of the objective
//    itself (an indicator the source cannot serve) is an error text and no SourceError, so
//    it never marks the source as failing.
//  - Errors never contain a secret.
//  - A back-end is always owned by a std::shared_ptr (std::make_shared); continuations
//    capture it through shared_from_this(), never the SourceConnection: the connection may
//    be dropped (a new workspace) while a call runs.
//  - Figures end in the EvaluationPlan::finish* functions, so the maths is the same on
//    every source.

#include "core/evaluation/evaluation.h"
#include "core/evaluation/evaluationplan.h"
#include "core/evaluation/retention.h"
#include "core/metrics/metricsource.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Sla::Core {

class EvaluationBackend : public std::enable_shared_from_this<EvaluationBackend>
{
public:
    /// One objective's result; `error` is set when the source failed (the result then
    /// carries the message as its error).
    using ResultCallback = std::function<void(ObjectiveResult result, std::optional<SourceError> error)>;
    /// The result of plan `index` of evaluateAll().
    using PlanResultCallback =
        std::function<void(std::size_t index, ObjectiveResult result, std::optional<SourceError> error)>;
    using SeriesCallback = std::function<void(ObjectiveSeries series)>;
    /// The raw value of each slice (nothing: a gap), an error text when the objective cannot
    /// be computed at all, or the source's error.
    using SliceCallback = std::function<void(std::vector<std::optional<double>> values, QString error,
                                             std::optional<SourceError> sourceError)>;
    /// A chart, or the source's error (the chart's error text is then filled in here).
    using SeriesReadCallback = std::function<void(ObjectiveSeries series, std::optional<SourceError> error)>;

    /// Event counts of an occurrences chart, one entry per step.
    struct OccurrenceSteps
    {
        std::vector<qint64> t;                             ///< each step's end (ms)
        std::vector<std::optional<double>> errorRatio;     ///< over the step; nothing: no events
        std::vector<double> events;                        ///< events in the step
        std::vector<std::optional<double>> hourErrorRatio; ///< over the hour ending at the step
        double allEvents = 0;                              ///< events in the whole range
        qint64 stepMs = 0;
    };

    /// `sourceName` names the source in messages.
    explicit EvaluationBackend(QString sourceName);
    virtual ~EvaluationBackend();
    EvaluationBackend(const EvaluationBackend &) = delete;
    EvaluationBackend &operator=(const EvaluationBackend &) = delete;

    const QString &sourceName() const { return m_sourceName; }

    /// Evaluates one objective at plan.at.
    void evaluate(const ObjectivePlan &plan, QObject *context, ResultCallback done);

    /// Evaluates the objectives of one evaluation; `done` runs once per plan, in any order.
    /// The default evaluates each plan in turn (a back-end shares what it can meanwhile).
    virtual void evaluateAll(const std::vector<ObjectivePlan> &plans, QObject *context, PlanResultCallback done);

    /// Chart series over `range` every `stepMs` (timeslice objectives: one point per slice).
    virtual void series(const ObjectivePlan &plan, TimeRange range, qint64 stepMs, QObject *context,
                        SeriesCallback done);

    using HorizonCallback = std::function<void(Retention::Horizon horizon)>;
    /// How far back the source's data reaches (a server's retention, a recording's first
    /// sample); `done` runs once on `context`'s thread, with an unknown horizon when the
    /// source cannot tell (the default). Never a source error.
    virtual void dataHorizon(QObject *context, HorizonCallback done);

    /// The user-facing message for a failed read: names the source and what to do, never a
    /// secret.
    QString describe(const SourceError &error, const QString &objective) const;

    /// Warnings about the source as a whole, which every evaluation on it reports in
    /// EvaluationReport::warnings (a recording's doubtful samples); the default has none.
    virtual QStringList warnings() const;
    /// How far the source moved its data from the time line its documents are written in
    /// (ObjectivePlan::timeShiftMs): a recording with alignToNow; the default is 0.
    virtual qint64 documentTimeShiftMs() const;

    /// The complete slices of a chart over `range` (also the slices of a range evaluated
    /// as a window: ObjectiveSeries::rangeSli).
    static std::vector<TimeRange> chartSlices(const ObjectivePlan &plan, TimeRange range);

protected:
    /// Reads the value of every slice of a timeslice objective.
    virtual void sliceValues(const ObjectivePlan &plan, const std::vector<TimeRange> &slices, QObject *context,
                             SliceCallback done) = 0;
    /// Evaluates an occurrences objective: `done` with the figures, or with `base` carrying
    /// an error text, or with the source's error (the message is then filled in here).
    virtual void occurrences(const ObjectivePlan &plan, ObjectiveResult base, QObject *context,
                             ResultCallback done) = 0;
    /// The chart of an occurrences objective (usually chartFromSteps() of what was read).
    virtual void occurrencesSeries(const ObjectivePlan &plan, TimeRange range, qint64 stepMs, QObject *context,
                                   SeriesReadCallback done) = 0;
    /// Why the objective cannot run on this kind of source at all; empty: it can.
    virtual QString unsupported(const ObjectivePlan &plan) const;
    /// `text` (the error, naming the source) with what to do about `error`; the default adds
    /// nothing. Bad queries are worded here for every source.
    virtual QString advice(const SourceError &error, const QString &text) const;

    /// The chart from per-step counts: SLI per step, the budget remaining after each step
    /// (bad events so far over those the whole range allows), the 1h burn rate and the
    /// breach periods.
    static ObjectiveSeries chartFromSteps(const ObjectivePlan &plan, TimeRange range, const OccurrenceSteps &steps);

private:
    QString m_sourceName;
};

} // namespace Sla::Core
