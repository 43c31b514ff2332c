// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alerting/incident.h"
#include "core/document/model.h"
#include "core/evaluation/evaluation.h"

#include <QWidget>

class QBoxLayout;
class QComboBox;
class QLabel;
class QStackedWidget;
class QToolButton;
class QUrl;
class QScrollArea;

namespace Sla::Core {
class Evaluator;
}

namespace Sla::Ui {

class ChartGroup;
class ExplainWidget;
class TimeChart;
class TimeRangePicker;

/// The detail of one objective: its figures, the SLI against its target with breach
/// periods shaded, the error-budget burn-down, the 1h burn rate against the alert
/// thresholds (and the current burn rate of every window), and for timeslice objectives
/// such as drift the raw slice value (PSI, p95 seconds) against its threshold.
/// Series come from Evaluator::series() off the GUI thread; a response that a newer
/// request has overtaken is dropped.
class DetailWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailWidget)

public:
    explicit DetailWidget(Core::Evaluator *evaluator, QWidget *parent = nullptr);
    ~DetailWidget() override;

    void setWorkspace(const Core::Workspace &workspace);
    /// New figures: updates the header and reloads the charts of the shown objective.
    void setReport(const Core::EvaluationReport &report);
    /// The firing episodes of the alert history (every SLA): marked on the charts of the
    /// shown objective, at once and with every later series.
    void setAlertSpans(const QList<Core::Alerting::FiringSpan> &spans);
    /// Shows an objective; an empty objective picks the SLA's worst one.
    void showObjective(const QString &sla, const QString &objective);
    void clear();
    /// Shows `series` over [fromMs, toMs] for the current objective, as an answer of the
    /// evaluator would (a request still under way is dropped). For tests and screenshots.
    void showSeries(const Core::ObjectiveSeries &series, qint64 fromMs, qint64 toMs);

    QString slaName() const { return m_sla; }
    QString objectiveName() const { return m_objective; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *figuresLabel() const { return m_figures; }
    /// The figures of the picked range (attained, budget spent in it), from the engine.
    QLabel *rangeFiguresLabel() const { return m_rangeFigures; }
    QLabel *messageLabel() const { return m_message; }
    /// The burn rate of every window (and the alert thresholds where a burn-rate alert applies).
    QLabel *burnTableLabel() const { return m_burnTable; }
    TimeRangePicker *rangePicker() const { return m_range; }
    TimeChart *sliChart() const { return m_sliChart; }
    TimeChart *budgetChart() const { return m_budgetChart; }
    TimeChart *burnChart() const { return m_burnChart; }
    TimeChart *rawChart() const { return m_rawChart; }
    /// The charts above, sharing one time axis, crosshair and zoom.
    ChartGroup *chartGroup() const { return m_chartGroup; }
    QToolButton *resetZoomButton() const { return m_resetZoom; }
    /// The Explain view (toggled by explainButton(), Ctrl+E) in place of the charts.
    ExplainWidget *explainView() const { return m_explain; }
    QToolButton *explainButton() const { return m_explainButton; }
    /// How many series responses were dropped as stale (tests).
    int droppedSeries() const { return m_dropped; }

Q_SIGNALS:
    /// Charts were filled (or cleared with a message) for the current objective.
    void seriesLoaded();
    /// The SLA's runbook link was opened from the header.
    void linkOpened(const QUrl &url);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QScrollArea *createCharts(QWidget *header);
    QWidget *createHeader();
    void updateHeader();
    void requestSeries();
    void applySeries(const Core::ObjectiveSeries &series, qint64 fromMs, qint64 toMs);
    void showAttainedAndBudget(const Core::ObjectiveSeries &s, double target, const std::vector<double> &span);
    void showBurnRates(const Core::ObjectiveSeries &s, const std::vector<double> &span);
    void showRangeFigures(const Core::ObjectiveSeries &s);
    void showRawValues(const Core::ObjectiveSeries &s, const std::vector<double> &span);
    QString figuresHtml(const Core::SlaResult &s, const Core::ObjectiveResult &o) const;
    /// "Service …, owner …, data source … (recorded data, not live) · Runbook".
    /// Whether a burn-rate alert of the SLA (or of its tier) covers the objective.
    bool burnRateAlertApplies(const Core::ObjectiveResult &o) const;
    QString ownerLineHtml(const Core::SlaResult &s, const Core::ObjectiveResult &o) const;
    QStringList figureParts(const Core::ObjectiveResult &o) const;
    void showOverlays(const Core::ObjectiveSeries &s, qint64 fromMs, qint64 toMs);
    // Tooltip lines of chart points: the interval per step, and at the report's point the
    // report's figures (raw, budget in time and events), worded as in the header.
    void setPointDetails(const Core::ObjectiveSeries &s);
    QString burnTableHtml(const Core::ObjectiveResult &o) const;
    void updateChartTitles(const Core::ObjectiveResult &o, const QString &objName);
    void noteMissingSlices(const Core::ObjectiveResult *o);
    void arrangeFigures();
    const Core::Objective *definition() const;
    void createExplain(Core::Evaluator *evaluator);
    void refreshExplain();

    Core::Evaluator *m_evaluator = nullptr;
    Core::Workspace m_workspace;
    Core::EvaluationReport m_report;
    QList<Core::Alerting::FiringSpan> m_alertSpans;
    /// The series on the charts now and their range (alert markers are redrawn over it).
    std::optional<Core::ObjectiveSeries> m_shown;
    qint64 m_shownFrom = 0;
    qint64 m_shownTo = 0;
    QString m_sla;
    QString m_objective;
    quint64 m_generation = 0;
    int m_dropped = 0;

    QLabel *m_title = nullptr;
    QComboBox *m_objectives = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_rangeFigures = nullptr;
    QLabel *m_burnTable = nullptr;
    QBoxLayout *m_figuresRow = nullptr; ///< the headline beside the burn table, or above it when narrow
    QLabel *m_message = nullptr;
    TimeRangePicker *m_range = nullptr;
    TimeChart *m_sliChart = nullptr;
    QString m_sliTitle; ///< the SLI chart's title for the objective shown
    TimeChart *m_budgetChart = nullptr;
    TimeChart *m_burnChart = nullptr;
    TimeChart *m_rawChart = nullptr;
    ChartGroup *m_chartGroup = nullptr;
    QToolButton *m_resetZoom = nullptr;
    QStackedWidget *m_pages = nullptr; ///< the charts, or the Explain view
    ExplainWidget *m_explain = nullptr;
    QToolButton *m_explainButton = nullptr;
};

} // namespace Sla::Ui
