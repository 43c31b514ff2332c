// SPDX-License-Identifier: Apache-2.0
#include "core/engine/budget.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Sla::Core::Budget {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// 1 - 0.9 is 0.09999999999999998 in binary floating point, so an exactly spent budget
// (3 bad slices of 3 allowed) would come out as remaining -2e-16 and read "breached".
// Figures within 1e-9 of a whole budget are snapped to it.
ErrorBudget fromConsumed(double consumed)
{
    if (std::abs(consumed - 1) < 1e-9)
        consumed = 1;
    else if (std::abs(consumed) < 1e-9)
        consumed = 0;
    return {consumed, 1 - consumed};
}
} // namespace

QString statusName(Status status)
{
    switch (status) {
    case Status::NoData:
        return QStringLiteral("no_data");
    case Status::Breached:
        return QStringLiteral("breached");
    case Status::AtRisk:
        return QStringLiteral("at_risk");
    case Status::Met:
        return QStringLiteral("met");
    case Status::InsufficientData:
        return QStringLiteral("insufficient_data");
    }
    return {};
}

ErrorBudget occurrences(std::optional<double> sli, double target)
{
    if (!sli || !(target < 1))
        return {};
    return fromConsumed((1 - *sli) / (1 - target));
}

Status status(std::optional<double> remaining, double atRisk)
{
    if (!remaining || std::isnan(*remaining))
        return Status::NoData;
    if (*remaining < 0)
        return Status::Breached;
    if (*remaining < atRisk)
        return Status::AtRisk;
    return Status::Met;
}

// ---------------------------------------------------------------------------------------

SliceOutcome classify(std::optional<double> value, Engine::CompareOp op, double threshold)
{
    if (!value || std::isnan(*value))
        return SliceOutcome::Gap;
    return Sli::compare(*value, op, threshold) ? SliceOutcome::Good : SliceOutcome::Bad;
}

std::optional<double> TimesliceTally::sli() const
{
    if (good + bad == 0)
        return std::nullopt;
    return double(good) / double(good + bad);
}

TimesliceTally tally(const std::vector<SliceOutcome> &outcomes)
{
    const auto count = [&](SliceOutcome o) { return std::count(outcomes.cbegin(), outcomes.cend(), o); };
    TimesliceTally t;
    t.good = decltype(t.good)(count(SliceOutcome::Good));
    t.bad = decltype(t.bad)(count(SliceOutcome::Bad));
    t.gaps = decltype(t.gaps)(count(SliceOutcome::Gap));
    t.excluded = decltype(t.excluded)(count(SliceOutcome::Excluded));
    return t;
}

void excludeSlices(std::vector<SliceOutcome> &outcomes, const std::vector<TimeRange> &slices,
                   const std::vector<TimeRange> &excluded)
{
    if (excluded.empty())
        return;
    for (std::size_t i = 0; i < outcomes.size() && i < slices.size(); ++i) {
        const TimeRange &s = slices[i];
        // The first period ending after the slice starts is the only one that can overlap it.
        const auto it = std::upper_bound(excluded.begin(), excluded.end(), s.start,
                                         [](qint64 t, const TimeRange &p) { return t < p.end; });
        if (it != excluded.end() && it->start < s.end)
            outcomes[i] = SliceOutcome::Excluded;
    }
}

// ---------------------------------------------------------------------------------------

std::vector<TimeRange> clipRanges(const std::vector<TimeRange> &ranges, TimeRange to)
{
    std::vector<TimeRange> out;
    for (const TimeRange &r : ranges) {
        const TimeRange c{std::max(r.start, to.start), std::min(r.end, to.end)};
        if (c.end > c.start)
            out.push_back(c);
    }
    return out;
}

std::optional<Sli::Ratio> correctedCount(const EventCount &count, TimeRange range,
                                         const std::vector<TimeRange> &excluded)
{
    std::optional<Sli::Ratio> events = count(range);
    if (!events)
        return std::nullopt;
    for (const TimeRange &p : clipRanges(excluded, range)) {
        if (const std::optional<Sli::Ratio> inside = count(p)) {
            events->good -= inside->good;
            events->total -= inside->total;
        }
    }
    return events;
}

ErrorBudget timeslices(const TimesliceTally &tally, double target, int slicesInWindow)
{
    if (tally.good + tally.bad == 0 || !(target < 1) || slicesInWindow <= 0)
        return {};
    const double allowedBad = (1 - target) * double(slicesInWindow);
    return fromConsumed(double(tally.bad) / allowedBad);
}

// ---------------------------------------------------------------------------------------

QString burnRateWindowName(std::size_t i)
{
    static const char *const names[] = {"5m", "30m", "1h", "2h", "6h", "1d", "3d"};
    return i < BurnRateWindows.size() ? QString::fromLatin1(names[i]) : QString();
}

std::optional<double> burnRate(std::optional<double> errorRatio, double target)
{
    if (!errorRatio || !(target < 1))
        return std::nullopt;
    return *errorRatio / (1 - target);
}

std::optional<qint64> projectedExhaustion(qint64 at, std::optional<double> remaining, std::optional<double> burnRate,
                                          qint64 budgetPeriod)
{
    if (!remaining)
        return std::nullopt;
    if (*remaining <= 0)
        return at;
    if (!burnRate || !(*burnRate > 0))
        return std::nullopt;
    const double ms = *remaining * double(budgetPeriod) / *burnRate;
    if (ms > 1e15) // further away than 30,000 years: never, for any practical purpose
        return std::nullopt;
    return at + qint64(std::llround(ms));
}

// ---------------------------------------------------------------------------------------

namespace {

// Sums per-series increases over several ranges ending at `end`; nothing for a range
// where no series has data.
std::vector<std::optional<double>> sumEndingAt(const std::vector<Counters::CounterView> &counters, qint64 end,
                                               std::span<const qint64> lengths)
{
    std::vector<std::optional<double>> sums(lengths.size());
    std::vector<std::optional<double>> one(lengths.size());
    for (const auto &c : counters) {
        Counters::increasesEndingAt(c, end, lengths, one);
        for (std::size_t k = 0; k < lengths.size(); ++k) {
            if (one[k])
                sums[k] = sums[k].value_or(0.0) + *one[k];
        }
    }
    return sums;
}

std::optional<Sli::Ratio> makeRatio(std::optional<double> numerator, std::optional<double> total, bool isBad)
{
    if (!total)
        return std::nullopt;
    const double num = numerator.value_or(0.0);
    return isBad ? Sli::fromBad(num, *total) : Sli::fromGood(num, *total);
}

} // namespace

std::vector<std::optional<Sli::Ratio>> RatioCounters::ratiosEndingAt(qint64 end, std::span<const qint64> lengths) const
{
    const auto totals = sumEndingAt(total, end, lengths);
    const auto numerators = sumEndingAt(numerator, end, lengths);
    std::vector<std::optional<Sli::Ratio>> out(lengths.size());
    for (std::size_t k = 0; k < lengths.size(); ++k)
        out[k] = makeRatio(numerators[k], totals[k], numeratorIsBad);
    return out;
}

std::optional<Sli::Ratio> RatioCounters::ratio(TimeRange range) const
{
    const qint64 length = range.length();
    return ratiosEndingAt(range.end, std::span<const qint64>(&length, 1)).front();
}

BurnRates burnRates(const RatioCounters &counters, qint64 at, double target)
{
    BurnRates out;
    const auto ratios = counters.ratiosEndingAt(at, BurnRateWindows);
    for (std::size_t i = 0; i < BurnRateWindows.size(); ++i)
        out[i] = burnRate(ratios[i] ? ratios[i]->errorRatio() : std::nullopt, target);
    return out;
}

Evaluation evaluateOccurrences(const RatioCounters &counters, TimeRange window, qint64 budgetPeriod, double target,
                               double atRisk)
{
    // The compliance window and the seven burn-rate windows all end at window.end: one
    // pass over each series serves all eight.
    std::array<qint64, BurnRateWindows.size() + 1> lengths;
    lengths[0] = window.length();
    std::copy(BurnRateWindows.begin(), BurnRateWindows.end(), lengths.begin() + 1);
    const auto ratios = counters.ratiosEndingAt(window.end, lengths);

    Evaluation e;
    e.events = ratios[0];
    e.sli = e.events ? e.events->value() : std::nullopt;
    e.budget = occurrences(e.sli, target);
    e.status = status(e.budget.remaining, atRisk);
    for (std::size_t i = 0; i < BurnRateWindows.size(); ++i)
        e.burnRates[i] = burnRate(ratios[i + 1] ? ratios[i + 1]->errorRatio() : std::nullopt, target);
    e.exhaustion =
        projectedExhaustion(window.end, e.budget.remaining, e.burnRates[ProjectionBurnRateIndex], budgetPeriod);
    return e;
}

// ---------------------------------------------------------------------------------------

ChartSeries occurrencesChart(const RatioCounters &counters, TimeRange window, qint64 step, double target,
                             const std::vector<TimeRange> &excluded)
{
    ChartSeries out;
    if (step <= 0 || window.end <= window.start || !(target < 1))
        return out;
    std::vector<Counters::CounterPrefix> numerator, total;
    numerator.reserve(counters.numerator.size());
    total.reserve(counters.total.size());
    for (const auto &c : counters.numerator)
        numerator.emplace_back(c);
    for (const auto &c : counters.total)
        total.emplace_back(c);
    const EventCount rawCount = [&](TimeRange r) {
        return makeRatio(Counters::sumIncrease(numerator, r), Counters::sumIncrease(total, r), counters.numeratorIsBad);
    };
    const auto ratioOver = [&](TimeRange r) { return correctedCount(rawCount, r, excluded); };

    const auto whole = ratioOver(window);
    const double allowedBad = whole ? (1 - target) * whole->total : 0.0;
    const std::size_t n = std::size_t((window.length() + step - 1) / step);
    out.t.reserve(n);
    out.sli.reserve(n);
    out.remaining.reserve(n);
    for (qint64 t = window.start + step;; t += step) {
        t = std::min(t, window.end);
        const auto stepRatio = ratioOver({std::max(window.start, t - step), t});
        const auto toDate = ratioOver({window.start, t});
        out.t.push_back(t);
        out.sli.push_back(stepRatio ? stepRatio->value().value_or(kNaN) : kNaN);
        double remaining = kNaN;
        if (toDate && allowedBad > 0)
            remaining = 1 - std::max(0.0, toDate->total - toDate->good) / allowedBad;
        out.remaining.push_back(remaining);
        if (t == window.end)
            break;
    }
    return out;
}

ChartSeries timesliceChart(const std::vector<TimeRange> &slices, const std::vector<std::optional<double>> &values,
                           const std::vector<SliceOutcome> &outcomes, double target, int slicesInWindow)
{
    ChartSeries out;
    const std::size_t n = std::min({slices.size(), values.size(), outcomes.size()});
    const double allowedBad = (1 - target) * double(slicesInWindow);
    int bad = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (outcomes[i] == SliceOutcome::Bad)
            ++bad;
        out.t.push_back(slices[i].end);
        out.sli.push_back(values[i].value_or(kNaN));
        out.remaining.push_back(allowedBad > 0 ? 1 - double(bad) / allowedBad : kNaN);
    }
    return out;
}

} // namespace Sla::Core::Budget
