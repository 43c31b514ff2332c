// SPDX-License-Identifier: Apache-2.0
#pragma once

// The engine's own small vocabulary. The engine is pure maths and knows nothing of
// documents: the evaluation layer converts the document model's enums and windows into
// these (core/evaluation/enginetypes.h), so the engine links against QtCore only.

#include <QString>

namespace Sla::Core::Engine {

enum class CalendarUnit { Week, Month, Quarter };
enum class ClassificationMeasure { Precision, Recall, F1, Accuracy };
enum class DriftMethod { Psi, JensenShannon, Wasserstein };
enum class CompareOp { Gte, Gt, Lte, Lt };
enum class Aggregate { Avg, Min, Max, Last };

/// The window an objective is evaluated over: `rollingMs` ending at the evaluation time,
/// or the calendar period `calendar` of the IANA zone `timeZone` ("UTC" when empty).
struct WindowSpec
{
    bool isCalendar = false;
    qint64 rollingMs = 0;
    CalendarUnit calendar = CalendarUnit::Month;
    QString timeZone;
};

} // namespace Sla::Core::Engine
