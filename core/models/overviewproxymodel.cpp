// SPDX-License-Identifier: Apache-2.0
#include "overviewproxymodel.h"

#include "overviewmodel.h"

#include <QRegularExpression>

namespace Sla::Core {

OverviewProxyModel::OverviewProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OverviewModel::SortRole);
    // A tier or SLA is shown when any of its objectives is.
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    sort(OverviewModel::BudgetColumn, Qt::AscendingOrder);
}

OverviewProxyModel::~OverviewProxyModel() = default;

void OverviewProxyModel::setSearchText(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = text.toLower().split(space, Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void OverviewProxyModel::setStatusFilter(const QSet<ObjectiveStatus> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateRowsFilter();
}

void OverviewProxyModel::setStaleOnly(bool staleOnly)
{
    if (staleOnly == m_staleOnly)
        return;
    m_staleOnly = staleOnly;
    invalidateRowsFilter();
}

bool OverviewProxyModel::matchesText(const QString &haystack) const
{
    for (const QString &w : m_words) {
        if (!haystack.contains(w))
            return false;
    }
    return true;
}

bool OverviewProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = OverviewModel::RowKind(idx.data(OverviewModel::RowKindRole).toInt());
    if (kind == OverviewModel::RowKind::Tier)
        return false; // shown through its SLAs (recursive filtering)
    if (kind == OverviewModel::RowKind::Sla) {
        // An SLA without objectives stands for itself; otherwise its objectives decide.
        if (sourceModel()->rowCount(idx) > 0)
            return false;
        return matchesText(idx.data(OverviewModel::SearchTextRole).toString()) && m_statuses.isEmpty() && !m_staleOnly;
    }
    if (!m_statuses.isEmpty() && !m_statuses.contains(ObjectiveStatus(idx.data(OverviewModel::StatusRole).toInt())))
        return false;
    if (m_staleOnly && !idx.data(OverviewModel::StaleRole).toBool())
        return false;
    // The objective's search text holds its SLA's names, service and owner too.
    return matchesText(idx.data(OverviewModel::SearchTextRole).toString());
}

bool OverviewProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto kind = OverviewModel::RowKind(left.data(OverviewModel::RowKindRole).toInt());
    if (kind == OverviewModel::RowKind::Tier) {
        // Tiers keep their order whichever way the view sorts: undo a descending order.
        const bool less = left.data(OverviewModel::SortRole).toInt() < right.data(OverviewModel::SortRole).toInt();
        const bool greater = right.data(OverviewModel::SortRole).toInt() < left.data(OverviewModel::SortRole).toInt();
        return sortOrder() == Qt::AscendingOrder ? less : greater;
    }
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString) {
        const int c = QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
    } else {
        const double a = l.toDouble(), b = r.toDouble();
        if (a != b)
            return a < b;
    }
    // Ties: by name, so the order is stable and predictable.
    return QString::compare(left.siblingAtColumn(0).data().toString(), right.siblingAtColumn(0).data().toString(),
                            Qt::CaseInsensitive) < 0;
}

} // namespace Sla::Core
