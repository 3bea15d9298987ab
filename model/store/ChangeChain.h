#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace kansa {

class Database;

// The change log as a hash chain: each entry's hash (entry_hash) is the SHA-256 of the previous entry's hash and
// the entry's own content, so that changing, removing or reordering an entry breaks the hash of every entry
// after it. Files enter the chain by their hash (the log holds 「sha256 …, N bytes」 for them).
//
// On SQLite, VersionedRows computes the hash of each entry it writes; on PostgreSQL a trigger on change_log does,
// for whoever inserts, with the entries numbered in the order they are chained (writers take turns).
namespace ChangeChain {

struct Entry
{
    QString changedAt;
    QString changedBy;
    QString table;
    QVariant rowId;
    QString action;
    QVariant field;
    QVariant oldValue;
    QVariant newValue;
};

// The hash of an entry that follows the entry whose hash is previous (empty for the first entry). Each value is
// taken as its UTF-8 length and bytes, a missing one as 「-」: the same text the PostgreSQL trigger hashes.
QString hash(const QString& previous, const Entry& entry);

// The statement that selects entries in chain order, in the columns Entry and hash read (then entry_hash).
QString selectEntries();
Entry entryOf(const QSqlQuery& query);

// Where the chain stood at a moment, to be kept outside the database (printed on an issued report and written
// into its PDF): whoever later rewrites the whole chain cannot make its first `entries` entries end in `head`.
struct Anchor
{
    qint64 entries = 0;
    QString head; // the hash of the last of those entries (hex)
};
Anchor anchor(Database& db);
// The anchor as XMP metadata of a PDF (with the document's title), and read back from a PDF's bytes.
QByteArray anchorXmp(const Anchor& anchor, const QString& title);
std::optional<Anchor> anchorIn(const QByteArray& pdf);

// PostgreSQL: creates or replaces the trigger that chains every new entry.
void install(Database& db);
// Chains the entries written before the chain existed (a migration).
void chainExisting(Database& db);

} // namespace ChangeChain

} // namespace kansa
