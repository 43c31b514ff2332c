// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core: small helpers shared by the Sloth and Pyrra importers (both describe
// Prometheus SLOs and both need a `prometheus` DataSource in the imported set).

#include "core/document/diagnostic.h"
#include "core/document/model.h"

#include <QList>
#include <QString>

#include <optional>

namespace Sla::Core::ImportSupport {

/// The name of the DataSource every Sloth and Pyrra SLA refers to.
QString prometheusDataSourceName();

/// When `out` has no DataSource named `prometheus`, appends one of type Prometheus without
/// connection details and reports a warning at `where` that says how to define it.
/// Returns true when it appended one.
bool ensurePrometheusDataSource(Workspace &out, Diagnostics &diagnostics, const SourceLocation &where);

/// True for a valid Prometheus label name (`[a-zA-Z_][a-zA-Z0-9_]*`).
bool isPromLabelName(const QString &name);

/// One label matcher of a plain selector, as written (`le="0.5"`).
struct PlainMatcher
{
    QString name;
    QString op; ///< "=", "!=", "=~" or "!~"
    QString value;
};

/// A PromQL vector selector with nothing around it: `name`, `name{...}` or `{...}`; no range,
/// offset, function or operator. Returns the matchers (the metric name is not among them),
/// or nothing when `text` is any other expression.
std::optional<QList<PlainMatcher>> parsePlainSelector(const QString &text, QString *metricName = nullptr);

/// `SEL[{{window}}]` for a plain selector, else the subquery `(EXPR)[{{window}}:]`.
QString rangeOverWindow(const QString &expr);

/// `objective` in percent as a fraction, rounded to 12 decimals so that 99.9 gives exactly the
/// double nearest 0.999 (plain division gives 0.9990000000000001).
double percentToFraction(double percent);

} // namespace Sla::Core::ImportSupport
