// SPDX-License-Identifier: Apache-2.0
#include "overviewwidget.h"

#include "core/models/overviewmodel.h"
#include "core/models/overviewproxymodel.h"
#include "overviewdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>
#include <iterator>

namespace Sla::Ui {

using Core::ObjectiveStatus;
using Core::OverviewModel;

namespace {

constexpr int FocusFrameWidth = 2;

constexpr unsigned bit(ObjectiveStatus status)
{
    return 1u << unsigned(status);
}

// The choices of the status filter, in their order: the statuses each one shows (none: all)
// and whether it shows only stale figures.
struct StatusFilter
{
    const char *label;
    unsigned statuses;
    bool staleOnly;
};
constexpr StatusFilter StatusFilters[] = {
    {QT_TRANSLATE_NOOP("Sla::Ui::OverviewWidget", "All statuses"), 0, false},
    {QT_TRANSLATE_NOOP("Sla::Ui::OverviewWidget", "Not met (breached or at risk)"),
     bit(ObjectiveStatus::Breached) | bit(ObjectiveStatus::AtRisk), false},
    {QT_TRANSLATE_NOOP("Sla::Ui::OverviewWidget", "Breached"), bit(ObjectiveStatus::Breached), false},
    {QT_TRANSLATE_NOOP("Sla::Ui::OverviewWidget", "At risk"), bit(ObjectiveStatus::AtRisk), false},
    {QT_TRANSLATE_NOOP("Sla::Ui::OverviewWidget", "No data"), bit(ObjectiveStatus::NoData), false},
    {QT_TRANSLATE_NOOP("Sla::Ui::OverviewWidget", "Insufficient data"), bit(ObjectiveStatus::InsufficientData), false},
    {QT_TRANSLATE_NOOP("Sla::Ui::OverviewWidget", "Met"), bit(ObjectiveStatus::Met), false},
    {QT_TRANSLATE_NOOP("Sla::Ui::OverviewWidget", "Stale figures"), 0, true},
};

} // namespace

OverviewWidget::OverviewWidget(QWidget *parent)
    : QWidget(parent), m_model(new OverviewModel(this)), m_proxy(new Core::OverviewProxyModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("overviewSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search SLA, service, owner or objective"));
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        keepSelectionThrough([&] { m_proxy->setSearchText(text); });
        updateEmptyState(); // the words changed even when no row did
    });
    m_search->installEventFilter(this);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("overviewStatusFilter"));
    for (int i = 0; i < int(std::size(StatusFilters)); ++i)
        m_status->addItem(tr(StatusFilters[i].label), i);
    connect(m_status, &QComboBox::currentIndexChanged, this, &OverviewWidget::onStatusFilterChanged);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("staleBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->hide();

    createView();

    // Said in the middle of the list when the filters leave nothing to show.
    m_emptyState = new QLabel(m_view->viewport());
    m_emptyState->setObjectName(QStringLiteral("overviewEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->hide();
    m_view->viewport()->installEventFilter(this);

    // A frame in the highlight colour around the list while it has the keyboard focus.
    m_viewFrame = new QWidget(this);
    m_viewFrame->setObjectName(QStringLiteral("overviewFocusFrame"));
    m_viewFrame->setAutoFillBackground(true);
    auto *frameLayout = new QVBoxLayout(m_viewFrame);
    frameLayout->setContentsMargins(FocusFrameWidth, FocusFrameWidth, FocusFrameWidth, FocusFrameWidth);
    frameLayout->addWidget(m_view);
    m_view->installEventFilter(this);
    updateFocusFrame();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_viewFrame, 1);
    setFocusProxy(m_view);
    // Tab order: search, status filter, list.
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_view);
}

OverviewWidget::~OverviewWidget() = default;

void OverviewWidget::createView()
{
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("overviewView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new OverviewDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OverviewModel::BudgetColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setTextElideMode(Qt::ElideMiddle); // long names keep both ends; the tooltip has all of it
    m_view->setMouseTracking(true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OverviewModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(OverviewModel::StatusColumn, 150);
    header->resizeSection(OverviewModel::AttainedColumn, 90);
    header->resizeSection(OverviewModel::TargetColumn, 80);
    header->resizeSection(OverviewModel::BudgetColumn, 170);
    header->resizeSection(OverviewModel::BurnColumn, 190);
    header->resizeSection(OverviewModel::ExhaustionColumn, 110);
    header->setMinimumSectionSize(60);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    // A reset (another workspace) collapses the tree: open every group again.
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_view, [this] {
        if (m_search->text().isEmpty() && m_status->currentIndex() == 0)
            return;
        m_view->expandAll(); // filtered rows reappear collapsed
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_view, [this](const QModelIndex &parent) {
        m_view->expandRecursively(parent.isValid() ? parent : QModelIndex());
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &OverviewWidget::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OverviewWidget::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &OverviewWidget::updateEmptyState);
}

void OverviewWidget::setTierNames(const QMap<QString, QString> &names)
{
    m_model->setTierNames(names);
}

void OverviewWidget::setReport(const Core::EvaluationReport &report)
{
    const bool firstFill = m_model->rowCount() == 0;
    keepSelectionThrough([&] { m_model->setReport(report); });
    if (firstFill)
        m_view->expandAll();
    updateBanner(report);
}

void OverviewWidget::clear()
{
    m_shownSla.clear();
    m_shownObjective.clear();
    m_model->clear();
    m_banner->hide();
}

void OverviewWidget::updateBanner(const Core::EvaluationReport &report)
{
    if (report.sourceErrors.isEmpty()) {
        m_banner->hide();
        return;
    }
    QStringList lines;
    for (auto it = report.sourceErrors.cbegin(); it != report.sourceErrors.cend(); ++it)
        lines << tr("Source %1 is failing: %2").arg(it.key(), it.value());
    lines << tr("Figures from these sources are marked stale (last good values shown) until the source answers again.");
    m_banner->setText(lines.join(QLatin1Char('\n')));
    QPalette pal = m_banner->palette();
    const bool dark = pal.color(QPalette::Window).lightnessF() < 0.5;
    pal.setColor(QPalette::Window, dark ? QColor(0x4a, 0x3b, 0x10) : QColor(0xff, 0xf4, 0xce));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe8, 0xa8) : QColor(0x5c, 0x40, 0x00));
    m_banner->setAutoFillBackground(true);
    m_banner->setPalette(pal);
    m_banner->show();
}

void OverviewWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool OverviewWidget::select(const QString &sla, const QString &objective)
{
    const QModelIndex source =
        objective.isEmpty() ? m_model->indexOfSla(sla) : m_model->indexOfObjective(sla, objective);
    const QModelIndex idx = m_proxy->mapFromSource(source);
    if (!idx.isValid())
        return false;
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
    return true;
}

void OverviewWidget::onStatusFilterChanged(int index)
{
    const int choice = m_status->itemData(index).toInt();
    const StatusFilter &filter = StatusFilters[choice >= 0 && choice < int(std::size(StatusFilters)) ? choice : 0];
    QSet<ObjectiveStatus> statuses;
    for (const ObjectiveStatus s : {ObjectiveStatus::NoData, ObjectiveStatus::Breached, ObjectiveStatus::AtRisk,
                                    ObjectiveStatus::Met, ObjectiveStatus::InsufficientData}) {
        if (filter.statuses & bit(s))
            statuses.insert(s);
    }
    keepSelectionThrough([&] {
        m_proxy->setStatusFilter(statuses);
        m_proxy->setStaleOnly(filter.staleOnly);
    });
    m_view->expandAll();
    updateEmptyState();
}

void OverviewWidget::onCurrentChanged(const QModelIndex &current)
{
    if (m_changingRows)
        return; // keepSelectionThrough() decides once the rows are settled
    if (!current.isValid()) {
        Q_EMIT selectionChanged({}, {});
        return;
    }
    const QModelIndex first = current.siblingAtColumn(0);
    const QString sla = first.data(OverviewModel::SlaNameRole).toString();
    const QString objective = first.data(OverviewModel::ObjectiveNameRole).toString();
    if (!sla.isEmpty()) { // a tier row leaves the detail as it is
        m_shownSla = sla;
        m_shownObjective = objective;
    }
    Q_EMIT selectionChanged(sla, objective);
}

void OverviewWidget::keepSelectionThrough(const std::function<void()> &change)
{
    // Filtering or new figures may take the shown row away; the selection model would then
    // move to a neighbour and the detail would silently show another objective.
    m_changingRows = true;
    change();
    m_changingRows = false;
    if (m_shownSla.isEmpty())
        return;
    const QModelIndex source = m_shownObjective.isEmpty() ? m_model->indexOfSla(m_shownSla)
                                                          : m_model->indexOfObjective(m_shownSla, m_shownObjective);
    const QModelIndex shown = m_proxy->mapFromSource(source);
    if (shown.isValid()) {
        if (m_view->currentIndex().siblingAtColumn(0) != shown) {
            const QSignalBlocker block(m_view->selectionModel());
            m_view->setCurrentIndex(shown);
            m_view->viewport()->update();
        }
        return;
    }
    m_shownSla.clear();
    m_shownObjective.clear();
    {
        const QSignalBlocker block(m_view->selectionModel());
        m_view->selectionModel()->clear();
    }
    m_view->viewport()->update();
    Q_EMIT selectionCleared();
}

void OverviewWidget::updateEmptyState()
{
    const bool filtered = !m_search->text().isEmpty() || m_status->currentIndex() > 0;
    const bool empty = m_model->rowCount() > 0 && m_proxy->rowCount() == 0;
    if (!empty || !filtered) {
        m_emptyState->hide();
        return;
    }
    const QString search = m_search->text().trimmed();
    const QString status = m_status->currentText();
    if (!search.isEmpty() && m_status->currentIndex() > 0)
        m_emptyState->setText(tr("No objective matches “%1” with the status “%2”.").arg(search, status));
    else if (!search.isEmpty())
        m_emptyState->setText(tr("No objective matches “%1”.").arg(search));
    else
        m_emptyState->setText(tr("No objective has the status “%1”.").arg(status));
    m_emptyState->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    m_emptyState->show();
}

void OverviewWidget::updateFocusFrame()
{
    QPalette pal = m_viewFrame->palette();
    const QPalette own = palette();
    pal.setColor(QPalette::Window,
                 m_view->hasFocus() ? own.color(QPalette::Active, QPalette::Highlight) : own.color(QPalette::Window));
    m_viewFrame->setPalette(pal);
}

bool OverviewWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        // Escape clears the search; on an empty field it goes back to the list.
        if (m_search->text().isEmpty())
            m_view->setFocus(Qt::ShortcutFocusReason);
        else
            m_search->clear();
        return true;
    }
    if (watched == m_view && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        updateFocusFrame();
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && m_emptyState->isVisible())
        m_emptyState->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    return QWidget::eventFilter(watched, event);
}

void OverviewWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_viewFrame)
        updateFocusFrame();
}

QString OverviewWidget::dumpVisibleRows() const
{
    QString out;
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            QStringList cells;
            for (int c = 0; c < OverviewModel::ColumnCount; ++c) {
                if (c == OverviewModel::BurnColumn)
                    continue;
                cells << m_proxy->index(r, c, parent).data().toString();
            }
            out += QString(depth * 2, QLatin1Char(' ')) + cells.join(QStringLiteral(" | ")) + QLatin1Char('\n');
            walk(m_proxy->index(r, 0, parent), depth + 1);
        }
    };
    walk({}, 0);
    return out;
}

} // namespace Sla::Ui
