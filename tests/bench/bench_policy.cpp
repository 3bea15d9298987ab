// Speed target of drafting a checklist from a policy, measured on this machine:
//   reading the 126 KB standards of seed 003, building its clause tree, finding its obligations and mapping
//   each to the shipped standards checklist                                                         < 2 s
// Prints the figure and judges it as bench::Report does (fails only on a figure 5× off its target).
#include "Bench.h"

#include "policy/ChecklistDerivation.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    bench::Report report("bench_policy");
    const QString policy = QStringLiteral(KANSA_SOURCE_DIR) % u"/tests/data/seeds/003_88c7ae5348c9ff53.txt"_s;
    QElapsedTimer timer;
    timer.start();
    const Checklist standards = ChecklistDerivation::loadChecklist(u"yomogita-standards"_s);
    const Derivation derivation = ChecklistDerivation::deriveFromFile(policy, standards, {});
    const double elapsed = timer.nsecsElapsed() / 1e6;
    std::printf("%lld draft items, %lld shipped items without counterpart\n",
                static_cast<long long>(derivation.items.size()), static_cast<long long>(derivation.missing.size()));
    report.below("derive and map the 126 KB standards (seed 003)", elapsed, 2000);
    return report.finish();
}
