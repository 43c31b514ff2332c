// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/evaluation/evaluation.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace Sla::Core {
class OverviewModel;
class OverviewProxyModel;
} // namespace Sla::Core

namespace Sla::Ui {

/// The portfolio overview: every SLA grouped by tier, each objective with its status,
/// attained SLI against target, remaining budget, burn rates and projected exhaustion;
/// sortable, filterable by status and searchable. A banner names the sources that fail.
class OverviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewWidget)

public:
    explicit OverviewWidget(QWidget *parent = nullptr);
    ~OverviewWidget() override;

    void setTierNames(const QMap<QString, QString> &names);
    void setReport(const Core::EvaluationReport &report);
    void clear();
    /// Puts the keyboard focus into the search field and selects its text (Find).
    void focusSearch();
    /// Selects the row of an objective (or of an SLA when `objective` is empty).
    bool select(const QString &sla, const QString &objective = {});

    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QLabel *banner() const { return m_banner; }
    /// "No objective matches …" over the list when the filters leave nothing.
    QLabel *emptyState() const { return m_emptyState; }
    QWidget *focusFrame() const { return m_viewFrame; }
    Core::OverviewModel *model() const { return m_model; }
    Core::OverviewProxyModel *proxy() const { return m_proxy; }

    /// The visible rows as text, one per line, indented by depth (for --self-test-dump and tests).
    QString dumpVisibleRows() const;

Q_SIGNALS:
    /// The current row changed; `objective` is empty for an SLA row, both are empty for a tier.
    void selectionChanged(const QString &sla, const QString &objective);
    /// The shown SLA or objective left the list (filtered out or gone): nothing is selected.
    void selectionCleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onStatusFilterChanged(int index);
    void onCurrentChanged(const QModelIndex &current);
    void createView();
    void updateBanner(const Core::EvaluationReport &report);
    /// Runs a change of the rows (filter, new figures) and keeps the shown row selected, or
    /// clears the selection (selectionCleared()) when the row is no longer in the list.
    void keepSelectionThrough(const std::function<void()> &change);
    void updateEmptyState();
    void updateFocusFrame();

    Core::OverviewModel *m_model = nullptr;
    Core::OverviewProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_emptyState = nullptr;
    QWidget *m_viewFrame = nullptr;
    QString m_shownSla;
    QString m_shownObjective;
    bool m_changingRows = false;
};

} // namespace Sla::Ui
