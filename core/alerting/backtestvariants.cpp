// SPDX-License-Identifier: Apache-2.0
#include "backtestvariants.h"

#include "core/document/builtintiers.h"
#include "core/document/tierresolver.h"

namespace Sla::Core::Alerting {

QList<QDateTime> BacktestRange::times() const
{
    QList<QDateTime> out;
    if (stepMs <= 0 || !from.isValid() || !to.isValid())
        return out;
    for (QDateTime at = from; at <= to; at = at.addMSecs(stepMs))
        out << at;
    return out;
}

Workspace backtestWorkspace(const Workspace &workspace, const BacktestRange &range)
{
    Workspace out = workspace;
    if (range.sla.isEmpty())
        return out;
    out.slas.removeIf([&range](const Sla &s) { return s.metadata.name != range.sla; });
    if (!range.objective.isEmpty()) {
        for (Sla &s : out.slas)
            s.objectives.removeIf([&range](const Objective &o) { return o.name != range.objective; });
    }
    return out;
}

void replayVariants(const Workspace &workspace, const QList<EvaluationReport> &reports, const BacktestRange &range,
                    QList<BacktestVariant> &variants)
{
    const QList<TierTemplate> builtIns = builtInTiers();
    QList<ObjectiveTrack> allTracks;
    for (const Sla &sla : workspace.slas) {
        if (!range.sla.isEmpty() && sla.metadata.name != range.sla)
            continue;
        QList<ObjectiveTrack> tracks = tracksFrom(reports, workspace, sla.metadata.name);
        if (!range.objective.isEmpty())
            tracks.removeIf([&range](const ObjectiveTrack &t) { return t.objective != range.objective; });
        allTracks << tracks;
        for (BacktestVariant &v : variants) {
            Sla bare = sla;
            if (v.replacement)
                bare.alerts.clear();
            const TierTemplate *tier =
                v.replacement ? &*v.replacement : findTierTemplate(workspace, builtIns, sla.tier);
            v.episodes << backtest(rulesFor(bare, tier), tracks, range.from, range.to);
        }
    }
    for (BacktestVariant &v : variants)
        v.summary = summarize(v.episodes, allTracks, range.from, range.to);
}

} // namespace Sla::Core::Alerting
