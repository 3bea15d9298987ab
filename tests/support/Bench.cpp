#include "Bench.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace kansa::bench {

Report::Report(const char* benchmark)
    : m_benchmark(QString::fromUtf8(benchmark))
{}

void Report::below(const char* what, double value, double target, const char* unit)
{
    add({QString::fromUtf8(what), value, QString::fromUtf8(unit), target, false, {}}, value / target);
}

void Report::below(const char* what, double value, Targets targets, const char* unit)
{
    below(what, value, backend() == u"sqlite"_s ? targets.file : targets.server, unit);
}

void Report::atLeast(const char* what, double value, double target, const char* unit)
{
    add({QString::fromUtf8(what), value, QString::fromUtf8(unit), target, true, {}},
        value > 0 ? target / value : FailureFactor * 2);
}

void Report::add(Figure figure, double shortfall)
{
    const bool met = figure.higherIsBetter ? figure.value >= figure.target : figure.value < figure.target;
    figure.verdict = met ? u"ok"_s : shortfall <= FailureFactor ? u"MISSED"_s : u"FAILED"_s;
    std::printf("%-58s %9.1f %s  (target %s %.0f %s) %s\n", qPrintable(figure.name), figure.value,
                qPrintable(figure.unit), figure.higherIsBetter ? ">=" : "<", figure.target, qPrintable(figure.unit),
                qPrintable(figure.verdict));
    std::fflush(stdout);
    m_figures << figure;
}

int Report::finish() const
{
    QJsonArray figures;
    bool failed = false;
    for (const Figure& figure : m_figures) {
        figures.append(QJsonObject{{u"name"_s, figure.name},
                                   {u"value"_s, figure.value},
                                   {u"unit"_s, figure.unit},
                                   {u"target"_s, figure.target},
                                   {u"comparison"_s, figure.higherIsBetter ? u">="_s : u"<"_s},
                                   {u"verdict"_s, figure.verdict}});
        failed |= figure.verdict == u"FAILED"_s;
    }
    const QString directory = qEnvironmentVariable("KANSA_BENCH_DIR");
    if (!directory.isEmpty()) {
        QDir().mkpath(directory);
        QSaveFile file(QDir(directory).filePath(m_benchmark % u'-' % backend() % u".json"_s));
        const QJsonObject document{{u"benchmark"_s, m_benchmark}, {u"backend"_s, backend()}, {u"figures"_s, figures}};
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(document).toJson()) < 0 || !file.commit()) {
            std::fprintf(stderr, "Cannot write %s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
            return 1;
        }
    }
    if (failed)
        std::printf("A figure is more than %.0f× off its target: a regression, not noise.\n", FailureFactor);
    return failed ? 1 : 0;
}

double residentMegabytes(const char* field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble() / 1024;
    }
    return 0;
}

QString backend()
{
    const QString chosen = qEnvironmentVariable("KANSA_TEST_BACKEND");
    if (chosen == u"postgresql"_s && qEnvironmentVariableIsSet("KANSA_SIMULATED_LATENCY_MS"))
        return u"postgresql-lan"_s;
    return chosen.isEmpty() ? u"sqlite"_s : chosen;
}

} // namespace kansa::bench
