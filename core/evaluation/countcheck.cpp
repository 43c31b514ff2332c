// SPDX-License-Identifier: Apache-2.0
#include "core/evaluation/countcheck.h"

#include "core/document/tr.h"
#include "core/engine/budget.h"

#include <QStringList>

namespace Tr = Sla::Core::TrContext::Evaluator;

namespace {
QString count(double v)
{
    return QString::number(v, 'g', 12);
}
} // namespace

namespace Sla::Core::CountCheck {

QString inconsistentCounts(const ObjectivePlan &plan, const QString &sourceName, const WindowCounts &counts)
{
    QStringList found;
    for (std::size_t w = 0; w <= Budget::BurnRateWindows.size(); ++w) {
        const std::optional<Sli::Ratio> r = counts(w);
        if (!r || !r->inconsistent())
            continue;
        const QString window =
            w == 0 ? Tr::tr("compliance window") : Tr::tr("%1 window").arg(Budget::burnRateWindowName(w - 1));
        // A negative good count comes from a bad/total pair: bad = total - good.
        found << (r->good < 0 ? Tr::tr("%1: bad %2 > total %3").arg(window, count(r->total - r->good), count(r->total))
                              : Tr::tr("%1: good %2 > total %3").arg(window, count(r->good), count(r->total)));
    }
    if (found.isEmpty())
        return {};
    return Tr::tr("SLA '%1', objective '%2': data source '%3' reports more events in a part than in the total (%4); "
                  "the SLI of such a window is clamped to 0..100%; check that the objective's good or bad selector "
                  "counts a subset of the events its total counts")
        .arg(plan.sla, plan.objective.name, sourceName, found.join(QStringLiteral(", ")));
}

void note(const ObjectivePlan &plan, const QString &sourceName, const WindowCounts &counts, ObjectiveResult &result)
{
    if (const QString warning = inconsistentCounts(plan, sourceName, counts); !warning.isEmpty())
        result.warnings << warning;
}

} // namespace Sla::Core::CountCheck
