#include "TestDatabase.h"

#include "calendar/JapaneseCalendar.h"
#include "common/DateField.h"
#include "common/MessageBox.h"
#include "demo/DemoOrganisation.h"
#include "remediation/PlanTableModel.h"
#include "remediation/ProgressReportDialog.h"
#include "remediation/RemediationPage.h"
#include "settings/Translations.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

class TestGuiRemediation final : public QObject
{
    Q_OBJECT

private:
    QStringList m_messages;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<MainWindow> m_window;

    // The demo organisation in a main window, signed in as login, showing the Remediation area.
    RemediationPage* open(const QString& login)
    {
        Translations::apply(u"en"_s);
        m_test = std::make_unique<TestDatabase>();
        DemoOrganisation::create(m_test->spec());
        std::unique_ptr<Database> db = Database::open(m_test->spec());
        m_window = std::make_unique<MainWindow>();
        m_window->setWorkspace(Workspace::signIn(db, login, QString::fromUtf16(DemoOrganisation::PersonPassword)));
        m_window->show();
        m_window->showArea(MainWindow::RemediationArea);
        return m_window->findChild<RemediationPage*>(u"remediationPage"_s);
    }

    RemediationService& service() { return m_window->workspace()->remediation(); }

    // The first open plan of the signed-in person's unit.
    qint64 openPlanOfMyUnit()
    {
        for (const RemediationPlan& plan : service().plans()) {
            if (plan.unitId == m_window->workspace()->session().unitId && plan.status == PlanStatus::InProgress)
                return plan.id;
        }
        return 0;
    }

    static QStringList column(QAbstractItemModel* model, int column, int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data(role).toString();
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (TestDatabase::usesPostgres())
            QSKIP("the GUI runs on SQLite");
        MessageBox::setTestHandler([this](QMessageBox::Icon, const QString&, const QString& text) {
            m_messages << text;
            return QMessageBox::Yes;
        });
    }

    void init() { m_messages.clear(); }

    void cleanup()
    {
        m_window.reset();
        m_test.reset();
    }

    // The CISO sees this year's plans and the open ones carried over; overdue plans carry an icon and the word,
    // not only a colour; the filters narrow the list.
    void planListMarksCarriedOverAndOverdue()
    {
        RemediationPage* page = open(u"m.omori"_s);
        QVERIFY(page);
        QAbstractItemModelTester tester(page->planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* view = page->findChild<QTableView*>(u"planTable"_s);
        QAbstractItemModel* list = view->model();
        const int thisYear = JapaneseCalendar::fiscalYearOf(QDate::currentDate());
        const int shown = list->rowCount();
        QVERIFY(shown > 0);

        int carried = 0;
        int overdue = 0;
        for (int row = 0; row < shown; ++row) {
            const RemediationPlan& plan = page->planModel()->planAt(row);
            QVERIFY(plan.fiscalYear == thisYear || (plan.open() && plan.fiscalYear < thisYear));
            if (list->index(row, 0).data(PlanTableModel::CarriedOverRole).toBool()) {
                ++carried;
                QVERIFY(plan.fiscalYear < thisYear);
                QVERIFY(
                    list->index(row, PlanTableModel::FiscalYearColumn).data().toString().contains(u"carried over"_s));
            }
            if (list->index(row, 0).data(PlanTableModel::OverdueRole).toBool()) {
                ++overdue;
                const QModelIndex status = list->index(row, PlanTableModel::StatusColumn);
                QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
                QVERIFY(status.data().toString().contains(u"Overdue"_s));
                QVERIFY(status.data(Qt::ForegroundRole).isValid());
                QVERIFY(plan.nextDue() < QDate::currentDate());
            } else {
                QVERIFY(list->index(row, PlanTableModel::StatusColumn).data(Qt::DecorationRole).isNull());
                QVERIFY(!list->index(row, PlanTableModel::StatusColumn).data().toString().contains(u"Overdue"_s));
            }
        }
        QCOMPARE(carried, 1);  // 建設課's plan of the year before
        QVERIFY(overdue >= 2); // that one and 総務課's

        auto* overdueOnly = page->findChild<QCheckBox*>(u"overdueOnly"_s);
        overdueOnly->setChecked(true);
        QCOMPARE(list->rowCount(), overdue);
        overdueOnly->setChecked(false);

        auto* search = page->findChild<QLineEdit*>(u"planSearch"_s);
        search->setText(u"画面ロック"_s); // typed text is Latin-1 only in QTest
        QVERIFY(list->rowCount() > 0 && list->rowCount() < shown);
        for (const QString& title : column(list, PlanTableModel::FindingColumn))
            QVERIFY(title.contains(u"画面ロック"_s));
        search->clear();
        QCOMPARE(list->rowCount(), shown);

        auto* unit = page->findChild<QComboBox*>(u"unitFilter"_s);
        unit->setCurrentIndex(unit->findText(u"総務課"_s, Qt::MatchEndsWith));
        QVERIFY(list->rowCount() > 0 && list->rowCount() < shown);
        QCOMPARE(column(list, PlanTableModel::UnitColumn).removeDuplicates(), list->rowCount() - 1);
        unit->setCurrentIndex(0);

        auto* status = page->findChild<QComboBox*>(u"statusFilter"_s);
        status->setCurrentIndex(status->findData(static_cast<int>(PlanStatus::Completed)));
        QCOMPARE(list->rowCount(), 1);
        status->setCurrentIndex(0);

        // Every year: the plan verified last year appears too, and nothing of last year is "carried over" twice.
        auto* year = page->findChild<QComboBox*>(u"fiscalYearFilter"_s);
        year->setCurrentIndex(year->findData(0));
        QVERIFY(list->rowCount() > shown);
        QVERIFY(column(list, PlanTableModel::StatusColumn).contains(RemediationTexts::name(PlanStatus::Verified)));
    }

    // A unit's manager reports progress through the dialog; the report joins the plan's history.
    void progressReportAppearsInHistory()
    {
        RemediationPage* page = open(u"k.takahashi"_s);
        const qint64 planId = openPlanOfMyUnit();
        QVERIFY(planId);
        QVERIFY(page->selectPlan(planId));
        auto* history = page->findChild<QTableWidget*>(u"progressHistory"_s);
        const int before = history->rowCount();
        auto* button = page->findChild<QPushButton*>(u"addProgress"_s);
        QVERIFY(button->isEnabled());
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<ProgressReportDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QSpinBox*>(u"progressPercent"_s)->setValue(60);
            dialog->findChild<QPlainTextEdit*>(u"progressNarrative"_s)->setPlainText(u"様式を決定し配布した。"_s);
            dialog->findChild<QLineEdit*>(u"progressEvidence"_s)->setText(u"持出し簿様式"_s);
            dialog->accept();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'|')));
        QCOMPARE(page->currentPlanId(), planId);
        QCOMPARE(history->rowCount(), before + 1);
        bool found = false;
        for (int row = 0; row < history->rowCount(); ++row)
            found = found ||
                    (history->item(row, 2)->text() == u"様式を決定し配布した。"_s &&
                     history->item(row, 1)->text() == u"60%"_s && history->item(row, 3)->text() == u"持出し簿様式"_s &&
                     history->item(row, 4)->text().contains(u"k.takahashi"_s));
        QVERIFY(found);
        const int row = page->planModel()->rowOf(planId);
        QCOMPARE(page->planModel()->index(row, PlanTableModel::ProgressColumn).data().toString(), u"60%"_s);
    }

    // The unit reports completion, but may not verify its own plan: the button is off, and asked anyway the
    // service refuses with a message and nothing changes.
    void unitMemberCannotVerify()
    {
        RemediationPage* page = open(u"k.takahashi"_s);
        const qint64 planId = openPlanOfMyUnit();
        QVERIFY(page->selectPlan(planId));
        QTest::mouseClick(page->findChild<QPushButton*>(u"reportCompletion"_s), Qt::LeftButton);
        QCOMPARE(service().plan(planId).status, PlanStatus::Completed);
        QVERIFY(!page->findChild<QPushButton*>(u"verifyPlan"_s)->isEnabled());
        m_messages.clear();
        const int version = service().plan(planId).stamp.version;
        QTimer::singleShot(0, this, [] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), u"verificationDialog"_s);
            dialog->findChild<QPlainTextEdit*>(u"verificationNote"_s)->setPlainText(u"確認した。"_s);
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        });
        page->verifyPlan();
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(u"may not verify"_s), qPrintable(m_messages.first()));
        const RemediationPlan after = service().plan(planId);
        QCOMPARE(after.status, PlanStatus::Completed);
        QCOMPARE(after.stamp.version, version);
        QVERIFY(after.verificationNote.isEmpty());
    }

    // The chief auditor verifies a completed plan, naming what was checked and the evidence seen.
    void chiefAuditorVerifiesWithEvidence()
    {
        RemediationPage* page = open(u"h.nakayama"_s);
        qint64 planId = 0;
        for (const RemediationPlan& plan : service().plans()) {
            if (plan.status == PlanStatus::Completed)
                planId = plan.id;
        }
        QVERIFY(planId);
        QVERIFY(page->selectPlan(planId));
        auto* button = page->findChild<QPushButton*>(u"verifyPlan"_s);
        QVERIFY(button->isEnabled());
        QTimer::singleShot(0, this, [this] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            dialog->findChild<QPlainTextEdit*>(u"verificationNote"_s)->setPlainText(u"全端末の設定を確認した。"_s);
            ok->click(); // the evidence is still missing: named, and the dialog stays open with the note
            QCOMPARE(m_messages.size(), 1);
            QVERIFY(m_messages.first().contains(u"Evidence seen"_s));
            m_messages.clear();
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->findChild<QPlainTextEdit*>(u"verificationNote"_s)->toPlainText(),
                     u"全端末の設定を確認した。"_s);
            dialog->findChild<QPlainTextEdit*>(u"verificationEvidence"_s)->setPlainText(u"端末設定一覧、画面確認"_s);
            ok->click();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'|')));
        const RemediationPlan after = service().plan(planId);
        QCOMPARE(after.status, PlanStatus::Verified);
        QCOMPARE(after.verificationNote, u"全端末の設定を確認した。"_s);
        QCOMPARE(after.verificationEvidence, u"端末設定一覧、画面確認"_s);
        QVERIFY(page->findChild<QLabel*>(u"planInfo"_s)->text().contains(u"端末設定一覧"_s));
    }

    // The CISO approves the pending exception with its term and next review; the expired one stands out.
    void cisoDecidesException()
    {
        RemediationPage* page = open(u"m.omori"_s);
        auto* tabs = page->findChild<QTabWidget*>(u"remediationTabs"_s);
        tabs->setCurrentWidget(page->findChild<QWidget*>(u"exceptionsPanel"_s));
        auto* table = page->findChild<QTableWidget*>(u"exceptionsTable"_s);
        int pending = -1;
        int expired = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 8)->text() == u"Awaiting the CISO"_s)
                pending = row;
            if (table->item(row, 8)->text() == u"Expired"_s)
                expired = row;
        }
        QVERIFY(pending >= 0);
        QVERIFY(expired >= 0);
        QVERIFY(!table->item(expired, 8)->icon().isNull());
        const qint64 id = table->item(pending, 0)->data(Qt::UserRole).toLongLong();
        table->setCurrentCell(pending, 0);
        auto* decide = page->findChild<QPushButton*>(u"decideException"_s);
        QVERIFY(decide->isEnabled());
        const QDate until = QDate::currentDate().addMonths(6);
        QTimer::singleShot(0, this, [until] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            QVERIFY(dialog->findChild<QRadioButton*>(u"approveException"_s)->isChecked());
            dialog->findChild<DateField*>(u"exceptionValidUntil"_s)->setDate(until);
            dialog->findChild<DateField*>(u"exceptionNextReview"_s)->setDate(until.addMonths(-1));
            dialog->findChild<QPlainTextEdit*>(u"exceptionDecisionComment"_s)->setPlainText(u"期間を限って認める。"_s);
            QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QMetaObject::invokeMethod(ok, "click", Qt::QueuedConnection);
        });
        QTest::mouseClick(decide, Qt::LeftButton);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'|')));
        SecurityException decided;
        for (const SecurityException& e : service().exceptions())
            if (e.id == id)
                decided = e;
        QCOMPARE(decided.decision, ExceptionDecision::Approved);
        QCOMPARE(decided.validUntil, until);
        QCOMPARE(decided.nextReviewOn, until.addMonths(-1));
        QCOMPARE(decided.decisionComment, u"期間を限って認める。"_s);
        bool shown = false;
        for (int row = 0; row < table->rowCount(); ++row)
            shown = shown || (table->item(row, 0)->data(Qt::UserRole).toLongLong() == id &&
                              table->item(row, 5)->text().startsWith(u"Approved"_s) &&
                              table->item(row, 8)->text() == u"In force"_s);
        QVERIFY(shown);
    }

    // The CISO asks every unit to check a plan's finding and requests progress; both lists show it.
    void cisoAsksUnitsAndRequestsProgress()
    {
        RemediationPage* page = open(u"m.omori"_s);
        auto* checks = page->findChild<QTableWidget*>(u"crossChecks"_s);
        const int before = checks->rowCount();
        QVERIFY(page->findChild<QPushButton*>(u"askCrossCheck"_s)->isEnabled());
        QTimer::singleShot(0, this, [] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            dialog->findChild<QPlainTextEdit*>(u"crossCheckQuestion"_s)
                ->setPlainText(u"鍵の管理を確認してください。"_s);
            dialog->findChild<QCheckBox*>(u"crossCheckAllUnits"_s)->setChecked(true);
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        });
        QTest::mouseClick(page->findChild<QPushButton*>(u"askCrossCheck"_s), Qt::LeftButton);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'|')));
        QCOMPARE(checks->rowCount(), before + 1);
        checks->setCurrentCell(before, 0);
        QVERIFY(page->findChild<QTableWidget*>(u"crossCheckAnswers"_s)->rowCount() > 3);

        auto* owed = page->findChild<QTableWidget*>(u"owedReports"_s);
        QTimer::singleShot(0, this, [] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        });
        QTest::mouseClick(page->findChild<QPushButton*>(u"requestProgress"_s), Qt::LeftButton);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'|')));
        QVERIFY(page->findChild<QTableWidget*>(u"progressRequests"_s)->rowCount() >= 1);
        QVERIFY(owed->rowCount() >= 3); // every open plan owes a report
    }
};

QTEST_MAIN(TestGuiRemediation)
#include "test_gui_remediation.moc"
