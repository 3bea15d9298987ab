#include "RecordBackup.h"

#include "auth/AccessPolicy.h"
#include "common/Error.h"
#include "exchange/OutputFile.h"
#include "record/RecordHeadCheck.h"
#include "store/ChangeChain.h"
#include "store/Database.h"
#include "store/SqliteFile.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

// Copies a file's bytes, checking every write (a full disk).
void copyBytes(const QString& from, const QString& to)
{
    QFile source(from);
    QFile target(to);
    if (!source.open(QIODevice::ReadOnly))
        throw Error(RecordBackup::tr("Cannot read %1: %2").arg(from, source.errorString()));
    if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(RecordBackup::tr("Cannot write %1: %2").arg(to, target.errorString()));
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size())
            throw Error(RecordBackup::tr("Cannot copy %1 to %2: %3")
                            .arg(from, to, chunk.isEmpty() ? source.errorString() : target.errorString()));
    }
    if (!target.flush())
        throw Error(RecordBackup::tr("Cannot write %1: %2").arg(to, target.errorString()));
}

// Checks an SQLite copy of db at path (named destination in messages): whole (quick_check), and its change log
// the original's, entry for entry up to the copy's last one.
BackupSummary checkCopy(Database& db, const QString& path, const QString& destination)
{
    BackupSummary summary;
    summary.file = destination;
    {
        const std::unique_ptr<Database> copy = Database::open(ConnectionSpec::sqliteFile(path));
        const QString whole = copy->scalar(u"PRAGMA quick_check"_s).toString();
        if (whole != u"ok"_s)
            throw Error(RecordBackup::tr("The copy for %1 did not come out whole (%2); nothing was kept.")
                            .arg(destination, whole));
        const ChangeChain::Anchor anchor = ChangeChain::anchor(*copy);
        summary.entries = anchor.entries;
        summary.head = anchor.head;
    }
    if (summary.entries > 0) {
        const QString original =
            db.scalar(u"SELECT entry_hash FROM change_log ORDER BY id LIMIT 1 OFFSET ?"_s, {summary.entries - 1})
                .toString();
        if (original != summary.head)
            throw Error(RecordBackup::tr("The copy for %1 does not hold the organisation's change log as it is; "
                                         "nothing was kept.")
                            .arg(destination));
    }
    summary.bytes = QFileInfo(path).size();
    return summary;
}

BackupSummary copyWhole(Database& db, const QString& destination)
{
    if (db.inTransaction())
        throw Error(RecordBackup::tr("A backup cannot be taken while a change is being saved."));
    OutputFile output(destination);
    // VACUUM INTO writes into an empty file only; the reserved temporary file is one.
    try {
        db.exec(u"VACUUM INTO ?"_s, {output.temporaryPath()});
    } catch (const Error& error) {
        // A full disk, said of the backup the person asked for.
        throw Error(RecordBackup::tr("Cannot write the backup %1: %2").arg(destination, error.message()));
    }
    const BackupSummary summary = checkCopy(db, output.temporaryPath(), destination);
    output.commit();
    return summary;
}

// Runs one of PostgreSQL's client programs against the server of spec; throws with its own words on failure.
void runServerTool(const QString& program, QStringList arguments, const ConnectionSpec& spec)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        throw Error(RecordBackup::tr("%1 is not installed on this computer: install PostgreSQL's client programs "
                                     "(Debian's postgresql-client) to back up or restore an organisation on a "
                                     "server, or ask the server's administrator.")
                        .arg(program));
    if (!spec.host.isEmpty())
        arguments << u"--host"_s << spec.host;
    if (spec.port > 0)
        arguments << u"--port"_s << QString::number(spec.port);
    if (!spec.user.isEmpty())
        arguments << u"--username"_s << spec.user;
    arguments << u"--no-password"_s;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!spec.password.isEmpty())
        environment.insert(u"PGPASSWORD"_s, spec.password);
    process.setProcessEnvironment(environment);
    process.start(path, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw Error(
            RecordBackup::tr("%1 failed for %2: %3")
                .arg(program, spec.displayName(), QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
}

BackupSummary dumpServer(const ConnectionSpec& spec, const QString& destination)
{
    OutputFile output(destination);
    runServerTool(u"pg_dump"_s,
                  {u"--format=custom"_s, u"--file"_s, output.temporaryPath(), u"--dbname"_s, spec.databaseName}, spec);
    // A dump that pg_restore cannot list would not restore either.
    runServerTool(u"pg_restore"_s, {u"--list"_s, output.temporaryPath()}, ConnectionSpec());
    BackupSummary summary;
    summary.file = destination;
    summary.bytes = QFileInfo(output.temporaryPath()).size();
    output.commit();
    return summary;
}

QString dailyPattern(const QString& databaseFile)
{
    return QFileInfo(databaseFile).completeBaseName() % u"-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].kansa"_s;
}

} // namespace

BackupSummary RecordBackup::write(Database& db, const Session& session, const QString& destination)
{
    AccessPolicy access(db, session);
    access.require(Operation::Administer, access.organisation(), tr("back up the organisation"));
    if (db.backend() == ConnectionSpec::Backend::PostgreSQL)
        return dumpServer(db.spec(), destination);
    if (QFileInfo(destination).absoluteFilePath() == QFileInfo(db.spec().path).absoluteFilePath())
        throw Error(tr("A backup cannot replace the organisation's own file %1.").arg(destination));
    return copyWhole(db, destination);
}

QString RecordBackup::written(const BackupSummary& summary)
{
    const QString size = QLocale().formattedDataSize(summary.bytes);
    if (summary.head.isEmpty())
        return tr("Wrote %1 (%2), checked: pg_restore can read all of it.").arg(summary.file, size);
    return tr("Wrote %1 (%2), checked: the copy is whole and holds the change log's %n entries up to %3.", nullptr,
              int(summary.entries))
        .arg(summary.file, size, summary.head.left(16));
}

QString RecordBackup::daily(Database& db, const QString& folder, int keep, const QDate& today)
{
    if (keep <= 0 || db.backend() != ConnectionSpec::Backend::SQLite)
        return {};
    const QString file = db.spec().path;
    QDir dir(folder);
    if (!dir.mkpath(u"."_s))
        throw Error(tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder)));
    const QString destination =
        dir.filePath(QFileInfo(file).completeBaseName() % u'-' % today.toString(u"yyyy-MM-dd"_s) % u".kansa"_s);
    if (QFileInfo::exists(destination))
        return {};
    copyWhole(db, destination);
    // The newest first: the names sort by day.
    const QStringList backups = dir.entryList({dailyPattern(file)}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& old : backups.mid(keep))
        dir.remove(old);
    return destination;
}

QString RecordBackup::defaultFolder(const QString& databaseFile)
{
    const QFileInfo info(databaseFile);
    return info.absoluteDir().filePath(info.completeBaseName() % u" backups"_s);
}

void RecordBackup::restoreServer(const QString& dump, const ConnectionSpec& target)
{
    if (!QFileInfo(dump).isFile())
        throw Error(tr("The backup %1 does not exist.").arg(dump));
    // Listing reads the whole dump: one that is cut short or no dump at all is refused before anything changes.
    runServerTool(u"pg_restore"_s, {u"--list"_s, dump}, ConnectionSpec());
    runServerTool(u"pg_restore"_s,
                  {u"--clean"_s, u"--if-exists"_s, u"--single-transaction"_s, u"--exit-on-error"_s, u"--dbname"_s,
                   target.databaseName, dump},
                  target);
    // What this computer saw of the database before no longer counts (RecordHeadCheck).
    RecordHeadCheck::forget(target);
}

BackupRestore::BackupRestore(const QString& backup, const QString& target)
    : m_backup(backup)
    , m_target(target)
{
    if (!QFileInfo(backup).isFile())
        throw Error(tr("The backup %1 does not exist.").arg(backup));
    if (QFileInfo::exists(target) && QFileInfo(backup).canonicalFilePath() == QFileInfo(target).canonicalFilePath())
        throw Error(tr("%1 is the organisation's own file, not a backup of it.").arg(backup));
    m_copyFile = std::make_unique<OutputFile>(target);
    m_copyPath = m_copyFile->temporaryPath();
    try {
        copyBytes(backup, m_copyPath);
        m_copy = Database::open(ConnectionSpec::sqliteFile(m_copyPath));
        const QString whole = m_copy->scalar(u"PRAGMA quick_check"_s).toString();
        if (whole != u"ok"_s)
            throw Error(tr("The backup %1 is damaged (%2): it cannot be restored.").arg(backup, whole));
    } catch (const Error& error) {
        m_copy.reset();
        // The messages of opening name the copy; the person chose the backup.
        throw Error(QString(error.message()).replace(m_copyPath, backup));
    }
}

BackupRestore::~BackupRestore()
{
    m_copy.reset();
    // The copy itself goes with m_copyFile unless it took the target's name.
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s})
        QFile::remove(m_copyPath + suffix);
}

RecordVerification BackupRestore::check(Workspace& signedInToCopy)
{
    AccessPolicy access(signedInToCopy.database(), signedInToCopy.session());
    access.require(Operation::Administer, access.organisation(), tr("restore the organisation"));
    const RecordVerification result = RecordVerifier(signedInToCopy.database(), signedInToCopy.session()).verify();
    m_checked = result.intact();
    return result;
}

QString BackupRestore::replaceTarget(std::unique_ptr<Workspace> signedInToCopy)
{
    if (!m_checked)
        throw Error(tr("The record of the backup %1 was not checked or does not hold together: nothing was "
                       "restored.")
                        .arg(m_backup));
    // The copy's connection closes first, so that its file holds all of it.
    signedInToCopy.reset();
    m_copy.reset();
    // What this computer saw of the file before no longer counts (RecordHeadCheck).
    RecordHeadCheck::forget(ConnectionSpec::sqliteFile(m_target));
    if (!QFileInfo::exists(m_target)) {
        m_copyFile->commit();
        return {};
    }

    const QString folder = RecordBackup::defaultFolder(m_target);
    if (!QDir(folder).mkpath(u"."_s))
        throw Error(tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder)));
    const QString kept =
        QDir(folder).filePath(QFileInfo(m_target).completeBaseName() % u"-before-restore-"_s %
                              QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) % u".kansa"_s);
    SqliteFile target(m_target, SQLITE_OPEN_READWRITE);
    // A damaged target cannot be copied as a database; its bytes are kept instead.
    const bool readable = target.isOpen() && target.copyTo(kept);
    if (!readable) {
        QFile::remove(kept);
        copyBytes(m_target, kept);
    }
    SqliteFile copy(m_copyPath, SQLITE_OPEN_READONLY);
    if (!copy.isOpen())
        throw Error(tr("Cannot read the copy of %1: %2").arg(m_backup, copy.error()));
    int status = SQLITE_ERROR;
    if (target.isOpen()) {
        // One step writes every page in one transaction of the target: others see the old file or the new one.
        sqlite3_backup* backup = sqlite3_backup_init(target.handle(), "main", copy.handle(), "main");
        if (backup) {
            status = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
    }
    if (status != SQLITE_DONE) {
        if (readable)
            throw Error(
                tr("Cannot restore %1 into %2: %3. It was not changed.").arg(m_backup, m_target, target.error()));
        // What is no database any more cannot be written page by page; the copy takes its place whole.
        for (const QString& suffix : {u"-wal"_s, u"-shm"_s})
            QFile::remove(m_target + suffix);
        m_copyFile->commit();
    }
    return kept;
}

} // namespace kansa
