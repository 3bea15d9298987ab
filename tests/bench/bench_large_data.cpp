// Creates the large data set of the benchmarks once per run (kansa-cli demo --scale large: 300 units, 900
// people, the full standards checklist, ten fiscal years of audits) on the backend of KANSA_TEST_BACKEND;
// with --drop, removes it again. The benchmarks that need it start from a copy (TestDatabase::Start).
#include "Bench.h"
#include "TestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(u"--drop"_s)) {
        TestDatabase::dropLargeDataSet();
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    TestDatabase::createLargeDataSet();
    // For the test command's time: every benchmark on the large data set waits for it. Its figure is judged in the
    // table (run-benchmarks.sh), but the data set, once created, is there for them whatever it took.
    bench::Report report("bench_large_data");
    report.below("creating the large data set", timer.nsecsElapsed() / 1e9, {15, 30}, "s");
    report.finish();
    return 0;
}
