// Speed and memory targets of the record on the large data set (kansa-cli demo --scale large: 300 units, ten
// fiscal years, 908,000 results, 51,000 findings):
//   verifying the whole record (chain, stored files, replay)   < 5 s
//   archiving a fiscal year (written, checked, re-opened)      < 30 s
//   opening that archive (every file against its manifest)     < 5 s
//   peak resident memory                                       < 300 MB
// Prints the figures and judges them as bench::Report does (fails only on a figure 5× off its target).
#include "Bench.h"
#include "TestDatabase.h"

#include "demo/DemoOrganisation.h"
#include "record/RecordVerifier.h"
#include "record/YearArchive.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    bench::Report report("bench_record");
    QElapsedTimer timer;

    TestDatabase test(TestDatabase::Start::LargeDataSet);
    std::unique_ptr<Database> db = Database::open(test.spec());
    const std::unique_ptr<Workspace> admin =
        Workspace::signIn(db, QString::fromUtf16(DemoOrganisation::AdministratorLogin),
                          QString::fromUtf16(DemoOrganisation::AdministratorPassword));

    timer.start();
    const RecordVerification verified = RecordVerifier(admin->database(), admin->session()).verify();
    report.below("verifying the whole record", timer.nsecsElapsed() / 1e6, 5000);

    QTemporaryDir dir;
    const QString archive = dir.filePath(u"2026.zip"_s);
    timer.start();
    const ArchiveSummary summary = YearArchive::write(admin->database(), admin->session(), 2026, archive);
    report.below("archiving a fiscal year", timer.nsecsElapsed() / 1e6, 30000);
    timer.start();
    const std::unique_ptr<Database> opened = YearArchive::open(archive);
    report.below("opening that archive", timer.nsecsElapsed() / 1e6, 5000);
    if (!verified.intact() || summary.audits != 1 || !opened->readOnly()) {
        std::fprintf(stderr, "the untouched record did not verify, or the archive does not hold the year's audit\n");
        return 1;
    }
    report.below("peak resident memory", bench::residentMegabytes("VmHWM:"), 300, "MB");
    return report.finish();
}
