#pragma once

#include "remediation/Remediation.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QSortFilterProxyModel>

namespace kansa {

class RemediationService;

// The remediation plans a person may read, as a table. Loads every plan in two queries (plans, then their
// actions) plus one for the latest progress, so that filtering runs in memory. Overdue plans carry a warning
// icon, the word "overdue" and a colour; plans carried over from an earlier fiscal year say so.
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
        CarriedOverRole,
        SortRole
    };

    explicit PlanTableModel(RemediationService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const RemediationPlan& planAt(int row) const { return m_plans.at(row); }
    int rowOf(qint64 planId) const { return m_rows.value(planId, -1); }
    const QString& unitName(qint64 unitId) const;
    bool overdue(int row) const { return m_plans.at(row).overdue(m_today); }

    void setUnitNames(const QHash<qint64, QString>& names);
    // The fiscal year the list is read in: open plans of earlier years are marked as carried over.
    void setReferenceYear(int fiscalYear);
    // What marks an overdue plan; the view passes its style's warning icon (the model links no widgets).
    void setWarningIcon(const QIcon& icon) { m_warning = icon; }
    void setToday(const QDate& today);
    const QDate& today() const { return m_today; }
    // The plans are read on the first reload(), not on construction: a large organisation has tens of thousands.
    bool loaded() const { return m_loaded; }

public Q_SLOTS:
    void reload();

private:
    RemediationService& m_service;
    QList<RemediationPlan> m_plans;
    QHash<qint64, int> m_rows;
    QHash<qint64, int> m_percents;
    QHash<qint64, QString> m_unitNames;
    int m_referenceYear = 0;
    QDate m_today;
    QIcon m_warning;
    bool m_loaded = false;
};

// Filters by fiscal year (that year's plans and the open ones carried over; 0: every year), units, status,
// overdue only, and a search over the unit, the finding and the summary. Sorts by each column's value.
class PlanFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PlanFilterModel(QObject* parent = nullptr);

    void setFiscalYear(int fiscalYear);
    void setUnits(const QSet<qint64>& unitIds); // empty: every unit
    void setStatus(std::optional<PlanStatus> status);
    void setOverdueOnly(bool overdueOnly);
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    int m_fiscalYear = 0;
    QSet<qint64> m_units;
    std::optional<PlanStatus> m_status;
    bool m_overdueOnly = false;
    QString m_search;
};

} // namespace kansa
