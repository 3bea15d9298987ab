#pragma once

#include "auth/Session.h"
#include "exchange/OutputFile.h"
#include "record/RecordVerifier.h"
#include "store/ConnectionSpec.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

namespace kansa {

class Database;
class Workspace;

// What a backup holds, as checked after it was written.
struct BackupSummary
{
    QString file;
    qint64 bytes = 0;
    qint64 entries = 0; // change-log entries in the copy (0 for a server's dump)
    QString head;       // the hash of the copy's last entry
};

// Copies of a whole organisation, each checked after it is written and written whole or not at all.
//
// SQLite: VACUUM INTO a temporary file beside the destination, then checked (quick_check, and its change log is
// the original's, entry for entry up to its head) before it takes the destination's name. PostgreSQL: pg_dump's
// custom format, checked by pg_restore --list; the server decides whether the URL's role may read everything.
class RecordBackup final
{
    Q_DECLARE_TR_FUNCTIONS(RecordBackup)

public:
    // File > Backup and kansa-cli backup: the administrator's copy.
    static BackupSummary write(Database& db, const Session& session, const QString& destination);

    // What was written, in a sentence.
    static QString written(const BackupSummary& summary);

    // The automatic backup of an SQLite file when it is closed: at most one a day, named after the file and the
    // day, in folder; of those, only the newest `keep` stay. Returns the file written, empty when today's was
    // already there or keep is 0. Writes no change and shows nothing to anyone: on SQLite the file is the
    // boundary, and the copy stays beside it.
    static QString daily(Database& db, const QString& folder, int keep, const QDate& today = QDate::currentDate());
    // Where automatic backups go unless the person chose a folder: 「NAME backups」 beside the file.
    static QString defaultFolder(const QString& databaseFile);

    // kansa-cli restore on PostgreSQL: pg_restore of a dump written by write(), in one transaction, replacing
    // the database's tables; the server decides whether the URL's role may.
    static void restoreServer(const QString& dump, const ConnectionSpec& target);
};

// Restoring a backup over an SQLite organisation, in steps, so that the backup's administrator signs in to it
// before anything is replaced: the backup is copied beside the target and opened (an older one migrated), the
// administrator signs in to the copy, its record is checked, and only then does it replace the target, whose
// content is kept first in the backup folder.
class BackupRestore final
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)

public:
    // Throws kansa::Error naming the backup when it is not a whole Kansa organisation.
    BackupRestore(const QString& backup, const QString& target);
    // Removes the copy unless it replaced the target.
    ~BackupRestore();
    BackupRestore(const BackupRestore&) = delete;
    BackupRestore& operator=(const BackupRestore&) = delete;

    // The opened copy, to sign in to (Workspace::signIn takes it).
    std::unique_ptr<Database>& copy() { return m_copy; }

    // Checks the copy's record as the person signed in to it, who must be its administrator; throws
    // PermissionDenied for anyone else.
    RecordVerification check(Workspace& signedInToCopy);

    // Replaces the target with the checked copy in one step (SQLite's online backup into the target, so that a
    // reader sees the old organisation or the new one), after keeping the target's content in the backup folder.
    // Returns where it was kept (empty when there was no target). Throws unless check() found the record intact.
    QString replaceTarget(std::unique_ptr<Workspace> signedInToCopy);

private:
    QString m_backup;
    QString m_target;
    std::unique_ptr<OutputFile> m_copyFile; // the copy beside the target, removed unless it takes its name
    QString m_copyPath;
    std::unique_ptr<Database> m_copy;
    bool m_checked = false;
};

} // namespace kansa
