// Nothing an auditor types is lost or lands on another record: the notes of the fieldwork workspace, leaving an
// item by every route, seeded random walks through the fieldwork workspace, the self-inspection answering table
// and the remediation screen checked against a model of what the user did, quitting right after typing, and a
// dialog that keeps what was typed when an input is missing. On SQLite and PostgreSQL.
#include "TestDatabase.h"

#include "audit/AuditWorkspace.h"
#include "audit/AuditsPage.h"
#include "audit/FieldworkService.h"
#include "audit/FindingDialog.h"
#include "common/MessageBox.h"
#include "demo/DemoOrganisation.h"
#include "org/OrganisationService.h"
#include "remediation/RemediationPage.h"
#include "remediation/RemediationService.h"
#include "selfinspection/SelfInspectionService.h"
#include "selfinspection/SelfInspectionsPage.h"
#include "settings/Translations.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

struct Stored
{
    QString result;
    QString notes;
    bool operator==(const Stored&) const = default;
};
using Results = QMap<QPair<qint64, QString>, Stored>;

// Every result of the audit as stored: (unit, item) → result and notes.
Results storedResults(Database& db, qint64 auditId)
{
    Results results;
    QSqlQuery query = db.exec(
        u"SELECT COALESCE(unit_id, 0), item_key, result, notes FROM audit_results WHERE audit_id = ?"_s, {auditId});
    while (query.next())
        results.insert({query.value(0).toLongLong(), query.value(1).toString()},
                       {query.value(2).toString(), query.value(3).toString()});
    return results;
}

// Types text as a keyboard (or an input method) would, one character at a time; QTest::keyClicks takes ASCII only.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

qint64 unitByCode(Workspace& workspace, const QString& code)
{
    for (const Unit& unit : workspace.organisation().units()) {
        if (unit.code == code)
            return unit.id;
    }
    return -1;
}

} // namespace

class TestGuiAutosave final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Translations::apply(u"en"_s);
        MessageBox::setTestHandler([this](QMessageBox::Icon, const QString&, const QString& text) {
            m_messages << text;
            return QMessageBox::Yes;
        });
        DemoOrganisation::create(m_demo.spec());
    }

    void init()
    {
        m_messages.clear();
        std::unique_ptr<Database> db = Database::open(m_demo.spec());
        m_window = std::make_unique<MainWindow>();
        m_window->setWorkspace(Workspace::signIn(db, u"h.nakayama"_s, u"kansa-demo"_s)); // the chief auditor
        m_db = Database::open(m_demo.spec()); // a connection of its own, to read what was stored
        m_window->show();
        m_window->activateWindow(); // shortcuts (Ctrl+Z, Ctrl+Shift+N) work in the active window
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->showArea(MainWindow::AuditsArea);
        m_auditId = m_window->workspace()->audits().audits(2026).first().id;
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    // Notes typed on item A are saved on A, whichever way the auditor leaves it; no other item changes.
    void leavingAnItemKeepsItsNotes_data()
    {
        QTest::addColumn<QString>("route");
        for (const char* route : {"mouse click", "arrow key", "digit key", "switch unit", "my work", "result filter",
                                  "search", "my assignments only", "dialog", "close window", "close organisation"})
            QTest::newRow(route) << QString::fromLatin1(route);
    }
    void leavingAnItemKeepsItsNotes()
    {
        QFETCH(QString, route);
        AuditWorkspace* fieldwork = m_window->findChild<AuditsPage*>()->openFieldwork(m_auditId);
        QVERIFY(fieldwork);
        const qint64 unit = unitByCode(*m_window->workspace(), u"S032"_s); // 建設課
        fieldwork->selectUnit(unit);
        auto* tree = fieldwork->findChild<QTreeView*>(u"auditTree"_s);
        auto* notes = fieldwork->findChild<QPlainTextEdit*>(u"auditNotes"_s);
        const QString itemA = fieldwork->currentItemId();
        QVERIFY(!itemA.isEmpty());
        const Results before = storedResults(*m_db, m_auditId);
        const QString typed = u"鍵の持出し記録がない。"_s;
        notes->setFocus();
        notes->moveCursor(QTextCursor::End);
        typeText(notes, typed);
        const QString noted = before.value({unit, itemA}).notes % typed;

        if (route == u"mouse click"_s) {
            const QModelIndex below = tree->indexBelow(tree->currentIndex());
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(below).center());
        } else if (route == u"arrow key"_s) {
            tree->setFocus();
            QTest::keyClick(tree, Qt::Key_Down);
        } else if (route == u"digit key"_s) {
            tree->setFocus();
            QTest::keyClick(tree, Qt::Key_2);
        } else if (route == u"switch unit"_s) {
            auto* units = fieldwork->findChild<QListWidget*>(u"auditUnits"_s);
            QTest::mouseClick(units->viewport(), Qt::LeftButton, {}, units->visualItemRect(units->item(0)).center());
        } else if (route == u"my work"_s) {
            fieldwork =
                m_window->findChild<AuditsPage*>()->openFieldwork(m_auditId, FieldworkService::OrganisationScope);
        } else if (route == u"result filter"_s) {
            fieldwork->findChild<QComboBox*>(u"auditResultFilter"_s)->setCurrentIndex(2);
        } else if (route == u"search"_s) {
            typeText(fieldwork->findChild<QLineEdit*>(u"auditSearch"_s), u"パスワード"_s);
        } else if (route == u"my assignments only"_s) {
            fieldwork->findChild<QCheckBox*>()->setChecked(true);
            fieldwork->findChild<QCheckBox*>()->setChecked(false);
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(tree->currentIndex()).center());
        } else if (route == u"dialog"_s) {
            QTimer::singleShot(0, this, [] {
                if (QWidget* dialog = QApplication::activeModalWidget())
                    qobject_cast<QDialog*>(dialog)->reject();
            });
            QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        } else if (route == u"close window"_s) {
            m_window->close();
        } else if (route == u"close organisation"_s) {
            m_window->setWorkspace(nullptr);
        }

        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'|')));
        Results expected = before;
        expected[{unit, itemA}].notes = noted;
        if (route == u"digit key"_s)
            expected[{unit, itemA}].result = AuditTexts::key(AuditResult::PartlyConforming);
        if (expected[{unit, itemA}].result.isEmpty())
            expected[{unit, itemA}].result = AuditTexts::key(AuditResult::NotAssessed);
        const Results after = storedResults(*m_db, m_auditId);
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QVERIFY2(expected.value(it.key()) == it.value(),
                     qPrintable(u"item %1 of unit %2 holds 「%3」 (typed on %4)"_s.arg(it.key().second)
                                    .arg(it.key().first)
                                    .arg(it->notes, itemA)));
        QCOMPARE(after.value({unit, itemA}).notes, noted);
    }

    // Quitting 50 ms after typing saves the notes, with no error on the way out.
    void quittingRightAfterTypingSavesTheNotes()
    {
        AuditWorkspace* fieldwork = m_window->findChild<AuditsPage*>()->openFieldwork(m_auditId);
        const qint64 unit = unitByCode(*m_window->workspace(), u"S032"_s);
        fieldwork->selectUnit(unit);
        const QString item = fieldwork->currentItemId();
        auto* notes = fieldwork->findChild<QPlainTextEdit*>(u"auditNotes"_s);
        notes->setFocus();
        notes->moveCursor(QTextCursor::End);
        typeText(notes, u"退出直前のメモ"_s);
        QTest::qWait(50);
        QVERIFY(m_window->close());
        m_window.reset();
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'|')));
        QVERIFY(storedResults(*m_db, m_auditId).value({unit, item}).notes.endsWith(u"退出直前のメモ"_s));
    }

    // Undo and redo name the step as the auditor knows the item, a note and a result are separate steps in
    // the order they were made, and Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z work from the tree and from the notes.
    void undoAndRedoInTheUsersWords()
    {
        AuditWorkspace* fieldwork = m_window->findChild<AuditsPage*>()->openFieldwork(m_auditId);
        const qint64 unit = unitByCode(*m_window->workspace(), u"S032"_s);
        fieldwork->selectUnit(unit);
        const QString item = fieldwork->currentItemId();
        const QString label = fieldwork->itemLabel(item);
        QVERIFY(label != item);
        auto* tree = fieldwork->findChild<QTreeView*>(u"auditTree"_s);
        auto* notes = fieldwork->findChild<QPlainTextEdit*>(u"auditNotes"_s);
        auto* undo = fieldwork->findChild<QAction*>(u"auditUndo"_s);
        const auto stored = [&] { return storedResults(*m_db, m_auditId).value({unit, item}); };
        const QString old = stored().notes; // earlier tests of this suite wrote on the same item
        const QString before = stored().result.isEmpty() ? u"not_assessed"_s : stored().result;
        notes->setFocus();
        notes->moveCursor(QTextCursor::End);
        typeText(notes, u"台帳なし"_s);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_3);
        QCOMPARE(undo->text(), u"Undo result of %1 to Non-conforming"_s.arg(label));
        QCOMPARE(stored().result, u"non_conforming"_s);

        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier); // the result, not the note
        QCOMPARE(stored().result, before);
        QCOMPARE(stored().notes, old % u"台帳なし"_s);
        QCOMPARE(undo->text(), u"Undo notes on %1"_s.arg(label));
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored().notes, old);
        QTest::keyClick(tree, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(stored().notes, old % u"台帳なし"_s);
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored().result, u"non_conforming"_s);

        // In the notes, Ctrl+Z takes back what was just typed, as one step.
        fieldwork->selectItem(item);
        notes->setFocus();
        notes->moveCursor(QTextCursor::End);
        typeText(notes, u"（追記）"_s);
        QTest::keyClick(notes, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored().notes, old % u"台帳なし"_s);
        QCOMPARE(notes->toPlainText(), old % u"台帳なし"_s);
        QTest::keyClick(notes, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(stored().notes, old % u"台帳なし（追記）"_s);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'|')));
    }

    // A seeded random walk of 500 steps; afterwards the database holds exactly what a model of the steps says.
    void randomWalkMatchesAModelOfTheSteps()
    {
        AuditWorkspace* fieldwork = m_window->findChild<AuditsPage*>()->openFieldwork(m_auditId);
        auto* tree = fieldwork->findChild<QTreeView*>(u"auditTree"_s);
        auto* notes = fieldwork->findChild<QPlainTextEdit*>(u"auditNotes"_s);
        auto* units = fieldwork->findChild<QListWidget*>(u"auditUnits"_s);
        auto* filter = fieldwork->findChild<QComboBox*>(u"auditResultFilter"_s);
        auto* search = fieldwork->findChild<QLineEdit*>(u"auditSearch"_s);

        Results model = storedResults(*m_db, m_auditId);
        struct Step
        {
            QPair<qint64, QString> key;
            bool notes;
            QString before;
            QString after;
        };
        QList<Step> done;
        QList<Step> undone;
        std::optional<QPair<qint64, QString>> pendingOn; // the item the notes box holds typed text for
        const auto current = [&] { return QPair<qint64, QString>{unitOf(fieldwork), fieldwork->currentItemId()}; };
        const auto stepMade = [&](Step step) {
            if (step.before == step.after)
                return;
            (step.notes ? model[step.key].notes : model[step.key].result) = step.after;
            done << step;
            undone.clear();
        };
        // What the workspace does before anything but typing: typed notes become a step of their own.
        const auto flushModel = [&] {
            if (!pendingOn)
                return;
            Stored& stored = model[*pendingOn];
            if (stored.result.isEmpty())
                stored.result = u"not_assessed"_s;
            const QString before = stored.notes;
            stepMade({*pendingOn, true, before, m_pendingText});
            pendingOn.reset();
        };
        const auto apply = [&](const Step& step, bool forward) {
            (step.notes ? model[step.key].notes : model[step.key].result) = forward ? step.after : step.before;
        };

        QRandomGenerator random(20261201);
        const QList<AuditResult> results{AuditResult::Conforming, AuditResult::PartlyConforming,
                                         AuditResult::NonConforming, AuditResult::NotApplicable,
                                         AuditResult::NotAssessed};
        for (int step = 0; step < 500; ++step) {
            const int action = random.bounded(100);
            if (action < 25) { // navigate with the arrow keys
                flushModel();
                tree->setFocus();
                QTest::keyClick(tree, random.bounded(2) ? Qt::Key_Down : Qt::Key_Up);
            } else if (action < 45) { // type
                if (fieldwork->currentItemId().isEmpty() || notes->isReadOnly())
                    continue;
                if (pendingOn && *pendingOn != current())
                    QFAIL("the notes box holds text for another item than the one shown");
                notes->setFocus();
                notes->moveCursor(QTextCursor::End);
                const QString text = u" 観察%1"_s.arg(step);
                typeText(notes, text);
                pendingOn = current();
                m_pendingText = notes->toPlainText();
            } else if (action < 70) { // record with a digit key
                if (fieldwork->currentItemId().isEmpty())
                    continue;
                flushModel();
                const auto key = current();
                const AuditResult result = results[random.bounded(int(results.size()))];
                Stored& stored = model[key];
                const QString before = stored.result.isEmpty() ? u"not_assessed"_s : stored.result;
                stored.result = before;
                tree->setFocus();
                QTest::keyClick(tree, result == AuditResult::NotAssessed
                                          ? Qt::Key_0
                                          : static_cast<Qt::Key>(Qt::Key_1 + results.indexOf(result)));
                stepMade({key, false, before, AuditTexts::key(result)});
            } else if (action < 80) { // undo
                flushModel();
                tree->setFocus();
                QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
                if (!done.isEmpty()) {
                    apply(done.last(), false);
                    undone << done.takeLast();
                }
            } else if (action < 88) { // redo
                flushModel();
                tree->setFocus();
                QTest::keyClick(tree, Qt::Key_Y, Qt::ControlModifier);
                if (!undone.isEmpty()) {
                    apply(undone.last(), true);
                    done << undone.takeLast();
                }
            } else if (action < 93) { // filter or search
                flushModel();
                if (random.bounded(2))
                    filter->setCurrentIndex(random.bounded(filter->count()));
                else
                    search->setText(random.bounded(2) ? u"管理"_s : QString());
            } else { // switch unit
                flushModel();
                units->setCurrentRow(random.bounded(units->count()));
            }
            QVERIFY2(m_messages.isEmpty(), qPrintable(u"step %1: "_s.arg(step) % m_messages.join(u'|')));
        }
        flushModel();
        QVERIFY(fieldwork->flushPendingEdits());
        const Results stored = storedResults(*m_db, m_auditId);
        for (auto it = model.cbegin(); it != model.cend(); ++it) {
            const Stored found = stored.value(it.key(), {u"not_assessed"_s, QString()});
            QVERIFY2(found == *it, qPrintable(u"%1 of unit %2: stored 「%3」/「%4」, expected 「%5」/「%6」"_s.arg(
                                       it.key().second, QString::number(it.key().first), found.result, found.notes,
                                       it->result, it->notes)));
        }
        QCOMPARE(stored.size(), model.size());
    }

    // OK without a required field keeps the dialog open with every field as typed, and focuses the field.
    void dialogsKeepWhatWasTypedWhenAFieldIsMissing()
    {
        Finding finding;
        FindingDialog dialog(finding);
        dialog.show();
        const QList<QPlainTextEdit*> fields = dialog.findChildren<QPlainTextEdit*>();
        for (QPlainTextEdit* field : fields)
            typeText(field, u"書いた内容"_s);
        dialog.accept(); // no title
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(u"Title"_s), qPrintable(m_messages.first()));
        QCOMPARE(dialog.focusWidget(), dialog.findChild<QLineEdit*>(u"findingTitle"_s));
        for (QPlainTextEdit* field : fields)
            QVERIFY(field->toPlainText().endsWith(u"書いた内容"_s));
        typeText(dialog.findChild<QLineEdit*>(u"findingTitle"_s), u"題名"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.finding().cause, u"書いた内容"_s);
    }

    // A refused answer shows what is stored, and accepted answers are shown read-only.
    void selfInspectionShowsWhatIsStored()
    {
        std::unique_ptr<Database> db = Database::open(m_demo.spec());
        auto manager = Workspace::signIn(db, u"k.takahashi"_s, u"kansa-demo"_s); // 総務課's manager
        const qint64 unit = manager->session().unitId;
        const qint64 campaign = newCampaign(u"追加点検"_s, {u"2"_s}, unit);
        const QString first = manager->selfInspections().items(campaign).first()->id;
        SelfInspectionsPage page(manager->selfInspections(), manager->organisation(), manager->checklists());
        auto* campaigns = page.findChild<QTableWidget*>(u"campaigns"_s);
        QTimer::singleShot(0, this, [&] {
            auto* dialog = QApplication::activeModalWidget();
            auto* answers = dialog->findChild<QTableWidget*>(u"answerTable"_s);
            auto* choice = qobject_cast<QComboBox*>(answers->cellWidget(0, 2));
            QVERIFY(choice->isEnabled());
            choice->setCurrentIndex(choice->findData(static_cast<int>(Answer::Yes)));
            // Someone else answers the same item meanwhile: the next change is refused and the row shows theirs.
            SelfInspectionService other(*m_db, manager->session());
            const UnitAnswer stored = other.answers(campaign, unit).value(first);
            other.setAnswer(campaign, unit, first, Answer::No, u"他の端末から"_s, stored.stamp.version);
            choice->setCurrentIndex(choice->findData(static_cast<int>(Answer::Partly)));
            QCOMPARE(m_messages.size(), 1);
            QCOMPARE(choice->currentData().toInt(), static_cast<int>(Answer::No));
            QCOMPARE(answers->item(0, 3)->text(), u"他の端末から"_s);
            qobject_cast<QDialog*>(dialog)->reject();
        });
        for (int row = 0; row < campaigns->rowCount(); ++row) {
            if (campaigns->item(row, 1)->text() == u"追加点検"_s)
                campaigns->setCurrentCell(row, 0);
        }
        page.answerForUnit(unit);
        QCOMPARE(manager->selfInspections().answers(campaign, unit).value(first).answer, Answer::No);

        // The demo's staff self-inspection of 総務課 was accepted: shown, not editable.
        m_messages.clear();
        QTimer::singleShot(0, this, [&] {
            auto* dialog = QApplication::activeModalWidget();
            auto* answers = dialog->findChild<QTableWidget*>(u"answerTable"_s);
            QVERIFY(!qobject_cast<QComboBox*>(answers->cellWidget(0, 2))->isEnabled());
            QCOMPARE(answers->editTriggers(), QAbstractItemView::NoEditTriggers);
            QVERIFY(!dialog->findChild<QPushButton*>(u"submitAnswers"_s)->isEnabled());
            QVERIFY(!answers->item(0, 0)->text().startsWith(u"staff-"_s)); // the clause, not the internal id
            qobject_cast<QDialog*>(dialog)->reject();
        });
        for (int row = 0; row < campaigns->rowCount(); ++row) {
            if (campaigns->item(row, 1)->text() != u"追加点検"_s)
                campaigns->setCurrentCell(row, 0);
        }
        page.answerForUnit(unit);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'|')));
    }

    // A seeded random walk through the self-inspection answering table: answers chosen, comments typed and
    // committed by Enter, by Tab, or by closing the dialog (its Close button or the window's close) while the
    // comment is still being edited; the dialog closed and opened again. The database then equals the model.
    void selfInspectionRandomWalkMatchesAModel()
    {
        std::unique_ptr<Database> db = Database::open(m_demo.spec());
        auto manager = Workspace::signIn(db, u"k.takahashi"_s, u"kansa-demo"_s); // 総務課's manager
        const qint64 unit = manager->session().unitId;
        const QString title = u"無作為点検"_s;
        const qint64 campaign = newCampaign(title, {}, unit);
        QStringList itemIds;
        for (const ChecklistItem* item : manager->selfInspections().items(campaign))
            itemIds << item->id;
        SelfInspectionsPage page(manager->selfInspections(), manager->organisation(), manager->checklists());
        page.show();
        auto* campaigns = page.findChild<QTableWidget*>(u"campaigns"_s);
        for (int row = 0; row < campaigns->rowCount(); ++row) {
            if (campaigns->item(row, 1)->text() == title)
                campaigns->setCurrentCell(row, 0);
        }

        QHash<QString, UnitAnswer> model;
        QRandomGenerator random(20261202);
        const QList<Answer> choices{Answer::Unanswered, Answer::Yes, Answer::Partly, Answer::No, Answer::NotApplicable};
        constexpr int Steps = 400;
        int step = 0;
        int openings = 0;
        int closedWhileEditing = 0;
        while (step < Steps) {
            ++openings;
            QTimer::singleShot(0, this, [&] {
                auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
                auto* answers = dialog->findChild<QTableWidget*>(u"answerTable"_s);
                dialog->activateWindow(); // focus moves, and leaving an editor commits it, in the active window
                QVERIFY(QTest::qWaitForWindowActive(dialog));
                QLineEdit* editing = nullptr; // the comment editor left open, and its row
                int editingRow = -1;
                const auto commit = [&] {
                    if (editing)
                        model[itemIds[editingRow]].comment = editing->text();
                    editing = nullptr;
                };
                while (step < Steps) {
                    ++step;
                    const int row = random.bounded(int(itemIds.size()));
                    const int action = random.bounded(100);
                    if (action < 40) { // choose an answer (clicking the box ends any comment being edited)
                        auto* choice = qobject_cast<QComboBox*>(answers->cellWidget(row, 2));
                        choice->setFocus();
                        commit();
                        const Answer answer = choices[random.bounded(int(choices.size()))];
                        choice->setCurrentIndex(choice->findData(static_cast<int>(answer)));
                        model[itemIds[row]].answer = answer;
                    } else if (action < 80) { // type a comment, and commit it by Enter or Tab, or leave it open
                        if (editing) {
                            QTest::keyClick(editing, Qt::Key_Return);
                            commit();
                        }
                        answers->setFocus();
                        answers->setCurrentCell(row, 3);
                        answers->editItem(answers->item(row, 3));
                        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
                        QVERIFY2(editor, "no comment editor");
                        editor->selectAll();
                        typeText(editor, u"確認%1"_s.arg(step));
                        editing = editor;
                        editingRow = row;
                        const int how = random.bounded(3);
                        if (how < 2) {
                            QTest::keyClick(editor, how == 0 ? Qt::Key_Return : Qt::Key_Tab);
                            commit();
                        }
                    } else if (action < 90) { // close the dialog, the comment perhaps still open
                        closedWhileEditing += editing ? 1 : 0;
                        commit();
                        if (random.bounded(2))
                            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->click();
                        else
                            dialog->close(); // the window's close button
                        return;
                    }
                    QVERIFY2(m_messages.isEmpty(), qPrintable(u"step %1: "_s.arg(step) % m_messages.join(u'|')));
                }
                commit();
                dialog->close();
            });
            page.answerForUnit(unit);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(openings > 10);
        QVERIFY(closedWhileEditing > 0);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'|')));
        const QHash<QString, UnitAnswer> stored = manager->selfInspections().answers(campaign, unit);
        for (auto it = model.cbegin(); it != model.cend(); ++it) {
            const UnitAnswer found = stored.value(it.key());
            QVERIFY2(found.answer == it->answer && found.comment == it->comment,
                     qPrintable(u"%1: stored %2/「%3」, expected %4/「%5」"_s.arg(
                         it.key(), QString::number(int(found.answer)), found.comment, QString::number(int(it->answer)),
                         it->comment)));
        }
    }

    // A seeded random walk through the remediation screen as a unit's manager: plans chosen in the list, the
    // list filtered and searched, progress reported, actions added and done, plans started, dialogs accepted or
    // cancelled. Each plan then holds exactly the reports and actions the model says, on the plan they were
    // made for.
    void remediationRandomWalkMatchesAModel()
    {
        std::unique_ptr<Database> db = Database::open(m_demo.spec());
        auto manager = Workspace::signIn(db, u"k.takahashi"_s, u"kansa-demo"_s); // 総務課's manager
        RemediationService& service = manager->remediation();
        // Four more plans of 総務課 to walk through, two of them about 端末.
        for (const QString& title :
             {u"端末の画面ロック未設定"_s, u"来訪者記録の記入漏れ"_s, u"共用端末のID共有"_s, u"持出し簿の未記入"_s}) {
            Finding finding;
            finding.auditId = m_auditId;
            finding.unitId = manager->session().unitId;
            finding.itemKey = u"std-4.1-1"_s;
            finding.title = title;
            finding.condition = title;
            const qint64 findingId = m_window->workspace()->fieldwork().addFinding(finding);
            service.proposePlan(findingId, title % u"を是正する"_s,
                                {{0,
                                  title % u"の手順を定める"_s,
                                  manager->session().personId,
                                  QDate::currentDate().addMonths(1),
                                  false,
                                  {}}});
        }
        RemediationPage page(*manager);
        page.show();
        auto* table = page.findChild<QTableView*>(u"planTable"_s);
        auto* status = page.findChild<QComboBox*>(u"statusFilter"_s);
        auto* search = page.findChild<QLineEdit*>(u"planSearch"_s);
        auto* overdue = page.findChild<QCheckBox*>(u"overdueOnly"_s);
        auto* actions = page.findChild<QTableWidget*>(u"planActions"_s);
        const auto button = [&](const char* name) { return page.findChild<QPushButton*>(QLatin1StringView(name)); };

        struct Plan
        {
            QStringList reports;
            QStringList actions;
            QStringList done;
            PlanStatus status;
        };
        QHash<qint64, Plan> model;
        for (const RemediationPlan& plan : service.plans()) {
            Plan& p = model[plan.id];
            p.status = plan.status;
            for (const ProgressReport& report : service.progressReports(plan.id))
                p.reports << report.narrative;
            for (const RemediationAction& action : service.plan(plan.id).actions) {
                p.actions << action.description;
                if (action.done)
                    p.done << action.description;
            }
        }
        // Runs the dialog the button opens: fills it and presses OK, or cancels; true when accepted.
        QRandomGenerator random(20261203);
        const auto runDialog = [&](QPushButton* opener, const std::function<void(QDialog*)>& fill) {
            const bool accept = random.bounded(5) != 0;
            QTimer::singleShot(0, this, [&] {
                auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                fill(dialog);
                if (accept)
                    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
                else
                    dialog->reject();
            });
            opener->click();
            return accept;
        };
        for (int step = 0; step < 300; ++step) {
            const int action = random.bounded(100);
            const qint64 plan = page.currentPlanId();
            const QString text = u"歩行%1"_s.arg(step);
            if (action < 25) { // choose a plan in the list
                if (table->model()->rowCount() > 0)
                    table->selectRow(random.bounded(table->model()->rowCount()));
            } else if (action < 40) { // filter or search
                const int how = random.bounded(4);
                if (how == 0)
                    status->setCurrentIndex(random.bounded(2) ? 0 : random.bounded(status->count()));
                else if (how == 1)
                    search->setText(random.bounded(2) ? u"端末"_s : QString());
                else if (how == 2 || overdue->isChecked())
                    overdue->toggle();
                else
                    search->clear();
            } else if (action < 60) { // report progress
                if (!plan || !button("addProgress")->isEnabled())
                    continue;
                if (runDialog(button("addProgress"), [&](QDialog* dialog) {
                        dialog->findChild<QSpinBox*>(u"progressPercent"_s)->setValue(random.bounded(101));
                        typeText(dialog->findChild<QPlainTextEdit*>(u"progressNarrative"_s), text);
                    }))
                    model[plan].reports << text;
            } else if (action < 75) { // add an action
                if (!plan || !button("addAction")->isEnabled())
                    continue;
                if (runDialog(button("addAction"), [&](QDialog* dialog) {
                        typeText(dialog->findChild<QLineEdit*>(u"actionDescription"_s), text);
                    }))
                    model[plan].actions << text;
            } else if (action < 90) { // mark an open action done
                if (!plan || actions->rowCount() == 0)
                    continue;
                const int row = random.bounded(actions->rowCount());
                actions->setCurrentCell(row, 0);
                if (!button("completeAction")->isEnabled() || actions->item(row, 3)->data(Qt::UserRole).toBool())
                    continue;
                model[plan].done << actions->item(row, 0)->text();
                button("completeAction")->click();
            } else { // start the plan
                if (!plan || !button("startPlan")->isEnabled())
                    continue;
                button("startPlan")->click();
                model[plan].status = PlanStatus::InProgress;
            }
            QVERIFY2(m_messages.isEmpty(), qPrintable(u"step %1: "_s.arg(step) % m_messages.join(u'|')));
            if (QTest::currentTestFailed())
                return;
        }
        int changed = 0;
        for (auto it = model.cbegin(); it != model.cend(); ++it) {
            const RemediationPlan stored = service.plan(it.key());
            QStringList reports, descriptions, done;
            for (const ProgressReport& report : service.progressReports(it.key()))
                reports << report.narrative;
            for (const RemediationAction& action : stored.actions) {
                descriptions << action.description;
                if (action.done)
                    done << action.description;
            }
            QCOMPARE(reports, it->reports);
            QCOMPARE(descriptions, it->actions);
            std::ranges::sort(done);
            QStringList expectedDone = it->done;
            std::ranges::sort(expectedDone);
            QCOMPARE(done, expectedDone);
            QCOMPARE(stored.status, it->status);
            changed += reports.filter(u"歩行"_s).size() + descriptions.filter(u"歩行"_s).size();
        }
        QVERIFY2(changed > 25, qPrintable(QString::number(changed)));
    }

private:
    // A staff self-inspection campaign of this year asking the unit, as the administrator starts it (no
    // chapters: the whole checklist).
    qint64 newCampaign(const QString& title, const QStringList& chapters, qint64 unit)
    {
        Campaign campaign;
        campaign.fiscalYear = 2026;
        campaign.title = title;
        campaign.checklistKey = u"staff-self-inspection"_s;
        campaign.chapters = chapters;
        Session administrator = sessionWithRoles({});
        administrator.administrator = true;
        return SelfInspectionService(*m_db, administrator).createCampaign(campaign, {unit});
    }

    static qint64 unitOf(AuditWorkspace* fieldwork)
    {
        auto* units = fieldwork->findChild<QListWidget*>(u"auditUnits"_s);
        return units->currentItem() ? units->currentItem()->data(Qt::UserRole).toLongLong() : -1;
    }

    TestDatabase m_demo;
    std::unique_ptr<Database> m_db; // reads what is stored
    std::unique_ptr<MainWindow> m_window;
    qint64 m_auditId = 0;
    QStringList m_messages;
    QString m_pendingText;
};

QTEST_MAIN(TestGuiAutosave)
#include "test_gui_autosave.moc"
