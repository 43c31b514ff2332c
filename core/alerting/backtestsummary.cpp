// SPDX-License-Identifier: Apache-2.0
#include "backtestsummary.h"

#include <algorithm>

namespace Sla::Core::Alerting {

namespace {

QList<BreachPeriod> breachPeriods(const ObjectiveTrack &track, const QDateTime &from, const QDateTime &to)
{
    QList<BreachPeriod> out;
    std::optional<BreachPeriod> open;
    for (const auto &[at, input] : track.samples) {
        if (at < from || at > to)
            continue;
        const bool breached = input.status == ObjectiveStatus::Breached && !input.failed;
        if (breached && !open)
            open = BreachPeriod{track.sla, track.objective, at, {}, std::nullopt};
        else if (!breached && open) {
            open->end = at;
            out << *open;
            open.reset();
        }
    }
    if (open)
        out << *open;
    return out;
}

void detect(BreachPeriod &period, const QList<Episode> &episodes, const QDateTime &to)
{
    for (const Episode &e : episodes) {
        if (e.key.sla != period.sla || e.key.objective != period.objective)
            continue;
        const QDateTime end = e.end.isValid() ? e.end : to.addMSecs(1);
        const QDateTime periodEnd = period.end.isValid() ? period.end : to.addMSecs(1);
        if (end <= period.start || e.start >= periodEnd)
            continue;
        const qint64 after = std::max<qint64>(0, period.start.msecsTo(e.start));
        if (!period.detectedAfterMs || after < *period.detectedAfterMs)
            period.detectedAfterMs = after;
    }
}

} // namespace

BacktestSummary summarize(const QList<Episode> &episodes, const QList<ObjectiveTrack> &tracks, const QDateTime &from,
                          const QDateTime &to)
{
    BacktestSummary s;
    for (const Episode &e : episodes) {
        s.firingMs += e.start.msecsTo(e.end.isValid() ? e.end : to);
        if (e.severity != AlertSeverity::Page)
            continue;
        ++s.pages;
        if (!s.firstPage.isValid() || e.start < s.firstPage) {
            s.firstPage = e.start;
            s.firstPageKey = e.key;
        }
    }
    for (const ObjectiveTrack &track : tracks) {
        for (BreachPeriod period : breachPeriods(track, from, to)) {
            detect(period, episodes, to);
            s.breaches << period;
        }
        if (!s.firstPage.isValid() || track.sla != s.firstPageKey.sla || track.objective != s.firstPageKey.objective)
            continue;
        for (const auto &[at, input] : track.samples) {
            if (at == s.firstPage)
                s.consumedAtFirstPage = input.consumed;
        }
    }
    return s;
}

} // namespace Sla::Core::Alerting
