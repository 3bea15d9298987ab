#pragma once

#include "auth/Session.h"
#include "common/RowStamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace kansa {

class Database;

struct Account
{
    qint64 id = 0;
    QString login;
    QString displayName;
    qint64 personId = 0;
    bool administrator = false;
    RowStamp stamp;
    // The person's unit and security roles, and when the roles last changed (from the change log; else since
    // the person was added).
    QString unitName;
    QList<Role> roles;
    QDateTime rolesSince;
};

// Sign-in accounts. Passwords are stored only as crypto_pwhash strings and never logged. After a wrong
// password the account refuses further attempts for a while that doubles with each failure.
class AccountService final
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    static constexpr int MinimumPasswordLength = 8;

    explicit AccountService(Database& db)
        : m_db(db)
    {}

    bool hasAccounts();
    // The first run: creates the administrator; refused once any account exists.
    Session createFirstAdministrator(const QString& login, const QString& password, const QString& displayName);
    // Throws kansa::Error with one message for an unknown login and a wrong password alike.
    Session signIn(const QString& login, const QString& password,
                   const QDateTime& now = QDateTime::currentDateTimeUtc());
    // How long a login must wait after the given number of consecutive failures.
    static int lockSeconds(int failedAttempts);

    QList<Account> accounts(const Session& session);
    qint64 addAccount(const Session& session, const QString& login, const QString& password, qint64 personId,
                      bool administrator);
    // A person changes their own password; the administrator may set anyone's.
    void setPassword(const Session& session, qint64 accountId, const QString& newPassword);

    // The session of an account the server has already signed in (DatabasePolicy); Error if there is none.
    Session sessionForLogin(const QString& login);
    static void checkLogin(const QString& login);
    // Throws Error for a password too short to use.
    static void checkPassword(const QString& password);

private:
    Session sessionFor(qint64 accountId);
    void clearFailedSignIns(qint64 accountId);

    Database& m_db;
};

} // namespace kansa
