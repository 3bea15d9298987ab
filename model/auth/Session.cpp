#include "Session.h"

#include "auth/AccessPolicy.h"
#include "common/Error.h"

using namespace Qt::Literals::StringLiterals;

namespace kansa {

QString Session::actor() const
{
    if (displayName.isEmpty() || displayName == login)
        return login;
    return displayName % u" ("_s % login % u')';
}

bool Session::canManageOrganisation() const
{
    return AccessPolicy::reachesEverything(*this, Operation::ManageOrganisation);
}

void Session::requireManageOrganisation(const QString& what) const
{
    if (!canManageOrganisation())
        throw PermissionDenied(tr("%1 may not %2: only the administrator, the CISO and the chief auditor manage the "
                                  "organisation.")
                                   .arg(actor(), what));
}

bool Session::canManageChecklists() const
{
    return AccessPolicy::reachesEverything(*this, Operation::ManageChecklists);
}

void Session::requireManageChecklists(const QString& what) const
{
    if (!canManageChecklists())
        throw PermissionDenied(tr("%1 may not %2: only the administrator, the CISO, the chief information security "
                                  "manager and the chief auditor keep the checklists.")
                                   .arg(actor(), what));
}

} // namespace kansa
