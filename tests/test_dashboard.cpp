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

namespace {

// The demo village's two audits emptied and filled with a handful of results and findings whose figures
// are worked out by hand below. Chapter X has items x1 and x2, chapter Y item y1.
//   令和8年度  総務課: x1 conforming, x2 non-conforming, y1 partly   住民課: x1, x2 conforming, y1 n/a
//   令和7年度  総務課: x1 non-conforming, x2 conforming
// Findings: 令和7年度 総務課 minor, raised 2025-09-01, verified 2026-05-10;
//           令和8年度 総務課 major raised 2026-07-10 (plan in progress, action due 2026-08-01), minor raised
//           2026-08-01 (no plan yet).
struct Fixture
{
    TestDatabase test;
    std::unique_ptr<Database> db;
    qint64 a25 = 0, a26 = 0, soumu = 0, jumin = 0;
    QString x1, x2, y1, chapterX, chapterY;
    const QDate today{2026, 8, 15};

    Fixture()
    {
        DemoOrganisation::create(test.spec());
        db = Database::open(test.spec());
        for (const QString& table :
             {u"progress_reports"_s, u"remediation_actions"_s, u"remediation_plans"_s, u"cross_check_units"_s,
              u"cross_checks"_s, u"progress_requests"_s, u"exceptions"_s, u"audit_findings"_s, u"audit_results"_s})
            db->exec(u"DELETE FROM "_s % table);
        a25 = db->scalar(u"SELECT id FROM audits WHERE fiscal_year = 2025"_s).toLongLong();
        a26 = db->scalar(u"SELECT id FROM audits WHERE fiscal_year = 2026"_s).toLongLong();
        soumu = db->scalar(u"SELECT id FROM units WHERE code = 'S011'"_s).toLongLong();
        jumin = db->scalar(u"SELECT id FROM units WHERE code = 'S021'"_s).toLongLong();
        QSqlQuery audit = db->exec(u"SELECT checklist_key, checklist_version FROM audits WHERE id = ?"_s, {a26});
        audit.next();
        const Checklist checklist = ChecklistLibrary(*db, sessionWithRoles({Role::Ciso}))
                                        .load(audit.value(0).toString(), audit.value(1).toInt());
        chapterX = checklist.chapters.at(0).number;
        chapterY = checklist.chapters.at(1).number;
        QList<QString> first;
        for (const ChecklistSection& section : checklist.chapters.at(0).sections) {
            for (const ChecklistItem& item : section.items)
                first << item.id;
        }
        x1 = first.at(0);
        x2 = first.at(1);
        y1 = checklist.chapters.at(1).sections.at(0).items.at(0).id;

        result(a26, soumu, x1, u"conforming"_s);
        result(a26, soumu, x2, u"non_conforming"_s);
        result(a26, soumu, y1, u"partly_conforming"_s);
        result(a26, jumin, x1, u"conforming"_s);
        result(a26, jumin, x2, u"conforming"_s);
        result(a26, jumin, y1, u"not_applicable"_s);
        result(a25, soumu, x1, u"non_conforming"_s);
        result(a25, soumu, x2, u"conforming"_s);

        const qint64 old = finding(a25, x1, u"minor"_s, u"2025-09-01"_s);
        plan(old, u"verified"_s, u"2026-05-10"_s, u"2025-12-01"_s, true);
        plan(finding(a26, x2, u"major"_s, u"2026-07-10"_s), u"in_progress"_s, {}, u"2026-08-01"_s, false);
        finding(a26, y1, u"minor"_s, u"2026-08-01"_s);

        exception(u"2026-09-01"_s, u"2026-12-01"_s); // expires within 60 days
        exception(u"2027-03-31"_s, u"2026-12-01"_s); // neither
    }
    void result(qint64 audit, qint64 unit, const QString& item, const QString& value)
    {
        db->exec(u"INSERT INTO audit_results (audit_id, unit_id, item_key, result, notes, created_at, created_by, "
                 "updated_at, updated_by) VALUES (?, ?, ?, ?, '', 'x', 'x', 'x', 'x')"_s,
                 {audit, unit, item, value});
    }
    qint64 finding(qint64 audit, const QString& item, const QString& severity, const QString& raised)
    {
        db->exec(u"INSERT INTO audit_findings (audit_id, unit_id, item_key, severity, title, condition_found, "
                 "criterion, cause, effect, recommendation, created_at, created_by, updated_at, updated_by) VALUES "
                 "(?, ?, ?, ?, ?, '', '', '', '', '', ?, 'x', 'x', 'x')"_s,
                 {audit, soumu, item, severity, item, QString(raised % u"T01:00:00.000Z"_s)});
        return db->scalar(u"SELECT MAX(id) FROM audit_findings"_s).toLongLong();
    }
    void plan(qint64 findingId, const QString& status, const QString& closedOn, const QString& due, bool done)
    {
        db->exec(u"INSERT INTO remediation_plans (finding_id, status, summary, verification_note, closed_on, "
                 "created_at, created_by, updated_at, updated_by) VALUES (?, ?, '', '', ?, 'x', 'x', 'x', 'x')"_s,
                 {findingId, status, closedOn.isEmpty() ? QVariant() : QVariant(closedOn)});
        db->exec(u"INSERT INTO remediation_actions (plan_id, description, due_on, done, created_at, created_by, "
                 "updated_at, updated_by) VALUES (?, 'a', ?, ?, 'x', 'x', 'x', 'x')"_s,
                 {db->scalar(u"SELECT MAX(id) FROM remediation_plans"_s), due, done ? 1 : 0});
    }
    void exception(const QString& validUntil, const QString& review)
    {
        db->exec(u"INSERT INTO exceptions (unit_id, items, reason, compensating_measures, requested_by, "
                 "requested_on, decision, decided_on, valid_from, valid_until, next_review_on, created_at, "
                 "created_by, updated_at, updated_by) VALUES (?, 'i', 'r', 'm', 'x', '2026-04-01', 'approved', "
                 "'2026-04-02', '2026-04-02', ?, ?, 'x', 'x', 'x', 'x')"_s,
                 {soumu, validUntil, review});
    }
};

} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresMatchHandComputedFixture()
    {
        Fixture f;
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
        Fixture f;
        RemediationService remediation(*f.db, sessionWithRoles({Role::Ciso}));
        DashboardService dashboard(*f.db, sessionWithRoles({Role::Ciso}), remediation);
        const ExportTable chapterX = dashboard.chapterResults(2026, f.chapterX);
        QCOMPARE(chapterX.rows.size(), 1);
        QCOMPARE(chapterX.rows.first().at(0), u"総務課"_s);
        QCOMPARE(chapterX.rows.first().at(2), f.x2);
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
        Fixture f;
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
        Fixture f;
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
