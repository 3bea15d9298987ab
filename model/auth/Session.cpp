#include "Session.h"

#include "auth/AccessPolicy.h"

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

bool Session::canManageChecklists() const
{
    return AccessPolicy::reachesEverything(*this, Operation::ManageChecklists);
}

} // namespace kansa
