// SPDX-License-Identifier: Apache-2.0
#pragma once

// Prometheus recording and alerting rules for a workspace (issue 11, README "Prometheus
// rules and backtests"): what `slactl rules` writes so that evaluation and 24/7 alerting
// run in Prometheus, Thanos Ruler or the Mimir ruler. Pure: documents in, rule text out.
//
// Per objective with event counts (ratio, latency with a threshold, classification, raw
// good/bad + total queries), labels {sla, objective}:
//   sladesk:sli_good:increase5m, sladesk:sli_total:increase5m    group `-increase`, interval 5m,
//                                    labelled sladesk_query (RecordedSeries::queryHash())
//   sladesk:sli_error:ratio_rate<W>  W < 1d from the raw series (Sloth's names), group `-sli`;
//                                    W >= 1d derived, in the `-increase` group after the increases:
//                                    1 - sum_over_time(good[W]) / sum_over_time(total[W])
//   sladesk:objective:ratio, sladesk:error_budget:ratio (`-sli`),
//   sladesk:period_error_budget_remaining:ratio (with its window's ratio)
// Readers in other groups read the 5-minute group's series through last_over_time(X[10m]).
// Raw errorRatio queries get every window from the query itself. Alerts: one per engine
// rule (Alerting::rulesFor), named like the desktop's alert (`burn-rate-page`, ...).
// What has no PromQL form (drift, timeslices, corrections, calendar windows) is listed in
// `warnings` and written as comments.

#include "core/alerting/alert.h"
#include "core/document/model.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Sla::Core::Rules {

/// One recording (`record`) or alerting (`alert`) rule.
struct PromRule
{
    QString record;
    QString alert;
    QString expr;
    QString forDuration;   ///< alerts only; empty: none
    QString keepFiringFor; ///< alerts only (`keep_firing_for`, Prometheus 2.42+); empty: none
    QList<QPair<QString, QString>> labels;
    QList<QPair<QString, QString>> annotations;
};

struct PromGroup
{
    QString name;
    QString interval; ///< empty: the server's evaluation interval
    QList<PromRule> rules;
};

/// The rules of a workspace and what could not be expressed.
struct RuleSet
{
    QList<PromGroup> groups;
    /// One line per rule, objective or correction without a PromQL form (translated).
    QStringList warnings;
};

enum class Flavour {
    Prometheus, ///< `groups:` (Prometheus `rule_files`, Thanos Ruler, `promtool check rules`)
    Mimir,      ///< `namespace: sladesk` + `groups:` (`mimirtool rules load`)
};

/// The label `sladesk_window` of the ratio series and the alerts: the window as a
/// Prometheus duration (`5m`, `1h`, `30d`); the alerts' value is Alerting::windowLabel().
inline constexpr const char *WindowLabel = Alerting::WindowLabel;

/// The name of the recorded error ratio over `window`: `sladesk:sli_error:ratio_rate30d`.
QString errorRatioRecord(Duration window);
/// `sladesk:period_error_budget_remaining:ratio`: the budget left over the compliance window.
QString budgetRemainingRecord();
/// `sladesk:objective:ratio`: the target as a series.
QString objectiveRecord();

/// What the rules record for one objective, for readers of the recorded series (the
/// Grafana dashboards): the same decisions prometheusRules() takes.
struct RecordedObjective
{
    bool recorded = false;   ///< false: no recording rules for it (see `why`)
    QString why;             ///< translated
    QString selector;        ///< `{sla="...",objective="..."}`
    Duration window;         ///< the compliance window the rules use (calendar: nominal length)
    QList<Duration> windows; ///< every window W of `sladesk:sli_error:ratio_rate<W>`, ascending
    /// `(1 - TARGET)` with the target as written: the divisor of a burn rate.
    QString budget;
};

/// The recorded series of `objective` of `sla`; a calendar window adds its warning to
/// `*warnings` as prometheusRules() does.
RecordedObjective recordedObjective(const Workspace &workspace, const Sla &sla, const Objective &objective,
                                    QStringList *warnings);

/// The rules of every SLA of `workspace` (only `onlySla` when it is not empty).
RuleSet prometheusRules(const Workspace &workspace, const QString &onlySla = {});

/// The rule file: the warnings as comments first, then the groups.
QByteArray toYaml(const RuleSet &rules, Flavour flavour);

/// `text` with backslashes, double quotes and newlines escaped for a double-quoted PromQL
/// string or Alertmanager matcher value (without the quotes).
QString escapeString(const QString &text);

/// `{sla="NAME",objective="OBJECTIVE"}` with the values escaped for PromQL.
QString seriesSelector(const QString &sla, const QString &objective);

} // namespace Sla::Core::Rules
