// History where people look: who changed an item's result and evidence, a finding, a plan, an exception and an
// account, and when, read under the access policy and written as CSV.
#include "TestDatabase.h"

#include "audit/FieldworkService.h"
#include "auth/AccountService.h"
#include "common/Error.h"
#include "demo/DemoOrganisation.h"
#include "exchange/TableExport.h"
#include "record/RecordHistory.h"
#include "remediation/RemediationService.h"
#include "workspace/Workspace.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

const HistoryEntry* find(const QList<HistoryEntry>& entries, const QString& record, const QString& field,
                         const QString& newValue)
{
    for (const HistoryEntry& entry : entries) {
        if (entry.record == record && entry.field == field && entry.newValue == newValue)
            return &entry;
    }
    return nullptr;
}

} // namespace

class TestHistory final : public QObject
{
    Q_OBJECT

    TestDatabase m_test;
    std::unique_ptr<Workspace> m_chief;
    qint64 m_audit = 0;
    qint64 m_soumu = 0;
    QString m_item;

    std::unique_ptr<Workspace> signIn(const QString& login)
    {
        std::unique_ptr<Database> db = Database::open(m_test.spec());
        return Workspace::signIn(db, login, QString::fromUtf16(DemoOrganisation::PersonPassword));
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoOrganisation::create(m_test.spec());
        m_chief = signIn(u"h.nakayama"_s);
        Database& db = m_chief->database();
        m_audit = db.scalar(u"SELECT id FROM audits WHERE fiscal_year = 2026"_s).toLongLong();
        m_soumu = db.scalar(u"SELECT id FROM units WHERE code = 'S011'"_s).toLongLong();
        m_item = db.scalar(u"SELECT MIN(item_key) FROM audit_results WHERE audit_id = ? AND unit_id = ?"_s,
                           {m_audit, m_soumu})
                     .toString();
        QVERIFY(m_audit && m_soumu && !m_item.isEmpty());
    }

    void anItemShowsItsResultsAndEvidenceEvenRemoved()
    {
        FieldworkService& fieldwork = m_chief->fieldwork();
        const ItemResult stored = fieldwork.result(m_audit, m_soumu, m_item);
        const ItemResult first = fieldwork.setResult(m_audit, m_soumu, m_item, AuditResult::NonConforming,
                                                     u"持出し簿に記録がない"_s, stored.stamp.version);
        fieldwork.setResult(m_audit, m_soumu, m_item, AuditResult::PartlyConforming, u"一部記録あり"_s,
                            first.stamp.version);
        Evidence evidence;
        evidence.unitId = m_soumu;
        evidence.itemKey = m_item;
        evidence.description = u"USBメモリ持出し簿"_s;
        evidence.observedOn = QDate(2026, 11, 20);
        const qint64 evidenceId = fieldwork.addEvidence(m_audit, evidence);
        fieldwork.attachFile(m_audit, evidenceId, u"持出し簿.pdf"_s, QByteArray("%PDF-1.4 記録"));
        const QList<Evidence> stored2 = fieldwork.evidence(m_audit, m_soumu, m_item);
        const auto added =
            std::find_if(stored2.cbegin(), stored2.cend(), [&](const Evidence& e) { return e.id == evidenceId; });
        QVERIFY(added != stored2.cend());
        fieldwork.removeEvidence(m_audit, evidenceId, added->stamp.version);

        const QList<HistoryEntry> history =
            RecordHistory(m_chief->database(), m_chief->session()).auditItem(m_audit, m_soumu, m_item);
        const QString result = RecordHistory::tr("Result");
        const HistoryEntry* changed =
            find(history, result, RecordHistory::tr("Result"), AuditTexts::name(AuditResult::PartlyConforming));
        QVERIFY(changed);
        QCOMPARE(changed->oldValue, AuditTexts::name(AuditResult::NonConforming));
        QCOMPARE(changed->action, RecordHistory::tr("Changed"));
        QVERIFY(changed->changedBy.endsWith(u"(h.nakayama)"_s));
        QVERIFY(qAbs(changed->changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QVERIFY(find(history, result, RecordHistory::tr("Notes"), u"一部記録あり"_s));

        const QString evidenceRecord = RecordHistory::tr("Evidence %1").arg(evidenceId);
        QVERIFY(find(history, evidenceRecord, RecordHistory::tr("Description"), u"USBメモリ持出し簿"_s));
        const auto removed = std::find_if(history.cbegin(), history.cend(), [&](const HistoryEntry& entry) {
            return entry.record == evidenceRecord && entry.action == RecordHistory::tr("Removed");
        });
        QVERIFY(removed != history.cend());
        const auto file = std::find_if(history.cbegin(), history.cend(), [&](const HistoryEntry& entry) {
            return entry.record.startsWith(RecordHistory::tr("Evidence file %1").arg(QString()).trimmed()) &&
                   entry.field == RecordHistory::tr("File name");
        });
        QVERIFY(file != history.cend());
        QCOMPARE(file->newValue, u"持出し簿.pdf"_s);
        // Newest first: the removal is the last thing done to this item.
        QCOMPARE(history.constFirst().entryId, removed->entryId);
        for (qsizetype i = 1; i < history.size(); ++i)
            QVERIFY(history[i - 1].changedAt >= history[i].changedAt);
        // Where the item is is not repeated in its history.
        for (const HistoryEntry& entry : history)
            QVERIFY2(entry.field != u"item_key"_s && entry.field != u"audit_id"_s, qPrintable(entry.field));
    }

    void aFindingShowsEachFieldChanged()
    {
        FieldworkService& fieldwork = m_chief->fieldwork();
        Finding finding = fieldwork.findings(m_audit, m_soumu).constFirst();
        const QString before = finding.title;
        finding.title = before + u"(再確認)"_s;
        fieldwork.updateFinding(finding);
        const QList<HistoryEntry> history = RecordHistory(m_chief->database(), m_chief->session()).finding(finding.id);
        const HistoryEntry* title =
            find(history, RecordHistory::tr("Finding"), RecordHistory::tr("Title"), finding.title);
        QVERIFY(title);
        QCOMPARE(title->oldValue, before);
        QVERIFY(find(history, RecordHistory::tr("Finding"), RecordHistory::tr("Severity"),
                     AuditTexts::name(finding.severity)));
    }

    void aPlanShowsItsActions()
    {
        Database& db = m_chief->database();
        const qint64 planId = db.scalar(u"SELECT MIN(p.id) FROM remediation_plans p JOIN audit_findings f ON f.id = "
                                        "p.finding_id WHERE f.audit_id = ? AND f.unit_id = ?"_s,
                                        {m_audit, m_soumu})
                                  .toLongLong();
        QVERIFY(planId);
        auto manager = signIn(db.scalar(u"SELECT MIN(a.login) FROM accounts a JOIN people p ON p.id = a.person_id "
                                        "JOIN person_roles r ON r.person_id = p.id JOIN units u ON u.id = p.unit_id "
                                        "WHERE r.role = 'section_security_manager' AND u.code = 'S011'"_s)
                                  .toString());
        RemediationAction action;
        action.description = u"持出し簿の様式を改める"_s;
        action.dueOn = QDate(2027, 1, 31);
        action.ownerId = manager->session().personId;
        const qint64 actionId = manager->remediation().addAction(planId, action);
        const QList<HistoryEntry> history = RecordHistory(db, m_chief->session()).plan(planId);
        const HistoryEntry* added = find(history, RecordHistory::tr("Action %1").arg(actionId),
                                         RecordHistory::tr("Description"), u"持出し簿の様式を改める"_s);
        QVERIFY(added);
        QCOMPARE(added->action, RecordHistory::tr("Created"));
        QVERIFY(added->changedBy.endsWith(u'(' % manager->session().login % u')'));
    }

    void anExceptionShowsItsDecision()
    {
        Database& db = m_chief->database();
        const qint64 exceptionId =
            db.scalar(u"SELECT MIN(id) FROM exceptions WHERE decision <> 'pending'"_s).toLongLong();
        QVERIFY(exceptionId);
        const QList<HistoryEntry> history = RecordHistory(db, m_chief->session()).exception(exceptionId);
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const HistoryEntry& entry) {
            return entry.field == RecordHistory::tr("Decision") && !entry.newValue.isEmpty();
        }));
    }

    void anAccountShowsPasswordsWithoutThem()
    {
        std::unique_ptr<Database> opened = Database::open(m_test.spec());
        auto admin = Workspace::signIn(opened, QString::fromUtf16(DemoOrganisation::AdministratorLogin),
                                       QString::fromUtf16(DemoOrganisation::AdministratorPassword));
        Database& db = admin->database();
        const qint64 accountId = db.scalar(u"SELECT id FROM accounts WHERE login = 'k.takahashi'"_s).toLongLong();
        AccountService(db).setPassword(admin->session(), accountId, u"a-new-password-2026"_s);
        const QList<HistoryEntry> history = RecordHistory(db, admin->session()).account(accountId);
        const auto password = std::find_if(history.cbegin(), history.cend(), [](const HistoryEntry& entry) {
            return entry.field == RecordHistory::tr("Password") && entry.action == RecordHistory::tr("Changed");
        });
        QVERIFY(password != history.cend());
        QVERIFY(!password->newValue.contains(u"argon"_s) && !password->newValue.contains(u'$'));
        QVERIFY(std::any_of(history.cbegin(), history.cend(),
                            [](const HistoryEntry& entry) { return entry.record == RecordHistory::tr("Person"); }));
    }

    void onlyThoseWhoReadTheRecordReadItsHistory()
    {
        // A staff member of 総務課 reads none of 住民課's audit records, and no accounts.
        auto staff = signIn(u"m.ito"_s);
        Database& db = staff->database();
        const qint64 jumin = db.scalar(u"SELECT id FROM units WHERE code = 'S021'"_s).toLongLong();
        const QVariant finding =
            db.scalar(u"SELECT MIN(id) FROM audit_findings WHERE audit_id = ? AND unit_id = ?"_s, {m_audit, jumin});
        QVERIFY(!finding.isNull());
        RecordHistory history(db, staff->session());
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, history.auditItem(m_audit, jumin, m_item));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, history.finding(finding.toLongLong()));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, history.account(staff->session().accountId));
        QVERIFY(!history.auditItem(m_audit, m_soumu, m_item).isEmpty());
    }

    void theHistoryIsWrittenAsCsv()
    {
        const QList<HistoryEntry> history =
            RecordHistory(m_chief->database(), m_chief->session()).auditItem(m_audit, m_soumu, m_item);
        const ExportTable table = RecordHistory::table(u"履歴"_s, history, CalendarStyle::Western);
        QCOMPARE(table.rows.size(), history.size());
        QCOMPARE(table.headers.size(), 7);
        const QString csv = QString::fromUtf8(TableExport::csv({table}));
        QVERIFY(csv.contains(u"USBメモリ持出し簿"_s));
        QVERIFY(csv.contains(u"(h.nakayama)"_s));
        QVERIFY(csv.contains(QString::number(QDate::currentDate().year())));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "test_history.moc"
