#include "ItemCorrespondence.h"

#include "store/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace kansa {

ItemCorrespondence ItemCorrespondence::between(Database& db, const ChecklistRef& from, const ChecklistRef& to)
{
    ItemCorrespondence correspondence;
    correspondence.m_sameChecklist = from.key == to.key;
    if (from == to)
        return correspondence;
    QSqlQuery query =
        db.exec(u"SELECT fc.checklist_key, l.from_version, l.from_item, l.to_item FROM crosswalk_links l "
                "JOIN checklists fc ON fc.id = l.from_checklist_id JOIN checklists tc ON tc.id = l.to_checklist_id "
                "WHERE (fc.checklist_key = ? AND l.from_version = ? AND tc.checklist_key = ? AND l.to_version = ?) "
                "OR (fc.checklist_key = ? AND l.from_version = ? AND tc.checklist_key = ? AND l.to_version = ?) "
                "ORDER BY l.id"_s,
                {from.key, from.version, to.key, to.version, to.key, to.version, from.key, from.version});
    while (query.next()) {
        const bool forward = ChecklistRef{query.value(0).toString(), query.value(1).toInt()} == from;
        const QString left = query.value(2).toString();
        const QString right = query.value(3).toString();
        const QString fromItem = forward ? left : right;
        const QString toItem = forward ? right : left;
        if (!correspondence.m_forward.contains(fromItem, toItem)) {
            correspondence.m_forward.insert(fromItem, toItem);
            correspondence.m_backward.insert(toItem, fromItem);
        }
    }
    return correspondence;
}

QStringList ItemCorrespondence::counterparts(const QString& fromItem) const
{
    if (m_forward.contains(fromItem))
        return m_forward.values(fromItem);
    // An item that keeps its id is itself, unless that id now names an item linked elsewhere.
    if (m_sameChecklist && !m_backward.contains(fromItem))
        return {fromItem};
    return {};
}

QStringList ItemCorrespondence::origins(const QString& toItem) const
{
    if (m_backward.contains(toItem))
        return m_backward.values(toItem);
    if (m_sameChecklist && !m_forward.contains(toItem))
        return {toItem};
    return {};
}

} // namespace kansa
