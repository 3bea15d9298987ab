#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kansa {

class Database;
enum class Holder;

// AccessPolicy inside PostgreSQL, so that the database refuses what the policy forbids even to someone who
// connects with psql. Each Kansa account is a login role, and each holder (the administrator and every security
// role) a group role the accounts are members of; the tables belong to a role nobody logs in as.
//
// Role names carry the database's name, because roles belong to the whole server and several organisations may
// share one: for the database 「sakura」 the account 「m.omori」 signs in as the role 「sakura_m.omori」, the CISOs
// are members of 「sakura_ciso」 and the tables belong to 「sakura_owner」.
//
// PostgreSQL keeps and checks the passwords (SCRAM); Kansa stores none. The GRANTs follow the operations of
// AccessPolicy::rules(): a holder may write a table only if one of its operations writes it. Row-level policies,
// generated from the same table, decide each row as AccessPolicy decides its target: a result is changed only by
// an auditor assigned to its unit (or the audit's chief auditor) while the audit is in progress, a plan is
// verified only by an auditor assigned to its unit, a unit's self-inspection answers are changed only until
// they are submitted, a unit's records are seen by its own people and by the roles that read every unit. Triggers write
// the change log (ServerChangeLog): every change, with the login that made it, whether through Kansa or not; no login
// changes or deletes an entry.
class DatabasePolicy final
{
    Q_DECLARE_TR_FUNCTIONS(DatabasePolicy)

public:
    static QString loginRole(const QString& database, const QString& login);
    static QString groupRole(const QString& database, Holder holder);
    static QString ownerRole(const QString& database);

    // Whether the database enforces the policy with roles (set by secure()).
    static bool enabled(Database& db);

    // The version of the row-level policies secure() creates; a database secured by an earlier Kansa gets the
    // current ones from upgrade().
    static constexpr int RowPoliciesVersion = 2;
    // Run on a connection of the database's owner (the URL of kansa-cli info, for example): replaces row-level
    // policies older than RowPoliciesVersion, and grants the writes on the tables a migration added since the
    // grants were made. Does nothing on another login or where both are current.
    static void upgrade(Database& db);

    // Run once by the database's owner on a new organisation (kansa-cli init) or an existing one (kansa-cli
    // secure): creates the owner, group and login roles (the administrator's with adminPassword, the other
    // accounts' without a password until the administrator sets one), hands the tables to the owner, grants and
    // turns on row-level security and the server's change log. Returns what it created, one line each.
    static QStringList secure(Database& db, const QString& adminLogin, const QString& adminPassword);

    // The login role of a new account, with its password, and its group memberships.
    static void createLogin(Database& db, const QString& login, const QString& password, bool administrator);
    static void setPassword(Database& db, const QString& login, const QString& password);
    // Makes the account's group memberships those of its holders (keys as in Roles::key, plus "administrator").
    static void setHolders(Database& db, const QString& login, const QList<Holder>& holders);
};

} // namespace kansa
