#include "DatabasePolicy.h"

#include "audit/Audit.h"
#include "auth/AccessPolicy.h"
#include "auth/AccountService.h"
#include "common/Error.h"
#include "remediation/Remediation.h"
#include "selfinspection/SelfInspection.h"
#include "store/Database.h"
#include "store/ServerChangeLog.h"

#include <QMap>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const QString EnabledKey = u"database_roles"_s;
const QString RowPoliciesKey = u"database_row_policies"_s;
// The schema version whose tables the group roles were last granted their writes on: a migration that adds a table
// leaves it behind, and the owner's next opening grants the new table (upgrade()).
const QString GrantsSchemaKey = u"database_grants_schema"_s;

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
        // A person's staff role goes with them when they are removed.
        return {u"organisation"_s, u"units"_s, u"people"_s, u"fiscal_years"_s, u"person_roles:DELETE"_s};
    case Operation::Administer:
        return {u"accounts"_s, u"person_roles"_s, u"schema_info"_s};
    case Operation::ManageChecklists:
        return {u"checklists"_s, u"checklist_versions"_s, u"checklist_items"_s, u"crosswalk_links"_s, u"schema_info"_s};
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

// The row-level policies, generated from AccessPolicy::rules() so that the database decides as the services do.
enum class Command
{
    Select,
    Insert,
    Update,
    Delete
};

// Where a table's rows find what AccessPolicy's targets are read from: the audit, the unit, the campaign. Each is
// an SQL expression over the row itself or over the row it belongs to (via: a join to it).
struct RowScope
{
    QString table;
    QList<Operation> reads; // the operations that read its rows
    QString audit, unit, campaign;
    QString via;

    QString chief() const
    {
        return table == u"audits"_s ? u"audits.chief_auditor_id"_s
                                    : u"(SELECT a.chief_auditor_id FROM audits a WHERE a.id = "_s % audit % u')';
    }
};

QList<RowScope> rowScopes()
{
    const QList<Operation> auditReads{Operation::ReadAuditRecords, Operation::ReadOrganisationWide};
    // A finding is also part of the remediation of it: its plan shows it.
    const QList<Operation> findingReads{Operation::ReadAuditRecords, Operation::ReadRemediation,
                                        Operation::ReadOrganisationWide};
    const QList<Operation> remediationReads{Operation::ReadRemediation, Operation::ReadOrganisationWide};
    const QList<Operation> campaignReads{Operation::ReadSelfInspection, Operation::ReadOrganisationWide};
    const QList<Operation> everyone{Operation::ReadOrganisation};
    const auto own = [](const QString& table, const QList<Operation>& reads, bool audit, bool unit, bool campaign) {
        return RowScope{table,
                        reads,
                        audit ? table % u".audit_id"_s : QString(),
                        unit ? table % u".unit_id"_s : QString(),
                        campaign ? table % u".campaign_id"_s : QString(),
                        QString()};
    };
    const auto ofPlan = [&](const QString& table) {
        return RowScope{table,
                        remediationReads,
                        u"f.audit_id"_s,
                        u"f.unit_id"_s,
                        QString(),
                        u"remediation_plans p JOIN audit_findings f ON f.id = p.finding_id WHERE p.id = "_s % table %
                            u".plan_id"_s};
    };
    return {
        own(u"audit_results"_s, auditReads, true, true, false),
        own(u"audit_evidence"_s, auditReads, true, true, false),
        own(u"audit_findings"_s, findingReads, true, true, false),
        own(u"working_papers"_s, auditReads, true, true, false),
        {u"audit_evidence_files"_s, auditReads, u"e.audit_id"_s, u"e.unit_id"_s, QString(),
         u"audit_evidence e WHERE e.id = audit_evidence_files.evidence_id"_s},
        {u"remediation_plans"_s, remediationReads, u"f.audit_id"_s, u"f.unit_id"_s, QString(),
         u"audit_findings f WHERE f.id = remediation_plans.finding_id"_s},
        ofPlan(u"remediation_actions"_s),
        ofPlan(u"progress_reports"_s),
        own(u"exceptions"_s, remediationReads, false, true, false),
        own(u"cross_check_units"_s, remediationReads, false, true, false),
        own(u"progress_requests"_s, remediationReads, false, true, false),
        own(u"campaign_units"_s, campaignReads, false, true, true),
        own(u"campaign_answers"_s, campaignReads, false, true, true),
        own(u"campaign_delegates"_s, everyone, false, true, true),
        {u"audits"_s, everyone, u"audits.id"_s, QString(), QString(), QString()},
        own(u"audit_units"_s, everyone, true, false, false),
        own(u"audit_team"_s, everyone, true, false, false),
        own(u"audit_assignments"_s, everyone, true, false, false),
        own(u"audit_chapters"_s, everyone, true, false, false),
        own(u"report_texts"_s, everyone, true, false, false),
    };
}

// Whether the row is within the holder's reach (AccessPolicy::holds, in SQL).
QString reachCondition(Reach reach, const RowScope& scope, Command command)
{
    const QString unit = scope.unit.isEmpty() ? u"NULL"_s : scope.unit;
    switch (reach) {
    case Reach::None:
        return {};
    case Reach::Everything:
        return u"true"_s;
    case Reach::OwnUnit:
        // A record of the organisation as a whole (an audit's organisation-level items, a request to every unit)
        // is every unit's to read.
        if (command == Command::Select)
            return u'(' % unit % u" IS NULL OR "_s % unit % u" = kansa_unit())"_s;
        return unit % u" = kansa_unit()"_s;
    case Reach::AuditTeam:
        return u"EXISTS (SELECT 1 FROM audit_team t WHERE t.audit_id = "_s % scope.audit %
               u" AND t.person_id = kansa_person())"_s;
    case Reach::AssignedUnit:
        // The audit's chief auditor reaches all of its units; the organisation-level items are open to everyone
        // assigned to any of them.
        return u'(' % scope.chief() % u" = kansa_person() OR EXISTS (SELECT 1 FROM audit_assignments s WHERE "_s %
               u"s.audit_id = "_s % scope.audit % u" AND s.person_id = kansa_person() AND ("_s % unit %
               u" IS NULL OR s.unit_id = "_s % unit % u")))"_s;
    case Reach::AuditChief:
        // A plan not stored yet belongs to the chief auditor who makes it, unless it names another.
        if (command == Command::Insert && scope.table == u"audits"_s)
            return u"(audits.chief_auditor_id IS NULL OR audits.chief_auditor_id = kansa_person())"_s;
        return scope.chief() % u" = kansa_person()"_s;
    case Reach::CampaignOwner:
        return u"EXISTS (SELECT 1 FROM campaigns c WHERE c.id = "_s % scope.campaign %
               u" AND c.owner_id = kansa_person())"_s;
    case Reach::Delegate:
        return u'(' % unit %
               u" = kansa_unit() AND EXISTS (SELECT 1 FROM campaign_delegates d WHERE d.campaign_id = "_s %
               scope.campaign % u" AND d.unit_id = "_s % unit % u" AND d.person_id = kansa_person()))"_s;
    }
    return {};
}

QString among(const QString& column, const QStringList& keys)
{
    return column % u" IN ('"_s % keys.join(u"', '"_s) % u"')"_s;
}

// What an operation may leave a row as (newRow) or find it as: the states its service allows (a unit does not
// verify its own plan, a submitted self-inspection is not changed by the unit, results are recorded while the
// audit is in progress).
QString valueRule(Operation operation, const RowScope& scope, bool newRow)
{
    const QString& table = scope.table;
    const QString open = among(u"remediation_plans.status"_s, {RemediationTexts::key(PlanStatus::NotStarted),
                                                               RemediationTexts::key(PlanStatus::InProgress)});
    const QStringList answering{SelfInspectionTexts::key(CampaignUnitStatus::NotStarted),
                                SelfInspectionTexts::key(CampaignUnitStatus::InProgress),
                                SelfInspectionTexts::key(CampaignUnitStatus::Returned)};
    switch (operation) {
    case Operation::RecordAudit:
        return u"EXISTS (SELECT 1 FROM audits a WHERE a.id = "_s % scope.audit % u" AND a.status = '"_s %
               AuditTexts::key(AuditStatus::InProgress) % u"')"_s;
    case Operation::PlanRemediation:
        if (table == u"remediation_plans"_s)
            return newRow ? among(u"remediation_plans.status"_s, {RemediationTexts::key(PlanStatus::NotStarted),
                                                                  RemediationTexts::key(PlanStatus::InProgress),
                                                                  RemediationTexts::key(PlanStatus::Completed)})
                          : open;
        if (table == u"exceptions"_s)
            return u"exceptions.decision = '"_s % RemediationTexts::key(ExceptionDecision::Pending) % u'\'';
        return {};
    case Operation::VerifyRemediation:
        return newRow ? among(u"remediation_plans.status"_s, {RemediationTexts::key(PlanStatus::Verified),
                                                              RemediationTexts::key(PlanStatus::InProgress)})
                      : u"remediation_plans.status = '"_s % RemediationTexts::key(PlanStatus::Completed) % u'\'';
    case Operation::DecideExceptions:
        if (table == u"remediation_plans"_s)
            return newRow ? u"remediation_plans.status = '"_s % RemediationTexts::key(PlanStatus::RiskAccepted) % u'\''
                          : open;
        return {};
    case Operation::AnswerSelfInspection:
        if (table == u"campaign_units"_s)
            return among(u"campaign_units.status"_s, answering);
        return u"EXISTS (SELECT 1 FROM campaign_units u WHERE u.campaign_id = "_s % scope.campaign %
               u" AND u.unit_id = "_s % scope.unit % u" AND "_s % among(u"u.status"_s, answering) % u')';
    case Operation::SubmitSelfInspection:
        return newRow ? u"campaign_units.status = '"_s % SelfInspectionTexts::key(CampaignUnitStatus::Submitted) % u'\''
                      : among(u"campaign_units.status"_s, answering);
    default:
        return {};
    }
}

// An entry of tablesWritten: its table, and the privileges it grants (all three where it names none).
QString tableOf(const QString& entry)
{
    return entry.section(u':', 0, 0);
}

QString privilegesOf(const QString& entry)
{
    return entry.contains(u':') ? entry.section(u':', 1) : u"INSERT, UPDATE, DELETE"_s;
}

// The privileges an operation's grant gives on a table (tablesWritten), as commands.
QList<Command> commandsOn(Operation operation, const QString& table)
{
    for (const QString& entry : tablesWritten(operation)) {
        if (tableOf(entry) != table)
            continue;
        const QString privileges = privilegesOf(entry);
        QList<Command> commands;
        if (privileges.contains(u"INSERT"_s))
            commands << Command::Insert;
        if (privileges.contains(u"UPDATE"_s))
            commands << Command::Update;
        if (privileges.contains(u"DELETE"_s))
            commands << Command::Delete;
        return commands;
    }
    return {};
}

// Who may run the command on a row of the table: for each holder and each of its operations that grants the
// command, membership of the holder's group, the reach of its grant and the operation's value rule.
QString rowCondition(const QString& database, const RowScope& scope, Command command, bool newRow)
{
    QStringList alternatives;
    for (const AccessPolicy::Rule& rule : AccessPolicy::rules()) {
        const bool grants = command == Command::Select ? scope.reads.contains(rule.operation)
                                                       : commandsOn(rule.operation, scope.table).contains(command);
        if (!grants)
            continue;
        const QString value = command == Command::Select ? QString() : valueRule(rule.operation, scope, newRow);
        for (int h = 0; h < HolderCount; ++h) {
            const QString reach = reachCondition(rule.reach[static_cast<std::size_t>(h)], scope, command);
            if (reach.isEmpty())
                continue;
            // A sub-select, so that the membership is looked up once per statement rather than once per row.
            const QString group = DatabasePolicy::groupRole(database, static_cast<Holder>(h)).replace(u'\'', u"''"_s);
            QString alternative = u"(SELECT pg_has_role(session_user, '"_s % group % u"', 'MEMBER')) AND "_s % reach;
            if (!value.isEmpty())
                alternative += u" AND "_s % value;
            alternatives << u'(' % alternative % u')';
        }
    }
    if (alternatives.isEmpty())
        return u"false"_s;
    const QString condition = alternatives.join(u" OR "_s);
    return scope.via.isEmpty() ? condition
                               : u"EXISTS (SELECT 1 FROM "_s % scope.via % u" AND ("_s % condition % u"))"_s;
}

// Grants each holder's group the writes of its operations (tablesWritten); returns what each group writes.
QStringList grantWrites(Database& db, const QString& database)
{
    // A database secured at an older schema has not all the tables yet; their migration adds them.
    QSet<QString> existing;
    QSqlQuery tables = db.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = 'public'"_s);
    while (tables.next())
        existing.insert(tables.value(0).toString());
    tables.finish();
    QStringList granted;
    for (int h = 0; h < HolderCount; ++h) {
        const Holder holder = static_cast<Holder>(h);
        QMap<QString, QSet<QString>> writes; // table -> privileges
        for (const AccessPolicy::Rule& rule : AccessPolicy::rules()) {
            if (rule.reach[static_cast<std::size_t>(h)] == Reach::None)
                continue;
            for (const QString& entry : tablesWritten(rule.operation)) {
                if (!existing.contains(tableOf(entry)))
                    continue;
                for (const QString& privilege : privilegesOf(entry).split(u',', Qt::SkipEmptyParts))
                    writes[tableOf(entry)].insert(privilege.trimmed());
            }
        }
        QStringList sorted;
        for (auto it = writes.cbegin(); it != writes.cend(); ++it) {
            QStringList privileges(it->begin(), it->end());
            privileges.sort();
            db.execSchema(u"GRANT "_s % privileges.join(u", "_s) % u" ON "_s % it.key() % u" TO "_s %
                          quoted(DatabasePolicy::groupRole(database, holder)));
            sorted << (privileges.size() == 3 ? it.key() : it.key() % u" ("_s % privileges.join(u", "_s) % u')');
        }
        granted << DatabasePolicy::tr("the role %1 (%2), which writes: %3")
                       .arg(DatabasePolicy::groupRole(database, holder), AccessPolicy::name(holder),
                            sorted.isEmpty() ? DatabasePolicy::tr("nothing") : sorted.join(u", "_s));
    }
    db.write(db.scalar(u"SELECT session_user"_s).toString(),
             [&](VersionedRows& changes) { changes.setSetting(GrantsSchemaKey, QString::number(db.schemaVersion())); });
    return granted;
}

void dropPolicies(Database& db, const QString& table)
{
    QSqlQuery existing =
        db.exec(u"SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = ?"_s, {table});
    QStringList names;
    while (existing.next())
        names << existing.value(0).toString();
    existing.finish();
    for (const QString& name : std::as_const(names))
        db.execSchema(u"DROP POLICY "_s % quoted(name) % u" ON "_s % table);
    db.execSchema(u"ALTER TABLE "_s % table % u" ENABLE ROW LEVEL SECURITY"_s);
}

// Creates the row-level policies of every scoped table, in place of those there were; returns the tables.
QStringList createRowPolicies(Database& db, const QString& database)
{
    QStringList tables;
    for (const RowScope& scope : rowScopes()) {
        tables << scope.table;
        QSqlQuery existing = db.exec(
            u"SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = ?"_s, {scope.table});
        QStringList names;
        while (existing.next())
            names << existing.value(0).toString();
        existing.finish();
        for (const QString& name : std::as_const(names))
            db.execSchema(u"DROP POLICY "_s % quoted(name) % u" ON "_s % scope.table);
        db.execSchema(u"ALTER TABLE "_s % scope.table % u" ENABLE ROW LEVEL SECURITY"_s);
        const auto create = [&](const QString& name, const QString& command, const QString& clauses) {
            db.execSchema(u"CREATE POLICY "_s % name % u" ON "_s % scope.table % u" FOR "_s % command % u' ' % clauses);
        };
        create(u"reads"_s, u"SELECT"_s, u"USING ("_s % rowCondition(database, scope, Command::Select, false) % u')');
        create(u"adds"_s, u"INSERT"_s, u"WITH CHECK ("_s % rowCondition(database, scope, Command::Insert, true) % u')');
        create(u"changes"_s, u"UPDATE"_s,
               u"USING ("_s % rowCondition(database, scope, Command::Update, false) % u") WITH CHECK ("_s %
                   rowCondition(database, scope, Command::Update, true) % u')');
        create(u"removes"_s, u"DELETE"_s, u"USING ("_s % rowCondition(database, scope, Command::Delete, false) % u')');
    }
    // Nobody changes their own roles; a staff role goes with the person who is removed, a security role is taken
    // away by the administrator only.
    dropPolicies(db, u"person_roles"_s);
    const QString notOwn = u"person_id IS DISTINCT FROM kansa_person()"_s;
    db.execSchema(u"CREATE POLICY reads ON person_roles FOR SELECT USING (true)"_s);
    db.execSchema(u"CREATE POLICY adds ON person_roles FOR INSERT WITH CHECK ("_s % notOwn % u')');
    db.execSchema(u"CREATE POLICY removes ON person_roles FOR DELETE USING ("_s % notOwn %
                  u" AND ((SELECT pg_has_role(session_user, '"_s %
                  DatabasePolicy::groupRole(database, Holder::Administrator).replace(u'\'', u"''"_s) %
                  u"', 'MEMBER')) OR role = '"_s % Roles::key(Role::Staff) % u"'))"_s);
    db.write(db.scalar(u"SELECT session_user"_s).toString(), [&](VersionedRows& changes) {
        changes.setSetting(RowPoliciesKey, QString::number(DatabasePolicy::RowPoliciesVersion));
    });
    return tables;
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
    for (int h = 0; h < HolderCount; ++h)
        run(u"CREATE ROLE "_s % quoted(groupRole(database, static_cast<Holder>(h))) % u" NOLOGIN"_s);
    created << grantWrites(db, database);

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
    created << tr("row-level security on %1, following the policy's table: what each role may see and change "
                  "of each row, decided from the row's unit, audit and campaign")
                   .arg(createRowPolicies(db, database).join(u", "_s));
    created << tr("nobody may change their own roles, and only the administrator takes a security role away "
                  "(person_roles)");

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

void DatabasePolicy::upgrade(Database& db)
{
    if (!enabled(db) ||
        (db.scalar(u"SELECT value FROM schema_info WHERE key = ?"_s, {RowPoliciesKey}).toInt() >= RowPoliciesVersion &&
         db.scalar(u"SELECT value FROM schema_info WHERE key = ?"_s, {GrantsSchemaKey}).toInt() >= db.schemaVersion()))
        return;
    const QString owner = db.scalar(u"SELECT value FROM schema_info WHERE key = 'database_owner'"_s).toString();
    if (!db.scalar(u"SELECT pg_has_role(session_user, ?, 'MEMBER')"_s, {owner}).toBool())
        return;
    const QString database = db.scalar(u"SELECT value FROM schema_info WHERE key = ?"_s, {EnabledKey}).toString();
    db.write(db.scalar(u"SELECT session_user"_s).toString(), [&](VersionedRows&) {
        runFormatted(db, u"SET LOCAL ROLE %I"_s, {owner});
        grantWrites(db, database);
        createRowPolicies(db, database);
        // What the policies of version 1 asked instead of the table.
        db.execSchema(u"DROP FUNCTION IF EXISTS kansa_reads_every_unit()"_s);
    });
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
