// SPDX-License-Identifier: Apache-2.0
#include "core/report/reportbuilder.h"

#include "core/alerting/alerthistory.h"
#include "core/document/tr.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>

namespace Tr = Sla::Core::TrContext::Report;

namespace Sla::Core::Report {

namespace {

constexpr qint64 DayMs = Duration::Day;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QDateTime localMidnight(const QDate &date, const QTimeZone &zone)
{
    return QDateTime(date, QTime(0, 0), zone).toUTC();
}

/// Waits for `future` with a local event loop, polling `cancelled` every 50 ms; nothing
/// when it was cancelled or ended without a result.
template <typename T> std::optional<T> await(QFuture<T> future, const ReportCallbacks &callbacks, QString *error)
{
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QTimer poll;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (callbacks.cancelled && callbacks.cancelled())
            loop.quit();
    });
    watcher.setFuture(future);
    poll.start(50);
    if (!future.isFinished())
        loop.exec();
    if (!future.isFinished()) {
        *error = Tr::tr("cancelled");
        return std::nullopt;
    }
    if (future.resultCount() == 0) {
        *error = Tr::tr("the evaluation ended without a result");
        return std::nullopt;
    }
    return future.result();
}

/// One evaluator per window length: the report period, the previous period (the same
/// length) and the calendar months share those of equal length, so a recording is loaded
/// once per length.
class Evaluations
{
public:
    Evaluations(const ReportRequest &request) : m_request(request) {}

    Evaluator &forLength(qint64 lengthMs)
    {
        std::unique_ptr<Evaluator> &e = m_evaluators[lengthMs];
        if (!e) {
            e = std::make_unique<Evaluator>();
            e->setWorkspace(withWindow(m_request.workspace, lengthMs), m_request.options);
        }
        return *e;
    }

private:
    const ReportRequest &m_request;
    std::map<qint64, std::unique_ptr<Evaluator>> m_evaluators;
};

QString severityName(AlertSeverity s)
{
    return toString(s);
}

/// Firing episodes of an objective's alerts from the history: [firing, resolved or open].
struct Episode
{
    qint64 start = 0;
    qint64 end = std::numeric_limits<qint64>::max();
    AlertSeverity severity = AlertSeverity::Info;
    QString rule;
    Alerting::AlertKey key;
};

QList<Episode> episodes(const QList<Alerting::HistoryEvent> &events, const QString &sla, const QString &objective)
{
    QList<Episode> out;
    QHash<QString, qsizetype> open; // fingerprint -> index of its open episode
    for (const Alerting::HistoryEvent &e : events) {
        if (e.type != Alerting::HistoryEvent::Type::Transition || e.key.sla != sla || e.key.objective != objective)
            continue;
        const QString to = e.data.value(QStringLiteral("to")).toString();
        const QString fp = e.key.fingerprint();
        if (to == QLatin1String("firing") && !open.contains(fp)) {
            open.insert(fp, out.size());
            out << Episode{e.at.toMSecsSinceEpoch(), std::numeric_limits<qint64>::max(), e.severity, e.key.rule, e.key};
        } else if (to != QLatin1String("firing") && to != QLatin1String("pending") && open.contains(fp)) {
            out[open.take(fp)].end = e.at.toMSecsSinceEpoch();
        }
    }
    return out;
}

/// Severity, alert and first acknowledgement of the episodes overlapping a breach.
void annotateBreach(Breach &b, const QList<Episode> &eps, const QList<Alerting::HistoryEvent> &events)
{
    const qint64 s = b.start.toMSecsSinceEpoch();
    const qint64 e = b.end.toMSecsSinceEpoch();
    for (const Episode &ep : eps) {
        if (ep.start > e || ep.end < s)
            continue;
        if (b.severity.isEmpty() || int(ep.severity) < int(*severityFromString(b.severity))) {
            b.severity = severityName(ep.severity);
            b.alert = ep.rule;
        }
        for (const Alerting::HistoryEvent &ev : events) {
            const qint64 at = ev.at.toMSecsSinceEpoch();
            if (ev.type == Alerting::HistoryEvent::Type::Acknowledged && ev.key == ep.key && at >= ep.start &&
                at <= ep.end && (!b.ackAt.isValid() || ev.at < b.ackAt)) {
                b.ackAt = ev.at;
                b.ackBy = ev.actor;
                b.ackNote = ev.text;
            }
        }
    }
}

QList<Breach> breachesOf(const ObjectiveSeries &s, const QList<Alerting::HistoryEvent> &events, const QString &sla,
                         const QString &objective)
{
    const QList<Episode> eps = episodes(events, sla, objective);
    QList<Breach> out;
    for (const auto &[a, b] : s.breaches) {
        Breach breach;
        breach.start = utc(qint64(a));
        breach.end = utc(qint64(b));
        breach.durationMs = qint64(b - a);
        annotateBreach(breach, eps, events);
        out << breach;
    }
    return out;
}

/// The lowest mean SLI of the 24 h buckets from the period start (a point belongs to the
/// bucket its step ends in).
void worstDay(ObjectiveFigures &f, const ObjectiveSeries &daily, const Period &period)
{
    std::map<qint64, std::pair<double, int>> buckets;
    const qint64 from = period.from.toMSecsSinceEpoch();
    for (size_t i = 0; i < daily.t.size() && i < daily.sli.size(); ++i) {
        if (!std::isfinite(daily.sli[i]))
            continue;
        auto &[sum, n] = buckets[(qint64(daily.t[i]) - 1 - from) / DayMs];
        sum += daily.sli[i];
        ++n;
    }
    for (const auto &[day, acc] : buckets) {
        const double mean = acc.first / acc.second;
        if (!f.worstDaySli || mean < *f.worstDaySli) {
            f.worstDaySli = mean;
            f.worstDay = utc(from + day * DayMs);
        }
    }
}

void consumption(ObjectiveFigures &f, const Objective &def)
{
    const ObjectiveResult &r = f.result;
    if (r.budgeting == Budgeting::Method::Timeslices) {
        if (r.sli) {
            f.consumedEvents = r.badSlices;
            f.consumedTime = double(r.badSlices) * double(def.budgeting.slice.ms) / 1000.0;
        }
        return;
    }
    if (!r.good || !r.total || !r.sli)
        return;
    f.consumedEvents = *r.total - *r.good;
    // The engine's traffic rate: remainingEvents / remainingTime (README, errorBudget).
    if (r.remainingEvents && r.remainingTime && *r.remainingEvents != 0.0)
        f.consumedTime = *f.consumedEvents * *r.remainingTime / *r.remainingEvents;
}

std::optional<double> withinTarget(const ObjectiveSeries &s, double target)
{
    int n = 0;
    int within = 0;
    for (double v : s.sli) {
        if (!std::isfinite(v))
            continue;
        ++n;
        within += v >= target ? 1 : 0;
    }
    return n > 0 ? std::optional<double>(double(within) / n) : std::nullopt;
}

QList<CorrectionApplied> correctionsOf(const Workspace &ws, const ObjectiveResult &r, const ObjectiveSeries &s)
{
    QList<CorrectionApplied> out;
    for (const QString &name : r.corrections) {
        for (const Correction &c : ws.corrections) {
            if (c.metadata.name != name)
                continue;
            CorrectionApplied a{name, toString(c.category), c.description, c.approvedBy, {}};
            for (const auto &[from, to] : s.corrected)
                a.periods << std::pair(utc(qint64(from)), utc(qint64(to)));
            out << a;
        }
    }
    return out;
}

QList<RemediationRun> remediationsOf(const QList<Alerting::HistoryEvent> &events, const QString &sla,
                                     const Period &period)
{
    QList<RemediationRun> out;
    for (const Alerting::HistoryEvent &e : events) {
        if (e.type != Alerting::HistoryEvent::Type::RemediationRun || e.key.sla != sla || e.at < period.from ||
            e.at >= period.to)
            continue;
        out << RemediationRun{e.at,
                              e.key.objective,
                              e.actor,
                              e.data.value(QStringLiteral("status")).toVariant().toString(),
                              e.data.value(QStringLiteral("url")).toString(),
                              e.text};
    }
    return out;
}

int statusRank(ObjectiveStatus s)
{
    switch (s) {
    case ObjectiveStatus::Breached:
        return 4;
    case ObjectiveStatus::AtRisk:
        return 3;
    case ObjectiveStatus::InsufficientData:
        return 2;
    case ObjectiveStatus::NoData:
        return 1;
    case ObjectiveStatus::Met:
        return 0;
    }
    return 0;
}

std::optional<double> slaScore(const SlaFigures &s)
{
    double sum = 0;
    int n = 0;
    for (const ObjectiveFigures &o : s.objectives) {
        if (o.withinTarget) {
            sum += *o.withinTarget;
            ++n;
        }
    }
    return n ? std::optional<double>(sum / n) : std::nullopt;
}

void summarise(ComplianceReport &report)
{
    std::map<QString, std::pair<double, double>> weighted; // tier -> (sum, weights)
    double allSum = 0;
    double allWeights = 0;
    for (const SlaFigures &s : report.slas) {
        auto it = std::find_if(report.tiers.begin(), report.tiers.end(),
                               [&](const TierSummary &t) { return t.tier == s.tier; });
        if (it == report.tiers.end())
            it = report.tiers.insert(report.tiers.end(), TierSummary{s.tier, 0, 0, 0, 0, 0, {}});
        ObjectiveStatus worst = ObjectiveStatus::Met;
        for (const ObjectiveFigures &o : s.objectives)
            worst = statusRank(o.result.status) > statusRank(worst) ? o.result.status : worst;
        int *counts[] = {&it->met, &it->noData, &it->insufficientData, &it->atRisk, &it->breached};
        ++*counts[statusRank(worst)];
        if (const std::optional<double> score = slaScore(s)) {
            weighted[s.tier].first += *score * s.weight;
            weighted[s.tier].second += s.weight;
            allSum += *score * s.weight;
            allWeights += s.weight;
        }
    }
    for (TierSummary &t : report.tiers) {
        if (weighted.count(t.tier) && weighted[t.tier].second > 0)
            t.score = weighted[t.tier].first / weighted[t.tier].second;
    }
    std::sort(report.tiers.begin(), report.tiers.end(),
              [](const TierSummary &a, const TierSummary &b) { return a.tier < b.tier; });
    if (allWeights > 0)
        report.overallScore = allSum / allWeights;
    for (const SlaFigures &s : report.slas) {
        for (const ObjectiveFigures &o : s.objectives) {
            if (o.previousConsumed && o.result.consumed)
                report.changes << Change{s.name, o.result.name, *o.previousConsumed, *o.result.consumed};
        }
    }
    std::stable_sort(report.changes.begin(), report.changes.end(), [](const Change &a, const Change &b) {
        return std::abs(a.current - a.previous) > std::abs(b.current - b.previous);
    });
    if (report.changes.size() > 5)
        report.changes.resize(5);
}

/// Everything buildReport() carries between its steps.
class Builder
{
public:
    Builder(const ReportRequest &request, const ReportCallbacks &callbacks)
        : m_request(request), m_callbacks(callbacks), m_evaluations(request)
    {
    }

    std::optional<ComplianceReport> run(QString *error);

private:
    bool step(const QString &what)
    {
        if (m_callbacks.progress)
            m_callbacks.progress(m_done, m_total, what);
        ++m_done;
        return !(m_callbacks.cancelled && m_callbacks.cancelled());
    }
    bool readHistory(QString *error);
    /// `main`: the report period's evaluation, whose warnings the report carries (the
    /// previous period and the months would repeat them, or warn about other windows).
    std::optional<EvaluationReport> evaluate(qint64 lengthMs, const QDateTime &at, QString *error, bool main);
    bool objectiveFigures(const Sla &def, const ObjectiveResult &r, ObjectiveFigures *f, QString *error);
    void addHistory(const QDateTime &from, const QDateTime &to, const EvaluationReport &month);
    void addPrevious(const EvaluationReport &previous);

    const ReportRequest &m_request;
    const ReportCallbacks &m_callbacks;
    Evaluations m_evaluations;
    QList<Alerting::HistoryEvent> m_events;
    ComplianceReport m_report;
    int m_done = 0;
    int m_total = 0;
};

bool Builder::readHistory(QString *error)
{
    if (m_request.historyFile.isEmpty())
        return true;
    if (!QFileInfo(m_request.historyFile).isFile()) {
        *error = Tr::tr("no alert history at %1").arg(m_request.historyFile);
        return false;
    }
    Alerting::AlertHistory history(m_request.historyFile);
    QString why;
    if (!history.open(&why)) {
        *error = Tr::tr("cannot read the alert history %1: %2").arg(m_request.historyFile, why);
        return false;
    }
    m_events = history.events();
    m_report.historyFile = m_request.historyFile;
    return true;
}

std::optional<EvaluationReport> Builder::evaluate(qint64 lengthMs, const QDateTime &at, QString *error, bool main)
{
    std::optional<EvaluationReport> r = await(m_evaluations.forLength(lengthMs).evaluate(at), m_callbacks, error);
    if (r && main) {
        for (const QString &w : std::as_const(r->warnings)) {
            if (!m_report.warnings.contains(w))
                m_report.warnings << w;
        }
        for (const QString &e : std::as_const(r->sourceErrors)) {
            if (!m_report.warnings.contains(e))
                m_report.warnings << e;
        }
    }
    return r;
}

bool Builder::objectiveFigures(const Sla &def, const ObjectiveResult &r, ObjectiveFigures *f, QString *error)
{
    const Period &p = m_request.period;
    const auto it = std::find_if(def.objectives.begin(), def.objectives.end(),
                                 [&](const Objective &o) { return o.name == r.name; });
    if (it == def.objectives.end())
        return true;
    f->result = r;
    f->kind = toString(r.kind);
    f->budgeting =
        r.budgeting == Budgeting::Method::Timeslices ? QStringLiteral("timeslices") : QStringLiteral("occurrences");
    Evaluator &e = m_evaluations.forLength(p.lengthMs());
    // The chart's step: at least an hour, at most about 720 steps, on whole hours.
    const qint64 step = std::max<qint64>(1, p.lengthMs() / 720 / Duration::Hour) * Duration::Hour;
    const std::optional<ObjectiveSeries> chart =
        await(e.series(def.metadata.name, r.name, p.from, p.to, step, false), m_callbacks, error);
    const std::optional<ObjectiveSeries> daily =
        chart ? await(e.series(def.metadata.name, r.name, p.from, p.to, DayMs, false), m_callbacks, error)
              : std::nullopt;
    if (!chart || !daily)
        return false;
    f->series = *chart;
    f->breaches = breachesOf(*chart, m_events, def.metadata.name, r.name);
    for (const Breach &b : std::as_const(f->breaches))
        f->breachMs += b.durationMs;
    worstDay(*f, *daily, p);
    consumption(*f, *it);
    if (r.kind == IndicatorKind::Drift)
        f->drift = r.latest;
    f->withinTarget = withinTarget(*chart, r.target);
    f->corrections = correctionsOf(m_request.workspace, r, *chart);
    if (r.sli && *r.sli < r.target && !def.contract.isEmpty())
        f->credit = creditFor(def.contract, *r.sli, r.target);
    f->credit.contractPeriod = toString(def.contract.period);
    f->credit.matchesContractPeriod = p.calendar && *p.calendar == def.contract.period;
    return true;
}

void Builder::addPrevious(const EvaluationReport &previous)
{
    for (SlaFigures &s : m_report.slas) {
        for (ObjectiveFigures &o : s.objectives) {
            if (const ObjectiveResult *r = previous.findObjective(s.name, o.result.name)) {
                o.previousSli = r->sli;
                o.previousConsumed = r->consumed;
            }
        }
    }
}

void Builder::addHistory(const QDateTime &from, const QDateTime &to, const EvaluationReport &month)
{
    const QTimeZone zone = QTimeZone(m_request.period.timeZone.toUtf8());
    const QDateTime localFrom = from.toTimeZone(zone);
    const QDateTime localTo = to.toTimeZone(zone);
    const QString label = localFrom.toString(QStringLiteral("yyyy-MM"));
    const auto monthStart = [](const QDateTime &t) { return t.date().day() == 1 && t.time() == QTime(0, 0); };
    const bool partial = !monthStart(localFrom) || !monthStart(localTo);
    for (SlaFigures &s : m_report.slas) {
        for (ObjectiveFigures &o : s.objectives) {
            const ObjectiveResult *r = month.findObjective(s.name, o.result.name);
            o.history << HistoryRow{label,
                                    from,
                                    to,
                                    partial,
                                    r ? r->sli : std::nullopt,
                                    r ? r->consumed : std::nullopt,
                                    r ? r->status : ObjectiveStatus::NoData};
        }
    }
}

std::optional<ComplianceReport> Builder::run(QString *error)
{
    const Period &p = m_request.period;
    for (const QString &name : m_request.slas) {
        if (!m_request.workspace.findSla(name)) {
            *error = Tr::tr("no SLA '%1' in the workspace").arg(name);
            return std::nullopt;
        }
    }
    if (!readHistory(error))
        return std::nullopt;
    const QList<std::pair<QDateTime, QDateTime>> months = monthsIn(p, QTimeZone(p.timeZone.toUtf8()));
    int objectives = 0;
    for (const Sla &s : m_request.workspace.slas)
        objectives += m_request.slas.isEmpty() || m_request.slas.contains(s.metadata.name) ? s.objectives.size() : 0;
    m_total = 2 + int(months.size()) + objectives;
    m_report.period = p;
    m_report.workspace = m_request.workspaceLabel;
    m_report.generated = QDateTime::currentDateTimeUtc();
    m_report.evaluatedAt = p.to;
    if (!step(Tr::tr("evaluating the period")))
        return std::nullopt;
    const std::optional<EvaluationReport> main = evaluate(p.lengthMs(), p.to, error, true);
    if (!main)
        return std::nullopt;
    for (const SlaResult &s : main->slas) {
        const Sla *def = m_request.workspace.findSla(s.name);
        if (!def || (!m_request.slas.isEmpty() && !m_request.slas.contains(s.name)))
            continue;
        SlaFigures sla{s.name,
                       s.displayName,
                       s.tier,
                       s.owner,
                       def->weight.value_or(1.0),
                       {},
                       0,
                       s.annotations,
                       remediationsOf(m_events, s.name, p)};
        for (const ObjectiveResult &r : s.objectives) {
            if (!step(Tr::tr("charts of %1/%2").arg(s.name, r.name)))
                return std::nullopt;
            ObjectiveFigures f;
            if (!objectiveFigures(*def, r, &f, error))
                return std::nullopt;
            sla.creditOwed = std::max(sla.creditOwed, f.credit.credit);
            sla.objectives << f;
        }
        m_report.slas << sla;
    }
    if (!step(Tr::tr("evaluating the previous period")))
        return std::nullopt;
    const std::optional<EvaluationReport> previous = evaluate(p.lengthMs(), p.from, error, false);
    if (!previous)
        return std::nullopt;
    addPrevious(*previous);
    for (const auto &[from, to] : months) {
        if (!step(Tr::tr("evaluating %1").arg(from.toString(Qt::ISODate))))
            return std::nullopt;
        const std::optional<EvaluationReport> month = evaluate(from.msecsTo(to), to, error, false);
        if (!month)
            return std::nullopt;
        addHistory(from, to, *month);
    }
    summarise(m_report);
    if (m_callbacks.progress)
        m_callbacks.progress(m_total, m_total, Tr::tr("done"));
    return m_report;
}

} // namespace

std::optional<Period> parsePeriod(const QString &spec, const QTimeZone &zone, QString *error)
{
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    QDate start;
    int months = 0;
    std::optional<CalendarUnit> unit;
    if (const auto m = month.match(spec); m.hasMatch()) {
        start = QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        months = 1;
        unit = CalendarUnit::Month;
    } else if (const auto q = quarter.match(spec); q.hasMatch()) {
        start = QDate(q.captured(1).toInt(), (q.captured(2).toInt() - 1) * 3 + 1, 1);
        months = 3;
        unit = CalendarUnit::Quarter;
    }
    if (!start.isValid() || !zone.isValid()) {
        *error = Tr::tr("'%1' is not a period; use a month (2025-06) or a quarter (2025-Q2)").arg(spec);
        return std::nullopt;
    }
    Period p;
    p.from = localMidnight(start, zone);
    p.to = localMidnight(start.addMonths(months), zone);
    p.timeZone = QString::fromUtf8(zone.id());
    p.label = unit == CalendarUnit::Month ? start.toString(QStringLiteral("yyyy-MM"))
                                          : QStringLiteral("%1-Q%2").arg(start.year()).arg((start.month() + 2) / 3);
    p.calendar = unit;
    return p;
}

Period periodBetween(const QDateTime &from, const QDateTime &to, const QTimeZone &zone)
{
    Period p;
    p.from = from.toUTC();
    p.to = to.toUTC();
    p.timeZone = QString::fromUtf8(zone.id());
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    p.label =
        QStringLiteral("%1 – %2").arg(from.toTimeZone(zone).toString(format), to.toTimeZone(zone).toString(format));
    return p;
}

QList<std::pair<QDateTime, QDateTime>> monthsIn(const Period &period, const QTimeZone &zone)
{
    QList<std::pair<QDateTime, QDateTime>> out;
    const QDate first = period.from.toTimeZone(zone).date();
    for (QDate m(first.year(), first.month(), 1);; m = m.addMonths(1)) {
        const QDateTime start = std::max(localMidnight(m, zone), period.from);
        const QDateTime end = std::min(localMidnight(m.addMonths(1), zone), period.to);
        if (start >= period.to)
            break;
        if (start < end)
            out << std::pair(start, end);
    }
    return out;
}

Workspace withWindow(const Workspace &workspace, qint64 lengthMs)
{
    Workspace out = workspace;
    for (Sla &s : out.slas) {
        for (Objective &o : s.objectives)
            o.window = Window::rollingWindow(Duration{lengthMs});
    }
    return out;
}

Credit creditFor(const Contract &contract, double sli, double target)
{
    Credit c;
    c.applies = sli < target;
    c.sli = sli;
    c.contractPeriod = toString(contract.period);
    if (!c.applies)
        return c;
    for (int i = 0; i < contract.credits.size(); ++i) {
        const CreditTier &row = contract.credits.at(i);
        if (sli < row.below && row.credit > c.credit) {
            c.row = i;
            c.below = row.below;
            c.credit = row.credit;
        }
    }
    return c;
}

std::optional<ComplianceReport> buildReport(const ReportRequest &request, const ReportCallbacks &callbacks,
                                            QString *error)
{
    ReportRequest req = request;
    if (!req.options.alignTo.isValid())
        req.options.alignTo = req.period.to;
    Builder builder(req, callbacks);
    std::optional<ComplianceReport> report = builder.run(error);
    if (!report && error->isEmpty())
        *error = Tr::tr("cancelled");
    return report;
}

} // namespace Sla::Core::Report
