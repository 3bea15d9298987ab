// Prints the figures that the benchmarks wrote (NAME-BACKEND.json in the folder given) as one table, SQLite,
// PostgreSQL and PostgreSQL over a simulated office network side by side, each with its target. Exits 1 when any figure
// missed its target or a backend's file is missing: the strict check of packaging/run-benchmarks.sh.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList Backends{u"sqlite"_s, u"postgresql"_s, u"postgresql-lan"_s};

struct Row
{
    QMap<QString, QString> measured; // by backend: "12.3 ms (<300) ok"
};

QString formatted(double value)
{
    return QString::number(value, 'f', value < 100 ? 1 : 0);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: bench_table FOLDER\n");
        return 2;
    }
    const QDir folder(app.arguments().at(1));
    // benchmark → figure → row, in the order the benchmarks printed them.
    QMap<QString, QList<QPair<QString, Row>>> benchmarks;
    QMap<QString, QStringList> backendsSeen;
    bool strictOk = true;
    for (const QString& name : folder.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        QJsonParseError error;
        const QJsonObject document =
            file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error).object() : QJsonObject();
        const QString benchmark = document.value(u"benchmark"_s).toString();
        const QString backend = document.value(u"backend"_s).toString();
        if (benchmark.isEmpty() || !Backends.contains(backend)) {
            std::printf("%s: not a benchmark's figures\n", qPrintable(file.fileName()));
            strictOk = false;
            continue;
        }
        backendsSeen[benchmark] << backend;
        QList<QPair<QString, Row>>& rows = benchmarks[benchmark];
        for (const QJsonValue& each : document.value(u"figures"_s).toArray()) {
            const QJsonObject figure = each.toObject();
            const QString what = figure.value(u"name"_s).toString();
            const QString unit = figure.value(u"unit"_s).toString();
            const QString verdict = figure.value(u"verdict"_s).toString();
            strictOk &= verdict == u"ok"_s;
            auto row = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.first == what; });
            if (row == rows.end()) {
                rows.append({what, Row{}});
                row = rows.end() - 1;
            }
            row->second.measured.insert(backend, formatted(figure.value(u"value"_s).toDouble()) % u' ' % unit %
                                                     u" ("_s % figure.value(u"comparison"_s).toString() %
                                                     formatted(figure.value(u"target"_s).toDouble()) % u") "_s %
                                                     verdict);
        }
    }
    if (benchmarks.isEmpty()) {
        std::printf("No benchmark figures in %s\n", qPrintable(folder.path()));
        return 1;
    }
    std::printf("%-58s %-26s %-26s %-26s\n", "figure (target)", "SQLite", "PostgreSQL", "PostgreSQL + 0.5 ms");
    for (auto benchmark = benchmarks.cbegin(); benchmark != benchmarks.cend(); ++benchmark) {
        std::printf("%s\n", qPrintable(benchmark.key()));
        // The large data set is created once per server, without the simulated network.
        for (const QString& backend : Backends.mid(0, 2)) {
            if (!backendsSeen[benchmark.key()].contains(backend)) {
                std::printf("  (no figures on %s)\n", qPrintable(backend));
                strictOk = false;
            }
        }
        for (const auto& [what, row] : benchmark.value()) {
            std::printf("  %-56s %-26s %-26s %-26s\n", qPrintable(what),
                        qPrintable(row.measured.value(u"sqlite"_s, u"-"_s)),
                        qPrintable(row.measured.value(u"postgresql"_s, u"-"_s)),
                        qPrintable(row.measured.value(u"postgresql-lan"_s, u"-"_s)));
        }
    }
    std::printf(strictOk ? "Every figure met its target on every backend.\n"
                         : "Some figures missed their targets (MISSED or FAILED above).\n");
    return strictOk ? 0 : 1;
}
