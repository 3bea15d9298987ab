// Every dialog of the fieldwork, self-inspection and remediation screens, opened as its user opens it: OK with
// one required field left empty (or a date that is no date) names that field, focuses it and keeps the dialog
// open with everything else as typed; nothing is stored. Date fields show and read the chosen calendar. On
// SQLite and PostgreSQL.
#include "TestDatabase.h"

#include "audit/AuditWorkspace.h"
#include "audit/AuditsPage.h"
#include "audit/FieldworkService.h"
#include "common/DateField.h"
#include "common/MessageBox.h"
#include "demo/DemoOrganisation.h"
#include "remediation/RemediationPage.h"
#include "remediation/RemediationService.h"
#include "settings/AppSettings.h"
#include "settings/Translations.h"
#include "shell/MainWindow.h"
#include "store/ChangeChain.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

// Types text as a keyboard (or an input method) would; QTest::keyClicks takes ASCII only.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
    }
}

// The free-text fields a person types into: line edits (but those of spin boxes, combo boxes and date fields)
// and plain-text edits, visible and writable.
QList<QWidget*> typedFields(QDialog* dialog)
{
    QList<QWidget*> fields;
    for (QLineEdit* line : dialog->findChildren<QLineEdit*>()) {
        QWidget* owner = line->parentWidget();
        if (qobject_cast<QAbstractSpinBox*>(owner) || qobject_cast<QComboBox*>(owner) ||
            qobject_cast<DateField*>(owner) || line->isReadOnly() || !line->isVisibleTo(dialog) || !line->isEnabled())
            continue;
        fields << line;
    }
    for (QPlainTextEdit* text : dialog->findChildren<QPlainTextEdit*>()) {
        if (!text->isReadOnly() && text->isVisibleTo(dialog) && text->isEnabled())
            fields << text;
    }
    return fields;
}

QString textOf(const QWidget* field)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(field))
        return line->text();
    return qobject_cast<const QPlainTextEdit*>(field)->toPlainText();
}

void clear(QWidget* field)
{
    if (auto* line = qobject_cast<QLineEdit*>(field))
        line->clear();
    else
        qobject_cast<QPlainTextEdit*>(field)->clear();
}

// The rows of every table the dialogs write to, and of the change log: what a refused dialog leaves as it was.
QString storedCounts(Database& db)
{
    QStringList counts;
    for (const char* table : {"audit_evidence", "working_papers", "audit_findings", "remediation_plans",
                              "remediation_actions", "progress_reports", "progress_requests", "cross_checks",
                              "cross_check_units", "exceptions", "campaigns", "change_log"}) {
        counts << QLatin1StringView(table) % u'=' %
                      db.scalar(u"SELECT COUNT(*) FROM "_s % QLatin1StringView(table)).toString();
    }
    return counts.join(u' ');
}

} // namespace

class TestGuiDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Translations::apply(u"en"_s);
        AppSettings::setCalendarStyle(CalendarStyle::Japanese);
        MessageBox::setTestHandler([this](QMessageBox::Icon, const QString&, const QString& text) {
            m_messages << text;
            return QMessageBox::Yes;
        });
        DemoOrganisation::create(m_demo.spec());
        m_db = Database::open(m_demo.spec());
        // What the dialogs need beyond the demo: a finding of 総務課 without a plan (to propose one), and a
        // cross-department check that asks 総務課 (to answer it).
        {
            std::unique_ptr<Database> db = Database::open(m_demo.spec());
            auto chief = Workspace::signIn(db, u"h.nakayama"_s, QString::fromUtf16(DemoOrganisation::PersonPassword));
            const qint64 audit = chief->audits().audits(2026).first().id;
            Finding finding;
            finding.auditId = audit;
            finding.unitId = soumu();
            finding.itemKey = u"std-4.1-1"_s;
            finding.severity = Severity::Minor;
            finding.title = u"来訪者記録の記入漏れ"_s;
            finding.condition = u"来訪者記録に退室時刻の記入がない日があった。"_s;
            finding.recommendation = u"退室時に受付で記入を確認する。"_s;
            chief->fieldwork().addFinding(finding);
            const QList<RemediationPlan> plans = chief->remediation().plans();
            const auto other =
                std::ranges::find_if(plans, [this](const RemediationPlan& p) { return p.unitId != soumu(); });
            chief->remediation().askCrossCheck(other->findingId, u"同様の事象がないか確認してください。"_s, {soumu()},
                                               QDate::currentDate().addDays(14));
        }
    }

    void init() { m_messages.clear(); }

    void cleanup() { m_window.reset(); }

    void refusedDialogKeepsWhatWasTyped_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<QString>("missing");
        QTest::addColumn<QString>("label");
        const auto row = [](const char* name, const QString& login, const QString& trigger, const QString& missing,
                            const QString& label) { QTest::newRow(name) << login << trigger << missing << label; };
        const QString chief = u"h.nakayama"_s, manager = u"k.takahashi"_s, ciso = u"m.omori"_s;
        row("evidence: description", chief, u"addEvidence"_s, u"evidenceDescription"_s, u"Description"_s);
        row("evidence: date", chief, u"addEvidence"_s, u"evidenceDate"_s, u"Date"_s);
        row("working paper: summary", chief, u"workingPapers"_s, u"paperSummary"_s, u"Summary"_s);
        row("working paper: date", chief, u"workingPapers"_s, u"paperVisitedOn"_s, u"Visited on"_s);
        row("propose plan: summary", manager, u"proposePlan"_s, u"planSummary"_s, u"Summary"_s);
        row("propose plan: action", manager, u"proposePlan"_s, u"actionDescription"_s, u"Action"_s);
        row("propose plan: due", manager, u"proposePlan"_s, u"actionDue"_s, u"Due"_s);
        row("add action: action", manager, u"addAction"_s, u"actionDescription"_s, u"Action"_s);
        row("progress report: what was done", manager, u"addProgress"_s, u"progressNarrative"_s, u"What was done"_s);
        row("progress report: date", manager, u"addProgress"_s, u"progressDate"_s, u"Date"_s);
        row("verify: evidence seen", chief, u"verifyPlan"_s, u"verificationEvidence"_s, u"Evidence seen"_s);
        row("send back: what is missing", chief, u"sendBackPlan"_s, u"verificationNote"_s, u"What is missing"_s);
        row("cross-check: question", ciso, u"askCrossCheck"_s, u"crossCheckQuestion"_s, u"Question"_s);
        row("cross-check: answer by", ciso, u"askCrossCheck"_s, u"crossCheckDue"_s, u"Answer by"_s);
        row("cross-check answer: note", manager, u"answerCrossCheck"_s, u"answerNote"_s, u"Note"_s);
        row("exception request: reason", manager, u"requestException"_s, u"exceptionReason"_s, u"Reason"_s);
        row("exception decision: reason", ciso, u"decideException"_s, u"exceptionDecisionComment"_s, u"Reason"_s);
        row("exception decision: valid until", ciso, u"decideException"_s, u"exceptionValidUntil"_s, u"Valid until"_s);
        row("progress request: report by", ciso, u"requestProgress"_s, u"requestDue"_s, u"Report by"_s);
        row("new campaign: title", ciso, u"newCampaign"_s, u"campaignTitle"_s, u"Title"_s);
        row("new campaign: deadline", ciso, u"newCampaign"_s, u"campaignDeadline"_s, u"Deadline"_s);
    }
    void refusedDialogKeepsWhatWasTyped()
    {
        QFETCH(QString, login);
        QFETCH(QString, trigger);
        QFETCH(QString, missing);
        QFETCH(QString, label);
        QPushButton* button = openTrigger(login, trigger);
        QVERIFY2(button && button->isEnabled(), qPrintable(trigger));
        const QString before = storedCounts(*m_db);
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            checkRefusalKeepsFields(dialog, missing, label);
            checked = true;
            dialog->reject();
        });
        button->click();
        QVERIFY(checked);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(storedCounts(*m_db), before);
    }

    void historyShowsWhatWasRecorded_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("trigger");
        QTest::newRow("an item's results and evidence") << u"h.nakayama"_s << u"itemHistory"_s;
        QTest::newRow("a plan's actions") << u"k.takahashi"_s << u"planHistory"_s;
        QTest::newRow("an exception's decision") << u"m.omori"_s << u"exceptionHistory"_s;
    }
    // The history a button opens lists what the change log holds for the record, and changes nothing.
    void historyShowsWhatWasRecorded()
    {
        QFETCH(QString, login);
        QFETCH(QString, trigger);
        QPushButton* button = openTrigger(login, trigger);
        QVERIFY2(button && button->isEnabled(), qPrintable(trigger));
        const QString before = storedCounts(*m_db);
        int rows = -1;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != u"historyDialog"_s)
                return;
            rows = dialog->findChild<QTableWidget*>(u"historyTable"_s)->rowCount();
            QVERIFY(dialog->findChild<QPushButton*>(u"saveHistory"_s)->isEnabled());
            dialog->reject();
        });
        button->click();
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
        QVERIFY2(rows > 0, qPrintable(QString::number(rows)));
        QCOMPARE(storedCounts(*m_db), before);
    }

    // Someone changes an early entry of the file's change log and rewrites the chain after it, between two
    // sessions: opening the file says so, and says it again at the next opening until the record is verified.
    void aRecordChangedOutsideKansaIsNamedAtOpening()
    {
        TestDatabase test;
        DemoOrganisation::create(test.spec());
        {
            std::unique_ptr<Database> db = Database::open(test.spec());
            Transaction forged(*db);
            db->exec(u"UPDATE change_log SET new_value = 'conforming' WHERE id = (SELECT MIN(id) + 40 FROM "
                     "change_log)"_s);
            ChangeChain::chainExisting(*db);
            forged.commit();
        }
        for (int opening = 0; opening < 2; ++opening) {
            m_messages.clear();
            std::unique_ptr<Database> db = Database::open(test.spec());
            MainWindow window;
            window.setWorkspace(Workspace::signIn(db, QString::fromUtf16(DemoOrganisation::AdministratorLogin),
                                                  QString::fromUtf16(DemoOrganisation::AdministratorPassword)));
            QVERIFY2(!m_messages.isEmpty(), "no warning at opening");
            QVERIFY2(m_messages.first().contains(u"changed outside Kansa"_s), qPrintable(m_messages.first()));
            QVERIFY(m_messages.first().contains(test.spec().displayName()));
        }
    }

    // A date field shows the chosen calendar, reads what people type and steps with the arrow keys.
    void dateFieldFollowsTheCalendar()
    {
        DateField field(QDate(2026, 12, 1));
        auto* text = field.findChild<QLineEdit*>(u"dateText"_s);
        QCOMPARE(text->text(), u"令和8年12月1日"_s);
        text->clear();
        typeText(text, u"R8.4.1"_s);
        QCOMPARE(field.date(), QDate(2026, 4, 1));
        QMetaObject::invokeMethod(text, "editingFinished");
        QCOMPARE(text->text(), u"令和8年4月1日"_s);
        QTest::keyClick(text, Qt::Key_Up);
        QCOMPARE(field.date(), QDate(2026, 4, 2));
        QTest::keyClick(text, Qt::Key_PageDown);
        QCOMPARE(field.date(), QDate(2026, 3, 2));
        QCOMPARE(text->text(), u"令和8年3月2日"_s);
        text->clear();
        typeText(text, u"来週"_s);
        QVERIFY(!field.date().isValid());
        QVERIFY(!field.isAcceptable());
        QMetaObject::invokeMethod(text, "editingFinished");
        QCOMPARE(text->text(), u"来週"_s); // kept as typed, and marked
        QVERIFY(!text->styleSheet().isEmpty());

        AppSettings::setCalendarStyle(CalendarStyle::Western);
        DateField western(QDate(2026, 12, 1));
        QCOMPARE(western.text(), u"1 December 2026"_s);
        FiscalYearField year;
        year.setValue(2026);
        QCOMPARE(year.text(), u"FY2026"_s);
        AppSettings::setCalendarStyle(CalendarStyle::Japanese);
        FiscalYearField era;
        era.setValue(2026);
        QCOMPARE(era.text(), u"令和8年度"_s);
        auto* eraText = era.findChild<QLineEdit*>();
        eraText->selectAll();
        typeText(eraText, u"R5"_s);
        QCOMPARE(era.value(), 2023);

        DateField optional;
        optional.setOptional(u"(not set)"_s);
        QVERIFY(optional.isAcceptable());
        QVERIFY(!optional.date().isValid());
    }

private:
    qint64 soumu() { return m_db->scalar(u"SELECT id FROM units WHERE code = 'S011'"_s).toLongLong(); }

    // Signs in, opens the screen the dialog belongs to, selects what it acts on, and returns the button that
    // opens it.
    QPushButton* openTrigger(const QString& login, const QString& trigger)
    {
        std::unique_ptr<Database> db = Database::open(m_demo.spec());
        m_window = std::make_unique<MainWindow>();
        m_window->setWorkspace(Workspace::signIn(db, login, QString::fromUtf16(DemoOrganisation::PersonPassword)));
        m_window->show();
        Workspace& workspace = *m_window->workspace();
        if (trigger == u"addEvidence"_s || trigger == u"workingPapers"_s || trigger == u"itemHistory"_s) {
            m_window->showArea(MainWindow::AuditsArea);
            const qint64 audit = workspace.audits().audits(2026).first().id;
            AuditWorkspace* fieldwork = m_window->findChild<AuditsPage*>()->openFieldwork(audit);
            fieldwork->selectUnit(soumu());
            fieldwork->selectItem(m_db->scalar(u"SELECT MIN(item_key) FROM audit_results WHERE audit_id = ? AND "
                                               "unit_id = ?"_s,
                                               {audit, soumu()})
                                      .toString());
            return fieldwork->findChild<QPushButton*>(trigger);
        }
        if (trigger == u"newCampaign"_s) {
            m_window->showArea(MainWindow::SelfInspectionArea);
            return m_window->findChild<QPushButton*>(trigger);
        }
        m_window->showArea(MainWindow::RemediationArea);
        auto* page = m_window->findChild<RemediationPage*>();
        const auto selectPlan = [&](auto matches) {
            for (const RemediationPlan& plan : workspace.remediation().plans()) {
                if (matches(plan))
                    return page->selectPlan(plan.id);
            }
            return false;
        };
        if (trigger == u"addAction"_s || trigger == u"addProgress"_s || trigger == u"planHistory"_s)
            selectPlan([&](const RemediationPlan& p) { return p.unitId == soumu() && p.open(); });
        else if (trigger == u"verifyPlan"_s || trigger == u"sendBackPlan"_s)
            selectPlan([](const RemediationPlan& p) { return p.status == PlanStatus::Completed; });
        else if (trigger == u"askCrossCheck"_s)
            selectPlan([](const RemediationPlan&) { return true; });
        else if (trigger == u"decideException"_s || trigger == u"exceptionHistory"_s)
            selectRow(page->findChild<QTableWidget*>(u"exceptionsTable"_s), 8, u"Awaiting the CISO"_s);
        else if (trigger == u"answerCrossCheck"_s)
            selectRow(page->findChild<QTableWidget*>(u"crossChecks"_s), 2, u"同様の事象がないか確認してください。"_s);
        return page->findChild<QPushButton*>(trigger);
    }

    static void selectRow(QTableWidget* table, int column, const QString& text)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, column)->text() == text)
                table->setCurrentCell(row, 0);
        }
    }

    // Types into every field but missing (emptied, or for a date given text that is no date), presses OK and
    // checks that the dialog stayed open, named and focused the field, and kept everything typed.
    void checkRefusalKeepsFields(QDialog* dialog, const QString& missing, const QString& label)
    {
        QWidget* missingField = dialog->findChild<QWidget*>(missing);
        QVERIFY2(missingField, qPrintable(missing));
        auto* date = qobject_cast<DateField*>(missingField);
        QHash<QWidget*, QString> typed;
        int n = 0;
        for (QWidget* field : typedFields(dialog)) {
            clear(field);
            if (field == missingField)
                continue;
            const QString text = u"入力%1"_s.arg(++n);
            typeText(field, text);
            typed.insert(field, text);
        }
        if (date) {
            auto* text = date->findChild<QLineEdit*>(u"dateText"_s);
            text->clear();
            typeText(text, u"来週"_s);
        }
        QDialogButtonBox* box = dialog->findChild<QDialogButtonBox*>();
        QPushButton* ok =
            box->button(QDialogButtonBox::Ok) ? box->button(QDialogButtonBox::Ok) : box->button(QDialogButtonBox::Save);
        ok->click();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(label), qPrintable(m_messages.first()));
        if (date)
            QVERIFY2(m_messages.first().contains(u"来週"_s), qPrintable(m_messages.first()));
        QWidget* focused = dialog->focusWidget();
        QVERIFY2(focused == missingField || missingField->isAncestorOf(focused),
                 qPrintable(focused ? focused->objectName() : u"nothing"_s));
        for (auto it = typed.cbegin(); it != typed.cend(); ++it)
            QCOMPARE(textOf(it.key()), it.value());
        if (date)
            QCOMPARE(date->text(), u"来週"_s);
    }

    TestDatabase m_demo;
    std::unique_ptr<Database> m_db; // reads what is stored
    std::unique_ptr<MainWindow> m_window;
    QStringList m_messages;
};

QTEST_MAIN(TestGuiDialogs)
#include "test_gui_dialogs.moc"
