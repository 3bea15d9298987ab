#include "TestDatabase.h"

#include "audit/Audit.h"
#include "common/Error.h"
#include "demo/DemoOrganisation.h"
#include "remediation/PlanTableModel.h"
#include "remediation/RemediationService.h"
#include "store/Database.h"

#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

// How many plans the list's filter selects, as the list counts them.
int selectedBy(RemediationService& service, const PlanFilter& filter, const QDate& today)
{
    int selected = -1;
    service.planRange(filter, PlanOrder::NextDue, Qt::AscendingOrder, 0, PlanTableModel::RangeSize, today, &selected);
    return selected;
}

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
             {u"progress_reports"_s, u"remediation_actions"_s, u"remediation_plans"_s, u"exceptions"_s,
              u"cross_check_units"_s, u"cross_checks"_s, u"progress_requests"_s})
            db->exec(u"DELETE FROM "_s % table);
        db->exec(u"DELETE FROM audit_findings WHERE origin_finding_id IS NOT NULL"_s);
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
        QVERIFY_THROWS_EXCEPTION(Error,
                                 auditor.setStatus(id, stale, PlanStatus::Verified, u"持出し記録簿を確認した。"_s));
        auditor.setStatus(id, stale, PlanStatus::Verified, u"持出し記録簿を確認した。"_s, 0,
                          u"持出し記録簿（10月分）"_s);
        QCOMPARE(auditor.plan(id).verificationEvidence, u"持出し記録簿（10月分）"_s);
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
        // Each report is in the change log, as every other change.
        QCOMPARE(f.db->scalar(u"SELECT COUNT(*) FROM change_log WHERE table_name = 'progress_reports' AND "
                              "action = 'insert' AND field = 'narrative' AND row_id IN "
                              "(SELECT id FROM progress_reports WHERE plan_id = ?)"_s,
                              {id})
                     .toInt(),
                 3);
        QCOMPARE(reports[1].percent, 60);
        QCOMPARE(reports[2].percent, 50);
        QVERIFY_THROWS_EXCEPTION(Error, unit.addProgressReport(id, {0, QDate(2026, 11, 3), 120, u"x"_s, {}, {}, {}}));
        RemediationService auditor(*f.db, f.auditorOfSoumu());
        QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                                 auditor.addProgressReport(id, {0, QDate(2026, 11, 3), 70, u"x"_s, {}, {}, {}}));
        QCOMPARE(auditor.progressReports(id).size(), 3);
    }

    // An auditor follows up the findings of their units that have no plan yet and the plans that await their
    // verification; the chief auditor those of the whole audit they lead; others nothing.
    void auditorsFollowUpFindingsAndPlans()
    {
        Fixture f;
        const qint64 chiefId =
            f.db->scalar(u"SELECT person_id FROM accounts WHERE login = 'h.nakayama'"_s).toLongLong();
        RemediationService chief(*f.db, sessionWithRoles({Role::ChiefAuditor}, chiefId));
        RemediationService auditor(*f.db, f.auditorOfSoumu());
        RemediationService unit(*f.db, f.soumuManager());
        const int led = f.db->scalar(u"SELECT COUNT(*) FROM audit_findings f JOIN audits a ON a.id = f.audit_id "
                                     "WHERE a.chief_auditor_id = ?"_s,
                                     {chiefId})
                            .toInt();
        QVERIFY(led > 1);
        QCOMPARE(chief.followUps().size(), led);
        const auto has = [](const QList<FollowUp>& list, FollowUp::Kind kind, qint64 findingId) {
            return std::ranges::any_of(list,
                                       [&](const FollowUp& u) { return u.kind == kind && u.findingId == findingId; });
        };
        QVERIFY(has(auditor.followUps(), FollowUp::Kind::FindingWithoutPlan, f.finding));
        for (const FollowUp& followUp : auditor.followUps()) // the units the auditor is assigned to only
            QVERIFY(
                f.db->scalar(u"SELECT 1 FROM audit_assignments WHERE audit_id = ? AND unit_id = ? AND person_id = ?"_s,
                             {followUp.auditId, followUp.unitId, f.person(u"1041"_s)})
                    .isValid());
        QVERIFY(auditor.followUps().size() < led);
        QVERIFY(unit.followUps().isEmpty());

        const qint64 planId = unit.proposePlan(f.finding, u"周知"_s, {f.action(QDate(2026, 12, 1))});
        QVERIFY(!has(auditor.followUps(), FollowUp::Kind::FindingWithoutPlan, f.finding));
        QVERIFY(!has(auditor.followUps(), FollowUp::Kind::PlanToVerify, f.finding));
        unit.setStatus(planId, 1, PlanStatus::InProgress);
        unit.setStatus(planId, 2, PlanStatus::Completed);
        for (RemediationService* verifier : {&auditor, &chief}) {
            const QList<FollowUp> list = verifier->followUps();
            QVERIFY(has(list, FollowUp::Kind::PlanToVerify, f.finding));
            QCOMPARE(std::ranges::find(list, f.finding, &FollowUp::findingId)->planId, planId);
            QCOMPARE(std::ranges::find(list, f.finding, &FollowUp::findingId)->since, QDate::currentDate());
        }
        QCOMPARE(chief.followUps().size(), led);
        auditor.setStatus(planId, 3, PlanStatus::Verified, u"確認した"_s, 0, u"持出し簿"_s);
        QVERIFY(!has(chief.followUps(), FollowUp::Kind::PlanToVerify, f.finding));
        QCOMPARE(chief.followUps().size(), led - 1);
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
                                 unit.decideException(exceptionId, 1, ExceptionDecision::Approved, u"認める"_s,
                                                      QDate(2026, 4, 1), QDate(2027, 3, 31), QDate(2026, 10, 1)));
        QVERIFY_THROWS_EXCEPTION(
            Error, ciso.decideException(exceptionId, 1, ExceptionDecision::Approved, u"認める"_s, {}, {}, {}));
        // A decision gives its reason.
        QVERIFY_THROWS_EXCEPTION(Error,
                                 ciso.decideException(exceptionId, 1, ExceptionDecision::Approved, u" "_s,
                                                      QDate(2026, 4, 1), QDate(2027, 3, 31), QDate(2026, 10, 1)));
        const qint64 planId = unit.proposePlan(f.finding, u"周知"_s, {f.action(QDate(2026, 12, 1))});
        // Risk acceptance needs an approved, valid exception and the CISO.
        QVERIFY_THROWS_EXCEPTION(Error, ciso.setStatus(planId, 1, PlanStatus::RiskAccepted, {}, exceptionId));
        const QDate today = QDate::currentDate();
        ciso.decideException(exceptionId, 1, ExceptionDecision::Approved, u"庁外作業の期間に限り認める。"_s,
                             today.addDays(-10), today.addDays(20), today.addDays(5));
        QCOMPARE(ciso.exceptions().first().decisionComment, u"庁外作業の期間に限り認める。"_s);
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
    void crossDepartmentCheckRaisesLinkedFindings()
    {
        Fixture f;
        RemediationService ciso(*f.db, f.ciso());
        RemediationService soumu(*f.db, f.soumuManager());
        const qint64 zeimu = f.unit(u"S013"_s);
        QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                                 soumu.askCrossCheck(f.finding, u"同じ問題がないか"_s, {f.jumin}, {}));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, RemediationService(*f.db, f.auditorOfSoumu())
                                                       .askCrossCheck(f.finding, u"同じ問題がないか"_s, {f.jumin}, {}));
        QVERIFY_THROWS_EXCEPTION(Error, ciso.askCrossCheck(f.finding, u"同じ問題がないか"_s, {f.soumu}, {}));
        const qint64 checkId = ciso.askCrossCheck(f.finding, u"媒体の持出し記録を確認してください"_s,
                                                  {f.jumin, zeimu, f.soumu}, QDate(2026, 12, 18));
        const CrossCheck check = ciso.crossChecks(f.finding).first();
        QCOMPARE(check.id, checkId);
        QCOMPARE(check.units.size(), 2); // the finding's own unit is never asked
        QCOMPARE(check.pending(), 2);

        const Session juminManager = sessionWithRoles({Role::SectionSecurityManager}, f.person(u"1017"_s), f.jumin);
        RemediationService jumin(*f.db, juminManager);
        const QList<CrossCheck> seen = jumin.crossChecks();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().units.size(), 1); // a unit sees its own answer only
        const CrossCheckUnit asked = seen.first().units.first();
        QCOMPARE(asked.unitId, f.jumin);
        QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                                 soumu.answerCrossCheck(asked.id, 1, CrossCheckAnswer::Absent, u"なし"_s));
        QVERIFY_THROWS_EXCEPTION(Error, jumin.answerCrossCheck(asked.id, 1, CrossCheckAnswer::Exists, u" "_s));
        QVERIFY_THROWS_EXCEPTION(StaleEdit,
                                 jumin.answerCrossCheck(asked.id, 7, CrossCheckAnswer::Exists, u"2台で未記録"_s));
        QVERIFY(jumin.plans().isEmpty()); // the refused answers left nothing behind

        const qint64 raised = jumin.answerCrossCheck(asked.id, 1, CrossCheckAnswer::Exists, u"2台で未記録"_s);
        QVERIFY(raised > 0);
        QCOMPARE(f.db->scalar(u"SELECT origin_finding_id FROM audit_findings WHERE id = ?"_s, {raised}).toLongLong(),
                 f.finding);
        QCOMPARE(f.db->scalar(u"SELECT unit_id FROM audit_findings WHERE id = ?"_s, {raised}).toLongLong(), f.jumin);
        const QList<RemediationPlan> plans = jumin.plans();
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.first().findingId, raised);
        QCOMPARE(plans.first().originFindingId, f.finding);
        QCOMPARE(plans.first().status, PlanStatus::NotStarted);
        // The unit plans its actions on the plan the answer created.
        jumin.addAction(plans.first().id, f.action(QDate(2027, 1, 29)));
        QCOMPARE(jumin.plan(plans.first().id).actions.size(), 1);
        QVERIFY_THROWS_EXCEPTION(Error, jumin.answerCrossCheck(asked.id, 2, CrossCheckAnswer::Absent, u"再回答"_s));

        auto answerOf = [&](qint64 unitId) {
            const QList<CrossCheckUnit> units = ciso.crossChecks(f.finding).first().units;
            return *std::ranges::find(units, unitId, &CrossCheckUnit::unitId);
        };
        const qint64 zeimuRow = answerOf(zeimu).id;
        RemediationService(*f.db, sessionWithRoles({Role::Staff}, f.person(u"1011"_s), zeimu))
            .answerCrossCheck(zeimuRow, 1, CrossCheckAnswer::Absent, u"全端末で確認した"_s);
        QCOMPARE(ciso.crossChecks(f.finding).first().pending(), 0);
        QCOMPARE(answerOf(zeimu).answer, CrossCheckAnswer::Absent);
        QCOMPARE(answerOf(zeimu).createdFindingId, 0);
        QCOMPARE(answerOf(zeimu).answeredOn, QDate::currentDate());
        QCOMPARE(answerOf(f.jumin).createdFindingId, raised);

        // Asking every unit: each unit without sub-units but the finding's own.
        const int leaves = f.db->scalar(u"SELECT COUNT(*) FROM units u WHERE NOT EXISTS (SELECT 1 FROM units c "
                                        "WHERE c.parent_id = u.id)"_s)
                               .toInt();
        ciso.askCrossCheck(f.finding, u"全課で確認"_s, {}, {});
        QCOMPARE(ciso.crossChecks(f.finding).last().units.size(), leaves - 1);
    }

    void progressRequestsAndWhatUnitsOwe()
    {
        Fixture f;
        RemediationService unit(*f.db, f.soumuManager());
        RemediationService ciso(*f.db, f.ciso());
        const qint64 planId = unit.proposePlan(f.finding, u"周知"_s, {f.action(QDate(2026, 12, 1))});
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, unit.requestProgress(0, QDate::currentDate().addDays(10), {}));
        QVERIFY_THROWS_EXCEPTION(Error, ciso.requestProgress(0, QDate::currentDate().addDays(-1), {}));
        QVERIFY(unit.owedReports().isEmpty());

        ciso.requestProgress(f.jumin, QDate::currentDate().addDays(5), u"住民課のみ"_s);
        QVERIFY(unit.owedReports().isEmpty()); // asked of another unit
        const qint64 requestId = ciso.requestProgress(0, QDate::currentDate().addDays(10), u"月末までに"_s);
        const QList<OwedReport> owed = unit.owedReports();
        QCOMPARE(owed.size(), 1);
        QCOMPARE(owed.first().planId, planId);
        QCOMPARE(owed.first().requestId, requestId);
        QCOMPARE(owed.first().dueOn, QDate::currentDate().addDays(10));
        QVERIFY(!owed.first().late(QDate::currentDate()));
        QVERIFY(owed.first().late(QDate::currentDate().addDays(11)));
        QCOMPARE(ciso.owedReports(f.soumu).size(), 1);
        QCOMPARE(ciso.owedReports(f.jumin).size(), 0); // 住民課 has no open plan
        QCOMPARE(unit.progressRequests().size(), 1);   // the one to every unit, not 住民課's

        unit.addProgressReport(planId, {0, QDate::currentDate(), 30, u"様式案を作成した"_s, {}, {}, {}});
        QVERIFY(unit.owedReports().isEmpty());
    }

    void closingDateAndCarryOver()
    {
        Fixture f;
        RemediationService unit(*f.db, f.soumuManager());
        const qint64 lastYearFinding = f.db->scalar(u"SELECT f.id FROM audit_findings f JOIN audits a ON a.id = "
                                                    "f.audit_id WHERE a.fiscal_year = 2025 AND f.unit_id = ?"_s,
                                                    {f.soumu})
                                           .toLongLong();
        const qint64 planId = unit.proposePlan(lastYearFinding, u"周知"_s, {f.action(QDate(2026, 3, 31))});
        PlanFilter thisYear;
        thisYear.fiscalYear = 2026;
        QCOMPARE(unit.plans(thisYear).size(), 1);
        QVERIFY(unit.plans(thisYear).first().carriedOver(2026));
        QVERIFY(!unit.plans(thisYear).first().carriedOver(2025));

        unit.setStatus(planId, 1, PlanStatus::InProgress);
        unit.setStatus(planId, 2, PlanStatus::Completed);
        const qint64 chief =
            f.db->scalar(u"SELECT chief_auditor_id FROM audits WHERE fiscal_year = 2025"_s).toLongLong();
        RemediationService verifier(*f.db, sessionWithRoles({Role::ChiefAuditor}, chief));
        verifier.setStatus(planId, 3, PlanStatus::InProgress, u"記録が不足"_s);
        QVERIFY(!unit.plan(planId).closedOn.isValid());
        unit.setStatus(planId, 4, PlanStatus::Completed);
        verifier.setStatus(planId, 5, PlanStatus::Verified, u"記録を確認した"_s, 0, u"周知文書"_s);
        QCOMPARE(unit.plan(planId).closedOn, QDate::currentDate());
        QVERIFY(unit.plans(thisYear).isEmpty()); // closed: no longer carried into 2026
        PlanFilter lastYear;
        lastYear.fiscalYear = 2025;
        QCOMPARE(unit.plans(lastYear).size(), 1);
        PlanFilter open;
        open.openOnly = true;
        QVERIFY(unit.plans(open).isEmpty());
    }

    // A long list is read a range at a time, filtered and sorted in the query, and shows the same plans in the
    // same order as the whole list sorted here.
    void aLongListIsReadInRangesInTheQueryOrder()
    {
        Fixture f;
        const qint64 audit = f.db->scalar(u"SELECT id FROM audits WHERE fiscal_year = 2026"_s).toLongLong();
        const QStringList severities{u"major"_s, u"minor"_s, u"advice"_s};
        const QStringList statuses{u"not_started"_s, u"in_progress"_s, u"completed"_s, u"verified"_s};
        constexpr int Plans = 2 * PlanTableModel::RangeSize + 50;
        f.db->write(u"test"_s, [&](VersionedRows&) {
            for (int i = 0; i < Plans; ++i) {
                const int n = (i * 7919) % Plans; // titles and dates in an order of their own
                const qint64 finding =
                    f.db->scalar(u"INSERT INTO audit_findings (audit_id, unit_id, item_key, severity, title, "
                                 "condition_found, criterion, cause, effect, recommendation, created_at, created_by, "
                                 "updated_at, updated_by) VALUES (?, ?, 'i', ?, ?, '', '', '', '', '', 'x', 'x', "
                                 "'x', 'x') RETURNING id"_s,
                                 {audit, i % 3 ? f.soumu : f.jumin, severities.at(i % 3),
                                  n == 7 ? u"100% 対応"_s : u"t%1"_s.arg(n, 4, 10, QLatin1Char('0'))})
                        .toLongLong();
                const qint64 plan =
                    f.db->scalar(u"INSERT INTO remediation_plans (finding_id, status, summary, verification_note, "
                                 "created_at, created_by, updated_at, updated_by) VALUES (?, ?, '', '', 'x', 'x', "
                                 "'x', 'x') RETURNING id"_s,
                                 {finding, statuses.at(n % 4)})
                        .toLongLong();
                if (i % 5)
                    f.db->exec(u"INSERT INTO remediation_actions (plan_id, description, due_on, done, created_at, "
                               "created_by, updated_at, updated_by) VALUES (?, 'a', ?, ?, 'x', 'x', 'x', 'x')"_s,
                               {plan, QDate(2026, 4, 1).addDays(n % 97).toString(Qt::ISODate), i % 4 == 0 ? 1 : 0});
                if (i % 6 == 0)
                    f.db->exec(u"INSERT INTO progress_reports (plan_id, reported_on, percent, narrative, evidence, "
                               "created_at, created_by) VALUES (?, '2026-06-01', ?, '', '', 'x', 'x')"_s,
                               {plan, n % 100});
            }
        });
        RemediationService ciso(*f.db, f.ciso());
        const QDate today(2026, 6, 15);
        const QList<RemediationPlan> all = ciso.plans({}, today);
        QVERIFY(all.size() >= Plans);

        PlanTableModel model(ciso);
        const qint64 before = f.db->roundTrips();
        model.setToday(today);
        for (int row = 0; row < 40; ++row)
            (void)model.data(model.index(row, PlanTableModel::FindingColumn));
        QCOMPARE(model.rowCount(), all.size());
        QCOMPARE(f.db->roundTrips() - before, 2); // the first range with the count, and its actions
        (void)model.planAt(model.rowCount() - 1);
        QCOMPARE(f.db->roundTrips() - before, 4); // one range more

        // Every order, both ways, against the whole list sorted here (ties by plan).
        using Key = std::function<QVariant(const RemediationPlan&)>;
        const QList<QPair<int, Key>> orders{
            {PlanTableModel::FiscalYearColumn, [](const RemediationPlan& p) { return p.fiscalYear; }},
            {PlanTableModel::FindingColumn, [](const RemediationPlan& p) { return p.findingTitle; }},
            {PlanTableModel::SeverityColumn,
             [](const RemediationPlan& p) { return static_cast<int>(AuditTexts::severity(p.severity)); }},
            {PlanTableModel::StatusColumn, [](const RemediationPlan& p) { return static_cast<int>(p.status); }},
            {PlanTableModel::NextDueColumn,
             [](const RemediationPlan& p) { return p.nextDue().isValid() ? p.nextDue() : QDate(9999, 12, 31); }},
            {PlanTableModel::ProgressColumn, [](const RemediationPlan& p) { return p.latestPercent; }},
        };
        for (const auto& [column, key] : orders) {
            for (Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QList<RemediationPlan> expected = all;
                std::sort(expected.begin(), expected.end(), [&](const RemediationPlan& a, const RemediationPlan& b) {
                    const QPartialOrdering order = QVariant::compare(key(a), key(b));
                    if (order != QPartialOrdering::Equivalent)
                        return direction == Qt::AscendingOrder ? order == QPartialOrdering::Less
                                                               : order == QPartialOrdering::Greater;
                    return a.id < b.id;
                });
                model.sort(column, direction);
                QList<qint64> shown, wanted;
                for (int row = 0; row < model.rowCount(); ++row) {
                    shown << model.planAt(row).id;
                    wanted << expected.at(row).id;
                }
                QCOMPARE(shown, wanted);
                const int row = Plans / 2;
                QCOMPARE(model.rowOf(wanted.at(row)), row);
            }
        }
        // By unit: each unit's plans together.
        model.sort(PlanTableModel::UnitColumn, Qt::AscendingOrder);
        QSet<qint64> unitsSeen;
        qint64 previous = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 unit = model.planAt(row).unitId;
            QVERIFY(unit == previous || !unitsSeen.contains(unit));
            unitsSeen.insert(unit);
            previous = unit;
        }

        // The filters in the query select what the whole list, filtered here, holds.
        const auto selected = [&](const std::function<bool(const RemediationPlan&)>& wanted) {
            return static_cast<int>(std::count_if(all.cbegin(), all.cend(), wanted));
        };
        PlanFilter filter;
        filter.status = PlanStatus::Completed;
        QCOMPARE(selectedBy(ciso, filter, today),
                 selected([](const RemediationPlan& p) { return p.status == PlanStatus::Completed; }));
        filter = {};
        filter.overdueOnly = true;
        QCOMPARE(selectedBy(ciso, filter, today), selected([&](const RemediationPlan& p) { return p.overdue(today); }));
        filter = {};
        filter.units = {f.jumin};
        QCOMPARE(selectedBy(ciso, filter, today),
                 selected([&](const RemediationPlan& p) { return p.unitId == f.jumin; }));
        filter = {};
        filter.search = u"100%"_s; // the percent sign is a character, not a wildcard
        QCOMPARE(selectedBy(ciso, filter, today), 1);
        filter.search = u"T00"_s; // case does not matter
        QCOMPARE(selectedBy(ciso, filter, today),
                 selected([](const RemediationPlan& p) { return p.findingTitle.startsWith(u"t00"_s); }));
        filter.search = u"住民"_s; // the unit's name
        QCOMPARE(selectedBy(ciso, filter, today),
                 selected([&](const RemediationPlan& p) { return p.unitId == f.jumin; }));
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), selectedBy(ciso, filter, today));

        // A unit reads its own plans only, in the count as in the rows.
        RemediationService unit(*f.db, f.soumuManager());
        QCOMPARE(selectedBy(unit, {}, today), selected([&](const RemediationPlan& p) { return p.unitId == f.soumu; }));
        QCOMPARE(unit.planRow(all.first().id, {}, PlanOrder::NextDue, Qt::AscendingOrder, today) >= 0,
                 all.first().unitId == f.soumu);
    }
};

QTEST_GUILESS_MAIN(TestRemediation)
#include "test_remediation.moc"
