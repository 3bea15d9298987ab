#pragma once

#include "audit/FieldworkService.h"
#include "common/RowRanges.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kansa {

// The findings of one audit as a table of thousands of rows read as they are seen: the filter and the cut are in the
// query (FieldworkService::findingRange) and the rows are fetched a range at a time when the view first asks for
// one, as PlanTableModel reads the remediation plans.
class FindingTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UnitColumn,
        SeverityColumn,
        ItemColumn,
        TitleColumn,
        ConditionColumn,
        RecommendationColumn,
        ColumnCount
    };
    static constexpr int FindingIdRole = Qt::UserRole + 1;

    FindingTableModel(FieldworkService& fieldwork, qint64 auditId, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The finding of a row, read with its range if it is not yet.
    const Finding& findingAt(int row) const;
    void setFilter(const FieldworkService::FindingFilter& filter);
    void setUnitNames(const QHash<qint64, QString>& names) { m_unitNames = names; }

public Q_SLOTS:
    // Counts again and reads the first range (throws kansa::Error when the person may not read the audit).
    void reload();

private:
    FieldworkService& m_fieldwork;
    qint64 m_auditId;
    FieldworkService::FindingFilter m_filter;
    int m_count = 0;
    mutable RowRanges<Finding> m_ranges;
    QHash<QString, QString> m_clauses; // item id -> clause reference as written
    QHash<qint64, QString> m_unitNames;
};

} // namespace kansa
