// SPDX-License-Identifier: Apache-2.0
#pragma once

// How a figure reads on screen, in alerts and in reports: one formatter, so that a figure
// shows the same text wherever it appears. Numbers follow the default QLocale (the system's,
// or the language chosen in Settings): "94.034 %" in English, "94,034 %" in German and French.
// Machine-readable output (JSON, CSV, YAML, PromQL) never goes through here.

#include <QLocale>
#include <QString>

namespace Sla::Core::FigureFormat {

/// `value` with up to `decimals` decimals in `locale` (the default one unless a report or a
/// chart names its own), trailing zeros dropped and "-0" shown as "0". Empty for NaN and
/// infinities.
QString trimmedNumber(double value, int decimals, const QLocale &locale = QLocale());
/// A ratio as a percentage with up to `decimals` decimals: 0.94034 reads "94.034 %".
QString percent(double ratio, int decimals = 3);
/// A number already written as a percentage ("94.034") with the percent sign as every
/// figure of the app writes it ("94.034 %", translated: French puts a space too).
QString withPercentSign(const QString &number);
/// A factor such as a burn rate with the burn table's decimals: "0.51", "14.4", "230".
QString factor(double value);

} // namespace Sla::Core::FigureFormat
