// SPDX-License-Identifier: Apache-2.0
#pragma once

// Auto refresh for the dashboard: runs the evaluator on an interval (and on demand),
// keeps the last report and its time, and drops results that a newer refresh has
// overtaken (a generation counter), so a slow evaluation can never overwrite a newer one.

#include "core/evaluation/evaluation.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace Sla::Core {

class Evaluator;

/// Starts one evaluation; Evaluator::evaluate() in the application, a fake in tests.
using EvaluateFunction = std::function<QFuture<EvaluationReport>()>;

class RefreshController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshController)

public:
    /// The default auto-refresh interval.
    static constexpr std::chrono::seconds DefaultInterval{30};

    /// Evaluates through `evaluator` (which must outlive the controller or be its parent).
    explicit RefreshController(Evaluator *evaluator, QObject *parent = nullptr);
    explicit RefreshController(EvaluateFunction evaluate, QObject *parent = nullptr);
    ~RefreshController() override;

    /// Zero turns auto refresh off. The next refresh is due one interval after the last
    /// one finished, so slow evaluations never pile up.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }

    /// Starts an evaluation now. One already running is superseded: its result is dropped.
    void refresh();
    /// Stops the timer and drops the result of a running evaluation.
    void stop();

    bool isRefreshing() const { return m_running; }
    /// When the last report was received (the clock time, not the report's `at`).
    QDateTime lastUpdated() const { return m_lastUpdated; }
    const EvaluationReport &lastReport() const { return m_last; }
    /// How many results were dropped because a newer refresh had started (for tests).
    int droppedResults() const { return m_dropped; }

Q_SIGNALS:
    void refreshStarted();
    void reportReady(const ::Sla::Core::EvaluationReport &report);

private:
    void scheduleNext();

    EvaluateFunction m_evaluate;
    QTimer m_timer;
    std::chrono::milliseconds m_interval{DefaultInterval};
    quint64 m_generation = 0;
    bool m_running = false;
    int m_dropped = 0;
    QDateTime m_lastUpdated;
    EvaluationReport m_last;
};

} // namespace Sla::Core
