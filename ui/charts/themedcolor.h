// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>

#include <cstddef>
#include <optional>

namespace Sla::Ui {

/// The colour of a role or status in a light and in a dark theme.
template <typename Key> struct ThemedColor
{
    Key key;
    QRgb light;
    QRgb dark;
};

/// The colour of `key` in `table` for the theme; nothing when the table has no entry for it.
template <typename Key, std::size_t N>
std::optional<QColor> themedColor(const ThemedColor<Key> (&table)[N], Key key, bool dark)
{
    for (const ThemedColor<Key> &c : table) {
        if (c.key == key)
            return QColor(dark ? c.dark : c.light);
    }
    return std::nullopt;
}

} // namespace Sla::Ui
