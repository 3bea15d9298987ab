// Every service operation, run for every role on the demo organisation and compared with AccessPolicy's table;
// every mutation's changed fields found in the change log; and no write of users' data outside the write path.
#include "TestDatabase.h"

#include "auth/AccessPolicy.h"
#include "auth/AccountService.h"
#include "auth/DatabasePolicy.h"
#include "checklist/CrosswalkService.h"
#include "demo/DemoOrganisation.h"
#include "exchange/PeopleCsvImport.h"
#include "exchange/UnitCsvImport.h"
#include "record/RecordReplay.h"
#include "selfinspection/CampaignWorkbook.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

// How a person stands to the records the operations touch: 総務課 in 令和8年度's audit (and the draft audit of
// 令和9年度 that the chief auditor leads), and 総務課 in the demo's self-inspection campaign.
enum Relation
{
    OwnUnit = 1,
    AuditTeam = 2,
    AssignedUnit = 4,
    AuditChief = 8,
    CampaignOwner = 16,
    Delegate = 32,
};

// What an operation touches, and so which relations count.
enum class Touches
{
    Organisation,    // the whole organisation: only grants that reach everything
    NewAudit,        // a plan not stored yet, without a chief auditor: any chief auditor's
    Audit,           // an audit as a whole
    SoumuInAudit,    // 総務課's records in an audit
    Soumu,           // 総務課's remediation
    Campaign,        // a campaign as a whole
    SoumuInCampaign, // 総務課's answers in a campaign
};

int relationsThatCount(Touches touches)
{
    switch (touches) {
    case Touches::Organisation:
        return 0;
    case Touches::NewAudit:
        return AuditChief;
    case Touches::Audit:
        return AuditChief | AuditTeam;
    case Touches::SoumuInAudit:
        return OwnUnit | AuditTeam | AssignedUnit | AuditChief;
    case Touches::Soumu:
        return OwnUnit;
    case Touches::Campaign:
        return CampaignOwner;
    case Touches::SoumuInCampaign:
        return OwnUnit | Delegate | CampaignOwner;
    }
    return 0;
}

Reach reachOf(Relation relation)
{
    switch (relation) {
    case OwnUnit:
        return Reach::OwnUnit;
    case AuditTeam:
        return Reach::AuditTeam;
    case AssignedUnit:
        return Reach::AssignedUnit;
    case AuditChief:
        return Reach::AuditChief;
    case CampaignOwner:
        return Reach::CampaignOwner;
    case Delegate:
        return Reach::Delegate;
    }
    return Reach::None;
}

struct Subject
{
    QString name;
    Session session;
    int relations = 0;
};

// The ids the operations work on, read from the demo organisation.
struct Scene
{
    qint64 a26 = 0, a27 = 0, soumu = 0, jumin = 0, campaign = 0, finding = 0, plan = 0, assignment = 0;
    qint64 crossCheckUnit = 0, exception = 0, staffAccount = 0, removablePerson = 0, scratch = 0;
    QString item, campaignItem, checklistKey;
};

using Step = std::function<void(Workspace&, Scene&)>;

struct Op
{
    QString name;
    Operation operation;
    Touches touches;
    Step run;
    Step prepare = {}; // state the operation needs, set in its own transaction before it runs
    bool mutation = true;
};

qint64 idOf(Database& db, const QString& sql, std::initializer_list<QVariant> values = {})
{
    const QVariant id = db.scalar(sql, values);
    if (!id.isValid())
        throw Error(u"The demo has no row for: "_s % sql);
    return id.toLongLong();
}

int versionOf(Database& db, const QString& table, qint64 id)
{
    return db.scalar(u"SELECT version FROM "_s % table % u" WHERE id = ?"_s, {id}).toInt();
}

// A link from the audited item to the first item of the basic policy, which a crosswalk could hold.
CrosswalkLink crosswalkLink(Database& db, const QString& checklistKey, const QString& item)
{
    CrosswalkLink link;
    link.from = {
        checklistKey,
        db.scalar(u"SELECT current_version FROM checklists WHERE checklist_key = ?"_s, {checklistKey}).toInt()};
    link.fromItem = item;
    link.to = {u"basic-policy"_s, 1};
    link.toItem = db.scalar(u"SELECT MIN(i.item_key) FROM checklist_items i JOIN checklist_versions v ON v.id = "
                            "i.version_id JOIN checklists c ON c.id = v.checklist_id WHERE c.checklist_key = "
                            "'basic-policy' AND v.version = 1"_s)
                      .toString();
    return link;
}

qint64 personOf(const QString& code)
{
    return code.toLongLong() - 1000; // the demo's people are numbered in the order of their codes
}

Finding soumuFinding(Database& db, const Scene& s)
{
    Finding f;
    f.id = s.finding;
    f.auditId = s.a26;
    f.unitId = s.soumu;
    f.itemKey = db.scalar(u"SELECT item_key FROM audit_findings WHERE id = ?"_s, {s.finding}).toString();
    f.severity = Severity::Minor;
    f.title = u"書き換えた指摘"_s;
    f.condition = u"状況"_s;
    f.criterion = u"基準"_s;
    f.cause = u"原因"_s;
    f.effect = u"影響"_s;
    f.recommendation = u"改善"_s;
    f.stamp.version = versionOf(db, u"audit_findings"_s, s.finding);
    return f;
}

// A finding of 総務課 stored directly, for the operations that work on one of their own.
void addSoumuFinding(Workspace& w, Scene& s)
{
    s.scratch = idOf(w.database(),
                     u"INSERT INTO audit_findings (audit_id, unit_id, item_key, severity, title, condition_found, "
                     "criterion, cause, effect, recommendation, created_at, created_by, updated_at, updated_by) VALUES "
                     "(?, ?, ?, 'minor', 't', '', '', '', '', '', 'x', 'x', 'x', 'x') RETURNING id"_s,
                     {s.a26, s.soumu, s.item});
}

QList<Op> operations()
{
    const auto setPlanStatus = [](const char16_t* status) {
        return [status](Workspace& w, Scene& s) {
            w.database().exec(u"UPDATE remediation_plans SET status = ? WHERE id = ?"_s,
                              {QString::fromUtf16(status), s.plan});
        };
    };
    const auto setCampaignStatus = [](const char16_t* status) {
        return [status](Workspace& w, Scene& s) {
            w.database().exec(u"UPDATE campaign_units SET status = ? WHERE campaign_id = ? AND unit_id = ?"_s,
                              {QString::fromUtf16(status), s.campaign, s.soumu});
        };
    };
    QList<Op> ops{
        // The organisation
        {u"see the units and people"_s,
         Operation::ReadOrganisation,
         Touches::Organisation,
         [](Workspace& w, Scene&) { QVERIFY(!w.organisation().units().isEmpty()); },
         {},
         false},
        {u"change the organisation"_s, Operation::ManageOrganisation, Touches::Organisation,
         [](Workspace& w, Scene&) {
             Organisation o = w.organisation().organisation();
             o.name = u"改名村"_s;
             w.organisation().updateOrganisation(o);
         }},
        {u"add a unit"_s, Operation::ManageOrganisation, Touches::Organisation,
         [](Workspace& w, Scene& s) {
             Unit unit;
             unit.name = u"新設課"_s;
             unit.code = u"S099"_s;
             unit.kind = UnitKind::Section;
             unit.parentId = w.organisation().unit(s.soumu).parentId;
             w.organisation().addUnit(unit);
         }},
        {u"rename a unit"_s, Operation::ManageOrganisation, Touches::Organisation,
         [](Workspace& w, Scene& s) {
             Unit unit = w.organisation().unit(s.soumu);
             unit.name = u"総務企画課"_s;
             w.organisation().updateUnit(unit);
         }},
        {u"move a unit"_s, Operation::ManageOrganisation, Touches::Organisation,
         [](Workspace& w, Scene& s) {
             const Unit unit = w.organisation().unit(s.jumin);
             w.organisation().moveUnit(unit.id, unit.stamp.version, unit.parentId, 2);
         }},
        {u"remove a unit"_s, Operation::ManageOrganisation, Touches::Organisation,
         [](Workspace& w, Scene& s) {
             w.organisation().removeUnit(s.scratch, versionOf(w.database(), u"units"_s, s.scratch));
         },
         [](Workspace& w, Scene& s) {
             s.scratch = idOf(w.database(), u"INSERT INTO units (code, name, kind, sort_order, created_at, created_by, "
                                            "updated_at, updated_by) VALUES ('S098', '廃止課', 'section', 99, 'x', "
                                            "'x', 'x', 'x') RETURNING id"_s);
         }},
        {u"add a person"_s, Operation::ManageOrganisation, Touches::Organisation,
         [](Workspace& w, Scene& s) {
             Person person;
             person.code = u"2001"_s;
             person.name = u"新人 一郎"_s;
             person.kana = u"しんじん いちろう"_s;
             person.unitId = s.soumu;
             w.organisation().addPerson(person);
         }},
        {u"change a person"_s, Operation::ManageOrganisation, Touches::Organisation,
         [](Workspace& w, Scene& s) {
             Person person = w.organisation().person(s.removablePerson);
             person.email = u"changed@example.jp"_s;
             w.organisation().updatePerson(person);
         }},
        {u"remove a person"_s, Operation::ManageOrganisation, Touches::Organisation,
         [](Workspace& w, Scene& s) {
             w.organisation().removePerson(s.removablePerson, versionOf(w.database(), u"people"_s, s.removablePerson));
         }},
        {u"remove a person who holds a security role"_s, Operation::Administer, Touches::Organisation,
         [](Workspace& w, Scene& s) {
             w.organisation().removePerson(s.removablePerson, versionOf(w.database(), u"people"_s, s.removablePerson));
         },
         [](Workspace& w, Scene& s) {
             w.database().exec(u"INSERT INTO person_roles (person_id, role) VALUES (?, 'system_operator')"_s,
                               {s.removablePerson});
         }},
        {u"add a fiscal year"_s, Operation::ManageOrganisation, Touches::Organisation,
         [](Workspace& w, Scene&) { w.organisation().addFiscalYear(2031); }},
        {u"import people"_s, Operation::ManageOrganisation, Touches::Organisation,
         [](Workspace& w, Scene&) {
             PeopleCsvImport(w.organisation())
                 .apply(
                     u"職員番号,氏名,ふりがな,所属コード,メールアドレス\n2002,転入 花子,てんにゅう はなこ,S011,h@example.jp\n"_s
                         .toUtf8(),
                     u"people.csv"_s);
         }},
        {u"grant a role"_s, Operation::Administer, Touches::Organisation,
         [](Workspace& w, Scene& s) {
             Person person = w.organisation().person(s.removablePerson);
             person.roles << Role::Auditor;
             w.organisation().updatePerson(person);
         }},
        {u"set the evidence-file limit"_s, Operation::Administer, Touches::Organisation,
         [](Workspace& w, Scene&) { w.organisation().setEvidenceFileLimit(2 * 1024 * 1024); }},
        {u"add an account"_s, Operation::Administer, Touches::Organisation,
         [](Workspace& w, Scene& s) {
             AccountService(w.database())
                 .addAccount(w.session(), u"y.watanabe"_s, u"long-enough-password"_s, s.removablePerson, false);
         }},
        {u"set another person's password"_s, Operation::Administer, Touches::Organisation,
         [](Workspace& w, Scene& s) {
             AccountService(w.database()).setPassword(w.session(), s.staffAccount, u"another-long-password"_s);
         }},
        {u"list the accounts"_s,
         Operation::ListAccounts,
         Touches::Organisation,
         [](Workspace& w, Scene&) { QVERIFY(!AccountService(w.database()).accounts(w.session()).isEmpty()); },
         {},
         false},
        {u"copy a checklist"_s, Operation::ManageChecklists, Touches::Organisation,
         [](Workspace& w, Scene& s) {
             w.checklists().copy(s.checklistKey, u"own-copy"_s, {u"写し"_s, u"Copy"_s});
         }},
        {u"link items of two checklists"_s, Operation::ManageChecklists, Touches::Organisation,
         [](Workspace& w, Scene& s) {
             CrosswalkService(w.database(), w.session()).add(crosswalkLink(w.database(), s.checklistKey, s.item));
         }},
        {u"remove a crosswalk link"_s, Operation::ManageChecklists, Touches::Organisation,
         [](Workspace& w, Scene&) {
             CrosswalkService crosswalks(w.database(), w.session());
             const CrosswalkLink link = crosswalks.links().first();
             crosswalks.remove(link.id, link.stamp.version);
         },
         [](Workspace& w, Scene& s) {
             const CrosswalkLink link = crosswalkLink(w.database(), s.checklistKey, s.item);
             const QString now = VersionedRows::now();
             w.database().exec(u"INSERT INTO crosswalk_links (from_checklist_id, from_version, from_item, relation, "
                               "to_checklist_id, to_version, to_item, note, created_at, created_by, updated_at, "
                               "updated_by) VALUES ((SELECT id FROM checklists WHERE checklist_key = ?), ?, ?, "
                               "'related', (SELECT id FROM checklists WHERE checklist_key = ?), ?, ?, '', ?, 'test', "
                               "?, 'test')"_s,
                               {link.from.key, link.from.version, link.fromItem, link.to.key, link.to.version,
                                link.toItem, now, now});
         }},

        // Audit plans
        {u"create an audit plan"_s, Operation::PlanAudit, Touches::NewAudit,
         [](Workspace& w, Scene& s) {
             AuditPlan plan = w.audits().audit(s.a27);
             plan.id = 0;
             plan.chiefAuditorId = 0;
             plan.fiscalYear = 2028;
             plan.title = u"令和10年度 情報セキュリティ監査"_s;
             w.audits().createAudit(plan);
         }},
        {u"change an audit plan"_s, Operation::PlanAudit, Touches::Audit,
         [](Workspace& w, Scene& s) {
             AuditPlan plan = w.audits().audit(s.a27);
             plan.purpose = u"目的を改めた"_s;
             w.audits().updateAudit(plan);
         }},
        {u"approve an audit plan"_s, Operation::PlanAudit, Touches::Audit,
         [](Workspace& w, Scene& s) {
             w.audits().setStatus(s.a27, versionOf(w.database(), u"audits"_s, s.a27), AuditStatus::Approved);
         }},
        {u"change an audit's scope"_s, Operation::PlanAudit, Touches::Audit,
         [](Workspace& w, Scene& s) {
             w.audits().setUnits(s.a27, {s.soumu, s.jumin});
         }},
        {u"change an audit's team"_s, Operation::PlanAudit, Touches::Audit,
         [](Workspace& w, Scene& s) {
             w.audits().setTeam(s.a27, {personOf(u"1051"_s), personOf(u"1050"_s)});
         }},
        {u"schedule a visit"_s, Operation::PlanAudit, Touches::Audit,
         [](Workspace& w, Scene& s) { w.audits().setSchedule(s.a27, s.soumu, QDate(2027, 9, 1)); }},
        {u"assign an auditor"_s, Operation::PlanAudit, Touches::Audit,
         [](Workspace& w, Scene& s) { w.audits().assign(s.a27, s.soumu, personOf(u"1041"_s)); }},
        {u"unassign an auditor"_s, Operation::PlanAudit, Touches::Audit,
         [](Workspace& w, Scene& s) {
             w.audits().unassign(s.assignment, versionOf(w.database(), u"audit_assignments"_s, s.assignment));
         }},
        {u"create next year's audit"_s, Operation::PlanAudit, Touches::Audit,
         [](Workspace& w, Scene& s) { w.audits().createNextYear(s.a27); }},

        // Fieldwork in 総務課
        {u"see 総務課's findings"_s,
         Operation::ReadAuditRecords,
         Touches::SoumuInAudit,
         [](Workspace& w, Scene& s) { w.fieldwork().findings(s.a26, s.soumu); },
         {},
         false},
        {u"record a result"_s, Operation::RecordAudit, Touches::SoumuInAudit,
         [](Workspace& w, Scene& s) {
             const ItemResult current = w.fieldwork().result(s.a26, s.soumu, s.item);
             w.fieldwork().setResult(s.a26, s.soumu, s.item, AuditResult::NonConforming, u"記録"_s,
                                     current.stamp.version);
         }},
        {u"record evidence"_s, Operation::RecordAudit, Touches::SoumuInAudit,
         [](Workspace& w, Scene& s) {
             Evidence evidence;
             evidence.unitId = s.soumu;
             evidence.itemKey = s.item;
             evidence.description = u"台帳を閲覧"_s;
             evidence.observedOn = QDate(2026, 9, 1);
             w.fieldwork().addEvidence(s.a26, evidence);
         }},
        {u"attach an evidence file"_s, Operation::RecordAudit, Touches::SoumuInAudit,
         [](Workspace& w, Scene& s) { w.fieldwork().attachFile(s.a26, s.scratch, u"台帳.txt"_s, "ledger"); },
         [](Workspace& w, Scene& s) {
             s.scratch = idOf(w.database(), u"SELECT MIN(id) FROM audit_evidence WHERE audit_id = ? AND unit_id = ?"_s,
                              {s.a26, s.soumu});
         }},
        {u"remove evidence"_s, Operation::RecordAudit, Touches::SoumuInAudit,
         [](Workspace& w, Scene& s) {
             w.fieldwork().removeEvidence(s.a26, s.scratch, versionOf(w.database(), u"audit_evidence"_s, s.scratch));
         },
         [](Workspace& w, Scene& s) {
             s.scratch = idOf(w.database(), u"SELECT MIN(id) FROM audit_evidence WHERE audit_id = ? AND unit_id = ?"_s,
                              {s.a26, s.soumu});
         }},
        {u"raise a finding"_s, Operation::RecordAudit, Touches::SoumuInAudit,
         [](Workspace& w, Scene& s) {
             Finding f = soumuFinding(w.database(), s);
             f.id = 0;
             f.itemKey = s.item;
             w.fieldwork().addFinding(f);
         }},
        {u"change a finding"_s, Operation::RecordAudit, Touches::SoumuInAudit,
         [](Workspace& w, Scene& s) { w.fieldwork().updateFinding(soumuFinding(w.database(), s)); }},
        {u"remove a finding"_s, Operation::RecordAudit, Touches::SoumuInAudit,
         [](Workspace& w, Scene& s) {
             w.fieldwork().removeFinding(s.a26, s.scratch, versionOf(w.database(), u"audit_findings"_s, s.scratch));
         },
         addSoumuFinding},
        {u"write a working paper"_s, Operation::RecordAudit, Touches::SoumuInAudit,
         [](Workspace& w, Scene& s) {
             WorkingPaper paper;
             paper.auditId = s.a26;
             paper.unitId = s.soumu;
             paper.visitedOn = QDate(2026, 9, 2);
             paper.place = u"総務課"_s;
             paper.attendees = u"課長"_s;
             paper.summary = u"往査の記録"_s;
             w.fieldwork().addWorkingPaper(paper);
         }},
        {u"change a working paper"_s, Operation::RecordAudit, Touches::SoumuInAudit,
         [](Workspace& w, Scene& s) {
             WorkingPaper paper;
             paper.id = s.scratch;
             paper.auditId = s.a26;
             paper.unitId = s.jumin; // ignored: the paper's stored unit decides
             paper.visitedOn = QDate(2026, 9, 3);
             paper.place = u"会議室"_s;
             paper.attendees = u"係長"_s;
             paper.summary = u"書き換えた記録"_s;
             paper.stamp.version = versionOf(w.database(), u"working_papers"_s, s.scratch);
             w.fieldwork().updateWorkingPaper(paper);
         },
         [](Workspace& w, Scene& s) {
             s.scratch = idOf(w.database(),
                              u"INSERT INTO working_papers (audit_id, unit_id, visited_on, place, attendees, summary, "
                              "documents_received, created_at, created_by, updated_at, updated_by) VALUES (?, ?, "
                              "'2026-09-01', 'p', 'a', 's', '', 'x', 'x', 'x', 'x') RETURNING id"_s,
                              {s.a26, s.soumu});
         }},

        // The report
        {u"write the report's opinion"_s, Operation::WriteReportTexts, Touches::Audit,
         [](Workspace& w, Scene& s) {
             const ReportService::FreeText text =
                 w.reports().freeText(s.a26, QString::fromUtf16(ReportService::OpinionKey));
             w.reports().setFreeText(s.a26, QString::fromUtf16(ReportService::OpinionKey), u"概ね適切"_s, text.version);
         }},
        {u"read the audit report"_s,
         Operation::ReadOrganisationWide,
         Touches::Organisation,
         [](Workspace& w, Scene&) { w.reports().auditReport(2026, false); },
         {},
         false},
        {u"see the dashboard"_s,
         Operation::ReadOrganisationWide,
         Touches::Organisation,
         [](Workspace& w, Scene&) { w.dashboard().figures(2026); },
         {},
         false},
        {u"issue the audit report"_s, Operation::IssueAuditReports, Touches::Organisation,
         [](Workspace& w, Scene&) { w.reports().issue(ReportKind::Audit, 2026); }},
        {u"issue the remediation report"_s, Operation::IssueRemediationReport, Touches::Organisation,
         [](Workspace& w, Scene&) { w.reports().issue(ReportKind::Remediation, 2026); }},
        {u"issue the self-inspection summary"_s, Operation::IssueSelfInspectionSummary, Touches::Organisation,
         [](Workspace& w, Scene&) { w.reports().issue(ReportKind::SelfInspection, 2026); }},

        // Remediation of 総務課
        {u"read 総務課's notice"_s,
         Operation::ReadRemediation,
         Touches::Soumu,
         [](Workspace& w, Scene& s) { w.reports().unitNotice(2026, s.soumu); },
         {},
         false},
        {u"propose a plan"_s, Operation::PlanRemediation, Touches::Soumu,
         [](Workspace& w, Scene& s) {
             RemediationAction action;
             action.description = u"規程を改める"_s;
             action.ownerId = personOf(u"1003"_s);
             action.dueOn = QDate(2027, 3, 31);
             w.remediation().proposePlan(s.scratch, u"改善計画"_s, {action});
         },
         addSoumuFinding},
        {u"add an action"_s, Operation::PlanRemediation, Touches::Soumu,
         [](Workspace& w, Scene& s) {
             RemediationAction action;
             action.description = u"研修を行う"_s;
             action.ownerId = personOf(u"1003"_s);
             action.dueOn = QDate(2027, 1, 31);
             w.remediation().addAction(s.plan, action);
         }},
        {u"complete an action"_s, Operation::PlanRemediation, Touches::Soumu,
         [](Workspace& w, Scene& s) {
             w.remediation().completeAction(s.scratch, versionOf(w.database(), u"remediation_actions"_s, s.scratch));
         },
         [](Workspace& w, Scene& s) {
             s.scratch = idOf(w.database(), u"SELECT MIN(id) FROM remediation_actions WHERE plan_id = ?"_s, {s.plan});
             w.database().exec(u"UPDATE remediation_actions SET done = 0 WHERE id = ?"_s, {s.scratch});
         }},
        {u"start a plan"_s, Operation::PlanRemediation, Touches::Soumu,
         [](Workspace& w, Scene& s) {
             w.remediation().setStatus(s.plan, versionOf(w.database(), u"remediation_plans"_s, s.plan),
                                       PlanStatus::InProgress);
         },
         setPlanStatus(u"not_started")},
        {u"report progress"_s, Operation::PlanRemediation, Touches::Soumu,
         [](Workspace& w, Scene& s) {
             ProgressReport report;
             report.reportedOn = QDate::currentDate();
             report.percent = 40;
             report.narrative = u"半分ほど"_s;
             w.remediation().addProgressReport(s.plan, report);
         }},
        {u"verify a plan"_s, Operation::VerifyRemediation, Touches::SoumuInAudit,
         [](Workspace& w, Scene& s) {
             w.remediation().setStatus(s.plan, versionOf(w.database(), u"remediation_plans"_s, s.plan),
                                       PlanStatus::Verified, u"確認した"_s, 0, u"規程"_s);
         },
         setPlanStatus(u"completed")},
        {u"request an exception"_s, Operation::PlanRemediation, Touches::Soumu,
         [](Workspace& w, Scene& s) {
             SecurityException exception;
             exception.unitId = s.soumu;
             exception.items = s.item;
             exception.reason = u"代替策がある"_s;
             w.remediation().requestException(exception);
         }},
        {u"decide an exception"_s, Operation::DecideExceptions, Touches::Soumu,
         [](Workspace& w, Scene& s) {
             w.remediation().decideException(s.exception, versionOf(w.database(), u"exceptions"_s, s.exception),
                                             ExceptionDecision::Rejected, u"代替策が不十分"_s, {}, {}, {});
         },
         [](Workspace& w, Scene& s) {
             w.database().exec(u"UPDATE exceptions SET decision = 'pending' WHERE id = ?"_s, {s.exception});
         }},
        {u"ask other units to check"_s, Operation::AskCrossChecks, Touches::Organisation,
         [](Workspace& w, Scene& s) {
             w.remediation().askCrossCheck(s.finding, u"同じ問題がないか"_s, {s.jumin}, QDate(2027, 3, 1));
         }},
        {u"answer a cross-check"_s, Operation::PlanRemediation, Touches::Soumu,
         [](Workspace& w, Scene& s) {
             w.remediation().answerCrossCheck(s.crossCheckUnit,
                                              versionOf(w.database(), u"cross_check_units"_s, s.crossCheckUnit),
                                              CrossCheckAnswer::Absent, u"該当なし"_s);
         },
         [](Workspace& w, Scene& s) {
             w.database().exec(u"UPDATE cross_check_units SET answer = 'pending' WHERE id = ?"_s, {s.crossCheckUnit});
         }},
        {u"request progress reports"_s, Operation::RequestProgress, Touches::Organisation,
         [](Workspace& w, Scene& s) { w.remediation().requestProgress(s.soumu, QDate(2027, 3, 1), u"報告を"_s); }},

        // Self-inspection of 総務課
        {u"start a campaign"_s, Operation::StartCampaigns, Touches::Organisation,
         [](Workspace& w, Scene& s) {
             Campaign campaign = w.selfInspections().campaign(s.campaign);
             campaign.id = 0;
             campaign.title = u"臨時の自己点検"_s;
             w.selfInspections().createCampaign(campaign, {s.soumu});
         }},
        {u"see 総務課's answers"_s,
         Operation::ReadSelfInspection,
         Touches::SoumuInCampaign,
         [](Workspace& w, Scene& s) { w.selfInspections().answers(s.campaign, s.soumu); },
         {},
         false},
        {u"answer for 総務課"_s, Operation::AnswerSelfInspection, Touches::SoumuInCampaign,
         [](Workspace& w, Scene& s) {
             w.selfInspections().setAnswer(s.campaign, s.soumu, s.campaignItem, Answer::No, u"未実施"_s,
                                           versionOf(w.database(), u"campaign_answers"_s, s.scratch));
         },
         [setCampaignStatus](Workspace& w, Scene& s) {
             setCampaignStatus(u"in_progress")(w, s);
             s.scratch = w.database()
                             .scalar(u"SELECT id FROM campaign_answers WHERE campaign_id = ? AND unit_id = ? AND "
                                     "item_key = ?"_s,
                                     {s.campaign, s.soumu, s.campaignItem})
                             .toLongLong();
         }},
        {u"delegate answering"_s, Operation::DelegateSelfInspection, Touches::SoumuInCampaign,
         [](Workspace& w, Scene& s) { w.selfInspections().delegate(s.campaign, s.soumu, personOf(u"1053"_s)); }},
        {u"submit 総務課's answers"_s, Operation::SubmitSelfInspection, Touches::SoumuInCampaign,
         [](Workspace& w, Scene& s) { w.selfInspections().submit(s.campaign, s.soumu); },
         setCampaignStatus(u"in_progress")},
        {u"accept 総務課's answers"_s, Operation::ManageCampaign, Touches::Campaign,
         [](Workspace& w, Scene& s) { w.selfInspections().accept(s.campaign, s.soumu); },
         setCampaignStatus(u"submitted")},
        {u"return 総務課's answers"_s, Operation::ManageCampaign, Touches::Campaign,
         [](Workspace& w, Scene& s) { w.selfInspections().returnForRework(s.campaign, s.soumu, u"記入漏れ"_s); }},
    };
    return ops;
}

Session personSession(Database& db, const QString& code, const QList<Role>& roles)
{
    const qint64 person = personOf(code);
    Session session =
        sessionWithRoles(roles, person, db.scalar(u"SELECT unit_id FROM people WHERE id = ?"_s, {person}).toLongLong());
    session.login = u"as-"_s % code;
    return session;
}

// Every table's rows by key (their id, or all their values for link tables), without the change log.
using Snapshot = QHash<QString, QHash<QString, QVariantMap>>;

Snapshot snapshot(Database& db)
{
    Snapshot all;
    for (const QString& table : db.connection().tables(QSql::Tables)) {
        if (table == u"change_log"_s || table == u"checklist_items"_s || table.startsWith(u"sqlite_"_s))
            continue;
        QSqlQuery query = db.exec(u"SELECT * FROM "_s % table);
        while (query.next()) {
            const QSqlRecord record = query.record();
            QVariantMap row;
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), record.value(i));
            QString key = row.value(u"id"_s).toString();
            if (table == u"schema_info"_s)
                key = row.value(u"key"_s).toString();
            else if (table == u"fiscal_years"_s)
                key = row.value(u"year"_s).toString();
            else if (!row.contains(u"id"_s))
                key = QStringList(row.keys()).join(u',') % u'=' % [&] {
                    QStringList values;
                    for (const QVariant& v : row)
                        values << v.toString();
                    return values.join(u',');
                }();
            all[table].insert(key, row);
        }
    }
    return all;
}

// A link table's rows are logged as one field of their owner row.
struct LinkOwner
{
    QString ownerTable;
    QString field;
    std::function<qint64(Database&, const QVariantMap&)> owner;
};

const QHash<QString, LinkOwner>& linkOwners()
{
    static const QHash<QString, LinkOwner> owners{
        {u"audit_team"_s,
         {u"audits"_s, u"team"_s, [](Database&, const QVariantMap& r) { return r[u"audit_id"_s].toLongLong(); }}},
        {u"audit_chapters"_s,
         {u"audits"_s, u"chapters"_s, [](Database&, const QVariantMap& r) { return r[u"audit_id"_s].toLongLong(); }}},
        {u"person_roles"_s,
         {u"people"_s, u"roles"_s, [](Database&, const QVariantMap& r) { return r[u"person_id"_s].toLongLong(); }}},
        {u"campaign_chapters"_s,
         {u"campaigns"_s, u"chapters"_s,
          [](Database&, const QVariantMap& r) { return r[u"campaign_id"_s].toLongLong(); }}},
        {u"campaign_delegates"_s,
         {u"campaign_units"_s, u"delegates"_s,
          [](Database& db, const QVariantMap& r) {
              return db
                  .scalar(u"SELECT id FROM campaign_units WHERE campaign_id = ? AND unit_id = ?"_s,
                          {r[u"campaign_id"_s], r[u"unit_id"_s]})
                  .toLongLong();
          }}},
    };
    return owners;
}

// The changes between two snapshots that the change log must name: table, row and field (empty: the row as a
// whole was removed).
QStringList changesToLog(Database& db, const Snapshot& before, const Snapshot& after)
{
    static const QStringList stamps{u"version"_s,    u"created_at"_s, u"created_by"_s, u"updated_at"_s,
                                    u"updated_by"_s, u"issued_at"_s,  u"issued_by"_s,  u"id"_s};
    QStringList expected;
    QStringList tables = before.keys() + after.keys();
    tables.removeDuplicates();
    for (const QString& table : tables) {
        const auto& old = before.value(table);
        const auto& now = after.value(table);
        if (linkOwners().contains(table)) {
            const LinkOwner& link = linkOwners()[table];
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                if (!old.contains(it.key()))
                    expected << link.ownerTable % u'/' % QString::number(link.owner(db, it.value())) % u'/' %
                                    link.field;
            }
            for (auto it = old.cbegin(); it != old.cend(); ++it) {
                if (!now.contains(it.key()))
                    expected << link.ownerTable % u'/' % QString::number(link.owner(db, it.value())) % u'/' %
                                    link.field;
            }
            continue;
        }
        if (table == u"checklist_versions"_s) {
            // Content of a version: logged as the checklist's current_version.
            continue;
        }
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const QString rowId = table == u"schema_info"_s ? QString() : it.key();
            const QVariantMap previous = old.value(it.key());
            for (auto field = it->cbegin(); field != it->cend(); ++field) {
                if (stamps.contains(field.key()) || (table == u"accounts"_s && field.key().contains(u"fail"_s)))
                    continue;
                const QVariant was = previous.value(field.key());
                if (was.toString() == field->toString() && was.isNull() == field->isNull())
                    continue;
                if (!old.contains(it.key()) && (field->isNull() || field->toString().isEmpty()))
                    continue; // a new row's empty column
                QString name = table == u"schema_info"_s ? it.key() : field.key();
                if (name == u"password_hash"_s)
                    name = u"password"_s;
                if (table == u"schema_info"_s && field.key() != u"value"_s)
                    continue;
                expected << table % u'/' % rowId % u'/' % name;
            }
        }
        for (auto it = old.cbegin(); it != old.cend(); ++it) {
            if (!now.contains(it.key()))
                expected << table % u'/' % it.key() % u"/"_s;
        }
    }
    expected.removeDuplicates();
    expected.sort();
    return expected;
}

QStringList loggedSince(Database& db, qint64 lastLogId)
{
    QStringList logged;
    QSqlQuery query = db.exec(u"SELECT table_name, COALESCE(row_id, 0), action, COALESCE(field, '') FROM change_log "
                              "WHERE id > ?"_s,
                              {lastLogId});
    while (query.next()) {
        const QString row = query.value(1).toLongLong() ? query.value(1).toString() : QString();
        const QString field = query.value(2).toString() == u"delete"_s ? QString() : query.value(3).toString();
        logged << query.value(0).toString() % u'/' % row % u'/' % field;
    }
    logged.removeDuplicates();
    logged.sort();
    return logged;
}

} // namespace

class TestAccess final : public QObject
{
    Q_OBJECT

    TestDatabase m_test;
    Scene m_scene;
    QList<Subject> m_subjects;
    // On a secured server each subject's operation runs as its own login role, so that the database's row-level
    // policies decide with the services: a policy stricter than the table fails an operation the table allows.
    bool m_secured = qEnvironmentVariable("KANSA_TEST_SECURED") == u"1"_s;

    std::unique_ptr<Workspace> workspaceFor(const Session& session)
    {
        return std::make_unique<Workspace>(Database::open(m_test.spec()), session);
    }

    static void asLoginRole(Database& db, const QString& login)
    {
        QSqlQuery statement = db.exec(u"SELECT format('SET LOCAL SESSION AUTHORIZATION %I', ?::text)"_s,
                                      {DatabasePolicy::loginRole(db.spec().databaseName, login)});
        statement.next();
        db.execSchema(statement.value(0).toString());
    }

    // The subject's account and login role on the secured server, a member of the groups of its holders.
    static void addLoginFor(Database& db, const Session& session)
    {
        db.write(u"test"_s, [&](VersionedRows& changes) {
            changes.insert(u"accounts"_s, {{u"login"_s, session.login},
                                           {u"password_hash"_s, QString()},
                                           {u"display_name"_s, session.login},
                                           {u"is_administrator"_s, 0},
                                           {u"person_id"_s, session.personId}});
        });
        DatabasePolicy::createLogin(db, session.login, {}, false);
        DatabasePolicy::setHolders(db, session.login, AccessPolicy::holders(session));
    }

    // Runs one operation in a transaction that is rolled back, so that each starts from the same demo.
    // Returns "allowed", "denied" or the other error's message; check, when given, runs before the rollback.
    QString attempt(const Op& op, const Session& session,
                    const std::function<void(Database&, const std::function<void()>&)>& around = {})
    {
        std::unique_ptr<Workspace> workspace = workspaceFor(session);
        Database& db = workspace->database();
        Scene scene = m_scene;
        QString outcome;
        db.begin();
        try {
            if (op.prepare)
                op.prepare(*workspace, scene);
            // On a secured server the test, signed in as the server's superuser, becomes the subject's login role
            // for the operation alone.
            const auto run = [&] {
                if (m_secured)
                    asLoginRole(db, session.login);
                op.run(*workspace, scene);
                if (m_secured)
                    db.execSchema(u"RESET SESSION AUTHORIZATION"_s);
            };
            if (around)
                around(db, run);
            else
                run();
            outcome = u"allowed"_s;
        } catch (const PermissionDenied&) {
            outcome = u"denied"_s;
        } catch (const Error& error) {
            outcome = error.message();
        }
        db.rollback();
        return outcome;
    }

    static bool expected(const Subject& subject, const Op& op)
    {
        for (Holder holder : AccessPolicy::holders(subject.session)) {
            const Reach reach = AccessPolicy::reach(op.operation, holder);
            if (reach == Reach::Everything)
                return true;
            for (Relation relation : {OwnUnit, AuditTeam, AssignedUnit, AuditChief, CampaignOwner, Delegate}) {
                const bool holds = op.touches == Touches::NewAudit ? subject.session.personId != 0
                                                                   : (subject.relations & relation) != 0;
                if (reach == reachOf(relation) && (relationsThatCount(op.touches) & relation) && holds)
                    return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoOrganisation::create(m_test.spec());
        std::unique_ptr<Database> db = Database::open(m_test.spec());
        if (m_secured) {
            // The same operations on a server that enforces the policy with roles, whose triggers write the
            // change log.
            const QString admin =
                db->scalar(u"SELECT MIN(login) FROM accounts WHERE is_administrator = 1"_s).toString();
            db->write(admin, [&](VersionedRows&) { DatabasePolicy::secure(*db, admin, u"admin-password-1"_s); });
            db = Database::open(m_test.spec());
            QVERIFY(db->changesLoggedByServer());
        }
        Scene& s = m_scene;
        s.a26 = idOf(*db, u"SELECT id FROM audits WHERE fiscal_year = 2026"_s);
        s.soumu = idOf(*db, u"SELECT id FROM units WHERE code = 'S011'"_s);
        s.jumin = idOf(*db, u"SELECT id FROM units WHERE code = 'S021'"_s);
        s.campaign = idOf(*db, u"SELECT MIN(id) FROM campaigns"_s);
        s.finding = idOf(*db,
                         u"SELECT MIN(f.id) FROM audit_findings f JOIN remediation_plans p ON p.finding_id = f.id "
                         "WHERE f.audit_id = ? AND f.unit_id = ?"_s,
                         {s.a26, s.soumu});
        s.plan = idOf(*db, u"SELECT id FROM remediation_plans WHERE finding_id = ?"_s, {s.finding});
        s.assignment =
            idOf(*db, u"SELECT id FROM audit_assignments WHERE audit_id = ? AND unit_id = ? AND person_id = ?"_s,
                 {s.a26, s.soumu, personOf(u"1041"_s)});
        s.crossCheckUnit = idOf(*db, u"SELECT MIN(id) FROM cross_check_units WHERE unit_id = ?"_s, {s.soumu});
        s.exception = idOf(*db, u"SELECT MIN(id) FROM exceptions WHERE unit_id = ?"_s, {s.soumu});
        s.staffAccount = idOf(*db, u"SELECT id FROM accounts WHERE login = 'm.ito'"_s);
        s.removablePerson = personOf(u"1005"_s);
        s.item = db->scalar(u"SELECT MIN(item_key) FROM audit_results WHERE audit_id = ? AND unit_id = ?"_s,
                            {s.a26, s.soumu})
                     .toString();
        s.campaignItem =
            db->scalar(u"SELECT MIN(item_key) FROM campaign_answers WHERE campaign_id = ? AND unit_id = ?"_s,
                       {s.campaign, s.soumu})
                .toString();
        s.checklistKey = db->scalar(u"SELECT checklist_key FROM audits WHERE id = ?"_s, {s.a26}).toString();
        QVERIFY(!s.item.isEmpty() && !s.campaignItem.isEmpty());

        m_subjects = {
            {u"administrator"_s, {}, 0},
            {u"CISO"_s, personSession(*db, u"1001"_s, {Role::Ciso}), 0},
            {u"chief information security manager"_s, personSession(*db, u"1012"_s, {Role::ChiefSecurityManager}),
             CampaignOwner},
            {u"department security officer"_s, personSession(*db, u"1002"_s, {Role::DepartmentSecurityOfficer}), 0},
            {u"section security manager of 総務課"_s, personSession(*db, u"1003"_s, {Role::SectionSecurityManager}),
             OwnUnit},
            {u"section security manager of 住民課"_s, personSession(*db, u"1017"_s, {Role::SectionSecurityManager}), 0},
            {u"system manager"_s, personSession(*db, u"1010"_s, {Role::SystemManager}), 0},
            {u"system operator"_s, personSession(*db, u"1014"_s, {Role::SystemOperator}), 0},
            {u"chief auditor"_s, personSession(*db, u"1051"_s, {Role::ChiefAuditor}),
             AuditTeam | AssignedUnit | AuditChief},
            {u"auditor assigned to 総務課"_s, personSession(*db, u"1041"_s, {Role::Auditor}), AuditTeam | AssignedUnit},
            {u"auditor not assigned to 総務課"_s, personSession(*db, u"1050"_s, {Role::Auditor}), AuditTeam},
            {u"staff of 総務課"_s, personSession(*db, u"1004"_s, {Role::Staff}), OwnUnit | Delegate},
        };
        m_subjects[0].session.administrator = true;
        m_subjects[0].session.login = u"admin"_s;
        m_subjects[0].session.accountId = idOf(*db, u"SELECT id FROM accounts WHERE login = 'admin'"_s);
        if (m_secured) {
            for (const Subject& subject : std::as_const(m_subjects).mid(1))
                addLoginFor(*db, subject.session);
        }

        // The draft audit of 令和9年度 the chief auditor leads, and 総務課's staff member asked to answer.
        std::unique_ptr<Workspace> chief = workspaceFor(m_subjects[8].session);
        AuditPlan next = chief->audits().audit(s.a26);
        next.id = 0;
        next.fiscalYear = 2027;
        next.title = u"令和9年度 情報セキュリティ監査"_s;
        next.previousAuditId = 0;
        s.a27 = chief->audits().createAudit(next);
        chief->audits().setUnits(s.a27, {s.soumu});
        chief->audits().setTeam(s.a27, {personOf(u"1051"_s), personOf(u"1041"_s)});
        std::unique_ptr<Workspace> manager = workspaceFor(m_subjects[4].session);
        manager->selfInspections().delegate(s.campaign, s.soumu, personOf(u"1004"_s));
    }

    // Every operation for every role gives what the table says.
    void everyRoleGetsWhatThePolicySays()
    {
        QStringList mismatches;
        int pairs = 0;
        for (const Op& op : operations()) {
            for (const Subject& subject : m_subjects) {
                QString outcome = attempt(op, subject.session);
                // On a secured server a record beyond the subject's reach is not there for them to find.
                if (m_secured && outcome.endsWith(u"no longer exists."_s))
                    outcome = u"denied"_s;
                const QString wanted = expected(subject, op) ? u"allowed"_s : u"denied"_s;
                ++pairs;
                if (outcome != wanted)
                    mismatches << op.name % u" as "_s % subject.name % u": "_s % outcome % u" (the table: "_s % wanted %
                                      u')';
            }
        }
        qInfo("%d (operation, role) pairs checked", pairs);
        for (const QString& mismatch : std::as_const(mismatches))
            qWarning("%s", qPrintable(mismatch));
        QCOMPARE(mismatches.size(), 0);
    }

    // Every mutation, run by someone allowed to, leaves a change-log row for each field it changed, and the tables
    // replay from the log.
    void everyChangedFieldIsInTheChangeLog()
    {
        QStringList problems;
        int checked = 0;
        for (const Op& op : operations()) {
            if (!op.mutation)
                continue;
            const auto allowed = std::find_if(m_subjects.cbegin(), m_subjects.cend(),
                                              [&](const Subject& subject) { return expected(subject, op); });
            if (allowed == m_subjects.cend()) {
                problems << op.name % u": nobody may"_s;
                continue;
            }
            QStringList changed;
            QStringList logged;
            const QString outcome = attempt(op, allowed->session, [&](Database& db, const std::function<void()>& run) {
                const qint64 lastLog = db.scalar(u"SELECT COALESCE(MAX(id), 0) FROM change_log"_s).toLongLong();
                const Snapshot before = snapshot(db);
                // What the test's own preparation wrote beside the log is there before the operation runs.
                RecordVerification prepared;
                RecordReplay::check(db, prepared);
                run();
                changed = changesToLog(db, before, snapshot(db));
                logged = loggedSince(db, lastLog);
                // And the tables are what the log says they are (RecordReplay): nothing written beside it.
                RecordVerification replayed;
                RecordReplay::check(db, replayed);
                for (const RecordProblem& problem : std::as_const(replayed.problems)) {
                    if (std::none_of(prepared.problems.cbegin(), prepared.problems.cend(),
                                     [&](const RecordProblem& p) { return p.what == problem.what; }))
                        problems << op.name % u": "_s % problem.what;
                }
                // A server that keeps the passwords changes no row of Kansa's for a new one, and logs it all the same.
                if (changed.isEmpty() && db.changesLoggedByServer() && logged.size() == 1 &&
                    logged.constFirst().endsWith(u"/password"_s))
                    changed = logged;
            });
            if (outcome != u"allowed"_s) {
                problems << op.name % u": "_s % outcome;
                continue;
            }
            if (changed.isEmpty())
                problems << op.name % u": changed nothing"_s;
            for (const QString& change : std::as_const(changed)) {
                ++checked;
                if (!logged.contains(change))
                    problems << op.name % u": "_s % change % u" is not in the change log (logged: "_s %
                                    logged.join(u", "_s) % u')';
            }
        }
        qInfo("%d changed fields found in the change log", checked);
        for (const QString& problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QCOMPARE(problems.size(), 0);
    }

    // An import is refused before its file is read: the person learns nothing about the file, and no reader runs
    // on a file its reader may not look at.
    void permissionBeforeTheFileIsRead()
    {
        const Subject& staff = m_subjects.last();
        std::unique_ptr<Workspace> workspace = workspaceFor(staff.session);
        const QString missing = u"/nonexistent/returned.xlsx"_s;
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, PeopleCsvImport(workspace->organisation()).requireAllowed());
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, UnitCsvImport(workspace->organisation()).requireAllowed());
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, workspace->checklists().requireManage());
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, CampaignWorkbook::read(workspace->selfInspections(), missing));
    }

    // Users' data is written only through the write path (model/store): no INSERT, UPDATE or DELETE and no
    // transaction of its own anywhere else. The demo writes its invented history (stamps in the past) directly,
    // and sign-in counts are state, not records.
    void noWriteOutsideTheWritePath()
    {
        static const QRegularExpression write(
            u"\"\\s*(INSERT (OR \\w+ )?INTO|UPDATE \\w+ SET|DELETE FROM)|Transaction \\w+\\("_s);
        static const QStringList allowed{u"model/store/"_s, u"model/demo/"_s};
        static const QRegularExpression signInState(u"UPDATE accounts SET failed_attempts"_s);
        QStringList offenders;
        int files = 0;
        for (const QString& folder : {u"model"_s, u"views"_s, u"app"_s}) {
            QDirIterator it(QStringLiteral(KANSA_SOURCE_DIR) % u'/' % folder, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = path.mid(QStringLiteral(KANSA_SOURCE_DIR).size() + 1);
                ++files;
                if (std::any_of(allowed.cbegin(), allowed.cend(),
                                [&](const QString& p) { return relative.startsWith(p); }))
                    continue;
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                int line = 0;
                for (const QByteArray& text : file.readAll().split('\n')) {
                    ++line;
                    const QString source = QString::fromUtf8(text);
                    if (write.match(source).hasMatch() && !signInState.match(source).hasMatch())
                        offenders << relative % u':' % QString::number(line) % u": "_s % source.trimmed();
                }
            }
        }
        QVERIFY(files > 100);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }
};

QTEST_MAIN(TestAccess)
#include "test_access.moc"
