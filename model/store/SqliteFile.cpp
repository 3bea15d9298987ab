#include "SqliteFile.h"

#include "common/Error.h"
#include "store/Database.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

constexpr int BusyTimeoutMs = 10000;

} // namespace

SqliteFile::SqliteFile(const QString& path, int flags)
{
    m_status = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (m_db)
        sqlite3_busy_timeout(m_db, BusyTimeoutMs);
}

SqliteFile::~SqliteFile()
{
    sqlite3_close(m_db);
}

QString SqliteFile::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

bool SqliteFile::copyTo(const QString& path)
{
    char* sql = sqlite3_mprintf("VACUUM INTO %Q", QFile::encodeName(path).constData());
    const int status = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    sqlite3_free(sql);
    return status == SQLITE_OK;
}

void SqliteFile::exec(const QString& sql)
{
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        throw Error(error());
}

SqliteFile::Statement::Statement(SqliteFile& file, const QString& sql)
    : m_file(file)
{
    if (sqlite3_prepare_v2(file.handle(), sql.toUtf8().constData(), -1, &m_statement, nullptr) != SQLITE_OK)
        throw Error(file.error());
}

SqliteFile::Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void SqliteFile::Statement::run(const QVariantList& values)
{
    sqlite3_reset(m_statement);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values[i];
        const int at = i + 1;
        int status = SQLITE_OK;
        if (value.isNull()) {
            status = sqlite3_bind_null(m_statement, at);
        } else if (value.typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = value.toByteArray();
            status =
                sqlite3_bind_blob64(m_statement, at, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        } else if (value.typeId() == QMetaType::Double) {
            status = sqlite3_bind_double(m_statement, at, value.toDouble());
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong ||
                   value.typeId() == QMetaType::UInt || value.typeId() == QMetaType::ULongLong ||
                   value.typeId() == QMetaType::Bool) {
            status = sqlite3_bind_int64(m_statement, at, value.toLongLong());
        } else {
            const QByteArray text = value.toString().toUtf8();
            status = sqlite3_bind_text64(m_statement, at, text.constData(), sqlite3_uint64(text.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        if (status != SQLITE_OK)
            throw Error(m_file.error());
    }
    if (sqlite3_step(m_statement) != SQLITE_DONE)
        throw Error(m_file.error());
}

// Like VACUUM INTO on SQLite, a copy of the whole and no change of it, so it writes past the write path, through
// SQLite's own library (Qt's driver takes ten times as long for a million rows).
void SqliteFile::createCopyOf(Database& server, const QString& path)
{
    QStringList tables;
    QHash<QString, QStringList> columnsOf;
    {
        const std::unique_ptr<Database> created =
            Database::open(ConnectionSpec::sqliteFile(path), Database::OpenMode::Create);
        QSqlQuery list = created->exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                       "'sqlite_%' ORDER BY rowid"_s);
        while (list.next())
            tables << list.value(0).toString();
        list.finish();
        for (const QString& table : std::as_const(tables)) {
            const QSqlRecord targetColumns = created->connection().record(table);
            const QSqlRecord sourceColumns = server.connection().record(table);
            for (int i = 0; i < targetColumns.count(); ++i) {
                if (sourceColumns.contains(targetColumns.fieldName(i)))
                    columnsOf[table] << targetColumns.fieldName(i);
            }
        }
    }
    SqliteFile copy(path, SQLITE_OPEN_READWRITE);
    if (!copy.isOpen())
        throw Error(tr("Cannot write %1: %2").arg(path, copy.error()));
    copy.exec(u"PRAGMA foreign_keys = OFF; BEGIN"_s);
    for (const QString& table : std::as_const(tables)) {
        const QStringList& columns = columnsOf[table];
        // The copy's own schema version stays; the organisation's settings come with it.
        const bool settings = table == u"schema_info"_s;
        QSqlQuery rows(server.connection());
        rows.setForwardOnly(true);
        if (!rows.exec(u"SELECT "_s % columns.join(u", "_s) % u" FROM "_s % table %
                       (settings ? u" WHERE key <> 'schema_version'"_s : QString())))
            throw Error(
                tr("Cannot read %1 of %2: %3").arg(table, server.spec().displayName(), rows.lastError().text()));
        SqliteFile::Statement insert(copy, u"INSERT OR REPLACE INTO "_s % table % u" ("_s % columns.join(u", "_s) %
                                               u") VALUES ("_s % QStringList(columns.size(), u"?"_s).join(u", "_s) %
                                               u")"_s);
        QVariantList values(columns.size());
        while (rows.next()) {
            for (int i = 0; i < columns.size(); ++i)
                values[i] = rows.isNull(i) ? QVariant() : rows.value(i);
            insert.run(values);
        }
    }
    copy.exec(u"COMMIT"_s);
}

} // namespace kansa
