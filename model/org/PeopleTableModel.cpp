#include "PeopleTableModel.h"

#include "common/Error.h"
#include "org/OrganisationService.h"

using namespace Qt::Literals::StringLiterals;

namespace kansa {

PeopleTableModel::PeopleTableModel(OrganisationService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&service, &OrganisationService::peopleChanged, this, &PeopleTableModel::reload, Qt::QueuedConnection);
    connect(&service, &OrganisationService::unitsChanged, this, &PeopleTableModel::reload, Qt::QueuedConnection);
    reload();
}

void PeopleTableModel::reload()
{
    beginResetModel();
    m_units.clear();
    for (const Unit& unit : m_service.units())
        m_units.insert(unit.id, unit);
    m_people = m_service.people();
    endResetModel();
}

QList<qint64> PeopleTableModel::unitAndDescendants(qint64 unitId) const
{
    QList<qint64> result{unitId};
    for (int i = 0; i < result.size(); ++i) {
        for (const Unit& unit : m_units) {
            if (unit.parentId == result[i])
                result << unit.id;
        }
    }
    return result;
}

int PeopleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_people.size());
}

int PeopleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size())
        return {};
    const Person& person = m_people.at(index.row());
    switch (role) {
    case PersonIdRole:
        return person.id;
    case UnitIdRole:
        return person.unitId;
    case RolesRole: {
        QVariantList roles;
        for (Role r : person.roles)
            roles << static_cast<int>(r);
        return roles;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return person.code;
        case NameColumn:
            return person.name;
        case KanaColumn:
            return person.kana;
        case UnitColumn:
            return m_units.value(person.unitId).name;
        case EmailColumn:
            return person.email;
        case RolesColumn:
            return Roles::names(person.roles);
        }
        break;
    case Qt::ToolTipRole:
        return tr("Last changed by %1").arg(person.stamp.updatedBy);
    }
    return {};
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Staff number");
    case NameColumn:
        return tr("Name");
    case KanaColumn:
        return tr("Kana");
    case UnitColumn:
        return tr("Unit");
    case EmailColumn:
        return tr("E-mail");
    case RolesColumn:
        return tr("Roles");
    }
    return {};
}

PeopleFilterModel::PeopleFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PeopleFilterModel::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void PeopleFilterModel::setUnitFilter(const QList<qint64>& unitIds)
{
    m_units = unitIds;
    invalidateFilter();
}

void PeopleFilterModel::setRoleFilter(std::optional<Role> role)
{
    m_role = role;
    invalidateFilter();
}

bool PeopleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (!m_units.isEmpty() && !m_units.contains(first.data(PeopleTableModel::UnitIdRole).toLongLong()))
        return false;
    if (m_role && !first.data(PeopleTableModel::RolesRole).toList().contains(static_cast<int>(*m_role)))
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace kansa
