// SPDX-License-Identifier: Apache-2.0
#pragma once

// The portfolio overview as an item model: tier group -> SLA -> objective. It returns
// data only (text, numbers, custom roles); colours, icons and painting are the business
// of the delegates in ui/dashboard. Fed by EvaluationReport values; a refresh with the
// same SLAs and objectives updates the rows in place (dataChanged), so views keep their
// selection, expansion and scroll position.

#include "core/evaluation/evaluation.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace Sla::Core {

class OverviewModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewModel)

public:
    enum Column {
        NameColumn,
        StatusColumn,
        AttainedColumn,
        TargetColumn,
        BudgetColumn,
        BurnColumn,
        ExhaustionColumn,
        ColumnCount
    };

    /// What a row is.
    enum class RowKind { Tier, Sla, Objective };

    /// Every custom role of the overview (one enum, starting at Qt::UserRole).
    enum Role {
        RowKindRole = Qt::UserRole, ///< int(RowKind)
        StatusRole,                 ///< int(ObjectiveStatus); SLA and tier rows: their worst objective
        SliRole,                    ///< double, or invalid without data
        TargetRole,                 ///< double (objective rows)
        RemainingRole,              ///< double, negative when overspent; SLA rows: the lowest
        BurnRatesRole,              ///< QVariantList of 7 doubles, 3d first, 5m last; NaN where unknown
        ExhaustionRole,             ///< QDateTime, invalid when none
        StaleRole,                  ///< bool: figures carried over while the source fails
        ErrorRole,                  ///< QString: why the figures are missing or stale
        SlaNameRole,                ///< QString: the SLA's metadata name
        ObjectiveNameRole,          ///< QString: the objective's name (objective rows)
        TierRole,                   ///< QString: the tier as written ("" = none)
        ServiceRole,
        OwnerRole,
        IndicatorKindRole,   ///< int(IndicatorKind) (objective rows)
        LatestRole,          ///< double: the latest slice's raw value (timeslices), else invalid
        EvaluatedAtRole,     ///< QDateTime
        SearchTextRole,      ///< QString: SLA, service, owner and objective names, lower-case
        SortRole,            ///< a value the proxy compares for the column
        AtRiskRole,          ///< double: the remaining-budget fraction under which the SLA is at risk
        RemainingEventsRole, ///< double: bad events (slices) the budget still allows, negative when overspent
        RemainingTimeRole,   ///< double: seconds of full outage (bad slices x length) still allowed
        PartialRole,         ///< bool: the window reaches further back than the source keeps data
    };
    Q_ENUM(Role)

    explicit OverviewModel(QObject *parent = nullptr);
    ~OverviewModel() override;

    /// Display names of tiers ("tier-1" -> "Tier 1 — revenue critical").
    void setTierNames(const QMap<QString, QString> &names);
    /// Shows `report`: updates in place when it holds the same SLAs and objectives in the
    /// same tiers, resets otherwise.
    void setReport(const EvaluationReport &report);
    const EvaluationReport &report() const { return m_report; }
    void clear();

    /// The rank of a tier for sorting: built-in tiers by number, others by name, no tier last.
    static int tierRank(const QString &tier);
    /// "Breached", "At risk", "Met", "No data", "Insufficient data".
    static QString statusText(ObjectiveStatus status);
    /// Worse statuses have lower ranks: breached, no data, at risk, insufficient data, met.
    static int statusSeverity(ObjectiveStatus status);
    /// "94.02 %" with up to `decimals` decimals, trailing zeros dropped.
    static QString formatPercent(double ratio, int decimals = 3);
    /// A burn rate: "0.51", "14.4", "230".
    static QString formatFactor(double factor);
    /// "in 3 d 4 h", "exhausted", or empty, relative to `at`.
    static QString formatExhaustion(const std::optional<QDateTime> &when, const QDateTime &at);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The model index of an SLA (column 0), invalid when absent.
    QModelIndex indexOfSla(const QString &sla) const;
    /// The model index of an objective (column 0), invalid when absent.
    QModelIndex indexOfObjective(const QString &sla, const QString &objective) const;

private:
    struct TierGroup
    {
        QString tier;
        QList<int> slas; ///< indexes into m_report.slas
    };
    struct Summary
    {
        ObjectiveStatus status = ObjectiveStatus::NoData;
        std::optional<double> remaining;
        bool stale = false;
        bool partial = false;
        QString error;
        int breached = 0;

        void add(const ObjectiveResult &o);
    };

    static QList<TierGroup> groupByTier(const EvaluationReport &report);
    static bool sameShape(const EvaluationReport &a, const QList<TierGroup> &ga, const EvaluationReport &b,
                          const QList<TierGroup> &gb);
    void summarise();
    QVariant tierData(int tier, int column, int role) const;
    QVariant slaData(const SlaResult &sla, const Summary &sum, int column, int role) const;
    // The cells an SLA row and an objective row show alike: name, status, budget left.
    template <typename Item, typename Figures>
    static QVariant commonCell(const Item &item, const Figures &figures, int column);
    QVariant objectiveData(const SlaResult &sla, const ObjectiveResult &o, int column, int role) const;
    QVariant objectiveDisplay(const ObjectiveResult &o, int column) const;
    static QString burnRateToolTip(const ObjectiveResult &o);
    static QString objectiveToolTip(const SlaResult &sla, const ObjectiveResult &o, const QStringList &warnings);
    static QStringList figureLines(const ObjectiveResult &o, const QStringList &warnings);
    static QString insufficientCell(const ObjectiveResult &o);
    static QVariant objectiveSortKey(const ObjectiveResult &o, int column);
    void emitChanged(const QModelIndex &parent);

    EvaluationReport m_report;
    QList<TierGroup> m_groups;
    // Computed once per report, so that data() stays cheap while views and the proxy sort.
    QList<Summary> m_slaSummaries;  ///< by index into m_report.slas
    QList<Summary> m_tierSummaries; ///< by group
    QMap<QString, QString> m_tierNames;
};

} // namespace Sla::Core
