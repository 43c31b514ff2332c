// SPDX-License-Identifier: Apache-2.0
#include "evaluation.h"

namespace Sla::Core {

const SlaResult *EvaluationReport::findSla(const QString &name) const
{
    for (const SlaResult &s : slas) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const ObjectiveResult *EvaluationReport::findObjective(const QString &sla, const QString &objective) const
{
    if (const SlaResult *s = findSla(sla)) {
        for (const ObjectiveResult &o : s->objectives) {
            if (o.name == objective)
                return &o;
        }
    }
    return nullptr;
}

} // namespace Sla::Core
