// SPDX-License-Identifier: Apache-2.0
#include "alertmanagerconfig.h"

#include "core/document/tr.h"
#include "core/engine/recurrence.h"
#include "core/rules/prometheusrules.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <yaml-cpp/yaml.h>

namespace Tr = Sla::Core::TrContext::PrometheusRules;

namespace Sla::Core::Rules {

namespace {

using Seq = std::vector<std::string>;

std::string text(const QString &s)
{
    return s.toStdString();
}

std::string weekdayName(int isoDay)
{
    static const char *const names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    return names[(isoDay - 1) % 7];
}

std::string monthName(int month)
{
    return QLocale::c().monthName(month, QLocale::LongFormat).toLower().toStdString();
}

/// One `time_intervals` entry of Alertmanager: times of day plus the day selectors.
struct Interval
{
    QString start; ///< "HH:MM"
    QString end;   ///< "HH:MM", "24:00" at midnight
    Seq weekdays;
    Seq daysOfMonth;
    Seq months;
    Seq years;
};

/// The intervals of one correction in its local time; empty (and *why) when Alertmanager
/// cannot express it. A period past midnight is split at midnight.
QList<Interval> intervalsOf(const Correction &c, QString *why)
{
    const QTimeZone zone(c.timeZone.toUtf8());
    const QDateTime start = c.start.toTimeZone(zone);
    const qint64 length = c.lengthMs();
    if (length <= 0 || length > Duration::Day) {
        *why = Tr::tr("periods longer than a day cannot be a time interval");
        return {};
    }
    std::optional<Recurrence::Rule> rule;
    if (!c.recurrence.isEmpty()) {
        rule = Recurrence::parse(c.recurrence);
        if (!rule || rule->interval != 1 || !rule->byOrdinalDay.isEmpty() || rule->count || rule->until ||
            rule->untilDate) {
            *why = Tr::tr("only recurrences without INTERVAL, COUNT, UNTIL or ordinal weekdays can be a time interval");
            return {};
        }
    }
    Interval first;
    first.start = start.time().toString(QStringLiteral("HH:mm"));
    const QDateTime end = start.addMSecs(length);
    const bool split = end.date() != start.date() && end.time() != QTime(0, 0);
    first.end =
        split || end.date() != start.date() ? QStringLiteral("24:00") : end.time().toString(QStringLiteral("HH:mm"));
    if (!rule) {
        first.years = {std::to_string(start.date().year())};
        first.months = {monthName(start.date().month())};
        first.daysOfMonth = {std::to_string(start.date().day())};
    } else if (rule->frequency == Recurrence::Rule::Frequency::Weekly) {
        for (const int d : rule->byDay.isEmpty() ? QList<int>{start.date().dayOfWeek()} : rule->byDay)
            first.weekdays.push_back(weekdayName(d));
    } else if (rule->frequency == Recurrence::Rule::Frequency::Monthly) {
        for (const int d : rule->byMonthDay.isEmpty() ? QList<int>{start.date().day()} : rule->byMonthDay)
            first.daysOfMonth.push_back(std::to_string(d));
        for (const int d : rule->byDay)
            first.weekdays.push_back(weekdayName(d));
    } else {
        for (const int d : rule->byDay)
            first.weekdays.push_back(weekdayName(d));
    }
    QList<Interval> out{first};
    if (split) {
        // The rest after midnight: the next day of each selector.
        if (!first.daysOfMonth.empty() || !first.years.empty() || !first.weekdays.empty()) {
            *why = Tr::tr("a period past midnight on chosen days cannot be a time interval");
            return {};
        }
        Interval rest = first;
        rest.start = QStringLiteral("00:00");
        rest.end = end.time().toString(QStringLiteral("HH:mm"));
        out << rest;
    }
    return out;
}

void emitInterval(YAML::Emitter &e, const Interval &i, const QString &zone)
{
    e << YAML::BeginMap;
    e << YAML::Key << "times" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    e << YAML::Key << "start_time" << YAML::Value << YAML::DoubleQuoted << text(i.start);
    e << YAML::Key << "end_time" << YAML::Value << YAML::DoubleQuoted << text(i.end);
    e << YAML::EndMap << YAML::EndSeq;
    for (const auto &[key, values] : {std::pair{"weekdays", i.weekdays}, std::pair{"days_of_month", i.daysOfMonth},
                                      std::pair{"months", i.months}, std::pair{"years", i.years}}) {
        if (!values.empty())
            e << YAML::Key << key << YAML::Value << YAML::Flow << values;
    }
    e << YAML::Key << "location" << YAML::Value << text(zone);
    e << YAML::EndMap;
}

QString matcherList(const QStringList &names)
{
    QStringList escaped;
    for (const QString &n : names)
        escaped << QRegularExpression::escape(n);
    return escapeString(escaped.join(u'|'));
}

struct Muted
{
    const Correction *correction = nullptr;
    QStringList slas;
    QList<Interval> intervals;
};

/// True when correction `c` covers every alert that route `m` matches.
bool covers(const Correction &c, const Muted &m)
{
    for (const QString &sla : m.slas) {
        if (!c.slas.contains(sla))
            return false;
    }
    if (c.objectives.isEmpty())
        return true;
    if (m.correction->objectives.isEmpty())
        return false;
    for (const QString &o : m.correction->objectives) {
        if (!c.objectives.contains(o))
            return false;
    }
    return true;
}

/// The intervals that mute route `m`: its correction's and those of every correction that
/// covers its alerts (an alert takes the first route it matches: the narrowest, see
/// alertmanagerConfig()).
Seq mutes(const Muted &m, const QList<Muted> &all)
{
    Seq out;
    for (const Muted &other : all) {
        if (other.correction == m.correction || covers(*other.correction, m))
            out.push_back(text(other.correction->metadata.name));
    }
    return out;
}

void emitRoute(YAML::Emitter &e, const QList<Muted> &muted)
{
    e << YAML::Key << "route" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "receiver" << YAML::Value << "sladesk";
    e << YAML::Key << "group_by" << YAML::Value << YAML::Flow << Seq{"alertname", "sla", "objective"};
    if (!muted.isEmpty()) {
        e << YAML::Key << "routes" << YAML::Value << YAML::BeginSeq;
        for (const Muted &m : muted) {
            Seq matchers{text(QStringLiteral("sla=~\"%1\"").arg(matcherList(m.slas)))};
            if (!m.correction->objectives.isEmpty())
                matchers.push_back(
                    text(QStringLiteral("objective=~\"%1\"").arg(matcherList(m.correction->objectives))));
            e << YAML::BeginMap << YAML::Key << "receiver" << YAML::Value << "sladesk";
            e << YAML::Key << "matchers" << YAML::Value << YAML::Flow << matchers;
            e << YAML::Key << "mute_time_intervals" << YAML::Value << YAML::Flow << mutes(m, muted);
            e << YAML::EndMap;
        }
        e << YAML::EndSeq;
    }
    e << YAML::EndMap;
}

void emitInhibitRules(YAML::Emitter &e)
{
    e << YAML::Key << "inhibit_rules" << YAML::Value << YAML::BeginSeq;
    for (const char *target : {"severity=~\"ticket|info\"", "severity=\"info\""}) {
        const bool fromPage = QByteArray(target).contains("ticket");
        e << YAML::BeginMap;
        e << YAML::Key << "source_matchers" << YAML::Value << YAML::Flow
          << Seq{fromPage ? "severity=\"page\"" : "severity=\"ticket\""};
        e << YAML::Key << "target_matchers" << YAML::Value << YAML::Flow << Seq{target};
        e << YAML::Key << "equal" << YAML::Value << YAML::Flow << Seq{"sla", "objective"};
        e << YAML::EndMap;
    }
    e << YAML::EndSeq;
}

} // namespace

QByteArray alertmanagerConfig(const Workspace &workspace, const QString &onlySla, QStringList *warnings)
{
    QList<Muted> muted;
    for (const Correction &c : workspace.corrections) {
        QStringList slas = c.slas;
        if (!onlySla.isEmpty())
            slas.removeIf([&](const QString &s) { return s != onlySla; });
        if (slas.isEmpty())
            continue;
        QString why;
        const QList<Interval> intervals = intervalsOf(c, &why);
        if (intervals.isEmpty()) {
            warnings->append(Tr::tr("correction '%1' is not muted in Alertmanager: %2").arg(c.metadata.name, why));
            continue;
        }
        muted << Muted{&c, slas, intervals};
    }
    // Narrow routes first (objectives named, then fewer SLAs): an alert takes the first
    // route it matches, whose mute intervals include every correction covering it.
    std::stable_sort(muted.begin(), muted.end(), [](const Muted &a, const Muted &b) {
        return std::pair(a.correction->objectives.isEmpty(), a.slas.size()) <
               std::pair(b.correction->objectives.isEmpty(), b.slas.size());
    });
    YAML::Emitter e;
    e.SetIndent(2);
    e << YAML::BeginMap;
    emitRoute(e, muted);
    e << YAML::Key << "receivers" << YAML::Value << YAML::BeginSeq << YAML::BeginMap << YAML::Key << "name"
      << YAML::Value << "sladesk" << YAML::EndMap << YAML::EndSeq;
    emitInhibitRules(e);
    if (!muted.isEmpty()) {
        e << YAML::Key << "time_intervals" << YAML::Value << YAML::BeginSeq;
        for (const Muted &m : muted) {
            e << YAML::BeginMap << YAML::Key << "name" << YAML::Value << text(m.correction->metadata.name);
            e << YAML::Key << "time_intervals" << YAML::Value << YAML::BeginSeq;
            for (const Interval &i : m.intervals)
                emitInterval(e, i, m.correction->timeZone);
            e << YAML::EndSeq << YAML::EndMap;
        }
        e << YAML::EndSeq;
    }
    e << YAML::EndMap;
    QByteArray out = "# Generated by slactl rules --alertmanager-config (SLA Desk): merge the route, inhibit rules\n"
                     "# and time intervals into your configuration and give the receiver 'sladesk' its targets.\n";
    for (const QString &w : std::as_const(*warnings))
        out += "# not generated: " + w.simplified().toUtf8() + '\n';
    return out + e.c_str() + '\n';
}

} // namespace Sla::Core::Rules
