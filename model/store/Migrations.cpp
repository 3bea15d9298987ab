#include "Migrations.h"

#include "common/Error.h"
#include "store/ChangeChain.h"
#include "store/Database.h"
#include "store/ServerChangeLog.h"

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

// Version 4: audits: the plan (scope, team, assignments, schedule), fieldwork results, evidence with its
// files, findings and working papers.
void toVersion4(Database& db)
{
    run(db,
        {
            u"CREATE TABLE audits (id {id}, fiscal_year INTEGER NOT NULL, title TEXT NOT NULL, purpose TEXT NOT NULL, "
            "method TEXT NOT NULL, status TEXT NOT NULL, approved_on TEXT, period_from TEXT, period_to TEXT, "
            "chief_auditor_id {ref} REFERENCES people(id), checklist_key TEXT NOT NULL, "
            "checklist_version INTEGER NOT NULL, previous_audit_id {ref} REFERENCES audits(id), {audit})"_s,
            u"CREATE TABLE audit_chapters (audit_id {ref} NOT NULL REFERENCES audits(id) ON DELETE CASCADE, "
            "chapter TEXT NOT NULL, PRIMARY KEY (audit_id, chapter))"_s,
            u"CREATE TABLE audit_units (id {id}, audit_id {ref} NOT NULL REFERENCES audits(id) ON DELETE CASCADE, "
            "unit_id {ref} NOT NULL REFERENCES units(id), scheduled_on TEXT, {audit}, UNIQUE (audit_id, unit_id))"_s,
            u"CREATE TABLE audit_team (audit_id {ref} NOT NULL REFERENCES audits(id) ON DELETE CASCADE, "
            "person_id {ref} NOT NULL REFERENCES people(id), PRIMARY KEY (audit_id, person_id))"_s,
            u"CREATE TABLE audit_assignments (id {id}, audit_id {ref} NOT NULL REFERENCES audits(id) ON DELETE "
            u"CASCADE, "
            "unit_id {ref} NOT NULL REFERENCES units(id), person_id {ref} NOT NULL REFERENCES people(id), "
            "exception_reason TEXT, {audit}, UNIQUE (audit_id, unit_id, person_id))"_s,
            u"CREATE TABLE audit_results (id {id}, audit_id {ref} NOT NULL REFERENCES audits(id) ON DELETE CASCADE, "
            "unit_id {ref} REFERENCES units(id), item_key TEXT NOT NULL, result TEXT NOT NULL, notes TEXT NOT NULL, "
            "{audit})"_s,
            u"CREATE UNIQUE INDEX audit_results_unit ON audit_results(audit_id, unit_id, item_key) "
            "WHERE unit_id IS NOT NULL"_s,
            u"CREATE UNIQUE INDEX audit_results_organisation ON audit_results(audit_id, item_key) "
            "WHERE unit_id IS NULL"_s,
            u"CREATE TABLE audit_evidence (id {id}, audit_id {ref} NOT NULL REFERENCES audits(id) ON DELETE CASCADE, "
            "unit_id {ref} REFERENCES units(id), item_key TEXT NOT NULL, kind TEXT NOT NULL, description TEXT NOT "
            "NULL, "
            "observed_on TEXT, {audit})"_s,
            u"CREATE INDEX audit_evidence_item ON audit_evidence(audit_id, unit_id, item_key)"_s,
            u"CREATE TABLE audit_evidence_files (id {id}, evidence_id {ref} NOT NULL REFERENCES audit_evidence(id) "
            "ON DELETE CASCADE, file_name TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, "
            "content {blob} NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL)"_s,
            u"CREATE TABLE audit_findings (id {id}, audit_id {ref} NOT NULL REFERENCES audits(id) ON DELETE CASCADE, "
            "unit_id {ref} NOT NULL REFERENCES units(id), item_key TEXT NOT NULL, severity TEXT NOT NULL, "
            "title TEXT NOT NULL, condition_found TEXT NOT NULL, criterion TEXT NOT NULL, cause TEXT NOT NULL, "
            "effect TEXT NOT NULL, recommendation TEXT NOT NULL, {audit})"_s,
            u"CREATE TABLE working_papers (id {id}, audit_id {ref} NOT NULL REFERENCES audits(id) ON DELETE CASCADE, "
            "unit_id {ref} NOT NULL REFERENCES units(id), visited_on TEXT NOT NULL, place TEXT NOT NULL, "
            "attendees TEXT NOT NULL, summary TEXT NOT NULL, documents_received TEXT NOT NULL, {audit})"_s,
            u"INSERT INTO schema_info (key, value) VALUES ('evidence_file_limit_bytes', '20971520')"_s,
        });
}

// Version 5: self-inspection campaigns: the units asked, their status, who answers, and the answers.
void toVersion5(Database& db)
{
    run(db,
        {
            u"CREATE TABLE campaigns (id {id}, fiscal_year INTEGER NOT NULL, title TEXT NOT NULL, "
            "checklist_key TEXT NOT NULL, checklist_version INTEGER NOT NULL, deadline TEXT, "
            "owner_id {ref} REFERENCES people(id), {audit})"_s,
            u"CREATE TABLE campaign_chapters (campaign_id {ref} NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE, "
            "chapter TEXT NOT NULL, PRIMARY KEY (campaign_id, chapter))"_s,
            u"CREATE TABLE campaign_units (id {id}, campaign_id {ref} NOT NULL REFERENCES campaigns(id) ON DELETE "
            "CASCADE, unit_id {ref} NOT NULL REFERENCES units(id), status TEXT NOT NULL, return_reason TEXT, "
            "token TEXT NOT NULL, {audit}, UNIQUE (campaign_id, unit_id))"_s,
            u"CREATE TABLE campaign_delegates (campaign_id {ref} NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE, "
            "unit_id {ref} NOT NULL REFERENCES units(id), person_id {ref} NOT NULL REFERENCES people(id), "
            "PRIMARY KEY (campaign_id, unit_id, person_id))"_s,
            u"CREATE TABLE campaign_answers (id {id}, campaign_id {ref} NOT NULL REFERENCES campaigns(id) ON DELETE "
            "CASCADE, unit_id {ref} NOT NULL REFERENCES units(id), item_key TEXT NOT NULL, answer TEXT NOT NULL, "
            "comment TEXT NOT NULL, {audit}, UNIQUE (campaign_id, unit_id, item_key))"_s,
        });
}

// Version 6: remediation of findings (plans, actions, progress reports) and the exceptions register.
void toVersion6(Database& db)
{
    run(db,
        {
            u"CREATE TABLE exceptions (id {id}, unit_id {ref} NOT NULL REFERENCES units(id), items TEXT NOT NULL, "
            "reason TEXT NOT NULL, compensating_measures TEXT NOT NULL, requested_by TEXT NOT NULL, "
            "requested_on TEXT NOT NULL, decision TEXT NOT NULL, decided_on TEXT, valid_from TEXT, valid_until TEXT, "
            "next_review_on TEXT, {audit})"_s,
            u"CREATE TABLE remediation_plans (id {id}, finding_id {ref} NOT NULL UNIQUE REFERENCES audit_findings(id) "
            "ON DELETE CASCADE, status TEXT NOT NULL, summary TEXT NOT NULL, exception_id {ref} REFERENCES "
            "exceptions(id), verification_note TEXT NOT NULL, {audit})"_s,
            u"CREATE TABLE remediation_actions (id {id}, plan_id {ref} NOT NULL REFERENCES remediation_plans(id) "
            "ON DELETE CASCADE, description TEXT NOT NULL, owner_id {ref} REFERENCES people(id), due_on TEXT NOT NULL, "
            "done INTEGER NOT NULL, {audit})"_s,
            u"CREATE TABLE progress_reports (id {id}, plan_id {ref} NOT NULL REFERENCES remediation_plans(id) "
            "ON DELETE CASCADE, reported_on TEXT NOT NULL, percent INTEGER NOT NULL, narrative TEXT NOT NULL, "
            "evidence TEXT NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL)"_s,
        });
}

// Version 7: cross-department checks of a finding, the CISO's requests for progress, the day a plan closed
// (for the burn-down) and indexes for the dashboard's tallies.
void toVersion7(Database& db)
{
    run(db,
        {
            u"ALTER TABLE remediation_plans ADD COLUMN closed_on TEXT"_s,
            u"ALTER TABLE audit_findings ADD COLUMN origin_finding_id {ref} REFERENCES audit_findings(id)"_s,
            u"CREATE TABLE cross_checks (id {id}, finding_id {ref} NOT NULL REFERENCES audit_findings(id) ON DELETE "
            "CASCADE, question TEXT NOT NULL, due_on TEXT, {audit})"_s,
            u"CREATE TABLE cross_check_units (id {id}, cross_check_id {ref} NOT NULL REFERENCES cross_checks(id) ON "
            "DELETE CASCADE, unit_id {ref} NOT NULL REFERENCES units(id), answer TEXT NOT NULL, note TEXT NOT NULL, "
            "answered_on TEXT, created_finding_id {ref} REFERENCES audit_findings(id), {audit}, "
            "UNIQUE (cross_check_id, unit_id))"_s,
            u"CREATE TABLE progress_requests (id {id}, unit_id {ref} REFERENCES units(id), requested_on TEXT NOT NULL, "
            "due_on TEXT NOT NULL, message TEXT NOT NULL, {audit})"_s,
            u"CREATE INDEX audit_results_tally ON audit_results(audit_id, item_key, result)"_s,
            u"CREATE INDEX audit_results_unit_tally ON audit_results(audit_id, unit_id, result)"_s,
            u"CREATE INDEX audit_findings_audit ON audit_findings(audit_id, unit_id)"_s,
            u"CREATE INDEX remediation_actions_plan ON remediation_actions(plan_id)"_s,
            u"CREATE INDEX progress_reports_plan ON progress_reports(plan_id)"_s,
        });
}

// Version 8: the chief auditor's free texts of a report (総評, 特記事項), issued reports kept for the record, and
// the information systems an audit covers, and the evidence an auditor saw when verifying a plan.
void toVersion8(Database& db)
{
    run(db,
        {
            u"CREATE TABLE report_texts (id {id}, audit_id {ref} NOT NULL REFERENCES audits(id) ON DELETE CASCADE, "
            "text_key TEXT NOT NULL, body TEXT NOT NULL, {audit}, UNIQUE (audit_id, text_key))"_s,
            u"CREATE TABLE issued_reports (id {id}, kind TEXT NOT NULL, fiscal_year INTEGER NOT NULL, "
            "unit_id {ref} REFERENCES units(id), title TEXT NOT NULL, pages INTEGER NOT NULL, sha256 TEXT NOT NULL, "
            "pdf {blob} NOT NULL, issued_at TEXT NOT NULL, issued_by TEXT NOT NULL)"_s,
            u"ALTER TABLE audits ADD COLUMN systems TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE remediation_plans ADD COLUMN verification_evidence TEXT NOT NULL DEFAULT ''"_s,
        });
}

// Version 9: the reason the CISO gives for deciding an exception, part of the register.
void toVersion9(Database& db)
{
    run(db, {u"ALTER TABLE exceptions ADD COLUMN decision_comment TEXT NOT NULL DEFAULT ''"_s});
}

// Version 10: a PostgreSQL database that enforces the access policy writes its change log with its own triggers
// (ServerChangeLog), in place of the separate journal an earlier version kept. The journal's rows stay, as they
// were, and are no longer added to.
void toVersion10(Database& db)
{
    if (db.backend() != ConnectionSpec::Backend::PostgreSQL ||
        !db.scalar(u"SELECT to_regclass('row_changes') IS NOT NULL"_s).toBool())
        return;
    QStringList journaled;
    QSqlQuery triggers = db.exec(u"SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE "
                                 "t.tgname = 'journal'"_s);
    while (triggers.next())
        journaled << triggers.value(0).toString();
    triggers.finish();
    for (const QString& table : std::as_const(journaled))
        db.execSchema(u"DROP TRIGGER journal ON "_s % table);
    db.execSchema(u"DROP FUNCTION kansa_journal()"_s);
    ServerChangeLog::install(db);
}

// Version 11: the change log as a hash chain (ChangeChain); the entries already written are chained in their order.
void toVersion11(Database& db)
{
    run(db, {u"ALTER TABLE change_log ADD COLUMN entry_hash TEXT"_s});
    ChangeChain::chainExisting(db);
    if (db.backend() == ConnectionSpec::Backend::PostgreSQL)
        ChangeChain::install(db);
}

// Version 12: indexes on the foreign keys that no index covered yet, so that deleting a row (an evidence, a finding,
// a year's audits in a year archive) finds the rows that refer to it without reading whole tables.
void toVersion12(Database& db)
{
    run(db, {
                u"CREATE INDEX audits_previous ON audits(previous_audit_id)"_s,
                u"CREATE INDEX audit_evidence_files_evidence ON audit_evidence_files(evidence_id)"_s,
                u"CREATE INDEX audit_findings_origin ON audit_findings(origin_finding_id)"_s,
                u"CREATE INDEX working_papers_audit ON working_papers(audit_id, unit_id)"_s,
                u"CREATE INDEX remediation_plans_exception ON remediation_plans(exception_id)"_s,
                u"CREATE INDEX cross_checks_finding ON cross_checks(finding_id)"_s,
                u"CREATE INDEX cross_check_units_created ON cross_check_units(created_finding_id)"_s,
            });
}

// Version 13: the organisation's letterhead, a template document (DOCX or ODT) its reports start from.
void toVersion13(Database& db)
{
    run(db, {
                u"ALTER TABLE organisation ADD COLUMN letterhead_name TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE organisation ADD COLUMN letterhead {blob}"_s,
            });
}

// Version 14: crosswalks, links between the items of two checklist versions (a revision renumbers, splits and merges
// items), through which last year's results and findings reach this year's items.
void toVersion14(Database& db)
{
    run(db, {
                u"CREATE TABLE crosswalk_links (id {id}, from_checklist_id {ref} NOT NULL REFERENCES checklists(id), "
                "from_version INTEGER NOT NULL, from_item TEXT NOT NULL, relation TEXT NOT NULL, "
                "to_checklist_id {ref} NOT NULL REFERENCES checklists(id), to_version INTEGER NOT NULL, "
                "to_item TEXT NOT NULL, score DOUBLE PRECISION, note TEXT NOT NULL, {audit}, "
                "UNIQUE (from_checklist_id, from_version, from_item, to_checklist_id, to_version, to_item))"_s,
                u"CREATE INDEX crosswalk_links_to ON crosswalk_links(to_checklist_id, to_version, to_item)"_s,
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
    case 4:
        toVersion4(db);
        return;
    case 5:
        toVersion5(db);
        return;
    case 6:
        toVersion6(db);
        return;
    case 7:
        toVersion7(db);
        return;
    case 8:
        toVersion8(db);
        return;
    case 9:
        toVersion9(db);
        return;
    case 10:
        toVersion10(db);
        return;
    case 11:
        toVersion11(db);
        return;
    case 12:
        toVersion12(db);
        return;
    case 13:
        toVersion13(db);
        return;
    case 14:
        toVersion14(db);
        return;
    default:
        throw Error(QCoreApplication::translate("Migrations", "No migration to schema version %1.").arg(toVersion));
    }
}

} // namespace kansa
