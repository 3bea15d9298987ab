// Speed targets of the CISO dashboard and the remediation lists on the large data set (kansa-cli demo
// --scale large: ten fiscal years of audits of 300 units against the full standards checklist, 51,000
// findings with their plans):
//   every dashboard figure of a year, together           < 300 ms
//   any list filter                                      < 100 ms
// Prints the figures and judges them as bench::Report does (fails only on a figure 5× off its target).
#include "Bench.h"
#include "TestDatabase.h"

#include "remediation/PlanTableModel.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    bench::Report report("bench_dashboard");
    QElapsedTimer timer;

    TestDatabase test(TestDatabase::Start::LargeDataSet);

    std::unique_ptr<Database> db = Database::open(test.spec());
    std::unique_ptr<Workspace> workspace = Workspace::signIn(db, u"chief"_s, u"kansa-demo"_s);
    const int findings = workspace->database().scalar(u"SELECT COUNT(*) FROM audit_findings"_s).toInt();
    const int results = workspace->database().scalar(u"SELECT COUNT(*) FROM audit_results"_s).toInt();
    std::printf("%-58s %9d\n", "findings", findings);
    std::printf("%-58s %9d\n", "audit results", results);

    const QDate today(2027, 2, 15);
    workspace->dashboard().figures(2026, today); // the first opening reads the checklist from disk cache
    double slowestFigures = 0;
    for (int year : {2026, 2025, 2020}) {
        timer.start();
        const DashboardFigures figures = workspace->dashboard().figures(year, today);
        slowestFigures = std::max(slowestFigures, timer.nsecsElapsed() / 1e6);
        std::printf("  %d: %lld chapters, %lld units, %d findings, %lld overdue, %lld month ends\n", year,
                    static_cast<long long>(figures.chapters.size()), static_cast<long long>(figures.units.size()),
                    figures.findingCount(), static_cast<long long>(figures.overdue.size()),
                    static_cast<long long>(figures.burnDown.size()));
    }
    report.below("every dashboard figure of a year (slowest of 3 years)", slowestFigures, {150, 300});

    RemediationService& remediation = workspace->remediation();
    const qint64 unit = workspace->database().scalar(u"SELECT id FROM units WHERE code = 'S015'"_s).toLongLong();
    double slowestFilter = 0;
    const QList<PlanFilter> filters{
        {unit, 0, false, false}, {-1, 2026, true, false}, {-1, 0, false, true}, {unit, 2026, false, false}};
    for (const PlanFilter& filter : filters) {
        timer.start();
        const qsizetype count = remediation.plans(filter, today).size();
        const double ms = timer.nsecsElapsed() / 1e6;
        std::printf("  plans filtered (unit %lld, year %d, overdue %d, open %d): %lld in %.1f ms\n",
                    static_cast<long long>(filter.unitId), filter.fiscalYear, filter.overdueOnly, filter.openOnly,
                    static_cast<long long>(count), ms);
        slowestFilter = std::max(slowestFilter, ms);
    }
    report.below("slowest remediation query filter (of 4)", slowestFilter, {50, 100});

    // The remediation area's list, read as it is seen: counted, and its first rows fetched in the default order
    // (next due date), then each filter the page offers, with the rows a screen shows.
    const auto firstScreen = [](const PlanTableModel& model) {
        for (int row = 0; row < std::min(model.rowCount(), 40); ++row)
            (void)model.data(model.index(row, PlanTableModel::FindingColumn));
    };
    timer.start();
    PlanTableModel plans(remediation);
    QHash<qint64, QString> names;
    for (const Unit& each : workspace->organisation().units())
        names.insert(each.id, each.name);
    plans.setUnitNames(names);
    plans.setReferenceYear(2026);
    plans.setToday(today);
    firstScreen(plans);
    report.below("open the remediation list of every plan, first rows shown", timer.nsecsElapsed() / 1e6, {150, 300});
    std::printf("  %d plans in the list\n", plans.rowCount());
    double slowestList = 0;
    PlanFilter shown;
    auto measure = [&](const std::function<void()>& change) {
        timer.start();
        change();
        plans.setFilter(shown);
        firstScreen(plans);
        slowestList = std::max(slowestList, timer.nsecsElapsed() / 1e6);
    };
    measure([&] { shown.fiscalYear = 2026; });
    measure([&] { shown.overdueOnly = true; });
    measure([&] { shown.overdueOnly = false; });
    measure([&] { shown.status = PlanStatus::Completed; });
    measure([&] { shown.status = std::nullopt; });
    measure([&] { shown.units = {unit}; });
    measure([&] { shown.units = {}; });
    measure([&] { shown.fiscalYear = 0; });
    const QString typed = u"第12部第3課"_s;
    for (qsizetype length = 1; length <= typed.size(); ++length)
        measure([&] { shown.search = typed.left(length); });
    std::printf("  %d of all plans after the last filter\n", plans.rowCount());
    report.below("slowest remediation list filter, first rows shown (of 16)", slowestList, {50, 100});
    return report.finish();
}
