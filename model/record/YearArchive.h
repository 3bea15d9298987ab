#pragma once

#include "auth/Session.h"
#include "store/ChangeChain.h"
#include "store/ConnectionSpec.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace kansa {

class Database;

// What a year archive holds, as checked after it was written.
struct ArchiveSummary
{
    QString file;
    int fiscalYear = 0;
    qint64 bytes = 0;
    int audits = 0;
    int campaigns = 0;
    int evidenceFiles = 0;
    int reports = 0;
    ChangeChain::Anchor record; // the organisation's change log when it was archived
};

// A fiscal year's record for 公文書 retention, in one zip file that Kansa opens read-only:
// - organisation.kansa: an SQLite snapshot of the organisation with that year's audits, self-inspection
//   campaigns, remediation (the plans of the year's findings), exceptions and progress requests of the year and
//   its issued reports. The rows of other years are removed by logged changes at its end, so that its change
//   log (whole, with the history of every year) still proves itself: verify checks the chain and replays it.
// - evidence/… and reports/…: every evidence file and issued report of the year as a file of its own, readable
//   without Kansa;
// - manifest.json: the year, who archived it and when, the organisation's change-log anchor at that moment, and
//   the size and SHA-256 of every other file.
class YearArchive final
{
    Q_DECLARE_TR_FUNCTIONS(YearArchive)

public:
    static inline const QString ManifestName = QStringLiteral("manifest.json");
    static inline const QString SnapshotName = QStringLiteral("organisation.kansa");

    // File > Archive a year and kansa-cli archive: the administrator's, as a backup is. Written whole or not at
    // all; checked by opening it as open() does before it takes its name.
    static ArchiveSummary write(Database& db, const Session& session, int fiscalYear, const QString& destination);
    // What was written, in a sentence.
    static QString written(const ArchiveSummary& summary);

    // Whether the file is a zip file that holds a year archive's manifest.
    static bool isArchive(const QString& path);
    // Checks every file of the archive against its manifest (any missing, added or changed file is named),
    // unpacks the snapshot into a temporary folder that lives as long as the returned connection, and opens it
    // read-only, shown under the archive's name. Throws kansa::Error naming the archive and the file.
    static std::unique_ptr<Database> open(const QString& path);
    // The organisation at spec: a year archive opened as open() does, else Database::open.
    static std::unique_ptr<Database> openDatabase(const ConnectionSpec& spec);
    // The anchor an archive's manifest keeps of the organisation's change log, for verify --against.
    static ChangeChain::Anchor anchorOf(const QString& path);
};

} // namespace kansa
