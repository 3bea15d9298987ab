#include "TestDatabase.h"

#include "audit/AuditWorkspace.h"
#include "audit/AuditsPage.h"
#include "audit/FieldworkService.h"
#include "common/Error.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoOrganisation.h"
#include "exchange/XlsxReader.h"
#include "remediation/RemediationPage.h"
#include "remediation/RemediationService.h"
#include "settings/Translations.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

template <typename Series> Series* seriesOf(DashboardPage& page, const QString& chart)
{
    for (QAbstractSeries* series : page.findChild<QChartView*>(chart)->chart()->series()) {
        if (auto* wanted = qobject_cast<Series*>(series))
            return wanted;
    }
    return nullptr;
}

std::unique_ptr<Workspace> signIn(const TestDatabase& test, const QString& login)
{
    std::unique_ptr<Database> db = Database::open(test.spec());
    return Workspace::signIn(db, login, u"kansa-demo"_s);
}

} // namespace

class TestGuiDashboard final : public QObject
{
    Q_OBJECT

    TestDatabase m_test;

private Q_SLOTS:
    void initTestCase()
    {
        Translations::apply(u"ja"_s);
        DemoOrganisation::create(m_test.spec());
    }

    void chartsShowTheFiguresAndClickThrough()
    {
        std::unique_ptr<Workspace> ciso = signIn(m_test, u"m.omori"_s);
        DashboardPage page(ciso->dashboard(), ciso->remediation(), ciso->organisation());
        page.resize(1440, 900);
        page.show();
        page.setFiscalYear(2026);
        const DashboardFigures& figures = page.figures();
        QCOMPARE(figures.fiscalYear, 2026);
        QVERIFY(!figures.chapters.isEmpty());

        // Compliance by chapter: last year and this year, the first chapter drawn at the top (last bar).
        auto* chapters = seriesOf<QHorizontalBarSeries>(page, u"chapterChart"_s);
        QCOMPARE(chapters->barSets().size(), 2);
        QBarSet* thisYear = chapters->barSets().at(1);
        QCOMPARE(thisYear->count(), figures.chapters.size());
        QCOMPARE(thisYear->at(thisYear->count() - 1), figures.chapters.first().rate());
        Q_EMIT thisYear->clicked(static_cast<int>(thisYear->count() - 1));
        const ExportTable expected = ciso->dashboard().chapterResults(2026, figures.chapters.first().key);
        QVERIFY(!expected.rows.isEmpty());
        auto* detail = page.findChild<QTableWidget*>(u"dashboardDetail"_s);
        QCOMPARE(detail->rowCount(), expected.rows.size());
        QCOMPARE(page.detail().title, expected.title);

        // Findings by severity and state: a click on a segment lists exactly its findings.
        auto* findings = seriesOf<QStackedBarSeries>(page, u"findingsChart"_s);
        QCOMPARE(findings->barSets().size(), DashboardService::states().size());
        int counted = 0;
        for (QBarSet* set : findings->barSets())
            counted += static_cast<int>(set->sum());
        QCOMPARE(counted, figures.findingCount());
        const int notStarted = 1; // the state index of 未着手
        QBarSet* notStartedSet = findings->barSets().at(notStarted);
        for (int severity = 0; severity < notStartedSet->count(); ++severity) {
            Q_EMIT notStartedSet->clicked(severity);
            QCOMPARE(detail->rowCount(), qRound(notStartedSet->at(severity)));
        }

        // The burn-down's points click through to the open plans; overdue ones carry an icon and a word.
        Q_EMIT seriesOf<QScatterSeries>(page, u"burnDownChart"_s)->clicked(QPointF(0, 0));
        QCOMPARE(detail->rowCount(), ciso->dashboard().openPlans(2026).rows.size());
        int marked = 0;
        for (int r = 0; r < detail->rowCount(); ++r) {
            if (!detail->item(r, detail->columnCount() - 1)->text().isEmpty()) {
                QVERIFY(!detail->item(r, 0)->icon().isNull());
                ++marked;
            }
        }
        QCOMPARE(marked, static_cast<int>(figures.overdue.size()));

        auto* overdue = page.findChild<QTableWidget*>(u"overdueTable"_s);
        QCOMPARE(overdue->rowCount(), figures.overdue.size());
        QVERIFY(overdue->rowCount() >= 2); // the demo has overdue plans
        QVERIFY(!overdue->item(0, 0)->icon().isNull());
        QCOMPARE(overdue->item(0, overdue->columnCount() - 1)->text(), u"期限超過"_s);
        auto* exceptions = page.findChild<QTableWidget*>(u"exceptionsTable"_s);
        QCOMPARE(exceptions->rowCount(), figures.exceptions.size());

        // Another year redraws everything.
        auto* year = page.findChild<QComboBox*>(u"dashboardYear"_s);
        year->setCurrentIndex(year->findData(2025));
        QCOMPARE(page.figures().fiscalYear, 2025);
        QCOMPARE(seriesOf<QHorizontalBarSeries>(page, u"chapterChart"_s)->barSets().at(1)->count(),
                 page.figures().chapters.size());
    }

    void exportsFiguresAndTheListShown()
    {
        std::unique_ptr<Workspace> ciso = signIn(m_test, u"m.omori"_s);
        DashboardPage page(ciso->dashboard(), ciso->remediation(), ciso->organisation());
        page.setFiscalYear(2026);
        page.showOpenPlans();
        QTemporaryDir dir;
        page.exportTo(dir.filePath(u"dashboard.xlsx"_s));
        const QList<XlsxReader::Sheet> sheets = XlsxReader::read(dir.filePath(u"dashboard.xlsx"_s));
        QCOMPARE(sheets.size(), 7); // six figures and the list shown
        QCOMPARE(sheets.last().rows.first().first(), page.detail().title);
        QCOMPARE(sheets.last().rows.size(), page.detail().rows.size() + 2);
        page.exportTo(dir.filePath(u"dashboard.csv"_s));
        QFile csv(dir.filePath(u"dashboard.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(page.detail().title));
        QVERIFY(text.contains(u"章別の適合率"_s) || text.contains(u"Compliance by chapter"_s));
    }

    // Double-clicking an overdue plan opens it in the remediation area.
    void aPlanOpensFromTheDashboard()
    {
        MainWindow window;
        window.setWorkspace(signIn(m_test, u"m.omori"_s)); // the CISO
        window.show();
        window.showArea(MainWindow::DashboardArea);
        auto* overdue = window.findChild<QTableWidget*>(u"overdueTable"_s);
        QVERIFY(overdue->rowCount() > 0);
        const qint64 plan = overdue->item(0, 0)->text().toLongLong();
        QVERIFY(plan > 0);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QPoint cell = overdue->visualItemRect(overdue->item(0, 1)).center();
        QTest::mouseClick(overdue->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(overdue->viewport(), Qt::LeftButton, {}, cell);
        QCOMPARE(window.findChild<QListWidget*>(u"navigation"_s)->currentRow(), int(MainWindow::RemediationArea));
        QCOMPARE(window.findChild<RemediationPage*>()->currentPlanId(), plan);
    }

    // A row of the list behind a chart opens its record: a result or a finding at its item in the fieldwork.
    void aResultOrFindingOpensFromTheDashboard()
    {
        MainWindow window;
        window.setWorkspace(signIn(m_test, u"h.nakayama"_s)); // the chief auditor
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(MainWindow::DashboardArea);
        auto* page = window.findChild<DashboardPage*>();
        auto* detail = window.findChild<QTableWidget*>(u"dashboardDetail"_s);
        const auto openFirstRow = [&] {
            QVERIFY(detail->rowCount() > 0);
            QCOMPARE(page->detail().records.size(), detail->rowCount());
            const QPoint cell = detail->visualItemRect(detail->item(0, 0)).center();
            QTest::mouseClick(detail->viewport(), Qt::LeftButton, {}, cell);
            QTest::mouseDClick(detail->viewport(), Qt::LeftButton, {}, cell);
            QCOMPARE(window.findChild<QListWidget*>(u"navigation"_s)->currentRow(), int(MainWindow::AuditsArea));
            const RecordRef& record = page->detail().records.first();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the workspace opened before
            auto* fieldwork = window.findChild<AuditWorkspace*>();
            QVERIFY(fieldwork && fieldwork->isVisible());
            QCOMPARE(fieldwork->currentItemId(), record.itemKey);
            auto* units = fieldwork->findChild<QListWidget*>(u"auditUnits"_s);
            QCOMPARE(units->currentItem()->data(Qt::UserRole).toLongLong(), record.unitId);
        };
        page->showUnit(0); // the unit with the most non-conforming results
        openFirstRow();
        window.showArea(MainWindow::DashboardArea);
        bool shown = false; // the first severity and state that has findings
        for (int severity = 0; !shown && severity < DashboardService::severities().size(); ++severity) {
            for (int state = 0; !shown && state < DashboardService::states().size(); ++state) {
                page->showFindings(severity, state);
                shown = detail->rowCount() > 0;
            }
        }
        QVERIFY(shown);
        QCOMPARE(page->detail().records.first().kind, RecordRef::Kind::Finding);
        openFirstRow();
    }

    void refusedToThoseWhoDoNotReadEveryUnit()
    {
        std::unique_ptr<Workspace> staff = signIn(m_test, u"m.ito"_s);
        DashboardPage page(staff->dashboard(), staff->remediation(), staff->organisation());
        QVERIFY(page.findChild<QLabel*>(u"dashboardRefused"_s));
        QVERIFY(!page.findChild<QChartView*>());
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff->dashboard().figures(2026));
    }

    // The chief auditor's follow-up lists the plan reported completed and a finding with no plan yet; the plan
    // opens in the remediation area, the finding at its item in the fieldwork. (Last: it adds a finding.)
    void theChiefAuditorFollowsUpFromTheAuditsArea()
    {
        MainWindow window;
        window.setWorkspace(signIn(m_test, u"h.nakayama"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(MainWindow::AuditsArea);
        auto* followUps = window.findChild<QTableWidget*>(u"followUps"_s);
        Workspace& workspace = *window.workspace();
        const auto rowOf = [followUps](const QString& todo, const QString& title) {
            for (int row = 0; row < followUps->rowCount(); ++row) {
                if (followUps->item(row, 0)->text() == todo && followUps->item(row, 2)->text().endsWith(title))
                    return row;
            }
            return -1;
        };
        qint64 completed = 0;
        QString completedTitle;
        for (const RemediationPlan& plan : workspace.remediation().plans()) {
            if (plan.status == PlanStatus::Completed) {
                completed = plan.id;
                completedTitle = plan.findingTitle;
            }
        }
        QVERIFY(completed);
        QVERIFY(rowOf(AuditsPage::tr("Verify the plan"), completedTitle) >= 0);

        Finding finding;
        finding.auditId = workspace.audits().audits(2026).first().id;
        finding.unitId = workspace.remediation().plan(completed).unitId;
        finding.itemKey = u"std-4.1-1"_s;
        finding.title = u"来訪者記録の記入漏れ"_s;
        finding.condition = u"退室時刻の記入がない日があった。"_s;
        workspace.fieldwork().addFinding(finding);
        const int findingRow = rowOf(AuditsPage::tr("No plan proposed yet"), finding.title);
        QVERIFY(findingRow >= 0); // the list follows the fieldwork at once
        const QPoint findingRowCell = followUps->visualItemRect(followUps->item(findingRow, 1)).center();
        QTest::mouseClick(followUps->viewport(), Qt::LeftButton, {}, findingRowCell);
        QTest::mouseDClick(followUps->viewport(), Qt::LeftButton, {}, findingRowCell);
        AuditWorkspace* fieldwork = window.findChild<AuditWorkspace*>();
        QVERIFY(fieldwork && fieldwork->isVisible());
        QCOMPARE(fieldwork->currentItemId(), finding.itemKey);

        window.findChild<AuditsPage*>()->showOverview();
        const int planRow = rowOf(AuditsPage::tr("Verify the plan"), completedTitle);
        const QPoint planRowCell = followUps->visualItemRect(followUps->item(planRow, 1)).center();
        QTest::mouseClick(followUps->viewport(), Qt::LeftButton, {}, planRowCell);
        QTest::mouseDClick(followUps->viewport(), Qt::LeftButton, {}, planRowCell);
        QCOMPARE(window.findChild<QListWidget*>(u"navigation"_s)->currentRow(), int(MainWindow::RemediationArea));
        QCOMPARE(window.findChild<RemediationPage*>()->currentPlanId(), completed);
    }
};

QTEST_MAIN(TestGuiDashboard)
#include "test_gui_dashboard.moc"
