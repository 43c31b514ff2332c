// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace Sla::Ui {

/// Paints the overview's cells from the model's data roles: the status shape next to its
/// text, the remaining error budget as a bar (hatched when overspent), the burn rates of the
/// seven windows as a sparkline, and stale figures in italics with a clock mark.
class OverviewDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewDelegate)

public:
    explicit OverviewDelegate(QObject *parent = nullptr);
    ~OverviewDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintStatus(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintBudget(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintBurn(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace Sla::Ui
