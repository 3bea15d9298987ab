#include "TestDatabase.h"

#include "audit/FieldworkService.h"
#include "checklist/ChecklistLibrary.h"
#include "common/Error.h"
#include "demo/DemoOrganisation.h"
#include "exchange/XlsxReader.h"
#include "org/OrganisationService.h"
#include "selfinspection/CampaignWorkbook.h"
#include "selfinspection/SelfInspectionService.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

// Two sections with a manager and a staff member each, a chief information security manager who owns the
// campaign of the staff self-inspection sheet.
struct Fixture
{
    TestDatabase test;
    std::unique_ptr<Workspace> admin;
    qint64 soumu = 0, zeimu = 0, owner = 0, soumuManager = 0, soumuStaff = 0, zeimuManager = 0;

    Fixture()
        : admin(test.createOrganisation())
    {
        OrganisationService& org = admin->organisation();
        auto unit = [&](const QString& name, const QString& code) {
            Unit u;
            u.name = name;
            u.code = code;
            return org.addUnit(u);
        };
        soumu = unit(u"総務課"_s, u"S1"_s);
        zeimu = unit(u"税務課"_s, u"S2"_s);
        const qint64 joho = unit(u"情報政策室"_s, u"S3"_s);
        auto person = [&](const QString& name, qint64 unitId, QList<Role> roles) {
            Person p;
            p.name = name;
            p.unitId = unitId;
            p.roles = roles;
            return org.addPerson(p);
        };
        owner = person(u"佐藤 統括"_s, joho, {Role::ChiefSecurityManager});
        soumuManager = person(u"総務 課長"_s, soumu, {Role::SectionSecurityManager});
        soumuStaff = person(u"総務 職員"_s, soumu, {Role::Staff});
        zeimuManager = person(u"税務 課長"_s, zeimu, {Role::SectionSecurityManager});
    }

    Session ownerSession() const { return sessionWithRoles({Role::ChiefSecurityManager}, owner, 0); }
    Session managerOf(qint64 unit) const
    {
        return sessionWithRoles({Role::SectionSecurityManager}, unit == soumu ? soumuManager : zeimuManager, unit);
    }

    qint64 campaign(SelfInspectionService& service)
    {
        Campaign c;
        c.fiscalYear = 2026;
        c.title = u"令和8年度 職員自己点検"_s;
        c.checklistKey = u"staff-self-inspection"_s;
        c.deadline = QDate(2026, 10, 30);
        return service.createCampaign(c, {soumu, zeimu});
    }
};

QString exportTo(SelfInspectionService& service, qint64 campaign, qint64 unit, const QTemporaryDir& dir)
{
    const QString path = dir.filePath(CampaignWorkbook::fileName(service, campaign, unit));
    CampaignWorkbook::exportUnit(service, campaign, unit, path);
    return path;
}

// A workbook with a Kansa identity sheet written by hand, to try what a person could do to a file.
QString handMadeWorkbook(const QTemporaryDir& dir, const QString& name, const QList<QPair<QString, QString>>& identity,
                         const QList<QStringList>& rows, bool formulaInAnswer = false, bool withChecklistSheet = true)
{
    const QString path = dir.filePath(name);
    lxw_workbook* workbook = workbook_new(QFile::encodeName(path).constData());
    if (withChecklistSheet) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, "点検票");
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < rows[r].size(); ++c)
                worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c),
                                       rows[r][c].toUtf8().constData(), nullptr);
        }
        if (formulaInAnswer)
            worksheet_write_formula(sheet, 1, 4, "=\"○\"", nullptr);
    }
    lxw_worksheet* kansa = workbook_add_worksheet(workbook, "kansa");
    for (int r = 0; r < identity.size(); ++r) {
        worksheet_write_string(kansa, static_cast<lxw_row_t>(r), 0, identity[r].first.toUtf8().constData(), nullptr);
        worksheet_write_string(kansa, static_cast<lxw_row_t>(r), 1, identity[r].second.toUtf8().constData(), nullptr);
    }
    workbook_close(workbook);
    return path;
}

} // namespace

class TestSelfInspection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answeringInTheApplication()
    {
        Fixture f;
        SelfInspectionService owner(f.admin->database(), f.ownerSession());
        const qint64 id = f.campaign(owner);
        QCOMPARE(owner.units(id).size(), 2);
        const QString item = owner.items(id).first()->id;
        QCOMPARE(owner.items(id).size(), 55);

        SelfInspectionService manager(f.admin->database(), f.managerOf(f.soumu));
        QCOMPARE(manager.units(id).size(), 1); // only its own unit
        manager.setAnswer(id, f.soumu, item, Answer::Partly, u"一部の端末で未設定"_s, 0);
        QCOMPARE(manager.unit(id, f.soumu).status, CampaignUnitStatus::InProgress);
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, manager.setAnswer(id, f.zeimu, item, Answer::Yes, {}, 0));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, manager.answers(id, f.zeimu));
        QVERIFY_THROWS_EXCEPTION(StaleEdit, manager.setAnswer(id, f.soumu, item, Answer::Yes, {}, 0));

        // Staff answer once their manager delegates to them.
        SelfInspectionService staff(f.admin->database(), sessionWithRoles({Role::Staff}, f.soumuStaff, f.soumu));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.setAnswer(id, f.soumu, item, Answer::Yes, {}, 1));
        manager.delegate(id, f.soumu, f.soumuStaff);
        staff.setAnswer(id, f.soumu, item, Answer::Yes, {}, 1);

        // Submitted answers are locked until the owner returns them.
        manager.submit(id, f.soumu);
        QVERIFY_THROWS_EXCEPTION(Error, manager.setAnswer(id, f.soumu, item, Answer::No, {}, 2));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, manager.returnForRework(id, f.soumu, u"理由"_s));
        QVERIFY_THROWS_EXCEPTION(Error, owner.returnForRework(id, f.soumu, u" "_s));
        owner.returnForRework(id, f.soumu, u"コメントを記入してください。"_s);
        QCOMPARE(owner.unit(id, f.soumu).status, CampaignUnitStatus::Returned);
        QCOMPARE(owner.unit(id, f.soumu).returnReason, u"コメントを記入してください。"_s);
        manager.setAnswer(id, f.soumu, item, Answer::No, u"未設定"_s, 2);
        manager.submit(id, f.soumu);
        owner.accept(id, f.soumu);
        QCOMPARE(owner.unit(id, f.soumu).status, CampaignUnitStatus::Accepted);
        QCOMPARE(owner.progress(id, f.soumu).answered, 1);

        SelfInspectionService staffOnly(f.admin->database(), sessionWithRoles({Role::Staff}, f.soumuStaff, f.soumu));
        Campaign c;
        c.title = u"x"_s;
        c.checklistKey = u"staff-self-inspection"_s;
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staffOnly.createCampaign(c, {f.soumu}));
    }

    void answersAreReadAsPeopleTypeThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("answer"); // -1: not an answer
        QTest::newRow("○") << u"○"_s << int(Answer::Yes);
        QTest::newRow("〇 kanji zero") << u"〇"_s << int(Answer::Yes);
        QTest::newRow("◯ large circle") << u" ◯ "_s << int(Answer::Yes);
        QTest::newRow("はい") << u"はい"_s << int(Answer::Yes);
        QTest::newRow("full-width YES") << u"ＹＥＳ"_s << int(Answer::Yes);
        QTest::newRow("△") << u"△"_s << int(Answer::Partly);
        QTest::newRow("×") << u"×"_s << int(Answer::No);
        QTest::newRow("half-width x") << u"x"_s << int(Answer::No);
        QTest::newRow("いいえ") << u"いいえ"_s << int(Answer::No);
        QTest::newRow("full-width minus") << u"－"_s << int(Answer::NotApplicable);
        QTest::newRow("該当なし") << u"該当なし"_s << int(Answer::NotApplicable);
        QTest::newRow("empty") << QString() << int(Answer::Unanswered);
        QTest::newRow("maybe") << u"たぶん"_s << -1;
        QTest::newRow("number") << u"1"_s << -1;
    }
    void answersAreReadAsPeopleTypeThem()
    {
        QFETCH(QString, text);
        QFETCH(int, answer);
        const std::optional<Answer> parsed = SelfInspectionTexts::parse(text);
        if (answer < 0)
            QVERIFY(!parsed);
        else
            QCOMPARE(int(*parsed), answer);
    }

    void workbookRoundTrip()
    {
        Fixture f;
        SelfInspectionService owner(f.admin->database(), f.ownerSession());
        const qint64 id = f.campaign(owner);
        SelfInspectionService manager(f.admin->database(), f.managerOf(f.zeimu));
        const QList<const ChecklistItem*> items = owner.items(id);
        manager.setAnswer(id, f.zeimu, items[0]->id, Answer::No, u"ロック設定なし"_s, 0);
        manager.setAnswer(id, f.zeimu, items[1]->id, Answer::Yes, {}, 0);
        QTemporaryDir dir;
        const QString path = exportTo(owner, id, f.zeimu, dir);
        // The answers are cleared in the database; the workbook brings them back.
        f.admin->database().exec(u"DELETE FROM campaign_answers"_s);
        CampaignWorkbook::Preview preview = CampaignWorkbook::read(owner, path);
        QVERIFY2(preview.ok(), qPrintable(preview.problems.value(0).toString()));
        QCOMPARE(preview.unitId, f.zeimu);
        QCOMPARE(preview.added, 2);
        QCOMPARE(CampaignWorkbook::apply(owner, preview), 2);
        QCOMPARE(owner.answers(id, f.zeimu).value(items[0]->id).comment, u"ロック設定なし"_s);
        QCOMPARE(owner.answers(id, f.zeimu).value(items[1]->id).answer, Answer::Yes);
        // The same file twice changes nothing.
        preview = CampaignWorkbook::read(owner, path);
        QCOMPARE(preview.added + preview.changed, 0);
        QCOMPARE(CampaignWorkbook::apply(owner, preview), 0);
        // Only the owner imports.
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, CampaignWorkbook::apply(manager, preview));
    }

    // A framework imported in English only (an OSCAL catalog) is asked in English in the workbook.
    void anEnglishOnlyChecklistIsAskedInEnglish()
    {
        Fixture f;
        const ChecklistReader::Result catalog =
            f.admin->checklists().readImport(qEnvironmentVariable("KANSA_DATA_DIR") % u"/oscal/sample-catalog.json"_s);
        QVERIFY2(catalog.ok(), qPrintable(catalog.problems.value(0).toString()));
        f.admin->checklists().importOwn(catalog.checklist);
        SelfInspectionService owner(f.admin->database(), f.ownerSession());
        Campaign c;
        c.fiscalYear = 2026;
        c.title = u"NIST SP 800-53"_s;
        c.checklistKey = u"sample-catalog"_s;
        c.deadline = QDate(2026, 10, 30);
        const qint64 id = owner.createCampaign(c, {f.soumu});
        QTemporaryDir dir;
        const QString path = exportTo(owner, id, f.soumu, dir);
        QStringList questions;
        for (const XlsxReader::Sheet& sheet : XlsxReader::read(path)) {
            for (const QStringList& row : sheet.rows)
                questions << row.value(3); // the question column of the 点検票 sheet
        }
        QVERIFY2(questions.contains(u"Account Management | Automated System Account Management"_s),
                 qPrintable(questions.join(u'\n')));
        QVERIFY2(CampaignWorkbook::read(owner, path).ok(), "the workbook reads back");
    }

    // Workbooks imported together go in together: when one is refused as it is written (its unit accepted in the
    // meantime), the others are not written either.
    void workbooksGoInTogetherOrNotAtAll()
    {
        Fixture f;
        SelfInspectionService owner(f.admin->database(), f.ownerSession());
        const qint64 id = f.campaign(owner);
        const QList<const ChecklistItem*> items = owner.items(id);
        for (qint64 unit : {f.soumu, f.zeimu})
            SelfInspectionService(f.admin->database(), f.managerOf(unit))
                .setAnswer(id, unit, items[0]->id, Answer::No, u"未設定"_s, 0);
        QTemporaryDir dir;
        const QList<QString> paths{exportTo(owner, id, f.soumu, dir), exportTo(owner, id, f.zeimu, dir)};
        f.admin->database().exec(u"DELETE FROM campaign_answers"_s);
        QList<CampaignWorkbook::Preview> previews;
        for (const QString& path : paths)
            previews << CampaignWorkbook::read(owner, path);
        QVERIFY(previews[0].ok() && previews[1].ok());
        // 税務課's answers are accepted between the preview and the import.
        f.admin->database().exec(
            u"UPDATE campaign_units SET status = 'accepted' WHERE campaign_id = ? AND unit_id = ?"_s, {id, f.zeimu});
        QVERIFY_THROWS_EXCEPTION(Error, CampaignWorkbook::applyAll(owner, previews));
        QVERIFY(owner.answers(id, f.soumu).isEmpty());
        // Without it, the rest go in; one with problems is left out.
        previews[1].problems.append({previews[1].file, {}, u"壊れている"_s});
        QCOMPARE(CampaignWorkbook::applyAll(owner, previews), 1);
        QCOMPARE(owner.answers(id, f.soumu).value(items[0]->id).answer, Answer::No);
        QVERIFY(owner.answers(id, f.zeimu).isEmpty());
    }

    void libreOfficeResave()
    {
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        QVERIFY2(!soffice.isEmpty(), "LibreOffice (soffice) is not installed: the test command installs it");
        Fixture f;
        SelfInspectionService owner(f.admin->database(), f.ownerSession());
        const qint64 id = f.campaign(owner);
        SelfInspectionService manager(f.admin->database(), f.managerOf(f.soumu));
        const QList<const ChecklistItem*> items = owner.items(id);
        for (int i = 0; i < items.size(); ++i)
            manager.setAnswer(id, f.soumu, items[i]->id, i % 5 == 0 ? Answer::No : Answer::Yes,
                              i % 5 == 0 ? u"対応中"_s : QString(), 0);
        QTemporaryDir dir;
        const QString path = exportTo(owner, id, f.soumu, dir);
        f.admin->database().exec(u"DELETE FROM campaign_answers"_s);
        QDir out(dir.filePath(u"resaved"_s));
        QVERIFY(out.mkpath(u"."_s));
        QProcess libreoffice;
        libreoffice.start(soffice, {u"-env:UserInstallation=file://"_s % dir.filePath(u"profile"_s), u"--headless"_s,
                                    u"--convert-to"_s, u"xlsx"_s, u"--outdir"_s, out.path(), path});
        QVERIFY(libreoffice.waitForFinished(120000));
        const QString resaved = out.filePath(QFileInfo(path).fileName());
        QVERIFY2(QFile::exists(resaved), libreoffice.readAllStandardError().constData());
        const CampaignWorkbook::Preview preview = CampaignWorkbook::read(owner, resaved);
        QVERIFY2(preview.ok(), qPrintable(preview.problems.value(0).toString()));
        QCOMPARE(CampaignWorkbook::apply(owner, preview), static_cast<int>(items.size()));
        QCOMPARE(owner.progress(id, f.soumu).answered, static_cast<int>(items.size()));
        QCOMPARE(owner.answers(id, f.soumu).value(items[0]->id).comment, u"対応中"_s);
        QCOMPARE(owner.unit(id, f.soumu).status, CampaignUnitStatus::Submitted);
    }

    void badWorkbooksImportNothing()
    {
        Fixture f;
        SelfInspectionService owner(f.admin->database(), f.ownerSession());
        const qint64 id = f.campaign(owner);
        const QString token = owner.unit(id, f.soumu).token;
        const QString zeimuToken = owner.unit(id, f.zeimu).token;
        const QString first = owner.items(id).first()->id;
        const int version = owner.campaign(id).checklistVersion;
        QTemporaryDir dir;
        auto identity = [&](qint64 unit, const QString& t) {
            return QList<QPair<QString, QString>>{{u"format"_s, u"kansa-self-inspection-1"_s},
                                                  {u"campaign"_s, QString::number(id)},
                                                  {u"unit"_s, QString::number(unit)},
                                                  {u"checklist"_s, u"staff-self-inspection"_s},
                                                  {u"checklist_version"_s, QString::number(version)},
                                                  {u"token"_s, t}};
        };
        QList<QStringList> rows{{u"ID"_s, u"章"_s, u"条項"_s, u"質問"_s, u"回答"_s, u"コメント"_s}};
        for (const ChecklistItem* item : owner.items(id))
            rows << QStringList{item->id, {}, {}, {}, u"○"_s, {}};

        const struct
        {
            QString name;
            QString path;
            QString expected; // a word of the problem
        } cases[] = {
            {u"tampered token"_s, handMadeWorkbook(dir, u"a.xlsx"_s, identity(f.soumu, u"0000"_s), rows), u"kansa"_s},
            {u"another unit's workbook"_s, handMadeWorkbook(dir, u"b.xlsx"_s, identity(f.soumu, zeimuToken), rows),
             u"kansa"_s},
            {u"missing sheet"_s, handMadeWorkbook(dir, u"c.xlsx"_s, identity(f.soumu, token), rows, false, false),
             u"点検票"_s},
            {u"extra row"_s,
             handMadeWorkbook(dir, u"d.xlsx"_s, identity(f.soumu, token),
                              rows + QList<QStringList>{{u"staff-99-9"_s, {}, {}, {}, u"○"_s}}),
             u"A57"_s},
            {u"formula in an answer"_s, handMadeWorkbook(dir, u"e.xlsx"_s, identity(f.soumu, token), rows, true),
             u"E2"_s},
            {u"unreadable answer"_s,
             handMadeWorkbook(dir, u"f.xlsx"_s, identity(f.soumu, token),
                              QList<QStringList>{rows[0], {first, {}, {}, {}, u"たぶん"_s}} + rows.mid(2)),
             u"E2"_s},
            {u"deleted row"_s, handMadeWorkbook(dir, u"g.xlsx"_s, identity(f.soumu, token), rows.mid(0, 30)),
             u"deleted"_s},
        };
        for (const auto& c : cases) {
            const CampaignWorkbook::Preview preview = CampaignWorkbook::read(owner, c.path);
            QVERIFY2(!preview.ok(), qPrintable(c.name));
            QVERIFY2(preview.problems.first().toString().contains(c.expected) ||
                         preview.problems.first().toString().contains(u"削除"_s),
                     qPrintable(c.name % u": "_s % preview.problems.first().toString()));
            QVERIFY_THROWS_EXCEPTION(Error, CampaignWorkbook::apply(owner, preview));
        }
        // A corrupt zip.
        QFile broken(dir.filePath(u"broken.xlsx"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray("PK\x03\x04 this is not a whole archive", 36));
        broken.close();
        QVERIFY(!CampaignWorkbook::read(owner, broken.fileName()).ok());
        QCOMPARE(f.admin->database().scalar(u"SELECT COUNT(*) FROM campaign_answers"_s).toInt(), 0);
    }

    // Mangled returned workbooks never crash the import and never write anything.
    void fuzzReturnedWorkbooks()
    {
        Fixture f;
        SelfInspectionService owner(f.admin->database(), f.ownerSession());
        const qint64 id = f.campaign(owner);
        QTemporaryDir dir;
        QFile exported(exportTo(owner, id, f.soumu, dir));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray bytes = exported.readAll();
        QRandomGenerator random(7);
        for (int round = 0; round < 150; ++round) {
            QByteArray mangled = bytes;
            for (int i = 0; i < 1 + static_cast<int>(random.bounded(6)); ++i)
                mangled[random.bounded(mangled.size())] = static_cast<char>(random.bounded(256));
            const QString path = dir.filePath(u"mangled-%1.xlsx"_s.arg(round));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(mangled);
            out.close();
            const CampaignWorkbook::Preview preview = CampaignWorkbook::read(owner, path);
            if (preview.ok())
                CampaignWorkbook::apply(owner, preview); // an intact one carries no answers
        }
        QCOMPARE(f.admin->database().scalar(u"SELECT COUNT(*) FROM campaign_answers"_s).toInt(), 0);
    }

    void consolidation()
    {
        Fixture f;
        SelfInspectionService owner(f.admin->database(), f.ownerSession());
        const qint64 id = f.campaign(owner);
        const QList<const ChecklistItem*> items = owner.items(id);
        for (qint64 unit : {f.soumu, f.zeimu}) {
            SelfInspectionService manager(f.admin->database(), f.managerOf(unit));
            manager.setAnswer(id, unit, items[0]->id, Answer::No, {}, 0);
            manager.setAnswer(id, unit, items[1]->id, unit == f.soumu ? Answer::No : Answer::Yes, {}, 0);
        }
        const auto most = owner.mostOftenNo(id);
        QCOMPARE(most.first(), qMakePair(items[0]->id, 2));
        const auto matrix = owner.matrix(id);
        QCOMPARE(matrix.size(), 2);
        int no = 0;
        for (const auto& counts : matrix.value(f.soumu))
            no += counts[static_cast<std::size_t>(Answer::No)];
        QCOMPARE(no, 2);
        QVERIFY(owner.comparisonWithAudit(id).isEmpty()); // no audit of the year yet
    }

    // In the audit workspace the unit's self-inspection answer stands beside the result: for the same item,
    // or for the standards item a staff sheet item derives from.
    void answerBesideTheAuditResult()
    {
        TestDatabase test;
        DemoOrganisation::create(test.spec());
        auto db = Database::open(test.spec());
        FieldworkService chief(
            *db, sessionWithRoles({Role::ChiefAuditor},
                                  db->scalar(u"SELECT id FROM people WHERE code = '1051'"_s).toLongLong()));
        SelfInspectionService owner(
            *db, sessionWithRoles({Role::ChiefSecurityManager},
                                  db->scalar(u"SELECT id FROM people WHERE code = '1012'"_s).toLongLong()));
        const qint64 audit = db->scalar(u"SELECT id FROM audits WHERE fiscal_year = 2026"_s).toLongLong();
        const qint64 campaign = owner.campaigns().first().id;
        const qint64 unit = db->scalar(u"SELECT id FROM units WHERE code = 'S011'"_s).toLongLong();
        const ChecklistItem* staffItem = nullptr;
        for (const ChecklistItem* item : owner.items(campaign)) {
            if (!staffItem && !item->derivedFrom.isEmpty() && owner.answers(campaign, unit).contains(item->id))
                staffItem = item;
        }
        QVERIFY(staffItem);
        const auto answers = chief.selfInspectionAnswers(audit, unit);
        QVERIFY(answers.contains(staffItem->derivedFrom.first()));
        QCOMPARE(answers.value(staffItem->derivedFrom.first()).answer,
                 SelfInspectionTexts::key(owner.answers(campaign, unit).value(staffItem->id).answer));
        QVERIFY(!answers.contains(u"std-does-not-exist"_s));

        // The consolidation finds the same disagreements, ○ against 不適合 first.
        const QList<SelfInspectionService::Disagreement> disagreements = owner.comparisonWithAudit(campaign);
        QVERIFY(!disagreements.isEmpty());
        QVERIFY(disagreements.first().standsOut);
        QCOMPARE(disagreements.first().answer, Answer::Yes);
        QCOMPARE(disagreements.first().auditResult, u"non_conforming"_s);
        QVERIFY(disagreements.first().itemKey.startsWith(u"staff-"_s));
        QVERIFY(disagreements.first().auditItemKey.startsWith(u"std-"_s));
    }

    void threeHundredWorkbooks()
    {
        TestDatabase test;
        auto admin = test.createOrganisation();
        QList<qint64> units;
        for (int i = 0; i < 300; ++i) {
            Unit unit;
            unit.name = u"課 %1"_s.arg(i);
            unit.code = u"U%1"_s.arg(i, 3, 10, QChar(u'0'));
            units << admin->organisation().addUnit(unit);
        }
        SelfInspectionService owner(admin->database(), admin->session());
        Campaign c;
        c.fiscalYear = 2026;
        c.title = u"全庁自己点検"_s;
        c.checklistKey = u"staff-self-inspection"_s;
        c.chapters = {u"1"_s}; // 8 items: enough to carry answers, small enough for a test
        const qint64 id = owner.createCampaign(c, units);
        QTemporaryDir dir;
        for (qint64 unit : units)
            exportTo(owner, id, unit, dir);
        int imported = 0;
        for (const QString& name : QDir(dir.path()).entryList({u"*.xlsx"_s})) {
            const CampaignWorkbook::Preview preview = CampaignWorkbook::read(owner, dir.filePath(name));
            QVERIFY2(preview.ok(), qPrintable(preview.problems.value(0).toString()));
            CampaignWorkbook::apply(owner, preview);
            ++imported;
        }
        QCOMPARE(imported, 300);
    }
};

QTEST_GUILESS_MAIN(TestSelfInspection)
#include "test_self_inspection.moc"
