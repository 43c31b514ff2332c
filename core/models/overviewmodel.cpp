// SPDX-License-Identifier: Apache-2.0
#include "overviewmodel.h"

#include "core/engine/figureformat.h"
#include "figuretext.h"

#include <QLocale>
#include <QVariantList>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <utility>

namespace Sla::Core {

namespace {

// internalId of an index names its parent: 0 for tier rows, 1 + tier for SLA rows, and
// ObjectiveFlag | tier << 20 | SLA row for objective rows.
constexpr quint64 ObjectiveFlag = quint64(1) << 40;
static_assert(sizeof(quintptr) >= 8, "the overview model packs parents into 64-bit ids");

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

// The text of each status and its rank when sorting by urgency: breached first, then no
// data (a source or query may be broken), at risk, insufficient data (the source works, the
// traffic is too low for a figure: never a breach, so after at risk), met last.
struct StatusInfo
{
    ObjectiveStatus status;
    const char *text;
    int severity;
};
constexpr StatusInfo Statuses[] = {
    {ObjectiveStatus::Breached, QT_TRANSLATE_NOOP("Sla::Core::OverviewModel", "Breached"), 0},
    {ObjectiveStatus::NoData, QT_TRANSLATE_NOOP("Sla::Core::OverviewModel", "No data"), 1},
    {ObjectiveStatus::AtRisk, QT_TRANSLATE_NOOP("Sla::Core::OverviewModel", "At risk"), 2},
    {ObjectiveStatus::InsufficientData, QT_TRANSLATE_NOOP("Sla::Core::OverviewModel", "Insufficient data"), 3},
    {ObjectiveStatus::Met, QT_TRANSLATE_NOOP("Sla::Core::OverviewModel", "Met"), 4},
};

const StatusInfo &statusInfo(ObjectiveStatus status)
{
    for (const StatusInfo &info : Statuses) {
        if (info.status == status)
            return info;
    }
    return Statuses[1]; // an out-of-range value reads as no data
}

// What a row shows as the name of an SLA or an objective.
template <typename T> QString shownName(const T &item)
{
    return item.displayName.isEmpty() ? item.name : item.displayName;
}

// The column titles, in the order of OverviewModel::Column.
constexpr const char *ColumnTitles[] = {
    QT_TRANSLATE_NOOP("Sla::Core::OverviewModel", "SLA / objective"),
    QT_TRANSLATE_NOOP("Sla::Core::OverviewModel", "Status"),
    QT_TRANSLATE_NOOP("Sla::Core::OverviewModel", "Attained"),
    QT_TRANSLATE_NOOP("Sla::Core::OverviewModel", "Target"),
    QT_TRANSLATE_NOOP("Sla::Core::OverviewModel", "Budget left"),
    QT_TRANSLATE_NOOP("Sla::Core::OverviewModel", "Burn rate 3d → 5m"),
    QT_TRANSLATE_NOOP("Sla::Core::OverviewModel", "Exhaustion"),
};
static_assert(std::size(ColumnTitles) == size_t(OverviewModel::ColumnCount), "one title per column");

// The texts of an SLA that its row and its objective rows answer under these roles.
constexpr std::pair<int, QString SlaResult::*> SlaTextRoles[] = {
    {OverviewModel::SlaNameRole, &SlaResult::name},
    {OverviewModel::TierRole, &SlaResult::tier},
    {OverviewModel::ServiceRole, &SlaResult::service},
    {OverviewModel::OwnerRole, &SlaResult::owner},
};

// The roles an SLA row and its objective rows answer alike: from the SLA, and from the
// figures of the row (an SLA's summary or an objective's result).
template <typename Figures> QVariant sharedRoleData(const SlaResult &sla, const Figures &figures, int role)
{
    switch (role) {
    case OverviewModel::StatusRole:
        return int(figures.status);
    case OverviewModel::RemainingRole:
        return optionalValue(figures.remaining);
    case OverviewModel::StaleRole:
        return figures.stale;
    case OverviewModel::ErrorRole:
        return figures.error;
    case OverviewModel::AtRiskRole:
        return sla.atRisk;
    default:
        break;
    }
    for (const auto &[textRole, member] : SlaTextRoles) {
        if (textRole == role)
            return sla.*member;
    }
    return {};
}

} // namespace

OverviewModel::OverviewModel(QObject *parent) : QAbstractItemModel(parent) {}

OverviewModel::~OverviewModel() = default;

void OverviewModel::setTierNames(const QMap<QString, QString> &names)
{
    m_tierNames = names;
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
}

int OverviewModel::tierRank(const QString &tier)
{
    if (tier.isEmpty())
        return std::numeric_limits<int>::max();
    static const QString prefix = QStringLiteral("tier-");
    if (tier.startsWith(prefix)) {
        bool ok = false;
        const int n = tier.mid(prefix.size()).toInt(&ok);
        if (ok && n >= 0 && n < 1000)
            return n;
    }
    return 1000; // custom tiers after the numbered ones, then by name (see groupByTier)
}

QString OverviewModel::statusText(ObjectiveStatus status)
{
    return tr(statusInfo(status).text);
}

int OverviewModel::statusSeverity(ObjectiveStatus status)
{
    return statusInfo(status).severity;
}

QString OverviewModel::formatPercent(double ratio, int decimals)
{
    return FigureFormat::percent(ratio, decimals);
}

QString OverviewModel::formatFactor(double factor)
{
    return FigureFormat::factor(factor);
}

QString OverviewModel::formatExhaustion(const std::optional<QDateTime> &when, const QDateTime &at)
{
    if (!when || !when->isValid())
        return QString();
    const qint64 secs = at.isValid() ? at.secsTo(*when) : 0;
    if (secs <= 0)
        return tr("exhausted");
    const qint64 days = secs / 86400;
    const qint64 hours = (secs % 86400) / 3600;
    const qint64 minutes = (secs % 3600) / 60;
    if (days >= 365)
        return tr("in over a year");
    if (days > 0)
        return hours > 0 ? tr("in %1 d %2 h").arg(days).arg(hours) : tr("in %1 d").arg(days);
    if (hours > 0)
        return tr("in %1 h %2 min").arg(hours).arg(minutes);
    return tr("in %1 min").arg(std::max<qint64>(1, minutes));
}

QList<OverviewModel::TierGroup> OverviewModel::groupByTier(const EvaluationReport &report)
{
    QList<TierGroup> groups;
    for (int i = 0; i < report.slas.size(); ++i) {
        const QString &tier = report.slas.at(i).tier;
        auto it = std::find_if(groups.begin(), groups.end(), [&](const TierGroup &g) { return g.tier == tier; });
        if (it == groups.end()) {
            groups.append(TierGroup{tier, {}});
            it = std::prev(groups.end());
        }
        it->slas.append(i);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const TierGroup &a, const TierGroup &b) {
        const int ra = tierRank(a.tier), rb = tierRank(b.tier);
        return ra != rb ? ra < rb : a.tier < b.tier;
    });
    return groups;
}

bool OverviewModel::sameShape(const EvaluationReport &a, const QList<TierGroup> &ga, const EvaluationReport &b,
                              const QList<TierGroup> &gb)
{
    if (ga.size() != gb.size())
        return false;
    for (int g = 0; g < ga.size(); ++g) {
        if (ga[g].tier != gb[g].tier || ga[g].slas.size() != gb[g].slas.size())
            return false;
        for (int s = 0; s < ga[g].slas.size(); ++s) {
            const SlaResult &sa = a.slas.at(ga[g].slas[s]);
            const SlaResult &sb = b.slas.at(gb[g].slas[s]);
            if (sa.name != sb.name || sa.objectives.size() != sb.objectives.size())
                return false;
            for (int o = 0; o < sa.objectives.size(); ++o) {
                if (sa.objectives[o].name != sb.objectives[o].name)
                    return false;
            }
        }
    }
    return true;
}

void OverviewModel::setReport(const EvaluationReport &report)
{
    QList<TierGroup> groups = groupByTier(report);
    if (!m_report.slas.isEmpty() && sameShape(m_report, m_groups, report, groups)) {
        m_report = report;
        m_groups = std::move(groups);
        summarise();
        // Same rows: tell the views which cells changed, level by level, without a reset.
        emitChanged({});
        return;
    }
    beginResetModel();
    m_report = report;
    m_groups = std::move(groups);
    summarise();
    endResetModel();
}

void OverviewModel::emitChanged(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (int r = 0; r < rows; ++r) {
        const QModelIndex child = index(r, 0, parent);
        if (rowCount(child) > 0)
            emitChanged(child);
    }
}

void OverviewModel::clear()
{
    beginResetModel();
    m_report = {};
    m_groups.clear();
    m_slaSummaries.clear();
    m_tierSummaries.clear();
    endResetModel();
}

QModelIndex OverviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    const quint64 pid = parent.internalId();
    if (pid == 0) { // parent is a tier: SLA rows
        const int tier = parent.row();
        return row < m_groups[tier].slas.size() ? createIndex(row, column, quintptr(1 + tier)) : QModelIndex();
    }
    if (pid & ObjectiveFlag)
        return {}; // objectives have no children
    const int tier = int(pid - 1);
    const SlaResult &sla = m_report.slas.at(m_groups[tier].slas.at(parent.row()));
    if (row >= sla.objectives.size())
        return {};
    return createIndex(row, column, quintptr(ObjectiveFlag | (quint64(tier) << 20) | quint64(parent.row())));
}

QModelIndex OverviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quint64 id = child.internalId();
    if (id == 0)
        return {};
    if (id & ObjectiveFlag) {
        const int tier = int((id & ~ObjectiveFlag) >> 20);
        const int slaRow = int(id & 0xFFFFF);
        return createIndex(slaRow, 0, quintptr(1 + tier));
    }
    return createIndex(int(id - 1), 0, quintptr(0));
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    const quint64 pid = parent.internalId();
    if (pid == 0)
        return int(m_groups[parent.row()].slas.size());
    if (pid & ObjectiveFlag)
        return 0;
    const int tier = int(pid - 1);
    return int(m_report.slas.at(m_groups[tier].slas.at(parent.row())).objectives.size());
}

int OverviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

void OverviewModel::Summary::add(const ObjectiveResult &o)
{
    if (statusSeverity(o.status) < statusSeverity(status))
        status = o.status;
    if (o.remaining && (!remaining || *o.remaining < *remaining))
        remaining = o.remaining;
    stale = stale || o.stale;
    partial = partial || o.partial;
    if (error.isEmpty() && !o.error.isEmpty())
        error = o.error;
    breached += o.status == ObjectiveStatus::Breached ? 1 : 0;
}

void OverviewModel::summarise()
{
    m_slaSummaries.clear();
    m_slaSummaries.reserve(m_report.slas.size());
    for (const SlaResult &sla : std::as_const(m_report.slas)) {
        Summary sum;
        bool first = true;
        for (const ObjectiveResult &o : sla.objectives) {
            if (first) {
                sum.status = o.status;
                first = false;
            }
            sum.add(o);
        }
        m_slaSummaries << sum;
    }
    m_tierSummaries.clear();
    for (const TierGroup &g : std::as_const(m_groups)) {
        Summary sum;
        bool first = true;
        for (int s : g.slas) {
            for (const ObjectiveResult &o : m_report.slas.at(s).objectives) {
                if (first) {
                    sum.status = o.status;
                    first = false;
                }
                sum.add(o);
            }
        }
        m_tierSummaries << sum;
    }
}

QVariant OverviewModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid))
        return {};
    const quint64 id = idx.internalId();
    if (id == 0)
        return tierData(idx.row(), idx.column(), role);
    if (id & ObjectiveFlag) {
        const int tier = int((id & ~ObjectiveFlag) >> 20);
        const SlaResult &sla = m_report.slas.at(m_groups[tier].slas.at(int(id & 0xFFFFF)));
        return objectiveData(sla, sla.objectives.at(idx.row()), idx.column(), role);
    }
    const int tier = int(id - 1);
    const int sla = m_groups[tier].slas.at(idx.row());
    return slaData(m_report.slas.at(sla), m_slaSummaries.at(sla), idx.column(), role);
}

QVariant OverviewModel::tierData(int tier, int column, int role) const
{
    const TierGroup &g = m_groups[tier];
    const Summary &sum = m_tierSummaries.at(tier);
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn) {
            const QString name = g.tier.isEmpty() ? tr("No tier") : m_tierNames.value(g.tier, g.tier);
            // No "%n SLA(s)": without an English catalogue the source text would show as is.
            return g.slas.size() == 1 ? tr("%1 (1 SLA)").arg(name) : tr("%1 (%2 SLAs)").arg(name).arg(g.slas.size());
        }
        if (column == StatusColumn)
            return sum.breached > 0 ? tr("%n breached", nullptr, sum.breached) : QVariant();
        return {};
    case RowKindRole:
        return int(RowKind::Tier);
    case StatusRole:
        return int(sum.status);
    case TierRole:
        return g.tier;
    case SortRole:
        return tierRank(g.tier);
    case SearchTextRole:
        return QString();
    default:
        return {};
    }
}

template <typename Item, typename Figures>
QVariant OverviewModel::commonCell(const Item &item, const Figures &figures, int column)
{
    if (column == NameColumn)
        return shownName(item);
    if (column == StatusColumn) {
        if (figures.stale)
            return tr("%1 (stale)").arg(statusText(figures.status));
        return figures.partial ? tr("%1 (partial)").arg(statusText(figures.status)) : statusText(figures.status);
    }
    if (column == BudgetColumn)
        return figures.remaining ? formatPercent(*figures.remaining, 1) : QVariant();
    return {};
}

QVariant OverviewModel::slaData(const SlaResult &sla, const Summary &sum, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return commonCell(sla, sum, column);
    case Qt::ToolTipRole: {
        QString tip = tr("%1 — service %2, owner %3").arg(sla.name, sla.service, sla.owner);
        if (!sum.error.isEmpty())
            tip += QLatin1Char('\n') + sum.error;
        return tip;
    }
    case RowKindRole:
        return int(RowKind::Sla);
    case SearchTextRole:
        return QStringList{sla.name, sla.displayName, sla.service, sla.owner}.join(QLatin1Char(' ')).toLower();
    case SortRole:
        switch (column) {
        case StatusColumn:
            return statusSeverity(sum.status);
        case BudgetColumn:
            // No data sorts first among ascending budgets: it needs a look as much as a breach.
            return sum.remaining ? *sum.remaining : -std::numeric_limits<double>::infinity();
        case NameColumn:
            return shownName(sla).toLower();
        default:
            return sum.remaining ? *sum.remaining : -std::numeric_limits<double>::infinity();
        }
    default:
        return sharedRoleData(sla, sum, role);
    }
}

QVariant OverviewModel::objectiveData(const SlaResult &sla, const ObjectiveResult &o, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return objectiveDisplay(o, column);
    case Qt::ToolTipRole:
        if (column == BurnColumn)
            return burnRateToolTip(o);
        return objectiveToolTip(sla, o, m_report.warnings);
    case RemainingEventsRole:
        return optionalValue(o.remainingEvents);
    case RemainingTimeRole:
        return optionalValue(o.remainingTime);
    case PartialRole:
        return o.partial;
    case SortRole:
        return objectiveSortKey(o, column);
    case BurnRatesRole: {
        QVariantList list;
        for (size_t i = BurnRateWindowCount; i-- > 0;)
            list << (o.burnRates[i] ? *o.burnRates[i] : std::numeric_limits<double>::quiet_NaN());
        return list;
    }
    case RowKindRole:
        return int(RowKind::Objective);
    case ExhaustionRole:
        return o.exhaustion ? *o.exhaustion : QDateTime();
    case SliRole:
        return optionalValue(o.sli);
    case TargetRole:
        return o.target;
    case ObjectiveNameRole:
        return o.name;
    case IndicatorKindRole:
        return int(o.kind);
    case LatestRole:
        return optionalValue(o.latest);
    case EvaluatedAtRole:
        return o.evaluatedAt;
    case SearchTextRole:
        return QStringList{sla.name, sla.displayName, sla.service, sla.owner, o.name, o.displayName}
            .join(QLatin1Char(' '))
            .toLower();
    default:
        return sharedRoleData(sla, o, role);
    }
}

QVariant OverviewModel::objectiveDisplay(const ObjectiveResult &o, int column) const
{
    switch (column) {
    case AttainedColumn:
        if (o.sli)
            return formatPercent(*o.sli);
        if (o.status == ObjectiveStatus::InsufficientData)
            return insufficientCell(o);
        return o.error.isEmpty() ? tr("no data") : tr("unavailable");
    case TargetColumn:
        return formatPercent(o.target);
    case BurnColumn: {
        const auto &br = o.burnRates[Budget::ProjectionBurnRateIndex];
        return br ? tr("%1× (1h)").arg(formatFactor(*br)) : QVariant();
    }
    case ExhaustionColumn:
        return formatExhaustion(o.exhaustion, m_report.at);
    default:
        return commonCell(o, o, column);
    }
}

QString OverviewModel::insufficientCell(const ObjectiveResult &o)
{
    // The size of what there was, so that "too few" has a number.
    if (o.kind == IndicatorKind::Classification && o.sampleSize)
        return tr("n = %1").arg(FigureText::count(*o.sampleSize));
    if (o.total)
        return tr("%1 events").arg(FigureText::count(*o.total));
    return tr("too few");
}

// The figures beyond the fraction, one line each, in the words the detail pane uses.
QStringList OverviewModel::figureLines(const ObjectiveResult &o, const QStringList &warnings)
{
    QStringList lines;
    const QString raw = FigureText::rawSli(o);
    if (!raw.isEmpty())
        lines << tr("Corrected; %1").arg(raw);
    for (const QString &text : {FigureText::corrections(o), FigureText::interval(o), FigureText::insufficient(o),
                                FigureText::provisional(o), FigureText::partial(o, warnings)}) {
        if (!text.isEmpty())
            lines << text;
    }
    if (o.remaining) {
        QString budget = tr("Error budget left %1").arg(formatPercent(*o.remaining, 1));
        const QString rawBudget = FigureText::rawRemaining(o);
        if (!rawBudget.isEmpty())
            budget += QStringLiteral(" (%1)").arg(rawBudget);
        lines << budget;
    }
    const QStringList left = FigureText::budgetLeft(o);
    if (!left.isEmpty())
        lines << left.join(QStringLiteral(" · "));
    return lines;
}

QString OverviewModel::objectiveToolTip(const SlaResult &sla, const ObjectiveResult &o, const QStringList &warnings)
{
    const bool timeslices = o.budgeting == Budgeting::Method::Timeslices;
    QStringList lines;
    lines << tr("%1 / %2").arg(shownName(sla), shownName(o));
    if (o.sli)
        lines << tr("Attained %1 against a target of %2").arg(formatPercent(*o.sli, 4), formatPercent(o.target, 4));
    lines << figureLines(o, warnings);
    if (timeslices)
        lines << tr("%1 good, %2 bad, %3 without data (slices)").arg(o.goodSlices).arg(o.badSlices).arg(o.gapSlices);
    if (o.latest)
        lines << tr("Latest slice value: %1").arg(QLocale().toString(*o.latest, 'g', 4));
    if (o.stale)
        lines
            << tr("Stale: figures from %1; the source fails now: %2").arg(o.evaluatedAt.toString(Qt::ISODate), o.error);
    else if (!o.error.isEmpty())
        lines << o.error;
    return lines.join(QLatin1Char('\n'));
}

QString OverviewModel::burnRateToolTip(const ObjectiveResult &o)
{
    // The sparkline's points with their windows, newest (shortest) last as drawn, and why one is missing.
    if (o.budgeting == Budgeting::Method::Timeslices)
        return tr("Timeslice objectives have no burn rates: their budget is counted in slices.");
    QStringList lines;
    lines << tr("Burn rate per window (1 = the budget lasts exactly the SLA window):");
    for (size_t i = BurnRateWindowCount; i-- > 0;) {
        const QString window = Budget::burnRateWindowName(i);
        lines << (o.burnRates[i] ? tr("%1: %2×").arg(window, formatFactor(*o.burnRates[i]))
                                 : tr("%1: – (not enough data in this window yet)").arg(window));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant OverviewModel::objectiveSortKey(const ObjectiveResult &o, int column)
{
    const double none = -std::numeric_limits<double>::infinity();
    switch (column) {
    case NameColumn:
        return shownName(o).toLower();
    case StatusColumn:
        return statusSeverity(o.status);
    case AttainedColumn:
        return o.sli ? *o.sli : none;
    case TargetColumn:
        return o.target;
    case BurnColumn: {
        const auto &br = o.burnRates[Budget::ProjectionBurnRateIndex];
        return br ? *br : none;
    }
    case ExhaustionColumn:
        // Sooner exhaustion first; no projection last.
        return o.exhaustion ? double(o.exhaustion->toMSecsSinceEpoch()) : std::numeric_limits<double>::infinity();
    case BudgetColumn:
    default:
        return o.remaining ? *o.remaining : none;
    }
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(ColumnTitles[section]);
}

QHash<int, QByteArray> OverviewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(RowKindRole, "rowKind");
    names.insert(StatusRole, "status");
    names.insert(SliRole, "sli");
    names.insert(TargetRole, "target");
    names.insert(RemainingRole, "remaining");
    names.insert(BurnRatesRole, "burnRates");
    names.insert(ExhaustionRole, "exhaustion");
    names.insert(StaleRole, "stale");
    names.insert(ErrorRole, "error");
    names.insert(SlaNameRole, "slaName");
    names.insert(ObjectiveNameRole, "objectiveName");
    names.insert(TierRole, "tier");
    names.insert(ServiceRole, "service");
    names.insert(OwnerRole, "owner");
    names.insert(IndicatorKindRole, "indicatorKind");
    names.insert(LatestRole, "latest");
    names.insert(EvaluatedAtRole, "evaluatedAt");
    names.insert(SearchTextRole, "searchText");
    names.insert(SortRole, "sortValue");
    names.insert(AtRiskRole, "atRisk");
    names.insert(RemainingEventsRole, "remainingEvents");
    names.insert(RemainingTimeRole, "remainingTime");
    names.insert(PartialRole, "partial");
    return names;
}

QModelIndex OverviewModel::indexOfSla(const QString &name) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int s = 0; s < m_groups[g].slas.size(); ++s) {
            if (m_report.slas.at(m_groups[g].slas[s]).name == name)
                return index(s, 0, index(g, 0));
        }
    }
    return {};
}

QModelIndex OverviewModel::indexOfObjective(const QString &sla, const QString &objective) const
{
    const QModelIndex parent = indexOfSla(sla);
    if (!parent.isValid())
        return {};
    const SlaResult *s = m_report.findSla(sla);
    for (int o = 0; o < s->objectives.size(); ++o) {
        if (s->objectives[o].name == objective)
            return index(o, 0, parent);
    }
    return {};
}

} // namespace Sla::Core
