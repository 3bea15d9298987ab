#include "TestDatabase.h"

#include "common/Error.h"
#include "demo/DemoOrganisation.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

ConnectionSpec serverSpec()
{
    const QString url = qEnvironmentVariable("KANSA_TEST_PG_URL");
    if (url.isEmpty())
        qFatal("KANSA_TEST_BACKEND=postgresql but KANSA_TEST_PG_URL is not set: run the tests with "
               "packaging/run-tests.sh, which starts a PostgreSQL server.");
    return ConnectionSpec::parse(url);
}

// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run in a transaction).
void administer(const QString& sql)
{
    const ConnectionSpec server = serverSpec();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"kansa-test-admin"_s);
        server.configure(db);
        if (!db.open())
            qFatal("Cannot reach the test PostgreSQL server: %s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(sql))
            qFatal("PostgreSQL refused %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"kansa-test-admin"_s);
}

// Over the simulated network (Database::simulatedLatencyMs) the data set is created, and read, in a database of its
// own, so that its creation is measured there too while the benchmarks of the other variant use theirs.
const QString LargeDataSetDatabase =
    Database::simulatedLatencyMs() > 0 ? u"kansa_bench_large_lan"_s : u"kansa_bench_large"_s;

} // namespace

bool TestDatabase::usesPostgres()
{
    return qEnvironmentVariable("KANSA_TEST_BACKEND") == u"postgresql"_s;
}

TestDatabase::TestDatabase(Start start)
{
    if (!usesPostgres()) {
        m_spec = ConnectionSpec::sqliteFile(m_dir.filePath(u"test.kansa"_s));
        if (start == Start::LargeDataSet && !QFile::copy(largeDataSet().path, m_spec.path))
            qFatal("There is no large data set at %s: bench_large_data creates it.", qPrintable(largeDataSet().path));
        return;
    }
    static QAtomicInt counter;
    m_postgresDatabase =
        u"kansa_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1) + 1);
    administer(u"DROP DATABASE IF EXISTS "_s % m_postgresDatabase);
    // A template copy is a copy of the files, seconds where filling the data set takes minutes.
    administer(u"CREATE DATABASE "_s % m_postgresDatabase %
               (start == Start::LargeDataSet ? u" TEMPLATE "_s % LargeDataSetDatabase : QString()));
    m_spec = serverSpec();
    m_spec.databaseName = m_postgresDatabase;
}

TestDatabase::~TestDatabase()
{
    if (!m_postgresDatabase.isEmpty())
        administer(u"DROP DATABASE IF EXISTS "_s % m_postgresDatabase % u" WITH (FORCE)"_s);
}

QString TestDatabase::url() const
{
    return m_spec.backend == ConnectionSpec::Backend::SQLite ? m_spec.path : m_spec.toUrlWithoutPassword();
}

std::unique_ptr<Workspace> TestDatabase::createOrganisation()
{
    return Workspace::createNew(m_spec, u"テスト市"_s, u"city"_s, u"admin"_s, u"admin-password"_s, u"管理者"_s);
}

ConnectionSpec TestDatabase::largeDataSet()
{
    if (!usesPostgres()) {
        const QString directory = qEnvironmentVariable("KANSA_BENCH_DIR");
        if (directory.isEmpty())
            qFatal("KANSA_BENCH_DIR is not set: run the benchmarks through CTest.");
        return ConnectionSpec::sqliteFile(QDir(directory).filePath(u"large-data-set.kansa"_s));
    }
    ConnectionSpec spec = serverSpec();
    spec.databaseName = LargeDataSetDatabase;
    return spec;
}

void TestDatabase::createLargeDataSet()
{
    dropLargeDataSet();
    const ConnectionSpec spec = largeDataSet();
    if (usesPostgres())
        administer(u"CREATE DATABASE "_s % spec.databaseName);
    else
        QDir().mkpath(QFileInfo(spec.path).absolutePath());
    DemoOrganisation::createLarge(spec);
}

void TestDatabase::dropLargeDataSet()
{
    const ConnectionSpec spec = largeDataSet();
    if (usesPostgres()) {
        administer(u"DROP DATABASE IF EXISTS "_s % spec.databaseName % u" WITH (FORCE)"_s);
        return;
    }
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(spec.path % suffix);
}

Session sessionWithRoles(const QList<Role>& roles, qint64 personId, qint64 unitId)
{
    Session session;
    session.accountId = 999;
    session.login = u"someone"_s;
    session.displayName = u"試験 太郎"_s;
    session.roles = roles;
    session.personId = personId;
    session.unitId = unitId;
    return session;
}

} // namespace kansa
