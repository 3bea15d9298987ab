#include "TestDatabase.h"

#include "common/MessageBox.h"
#include "demo/DemoOrganisation.h"
#include "report/ReportsPage.h"
#include "settings/Translations.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

class TestGuiReports final : public QObject
{
    Q_OBJECT

    TestDatabase m_test;
    QTemporaryDir m_dir;
    QStringList m_messages;

    std::unique_ptr<Workspace> signIn(const QString& login)
    {
        std::unique_ptr<Database> db = Database::open(m_test.spec());
        return Workspace::signIn(db, login, u"kansa-demo"_s);
    }

    static QByteArray head(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(5) : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::apply(u"ja"_s);
        DemoOrganisation::create(m_test.spec());
        MessageBox::setTestHandler([this](QMessageBox::Icon, const QString&, const QString& text) {
            m_messages << text;
            return QMessageBox::Yes;
        });
    }

    void init() { m_messages.clear(); }

    void chiefAuditorWritesSavesAndIssues()
    {
        auto chief = signIn(u"h.nakayama"_s);
        ReportsPage page(*chief);
        page.choose(ReportKind::Audit, 2026);
        auto* opinion = page.findChild<QPlainTextEdit*>(u"reportOpinion"_s);
        QVERIFY(!opinion->isReadOnly());
        opinion->setPlainText(u"対策は全体として定着しつつある。"_s);
        QVERIFY(page.saveFreeTexts());
        const qint64 auditId = chief->audits().audits(2026).last().id;
        QCOMPARE(chief->reports().freeText(auditId, QString::fromUtf16(ReportService::OpinionKey)).version, 1);
        QVERIFY(page.saveFreeTexts()); // nothing new typed: nothing written
        QCOMPARE(chief->reports().freeText(auditId, QString::fromUtf16(ReportService::OpinionKey)).version, 1);
        QTest::keyClicks(opinion, u" More to do."_s);
        QVERIFY(page.saveFreeTexts()); // saved again from the version it now shows
        QCOMPARE(chief->reports().freeText(auditId, QString::fromUtf16(ReportService::OpinionKey)).version, 2);

        for (const QString& name : {u"audit.pdf"_s, u"audit.odt"_s, u"audit.xlsx"_s, u"audit.csv"_s})
            QVERIFY2(page.saveAs(m_dir.filePath(name)), qPrintable(m_messages.join(u'\n')));
        QCOMPARE(head(m_dir.filePath(u"audit.pdf"_s)), QByteArray("%PDF-"));
        QCOMPARE(head(m_dir.filePath(u"audit.odt"_s)).left(2), QByteArray("PK"));
        QVERIFY(m_messages.isEmpty());
        QVERIFY(!page.saveAs(m_dir.filePath(u"audit.docx"_s)));
        QCOMPARE(m_messages.size(), 1);

        auto* issued = page.findChild<QTableWidget*>(u"issuedReports"_s);
        QCOMPARE(issued->rowCount(), 0);
        QVERIFY(page.issue());
        QCOMPARE(issued->rowCount(), 1);
        QCOMPARE(issued->item(0, 5)->text(), chief->reports().issued().first().sha256);
    }

    void staffCannotReadTheAuditReport()
    {
        auto staff = signIn(u"m.ito"_s);
        ReportsPage page(*staff);
        page.choose(ReportKind::Audit, 2026);
        QVERIFY(page.findChild<QPlainTextEdit*>(u"reportOpinion"_s)->isReadOnly());
        QVERIFY(!page.findChild<QPushButton*>(u"reportSaveTexts"_s)->isEnabled());
        QVERIFY(!page.saveAs(m_dir.filePath(u"denied.pdf"_s)));
        QCOMPARE(m_messages.size(), 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"denied.pdf"_s)));
        // Their own unit's notice they may read.
        page.choose(ReportKind::UnitNotice, 2026, staff->session().unitId);
        QVERIFY(page.saveAs(m_dir.filePath(u"notice.pdf"_s)));
        QCOMPARE(head(m_dir.filePath(u"notice.pdf"_s)), QByteArray("%PDF-"));
    }
};

QTEST_MAIN(TestGuiReports)
#include "test_gui_reports.moc"
