#include "Crosswalk.h"

#include "common/EnumKeys.h"
#include "policy/ChecklistDerivation.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const EnumKey<CrosswalkRelation> relationKeys[] = {
    {CrosswalkRelation::Equal, u"equal"},
    {CrosswalkRelation::Subset, u"subset"},
    {CrosswalkRelation::Superset, u"superset"},
    {CrosswalkRelation::Related, u"related"},
};

} // namespace

CrosswalkLink CrosswalkLink::reversed() const
{
    CrosswalkLink link = *this;
    link.from = to;
    link.fromItem = toItem;
    link.to = from;
    link.toItem = fromItem;
    link.relation = Crosswalk::inverse(relation);
    return link;
}

const QList<CrosswalkRelation>& Crosswalk::relations()
{
    static const QList<CrosswalkRelation> list{CrosswalkRelation::Equal, CrosswalkRelation::Subset,
                                               CrosswalkRelation::Superset, CrosswalkRelation::Related};
    return list;
}

QString Crosswalk::key(CrosswalkRelation relation)
{
    return keyOf(relationKeys, relation);
}

std::optional<CrosswalkRelation> Crosswalk::relation(const QString& key)
{
    return findValue(relationKeys, key);
}

QString Crosswalk::name(CrosswalkRelation relation)
{
    switch (relation) {
    case CrosswalkRelation::Equal:
        return tr("equal");
    case CrosswalkRelation::Subset:
        return tr("part of");
    case CrosswalkRelation::Superset:
        return tr("covers");
    case CrosswalkRelation::Related:
        return tr("related");
    }
    return {};
}

CrosswalkRelation Crosswalk::inverse(CrosswalkRelation relation)
{
    switch (relation) {
    case CrosswalkRelation::Subset:
        return CrosswalkRelation::Superset;
    case CrosswalkRelation::Superset:
        return CrosswalkRelation::Subset;
    default:
        return relation;
    }
}

QList<CrosswalkLink> Crosswalk::fromDerivation(const Derivation& derivation, const Checklist& against,
                                               const ChecklistRef& draft, const ChecklistRef& stored)
{
    QHash<QString, QString> quotes;
    for (const ChecklistItem* item : against.items())
        quotes.insert(item->id, item->source);
    QList<CrosswalkLink> links;
    for (const DraftItem& draftItem : derivation.items) {
        if (draftItem.isNew || draftItem.matchedId.isEmpty())
            continue;
        CrosswalkLink link;
        link.from = draft;
        link.fromItem = draftItem.item.id;
        link.to = stored;
        link.toItem = draftItem.matchedId;
        link.relation = quotes.value(draftItem.matchedId) == draftItem.item.source ? CrosswalkRelation::Equal
                                                                                   : CrosswalkRelation::Related;
        link.score = draftItem.score;
        links << link;
    }
    return links;
}

} // namespace kansa
