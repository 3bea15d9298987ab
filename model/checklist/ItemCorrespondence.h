#pragma once

#include "checklist/Crosswalk.h"

#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QStringList>

namespace kansa {

class Database;

// "The same item" in another checklist version: the one place that answers it for last year's results beside this
// year's, the comparison of a self-inspection with the audit and the report's year on year. Between versions of
// the same checklist an item that keeps its id is itself (ids are never reused); the crosswalk links stored between
// the two versions, read in either direction, decide for the items they name, whatever the checklists.
class ItemCorrespondence final
{
public:
    ItemCorrespondence() = default;
    // Reads the links between the two versions in one query (none when they are the same version).
    static ItemCorrespondence between(Database& db, const ChecklistRef& from, const ChecklistRef& to);

    // The items of `to` that correspond to an item of `from`, and the other way round.
    QStringList counterparts(const QString& fromItem) const;
    QStringList origins(const QString& toItem) const;

    // Values keyed by items of `to` (last year's results) as keyed by the items of `from` they correspond to; where
    // several reach one item (items merged), pick chooses between the one kept and the one met later.
    template <typename Value, typename Pick>
    QHash<QString, Value> carriedBack(const QHash<QString, Value>& byToItem, Pick pick) const
    {
        QHash<QString, Value> byFromItem;
        for (auto it = byToItem.cbegin(); it != byToItem.cend(); ++it) {
            for (const QString& fromItem : origins(it.key())) {
                const auto kept = byFromItem.constFind(fromItem);
                byFromItem.insert(fromItem, kept == byFromItem.cend() ? it.value() : pick(*kept, it.value()));
            }
        }
        return byFromItem;
    }

private:
    bool m_sameChecklist = true;             // two versions of one checklist: unlinked items are themselves
    QMultiHash<QString, QString> m_forward;  // from item -> to items
    QMultiHash<QString, QString> m_backward; // to item -> from items
};

} // namespace kansa
