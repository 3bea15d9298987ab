#pragma once

#include "common/RowRanges.h"
#include "remediation/Remediation.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QIcon>

namespace kansa {

class RemediationService;

// The remediation plans a person may read, as a table of tens of thousands of rows read as they are seen: the
// filter, the order and the cut are in the query (RemediationService::planRange), and the rows are fetched a
// range at a time when the view first asks for one (as DB Browser for SQLite's row model does). Overdue plans
// carry a warning icon, the word "overdue" and a colour; plans carried over from an earlier fiscal year say so.
class PlanTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UnitColumn,
        FiscalYearColumn,
        FindingColumn,
        SeverityColumn,
        StatusColumn,
        NextDueColumn,
        ProgressColumn,
        ColumnCount
    };
    enum DataRole
    {
        PlanIdRole = Qt::UserRole + 1,
        UnitIdRole,
        OverdueRole,
        CarriedOverRole
    };
    // Rows read at once: a screenful many times over, a few milliseconds' query.
    static constexpr int RangeSize = RowRanges<RemediationPlan>::RangeSize;

    explicit PlanTableModel(RemediationService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorting is the query's: the rows are read again in the new order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The plan of a row, read with its range if it is not yet.
    const RemediationPlan& planAt(int row) const;
    // The row of a plan under the current filter and order, -1 when the filter leaves it out.
    int rowOf(qint64 planId) const;
    const QString& unitName(qint64 unitId) const;

    void setFilter(const PlanFilter& filter);
    const PlanFilter& filter() const { return m_filter; }
    void setUnitNames(const QHash<qint64, QString>& names);
    // The fiscal year the list is read in: open plans of earlier years are marked as carried over.
    void setReferenceYear(int fiscalYear);
    // What marks an overdue plan; the view passes its style's warning icon (the model links no widgets).
    void setWarningIcon(const QIcon& icon) { m_warning = icon; }
    void setToday(const QDate& today);
    const QDate& today() const { return m_today; }
    // The plans are counted on the first reload(), not on construction.
    bool loaded() const { return m_loaded; }

public Q_SLOTS:
    void reload();

private:
    RemediationService& m_service;
    PlanFilter m_filter;
    PlanOrder m_order = PlanOrder::NextDue;
    Qt::SortOrder m_direction = Qt::AscendingOrder;
    int m_count = 0;
    mutable RowRanges<RemediationPlan> m_ranges;
    QHash<qint64, QString> m_unitNames;
    int m_referenceYear = 0;
    QDate m_today;
    QIcon m_warning;
    bool m_loaded = false;
};

} // namespace kansa
