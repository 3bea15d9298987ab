// The record proves itself: the change log's hash chain and the stored files, checked after someone changed the
// database behind Kansa's back.
#include "TestDatabase.h"

#include "demo/DemoOrganisation.h"
#include "org/OrganisationService.h"
#include "record/RecordHeadCheck.h"
#include "record/RecordVerifier.h"
#include "report/ReportService.h"
#include "store/ChangeChain.h"
#include "workspace/Workspace.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

class TestRecord final : public QObject
{
    Q_OBJECT

    TestDatabase m_test;
    std::unique_ptr<Workspace> m_admin;

private Q_SLOTS:
    void initTestCase()
    {
        DemoOrganisation::create(m_test.spec());
        std::unique_ptr<Database> db = Database::open(m_test.spec());
        m_admin = Workspace::signIn(db, QString::fromUtf16(DemoOrganisation::AdministratorLogin),
                                    QString::fromUtf16(DemoOrganisation::AdministratorPassword));
    }

    void theDemoHoldsTogether()
    {
        const RecordVerification result = RecordVerifier(m_admin->database(), m_admin->session()).verify();
        for (const RecordProblem& problem : result.problems)
            qWarning("%s", qPrintable(problem.what));
        QVERIFY(result.intact());
        QVERIFY(result.entries > 1000);
        QVERIFY(result.files >= 1);
        QCOMPARE(result.head.size(), 64);
        QCOMPARE(
            result.head,
            m_admin->database().scalar(u"SELECT entry_hash FROM change_log ORDER BY id DESC LIMIT 1"_s).toString());
    }

    void everyTamperIsFound_data()
    {
        QTest::addColumn<QStringList>("tamper");
        QTest::addColumn<QString>("named"); // what the first problem names: an entry or a record
        const QString middle = u"(SELECT MIN(id) + 300 FROM change_log)"_s;
        QTest::newRow("an entry's new value")
            << QStringList{u"UPDATE change_log SET new_value = 'conforming' WHERE id = "_s % middle} << u"entry"_s;
        QTest::newRow("who wrote an entry")
            << QStringList{u"UPDATE change_log SET changed_by = '大森 正和 (m.omori)' WHERE id = "_s % middle}
            << u"entry"_s;
        QTest::newRow("an entry removed")
            << QStringList{u"DELETE FROM change_log WHERE id = "_s % middle} << u"entry"_s;
        QTest::newRow("the last entry's hash")
            << QStringList{u"UPDATE change_log SET entry_hash = 'x' WHERE id = (SELECT MAX(id) FROM change_log)"_s}
            << u"entry"_s;
        QTest::newRow("an evidence file replaced")
            << QStringList{u"UPDATE audit_evidence_files SET content = ? WHERE id = (SELECT MIN(id) FROM audit_evidence_files)"_s}
            << u"audit_evidence_files"_s;
        QTest::newRow("an evidence file replaced with its hash")
            << QStringList{u"UPDATE audit_evidence_files SET content = ?, sha256 = 'fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13', size = 6 WHERE id = (SELECT MIN(id) FROM audit_evidence_files)"_s}
            << u"audit_evidence_files"_s;
        // The tables changed behind Kansa's back, the change log left alone: the log replayed finds them.
        QTest::newRow("results set to conforming")
            << QStringList{u"UPDATE audit_results SET result = 'conforming' WHERE result = 'non_conforming' AND "
                           "unit_id = (SELECT id FROM units WHERE code = 'S011')"_s}
            << u"audit_results"_s;
        QTest::newRow("a major finding deleted with its plan")
            << QStringList{u"DELETE FROM remediation_plans WHERE finding_id = (SELECT MIN(id) FROM audit_findings "
                           "WHERE severity = 'major')"_s,
                           u"DELETE FROM audit_findings WHERE id = (SELECT MIN(id) FROM audit_findings WHERE "
                           "severity = 'major')"_s}
            << u"audit_findings"_s;
        QTest::newRow("the CISO role granted")
            << QStringList{u"INSERT INTO person_roles (person_id, role) SELECT person_id, 'ciso' FROM accounts "
                           "WHERE login = 'm.ito'"_s}
            << u"people"_s;
        QTest::newRow("an account added for the CISO's person")
            << QStringList{u"INSERT INTO accounts (login, password_hash, display_name, person_id, is_administrator, "
                           "version, created_at, created_by, updated_at, updated_by) SELECT 'fake.ciso', "
                           "password_hash, display_name, person_id, 0, 1, created_at, created_by, updated_at, "
                           "updated_by FROM accounts WHERE login = 'm.omori'"_s}
            << u"+accounts"_s;
        QTest::newRow("a finding's recommendation rewritten")
            << QStringList{u"UPDATE audit_findings SET recommendation = '対応不要' WHERE id = (SELECT MIN(id) FROM "
                           "audit_findings)"_s}
            << u"audit_findings"_s;
    }

    void everyTamperIsFound()
    {
        QFETCH(QStringList, tamper);
        QFETCH(QString, named);
        Database& db = m_admin->database();
        RecordVerification result;
        {
            Transaction undo(db);
            for (const QString& statement : std::as_const(tamper)) {
                if (statement.contains(u'?'))
                    db.exec(statement, {QByteArray("forged")});
                else
                    db.exec(statement);
            }
            result = RecordVerifier(db, m_admin->session()).verify();
        }
        QVERIFY(!result.intact());
        const RecordProblem& first = result.problems.constFirst();
        if (named == u"entry"_s) {
            QVERIFY2(first.entryId > 0, qPrintable(first.what));
            QVERIFY(!first.changedAt.isEmpty());
        } else if (named.startsWith(u'+')) { // a row the log never created: named, by nobody
            QVERIFY2(first.record.startsWith(named.mid(1)), qPrintable(first.record));
        } else {
            QVERIFY2(first.record.startsWith(named), qPrintable(first.record));
            QVERIFY(!first.changedBy.isEmpty()); // who wrote what was changed or removed
        }
        // Undone, the record holds together again.
        QVERIFY(RecordVerifier(db, m_admin->session()).verify().intact());
    }

    void anIssuedReportProvesWhatCameBefore()
    {
        std::unique_ptr<Database> db = Database::open(m_test.spec());
        auto ciso = Workspace::signIn(db, u"m.omori"_s, QString::fromUtf16(DemoOrganisation::PersonPassword));
        const qint64 issued = ciso->reports().issue(ReportKind::Remediation, 2026, 0);
        const QByteArray pdf = ciso->reports().issuedPdf(issued);
        const std::optional<ChangeChain::Anchor> anchor = ChangeChain::anchorIn(pdf);
        QVERIFY(anchor);
        QVERIFY(anchor->entries > 1000);
        Database& admin = m_admin->database();
        QVERIFY(RecordVerifier(admin, m_admin->session()).verifyAgainst(*anchor, u"r.pdf"_s).intact());
        // Later changes do not matter to it.
        Unit unit;
        unit.name = u"新設課"_s;
        m_admin->organisation().addUnit(unit);
        QVERIFY(RecordVerifier(admin, m_admin->session()).verifyAgainst(*anchor, u"r.pdf"_s).intact());

        // Someone with the file rewrites who wrote an early entry and the whole chain after it: the chain holds
        // together again (and the tables agree with it), but not against the report.
        {
            Transaction undo(admin);
            admin.exec(u"UPDATE change_log SET changed_by = '大森 正和 (m.omori)' WHERE id = (SELECT MIN(id) + 300 "
                       "FROM change_log)"_s);
            ChangeChain::chainExisting(admin);
            QVERIFY(RecordVerifier(admin, m_admin->session()).verify().intact());
            const RecordVerification against =
                RecordVerifier(admin, m_admin->session()).verifyAgainst(*anchor, u"r.pdf"_s);
            QVERIFY(!against.intact());
            QVERIFY(against.problems.constFirst().what.contains(u"r.pdf"_s));
        }
        // Entries removed from before the report.
        {
            Transaction undo(admin);
            admin.exec(u"DELETE FROM change_log WHERE id = (SELECT MIN(id) FROM change_log)"_s);
            ChangeChain::chainExisting(admin);
            QVERIFY(!RecordVerifier(admin, m_admin->session()).verifyAgainst(*anchor, u"r.pdf"_s).intact());
        }
        QVERIFY(!ChangeChain::anchorIn("%PDF-1.4 no record check").has_value());
    }

    // The quick check at opening: where the change log stood when this computer last saw it, and every entry
    // written since, found as they were; a rewrite of the whole chain is found too.
    void theQuickCheckFindsWhatChangedSinceLastSeen()
    {
        Database& db = m_admin->database();
        const auto lastHash = [&] {
            return db.scalar(u"SELECT entry_hash FROM change_log ORDER BY id DESC LIMIT 1"_s).toString();
        };
        const auto lastId = [&] { return db.scalar(u"SELECT MAX(id) FROM change_log"_s).toLongLong(); };
        RecordHeadCheck::remember(db);
        QVERIFY(RecordHeadCheck::check(db).intact());
        Unit unit;
        unit.name = u"監査室"_s;
        m_admin->organisation().addUnit(unit);
        const RecordVerification followed = RecordHeadCheck::check(db);
        QVERIFY(followed.intact());
        QVERIFY(followed.entries >= 2);
        QCOMPARE(followed.head, lastHash());
        const std::optional<RecordHeadCheck::Seen> seen = RecordHeadCheck::seen(db.spec());
        QVERIFY(seen);
        QCOMPARE(seen->head, lastHash());
        QCOMPARE(seen->lastId, lastId());
        QCOMPARE(seen->entries, db.scalar(u"SELECT COUNT(*) FROM change_log"_s).toLongLong());

        const auto foundAfter = [&](const QStringList& tamper) {
            Transaction undo(db);
            for (const QString& statement : tamper)
                db.exec(statement);
            return RecordHeadCheck::check(db);
        };
        // Who wrote an early entry changed and the whole chain after it rewritten: it holds together, but not
        // with what this computer saw.
        {
            Transaction undo(db);
            db.exec(u"UPDATE change_log SET changed_by = '大森 正和 (m.omori)' WHERE id = (SELECT MIN(id) + 300 FROM "
                    "change_log)"_s);
            ChangeChain::chainExisting(db);
            QVERIFY(RecordVerifier(db, m_admin->session()).verify().intact());
            const RecordVerification rewritten = RecordHeadCheck::check(db);
            QVERIFY(!rewritten.intact());
            QCOMPARE(rewritten.problems.constFirst().entryId, seen->lastId);
        }
        {
            Transaction undo(db);
            db.exec(u"DELETE FROM change_log WHERE id = (SELECT MIN(id) FROM change_log)"_s);
            ChangeChain::chainExisting(db);
            QVERIFY(!RecordHeadCheck::check(db).intact());
        }
        QVERIFY(!foundAfter(
                     {u"DELETE FROM change_log WHERE id = (SELECT id FROM change_log ORDER BY id LIMIT 1 OFFSET 5)"_s})
                     .intact());
        QVERIFY(!foundAfter({u"DELETE FROM change_log WHERE id = (SELECT MAX(id) FROM change_log)"_s}).intact());

        // An entry written since this computer last saw the record, changed.
        unit.name = u"監査委員事務局"_s;
        m_admin->organisation().addUnit(unit);
        const RecordVerification changed =
            foundAfter({u"UPDATE change_log SET new_value = 'x' WHERE id = (SELECT MAX(id) FROM change_log)"_s});
        QVERIFY(!changed.intact());
        QCOMPARE(changed.problems.constFirst().entryId, lastId());
        QVERIFY(!RecordHeadCheck::warning(changed, u"org.kansa"_s).isEmpty());

        // Nothing seen yet on this computer: the last entries.
        RecordHeadCheck::forget(db.spec());
        QVERIFY(!RecordHeadCheck::seen(db.spec()));
        QVERIFY(!foundAfter({u"UPDATE change_log SET entry_hash = 'x' WHERE id = (SELECT MAX(id) FROM "
                             "change_log)"_s})
                     .intact());
        QVERIFY(!RecordHeadCheck::seen(db.spec()));
        const RecordVerification tail = RecordHeadCheck::check(db);
        QVERIFY(tail.intact());
        QCOMPARE(tail.entries, qint64(RecordHeadCheck::TailEntries + 1));
        QVERIFY(RecordHeadCheck::seen(db.spec()));
    }

    void onlyThoseWhoReadEveryUnitVerify()
    {
        std::unique_ptr<Database> db = Database::open(m_test.spec());
        auto staff = Workspace::signIn(db, u"m.ito"_s, QString::fromUtf16(DemoOrganisation::PersonPassword));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, RecordVerifier(staff->database(), staff->session()).verify());
    }
};

QTEST_MAIN(TestRecord)
#include "test_record.moc"
