// SPDX-License-Identifier: Apache-2.0
#pragma once

// The editor's alert backtest panel (issue 9): the alert rules in force for the selected
// objective and up to three variants of them (other levels, factors, windows, `for`,
// `keepFiring`), replayed over the last SLA window or a chosen range from the objective's
// source or recording, side by side: pages, time firing, time to detect each breach
// period, budget consumed before the first page, and a timeline of the firing episodes
// against the breach periods. The figures are those of `slactl backtest` (the same
// core/alerting/backtestvariants.h); the evaluations run one step after the other through
// the evaluator (reads and maths off the GUI thread), the replay in QtConcurrent, with
// progress and a cancel button. "Keep this variant" writes the variant's values into the
// document through the editor session: one undoable step of minimal edits.

#include "core/alerting/backtestvariants.h"
#include "ui/editor/alertvariant.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace Sla::Core {
class Evaluator;
}

namespace Sla::Ui {

class BacktestTimeline;
class EditorSession;

class BacktestPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BacktestPanel)

public:
    static constexpr int MaxVariants = 3;

    explicit BacktestPanel(EditorSession *session, QWidget *parent = nullptr);
    ~BacktestPanel() override;

    /// Shows the rules of SLA `name` (empty: none) and its objective `objective` (empty: the first).
    void showSla(const QString &name, const QString &objective = {});
    void setObjective(const QString &objective);
    QString objective() const { return m_objective; }

    /// Replays over [from, to] (recordings on their own time line, as slactl backtest does).
    void setRange(const QDateTime &from, const QDateTime &to);
    /// Replays over the objective's last window, up to now.
    void setLastWindow();
    void setStep(qint64 ms);

    /// Adds a variant of the current rules (the first one with one value changed); its index or -1.
    int addVariant();
    void removeVariant(int index);
    int variantCount() const { return int(m_variants.size()); }
    const QList<Core::AlertRule> &variant(int index) const { return m_variants.at(index); }
    /// Sets one value (row `knob` of the rules table) of variant `index`, as typing it does.
    bool setVariantValue(int index, int knob, const QString &text);
    /// Writes variant `index` into the document (one undo step); false with the error shown.
    bool keepVariant(int index);

    void run();
    void cancel();
    bool isRunning() const { return m_running; }
    /// The figures of the last finished run: "current" (the rules in force), then each variant.
    const QList<Core::Alerting::BacktestVariant> &results() const { return m_results; }
    Core::Alerting::BacktestRange lastRange() const { return m_lastRange; }

    QTableWidget *rulesTable() const { return m_rules; }
    QTableWidget *resultsTable() const { return m_table; }
    BacktestTimeline *timeline() const { return m_timeline; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    /// A run finished and its figures are shown.
    void finished();
    /// A run failed (the message is shown in the panel).
    void failed(const QString &message);
    void cancelled();
    /// `done` of `total` evaluation steps are read.
    void progressChanged(int done, int total);

private:
    struct Run;
    QWidget *buildRangeRow();
    QWidget *buildRulesBox();
    QWidget *buildResultsBox();
    void onSessionChanged();
    void reloadRules();
    void fillRules();
    void onRuleEdited(QTableWidgetItem *item);
    void onRangeModeChanged();
    std::optional<Core::Alerting::BacktestRange> rangeToRun(QString *error) const;
    void evaluateNext(quint64 generation);
    void replay(quint64 generation);
    void showResults();
    void fail(const QString &message);
    void setRunning(bool running);
    void showError(const QString &message);
    QString columnName(int index) const;
    const Core::Sla *sla() const;

    EditorSession *m_session;
    Core::Evaluator *m_evaluator;
    QString m_sla;
    QString m_objective;
    QList<ObjectiveAlert> m_current;
    QList<QList<Core::AlertRule>> m_variants;
    QList<AlertKnob> m_knobs;
    QList<Core::Alerting::BacktestVariant> m_results;
    Core::Alerting::BacktestRange m_lastRange;
    std::unique_ptr<Run> m_job;
    QFutureWatcher<QList<Core::Alerting::BacktestVariant>> m_replay;
    quint64 m_generation = 0;
    quint64 m_replayGeneration = 0;
    bool m_running = false;
    bool m_filling = false;

    QComboBox *m_objectiveBox = nullptr;
    QComboBox *m_rangeMode = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_step = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_rules = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_keep = nullptr;
    QTableWidget *m_table = nullptr;
    BacktestTimeline *m_timeline = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Sla::Ui
