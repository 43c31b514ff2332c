// SPDX-License-Identifier: Apache-2.0
#pragma once

// A small hand-made EvaluationReport for model and dashboard tests: the demo's story in
// miniature (a breached precision objective, an at-risk availability, a healthy tier 3).

#include "core/evaluation/evaluation.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace FakeReport {

inline Sla::Core::ObjectiveResult objective(const QString &name, const QString &display, double target,
                                            std::optional<double> sli, std::optional<double> remaining,
                                            Sla::Core::ObjectiveStatus status, double burn1h = 0.5)
{
    Sla::Core::ObjectiveResult o;
    o.name = name;
    o.displayName = display;
    o.target = target;
    o.sli = sli;
    o.remaining = remaining;
    if (remaining)
        o.consumed = 1.0 - *remaining;
    o.status = status;
    o.dataSource = QStringLiteral("demo-recording");
    for (std::size_t i = 0; i < o.burnRates.size(); ++i)
        o.burnRates[i] = burn1h * (1.0 + 0.1 * double(i));
    o.burnRates[Sla::Core::Budget::ProjectionBurnRateIndex] = burn1h;
    o.evaluatedAt = QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC);
    o.windowEnd = o.evaluatedAt;
    o.windowStart = o.evaluatedAt.addDays(-30);
    return o;
}

inline Sla::Core::EvaluationReport demo()
{
    using Sla::Core::ObjectiveStatus;
    Sla::Core::EvaluationReport r;
    r.at = QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC);

    Sla::Core::SlaResult analytics;
    analytics.name = QStringLiteral("analytics-model");
    analytics.displayName = QStringLiteral("Analytics churn model");
    analytics.service = QStringLiteral("analytics");
    analytics.tier = QStringLiteral("tier-3");
    analytics.owner = QStringLiteral("data-platform");
    analytics.objectives << objective(QStringLiteral("availability"), QStringLiteral("Availability"), 0.99, 0.9991,
                                      0.91, ObjectiveStatus::Met, 0.1);

    Sla::Core::SlaResult fraud;
    fraud.name = QStringLiteral("fraud-detection-api");
    fraud.displayName = QStringLiteral("Fraud detection API");
    fraud.service = QStringLiteral("fraud-detection");
    fraud.tier = QStringLiteral("tier-1");
    fraud.owner = QStringLiteral("risk-ml-oncall");
    fraud.objectives << objective(QStringLiteral("availability"), QStringLiteral("Availability"), 0.9995, 0.99962, 0.24,
                                  ObjectiveStatus::AtRisk, 0.8)
                     << objective(QStringLiteral("precision"), QStringLiteral("Precision"), 0.95, 0.9402, -0.196,
                                  ObjectiveStatus::Breached, 2.4);
    fraud.objectives.last().kind = Sla::Core::IndicatorKind::Classification;
    fraud.objectives.last().exhaustion = r.at;
    Sla::Core::ObjectiveResult drift =
        objective(QStringLiteral("amount-drift"), QStringLiteral("Transaction amount drift"), 0.9, 0.8, -1.0,
                  ObjectiveStatus::Breached, 3.0);
    drift.kind = Sla::Core::IndicatorKind::Drift;
    drift.budgeting = Sla::Core::Budgeting::Method::Timeslices;
    drift.latest = 0.254;
    drift.goodSlices = 24;
    drift.badSlices = 6;
    fraud.objectives << drift;

    Sla::Core::SlaResult recs;
    recs.name = QStringLiteral("recommendation-api");
    recs.displayName = QStringLiteral("Recommendation API");
    recs.service = QStringLiteral("recommendations");
    recs.tier = QStringLiteral("tier-2");
    recs.owner = QStringLiteral("recs-oncall");
    recs.objectives << objective(QStringLiteral("availability"), QStringLiteral("Availability"), 0.999, 0.99973, 0.27,
                                 ObjectiveStatus::Met, 0.9);
    recs.objectives.last().exhaustion = r.at.addDays(2).addSecs(3 * 3600);
    recs.objectives << objective(QStringLiteral("latency"), QStringLiteral("Latency under 300 ms"), 0.95, std::nullopt,
                                 std::nullopt, ObjectiveStatus::NoData);

    r.slas << analytics << fraud << recs;
    return r;
}

/// The demo with the figures of issue 8 filled in, as the evaluator gives them:
/// - fraud availability: corrected by "db-maintenance-june" (raw SLI 99.941 %, raw budget
///   -18 %), 42 min of full outage and 1,234 bad events left;
/// - fraud precision: 95 % interval [93.01 %, 94.89 %] over n = 412 labelled samples, 25
///   bad events over budget, provisional since 2026-03-28 12:00 UTC (93.1 %, n = 120);
/// - recommendation latency: insufficient data, 37 events in the window.
inline Sla::Core::EvaluationReport withFigures()
{
    Sla::Core::EvaluationReport r = demo();
    Sla::Core::ObjectiveResult &availability = r.slas[1].objectives[0];
    availability.good = 3'249'766.0;
    availability.total = 3'251'000.0;
    availability.remainingEvents = 1234.0;
    availability.remainingTime = 2520.0;
    Sla::Core::BudgetFigures raw;
    raw.sli = 0.99941;
    raw.remaining = -0.18;
    raw.consumed = 1.18;
    availability.raw = raw;
    availability.corrections = {QStringLiteral("db-maintenance-june")};

    Sla::Core::ObjectiveResult &precision = r.slas[1].objectives[1];
    precision.interval = std::pair{0.9301, 0.9489};
    precision.sampleSize = 412.0;
    precision.remainingEvents = -25.0;
    Sla::Core::ObjectiveResult::Provisional provisional;
    provisional.start = QDateTime(QDate(2026, 3, 28), QTime(12, 0), Qt::UTC);
    provisional.end = r.at;
    provisional.sli = 0.931;
    provisional.sampleSize = 120.0;
    precision.provisional = provisional;

    Sla::Core::ObjectiveResult &latency = r.slas[2].objectives[1];
    latency.status = Sla::Core::ObjectiveStatus::InsufficientData;
    latency.total = 37.0;
    return r;
}

/// Marks every objective of `source` stale with `reason`, as the evaluator does while a
/// source is unreachable.
inline void markStale(Sla::Core::EvaluationReport &r, const QString &reason)
{
    for (Sla::Core::SlaResult &s : r.slas) {
        for (Sla::Core::ObjectiveResult &o : s.objectives) {
            o.stale = true;
            o.error = reason;
        }
    }
    r.sourceErrors.insert(QStringLiteral("demo-recording"), reason);
}

/// The model as indented text: one row per line, the given columns separated by " | ".
inline QString dump(const QAbstractItemModel &model, const QList<int> &columns, const QModelIndex &parent = {},
                    int depth = 0)
{
    QString out;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        QStringList cells;
        for (int c : columns)
            cells << model.index(r, c, parent).data().toString();
        out += QString(depth * 2, QLatin1Char(' ')) + cells.join(QStringLiteral(" | ")) + QLatin1Char('\n');
        out += dump(model, columns, model.index(r, 0, parent), depth + 1);
    }
    return out;
}

} // namespace FakeReport
