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

    // What screens offer, as AccessPolicy decides it (which the services check again).
    bool canManageOrganisation() const;
    bool canManageChecklists() const;
};

} // namespace kansa
