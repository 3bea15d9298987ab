#include "Migrations.h"

#include "common/Error.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

// Columns every row that people edit carries: who created and last changed it, when, and its version.
const QString AuditColumns = u"version INTEGER NOT NULL DEFAULT 1, "
                             "created_at TEXT NOT NULL, created_by TEXT NOT NULL, "
                             "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL"_s;

void run(Database& db, const QStringList& statements)
{
    for (const QString& statement : statements)
        db.execSchema(db.adaptDdl(QString(statement).replace(u"{audit}"_s, AuditColumns)));
}

// Version 1: the organisation, its units, people and their roles, fiscal years and the change log.
void toVersion1(Database& db)
{
    run(db, {
                u"CREATE TABLE schema_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                u"CREATE TABLE organisation (id {id}, name TEXT NOT NULL, kind TEXT NOT NULL, "
                "classification_marking TEXT NOT NULL, {audit})"_s,
                u"CREATE TABLE units (id {id}, parent_id {ref} REFERENCES units(id), code TEXT UNIQUE, "
                "name TEXT NOT NULL, kind TEXT NOT NULL, sort_order INTEGER NOT NULL, {audit})"_s,
                u"CREATE INDEX units_parent ON units(parent_id, sort_order)"_s,
                u"CREATE TABLE people (id {id}, code TEXT UNIQUE, name TEXT NOT NULL, kana TEXT NOT NULL, "
                "unit_id {ref} REFERENCES units(id), email TEXT NOT NULL, {audit})"_s,
                u"CREATE INDEX people_unit ON people(unit_id)"_s,
                u"CREATE TABLE person_roles (person_id {ref} NOT NULL REFERENCES people(id) ON DELETE CASCADE, "
                "role TEXT NOT NULL, PRIMARY KEY (person_id, role))"_s,
                u"CREATE TABLE fiscal_years (year INTEGER PRIMARY KEY, {audit})"_s,
                u"CREATE TABLE change_log (id {id}, changed_at TEXT NOT NULL, changed_by TEXT NOT NULL, "
                "table_name TEXT NOT NULL, row_id {ref}, action TEXT NOT NULL, field TEXT, "
                "old_value TEXT, new_value TEXT)"_s,
                u"CREATE INDEX change_log_row ON change_log(table_name, row_id)"_s,
            });
}

// Version 2: sign-in accounts. Passwords are kept only as libsodium crypto_pwhash strings.
void toVersion2(Database& db)
{
    run(db, {
                u"CREATE TABLE accounts (id {id}, login TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL, "
                "person_id {ref} REFERENCES people(id) ON DELETE SET NULL, display_name TEXT NOT NULL, "
                "is_administrator INTEGER NOT NULL DEFAULT 0, failed_attempts INTEGER NOT NULL DEFAULT 0, "
                "last_failed_at TEXT, {audit})"_s,
            });
}

// Version 3: the checklist library. Each version keeps the whole checklist as JSON (what it was) and its
// items as rows (what audits and self-inspections will point at).
void toVersion3(Database& db)
{
    run(db, {
                u"CREATE TABLE checklists (id {id}, checklist_key TEXT NOT NULL UNIQUE, origin TEXT NOT NULL, "
                "based_on TEXT, current_version INTEGER NOT NULL, {audit})"_s,
                u"CREATE TABLE checklist_versions (id {id}, checklist_id {ref} NOT NULL REFERENCES checklists(id), "
                "version INTEGER NOT NULL, kind TEXT NOT NULL, title_ja TEXT NOT NULL, title_en TEXT NOT NULL, "
                "content TEXT NOT NULL, item_count INTEGER NOT NULL, added INTEGER NOT NULL, changed INTEGER NOT NULL, "
                "removed INTEGER NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL, "
                "UNIQUE (checklist_id, version))"_s,
                u"CREATE TABLE checklist_items (version_id {ref} NOT NULL REFERENCES checklist_versions(id), "
                "item_key TEXT NOT NULL, position INTEGER NOT NULL, chapter TEXT NOT NULL, section TEXT NOT NULL, "
                "ref TEXT NOT NULL, question_ja TEXT NOT NULL, question_en TEXT NOT NULL, roles TEXT NOT NULL, "
                "level TEXT NOT NULL, priority INTEGER NOT NULL, PRIMARY KEY (version_id, item_key))"_s,
            });
}

} // namespace

void Migrations::apply(Database& db, int toVersion)
{
    switch (toVersion) {
    case 1:
        toVersion1(db);
        return;
    case 2:
        toVersion2(db);
        return;
    case 3:
        toVersion3(db);
        return;
    default:
        throw Error(QCoreApplication::translate("Migrations", "No migration to schema version %1.").arg(toVersion));
    }
}

} // namespace kansa
