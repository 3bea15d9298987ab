#pragma once

#include "auth/Session.h"
#include "store/ConnectionSpec.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace kansa {

class Database;
class Workspace;

// A fresh, empty database for one test on the backend chosen by KANSA_TEST_BACKEND (sqlite or
// postgresql). PostgreSQL databases are created on the server named by KANSA_TEST_PG_URL and dropped again.
class TestDatabase final
{
public:
    enum class Start
    {
        Empty,
        // A copy of the large data set (DemoOrganisation::createLarge) that bench_large_data made once for
        // this run of the benchmarks, so no benchmark spends minutes creating its own.
        LargeDataSet,
    };

    explicit TestDatabase(Start start = Start::Empty);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    static bool usesPostgres();
    const ConnectionSpec& spec() const { return m_spec; }
    QString url() const; // what --db takes

    // A new organisation (「テスト市」) with its administrator "admin" / "admin-password" signed in.
    std::unique_ptr<Workspace> createOrganisation();

    // Where bench_large_data keeps the large data set of this run: a file in KANSA_BENCH_DIR, or a database of
    // that name on the PostgreSQL server.
    static ConnectionSpec largeDataSet();
    static void createLargeDataSet();
    static void dropLargeDataSet();

private:
    QTemporaryDir m_dir;
    ConnectionSpec m_spec;
    QString m_postgresDatabase;
};

// A session that is not the administrator, with the given roles, for permission tests.
Session sessionWithRoles(const QList<Role>& roles, qint64 personId = 0, qint64 unitId = 0);

} // namespace kansa
