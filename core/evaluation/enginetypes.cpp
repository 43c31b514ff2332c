// SPDX-License-Identifier: Apache-2.0
#include "enginetypes.h"

namespace Sla::Core {

namespace {

/// The enums on both sides list the same enumerators in the same order (checked below),
/// so a conversion keeps the underlying value.
template <typename To, typename From> constexpr To sameEnumerator(From value)
{
    return static_cast<To>(static_cast<int>(value));
}

template <typename To, typename From> constexpr bool matches(From a, To b)
{
    return sameEnumerator<To>(a) == b;
}

static_assert(matches(CalendarUnit::Week, Engine::CalendarUnit::Week) &&
              matches(CalendarUnit::Month, Engine::CalendarUnit::Month) &&
              matches(CalendarUnit::Quarter, Engine::CalendarUnit::Quarter));
static_assert(matches(ClassificationMeasure::Precision, Engine::ClassificationMeasure::Precision) &&
              matches(ClassificationMeasure::Recall, Engine::ClassificationMeasure::Recall) &&
              matches(ClassificationMeasure::F1, Engine::ClassificationMeasure::F1) &&
              matches(ClassificationMeasure::Accuracy, Engine::ClassificationMeasure::Accuracy));
static_assert(matches(DriftMethod::Psi, Engine::DriftMethod::Psi) &&
              matches(DriftMethod::JensenShannon, Engine::DriftMethod::JensenShannon) &&
              matches(DriftMethod::Wasserstein, Engine::DriftMethod::Wasserstein));
static_assert(matches(CompareOp::Gte, Engine::CompareOp::Gte) && matches(CompareOp::Gt, Engine::CompareOp::Gt) &&
              matches(CompareOp::Lte, Engine::CompareOp::Lte) && matches(CompareOp::Lt, Engine::CompareOp::Lt));
static_assert(matches(Aggregate::Avg, Engine::Aggregate::Avg) && matches(Aggregate::Min, Engine::Aggregate::Min) &&
              matches(Aggregate::Max, Engine::Aggregate::Max) && matches(Aggregate::Last, Engine::Aggregate::Last));

} // namespace

Engine::CalendarUnit toEngine(CalendarUnit unit)
{
    return sameEnumerator<Engine::CalendarUnit>(unit);
}

Engine::ClassificationMeasure toEngine(ClassificationMeasure measure)
{
    return sameEnumerator<Engine::ClassificationMeasure>(measure);
}

Engine::DriftMethod toEngine(DriftMethod method)
{
    return sameEnumerator<Engine::DriftMethod>(method);
}

Engine::CompareOp toEngine(CompareOp op)
{
    return sameEnumerator<Engine::CompareOp>(op);
}

Engine::Aggregate toEngine(Aggregate aggregate)
{
    return sameEnumerator<Engine::Aggregate>(aggregate);
}

Engine::WindowSpec toEngine(const Window &window)
{
    Engine::WindowSpec spec;
    spec.isCalendar = window.kind == Window::Kind::Calendar;
    spec.rollingMs = window.rolling.ms;
    spec.calendar = toEngine(window.calendar);
    spec.timeZone = window.timeZone;
    return spec;
}

} // namespace Sla::Core
