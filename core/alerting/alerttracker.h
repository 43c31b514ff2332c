// SPDX-License-Identifier: Apache-2.0
#pragma once

// The alert state machine (README "Alerting", states): inactive -> pending -> firing ->
// resolved with Prometheus `for` semantics, a keep-firing period against flapping, one
// alert per (rule, objective), acknowledgements and silences. Pure: times are parameters.

#include "core/alerting/alert.h"
#include "core/alerting/rules.h"

#include <QHash>
#include <QList>

namespace Sla::Core::Alerting {

/// One change of state, for the history and the notifiers.
struct Transition
{
    AlertKey key;
    AlertSeverity severity = AlertSeverity::Page;
    AlertState from = AlertState::Inactive;
    AlertState to = AlertState::Inactive;
    QDateTime at;
    std::optional<double> value;
    std::optional<double> threshold;
    bool operator==(const Transition &) const = default;
};

/// The next state of `alert` after `condition` of `rule` at `at` (later than the last
/// evaluation). Fills `*transition` and returns true when the state changed.
///   * True: inactive/resolved -> pending (-> firing at once when `for` is 0); pending ->
///     firing once `at - activeSince >= for`; firing stays firing.
///   * False: pending -> inactive; firing -> resolved once `at - lastTrue >= keepFiring`.
///   * Unknown (no data, failed source): nothing changes (no false "resolved").
///   * Insufficient (below minEvents/minSamples) or in maintenance (an active correction):
///     nothing becomes pending or firing (pending -> inactive); a firing alert is kept
///     (Insufficient) or follows its condition (maintenance) but is suppressed.
/// A silence whose end has passed is removed; an acknowledgement is cleared when the
/// alert leaves pending/firing.
bool advance(Alert &alert, const Rule &rule, const Condition &condition, const QDateTime &at,
             Transition *transition = nullptr);

/// The alerts of a workspace keyed by (SLA, objective, rule): one alert per key.
class AlertTracker
{
public:
    /// Advances the alert of `key` (created inactive on first sight); the transition, if any.
    std::optional<Transition> update(const AlertKey &key, const Rule &rule, const Condition &condition,
                                     const QDateTime &at);
    /// Acknowledges a pending or firing alert; false otherwise.
    bool acknowledge(const AlertKey &key, const Acknowledgement &ack);
    /// Silences `key` (created inactive when unknown, so a rule can be silenced ahead).
    void silence(const AlertKey &key, const Silence &silence);
    /// Ends a silence; false when there was none.
    bool unsilence(const AlertKey &key);
    /// Rebuilds the alerts from a history (oldest first, as AlertHistory::events() gives
    /// it) after a restart: each alert's last transition sets its state and times, and
    /// acknowledgements and silences recorded since are restored (an ack only while the
    /// alert is pending or firing; a silence until it is ended or expires).
    void restore(const QList<HistoryEvent> &events);
    const Alert *find(const AlertKey &key) const;
    Alert *find(const AlertKey &key); ///< to describe an alert (summary, budget, runbook)
    /// Every alert, in the order first seen.
    QList<Alert> alerts() const;
    QList<Alert> active() const; ///< pending and firing

private:
    Alert &get(const AlertKey &key);
    QHash<AlertKey, qsizetype> m_index;
    QList<Alert> m_alerts;
};

} // namespace Sla::Core::Alerting
