#pragma once

#include "org/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kansa {

// The signed-in person. Services take it and decide from it what may be seen and changed.
struct Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    qint64 accountId = 0;
    QString login;
    QString displayName;
    qint64 personId = 0;
    qint64 unitId = 0;
    QList<Role> roles;
    bool administrator = false;

    bool has(Role role) const { return roles.contains(role); }
    // How changes are signed in the stamps and the change log: 「山田 太郎 (yamada)」.
    QString actor() const;

    // For now: the administrator, the CISO and the chief auditor manage the organisation; others read.
    bool canManageOrganisation() const;
    // Throws PermissionDenied naming what was refused.
    void requireManageOrganisation(const QString& what) const;

    // The administrator, the CISO, the chief information security manager and the chief auditor keep the
    // checklist library; everyone reads it.
    bool canManageChecklists() const;
    void requireManageChecklists(const QString& what) const;
};

} // namespace kansa
