// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Sla::Core {

/// A span of time in milliseconds, written Prometheus-style: `30d`, `1h30m`, `500ms`.
struct Duration
{
    qint64 ms = 0;

    static constexpr qint64 Second = 1000;
    static constexpr qint64 Minute = 60 * Second;
    static constexpr qint64 Hour = 60 * Minute;
    static constexpr qint64 Day = 24 * Hour;
    static constexpr qint64 Week = 7 * Day;
    static constexpr qint64 Year = 365 * Day;

    static Duration seconds(qint64 s) { return {s * Second}; }
    static Duration minutes(qint64 m) { return {m * Minute}; }
    static Duration hours(qint64 h) { return {h * Hour}; }
    static Duration days(qint64 d) { return {d * Day}; }

    /// Parses units y, w, d, h, m, s, ms in descending order, e.g. `1d12h`. Returns
    /// nothing and sets *error for anything else (empty, zero, negative, unknown unit).
    static std::optional<Duration> parse(QStringView text, QString *error = nullptr);

    /// Canonical form: descending units d, h, m, s, ms with no zero parts (`0s` for zero).
    QString toString() const;
    qint64 toSeconds() const { return ms / Second; }
    bool isZero() const { return ms == 0; }

    auto operator<=>(const Duration &) const = default;
};

} // namespace Sla::Core
