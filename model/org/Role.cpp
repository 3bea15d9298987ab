#include "Role.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

struct RoleInfo
{
    Role role;
    const char16_t* key;
    const char16_t* japanese;
    const char16_t* japaneseShort;
    const char* english;
};

const std::array<RoleInfo, 9>& table()
{
    static const std::array<RoleInfo, 9> roles{{
        {Role::Ciso, u"ciso", u"最高情報セキュリティ責任者", u"CISO", QT_TRANSLATE_NOOP("Roles", "CISO")},
        {Role::ChiefSecurityManager, u"chief_security_manager", u"統括情報セキュリティ責任者", u"統括責任者",
         QT_TRANSLATE_NOOP("Roles", "Chief information security manager")},
        {Role::DepartmentSecurityOfficer, u"department_security_officer", u"情報セキュリティ責任者", u"部局責任者",
         QT_TRANSLATE_NOOP("Roles", "Department security officer")},
        {Role::SectionSecurityManager, u"section_security_manager", u"情報セキュリティ管理者", u"課室管理者",
         QT_TRANSLATE_NOOP("Roles", "Section security manager")},
        {Role::SystemManager, u"system_manager", u"情報システム管理者", u"システム管理者",
         QT_TRANSLATE_NOOP("Roles", "System manager")},
        {Role::SystemOperator, u"system_operator", u"情報システム担当者", u"システム担当者",
         QT_TRANSLATE_NOOP("Roles", "System operator")},
        {Role::ChiefAuditor, u"chief_auditor", u"情報セキュリティ監査統括責任者", u"監査統括責任者",
         QT_TRANSLATE_NOOP("Roles", "Chief auditor")},
        {Role::Auditor, u"auditor", u"監査人", u"監査員", QT_TRANSLATE_NOOP("Roles", "Auditor")},
        {Role::Staff, u"staff", u"職員等", u"職員", QT_TRANSLATE_NOOP("Roles", "Staff")},
    }};
    return roles;
}

const RoleInfo& info(Role role)
{
    return table()[static_cast<std::size_t>(role)];
}

} // namespace

const QList<Role>& Roles::all()
{
    static const QList<Role> roles = [] {
        QList<Role> list;
        for (const RoleInfo& entry : table())
            list << entry.role;
        return list;
    }();
    return roles;
}

QString Roles::key(Role role)
{
    return QString::fromUtf16(info(role).key);
}

std::optional<Role> Roles::fromKey(const QString& key)
{
    for (const RoleInfo& entry : table()) {
        if (key == QString::fromUtf16(entry.key))
            return entry.role;
    }
    return std::nullopt;
}

QString Roles::name(Role role)
{
    return QCoreApplication::translate("Roles", info(role).english);
}

std::optional<Role> Roles::fromText(const QString& text)
{
    const QString wanted = text.trimmed();
    for (const RoleInfo& entry : table()) {
        if (wanted.compare(QString::fromUtf16(entry.key), Qt::CaseInsensitive) == 0 ||
            wanted == QString::fromUtf16(entry.japanese) || wanted == QString::fromUtf16(entry.japaneseShort) ||
            wanted.compare(QString::fromLatin1(entry.english), Qt::CaseInsensitive) == 0)
            return entry.role;
    }
    return std::nullopt;
}

QString Roles::names(const QList<Role>& roles)
{
    QStringList list;
    for (Role role : roles)
        list << name(role);
    return list.join(tr(", "));
}

} // namespace kansa
