// SPDX-License-Identifier: Apache-2.0
#include "refreshcontroller.h"

#include "core/evaluation/evaluator.h"

#include <QFuture>
#include <QThread>

namespace Sla::Core {

RefreshController::RefreshController(Evaluator *evaluator, QObject *parent)
    : RefreshController(EvaluateFunction([evaluator] { return evaluator->evaluate(); }), parent)
{
}

RefreshController::RefreshController(EvaluateFunction evaluate, QObject *parent)
    : QObject(parent), m_evaluate(std::move(evaluate))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RefreshController::refresh);
}

RefreshController::~RefreshController() = default;

void RefreshController::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    if (m_interval.count() <= 0) {
        m_timer.stop();
        return;
    }
    if (!m_running)
        scheduleNext();
}

void RefreshController::scheduleNext()
{
    if (m_interval.count() > 0)
        m_timer.start(m_interval);
}

void RefreshController::refresh()
{
    Q_ASSERT(thread() == QThread::currentThread());
    if (!m_evaluate)
        return;
    m_timer.stop();
    const quint64 generation = ++m_generation;
    m_running = true;
    Q_EMIT refreshStarted();
    m_evaluate().then(this, [this, generation](const EvaluationReport &report) {
        if (generation != m_generation) {
            ++m_dropped; // a newer refresh has started (or stop() was called): not ours to show
            return;
        }
        m_running = false;
        if (report.superseded) {
            // Another caller's newer evaluation overtook this one; ours comes next time.
            ++m_dropped;
            scheduleNext();
            return;
        }
        m_last = report;
        m_lastUpdated = QDateTime::currentDateTime();
        Q_EMIT reportReady(m_last);
        scheduleNext();
    });
}

void RefreshController::stop()
{
    ++m_generation;
    m_running = false;
    m_timer.stop();
}

} // namespace Sla::Core
