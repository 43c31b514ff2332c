// SPDX-License-Identifier: Apache-2.0
#pragma once

// `slactl rules` (Prometheus recording and alerting rules, Alertmanager configuration) and
// `slactl backtest` (the alert rules replayed over a period), issue 11; `slactl grafana`
// (Grafana dashboards over the recorded series), issue 13.

#include <QStringList>

class QTextStream;

namespace Sla::Core {

int runRulesCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runBacktestCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runGrafanaCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Sla::Core
