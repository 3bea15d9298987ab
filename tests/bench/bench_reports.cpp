// Speed and memory targets of the reports on the large data set (kansa-cli demo --scale large: 300 units,
// the full standards checklist, ten years of audits, 5,100 findings in the year reported on):
//   the full audit report with its appendix renders to PDF      >= 100 pages a second
//   the same report written as DOCX                              as fast (>= 100 PDF pages a second)
//   its preview: composed and its first page shown               < 1 s
//   its preview: any page shown once the pages are counted       < 200 ms
//   resident memory while rendering it                           bounded (< 400 MB)
//   the body without the appendix, composed and rendered         < 2 s   (checked for a body of the
//       demo village's size: the large year's 5,100 findings make a body of thousands of pages, whose
//       speed the pages-per-second target covers; its time is printed beside it)
// Prints the figures and judges them as bench::Report does (fails only on a figure 5× off its target).
#include "Bench.h"
#include "TestDatabase.h"

#include "demo/DemoOrganisation.h"
#include "report/DocxWriter.h"
#include "report/ReportPainter.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;
using kansa::bench::residentMegabytes;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    bench::Report report("bench_reports");
    QElapsedTimer timer;
    QTemporaryDir out;

    {
        TestDatabase demo;
        DemoOrganisation::create(demo.spec());
        std::unique_ptr<Database> db = Database::open(demo.spec());
        std::unique_ptr<Workspace> workspace = Workspace::signIn(db, u"h.nakayama"_s, u"kansa-demo"_s);
        timer.start();
        const ReportDocument body = workspace->reports().auditReport(2026, false);
        const int pages = ReportPainter::writePdf(body, out.filePath(u"demo-body.pdf"_s));
        report.below("demo audit report body, composed and rendered", timer.nsecsElapsed() / 1e6, 2000);
        std::printf("  (%d pages)\n", pages);
    }

    TestDatabase test(TestDatabase::Start::LargeDataSet);
    std::unique_ptr<Database> db = Database::open(test.spec());
    std::unique_ptr<Workspace> workspace = Workspace::signIn(db, u"chief"_s, u"kansa-demo"_s);

    timer.start();
    const ReportDocument body = workspace->reports().auditReport(2026, false);
    const double composeBody = timer.nsecsElapsed() / 1e6;
    timer.start();
    const int bodyPages = ReportPainter::writePdf(body, out.filePath(u"body.pdf"_s));
    const double renderBody = timer.nsecsElapsed() / 1e6;
    std::printf("%-58s %9.1f ms (%d pages: composed %.0f ms, rendered %.0f ms)\n",
                "large body, 5,100 findings (not a target)", composeBody + renderBody, bodyPages, composeBody,
                renderBody);

    timer.start();
    const ReportDocument full = workspace->reports().auditReport(2026, true);
    const double compose = timer.nsecsElapsed() / 1e6;
    timer.start();
    const int pages = ReportPainter::writePdf(full, out.filePath(u"full.pdf"_s));
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("%-58s %9.1f ms\n", "composing the full audit report (not a target)", compose);
    std::printf("  %d pages in %.1f s\n", pages, seconds);
    report.atLeast("full audit report rendered to PDF", pages / seconds, 100, "pages/s");

    timer.start();
    DocxWriter::write(full, out.filePath(u"full.docx"_s));
    report.atLeast("full audit report written as DOCX (PDF pages a second)", pages / (timer.nsecsElapsed() / 1e9), 100,
                   "pages/s");

    // As the preview does it: compose, draw the first page, then count the pages while it is on the screen.
    timer.start();
    ReportPages preview(workspace->reports().auditReport(2026, true));
    const QSize shown(900, 1273);
    preview.pageImage(1, shown);
    report.below("preview of the full report: composed, first page shown", timer.nsecsElapsed() / 1e6, 1000);
    timer.start();
    const int counted = preview.count();
    std::printf("%-58s %9.1f ms (%d pages)\n", "preview: every page counted, in the background (not a target)",
                timer.nsecsElapsed() / 1e6, counted);
    timer.start();
    preview.pageImage(counted, shown);
    report.below("preview: the last page shown once counted", timer.nsecsElapsed() / 1e6, 200);
    report.below("peak resident memory", residentMegabytes("VmHWM:"), 400, "MB");
    return report.finish();
}
