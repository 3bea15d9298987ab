#pragma once

#include "common/RowStamp.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace kansa {

class Database;

using ColumnValues = QList<QPair<QString, QVariant>>;

// The changes of one Database::write(): writes rows that carry a version and created/updated stamps, and records
// every change in change_log. Table and column names come from code, never from user text; values are always
// bound. A file's content (a QByteArray value) is logged by its SHA-256 and size, a password by the word
// 「changed」 only.
class VersionedRows final
{
    Q_DECLARE_TR_FUNCTIONS(VersionedRows)

public:
    VersionedRows(Database& db, QString actor)
        : m_db(db)
        , m_actor(std::move(actor))
    {}

    // Inserts and returns the new id (tables with an id column).
    qint64 insert(const QString& table, const ColumnValues& values);
    // Inserts rows that have the same columns, a few hundred to a statement, and returns their ids in their order.
    QList<qint64> insertAll(const QString& table, const QList<ColumnValues>& rows);
    // Inserts into an append-only table (rows never change: stamps <stamp>_at and <stamp>_by only, e.g. progress
    // reports, stored files, issued reports) and returns the new id.
    qint64 append(const QString& table, const ColumnValues& values, const QString& stamp = QStringLiteral("created"));
    // Inserts into a table keyed by the given column (no generated id).
    void insertKeyed(const QString& table, const QString& keyColumn, const ColumnValues& values);
    // Updates the row if it still has expectedVersion, else throws StaleEdit naming who changed it and when.
    // `what` names the row for that message (「総務課」).
    void update(const QString& table, qint64 id, int expectedVersion, const QString& what, const ColumnValues& values);
    // Inserts rows that are the content of a change logged on their owner (a checklist version and its items,
    // logged as the checklist's new current_version), without change-log rows of their own; returns the value of
    // the returning column (the new id) when one is named.
    qint64 appendContent(const QString& table, const ColumnValues& values, const QString& returning = {});
    // Deletes the row if it still has expectedVersion, else throws StaleEdit.
    void remove(const QString& table, qint64 id, int expectedVersion, const QString& what);
    // Deletes the rows whose column holds value (the files of a removed evidence), each logged by its key (the id,
    // or the column a table is keyed by).
    void removeWhere(const QString& table, const QString& column, const QVariant& value,
                     const QString& keyColumn = QStringLiteral("id"));
    // Sets columns that no editor shows and that are not compared with a version (a unit's place among its
    // siblings, a password's hash), without a version check.
    void overwrite(const QString& table, qint64 id, const ColumnValues& values);
    // Sets one of the organisation's settings (schema_info).
    void setSetting(const QString& key, const QString& value);
    // Replaces the values a row owns in a link table (an audit's chapters or team, a person's roles, a campaign's
    // chapters or a campaign unit's delegates), whose rows of the owner hold the owner's columns, and logs the
    // change as one field of the owner row, so that the history reads 「4 5」 → 「4 5 6」. Nothing is written when
    // the set is unchanged; false then.
    bool replaceSet(const QString& linkTable, const ColumnValues& owner, const QString& valueColumn, QStringList values,
                    const QString& ownerTable, qint64 ownerId, const QString& field);
    // A change-log row for a change that is not a column of a row: a password changed (on PostgreSQL, kept by the
    // server), and that is logged whoever writes the rest of the log.
    void logChange(const QString& table, qint64 rowId, const QString& action, const QString& field,
                   const QVariant& oldValue, const QVariant& newValue);

    // Runs notify after the outermost commit (see Database::afterCommit): how a service announces its change.
    void announce(const QObject* sender, std::function<void()> notify);

    static RowStamp readStamp(const QSqlQuery& query, int firstColumn);
    // The stamp columns in the order readStamp expects, optionally of a table alias in a join.
    static QString stampColumns(const QString& alias = {});
    static QString now();

private:
    // How many rows of valuesPerRow values one statement writes (Database::valuesPerStatement).
    qsizetype rowsPerStatement(qsizetype valuesPerRow) const;
    QList<qint64> insertLogged(const QString& table, const QList<ColumnValues>& rows, const QString& stamp,
                               bool versioned);
    void throwIfStale(const QString& table, qint64 id, int expectedVersion, const QString& what);
    struct FieldChange
    {
        QString field;
        QVariant oldValue;
        QVariant newValue;
    };
    struct RowChanges
    {
        qint64 rowId;
        QList<FieldChange> changes;
    };
    // The change-log rows of one change of one row or of many, unless the server's triggers write them
    // (ServerChangeLog).
    void log(const QString& table, qint64 rowId, const QString& action, const QList<FieldChange>& changes);
    void log(const QString& table, const QString& action, const QList<RowChanges>& rows);
    // Writes change-log rows, as many to a statement as rowsPerStatement allows (a round trip to a server).
    void writeLog(const QString& table, const QString& action, const QList<RowChanges>& rows);

    Database& m_db;
    QString m_actor;
};

} // namespace kansa
