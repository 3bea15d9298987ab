#pragma once

#include "common/RowStamp.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace kansa {

class Database;

using ColumnValues = QList<QPair<QString, QVariant>>;

// Writes rows that carry a version and created/updated stamps, and records every change in change_log.
// Table and column names come from code, never from user text; values are always bound.
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
    // Inserts into an append-only table (rows never change: created stamps only, e.g. progress reports) and
    // returns the new id.
    qint64 append(const QString& table, const ColumnValues& values);
    // Inserts into a table keyed by the given column (no generated id).
    void insertKeyed(const QString& table, const QString& keyColumn, const ColumnValues& values);
    // Updates the row if it still has expectedVersion, else throws StaleEdit naming who changed it and when.
    // `what` names the row for that message (「総務課」).
    void update(const QString& table, qint64 id, int expectedVersion, const QString& what, const ColumnValues& values);
    // Deletes the row if it still has expectedVersion, else throws StaleEdit.
    void remove(const QString& table, qint64 id, int expectedVersion, const QString& what);
    // Replaces the values a row owns in a link table (an audit's chapters or team, a person's roles, a campaign's
    // chapters) and logs the change as one field of the owner, so that the history reads 「4 5」 → 「4 5 6」.
    // Nothing is written when the set is unchanged; false then.
    bool replaceSet(const QString& linkTable, const QString& ownerColumn, qint64 ownerId, const QString& valueColumn,
                    QStringList values, const QString& ownerTable, const QString& field);
    // A change-log row for a change that is not a column of a versioned row: a password changed, a file stored,
    // a setting (rowId 0: none).
    void logChange(const QString& table, qint64 rowId, const QString& action, const QString& field,
                   const QVariant& oldValue, const QVariant& newValue);

    static RowStamp readStamp(const QSqlQuery& query, int firstColumn);
    // The stamp columns in the order readStamp expects, optionally of a table alias in a join.
    static QString stampColumns(const QString& alias = {});
    static QString now();

private:
    qint64 insertLogged(const QString& table, const ColumnValues& values, bool versioned);
    void throwIfStale(const QString& table, qint64 id, int expectedVersion, const QString& what);
    struct FieldChange
    {
        QString field;
        QVariant oldValue;
        QVariant newValue;
    };
    // The change-log rows of one change of one row, written in one statement (one round trip to a server).
    void log(const QString& table, qint64 rowId, const QString& action, const QList<FieldChange>& changes);

    Database& m_db;
    QString m_actor;
};

} // namespace kansa
