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
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    static bool usesPostgres();
    const ConnectionSpec& spec() const { return m_spec; }
    QString url() const; // what --db takes

    // A new organisation (「テスト市」) with its administrator "admin" / "admin-password" signed in.
    std::unique_ptr<Workspace> createOrganisation();

private:
    QTemporaryDir m_dir;
    ConnectionSpec m_spec;
    QString m_postgresDatabase;
};

// A session that is not the administrator, with the given roles, for permission tests.
Session sessionWithRoles(const QList<Role>& roles, qint64 personId = 0, qint64 unitId = 0);

} // namespace kansa
