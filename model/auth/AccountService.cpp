#include "AccountService.h"

#include "auth/AccessPolicy.h"
#include "auth/DatabasePolicy.h"
#include "auth/PasswordHash.h"
#include "common/Error.h"
#include "store/Database.h"
#include "store/VersionedRows.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

bool AccountService::hasAccounts()
{
    return m_db.scalar(u"SELECT COUNT(*) FROM accounts"_s).toInt() > 0;
}

int AccountService::lockSeconds(int failedAttempts)
{
    if (failedAttempts <= 0)
        return 0;
    return std::min(1 << std::min(failedAttempts - 1, 9), 300);
}

void AccountService::checkLogin(const QString& login)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._@-]{2,64}$"_s);
    if (!pattern.match(login).hasMatch())
        throw Error(tr("The login name 「%1」 is not allowed: use 2 to 64 letters, digits and . _ @ -.").arg(login));
}

void AccountService::checkPassword(const QString& password)
{
    if (password.size() < MinimumPasswordLength)
        throw Error(tr("The password is too short: use at least %1 characters.").arg(MinimumPasswordLength));
}

Session AccountService::createFirstAdministrator(const QString& login, const QString& password,
                                                 const QString& displayName)
{
    checkLogin(login);
    checkPassword(password);
    const qint64 id = m_db.write(login, [&](VersionedRows& changes) {
        if (hasAccounts())
            throw PermissionDenied(tr("The administrator already exists; sign in to add more accounts."));
        return changes.insert(u"accounts"_s, {{u"login"_s, login},
                                              {u"password_hash"_s, PasswordHash::hash(password)},
                                              {u"display_name"_s, displayName.isEmpty() ? login : displayName},
                                              {u"is_administrator"_s, 1}});
    });
    return sessionFor(id);
}

Session AccountService::signIn(const QString& login, const QString& password, const QDateTime& now)
{
    const QString refused = tr("The login name or the password is wrong.");
    QSqlQuery query = m_db.exec(
        u"SELECT id, password_hash, failed_attempts, last_failed_at FROM accounts WHERE login = ?"_s, {login});
    if (!query.next()) {
        PasswordHash::verify(PasswordHash::hash(u"timing-equaliser"_s), password); // same cost as a real check
        throw SignInRefused(refused);
    }
    const qint64 id = query.value(0).toLongLong();
    const QString hash = query.value(1).toString();
    const int failures = query.value(2).toInt();
    const QDateTime lastFailure = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    query.finish();

    if (failures > 0 && lastFailure.isValid()) {
        const qint64 waitMs = now.msecsTo(lastFailure.addSecs(lockSeconds(failures)));
        if (waitMs > 0)
            throw SignInRefused(tr("Too many wrong passwords for 「%1」: try again in %2 seconds.")
                                    .arg(login)
                                    .arg((waitMs + 999) / 1000));
    }
    // A file open read-only keeps no count (whoever may only read the file reads it without Kansa as well).
    if (m_db.readOnly()) {
        if (!PasswordHash::verify(hash, password))
            throw SignInRefused(refused);
        return sessionFor(id);
    }
    // The attempt is counted as a failure before the password is checked, and only if no other attempt was
    // counted since the row was read (compare and set): of many attempts at once, one is checked, the others are
    // refused unchecked. A right password then clears the count.
    const QSqlQuery claim = m_db.exec(u"UPDATE accounts SET failed_attempts = ?, last_failed_at = ? "
                                      "WHERE id = ? AND failed_attempts = ?"_s,
                                      {failures + 1, now.toUTC().toString(Qt::ISODateWithMs), id, failures});
    if (claim.numRowsAffected() != 1)
        throw SignInRefused(tr("Another sign-in as 「%1」 is being checked: try again in a moment.").arg(login));
    if (!PasswordHash::verify(hash, password))
        throw SignInRefused(refused);
    clearFailedSignIns(id);
    return sessionFor(id);
}

Session AccountService::sessionForLogin(const QString& login)
{
    const QVariant id = m_db.scalar(u"SELECT id FROM accounts WHERE login = ?"_s, {login});
    if (!id.isValid())
        throw SignInRefused(tr("The login name or the password is wrong."));
    return sessionFor(id.toLongLong());
}

void AccountService::clearFailedSignIns(qint64 accountId)
{
    // Sign-in state, not a record: not in the change log (nor is each wrong password).
    m_db.exec(u"UPDATE accounts SET failed_attempts = 0, last_failed_at = NULL WHERE id = ?"_s, {accountId});
}

Session AccountService::sessionFor(qint64 accountId)
{
    QSqlQuery query = m_db.exec(u"SELECT a.login, a.display_name, a.is_administrator, a.person_id, p.unit_id, p.name "
                                "FROM accounts a LEFT JOIN people p ON p.id = a.person_id WHERE a.id = ?"_s,
                                {accountId});
    if (!query.next())
        throw Error(tr("The account no longer exists."));
    Session session;
    session.accountId = accountId;
    session.login = query.value(0).toString();
    session.displayName = query.value(5).isNull() ? query.value(1).toString() : query.value(5).toString();
    session.administrator = query.value(2).toInt() != 0;
    session.personId = query.value(3).toLongLong();
    session.unitId = query.value(4).toLongLong();
    query.finish();
    if (session.personId) {
        QSqlQuery roles = m_db.exec(u"SELECT role FROM person_roles WHERE person_id = ?"_s, {session.personId});
        while (roles.next()) {
            if (const auto role = Roles::fromKey(roles.value(0).toString()))
                session.roles << *role;
        }
    }
    return session;
}

QList<Account> AccountService::accounts(const Session& session)
{
    AccessPolicy access(m_db, session);
    access.require(Operation::ListAccounts, access.organisation(), tr("list the accounts"));
    QList<Account> list;
    QHash<qint64, qsizetype> byPerson;
    QSqlQuery query =
        m_db.exec(u"SELECT a.id, a.login, a.display_name, COALESCE(a.person_id, 0), a.is_administrator, "
                  "COALESCE(u.name, ''), COALESCE(p.created_at, ''), "_s %
                  VersionedRows::stampColumns(u"a"_s) %
                  u" FROM accounts a LEFT JOIN people p ON p.id = a.person_id LEFT JOIN units u ON u.id = "
                  "p.unit_id ORDER BY a.login"_s);
    while (query.next()) {
        Account account;
        account.id = query.value(0).toLongLong();
        account.login = query.value(1).toString();
        account.displayName = query.value(2).toString();
        account.personId = query.value(3).toLongLong();
        account.administrator = query.value(4).toInt() != 0;
        account.unitName = query.value(5).toString();
        account.rolesSince = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        account.stamp = VersionedRows::readStamp(query, 7);
        if (account.personId)
            byPerson.insert(account.personId, list.size());
        list << account;
    }
    query.finish();
    QSqlQuery roles = m_db.exec(u"SELECT person_id, role FROM person_roles ORDER BY person_id, role"_s);
    while (roles.next()) {
        const auto at = byPerson.constFind(roles.value(0).toLongLong());
        const std::optional<Role> role = Roles::fromKey(roles.value(1).toString());
        if (at != byPerson.cend() && role)
            list[*at].roles << *role;
    }
    roles.finish();
    QSqlQuery granted = m_db.exec(u"SELECT row_id, MAX(changed_at) FROM change_log WHERE table_name = 'people' AND "
                                  "field = 'roles' GROUP BY row_id"_s);
    while (granted.next()) {
        const auto at = byPerson.constFind(granted.value(0).toLongLong());
        if (at != byPerson.cend())
            list[*at].rolesSince = QDateTime::fromString(granted.value(1).toString(), Qt::ISODateWithMs);
    }
    return list;
}

qint64 AccountService::addAccount(const Session& session, const QString& login, const QString& password,
                                  qint64 personId, bool administrator)
{
    // An account signs in as a person and so acts with their roles: only the administrator creates one.
    AccessPolicy access(m_db, session);
    access.require(Operation::Administer, access.organisation(), tr("add an account"));
    checkLogin(login);
    checkPassword(password);
    return m_db.write(session.actor(), [&](VersionedRows& changes) {
        if (m_db.scalar(u"SELECT COUNT(*) FROM accounts WHERE login = ?"_s, {login}).toInt() > 0)
            throw Error(tr("The login name 「%1」 is already taken.").arg(login));
        QString displayName = login;
        if (personId) {
            const QVariant name = m_db.scalar(u"SELECT name FROM people WHERE id = ?"_s, {personId});
            if (!name.isValid())
                throw Error(tr("The person of the new account does not exist."));
            // One person, one account: a second account for someone would sign in as them.
            const QVariant taken = m_db.scalar(u"SELECT login FROM accounts WHERE person_id = ?"_s, {personId});
            if (taken.isValid())
                throw Error(tr("%1 already has the account 「%2」.").arg(name.toString(), taken.toString()));
            displayName = name.toString();
        }
        // On a server that enforces the policy with roles, the server keeps the password and Kansa none.
        const bool serverRoles = DatabasePolicy::enabled(m_db);
        const qint64 id =
            changes.insert(u"accounts"_s, {{u"login"_s, login},
                                           {u"password_hash"_s, serverRoles ? QString() : PasswordHash::hash(password)},
                                           {u"display_name"_s, displayName},
                                           {u"person_id"_s, personId ? QVariant(personId) : QVariant()},
                                           {u"is_administrator"_s, administrator ? 1 : 0}});
        if (serverRoles) {
            DatabasePolicy::createLogin(m_db, login, password, administrator);
            DatabasePolicy::setHolders(m_db, login, AccessPolicy::holders(sessionFor(id)));
            changes.logChange(u"accounts"_s, id, u"update"_s, u"password"_s, {}, u"set"_s);
        }
        return id;
    });
}

void AccountService::setPassword(const Session& session, qint64 accountId, const QString& newPassword)
{
    // Everyone sets their own password; another person's is the administrator's to set.
    if (accountId != session.accountId) {
        AccessPolicy access(m_db, session);
        access.require(Operation::Administer, access.organisation(), tr("set another person's password"));
    }
    checkPassword(newPassword);
    // The change log records that the password changed and by whom, never the password or its hash.
    m_db.write(session.actor(), [&](VersionedRows& changes) {
        if (DatabasePolicy::enabled(m_db)) {
            const QVariant login = m_db.scalar(u"SELECT login FROM accounts WHERE id = ?"_s, {accountId});
            if (!login.isValid())
                throw Error(tr("The account no longer exists."));
            DatabasePolicy::setPassword(m_db, login.toString(), newPassword);
            changes.logChange(u"accounts"_s, accountId, u"update"_s, u"password"_s, {}, u"changed"_s);
            return;
        }
        changes.overwrite(u"accounts"_s, accountId, {{u"password_hash"_s, PasswordHash::hash(newPassword)}});
        clearFailedSignIns(accountId);
    });
}

} // namespace kansa
