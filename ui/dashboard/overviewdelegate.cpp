// SPDX-License-Identifier: Apache-2.0
#include "overviewdelegate.h"

#include "core/models/overviewmodel.h"
#include "statusstyle.h"
#include "ui/charts/sparkline.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Sla::Ui {

using Core::OverviewModel;

namespace {

OverviewModel::RowKind rowKind(const QModelIndex &index)
{
    return OverviewModel::RowKind(index.data(OverviewModel::RowKindRole).toInt());
}

QColor textColor(const QStyleOptionViewItem &option)
{
    const bool selected = option.state & QStyle::State_Selected;
    return option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
}

// The cell background (selection, hover, alternate rows) without text or icon.
void paintBackground(QPainter *painter, const QStyleOptionViewItem &option)
{
    QStyleOptionViewItem bg = option;
    bg.text.clear();
    bg.icon = QIcon();
    const QWidget *w = option.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &bg, painter, w);
}

} // namespace

OverviewDelegate::OverviewDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

OverviewDelegate::~OverviewDelegate() = default;

void OverviewDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto kind = rowKind(index);
    if (kind == OverviewModel::RowKind::Tier || (kind == OverviewModel::RowKind::Sla && index.column() == 0))
        option->font.setBold(true);
    if (kind == OverviewModel::RowKind::Tier)
        option->font.setPointSizeF(option->font.pointSizeF() * 1.05);
    if (index.data(OverviewModel::StaleRole).toBool())
        option->font.setItalic(true);
    if (index.column() >= OverviewModel::AttainedColumn && index.column() <= OverviewModel::BudgetColumn)
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
}

QSize OverviewDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 10));
    if (index.column() == OverviewModel::BudgetColumn)
        s.setWidth(std::max(s.width(), 150));
    if (index.column() == OverviewModel::BurnColumn)
        s.setWidth(std::max(s.width(), 190));
    if (index.column() == OverviewModel::StatusColumn)
        s.setWidth(s.width() + s.height());
    return s;
}

void OverviewDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto kind = rowKind(index);
    switch (index.column()) {
    case OverviewModel::StatusColumn:
        if (kind != OverviewModel::RowKind::Tier) {
            paintStatus(painter, option, index);
            return;
        }
        break;
    case OverviewModel::BudgetColumn:
        if (kind != OverviewModel::RowKind::Tier && index.data(OverviewModel::RemainingRole).isValid()) {
            paintBudget(painter, option, index);
            return;
        }
        break;
    case OverviewModel::BurnColumn:
        if (kind == OverviewModel::RowKind::Objective) {
            paintBurn(painter, option, index);
            return;
        }
        break;
    default:
        break;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void OverviewDelegate::paintStatus(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    paintBackground(painter, opt);
    const auto status = Core::ObjectiveStatus(index.data(OverviewModel::StatusRole).toInt());
    const QRect r = opt.rect.adjusted(4, 0, -4, 0);
    const int icon = std::min(r.height() - 8, 16);
    const QRectF iconRect(r.left(), r.center().y() - icon / 2.0 + 0.5, icon, icon);
    StatusStyle::paintIcon(painter, iconRect, status, opt.palette);
    painter->save();
    painter->setFont(opt.font);
    // The text carries the status; the colour repeats it for a quick scan.
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(selected ? textColor(opt) : StatusStyle::color(status, opt.palette));
    QRect textRect = r.adjusted(icon + 6, 0, 0, 0);
    const bool stale = index.data(OverviewModel::StaleRole).toBool();
    if (stale)
        textRect.adjust(0, 0, -(icon + 4), 0);
    const QString text = opt.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    if (stale) {
        const QRectF mark(textRect.right() + 4, r.center().y() - icon / 2.0 + 0.5, icon, icon);
        StatusStyle::paintStaleMark(painter, mark, opt.palette);
    }
    painter->restore();
}

void OverviewDelegate::paintBudget(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    paintBackground(painter, opt);
    const double remaining = index.data(OverviewModel::RemainingRole).toDouble();
    const double atRisk =
        index.data(OverviewModel::AtRiskRole).isValid() ? index.data(OverviewModel::AtRiskRole).toDouble() : 0.25;
    const QString text = index.data().toString();
    const int textWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("-100.0 %")) + 4;
    const QRect r = opt.rect.adjusted(6, 0, -4, 0);
    const QRectF bar(r.left(), r.center().y() - 5, std::max(10, r.width() - textWidth - 6), 10);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor track = opt.palette.color(QPalette::Mid);
    painter->setPen(QPen(track, 1));
    painter->setBrush(opt.palette.color(QPalette::Base));
    painter->drawRoundedRect(bar, 2, 2);
    const QColor fill = StatusStyle::budgetColor(remaining, atRisk, opt.palette);
    if (remaining < 0) {
        // Overspent: the whole bar in the breach colour, hatched, so it reads without colour too.
        painter->setBrush(fill);
        painter->drawRoundedRect(bar, 2, 2);
        painter->setBrush(QBrush(opt.palette.color(QPalette::Base), Qt::BDiagPattern));
        painter->drawRoundedRect(bar, 2, 2);
    } else {
        const double share = std::clamp(remaining, 0.0, 1.0);
        QRectF filled = bar.adjusted(0.5, 0.5, -0.5, -0.5);
        filled.setWidth(filled.width() * share);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        if (filled.width() > 0.5)
            painter->drawRoundedRect(filled, 2, 2);
        // The at-risk mark on the track.
        painter->setPen(QPen(opt.palette.color(QPalette::Text), 1, Qt::DotLine));
        const double x = bar.left() + bar.width() * atRisk;
        painter->drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 2));
    }
    painter->setFont(opt.font);
    painter->setPen(textColor(opt));
    painter->drawText(QRect(int(bar.right()) + 6, r.top(), r.right() - int(bar.right()) - 6, r.height()),
                      Qt::AlignVCenter | Qt::AlignRight, text);
    painter->restore();
}

void OverviewDelegate::paintBurn(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    paintBackground(painter, opt);
    const QVariantList list = index.data(OverviewModel::BurnRatesRole).toList();
    std::vector<double> t, v;
    bool any = false;
    for (int i = 0; i < list.size(); ++i) {
        t.push_back(double(i));
        const double x = list.at(i).toDouble();
        any = any || !std::isnan(x);
        v.push_back(x);
    }
    const QString text = index.data().toString();
    const int textWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("00.00× (1h)")) + 6;
    const QRect r = opt.rect.adjusted(4, 2, -4, -2);
    const QRectF spark(r.left(), r.top(), std::max(20, r.width() - textWidth), r.height());
    if (any) {
        Sparkline::Options o;
        o.threshold = 1.0; // a burn rate above 1 spends the budget before the window ends
        Sparkline::paint(painter, spark, t.data(), v.data(), t.size(), opt.palette, o);
    }
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(textColor(opt));
    painter->drawText(QRect(int(spark.right()) + 4, r.top(), r.right() - int(spark.right()) - 4, r.height()),
                      Qt::AlignVCenter | Qt::AlignRight, any ? text : tr("n/a"));
    painter->restore();
}

} // namespace Sla::Ui
