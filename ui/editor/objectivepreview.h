// SPDX-License-Identifier: Apache-2.0
#pragma once

// The live preview of the objective being edited: its current SLI, error budget (fraction,
// events, time) and status over its window, the queries it compiled to, and a sparkline of
// the SLI, from the objective's own data source (or
// recording) as the document stands now. Instead of the window up to now, the preview may
// cover a range (the last 24 hours, the last 7 days, or from-to in UTC): the objective is
// then evaluated by the same evaluator over a rolling window of exactly that range, ending
// at its end, so its figures are the evaluator's for that window. Debounced, so typing never waits for it; the
// evaluator reads and computes off the GUI thread; a stale answer (the text changed
// since) is dropped; errors are shown in the preview, never as dialogs.

#include "core/document/model.h"
#include "core/evaluation/evaluation.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace Sla::Core {
class Evaluator;
struct Explanation;
} // namespace Sla::Core

namespace Sla::Ui {

class Sparkline;

class ObjectivePreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectivePreview)

public:
    explicit ObjectivePreview(QWidget *parent = nullptr);
    ~ObjectivePreview() override;

    /// What the preview covers.
    enum class Range { Window, Last24Hours, Last7Days, Chosen };

    /// Previews `objective` of `sla` in `ws` after the typing pause (`delayMs`).
    void schedule(const Core::Workspace &ws, const QString &workspaceDir, const QString &sla, const QString &objective);
    void setDelay(int ms) { m_timer.setInterval(ms); }
    QLabel *summary() const { return m_summary; }
    /// The queries (or recorded selectors) the objective compiled to, as read for the preview.
    QLabel *queries() const { return m_queries; }
    Sparkline *sparkline() const { return m_sparkline; }
    /// The SLI of the last preview shown (nothing: none yet or no data).
    std::optional<double> sli() const { return m_sli; }
    /// The result of the last preview shown (window, SLI, budget, status).
    const Core::ObjectiveResult &result() const { return m_result; }

    /// Chooses what the preview covers; `from`/`to` only matter for Range::Chosen.
    void setRange(Range range, const QDateTime &from = {}, const QDateTime &to = {});
    QComboBox *rangeBox() const { return m_rangeBox; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    /// The "now" of recordings with alignToNow (invalid: the clock), so tests can compare
    /// the preview with an evaluator of their own.
    void setAlignTo(const QDateTime &alignTo) { m_alignTo = alignTo; }
    /// The workspace the preview evaluates over `from`-`to` (invalid: the objective's own
    /// window): `sla` alone, with the objective's window set to exactly that range.
    static Core::Workspace previewWorkspace(const Core::Workspace &ws, const QString &sla, const QString &objective,
                                            const QDateTime &from = {}, const QDateTime &to = {});

Q_SIGNALS:
    /// A preview (figures or an error) is on screen.
    void previewShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void run();
    void showFigures(const Core::Explanation &e);
    QWidget *buildRangeRow();
    void onRangeChanged();
    /// The range chosen now: [from, to], or nothing for the objective's window up to now.
    std::optional<std::pair<QDateTime, QDateTime>> chosenRange() const;

    Core::Evaluator *m_evaluator;
    QTimer m_timer;
    QLabel *m_summary;
    QLabel *m_queries;
    Sparkline *m_sparkline;
    QComboBox *m_rangeBox = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QDateTime m_alignTo;
    Core::ObjectiveResult m_result;
    quint64 m_generation = 0;
    Core::Workspace m_workspace;
    QString m_dir;
    QString m_sla;
    QString m_objective;
    std::optional<double> m_sli;
    bool m_pending = false; ///< scheduled while hidden: runs when shown
};

} // namespace Sla::Ui
