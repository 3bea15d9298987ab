#include "ChecklistTreeModel.h"

#include "org/Role.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

ChecklistTreeModel::ChecklistTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void ChecklistTreeModel::setChecklist(const Checklist& checklist, const QString& language)
{
    beginResetModel();
    m_checklist = checklist;
    m_language = language;
    m_nodes.clear();
    m_ids.clear();
    m_searchText.clear();
    for (int c = 0; c < m_checklist.chapters.size(); ++c) {
        m_nodes << Node{c, -1, -1};
        const ChecklistChapter& chapter = m_checklist.chapters[c];
        for (int s = 0; s < chapter.sections.size(); ++s) {
            m_nodes << Node{c, s, -1};
            for (int i = 0; i < chapter.sections[s].items.size(); ++i) {
                m_nodes << Node{c, s, i};
                const ChecklistItem& item = chapter.sections[s].items[i];
                QStringList parts{item.id, item.ref, item.source, item.question.ja, item.question.en};
                for (const LocalizedText& evidence : item.evidence)
                    parts << evidence.ja << evidence.en;
                m_searchText.insert(item.id, parts.join(u'\n').toLower());
            }
        }
    }
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        m_ids.insert(pathKey(m_nodes[i]), static_cast<quintptr>(i + 1));
    endResetModel();
}

void ChecklistTreeModel::setMarks(const QHash<QString, Mark>& marks, const QString& markHeader,
                                  const QString& previousHeader)
{
    m_marks = marks;
    m_markHeader = markHeader;
    m_previousHeader = previousHeader;
    // Only the two mark columns change: the tree keeps its shape, expansion and selection.
    for (int c = 0; c < rowCount(); ++c) {
        const QModelIndex chapter = index(c, 0);
        for (int s = 0; s < rowCount(chapter); ++s) {
            const QModelIndex section = index(s, 0, chapter);
            const int items = rowCount(section);
            if (items > 0)
                Q_EMIT dataChanged(index(0, MarkColumn, section), index(items - 1, PreviousColumn, section));
        }
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, MarkColumn, PreviousColumn);
}

void ChecklistTreeModel::setMark(const QString& itemId, const Mark& mark)
{
    m_marks.insert(itemId, mark);
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const Node& n = m_nodes[i];
        if (n.item >= 0 && m_checklist.chapters[n.chapter].sections[n.section].items[n.item].id == itemId) {
            const quintptr id = static_cast<quintptr>(i + 1);
            Q_EMIT dataChanged(createIndex(n.item, MarkColumn, id), createIndex(n.item, PreviousColumn, id));
            return;
        }
    }
}

quint64 ChecklistTreeModel::pathKey(const Node& node)
{
    return (quint64(node.chapter + 1) << 42) | (quint64(node.section + 1) << 21) | quint64(node.item + 1);
}

quintptr ChecklistTreeModel::idOf(const Node& wanted) const
{
    return m_ids.value(pathKey(wanted), 0);
}

ChecklistTreeModel::Node ChecklistTreeModel::node(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0 || index.internalId() > static_cast<quintptr>(m_nodes.size()))
        return {};
    return m_nodes[static_cast<qsizetype>(index.internalId() - 1)];
}

const ChecklistItem* ChecklistTreeModel::itemAt(const QModelIndex& index) const
{
    const Node n = node(index);
    if (n.item < 0)
        return nullptr;
    return &m_checklist.chapters[n.chapter].sections[n.section].items[n.item];
}

const ChecklistChapter* ChecklistTreeModel::chapterAt(const QModelIndex& index) const
{
    const Node n = node(index);
    return n.chapter >= 0 && n.section < 0 ? &m_checklist.chapters[n.chapter] : nullptr;
}

QModelIndex ChecklistTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    const Node p = node(parent);
    Node child;
    if (!parent.isValid())
        child = {row, -1, -1};
    else if (p.section < 0)
        child = {p.chapter, row, -1};
    else
        child = {p.chapter, p.section, row};
    return createIndex(row, column, idOf(child));
}

QModelIndex ChecklistTreeModel::parent(const QModelIndex& child) const
{
    const Node n = node(child);
    if (n.chapter < 0 || n.section < 0)
        return {};
    if (n.item < 0)
        return createIndex(n.chapter, 0, idOf({n.chapter, -1, -1}));
    return createIndex(n.section, 0, idOf({n.chapter, n.section, -1}));
}

int ChecklistTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_checklist.chapters.size());
    if (parent.column() != 0)
        return 0;
    const Node n = node(parent);
    if (n.chapter < 0 || n.item >= 0)
        return 0;
    const ChecklistChapter& chapter = m_checklist.chapters[n.chapter];
    if (n.section < 0)
        return static_cast<int>(chapter.sections.size());
    return static_cast<int>(chapter.sections[n.section].items.size());
}

int ChecklistTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ChecklistTreeModel::data(const QModelIndex& index, int role) const
{
    const Node n = node(index);
    if (n.chapter < 0)
        return {};
    const ChecklistChapter& chapter = m_checklist.chapters[n.chapter];
    if (n.section < 0) { // a chapter
        int items = 0;
        for (const ChecklistSection& section : chapter.sections)
            items += static_cast<int>(section.items.size());
        switch (role) {
        case KindRole:
            return u"chapter"_s;
        case Qt::ToolTipRole:
            return tr("Items of this chapter per obligation sentence of its source chapter (sentences ending "
                      "ならない, ものとする, 望ましい or こと).");
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::DisplayRole:
            if (index.column() == TitleColumn)
                return QString(chapter.number % u"  "_s % chapter.title.in(m_language));
            if (index.column() == CountColumn) {
                if (chapter.obligations > 0)
                    return tr("%1 items / %2 obligations (×%3)")
                        .arg(items)
                        .arg(chapter.obligations)
                        .arg(QString::number(double(items) / chapter.obligations, 'f', 2));
                return tr("%n item(s)", nullptr, items);
            }
        }
        return {};
    }
    const ChecklistSection& section = chapter.sections[n.section];
    if (n.item < 0) {
        switch (role) {
        case KindRole:
            return u"section"_s;
        case Qt::DisplayRole:
            if (index.column() == TitleColumn)
                return QString(section.number % u"  "_s % section.title.in(m_language));
            if (index.column() == CountColumn)
                return tr("%n item(s)", nullptr, static_cast<int>(section.items.size()));
        }
        return {};
    }
    const ChecklistItem& item = section.items[n.item];
    switch (role) {
    case KindRole:
        return u"item"_s;
    case ItemIdRole:
        return item.id;
    case SearchTextRole:
        return m_searchText.value(item.id);
    case RolesRole:
        return item.roles;
    case LevelRole:
        return item.level;
    case PriorityRole:
        return item.priority;
    case MarkKeyRole:
        return m_marks.value(item.id).key;
    case AnnotationsRole:
        return m_marks.value(item.id).annotations;
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return m_clauseInTitle ? QString(item.ref % u"  "_s % item.question.in(m_language))
                                   : item.question.in(m_language);
        if (index.column() == RefColumn)
            return item.ref;
        if (index.column() == CountColumn)
            return item.priority ? tr("Priority") : item.withdrawn ? tr("Withdrawn") : QString();
        if (index.column() == MarkColumn)
            return m_marks.value(item.id).text;
        if (index.column() == PreviousColumn)
            return m_marks.value(item.id).previousText;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MarkColumn && !m_marks.value(item.id).annotationText.isEmpty())
            return m_marks.value(item.id).annotationText;
        // The whole question, which the column may cut, above the clause it was derived from.
        return QString(item.question.in(m_language) % u"\n\n"_s % item.source);
    }
    return {};
}

QVariant ChecklistTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Chapter, section, question");
    case RefColumn:
        return tr("Clause");
    case CountColumn:
        return tr("Items and coverage");
    case MarkColumn:
        return m_markHeader;
    case PreviousColumn:
        return m_previousHeader;
    }
    return {};
}

ChecklistFilterModel::ChecklistFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void ChecklistFilterModel::setFilters(const Filters& filters)
{
    Filters wanted = filters;
    wanted.search = wanted.search.trimmed().toLower();
    if (wanted == m_filters)
        return;
    m_filters = wanted;
    invalidateFilter();
}

void ChecklistFilterModel::setSearchText(const QString& text)
{
    Filters filters = m_filters;
    filters.search = text;
    setFilters(filters);
}

void ChecklistFilterModel::setRoleFilter(const QString& roleKey)
{
    Filters filters = m_filters;
    filters.role = roleKey;
    setFilters(filters);
}

void ChecklistFilterModel::setLevelFilter(const QString& level)
{
    Filters filters = m_filters;
    filters.level = level;
    setFilters(filters);
}

void ChecklistFilterModel::setPriorityOnly(bool priorityOnly)
{
    Filters filters = m_filters;
    filters.priorityOnly = priorityOnly;
    setFilters(filters);
}

bool ChecklistFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ChecklistTreeModel::KindRole).toString() != u"item"_s)
        return !isFiltering();
    if (m_filters.priorityOnly && !index.data(ChecklistTreeModel::PriorityRole).toBool())
        return false;
    if (!m_filters.level.isEmpty() && index.data(ChecklistTreeModel::LevelRole).toString() != m_filters.level)
        return false;
    if (!m_filters.role.isEmpty() && !index.data(ChecklistTreeModel::RolesRole).toStringList().contains(m_filters.role))
        return false;
    if (!m_filters.markKeys.isEmpty() &&
        !m_filters.markKeys.contains(index.data(ChecklistTreeModel::MarkKeyRole).toString()))
        return false;
    return m_filters.search.isEmpty() ||
           index.data(ChecklistTreeModel::SearchTextRole).toString().contains(m_filters.search);
}

} // namespace kansa
