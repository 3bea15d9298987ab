#include "TestDatabase.h"

#include "common/MessageBox.h"
#include "demo/DemoOrganisation.h"
#include "report/ReportPageView.h"
#include "report/ReportPreview.h"
#include "report/ReportsPage.h"
#include "settings/Translations.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
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

        for (const QString& name : {u"audit.pdf"_s, u"audit.docx"_s, u"audit.odt"_s, u"audit.xlsx"_s, u"audit.csv"_s})
            QVERIFY2(page.saveAs(m_dir.filePath(name)), qPrintable(m_messages.join(u'\n')));
        QCOMPARE(head(m_dir.filePath(u"audit.pdf"_s)), QByteArray("%PDF-"));
        QCOMPARE(head(m_dir.filePath(u"audit.docx"_s)).left(2), QByteArray("PK"));
        QCOMPARE(head(m_dir.filePath(u"audit.odt"_s)).left(2), QByteArray("PK"));
        QVERIFY(m_messages.isEmpty());
        QVERIFY(!page.saveAs(m_dir.filePath(u"audit.txt"_s)));
        QCOMPARE(m_messages.size(), 1);

        auto* issued = page.findChild<QTableWidget*>(u"issuedReports"_s);
        QCOMPARE(issued->rowCount(), 0);
        QVERIFY(page.issue());
        QCOMPARE(issued->rowCount(), 1);
        QCOMPARE(issued->item(0, 5)->text(), chief->reports().issued().first().sha256);
    }

    // The preview composes and counts on its own thread; it shows the first page once composed, and then every
    // page of the PDF, any of which can be gone to.
    void previewShowsThePdfsPages()
    {
        auto chief = signIn(u"h.nakayama"_s);
        ReportsPage page(*chief);
        page.choose(ReportKind::Audit, 2026);
        page.show();
        page.findChild<QPushButton*>(u"reportPreview"_s)->click();
        auto* preview = page.findChild<ReportPreview*>(u"reportPreview"_s);
        QVERIFY(preview);
        QSignalSpy composed(preview, &ReportPreview::composed);
        QSignalSpy counted(preview, &ReportPreview::counted);
        QVERIFY(counted.wait(120000));
        QCOMPARE(composed.size(), 1);
        const int pages = ReportPainter::writePdf(chief->reports().auditReport(2026, true), m_dir.filePath(u"p.pdf"_s));
        QCOMPARE(counted.first().first().toInt(), pages);
        QCOMPARE(preview->pageCount(), pages);
        QCOMPARE(preview->pagesShown(), pages);
        ReportPageView* view = preview->view();
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(view->currentPage(), pages);
        auto* number = preview->findChild<QSpinBox*>(u"previewPage"_s);
        QCOMPARE(number->value(), pages);
        number->setValue(3);
        QCOMPARE(view->currentPage(), 3);
        // The page in view is drawn: not blank.
        const QImage shot = view->viewport()->grab().toImage();
        int dark = 0;
        for (int y = 0; y < shot.height(); y += 4) {
            for (int x = 0; x < shot.width(); x += 4)
                dark += qGray(shot.pixel(x, y)) < 100;
        }
        QVERIFY(dark > 50);
        preview->close();
        QVERIFY(m_messages.isEmpty());
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
        // The preview says so too, and closes.
        page.findChild<QPushButton*>(u"reportPreview"_s)->click();
        QPointer<ReportPreview> preview = page.findChild<ReportPreview*>(u"reportPreview"_s);
        QVERIFY(preview);
        QTRY_VERIFY_WITH_TIMEOUT(!preview || !preview->isVisible(), 30000);
        QCOMPARE(m_messages.size(), 2);
        QVERIFY(!QFile::exists(m_dir.filePath(u"denied.pdf"_s)));
        // Their own unit's notice they may read.
        page.choose(ReportKind::UnitNotice, 2026, staff->session().unitId);
        QVERIFY(page.saveAs(m_dir.filePath(u"notice.pdf"_s)));
        QCOMPARE(head(m_dir.filePath(u"notice.pdf"_s)), QByteArray("%PDF-"));
    }
};

QTEST_MAIN(TestGuiReports)
#include "test_gui_reports.moc"
