#include "TestDatabase.h"

#include "audit/AuditWorkspace.h"
#include "audit/AuditsPage.h"
#include "audit/FieldworkService.h"
#include "audit/FindingDialog.h"
#include "auth/AccountsDialog.h"
#include "checklist/ChecklistEditor.h"
#include "checklist/ChecklistLibrary.h"
#include "checklist/ChecklistTreeModel.h"
#include "checklist/ChecklistsPage.h"
#include "checklist/CrosswalkLinkDialog.h"
#include "checklist/CrosswalkService.h"
#include "common/MessageBox.h"
#include "demo/DemoOrganisation.h"
#include "org/OrganisationService.h"
#include "record/RecordBackup.h"
#include "record/YearArchive.h"
#include "selfinspection/SelfInspectionService.h"
#include "selfinspection/SelfInspectionsPage.h"
#include "settings/Translations.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

void addDemoUnits(OrganisationService& service)
{
    Unit dept;
    dept.name = u"総務部"_s;
    dept.kind = UnitKind::Department;
    const qint64 d = service.addUnit(dept);
    for (const QString& name : {u"総務課"_s, u"税務課"_s}) {
        Unit section;
        section.name = name;
        section.parentId = d;
        const qint64 s = service.addUnit(section);
        for (int i = 0; i < 3; ++i) {
            Person person;
            person.name = name % u" 職員"_s % QString::number(i);
            person.kana = u"しょくいん"_s;
            person.unitId = s;
            person.roles = {i == 0 ? Role::SectionSecurityManager : Role::Staff};
            service.addPerson(person);
        }
    }
    service.addFiscalYear(2026);
}

// A main window on a new organisation with two sections of three people each, in English.
void openOrganisation(MainWindow& window, TestDatabase& test)
{
    Translations::apply(u"en"_s);
    auto workspace = test.createOrganisation();
    addDemoUnits(workspace->organisation());
    window.setWorkspace(std::move(workspace));
    window.show();
}

// Selects the item in the checklist browser's tree.
void selectChecklistItem(ChecklistsPage& page, const QString& itemId)
{
    auto* tree = page.findChild<QTreeView*>(u"checklistTree"_s);
    const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0), ChecklistTreeModel::ItemIdRole,
                                                       itemId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    tree->setCurrentIndex(found.first());
}

// Answers the crosswalk link dialog the next time it opens: the item of the checklist found by search (for a new
// link), the relation and the note.
void answerLinkDialog(QObject* context, const QString& checklist, const QString& search, const QString& relation,
                      const QString& note)
{
    QTimer::singleShot(0, context, [=] {
        auto* dialog = qobject_cast<CrosswalkLinkDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        if (!checklist.isEmpty()) {
            auto* choice = dialog->findChild<QComboBox*>(u"linkChecklist"_s);
            choice->setCurrentIndex(choice->findData(checklist));
            dialog->findChild<QLineEdit*>(u"linkSearch"_s)->setText(search);
            auto* items = dialog->findChild<QListWidget*>(u"linkItems"_s);
            int shown = 0;
            for (int i = items->count() - 1; i >= 0; --i) {
                if (!items->item(i)->isHidden()) {
                    items->setCurrentRow(i);
                    ++shown;
                }
            }
            QCOMPARE(shown, 1);
        }
        auto* relations = dialog->findChild<QComboBox*>(u"linkRelation"_s);
        relations->setCurrentIndex(relations->findData(relation));
        auto* noteField = dialog->findChild<QLineEdit*>(u"linkNote"_s);
        noteField->setText(note);
        dialog->accept();
    });
}

QStringList menuTitles(QMainWindow& window)
{
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

class TestGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestHandler([this](QMessageBox::Icon, const QString&, const QString& text) {
            m_messages << text;
            return QMessageBox::Yes;
        });
    }

    void init() { m_messages.clear(); }

    void mainWindowShowsAreas()
    {
        TestDatabase test;
        MainWindow window;
        openOrganisation(window, test);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* navigation = window.findChild<QListWidget*>(u"navigation"_s);
        auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
        QVERIFY(navigation && pages);
        QCOMPARE(navigation->count(), 7);
        QCOMPARE(pages->count(), 7);
        QCOMPARE(pages->currentWidget()->objectName(), u"organisationPage"_s);
        navigation->setCurrentRow(MainWindow::ChecklistsArea);
        QCOMPARE(pages->currentWidget()->objectName(), u"checklistsPage"_s);
        auto* checklists = pages->currentWidget()->findChild<QComboBox*>(u"checklistChoice"_s);
        QCOMPARE(checklists->count(), 5);
        window.showArea(MainWindow::AuditsArea);
        QCOMPARE(pages->currentWidget()->objectName(), u"auditsPage"_s);
        QVERIFY(window.windowTitle().contains(u"テスト市"_s));
        QVERIFY(m_messages.isEmpty());
    }

    // A checklist whose only faults are warnings is imported, and the import says what to look at.
    void anImportShowsItsWarnings()
    {
        TestDatabase test;
        MainWindow window;
        openOrganisation(window, test);
        auto* page = window.findChild<ChecklistsPage*>(u"checklistsPage"_s);
        QVERIFY(page);
        QTemporaryDir folder;
        const QString path = folder.filePath(u"own.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(uR"json({
  "format": "kansa-checklist", "id": "own-standards", "version": 1, "kind": "standards",
  "title": { "ja": "独自基準", "en": "Own standards" },
  "documents": [ { "id": "own", "title": "独自の対策基準", "layer": "standards" } ],
  "chapters": [ { "number": "1", "title": { "ja": "組織体制", "en": "Organisation" }, "sections": [
    { "number": "1(1)", "title": { "ja": "体制", "en": "Structure" }, "items": [
      { "id": "own-1", "ref": "1(1)①", "source": "パスワードを他人に知らせてはならない。",
        "question": { "ja": "パスワードを他人に知らせていないか。", "en": "Do staff keep their passwords to themselves?" },
        "roles": ["staff"], "level": "unit", "evidence": [ { "ja": "ヒアリング", "en": "Interviews" } ] } ] } ] } ]
})json"_s.toUtf8());
        file.close();
        page->importFile(path);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(u"own-standards"_s) && m_messages.first().contains(u"question.ja"_s),
                 qPrintable(m_messages.first()));
        QCOMPARE(window.workspace()
                     ->database()
                     .scalar(u"SELECT COUNT(*) FROM checklists WHERE checklist_key = 'own-standards'"_s)
                     .toInt(),
                 1);
    }

    // An OSCAL catalog is imported like any checklist and shown in English, its withdrawn controls marked.
    void anOscalCatalogIsImportedAndShownInEnglish()
    {
        TestDatabase test;
        MainWindow window;
        openOrganisation(window, test);
        auto* page = window.findChild<ChecklistsPage*>(u"checklistsPage"_s);
        QVERIFY(page);
        page->importFile(qEnvironmentVariable("KANSA_DATA_DIR") % u"/oscal/sample-catalog.json"_s);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(u"sample-catalog"_s) && !m_messages.first().contains(u"warning"_s),
                 qPrintable(m_messages.first()));
        auto* tree = window.findChild<QTreeView*>(u"checklistTree"_s);
        QVERIFY(tree);
        const QModelIndex chapter = tree->model()->index(0, 0);
        QVERIFY2(chapter.data().toString().contains(u"Access Control"_s), qPrintable(chapter.data().toString()));
        const QModelIndex withdrawn = tree->model()->index(3, 0, tree->model()->index(1, 0, chapter)); // AC-2(10)
        tree->setCurrentIndex(withdrawn);
        const QString detail = window.findChild<QTextBrowser*>(u"checklistItemDetail"_s)->toPlainText();
        QVERIFY2(detail.contains(u"Shared and Group Account Credential Change"_s), qPrintable(detail));
        QVERIFY2(detail.contains(ChecklistsPage::tr("Withdrawn by the framework")), qPrintable(detail));
        QVERIFY2(detail.contains(u"[Withdrawn: Incorporated into AC-2k.]"_s), qPrintable(detail));
        QVERIFY2(!detail.contains(ChecklistsPage::tr("Evidence to ask for")), qPrintable(detail)); // it names none
    }

    // An item's detail in the checklist browser lists what a crosswalk maps it to.
    void anItemsDetailShowsWhatItMapsTo()
    {
        TestDatabase test;
        MainWindow window;
        openOrganisation(window, test);
        Workspace& workspace = *window.workspace();
        CrosswalkLink link;
        link.from = {u"staff-self-inspection"_s, 1};
        link.fromItem = u"staff-1-1"_s;
        link.relation = CrosswalkRelation::Subset;
        link.to = {u"yomogita-standards"_s, 1};
        link.toItem = u"std-2-2-2"_s;
        link.note = u"職員の側"_s;
        CrosswalkService(workspace.database(), workspace.session()).add(link);
        auto* page = window.findChild<ChecklistsPage*>(u"checklistsPage"_s);
        page->showChecklist(u"staff-self-inspection"_s);
        selectChecklistItem(*page, u"staff-1-1"_s);
        const QString detail = page->findChild<QTextBrowser*>(u"checklistItemDetail"_s)->toPlainText();
        QVERIFY2(detail.contains(u"yomogita-standards"_s) && detail.contains(u"std-2-2-2"_s) &&
                     detail.contains(Crosswalk::name(CrosswalkRelation::Subset)) && detail.contains(u"職員の側"_s),
                 qPrintable(detail));
    }

    // Whoever keeps the library links the item shown to an item of another checklist, changes the link and removes
    // it; an edit made stale by someone else is refused with the service's message.
    void linksEditedInAnItemsDetail()
    {
        TestDatabase test;
        MainWindow window;
        openOrganisation(window, test);
        Workspace& workspace = *window.workspace();
        CrosswalkService crosswalks(workspace.database(), workspace.session());
        auto* page = window.findChild<ChecklistsPage*>(u"checklistsPage"_s);
        page->showChecklist(u"staff-self-inspection"_s);
        selectChecklistItem(*page, u"staff-1-1"_s);
        auto* links = page->findChild<QListWidget*>(u"itemLinks"_s);
        auto* add = page->findChild<QPushButton*>(u"addItemLink"_s);
        auto* change = page->findChild<QPushButton*>(u"editItemLink"_s);
        auto* remove = page->findChild<QPushButton*>(u"removeItemLink"_s);
        QCOMPARE(links->count(), 0);
        QVERIFY(add->isEnabled());
        QVERIFY(!change->isEnabled() && !remove->isEnabled());

        // Added: the item found by searching the other checklist, as a subset.
        answerLinkDialog(this, u"yomogita-standards"_s, u"std-2-2-2:"_s, u"subset"_s, u"職員の側"_s);
        add->click();
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'|')));
        QList<CrosswalkLink> stored = crosswalks.links();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().from, (ChecklistRef{u"staff-self-inspection"_s, 1}));
        QCOMPARE(stored.first().fromItem, u"staff-1-1"_s);
        QCOMPARE(stored.first().to.key, u"yomogita-standards"_s);
        QCOMPARE(stored.first().toItem, u"std-2-2-2"_s);
        QCOMPARE(stored.first().relation, CrosswalkRelation::Subset);
        QCOMPARE(stored.first().note, u"職員の側"_s);
        QCOMPARE(links->count(), 1); // the item is still shown, with its link
        QVERIFY(page->findChild<QTextBrowser*>(u"checklistItemDetail"_s)->toPlainText().contains(u"std-2-2-2"_s));

        // Changed: the relation and the note.
        links->setCurrentRow(0);
        QVERIFY(change->isEnabled() && remove->isEnabled());
        answerLinkDialog(this, {}, {}, u"equal"_s, u"同じ趣旨"_s);
        change->click();
        stored = crosswalks.links();
        QCOMPARE(stored.first().relation, CrosswalkRelation::Equal);
        QCOMPARE(stored.first().note, u"同じ趣旨"_s);
        QCOMPARE(stored.first().toItem, u"std-2-2-2"_s);

        // Someone else changes it in the meantime: the page's edit is refused, theirs is kept.
        CrosswalkLink theirs = stored.first();
        theirs.note = u"他の担当者の注記"_s;
        crosswalks.update(theirs);
        links->setCurrentRow(0);
        answerLinkDialog(this, {}, {}, u"related"_s, u"古い版への変更"_s);
        change->click();
        QCOMPARE(m_messages.size(), 1);
        QCOMPARE(crosswalks.links().first().note, u"他の担当者の注記"_s);
        QCOMPARE(crosswalks.links().first().relation, CrosswalkRelation::Equal);

        // Removed, once confirmed.
        m_messages.clear();
        links->setCurrentRow(0);
        remove->click();
        QVERIFY(crosswalks.links().isEmpty());
        QCOMPARE(links->count(), 0);
    }

    // An action of a menu that rebuilds the menus (closing, opening, restoring an organisation) does not delete the
    // menu it runs from while that menu still handles its click: the old menus go once the event loop is back.
    void aMenuOutlivesTheActionThatRebuildsIt()
    {
        TestDatabase test;
        MainWindow window;
        openOrganisation(window, test);
        QPointer<QMenu> file = window.findChild<QMenu*>(u"fileMenu"_s);
        QVERIFY(file);
        const QList<QAction*> actions = file->actions();
        const auto close = std::find_if(actions.cbegin(), actions.cend(), [](QAction* action) {
            return action->text() == MainWindow::tr("C&lose organisation");
        });
        QVERIFY(close != actions.cend());
        QPointer<QAction> running = *close;
        running->trigger();
        QVERIFY(file && running); // still there for the menu's own event handling
        QVERIFY(!running->isEnabled());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!file && !running);
        QCOMPARE(window.findChildren<QMenu*>(u"fileMenu"_s).size(), 1);
        QVERIFY(window.findChild<QMenu*>(u"fileMenu"_s)->isEnabled());
    }

    void organisationEditorEditsThroughTheService()
    {
        TestDatabase test;
        MainWindow window;
        openOrganisation(window, test);
        OrganisationService& service = window.workspace()->organisation();

        auto* tree = window.findChild<QTreeView*>(u"unitTree"_s);
        QCOMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 2);
        tree->setCurrentIndex(tree->model()->index(1, 0, tree->model()->index(0, 0)));
        auto* name = window.findChild<QLineEdit*>(u"unitName"_s);
        QCOMPARE(name->text(), u"税務課"_s);
        name->setText(u"税務住民課"_s); // QTest::keyClicks types Latin-1 only
        QTest::mouseClick(window.findChild<QPushButton*>(u"saveUnit"_s), Qt::LeftButton);
        QCoreApplication::processEvents();
        QVERIFY(m_messages.isEmpty());
        QStringList names;
        for (const Unit& unit : service.units())
            names << unit.name;
        QVERIFY(names.contains(u"税務住民課"_s));
        QCOMPARE(tree->currentIndex().data().toString(), u"税務住民課"_s); // selection kept after the reload

        auto* search = window.findChild<QLineEdit*>(u"peopleSearch"_s);
        auto* table = window.findChild<QTableView*>(u"peopleTable"_s);
        QCOMPARE(table->model()->rowCount(), 6);
        search->setText(u"総務課"_s);
        QCOMPARE(table->model()->rowCount(), 3);
        auto* role = window.findChild<QComboBox*>(u"peopleRoleFilter"_s);
        role->setCurrentIndex(role->findData(static_cast<int>(Role::SectionSecurityManager)));
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(window.findChild<QLabel*>(u"peopleCount"_s)->text().contains(u"1"_s));

        auto* marking = window.findChild<QLineEdit*>(u"classificationMarking"_s);
        marking->setText(u"自治体機密性3"_s);
        QTest::mouseClick(window.findChild<QPushButton*>(u"saveOrganisation"_s), Qt::LeftButton);
        QCOMPARE(service.organisation().classificationMarking, u"自治体機密性3"_s);
    }

    void staffSeesButCannotEdit()
    {
        TestDatabase test;
        auto admin = test.createOrganisation();
        addDemoUnits(admin->organisation());
        auto db = Database::open(test.spec());
        MainWindow window;
        window.setWorkspace(std::make_unique<Workspace>(std::move(db), sessionWithRoles({Role::Staff})));
        auto* save = window.findChild<QPushButton*>(u"saveUnit"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(!window.findChild<QPushButton*>(u"importUnits"_s)->isEnabled());
        auto* tree = window.findChild<QTreeView*>(u"unitTree"_s);
        QVERIFY(!(tree->model()->flags(tree->model()->index(0, 0)) & Qt::ItemIsEditable));
        QCOMPARE(window.findChild<QTableView*>(u"peopleTable"_s)->model()->rowCount(), 6);
    }

    void accountsListedOnlyForManagers()
    {
        TestDatabase test;
        auto admin = test.createOrganisation();
        {
            AccountsDialog dialog(*admin);
            QCOMPARE(dialog.findChild<QTableWidget*>(u"accountsTable"_s)->rowCount(), 1);
            QVERIFY(m_messages.isEmpty());
        }
        Workspace staff(Database::open(test.spec()), sessionWithRoles({Role::Staff}));
        AccountsDialog dialog(staff); // opened anyway: the service refuses to list
        QCOMPARE(dialog.findChild<QTableWidget*>(u"accountsTable"_s)->rowCount(), 0);
        QCOMPARE(m_messages.size(), 1);
    }

    void checklistEditorWithUndo()
    {
        Translations::apply(u"en"_s);
        TestDatabase test;
        auto workspace = test.createOrganisation();
        ChecklistLibrary& library = workspace->checklists();
        library.copy(u"toin-sms-procedure"_s, u"sms-own"_s, {u"SMS（独自）"_s, u"SMS (own)"_s});
        ChecklistEditor editor(library, u"sms-own"_s);
        const ChecklistItem first = *editor.draft().items().first();
        editor.selectItem(first.id);
        auto* question = editor.findChild<QLineEdit*>(u"questionJa"_s);
        QCOMPARE(question->text(), first.question.ja);
        question->setText(u"SMSの管理者を定めているか。"_s);
        editor.applyForm();
        QCOMPARE(editor.draft().items().first()->question.ja, u"SMSの管理者を定めているか。"_s);
        editor.undoStack()->undo();
        QCOMPARE(editor.draft().items().first()->question.ja, first.question.ja);
        editor.undoStack()->redo();
        QCOMPARE(editor.draft().items().first()->question.ja, u"SMSの管理者を定めているか。"_s);

        editor.addItem();
        QCOMPARE(editor.draft().itemCount(), 28);
        QCOMPARE(editor.draft().items().at(1)->id, u"sms-own-new-1"_s); // right after the selected item
        editor.undoStack()->undo();
        QCOMPARE(editor.draft().itemCount(), 27);
        editor.undoStack()->redo();
        editor.selectItem(editor.draft().items().last()->id);
        const QString last = editor.draft().items().last()->id;
        editor.removeItem();
        QCOMPARE(editor.draft().itemCount(), 27);
        editor.undoStack()->undo();
        QCOMPARE(editor.draft().items().last()->id, last);
        editor.undoStack()->redo();

        editor.accept();
        QVERIFY2(m_messages.size() == 1 && m_messages.first().contains(u"version 2"_s),
                 qPrintable(m_messages.join(u'|')));
        const QList<ChecklistVersion> versions = library.versions(u"sms-own"_s);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[1].added, 1);
        QCOMPARE(versions[1].changed, 1);
        QCOMPARE(versions[1].removed, 1);
    }

    void checklistEditorRefusesInvalidItems()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        workspace->checklists().copy(u"basic-policy"_s, u"bp-own"_s, {u"基本方針（独自）"_s, u"Basic policy (own)"_s});
        ChecklistEditor editor(workspace->checklists(), u"bp-own"_s);
        editor.selectItem(editor.draft().items().first()->id);
        editor.findChild<QLineEdit*>(u"questionEn"_s)->clear();
        editor.applyForm();
        editor.accept();
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(u"question.en"_s), qPrintable(m_messages.first()));
        QCOMPARE(workspace->checklists().versions(u"bp-own"_s).size(), 1);
    }

    // The chief auditor of the demo works with the keyboard: a digit sets the result and moves on; undo and
    // redo go through the service; notes save themselves; a stale edit is refused with who changed it.
    void auditFieldworkWithKeyboard()
    {
        Translations::apply(u"en"_s);
        TestDatabase test;
        if (TestDatabase::usesPostgres())
            QSKIP("the GUI runs on SQLite");
        DemoOrganisation::create(test.spec());
        std::unique_ptr<Database> db = Database::open(test.spec());
        MainWindow window;
        window.setWorkspace(Workspace::signIn(db, u"h.nakayama"_s, u"kansa-demo"_s));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showArea(MainWindow::AuditsArea);
        auto* myWork = window.findChild<QTableWidget*>(u"myWork"_s);
        // The chief auditor has no unit assigned to himself, but answers for the two units not yet assessed.
        QCOMPARE(myWork->rowCount(), 2);
        auto* plans = window.findChild<QTableWidget*>(u"auditPlans"_s);
        QCOMPARE(plans->rowCount(), 2);
        const qint64 auditId = plans->item(0, 0)->data(Qt::UserRole).toLongLong();
        AuditWorkspace* fieldwork = window.findChild<AuditsPage*>()->openFieldwork(auditId);
        QVERIFY(fieldwork);
        FieldworkService& service = window.workspace()->fieldwork();
        qint64 unit = 0;
        for (const Unit& u : window.workspace()->organisation().units()) {
            if (u.code == u"S032"_s) // 建設課: not visited yet
                unit = u.id;
        }
        fieldwork->selectUnit(unit);
        const QString first = fieldwork->currentItemId();
        QVERIFY(!first.isEmpty());
        QCOMPARE(service.results(auditId, unit).value(first).result, AuditResult::NotAssessed);
        auto* tree = fieldwork->findChild<QTreeView*>(u"auditTree"_s);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_3);
        QCOMPARE(service.results(auditId, unit).value(first).result, AuditResult::NonConforming);
        const QString second = fieldwork->currentItemId();
        QVERIFY(second != first);
        QTest::keyClick(tree, Qt::Key_1);
        QCOMPARE(service.results(auditId, unit).value(second).result, AuditResult::Conforming);
        fieldwork->undoStack()->undo();
        QCOMPARE(service.results(auditId, unit).value(second).result, AuditResult::NotAssessed);
        fieldwork->undoStack()->redo();
        QCOMPARE(service.results(auditId, unit).value(second).result, AuditResult::Conforming);

        // A finding with the keyboard only: Ctrl+Shift+N opens the dialog, the title and condition are typed, and
        // Return in the title presses OK.
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<FindingDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* title = dialog->findChild<QLineEdit*>(u"findingTitle"_s);
            title->setFocus();
            QTest::keyClicks(title, u"Server room key not logged"_s);
            QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"findingCondition"_s), u"No key log since April."_s);
            QTest::keyClick(title, Qt::Key_Return);
        });
        fieldwork->selectItem(second);
        QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        const QList<Finding> raised = service.findings(auditId, unit);
        QVERIFY2(raised.size() == 1, qPrintable(m_messages.join(u'|')));
        QCOMPARE(raised.first().title, u"Server room key not logged"_s);
        QCOMPARE(raised.first().condition, u"No key log since April."_s);
        QCOMPARE(raised.first().itemKey, second);

        fieldwork->selectItem(first);
        auto* notes = fieldwork->findChild<QPlainTextEdit*>(u"auditNotes"_s);
        notes->setPlainText(u"持出し記録がない。"_s);
        fieldwork->flushPendingEdits();
        QCOMPARE(service.results(auditId, unit).value(first).notes, u"持出し記録がない。"_s);
        QCOMPARE(service.results(auditId, unit).value(first).result, AuditResult::NonConforming);

        // Someone else records the same item in the meantime: the next change is refused, nothing lost.
        auto other = Database::open(test.spec());
        FieldworkService otherService(*other, sessionWithRoles({Role::ChiefAuditor}, service.session().personId));
        const ItemResult theirs = otherService.results(auditId, unit).value(first);
        otherService.setResult(auditId, unit, first, AuditResult::PartlyConforming, theirs.notes, theirs.stamp.version);
        m_messages.clear();
        QTest::keyClick(tree, Qt::Key_1);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(u"試験 太郎"_s), qPrintable(m_messages.first()));
        QCOMPARE(service.results(auditId, unit).value(first).result, AuditResult::PartlyConforming);
        // Having been shown the other user's change, the auditor can now record over it.
        fieldwork->selectItem(first);
        QTest::keyClick(tree, Qt::Key_1);
        QCOMPARE(service.results(auditId, unit).value(first).result, AuditResult::Conforming);
    }

    // Beside an item, last year's findings on it that are still open: 建設課's server room key (its plan carried
    // over) on the organisation's item; 総務課's password note, verified, nowhere.
    void lastYearsOpenFindingsBesideTheItem()
    {
        Translations::apply(u"en"_s);
        TestDatabase test;
        if (TestDatabase::usesPostgres())
            QSKIP("the GUI runs on SQLite");
        DemoOrganisation::create(test.spec());
        std::unique_ptr<Database> db = Database::open(test.spec());
        auto workspace = Workspace::signIn(db, u"h.nakayama"_s, u"kansa-demo"_s);
        const qint64 auditId = workspace->audits().audits(2026).first().id;
        AuditWorkspace page(workspace->audits(), workspace->fieldwork(), workspace->organisation(),
                            workspace->history(), auditId);
        page.show();
        auto* open = page.findChild<QLabel*>(u"auditOpenLastYear"_s);
        auto* tree = page.findChild<QTreeView*>(u"auditTree"_s);
        const auto annotations = [&](const QString& itemId) {
            const QModelIndexList found =
                tree->model()->match(tree->model()->index(0, 0), ChecklistTreeModel::ItemIdRole, itemId, 1,
                                     Qt::MatchExactly | Qt::MatchRecursive);
            return found.isEmpty() ? -1 : found.first().data(ChecklistTreeModel::AnnotationsRole).toInt();
        };
        page.selectUnit(FieldworkService::OrganisationScope);
        page.selectItem(u"std-4.2-1-3"_s);
        QCOMPARE(page.currentItemId(), u"std-4.2-1-3"_s);
        QVERIFY(!open->isHidden());
        QVERIFY2(open->text().contains(u"サーバ室の鍵の貸出しが記録されていない"_s) &&
                     open->text().contains(AuditTexts::name(Severity::Major)),
                 qPrintable(open->text()));
        QVERIFY(annotations(u"std-4.2-1-3"_s) & FieldworkService::HasOpenFindingLastYear);
        qint64 soumu = 0;
        for (const Unit& unit : workspace->organisation().units()) {
            if (unit.code == u"S011"_s)
                soumu = unit.id;
        }
        page.selectUnit(soumu);
        page.selectItem(u"std-5.4-3-1"_s);
        QCOMPARE(page.currentItemId(), u"std-5.4-3-1"_s);
        QVERIFY(open->isHidden());
        QVERIFY(!(annotations(u"std-5.4-3-1"_s) & FieldworkService::HasOpenFindingLastYear));
    }

    // A section security manager answers the self-inspection in the application and submits it.
    void answeringSelfInspection()
    {
        Translations::apply(u"en"_s);
        TestDatabase test;
        if (TestDatabase::usesPostgres())
            QSKIP("the GUI runs on SQLite");
        DemoOrganisation::create(test.spec());
        std::unique_ptr<Database> db = Database::open(test.spec());
        auto workspace = Workspace::signIn(db, u"k.takahashi"_s, u"kansa-demo"_s); // 総務課's manager
        SelfInspectionService& service = workspace->selfInspections();
        {
            auto adminDb = Database::open(test.spec());
            Session administrator = sessionWithRoles({});
            administrator.administrator = true;
            SelfInspectionService asAdmin(*adminDb, administrator);
            Campaign c;
            c.fiscalYear = 2026;
            c.title = u"追加点検"_s;
            c.checklistKey = u"staff-self-inspection"_s;
            c.chapters = {u"2"_s};
            asAdmin.createCampaign(c, {workspace->session().unitId});
        }
        SelfInspectionsPage page(service, workspace->organisation(), workspace->checklists());
        page.show();
        auto* campaigns = page.findChild<QTableWidget*>(u"campaigns"_s);
        for (int row = 0; row < campaigns->rowCount(); ++row) {
            if (campaigns->item(row, 1)->text() == u"追加点検"_s)
                campaigns->setCurrentCell(row, 0);
        }
        const qint64 campaign = page.currentCampaign();
        QTimer::singleShot(0, this, [] {
            auto* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto* answers = dialog->findChild<QTableWidget*>(u"answerTable"_s);
            qobject_cast<QComboBox*>(answers->cellWidget(0, 2))->setCurrentIndex(1); // ○
            qobject_cast<QComboBox*>(answers->cellWidget(1, 2))->setCurrentIndex(3); // ×
            answers->item(1, 3)->setText(u"Screen lock not set on two PCs"_s);
            for (int row = 2; row < answers->rowCount(); ++row)
                qobject_cast<QComboBox*>(answers->cellWidget(row, 2))->setCurrentIndex(1);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"submitAnswers"_s), Qt::LeftButton);
        });
        page.answerForUnit(workspace->session().unitId);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'|')));
        const qint64 unit = workspace->session().unitId;
        const QHash<QString, UnitAnswer> answers = service.answers(campaign, unit);
        QCOMPARE(answers.size(), service.items(campaign).size());
        const QString second = service.items(campaign).at(1)->id;
        QCOMPARE(answers.value(second).answer, Answer::No);
        QCOMPARE(answers.value(second).comment, u"Screen lock not set on two PCs"_s);
        QCOMPARE(service.unit(campaign, unit).status, CampaignUnitStatus::Submitted);
    }

    // The window fits an office PC's 1024×768 screen (less the taskbar), in Japanese and in English, on every
    // area, with the fieldwork workspace open.
    void windowFitsASmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << u"ja"_s;
        QTest::newRow("en") << u"en"_s;
    }
    void verifyingTheRecordFromTheFileMenu()
    {
        TestDatabase test;
        MainWindow window;
        openOrganisation(window, test);
        auto* verify = window.findChild<QAction*>(u"verifyRecordAction"_s);
        QVERIFY(verify && verify->isEnabled());
        verify->trigger();
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.constFirst().startsWith(u"The record holds together."_s), qPrintable(m_messages.first()));
        // Changed behind Kansa's back: the message names the entry.
        window.workspace()->database().exec(
            u"UPDATE change_log SET new_value = 'forged' WHERE id = (SELECT MIN(id) + 3 FROM change_log)"_s);
        window.verifyRecord();
        QCOMPARE(m_messages.size(), 2);
        QVERIFY(m_messages.last().startsWith(u"The record has been changed outside Kansa"_s));
        QVERIFY(m_messages.last().contains(u"entry"_s));
        // A file that is no issued report is named.
        QTemporaryDir dir;
        const QString notIssued = dir.filePath(u"notes.pdf"_s);
        QFile file(notIssued);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n");
        file.close();
        window.verifyRecord(notIssued);
        QCOMPARE(m_messages.size(), 3);
        QVERIFY(m_messages.last().contains(notIssued));
    }

    // A year archive opens read-only, says so, and verifies its record as it opens; nothing in it can be archived
    // or backed up again.
    void aYearArchiveOpensReadOnlyAndVerifies()
    {
        Translations::apply(u"en"_s);
        TestDatabase test;
        DemoOrganisation::create(test.spec());
        QTemporaryDir dir;
        const QString archive = dir.filePath(u"2026.zip"_s);
        {
            std::unique_ptr<Database> db = Database::open(test.spec());
            auto admin = Workspace::signIn(db, u"admin"_s, QString::fromUtf16(DemoOrganisation::AdministratorPassword));
            MainWindow window;
            window.setWorkspace(std::move(admin));
            QVERIFY(window.findChild<QAction*>(u"archiveAction"_s)->isEnabled());
            YearArchive::write(window.workspace()->database(), window.workspace()->session(), 2026, archive);
        }
        std::unique_ptr<Database> db = YearArchive::openDatabase(ConnectionSpec::sqliteFile(archive));
        auto chief = Workspace::signIn(db, u"h.nakayama"_s, QString::fromUtf16(DemoOrganisation::PersonPassword));
        MainWindow window;
        m_messages.clear();
        window.setWorkspace(std::move(chief));
        QCOMPARE(m_messages.size(), 2);
        QVERIFY2(m_messages.constFirst().contains(archive) && m_messages.constFirst().contains(u"year archive"_s),
                 qPrintable(m_messages.constFirst()));
        QVERIFY2(m_messages.last().startsWith(u"The record holds together."_s), qPrintable(m_messages.last()));
        QVERIFY(!window.findChild<QAction*>(u"archiveAction"_s)->isEnabled());
        bool shown = false;
        for (const QLabel* label : window.findChildren<QLabel*>())
            shown = shown || label->text() == u"%1 (read-only)"_s.arg(archive);
        QVERIFY(shown);
    }

    void closingAFileKeepsItsDailyBackup()
    {
        TestDatabase test;
        MainWindow window;
        openOrganisation(window, test);
        QVERIFY(window.findChild<QAction*>(u"backUpAction"_s)->isEnabled());
        QVERIFY(window.findChild<QAction*>(u"restoreAction"_s)->isEnabled());
        const QString folder = RecordBackup::defaultFolder(test.spec().path);
        window.setWorkspace(nullptr);
        QVERIFY(m_messages.isEmpty());
        const QStringList backups = QDir(folder).entryList(QDir::Files);
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.constFirst().endsWith(QDate::currentDate().toString(u"yyyy-MM-dd"_s) % u".kansa"_s));
        QVERIFY(!window.findChild<QAction*>(u"backUpAction"_s)->isEnabled());
    }

    void windowFitsASmallScreen()
    {
        QFETCH(QString, language);
        Translations::apply(language);
        TestDatabase test;
        DemoOrganisation::create(test.spec());
        std::unique_ptr<Database> db = Database::open(test.spec());
        MainWindow window;
        window.setWorkspace(Workspace::signIn(db, u"h.nakayama"_s, u"kansa-demo"_s));
        window.show();
        window.showArea(MainWindow::AuditsArea);
        AuditsPage* audits = window.findChild<AuditsPage*>();
        QVERIFY(audits->openFieldwork(window.workspace()->audits().audits(2026).first().id));
        QStringList tooWide;
        const int navigation = window.findChild<QListWidget*>(u"navigation"_s)->width();
        for (QWidget* page : window.findChild<QStackedWidget*>(u"pages"_s)
                                 ->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
            const QSize hint = page->minimumSizeHint();
            if (hint.width() > 1024 - navigation - 20 || hint.height() > 700 - 80)
                tooWide << u"%1 %2×%3"_s.arg(QString::fromLatin1(page->metaObject()->className()))
                               .arg(hint.width())
                               .arg(hint.height());
        }
        QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(u", "_s)));
        QVERIFY(window.minimumSizeHint().width() <= 1024);
        QVERIFY(window.minimumSizeHint().height() <= 700);
    }

    void languageSwitchesMenus()
    {
        Translations::apply(u"ja"_s);
        {
            MainWindow window;
            QCOMPARE(menuTitles(window).first(), u"ファイル(&F)"_s);
            QCOMPARE(menuTitles(window).last(), u"ヘルプ(&H)"_s);
        }
        Translations::apply(u"en"_s);
        {
            MainWindow window;
            QCOMPARE(menuTitles(window).first(), u"&File"_s);
        }
    }

private:
    QStringList m_messages;
};

QTEST_MAIN(TestGui)
#include "test_gui.moc"
