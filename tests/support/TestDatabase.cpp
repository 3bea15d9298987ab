#include "TestDatabase.h"

#include "common/Error.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAtomicInt>
#include <QCoreApplication>
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

} // namespace

bool TestDatabase::usesPostgres()
{
    return qEnvironmentVariable("KANSA_TEST_BACKEND") == u"postgresql"_s;
}

TestDatabase::TestDatabase()
{
    if (!usesPostgres()) {
        m_spec = ConnectionSpec::sqliteFile(m_dir.filePath(u"test.kansa"_s));
        return;
    }
    static QAtomicInt counter;
    m_postgresDatabase =
        u"kansa_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1) + 1);
    administer(u"DROP DATABASE IF EXISTS "_s % m_postgresDatabase);
    administer(u"CREATE DATABASE "_s % m_postgresDatabase);
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
