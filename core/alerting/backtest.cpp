// SPDX-License-Identifier: Apache-2.0
#include "backtest.h"

#include "core/alerting/alerttracker.h"

#include <algorithm>

namespace Sla::Core::Alerting {

namespace {

/// Lower values are worse for `below` thresholds and budget rules.
bool lowerIsWorse(const Rule &rule)
{
    return rule.kind == Rule::Kind::BudgetBelow || (rule.kind == Rule::Kind::Threshold && rule.below);
}

void replay(const Rule &rule, const ObjectiveTrack &track, const QDateTime &from, const QDateTime &to,
            QList<Episode> &out)
{
    Alert alert;
    alert.key = AlertKey{track.sla, track.objective, rule.name};
    std::optional<Episode> open;
    for (const auto &[at, input] : track.samples) {
        if (at < from || at > to)
            continue;
        const Condition c = evaluateRule(rule, input, at);
        Transition t;
        const bool changed = advance(alert, rule, c, at, &t);
        if (changed && t.to == AlertState::Firing) {
            open = Episode{alert.key, rule.severity, at, {}, c.value.value_or(0)};
        } else if (changed && t.from == AlertState::Firing && open) {
            open->end = at;
            out.append(*open);
            open.reset();
        }
        if (open && alert.state == AlertState::Firing && c.value) {
            open->peak = lowerIsWorse(rule) ? std::min(open->peak, *c.value) : std::max(open->peak, *c.value);
        }
    }
    if (open)
        out.append(*open);
}

} // namespace

QList<Episode> backtest(const QList<Rule> &rules, const QList<ObjectiveTrack> &tracks, const QDateTime &from,
                        const QDateTime &to)
{
    QList<Episode> episodes;
    for (const Rule &rule : rules) {
        for (const ObjectiveTrack &track : tracks) {
            if (rule.appliesTo(track.objective))
                replay(rule, track, from, to, episodes);
        }
    }
    std::stable_sort(episodes.begin(), episodes.end(), [](const Episode &a, const Episode &b) {
        return std::tie(a.start, a.key.rule) < std::tie(b.start, b.key.rule);
    });
    return episodes;
}

RuleInput inputFor(const ObjectiveResult &result, const Sla *sla, const QList<Correction> &corrections,
                   const QDateTime &at)
{
    RuleInput in = RuleInput::fromResult(result);
    if (!sla)
        return in;
    for (const Objective &o : sla->objectives) {
        if (o.name == result.name && o.indicator.kind == IndicatorKind::Drift)
            in.driftThreshold = o.indicator.drift.threshold;
    }
    in.activeCorrection =
        activeCorrection(corrections, sla->metadata.name, result.name, at.addMSecs(-result.timeShiftMs));
    return in;
}

QList<ObjectiveTrack> tracksFrom(const QList<EvaluationReport> &reports, const Workspace &workspace, const QString &sla)
{
    QList<ObjectiveTrack> tracks;
    const Sla *doc = workspace.findSla(sla);
    for (const EvaluationReport &report : reports) {
        const SlaResult *result = report.findSla(sla);
        if (!result)
            continue;
        for (const ObjectiveResult &o : result->objectives) {
            auto it = std::find_if(tracks.begin(), tracks.end(),
                                   [&](const ObjectiveTrack &t) { return t.objective == o.name; });
            if (it == tracks.end()) {
                tracks.append(ObjectiveTrack{sla, o.name, {}});
                it = tracks.end() - 1;
            }
            it->samples.append({report.at, inputFor(o, doc, workspace.corrections, report.at)});
        }
    }
    return tracks;
}

} // namespace Sla::Core::Alerting
