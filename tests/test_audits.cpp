#include "TestDatabase.h"

#include "audit/AuditPlanService.h"
#include "audit/FieldworkService.h"
#include "audit/FindingTableModel.h"
#include "common/Error.h"
#include "org/OrganisationService.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

// A small organisation: 総務部 > 総務課, 税務課; 福祉部 > 福祉課; a chief auditor in 会計室, an auditor in 税務課,
// an auditor in 福祉課 and a staff member of 総務課.
struct Fixture
{
    TestDatabase test;
    std::unique_ptr<Workspace> admin;
    qint64 soumuBu = 0, soumuKa = 0, zeimu = 0, fukushiBu = 0, fukushi = 0, kaikei = 0;
    qint64 chief = 0, auditorZeimu = 0, auditorFukushi = 0, staffSoumu = 0;

    Fixture()
        : admin(test.createOrganisation())
    {
        OrganisationService& org = admin->organisation();
        auto unit = [&](const QString& name, qint64 parent) {
            Unit u;
            u.name = name;
            u.parentId = parent;
            return org.addUnit(u);
        };
        soumuBu = unit(u"総務部"_s, 0);
        soumuKa = unit(u"総務課"_s, soumuBu);
        zeimu = unit(u"税務課"_s, soumuBu);
        fukushiBu = unit(u"福祉部"_s, 0);
        fukushi = unit(u"福祉課"_s, fukushiBu);
        kaikei = unit(u"会計室"_s, 0);
        auto person = [&](const QString& name, qint64 unitId, QList<Role> roles) {
            Person p;
            p.name = name;
            p.unitId = unitId;
            p.roles = roles;
            return org.addPerson(p);
        };
        chief = person(u"監査 統括"_s, kaikei, {Role::ChiefAuditor});
        auditorZeimu = person(u"税務 監査人"_s, zeimu, {Role::Auditor, Role::Staff});
        auditorFukushi = person(u"福祉 監査人"_s, fukushi, {Role::Auditor, Role::Staff});
        staffSoumu = person(u"総務 職員"_s, soumuKa, {Role::Staff, Role::SectionSecurityManager});
    }

    Session as(qint64 personId, QList<Role> roles, qint64 unitId) const
    {
        return sessionWithRoles(roles, personId, unitId);
    }
    Session chiefSession() const { return as(chief, {Role::ChiefAuditor}, kaikei); }

    // A plan over 総務課 and 福祉課, chapters 4 and 5 of the standards, in progress, with the two auditors
    // assigned across (税務's auditor to 福祉課, 福祉's auditor to 総務課).
    qint64 auditInProgress(AuditPlanService& plans)
    {
        AuditPlan plan;
        plan.fiscalYear = 2026;
        plan.title = u"令和8年度 情報セキュリティ監査"_s;
        plan.purpose = u"対策基準の遵守状況を確認する。"_s;
        plan.checklistKey = u"yomogita-standards"_s;
        plan.chapters = {u"4"_s, u"5"_s};
        plan.approvedOn = QDate(2026, 6, 1);
        const qint64 id = plans.createAudit(plan);
        plans.setUnits(id, {soumuKa, fukushi});
        plans.setTeam(id, {auditorZeimu, auditorFukushi});
        plans.assign(id, fukushi, auditorZeimu);
        plans.assign(id, soumuKa, auditorFukushi);
        plans.setStatus(id, plans.audit(id).stamp.version, AuditStatus::Approved);
        plans.setStatus(id, plans.audit(id).stamp.version, AuditStatus::InProgress);
        return id;
    }
};

QString firstItem(FieldworkService& fieldwork, qint64 auditId, qint64 unitId)
{
    return fieldwork.itemsInScope(auditId, unitId).first()->id;
}

} // namespace

class TestAudits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planLifecycle()
    {
        Fixture f;
        AuditPlanService plans(f.admin->database(), f.chiefSession());
        AuditPlan plan;
        plan.fiscalYear = 2026;
        plan.title = u"令和8年度 監査"_s;
        plan.checklistKey = u"yomogita-standards"_s;
        const qint64 id = plans.createAudit(plan);
        const AuditPlan stored = plans.audit(id);
        QCOMPARE(stored.status, AuditStatus::Draft);
        QCOMPARE(stored.chiefAuditorId, f.chief); // the chief auditor who made it
        QCOMPARE(stored.checklistVersion, 1);     // pinned
        QVERIFY(plans.team(id).contains(f.chief));
        // Approval needs the committee's date and a scope.
        QVERIFY_THROWS_EXCEPTION(Error, plans.setStatus(id, stored.stamp.version, AuditStatus::Approved));
        AuditPlan dated = stored;
        dated.approvedOn = QDate(2026, 5, 20);
        plans.updateAudit(dated);
        QVERIFY_THROWS_EXCEPTION(StaleEdit, plans.updateAudit(dated)); // the version read is gone
        QVERIFY_THROWS_EXCEPTION(Error, plans.setStatus(id, plans.audit(id).stamp.version, AuditStatus::Approved));
        plans.setUnits(id, {f.soumuKa});
        plans.setStatus(id, plans.audit(id).stamp.version, AuditStatus::Approved);
        // Illegal steps are refused.
        QVERIFY_THROWS_EXCEPTION(Error, plans.setStatus(id, plans.audit(id).stamp.version, AuditStatus::Closed));
        plans.setStatus(id, plans.audit(id).stamp.version, AuditStatus::InProgress);
        plans.setStatus(id, plans.audit(id).stamp.version, AuditStatus::Reported);
        QVERIFY_THROWS_EXCEPTION(Error, plans.setUnits(id, {f.soumuKa, f.fukushi}));
        plans.setStatus(id, plans.audit(id).stamp.version, AuditStatus::Closed);
        QCOMPARE(plans.audit(id).status, AuditStatus::Closed);
    }

    void independence()
    {
        Fixture f;
        AuditPlanService plans(f.admin->database(), f.chiefSession());
        AuditPlan plan;
        plan.fiscalYear = 2026;
        plan.title = u"監査"_s;
        plan.checklistKey = u"yomogita-standards"_s;
        const qint64 id = plans.createAudit(plan);
        plans.setUnits(id, {f.zeimu, f.soumuBu, f.fukushi});
        plans.setTeam(id, {f.auditorZeimu});
        QVERIFY(!plans.isIndependent(f.auditorZeimu, f.zeimu));
        QVERIFY(!plans.isIndependent(f.auditorZeimu, f.soumuBu)); // the unit above
        QVERIFY(plans.isIndependent(f.auditorZeimu, f.fukushi));
        try {
            plans.assign(id, f.zeimu, f.auditorZeimu);
            QFAIL("an auditor was assigned to their own unit");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(u"1(8)"_s), qPrintable(error.message()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, plans.assign(id, f.soumuBu, f.auditorZeimu, u"  "_s));
        plans.assign(id, f.fukushi, f.auditorZeimu);
        plans.assign(id, f.soumuBu, f.auditorZeimu, u"監査人が2名のため止むを得ない。"_s);
        const QList<Assignment> exceptions = plans.exceptions(id);
        QCOMPARE(exceptions.size(), 1);
        QCOMPARE(exceptions.first().unitId, f.soumuBu);
        QCOMPARE(exceptions.first().exceptionReason, u"監査人が2名のため止むを得ない。"_s);
        // Only team members, only units in scope.
        QVERIFY_THROWS_EXCEPTION(Error, plans.assign(id, f.fukushi, f.auditorFukushi));
        QVERIFY_THROWS_EXCEPTION(Error, plans.assign(id, f.kaikei, f.auditorZeimu));
        // A team member must be an auditor.
        QVERIFY_THROWS_EXCEPTION(Error, plans.setTeam(id, {f.staffSoumu}));
    }

    void onlyPlannersPlan()
    {
        Fixture f;
        AuditPlanService staff(f.admin->database(), f.as(f.staffSoumu, {Role::Staff}, f.soumuKa));
        AuditPlan plan;
        plan.fiscalYear = 2026;
        plan.title = u"監査"_s;
        plan.checklistKey = u"yomogita-standards"_s;
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.createAudit(plan));
        AuditPlanService plans(f.admin->database(), f.chiefSession());
        const qint64 id = plans.createAudit(plan);
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.setUnits(id, {f.soumuKa}));
        AuditPlanService auditor(f.admin->database(), f.as(f.auditorZeimu, {Role::Auditor}, f.zeimu));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, auditor.setTeam(id, {f.auditorZeimu}));
        QCOMPARE(staff.audits().size(), 1); // reading the plan is allowed
    }

    void resultsAndPermissions()
    {
        Fixture f;
        AuditPlanService plans(f.admin->database(), f.chiefSession());
        const qint64 id = f.auditInProgress(plans);
        FieldworkService auditor(f.admin->database(), f.as(f.auditorZeimu, {Role::Auditor}, f.zeimu));
        const QString item = firstItem(auditor, id, f.fukushi);
        const ItemResult recorded =
            auditor.setResult(id, f.fukushi, item, AuditResult::NonConforming, u"入退室記録なし"_s, 0);
        QCOMPARE(recorded.result, AuditResult::NonConforming);
        QCOMPARE(recorded.stamp.version, 1);
        // Not assigned to 総務課.
        QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                                 auditor.setResult(id, f.soumuKa, item, AuditResult::Conforming, {}, 0));
        // The audited unit reads its own results but never edits them, and does not see another unit's.
        FieldworkService auditee(f.admin->database(), f.as(f.staffSoumu, {Role::SectionSecurityManager}, f.soumuKa));
        QVERIFY(auditee.results(id, f.soumuKa).isEmpty());
        QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                                 auditee.setResult(id, f.soumuKa, item, AuditResult::Conforming, {}, 0));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, auditee.results(id, f.fukushi));
        // The CISO reads all and changes nothing.
        FieldworkService ciso(f.admin->database(), sessionWithRoles({Role::Ciso}));
        QCOMPARE(ciso.results(id, f.fukushi).value(item).notes, u"入退室記録なし"_s);
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, ciso.setResult(id, f.fukushi, item, AuditResult::Conforming, {}, 0));
        // The chief auditor edits every unit; a stale version is refused with who changed it.
        FieldworkService chief(f.admin->database(), f.chiefSession());
        chief.setResult(id, f.fukushi, item, AuditResult::PartlyConforming, u"一部記録あり"_s, 1);
        try {
            auditor.setResult(id, f.fukushi, item, AuditResult::Conforming, {}, 1);
            QFAIL("a stale result was saved");
        } catch (const StaleEdit& error) {
            QVERIFY2(error.message().contains(u"試験 太郎"_s), qPrintable(error.message()));
        }
        QCOMPARE(chief.results(id, f.fukushi).value(item).result, AuditResult::PartlyConforming);
    }

    void scopeOfItems()
    {
        Fixture f;
        AuditPlanService plans(f.admin->database(), f.chiefSession());
        const qint64 id = f.auditInProgress(plans);
        FieldworkService chief(f.admin->database(), f.chiefSession());
        const QList<const ChecklistItem*> unitItems = chief.itemsInScope(id, f.soumuKa);
        const QList<const ChecklistItem*> organisationItems =
            chief.itemsInScope(id, FieldworkService::OrganisationScope);
        QVERIFY(!unitItems.isEmpty() && !organisationItems.isEmpty());
        for (const ChecklistItem* item : unitItems)
            QVERIFY(item->level != u"organisation"_s && (item->ref.startsWith(u'4') || item->ref.startsWith(u'5')));
        for (const ChecklistItem* item : organisationItems)
            QCOMPARE(item->level, u"organisation"_s);
        // An organisation-level item is answered once, not per unit; chapter 6 is out of scope.
        QVERIFY_THROWS_EXCEPTION(
            Error, chief.setResult(id, f.soumuKa, organisationItems.first()->id, AuditResult::Conforming, {}, 0));
        chief.setResult(id, FieldworkService::OrganisationScope, organisationItems.first()->id, AuditResult::Conforming,
                        {}, 0);
        QVERIFY_THROWS_EXCEPTION(Error,
                                 chief.setResult(id, f.soumuKa, u"std-6.2-1-1"_s, AuditResult::Conforming, {}, 0));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 chief.setResult(id, f.kaikei, unitItems.first()->id, AuditResult::Conforming, {}, 0));
        // Progress counts assessed items.
        chief.setResult(id, f.soumuKa, unitItems[0]->id, AuditResult::Conforming, {}, 0);
        chief.setResult(id, f.soumuKa, unitItems[1]->id, AuditResult::NotAssessed, {}, 0);
        const FieldworkService::Progress progress = chief.progress(id, f.soumuKa);
        QCOMPARE(progress.assessed, 1);
        QCOMPARE(progress.total, static_cast<int>(unitItems.size()));
    }

    void evidenceFiles()
    {
        Fixture f;
        AuditPlanService plans(f.admin->database(), f.chiefSession());
        const qint64 id = f.auditInProgress(plans);
        FieldworkService auditor(f.admin->database(), f.as(f.auditorFukushi, {Role::Auditor}, f.fukushi));
        const QString item = firstItem(auditor, id, f.soumuKa);
        Evidence evidence;
        evidence.unitId = f.soumuKa;
        evidence.itemKey = item;
        evidence.kind = EvidenceKind::Document;
        evidence.description = u"入退室管理簿（令和8年4月〜6月）を閲覧"_s;
        evidence.observedOn = QDate(2026, 7, 10);
        const qint64 evidenceId = auditor.addEvidence(id, evidence);
        const QByteArray content = QByteArray("%PDF-1.4 入退室管理簿", 25);
        const qint64 fileId = auditor.attachFile(id, evidenceId, u"入退室管理簿.pdf"_s, content);
        const QList<Evidence> stored = auditor.evidence(id, f.soumuKa, item);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().files.size(), 1);
        QCOMPARE(stored.first().files.first().size, content.size());
        QCOMPARE(stored.first().files.first().sha256,
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QString name;
        QCOMPARE(auditor.fileContent(id, fileId, &name), content);
        QCOMPARE(name, u"入退室管理簿.pdf"_s);

        f.admin->organisation().setEvidenceFileLimit(2048);
        try {
            auditor.attachFile(id, evidenceId, u"big.zip"_s, QByteArray(4096, 'x'));
            QFAIL("a file above the limit was stored");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(u"big.zip"_s), qPrintable(error.message()));
        }
        OrganisationService chiefOrganisation(f.admin->database(), f.chiefSession());
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, chiefOrganisation.setEvidenceFileLimit(1 << 30));
        // A damaged file is noticed when it is opened.
        f.admin->database().exec(u"UPDATE audit_evidence_files SET content = ? WHERE id = ?"_s,
                                 {QByteArray("tampered"), fileId});
        QVERIFY_THROWS_EXCEPTION(Error, auditor.fileContent(id, fileId));
        auditor.removeEvidence(id, evidenceId, 1);
        QVERIFY(auditor.evidence(id, f.soumuKa, item).isEmpty());
    }

    // The sets an audit owns — its chapters, its team — and the assignments of someone leaving the team are in
    // the change log, one field each: 「4 5」 → 「4 5 6」.
    void auditSetsAreInTheChangeLog()
    {
        Fixture f;
        AuditPlanService plans(f.admin->database(), f.chiefSession());
        const qint64 id = f.auditInProgress(plans);
        Database& db = f.admin->database();
        const auto logged = [&](const QString& field) {
            QStringList changes;
            QSqlQuery query = db.exec(u"SELECT COALESCE(old_value, ''), new_value FROM change_log WHERE table_name = "
                                      "'audits' AND row_id = ? AND field = ? ORDER BY id"_s,
                                      {id, field});
            while (query.next())
                changes << query.value(0).toString() % u" → "_s % query.value(1).toString();
            return changes;
        };
        QCOMPARE(logged(u"chapters"_s), QStringList{u" → 4 5"_s});
        QCOMPARE(logged(u"team"_s).size(), 2); // the chief auditor with the plan, then the team
        const int assignmentsLogged =
            db.scalar(u"SELECT COUNT(*) FROM change_log WHERE table_name = 'audit_assignments' AND action = 'delete'"_s)
                .toInt();
        plans.setTeam(id, {f.auditorZeimu}); // 福祉's auditor leaves, and with them the assignment to 総務課
        QCOMPARE(logged(u"team"_s).size(), 3);
        QCOMPARE(
            db.scalar(u"SELECT COUNT(*) FROM change_log WHERE table_name = 'audit_assignments' AND action = 'delete'"_s)
                .toInt(),
            assignmentsLogged + 1);
        plans.setTeam(id, {f.auditorZeimu}); // unchanged: nothing logged
        QCOMPARE(logged(u"team"_s).size(), 3);
    }

    void findingsAndWorkingPapers()
    {
        Fixture f;
        AuditPlanService plans(f.admin->database(), f.chiefSession());
        const qint64 id = f.auditInProgress(plans);
        FieldworkService auditor(f.admin->database(), f.as(f.auditorZeimu, {Role::Auditor}, f.zeimu));
        Finding finding;
        finding.auditId = id;
        finding.unitId = f.fukushi;
        finding.itemKey = firstItem(auditor, id, f.fukushi);
        finding.severity = Severity::Major;
        finding.title = u"管理区域の入退室記録がない"_s;
        finding.condition = u"4月以降の記録がなかった。"_s;
        finding.recommendation = u"入退室管理簿を備え、記録させること。"_s;
        const qint64 findingId = auditor.addFinding(finding);
        QCOMPARE(auditor.findings(id).size(), 1);
        Finding stored = auditor.findings(id, f.fukushi).first();
        stored.cause = u"手順が周知されていない。"_s;
        auditor.updateFinding(stored);
        QVERIFY_THROWS_EXCEPTION(StaleEdit, auditor.updateFinding(stored));
        Finding other = finding;
        other.unitId = f.soumuKa; // not assigned there
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, auditor.addFinding(other));
        Finding untitled = finding;
        untitled.title.clear();
        QVERIFY_THROWS_EXCEPTION(Error, auditor.addFinding(untitled));
        // The audited unit reads its own findings only.
        FieldworkService fukushiStaff(f.admin->database(), f.as(0, {Role::Staff}, f.fukushi));
        QCOMPARE(fukushiStaff.findings(id).size(), 1);
        FieldworkService soumuStaff(f.admin->database(), f.as(f.staffSoumu, {Role::Staff}, f.soumuKa));
        QCOMPARE(soumuStaff.findings(id).size(), 0);

        WorkingPaper paper;
        paper.auditId = id;
        paper.unitId = f.fukushi;
        paper.visitedOn = QDate(2026, 7, 14);
        paper.place = u"福祉課 執務室"_s;
        paper.attendees = u"福祉課長、担当者"_s;
        paper.summary = u"管理区域と媒体の管理を確認した。"_s;
        paper.documentsReceived = u"入退室管理簿、媒体管理台帳"_s;
        auditor.addWorkingPaper(paper);
        WorkingPaper storedPaper = auditor.workingPapers(id, f.fukushi).first();
        storedPaper.summary += u"指摘1件。"_s;
        auditor.updateWorkingPaper(storedPaper);
        QCOMPARE(auditor.workingPapers(id, f.fukushi).first().summary, u"管理区域と媒体の管理を確認した。指摘1件。"_s);

        // An auditor not assigned to 福祉課 cannot change its finding or working paper by naming a unit of their
        // own: the stored unit decides.
        FieldworkService elsewhere(f.admin->database(), f.as(f.auditorFukushi, {Role::Auditor}, f.fukushi));
        Finding claimed = auditor.findings(id, f.fukushi).first();
        claimed.unitId = f.soumuKa; // where this auditor is assigned
        claimed.title = u"書き換え"_s;
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, elsewhere.updateFinding(claimed));
        WorkingPaper claimedPaper = auditor.workingPapers(id, f.fukushi).first();
        claimedPaper.unitId = f.soumuKa;
        claimedPaper.summary = u"書き換え"_s;
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, elsewhere.updateWorkingPaper(claimedPaper));
        QCOMPARE(auditor.findings(id, f.fukushi).first().title, finding.title);
        QCOMPARE(auditor.workingPapers(id, f.fukushi).first().summary, u"管理区域と媒体の管理を確認した。指摘1件。"_s);
        auditor.removeFinding(id, findingId, 2);
        QVERIFY(auditor.findings(id).isEmpty());
    }

    // The findings list reads a range at a time, filtered in the query, with the count in the same round trip: the
    // person's reach and the range, three round trips however many findings the audit has.
    void findingsListReadInRanges()
    {
        Fixture f;
        AuditPlanService plans(f.admin->database(), f.chiefSession());
        const qint64 id = f.auditInProgress(plans);
        FieldworkService chief(f.admin->database(), f.chiefSession());
        const QList<const ChecklistItem*> items = chief.itemsInScope(id, f.fukushi);
        QVERIFY(items.size() > 30);
        for (int i = 0; i < 30; ++i) {
            Finding finding;
            finding.auditId = id;
            finding.unitId = i % 3 ? f.fukushi : f.soumuKa;
            finding.itemKey = items.at(i)->id;
            finding.severity = i % 2 ? Severity::Minor : Severity::Major;
            finding.title = i == 7 ? u"USB メモリの持出し 100%"_s : u"指摘 %1"_s.arg(i);
            finding.condition = u"現状"_s;
            finding.recommendation = u"改善すること"_s;
            chief.addFinding(finding);
        }
        const QList<Finding> all = chief.findings(id);
        const auto selectedBy = [&](FieldworkService& service, const FieldworkService::FindingFilter& filter) {
            int selected = -1;
            const qint64 before = f.admin->database().roundTrips();
            const QList<Finding> range = service.findingRange(id, filter, 0, 10, &selected);
            const qint64 trips = f.admin->database().roundTrips() - before;
            [&] { QVERIFY2(trips <= 3, qPrintable(QString::number(trips))); }();
            [&] { QCOMPARE(range.size(), std::min(selected, 10)); }();
            return selected;
        };
        QCOMPARE(selectedBy(chief, {}), 30);
        QCOMPARE(selectedBy(chief, {f.soumuKa, {}, {}}), 10);
        QCOMPARE(selectedBy(chief, {-1, Severity::Major, {}}), 15);
        QCOMPARE(selectedBy(chief, {-1, {}, u"usb"_s}), 1); // without case
        QCOMPARE(selectedBy(chief, {-1, {}, u"0%"_s}), 1);  // the percent sign is a character
        QCOMPARE(selectedBy(chief, {-1, {}, items.at(4)->ref}),
                 int(std::count_if(all.cbegin(), all.cend(), [&](const Finding& x) {
                     for (const ChecklistItem* item : items) {
                         if (item->id == x.itemKey)
                             return item->ref.contains(items.at(4)->ref);
                     }
                     return false;
                 })));
        // Ranges follow one another in the order the findings were raised.
        QList<qint64> ids;
        for (int first = 0; first < 30; first += 7) {
            for (const Finding& finding : chief.findingRange(id, {}, first, 7))
                ids << finding.id;
        }
        QCOMPARE(ids.size(), 30);
        QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
        // The audited unit reads its own findings only, in the count as in the rows.
        FieldworkService fukushiStaff(f.admin->database(), f.as(0, {Role::Staff}, f.fukushi));
        QCOMPARE(selectedBy(fukushiStaff, {}), 20);
        QCOMPARE(selectedBy(fukushiStaff, {f.soumuKa, {}, {}}), 0);
        FindingTableModel model(fukushiStaff, id);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.findingAt(19).unitId, f.fukushi);
        QCOMPARE(model.data(model.index(0, FindingTableModel::SeverityColumn)).toString(),
                 AuditTexts::name(Severity::Minor));
    }

    void emptyAndLargeEvidenceFiles()
    {
        Fixture f;
        AuditPlanService plans(f.admin->database(), f.chiefSession());
        const qint64 id = f.auditInProgress(plans);
        FieldworkService chief(f.admin->database(), f.chiefSession());
        Evidence evidence;
        evidence.unitId = f.soumuKa;
        evidence.itemKey = firstItem(chief, id, f.soumuKa);
        evidence.description = u"添付資料"_s;
        const qint64 evidenceId = chief.addEvidence(id, evidence);
        const qint64 empty = chief.attachFile(id, evidenceId, u"空.txt"_s, QByteArray());
        QCOMPARE(chief.fileContent(id, empty), QByteArray());
        QCOMPARE(chief.evidence(id, f.soumuKa, evidence.itemKey).first().files.first().sha256,
                 u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
        const qint64 limit = chief.evidenceFileLimit();
        QCOMPARE(limit, 20 * 1024 * 1024);
        QByteArray large(static_cast<qsizetype>(limit), '\0');
        for (qsizetype i = 0; i < large.size(); i += 4096)
            large[i] = static_cast<char>(i / 4096);
        const qint64 big = chief.attachFile(id, evidenceId, u"大きな資料.pdf"_s, large);
        QCOMPARE(chief.fileContent(id, big), large);
        large.append('x');
        QVERIFY_THROWS_EXCEPTION(Error, chief.attachFile(id, evidenceId, u"大きすぎる資料.pdf"_s, large));
        QCOMPARE(chief.evidence(id, f.soumuKa, evidence.itemKey).first().files.size(), 2);
    }

    // A step that fails in the middle of a change spanning many rows leaves nothing of it behind.
    void nextYearRolledBackOnFailure()
    {
        Fixture f;
        AuditPlanService plans(f.admin->database(), f.chiefSession());
        const qint64 id = f.auditInProgress(plans);
        // The auditor of 税務課 is no longer an auditor: next year's team cannot be formed.
        Person auditor = f.admin->organisation().person(f.auditorZeimu);
        auditor.roles = {Role::Staff};
        f.admin->organisation().updatePerson(auditor);
        QVERIFY_THROWS_EXCEPTION(Error, plans.createNextYear(id));
        QCOMPARE(plans.audits().size(), 1);
        QCOMPARE(f.admin->database().scalar(u"SELECT COUNT(*) FROM audit_units"_s).toInt(), 2);
        QCOMPARE(f.admin->database().scalar(u"SELECT COUNT(*) FROM audit_assignments"_s).toInt(), 2);
    }

    void myWorkAndNextYear()
    {
        Fixture f;
        AuditPlanService plans(f.admin->database(), f.chiefSession());
        const qint64 id = f.auditInProgress(plans);
        FieldworkService auditor(f.admin->database(), f.as(f.auditorZeimu, {Role::Auditor}, f.zeimu));
        const QString item = firstItem(auditor, id, f.fukushi);
        auditor.setResult(id, f.fukushi, item, AuditResult::NonConforming, u"記録なし"_s, 0);
        const QList<FieldworkService::WorkItem> work = auditor.myWork();
        QCOMPARE(work.size(), 1);
        QCOMPARE(work.first().unitId, f.fukushi);
        QCOMPARE(work.first().progress.assessed, 1);
        QVERIFY(work.first().progress.total > 1);

        QSignalSpy announced(&plans, &AuditPlanService::changed);
        const qint64 next = plans.createNextYear(id);
        QCOMPARE(announced.size(), 1); // once, after the commit, not once per step inside it
        QCOMPARE(announced.first().first().toLongLong(), next);
        const AuditPlan nextPlan = plans.audit(next);
        QCOMPARE(nextPlan.fiscalYear, 2027);
        QCOMPARE(nextPlan.status, AuditStatus::Draft);
        QCOMPARE(nextPlan.previousAuditId, id);
        QCOMPARE(nextPlan.chapters, (QStringList{u"4"_s, u"5"_s}));
        QCOMPARE(plans.units(next).size(), 2);
        QCOMPARE(plans.assignments(next).size(), 2);
        QCOMPARE(plans.team(next).size(), 3);
        FieldworkService chief(f.admin->database(), f.chiefSession());
        QVERIFY(chief.results(next, f.fukushi).isEmpty());
        QCOMPARE(chief.previousYear(next, f.fukushi).results.value(item), AuditResult::NonConforming);
    }
};

QTEST_GUILESS_MAIN(TestAudits)
#include "test_audits.moc"
