#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace kansa {

class Database;

// On a PostgreSQL database that enforces the access policy with roles (DatabasePolicy), the database writes the
// change log itself: a trigger on every table logs each changed field, in the form VersionedRows logs it on
// SQLite, with the login whose session made the change, however it was made (Kansa, psql, any client). Kansa
// names the person behind the login (「大森 正和 (m.omori)」) in a transaction setting; the trigger keeps that name
// only when it ends with the session's own login, so nobody writes in another's name.
//
// What a row holds the log shows as VersionedRows does: a file by its SHA-256 and size, a password by 「set」 or
// 「changed」, a link table's rows (an audit's team, a person's roles) as one field of their owner (「4 5」 → 「4 5
// 6」), a checklist version's items not at all when they are added (the checklist's new version is logged), and a
// row removed by its name when Kansa removed it, else by its columns.
namespace ServerChangeLog {

// A link table whose rows are one field of their owner row (see VersionedRows::replaceSet).
struct LinkTable
{
    QString table;
    QString owner;
    QString field;
    QString valueColumn;
    // The link table's columns that equal the owner row's: (owner column, link column).
    QList<QPair<QString, QString>> match;
};
const QList<LinkTable>& linkTables();

// Creates or replaces the functions and adds the trigger to every table that has none yet (run again after a
// migration, it reaches the tables the migration added). The functions belong to the role that owns the tables
// (the setting database_owner); the logins are named 「<database>_<login>」 (DatabasePolicy). Run by a member of
// the owner role.
void install(Database& db);

// Whether the database's triggers write its change log.
bool installed(Database& db);

} // namespace ServerChangeLog

} // namespace kansa
