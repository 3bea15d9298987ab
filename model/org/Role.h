#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace kansa {

// The security roles the standards give people (対策基準 1 組織体制), plus the auditors.
enum class Role
{
    Ciso,
    ChiefSecurityManager,
    DepartmentSecurityOfficer,
    SectionSecurityManager,
    SystemManager,
    SystemOperator,
    ChiefAuditor,
    Auditor,
    Staff,
};

class Roles final
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    static const QList<Role>& all();
    // The stable key stored in the database and used in checklists: ciso, chief_security_manager, …
    static QString key(Role role);
    static std::optional<Role> fromKey(const QString& key);
    // The name in the user's language.
    static QString name(Role role);
    // Reads a role as people write it in a spreadsheet: the key, the Japanese title or the English name.
    static std::optional<Role> fromText(const QString& text);
    static QString names(const QList<Role>& roles);
};

} // namespace kansa
