#include "PlanTableModel.h"

#include "audit/Audit.h"
#include "calendar/JapaneseCalendar.h"
#include "remediation/RemediationService.h"
#include "settings/AppSettings.h"

#include <QBrush>
#include <QColor>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

PlanTableModel::PlanTableModel(RemediationService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_referenceYear(JapaneseCalendar::fiscalYearOf(QDate::currentDate()))
    , m_today(QDate::currentDate())
{
    connect(&service, &RemediationService::changed, this, [this] {
        if (m_loaded)
            reload();
    });
}

void PlanTableModel::reload()
{
    beginResetModel();
    m_loaded = true;
    m_ranges.clear();
    // The first range and the count in one query: a filter reads the plans once.
    m_ranges.setFirst(m_service.planRange(m_filter, m_order, m_direction, 0, RangeSize, m_today, &m_count));
    endResetModel();
}

int PlanTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

void PlanTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_order = static_cast<PlanOrder>(column);
    m_direction = order;
    if (m_loaded)
        reload();
}

void PlanTableModel::setFilter(const PlanFilter& filter)
{
    m_filter = filter;
    if (m_loaded)
        reload();
}

const RemediationPlan& PlanTableModel::planAt(int row) const
{
    return m_ranges.at(row, [this](int first, int count) {
        return m_service.planRange(m_filter, m_order, m_direction, first, count, m_today);
    });
}

int PlanTableModel::rowOf(qint64 planId) const
{
    return m_loaded ? m_service.planRow(planId, m_filter, m_order, m_direction, m_today) : -1;
}

int PlanTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QString& PlanTableModel::unitName(qint64 unitId) const
{
    static const QString none;
    const auto at = m_unitNames.constFind(unitId);
    return at == m_unitNames.cend() ? none : *at;
}

void PlanTableModel::setUnitNames(const QHash<qint64, QString>& names)
{
    m_unitNames = names;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, UnitColumn), index(rowCount() - 1, UnitColumn));
}

void PlanTableModel::setReferenceYear(int fiscalYear)
{
    if (fiscalYear == m_referenceYear)
        return;
    m_referenceYear = fiscalYear;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, FiscalYearColumn), index(rowCount() - 1, FiscalYearColumn));
}

void PlanTableModel::setToday(const QDate& today)
{
    m_today = today;
    reload();
}

QVariant PlanTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    const RemediationPlan& plan = planAt(index.row());
    const bool late = plan.overdue(m_today);
    const bool carried = plan.carriedOver(m_referenceYear);
    switch (role) {
    case PlanIdRole:
        return plan.id;
    case UnitIdRole:
        return plan.unitId;
    case OverdueRole:
        return late;
    case CarriedOverRole:
        return carried;
    case Qt::ToolTipRole:
        if (index.column() == FindingColumn)
            return plan.findingTitle;
        if (late)
            return tr("Overdue: an action is past its due date.");
        if (carried && index.column() == FiscalYearColumn)
            return tr("Carried over: still open from an earlier fiscal year.");
        return {};
    case Qt::ForegroundRole:
        if (late && (index.column() == NextDueColumn || index.column() == StatusColumn))
            return QBrush(QColor(0xB0, 0x00, 0x20));
        return {};
    case Qt::BackgroundRole:
        if (late)
            return QBrush(QColor(0xFF, 0xE8, 0xE8));
        return {};
    case Qt::DecorationRole:
        if (late && index.column() == StatusColumn)
            return m_warning;
        return {};
    default:
        break;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UnitColumn:
        return unitName(plan.unitId);
    case FiscalYearColumn:
        return carried ? tr("%1 (carried over)").arg(formatFiscalYear(plan.fiscalYear))
                       : formatFiscalYear(plan.fiscalYear);
    case FindingColumn:
        return plan.findingTitle;
    case SeverityColumn:
        return AuditTexts::name(AuditTexts::severity(plan.severity));
    case StatusColumn:
        return late ? tr("%1 · Overdue").arg(RemediationTexts::name(plan.status)) : RemediationTexts::name(plan.status);
    case NextDueColumn: {
        const QDate next = plan.nextDue();
        return next.isValid() ? formatDate(next) : QString();
    }
    case ProgressColumn:
        return plan.latestPercent < 0 ? QString() : u"%1%"_s.arg(plan.latestPercent);
    default:
        return {};
    }
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case FiscalYearColumn:
        return tr("Fiscal year");
    case FindingColumn:
        return tr("Finding");
    case SeverityColumn:
        return tr("Severity");
    case StatusColumn:
        return tr("Status");
    case NextDueColumn:
        return tr("Next due");
    case ProgressColumn:
        return tr("Progress");
    default:
        return {};
    }
}

} // namespace kansa
