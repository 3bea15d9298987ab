#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace kansa {

class Database;

// An SQLite connection of the C library itself, for what Qt's driver does not offer or does slowly: the online
// backup, VACUUM INTO, and writing a million rows copied from elsewhere.
class SqliteFile final
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)

public:
    SqliteFile(const QString& path, int flags);
    ~SqliteFile();
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    bool isOpen() const { return m_status == 0; }
    sqlite3* handle() const { return m_db; }
    QString error() const;
    // VACUUM INTO a new file: a consistent copy of the whole database.
    bool copyTo(const QString& path);
    // Runs statements without values; throws kansa::Error with SQLite's words on failure.
    void exec(const QString& sql);

    // An organisation on a server copied into a new SQLite file at path, table by table and row by row, as they
    // are: the same ids, the same change log with its hashes (a year archive's snapshot).
    static void createCopyOf(Database& server, const QString& path);

    // One statement prepared once and run for many rows, its values bound by their type.
    class Statement final
    {
    public:
        Statement(SqliteFile& file, const QString& sql);
        ~Statement();
        Statement(const Statement&) = delete;
        Statement& operator=(const Statement&) = delete;
        // Throws kansa::Error with SQLite's words on failure.
        void run(const QVariantList& values);

    private:
        SqliteFile& m_file;
        sqlite3_stmt* m_statement = nullptr;
    };

private:
    sqlite3* m_db = nullptr;
    int m_status = 1;
};

} // namespace kansa
