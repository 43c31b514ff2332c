// SPDX-License-Identifier: Apache-2.0
#include "tierresolver.h"

namespace Sla::Core {

Sla resolveSla(const Sla &sla, const TierTemplate *tier)
{
    Sla out = sla;
    if (!tier)
        return out;
    if (!out.window)
        out.window = tier->window;
    QList<AlertRule> alerts = tier->alerts;
    for (const AlertRule &rule : sla.alerts) {
        // AlertRule compares by value (origins are ignored), so this drops exact repeats only.
        if (!alerts.contains(rule))
            alerts << rule;
    }
    out.alerts = alerts;
    if (out.notify.isEmpty())
        out.notify = tier->notify;
    // The tier's minEvents / minSamples are the default of every objective without its own.
    for (Objective &o : out.objectives) {
        if (!o.minEvents)
            o.minEvents = tier->minEvents;
        if (!o.minSamples)
            o.minSamples = tier->minSamples;
    }
    return out;
}

const TierTemplate *findTierTemplate(const Workspace &ws, const QList<TierTemplate> &builtIns, const QString &name)
{
    if (const TierTemplate *own = ws.findTier(name))
        return own;
    for (const TierTemplate &tier : builtIns) {
        if (tier.metadata.name == name)
            return &tier;
    }
    return nullptr;
}

} // namespace Sla::Core
