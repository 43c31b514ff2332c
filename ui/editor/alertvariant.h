// SPDX-License-Identifier: Apache-2.0
#pragma once

// The alert rules of one objective as the backtest panel edits them: the rules in force
// (the tier's and the SLA's, an SLA rule replacing the tier's of the same name), their
// tunable values ("knobs": levels, windows, `for`, `keepFiring`, burn-rate factors and
// windows) read and written as text, and the minimal YAML edits that keep a variant.
// No widgets: the panel shows these values, the tests check them directly.

#include "core/document/model.h"
#include "core/document/yamlpatch.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Sla::Ui {

/// One rule in force for an objective, and where it is written.
struct ObjectiveAlert
{
    Core::AlertRule rule;
    int slaIndex = -1; ///< its index in the SLA's `alerts`; -1: it comes from the tier
};

/// The rules of `sla` (with its tier `tier`, may be null) that apply to `objective`, in
/// the engine's order: the tier's first, then the SLA's.
QList<ObjectiveAlert> objectiveAlerts(const Core::Sla &sla, const Core::TierTemplate *tier, const QString &objective);

/// The rule name the engine gives a document rule (`burn-rate` for an unnamed burn-rate set, ...).
QString alertName(const Core::AlertRule &rule);

/// One tunable value of a rule list.
struct AlertKnob
{
    enum class Field { Level, Window, For, KeepFiring, Factor, LongWindow, ShortWindow };
    int alert = 0;
    int pair = -1; ///< the burn-rate pair of Factor, LongWindow and ShortWindow
    Field field = Field::Level;
    bool operator==(const AlertKnob &) const = default;
};

class AlertKnobs
{
    Q_DECLARE_TR_FUNCTIONS(Sla::Ui::AlertKnobs)

public:
    /// Every knob of `alerts`, rule by rule.
    static QList<AlertKnob> of(const QList<Core::AlertRule> &alerts);
    /// "precision-drop: for", "burn-rate: page 1h/5m factor".
    static QString label(const QList<Core::AlertRule> &alerts, const AlertKnob &knob);
    /// The value as the document writes it (`0.93`, `1h`; empty: not set).
    static QString text(const QList<Core::AlertRule> &alerts, const AlertKnob &knob);
    /// Sets the value from text; false with *error (nothing changed) when it is not one.
    static bool setText(QList<Core::AlertRule> &alerts, const AlertKnob &knob, const QString &text, QString *error);
    /// A first candidate: `alerts` with one value changed (the first `for` halved, else
    /// the first burn-rate factor lowered by a third, else the first level).
    static QList<Core::AlertRule> firstVariant(const QList<Core::AlertRule> &alerts);
    /// Writes `variant` (the rules of `current`, edited) into the SLA `doc` with minimal
    /// edits: changed values of the SLA's own rules in place, a changed tier rule as a
    /// new SLA rule of the same name (which replaces it). False with *error on failure.
    static bool write(Core::YamlPatcher &patcher, const Core::DocumentKey &doc, const QList<ObjectiveAlert> &current,
                      const QList<Core::AlertRule> &variant, QString *error);
    /// The number of values in which `variant` differs from `current`.
    static int differences(const QList<Core::AlertRule> &current, const QList<Core::AlertRule> &variant);
};

} // namespace Sla::Ui
