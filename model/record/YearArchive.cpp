#include "YearArchive.h"

#include "auth/AccessPolicy.h"
#include "calendar/JapaneseCalendar.h"
#include "common/Error.h"
#include "exchange/JsonBounds.h"
#include "exchange/OutputFile.h"
#include "exchange/ZipFile.h"
#include "record/RecordVerifier.h"
#include "settings/AppSettings.h"
#include "store/Database.h"
#include "store/SqliteFile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const QString Format = u"kansa-year-archive"_s;
constexpr int FormatVersion = 1;
// Far beyond a year's record (a few thousand evidence files), and bounded: a hostile archive is refused before
// it is unpacked.
constexpr int MaxFiles = 200'000;
constexpr qint64 MaxManifestBytes = 64LL << 20;
constexpr qint64 MaxFileBytes = 64LL << 30;

// A name that every file system takes: no folder separators or characters Windows refuses, at most 80
// characters.
QString safeName(const QString& text)
{
    QString name;
    for (const QChar c : text) {
        const bool refused = c.unicode() < 0x20 || QStringView(u"/\\:*?\"<>|").contains(c);
        name += refused ? u'_' : c;
    }
    name = name.trimmed().left(80);
    return name.isEmpty() ? u"_"_s : name;
}

QString sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

struct KeptRecords
{
    int audits = 0;
    int campaigns = 0;
};

// Removes from the snapshot what does not belong to the fiscal year, by logged changes of the one write path:
// the other fiscal years, their audits (with their results, evidence, findings and plans), campaigns, issued reports,
// and the exceptions and progress requests that concern no kept plan and fall outside the year. A kept finding's link
// to a finding of another year (the one it was carried over from, the one a cross-check created) is cleared, its old
// value in the log, as is a kept audit's link to the audit of the year before.
KeptRecords keepOnlyYear(Database& snapshot, const QString& actor, int fiscalYear)
{
    const QString start = JapaneseCalendar::fiscalYearStart(fiscalYear).toString(Qt::ISODate);
    const QString end = JapaneseCalendar::fiscalYearEnd(fiscalYear).toString(Qt::ISODate);
    const auto ids = [&](const QString& sql, std::initializer_list<QVariant> values) {
        QList<qint64> found;
        QSqlQuery query = snapshot.exec(sql, values);
        while (query.next())
            found << query.value(0).toLongLong();
        return found;
    };
    snapshot.write(actor, [&](VersionedRows& rows) {
        // The rows of other years reference each other in every order; the keys are checked once all are gone.
        snapshot.exec(u"PRAGMA defer_foreign_keys = ON"_s);
        for (qint64 id : ids(u"SELECT a.id FROM audits a JOIN audits p ON p.id = a.previous_audit_id WHERE "
                             "a.fiscal_year = ? AND p.fiscal_year <> ?"_s,
                             {fiscalYear, fiscalYear}))
            rows.overwrite(u"audits"_s, id, {{u"previous_audit_id"_s, QVariant()}});
        for (qint64 id : ids(u"SELECT f.id FROM audit_findings f JOIN audits a ON a.id = f.audit_id "
                             "JOIN audit_findings o ON o.id = f.origin_finding_id JOIN audits oa ON oa.id = o.audit_id "
                             "WHERE a.fiscal_year = ? AND oa.fiscal_year <> ?"_s,
                             {fiscalYear, fiscalYear}))
            rows.overwrite(u"audit_findings"_s, id, {{u"origin_finding_id"_s, QVariant()}});
        for (qint64 id : ids(u"SELECT u.id FROM cross_check_units u JOIN cross_checks c ON c.id = u.cross_check_id "
                             "JOIN audit_findings f ON f.id = c.finding_id JOIN audits a ON a.id = f.audit_id "
                             "JOIN audit_findings cf ON cf.id = u.created_finding_id JOIN audits ca ON "
                             "ca.id = cf.audit_id WHERE a.fiscal_year = ? AND ca.fiscal_year <> ?"_s,
                             {fiscalYear, fiscalYear}))
            rows.overwrite(u"cross_check_units"_s, id, {{u"created_finding_id"_s, QVariant()}});
        for (const QString& table : {u"audits"_s, u"campaigns"_s, u"issued_reports"_s}) {
            for (qint64 year :
                 ids(u"SELECT DISTINCT fiscal_year FROM "_s % table % u" WHERE fiscal_year <> ?"_s, {fiscalYear}))
                rows.removeWhere(table, u"fiscal_year"_s, year);
        }
        for (qint64 year : ids(u"SELECT year FROM fiscal_years WHERE year <> ?"_s, {fiscalYear}))
            rows.removeWhere(u"fiscal_years"_s, u"year"_s, year, u"year"_s);
        for (qint64 id : ids(u"SELECT id FROM exceptions e WHERE NOT EXISTS (SELECT 1 FROM remediation_plans p "
                             "WHERE p.exception_id = e.id) AND NOT (requested_on BETWEEN ? AND ? OR "
                             "COALESCE(decided_on, '') BETWEEN ? AND ? OR (valid_from <= ? AND "
                             "COALESCE(valid_until, '9999-12-31') >= ?))"_s,
                             {start, end, start, end, end, start}))
            rows.removeWhere(u"exceptions"_s, u"id"_s, id);
        for (qint64 id :
             ids(u"SELECT id FROM progress_requests WHERE requested_on NOT BETWEEN ? AND ?"_s, {start, end}))
            rows.removeWhere(u"progress_requests"_s, u"id"_s, id);
    });
    // What was removed is not left in the file's free pages.
    snapshot.exec(u"VACUUM"_s);
    return {snapshot.scalar(u"SELECT COUNT(*) FROM audits"_s).toInt(),
            snapshot.scalar(u"SELECT COUNT(*) FROM campaigns"_s).toInt()};
}

struct ArchivedFile
{
    QString name;
    QString record; // 「audit_evidence_files 12」
    qint64 bytes = 0;
    QString sha256;
};

QJsonObject manifestEntry(const ArchivedFile& file)
{
    QJsonObject entry{{u"name"_s, file.name}, {u"bytes"_s, file.bytes}, {u"sha256"_s, file.sha256}};
    if (!file.record.isEmpty())
        entry.insert(u"record"_s, file.record);
    return entry;
}

// The files of the snapshot's evidence and issued reports, each added to the zip under a name a person can
// find it by.
QList<ArchivedFile> addStoredFiles(Database& snapshot, ZipWriter& zip)
{
    QList<ArchivedFile> files;
    const auto add = [&](const QString& name, const QString& table, qint64 id, const QString& column) {
        QSqlQuery content = snapshot.exec(u"SELECT "_s % column % u" FROM "_s % table % u" WHERE id = ?"_s, {id});
        content.next();
        const QByteArray bytes = content.value(0).toByteArray();
        content.finish();
        zip.add(name, bytes);
        files.append({name, table % u' ' % QString::number(id), bytes.size(), sha256Of(bytes)});
    };
    QSqlQuery evidence = snapshot.exec(
        u"SELECT f.id, f.file_name, e.audit_id, COALESCE(u.name, ''), e.item_key FROM audit_evidence_files f "
        "JOIN audit_evidence e ON e.id = f.evidence_id LEFT JOIN units u ON u.id = e.unit_id ORDER BY f.id"_s);
    QList<QPair<qint64, QString>> evidenceNames;
    while (evidence.next()) {
        const QString unit = evidence.value(3).toString();
        evidenceNames.append({evidence.value(0).toLongLong(),
                              u"evidence/"_s % evidence.value(2).toString() % u'/' %
                                  safeName(unit.isEmpty() ? YearArchive::tr("Organisation-wide") : unit) % u'/' %
                                  safeName(evidence.value(4).toString()) % u'/' % evidence.value(0).toString() % u' ' %
                                  safeName(evidence.value(1).toString())});
    }
    evidence.finish();
    for (const auto& [id, name] : std::as_const(evidenceNames))
        add(name, u"audit_evidence_files"_s, id, u"content"_s);
    QSqlQuery reports = snapshot.exec(u"SELECT id, title, substr(issued_at, 1, 10) FROM issued_reports ORDER BY id"_s);
    QList<QPair<qint64, QString>> reportNames;
    while (reports.next())
        reportNames.append({reports.value(0).toLongLong(), u"reports/"_s % reports.value(0).toString() % u' ' %
                                                               reports.value(2).toString() % u' ' %
                                                               safeName(reports.value(1).toString()) % u".pdf"_s});
    reports.finish();
    for (const auto& [id, name] : std::as_const(reportNames))
        add(name, u"issued_reports"_s, id, u"pdf"_s);
    return files;
}

QString sha256OfFile(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        throw Error(YearArchive::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

QJsonObject readManifest(const ZipReader& zip, const QString& path)
{
    if (!zip.contains(YearArchive::ManifestName))
        throw Error(
            YearArchive::tr("%1 is not a Kansa year archive: it has no %2.").arg(path, YearArchive::ManifestName));
    const QByteArray bytes = zip.read(YearArchive::ManifestName, MaxManifestBytes);
    if (const auto excess = JsonBounds::exceeded(bytes))
        throw Error(YearArchive::tr("The manifest of %1 holds %2 (line %3): it is no manifest Kansa wrote.")
                        .arg(path, excess->what)
                        .arg(excess->line));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    const QJsonObject manifest = document.object();
    if (error.error != QJsonParseError::NoError || manifest.value(u"format"_s).toString() != Format)
        throw Error(YearArchive::tr("The manifest of %1 is damaged or is no Kansa year archive's manifest.").arg(path));
    if (manifest.value(u"formatVersion"_s).toInt() > FormatVersion)
        throw Error(YearArchive::tr("%1 was written by a newer version of Kansa (archive format %2; this application "
                                    "reads up to %3). Install the newer Kansa to open it.")
                        .arg(path)
                        .arg(manifest.value(u"formatVersion"_s).toInt())
                        .arg(FormatVersion));
    return manifest;
}

// The archive's files checked against its manifest, the snapshot unpacked to snapshotPath as it is read.
// Returns the manifest's entries by name.
QHash<QString, QJsonObject> checkFiles(const QString& path, const QString& snapshotPath)
{
    const ZipReader zip(path);
    const QJsonObject manifest = readManifest(zip, path);
    QHash<QString, QJsonObject> listed;
    for (const QJsonValue& value : manifest.value(u"files"_s).toArray())
        listed.insert(value.toObject().value(u"name"_s).toString(), value.toObject());
    if (!listed.contains(YearArchive::SnapshotName))
        throw Error(YearArchive::tr("The manifest of %1 lists no %2.").arg(path, YearArchive::SnapshotName));
    QSet<QString> found;
    for (const ZipReader::Entry& entry : zip.entries(MaxFiles)) {
        found.insert(entry.name);
        if (entry.name != YearArchive::ManifestName && !listed.contains(entry.name))
            throw Error(YearArchive::tr("%1 holds %2, which its manifest does not list: it is not the archive that "
                                        "was written.")
                            .arg(path, entry.name));
    }
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        if (!found.contains(it.key()))
            throw Error(YearArchive::tr("%1 lacks %2, which its manifest lists: it is not the archive that was "
                                        "written.")
                            .arg(path, it.key()));
        QFile snapshot(snapshotPath);
        const bool unpack = it.key() == YearArchive::SnapshotName;
        if (unpack && !snapshot.open(QIODevice::WriteOnly))
            throw Error(YearArchive::tr("Cannot unpack %1: %2").arg(path, snapshot.errorString()));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const qint64 bytes = zip.stream(it.key(), MaxFileBytes, [&](const char* data, qsizetype size) {
            hash.addData(QByteArrayView(data, size));
            if (unpack && snapshot.write(data, size) != size)
                throw Error(YearArchive::tr("Cannot unpack %1: %2").arg(path, snapshot.errorString()));
        });
        if (unpack && !snapshot.flush())
            throw Error(YearArchive::tr("Cannot unpack %1: %2").arg(path, snapshot.errorString()));
        if (bytes != it.value().value(u"bytes"_s).toInteger() ||
            QString::fromLatin1(hash.result().toHex()) != it.value().value(u"sha256"_s).toString())
            throw Error(YearArchive::tr("In %1, %2 is not the file that was archived: its size or SHA-256 differs "
                                        "from the manifest's.")
                            .arg(path, it.key()));
    }
    return listed;
}

// Every evidence file and issued report of the snapshot is a file of the archive with the same hash, and the
// other way round.
void checkStoredFiles(Database& snapshot, const QHash<QString, QJsonObject>& listed, const QString& path)
{
    QHash<QString, QString> stored; // 「issued_reports 3」 → its hash
    for (const auto& [table, column] :
         {QPair(u"audit_evidence_files"_s, u"sha256"_s), QPair(u"issued_reports"_s, u"sha256"_s)}) {
        QSqlQuery rows = snapshot.exec(u"SELECT id, "_s % column % u" FROM "_s % table);
        while (rows.next())
            stored.insert(table % u' ' % rows.value(0).toString(), rows.value(1).toString());
    }
    qsizetype archived = 0;
    for (const QJsonObject& file : listed) {
        const QString record = file.value(u"record"_s).toString();
        if (record.isEmpty())
            continue;
        ++archived;
        if (stored.value(record) != file.value(u"sha256"_s).toString())
            throw Error(YearArchive::tr("In %1, %2 is not the file the snapshot holds as %3.")
                            .arg(path, file.value(u"name"_s).toString(), record));
    }
    if (archived != stored.size())
        throw Error(YearArchive::tr("The snapshot in %1 holds %2 evidence files and reports, the archive %3.")
                        .arg(path)
                        .arg(stored.size())
                        .arg(archived));
}

} // namespace

ArchiveSummary YearArchive::write(Database& db, const Session& session, int fiscalYear, const QString& destination)
{
    AccessPolicy access(db, session);
    access.require(Operation::Administer, access.organisation(), tr("archive a fiscal year"));
    if (db.inTransaction())
        throw Error(tr("A year cannot be archived while a change is being saved."));
    if (db.scalar(u"SELECT COUNT(*) FROM audits WHERE fiscal_year = ?"_s, {fiscalYear}).toInt() == 0 &&
        db.scalar(u"SELECT COUNT(*) FROM campaigns WHERE fiscal_year = ?"_s, {fiscalYear}).toInt() == 0)
        throw Error(tr("%1 has no audit and no self-inspection: there is nothing to archive.")
                        .arg(formatFiscalYear(fiscalYear)));

    // Whatever fails on the way (a full disk, the temporary folder) is said of the archive the person asked for.
    try {
        OutputFile output(destination);
        QTemporaryDir work;
        if (!work.isValid())
            throw Error(tr("Cannot create a temporary folder for the archive: %1").arg(work.errorString()));
        const QString snapshotPath = work.filePath(SnapshotName);
        if (db.backend() == ConnectionSpec::Backend::SQLite)
            db.exec(u"VACUUM INTO ?"_s, {snapshotPath});
        else
            SqliteFile::createCopyOf(db, snapshotPath);

        ArchiveSummary summary;
        summary.file = destination;
        summary.fiscalYear = fiscalYear;
        {
            const std::unique_ptr<Database> snapshot = Database::open(ConnectionSpec::sqliteFile(snapshotPath));
            summary.record = ChangeChain::anchor(*snapshot);
            const KeptRecords kept = keepOnlyYear(*snapshot, session.actor(), fiscalYear);
            summary.audits = kept.audits;
            summary.campaigns = kept.campaigns;
            // An archive is only as good as the record in it: one that does not hold together is not written.
            const RecordVerification verification = RecordVerifier(*snapshot, session).verify();
            if (!verification.intact())
                throw Error(tr("The record does not hold together, so no archive was written: %1 First: %2 %3")
                                .arg(RecordVerifier::verdict(verification), verification.problems.constFirst().what,
                                     RecordVerifier::detail(verification.problems.constFirst())));
            ZipWriter zip(output.temporaryPath(), destination);
            QList<ArchivedFile> files = addStoredFiles(*snapshot, zip);
            for (const ArchivedFile& file : std::as_const(files))
                (file.record.startsWith(u"issued_reports"_s) ? summary.reports : summary.evidenceFiles) += 1;
            const ChangeChain::Anchor snapshotHead = ChangeChain::anchor(*snapshot);
            snapshot->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            snapshot->exec(u"PRAGMA journal_mode = DELETE"_s);
            zip.addFile(SnapshotName, snapshotPath);
            files.append({SnapshotName, QString(), QFileInfo(snapshotPath).size(), sha256OfFile(snapshotPath)});
            QJsonArray listed;
            for (const ArchivedFile& file : std::as_const(files))
                listed.append(manifestEntry(file));
            const QJsonObject manifest{
                {u"format"_s, Format},
                {u"formatVersion"_s, FormatVersion},
                {u"organisation"_s, snapshot->scalar(u"SELECT name FROM organisation LIMIT 1"_s).toString()},
                {u"fiscalYear"_s, fiscalYear},
                {u"archivedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                {u"archivedBy"_s, session.actor()},
                {u"schemaVersion"_s, snapshot->schemaVersion()},
                {u"record"_s, QJsonObject{{u"entries"_s, summary.record.entries}, {u"head"_s, summary.record.head}}},
                {u"snapshot"_s, QJsonObject{{u"entries"_s, snapshotHead.entries}, {u"head"_s, snapshotHead.head}}},
                {u"files"_s, listed}};
            zip.add(ManifestName, QJsonDocument(manifest).toJson());
            zip.close();
        }
        // Checked as it will be opened: every file against the manifest, the snapshot against its files.
        {
            QTemporaryDir check;
            const QHash<QString, QJsonObject> listed = checkFiles(output.temporaryPath(), check.filePath(SnapshotName));
            const std::unique_ptr<Database> reopened =
                Database::open(ConnectionSpec::sqliteFile(check.filePath(SnapshotName)));
            checkStoredFiles(*reopened, listed, destination);
        }
        summary.bytes = QFileInfo(output.temporaryPath()).size();
        output.commit();
        return summary;
    } catch (const Error& error) {
        if (error.message().contains(destination))
            throw;
        throw Error(tr("Cannot write the archive %1: %2").arg(destination, error.message()));
    }
}

QString YearArchive::written(const ArchiveSummary& summary)
{
    return tr("Wrote %1 (%2), checked against its manifest: %3 (audits: %4, self-inspections: %5, "
              "evidence files: %6, issued reports: %7), and the change log's %8 entries up to %9.")
        .arg(summary.file, QLocale().formattedDataSize(summary.bytes), formatFiscalYear(summary.fiscalYear))
        .arg(summary.audits)
        .arg(summary.campaigns)
        .arg(summary.evidenceFiles)
        .arg(summary.reports)
        .arg(summary.record.entries)
        .arg(summary.record.head.left(16));
}

bool YearArchive::isArchive(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.read(4).startsWith("PK\x03\x04"))
        return false;
    try {
        const ZipReader zip(path);
        return zip.contains(ManifestName) && zip.contains(SnapshotName);
    } catch (const Error&) {
        return false;
    }
}

std::unique_ptr<Database> YearArchive::open(const QString& path)
{
    auto folder = std::make_shared<QTemporaryDir>();
    if (!folder->isValid())
        throw Error(tr("Cannot create a temporary folder to open %1: %2").arg(path, folder->errorString()));
    const QString snapshotPath = folder->filePath(SnapshotName);
    const QHash<QString, QJsonObject> listed = checkFiles(path, snapshotPath);
    // An archive of an earlier version is brought up to this one in its unpacked copy, which is then only read.
    Database::open(ConnectionSpec::sqliteFile(snapshotPath)).reset();
    ConnectionSpec spec = ConnectionSpec::sqliteFile(snapshotPath);
    spec.readOnly = true;
    spec.archive = path;
    std::unique_ptr<Database> db = Database::open(spec);
    checkStoredFiles(*db, listed, path);
    db->holdWhileOpen(folder);
    return db;
}

std::unique_ptr<Database> YearArchive::openDatabase(const ConnectionSpec& spec)
{
    if (spec.backend == ConnectionSpec::Backend::SQLite && isArchive(spec.path))
        return open(spec.path);
    return Database::open(spec);
}

ChangeChain::Anchor YearArchive::anchorOf(const QString& path)
{
    const ZipReader zip(path);
    const QJsonObject record = readManifest(zip, path).value(u"record"_s).toObject();
    return {record.value(u"entries"_s).toInteger(), record.value(u"head"_s).toString()};
}

} // namespace kansa
