// SPDX-License-Identifier: Apache-2.0
#include "core/engine/samples.h"

#include <algorithm>
#include <cmath>

namespace Sla::Core::Samples {

std::optional<std::pair<double, double>> wilson(double successes, double n, double z)
{
    if (!(n > 0) || !(successes >= 0) || successes > n || !std::isfinite(n))
        return std::nullopt;
    const double p = successes / n;
    const double z2 = z * z;
    const double denominator = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return std::pair{std::clamp(centre - half, 0.0, 1.0), std::clamp(centre + half, 0.0, 1.0)};
}

std::optional<double> sampleSize(Engine::ClassificationMeasure measure, double good, double total)
{
    if (!(total > 0))
        return std::nullopt;
    if (measure == Engine::ClassificationMeasure::F1)
        return total - std::clamp(good, 0.0, total) / 2; // 2tp + fp + fn - tp
    return total;
}

std::optional<std::pair<double, double>> interval(Engine::ClassificationMeasure measure, double good, double total)
{
    const std::optional<double> n = sampleSize(measure, good, total);
    if (!n)
        return std::nullopt;
    // Extrapolated increases of different counters may disagree slightly: keep good in [0, total].
    const double g = std::clamp(good, 0.0, total);
    if (measure != Engine::ClassificationMeasure::F1)
        return wilson(g, *n);
    const auto jaccard = wilson(g / 2, *n);
    if (!jaccard)
        return std::nullopt;
    const auto f1 = [](double j) { return 2 * j / (1 + j); };
    return std::pair{f1(jaccard->first), f1(jaccard->second)};
}

} // namespace Sla::Core::Samples
