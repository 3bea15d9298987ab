#include "Database.h"

#include "common/Error.h"
#include "store/Migrations.h"
#include "store/ServerChangeLog.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QUrl>

#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"kansa-"_s % QString::number(counter.fetchAndAddRelaxed(1) + 1);
}

constexpr int BusyTimeoutMs = 10000;

} // namespace

void Database::throwStatementError(const QString& what, const QSqlError& error)
{
    // SQLite busy or locked after the busy timeout, a PostgreSQL lock timeout: others held the data too long.
    static const QStringList waitedCodes{u"5"_s, u"6"_s, u"55P03"_s};
    // A PostgreSQL serialization failure or deadlock: the server chose this transaction to give way.
    static const QStringList gaveWayCodes{u"40001"_s, u"40P01"_s};
    const QString code = error.nativeErrorCode();
    if (waitedCodes.contains(code) || gaveWayCodes.contains(code))
        throw WriteCollision(tr("Another user was saving at the same moment; nothing was changed. Try again."),
                             gaveWayCodes.contains(code));
    throw Error(what.arg(error.text()));
}

Database::Database(ConnectionSpec spec, QString connectionName)
    : m_spec(std::move(spec))
    , m_connectionName(std::move(connectionName))
    , m_latency(std::chrono::microseconds(qRound64(simulatedLatencyMs() * 1000)))
{}

Database::~Database()
{
    m_prepared.clear(); // before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<Database> Database::open(const ConnectionSpec& spec, OpenMode mode)
{
    return openImpl(spec, mode, CurrentSchemaVersion);
}

std::unique_ptr<Database> Database::createWhole(const ConnectionSpec& spec, const std::function<void(Database&)>& fill)
{
    const bool newFile = spec.backend == ConnectionSpec::Backend::SQLite && !QFileInfo::exists(spec.path);
    std::unique_ptr<Database> db;
    try {
        db = open(spec, OpenMode::Create);
        fill(*db);
        return db;
    } catch (...) {
        db.reset();
        if (newFile) {
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(spec.path + QLatin1String(suffix));
        }
        throw;
    }
}

std::unique_ptr<Database> Database::openAtVersion(const ConnectionSpec& spec, OpenMode mode, int version)
{
    return openImpl(spec, mode, version);
}

namespace {

bool mayNotBeWritten(const QString& path)
{
    return !QFileInfo(path).isWritable() || !QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

} // namespace

std::unique_ptr<Database> Database::openImpl(const ConnectionSpec& spec, OpenMode mode, int targetVersion)
{
    const bool sqlite = spec.backend == ConnectionSpec::Backend::SQLite;
    if (sqlite) {
        const QFileInfo file(spec.path);
        if (mode == OpenMode::OpenExisting && !file.exists())
            throw Error(tr("The database file %1 does not exist.").arg(spec.path));
        if (mode == OpenMode::Create && file.exists())
            throw Error(tr("The file %1 already exists; choose a new file name.").arg(spec.path));
        if (mode == OpenMode::OpenExisting) {
            // Look at the version read-only first, so that a newer or foreign file is never written to; a
            // read-only look at a database in WAL mode leaves its -wal and -shm files behind, so those it made
            // go again.
            const QString wal = spec.path + u"-wal"_s;
            const QString shm = spec.path + u"-shm"_s;
            const bool sideFilesExisted = QFileInfo::exists(wal) || QFileInfo::exists(shm);
            try {
                std::unique_ptr<Database> probe(new Database(spec, nextConnectionName()));
                probe->connect(true);
                probe->readSchemaVersion();
            } catch (const Error&) {
                if (!sideFilesExisted && QFileInfo(wal).size() == 0) {
                    QFile::remove(wal);
                    QFile::remove(shm);
                }
                throw;
            }
        }
    }
    // A file that may not be written (or whose folder may not, where SQLite keeps its -wal and -shm files) is
    // opened read-only, as it is: for reading and verifying.
    const bool readOnly = sqlite && mode == OpenMode::OpenExisting && (spec.readOnly || mayNotBeWritten(spec.path));

    std::unique_ptr<Database> db(new Database(spec, nextConnectionName()));
    db->m_readOnly = readOnly;
    db->connect(readOnly);
    const int found = db->readSchemaVersion();
    if (mode == OpenMode::Create && found != 0)
        throw Error(
            tr("The database %1 is not empty; a new organisation needs an empty database.").arg(spec.displayName()));
    if (mode == OpenMode::OpenExisting && found == 0)
        throw Error(tr("The database %1 holds no Kansa organisation yet; create one first (kansa-cli init).")
                        .arg(spec.displayName()));
    if (readOnly && found < targetVersion)
        throw Error(tr("%1 was written by an earlier version of Kansa and must be updated, which a read-only file "
                       "cannot be: copy it to a folder where you may write.")
                        .arg(spec.path));
    db->applyConnectionSettings();
    if (found < targetVersion)
        db->migrate(found, targetVersion);
    db->m_changesLoggedByServer = ServerChangeLog::installed(*db);
    db->m_changeLogChained = targetVersion >= 11;
    return db;
}

void Database::connect(bool readOnly)
{
    const bool sqlite = m_spec.backend == ConnectionSpec::Backend::SQLite;
    const QString driver = sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver))
        throw Error(tr("The Qt SQL driver %1 is not installed.").arg(driver));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    m_spec.configure(db);
    if (sqlite) {
        QString options = u"QSQLITE_BUSY_TIMEOUT="_s % QString::number(BusyTimeoutMs);
        if (readOnly)
            options += u";QSQLITE_OPEN_READONLY"_s;
        if (readOnly && mayNotBeWritten(m_spec.path) && QFileInfo(m_spec.path + u"-wal"_s).size() == 0) {
            // Read as it is, without the -shm file SQLite would otherwise create beside it (where it cannot); a
            // file with changes still in its -wal is read through it instead.
            options += u";QSQLITE_OPEN_URI"_s;
            db.setDatabaseName(u"file:"_s % QString::fromLatin1(QUrl::toPercentEncoding(m_spec.path, "/")) %
                               u"?immutable=1"_s);
        }
        db.setConnectOptions(options);
    } else {
        db.setConnectOptions(u"connect_timeout=10"_s);
    }
    if (!db.open())
        throw Error(tr("Cannot open the database %1: %2").arg(m_spec.displayName(), db.lastError().text()));
}

void Database::requireWritable() const
{
    if (m_readOnly && !m_spec.archive.isEmpty())
        throw Error(
            tr("%1 is a year archive, kept as it was archived: nothing can be changed in it.").arg(m_spec.archive));
    if (m_readOnly)
        throw Error(tr("%1 is open read-only (the file or its folder may not be written): nothing can be changed in "
                       "it. Copy it to a folder where you may write to work in it.")
                        .arg(m_spec.path));
}

void Database::applyConnectionSettings()
{
    if (m_spec.backend == ConnectionSpec::Backend::SQLite && m_readOnly) {
        exec(u"PRAGMA query_only = ON"_s);
    } else if (m_spec.backend == ConnectionSpec::Backend::SQLite) {
        exec(u"PRAGMA foreign_keys = ON"_s);
        QSqlQuery mode = exec(u"PRAGMA journal_mode = WAL"_s);
        exec(u"PRAGMA synchronous = FULL"_s);
    } else {
        // In one round trip. Kansa's queries are short: compiling one (jit) takes longer than running it.
        execSchema(u"SET client_min_messages TO WARNING; SET lock_timeout = '10s'; SET jit = off"_s);
    }
}

QString Database::unreadableFile(const QString& reason) const
{
    // What the file is, from its first bytes: a database damaged, or another kind of file.
    QFile file(m_spec.path);
    const QByteArray start = file.open(QIODevice::ReadOnly) ? file.read(16) : QByteArray();
    QString kind;
    if (start.startsWith("SQLite format 3"))
        return tr("%1 is damaged (%2): verify it, or restore it from a backup. It has not been changed.")
            .arg(m_spec.path, reason);
    if (start.startsWith("PK\x03\x04"))
        kind = tr("a ZIP file (a workbook, a document or an archive)");
    else if (start.startsWith("%PDF"))
        kind = tr("a PDF document");
    else if (start.isEmpty())
        kind = tr("empty");
    return kind.isEmpty() ? tr("%1 is not a Kansa database (%2). It has not been changed.").arg(m_spec.path, reason)
                          : tr("%1 is not a Kansa database: it is %2. It has not been changed.").arg(m_spec.path, kind);
}

bool Database::isEmpty() const
{
    return connection().tables(QSql::Tables).isEmpty();
}

int Database::readSchemaVersion()
{
    if (m_spec.backend == ConnectionSpec::Backend::SQLite) {
        // The driver's list of tables is empty for a file that is no database at all; reading it says why.
        QSqlQuery schema(connection());
        if (!schema.exec(u"SELECT COUNT(*) FROM sqlite_master"_s))
            throw Error(unreadableFile(schema.lastError().databaseText()));
    }
    const QStringList tables = connection().tables(QSql::Tables);
    QSqlError error = connection().lastError();
    if (error.isValid())
        throw Error(tr("%1 is not a database Kansa can read: %2").arg(m_spec.displayName(), error.text()));
    if (tables.isEmpty())
        return 0;
    if (!tables.contains(u"schema_info"_s))
        throw Error(tr("%1 is not a Kansa database (it has no schema version).").arg(m_spec.displayName()));
    const QVariant value = scalar(u"SELECT value FROM schema_info WHERE key = 'schema_version'"_s);
    bool ok = false;
    const int version = value.toString().toInt(&ok);
    if (!ok || version < 1)
        throw Error(tr("%1 has no valid schema version.").arg(m_spec.displayName()));
    if (version > CurrentSchemaVersion)
        throw Error(tr("%1 was written by a newer version of Kansa (schema %2; this application reads up to %3). "
                       "It has not been changed. Install the newer Kansa to open it.")
                        .arg(m_spec.displayName())
                        .arg(version)
                        .arg(CurrentSchemaVersion));
    return version;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"SELECT value FROM schema_info WHERE key = 'schema_version'"_s) || !query.next())
        return 0;
    return query.value(0).toString().toInt();
}

void Database::migrate(int from, int to)
{
    Transaction transaction(*this);
    if (m_spec.backend == ConnectionSpec::Backend::PostgreSQL) {
        // Two clients that open an old database at once must not both migrate it.
        exec(u"SELECT pg_advisory_xact_lock(7478130)"_s);
        if (from > 0)
            from = schemaVersion();
        // A database whose tables belong to an owner role (DatabasePolicy) is migrated by a member of that role,
        // acting as it, so that new tables and columns belong to it too; a person's own login may not.
        const QVariant owner =
            from > 0 ? scalar(u"SELECT value FROM schema_info WHERE key = 'database_owner'"_s) : QVariant();
        if (owner.isValid() && from < to) {
            if (!scalar(u"SELECT pg_has_role(session_user, ?, 'MEMBER')"_s, {owner}).toBool())
                throw Error(tr("%1 has to be updated from schema %2 to %3 by its owner before anyone signs in: run "
                               "kansa-cli info once with the owner's login in the URL (postgresql://OWNER@server/"
                               "database).")
                                .arg(m_spec.displayName())
                                .arg(from)
                                .arg(to));
            QSqlQuery grant = exec(u"SELECT format('GRANT USAGE, CREATE ON SCHEMA public TO %I', ?::text)"_s, {owner});
            grant.next();
            execSchema(grant.value(0).toString());
            QSqlQuery setRole = exec(u"SELECT format('SET LOCAL ROLE %I', ?::text)"_s, {owner});
            setRole.next();
            execSchema(setRole.value(0).toString());
        }
    }
    for (int version = from; version < to; ++version) {
        Migrations::apply(*this, version + 1);
        if (version == 0)
            exec(u"INSERT INTO schema_info (key, value) VALUES ('schema_version', ?)"_s, {QString::number(1)});
        else
            exec(u"UPDATE schema_info SET value = ? WHERE key = 'schema_version'"_s, {QString::number(version + 1)});
    }
    // The tables a migration added are logged like the others.
    if (from > 0 && ServerChangeLog::installed(*this))
        ServerChangeLog::install(*this);
    transaction.commit();
}

QString Database::adaptDdl(QString ddl) const
{
    const bool sqlite = m_spec.backend == ConnectionSpec::Backend::SQLite;
    ddl.replace(u"{id}"_s, sqlite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s
                                  : u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
    ddl.replace(u"{ref}"_s, sqlite ? u"INTEGER"_s : u"BIGINT"_s);
    ddl.replace(u"{blob}"_s, sqlite ? u"BLOB"_s : u"BYTEA"_s);
    return ddl;
}

QString Database::textContains(const QString& column) const
{
    if (m_spec.backend == ConnectionSpec::Backend::PostgreSQL)
        return u"strpos(lower("_s % column % u"), ?) > 0"_s;
    return column % u" LIKE ? ESCAPE '\\'"_s;
}

QVariant Database::searchValue(const QString& text) const
{
    if (m_spec.backend == ConnectionSpec::Backend::PostgreSQL)
        return text.toLower();
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return QString(u'%' % escaped % u'%');
}

double Database::simulatedLatencyMs()
{
    static const double latency = qEnvironmentVariable("KANSA_SIMULATED_LATENCY_MS").toDouble();
    return latency;
}

void Database::roundTrip()
{
    ++m_roundTrips;
    if (m_latency.count() > 0)
        std::this_thread::sleep_for(m_latency);
}

void Database::execSchema(const QString& ddl)
{
    roundTrip();
    QSqlQuery query(connection());
    if (!query.exec(ddl))
        throw Error(tr("The database refused a schema change: %1").arg(query.lastError().text()));
}

QSqlQuery Database::exec(const QString& sql, std::initializer_list<QVariant> values)
{
    return exec(sql, QVariantList(values));
}

QSqlQuery Database::exec(const QString& sql, const QVariantList& values)
{
    roundTrip();
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (m_spec.backend == ConnectionSpec::Backend::PostgreSQL) {
        // The PostgreSQL driver prepares a statement on the server, executes it with its values written as
        // literals and deallocates it: three round trips. A statement run once takes one, written here with
        // the same literals.
        if (!query.exec(withLiterals(sql, values)))
            throwStatementError(tr("The database reported an error: %1"), query.lastError());
        return query;
    }
    if (!query.prepare(sql))
        throw Error(tr("The database refused a statement: %1").arg(query.lastError().text()));
    for (const QVariant& value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        throwStatementError(tr("The database reported an error: %1"), query.lastError());
    return query;
}

QVariant Database::bindable(const QVariant& value)
{
    // A null QString is an empty text, not SQL NULL; NULL is bound as an invalid QVariant.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(u""_s);
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
        return QByteArray(""); // an empty file, not NULL
    return value;
}

QString Database::withLiterals(const QString& sql, const QVariantList& values) const
{
    const QSqlDriver* driver = connection().driver();
    QString statement;
    statement.reserve(sql.size() + 16 * values.size());
    QChar quote; // inside '…' or "…", where a ? is text, not a value
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (quote.isNull() && c == u'?') {
            if (next == values.size())
                throw Error(tr("A statement was given too few values: %1").arg(sql));
            const QVariant value = bindable(values[next++]);
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            statement += driver->formatValue(field);
            continue;
        }
        if (c == u'\'' || c == u'"')
            quote = quote.isNull() ? c : (quote == c ? QChar() : quote);
        statement += c;
    }
    if (next != values.size())
        throw Error(tr("A statement was given too many values: %1").arg(sql));
    return statement;
}

QSqlQuery Database::prepare(const QString& sql)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw Error(tr("The database refused a statement: %1").arg(query.lastError().text()));
    return query;
}

QSqlQuery& Database::preparedOnce(const QString& sql)
{
    auto found = m_prepared.find(sql);
    if (found == m_prepared.end())
        found = m_prepared.emplace(sql, prepare(sql)).first;
    return found->second;
}

void Database::run(QSqlQuery& prepared, const QVariantList& values)
{
    roundTrip();
    for (int i = 0; i < values.size(); ++i)
        prepared.bindValue(i, bindable(values[i]));
    if (!prepared.exec())
        throwStatementError(tr("The database reported an error: %1"), prepared.lastError());
}

QVariant Database::scalar(const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query = exec(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

void Database::begin()
{
    if (m_transactionDepth++ > 0)
        return;
    m_rollbackOnly = false;
    m_namedWriter.clear();
    m_chainHead.reset();
    roundTrip();
    // On SQLite every transaction writes, so it takes the write lock at its start (IMMEDIATE): a second writer
    // then waits for the first (up to the busy timeout) instead of failing when it first writes.
    QSqlQuery beginImmediate(connection());
    const bool sqlite = m_spec.backend == ConnectionSpec::Backend::SQLite;
    if (sqlite ? beginImmediate.exec(u"BEGIN IMMEDIATE"_s) : connection().transaction())
        return;
    m_transactionDepth = 0;
    throwStatementError(tr("Cannot start a transaction: %1"),
                        sqlite ? beginImmediate.lastError() : connection().lastError());
}

QString Database::chainHead()
{
    if (!m_chainHead)
        m_chainHead = scalar(u"SELECT entry_hash FROM change_log ORDER BY id DESC LIMIT 1"_s).toString();
    return *m_chainHead;
}

void Database::nameWriter(const QString& actor)
{
    if (actor == m_namedWriter)
        return;
    exec(u"SELECT set_config('kansa.actor', ?, true)"_s, {actor});
    m_namedWriter = actor;
}

void Database::serializeWritesTo(const QString& table)
{
    if (m_spec.backend != ConnectionSpec::Backend::PostgreSQL)
        return;
    // LOCK cannot be prepared: run as a fixed text (the table's name comes from code).
    roundTrip();
    QSqlQuery lock(connection());
    if (!lock.exec(u"LOCK TABLE "_s % table % u" IN SHARE ROW EXCLUSIVE MODE"_s))
        throwStatementError(tr("The database reported an error: %1"), lock.lastError());
}

void Database::commit()
{
    if (m_transactionDepth <= 0)
        return;
    if (--m_transactionDepth > 0)
        return;
    roundTrip();
    if (m_rollbackOnly) {
        connection().rollback();
        m_afterCommit.clear();
        throw Error(tr("The change was not saved because an earlier step failed."));
    }
    if (!connection().commit()) {
        const QSqlError reason = connection().lastError();
        connection().rollback();
        m_afterCommit.clear();
        throwStatementError(tr("The change could not be saved: %1"), reason);
    }
    // A notification may start another write: take the list first.
    const QList<Notification> notifications = std::exchange(m_afterCommit, {});
    for (const Notification& notification : notifications) {
        if (notification.sender)
            notification.notify();
    }
}

void Database::afterCommit(const QObject* sender, std::function<void()> notify)
{
    if (sender && sender->signalsBlocked())
        return;
    if (!inTransaction()) {
        notify();
        return;
    }
    m_afterCommit.append({sender, std::move(notify)});
}

void Database::rollback()
{
    if (m_transactionDepth <= 0)
        return;
    if (--m_transactionDepth > 0) {
        m_rollbackOnly = true; // an inner step failed: the outermost transaction must not commit
        return;
    }
    roundTrip();
    connection().rollback();
    m_afterCommit.clear();
}

} // namespace kansa
