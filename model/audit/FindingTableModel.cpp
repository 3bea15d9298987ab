#include "FindingTableModel.h"

#include "audit/Audit.h"

namespace kansa {

FindingTableModel::FindingTableModel(FieldworkService& fieldwork, qint64 auditId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fieldwork(fieldwork)
    , m_auditId(auditId)
{
    for (const ChecklistItem* item : m_fieldwork.checklist(auditId).items())
        m_clauses.insert(item->id, item->ref);
}

void FindingTableModel::reload()
{
    beginResetModel();
    m_ranges.clear();
    m_count = 0;
    // Reset even when the read fails, so that the view shows no stale rows.
    const auto reset = qScopeGuard([this] { endResetModel(); });
    m_ranges.setFirst(m_fieldwork.findingRange(m_auditId, m_filter, 0, RowRanges<Finding>::RangeSize, &m_count));
}

void FindingTableModel::setFilter(const FieldworkService::FindingFilter& filter)
{
    m_filter = filter;
    reload();
}

int FindingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int FindingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Finding& FindingTableModel::findingAt(int row) const
{
    return m_ranges.at(
        row, [this](int first, int count) { return m_fieldwork.findingRange(m_auditId, m_filter, first, count); });
}

QVariant FindingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    const Finding& finding = findingAt(index.row());
    if (role == FindingIdRole)
        return finding.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case UnitColumn:
        return m_unitNames.value(finding.unitId);
    case SeverityColumn:
        return AuditTexts::name(finding.severity);
    case ItemColumn:
        return m_clauses.value(finding.itemKey);
    case TitleColumn:
        return finding.title;
    case ConditionColumn:
        return finding.condition;
    case RecommendationColumn:
        return finding.recommendation;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case UnitColumn:
        return tr("Unit");
    case SeverityColumn:
        return tr("Severity");
    case ItemColumn:
        return tr("Item");
    case TitleColumn:
        return tr("Title");
    case ConditionColumn:
        return tr("Condition found");
    case RecommendationColumn:
        return tr("Recommendation");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kansa
