// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Alertmanager configuration that goes with the generated rules (`slactl rules
// --alertmanager-config`, README "Prometheus rules and backtests"): a `time_intervals`
// entry per correction that Alertmanager can express (recurring daily, weekly or monthly
// by day of the month, or once within one local day), a route per correction that mutes
// the alerts of its SLA (and objectives) during those intervals, and inhibit rules so
// that a page suppresses the ticket (and info) alerts of the same objective.

#include "core/document/model.h"

#include <QByteArray>
#include <QStringList>

namespace Sla::Core::Rules {

/// The configuration for the SLAs of `workspace` (only `onlySla` when not empty); what
/// cannot be expressed goes to `*warnings` (translated) and into comments.
QByteArray alertmanagerConfig(const Workspace &workspace, const QString &onlySla, QStringList *warnings);

} // namespace Sla::Core::Rules
