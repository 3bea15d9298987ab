#include "TestDatabase.h"

#include "checklist/ChecklistLibrary.h"
#include "checklist/ChecklistTreeModel.h"
#include "checklist/ChecklistsPage.h"
#include "checklist/CrosswalkService.h"
#include "checklist/PolicyReviewDialog.h"
#include "common/MessageBox.h"
#include "demo/DemoOrganisation.h"
#include "settings/Translations.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

// The review of a checklist drafted from the municipality's own policy, driven as a reviewer drives it: by keys,
// typing into the proposed item, closing and coming back, and saving the result as the organisation's checklist.
class TestGuiPolicyReview final : public QObject
{
    Q_OBJECT

    TestDatabase m_test;
    QStringList m_messages;

    static QString basicPolicy()
    {
        return qEnvironmentVariable("KANSA_DATA_DIR") % u"/seeds/001_b375c473e76649d1.txt"_s;
    }

    std::unique_ptr<Workspace> chief()
    {
        std::unique_ptr<Database> db = Database::open(m_test.spec());
        return Workspace::signIn(db, u"h.nakayama"_s, u"kansa-demo"_s);
    }

    static PolicyReviewDialog* open(ChecklistsPage& page)
    {
        auto* choice = page.findChild<QComboBox*>(u"checklistChoice"_s);
        choice->setCurrentIndex(choice->findData(u"basic-policy"_s));
        return page.derivePolicy(basicPolicy());
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::apply(u"ja"_s);
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        DemoOrganisation::create(m_test.spec());
        MessageBox::setTestHandler([this](QMessageBox::Icon, const QString&, const QString& text) {
            m_messages << text;
            return QMessageBox::No;
        });
    }

    void reviewByKeysKeepsEverythingAndSaves()
    {
        auto workspace = chief();
        ChecklistsPage page(workspace->checklists());
        QPointer<PolicyReviewDialog> review = open(page);
        QVERIFY2(review, qPrintable(m_messages.join(u'\n')));
        DraftReviewModel& model = review->model();
        const int total = model.rowCount();
        QVERIFY(total >= 30);
        auto* table = review->findChild<QTableView*>(u"reviewItems"_s);
        auto* question = review->findChild<QPlainTextEdit*>(u"reviewQuestionJa"_s);
        auto* progress = review->findChild<QLabel*>(u"reviewProgress"_s);
        // The review's keys are the active window's shortcuts.
        QApplication::setActiveWindow(review);
        QVERIFY(QTest::qWaitForWindowActive(review));
        table->setFocus();
        QCOMPARE(review->currentRow(), 0);

        // A: accepted, and on to the next item to review.
        QTest::keyClick(table, Qt::Key_A);
        QCOMPARE(model.review().entry(0).decision, DraftReview::Decision::Accepted);
        QCOMPARE(review->currentRow(), 1);
        // E, typing, R: what was typed is kept on the item it was typed for, which is then rejected.
        const QString secondId = model.review().item(1).id;
        QTest::keyClick(table, Qt::Key_E);
        question->moveCursor(QTextCursor::End);
        question->insertPlainText(u"（記録を含む）"_s); // as an input method commits it
        table->setFocus();
        QTest::keyClick(table, Qt::Key_R);
        const int second = model.review().rowOf(secondId);
        QVERIFY(model.review().item(second).question.ja.endsWith(u"（記録を含む）"_s));
        QVERIFY(model.review().entry(second).edited);
        QCOMPARE(model.review().entry(second).decision, DraftReview::Decision::Rejected);
        // S splits the current item in two; M merges it back.
        table->setFocus();
        const int splitRow = review->currentRow();
        QTest::keyClick(table, Qt::Key_S);
        QCOMPARE(model.rowCount(), total + 1);
        QCOMPARE(review->currentRow(), splitRow + 1);
        QCOMPARE(model.review().item(splitRow + 1).source, model.review().item(splitRow).source);
        review->showRow(splitRow);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_M);
        QCOMPARE(model.rowCount(), total);
        QVERIFY(progress->text().contains(u"2"_s));
        // A search leaves the rows that hold the text.
        auto* search = review->findChild<QLineEdit*>(u"reviewSearch"_s);
        search->insert(u"監査"_s);
        QVERIFY2(table->model()->rowCount() > 0 && table->model()->rowCount() < total,
                 qPrintable(QString::number(table->model()->rowCount())));
        search->clear();

        // Typed and left at once with Escape, before the field saved itself: kept all the same.
        const QString typedId = model.review().item(review->currentRow()).id;
        question->moveCursor(QTextCursor::End);
        question->insertPlainText(u"（年1回）"_s);
        QTest::keyClick(review, Qt::Key_Escape);
        // Closed, and opened again on the same policy: the review is where it stood.
        QTRY_VERIFY(!review);
        review = open(page);
        QVERIFY(review);
        QCOMPARE(review->model().review().entry(0).decision, DraftReview::Decision::Accepted);
        const int again = review->model().review().rowOf(secondId);
        QVERIFY(review->model().review().item(again).question.ja.endsWith(u"（記録を含む）"_s));
        QCOMPARE(review->model().review().counts().accepted, 1);
        QCOMPARE(review->model().review().counts().rejected, 1);
        const int typed = review->model().review().rowOf(typedId);
        QVERIFY(review->model().review().item(typed).question.ja.endsWith(u"（年1回）"_s));

        // Saved as the organisation's own checklist: the accepted item only.
        QVERIFY(review->saveAsChecklist(u"own-basic-policy"_s,
                                        {u"小美玉市情報セキュリティ基本方針"_s, u"Basic policy"_s}, false));
        const Checklist saved = workspace->checklists().load(u"own-basic-policy"_s);
        QCOMPARE(saved.itemCount(), 1);
        QCOMPARE(saved.items().first()->id, review->model().review().item(0).id);
        review->close();
    }

    // Saved with the crosswalk at hand, the checklist keeps its items' links to the checklist they were matched
    // against, and an item's detail shows them.
    void savingKeepsTheLinksToTheMatchedChecklist()
    {
        auto workspace = chief();
        ChecklistsPage page(workspace->checklists());
        CrosswalkService crosswalks(workspace->database(), workspace->session());
        page.setCrosswalks(&crosswalks);
        QPointer<PolicyReviewDialog> review = open(page);
        QVERIFY2(review, qPrintable(m_messages.join(u'\n')));
        DraftReviewModel& model = review->model();
        QStringList matched;
        for (int row = 0; row < model.rowCount() && matched.size() < 3; ++row) {
            const DraftReview::Entry& entry = model.review().entry(row);
            if (entry.isNew || entry.matchedId.isEmpty() || entry.decision == DraftReview::Decision::Rejected)
                continue;
            model.decide(row, DraftReview::Decision::Accepted);
            matched << model.review().item(row).id;
        }
        QCOMPARE(matched.size(), 3);
        const QString first = matched.first();
        const QString shipped = model.review().entry(model.review().rowOf(first)).matchedId;
        const int against = workspace->checklists().load(u"basic-policy"_s).version;
        QVERIFY(review->saveAsChecklist(u"own-basic-policy-linked"_s, {u"基本方針"_s, u"Basic policy"_s}, false));
        const Checklist saved = workspace->checklists().load(u"own-basic-policy-linked"_s);
        const QList<CrosswalkLink> links = crosswalks.links(ChecklistRef{saved.id, saved.version});
        // A link for each item saved that was matched (the review may have kept items drafted new before).
        qsizetype expected = 0;
        for (const ChecklistItem* item : saved.items()) {
            const DraftReview::Entry& entry = model.review().entry(model.review().rowOf(item->id));
            expected += entry.isNew || entry.matchedId.isEmpty() ? 0 : 1;
        }
        QVERIFY(expected >= 3);
        QCOMPARE(links.size(), expected);
        for (const CrosswalkLink& link : links) {
            QCOMPARE(link.to, (ChecklistRef{u"basic-policy"_s, against}));
            QVERIFY(link.score.has_value());
        }
        const auto linked = std::ranges::find(links, first, &CrosswalkLink::fromItem);
        QVERIFY(linked != links.end());
        QCOMPARE(linked->toItem, shipped);
        review->close();

        page.showChecklist(saved.id);
        auto* tree = page.findChild<QTreeView*>(u"checklistTree"_s);
        const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0), ChecklistTreeModel::ItemIdRole,
                                                           first, 1, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        tree->setCurrentIndex(found.first());
        const QString detail = page.findChild<QTextBrowser*>(u"checklistItemDetail"_s)->toPlainText();
        QVERIFY2(detail.contains(u"basic-policy"_s) && detail.contains(shipped), qPrintable(detail));
        QCOMPARE(page.findChild<QListWidget*>(u"itemLinks"_s)->count(), 1);
    }

    void staffCannotDraft()
    {
        std::unique_ptr<Database> db = Database::open(m_test.spec());
        auto staff = Workspace::signIn(db, u"m.ito"_s, u"kansa-demo"_s);
        ChecklistsPage page(staff->checklists());
        m_messages.clear();
        QVERIFY(!page.derivePolicy(basicPolicy()));
        QCOMPARE(m_messages.size(), 1);
    }
};

QTEST_MAIN(TestGuiPolicyReview)
#include "test_gui_policy_review.moc"
