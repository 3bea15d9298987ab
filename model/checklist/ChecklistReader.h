#pragma once

#include "checklist/Checklist.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>

namespace kansa {

// A problem in a checklist file: the file, where in it (a line, or sheet!cell), the field, what is wrong.
struct ChecklistProblem
{
    QString file;
    QString where;
    QString field;
    QString message;
    // Reported like any problem, but the checklist stays usable: a stored version or an import is not refused
    // for it (a question phrased negatively).
    bool warning = false;

    QString toString() const;
};

// Reads and validates checklists in the JSON format of checklists/README.md. The same reader serves the
// shipped checklists, a municipality's own files, the tests and `kansa-cli checklist validate`.
class ChecklistReader final
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistReader)

public:
    struct Result
    {
        Checklist checklist;
        QList<ChecklistProblem> problems;
        // Where each item stands, for problems found later across checklists (duplicates, references).
        QHash<QString, ChecklistProblem> itemLocations;
        QHash<QString, ChecklistProblem> derivedFromLocations;

        // No problem but warnings.
        bool ok() const
        {
            return std::none_of(problems.cbegin(), problems.cend(),
                                [](const ChecklistProblem& problem) { return !problem.warning; });
        }
    };

    // A single-file checklist, or the header of a folder checklist (its parts are read from beside it).
    static Result readFile(const QString& path);
    static Result readJson(const QByteArray& bytes, const QString& fileName, const QString& folder = {});
    // Validates a checklist built from another format (a CSV or XLSX table); `locate` turns a JSON pointer
    // (/chapters/0/sections/1/items/4/question) into where that value stood (a line, or sheet!cell).
    using Locate = std::function<QString(const QString& pointer)>;
    static Result readObject(const QJsonObject& root, const QString& fileName, const Locate& locate);
    // A Locate that names where the value, or the nearest value enclosing it, stood (pointer -> line or cell).
    static Locate nearest(QHash<QString, QString> where);
    // The id a checklist without one takes from its file's name: lower case, - for anything else.
    static QString idFromFileName(const QString& fileName);
    // Checks a set of checklists together: ids unique across all, derived_from pointing at items of the set or
    // at `knownElsewhere` (an import: the items of the library's other checklists). `kansa-cli checklist
    // validate` and every import make this one check.
    static QList<ChecklistProblem> crossCheck(const QList<Result>& results, const QSet<QString>& knownElsewhere = {});
    // The checklists compiled into the application (:/checklists), each a folder or a single file.
    static QStringList shippedFiles();
};

} // namespace kansa
