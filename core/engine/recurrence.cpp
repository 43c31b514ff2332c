// SPDX-License-Identifier: Apache-2.0
#include "recurrence.h"

#include "core/engine/tr.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace Tr = Sla::Core::TrContext::Recurrence;

namespace Sla::Core::Recurrence {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
constexpr qint64 kHalfDayMs = kDayMs / 2;

/// 1 (MO) ... 7 (SU), or 0.
int weekdayOf(QStringView code)
{
    static const char16_t *const kNames[] = {u"MO", u"TU", u"WE", u"TH", u"FR", u"SA", u"SU"};
    for (int i = 0; i < 7; ++i) {
        if (code == QStringView(kNames[i]))
            return i + 1;
    }
    return 0;
}

/// One `NAME=VALUE` part of a rule, with the 1-based columns of its name and value.
struct Part
{
    QString name;
    QString value;
    int nameColumn = 1;
    int valueColumn = 1;
};

class Parser
{
public:
    Parser(const QString &text, ParseError *error) : m_text(text), m_error(error) {}
    std::optional<Rule> run();

private:
    bool fail(int column, const QString &message)
    {
        if (m_error)
            *m_error = {message, column};
        return false;
    }
    bool split(QList<Part> &parts);
    bool readPart(const Part &part);
    bool readFrequency(const Part &part);
    bool readNumber(const Part &part, int low, int high, int *into);
    bool readByDay(const Part &part);
    bool readByMonthDay(const Part &part);
    bool readUntil(const Part &part);
    bool checkCombination(const QList<Part> &parts);

    QString m_text;
    ParseError *m_error;
    Rule m_rule;
    int m_count = 0;
};

std::optional<Rule> Parser::run()
{
    QList<Part> parts;
    if (!split(parts))
        return std::nullopt;
    QStringList seen;
    for (const Part &part : parts) {
        if (seen.contains(part.name)) {
            fail(part.nameColumn, Tr::tr("%1 is given twice").arg(part.name));
            return std::nullopt;
        }
        seen << part.name;
        if (!readPart(part))
            return std::nullopt;
    }
    if (!checkCombination(parts))
        return std::nullopt;
    return m_rule;
}

bool Parser::split(QList<Part> &parts)
{
    int offset = 0;
    if (m_text.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        offset = 6;
    const QStringList pieces = m_text.mid(offset).split(u';');
    for (const QString &piece : pieces) {
        const int column = offset + 1;
        offset += int(piece.size()) + 1;
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf(u'=');
        if (eq <= 0)
            return fail(column, Tr::tr("'%1' is no NAME=VALUE part such as FREQ=WEEKLY").arg(piece));
        parts << Part{piece.left(eq).toUpper(), piece.mid(eq + 1).toUpper(), column, column + int(eq) + 1};
    }
    if (parts.isEmpty())
        return fail(1, Tr::tr("the rule is empty; write e.g. FREQ=WEEKLY;BYDAY=SU"));
    return true;
}

bool Parser::readPart(const Part &part)
{
    if (part.name == QLatin1String("FREQ"))
        return readFrequency(part);
    if (part.name == QLatin1String("INTERVAL"))
        return readNumber(part, 1, MaxInterval, &m_rule.interval);
    if (part.name == QLatin1String("COUNT")) {
        if (!readNumber(part, 1, MaxCount, &m_count))
            return false;
        m_rule.count = m_count;
        return true;
    }
    if (part.name == QLatin1String("BYDAY"))
        return readByDay(part);
    if (part.name == QLatin1String("BYMONTHDAY"))
        return readByMonthDay(part);
    if (part.name == QLatin1String("UNTIL"))
        return readUntil(part);
    return fail(part.nameColumn, Tr::tr("%1 is not supported (supported: FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT, "
                                        "UNTIL)")
                                     .arg(part.name));
}

bool Parser::readFrequency(const Part &part)
{
    if (part.value == QLatin1String("DAILY"))
        m_rule.frequency = Rule::Frequency::Daily;
    else if (part.value == QLatin1String("WEEKLY"))
        m_rule.frequency = Rule::Frequency::Weekly;
    else if (part.value == QLatin1String("MONTHLY"))
        m_rule.frequency = Rule::Frequency::Monthly;
    else
        return fail(part.valueColumn,
                    Tr::tr("FREQ=%1 is not supported (use DAILY, WEEKLY or MONTHLY)").arg(part.value));
    return true;
}

bool Parser::readNumber(const Part &part, int low, int high, int *into)
{
    bool ok = false;
    const int v = part.value.toInt(&ok);
    if (!ok || v < low || v > high || !part.value.front().isDigit())
        return fail(part.valueColumn, Tr::tr("%1 must be a whole number from %2 to %3, got '%4'")
                                          .arg(part.name)
                                          .arg(low)
                                          .arg(high)
                                          .arg(part.value));
    *into = v;
    return true;
}

bool Parser::readByDay(const Part &part)
{
    static const QRegularExpression kItem(QStringLiteral("^([+-]?\\d{1,2})?([A-Z]{2})$"));
    int column = part.valueColumn;
    for (const QString &item : part.value.split(u',')) {
        const QRegularExpressionMatch m = kItem.match(item);
        const int weekday = m.hasMatch() ? weekdayOf(m.capturedView(2)) : 0;
        if (weekday == 0)
            return fail(column, Tr::tr("BYDAY item '%1' is no weekday: use MO, TU, WE, TH, FR, SA, SU, or for "
                                       "MONTHLY an ordinal such as 1MO or -1FR")
                                    .arg(item));
        if (m.capturedView(1).isEmpty()) {
            m_rule.byDay << weekday;
        } else {
            const int ordinal = m.capturedView(1).toInt();
            if (ordinal == 0 || ordinal < -5 || ordinal > 5)
                return fail(column, Tr::tr("BYDAY item '%1': the ordinal must be 1 to 5 or -1 to -5").arg(item));
            m_rule.byOrdinalDay << OrdinalDay{ordinal, weekday};
        }
        column += int(item.size()) + 1;
    }
    return true;
}

bool Parser::readByMonthDay(const Part &part)
{
    int column = part.valueColumn;
    for (const QString &item : part.value.split(u',')) {
        bool ok = false;
        const int day = item.toInt(&ok);
        if (!ok || day == 0 || day < -31 || day > 31)
            return fail(column, Tr::tr("BYMONTHDAY item '%1' must be 1 to 31 or -1 to -31").arg(item));
        m_rule.byMonthDay << day;
        column += int(item.size()) + 1;
    }
    return true;
}

bool Parser::readUntil(const Part &part)
{
    const QString &v = part.value;
    if (v.size() == 8) {
        const QDate date = QDate::fromString(v, QStringLiteral("yyyyMMdd"));
        if (date.isValid()) {
            m_rule.untilDate = date;
            return true;
        }
    } else if (v.size() == 16 && v.endsWith(u'Z')) {
        QDateTime dt = QDateTime::fromString(v.left(15), QStringLiteral("yyyyMMdd'T'HHmmss"));
        if (dt.isValid()) {
            dt.setTimeZone(QTimeZone::utc());
            m_rule.until = dt.toMSecsSinceEpoch();
            return true;
        }
    }
    return fail(part.valueColumn, Tr::tr("UNTIL must be a UTC time such as 20250630T000000Z or a date such as "
                                         "20250630, got '%1'")
                                      .arg(v));
}

bool Parser::checkCombination(const QList<Part> &parts)
{
    auto columnOf = [&parts](const char *name) {
        for (const Part &p : parts) {
            if (p.name == QLatin1String(name))
                return p.nameColumn;
        }
        return 1;
    };
    const bool hasFreq =
        std::any_of(parts.cbegin(), parts.cend(), [](const Part &p) { return p.name == QLatin1String("FREQ"); });
    if (!hasFreq)
        return fail(1, Tr::tr("the rule needs FREQ (DAILY, WEEKLY or MONTHLY)"));
    if (m_rule.count && (m_rule.until || m_rule.untilDate))
        return fail(columnOf("UNTIL"), Tr::tr("give COUNT or UNTIL, not both"));
    const bool monthly = m_rule.frequency == Rule::Frequency::Monthly;
    if (!monthly && !m_rule.byOrdinalDay.isEmpty())
        return fail(columnOf("BYDAY"), Tr::tr("ordinal BYDAY items such as 1MO need FREQ=MONTHLY"));
    if (m_rule.frequency == Rule::Frequency::Weekly && !m_rule.byMonthDay.isEmpty())
        return fail(columnOf("BYMONTHDAY"), Tr::tr("BYMONTHDAY cannot be used with FREQ=WEEKLY"));
    return true;
}

// ---------------------------------------------------------------------------------------
// Expansion

/// The UTC instant of a local date and time in `zone`. A time in a spring-forward gap
/// moves forward by the gap; a time that occurs twice gives the first of the two.
qint64 toUtc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const qint64 naive = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    auto offsetAt = [&zone](qint64 ms) {
        return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()))) * 1000;
    };
    const qint64 before = offsetAt(naive - kHalfDayMs);
    const qint64 first = naive - before;
    if (offsetAt(first) == before)
        return first;
    const qint64 after = offsetAt(naive + kHalfDayMs);
    const qint64 second = naive - after;
    if (offsetAt(second) == after)
        return second;
    return first; // in the gap: read with the offset before it, i.e. moved forward by the gap
}

/// Resolves a BYMONTHDAY value (negative: from the end) in a month of `days` days; 0 if none.
int monthDay(int value, int days)
{
    const int day = value > 0 ? value : days + 1 + value;
    return day >= 1 && day <= days ? day : 0;
}

/// The day of the month of the `ordinal`-th `weekday` in the month starting at `first`; 0 if none.
int ordinalDay(const QDate &first, OrdinalDay od)
{
    const int days = first.daysInMonth();
    if (od.ordinal > 0) {
        const int day = 1 + (od.weekday - first.dayOfWeek() + 7) % 7 + 7 * (od.ordinal - 1);
        return day <= days ? day : 0;
    }
    const int lastWeekday = first.addDays(days - 1).dayOfWeek();
    const int day = days - (lastWeekday - od.weekday + 7) % 7 + 7 * (od.ordinal + 1);
    return day >= 1 ? day : 0;
}

bool monthDayMatches(const Rule &rule, const QDate &date)
{
    return std::any_of(rule.byMonthDay.cbegin(), rule.byMonthDay.cend(),
                       [&date](int v) { return monthDay(v, date.daysInMonth()) == date.day(); });
}

QList<QDate> monthlyDates(const Rule &rule, const QDate &first, const QDate &start)
{
    const int days = first.daysInMonth();
    QList<int> fromMonthDay, fromWeekday;
    for (int v : rule.byMonthDay) {
        if (const int d = monthDay(v, days))
            fromMonthDay << d;
    }
    for (int d = 1; d <= days; ++d) {
        if (rule.byDay.contains(first.addDays(d - 1).dayOfWeek()))
            fromWeekday << d;
    }
    for (const OrdinalDay &od : rule.byOrdinalDay) {
        if (const int d = ordinalDay(first, od))
            fromWeekday << d;
    }
    const bool byWeekday = !rule.byDay.isEmpty() || !rule.byOrdinalDay.isEmpty();
    QList<int> chosen;
    if (rule.byMonthDay.isEmpty() && !byWeekday)
        chosen << (start.day() <= days ? start.day() : 0);
    else if (rule.byMonthDay.isEmpty())
        chosen = fromWeekday;
    else if (!byWeekday)
        chosen = fromMonthDay;
    else
        std::copy_if(fromMonthDay.cbegin(), fromMonthDay.cend(), std::back_inserter(chosen),
                     [&fromWeekday](int d) { return fromWeekday.contains(d); });
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    QList<QDate> out;
    for (int d : chosen) {
        if (d > 0)
            out << first.addDays(d - 1);
    }
    return out;
}

/// The first local date of period `p` (counted in INTERVALs from DTSTART's period).
QDate periodStart(const Rule &rule, const QDate &start, qint64 p)
{
    const qint64 steps = p * rule.interval;
    switch (rule.frequency) {
    case Rule::Frequency::Daily:
        return start.addDays(steps);
    case Rule::Frequency::Weekly:
        return start.addDays(1 - start.dayOfWeek() + 7 * steps);
    case Rule::Frequency::Monthly:
        return steps > 120000 ? QDate() : QDate(start.year(), start.month(), 1).addMonths(int(steps));
    }
    return {};
}

/// The candidate local dates of the period starting at `first`, in order.
QList<QDate> datesOfPeriod(const Rule &rule, const QDate &start, const QDate &first)
{
    switch (rule.frequency) {
    case Rule::Frequency::Daily: {
        const bool dayOk = rule.byDay.isEmpty() || rule.byDay.contains(first.dayOfWeek());
        const bool monthDayOk = rule.byMonthDay.isEmpty() || monthDayMatches(rule, first);
        return dayOk && monthDayOk ? QList<QDate>{first} : QList<QDate>{};
    }
    case Rule::Frequency::Weekly: {
        QList<int> weekdays = rule.byDay.isEmpty() ? QList<int>{start.dayOfWeek()} : rule.byDay;
        std::sort(weekdays.begin(), weekdays.end());
        weekdays.erase(std::unique(weekdays.begin(), weekdays.end()), weekdays.end());
        QList<QDate> out;
        for (int wd : weekdays)
            out << first.addDays(wd - 1);
        return out;
    }
    case Rule::Frequency::Monthly:
        return monthlyDates(rule, first, start);
    }
    return {};
}

/// Without COUNT, the first period whose occurrences can still reach `from`: elapsed time
/// over the longest a period can be (31 days a month, one hour of DST), less a margin.
qint64 firstUsefulPeriod(const Rule &rule, qint64 firstStart, qint64 lengthMs, qint64 from)
{
    const qint64 unitDays = rule.frequency == Rule::Frequency::Daily    ? 1
                            : rule.frequency == Rule::Frequency::Weekly ? 7
                                                                        : 31;
    const qint64 periodMs = unitDays * kDayMs * rule.interval + 3600 * 1000LL;
    const qint64 elapsed = from - lengthMs - firstStart;
    return elapsed <= 0 ? 0 : std::max<qint64>(0, elapsed / periodMs - 2);
}

bool pastUntil(const Rule &rule, qint64 startMs, const QDate &localDate)
{
    return (rule.until && startMs > *rule.until) || (rule.untilDate && localDate > *rule.untilDate);
}

} // namespace

std::optional<Rule> parse(const QString &text, ParseError *error)
{
    return Parser(text, error).run();
}

std::vector<TimeRange> occurrences(qint64 firstStart, qint64 lengthMs, const std::optional<Rule> &rule,
                                   const QTimeZone &zone, TimeRange within)
{
    std::vector<TimeRange> out;
    auto take = [&](qint64 start) {
        if (start < within.end && start + lengthMs > within.start)
            out.push_back({start, start + lengthMs});
    };
    take(firstStart);
    if (!rule || lengthMs < 0)
        return out;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(firstStart, zone);
    const QDate start = local.date();
    const QTime time = local.time();
    int emitted = 1; // DTSTART
    // A period starting on a later local date than the window's end (or UNTIL) has nothing left.
    QDate lastDate = QDateTime::fromMSecsSinceEpoch(within.end, zone).date();
    if (!lastDate.isValid())
        lastDate = QDate(9999, 12, 31);
    if (rule->until)
        lastDate = std::min(lastDate, QDateTime::fromMSecsSinceEpoch(*rule->until, zone).date());
    if (rule->untilDate)
        lastDate = std::min(lastDate, *rule->untilDate);
    qint64 p = rule->count ? 0 : firstUsefulPeriod(*rule, firstStart, lengthMs, within.start);
    for (int visited = 0; visited < MaxPeriods; ++visited, ++p) {
        const QDate first = periodStart(*rule, start, p);
        if (!first.isValid() || first > lastDate)
            break;
        for (const QDate &date : datesOfPeriod(*rule, start, first)) {
            const qint64 s = toUtc(date, time, zone);
            if (s <= firstStart)
                continue;
            if (pastUntil(*rule, s, date) || (rule->count && emitted >= *rule->count) || s >= within.end)
                return out;
            ++emitted;
            take(s);
        }
    }
    return out;
}

} // namespace Sla::Core::Recurrence
