// SPDX-License-Identifier: Apache-2.0
#include "duration.h"

#include "core/document/tr.h"

namespace Tr = Sla::Core::TrContext::Duration;

namespace Sla::Core {

namespace {
struct Unit
{
    const char16_t *name;
    qint64 ms;
};
// Longest names first so that `ms` is not read as `m` followed by garbage.
constexpr Unit kUnits[] = {{u"ms", 1},
                           {u"y", Duration::Year},
                           {u"w", Duration::Week},
                           {u"d", Duration::Day},
                           {u"h", Duration::Hour},
                           {u"m", Duration::Minute},
                           {u"s", Duration::Second}};
/// The longest duration any document may give (100y): sums and differences of timestamps
/// and durations then stay far from qint64 overflow.
constexpr qint64 kMax = 100 * Duration::Year;
} // namespace

std::optional<Duration> Duration::parse(QStringView text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<Duration> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return fail(Tr::tr("empty duration"));
    qint64 total = 0;
    qint64 lastUnit = std::numeric_limits<qint64>::max();
    qsizetype i = 0;
    while (i < t.size()) {
        const qsizetype start = i;
        while (i < t.size() && t.at(i).isDigit())
            ++i;
        if (i == start)
            return fail(Tr::tr("invalid duration '%1': expected a number such as 30d, 1h or 5m").arg(t.toString()));
        bool ok = false;
        const qint64 n = t.mid(start, i - start).toLongLong(&ok);
        const auto tooLarge = [&] {
            return fail(Tr::tr("invalid duration '%1': number too large (at most 100y)").arg(t.toString()));
        };
        if (!ok)
            return tooLarge();
        const Unit *unit = nullptr;
        for (const Unit &u : kUnits) {
            const QStringView name(u.name);
            if (t.mid(i).startsWith(name)) {
                unit = &u;
                break;
            }
        }
        if (!unit)
            return fail(Tr::tr("invalid duration '%1': unknown unit (use ms, s, m, h, d, w or y)").arg(t.toString()));
        if (unit->ms >= lastUnit)
            return fail(Tr::tr("invalid duration '%1': units must go from largest to smallest").arg(t.toString()));
        lastUnit = unit->ms;
        i += QStringView(unit->name).size();
        // Each part is checked before it is added, so neither step can overflow.
        if (n > kMax / unit->ms || total + n * unit->ms > kMax)
            return tooLarge();
        total += n * unit->ms;
    }
    if (total <= 0)
        return fail(Tr::tr("invalid duration '%1': must be greater than zero").arg(t.toString()));
    return Duration{total};
}

QString Duration::toString() const
{
    if (ms == 0)
        return QStringLiteral("0s");
    QString out;
    qint64 rest = ms;
    if (rest < 0) {
        out += u'-';
        rest = -rest;
    }
    // Weeks and years are accepted on input but written as days, so 7d stays 7d.
    for (const Unit &u : {kUnits[3], kUnits[4], kUnits[5], kUnits[6], kUnits[0]}) {
        const qint64 n = rest / u.ms;
        if (n > 0) {
            out += QString::number(n) + QStringView(u.name);
            rest -= n * u.ms;
        }
    }
    return out;
}

} // namespace Sla::Core
