// SPDX-License-Identifier: Apache-2.0
#include "core/evaluation/sourceconnection.h"

#include "core/document/tr.h"
#include "core/evaluation/cloudwatchevaluation.h"
#include "core/evaluation/datadogevaluation.h"
#include "core/evaluation/promevaluation.h"
#include "core/evaluation/recordedevaluation.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace Tr = Sla::Core::TrContext::Evaluator;

namespace Sla::Core {

namespace {

using Connect = std::shared_ptr<SourceConnection> (*)(const SourceSpec &, const BackendEnvironment &);

/// The registry: every source kind a back-end reads, and how to connect one. A new kind
/// adds its line here.
const std::vector<std::pair<DataSourceType, Connect>> &registry()
{
    static const std::vector<std::pair<DataSourceType, Connect>> kinds = {
        {DataSourceType::Prometheus, &PromEvaluation::connectSource},
        {DataSourceType::Datadog, &DatadogEvaluation::connectSource},
        {DataSourceType::Recorded, &RecordedEvaluation::connectSource},
        {DataSourceType::CloudWatch, &CloudWatchEvaluation::connectSource},
    };
    return kinds;
}

Connect connectorFor(DataSourceType type)
{
    const auto &kinds = registry();
    const auto it = std::find_if(kinds.begin(), kinds.end(), [type](const auto &k) { return k.first == type; });
    return it == kinds.end() ? nullptr : it->second;
}

} // namespace

QString SourceSpec::key() const
{
    return QString::number(int(config.type)) + u'\x1f' + name + u'\x1f' + config.file + u'\x1f' + config.url + u'\x1f' +
           config.region + u'\x1f' + config.endpoint + u'\x1f' + config.profile + u'\x1f' + config.roleArn;
}

SourceConnection::~SourceConnection() = default;

void SourceConnection::openTraced(QObject *context, const std::shared_ptr<ReadTrace> &, OpenCallback done)
{
    open(context, std::move(done));
}

void SourceConnection::list(const CatalogQuery &, QObject *, ListCallback done)
{
    done(SourceError{SourceError::Kind::BadQuery, 0, Tr::tr("this kind of data source lists no metric names")});
}

std::shared_ptr<SourceConnection> SourceConnection::create(const SourceSpec &spec,
                                                           const BackendEnvironment &environment)
{
    const Connect connect = connectorFor(spec.config.type);
    return connect ? connect(spec, environment) : nullptr;
}

bool SourceConnection::supports(DataSourceType type)
{
    return connectorFor(type) != nullptr;
}

} // namespace Sla::Core
