// SPDX-License-Identifier: Apache-2.0
// SCAFFOLD: the evaluator is being implemented (branch `evaluator`). Until then every
// objective reports no data with an explicit reason, so nothing can look healthy.
#include "evaluator.h"

#include <QPromise>

namespace Sla::Core {

struct Evaluator::Private
{
    Workspace workspace;
    EvaluatorOptions options;
};

Evaluator::Evaluator(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

Evaluator::~Evaluator() = default;

void Evaluator::setWorkspace(const Workspace &workspace, const EvaluatorOptions &options)
{
    d->workspace = workspace;
    d->options = options;
}

const Workspace &Evaluator::workspace() const { return d->workspace; }

QFuture<EvaluationReport> Evaluator::evaluate(const QDateTime &at)
{
    EvaluationReport report;
    report.at = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    for (const Sla &sla : d->workspace.slas) {
        SlaResult s;
        s.name = sla.metadata.name;
        s.displayName = sla.metadata.displayName;
        s.service = sla.service;
        s.tier = sla.tier;
        s.owner = sla.owner;
        for (const Objective &o : sla.objectives) {
            ObjectiveResult r;
            r.name = o.name;
            r.displayName = o.displayName;
            r.kind = o.indicator.kind;
            r.target = o.target;
            r.error = tr("evaluation is not available in this build");
            s.objectives << r;
        }
        report.slas << s;
    }
    QPromise<EvaluationReport> p;
    p.start();
    p.addResult(report);
    p.finish();
    return p.future();
}

QFuture<ObjectiveSeries> Evaluator::series(const QString &, const QString &, const QDateTime &, const QDateTime &, qint64)
{
    ObjectiveSeries s;
    s.error = tr("evaluation is not available in this build");
    QPromise<ObjectiveSeries> p;
    p.start();
    p.addResult(s);
    p.finish();
    return p.future();
}

QMap<QString, SourceHealth> Evaluator::sourceHealth() const { return {}; }

} // namespace Sla::Core
