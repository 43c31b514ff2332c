// SPDX-License-Identifier: Apache-2.0
#pragma once

// The evaluator: runs the objectives of a workspace against their metric sources and
// the engine, asynchronously. Shared by the GUI (auto refresh), `slactl evaluate` and
// `slactl gate`. Lives on the GUI thread; network is asynchronous, parsing and maths run
// off the GUI thread, results come back through the returned futures.

#include "core/document/model.h"
#include "core/evaluation/evaluation.h"
#include "core/evaluation/explanation.h"
#include "core/metrics/metricsource.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Sla::Core {

/// How the evaluator reaches its sources.
struct EvaluatorOptions
{
    /// The workspace folder: recorded files resolve against it, keychain entries are keyed by it.
    QString workspaceDir;
    /// `--source NAME`: evaluate only objectives whose effective data source is NAME.
    QString onlySource;
    /// `--prometheus URL`: query this Prometheus-compatible server for every objective
    /// (whatever its data source says), without authentication.
    QString prometheusUrl;
    /// `--recorded FILE`: evaluate every objective on this OpenMetrics file instead.
    QString recordedFile;
    /// Apply the workspace's corrections (`--no-corrections` turns this off).
    bool applyCorrections = true;
    /// Read secrets from the keychain (environment variables always override it).
    bool useKeychain = true;
    /// The "now" recorded sources with alignToNow shift their data to; invalid: the clock.
    /// Recordings are loaded once and cached; when the clock has moved on by a step or
    /// more, the cached recording is replayed so that it ends now again.
    QDateTime alignTo;
    /// The clock used when `alignTo` is invalid; empty: the system clock (tests set one).
    std::function<QDateTime()> clock;
    /// Refresh incrementally where a back-end can (the dashboard, `slactl watch`): an
    /// evaluation after an earlier one reads only the time since then, with the same figures
    /// (ObjectivePlan::incremental). Off for one-shot evaluations: a first read is a full one.
    bool incremental = false;
    /// The QtKeychain service secrets are read from (tests use their own).
    QString keychainService = QStringLiteral("org.sladesk.SlaDesk");
};

/// Evaluates a workspace. Every call returns a future that always finishes, with errors
/// reported inside the results (ObjectiveResult::error, EvaluationReport::sourceErrors),
/// never by throwing. Results of a source that fails are carried over from the last
/// successful evaluation, marked stale, so a dashboard never shows an outage as healthy.
class Evaluator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Evaluator)

public:
    explicit Evaluator(QObject *parent = nullptr);
    ~Evaluator() override;

    /// Replaces the workspace (and drops sources and cached results of the old one).
    void setWorkspace(const Workspace &workspace, const EvaluatorOptions &options = {});
    const Workspace &workspace() const;

    /// Every objective of every SLA at `at` (invalid: now).
    QFuture<EvaluationReport> evaluate(const QDateTime &at = {});

    /// Chart series of one objective over [from, to] with the given step (ms). Without
    /// `windowSeries` the window series (windowT, windowSli, windowRemaining: up to 241
    /// more evaluations) is left empty; reports, which chart their own period, skip it.
    QFuture<ObjectiveSeries> series(const QString &sla, const QString &objective, const QDateTime &from,
                                    const QDateTime &to, qint64 stepMs, bool windowSeries = true);

    /// One objective at `at` (invalid: now), with its arithmetic and every read it took
    /// (`slactl explain`, the Explain view). The figures are those evaluate() gives at the
    /// same time; a failing source leaves them empty with result.error set. Does not touch
    /// the stale carry-over of evaluate().
    QFuture<Explanation> explain(const QString &sla, const QString &objective, const QDateTime &at = {});

    /// The health of every source used so far, by source name.
    QMap<QString, SourceHealth> sourceHealth() const;

Q_SIGNALS:
    /// A source became reachable, unreachable, failed authentication, ...
    void sourceHealthChanged(const QString &source, const SourceHealth &health);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sla::Core
