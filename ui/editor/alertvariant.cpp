// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/alertvariant.h"

#include "core/engine/budget.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Sla::Ui {

namespace {

using Kind = Core::AlertRule::Kind;
using Field = AlertKnob::Field;

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

QString duration(const std::optional<Core::Duration> &d)
{
    return d ? d->toString() : QString();
}

/// The burn-rate pairs a rule applies (`burnRate: default` spelled out).
QList<Core::BurnRateWindow> pairsOf(const Core::AlertRule &rule)
{
    return rule.burnRateDefault ? Core::BurnRateWindow::defaults() : rule.burnRates;
}

/// The document key of a rule's level.
QString levelKey(const Core::AlertRule &rule)
{
    switch (rule.kind) {
    case Kind::Threshold:
        return rule.above ? QStringLiteral("above") : QStringLiteral("below");
    case Kind::BudgetLow:
        return QStringLiteral("budgetBelow");
    case Kind::NoData:
        return QStringLiteral("noData");
    case Kind::Drift:
        return QStringLiteral("driftAbove");
    case Kind::PeriodBudget:
        return QStringLiteral("consumedAbove");
    case Kind::BurnRate:
        break;
    }
    return {};
}

QString levelText(const Core::AlertRule &rule)
{
    switch (rule.kind) {
    case Kind::Threshold:
        return rule.above ? number(*rule.above) : (rule.below ? number(*rule.below) : QString());
    case Kind::BudgetLow:
        return number(rule.budgetBelow);
    case Kind::NoData:
        return rule.noData.toString();
    case Kind::Drift:
        return rule.driftAbove ? number(*rule.driftAbove) : QStringLiteral("threshold");
    case Kind::PeriodBudget:
        return number(rule.consumedAbove);
    case Kind::BurnRate:
        break;
    }
    return {};
}

std::optional<double> parseNumber(const QString &text, QString *error)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        *error = AlertKnobs::tr("'%1' is not a number").arg(text);
        return std::nullopt;
    }
    return v;
}

bool setLevel(Core::AlertRule &rule, const QString &text, QString *error)
{
    if (rule.kind == Kind::NoData) {
        const std::optional<Core::Duration> d = Core::Duration::parse(text.trimmed(), error);
        if (d)
            rule.noData = *d;
        return d.has_value();
    }
    if (rule.kind == Kind::Drift && text.trimmed() == QLatin1String("threshold")) {
        rule.driftAbove.reset();
        return true;
    }
    const std::optional<double> v = parseNumber(text, error);
    if (!v)
        return false;
    const bool fraction = rule.kind == Kind::BudgetLow || rule.kind == Kind::PeriodBudget;
    if (fraction && (*v < 0 || *v > 1)) {
        *error = AlertKnobs::tr("%1 must be a fraction from 0 to 1").arg(levelKey(rule));
        return false;
    }
    switch (rule.kind) {
    case Kind::Threshold:
        (rule.above ? rule.above : rule.below) = *v;
        break;
    case Kind::BudgetLow:
        rule.budgetBelow = *v;
        break;
    case Kind::Drift:
        rule.driftAbove = *v;
        break;
    case Kind::PeriodBudget:
        rule.consumedAbove = *v;
        break;
    case Kind::NoData:
    case Kind::BurnRate:
        break;
    }
    return true;
}

/// An optional duration (`for`, `keepFiring`): empty or `0s` unsets it.
bool setOptionalDuration(std::optional<Core::Duration> &target, const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("0") || t == QLatin1String("0s")) {
        target.reset();
        return true;
    }
    const std::optional<Core::Duration> d = Core::Duration::parse(t, error);
    if (d)
        target = *d;
    return d.has_value();
}

bool setPairValue(Core::AlertRule &rule, const AlertKnob &knob, const QString &text, QString *error)
{
    QList<Core::BurnRateWindow> pairs = pairsOf(rule);
    if (knob.pair < 0 || knob.pair >= pairs.size())
        return false;
    Core::BurnRateWindow &pair = pairs[knob.pair];
    if (knob.field == Field::Factor) {
        const std::optional<double> v = parseNumber(text, error);
        if (!v)
            return false;
        if (*v <= 0) {
            *error = AlertKnobs::tr("a burn-rate factor must be above 0");
            return false;
        }
        pair.factor = *v;
    } else {
        const std::optional<Core::Duration> d = Core::Duration::parse(text.trimmed(), error);
        if (!d)
            return false;
        // The evaluator measures burn rates over these windows only; any other never fires.
        const auto &windows = Core::Budget::BurnRateWindows;
        if (std::find(windows.begin(), windows.end(), d->ms) == windows.end()) {
            QStringList names;
            for (const qint64 w : windows)
                names << Core::Duration{w}.toString();
            *error = AlertKnobs::tr("a burn-rate window must be one of %1").arg(names.join(QStringLiteral(", ")));
            return false;
        }
        (knob.field == Field::LongWindow ? pair.longWindow : pair.shortWindow) = *d;
    }
    rule.burnRateDefault = false;
    rule.burnRates = pairs;
    return true;
}

/// The `burnRate` list of a rule as flow YAML.
QString pairsYaml(const Core::AlertRule &rule)
{
    QStringList items;
    for (const Core::BurnRateWindow &p : pairsOf(rule)) {
        items << QStringLiteral("{long: %1, short: %2, factor: %3, severity: %4}")
                     .arg(p.longWindow.toString(), p.shortWindow.toString(), number(p.factor),
                          Core::toString(p.severity));
    }
    return u'[' + items.join(QStringLiteral(", ")) + u']';
}

/// A whole rule as one flow mapping (a tier rule the SLA now overrides).
QString ruleYaml(const Core::AlertRule &rule)
{
    QStringList fields;
    if (!rule.name.isEmpty())
        fields << QStringLiteral("name: ") + Core::yamlScalar(rule.name);
    if (!rule.objective.isEmpty())
        fields << QStringLiteral("objective: ") + Core::yamlScalar(rule.objective);
    if (rule.kind == Kind::BurnRate)
        fields << QStringLiteral("burnRate: ") + pairsYaml(rule);
    else
        fields << levelKey(rule) + QStringLiteral(": ") + levelText(rule);
    if (rule.kind == Kind::Threshold && rule.window)
        fields << QStringLiteral("window: ") + rule.window->toString();
    if (rule.forDuration && rule.kind != Kind::BurnRate && rule.kind != Kind::NoData)
        fields << QStringLiteral("for: ") + rule.forDuration->toString();
    if (rule.keepFiring)
        fields << QStringLiteral("keepFiring: ") + rule.keepFiring->toString();
    if (rule.kind != Kind::BurnRate)
        fields << QStringLiteral("severity: ") + Core::toString(rule.severity);
    return u'{' + fields.join(QStringLiteral(", ")) + u'}';
}

QString fieldKey(Field field)
{
    switch (field) {
    case Field::Window:
        return QStringLiteral("window");
    case Field::For:
        return QStringLiteral("for");
    case Field::KeepFiring:
        return QStringLiteral("keepFiring");
    default:
        return {};
    }
}

/// Writes the changed values of the SLA's own rule `index` in place.
bool writeInPlace(Core::YamlPatcher &patcher, const Core::DocumentKey &doc, int index, const Core::AlertRule &before,
                  const Core::AlertRule &after)
{
    const QStringList base{QStringLiteral("spec"), QStringLiteral("alerts"), QString::number(index)};
    bool pairsChanged = false;
    for (const AlertKnob &knob : AlertKnobs::of({after})) {
        const QString now = AlertKnobs::text({after}, knob);
        if (now == AlertKnobs::text({before}, knob))
            continue;
        if (knob.pair >= 0) {
            pairsChanged = true;
            continue;
        }
        const QString key = knob.field == Field::Level ? levelKey(after) : fieldKey(knob.field);
        const bool ok = now.isEmpty() ? patcher.removeKey(doc, base + QStringList{key})
                                      : patcher.setValue(doc, base + QStringList{key}, now);
        if (!ok)
            return false;
    }
    return !pairsChanged || patcher.setValue(doc, base + QStringList{QStringLiteral("burnRate")}, pairsYaml(after));
}

} // namespace

QString alertName(const Core::AlertRule &rule)
{
    if (!rule.name.isEmpty())
        return rule.name;
    static const char *const Names[] = {"threshold", "burn-rate", "budget-below", "no-data", "drift", "period-budget"};
    return QString::fromLatin1(Names[int(rule.kind)]);
}

QList<ObjectiveAlert> objectiveAlerts(const Core::Sla &sla, const Core::TierTemplate *tier, const QString &objective)
{
    QList<ObjectiveAlert> out;
    const auto applies = [&objective](const Core::AlertRule &r) {
        return r.objective.isEmpty() || r.objective == objective;
    };
    if (tier) {
        for (const Core::AlertRule &r : tier->alerts) {
            if (applies(r))
                out << ObjectiveAlert{r, -1};
        }
    }
    for (int i = 0; i < sla.alerts.size(); ++i) {
        const Core::AlertRule &r = sla.alerts.at(i);
        // An SLA rule replaces the tier's rule of the same name (for every objective).
        out.removeIf([&r](const ObjectiveAlert &a) { return a.slaIndex < 0 && alertName(a.rule) == alertName(r); });
        if (applies(r))
            out << ObjectiveAlert{r, i};
    }
    return out;
}

QList<AlertKnob> AlertKnobs::of(const QList<Core::AlertRule> &alerts)
{
    QList<AlertKnob> out;
    for (int i = 0; i < alerts.size(); ++i) {
        const Core::AlertRule &r = alerts.at(i);
        if (r.kind == Kind::BurnRate) {
            for (int p = 0; p < pairsOf(r).size(); ++p) {
                for (const Field f : {Field::Factor, Field::LongWindow, Field::ShortWindow})
                    out << AlertKnob{i, p, f};
            }
        } else {
            out << AlertKnob{i, -1, Field::Level};
        }
        if (r.kind == Kind::Threshold)
            out << AlertKnob{i, -1, Field::Window};
        if (r.kind != Kind::BurnRate && r.kind != Kind::NoData)
            out << AlertKnob{i, -1, Field::For};
        out << AlertKnob{i, -1, Field::KeepFiring};
    }
    return out;
}

QString AlertKnobs::label(const QList<Core::AlertRule> &alerts, const AlertKnob &knob)
{
    if (knob.alert < 0 || knob.alert >= alerts.size())
        return {};
    const Core::AlertRule &r = alerts.at(knob.alert);
    const QString name = alertName(r);
    if (knob.pair >= 0) {
        const Core::BurnRateWindow p = pairsOf(r).value(knob.pair);
        const QString what = knob.field == Field::Factor       ? tr("factor")
                             : knob.field == Field::LongWindow ? tr("long window")
                                                               : tr("short window");
        return tr("%1: pair %2 (%3) %4").arg(name).arg(knob.pair + 1).arg(Core::toString(p.severity), what);
    }
    const QString key = knob.field == Field::Level ? levelKey(r) : fieldKey(knob.field);
    return tr("%1: %2").arg(name, key);
}

QString AlertKnobs::text(const QList<Core::AlertRule> &alerts, const AlertKnob &knob)
{
    if (knob.alert < 0 || knob.alert >= alerts.size())
        return {};
    const Core::AlertRule &r = alerts.at(knob.alert);
    if (knob.pair >= 0) {
        const QList<Core::BurnRateWindow> pairs = pairsOf(r);
        if (knob.pair >= pairs.size())
            return {};
        const Core::BurnRateWindow &p = pairs.at(knob.pair);
        return knob.field == Field::Factor       ? number(p.factor)
               : knob.field == Field::LongWindow ? p.longWindow.toString()
                                                 : p.shortWindow.toString();
    }
    switch (knob.field) {
    case Field::Level:
        return levelText(r);
    case Field::Window:
        return duration(r.window);
    case Field::For:
        return duration(r.forDuration);
    case Field::KeepFiring:
        return duration(r.keepFiring);
    default:
        return {};
    }
}

bool AlertKnobs::setText(QList<Core::AlertRule> &alerts, const AlertKnob &knob, const QString &text, QString *error)
{
    if (knob.alert < 0 || knob.alert >= alerts.size())
        return false;
    Core::AlertRule rule = alerts.at(knob.alert);
    QString why;
    bool ok = false;
    if (knob.pair >= 0) {
        ok = setPairValue(rule, knob, text, &why);
    } else if (knob.field == Field::Level) {
        ok = setLevel(rule, text, &why);
    } else if (knob.field == Field::Window) {
        const std::optional<Core::Duration> d = Core::Duration::parse(text.trimmed(), &why);
        ok = d.has_value();
        if (ok)
            rule.window = *d;
    } else {
        ok = setOptionalDuration(knob.field == Field::For ? rule.forDuration : rule.keepFiring, text, &why);
    }
    if (!ok) {
        if (error)
            *error = tr("%1: %2").arg(label(alerts, knob), why);
        return false;
    }
    alerts[knob.alert] = rule;
    return true;
}

QList<Core::AlertRule> AlertKnobs::firstVariant(const QList<Core::AlertRule> &alerts)
{
    QList<Core::AlertRule> out = alerts;
    const QList<AlertKnob> knobs = of(alerts);
    for (const AlertKnob &k : knobs) {
        const QString t = text(alerts, k);
        if (k.field == Field::For && !t.isEmpty()) {
            const qint64 half = Core::Duration::parse(t).value_or(Core::Duration{}).ms / 2;
            if (half >= Core::Duration::Minute && setText(out, k, Core::Duration{half}.toString(), nullptr))
                return out;
        }
    }
    for (const AlertKnob &k : knobs) {
        if (k.field == Field::Factor) {
            const double lower = std::round(text(alerts, k).toDouble() * 2.0 / 3.0 * 10) / 10;
            if (lower > 0 && setText(out, k, number(lower), nullptr))
                return out;
        }
    }
    return out;
}

bool AlertKnobs::write(Core::YamlPatcher &patcher, const Core::DocumentKey &doc, const QList<ObjectiveAlert> &current,
                       const QList<Core::AlertRule> &variant, QString *error)
{
    for (int i = 0; i < current.size() && i < variant.size(); ++i) {
        const ObjectiveAlert &before = current.at(i);
        if (differences({before.rule}, {variant.at(i)}) == 0)
            continue;
        const bool ok =
            before.slaIndex >= 0
                ? writeInPlace(patcher, doc, before.slaIndex, before.rule, variant.at(i))
                : patcher.appendItem(doc, {QStringLiteral("spec"), QStringLiteral("alerts")}, ruleYaml(variant.at(i)));
        if (!ok) {
            if (error)
                *error = patcher.error();
            return false;
        }
    }
    return true;
}

int AlertKnobs::differences(const QList<Core::AlertRule> &current, const QList<Core::AlertRule> &variant)
{
    int n = 0;
    for (const AlertKnob &k : of(current)) {
        if (text(current, k) != text(variant, k))
            ++n;
    }
    return n;
}

} // namespace Sla::Ui
