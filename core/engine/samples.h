// SPDX-License-Identifier: Apache-2.0
#pragma once

// Sample sizes and confidence intervals of classification SLIs. A precision over 40
// labelled cases is not a fact: the 95% Wilson score interval says how far the true value
// may lie from the measured one, and the sample size n is the number of labelled cases the
// measure counts:
//  - precision: tp + fp (the positive predictions), recall: tp + fn (the positive cases),
//    accuracy: tp + fp + fn + tn (every case), each a binomial proportion good / n;
//  - F1 = 2tp / (2tp + fp + fn) is no proportion of cases; it is a monotonic function of
//    the Jaccard index J = tp / (tp + fp + fn), F1 = 2J / (1 + J), and J is one. So n is
//    tp + fp + fn (the cases that are positive in the prediction or the truth), the Wilson
//    interval is computed for J and both bounds are mapped through 2J / (1 + J).
// Counts are the measure's good and total events as the evaluation uses them (F1: good =
// 2tp, total = 2tp + fp + fn), so n and the interval follow from any source's counts.

#include "core/engine/types.h"

#include <optional>
#include <utility>

namespace Sla::Core::Samples {

/// The normal quantile of a two-sided 95% interval.
constexpr double Z95 = 1.959963984540054;

/// The Wilson score interval of `successes` out of `n` trials: centre (p + z^2/2n) / (1 +
/// z^2/n), half-width z / (1 + z^2/n) * sqrt(p(1 - p)/n + z^2/4n^2), clamped to [0, 1].
/// Nothing when n <= 0 or successes is outside [0, n].
std::optional<std::pair<double, double>> wilson(double successes, double n, double z = Z95);

/// The labelled cases behind a classification measure's `good` / `total` events (see the
/// header comment); nothing when total <= 0.
std::optional<double> sampleSize(Engine::ClassificationMeasure measure, double good, double total);

/// The 95% interval of the measure from its good / total events (F1 through the Jaccard
/// index); nothing when there are no cases.
std::optional<std::pair<double, double>> interval(Engine::ClassificationMeasure measure, double good, double total);

} // namespace Sla::Core::Samples
