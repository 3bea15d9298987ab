#include "ChangeChain.h"

#include "store/Database.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

void appendPiece(QByteArray& message, const QVariant& value)
{
    if (value.isNull()) {
        message += '-';
        return;
    }
    const QByteArray bytes = value.toString().toUtf8();
    message += QByteArray::number(bytes.size()) + ':' + bytes;
}

} // namespace

QString ChangeChain::hash(const QString& previous, const Entry& entry)
{
    QByteArray message = previous.toLatin1() + '|';
    for (const QVariant& value : {QVariant(entry.changedAt), QVariant(entry.changedBy), QVariant(entry.table),
                                  entry.rowId, QVariant(entry.action), entry.field, entry.oldValue, entry.newValue})
        appendPiece(message, value);
    return QString::fromLatin1(QCryptographicHash::hash(message, QCryptographicHash::Sha256).toHex());
}

QString ChangeChain::selectEntries()
{
    return u"SELECT id, changed_at, changed_by, table_name, row_id, action, field, old_value, new_value, entry_hash "
           "FROM change_log"_s;
}

ChangeChain::Entry ChangeChain::entryOf(const QSqlQuery& query)
{
    const auto nullable = [&](int column) { return query.isNull(column) ? QVariant() : query.value(column); };
    return {query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            nullable(4),
            query.value(5).toString(),
            nullable(6),
            nullable(7),
            nullable(8)};
}

ChangeChain::Anchor ChangeChain::anchor(Database& db)
{
    QSqlQuery query = db.exec(u"SELECT COUNT(*), (SELECT entry_hash FROM change_log ORDER BY id DESC LIMIT 1) FROM "
                              "change_log"_s);
    query.next();
    return {query.value(0).toLongLong(), query.value(1).toString()};
}

QByteArray ChangeChain::anchorXmp(const Anchor& anchor, const QString& title)
{
    return "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
           "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
           "xmlns:kansa=\"urn:kansa:record:1\"><dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
           title.toHtmlEscaped().toUtf8() + "</rdf:li></rdf:Alt></dc:title><kansa:changeLogEntries>" +
           QByteArray::number(anchor.entries) + "</kansa:changeLogEntries><kansa:changeLogHead>" +
           anchor.head.toLatin1() +
           "</kansa:changeLogHead></rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
}

std::optional<ChangeChain::Anchor> ChangeChain::anchorIn(const QByteArray& pdf)
{
    static const QByteArray entriesTag = "<kansa:changeLogEntries>";
    static const QByteArray headTag = "<kansa:changeLogHead>";
    const qsizetype entriesAt = pdf.lastIndexOf(entriesTag);
    const qsizetype headAt = pdf.lastIndexOf(headTag);
    if (entriesAt < 0 || headAt < 0)
        return std::nullopt;
    bool ok = false;
    const qint64 entries = pdf.mid(entriesAt + entriesTag.size(), 20).split('<').constFirst().toLongLong(&ok);
    const QByteArray head = pdf.mid(headAt + headTag.size(), 64);
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    if (!ok || entries < 0 || !hex.match(QString::fromLatin1(head)).hasMatch())
        return std::nullopt;
    return Anchor{entries, QString::fromLatin1(head)};
}

void ChangeChain::install(Database& db)
{
    // Each value as its UTF-8 length and bytes, a missing one as 「-」, written out here rather than called as a
    // function: a trigger runs for every entry, and a call per value cost half its time.
    QStringList pieces;
    for (const QString column : {u"changed_at"_s, u"changed_by"_s, u"table_name"_s, u"row_id::text"_s, u"action"_s,
                                 u"field"_s, u"old_value"_s, u"new_value"_s})
        pieces << u"COALESCE(octet_length(NEW.%1) || ':' || NEW.%1, '-')"_s.arg(column);
    // Writers take turns from their first entry to their commit, and the entries are numbered as they are
    // chained, so that the order of the ids is the order of the chain.
    db.execSchema(u"CREATE OR REPLACE FUNCTION kansa_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET "
                  "search_path = public AS $$ DECLARE previous text; BEGIN "
                  "PERFORM pg_advisory_xact_lock(7478131); "
                  "NEW.id := nextval('change_log_id_seq'); "
                  "SELECT entry_hash INTO previous FROM change_log ORDER BY id DESC LIMIT 1; "
                  "NEW.entry_hash := encode(sha256(convert_to(concat(previous, '|', "_s %
                  pieces.join(u", "_s) % u"), 'UTF8')), 'hex'); RETURN NEW; END $$"_s);
    db.execSchema(u"CREATE OR REPLACE TRIGGER chain BEFORE INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION "
                  "kansa_chain()"_s);
}

void ChangeChain::chainExisting(Database& db)
{
    const bool postgres = db.backend() == ConnectionSpec::Backend::PostgreSQL;
    if (postgres) // the change log's guard refuses updates, and rightly so, except this once
        db.execSchema(u"ALTER TABLE change_log DISABLE TRIGGER USER"_s);
    QSqlQuery update = db.prepare(u"UPDATE change_log SET entry_hash = ? WHERE id = ?"_s);
    QString previous;
    qint64 last = 0;
    for (;;) { // in batches, so that a long log does not have to fit in memory
        QList<QPair<qint64, QString>> hashes;
        QSqlQuery entries = db.exec(selectEntries() % u" WHERE id > ? ORDER BY id LIMIT 10000"_s, {last});
        while (entries.next()) {
            previous = hash(previous, entryOf(entries));
            hashes.append({entries.value(0).toLongLong(), previous});
        }
        entries.finish();
        if (hashes.isEmpty())
            break;
        for (const auto& [id, entryHash] : std::as_const(hashes))
            db.run(update, {entryHash, id});
        last = hashes.constLast().first;
    }
    if (postgres)
        db.execSchema(u"ALTER TABLE change_log ENABLE TRIGGER USER"_s);
}

} // namespace kansa
