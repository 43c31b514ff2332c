// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core: small helpers shared by the Sloth and Pyrra importers (both describe
// Prometheus SLOs and both need a `prometheus` DataSource in the imported set).

#include "core/document/diagnostic.h"
#include "core/document/model.h"
#include "core/document/yamlsupport.h"

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

/// Appends the SLAs a Sloth or Pyrra import read, with valid names (makeNamesValid()), and
/// makes sure the set has the DataSource they read from (ensurePrometheusDataSource()).
void addPrometheusSlas(Workspace &out, Diagnostics &diagnostics, QList<Sla> slas);

/// Makes the names of an imported SLA valid SLA Desk names (Names::label): the SLA's, its
/// objectives' (an objective renamed keeps its original name as display name when it has
/// none; alert rules follow the rename) and its alerts' (see nameAlerts()).
void makeNamesValid(Sla &sla);

/// Gives every named alert rule of `sla` a unique valid name: Names::label() of its name, with
/// `-<objective>` (then a number) appended when that is taken. A name that changed is kept in
/// the SLA annotation `sladesk.io/alertname.<new name>`.
void nameAlerts(Sla &sla);

/// Checks the shape of a PromQL expression (after `{{window}}` is replaced by a range): quotes
/// closed, parentheses, brackets and braces balanced, and every `{...}` a list of label
/// matchers. Functions, operators and their arguments are not checked. Returns an empty
/// string when it is fine, else the problem, and sets *column (0-based) to where it is.
QString checkPromQlShape(const QString &query, qsizetype *column);

/// Whether `key` is given with a value other than null.
bool present(const Yaml::MapReader &m, const QString &key);

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
