// SPDX-License-Identifier: Apache-2.0
#pragma once

// How the evaluator reaches the back-end of a data source: one SourceConnection per source
// of a workspace, made by the registry of source kinds (create(), keyed by the data
// source's type). A connection opens its source once, lazily (reads the secret, loads the
// recording), and hands out a fresh EvaluationBackend for each evaluation or chart.
//
// Adding a source kind (CloudWatch, ...): an EvaluationBackend subclass for its reads, a
// function `connectSource(spec, environment)` beside it (MetricSourceConnection serves
// every source read through a MetricSource), and one line in the registry in
// sourceconnection.cpp. The evaluator itself does not change.

#include "core/document/model.h"
#include "core/evaluation/evaluationbackend.h"
#include "core/evaluation/evaluator.h"
#include "core/metrics/metricsource.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace Sla::Core {

class CredentialStore;
class ReadTrace;

/// Where an objective's data comes from, after the --prometheus / --recorded overrides.
struct SourceSpec
{
    QString name;      ///< shown in messages and used for health and secrets
    DataSource config; ///< the data source; its `type` picks the back-end
    QString error;     ///< set when the objective has no usable source (no connection is made)

    QString key() const;
};

/// What a connection may use of the evaluator that made it.
struct BackendEnvironment
{
    EvaluatorOptions options;
    QObject *owner = nullptr; ///< the evaluator: context of the sources' signal connections
    /// The evaluator's credential store, created on first use.
    std::function<CredentialStore *()> credentials;
    /// Reports a change of a source's health that the source noticed itself.
    std::function<void(const QString &source, const SourceHealth &health)> healthChanged;
    /// Hands over a background computation the evaluator awaits before it goes away.
    std::function<void(const QFuture<void> &)> track;
};

class SourceConnection
{
public:
    /// A back-end ready to read, or why there is none.
    struct Opened
    {
        std::shared_ptr<EvaluationBackend> backend;
        /// Failure: why (AuthFailed for a missing secret, Error for an unreadable file).
        /// Success: Ok when opening proves the source healthy (a loaded recording), else
        /// Unknown: its answers will tell, and the evaluator reports Ok once every
        /// objective is answered without a source error.
        SourceHealth::State health = SourceHealth::State::Unknown;
        QString message;
        /// openTraced(): the object recording the back-end's reads, if one was made; the
        /// caller deletes it (deleteLater) once the back-end's calls have finished.
        QPointer<QObject> tracer;
    };
    using OpenCallback = std::function<void(const Opened &)>;

    virtual ~SourceConnection();

    /// Opens the source when needed and hands over a back-end for one evaluation or chart;
    /// `done` runs once, on `context`'s thread (at once when the source is open already).
    virtual void open(QObject *context, OpenCallback done) = 0;

    /// open(), with a back-end whose queries and answers are recorded in `trace` (`slactl
    /// explain`). The default opens a plain back-end: sources read without a MetricSource
    /// (recorded files) record through ObjectivePlan::trace instead.
    virtual void openTraced(QObject *context, const std::shared_ptr<ReadTrace> &trace, OpenCallback done);

    using ListCallback = std::function<void(const SourceResult<QStringList> &names)>;
    /// The names `query` asks for (selector completion; MetricSource::catalog()), from the
    /// source opened as for an evaluation (the same secret, the same recording). `done` runs
    /// once, on `context`'s thread, unless `context` goes away first. The default fails with
    /// BadQuery: the source kind lists nothing.
    virtual void list(const CatalogQuery &query, QObject *context, ListCallback done);
    /// Whether list() answers for metric names depend on CatalogQuery::prefix (a search).
    virtual bool listsByPrefix() const { return false; }

    /// The connection of `spec`'s kind from the registry; nullptr when no back-end reads it.
    static std::shared_ptr<SourceConnection> create(const SourceSpec &spec, const BackendEnvironment &environment);
    /// Whether a back-end reads sources of `type`.
    static bool supports(DataSourceType type);
};

} // namespace Sla::Core
