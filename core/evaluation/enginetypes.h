// SPDX-License-Identifier: Apache-2.0
#pragma once

// The bridge from the document model to the engine's own types (core/engine/types.h):
// the engine does not see documents, so the evaluation layer converts at the call.

#include "core/document/model.h"
#include "core/engine/types.h"

namespace Sla::Core {

Engine::CalendarUnit toEngine(CalendarUnit unit);
Engine::ClassificationMeasure toEngine(ClassificationMeasure measure);
Engine::DriftMethod toEngine(DriftMethod method);
Engine::CompareOp toEngine(CompareOp op);
Engine::Aggregate toEngine(Aggregate aggregate);
/// A rolling window of its duration, or the calendar period in its time zone.
Engine::WindowSpec toEngine(const Window &window);

} // namespace Sla::Core
