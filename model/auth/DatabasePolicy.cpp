#include "DatabasePolicy.h"

#include "auth/AccessPolicy.h"
#include "auth/AccountService.h"
#include "common/Error.h"
#include "store/Database.h"
#include "store/ServerChangeLog.h"

#include <QMap>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const QString EnabledKey = u"database_roles"_s;

QString holderKey(Holder holder)
{
    return holder == Holder::Administrator ? u"administrator"_s
                                           : Roles::key(static_cast<Role>(static_cast<int>(holder) - 1));
}

// The tables each operation writes: a holder granted the operation may insert, update and delete their rows, or
// only what follows the colon (a unit reports its own finding or asks for an exception, it does not change one).
QStringList tablesWritten(Operation operation)
{
    switch (operation) {
    case Operation::ReadOrganisation:
    case Operation::ListAccounts:
    case Operation::ReadAuditRecords:
    case Operation::ReadRemediation:
    case Operation::ReadOrganisationWide:
    case Operation::ReadSelfInspection:
        return {};
    case Operation::ManageOrganisation:
        return {u"organisation"_s, u"units"_s, u"people"_s, u"fiscal_years"_s};
    case Operation::Administer:
        return {u"accounts"_s, u"person_roles"_s, u"schema_info"_s};
    case Operation::ManageChecklists:
        return {u"checklists"_s, u"checklist_versions"_s, u"checklist_items"_s, u"schema_info"_s};
    case Operation::PlanAudit:
        return {u"audits"_s, u"audit_chapters"_s, u"audit_units"_s, u"audit_assignments"_s, u"audit_team"_s};
    case Operation::RecordAudit:
        return {u"audit_results"_s, u"audit_evidence"_s, u"audit_evidence_files"_s, u"audit_findings"_s,
                u"working_papers"_s};
    case Operation::WriteReportTexts:
        return {u"report_texts"_s};
    case Operation::PlanRemediation:
        return {u"remediation_plans:INSERT, UPDATE"_s, u"remediation_actions:INSERT, UPDATE"_s,
                u"progress_reports:INSERT"_s,          u"exceptions:INSERT"_s,
                u"cross_check_units:UPDATE"_s,         u"audit_findings:INSERT"_s};
    case Operation::VerifyRemediation:
        return {u"remediation_plans"_s};
    case Operation::DecideExceptions:
        return {u"exceptions"_s, u"remediation_plans"_s};
    case Operation::AskCrossChecks:
        return {u"cross_checks"_s, u"cross_check_units"_s};
    case Operation::RequestProgress:
        return {u"progress_requests"_s};
    case Operation::IssueAuditReports:
    case Operation::IssueRemediationReport:
    case Operation::IssueSelfInspectionSummary:
        return {u"issued_reports"_s};
    case Operation::StartCampaigns:
        return {u"campaigns"_s, u"campaign_chapters"_s, u"campaign_units"_s};
    case Operation::ManageCampaign:
    case Operation::AnswerSelfInspection:
        return {u"campaign_units"_s, u"campaign_answers"_s};
    case Operation::DelegateSelfInspection:
        return {u"campaign_delegates"_s};
    case Operation::SubmitSelfInspection:
        return {u"campaign_units"_s};
    }
    return {};
}

// A role name as an SQL identifier.
QString quoted(const QString& name)
{
    return u'"' % QString(name).replace(u'"', u"\"\""_s) % u'"';
}

QString databaseOf(Database& db)
{
    return db.scalar(u"SELECT current_database()"_s).toString();
}

// Runs a statement that cannot take bound values (CREATE ROLE, GRANT), with the values quoted by the server.
void runFormatted(Database& db, const QString& format, const QStringList& values)
{
    const QStringList marks(values.size(), u"?::text"_s);
    QVariantList bound{format};
    for (const QString& value : values)
        bound << value;
    QSqlQuery query = db.exec(u"SELECT format(?::text, "_s % marks.join(u", "_s) % u")"_s, bound);
    query.next();
    db.execSchema(query.value(0).toString());
}

} // namespace

QString DatabasePolicy::loginRole(const QString& database, const QString& login)
{
    return database % u'_' % login;
}

QString DatabasePolicy::groupRole(const QString& database, Holder holder)
{
    return database % u'_' % holderKey(holder);
}

QString DatabasePolicy::ownerRole(const QString& database)
{
    return database % u"_owner"_s;
}

bool DatabasePolicy::enabled(Database& db)
{
    return db.backend() == ConnectionSpec::Backend::PostgreSQL &&
           db.scalar(u"SELECT value FROM schema_info WHERE key = ?"_s, {EnabledKey}).isValid();
}

QStringList DatabasePolicy::secure(Database& db, const QString& adminLogin, const QString& adminPassword)
{
    if (db.backend() != ConnectionSpec::Backend::PostgreSQL)
        throw Error(tr("Only a PostgreSQL database enforces the access policy with roles."));
    if (enabled(db))
        throw Error(tr("The database %1 already enforces the access policy with roles.").arg(db.spec().displayName()));
    if (!db.scalar(u"SELECT is_administrator FROM accounts WHERE login = ?"_s, {adminLogin}).toBool())
        throw Error(tr("%1 is not an administrator's login in %2.").arg(adminLogin, db.spec().displayName()));
    const QString database = databaseOf(db);
    const QString owner = ownerRole(database);
    const QString everyone = database % u"_everyone"_s;
    QStringList created;
    const auto run = [&](const QString& statement) { db.execSchema(statement); };

    run(u"CREATE ROLE "_s % quoted(owner) % u" NOLOGIN"_s);
    run(u"GRANT "_s % quoted(owner) % u" TO CURRENT_USER"_s);
    // Later versions' migrations, run as the owner, add tables and functions.
    run(u"GRANT USAGE, CREATE ON SCHEMA public TO "_s % quoted(owner));
    created << tr("the role %1, which owns the tables and that nobody signs in as").arg(owner);
    QStringList tables;
    QSqlQuery list = db.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"_s);
    while (list.next())
        tables << list.value(0).toString();
    list.finish();
    for (const QString& table : std::as_const(tables))
        run(u"ALTER TABLE "_s % table % u" OWNER TO "_s % quoted(owner));
    run(u"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"_s);
    db.write(adminLogin, [&](VersionedRows& changes) { changes.setSetting(u"database_owner"_s, owner); });

    run(u"CREATE ROLE "_s % quoted(everyone) % u" NOLOGIN"_s);
    run(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO "_s % quoted(everyone));
    run(u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "_s % quoted(everyone));
    run(u"GRANT INSERT ON change_log TO "_s % quoted(everyone));
    // Tables that later versions add, created by their migration as the owner, are read by every account too.
    run(u"ALTER DEFAULT PRIVILEGES FOR ROLE "_s % quoted(owner) % u" IN SCHEMA public GRANT SELECT ON TABLES TO "_s %
        quoted(everyone));
    run(u"ALTER DEFAULT PRIVILEGES FOR ROLE "_s % quoted(owner) % u" IN SCHEMA public GRANT USAGE ON SEQUENCES TO "_s %
        quoted(everyone));
    created << tr("the role %1: every account reads, and adds to the change log").arg(everyone);
    for (int h = 0; h < HolderCount; ++h) {
        const Holder holder = static_cast<Holder>(h);
        QMap<QString, QSet<QString>> writes; // table -> privileges
        for (const AccessPolicy::Rule& rule : AccessPolicy::rules()) {
            if (rule.reach[static_cast<std::size_t>(h)] == Reach::None)
                continue;
            for (const QString& entry : tablesWritten(rule.operation)) {
                const QString table = entry.section(u':', 0, 0);
                const QString privileges = entry.contains(u':') ? entry.section(u':', 1) : u"INSERT, UPDATE, DELETE"_s;
                for (const QString& privilege : privileges.split(u',', Qt::SkipEmptyParts))
                    writes[table].insert(privilege.trimmed());
            }
        }
        run(u"CREATE ROLE "_s % quoted(groupRole(database, holder)) % u" NOLOGIN"_s);
        QStringList sorted;
        for (auto it = writes.cbegin(); it != writes.cend(); ++it) {
            QStringList privileges(it->begin(), it->end());
            privileges.sort();
            run(u"GRANT "_s % privileges.join(u", "_s) % u" ON "_s % it.key() % u" TO "_s %
                quoted(groupRole(database, holder)));
            sorted << (privileges.size() == 3 ? it.key() : it.key() % u" ("_s % privileges.join(u", "_s) % u')');
        }
        created << tr("the role %1 (%2), which writes: %3")
                       .arg(groupRole(database, holder), AccessPolicy::name(holder),
                            sorted.isEmpty() ? tr("nothing") : sorted.join(u", "_s));
    }

    // Who is signed in, for the row-level policies: the account whose role this session logged in as.
    const QString prefix = database % u'_';
    const auto function = [&](const QString& name, const QString& returns, const QString& body) {
        runFormatted(db,
                     u"CREATE FUNCTION %1$s() RETURNS %2$s LANGUAGE sql STABLE SECURITY DEFINER SET search_path = "
                     "public AS %3$L"_s,
                     {name, returns, body});
        run(u"ALTER FUNCTION "_s % name % u"() OWNER TO "_s % quoted(owner));
    };
    const QString account = u"FROM accounts a LEFT JOIN people p ON p.id = a.person_id WHERE a.login = "
                            "substr(session_user, "_s %
                            QString::number(prefix.size() + 1) % u')';
    function(u"kansa_person"_s, u"bigint"_s, u"SELECT a.person_id "_s % account);
    function(u"kansa_unit"_s, u"bigint"_s, u"SELECT p.unit_id "_s % account);
    QStringList readers;
    for (int h = 0; h < HolderCount; ++h) {
        if (AccessPolicy::reach(Operation::ReadRemediation, static_cast<Holder>(h)) == Reach::Everything)
            readers << u"pg_has_role(session_user, "_s % u'\'' % groupRole(database, static_cast<Holder>(h)) %
                           u"', 'MEMBER')"_s;
    }
    function(u"kansa_reads_every_unit"_s, u"boolean"_s, u"SELECT "_s % readers.join(u" OR "_s));

    // Row-level security: a unit's records are seen and written only by those who reach the unit.
    const QString ownUnit = u"kansa_reads_every_unit() OR unit_id IS NULL OR unit_id = kansa_unit()"_s;
    const QList<QPair<QString, QString>> scoped{
        {u"audit_results"_s, ownUnit},
        {u"audit_evidence"_s, ownUnit},
        {u"audit_findings"_s, ownUnit},
        {u"working_papers"_s, ownUnit},
        {u"exceptions"_s, ownUnit},
        {u"campaign_answers"_s, ownUnit},
        {u"campaign_units"_s, ownUnit},
        {u"cross_check_units"_s, ownUnit},
        {u"progress_requests"_s, ownUnit},
        {u"audit_evidence_files"_s, u"EXISTS (SELECT 1 FROM audit_evidence e WHERE e.id = evidence_id)"_s},
        {u"remediation_plans"_s, u"EXISTS (SELECT 1 FROM audit_findings f WHERE f.id = finding_id)"_s},
        {u"remediation_actions"_s, u"EXISTS (SELECT 1 FROM remediation_plans p WHERE p.id = plan_id)"_s},
        {u"progress_reports"_s, u"EXISTS (SELECT 1 FROM remediation_plans p WHERE p.id = plan_id)"_s},
    };
    QStringList scopedTables;
    for (const auto& [table, condition] : scoped) {
        scopedTables << table;
        run(u"ALTER TABLE "_s % table % u" ENABLE ROW LEVEL SECURITY"_s);
        run(u"CREATE POLICY reach ON "_s % table % u" USING ("_s % condition % u") WITH CHECK ("_s % condition % u')');
    }
    created << tr("row-level security on %1").arg(scopedTables.join(u", "_s));
    // Nobody changes their own roles.
    run(u"ALTER TABLE person_roles ENABLE ROW LEVEL SECURITY"_s);
    run(u"CREATE POLICY everyone_reads ON person_roles FOR SELECT USING (true)"_s);
    run(u"CREATE POLICY not_own_insert ON person_roles FOR INSERT WITH CHECK (person_id IS DISTINCT FROM "
        "kansa_person())"_s);
    run(u"CREATE POLICY not_own_delete ON person_roles FOR DELETE USING (person_id IS DISTINCT FROM "
        "kansa_person())"_s);
    created << tr("nobody may change their own roles (person_roles)");

    // The change log is only ever added to, and each entry names the account that wrote it.
    runFormatted(db,
                 u"CREATE FUNCTION kansa_change_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE "
                 "account text; BEGIN IF TG_OP <> 'INSERT' THEN RAISE EXCEPTION 'the change log is only ever "
                 "added to'; END IF; IF left(session_user, length(%1$L)) = %1$L THEN account := "
                 "substr(session_user, length(%1$L) + 1); IF NEW.changed_by <> account AND "
                 "right(NEW.changed_by, length(account) + 3) <> ' (' || account || ')' THEN RAISE EXCEPTION "
                 "'a change-log entry names the account that writes it'; END IF; END IF; RETURN NEW; END $$"_s,
                 {prefix});
    run(u"ALTER FUNCTION kansa_change_log_guard() OWNER TO "_s % quoted(owner));
    run(u"CREATE TRIGGER append_only BEFORE INSERT OR UPDATE OR DELETE ON change_log FOR EACH ROW EXECUTE "
        "FUNCTION kansa_change_log_guard()"_s);
    run(u"CREATE TRIGGER no_truncate BEFORE TRUNCATE ON change_log FOR EACH STATEMENT EXECUTE FUNCTION "
        "kansa_change_log_guard()"_s);
    created << tr("the change log can be added to, never changed or emptied, and each entry names the account "
                  "that wrote it");

    // The trigger that chains the change log's entries (ChangeChain) runs as the owner too.
    if (db.scalar(u"SELECT to_regproc('kansa_chain') IS NOT NULL"_s).toBool())
        run(u"ALTER FUNCTION kansa_chain() OWNER TO "_s % quoted(owner));
    // The change log written by the database itself, for every change however it is made.
    ServerChangeLog::install(db);
    created << tr("triggers on every table that write each change into the change log, with the login that made "
                  "it, whether through Kansa or not");

    createLogin(db, adminLogin, adminPassword, true);
    created << tr("the login role %1 for the administrator").arg(loginRole(database, adminLogin));
    // An organisation that already has accounts: each gets its login role and groups, and signs in once the
    // administrator gives it a password (the server keeps passwords; Kansa's own hashes are cleared).
    AccountService accounts(db);
    QStringList others;
    QSqlQuery accountList = db.exec(u"SELECT id, login FROM accounts ORDER BY login"_s);
    QList<QPair<qint64, QString>> existing;
    while (accountList.next())
        existing.append({accountList.value(0).toLongLong(), accountList.value(1).toString()});
    accountList.finish();
    db.write(adminLogin, [&](VersionedRows& changes) {
        for (const auto& [id, login] : std::as_const(existing)) {
            changes.overwrite(u"accounts"_s, id, {{u"password_hash"_s, QString()}});
            if (login == adminLogin)
                continue;
            createLogin(db, login, {}, false);
            setHolders(db, login, AccessPolicy::holders(accounts.sessionForLogin(login)));
            others << loginRole(database, login);
        }
    });
    if (!others.isEmpty())
        created << tr("login roles for the %n other accounts, each without a password until the administrator "
                      "sets one: %1",
                      nullptr, others.size())
                       .arg(others.join(u", "_s));
    db.write(adminLogin, [&](VersionedRows& changes) { changes.setSetting(EnabledKey, database); });
    return created;
}

void DatabasePolicy::createLogin(Database& db, const QString& login, const QString& password, bool administrator)
{
    const QString database = databaseOf(db);
    // The password goes to the server, which keeps it as a SCRAM verifier (password_encryption); without one, the
    // role cannot sign in yet.
    if (password.isEmpty())
        runFormatted(db, u"CREATE ROLE %I LOGIN PASSWORD NULL IN ROLE %I"_s,
                     {loginRole(database, login), database % u"_everyone"_s});
    else
        runFormatted(db, u"CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I"_s,
                     {loginRole(database, login), password, database % u"_everyone"_s});
    if (administrator) {
        // The administrator creates the other accounts' roles and grants the group roles.
        runFormatted(db, u"ALTER ROLE %I CREATEROLE"_s, {loginRole(database, login)});
        setHolders(db, login, {Holder::Administrator});
    }
}

void DatabasePolicy::setPassword(Database& db, const QString& login, const QString& password)
{
    runFormatted(db, u"ALTER ROLE %I PASSWORD %L"_s, {loginRole(databaseOf(db), login), password});
}

void DatabasePolicy::setHolders(Database& db, const QString& login, const QList<Holder>& holders)
{
    const QString database = databaseOf(db);
    const QString member = loginRole(database, login);
    for (int h = 0; h < HolderCount; ++h) {
        const QString group = groupRole(database, static_cast<Holder>(h));
        const bool wanted = holders.contains(static_cast<Holder>(h));
        const bool is = db.scalar(u"SELECT pg_has_role(?, ?, 'MEMBER')"_s, {member, group}).toBool();
        if (wanted && !is)
            runFormatted(db, u"GRANT %I TO %I"_s, {group, member});
        else if (!wanted && is)
            runFormatted(db, u"REVOKE %I FROM %I"_s, {group, member});
    }
}

} // namespace kansa
