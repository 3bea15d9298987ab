#include "Workspace.h"

#include "auth/AccountService.h"
#include "checklist/ChecklistLibrary.h"
#include "common/Error.h"

#include <QFile>

namespace kansa {

std::unique_ptr<Workspace> Workspace::createNew(const ConnectionSpec& spec, const QString& organisationName,
                                                const QString& organisationKind, const QString& adminLogin,
                                                const QString& adminPassword, const QString& adminName)
{
    std::unique_ptr<Database> db = Database::open(spec, Database::OpenMode::Create);
    try {
        const Session session = db->write(adminLogin, [&](VersionedRows&) {
            OrganisationService::createOrganisation(*db, adminLogin, organisationName, organisationKind);
            const Session admin = AccountService(*db).createFirstAdministrator(adminLogin, adminPassword, adminName);
            ChecklistLibrary::syncShipped(*db);
            return admin;
        });
        return std::make_unique<Workspace>(std::move(db), session);
    } catch (const Error&) {
        // A half-made organisation is of no use: leave no file behind that cannot be signed in to.
        db.reset();
        if (spec.backend == ConnectionSpec::Backend::SQLite) {
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(spec.path + QLatin1String(suffix));
        }
        throw;
    }
}

std::unique_ptr<Workspace> Workspace::signIn(std::unique_ptr<Database>& db, const QString& login,
                                             const QString& password)
{
    const Session session = AccountService(*db).signIn(login, password);
    ChecklistLibrary::syncShipped(*db);
    return std::make_unique<Workspace>(std::move(db), session);
}

} // namespace kansa
