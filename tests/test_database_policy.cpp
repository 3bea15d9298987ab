// On a PostgreSQL server the database itself refuses what the access policy forbids: a staff member connects
// with his own login and password, without Kansa, and tries what Kansa would not let him do.
#include "TestDatabase.h"

#include "auth/AccountService.h"
#include "auth/DatabasePolicy.h"
#include "org/OrganisationService.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QSqlError>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

class TestDatabasePolicy final : public QObject
{
    Q_OBJECT

    TestDatabase m_test;
    ConnectionSpec m_server; // the URL a person signs in with: no user, no password
    qint64 m_ownUnit = 0, m_otherUnit = 0, m_staff = 0, m_staffAccount = 0, m_audit = 0, m_campaign = 0;
    const QString m_password = u"staff-password-1"_s;

    QSqlDatabase connectAs(const QString& login, const QString& password, const QString& name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        ConnectionSpec own = m_server;
        own.user = DatabasePolicy::loginRole(m_server.databaseName, login);
        own.password = password;
        own.configure(db);
        return db;
    }

    static bool refused(QSqlDatabase& db, const QString& sql)
    {
        QSqlQuery query(db);
        const bool ran = query.exec(sql);
        if (ran)
            qWarning("The database let this pass: %s", qPrintable(sql));
        return !ran;
    }

    static int count(QSqlDatabase& db, const QString& sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(TestDatabase::usesPostgres());
        QStringList created;
        auto admin = Workspace::createNew(m_test.spec(), u"テスト市"_s, u"city"_s, u"admin"_s, u"admin-password"_s,
                                          u"管理者"_s, true, &created);
        QVERIFY(created.size() >= 10);
        m_server = m_test.spec();
        m_server.user.clear();
        m_server.password.clear();

        // The administrator signs in through the server and builds the organisation.
        auto workspace = Workspace::signInToServer(m_server, u"admin"_s, u"admin-password"_s);
        QVERIFY(workspace->session().administrator);
        Unit unit;
        unit.kind = UnitKind::Section;
        unit.name = u"総務課"_s;
        m_ownUnit = workspace->organisation().addUnit(unit);
        unit.name = u"住民課"_s;
        m_otherUnit = workspace->organisation().addUnit(unit);
        Person staff;
        staff.name = u"伊藤 誠"_s;
        staff.unitId = m_ownUnit;
        staff.roles = {Role::Staff};
        m_staff = workspace->organisation().addPerson(staff);
        m_staffAccount = AccountService(workspace->database())
                             .addAccount(workspace->session(), u"m.ito"_s, m_password, m_staff, false);
        QCOMPARE(workspace->database()
                     .scalar(u"SELECT password_hash FROM accounts WHERE id = ?"_s, {m_staffAccount})
                     .toString(),
                 QString()); // the server keeps the password

        // A finding and a result in each unit, written by the database's owner.
        Database& owner = admin->database();
        const QString checklist = owner.scalar(u"SELECT MIN(checklist_key) FROM checklists"_s).toString();
        const qint64 audit = m_audit =
            owner
                .scalar(u"INSERT INTO audits (fiscal_year, title, purpose, method, status, checklist_key, "
                        "checklist_version, created_at, created_by, updated_at, updated_by) VALUES (2026, 'a', '', "
                        "'', 'in_progress', ?, 1, 'x', 'x', 'x', 'x') RETURNING id"_s,
                        {checklist})
                .toLongLong();
        const qint64 campaign = m_campaign =
            owner
                .scalar(
                    u"INSERT INTO campaigns (fiscal_year, title, checklist_key, checklist_version, created_at, "
                    "created_by, updated_at, updated_by) VALUES (2026, 'c', ?, 1, 'x', 'x', 'x', 'x') RETURNING id"_s,
                    {checklist})
                .toLongLong();
        for (qint64 unitId : {m_ownUnit, m_otherUnit}) {
            owner.exec(u"INSERT INTO campaign_units (campaign_id, unit_id, status, token, created_at, created_by, "
                       "updated_at, updated_by) VALUES (?, ?, 'submitted', ?, 'x', 'x', 'x', 'x')"_s,
                       {campaign, unitId, QString::number(unitId)});
            owner.exec(u"INSERT INTO audit_units (audit_id, unit_id, created_at, created_by, updated_at, updated_by) "
                       "VALUES (?, ?, 'x', 'x', 'x', 'x')"_s,
                       {audit, unitId});
            owner.exec(u"INSERT INTO audit_findings (audit_id, unit_id, item_key, severity, title, condition_found, "
                       "criterion, cause, effect, recommendation, created_at, created_by, updated_at, updated_by) "
                       "VALUES (?, ?, 'i1', 'major', 't', '', '', '', '', '', 'x', 'x', 'x', 'x')"_s,
                       {audit, unitId});
            owner.exec(u"INSERT INTO audit_results (audit_id, unit_id, item_key, result, notes, created_at, "
                       "created_by, updated_at, updated_by) VALUES (?, ?, 'i1', 'non_conforming', '', 'x', 'x', "
                       "'x', 'x')"_s,
                       {audit, unitId});
        }
    }

    void signInIsTheServersPasswordCheck()
    {
        QVERIFY_THROWS_EXCEPTION(SignInRefused, Workspace::signInToServer(m_server, u"m.ito"_s, u"wrong-password"_s));
        QVERIFY_THROWS_EXCEPTION(SignInRefused, Workspace::signInToServer(m_server, u"nobody"_s, m_password));
        auto staff = Workspace::signInToServer(m_server, u"m.ito"_s, m_password);
        QCOMPARE(staff->session().personId, m_staff);
        QCOMPARE(staff->session().unitId, m_ownUnit);
        // A new password is the server's too.
        AccountService(staff->database()).setPassword(staff->session(), m_staffAccount, u"staff-password-2"_s);
        QVERIFY_THROWS_EXCEPTION(SignInRefused, Workspace::signInToServer(m_server, u"m.ito"_s, m_password));
        AccountService(staff->database()).setPassword(staff->session(), m_staffAccount, m_password);
    }

    // The staff member's own login, with psql or any other client, and no Kansa in between.
    void theDatabaseRefusesWhatThePolicyForbids()
    {
        {
            QSqlDatabase db = connectAs(u"m.ito"_s, m_password, u"as-staff"_s);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            // Changing a result, or his own unit's finding.
            QVERIFY(refused(db, u"UPDATE audit_results SET result = 'conforming'"_s));
            QVERIFY(refused(db, u"UPDATE audit_findings SET title = 'nothing found'"_s));
            QVERIFY(refused(db, u"DELETE FROM audit_findings"_s));
            // Another unit's self-inspection: not there for him to mark as accepted.
            QSqlQuery other(db);
            QVERIFY(other.exec(u"UPDATE campaign_units SET status = 'accepted' WHERE unit_id = %1"_s.arg(m_otherUnit)));
            QCOMPARE(other.numRowsAffected(), 0);
            QCOMPARE(count(db, u"SELECT COUNT(*) FROM campaign_units"_s), 1);
            // Reading another unit's findings: they are not there for him.
            QCOMPARE(count(db, u"SELECT COUNT(*) FROM audit_findings WHERE unit_id = %1"_s.arg(m_otherUnit)), 0);
            QCOMPARE(count(db, u"SELECT COUNT(*) FROM audit_findings WHERE unit_id = %1"_s.arg(m_ownUnit)), 1);
            QCOMPARE(count(db, u"SELECT COUNT(*) FROM audit_results"_s), 1);
            // Granting himself a role, in Kansa's tables or in the server's.
            QVERIFY(refused(db, u"INSERT INTO person_roles (person_id, role) VALUES (%1, 'ciso')"_s.arg(m_staff)));
            QVERIFY(refused(db, u"GRANT \"%1\" TO CURRENT_USER"_s.arg(
                                    DatabasePolicy::groupRole(m_server.databaseName, Holder::Administrator))));
            QVERIFY(refused(db, u"ALTER ROLE CURRENT_USER CREATEROLE"_s));
            // The accounts.
            QVERIFY(refused(db, u"UPDATE accounts SET is_administrator = 1"_s));
            QVERIFY(refused(db, u"INSERT INTO accounts (login, password_hash, display_name, is_administrator, "
                                "version, created_at, created_by, updated_at, updated_by) VALUES ('x', '', 'x', 1, "
                                "1, 'x', 'x', 'x', 'x')"_s));
            // The change log: neither rewritten, nor deleted, nor emptied, nor written in another's name.
            QVERIFY(refused(db, u"UPDATE change_log SET changed_by = 'someone else'"_s));
            QVERIFY(refused(db, u"DELETE FROM change_log"_s));
            QVERIFY(refused(db, u"TRUNCATE change_log"_s));
            QVERIFY(refused(db, u"INSERT INTO change_log (changed_at, changed_by, table_name, action) VALUES "
                                "('2026-01-01', '管理者 (admin)', 'units', 'update')"_s));
            QVERIFY(count(db, u"SELECT COUNT(*) FROM change_log"_s) > 0); // he may read it
            // What he may do with psql (report a finding of his own unit) is in the change log, written by the
            // database under his login, even when he claims to be someone else.
            QSqlQuery report(db);
            QVERIFY(report.exec(u"SELECT set_config('kansa.actor', '管理者 (admin)', false)"_s));
            QVERIFY2(report.exec(u"INSERT INTO audit_findings (audit_id, unit_id, item_key, severity, title, "
                                 "condition_found, criterion, cause, effect, recommendation, created_at, created_by, "
                                 "updated_at, updated_by) SELECT MIN(id), %1, 'i2', 'minor', 'psql', '', '', '', '', "
                                 "'', 'x', 'x', 'x', 'x' FROM audits"_s.arg(m_ownUnit)),
                     qPrintable(report.lastError().text()));
            QCOMPARE(count(db, u"SELECT COUNT(*) FROM change_log WHERE table_name = 'audit_findings' AND field = "
                               "'title' AND new_value = 'psql' AND changed_by = 'm.ito'"_s),
                     1);
            QCOMPARE(count(db, u"SELECT COUNT(*) FROM change_log WHERE new_value = 'psql' AND changed_by <> 'm.ito'"_s),
                     0);
            QVERIFY(refused(db, u"SELECT kansa_log('units', 1, 'update', 'name', 'a', 'b')"_s));
        }
        {
            // Kansa's own changes are there too, written by the database, with the person and login who made them.
            std::unique_ptr<Database> owner = Database::open(m_test.spec());
            QVERIFY(owner->changesLoggedByServer());
            QVERIFY(owner
                        ->scalar(u"SELECT COUNT(*) FROM change_log WHERE table_name = 'people' AND field = 'name' "
                                 "AND new_value = '伊藤 誠' AND changed_by = '管理者 (admin)'"_s)
                        .toInt() == 1);
            QCOMPARE(owner
                         ->scalar(u"SELECT COUNT(*) FROM change_log WHERE table_name = 'people' AND field = 'roles' "
                                  "AND new_value = 'staff'"_s)
                         .toInt(),
                     1);
        }
        QSqlDatabase::removeDatabase(u"as-staff"_s);

        // Not even the administrator changes his own roles.
        {
            QSqlDatabase db = connectAs(u"admin"_s, u"admin-password"_s, u"as-admin"_s);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM audit_findings"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 3); // he reads every unit: both units' and the one reported with psql
            QVERIFY(refused(db, u"UPDATE change_log SET old_value = NULL"_s));
        }
        QSqlDatabase::removeDatabase(u"as-admin"_s);
    }

    // Rows are decided as the policy's table decides them, from the stored audit, unit and state: an auditor changes
    // the results of the units he is assigned to while the audit is in progress; a unit does not verify its own
    // plan; a submitted self-inspection is not changed by the unit.
    void rowsAreDecidedFromTheirAuditUnitAndState()
    {
        auto admin = Workspace::signInToServer(m_server, u"admin"_s, u"admin-password"_s);
        Person auditor;
        auditor.name = u"中山 浩"_s;
        auditor.unitId = m_otherUnit;
        auditor.roles = {Role::Auditor};
        const qint64 auditorId = admin->organisation().addPerson(auditor);
        AccountService(admin->database()).addAccount(admin->session(), u"h.nakayama"_s, m_password, auditorId, false);
        std::unique_ptr<Database> owner = Database::open(m_test.spec());
        owner->exec(u"INSERT INTO audit_assignments (audit_id, unit_id, person_id, created_at, created_by, updated_at, "
                    "updated_by) VALUES (?, ?, ?, 'x', 'x', 'x', 'x')"_s,
                    {m_audit, m_ownUnit, auditorId});
        owner->exec(u"UPDATE audits SET status = 'in_progress' WHERE id = ?"_s, {m_audit});
        const auto changed = [](QSqlDatabase& db, const QString& sql) {
            QSqlQuery query(db);
            return query.exec(sql) ? query.numRowsAffected() : -1;
        };
        {
            QSqlDatabase db = connectAs(u"h.nakayama"_s, m_password, u"as-auditor"_s);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            // He reads every unit's results (the organisation-wide figures), and changes those of his unit only.
            QCOMPARE(count(db, u"SELECT COUNT(*) FROM audit_results"_s), 2);
            QCOMPARE(changed(db, u"UPDATE audit_results SET notes = 'seen' WHERE unit_id = %1"_s.arg(m_otherUnit)), 0);
            QCOMPARE(changed(db, u"UPDATE audit_results SET notes = 'seen' WHERE unit_id = %1"_s.arg(m_ownUnit)), 1);
            QVERIFY(refused(db, u"INSERT INTO audit_results (audit_id, unit_id, item_key, result, notes, created_at, "
                                "created_by, updated_at, updated_by) VALUES (%1, %2, 'i9', 'conforming', '', 'x', "
                                "'x', 'x', 'x')"_s.arg(m_audit)
                                    .arg(m_otherUnit)));
            // Once the audit is reported, its results stay as they were.
            owner->exec(u"UPDATE audits SET status = 'reported' WHERE id = ?"_s, {m_audit});
            QCOMPARE(changed(db, u"UPDATE audit_results SET notes = 'later' WHERE unit_id = %1"_s.arg(m_ownUnit)), 0);
            // Nor does he change the plan of the audit.
            QCOMPARE(changed(db, u"UPDATE audits SET title = 'mine' WHERE id = %1"_s.arg(m_audit)), -1);
        }
        QSqlDatabase::removeDatabase(u"as-auditor"_s);
        owner->exec(u"UPDATE audits SET status = 'in_progress' WHERE id = ?"_s, {m_audit});

        const qint64 finding =
            owner->scalar(u"SELECT MIN(id) FROM audit_findings WHERE unit_id = ?"_s, {m_ownUnit}).toLongLong();
        owner->exec(u"INSERT INTO remediation_plans (finding_id, status, summary, verification_note, created_at, "
                    "created_by, updated_at, updated_by) VALUES (?, 'in_progress', '', '', 'x', 'x', 'x', 'x')"_s,
                    {finding});
        owner->exec(u"INSERT INTO campaign_delegates (campaign_id, unit_id, person_id) VALUES (?, ?, ?)"_s,
                    {m_campaign, m_ownUnit, m_staff});
        owner->exec(u"INSERT INTO campaign_answers (campaign_id, unit_id, item_key, answer, comment, created_at, "
                    "created_by, updated_at, updated_by) VALUES (?, ?, 'i1', 'yes', '', 'x', 'x', 'x', 'x')"_s,
                    {m_campaign, m_ownUnit});
        {
            QSqlDatabase db = connectAs(u"m.ito"_s, m_password, u"as-staff"_s);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            // His unit carries out its plan, and does not verify it.
            QVERIFY(refused(db, u"UPDATE remediation_plans SET status = 'verified'"_s));
            QCOMPARE(changed(db, u"UPDATE remediation_plans SET status = 'completed'"_s), 1);
            QCOMPARE(changed(db, u"UPDATE remediation_plans SET status = 'in_progress'"_s), 0);
            // His unit's answers, submitted, are no longer his to change; returned, they are.
            QCOMPARE(changed(db, u"UPDATE campaign_answers SET answer = 'no'"_s), 0);
            QCOMPARE(changed(db, u"UPDATE campaign_units SET status = 'in_progress'"_s), 0);
            owner->exec(u"UPDATE campaign_units SET status = 'returned' WHERE campaign_id = ? AND unit_id = ?"_s,
                        {m_campaign, m_ownUnit});
            QCOMPARE(changed(db, u"UPDATE campaign_answers SET answer = 'no'"_s), 1);
            QVERIFY(refused(db, u"UPDATE campaign_units SET status = 'accepted'"_s));
        }
        QSqlDatabase::removeDatabase(u"as-staff"_s);
    }

    // Kansa itself, signed in as the staff member, still does his work: the policy in the database and the one in
    // the services agree.
    void kansaWorksWithinTheDatabasePolicy()
    {
        auto staff = Workspace::signInToServer(m_server, u"m.ito"_s, m_password);
        const qint64 audit = staff->database().scalar(u"SELECT MIN(id) FROM audits"_s).toLongLong();
        QCOMPARE(staff->fieldwork().findings(audit).size(), 2); // his unit's, and the one he reported with psql
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff->fieldwork().findings(audit, m_otherUnit));

        // The administrator's grant of a role reaches the server: the account joins the role's group.
        auto admin = Workspace::signInToServer(m_server, u"admin"_s, u"admin-password"_s);
        Person person = admin->organisation().person(m_staff);
        person.roles = {Role::Staff, Role::Auditor};
        admin->organisation().updatePerson(person);
        const QString member = DatabasePolicy::loginRole(m_server.databaseName, u"m.ito"_s);
        QVERIFY(admin->database()
                    .scalar(u"SELECT pg_has_role(?, ?, 'MEMBER')"_s,
                            {member, DatabasePolicy::groupRole(m_server.databaseName, Holder::Auditor)})
                    .toBool());
        person = admin->organisation().person(m_staff);
        person.roles = {Role::Staff};
        admin->organisation().updatePerson(person);
        QVERIFY(!admin->database()
                     .scalar(u"SELECT pg_has_role(?, ?, 'MEMBER')"_s,
                             {member, DatabasePolicy::groupRole(m_server.databaseName, Holder::Auditor)})
                     .toBool());
    }

    // A database made by an older Kansa is updated by its owner, acting as the owner role, before people sign in;
    // a person's own login is told so and changes nothing.
    void anOlderDatabaseIsUpdatedByItsOwner()
    {
        try {
            updateOlderDatabase();
        } catch (const Error& error) {
            QFAIL(qPrintable(error.message()));
        }
    }

    // A database secured by an earlier Kansa, whose row-level policies knew only the unit, gets the current ones
    // when its owner opens it; a person's own login leaves them as they are.
    void olderRowPoliciesAreReplacedByTheOwner()
    {
        try {
            TestDatabase old;
            {
                std::unique_ptr<Database> db = securedAtVersion(old, Database::CurrentSchemaVersion);
                db->execSchema(u"DROP POLICY reads ON audit_results; DROP POLICY adds ON audit_results; DROP POLICY "
                               "changes ON audit_results; DROP POLICY removes ON audit_results"_s);
                db->execSchema(u"CREATE POLICY reach ON audit_results USING (unit_id IS NULL OR unit_id = "
                               "kansa_unit())"_s);
                db->execSchema(u"DELETE FROM schema_info WHERE key = 'database_row_policies'"_s);
            }
            const auto policies = [&](Database& db) {
                QStringList names;
                QSqlQuery query = db.exec(
                    u"SELECT policyname FROM pg_policies WHERE tablename = 'audit_results' ORDER BY policyname"_s);
                while (query.next())
                    names << query.value(0).toString();
                return names.join(u' ');
            };
            ConnectionSpec server = old.spec();
            server.user.clear();
            auto person = Workspace::signInToServer(server, u"admin"_s, u"admin-password"_s);
            QCOMPARE(policies(person->database()), u"reach"_s);
            std::unique_ptr<Database> owner = Database::open(old.spec());
            auto admin = Workspace::signIn(owner, u"admin"_s, u"admin-password"_s);
            std::unique_ptr<Database> check = Database::open(old.spec());
            QCOMPARE(policies(*check), u"adds changes reads removes"_s);
            QCOMPARE(check->scalar(u"SELECT value FROM schema_info WHERE key = 'database_row_policies'"_s).toInt(),
                     DatabasePolicy::RowPoliciesVersion);
        } catch (const Error& error) {
            QFAIL(qPrintable(error.message()));
        }
    }

    // A secured database of schema 9 kept a journal beside the change log; updated, its triggers write the change
    // log instead, and the journal's rows stay.
    void theJournalOfAnEarlierVersionGivesWayToTheChangeLog()
    {
        try {
            TestDatabase old;
            {
                std::unique_ptr<Database> db = securedAtVersion(old, 9);
                // What schema 9 had instead of the change log's triggers.
                db->execSchema(u"DROP TRIGGER log_change ON units"_s);
                db->execSchema(u"CREATE TABLE row_changes (id BIGINT GENERATED ALWAYS AS IDENTITY, table_name TEXT)"_s);
                db->execSchema(u"INSERT INTO row_changes (table_name) VALUES ('units')"_s);
                db->execSchema(u"CREATE FUNCTION kansa_journal() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                               "INSERT INTO row_changes (table_name) VALUES (TG_TABLE_NAME); RETURN NULL; END $$"_s);
                db->execSchema(u"CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON units FOR EACH ROW "
                               "EXECUTE FUNCTION kansa_journal()"_s);
                const QString ownerRole = u'"' % DatabasePolicy::ownerRole(old.spec().databaseName) % u'"';
                db->execSchema(u"ALTER FUNCTION kansa_journal() OWNER TO "_s % ownerRole);
                db->execSchema(u"ALTER TABLE row_changes OWNER TO "_s % ownerRole);
            }
            std::unique_ptr<Database> owner = Database::open(old.spec());
            QCOMPARE(owner->schemaVersion(), Database::CurrentSchemaVersion);
            QCOMPARE(owner->scalar(u"SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'journal'"_s).toInt(), 0);
            QCOMPARE(owner->scalar(u"SELECT COUNT(*) FROM row_changes"_s).toInt(), 1);
            auto admin = Workspace::signInToServer(
                [&] {
                    ConnectionSpec server = old.spec();
                    server.user.clear();
                    return server;
                }(),
                u"admin"_s, u"admin-password"_s);
            Unit unit;
            unit.kind = UnitKind::Section;
            unit.name = u"税務課"_s;
            admin->organisation().addUnit(unit);
            QCOMPARE(owner->scalar(u"SELECT COUNT(*) FROM row_changes"_s).toInt(), 1);
            QCOMPARE(
                owner
                    ->scalar(u"SELECT changed_by FROM change_log WHERE table_name = 'units' AND field = 'name' AND "
                             "new_value = '税務課'"_s)
                    .toString(),
                u"管理者 (admin)"_s);
        } catch (const Error& error) {
            QFAIL(qPrintable(error.message()));
        }
    }

    // A table that an update adds (the crosswalks of schema 14) is granted to the groups that write it when the owner
    // next opens the database, before people sign in.
    void aTableAddedByAnUpdateIsGranted()
    {
        try {
            TestDatabase old;
            securedAtVersion(old, 13);
            const QString managers = DatabasePolicy::groupRole(old.spec().databaseName, Holder::Administrator);
            std::unique_ptr<Database> owner = Database::open(old.spec());
            QCOMPARE(owner->schemaVersion(), Database::CurrentSchemaVersion);
            QVERIFY(
                !owner->scalar(u"SELECT has_table_privilege(?, 'crosswalk_links', 'INSERT')"_s, {managers}).toBool());
            Workspace::signIn(owner, u"admin"_s, u"admin-password"_s);
            std::unique_ptr<Database> check = Database::open(old.spec());
            QVERIFY(
                check->scalar(u"SELECT has_table_privilege(?, 'crosswalk_links', 'INSERT')"_s, {managers}).toBool());
            QVERIFY(!check
                         ->scalar(u"SELECT has_table_privilege(?, 'crosswalk_links', 'INSERT')"_s,
                                  {DatabasePolicy::groupRole(old.spec().databaseName, Holder::Staff)})
                         .toBool());
        } catch (const Error& error) {
            QFAIL(qPrintable(error.message()));
        }
    }

private:
    // An organisation made and secured by the Kansa of an earlier schema version.
    static std::unique_ptr<Database> securedAtVersion(const TestDatabase& old, int version)
    {
        std::unique_ptr<Database> db = Database::openAtVersion(old.spec(), Database::OpenMode::Create, version);
        db->write(u"admin"_s, [&](VersionedRows&) {
            OrganisationService::createOrganisation(*db, u"admin"_s, u"旧市"_s, u"city"_s);
            AccountService(*db).createFirstAdministrator(u"admin"_s, u"admin-password"_s, u"管理者"_s);
            DatabasePolicy::secure(*db, u"admin"_s, u"admin-password"_s);
        });
        return db;
    }

    void updateOlderDatabase()
    {
        TestDatabase old;
        {
            std::unique_ptr<Database> db = securedAtVersion(old, 8);
        }
        ConnectionSpec server = old.spec();
        server.user.clear();
        try {
            Workspace::signInToServer(server, u"admin"_s, u"admin-password"_s);
            QFAIL("a login that does not own the tables updated the schema");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(u"owner"_s), qPrintable(error.message()));
        }
        {
            std::unique_ptr<Database> owner = Database::open(old.spec());
            QCOMPARE(owner->schemaVersion(), Database::CurrentSchemaVersion);
            QCOMPARE(owner->scalar(u"SELECT tableowner FROM pg_tables WHERE tablename = 'exceptions'"_s).toString(),
                     DatabasePolicy::ownerRole(old.spec().databaseName));
        }
        auto admin = Workspace::signInToServer(server, u"admin"_s, u"admin-password"_s);
        QVERIFY(admin->session().administrator);
        QVERIFY(admin->remediation().exceptions().isEmpty()); // the column added by the update is readable
    }
};

QTEST_GUILESS_MAIN(TestDatabasePolicy)
#include "test_database_policy.moc"
