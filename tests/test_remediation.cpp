#include "TestDatabase.h"

#include "common/Error.h"
#include "demo/DemoOrganisation.h"
#include "remediation/RemediationService.h"
#include "store/Database.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

// The demo village without its remediation: its 令和8年度 audit has findings in 総務課 (S011), 住民課 and
// 保健福祉課.
struct Fixture
{
    TestDatabase test;
    std::unique_ptr<Database> db;
    qint64 soumu = 0, jumin = 0, finding = 0;

    Fixture()
    {
        DemoOrganisation::create(test.spec());
        db = Database::open(test.spec());
        // The demo's own remediation goes: each test starts from the findings alone.
        for (const QString& table :
             {u"progress_reports"_s, u"remediation_actions"_s, u"remediation_plans"_s, u"exceptions"_s})
            db->exec(u"DELETE FROM "_s % table);
        soumu = unit(u"S011"_s);
        jumin = unit(u"S021"_s);
        finding = db->scalar(u"SELECT f.id FROM audit_findings f JOIN audits a ON a.id = f.audit_id "
                             "WHERE a.fiscal_year = 2026 AND f.unit_id = ?"_s,
                             {soumu})
                      .toLongLong();
    }
    qint64 unit(const QString& code)
    {
        return db->scalar(u"SELECT id FROM units WHERE code = ?"_s, {code}).toLongLong();
    }
    qint64 person(const QString& code)
    {
        return db->scalar(u"SELECT id FROM people WHERE code = ?"_s, {code}).toLongLong();
    }
    Session soumuManager() { return sessionWithRoles({Role::SectionSecurityManager}, person(u"1003"_s), soumu); }
    Session auditorOfSoumu() { return sessionWithRoles({Role::Auditor}, person(u"1041"_s), unit(u"S041"_s)); }
    Session ciso() { return sessionWithRoles({Role::Ciso}, person(u"1001"_s)); }
    RemediationAction action(const QDate& due)
    {
        return RemediationAction{0, u"媒体の持出し手続を周知する"_s, person(u"1003"_s), due, false, {}};
    }
};

} // namespace

class TestRemediation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planLifecycle()
    {
        Fixture f;
        RemediationService unit(*f.db, f.soumuManager());
        const qint64 id =
            unit.proposePlan(f.finding, u"持出し手続の周知と記録の徹底"_s, {f.action(QDate(2026, 12, 1))});
        QVERIFY_THROWS_EXCEPTION(Error, unit.proposePlan(f.finding, u"二つ目"_s, {f.action(QDate(2026, 12, 1))}));
        RemediationPlan plan = unit.plan(id);
        QCOMPARE(plan.status, PlanStatus::NotStarted);
        QCOMPARE(plan.actions.size(), 1);
        unit.setStatus(id, plan.stamp.version, PlanStatus::InProgress);
        // The unit cannot verify its own plan; the auditor cannot start it.
        QVERIFY_THROWS_EXCEPTION(Error, unit.setStatus(id, unit.plan(id).stamp.version, PlanStatus::Verified, u"済"_s));
        unit.setStatus(id, unit.plan(id).stamp.version, PlanStatus::Completed);
        QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                                 unit.setStatus(id, unit.plan(id).stamp.version, PlanStatus::Verified, u"済"_s));
        RemediationService auditor(*f.db, f.auditorOfSoumu());
        QVERIFY_THROWS_EXCEPTION(Error, auditor.setStatus(id, auditor.plan(id).stamp.version, PlanStatus::Verified));
        // Sent back, then completed again and verified.
        auditor.setStatus(id, auditor.plan(id).stamp.version, PlanStatus::InProgress, u"記録簿の様式が未整備"_s);
        unit.setStatus(id, unit.plan(id).stamp.version, PlanStatus::Completed);
        const int stale = unit.plan(id).stamp.version;
        auditor.setStatus(id, stale, PlanStatus::Verified, u"持出し記録簿を確認した。"_s);
        QCOMPARE(auditor.plan(id).status, PlanStatus::Verified);
        QCOMPARE(auditor.plan(id).verificationNote, u"持出し記録簿を確認した。"_s);
        QVERIFY_THROWS_EXCEPTION(Error, auditor.setStatus(id, stale, PlanStatus::InProgress, u"x"_s));
        QVERIFY_THROWS_EXCEPTION(Error, unit.addAction(id, f.action(QDate(2027, 1, 1))));
    }

    void onlyTheUnitProposesAndOthersDoNotSee()
    {
        Fixture f;
        RemediationService other(*f.db, sessionWithRoles({Role::SectionSecurityManager}, f.person(u"1017"_s), f.jumin));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                                 other.proposePlan(f.finding, u"他課の計画"_s, {f.action(QDate(2026, 12, 1))}));
        RemediationService unit(*f.db, f.soumuManager());
        QVERIFY_THROWS_EXCEPTION(Error, unit.proposePlan(f.finding, u" "_s, {f.action(QDate(2026, 12, 1))}));
        QVERIFY_THROWS_EXCEPTION(Error, unit.proposePlan(f.finding, u"行動なし"_s, {}));
        const qint64 id = unit.proposePlan(f.finding, u"周知"_s, {f.action(QDate(2026, 12, 1))});
        QVERIFY(other.plans().isEmpty()); // another unit does not see it
        QCOMPARE(RemediationService(*f.db, f.ciso()).plans().size(), 1);
        QVERIFY_THROWS_EXCEPTION(Error, other.plan(id));
    }

    void overdueActions()
    {
        Fixture f;
        RemediationService unit(*f.db, f.soumuManager());
        const QDate today(2026, 11, 21);
        const qint64 id =
            unit.proposePlan(f.finding, u"周知"_s, {f.action(QDate(2026, 11, 1)), f.action(QDate(2027, 1, 31))});
        QCOMPARE(unit.plans({-1, 0, true}, today).size(), 1);
        QCOMPARE(unit.plans({f.soumu, 0, true}, today).first().nextDue(), QDate(2026, 11, 1));
        QCOMPARE(unit.plans({f.jumin, 0, true}, today).size(), 0);
        const RemediationAction late = unit.plan(id).actions.first();
        QVERIFY(late.overdue(today));
        unit.completeAction(late.id, late.stamp.version);
        QVERIFY(unit.plans({-1, 0, true}, today).isEmpty());
        QCOMPARE(unit.plan(id).nextDue(), QDate(2027, 1, 31));
    }

    void progressHistory()
    {
        Fixture f;
        RemediationService unit(*f.db, f.soumuManager());
        const qint64 id = unit.proposePlan(f.finding, u"周知"_s, {f.action(QDate(2026, 12, 1))});
        unit.addProgressReport(id, {0, QDate(2026, 10, 1), 30, u"手順書を改訂した。"_s, u"改訂版手順書"_s, {}, {}});
        unit.addProgressReport(id, {0, QDate(2026, 11, 1), 60, u"研修を実施した。"_s, {}, {}, {}});
        // A correction is a new entry; the past stays.
        unit.addProgressReport(id, {0, QDate(2026, 11, 2), 50, u"訂正: 研修は半数のみ受講。"_s, {}, {}, {}});
        const QList<ProgressReport> reports = unit.progressReports(id);
        QCOMPARE(reports.size(), 3);
        QCOMPARE(reports[1].percent, 60);
        QCOMPARE(reports[2].percent, 50);
        QVERIFY_THROWS_EXCEPTION(Error, unit.addProgressReport(id, {0, QDate(2026, 11, 3), 120, u"x"_s, {}, {}, {}}));
        RemediationService auditor(*f.db, f.auditorOfSoumu());
        QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                                 auditor.addProgressReport(id, {0, QDate(2026, 11, 3), 70, u"x"_s, {}, {}, {}}));
        QCOMPARE(auditor.progressReports(id).size(), 3);
    }

    void exceptionsAndRiskAcceptance()
    {
        Fixture f;
        RemediationService unit(*f.db, f.soumuManager());
        SecurityException request;
        request.unitId = f.soumu;
        request.items = u"std-5.1-1-3-b 5.1(1)③(イ)"_s;
        request.reason = u"災害対応で庁外作業が必要なため"_s;
        request.compensatingMeasures = u"暗号化USBのみ使用し、持出し簿に記録する"_s;
        const qint64 exceptionId = unit.requestException(request);
        RemediationService ciso(*f.db, f.ciso());
        QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                                 unit.decideException(exceptionId, 1, ExceptionDecision::Approved, QDate(2026, 4, 1),
                                                      QDate(2027, 3, 31), QDate(2026, 10, 1)));
        QVERIFY_THROWS_EXCEPTION(Error, ciso.decideException(exceptionId, 1, ExceptionDecision::Approved, {}, {}, {}));
        const qint64 planId = unit.proposePlan(f.finding, u"周知"_s, {f.action(QDate(2026, 12, 1))});
        // Risk acceptance needs an approved, valid exception and the CISO.
        QVERIFY_THROWS_EXCEPTION(Error, ciso.setStatus(planId, 1, PlanStatus::RiskAccepted, {}, exceptionId));
        const QDate today = QDate::currentDate();
        ciso.decideException(exceptionId, 1, ExceptionDecision::Approved, today.addDays(-10), today.addDays(20),
                             today.addDays(5));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                                 unit.setStatus(planId, 1, PlanStatus::RiskAccepted, {}, exceptionId));
        ciso.setStatus(planId, 1, PlanStatus::RiskAccepted, {}, exceptionId);
        QCOMPARE(ciso.plan(planId).exceptionId, exceptionId);
        QVERIFY(!ciso.plan(planId).open());
        QCOMPARE(ciso.exceptions(30).size(), 1); // expires within 30 days
        QCOMPARE(ciso.exceptions(3).size(), 0);  // neither expiring nor due for review in 3 days
        QVERIFY(!ciso.exceptions().first().expired(today));
        QVERIFY(ciso.exceptions().first().expired(today.addDays(21)));
    }
};

QTEST_GUILESS_MAIN(TestRemediation)
#include "test_remediation.moc"
