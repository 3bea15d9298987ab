#include "RecordReplay.h"

#include "store/Database.h"
#include "store/ServerChangeLog.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringBuilder>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

// Tables the replay does not read: the log itself, the server's own journal, key-value settings, rows added
// with a change logged on their owner (a checklist version is its JSON), and link tables (read with their owner).
bool replayed(const QString& table)
{
    static const QSet<QString> skipped{u"change_log"_s, u"row_changes"_s, u"schema_info"_s, u"checklist_versions"_s,
                                       u"checklist_items"_s};
    if (skipped.contains(table))
        return false;
    return std::none_of(ServerChangeLog::linkTables().cbegin(), ServerChangeLog::linkTables().cend(),
                        [&](const ServerChangeLog::LinkTable& link) { return link.table == table; });
}

// Fields that are not the record: how often someone mistyped a password.
bool signInState(const QString& table, const QString& field)
{
    return table == u"accounts"_s && (field == u"failed_attempts"_s || field == u"last_failed_at"_s);
}

// Whether a stored value is the one the log wrote (the log holds values as text: true for 1, 2 for 2.0).
bool same(const QVariant& stored, const QVariant& logged)
{
    if (stored.isNull() || logged.isNull())
        return stored.isNull() == logged.isNull() ||
               (stored.isNull() ? logged.toString().isEmpty() : stored.toString().isEmpty());
    const QString a = stored.toString();
    const QString b = logged.toString();
    if (a == b)
        return true;
    const auto number = [](const QString& text, bool* ok) {
        if (text == u"true"_s || text == u"t"_s) {
            *ok = true;
            return 1.0;
        }
        if (text == u"false"_s || text == u"f"_s) {
            *ok = true;
            return 0.0;
        }
        return text.toDouble(ok);
    };
    bool okA = false;
    bool okB = false;
    const double x = number(a, &okA);
    const double y = number(b, &okB);
    return okA && okB && x == y;
}

struct LoggedValue
{
    QVariant value;
    qint64 entryId = 0;
};

struct LoggedRow
{
    bool created = false;
    qint64 removedBy = 0; // the entry that removed it
    QHash<QString, LoggedValue> fields;
};

class Replay
{
public:
    Replay(Database& db, RecordVerification& result)
        : m_db(db)
        , m_result(result)
    {}
    int found() const { return m_found; }

    void run()
    {
        for (const QString& table : tables()) {
            if (replayed(table))
                replayTable(table);
        }
        nameWriters();
    }

private:
    QStringList tables()
    {
        QSqlQuery query = m_db.exec(m_db.backend() == ConnectionSpec::Backend::SQLite
                                        ? u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                          "'sqlite_%' ORDER BY name"_s
                                        : u"SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY "
                                          "tablename"_s);
        QStringList names;
        while (query.next())
            names << query.value(0).toString();
        return names;
    }

    // The columns of a table that reference another table's rows, with the table they reference.
    QHash<QString, QString> references(const QString& table)
    {
        QSqlQuery query = m_db.exec(
            m_db.backend() == ConnectionSpec::Backend::SQLite
                ? u"SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)"_s
                : u"SELECT kcu.column_name, ccu.table_name FROM information_schema.table_constraints tc JOIN "
                  "information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name JOIN "
                  "information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name WHERE "
                  "tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public' AND tc.table_name = ?"_s,
            {table});
        QHash<QString, QString> columns;
        while (query.next())
            columns.insert(query.value(0).toString(), query.value(1).toString());
        return columns;
    }

    void problem(const QString& what, qint64 entryId, const QString& record)
    {
        ++m_found;
        if (m_found > RecordReplay::MaxProblems)
            return;
        m_problems.append({what, entryId, record});
    }

    // Who wrote the entry each problem names, and when: read once no other query is open.
    void nameWriters()
    {
        for (RecordProblem& found : m_problems) {
            QSqlQuery entry =
                m_db.exec(u"SELECT changed_by, changed_at FROM change_log WHERE id = ?"_s, {found.entryId});
            if (entry.next()) {
                found.changedBy = entry.value(0).toString();
                found.changedAt = entry.value(1).toString();
            }
        }
        m_result.problems += m_problems;
    }

    void replayTable(const QString& table)
    {
        QSqlQuery probe = m_db.exec(u"SELECT * FROM "_s % table % u" WHERE 1 = 0"_s);
        const QSqlRecord columns = probe.record();
        probe.finish();
        const QString key = columns.contains(u"id"_s) ? u"id"_s : table == u"fiscal_years"_s ? u"year"_s : QString();
        if (key.isEmpty())
            return;

        QHash<qint64, LoggedRow> logged;
        qint64 baselineUpTo = 0;
        QSqlQuery entries = m_db.exec(u"SELECT id, row_id, action, field, new_value FROM change_log WHERE "
                                      "table_name = ? ORDER BY id"_s,
                                      {table});
        while (entries.next()) {
            const qint64 entryId = entries.value(0).toLongLong();
            const QString action = entries.value(2).toString();
            if (action == QString::fromUtf16(RecordReplay::BaselineAction)) {
                baselineUpTo = std::max(baselineUpTo, entries.value(4).toLongLong());
                continue;
            }
            if (entries.isNull(1))
                continue;
            LoggedRow& row = logged[entries.value(1).toLongLong()];
            if (action == u"delete"_s) {
                row = LoggedRow{};
                row.removedBy = entryId;
                continue;
            }
            if (action == u"insert"_s && row.removedBy) // the same key created again (a fiscal year)
                row = LoggedRow{};
            row.created = row.created || action == u"insert"_s;
            if (!entries.isNull(3))
                row.fields.insert(entries.value(3).toString(),
                                  {entries.isNull(4) ? QVariant() : entries.value(4), entryId});
        }
        entries.finish();

        QSet<qint64> stored;
        QSqlQuery rows = m_db.exec(u"SELECT * FROM "_s % table % u" ORDER BY "_s % key);
        const int keyColumn = rows.record().indexOf(key);
        while (rows.next()) {
            const qint64 id = rows.value(keyColumn).toLongLong();
            stored.insert(id);
            const QString record = table % u' ' % QString::number(id);
            const auto found = logged.constFind(id);
            if (found == logged.cend() || found->removedBy || (!found->created && id > baselineUpTo)) {
                if (found != logged.cend() && found->removedBy)
                    problem(RecordReplay::tr(
                                "%1 is stored although the change log removed it: it was put back outside Kansa.")
                                .arg(record),
                            found->removedBy, record);
                else if (id > baselineUpTo)
                    problem(RecordReplay::tr(
                                "%1 is stored but the change log never created it: it was added outside Kansa.")
                                .arg(record),
                            0, record);
                if (found == logged.cend() || found->removedBy)
                    continue;
            }
            for (auto field = found->fields.cbegin(); field != found->fields.cend(); ++field) {
                const int column = rows.record().indexOf(field.key());
                if (column < 0 || signInState(table, field.key()) ||
                    rows.value(column).typeId() == QMetaType::QByteArray)
                    continue; // a link table's field, or a file (checked by its hash)
                if (!same(rows.value(column), field->value))
                    problem(RecordReplay::tr(
                                "%1.%2 holds 「%3」 but the change log last wrote 「%4」: it was changed outside "
                                "Kansa.")
                                .arg(record, field.key(), rows.value(column).toString().left(80),
                                     field->value.toString().left(80)),
                            field->entryId, record);
            }
        }
        rows.finish();

        const QHash<QString, QString> parents = references(table);
        for (auto row = logged.cbegin(); row != logged.cend(); ++row) {
            if (!row->created || row->removedBy || stored.contains(row.key()) || removedWithParent(*row, parents))
                continue;
            const QString record = table % u' ' % QString::number(row.key());
            const qint64 created =
                row->fields.isEmpty()
                    ? 0
                    : std::min_element(row->fields.cbegin(), row->fields.cend(), [](const auto& a, const auto& b) {
                          return a.entryId < b.entryId;
                      })->entryId;
            problem(RecordReplay::tr(
                        "%1 was created in the change log and never removed, but it is not stored: it was deleted "
                        "outside Kansa.")
                        .arg(record),
                    created, record);
        }
        replayLinks(table, logged);
    }

    // A row whose parent row (a plan's finding, a file's evidence) is gone went with it (ON DELETE CASCADE).
    bool removedWithParent(const LoggedRow& row, const QHash<QString, QString>& parents)
    {
        for (auto parent = parents.cbegin(); parent != parents.cend(); ++parent) {
            const auto value = row.fields.constFind(parent.key());
            if (value == row.fields.cend() || value->value.isNull())
                continue;
            const QString key = parent.value() % u':' % value->value.toString();
            auto known = m_exists.constFind(key);
            if (known == m_exists.cend())
                known = m_exists.insert(key, m_db.scalar(u"SELECT 1 FROM "_s % parent.value() % u" WHERE id = ?"_s,
                                                         {value->value.toLongLong()})
                                                 .isValid());
            if (!*known)
                return true;
        }
        return false;
    }

    // The link tables owned by this table: each owner's set as the log last wrote its field.
    void replayLinks(const QString& owner, const QHash<qint64, LoggedRow>& logged)
    {
        for (const ServerChangeLog::LinkTable& link : ServerChangeLog::linkTables()) {
            if (link.owner != owner)
                continue;
            QStringList joins;
            for (const auto& [ownerColumn, linkColumn] : link.match)
                joins << u"o."_s % ownerColumn % u" = l."_s % linkColumn;
            QHash<qint64, QStringList> sets;
            QSqlQuery values = m_db.exec(u"SELECT o.id, l."_s % link.valueColumn % u" FROM "_s % link.table %
                                         u" l JOIN "_s % owner % u" o ON "_s % joins.join(u" AND "_s));
            while (values.next())
                sets[values.value(0).toLongLong()] << values.value(1).toString();
            values.finish();
            QSet<qint64> owners(sets.keyBegin(), sets.keyEnd());
            for (auto row = logged.cbegin(); row != logged.cend(); ++row) {
                if (!row->removedBy && row->fields.contains(link.field))
                    owners.insert(row.key());
            }
            for (qint64 id : std::as_const(owners)) {
                QStringList stored = sets.value(id);
                stored.sort();
                const LoggedValue last = logged.value(id).fields.value(link.field);
                QStringList written = last.value.toString().split(u' ', Qt::SkipEmptyParts);
                written.sort();
                if (stored != written) {
                    const QString record = owner % u' ' % QString::number(id);
                    problem(
                        RecordReplay::tr(
                            "%1.%2 holds 「%3」 but the change log last wrote 「%4」: it was changed outside Kansa.")
                            .arg(record, link.field, stored.join(u' '), written.join(u' ')),
                        last.entryId, record);
                }
            }
        }
    }

    Database& m_db;
    RecordVerification& m_result;
    QList<RecordProblem> m_problems;
    QHash<QString, bool> m_exists; // "table:id" → whether the row is stored
    int m_found = 0;
};

} // namespace

void RecordReplay::check(Database& db, RecordVerification& result)
{
    Replay replay(db, result);
    replay.run();
    if (replay.found() > MaxProblems)
        result.problems.append(
            {tr("… and %n more rows that differ from the change log.", nullptr, replay.found() - MaxProblems)});
}

} // namespace kansa
