#include "Checklist.h"

#include "org/Role.h"

using namespace Qt::Literals::StringLiterals;

namespace kansa {

int Checklist::itemCount() const
{
    int count = 0;
    for (const ChecklistChapter& chapter : chapters) {
        for (const ChecklistSection& section : chapter.sections)
            count += static_cast<int>(section.items.size());
    }
    return count;
}

QList<const ChecklistItem*> Checklist::items() const
{
    QList<const ChecklistItem*> list;
    for (const ChecklistChapter& chapter : chapters) {
        for (const ChecklistSection& section : chapter.sections) {
            for (const ChecklistItem& item : section.items)
                list << &item;
        }
    }
    return list;
}

const QStringList& Checklist::kinds()
{
    static const QStringList list{u"standards"_s, u"basic_policy"_s, u"procedure"_s, u"self_inspection"_s,
                                  u"framework"_s};
    return list;
}

const QStringList& Checklist::levels()
{
    static const QStringList list{u"organisation"_s, u"unit"_s, u"system"_s};
    return list;
}

const QStringList& Checklist::roleKeys()
{
    static const QStringList list = [] {
        QStringList keys;
        for (Role role : Roles::all())
            keys << Roles::key(role);
        keys << u"committee"_s;
        return keys;
    }();
    return list;
}

} // namespace kansa
