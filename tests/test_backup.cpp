// Backups: a checked copy of the whole organisation, written whole or not at all; the automatic daily backup; and
// restoring, which checks the backup's record before it replaces anything and keeps what it replaced.
#include "TestDatabase.h"

#include "common/Error.h"
#include "org/OrganisationService.h"
#include "record/RecordBackup.h"
#include "store/ChangeChain.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

QString organisationNameIn(const QString& file)
{
    std::unique_ptr<Database> db = Database::open(ConnectionSpec::sqliteFile(file));
    return db->scalar(u"SELECT name FROM organisation"_s).toString();
}

void rename(Workspace& workspace, const QString& name)
{
    Organisation organisation = workspace.organisation().organisation();
    organisation.name = name;
    workspace.organisation().updateOrganisation(organisation);
}

// Files the folder holds, hidden ones (a temporary .part) included.
QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestBackup final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A new organisation named before, backed up as name, then named after and closed; returns the backup.
    QString backedUp(TestDatabase& test, const QString& name, const QString& before, const QString& after)
    {
        auto admin = test.createOrganisation();
        rename(*admin, before);
        const QString backup = m_dir.filePath(name);
        RecordBackup::write(admin->database(), admin->session(), backup);
        rename(*admin, after);
        return backup;
    }

private Q_SLOTS:
    void aBackupIsACheckedCopyOfTheWhole()
    {
        TestDatabase test;
        auto admin = test.createOrganisation();
        rename(*admin, u"バックアップ市"_s);
        const QString path = m_dir.filePath(u"copy.backup"_s);
        const BackupSummary summary = RecordBackup::write(admin->database(), admin->session(), path);
        QCOMPARE(summary.file, path);
        QVERIFY(summary.bytes > 0);
        QCOMPARE(QFileInfo(path).size(), summary.bytes);
        QVERIFY(RecordBackup::written(summary).contains(path));
        if (TestDatabase::usesPostgres()) {
            // The server's dump comes back with pg_restore: a change made after it is gone again.
            rename(*admin, u"後で変えた市"_s);
            RecordBackup::restoreServer(path, test.spec());
            std::unique_ptr<Database> db = Database::open(test.spec());
            QCOMPARE(db->scalar(u"SELECT name FROM organisation"_s).toString(), u"バックアップ市"_s);
            QVERIFY(db->scalar(u"SELECT COUNT(*) FROM change_log"_s).toLongLong() > 0);
            QVERIFY_THROWS_EXCEPTION(Error, RecordBackup::restoreServer(m_dir.filePath(u"none"_s), test.spec()));
            return;
        }
        const ChangeChain::Anchor original = ChangeChain::anchor(admin->database());
        QCOMPARE(summary.entries, original.entries);
        QCOMPARE(summary.head, original.head);
        QCOMPARE(organisationNameIn(path), u"バックアップ市"_s);
        QCOMPARE(filesIn(m_dir.path()), QStringList{u"copy.backup"_s});
        // Never over the organisation's own file.
        QVERIFY_THROWS_EXCEPTION(Error, RecordBackup::write(admin->database(), admin->session(), test.spec().path));
        QFile::remove(path);
    }

    void onlyTheAdministratorBacksUp()
    {
        TestDatabase test;
        auto admin = test.createOrganisation();
        const QString path = m_dir.filePath(u"denied.backup"_s);
        const Session ciso = sessionWithRoles({Role::Ciso});
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, RecordBackup::write(admin->database(), ciso, path));
        QVERIFY(!QFileInfo::exists(path));
    }

    void theDailyBackupKeepsTheNewest()
    {
        if (TestDatabase::usesPostgres())
            QSKIP("the automatic backup is of an SQLite file; a server has its own");
        TestDatabase test;
        auto admin = test.createOrganisation();
        const QString folder = m_dir.filePath(u"daily"_s);
        const QDate first(2026, 11, 27);
        for (int day = 0; day < 4; ++day) {
            const QString written = RecordBackup::daily(admin->database(), folder, 2, first.addDays(day));
            QVERIFY(written.endsWith(first.addDays(day).toString(u"yyyy-MM-dd"_s) % u".kansa"_s));
            // Once a day.
            QVERIFY(RecordBackup::daily(admin->database(), folder, 2, first.addDays(day)).isEmpty());
        }
        const QString base = QFileInfo(test.spec().path).completeBaseName();
        QCOMPARE(filesIn(folder), (QStringList{base % u"-2026-11-29.kansa"_s, base % u"-2026-11-30.kansa"_s}));
        QVERIFY(RecordBackup::daily(admin->database(), folder, 0, first.addDays(9)).isEmpty());
        QCOMPARE(filesIn(folder).size(), 2);
        QCOMPARE(RecordBackup::defaultFolder(u"/data/村.kansa"_s), u"/data/村 backups"_s);
    }

    void aRestoreChecksBeforeItReplacesAndKeepsWhatItReplaced()
    {
        if (TestDatabase::usesPostgres())
            QSKIP("a server's organisation is restored by pg_restore (aBackupIsACheckedCopyOfTheWhole)");
        TestDatabase test;
        const QString backup = backedUp(test, u"restore.backup"_s, u"元の市"_s, u"壊した市"_s);
        const QString target = test.spec().path;

        {
            BackupRestore restoring(backup, target);
            auto copy = Workspace::signIn(restoring.copy(), u"admin"_s, u"admin-password"_s);
            const RecordVerification result = restoring.check(*copy);
            QVERIFY(result.intact());
            const QString kept = restoring.replaceTarget(std::move(copy));
            QCOMPARE(organisationNameIn(kept), u"壊した市"_s);
        }
        QCOMPARE(organisationNameIn(target), u"元の市"_s);
        // Nothing of the copy is left beside the file.
        for (const QString& file : filesIn(QFileInfo(target).absolutePath()))
            QVERIFY2(!file.endsWith(u".part"_s), qPrintable(file));
    }

    void aBackupThatDoesNotHoldTogetherIsNotRestored()
    {
        if (TestDatabase::usesPostgres())
            QSKIP("SQLite files");
        TestDatabase test;
        const QString backup = backedUp(test, u"tampered.backup"_s, u"前の市"_s, u"今の市"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            raw.setDatabaseName(backup);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(u"UPDATE change_log SET changed_by = 'someone' WHERE id = 2"_s));
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        const QString target = test.spec().path;
        {
            BackupRestore restoring(backup, target);
            auto copy = Workspace::signIn(restoring.copy(), u"admin"_s, u"admin-password"_s);
            QVERIFY(!restoring.check(*copy).intact());
            QVERIFY_THROWS_EXCEPTION(Error, restoring.replaceTarget(std::move(copy)));
        }
        QCOMPARE(organisationNameIn(target), u"今の市"_s);
        QVERIFY(!QFileInfo::exists(RecordBackup::defaultFolder(target)));
    }

    void onlyTheBackupsAdministratorRestores()
    {
        if (TestDatabase::usesPostgres())
            QSKIP("SQLite files");
        TestDatabase test;
        const QString backup = backedUp(test, u"denied-restore.backup"_s, u"前の市"_s, u"今の市"_s);
        BackupRestore restoring(backup, test.spec().path);
        auto asCiso = std::make_unique<Workspace>(std::move(restoring.copy()), sessionWithRoles({Role::Ciso}));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, restoring.check(*asCiso));
        QVERIFY_THROWS_EXCEPTION(Error, restoring.replaceTarget(std::move(asCiso)));
    }

    void whatIsNoBackupIsRefusedByName()
    {
        if (TestDatabase::usesPostgres())
            QSKIP("SQLite files");
        TestDatabase test;
        test.createOrganisation();
        const QString junk = m_dir.filePath(u"junk.backup"_s);
        {
            QFile file(junk);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        }
        try {
            BackupRestore restoring(junk, test.spec().path);
            QFAIL("a file that is no database was taken for a backup");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(junk), qPrintable(error.message()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, BackupRestore(m_dir.filePath(u"absent.backup"_s), test.spec().path));
        QVERIFY_THROWS_EXCEPTION(Error, BackupRestore(test.spec().path, test.spec().path));
        for (const QString& file : filesIn(QFileInfo(test.spec().path).absolutePath()))
            QVERIFY2(!file.endsWith(u".part"_s), qPrintable(file));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
