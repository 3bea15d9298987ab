#include "ResultsFixture.h"
#include "TestDatabase.h"

#include "checklist/ChecklistLibrary.h"
#include "common/Error.h"
#include "dashboard/DashboardService.h"
#include "demo/DemoOrganisation.h"
#include "exchange/XlsxReader.h"
#include "remediation/RemediationService.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

class TestDashboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresMatchHandComputedFixture()
    {
        ResultsFixture f;
        RemediationService remediation(*f.db, sessionWithRoles({Role::Ciso}));
        DashboardService dashboard(*f.db, sessionWithRoles({Role::Ciso}), remediation);
        const DashboardFigures figures = dashboard.figures(2026, f.today);

        const auto chapter = [&](const QString& key) {
            return *std::ranges::find(figures.chapters, key, &ComplianceFigure::key);
        };
        QCOMPARE(chapter(f.chapterX).conforming, 3);
        QCOMPARE(chapter(f.chapterX).nonConforming, 1);
        QCOMPARE(chapter(f.chapterX).rate(), 75.0);
        QCOMPARE(chapter(f.chapterX).previousRate, 50.0);
        QCOMPARE(chapter(f.chapterY).partlyConforming, 1);
        QCOMPARE(chapter(f.chapterY).rate(), 0.0);
        QCOMPARE(chapter(f.chapterY).previousRate, -1.0); // not audited in 令和7年度
        QVERIFY(chapter(f.chapterX).label.startsWith(f.chapterX));

        QCOMPARE(figures.units.size(), 2);
        QCOMPARE(figures.units.at(0).key, QString::number(f.soumu)); // lowest first
        QCOMPARE(figures.units.at(0).label, u"総務課"_s);
        QCOMPARE(qRound(figures.units.at(0).rate() * 10), 333);
        QCOMPARE(figures.units.at(0).previousRate, 50.0);
        QCOMPARE(figures.units.at(1).rate(), 100.0);
        QCOMPARE(figures.units.at(1).previousRate, -1.0);

        QCOMPARE(figures.findingCount(), 2);
        QCOMPARE(figures.findingCount(Severity::Major), 1);
        for (const FindingTally& tally : figures.findings) {
            if (tally.severity == Severity::Major)
                QCOMPARE(tally.status, std::optional(PlanStatus::InProgress));
            else
                QCOMPARE(tally.status, std::optional<PlanStatus>());
        }

        const QList<BurnDownPoint> expected{{QDate(2026, 4, 30), 1},
                                            {QDate(2026, 5, 31), 0},
                                            {QDate(2026, 6, 30), 0},
                                            {QDate(2026, 7, 31), 1},
                                            {QDate(2026, 8, 15), 2}};
        QCOMPARE(figures.burnDown.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(figures.burnDown[i].date, expected[i].date);
            QCOMPARE(figures.burnDown[i].open, expected[i].open);
        }

        QCOMPARE(figures.overdue.size(), 1);
        QCOMPARE(figures.overdue.first().severity, u"major"_s);
        QCOMPARE(figures.exceptions.size(), 1);
        QCOMPARE(figures.exceptions.first().validUntil, QDate(2026, 9, 1));

        // The previous year on its own: chapter X 1 of 2, no year before it.
        const DashboardFigures lastYear = dashboard.figures(2025, f.today);
        QCOMPARE(lastYear.chapters.first().rate(), 50.0);
        QCOMPARE(lastYear.chapters.first().previousRate, -1.0);
        QCOMPARE(lastYear.findingCount(), 1);
    }

    void listsBehindTheCharts()
    {
        ResultsFixture f;
        RemediationService remediation(*f.db, sessionWithRoles({Role::Ciso}));
        DashboardService dashboard(*f.db, sessionWithRoles({Role::Ciso}), remediation);
        const ExportTable chapterX = dashboard.chapterResults(2026, f.chapterX);
        QCOMPARE(chapterX.rows.size(), 1);
        QCOMPARE(chapterX.rows.first().at(0), u"総務課"_s);
        // The item by its clause and question, never by its internal id.
        const QString item = chapterX.rows.first().at(2);
        QVERIFY2(!item.isEmpty() && !item.contains(f.x2), qPrintable(item));
        QCOMPARE(dashboard.unitResults(2026, f.soumu).rows.size(), 2);
        QCOMPARE(dashboard.unitResults(2026, f.jumin).rows.size(), 0);
        QCOMPARE(
            dashboard.findings(2026, Severity::Major, std::optional(std::optional(PlanStatus::InProgress))).rows.size(),
            1);
        QCOMPARE(dashboard.findings(2026, {}, std::optional(std::optional<PlanStatus>())).rows.size(), 1);
        QCOMPARE(dashboard.findings(2026, Severity::Advice, {}).rows.size(), 0);
        QCOMPARE(dashboard.findings(2026, {}, {}).rows.size(), 2);
        QCOMPARE(dashboard.openPlans(2026, f.today).rows.size(), 1);
    }

    void exportsWhatIsShown()
    {
        ResultsFixture f;
        RemediationService remediation(*f.db, sessionWithRoles({Role::Ciso}));
        DashboardService dashboard(*f.db, sessionWithRoles({Role::Ciso}), remediation);
        const QList<ExportTable> tables = dashboard.tables(dashboard.figures(2026, f.today), f.today);
        QCOMPARE(tables.size(), 6);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"dashboard.xlsx"_s);
        TableExport::writeXlsx(tables, path);
        const QList<XlsxReader::Sheet> sheets = XlsxReader::read(path);
        QCOMPARE(sheets.size(), 6);
        // Compliance by chapter: title, headings, then chapter X's row with 3, 0, 1, 75 and 50 (+25 points).
        const QStringList row = sheets.first().rows.at(2);
        QCOMPARE(row.mid(1, 6), (QStringList{u"3"_s, u"0"_s, u"1"_s, u"75"_s, u"50"_s, u"25"_s}));
        const QByteArray csv = TableExport::csv(tables);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains(",3,0,1,75.0,50.0,25.0\r\n"));
        QVERIFY(csv.contains("\r\n\r\n")); // tables separated by an empty line
        // A file that cannot be written is named in the error.
        QVERIFY_THROWS_EXCEPTION(Error, TableExport::writeXlsx(tables, dir.filePath(u"no/such/dir/x.xlsx"_s)));
    }

    void onlyThoseWhoReadEveryUnit()
    {
        ResultsFixture f;
        const Session staff = sessionWithRoles({Role::Staff}, 0, f.soumu);
        RemediationService remediation(*f.db, staff);
        DashboardService dashboard(*f.db, staff, remediation);
        QVERIFY(!dashboard.canRead());
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, dashboard.figures(2026, f.today));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, dashboard.unitResults(2026, f.soumu));
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "test_dashboard.moc"
