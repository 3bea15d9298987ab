#pragma once

#include "auth/AccessPolicy.h"
#include "auth/Session.h"
#include "org/Organisation.h"
#include "report/ReportLetterhead.h"

#include <QObject>

namespace kansa {

class Database;
class VersionedRows;

// The organisation, its unit tree, its people and its fiscal years. Every method checks the session:
// everyone signed in reads; only those who manage the organisation change it. Edits carry the version
// that was read, and a stale one is refused.
class OrganisationService final : public QObject
{
    Q_OBJECT

public:
    OrganisationService(Database& db, Session session, QObject* parent = nullptr);

    const Session& session() const { return m_session; }
    Database& database() const { return m_db; }
    AccessPolicy& access() { return m_access; }

    Organisation organisation();
    void updateOrganisation(const Organisation& organisation);
    // The letterhead the organisation's reports start from: the template the administrator set, or the standard one.
    ReportLetterhead letterhead();
    // Sets the template (a DOCX or ODT file's content; empty: back to the standard letterhead), read and checked
    // first (kansa::Error naming the file and what is wrong). Those who manage the organisation set it.
    void setLetterhead(const QString& fileName, const QByteArray& content, int expectedVersion);

    QList<Unit> units(); // parents before children, siblings in display order
    Unit unit(qint64 id);
    qint64 addUnit(const Unit& unit);  // appended after its last sibling when sortOrder is 0
    void updateUnit(const Unit& unit); // name, code, kind
    // Moves the unit under newParentId (0: top level) at the given position among its new siblings.
    void moveUnit(qint64 id, int expectedVersion, qint64 newParentId, int position);
    void removeUnit(qint64 id, int expectedVersion); // refused while it has sub-units or people

    QList<Person> people();
    Person person(qint64 id);
    qint64 addPerson(const Person& person);
    void updatePerson(const Person& person);
    void removePerson(qint64 id, int expectedVersion);

    // The largest evidence file the organisation keeps in its database; set by the administrator.
    static qint64 evidenceFileLimit(Database& db);
    qint64 evidenceFileLimit() { return evidenceFileLimit(m_db); }
    void setEvidenceFileLimit(qint64 bytes);

    QList<int> fiscalYears();
    void addFiscalYear(int year);

    // Used by the creator of a new database and by tests: writes the one organisation row.
    static void createOrganisation(Database& db, const QString& actor, const QString& name, const QString& kind);

Q_SIGNALS:
    void organisationChanged();
    void unitsChanged();
    void peopleChanged();
    void fiscalYearsChanged();

private:
    void validateUnit(const Unit& unit);
    void validatePerson(const Person& person);
    void writeRoles(VersionedRows& changes, qint64 personId, const QList<Role>& oldRoles, const QList<Role>& roles);
    QList<qint64> childIds(qint64 parentId);

    Database& m_db;
    Session m_session;
    AccessPolicy m_access; // decides from m_session and the stored rows
};

} // namespace kansa
