#pragma once

#include "org/Organisation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace kansa {

class OrganisationService;

// People as a table for views; reloads when people or units change.
class PeopleTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        KanaColumn,
        UnitColumn,
        EmailColumn,
        RolesColumn,
        ColumnCount
    };
    enum DataRole
    {
        PersonIdRole = Qt::UserRole + 1,
        UnitIdRole,
        RolesRole
    };

    explicit PeopleTableModel(OrganisationService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Person& personAt(int row) const { return m_people.at(row); }
    // The unit and all units below it, for filtering by a department.
    QList<qint64> unitAndDescendants(qint64 unitId) const;

public Q_SLOTS:
    void reload();

private:
    OrganisationService& m_service;
    QList<Person> m_people;
    QHash<qint64, Unit> m_units;
};

// Search over every column (substring, case-insensitive), a unit filter that includes sub-units, and a
// role filter.
class PeopleFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PeopleFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setUnitFilter(const QList<qint64>& unitIds); // empty: every unit
    void setRoleFilter(std::optional<Role> role);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    QList<qint64> m_units;
    std::optional<Role> m_role;
};

} // namespace kansa
