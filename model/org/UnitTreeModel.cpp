#include "UnitTreeModel.h"

#include "common/Error.h"
#include "org/OrganisationService.h"

#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

UnitTreeModel::UnitTreeModel(OrganisationService& service, QObject* parent)
    : QAbstractItemModel(parent)
    , m_service(service)
{
    // Queued: a drop or an edit finishes before the tree is rebuilt under the view.
    connect(&service, &OrganisationService::unitsChanged, this, &UnitTreeModel::reload, Qt::QueuedConnection);
    reload();
}

void UnitTreeModel::reload()
{
    beginResetModel();
    m_units.clear();
    m_children.clear();
    try {
        for (const Unit& unit : m_service.units()) {
            m_units.insert(unit.id, unit);
            m_children[unit.parentId] << unit.id;
        }
    } catch (const Error& error) {
        Q_EMIT errorOccurred(error.message());
    }
    endResetModel();
}

const QList<qint64>& UnitTreeModel::childrenOf(qint64 parentId) const
{
    static const QList<qint64> none;
    const auto it = m_children.constFind(parentId);
    return it == m_children.cend() ? none : *it;
}

const Unit* UnitTreeModel::unitAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const auto it = m_units.constFind(static_cast<qint64>(index.internalId()));
    return it == m_units.cend() ? nullptr : &*it;
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const qint64 parentId = parent.isValid() ? static_cast<qint64>(parent.internalId()) : 0;
    const QList<qint64>& children = childrenOf(parentId);
    if (row >= children.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(children[row]));
}

QModelIndex UnitTreeModel::indexOf(qint64 unitId) const
{
    const auto it = m_units.constFind(unitId);
    if (it == m_units.cend())
        return {};
    const int row = static_cast<int>(childrenOf(it->parentId).indexOf(unitId));
    return createIndex(row, 0, static_cast<quintptr>(unitId));
}

QModelIndex UnitTreeModel::parent(const QModelIndex& child) const
{
    const Unit* unit = unitAt(child);
    if (!unit || !unit->parentId)
        return {};
    return indexOf(unit->parentId);
}

int UnitTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(childrenOf(parent.isValid() ? static_cast<qint64>(parent.internalId()) : 0).size());
}

int UnitTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant UnitTreeModel::data(const QModelIndex& index, int role) const
{
    const Unit* unit = unitAt(index);
    if (!unit)
        return {};
    if (role == UnitIdRole)
        return unit->id;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return unit->name;
        case KindColumn:
            return UnitKinds::name(unit->kind);
        case CodeColumn:
            return unit->code;
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("Last changed by %1").arg(unit->stamp.updatedBy);
    return {};
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Unit");
    case KindColumn:
        return tr("Kind");
    case CodeColumn:
        return tr("Code");
    }
    return {};
}

Qt::ItemFlags UnitTreeModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (!m_service.session().canManageOrganisation())
        return flags;
    if (!index.isValid())
        return flags | Qt::ItemIsDropEnabled;
    flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool UnitTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Unit* unit = unitAt(index);
    if (!unit || role != Qt::EditRole || index.column() != NameColumn)
        return false;
    Unit changed = *unit;
    changed.name = value.toString();
    if (changed.name == unit->name)
        return false;
    try {
        m_service.updateUnit(changed);
        return true;
    } catch (const Error& error) {
        Q_EMIT errorOccurred(error.message());
        reload();
        return false;
    }
}

Qt::DropActions UnitTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList UnitTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData* UnitTreeModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& index : indexes) {
        if (const Unit* unit = unitAt(index)) {
            auto* data = new QMimeData;
            data->setData(QString::fromLatin1(MimeType), QByteArray::number(unit->id));
            return data;
        }
    }
    return nullptr;
}

bool UnitTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int, const QModelIndex& parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(QString::fromLatin1(MimeType)))
        return false;
    const qint64 id = data->data(QString::fromLatin1(MimeType)).toLongLong();
    const auto it = m_units.constFind(id);
    if (it == m_units.cend())
        return false;
    const qint64 newParent = parent.isValid() ? static_cast<qint64>(parent.internalId()) : 0;
    int position = row < 0 ? static_cast<int>(childrenOf(newParent).size()) : row;
    // Dropping below its own place among the same siblings: the unit's old slot disappears first.
    const int current = static_cast<int>(childrenOf(newParent).indexOf(id));
    if (it->parentId == newParent && current >= 0 && current < position)
        --position;
    try {
        m_service.moveUnit(id, it->stamp.version, newParent, position);
        return true;
    } catch (const Error& error) {
        Q_EMIT errorOccurred(error.message());
        reload();
        return false;
    }
}

} // namespace kansa
