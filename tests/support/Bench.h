#pragma once

#include <QList>
#include <QString>

namespace kansa::bench {

// The figures of one benchmark run. Each figure is printed as it is measured and judged against its target:
// "ok" when it meets it, "MISSED" when it misses by up to 5× (noise of a busy or slower machine, reported but
// passing) and "FAILED" beyond that (an algorithmic regression: a missing index, a query per row, a quadratic
// loop). finish() writes every figure to KANSA_BENCH_DIR/NAME-BACKEND.json and gives the exit code: 1 when any
// figure FAILED. packaging/run-benchmarks.sh reads the files and is strict: any MISSED fails it.
class Report final
{
public:
    explicit Report(const char* benchmark);

    // A target that differs between a file on the same machine and a server over the network.
    struct Targets
    {
        double file;   // SQLite
        double server; // PostgreSQL, also with the simulated network
    };

    // A figure that has to stay below its target (a time, memory).
    void below(const char* what, double value, double target, const char* unit = "ms");
    void below(const char* what, double value, Targets targets, const char* unit = "ms");
    // A figure that has to reach at least its target (a rate).
    void atLeast(const char* what, double value, double target, const char* unit);
    int finish() const;

    // How far a figure may miss its target before it fails the test command.
    static constexpr double FailureFactor = 5;

private:
    struct Figure
    {
        QString name;
        double value;
        QString unit;
        double target;
        bool higherIsBetter;
        QString verdict;
    };
    void add(Figure figure, double shortfall);

    QString m_benchmark;
    QList<Figure> m_figures;
};

// Resident memory of this process in MB: "VmRSS" now, or "VmHWM" for the peak.
double residentMegabytes(const char* field = "VmRSS:");

// The backend this run measures: sqlite, postgresql, or postgresql-lan where KANSA_SIMULATED_LATENCY_MS sets
// the wait of an office network per round trip.
QString backend();

} // namespace kansa::bench
