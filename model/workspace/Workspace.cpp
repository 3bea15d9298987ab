#include "Workspace.h"

#include "auth/AccountService.h"
#include "auth/DatabasePolicy.h"
#include "checklist/ChecklistLibrary.h"
#include "common/Error.h"
#include "record/RecordHeadCheck.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

std::unique_ptr<Workspace> Workspace::createNew(const ConnectionSpec& spec, const QString& organisationName,
                                                const QString& organisationKind, const QString& adminLogin,
                                                const QString& adminPassword, const QString& adminName,
                                                bool databaseRoles, QStringList* created)
{
    Session session;
    std::unique_ptr<Database> db = Database::createWhole(spec, [&](Database& fresh) {
        session = fresh.write(adminLogin, [&](VersionedRows&) {
            OrganisationService::createOrganisation(fresh, adminLogin, organisationName, organisationKind);
            const Session admin = AccountService(fresh).createFirstAdministrator(adminLogin, adminPassword, adminName);
            ChecklistLibrary::syncShipped(fresh);
            if (databaseRoles) {
                const QStringList made = DatabasePolicy::secure(fresh, adminLogin, adminPassword);
                if (created)
                    *created = made;
            }
            return admin;
        });
    });
    RecordHeadCheck::remember(*db);
    return std::make_unique<Workspace>(std::move(db), session);
}

std::unique_ptr<Workspace> Workspace::signInToServer(const ConnectionSpec& server, const QString& login,
                                                     const QString& password)
{
    AccountService::checkLogin(login);
    ConnectionSpec own = server;
    own.user = DatabasePolicy::loginRole(server.databaseName, login);
    own.password = password;
    std::unique_ptr<Database> db;
    try {
        db = Database::open(own);
    } catch (const Error& error) {
        // The server refused the login or its password (or, on a trusting server, knows no such role): say no more,
        // so that a wrong login reads like a wrong password. A missing database or server keeps its own message.
        const QString text = error.message();
        if (text.contains(u"authentication failed"_s) ||
            (text.contains(u"role \""_s) && text.contains(u"does not exist"_s)))
            throw SignInRefused(AccountService::tr("The login name or the password is wrong."));
        throw;
    }
    const Session session = AccountService(*db).sessionForLogin(login);
    // The shipped checklists are brought up to date by those who may change the library.
    if (session.canManageChecklists())
        ChecklistLibrary::syncShipped(*db, session.login);
    return std::make_unique<Workspace>(std::move(db), session);
}

std::unique_ptr<Workspace> Workspace::signIn(std::unique_ptr<Database>& db, const QString& login,
                                             const QString& password)
{
    if (DatabasePolicy::enabled(*db)) {
        // Opened by the database's owner: its row-level policies are brought up to date first.
        DatabasePolicy::upgrade(*db);
        return signInToServer(db->spec(), login, password);
    }
    const Session session = AccountService(*db).signIn(login, password);
    ChecklistLibrary::syncShipped(*db);
    return std::make_unique<Workspace>(std::move(db), session);
}

} // namespace kansa
