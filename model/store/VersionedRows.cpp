#include "VersionedRows.h"

#include "calendar/JapaneseCalendar.h"
#include "common/Error.h"
#include "store/ChangeChain.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QSqlRecord>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

// How a value reads in the change log: a file's content by its hash and size, never its bytes.
QString text(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QByteArray) {
        const QByteArray bytes = value.toByteArray();
        return u"sha256 "_s % QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) %
               u", "_s % QString::number(bytes.size()) % u" bytes"_s;
    }
    return value.toString();
}

} // namespace

QString VersionedRows::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString VersionedRows::stampColumns(const QString& alias)
{
    const QString p = alias.isEmpty() ? QString() : alias % u'.';
    return p % u"version, "_s % p % u"created_at, "_s % p % u"created_by, "_s % p % u"updated_at, "_s % p %
           u"updated_by"_s;
}

RowStamp VersionedRows::readStamp(const QSqlQuery& query, int firstColumn)
{
    RowStamp stamp;
    stamp.version = query.value(firstColumn).toInt();
    stamp.createdAt = QDateTime::fromString(query.value(firstColumn + 1).toString(), Qt::ISODateWithMs);
    stamp.createdBy = query.value(firstColumn + 2).toString();
    stamp.updatedAt = QDateTime::fromString(query.value(firstColumn + 3).toString(), Qt::ISODateWithMs);
    stamp.updatedBy = query.value(firstColumn + 4).toString();
    return stamp;
}

qint64 VersionedRows::insert(const QString& table, const ColumnValues& values)
{
    return insertLogged(table, {values}, u"created"_s, true).constFirst();
}

QList<qint64> VersionedRows::insertAll(const QString& table, const QList<ColumnValues>& rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    if (rows.isEmpty())
        return ids;
    const qsizetype perStatement = rowsPerStatement(rows.constFirst().size() + 4);
    for (qsizetype first = 0; first < rows.size(); first += perStatement)
        ids += insertLogged(table, rows.mid(first, perStatement), u"created"_s, true);
    return ids;
}

qsizetype VersionedRows::rowsPerStatement(qsizetype valuesPerRow) const
{
    return std::max<qsizetype>(1, m_db.valuesPerStatement() / valuesPerRow);
}

qint64 VersionedRows::append(const QString& table, const ColumnValues& values, const QString& stamp)
{
    return insertLogged(table, {values}, stamp, false).constFirst();
}

qint64 VersionedRows::appendContent(const QString& table, const ColumnValues& values, const QString& returning)
{
    QStringList columns;
    QVariantList bound;
    for (const auto& [column, value] : values) {
        columns << column;
        bound << value;
    }
    QSqlQuery query = m_db.exec(u"INSERT INTO "_s % table % u" ("_s % columns.join(u", "_s) % u") VALUES ("_s %
                                    QStringList(columns.size(), u"?"_s).join(u", "_s) % u")"_s %
                                    (returning.isEmpty() ? QString() : u" RETURNING "_s % returning),
                                bound);
    if (returning.isEmpty())
        return 0;
    if (!query.next())
        throw Error(tr("The database did not return the id of the new row in %1.").arg(table));
    return query.value(0).toLongLong();
}

void VersionedRows::announce(const QObject* sender, std::function<void()> notify)
{
    m_db.afterCommit(sender, std::move(notify));
}

QList<qint64> VersionedRows::insertLogged(const QString& table, const QList<ColumnValues>& rows,
                                          const QString& stampName, bool versioned)
{
    QStringList columns;
    for (const auto& [column, value] : rows.constFirst())
        columns << column;
    const QString stamp = now();
    QStringList marks(columns.size(), u"?"_s);
    QVariantList stampValues;
    if (versioned) {
        columns << u"version"_s << u"created_at"_s << u"created_by"_s << u"updated_at"_s << u"updated_by"_s;
        marks << u"1"_s << u"?"_s << u"?"_s << u"?"_s << u"?"_s;
        stampValues << stamp << m_actor << stamp << m_actor;
    } else {
        columns << stampName % u"_at"_s << stampName % u"_by"_s;
        marks << u"?"_s << u"?"_s;
        stampValues << stamp << m_actor;
    }
    const QString rowMarks = u'(' % marks.join(u", "_s) % u')';
    QVariantList bound;
    for (const ColumnValues& values : rows) {
        if (values.size() != rows.constFirst().size())
            throw Error(tr("The rows inserted into %1 at once must have the same columns.").arg(table));
        for (const auto& [column, value] : values)
            bound << value;
        bound += stampValues;
    }
    const QString sql = u"INSERT INTO "_s % table % u" ("_s % columns.join(u", "_s) % u") VALUES "_s %
                        QStringList(rows.size(), rowMarks).join(u", "_s) % u" RETURNING id"_s;
    const bool fullBatch =
        rows.size() > 1 && rows.size() == rowsPerStatement(rows.constFirst().size() + stampValues.size());
    std::optional<QSqlQuery> once;
    QSqlQuery& query = fullBatch ? m_db.preparedOnce(sql) : once.emplace(m_db.exec(sql, bound));
    if (fullBatch)
        m_db.run(query, bound);
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    query.finish();
    if (ids.size() != rows.size())
        throw Error(tr("The database did not return the id of the new row in %1.").arg(table));
    // The ids are given in the order of the rows (ascending), whatever order the database returns them in.
    std::sort(ids.begin(), ids.end());
    QList<RowChanges> logged;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QList<FieldChange> changes;
        for (const auto& [column, value] : rows[i])
            changes.append({column, QVariant(), value});
        logged.append({ids[i], changes});
    }
    log(table, u"insert"_s, logged);
    return ids;
}

void VersionedRows::insertKeyed(const QString& table, const QString& keyColumn, const ColumnValues& values)
{
    QStringList columns;
    QStringList marks;
    QVariantList bound;
    qint64 key = 0;
    for (const auto& [column, value] : values) {
        columns << column;
        marks << u"?"_s;
        bound << value;
        if (column == keyColumn)
            key = value.toLongLong();
    }
    const QString stamp = now();
    columns << u"version"_s << u"created_at"_s << u"created_by"_s << u"updated_at"_s << u"updated_by"_s;
    marks << u"1"_s << u"?"_s << u"?"_s << u"?"_s << u"?"_s;
    bound << stamp << m_actor << stamp << m_actor;
    m_db.exec(u"INSERT INTO "_s % table % u" ("_s % columns.join(u", "_s) % u") VALUES ("_s % marks.join(u", "_s) %
                  u")"_s,
              bound);
    log(table, key, u"insert"_s, {{keyColumn, QVariant(), key}});
}

void VersionedRows::throwIfStale(const QString& table, qint64 id, int expectedVersion, const QString& what)
{
    QSqlQuery query =
        m_db.exec(u"SELECT version, updated_by, updated_at FROM "_s % table % u" WHERE id = ?"_s, {QVariant(id)});
    if (!query.next())
        throw StaleEdit(tr("「%1」 has been deleted by someone else in the meantime.").arg(what));
    if (query.value(0).toInt() != expectedVersion) {
        const QDateTime at = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs).toLocalTime();
        throw StaleEdit(tr("「%1」 was changed by %2 at %3 after you opened it. Your edit was not saved; reload and "
                           "make it again.")
                            .arg(what, query.value(1).toString(),
                                 JapaneseCalendar::formatDate(at.date(), CalendarStyle::Western) % u' ' %
                                     at.time().toString(u"HH:mm:ss"_s)));
    }
}

void VersionedRows::update(const QString& table, qint64 id, int expectedVersion, const QString& what,
                           const ColumnValues& values)
{
    QStringList columns;
    for (const auto& pair : values)
        columns << pair.first;
    QSqlQuery old = m_db.exec(u"SELECT "_s % (columns.isEmpty() ? u"id"_s : columns.join(u", "_s)) % u" FROM "_s %
                                  table % u" WHERE id = ? AND version = ?"_s,
                              {QVariant(id), QVariant(expectedVersion)});
    if (!old.next())
        throwIfStale(table, id, expectedVersion, what);
    QVariantList oldValues;
    for (int i = 0; i < columns.size(); ++i)
        oldValues << old.value(i);
    old.finish();

    QStringList assignments;
    QVariantList bound;
    for (const auto& [column, value] : values) {
        assignments << column % u" = ?"_s;
        bound << value;
    }
    assignments << u"version = version + 1"_s << u"updated_at = ?"_s << u"updated_by = ?"_s;
    bound << now() << m_actor << id << expectedVersion;
    QSqlQuery query = m_db.exec(
        u"UPDATE "_s % table % u" SET "_s % assignments.join(u", "_s) % u" WHERE id = ? AND version = ?"_s, bound);
    if (query.numRowsAffected() != 1)
        throwIfStale(table, id, expectedVersion, what);
    QList<FieldChange> changes;
    for (int i = 0; i < columns.size(); ++i) {
        if (text(oldValues[i]) != text(values[i].second))
            changes.append({columns[i], oldValues[i], values[i].second});
    }
    log(table, id, u"update"_s, changes);
}

void VersionedRows::remove(const QString& table, qint64 id, int expectedVersion, const QString& what)
{
    if (m_db.changesLoggedByServer()) // the server's log names the row as Kansa does
        m_db.exec(u"SELECT set_config('kansa.removed', ?, true)"_s,
                  {QString(table % u':' % QString::number(id) % u':' % what)});
    QSqlQuery query =
        m_db.exec(u"DELETE FROM "_s % table % u" WHERE id = ? AND version = ?"_s, {QVariant(id), expectedVersion});
    if (query.numRowsAffected() != 1)
        throwIfStale(table, id, expectedVersion, what);
    log(table, id, u"delete"_s, {{QString(), what, QVariant()}});
}

void VersionedRows::removeWhere(const QString& table, const QString& column, const QVariant& value,
                                const QString& keyColumn)
{
    QSqlQuery removed =
        m_db.exec(u"DELETE FROM "_s % table % u" WHERE "_s % column % u" = ? RETURNING "_s % keyColumn, {value});
    QList<qint64> ids;
    while (removed.next())
        ids << removed.value(0).toLongLong();
    removed.finish();
    QList<RowChanges> logged;
    for (qint64 id : std::as_const(ids))
        logged.append({id, {{column, value, QVariant()}}});
    log(table, u"delete"_s, logged);
}

void VersionedRows::overwrite(const QString& table, qint64 id, const ColumnValues& values)
{
    QStringList columns;
    QStringList assignments;
    QVariantList bound;
    for (const auto& [column, value] : values) {
        columns << column;
        assignments << column % u" = ?"_s;
        bound << value;
    }
    QSqlQuery old = m_db.exec(u"SELECT "_s % columns.join(u", "_s) % u" FROM "_s % table % u" WHERE id = ?"_s, {id});
    if (!old.next())
        throw StaleEdit(tr("The row %1 of %2 has been deleted by someone else in the meantime.").arg(id).arg(table));
    QList<FieldChange> changes;
    for (int i = 0; i < columns.size(); ++i) {
        if (text(old.value(i)) != text(values[i].second))
            changes.append({columns[i], old.value(i), values[i].second});
    }
    old.finish();
    if (changes.isEmpty())
        return;
    bound << id;
    m_db.exec(u"UPDATE "_s % table % u" SET "_s % assignments.join(u", "_s) % u" WHERE id = ?"_s, bound);
    log(table, id, u"update"_s, changes);
}

void VersionedRows::setSetting(const QString& key, const QString& value)
{
    const QVariant old = m_db.scalar(u"SELECT value FROM schema_info WHERE key = ?"_s, {key});
    if (old.isValid() && old.toString() == value)
        return;
    if (old.isValid())
        m_db.exec(u"UPDATE schema_info SET value = ? WHERE key = ?"_s, {value, key});
    else
        m_db.exec(u"INSERT INTO schema_info (key, value) VALUES (?, ?)"_s, {key, value});
    log(u"schema_info"_s, 0, u"update"_s, {{key, old, value}});
}

bool VersionedRows::replaceSet(const QString& linkTable, const ColumnValues& owner, const QString& valueColumn,
                               QStringList values, const QString& ownerTable, qint64 ownerId, const QString& field)
{
    QStringList conditions;
    QStringList ownerColumns;
    QVariantList ownerValues;
    for (const auto& [column, value] : owner) {
        conditions << column % u" = ?"_s;
        ownerColumns << column;
        ownerValues << value;
    }
    const QString where = u" WHERE "_s % conditions.join(u" AND "_s);
    QStringList stored;
    QSqlQuery current = m_db.exec(u"SELECT "_s % valueColumn % u" FROM "_s % linkTable % where, ownerValues);
    while (current.next())
        stored << current.value(0).toString();
    current.finish();
    stored.sort();
    values.sort();
    values.removeDuplicates();
    if (stored == values)
        return false;
    // Only what changed is written, so that a server's own log (ServerChangeLog) reads as the change did.
    const QString remove = u"DELETE FROM "_s % linkTable % where % u" AND "_s % valueColumn % u" = ?"_s;
    for (const QString& value : std::as_const(stored)) {
        if (!values.contains(value))
            m_db.exec(remove, QVariantList(ownerValues) << value);
    }
    const QString insert = u"INSERT INTO "_s % linkTable % u" ("_s % ownerColumns.join(u", "_s) % u", "_s %
                           valueColumn % u") VALUES ("_s % QStringList(ownerColumns.size() + 1, u"?"_s).join(u", "_s) %
                           u")"_s;
    for (const QString& value : std::as_const(values)) {
        if (!stored.contains(value))
            m_db.exec(insert, QVariantList(ownerValues) << value);
    }
    log(ownerTable, ownerId, u"update"_s, {{field, stored.join(u' '), values.join(u' ')}});
    return true;
}

void VersionedRows::logChange(const QString& table, qint64 rowId, const QString& action, const QString& field,
                              const QVariant& oldValue, const QVariant& newValue)
{
    writeLog(table, action, {{rowId, {{field, oldValue, newValue}}}});
}

void VersionedRows::log(const QString& table, qint64 rowId, const QString& action, const QList<FieldChange>& changes)
{
    log(table, action, {{rowId, changes}});
}

void VersionedRows::log(const QString& table, const QString& action, const QList<RowChanges>& rows)
{
    if (!m_db.changesLoggedByServer())
        writeLog(table, action, rows);
}

void VersionedRows::writeLog(const QString& table, const QString& action, const QList<RowChanges>& rows)
{
    QStringList entries;
    QVariantList bound;
    // On PostgreSQL the database chains the entries (ChangeChain::install).
    const bool chainedHere = m_db.backend() == ConnectionSpec::Backend::SQLite && m_db.changeLogChained();
    QString previous = chainedHere ? m_db.chainHead() : QString();
    const QString at = now();
    const qsizetype perStatement = rowsPerStatement(9);
    const auto flush = [&] {
        if (entries.isEmpty())
            return;
        const QString sql = u"INSERT INTO change_log (changed_at, changed_by, table_name, row_id, action, field, "
                            "old_value, new_value"_s %
                            (m_db.changeLogChained() ? u", entry_hash"_s : QString()) % u") VALUES "_s %
                            entries.join(u", "_s);
        if (entries.size() == perStatement)
            m_db.run(m_db.preparedOnce(sql), bound);
        else
            m_db.exec(sql, bound);
        entries.clear();
        bound.clear();
    };
    for (const auto& [rowId, changes] : rows) {
        for (const FieldChange& change : changes) {
            ChangeChain::Entry entry{at, m_actor, table, rowId ? QVariant(rowId) : QVariant(), action, {}, {}, {}};
            if (change.field == u"password_hash"_s) {
                // That a password changed and by whom, never the password or its hash.
                entry.field = u"password"_s;
                entry.newValue = action == u"insert"_s ? u"set"_s : u"changed"_s;
            } else {
                entry.field = change.field.isNull() ? QVariant() : QVariant(change.field);
                entry.oldValue = change.oldValue.isNull() ? QVariant() : QVariant(text(change.oldValue));
                entry.newValue = change.newValue.isNull() ? QVariant() : QVariant(text(change.newValue));
            }
            if (chainedHere)
                previous = ChangeChain::hash(previous, entry);
            entries << (m_db.changeLogChained() ? u"(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s : u"(?, ?, ?, ?, ?, ?, ?, ?)"_s);
            bound << entry.changedAt << entry.changedBy << entry.table << entry.rowId << entry.action << entry.field
                  << entry.oldValue << entry.newValue;
            if (m_db.changeLogChained())
                bound << (chainedHere ? QVariant(previous) : QVariant());
            if (entries.size() == perStatement)
                flush();
        }
    }
    flush();
    if (chainedHere)
        m_db.setChainHead(previous);
}

} // namespace kansa
