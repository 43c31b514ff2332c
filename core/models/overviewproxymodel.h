// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/evaluation/evaluation.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

namespace Sla::Core {

/// Sorting and filtering over OverviewModel. Tier groups always stay in tier order
/// (tier 1 first) whatever the sort column; SLAs and objectives sort by the column's
/// OverviewModel::SortRole, by default the remaining error budget, lowest first.
/// The search text matches SLA name, display name, service, owner and objective names
/// (case-insensitive, every word must match); an SLA that matches shows all its
/// objectives. The status filter keeps objectives with one of the given statuses.
class OverviewProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewProxyModel)

public:
    explicit OverviewProxyModel(QObject *parent = nullptr);
    ~OverviewProxyModel() override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }

    /// Empty: every status.
    void setStatusFilter(const QSet<ObjectiveStatus> &statuses);
    QSet<ObjectiveStatus> statusFilter() const { return m_statuses; }
    /// Only objectives whose figures are stale.
    void setStaleOnly(bool staleOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesText(const QString &haystack) const;

    QStringList m_words;
    QSet<ObjectiveStatus> m_statuses;
    bool m_staleOnly = false;
};

} // namespace Sla::Core
