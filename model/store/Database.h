#pragma once

#include "common/Error.h"
#include "store/ConnectionSpec.h"
#include "store/VersionedRows.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

namespace kansa {

// One open connection to an organisation's database, for the thread that opened it. Opening checks the
// schema version: an older database is migrated step by step, each step in a transaction; a newer one is
// refused without being written to.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int CurrentSchemaVersion = 14;

    enum class OpenMode
    {
        OpenExisting, // the database must already hold a Kansa organisation
        Create        // an SQLite file must not exist yet; a PostgreSQL database must be empty
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Throws kansa::Error with a message that names the file or server.
    static std::unique_ptr<Database> open(const ConnectionSpec& spec, OpenMode mode = OpenMode::OpenExisting);
    // Creates a new organisation's database and fills it: whole or absent. When creating or filling fails (a
    // full disk, an error), no SQLite file is left that nobody could sign in to and that a new try would refuse.
    static std::unique_ptr<Database> createWhole(const ConnectionSpec& spec,
                                                 const std::function<void(Database&)>& fill);
    // For tests of the migration ladder: create or migrate only up to the given version.
    static std::unique_ptr<Database> openAtVersion(const ConnectionSpec& spec, OpenMode mode, int version);

    const ConnectionSpec& spec() const { return m_spec; }
    ConnectionSpec::Backend backend() const { return m_spec.backend; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Prepares and runs one statement with positional (?) values; throws kansa::Error on failure.
    QSqlQuery exec(const QString& sql, std::initializer_list<QVariant> values = {});
    QSqlQuery exec(const QString& sql, const QVariantList& values);
    // For bulk writes: one statement prepared once and run many times with different values.
    QSqlQuery prepare(const QString& sql);
    // How many values a statement that writes many rows should hold: on SQLite the driver looks up each value's
    // name among all of them (its time grows with the square of their number); on PostgreSQL each statement is a
    // round trip, so a few thousand.
    qsizetype valuesPerStatement() const { return m_spec.backend == ConnectionSpec::Backend::SQLite ? 100 : 4000; }
    void run(QSqlQuery& prepared, const QVariantList& values);
    // The same statement of many rows written again and again (full batches of a bulk write): prepared once per
    // connection and kept, because on SQLite preparing a statement of a hundred values takes longer than running it.
    // Run it with run(); read what it returns before it runs again.
    QSqlQuery& preparedOnce(const QString& sql);
    // The first column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString& sql, std::initializer_list<QVariant> values = {});

    // The one way stored data changes: runs body(changes) in a transaction (IMMEDIATE on SQLite; joining the
    // outer one when nested) with a VersionedRows that checks versions and writes the change-log rows, and
    // commits when body returns. An outermost write that met other writers (a PostgreSQL serialization failure
    // or deadlock) is run again from the start, up to three times in all; after that WriteCollision reaches the
    // caller with a plain sentence.
    template <typename Body>
    auto write(const QString& actor, Body&& body) -> std::invoke_result_t<Body, VersionedRows&>;
    // Runs notify once the outermost transaction has committed (at once outside a transaction); dropped when it
    // rolls back, and when sender's signals are blocked as it is queued (a bulk change announces itself once).
    void afterCommit(const QObject* sender, std::function<void()> notify);

    // Nested transactions join the outermost one; only the outermost commits. Services change data with write().
    void begin();
    void commit();
    void rollback();
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Within a transaction, makes other writers of the table wait until it ends, for a change computed from the
    // table's own rows (the next sort order): on PostgreSQL a table lock that still lets readers read; SQLite's
    // transactions already write one at a time.
    void serializeWritesTo(const QString& table);

    // Whether the database's own triggers write the change log (ServerChangeLog), so that VersionedRows does not.
    bool changesLoggedByServer() const { return m_changesLoggedByServer; }
    void setChangesLoggedByServer(bool logged) { m_changesLoggedByServer = logged; }

    // The hash of the change log's last entry, for the next entry written in this transaction (ChangeChain).
    QString chainHead();
    // Whether the schema has the chain (a database opened at an older version for a migration test has not).
    bool changeLogChained() const { return m_changeLogChained; }
    // An SQLite file opened read-only, because the file or its folder may not be written: it can be read and
    // verified, and every write is refused with a message saying so.
    bool readOnly() const { return m_readOnly; }
    void requireWritable() const;
    void setChainHead(const QString& hash) { m_chainHead = hash; }
    // The round trips to the database this connection made since it was opened (statements, and the beginning and
    // end of transactions): what a screen or an action costs on a server, where each one crosses the network.
    // Tests hold each screen's and action's count to a budget that does not grow with the data.
    qint64 roundTrips() const { return m_roundTrips; }
    // For benchmarks and tests only: KANSA_SIMULATED_LATENCY_MS (e.g. 0.5, a typical office LAN) makes every round
    // trip wait that long, so that a local server shows what a user over the network would feel.
    static double simulatedLatencyMs();
    // The same for this connection alone (tests).
    void simulateLatency(double milliseconds) { m_latency = std::chrono::microseconds(qRound64(milliseconds * 1000)); }

    // Keeps what the connection reads alive as long as it is open (the unpacked snapshot of a year archive).
    void holdWhileOpen(std::shared_ptr<void> resource) { m_held.push_back(std::move(resource)); }

    // Runs schema DDL, which PostgreSQL cannot prepare. Only for fixed texts from the migrations: never
    // for anything that holds a value.
    void execSchema(const QString& ddl);

    // A search for text inside a column, without case, as each backend does it quickest: SQLite's LIKE (which ignores
    // the case of Latin letters) with the text's wildcards escaped, PostgreSQL's strpos in the lowered column (several
    // times quicker than ILIKE on Japanese text). The condition holds one ?, bound to searchValue(text).
    QString textContains(const QString& column) const;
    QVariant searchValue(const QString& text) const;

    // The column type texts differ between the backends; DDL uses {id}, {ref}, {blob}.
    QString adaptDdl(QString ddl) const;

private:
    Database(ConnectionSpec spec, QString connectionName);
    // Throws for a failed statement: WriteCollision with a plain sentence when others were saving at the same
    // moment, else Error with what (%1 for the driver's text).
    [[noreturn]] static void throwStatementError(const QString& what, const QSqlError& error);
    static std::unique_ptr<Database> openImpl(const ConnectionSpec& spec, OpenMode mode, int targetVersion);
    void connect(bool readOnly);
    // Why an SQLite file cannot be read, in words: damaged, or another kind of file (a ZIP file, a PDF).
    QString unreadableFile(const QString& reason) const;
    static QVariant bindable(const QVariant& value);
    // The statement with each positional ? replaced by its value as the driver writes it as a literal.
    QString withLiterals(const QString& sql, const QVariantList& values) const;
    int readSchemaVersion();
    bool isEmpty() const;
    void migrate(int from, int to);
    void applyConnectionSettings();
    // Tells the server's change log who is writing (ServerChangeLog), once per transaction and actor.
    void nameWriter(const QString& actor);
    // Counts a round trip, and waits as a network would when a latency is simulated.
    void roundTrip();

    static constexpr int WriteAttempts = 3;

    ConnectionSpec m_spec;
    QString m_connectionName;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    bool m_changesLoggedByServer = false;
    QString m_namedWriter;
    std::optional<QString> m_chainHead;
    bool m_changeLogChained = true;
    bool m_readOnly = false;
    std::vector<std::shared_ptr<void>> m_held;
    std::map<QString, QSqlQuery> m_prepared;
    qint64 m_roundTrips = 0;
    std::chrono::microseconds m_latency{0};
    struct Notification
    {
        QPointer<const QObject> sender;
        std::function<void()> notify;
    };
    QList<Notification> m_afterCommit;
};

// Commits on commit(); rolls back when left without commit (an exception passed through).
class Transaction final
{
public:
    explicit Transaction(Database& db)
        : m_db(db)
    {
        m_db.begin();
    }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    Database& m_db;
    bool m_done = false;
};

template <typename Body>
auto Database::write(const QString& actor, Body&& body) -> std::invoke_result_t<Body, VersionedRows&>
{
    requireWritable();
    for (int attempt = 1;; ++attempt) {
        const bool outermost = !inTransaction();
        try {
            Transaction transaction(*this);
            if (m_changesLoggedByServer)
                nameWriter(actor);
            VersionedRows changes(*this, actor);
            if constexpr (std::is_void_v<std::invoke_result_t<Body, VersionedRows&>>) {
                body(changes);
                transaction.commit();
                return;
            } else {
                auto result = body(changes);
                transaction.commit();
                return result;
            }
        } catch (const WriteCollision& collision) {
            if (!outermost || !collision.retryable() || attempt == WriteAttempts)
                throw;
        }
    }
}

} // namespace kansa
