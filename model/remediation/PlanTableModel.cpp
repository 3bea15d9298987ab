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
    m_plans = m_service.plans({}, m_today);
    m_percents = m_service.latestPercents();
    m_rows.clear();
    m_rows.reserve(m_plans.size());
    for (int row = 0; row < m_plans.size(); ++row)
        m_rows.insert(m_plans[row].id, row);
    endResetModel();
}

int PlanTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plans.size());
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
    if (!m_plans.isEmpty())
        Q_EMIT dataChanged(index(0, UnitColumn), index(rowCount() - 1, UnitColumn));
}

void PlanTableModel::setReferenceYear(int fiscalYear)
{
    if (fiscalYear == m_referenceYear)
        return;
    m_referenceYear = fiscalYear;
    if (!m_plans.isEmpty())
        Q_EMIT dataChanged(index(0, FiscalYearColumn), index(rowCount() - 1, FiscalYearColumn));
}

void PlanTableModel::setToday(const QDate& today)
{
    m_today = today;
    reload();
}

QVariant PlanTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_plans.size())
        return {};
    const RemediationPlan& plan = m_plans.at(index.row());
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
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    switch (index.column()) {
    case UnitColumn:
        return unitName(plan.unitId);
    case FiscalYearColumn:
        if (sorting)
            return plan.fiscalYear;
        return carried ? tr("%1 (carried over)").arg(formatFiscalYear(plan.fiscalYear))
                       : formatFiscalYear(plan.fiscalYear);
    case FindingColumn:
        return plan.findingTitle;
    case SeverityColumn:
        if (sorting)
            return static_cast<int>(AuditTexts::severity(plan.severity));
        return AuditTexts::name(AuditTexts::severity(plan.severity));
    case StatusColumn:
        if (sorting)
            return static_cast<int>(plan.status);
        return late ? tr("%1 · Overdue").arg(RemediationTexts::name(plan.status)) : RemediationTexts::name(plan.status);
    case NextDueColumn: {
        const QDate next = plan.nextDue();
        if (sorting)
            return next.isValid() ? next : QDate(9999, 12, 31);
        return next.isValid() ? formatDate(next) : QString();
    }
    case ProgressColumn: {
        const auto at = m_percents.constFind(plan.id);
        if (sorting)
            return at == m_percents.cend() ? -1 : *at;
        return at == m_percents.cend() ? QString() : u"%1%"_s.arg(*at);
    }
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

PlanFilterModel::PlanFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PlanTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PlanFilterModel::refilter()
{
    invalidateRowsFilter();
}

void PlanFilterModel::setFiscalYear(int fiscalYear)
{
    m_fiscalYear = fiscalYear;
    refilter();
}

void PlanFilterModel::setUnits(const QSet<qint64>& unitIds)
{
    m_units = unitIds;
    refilter();
}

void PlanFilterModel::setStatus(std::optional<PlanStatus> status)
{
    m_status = status;
    refilter();
}

void PlanFilterModel::setOverdueOnly(bool overdueOnly)
{
    m_overdueOnly = overdueOnly;
    refilter();
}

void PlanFilterModel::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    refilter();
}

bool PlanFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* plans = qobject_cast<const PlanTableModel*>(sourceModel());
    if (sourceParent.isValid() || !plans)
        return false;
    const RemediationPlan& plan = plans->planAt(sourceRow);
    if (m_fiscalYear && plan.fiscalYear != m_fiscalYear && !plan.carriedOver(m_fiscalYear))
        return false;
    if (!m_units.isEmpty() && !m_units.contains(plan.unitId))
        return false;
    if (m_status && plan.status != *m_status)
        return false;
    if (m_overdueOnly && !plans->overdue(sourceRow))
        return false;
    if (m_search.isEmpty())
        return true;
    return plan.findingTitle.contains(m_search, Qt::CaseInsensitive) ||
           plan.summary.contains(m_search, Qt::CaseInsensitive) ||
           plans->unitName(plan.unitId).contains(m_search, Qt::CaseInsensitive);
}

} // namespace kansa
