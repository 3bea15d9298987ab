#pragma once

#include "org/Organisation.h"

#include <QAbstractItemModel>
#include <QHash>

namespace kansa {

class OrganisationService;

// The unit tree for views. Renaming and drag-and-drop moving go through the service, so its permission
// and version checks apply; a refused change is reported through errorOccurred and the tree reloads.
class UnitTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        CodeColumn,
        ColumnCount
    };
    enum DataRole
    {
        UnitIdRole = Qt::UserRole + 1
    };
    static constexpr const char* MimeType = "application/x-kansa-unit-id";

    explicit UnitTreeModel(OrganisationService& service, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    QModelIndex indexOf(qint64 unitId) const;
    const Unit* unitAt(const QModelIndex& index) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    const QList<qint64>& childrenOf(qint64 parentId) const;

    OrganisationService& m_service;
    QHash<qint64, Unit> m_units;
    QHash<qint64, QList<qint64>> m_children; // parent id (0: top) -> children in display order
};

} // namespace kansa
