#pragma once

#include "auth/AccessPolicy.h"
#include "auth/Session.h"
#include "checklist/Checklist.h"
#include "checklist/ChecklistReader.h"
#include "common/RowStamp.h"

#include <QObject>

namespace kansa {

class CrosswalkService;
class Database;
struct Derivation;

// What changed between two versions of a checklist, by item id.
struct ChecklistDiff
{
    QStringList added;
    QStringList changed;
    QStringList removed;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
    static ChecklistDiff between(const Checklist& before, const Checklist& after);
};

struct ChecklistEntry
{
    QString key;
    QString origin;  // shipped or own
    QString basedOn; // for a copy: the checklist it was made from
    QString kind;
    LocalizedText title;
    int currentVersion = 0;
    int itemCount = 0;
    RowStamp stamp;
};

struct ChecklistVersion
{
    int version = 0;
    int itemCount = 0;
    int added = 0;
    int changed = 0;
    int removed = 0;
    QDateTime createdAt;
    QString createdBy;
};

// The organisation's checklists in its database, each with every version it has had. Shipped checklists
// arrive from the application's resources and are updated when the application brings a changed one; the
// municipality's own checklists (imported, or copied from a shipped one) are never touched by that.
class ChecklistLibrary final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char16_t* Shipped = u"shipped";
    static constexpr const char16_t* Own = u"own";

    ChecklistLibrary(Database& db, Session session, QObject* parent = nullptr);

    const Session& session() const { return m_session; }
    QList<ChecklistEntry> checklists();
    // The checklist as it was in a version (0: the current one). Throws kansa::Error when there is none.
    Checklist load(const QString& key, int version = 0);
    QList<ChecklistVersion> versions(const QString& key);

    struct ImportOutcome
    {
        QString key;
        int version = 0;
        bool created = false;
        ChecklistDiff diff; // empty: the file matched the current version and nothing was written
    };
    // Imports the municipality's own checklist: a new key creates it, a known key gets a new version when
    // anything changed. A shipped checklist's key is refused: copy it first.
    ImportOutcome importOwn(const Checklist& checklist);
    // Imports the checklist reviewed from a derivation as importOwn does and, in the same transaction, the links of
    // its items to the checklist they were matched against (CrosswalkService::storeDerived): either both are
    // stored or neither.
    ImportOutcome importDerived(const Checklist& checklist, const Derivation& derivation, const Checklist& against,
                                CrosswalkService& crosswalks);
    // Throws PermissionDenied unless the person keeps the library: asked before a file is read.
    void requireManage();
    // Reads a file to import (JSON, OSCAL catalog, CSV or XLSX) and checks it as `kansa-cli checklist validate`
    // does, its derived_from resolved against the library's other checklists too. Asks requireManage first.
    ChecklistReader::Result readImport(const QString& path);
    // Saves an edited own checklist as a new version, after the same checks a file gets; problems name the
    // item and field.
    ImportOutcome saveEdited(const Checklist& checklist);
    // Makes the municipality's own checklist from another one, under a new key and title.
    QString copy(const QString& key, const QString& newKey, const LocalizedText& newTitle);

    // Brings the shipped checklists into the database: new ones are added, changed ones get a new version.
    // Runs on every opening; writes nothing when all are current. Returns the keys it added or updated.
    // signedInAs: the login whose sign-in brought the update, named in the change log beside Kansa itself.
    static QStringList syncShipped(Database& db, const QString& signedInAs = {});

Q_SIGNALS:
    void changed();

private:
    static Checklist loadFrom(Database& db, const QString& key, int version);
    static ImportOutcome store(Database& db, const Checklist& checklist, const QString& origin, const QString& basedOn,
                               const QString& actor);

    Database& m_db;
    Session m_session;
    AccessPolicy m_access; // decides from m_session and the stored rows
};

} // namespace kansa
