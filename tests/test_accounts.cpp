#include "TestDatabase.h"

#include "auth/AccountService.h"
#include "common/Error.h"
#include "org/OrganisationService.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <latch>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

class TestAccounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstAdministratorOnlyOnce()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        QVERIFY(workspace->session().administrator);
        AccountService accounts(workspace->database());
        QVERIFY(accounts.hasAccounts());
        QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                                 accounts.createFirstAdministrator(u"intruder"_s, u"password123"_s, {}));
    }

    // Thirty wrong passwords at once, from thirty connections: the attempts are counted before any password is
    // checked, so only a handful are checked at all, and the right password is refused during the lock.
    void parallelWrongPasswordsAreThrottled()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        constexpr int Attempts = 30;
        const QString wrong = AccountService::tr("The login name or the password is wrong.");
        std::atomic<int> checked = 0, refusedUnchecked = 0, failed = 0;
        std::latch start(Attempts);
        std::vector<std::thread> threads;
        for (int i = 0; i < Attempts; ++i) {
            threads.emplace_back([&] {
                std::unique_ptr<Database> db = Database::open(test.spec());
                AccountService accounts(*db);
                start.arrive_and_wait();
                try {
                    accounts.signIn(u"admin"_s, u"wrong-password"_s);
                    ++failed; // signed in with a wrong password
                } catch (const SignInRefused& error) {
                    ++(error.message() == wrong ? checked : refusedUnchecked);
                } catch (const Error&) {
                    ++failed; // a database error instead of a refusal
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        qInfo("%d of %d parallel wrong passwords were checked", checked.load(), Attempts);
        QCOMPARE(failed.load(), 0);
        QCOMPARE(checked + refusedUnchecked, Attempts);
        QVERIFY2(checked >= 1 && checked <= 3, qPrintable(QString::number(checked)));
        QVERIFY_THROWS_EXCEPTION(SignInRefused,
                                 AccountService(workspace->database()).signIn(u"admin"_s, u"admin-password"_s));
    }

    void signInAndWrongPasswordsSlowDown()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        AccountService accounts(workspace->database());
        const Session session = accounts.signIn(u"admin"_s, u"admin-password"_s);
        QCOMPARE(session.login, u"admin"_s);
        QVERIFY(session.canManageOrganisation());

        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        QVERIFY_THROWS_EXCEPTION(SignInRefused, accounts.signIn(u"admin"_s, u"wrong"_s, t0));
        // Right after a failure even the right password must wait.
        try {
            accounts.signIn(u"admin"_s, u"admin-password"_s, t0.addMSecs(200));
            QFAIL("signed in during the lock");
        } catch (const SignInRefused& error) {
            QVERIFY2(error.message().contains(u"admin"_s), qPrintable(error.message()));
        }
        QVERIFY_THROWS_EXCEPTION(SignInRefused, accounts.signIn(u"admin"_s, u"wrong"_s, t0.addSecs(2)));
        // Two failures: two seconds.
        QVERIFY_THROWS_EXCEPTION(SignInRefused, accounts.signIn(u"admin"_s, u"admin-password"_s, t0.addSecs(3)));
        accounts.signIn(u"admin"_s, u"admin-password"_s, t0.addSecs(5));
        // Success resets the count.
        QCOMPARE(workspace->database().scalar(u"SELECT failed_attempts FROM accounts WHERE login = 'admin'"_s).toInt(),
                 0);
        QCOMPARE(AccountService::lockSeconds(1), 1);
        QCOMPARE(AccountService::lockSeconds(4), 8);
        QCOMPARE(AccountService::lockSeconds(40), 300);
        QVERIFY_THROWS_EXCEPTION(SignInRefused, accounts.signIn(u"nobody"_s, u"whatever"_s));
    }

    void passwordsNeverStoredInClear()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        AccountService accounts(workspace->database());
        const qint64 id = accounts.addAccount(workspace->session(), u"yamada"_s, u"Sakura-2026!"_s, 0, false);
        accounts.setPassword(workspace->session(), id, u"Momiji-2026!"_s);
        Database& db = workspace->database();
        QSqlQuery query = db.exec(u"SELECT password_hash FROM accounts WHERE login = 'yamada'"_s);
        QVERIFY(query.next());
        const QString hash = query.value(0).toString();
        QVERIFY(hash.startsWith(u"$argon2id$"_s));
        QVERIFY(!hash.contains(u"Momiji"_s));
        QSqlQuery log = db.exec(u"SELECT COALESCE(field, ''), COALESCE(old_value, ''), COALESCE(new_value, '') "
                                "FROM change_log"_s);
        while (log.next()) {
            QVERIFY(log.value(0).toString() != u"password_hash"_s);
            for (int i = 1; i < 3; ++i) {
                QVERIFY(!log.value(i).toString().contains(u"Sakura"_s));
                QVERIFY(!log.value(i).toString().contains(u"Momiji"_s));
                QVERIFY(!log.value(i).toString().contains(u"$argon2"_s));
            }
        }
        QCOMPARE(accounts.signIn(u"yamada"_s, u"Momiji-2026!"_s).accountId, id);
    }

    // Accounts and roles decide who may do what: only the administrator creates accounts and grants roles,
    // nobody grants themselves one, a person has one account at most, and a password change is in the change log.
    void onlyTheAdministratorAddsAccountsAndGrantsRoles()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        AccountService accounts(workspace->database());
        const Session admin = workspace->session();
        const Session staff = sessionWithRoles({Role::Staff});
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, accounts.addAccount(staff, u"x1"_s, u"password123"_s, 0, false));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, accounts.accounts(staff));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, accounts.setPassword(staff, 1, u"password123"_s));
        for (Role manager : {Role::Ciso, Role::ChiefAuditor})
            QVERIFY_THROWS_EXCEPTION(PermissionDenied, accounts.addAccount(sessionWithRoles({manager}), u"x2"_s,
                                                                           u"password123"_s, 0, false));
        accounts.addAccount(admin, u"x2"_s, u"password123"_s, 0, false);
        QVERIFY_THROWS_EXCEPTION(Error, accounts.addAccount(admin, u"x2"_s, u"password123"_s, 0, false));
        QVERIFY_THROWS_EXCEPTION(Error, accounts.addAccount(admin, u"x4"_s, u"short"_s, 0, false));
        QVERIFY_THROWS_EXCEPTION(Error, accounts.addAccount(admin, u"bad login!"_s, u"password123"_s, 0, false));
        QCOMPARE(accounts.accounts(admin).size(), 2);

        // One person, one account: no second account signs in as the CISO.
        Person ciso;
        ciso.name = u"大森 正和"_s;
        const qint64 cisoId = workspace->organisation().addPerson(ciso);
        accounts.addAccount(admin, u"m.omori"_s, u"password123"_s, cisoId, false);
        QVERIFY_THROWS_EXCEPTION(Error, accounts.addAccount(admin, u"fake.ciso"_s, u"password123"_s, cisoId, false));

        // Roles: granted by the administrator, not by the CISO, and not by anyone to themselves.
        Person clerk;
        clerk.name = u"職員 一郎"_s;
        clerk.roles = {Role::Staff};
        const qint64 clerkId = workspace->organisation().addPerson(clerk);
        const Session cisoSession = sessionWithRoles({Role::Ciso}, cisoId);
        OrganisationService asCiso(workspace->database(), cisoSession);
        Person promoted = asCiso.person(clerkId);
        promoted.roles = {Role::Ciso};
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, asCiso.updatePerson(promoted));
        Person newcomer;
        newcomer.name = u"新任 花子"_s;
        newcomer.roles = {Role::ChiefAuditor};
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, asCiso.addPerson(newcomer));
        Person self = asCiso.person(cisoId);
        self.roles = {Role::Ciso, Role::ChiefAuditor};
        Session selfAdministering = cisoSession;
        selfAdministering.administrator = true;
        QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                                 OrganisationService(workspace->database(), selfAdministering).updatePerson(self));
        QCOMPARE(workspace->organisation().person(clerkId).roles, QList<Role>{Role::Staff});
        promoted.stamp = workspace->organisation().person(clerkId).stamp;
        workspace->organisation().updatePerson(promoted); // the administrator may

        const qint64 x2 = workspace->database().scalar(u"SELECT id FROM accounts WHERE login = 'x2'"_s).toLongLong();
        accounts.setPassword(admin, x2, u"password456"_s);
        QCOMPARE(workspace->database()
                     .scalar(u"SELECT COUNT(*) FROM change_log WHERE table_name = 'accounts' AND row_id = ? AND "
                             "field = 'password' AND new_value = 'changed'"_s,
                             {x2})
                     .toInt(),
                 1);
        QCOMPARE(workspace->database()
                     .scalar(u"SELECT COUNT(*) FROM change_log WHERE new_value LIKE '%argon%' OR "
                             "old_value LIKE '%argon%'"_s)
                     .toInt(),
                 0);

        // The accounts and roles list: the CISO reads who holds what since when; staff may not.
        const qint64 clerkAccount = accounts.addAccount(admin, u"clerk"_s, u"password123"_s, clerkId, false);
        const QList<Account> listed = accounts.accounts(cisoSession);
        const auto clerkRow = std::find_if(listed.cbegin(), listed.cend(),
                                           [&](const Account& account) { return account.id == clerkAccount; });
        QVERIFY(clerkRow != listed.cend());
        QCOMPARE(clerkRow->roles, QList<Role>{Role::Ciso});
        const QString granted = workspace->database()
                                    .scalar(u"SELECT MAX(changed_at) FROM change_log WHERE table_name = 'people' AND "
                                            "row_id = ? AND field = 'roles'"_s,
                                            {clerkId})
                                    .toString();
        QCOMPARE(clerkRow->rolesSince, QDateTime::fromString(granted, Qt::ISODateWithMs));
        QVERIFY(clerkRow->rolesSince.isValid());
    }

    void sessionCarriesPersonRolesAndUnit()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        Unit unit;
        unit.name = u"監査室"_s;
        const qint64 unitId = workspace->organisation().addUnit(unit);
        Person person;
        person.name = u"監査 太郎"_s;
        person.unitId = unitId;
        person.roles = {Role::ChiefAuditor};
        const qint64 personId = workspace->organisation().addPerson(person);
        AccountService accounts(workspace->database());
        accounts.addAccount(workspace->session(), u"kansa.taro"_s, u"password123"_s, personId, false);
        const Session session = accounts.signIn(u"kansa.taro"_s, u"password123"_s);
        QCOMPARE(session.personId, personId);
        QCOMPARE(session.unitId, unitId);
        QVERIFY(session.has(Role::ChiefAuditor));
        QVERIFY(!session.administrator);
        QVERIFY(session.canManageOrganisation());
        QCOMPARE(session.actor(), u"監査 太郎 (kansa.taro)"_s);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "test_accounts.moc"
