// Speed and memory targets of the audit workspace on the large data set (kansa-cli demo --scale large:
// 300 units, the full standards checklist, ten fiscal years of audits):
//   opening the workspace of an audit of 300 units        < 1 s
//   switching unit                                        < 100 ms
//   recording a result                                    < 20 ms
//   any filter                                            < 100 ms
//   the record check at opening (RecordHeadCheck)         < 200 ms
//   resident memory                                       < 300 MB
// Prints the figures and judges them as bench::Report does (fails only on a figure 5× off its target).
#include "Bench.h"
#include "TestDatabase.h"

#include "audit/AuditWorkspace.h"
#include "record/RecordHeadCheck.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;
using kansa::bench::residentMegabytes;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    bench::Report report("bench_audits");
    QElapsedTimer timer;

    TestDatabase test(TestDatabase::Start::LargeDataSet);

    std::unique_ptr<Database> db = Database::open(test.spec());
    std::unique_ptr<Workspace> workspace = Workspace::signIn(db, u"chief"_s, u"kansa-demo"_s);
    RecordHeadCheck::remember(workspace->database());
    const qint64 auditId = workspace->audits().audits(2026).first().id;

    timer.start();
    AuditWorkspace page(workspace->audits(), workspace->fieldwork(), workspace->organisation(), workspace->history(),
                        auditId);
    page.resize(1400, 900);
    page.show();
    QCoreApplication::processEvents();
    report.below("open the workspace of an audit of 300 units", timer.nsecsElapsed() / 1e6, {300, 600});

    const QList<AuditedUnit> units = workspace->audits().units(auditId);
    double slowestSwitch = 0;
    for (int i = 0; i < 20; ++i) {
        timer.start();
        page.selectUnit(units[(i * 37) % units.size()].unitId);
        QCoreApplication::processEvents();
        slowestSwitch = std::max(slowestSwitch, timer.nsecsElapsed() / 1e6);
    }
    report.below("slowest switch of unit (of 20)", slowestSwitch, {50, 100});

    // Each result is its own committed transaction, so a slow disk flush now and then shows in the slowest
    // one; the target is checked on the 90th percentile of 50, and the slowest is printed beside it.
    QList<double> records;
    for (int i = 0; i < 50; ++i) {
        timer.start();
        page.setCurrentResult(i % 3 ? AuditResult::Conforming : AuditResult::PartlyConforming);
        QCoreApplication::processEvents();
        records << timer.nsecsElapsed() / 1e6;
    }
    std::sort(records.begin(), records.end());
    report.below("recording a result, 90th percentile of 50", records[44], {5, 15});
    std::printf("%-52s %9.1f ms\n", "recording a result, slowest of 50 (not checked)", records.last());

    auto* search = page.findChild<QLineEdit*>(u"auditSearch"_s);
    auto* results = page.findChild<QComboBox*>(u"auditResultFilter"_s);
    double slowestFilter = 0;
    const QString typed = u"パスワード"_s;
    for (int length = 1; length <= typed.size(); ++length) {
        timer.start();
        search->setText(typed.left(length));
        QCoreApplication::processEvents();
        slowestFilter = std::max(slowestFilter, timer.nsecsElapsed() / 1e6);
    }
    search->clear();
    for (int index = 0; index < results->count(); ++index) {
        timer.start();
        results->setCurrentIndex(index);
        QCoreApplication::processEvents();
        slowestFilter = std::max(slowestFilter, timer.nsecsElapsed() / 1e6);
    }
    report.below("slowest filter (search keystroke or result filter)", slowestFilter, 100);
    // The quick check of the record when a file is opened (RecordHeadCheck): following the entries written since
    // this computer last saw the record (the results above), and the last entries when it saw none yet.
    timer.start();
    const RecordVerification followed = RecordHeadCheck::check(workspace->database());
    report.below("record check at opening, after the results recorded", timer.nsecsElapsed() / 1e6, 200);
    RecordHeadCheck::forget(test.spec());
    timer.start();
    const RecordVerification tail = RecordHeadCheck::check(workspace->database());
    report.below("record check at opening, nothing seen yet", timer.nsecsElapsed() / 1e6, 200);
    if (!followed.intact() || !tail.intact() || followed.entries < 50) {
        std::fprintf(stderr, "the record check found the untouched record changed, or followed %lld entries\n",
                     static_cast<long long>(followed.entries));
        return 1;
    }
    report.below("resident memory", residentMegabytes(), 300, "MB");
    return report.finish();
}
