#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace kansa {

// Where an organisation's data lives: an SQLite file, or a PostgreSQL database given as a URL
// postgresql://user:password@host:port/database (a host starting with / is a Unix socket directory,
// also accepted as ?host=/dir).
struct ConnectionSpec
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSpec)

public:
    enum class Backend
    {
        SQLite,
        PostgreSQL
    };

    Backend backend = Backend::SQLite;
    QString path; // SQLite file
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString databaseName;
    bool readOnly = false; // SQLite: open the file only to read it (also when it or its folder may not be written)
    QString archive;       // SQLite: the year archive the file was unpacked from, shown in its place

    // Accepts a file path or a postgresql:// (or postgres://) URL; throws kansa::Error on a malformed URL.
    static ConnectionSpec parse(const QString& fileOrUrl);
    static ConnectionSpec sqliteFile(const QString& path);
    // Sets the file, or the server, port, user, password and database, on a connection not yet open.
    void configure(QSqlDatabase& db) const;
    // A text to show a person: never contains the password.
    QString displayName() const;
    // The URL again, for recent-connection lists: never contains the password.
    QString toUrlWithoutPassword() const;
};

} // namespace kansa
