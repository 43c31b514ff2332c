// SPDX-License-Identifier: Apache-2.0
#pragma once

// The live preview of the objective being edited: its current SLI, error budget (fraction,
// events, time) and status over its window, the queries it compiled to, and a sparkline of
// the SLI, from the objective's own data source (or
// recording) as the document stands now. Debounced, so typing never waits for it; the
// evaluator reads and computes off the GUI thread; a stale answer (the text changed
// since) is dropped; errors are shown in the preview, never as dialogs.

#include "core/document/model.h"

#include <QTimer>
#include <QWidget>

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

    /// Previews `objective` of `sla` in `ws` after the typing pause (`delayMs`).
    void schedule(const Core::Workspace &ws, const QString &workspaceDir, const QString &sla, const QString &objective);
    void setDelay(int ms) { m_timer.setInterval(ms); }
    QLabel *summary() const { return m_summary; }
    /// The queries (or recorded selectors) the objective compiled to, as read for the preview.
    QLabel *queries() const { return m_queries; }
    Sparkline *sparkline() const { return m_sparkline; }
    /// The SLI of the last preview shown (nothing: none yet or no data).
    std::optional<double> sli() const { return m_sli; }

Q_SIGNALS:
    /// A preview (figures or an error) is on screen.
    void previewShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void run();
    void showFigures(const Core::Explanation &e);

    Core::Evaluator *m_evaluator;
    QTimer m_timer;
    QLabel *m_summary;
    QLabel *m_queries;
    Sparkline *m_sparkline;
    quint64 m_generation = 0;
    Core::Workspace m_workspace;
    QString m_dir;
    QString m_sla;
    QString m_objective;
    std::optional<double> m_sli;
    bool m_pending = false; ///< scheduled while hidden: runs when shown
};

} // namespace Sla::Ui
