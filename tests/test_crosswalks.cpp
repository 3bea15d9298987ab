#include "TestDatabase.h"

#include "RandomEdits.h"
#include "audit/AuditPlanService.h"
#include "audit/FieldworkService.h"
#include "checklist/ChecklistLibrary.h"
#include "checklist/ChecklistReader.h"
#include "checklist/CrosswalkService.h"
#include "checklist/ItemCorrespondence.h"
#include "common/Error.h"
#include "dashboard/DashboardService.h"
#include "org/OrganisationService.h"
#include "policy/ChecklistDerivation.h"
#include "remediation/RemediationService.h"
#include "selfinspection/SelfInspectionService.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

QString item(const QString& id, const QString& source)
{
    const QJsonObject object{
        {u"id"_s, id},
        {u"ref"_s, id},
        {u"source"_s, source},
        {u"question"_s, QJsonObject{{u"ja"_s, QString(source % u"か。"_s)}, {u"en"_s, u"Is it so?"_s}}},
        {u"roles"_s, QJsonArray{u"staff"_s}},
        {u"level"_s, u"unit"_s},
        {u"evidence"_s, QJsonArray{QJsonObject{{u"ja"_s, u"規程"_s}, {u"en"_s, u"Rules"_s}}}}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A checklist of the organisation's own: chapters of one section each, given as (number, items JSON).
Checklist ownChecklist(const QList<QPair<QString, QStringList>>& chapters)
{
    QJsonArray written;
    for (const auto& [number, items] : chapters) {
        QJsonArray parsed;
        for (const QString& each : items)
            parsed << QJsonDocument::fromJson(each.toUtf8()).object();
        written << QJsonObject{
            {u"number"_s, number},
            {u"title"_s, QJsonObject{{u"ja"_s, QString(u"第"_s % number % u"章"_s)}, {u"en"_s, number}}},
            {u"sections"_s,
             QJsonArray{QJsonObject{{u"number"_s, QString(number % u"(1)"_s)},
                                    {u"title"_s, QJsonObject{{u"ja"_s, u"節"_s}, {u"en"_s, u"Section"_s}}},
                                    {u"items"_s, parsed}}}}};
    }
    const QJsonObject root{
        {u"format"_s, u"kansa-checklist"_s},
        {u"id"_s, u"town"_s},
        {u"version"_s, 1},
        {u"kind"_s, u"standards"_s},
        {u"title"_s, QJsonObject{{u"ja"_s, u"町の対策基準"_s}, {u"en"_s, u"The town's standards"_s}}},
        {u"documents"_s,
         QJsonArray{QJsonObject{{u"id"_s, u"town"_s}, {u"title"_s, u"町の対策基準"_s}, {u"layer"_s, u"standards"_s}}}},
        {u"chapters"_s, written}};
    const ChecklistReader::Result read = ChecklistReader::readJson(QJsonDocument(root).toJson(), u"town.json"_s);
    if (!read.ok())
        qFatal("the fixture's checklist is not valid: %s", qPrintable(read.problems.first().toString()));
    return read.checklist;
}

const QString Password = u"パスワードは8文字以上とし、定期的に変更する"_s;
const QString PasswordLength = u"パスワードは8文字以上とする"_s;
const QString PasswordChange = u"パスワードは定期的に変更する"_s;
const QString Locks = u"サーバ室は施錠する"_s;
const QString Backup = u"バックアップを取得する"_s;

// The town's standards, revised: version 1 asks t-1 (passwords), t-2 (locks), t-3 (backups) in chapter 1; version 2
// renumbers them, splits the password item in two (chapter 1: t-2, t-3) and moves locks and backups to chapter 2
// (t-1, t-4). The crosswalk from version 2 to version 1 says so.
struct Fixture
{
    TestDatabase test;
    std::unique_ptr<Workspace> admin;
    qint64 soumu = 0, chief = 0, owner = 0, manager = 0, staff = 0;
    ChecklistRef v1{u"town"_s, 1}, v2{u"town"_s, 2};

    Fixture()
        : admin(test.createOrganisation())
    {
        OrganisationService& org = admin->organisation();
        Unit unit;
        unit.name = u"総務課"_s;
        unit.code = u"S1"_s;
        soumu = org.addUnit(unit);
        const auto person = [&](const QString& name, QList<Role> roles) {
            Person p;
            p.name = name;
            p.unitId = soumu;
            p.roles = roles;
            return org.addPerson(p);
        };
        chief = person(u"監査 統括"_s, {Role::ChiefAuditor});
        owner = person(u"佐藤 統括"_s, {Role::ChiefSecurityManager});
        manager = person(u"総務 課長"_s, {Role::SectionSecurityManager});
        staff = person(u"総務 職員"_s, {Role::Staff});
        ChecklistLibrary& library = admin->checklists();
        library.importOwn(
            ownChecklist({{u"1"_s, {item(u"t-1"_s, Password), item(u"t-2"_s, Locks), item(u"t-3"_s, Backup)}}}));
        library.importOwn(ownChecklist({{u"1"_s, {item(u"t-2"_s, PasswordLength), item(u"t-3"_s, PasswordChange)}},
                                        {u"2"_s, {item(u"t-1"_s, Locks), item(u"t-4"_s, Backup)}}}));
    }

    Session chiefSession() const { return sessionWithRoles({Role::ChiefAuditor}, chief, soumu); }
    Session ownerSession() const { return sessionWithRoles({Role::ChiefSecurityManager}, owner, soumu); }

    CrosswalkLink link(const QString& from, CrosswalkRelation relation, const QString& to) const
    {
        CrosswalkLink link;
        link.from = v2;
        link.fromItem = from;
        link.relation = relation;
        link.to = v1;
        link.toItem = to;
        return link;
    }

    void linkRevision(CrosswalkService& crosswalks) const
    {
        crosswalks.add(link(u"t-1"_s, CrosswalkRelation::Equal, u"t-2"_s));
        crosswalks.add(link(u"t-2"_s, CrosswalkRelation::Subset, u"t-1"_s));
        crosswalks.add(link(u"t-3"_s, CrosswalkRelation::Subset, u"t-1"_s));
        crosswalks.add(link(u"t-4"_s, CrosswalkRelation::Equal, u"t-3"_s));
    }

    // An audit of 総務課 over the checklist's version (0: the current one), in progress.
    qint64 audit(AuditPlanService& plans, int fiscalYear, int version)
    {
        AuditPlan plan;
        plan.fiscalYear = fiscalYear;
        plan.title = u"監査"_s;
        plan.checklistKey = u"town"_s;
        plan.checklistVersion = version;
        plan.approvedOn = QDate(fiscalYear, 6, 1);
        const qint64 id = plans.createAudit(plan);
        plans.setUnits(id, {soumu});
        startFieldwork(plans, id);
        return id;
    }

    void startFieldwork(AuditPlanService& plans, qint64 id)
    {
        AuditPlan plan = plans.audit(id);
        if (!plan.approvedOn.isValid()) {
            plan.approvedOn = QDate(plan.fiscalYear, 6, 1);
            plans.updateAudit(plan);
        }
        plans.setStatus(id, plans.audit(id).stamp.version, AuditStatus::Approved);
        plans.setStatus(id, plans.audit(id).stamp.version, AuditStatus::InProgress);
    }

    // Last year's audit on version 1 (t-1 non-conforming, t-2 and t-3 conforming) and this year's on version 2.
    std::pair<qint64, qint64> twoYears()
    {
        AuditPlanService plans(admin->database(), chiefSession());
        const qint64 before = audit(plans, 2025, 1);
        FieldworkService fieldwork(admin->database(), chiefSession());
        fieldwork.setResult(before, soumu, u"t-1"_s, AuditResult::NonConforming, {}, 0);
        fieldwork.setResult(before, soumu, u"t-2"_s, AuditResult::Conforming, {}, 0);
        fieldwork.setResult(before, soumu, u"t-3"_s, AuditResult::Conforming, {}, 0);
        const qint64 next = plans.createNextYear(before);
        startFieldwork(plans, next);
        return {before, next};
    }
};

QByteArray csv(const QStringList& lines)
{
    return (u"from_checklist,from_version,from_item,relation,to_checklist,to_version,to_item,score,note\n"_s %
            lines.join(u'\n') % u'\n')
        .toUtf8();
}

int linkCount(Database& db)
{
    return db.scalar(u"SELECT COUNT(*) FROM crosswalk_links"_s).toInt();
}

} // namespace

class TestCrosswalks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedEditedAndRefused()
    {
        Fixture f;
        Database& db = f.admin->database();
        CrosswalkService crosswalks(db, f.chiefSession());
        const qint64 id = crosswalks.add(f.link(u"t-2"_s, CrosswalkRelation::Related, u"t-1"_s));
        QList<CrosswalkLink> links = crosswalks.links();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().id, id);
        QCOMPARE(links.first().relation, CrosswalkRelation::Related);
        QCOMPARE(links.first().to, f.v1);
        QCOMPARE(links.first().stamp.version, 1);
        QVERIFY_THROWS_EXCEPTION(Error, crosswalks.add(f.link(u"t-2"_s, CrosswalkRelation::Equal, u"t-1"_s)));
        QVERIFY_THROWS_EXCEPTION(Error, crosswalks.add(f.link(u"t-9"_s, CrosswalkRelation::Equal, u"t-1"_s)));
        CrosswalkLink sameVersion = f.link(u"t-2"_s, CrosswalkRelation::Equal, u"t-2"_s);
        sameVersion.to = f.v2;
        QVERIFY_THROWS_EXCEPTION(Error, crosswalks.add(sameVersion));

        // Changed once; the same edit again is stale.
        CrosswalkLink edited = links.first();
        edited.relation = CrosswalkRelation::Subset;
        edited.note = u"パスワードの長さのみ"_s;
        crosswalks.update(edited);
        QVERIFY_THROWS_EXCEPTION(StaleEdit, crosswalks.update(edited));
        links = crosswalks.links(f.v1);
        QCOMPARE(links.first().relation, CrosswalkRelation::Subset);
        QCOMPARE(links.first().note, u"パスワードの長さのみ"_s);
        QCOMPARE(links.first().stamp.version, 2);
        // Read from the other side, a part is covered by the whole.
        const auto byItem = crosswalks.linksByItem(f.v1);
        QCOMPARE(byItem.value(u"t-1"_s).size(), 1);
        QCOMPARE(byItem.value(u"t-1"_s).first().relation, CrosswalkRelation::Superset);
        QCOMPARE(byItem.value(u"t-1"_s).first().toItem, u"t-2"_s);
        QVERIFY(db.scalar(u"SELECT COUNT(*) FROM change_log WHERE table_name = 'crosswalk_links'"_s).toInt() >= 2);

        // Staff may read the crosswalk and not change it.
        CrosswalkService staff(db, sessionWithRoles({Role::Staff}, f.staff, f.soumu));
        QCOMPARE(staff.links().size(), 1);
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.add(f.link(u"t-3"_s, CrosswalkRelation::Subset, u"t-1"_s)));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.remove(id, 2));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.importCsv(csv({})));

        QVERIFY_THROWS_EXCEPTION(StaleEdit, crosswalks.remove(id, 1));
        crosswalks.remove(id, 2);
        QVERIFY(crosswalks.links().isEmpty());
        QVERIFY_THROWS_EXCEPTION(StaleEdit, crosswalks.remove(id, 2));
    }

    // A link changed as an item of its right side reads it (linksByItem) keeps the direction it was stored in.
    void aLinkChangedFromItsOtherSide()
    {
        Fixture f;
        CrosswalkService crosswalks(f.admin->database(), f.chiefSession());
        crosswalks.add(f.link(u"t-2"_s, CrosswalkRelation::Subset, u"t-1"_s));
        CrosswalkLink seen = crosswalks.linksByItem(f.v1).value(u"t-1"_s).first();
        QCOMPARE(seen.relation, CrosswalkRelation::Superset);
        seen.note = u"分割した"_s;
        crosswalks.update(seen);
        const CrosswalkLink stored = crosswalks.links().first();
        QCOMPARE(stored.from, f.v2);
        QCOMPARE(stored.relation, CrosswalkRelation::Subset);
        QCOMPARE(stored.note, u"分割した"_s);
        QCOMPARE(crosswalks.linksByItem(f.v1).value(u"t-1"_s).first().relation, CrosswalkRelation::Superset);
    }

    void importErrorsNameLineAndColumn()
    {
        Fixture f;
        Database& db = f.admin->database();
        CrosswalkService crosswalks(db, f.chiefSession());
        const CrosswalkService::ImportOutcome outcome = crosswalks.importCsv(csv({
            u"town,2,t-1,equal,town,1,t-2,,"_s,
            u"town,2,t-9,equal,town,1,t-2,,"_s,    // line 3: no item t-9 in version 2
            u"town,2,t-2,overlaps,town,1,t-1,,"_s, // line 4: no such relation
            u"town,x,t-3,subset,town,1,t-1,,"_s,   // line 5: not a version
            u"town,2,t-4,equal,nowhere,1,t-3,,"_s, // line 6: no such checklist
            u"town,2,t-1,related,town,1,t-2,,"_s,  // line 7: line 2 again
            u"town,2,t-4,equal,town,1,t-3,1.5,"_s, // line 8: a score above 1
        }));
        QCOMPARE(linkCount(db), 0); // nothing of the file
        QStringList problems;
        for (const ImportProblem& problem : outcome.problems)
            problems << problem.toString(u"links.csv"_s);
        QCOMPARE(problems.size(), 6);
        const auto has = [&](int line, int column, const QString& field) {
            return std::ranges::any_of(outcome.problems, [&](const ImportProblem& p) {
                return p.line == line && p.column == column && p.field == field;
            });
        };
        QVERIFY2(has(3, 3, u"from_item"_s), qPrintable(problems.join(u'\n')));
        QVERIFY2(has(4, 4, u"relation"_s), qPrintable(problems.join(u'\n')));
        QVERIFY2(has(5, 2, u"from_version"_s), qPrintable(problems.join(u'\n')));
        QVERIFY2(has(6, 6, u"to_version"_s), qPrintable(problems.join(u'\n')));
        QVERIFY2(has(7, 7, u"to_item"_s), qPrintable(problems.join(u'\n')));
        QVERIFY2(has(8, 8, u"score"_s), qPrintable(problems.join(u'\n')));
        QVERIFY(problems.first().startsWith(u"links.csv:3"_s));
        QVERIFY(std::ranges::any_of(problems, [](const QString& p) { return p.contains(u"line 2"_s); }));

        // A missing column is named before any line is read.
        const CrosswalkService::ImportOutcome headless = crosswalks.importCsv("from_checklist,from_item\ntown,t-1\n");
        QVERIFY(!headless.problems.isEmpty());
        QCOMPARE(linkCount(db), 0);
    }

    void damagedFilesNeverCrash()
    {
        Fixture f;
        Database& db = f.admin->database();
        CrosswalkService crosswalks(db, f.chiefSession());
        const QByteArray valid = csv({u"town,2,t-1,equal,town,1,t-2,,"_s, u"town,2,t-2,subset,town,1,t-1,0.5,分割"_s,
                                      u"town,2,t-3,subset,town,1,t-1,,\"分割, 後半\""_s});
        QRandomGenerator random(20261204);
        int imported = 0;
        for (int i = 0; i < 300; ++i) {
            const QByteArray mangled = randomlyEdited(random, valid);
            const int before = linkCount(db);
            const CrosswalkService::ImportOutcome outcome = crosswalks.importCsv(mangled);
            if (!outcome.problems.isEmpty())
                QCOMPARE(linkCount(db), before); // a refused file writes nothing
            else
                imported += outcome.added;
        }
        QVERIFY(linkCount(db) == imported);
    }

    void roundTrip()
    {
        QByteArray exported;
        {
            Fixture f;
            CrosswalkService crosswalks(f.admin->database(), f.chiefSession());
            f.linkRevision(crosswalks);
            CrosswalkLink scored = f.link(u"t-1"_s, CrosswalkRelation::Related, u"t-3"_s);
            scored.score = 0.41234;
            scored.note = u"施錠と、\"バックアップ\"の保管,\n同じ部屋"_s;
            crosswalks.add(scored);
            exported = crosswalks.exportCsv();
        }
        QVERIFY(exported.contains("0.412"));
        Fixture fresh;
        CrosswalkService crosswalks(fresh.admin->database(), fresh.chiefSession());
        const CrosswalkService::ImportOutcome outcome = crosswalks.importCsv(exported);
        QVERIFY(outcome.problems.isEmpty());
        QCOMPARE(outcome.added, 5);
        QCOMPARE(crosswalks.exportCsv(), exported);
        // The same file again changes nothing; a changed relation is taken.
        QCOMPARE(crosswalks.importCsv(exported).unchanged, 5);
        QByteArray changed = exported;
        changed.replace("t-4,equal", "t-4,related");
        const CrosswalkService::ImportOutcome again = crosswalks.importCsv(changed);
        QCOMPARE(again.changed, 1);
        QCOMPARE(crosswalks.exportCsv(), changed);
    }

    void resolverAcrossTheRevision()
    {
        Fixture f;
        CrosswalkService crosswalks(f.admin->database(), f.chiefSession());
        f.linkRevision(crosswalks);
        const ItemCorrespondence back = ItemCorrespondence::between(f.admin->database(), f.v2, f.v1);
        QCOMPARE(back.counterparts(u"t-1"_s), QStringList{u"t-2"_s}); // renumbered: not v1's t-1
        QCOMPARE(back.counterparts(u"t-2"_s), QStringList{u"t-1"_s});
        QStringList split = back.origins(u"t-1"_s);
        split.sort();
        QCOMPARE(split, (QStringList{u"t-2"_s, u"t-3"_s}));
        // Read from the other side, the same links.
        const ItemCorrespondence forward = ItemCorrespondence::between(f.admin->database(), f.v1, f.v2);
        QCOMPARE(forward.counterparts(u"t-3"_s), QStringList{u"t-4"_s});
        // Without a crosswalk, versions of one checklist keep their ids; another checklist has no counterparts.
        const ItemCorrespondence none = ItemCorrespondence::between(f.admin->database(), f.v2, {u"basic-policy"_s, 1});
        QVERIFY(none.counterparts(u"t-1"_s).isEmpty());
        QCOMPARE(ItemCorrespondence::between(f.admin->database(), f.v1, f.v1).counterparts(u"t-1"_s),
                 QStringList{u"t-1"_s});
    }

    void lastYearBesideThisYearsItems()
    {
        Fixture f;
        CrosswalkService crosswalks(f.admin->database(), f.chiefSession());
        const auto [before, next] = f.twoYears();
        FieldworkService fieldwork(f.admin->database(), f.chiefSession());
        // Without the crosswalk the ids alone would put passwords' result beside locks.
        QCOMPARE(fieldwork.previousYear(next, f.soumu).results.value(u"t-1"_s), AuditResult::NonConforming);
        f.linkRevision(crosswalks);
        const QHash<QString, AuditResult> previous = fieldwork.previousYear(next, f.soumu).results;
        QCOMPARE(previous.value(u"t-1"_s), AuditResult::Conforming);    // locks, t-2 last year
        QCOMPARE(previous.value(u"t-2"_s), AuditResult::NonConforming); // half of passwords
        QCOMPARE(previous.value(u"t-3"_s), AuditResult::NonConforming); // the other half
        QCOMPARE(previous.value(u"t-4"_s), AuditResult::Conforming);    // backups, t-3 last year
        QCOMPARE(previous.size(), 4);
        QVERIFY(before != next);
    }

    // Last year's findings still open reach this year's items through the crosswalk; those remedied do not.
    void openFindingsAcrossTheRevision()
    {
        Fixture f;
        CrosswalkService crosswalks(f.admin->database(), f.chiefSession());
        const auto [before, next] = f.twoYears();
        FieldworkService fieldwork(f.admin->database(), f.chiefSession());
        const auto raise = [&](const QString& item, Severity severity, const QString& title) {
            Finding finding;
            finding.auditId = before;
            finding.unitId = f.soumu;
            finding.itemKey = item;
            finding.severity = severity;
            finding.title = title;
            finding.condition = u"現状"_s;
            return fieldwork.addFinding(finding);
        };
        const qint64 passwords = raise(u"t-1"_s, Severity::Major, u"パスワードが変更されていない"_s);
        const qint64 locks = raise(u"t-2"_s, Severity::Minor, u"サーバ室が施錠されていない"_s);
        const qint64 backups = raise(u"t-3"_s, Severity::Advice, u"復元の試験がない"_s);
        // Locks remedied and verified; backups in progress; passwords without a plan.
        RemediationService unit(f.admin->database(),
                                sessionWithRoles({Role::SectionSecurityManager}, f.manager, f.soumu));
        RemediationService auditor(f.admin->database(), f.chiefSession());
        const RemediationAction action{0, u"是正する"_s, f.manager, QDate(2026, 3, 31), false, {}};
        const qint64 lockPlan = unit.proposePlan(locks, u"施錠の徹底"_s, {action});
        unit.setStatus(lockPlan, 1, PlanStatus::InProgress);
        unit.setStatus(lockPlan, 2, PlanStatus::Completed);
        auditor.setStatus(lockPlan, 3, PlanStatus::Verified, u"施錠を確認した"_s, 0, u"施錠記録簿"_s);
        const qint64 backupPlan = unit.proposePlan(backups, u"復元試験の実施"_s, {action});
        unit.setStatus(backupPlan, 1, PlanStatus::InProgress);

        // Without the crosswalk the ids alone: last year's passwords sit on this year's t-1 (now locks).
        QCOMPARE(fieldwork.previousYear(next, f.soumu).openFindings.value(u"t-1"_s).size(), 1);
        f.linkRevision(crosswalks);
        const FieldworkService::PreviousYear previous = fieldwork.previousYear(next, f.soumu);
        const auto ids = [&](const QString& item) {
            QList<qint64> found;
            for (const FieldworkService::OpenFinding& finding : previous.openFindings.value(item))
                found << finding.findingId;
            return found;
        };
        QVERIFY(ids(u"t-1"_s).isEmpty());                  // locks: remedied last year
        QCOMPARE(ids(u"t-2"_s), QList<qint64>{passwords}); // half of passwords
        QCOMPARE(ids(u"t-3"_s), QList<qint64>{passwords}); // the other half
        QCOMPARE(ids(u"t-4"_s), QList<qint64>{backups});
        QCOMPARE(previous.openFindings.size(), 3);
        const FieldworkService::OpenFinding& open = previous.openFindings.value(u"t-4"_s).first();
        QCOMPARE(open.itemKey, u"t-3"_s);
        QCOMPARE(open.severity, Severity::Advice);
        QCOMPARE(open.title, u"復元の試験がない"_s);
        QCOMPARE(open.planStatus, PlanStatus::InProgress);
        QVERIFY(!previous.openFindings.value(u"t-2"_s).first().planStatus.has_value());
        QCOMPARE(previous.results.value(u"t-2"_s), AuditResult::NonConforming);
        // The organisation's row shows the units' findings on its items.
        QCOMPARE(fieldwork.previousYear(next, FieldworkService::OrganisationScope).openFindings.size(), 3);
    }

    void mergedItemsTakeTheWorseResult()
    {
        Fixture f;
        CrosswalkService crosswalks(f.admin->database(), f.chiefSession());
        const auto [before, next] = f.twoYears();
        // This year's t-4 said to cover both last year's locks (conforming) and passwords (non-conforming).
        crosswalks.add(f.link(u"t-4"_s, CrosswalkRelation::Superset, u"t-1"_s));
        crosswalks.add(f.link(u"t-4"_s, CrosswalkRelation::Superset, u"t-2"_s));
        FieldworkService fieldwork(f.admin->database(), f.chiefSession());
        QCOMPARE(fieldwork.previousYear(next, f.soumu).results.value(u"t-4"_s), AuditResult::NonConforming);
        QVERIFY(before != next);
    }

    void selfInspectionOnTheOldVersion()
    {
        Fixture f;
        CrosswalkService crosswalks(f.admin->database(), f.chiefSession());
        f.linkRevision(crosswalks);
        // The campaign asked version 1; the year's audit asks version 2.
        SelfInspectionService owner(f.admin->database(), f.ownerSession());
        Campaign c;
        c.fiscalYear = 2026;
        c.title = u"自己点検"_s;
        c.checklistKey = u"town"_s;
        c.checklistVersion = 1;
        const qint64 campaign = owner.createCampaign(c, {f.soumu});
        SelfInspectionService manager(f.admin->database(),
                                      sessionWithRoles({Role::SectionSecurityManager}, f.manager, f.soumu));
        manager.setAnswer(campaign, f.soumu, u"t-1"_s, Answer::Yes, {}, 0); // passwords: yes
        manager.setAnswer(campaign, f.soumu, u"t-2"_s, Answer::No, {}, 0);  // locks: no
        AuditPlanService plans(f.admin->database(), f.chiefSession());
        const qint64 audit = f.audit(plans, 2026, 2);
        FieldworkService fieldwork(f.admin->database(), f.chiefSession());
        fieldwork.setResult(audit, f.soumu, u"t-1"_s, AuditResult::Conforming, {}, 0);    // locks
        fieldwork.setResult(audit, f.soumu, u"t-3"_s, AuditResult::NonConforming, {}, 0); // passwords, half
        const QList<SelfInspectionService::Disagreement> disagreements = owner.comparisonWithAudit(campaign);
        QCOMPARE(disagreements.size(), 2);
        QCOMPARE(disagreements[0].itemKey, u"t-1"_s);
        QCOMPARE(disagreements[0].auditItemKey, u"t-3"_s);
        QVERIFY(disagreements[0].standsOut);
        QCOMPARE(disagreements[1].itemKey, u"t-2"_s);
        QCOMPARE(disagreements[1].auditItemKey, u"t-1"_s);
        QCOMPARE(disagreements[1].auditResult, u"conforming"_s);
        // Beside the audit's result, the answer to the item that became it.
        const auto answers = fieldwork.selfInspectionAnswers(audit, f.soumu);
        QCOMPARE(answers.value(u"t-3"_s).answer, SelfInspectionTexts::key(Answer::Yes));
        QCOMPARE(answers.value(u"t-1"_s).answer, SelfInspectionTexts::key(Answer::No));
        QVERIFY(!answers.contains(u"t-4"_s));
    }

    // The report's year on year (the dashboard's chapter figures) compares this year's chapters with last year's
    // results of the items that became them.
    void yearOnYearAcrossTheRevision()
    {
        Fixture f;
        CrosswalkService crosswalks(f.admin->database(), f.chiefSession());
        f.linkRevision(crosswalks);
        const auto [before, next] = f.twoYears();
        FieldworkService fieldwork(f.admin->database(), f.chiefSession());
        fieldwork.setResult(next, f.soumu, u"t-2"_s, AuditResult::Conforming, {}, 0);
        fieldwork.setResult(next, f.soumu, u"t-1"_s, AuditResult::Conforming, {}, 0);
        const DashboardFigures figures = f.admin->dashboard().figures(2026);
        const auto chapter = [&](const QString& number) {
            const auto at = std::ranges::find(figures.chapters, number, &ComplianceFigure::key);
            return at == figures.chapters.end() ? ComplianceFigure{} : *at;
        };
        QCOMPARE(chapter(u"1"_s).previousRate, 0.0);   // passwords, non-conforming last year
        QCOMPARE(chapter(u"2"_s).previousRate, 100.0); // locks and backups, conforming
        QVERIFY(before != next);
    }

    void derivationMakesLinks()
    {
        Fixture f;
        CrosswalkService crosswalks(f.admin->database(), f.chiefSession());
        const Checklist against = f.admin->checklists().load(u"town"_s, 1);
        Derivation derivation;
        const auto draft = [](const QString& id, const QString& source, const QString& matched, double score,
                              bool isNew) {
            DraftItem item;
            item.item.id = id;
            item.item.source = source;
            item.matchedId = matched;
            item.score = score;
            item.isNew = isNew;
            return item;
        };
        derivation.items = {draft(u"t-1"_s, Locks, u"t-2"_s, 1.0, false),
                            draft(u"t-2"_s, PasswordLength, u"t-1"_s, 0.61, false),
                            draft(u"t-3"_s, u"私物の持込みは禁止する"_s, u"t-3"_s, 0.12, true)};
        QCOMPARE(crosswalks.storeDerived(derivation, against, f.v2, f.v1), 2);
        const QList<CrosswalkLink> links = crosswalks.links();
        QCOMPARE(links.size(), 2);
        QCOMPARE(links[0].fromItem, u"t-1"_s);
        QCOMPARE(links[0].relation, CrosswalkRelation::Equal);
        QCOMPARE(links[1].relation, CrosswalkRelation::Related);
        QCOMPARE(links[1].score, 0.61);
        // Stored again, nothing is added.
        QCOMPARE(crosswalks.storeDerived(derivation, against, f.v2, f.v1), 0);
    }

    // A reviewed draft is saved with its links to the checklist it was matched against in one transaction: a link
    // that cannot be stored leaves the library without the draft as well.
    void reviewedDraftSavedWithItsLinks()
    {
        Fixture f;
        ChecklistLibrary& library = f.admin->checklists();
        CrosswalkService crosswalks(f.admin->database(), f.admin->session());
        const Checklist against = library.load(u"town"_s, 1);
        Checklist draft = ownChecklist({{u"1"_s, {item(u"d-1"_s, Locks), item(u"d-2"_s, u"私物は持ち込まない"_s)}}});
        draft.id = u"draft"_s;
        Derivation derivation;
        for (const auto& [id, matched, score] : {std::tuple{u"d-1"_s, u"t-2"_s, 1.0}, {u"d-2"_s, u"t-3"_s, 0.4}}) {
            DraftItem drafted;
            drafted.item.id = id;
            drafted.item.source = id == u"d-1"_s ? Locks : u"私物は持ち込まない"_s;
            drafted.matchedId = matched;
            drafted.score = score;
            derivation.items << drafted;
        }
        const ChecklistLibrary::ImportOutcome saved = library.importDerived(draft, derivation, against, crosswalks);
        QCOMPARE(saved.version, 1);
        const QList<CrosswalkLink> links = crosswalks.links(ChecklistRef{u"draft"_s, 1});
        QCOMPARE(links.size(), 2);
        QCOMPARE(links[0].fromItem, u"d-1"_s);
        QCOMPARE(links[0].to, f.v1);
        QCOMPARE(links[0].toItem, u"t-2"_s);
        QCOMPARE(links[0].relation, CrosswalkRelation::Equal); // the same words
        QCOMPARE(links[1].relation, CrosswalkRelation::Related);

        draft.id = u"draft-2"_s;
        derivation.items[1].matchedId = u"t-9"_s; // not in the checklist compared with
        QString refused;
        try {
            library.importDerived(draft, derivation, against, crosswalks);
        } catch (const Error& error) {
            refused = error.message();
        }
        QVERIFY2(refused.contains(u"t-9"_s), qPrintable(refused)); // refused by the links, after the checklist
        QVERIFY_THROWS_EXCEPTION(Error, library.load(u"draft-2"_s));
        QVERIFY(crosswalks.links(ChecklistRef{u"draft-2"_s, 1}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrosswalks)
#include "test_crosswalks.moc"
