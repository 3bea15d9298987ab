#pragma once

#include "checklist/Checklist.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace kansa {

// One checklist as a tree for views: chapters, sections, items. Read-only; it shows the language chosen.
class ChecklistTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    // MarkColumn and PreviousColumn show what a user of the tree records per item (an audit result and last
    // year's); the checklist browser hides them.
    enum Column
    {
        TitleColumn,
        RefColumn,
        CountColumn,
        MarkColumn,
        PreviousColumn,
        ColumnCount
    };
    enum DataRole
    {
        KindRole = Qt::UserRole + 1, // "chapter", "section" or "item"
        ItemIdRole,
        SearchTextRole, // everything a search looks in, lower-cased
        RolesRole,
        LevelRole,
        PriorityRole,
        MarkKeyRole,     // the key of the item's mark, e.g. an audit result ("" when none)
        AnnotationsRole, // Mark::annotations
    };

    struct Mark
    {
        QString key;
        QString text;
        QString previousText;
        int annotations = 0;    // what else the item carries, as flags the view paints (e.g. notes, evidence)
        QString annotationText; // the same in words, the clause's tooltip
    };

    explicit ChecklistTreeModel(QObject* parent = nullptr);

    void setChecklist(const Checklist& checklist, const QString& language);
    const Checklist& checklist() const { return m_checklist; }
    void setMarks(const QHash<QString, Mark>& marks, const QString& markHeader, const QString& previousHeader);
    void setMark(const QString& itemId, const Mark& mark);
    Mark mark(const QString& itemId) const { return m_marks.value(itemId); }
    // Items titled 「4.1(2)①  question」, for a view too narrow for a clause column of its own.
    void setClauseInTitle(bool on) { m_clauseInTitle = on; }
    // The item behind an index, or nullptr for a chapter or section.
    const ChecklistItem* itemAt(const QModelIndex& index) const;
    const ChecklistChapter* chapterAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // A node is addressed by (chapter, section, item); -1 where the level is above it.
    struct Node
    {
        int chapter = -1;
        int section = -1;
        int item = -1;
    };
    Node node(const QModelIndex& index) const;
    quintptr idOf(const Node& node) const;
    static quint64 pathKey(const Node& node);

    Checklist m_checklist;
    QString m_language;
    QList<Node> m_nodes;                  // internal id - 1 indexes this list
    QHash<quint64, quintptr> m_ids;       // path -> internal id
    QHash<QString, QString> m_searchText; // item id -> lower-cased text to search
    QHash<QString, Mark> m_marks;
    bool m_clauseInTitle = false;
    QString m_markHeader;
    QString m_previousHeader;
};

// Search (substring over question, quote, reference, id and evidence in both languages) and filters by
// role, level and priority. Chapters and sections stay visible while any item below them matches.
class ChecklistFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ChecklistFilterModel(QObject* parent = nullptr);

    struct Filters
    {
        QString search; // substring, any case
        QString role;   // empty: every role
        QString level;  // empty: every level
        bool priorityOnly = false;
        QStringList markKeys; // empty: any mark; else items whose mark key is one of these ("" for none)
        bool operator==(const Filters&) const = default;
    };
    // Applies all filters at once: one pass over the items.
    void setFilters(const Filters& filters);
    void setSearchText(const QString& text);
    void setRoleFilter(const QString& roleKey);
    void setLevelFilter(const QString& level);
    void setPriorityOnly(bool priorityOnly);
    bool isFiltering() const { return !(m_filters == Filters{}); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Filters m_filters;
};

} // namespace kansa
