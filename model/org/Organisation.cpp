#include "Organisation.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

struct KindInfo
{
    const char16_t* key;
    const char16_t* japanese;
    const char* english;
};

const std::array<KindInfo, 7>& organisationKinds()
{
    static const std::array<KindInfo, 7> kinds{{
        {u"city", u"市", QT_TRANSLATE_NOOP("OrganisationKinds", "City")},
        {u"town", u"町", QT_TRANSLATE_NOOP("OrganisationKinds", "Town")},
        {u"village", u"村", QT_TRANSLATE_NOOP("OrganisationKinds", "Village")},
        {u"special_ward", u"特別区", QT_TRANSLATE_NOOP("OrganisationKinds", "Special ward")},
        {u"prefecture", u"都道府県", QT_TRANSLATE_NOOP("OrganisationKinds", "Prefecture")},
        {u"partial_affairs_association", u"一部事務組合",
         QT_TRANSLATE_NOOP("OrganisationKinds", "Partial affairs association")},
        {u"wide_area_union", u"広域連合", QT_TRANSLATE_NOOP("OrganisationKinds", "Wide-area union")},
    }};
    return kinds;
}

struct UnitKindInfo
{
    UnitKind kind;
    const char16_t* key;
    const char16_t* japanese;
    const char* english;
};

const std::array<UnitKindInfo, 3>& unitKinds()
{
    static const std::array<UnitKindInfo, 3> kinds{{
        {UnitKind::Department, u"department", u"部局", QT_TRANSLATE_NOOP("UnitKinds", "Department")},
        {UnitKind::Section, u"section", u"課室", QT_TRANSLATE_NOOP("UnitKinds", "Section")},
        {UnitKind::Branch, u"branch", u"出先機関", QT_TRANSLATE_NOOP("UnitKinds", "Branch office")},
    }};
    return kinds;
}

} // namespace

QStringList OrganisationKinds::keys()
{
    QStringList list;
    for (const KindInfo& kind : organisationKinds())
        list << QString::fromUtf16(kind.key);
    return list;
}

QString OrganisationKinds::name(const QString& key)
{
    for (const KindInfo& kind : organisationKinds()) {
        if (key == QString::fromUtf16(kind.key))
            return QCoreApplication::translate("OrganisationKinds", kind.english);
    }
    return key;
}

QString OrganisationKinds::fromText(const QString& text)
{
    const QString wanted = text.trimmed();
    for (const KindInfo& kind : organisationKinds()) {
        if (wanted == QString::fromUtf16(kind.key) || wanted == QString::fromUtf16(kind.japanese) ||
            wanted.compare(QString::fromLatin1(kind.english), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(kind.key);
    }
    return {};
}

QString UnitKinds::key(UnitKind kind)
{
    return QString::fromUtf16(unitKinds()[static_cast<std::size_t>(kind)].key);
}

QString UnitKinds::name(UnitKind kind)
{
    return QCoreApplication::translate("UnitKinds", unitKinds()[static_cast<std::size_t>(kind)].english);
}

std::optional<UnitKind> UnitKinds::fromKey(const QString& key)
{
    for (const UnitKindInfo& info : unitKinds()) {
        if (key == QString::fromUtf16(info.key))
            return info.kind;
    }
    return std::nullopt;
}

std::optional<UnitKind> UnitKinds::fromText(const QString& text)
{
    const QString wanted = text.trimmed();
    for (const UnitKindInfo& info : unitKinds()) {
        if (wanted == QString::fromUtf16(info.key) || wanted == QString::fromUtf16(info.japanese) ||
            wanted.compare(QString::fromLatin1(info.english), Qt::CaseInsensitive) == 0)
            return info.kind;
    }
    return std::nullopt;
}

} // namespace kansa
