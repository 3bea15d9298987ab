#include "TestDatabase.h"

#include "auth/AccountService.h"
#include "common/Error.h"
#include "org/OrganisationService.h"
#include "record/RecordVerifier.h"
#include "store/ChangeChain.h"
#include "store/Database.h"
#include "store/VersionedRows.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <chrono>
#include <latch>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A new organisation whose file holds all of it (nothing left in its -wal file).
void createCheckpointed(TestDatabase& test)
{
    test.createOrganisation();
    auto db = Database::open(test.spec());
    db->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

} // namespace

class TestStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAtCurrentVersion()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        QCOMPARE(workspace->database().schemaVersion(), Database::CurrentSchemaVersion);
        QCOMPARE(workspace->organisation().organisation().name, u"テスト市"_s);
        QCOMPARE(workspace->organisation().organisation().classificationMarking, u"自治体機密性2"_s);
    }

    void sqliteSettings()
    {
        if (TestDatabase::usesPostgres())
            QSKIP("SQLite pragmas; PostgreSQL runs the other cases");
        TestDatabase test;
        auto workspace = test.createOrganisation();
        Database& db = workspace->database();
        QCOMPARE(db.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(db.scalar(u"PRAGMA foreign_keys"_s).toInt(), 1);
        QVERIFY(db.scalar(u"PRAGMA busy_timeout"_s).toInt() >= 5000);
    }

    void foreignKeysEnforced()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        QVERIFY_THROWS_EXCEPTION(Error, workspace->database().exec(
                                            u"INSERT INTO people (name, kana, email, unit_id, created_at, created_by, "
                                            "updated_at, updated_by) VALUES ('x', '', '', 424242, '', '', '', '')"_s));
    }

    void oldDatabaseMigrates()
    {
        TestDatabase test;
        {
            auto old = Database::openAtVersion(test.spec(), Database::OpenMode::Create, 1);
            QCOMPARE(old->schemaVersion(), 1);
            OrganisationService::createOrganisation(*old, u"migration-test"_s, u"古い町"_s, u"town"_s);
            QVERIFY(!old->connection().tables().contains(u"accounts"_s));
        }
        auto db = Database::open(test.spec());
        QCOMPARE(db->schemaVersion(), Database::CurrentSchemaVersion);
        QVERIFY(db->connection().tables().contains(u"accounts"_s));
        QCOMPARE(db->scalar(u"SELECT name FROM organisation"_s).toString(), u"古い町"_s);
    }

    void newerDatabaseRefusedUntouched()
    {
        TestDatabase test;
        test.createOrganisation();
        {
            auto db = Database::open(test.spec());
            db->exec(u"UPDATE schema_info SET value = '99' WHERE key = 'schema_version'"_s);
            if (!TestDatabase::usesPostgres())
                db->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        const QByteArray before = TestDatabase::usesPostgres() ? QByteArray() : fileHash(test.spec().path);
        try {
            Database::open(test.spec());
            QFAIL("a newer database was opened");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(u"newer"_s) || error.message().contains(u"新しい"_s),
                     qPrintable(error.message()));
            QVERIFY(error.message().contains(u"99"_s));
        }
        if (TestDatabase::usesPostgres()) {
            // Read the version behind Database's back: it must still be the newer one.
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, u"raw"_s);
            test.spec().configure(raw);
            QVERIFY(raw.open());
            {
                QSqlQuery query(raw);
                QVERIFY(query.exec(u"SELECT value FROM schema_info WHERE key = 'schema_version'"_s) && query.next());
                QCOMPARE(query.value(0).toString(), u"99"_s);
            }
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"raw"_s);
            return;
        }
        QCOMPARE(fileHash(test.spec().path), before);
    }

    void foreignFileRefused()
    {
        if (TestDatabase::usesPostgres())
            QSKIP("a file on disk; PostgreSQL runs the other cases");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.kansa"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("This is a text file, not a database.\n");
        file.close();
        const QByteArray before = fileHash(path);
        QVERIFY_THROWS_EXCEPTION(Error, Database::open(ConnectionSpec::sqliteFile(path)));
        QCOMPARE(fileHash(path), before);
        QVERIFY_THROWS_EXCEPTION(Error, Database::open(ConnectionSpec::sqliteFile(dir.filePath(u"missing.kansa"_s))));
        QVERIFY(!QFile::exists(dir.filePath(u"missing.kansa"_s)));

        // Random bytes, a zip, a PDF and a database cut short are each named as not readable, not as an organisation
        // still to be created, and are left as they were with nothing beside them.
        TestDatabase real;
        createCheckpointed(real);
        QFile original(real.spec().path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray database = original.readAll();
        QByteArray random(64 * 1024, '\0');
        for (qsizetype i = 0; i < random.size(); ++i)
            random[i] = static_cast<char>((i * 7919 + 13) % 251);
        // Each named for what it is: no Kansa database, a ZIP file, a PDF, a damaged database.
        struct Foreign
        {
            QString name;
            QByteArray bytes;
            QString said;
        };
        const QList<Foreign> foreign{{u"random.kansa"_s, random, u"not a Kansa database"_s},
                                     {u"archive.kansa"_s, QByteArray("PK\x03\x04", 4) + random, u"ZIP"_s},
                                     {u"report.kansa"_s, "%PDF-1.4\n%%EOF\n", u"PDF"_s},
                                     {u"cut.kansa"_s, database.left(database.size() / 3), u"damaged"_s}};
        for (const auto& [name, bytes, said] : foreign) {
            const QString foreignPath = dir.filePath(name);
            QFile out(foreignPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
            out.close();
            try {
                Database::open(ConnectionSpec::sqliteFile(foreignPath));
                QFAIL(qPrintable(name + u" was opened"_s));
            } catch (const Error& error) {
                QVERIFY2(!error.message().contains(u"create one first"_s), qPrintable(error.message()));
                QVERIFY2(error.message().contains(name) && error.message().contains(said), qPrintable(error.message()));
            }
            QVERIFY(QFileInfo(foreignPath).size() == bytes.size());
            QVERIFY2(!QFile::exists(foreignPath + u"-wal"_s), qPrintable(name));
            QVERIFY2(!QFile::exists(foreignPath + u"-shm"_s), qPrintable(name));
        }
    }

    // A file that may not be written opens read-only (as one on a read-only share or in a year archive would):
    // it is read, signed in to and verified, and every write is refused with a message that says why.
    void readOnlyFileOpensForReading()
    {
        if (TestDatabase::usesPostgres())
            QSKIP("a file on disk");
        TestDatabase test;
        createCheckpointed(test);
        const QByteArray before = fileHash(test.spec().path);
        ConnectionSpec readOnly = test.spec();
        readOnly.readOnly = true;
        std::unique_ptr<Database> db = Database::open(readOnly);
        QVERIFY(db->readOnly());
        QVERIFY(db->scalar(u"SELECT COUNT(*) FROM accounts"_s).toInt() >= 1);
        auto workspace = Workspace::signIn(db, u"admin"_s, u"admin-password"_s);
        QVERIFY_THROWS_EXCEPTION(SignInRefused, AccountService(workspace->database()).signIn(u"admin"_s, u"wrong"_s));
        try {
            Unit unit;
            unit.name = u"読み取り専用課"_s;
            workspace->organisation().addUnit(unit);
            QFAIL("a unit was added to a read-only file");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(u"read-only"_s), qPrintable(error.message()));
        }
        QVERIFY(RecordVerifier(workspace->database(), workspace->session()).verify().intact());
        workspace.reset();
        QCOMPARE(fileHash(test.spec().path), before);
    }

    void newerFileLeavesNothingBeside()
    {
        if (TestDatabase::usesPostgres())
            QSKIP("a file on disk");
        TestDatabase test;
        test.createOrganisation();
        {
            auto db = Database::open(test.spec());
            db->exec(u"UPDATE schema_info SET value = '99' WHERE key = 'schema_version'"_s);
        }
        QVERIFY(!QFile::exists(test.spec().path + u"-wal"_s));
        QVERIFY_THROWS_EXCEPTION(Error, Database::open(test.spec()));
        QVERIFY(!QFile::exists(test.spec().path + u"-wal"_s));
        QVERIFY(!QFile::exists(test.spec().path + u"-shm"_s));
    }

    void failedCreationLeavesNoFile()
    {
        if (TestDatabase::usesPostgres())
            QSKIP("a file on disk");
        QTemporaryDir dir;
        const ConnectionSpec spec = ConnectionSpec::sqliteFile(dir.filePath(u"new.kansa"_s));
        QVERIFY_THROWS_EXCEPTION(Error, Database::createWhole(spec, [](Database& db) {
                                     db.exec(u"SELECT 1"_s);
                                     throw Error(u"the disk is full"_s);
                                 }));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        // And an existing file is never removed by a creation it refused.
        QFile existing(spec.path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("mine");
        existing.close();
        QVERIFY_THROWS_EXCEPTION(Error, Database::createWhole(spec, [](Database&) {}));
        QCOMPARE(QFileInfo(spec.path).size(), 4);
    }

    void createRefusesExisting()
    {
        TestDatabase test;
        test.createOrganisation();
        QVERIFY_THROWS_EXCEPTION(Error, test.createOrganisation());
    }

    void staleEditRefusedWithWhoAndWhen()
    {
        TestDatabase test;
        auto first = test.createOrganisation();
        Unit unit;
        unit.name = u"総務課"_s;
        const qint64 id = first->organisation().addUnit(unit);
        const Unit read = first->organisation().unit(id);

        // Someone else changes the same unit after we read it.
        auto db = Database::open(test.spec());
        OrganisationService other(*db, sessionWithRoles({Role::Ciso}));
        Unit theirs = other.unit(id);
        theirs.name = u"総務企画課"_s;
        other.updateUnit(theirs);

        Unit ours = read;
        ours.name = u"総務部総務課"_s;
        try {
            first->organisation().updateUnit(ours);
            QFAIL("a stale edit was saved");
        } catch (const StaleEdit& error) {
            QVERIFY2(error.message().contains(u"試験 太郎"_s), qPrintable(error.message()));
        }
        QCOMPARE(other.unit(id).name, u"総務企画課"_s);
        QCOMPARE(other.unit(id).stamp.version, 2);
    }

    // Two writers at once on two connections (two PCs): the second waits for the first, then both are saved,
    // whether they write the same table or different ones. Ten trials each.
    void concurrentWritersWaitForEachOther()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        const Session session = workspace->session();
        int next = 0;
        for (int trial = 0; trial < 20; ++trial) {
            const bool sameTable = trial % 2 == 0;
            std::latch firstIsWriting(2);
            QString firstError, secondError;
            std::thread first([&] {
                try {
                    std::unique_ptr<Database> db = Database::open(test.spec());
                    OrganisationService service(*db, session);
                    Transaction transaction(*db);
                    Unit unit;
                    unit.name = u"先の課%1"_s.arg(++next);
                    service.addUnit(unit);
                    firstIsWriting.arrive_and_wait();
                    std::this_thread::sleep_for(std::chrono::milliseconds(150)); // still writing
                    unit.name = u"先の課%1"_s.arg(++next);
                    service.addUnit(unit);
                    transaction.commit();
                } catch (const Error& error) {
                    firstIsWriting.count_down();
                    firstError = error.message();
                }
            });
            std::thread second([&] {
                try {
                    std::unique_ptr<Database> db = Database::open(test.spec());
                    OrganisationService service(*db, session);
                    firstIsWriting.arrive_and_wait();
                    if (sameTable) {
                        Unit unit;
                        unit.name = u"後の課%1"_s.arg(trial);
                        service.addUnit(unit);
                    } else {
                        service.addFiscalYear(2030 + trial);
                    }
                } catch (const Error& error) {
                    secondError = error.message();
                }
            });
            first.join();
            second.join();
            QVERIFY2(firstError.isEmpty(), qPrintable(firstError));
            QVERIFY2(secondError.isEmpty(), qPrintable(u"trial %1: "_s.arg(trial) % secondError));
        }
        QCOMPARE(workspace->organisation().units().size(), 20 * 2 + 10);
        QCOMPARE(workspace->organisation().fiscalYears().size(), 10);
    }

    void nestedTransactionRollsBackEverything()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        Database& db = workspace->database();
        OrganisationService& service = workspace->organisation();
        try {
            Transaction outer(db);
            Unit unit;
            unit.name = u"一時課"_s;
            service.addUnit(unit);
            Unit bad;
            bad.name = QString(); // refused
            service.addUnit(bad);
            outer.commit();
            QFAIL("an invalid unit was accepted");
        } catch (const Error&) {
        }
        QCOMPARE(service.units().size(), 0);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM change_log WHERE table_name = 'units'"_s).toInt(), 0);
    }

    void changeLogRecordsOldAndNew()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        OrganisationService& service = workspace->organisation();
        Unit unit;
        unit.name = u"税務課"_s;
        const qint64 id = service.addUnit(unit);
        Unit changed = service.unit(id);
        changed.name = u"税務住民課"_s;
        service.updateUnit(changed);
        QSqlQuery query = workspace->database().exec(
            u"SELECT changed_by, old_value, new_value FROM change_log WHERE table_name = 'units' AND row_id = ? "
            "AND action = 'update' AND field = 'name'"_s,
            {id});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"管理者 (admin)"_s);
        QCOMPARE(query.value(1).toString(), u"税務課"_s);
        QCOMPARE(query.value(2).toString(), u"税務住民課"_s);
        const Unit after = service.unit(id);
        QCOMPARE(after.stamp.createdBy, u"管理者 (admin)"_s);
        QVERIFY(after.stamp.updatedAt >= after.stamp.createdAt);
    }

    void valuesReachTheDatabaseAsGiven()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        Database& db = workspace->database();
        // Quotes, backslashes, a ? inside a literal and a value that looks like SQL stay what they are.
        const QString tricky = u"O'Brien \\ \"引用\" ? ; DROP TABLE units; --"_s;
        QSqlQuery query = db.exec(u"SELECT ?, '?', ?, ?, ?, ?"_s,
                                  {tricky, QVariant(), qint64(9007199254740993), QString(), u"a''b"_s});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), tricky);
        QCOMPARE(query.value(1).toString(), u"?"_s);
        QVERIFY(query.isNull(2));
        QCOMPARE(query.value(3).toLongLong(), qint64(9007199254740993));
        QCOMPARE(query.value(4).toString(), QString(u""_s)); // a null QString is an empty text
        QCOMPARE(query.value(5).toString(), u"a''b"_s);
        query.finish();
        const QByteArray bytes("\0\x01\xff'\\x00 end", 12);
        Transaction transaction(db);
        db.exec(u"CREATE TABLE bytes_test (content {blob})"_s.replace(
                    u"{blob}"_s, db.backend() == ConnectionSpec::Backend::SQLite ? u"BLOB"_s : u"BYTEA"_s),
                {});
        db.exec(u"INSERT INTO bytes_test (content) VALUES (?)"_s, {bytes});
        QCOMPARE(db.scalar(u"SELECT content FROM bytes_test"_s).toByteArray(), bytes);
        QVERIFY_THROWS_EXCEPTION(Error, db.exec(u"SELECT ?, ?"_s, {1}));
        QVERIFY_THROWS_EXCEPTION(Error, db.exec(u"SELECT ?"_s, {1, 2}));
    }

    void rowsInsertedTogetherAreEachLogged()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        Database& db = workspace->database();
        // More rows than one statement holds on either backend.
        QList<ColumnValues> rows;
        for (int i = 0; i < 1200; ++i)
            rows.append({{u"name"_s, u"課%1"_s.arg(i)},
                         {u"code"_s, u"C%1"_s.arg(i)},
                         {u"kind"_s, u"section"_s},
                         {u"sort_order"_s, i}});
        const QList<qint64> ids =
            db.write(u"管理者 (admin)"_s, [&](VersionedRows& changes) { return changes.insertAll(u"units"_s, rows); });
        QCOMPARE(ids.size(), 1200);
        for (int i : {0, 599, 1199}) {
            QCOMPARE(db.scalar(u"SELECT name FROM units WHERE id = ?"_s, {ids[i]}).toString(), u"課%1"_s.arg(i));
            QCOMPARE(db.scalar(u"SELECT new_value FROM change_log WHERE table_name = 'units' AND row_id = ? AND "
                               "field = 'code'"_s,
                               {ids[i]})
                         .toString(),
                     u"C%1"_s.arg(i));
        }
        QCOMPARE(
            db.scalar(u"SELECT COUNT(*) FROM change_log WHERE table_name = 'units' AND action = 'insert'"_s).toInt(),
            4800);
        // The chain holds across the statements.
        QSqlQuery entries = db.exec(ChangeChain::selectEntries() % u" ORDER BY id"_s);
        QString previous;
        int chained = 0;
        while (entries.next()) {
            previous = ChangeChain::hash(previous, ChangeChain::entryOf(entries));
            QCOMPARE(entries.value(9).toString(), previous);
            ++chained;
        }
        QVERIFY(chained > 4800);
    }

    void connectionUrlParsing()
    {
        const ConnectionSpec spec = ConnectionSpec::parse(u"postgresql://kansa:secret@db.example.lg.jp:5433/audit"_s);
        QCOMPARE(spec.backend, ConnectionSpec::Backend::PostgreSQL);
        QCOMPARE(spec.host, u"db.example.lg.jp"_s);
        QCOMPARE(spec.port, 5433);
        QCOMPARE(spec.user, u"kansa"_s);
        QCOMPARE(spec.password, u"secret"_s);
        QCOMPARE(spec.databaseName, u"audit"_s);
        QVERIFY(!spec.displayName().contains(u"secret"_s));
        const ConnectionSpec socket = ConnectionSpec::parse(u"postgresql://postgres@/kansa?host=/run/pg&port=5444"_s);
        QCOMPARE(socket.host, u"/run/pg"_s);
        QCOMPARE(socket.port, 5444);
        QCOMPARE(ConnectionSpec::parse(socket.toUrlWithoutPassword()).host, u"/run/pg"_s);
        QCOMPARE(ConnectionSpec::parse(u"org.kansa"_s).backend, ConnectionSpec::Backend::SQLite);
        QVERIFY_THROWS_EXCEPTION(Error, ConnectionSpec::parse(u"postgresql://host/"_s));
        QVERIFY_THROWS_EXCEPTION(Error, ConnectionSpec::parse(u"  "_s));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
