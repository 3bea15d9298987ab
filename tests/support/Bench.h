#pragma once

#include <QFile>

#include <cstdio>

namespace kansa::bench {

// One line of a benchmark's report; true when the figure meets its target.
inline bool report(const char* what, double value, double limit, const char* unit = "ms")
{
    const bool ok = value < limit;
    std::printf("%-58s %9.1f %s  (target < %.0f %s) %s\n", what, value, unit, limit, unit, ok ? "ok" : "MISSED");
    return ok;
}

// Resident memory of this process in MB: "VmRSS" now, or "VmHWM" for the peak.
inline double residentMegabytes(const char* field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble() / 1024;
    }
    return 0;
}

} // namespace kansa::bench
