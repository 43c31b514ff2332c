// SPDX-License-Identifier: Apache-2.0
#include "core/engine/sli.h"

#include "core/engine/counters.h"
#include "core/engine/tr.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Tr = Sla::Core::TrContext::Engine;

namespace Sla::Core::Sli {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

std::optional<double> Ratio::value() const
{
    if (!(total > 0))
        return std::nullopt;
    return std::clamp(good / total, 0.0, 1.0);
}

std::optional<double> Ratio::errorRatio() const
{
    const auto v = value();
    if (!v)
        return std::nullopt;
    return 1.0 - *v;
}

bool Ratio::inconsistent() const
{
    // Rounding of sums over many series stays far below a relative 1e-9.
    const double slack = 1e-9 * std::abs(total);
    return good - total > slack || good < -slack;
}

Ratio fromGood(double good, double total)
{
    return {good, total};
}
Ratio fromBad(double bad, double total)
{
    return {total - bad, total};
}

// ---------------------------------------------------------------------------------------

std::optional<double> parseLe(const QString &text)
{
    const QString s = text.trimmed();
    if (s.compare(QLatin1String("+Inf"), Qt::CaseInsensitive) == 0 ||
        s.compare(QLatin1String("Inf"), Qt::CaseInsensitive) == 0)
        return kInf;
    if (s.compare(QLatin1String("-Inf"), Qt::CaseInsensitive) == 0)
        return -kInf;
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || std::isnan(v))
        return std::nullopt;
    return v;
}

std::vector<Bucket> normalizeBuckets(std::vector<Bucket> buckets)
{
    std::sort(buckets.begin(), buckets.end(), [](const Bucket &a, const Bucket &b) { return a.le < b.le; });
    std::vector<Bucket> out;
    out.reserve(buckets.size());
    for (const Bucket &b : buckets) {
        if (!out.empty() && out.back().le == b.le)
            out.back().count += b.count;
        else
            out.push_back(b);
    }
    return out;
}

BucketIncreases bucketIncreases(const std::vector<Series> &bucketSeries, TimeRange range)
{
    BucketIncreases out;
    std::vector<Bucket> raw;
    raw.reserve(bucketSeries.size());
    for (const Series &s : bucketSeries) {
        const QString text = s.labels.value(QStringLiteral("le"));
        const auto le = parseLe(text);
        if (!le) {
            out.error = s.labels.contains(QStringLiteral("le"))
                            ? Tr::tr("histogram bucket label le=\"%1\" is not a number").arg(text)
                            : Tr::tr("a histogram series has no le label; select the _bucket series of a histogram");
            return out;
        }
        if (const auto inc = Counters::increase(s, range))
            raw.push_back({*le, *inc});
    }
    out.buckets = normalizeBuckets(std::move(raw));
    return out;
}

LatencyRatio latencyRatio(const std::vector<Bucket> &buckets, double threshold)
{
    LatencyRatio r;
    if (buckets.empty() || !std::isinf(buckets.back().le)) {
        r.error = Tr::tr("the histogram has no le=\"+Inf\" bucket, so the total number of requests is unknown");
        return r;
    }
    const auto it = std::find_if(buckets.begin(), buckets.end(), [&](const Bucket &b) { return b.le == threshold; });
    if (it == buckets.end()) {
        QStringList les;
        for (const Bucket &b : buckets)
            les << (std::isinf(b.le) ? QStringLiteral("+Inf") : QString::number(b.le, 'g', 17));
        r.error = Tr::tr("no histogram bucket has le equal to the threshold %1; choose one of the bucket bounds: %2")
                      .arg(QString::number(threshold, 'g', 17), les.join(QLatin1String(", ")));
        return r;
    }
    r.ratio = {it->count, buckets.back().count};
    return r;
}

double histogramQuantile(double q, std::vector<Bucket> buckets)
{
    if (std::isnan(q))
        return kNaN;
    if (q < 0)
        return -kInf;
    if (q > 1)
        return kInf;
    buckets = normalizeBuckets(std::move(buckets));
    if (buckets.empty() || !std::isinf(buckets.back().le) || buckets.back().le < 0)
        return kNaN;
    // Scrapes of different buckets are not atomic; enforce monotonic counts.
    double maxSoFar = -kInf;
    for (Bucket &b : buckets) {
        maxSoFar = std::max(maxSoFar, b.count);
        b.count = maxSoFar;
    }
    if (buckets.size() < 2)
        return kNaN;
    const double observations = buckets.back().count;
    if (!(observations > 0))
        return kNaN;
    double rank = q * observations;
    // First bucket (excluding +Inf) whose cumulative count reaches the rank.
    std::size_t b = 0;
    const std::size_t last = buckets.size() - 1;
    while (b < last && buckets[b].count < rank)
        ++b;
    if (b == last)
        return buckets[last - 1].le;
    if (b == 0 && buckets[0].le <= 0)
        return buckets[0].le;
    double bucketStart = 0;
    double count = buckets[b].count;
    if (b > 0) {
        bucketStart = buckets[b - 1].le;
        count -= buckets[b - 1].count;
        rank -= buckets[b - 1].count;
    }
    return bucketStart + (buckets[b].le - bucketStart) * (rank / count);
}

// ---------------------------------------------------------------------------------------

Ratio classificationRatio(Engine::ClassificationMeasure measure, const Confusion &c)
{
    switch (measure) {
    case Engine::ClassificationMeasure::Precision:
        return {c.tp, c.tp + c.fp};
    case Engine::ClassificationMeasure::Recall:
        return {c.tp, c.tp + c.fn};
    case Engine::ClassificationMeasure::F1:
        return {2 * c.tp, 2 * c.tp + c.fp + c.fn};
    case Engine::ClassificationMeasure::Accuracy:
        return {c.tp + c.tn, c.tp + c.fp + c.fn + c.tn};
    }
    return {};
}

std::optional<double> classification(Engine::ClassificationMeasure measure, const Confusion &c)
{
    return classificationRatio(measure, c).value();
}

// ---------------------------------------------------------------------------------------

std::vector<double> decumulate(const std::vector<Bucket> &buckets)
{
    std::vector<double> bins(buckets.size());
    double prev = 0;
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        bins[i] = std::max(0.0, buckets[i].count - prev);
        prev = std::max(prev, buckets[i].count);
    }
    return bins;
}

std::vector<double> binMidpoints(const std::vector<Bucket> &buckets)
{
    const std::size_t n = buckets.size();
    std::vector<double> mids(n);
    if (n == 0)
        return mids;
    std::vector<double> lower(n), upper(n);
    for (std::size_t i = 0; i < n; ++i)
        upper[i] = buckets[i].le;
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0) {
            lower[i] = upper[i - 1];
            continue;
        }
        if (std::isfinite(upper[0]) && upper[0] > 0)
            lower[0] = 0;
        else if (n > 1 && std::isfinite(upper[0]) && std::isfinite(upper[1]))
            lower[0] = upper[0] - (upper[1] - upper[0]);
        else
            lower[0] = std::isfinite(upper[0]) ? upper[0] - 1 : 0; // degenerate: unit width
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isfinite(upper[i])) {
            mids[i] = (lower[i] + upper[i]) / 2;
        } else {
            // Open bin above the last finite bound: continue with the previous bin width.
            const double width = i > 0 ? upper[i - 1] - lower[i - 1] : 1.0;
            const double base = i > 0 ? upper[i - 1] : 0.0;
            mids[i] = base + width / 2;
        }
    }
    return mids;
}

namespace {

// Proportions of a count vector; empty when there is nothing to normalise.
std::vector<double> proportions(const std::vector<double> &counts)
{
    double sum = 0;
    for (double c : counts)
        sum += std::max(0.0, c);
    if (!(sum > 0))
        return {};
    std::vector<double> p(counts.size());
    for (std::size_t i = 0; i < counts.size(); ++i)
        p[i] = std::max(0.0, counts[i]) / sum;
    return p;
}

} // namespace

std::optional<double> psi(const std::vector<double> &reference, const std::vector<double> &current)
{
    if (reference.size() != current.size())
        return std::nullopt;
    auto r = proportions(reference);
    auto c = proportions(current);
    if (r.empty() || c.empty())
        return std::nullopt;
    constexpr double floor = 1e-4;
    double score = 0;
    for (std::size_t i = 0; i < r.size(); ++i) {
        const double ri = r[i] > 0 ? r[i] : floor;
        const double ci = c[i] > 0 ? c[i] : floor;
        score += (ci - ri) * std::log(ci / ri);
    }
    return score;
}

std::optional<double> jensenShannon(const std::vector<double> &reference, const std::vector<double> &current)
{
    if (reference.size() != current.size())
        return std::nullopt;
    const auto r = proportions(reference);
    const auto c = proportions(current);
    if (r.empty() || c.empty())
        return std::nullopt;
    double score = 0;
    for (std::size_t i = 0; i < r.size(); ++i) {
        const double m = (r[i] + c[i]) / 2;
        if (r[i] > 0)
            score += 0.5 * r[i] * std::log(r[i] / m);
        if (c[i] > 0)
            score += 0.5 * c[i] * std::log(c[i] / m);
    }
    return std::max(0.0, score);
}

std::optional<double> wasserstein(const std::vector<double> &reference, const std::vector<double> &current,
                                  const std::vector<double> &midpoints)
{
    if (reference.size() != current.size() || reference.size() != midpoints.size())
        return std::nullopt;
    const auto r = proportions(reference);
    const auto c = proportions(current);
    if (r.empty() || c.empty())
        return std::nullopt;
    // W1 on a line: the area between the two CDFs, which are step functions that change
    // only at the midpoints.
    double cdfR = 0, cdfC = 0, distance = 0;
    for (std::size_t i = 0; i + 1 < r.size(); ++i) {
        cdfR += r[i];
        cdfC += c[i];
        distance += std::abs(cdfR - cdfC) * (midpoints[i + 1] - midpoints[i]);
    }
    double mean = 0;
    for (std::size_t i = 0; i < r.size(); ++i)
        mean += r[i] * midpoints[i];
    double variance = 0;
    for (std::size_t i = 0; i < r.size(); ++i)
        variance += r[i] * (midpoints[i] - mean) * (midpoints[i] - mean);
    const double sd = std::sqrt(variance);
    return sd > 0 ? distance / sd : distance;
}

Outcome drift(Engine::DriftMethod method, const std::vector<Bucket> &reference, const std::vector<Bucket> &current)
{
    Outcome out;
    if (reference.size() != current.size()) {
        out.error = Tr::tr("the reference and current histograms have different buckets (%1 and %2 le values)")
                        .arg(reference.size())
                        .arg(current.size());
        return out;
    }
    for (std::size_t i = 0; i < reference.size(); ++i) {
        if (reference[i].le != current[i].le) {
            out.error = Tr::tr("the reference and current histograms have different bucket bounds");
            return out;
        }
    }
    const auto r = decumulate(reference);
    const auto c = decumulate(current);
    switch (method) {
    case Engine::DriftMethod::Psi:
        out.value = psi(r, c);
        break;
    case Engine::DriftMethod::JensenShannon:
        out.value = jensenShannon(r, c);
        break;
    case Engine::DriftMethod::Wasserstein:
        out.value = wasserstein(r, c, binMidpoints(reference));
        break;
    }
    return out;
}

// ---------------------------------------------------------------------------------------

std::optional<double> aggregate(Engine::Aggregate how, const double *values, std::size_t count)
{
    if (count == 0)
        return std::nullopt;
    switch (how) {
    case Engine::Aggregate::Avg: {
        double sum = 0;
        for (std::size_t i = 0; i < count; ++i)
            sum += values[i];
        return sum / double(count);
    }
    case Engine::Aggregate::Min:
        return *std::min_element(values, values + count);
    case Engine::Aggregate::Max:
        return *std::max_element(values, values + count);
    case Engine::Aggregate::Last:
        return values[count - 1];
    }
    return std::nullopt;
}

std::optional<double> aggregate(Engine::Aggregate how, const std::vector<double> &values)
{
    return aggregate(how, values.data(), values.size());
}

std::optional<double> aggregateOver(Engine::Aggregate how, const Series &series, TimeRange range)
{
    const auto begin = std::lower_bound(series.t.begin(), series.t.end(), range.start);
    const auto end = std::upper_bound(begin, series.t.end(), range.end);
    const auto first = std::size_t(begin - series.t.begin());
    const auto count = std::size_t(end - begin);
    return aggregate(how, series.v.data() + first, count);
}

bool compare(double value, Engine::CompareOp op, double threshold)
{
    switch (op) {
    case Engine::CompareOp::Gte:
        return value >= threshold;
    case Engine::CompareOp::Gt:
        return value > threshold;
    case Engine::CompareOp::Lte:
        return value <= threshold;
    case Engine::CompareOp::Lt:
        return value < threshold;
    }
    return false;
}

} // namespace Sla::Core::Sli
